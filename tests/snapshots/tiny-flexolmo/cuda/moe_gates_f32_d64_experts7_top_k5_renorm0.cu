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
    uint32_t scalars_u32[2];uint32_t static_meta[4];
};
extern "C" __global__ void __launch_bounds__(256)  moe_gates_f_f32_ae952caa(float const* const __restrict__ v1, float const* const __restrict__ v5, float const* const __restrict__ v9, float * const __restrict__ v13, info_st const* const __restrict__ v358) {
uint32_t const* const dynamic_meta_v360 = reinterpret_cast<uint32_t const*>(v358 + 1);
const info_st& info_v359 = *v358;uint32_t const v3 = 0;
uint32_t const v361 = info_v359.scalars_u32[0];
uint32_t const v388 = blockIdx.z;
uint32_t const v389 = uint32_t(v388);
uint32_t const v390 = gridDim.y;
uint32_t const v391 = uint32_t(v390);
uint32_t const v392 = v389 * v391;
uint32_t const v393 = gridDim.x;
uint32_t const v394 = uint32_t(v393);
uint32_t const v395 = v392 * v394;
uint32_t const v396 = blockIdx.y;
uint32_t const v397 = uint32_t(v396);
uint32_t const v400 = v397 * v394;
uint32_t const v401 = v395 + v400;
uint32_t const v402 = blockIdx.x;
uint32_t const v403 = uint32_t(v402);
uint32_t const v404 = v401 + v403;
uint32_t const v431 = 256;
uint32_t const v407 = v404 * v431;
uint32_t const v412 = threadIdx.x;
uint32_t const v409 = uint32_t(v412);
uint32_t const v410 = v407 + v409;
uint32_t const v19 = uint32_t(v361);
bool const v20 = v410 < v19;
if(v20) {
array<float, 7> v367_store = {};
array<float, 7> * v367 = &v367_store;uint32_t const v23 = 7;
float const v25 = (-1.0f/0.0f);
float v368_store;
float * v368 = &v368_store;*v368 = v25;
uint32_t const v30 = 1;
for(uint32_t v31 = v3; v31 < v23; v31 += v30) {
uint32_t const v33 = 64;
uint32_t const v34 = v410 * v33;
uint32_t const v36 = v31 * v33;
float const v37 = 0;
float v370_store;
float * v370 = &v370_store;*v370 = v37;
float v371_store;
float * v371 = &v371_store;*v371 = v37;
float v372_store;
float * v372 = &v372_store;*v372 = v37;
float v373_store;
float * v373 = &v373_store;*v373 = v37;
float v374_store;
float * v374 = &v374_store;*v374 = v37;
float v375_store;
float * v375 = &v375_store;*v375 = v37;
float v376_store;
float * v376 = &v376_store;*v376 = v37;
float v377_store;
float * v377 = &v377_store;*v377 = v37;
uint32_t const v62 = 8;
for(uint32_t v64 = v3; v64 < v62; v64 += v30) {
uint32_t const v67 = v64 * v62;
uint32_t const v68 = v34 + v67;
float const* const v72 = &v1[v68];
float const v73 = *v72;
uint32_t const v74 = v36 + v67;
float const* const v78 = &v5[v74];
float const v79 = *v78;
float const v81 = *v370;
float const v432 = fma(v73, v79, v81);
*v370 = v432;
uint32_t const v85 = v68 + v30;
float const* const v89 = &v1[v85];
float const v90 = *v89;
uint32_t const v93 = v74 + v30;
float const* const v97 = &v5[v93];
float const v98 = *v97;
float const v100 = *v371;
float const v433 = fma(v90, v98, v100);
*v371 = v433;
uint32_t const v103 = 2;
uint32_t const v104 = v68 + v103;
float const* const v108 = &v1[v104];
float const v109 = *v108;
uint32_t const v112 = v74 + v103;
float const* const v116 = &v5[v112];
float const v117 = *v116;
float const v119 = *v372;
float const v434 = fma(v109, v117, v119);
*v372 = v434;
uint32_t const v122 = 3;
uint32_t const v123 = v68 + v122;
float const* const v127 = &v1[v123];
float const v128 = *v127;
uint32_t const v131 = v74 + v122;
float const* const v135 = &v5[v131];
float const v136 = *v135;
float const v138 = *v373;
float const v435 = fma(v128, v136, v138);
*v373 = v435;
uint32_t const v141 = 4;
uint32_t const v142 = v68 + v141;
float const* const v146 = &v1[v142];
float const v147 = *v146;
uint32_t const v150 = v74 + v141;
float const* const v154 = &v5[v150];
float const v155 = *v154;
float const v157 = *v374;
float const v436 = fma(v147, v155, v157);
*v374 = v436;
uint32_t const v160 = 5;
uint32_t const v161 = v68 + v160;
float const* const v165 = &v1[v161];
float const v166 = *v165;
uint32_t const v169 = v74 + v160;
float const* const v173 = &v5[v169];
float const v174 = *v173;
float const v176 = *v375;
float const v437 = fma(v166, v174, v176);
*v375 = v437;
uint32_t const v179 = 6;
uint32_t const v180 = v68 + v179;
float const* const v184 = &v1[v180];
float const v185 = *v184;
uint32_t const v188 = v74 + v179;
float const* const v192 = &v5[v188];
float const v193 = *v192;
float const v195 = *v376;
float const v438 = fma(v185, v193, v195);
*v376 = v438;
uint32_t const v199 = v68 + v23;
float const* const v203 = &v1[v199];
float const v204 = *v203;
uint32_t const v207 = v74 + v23;
float const* const v211 = &v5[v207];
float const v212 = *v211;
float const v214 = *v377;
float const v439 = fma(v204, v212, v214);
*v377 = v439;
}
for(uint32_t v219 = v33; v219 < v33; v219 += v30) {
uint32_t const v221 = v34 + v219;
float const* const v225 = &v1[v221];
float const v226 = *v225;
uint32_t const v227 = v36 + v219;
float const* const v231 = &v5[v227];
float const v232 = *v231;
float const v234 = *v370;
float const v440 = fma(v226, v232, v234);
*v370 = v440;
}
float const v236 = *v370;
float const v237 = *v371;
float const v238 = v236 + v237;
float const v239 = *v372;
float const v240 = *v373;
float const v241 = v239 + v240;
float const v242 = v238 + v241;
float const v243 = *v374;
float const v244 = *v375;
float const v245 = v243 + v244;
float const v246 = *v376;
float const v247 = *v377;
float const v248 = v246 + v247;
float const v249 = v245 + v248;
float const v250 = v242 + v249;
float const* const v254 = &v9[v31];
float const v255 = *v254;
float const v256 = v250 + v255;
float * const v260 = &(*v367)[v31];
*v260 = v256;
float const v261 = *v368;
float const v262 = max(v261, v256);
*v368 = v262;
}
float const v263 = 0;
float v380_store;
float * v380 = &v380_store;*v380 = v263;
for(uint32_t v269 = v3; v269 < v23; v269 += v30) {
float * const v274 = &(*v367)[v269];
float const v275 = *v274;
float const v276 = *v368;
float const v277 = v275 - v276;
float const v278 = exp(v277);*v274 = v278;
float const v283 = *v380;
float const v284 = v283 + v278;
*v380 = v284;
}
for(uint32_t v288 = v3; v288 < v23; v288 += v30) {
float * const v293 = &(*v367)[v288];
float const v294 = *v293;
float const v295 = *v380;
float const v296 = v294 / v295;
*v293 = v296;
uint32_t const v302 = v410 * v23;
uint32_t const v303 = v302 + v288;
float * const v307 = &v13[v303];
float const v308 = -1;
*v307 = v308;
}
float v383_store;
float * v383 = &v383_store;*v383 = v263;
uint32_t const v313 = 5;
for(uint32_t v315 = v3; v315 < v313; v315 += v30) {
uint32_t v385_store;
uint32_t * v385 = &v385_store;*v385 = v3;
float const v320 = -1;
float v386_store;
float * v386 = &v386_store;*v386 = v320;
for(uint32_t v326 = v3; v326 < v23; v326 += v30) {
float * const v331 = &(*v367)[v326];
float const v332 = *v331;
float const v333 = *v386;
bool const v334 = v332 > v333;
if(v334) {
*v386 = v332;
*v385 = v326;
}
}
uint32_t const v341 = v410 * v23;
uint32_t const v342 = *v385;
uint32_t const v343 = v341 + v342;
float * const v347 = &v13[v343];
float const v348 = *v386;
*v347 = v348;
float const v349 = *v383;
float const v351 = v349 + v348;
*v383 = v351;
float * const v356 = &(*v367)[v342];
float const v357 = -2;
*v356 = v357;
}
}
return;
}
