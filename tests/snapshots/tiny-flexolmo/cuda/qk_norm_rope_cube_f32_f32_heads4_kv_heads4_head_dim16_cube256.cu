typedef unsigned int uint32_t;
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned long long int uint64_t;
typedef signed char int8_t;
typedef signed short int16_t;
typedef signed int int32_t;
typedef signed long long int int64_t;

template <typename T, size_t N>
struct array {
    T data[N];
    __device__ T& operator[](size_t i) { return data[i]; }
    __device__ const T& operator[](size_t i) const { return data[i]; }
};


typedef struct CUtensorMap_st {
alignas(128) unsigned long long int opaque[16];
} CUtensorMap;

struct info_st {
    float scalars_f32[2];
uint32_t scalars_u32[2];uint32_t static_meta[10];
};
extern "C" __global__ void __launch_bounds__(256)  qk_norm_rope_cube_f32_f32_heads4_kv_heads4_head_dim16_cube256(float const* const __restrict__ v1, float const* const __restrict__ v5, float const* const __restrict__ v9, float const* const __restrict__ v13, uint32_t const* const __restrict__ v17, uint32_t const* const __restrict__ v21, float * const __restrict__ v25, float * const __restrict__ v29, float * const __restrict__ v33, info_st const* const __restrict__ v356) {
extern __shared__ __align__(4) char v370[];uint32_t const* const dynamic_meta_v358 = reinterpret_cast<uint32_t const*>(v356 + 1);
const info_st& info_v357 = *v356;uint32_t const v3 = 0;
uint32_t const v359 = info_v357.scalars_u32[0];
float const v360 = info_v357.scalars_f32[0];
uint32_t const v437 = blockIdx.z;
uint32_t const v438 = uint32_t(v437);
uint32_t const v439 = gridDim.y;
uint32_t const v440 = uint32_t(v439);
uint32_t const v441 = v438 * v440;
uint32_t const v442 = gridDim.x;
uint32_t const v443 = uint32_t(v442);
uint32_t const v444 = v441 * v443;
uint32_t const v445 = blockIdx.y;
uint32_t const v446 = uint32_t(v445);
uint32_t const v449 = v446 * v443;
uint32_t const v450 = v444 + v449;
uint32_t const v451 = blockIdx.x;
uint32_t const v452 = uint32_t(v451);
uint32_t const v453 = v450 + v452;
uint32_t const v40 = uint32_t(v359);
bool const v41 = v453 < v40;
if(v41) {
array<float, 256> * const v371 = reinterpret_cast<array<float, 256> *>(&v370[0]);
uint32_t const v44 = 256;
uint32_t const v46 = 192;
uint32_t const v47 = v453 * v46;
uint32_t const v48 = 64;
uint32_t const v49 = v47 + v48;
uint32_t const* const v53 = &v17[v453];
uint32_t const v54 = *v53;
float const v55 = float(v54);
uint32_t const* const v59 = &v21[v453];
uint32_t const v60 = *v59;
uint32_t const v61 = uint32_t(v60);
uint32_t const v63 = v61 * v48;
float const v64 = 0;
float v373_store;
float * v373 = &v373_store;*v373 = v64;
uint32_t const v454 = threadIdx.x;
uint32_t const v530 = 0;
uint32_t const v531 = 256;
uint32_t const v534 = 1;
uint32_t const v68 = uint32_t(v454);
uint32_t v374_store;
uint32_t * v374 = &v374_store;*v374 = v68;
while([&]{
uint32_t const v70 = *v374;
bool const v72 = v70 < v48;
return v72;
}()) {
uint32_t const v74 = *v374;
uint32_t const v75 = v47 + v74;
float const* const v79 = &v1[v75];
float const v80 = *v79;
float const v82 = *v373;
float const v653 = fma(v80, v80, v82);
*v373 = v653;
uint32_t const v87 = v74 + v44;
*v374 = v87;
}
float const v88 = *v373;
uint32_t const v376 = warpSize;
uint32_t const v378 = min(v376, v531);
float v431_store;
float * v431 = &v431_store;*v431 = v88;
uint32_t v432_store;
uint32_t * v432 = &v432_store;*v432 = v534;
while([&]{
uint32_t const v383 = *v432;
bool const v384 = v383 < v378;
return v384;
}()) {
float const v386 = *v431;
uint32_t const v387 = *v432;
float const v388 = __shfl_xor_sync(__activemask(), v386, v387);
float const v390 = v386 + v388;
*v431 = v390;
uint32_t const v392 = 2;
uint32_t const v393 = v387 * v392;
*v432 = v393;
}
float const v394 = *v431;
uint32_t const v92 = v531 / v376;
uint32_t const v93 = uint32_t(v92);
uint32_t const v470 = v454 % v376;
bool const v96 = v470 == v530;
if(v96) {
uint32_t const v473 = v454 / v376;
uint32_t const v98 = uint32_t(v473);
float * const v102 = &(*v371)[v98];
*v102 = v394;
}
__syncthreads();
float v395_store;
float * v395 = &v395_store;*v395 = v64;
uint32_t const v107 = 1;
for(uint32_t v108 = v3; v108 < v93; v108 += v107) {
float * const v113 = &(*v371)[v108];
float const v114 = *v113;
float const v115 = *v395;
float const v116 = v115 + v114;
*v395 = v116;
}
__syncthreads();
float const v635 = 64;
float const v119 = *v395;
float const v120 = v119 / v635;
float const v121 = v120 + v360;
float const v122 = sqrt(v121);float const v397 = 1;
float const v398 = v397 / v122;
float v399_store;
float * v399 = &v399_store;*v399 = v64;
uint32_t v400_store;
uint32_t * v400 = &v400_store;*v400 = v68;
while([&]{
uint32_t const v130 = *v400;
bool const v132 = v130 < v48;
return v132;
}()) {
uint32_t const v134 = *v400;
uint32_t const v135 = v49 + v134;
float const* const v139 = &v1[v135];
float const v140 = *v139;
float const v142 = *v399;
float const v654 = fma(v140, v140, v142);
*v399 = v654;
uint32_t const v147 = v134 + v44;
*v400 = v147;
}
float const v148 = *v399;
float v434_store;
float * v434 = &v434_store;*v434 = v148;
uint32_t v435_store;
uint32_t * v435 = &v435_store;*v435 = v534;
while([&]{
uint32_t const v409 = *v435;
bool const v410 = v409 < v378;
return v410;
}()) {
float const v412 = *v434;
uint32_t const v413 = *v435;
float const v414 = __shfl_xor_sync(__activemask(), v412, v413);
float const v416 = v412 + v414;
*v434 = v416;
uint32_t const v418 = 2;
uint32_t const v419 = v413 * v418;
*v435 = v419;
}
float const v420 = *v434;
if(v96) {
uint32_t const v493 = v454 / v376;
uint32_t const v158 = uint32_t(v493);
float * const v162 = &(*v371)[v158];
*v162 = v420;
}
__syncthreads();
float v421_store;
float * v421 = &v421_store;*v421 = v64;
for(uint32_t v168 = v3; v168 < v93; v168 += v107) {
float * const v173 = &(*v371)[v168];
float const v174 = *v173;
float const v175 = *v421;
float const v176 = v175 + v174;
*v421 = v176;
}
__syncthreads();
float const v179 = *v421;
float const v180 = v179 / v635;
float const v181 = v180 + v360;
float const v182 = sqrt(v181);float const v424 = v397 / v182;
uint32_t const v185 = v453 * v48;
uint32_t v425_store;
uint32_t * v425 = &v425_store;*v425 = v68;
while([&]{
uint32_t const v189 = *v425;
uint32_t const v190 = 32;
bool const v191 = v189 < v190;
return v191;
}()) {
uint32_t const v193 = *v425;
uint32_t const v194 = 8;
uint32_t const v195 = v193 % v194;
float const* const v199 = &v13[v195];
float const v200 = *v199;
float const v201 = v55 * v200;
float const v202 = cos(v201);float const v203 = sin(v201);uint32_t const v206 = v193 / v194;
uint32_t const v207 = 16;
uint32_t const v208 = v206 * v207;
uint32_t const v209 = v208 + v195;
uint32_t const v211 = v209 + v194;
float const* const v215 = &v5[v209];
float const v216 = *v215;
uint32_t const v217 = v47 + v209;
float const* const v221 = &v1[v217];
float const v222 = *v221;
float const v223 = v222 * v398;
float const v224 = v216 * v223;
float const* const v228 = &v5[v211];
float const v229 = *v228;
uint32_t const v230 = v47 + v211;
float const* const v234 = &v1[v230];
float const v235 = *v234;
float const v236 = v235 * v398;
float const v237 = v229 * v236;
float const v239 = v237 * v203;
float const v655 = -v239;
float const v656 = fma(v224, v202, v655);
uint32_t const v241 = v185 + v209;
float * const v245 = &v25[v241];
*v245 = v656;
float const v247 = v224 * v203;
float const v657 = fma(v237, v202, v247);
uint32_t const v249 = v185 + v211;
float * const v253 = &v25[v249];
*v253 = v657;
uint32_t const v257 = v193 + v44;
*v425 = v257;
}
uint32_t v427_store;
uint32_t * v427 = &v427_store;*v427 = v68;
while([&]{
uint32_t const v261 = *v427;
uint32_t const v262 = 32;
bool const v263 = v261 < v262;
return v263;
}()) {
uint32_t const v265 = *v427;
uint32_t const v266 = 8;
uint32_t const v267 = v265 % v266;
float const* const v271 = &v13[v267];
float const v272 = *v271;
float const v273 = v55 * v272;
float const v274 = cos(v273);float const v275 = sin(v273);uint32_t const v278 = v265 / v266;
uint32_t const v279 = 16;
uint32_t const v280 = v278 * v279;
uint32_t const v281 = v280 + v267;
uint32_t const v283 = v281 + v266;
float const* const v287 = &v9[v281];
float const v288 = *v287;
uint32_t const v289 = v49 + v281;
float const* const v293 = &v1[v289];
float const v294 = *v293;
float const v295 = v294 * v424;
float const v296 = v288 * v295;
float const* const v300 = &v9[v283];
float const v301 = *v300;
uint32_t const v302 = v49 + v283;
float const* const v306 = &v1[v302];
float const v307 = *v306;
float const v308 = v307 * v424;
float const v309 = v301 * v308;
float const v311 = v309 * v275;
float const v658 = -v311;
float const v659 = fma(v296, v274, v658);
uint32_t const v313 = v63 + v281;
float * const v317 = &v29[v313];
*v317 = v659;
float const v319 = v296 * v275;
float const v660 = fma(v309, v274, v319);
uint32_t const v321 = v63 + v283;
float * const v325 = &v29[v321];
*v325 = v660;
uint32_t const v329 = v265 + v44;
*v427 = v329;
}
uint32_t const v331 = v49 + v48;
uint32_t v429_store;
uint32_t * v429 = &v429_store;*v429 = v68;
while([&]{
uint32_t const v335 = *v429;
bool const v337 = v335 < v48;
return v337;
}()) {
uint32_t const v339 = *v429;
uint32_t const v340 = v331 + v339;
float const* const v344 = &v1[v340];
float const v345 = *v344;
uint32_t const v347 = v63 + v339;
float * const v351 = &v33[v347];
*v351 = v345;
uint32_t const v355 = v339 + v44;
*v429 = v355;
}
}
return;
}
