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


struct info_st {
    float scalars_f32[2];
uint32_t scalars_u32[2];uint32_t static_meta[8];
};
extern "C" __global__ void __launch_bounds__(256) paged_attention_planes_f32_heads4_kv_heads4_head_dim16_block_size16_max_planes8_min_plane32_cube256(float const* const __restrict__ v1, float const* const __restrict__ v5, float const* const __restrict__ v9, uint32_t const* const __restrict__ v13, uint32_t const* const __restrict__ v17, uint32_t const* const __restrict__ v21, float * const __restrict__ v25, info_st const* const __restrict__ v321) {
extern __shared__ __align__(4) char v334[];uint32_t const* const dynamic_meta_v323 = reinterpret_cast<uint32_t const*>(v321 + 1);
const info_st& info_v322 = *v321;uint32_t const v3 = 0;
uint32_t const v324 = info_v322.scalars_u32[0];
uint32_t const v325 = info_v322.scalars_u32[1];
float const v326 = info_v322.scalars_f32[0];
uint32_t const v375 = blockIdx.z;
uint32_t const v376 = uint32_t(v375);
uint32_t const v377 = gridDim.y;
uint32_t const v378 = uint32_t(v377);
uint32_t const v379 = v376 * v378;
uint32_t const v380 = gridDim.x;
uint32_t const v381 = uint32_t(v380);
uint32_t const v382 = v379 * v381;
uint32_t const v383 = blockIdx.y;
uint32_t const v384 = uint32_t(v383);
uint32_t const v387 = v384 * v381;
uint32_t const v388 = v382 + v387;
uint32_t const v389 = blockIdx.x;
uint32_t const v390 = uint32_t(v389);
uint32_t const v391 = v388 + v390;
uint32_t const v33 = uint32_t(v324);
uint32_t const v34 = 4;
uint32_t const v35 = v33 * v34;
bool const v36 = v391 < v35;
if(v36) {
uint32_t const v38 = v391 / v34;
uint32_t const v40 = v391 % v34;
uint32_t const v41 = 1;
uint32_t const v43 = 16;
uint32_t const v44 = v40 * v43;
uint32_t const v46 = v38 * v34;
uint32_t const v48 = v46 * v43;
uint32_t const v51 = v48 + v44;
uint32_t const* const v55 = &v13[v38];
uint32_t const v56 = *v55;
uint32_t const v57 = uint32_t(v56);
uint32_t const v59 = v57 + v41;
uint32_t const* const v63 = &v17[v38];
uint32_t const v64 = *v63;
uint32_t const v65 = uint32_t(v64);
uint32_t const v66 = uint32_t(v325);
uint32_t const v67 = v65 * v66;
uint32_t const v412 = threadIdx.x;
uint32_t const v440 = 256;
uint32_t const v443 = 1;
uint32_t const v393 = warpSize;
uint32_t const v394 = v412 % v393;
uint32_t const v69 = uint32_t(v394);
uint32_t const v71 = uint32_t(v393);
uint32_t const v397 = v412 / v393;
uint32_t const v73 = uint32_t(v397);
uint32_t const v76 = v440 / v393;
uint32_t const v77 = uint32_t(v76);
uint32_t const v78 = 8;
uint32_t const v79 = min(v77, v78);
array<float, 144> * const v335 = reinterpret_cast<array<float, 144> *>(&v334[0]);
bool const v84 = v73 < v79;
if(v84) {
array<float, 1> v337_store = {};
array<float, 1> * v337 = &v337_store;float * const v93 = &(*v337)[v3];
float const v94 = 0;
*v93 = v94;
float const v95 = -3.402823470e+38;
float v338_store;
float * v338 = &v338_store;*v338 = v95;
float v339_store;
float * v339 = &v339_store;*v339 = v94;
uint32_t v340_store;
uint32_t * v340 = &v340_store;*v340 = v73;
while([&]{
uint32_t const v102 = *v340;
bool const v103 = v102 < v59;
return v103;
}()) {
uint32_t const v105 = *v340;
uint32_t const v107 = v105 / v43;
uint32_t const v108 = v67 + v107;
uint32_t const* const v112 = &v21[v108];
uint32_t const v113 = *v112;
uint32_t const v114 = uint32_t(v113);
uint32_t const v116 = v114 * v43;
uint32_t const v119 = v105 % v43;
uint32_t const v120 = v116 + v119;
uint32_t const v121 = 64;
uint32_t const v122 = v120 * v121;
uint32_t const v123 = v122 + v44;
float v342_store;
float * v342 = &v342_store;*v342 = v94;
uint32_t v343_store;
uint32_t * v343 = &v343_store;*v343 = v69;
while([&]{
uint32_t const v128 = *v343;
bool const v130 = v128 < v43;
return v130;
}()) {
uint32_t const v132 = *v343;
uint32_t const v133 = v51 + v132;
float const* const v137 = &v1[v133];
float const v138 = *v137;
uint32_t const v140 = v123 + v132;
float const* const v144 = &v5[v140];
float const v145 = *v144;
float const v147 = *v342;
float const v466 = fma(v138, v145, v147);
*v342 = v466;
uint32_t const v150 = v132 + v71;
*v343 = v150;
}
float const v151 = *v342;
uint32_t const v347 = min(v393, v440);
float v372_store;
float * v372 = &v372_store;*v372 = v151;
uint32_t v373_store;
uint32_t * v373 = &v373_store;*v373 = v443;
while([&]{
uint32_t const v352 = *v373;
bool const v353 = v352 < v347;
return v353;
}()) {
float const v355 = *v372;
uint32_t const v356 = *v373;
float const v357 = __shfl_xor(v355, v356);;
float const v359 = v355 + v357;
*v372 = v359;
uint32_t const v361 = 2;
uint32_t const v362 = v356 * v361;
*v373 = v362;
}
float const v363 = *v372;
float const v153 = v363 * v326;
float const v154 = *v338;
float const v155 = max(v154, v153);
float const v157 = v154 - v155;
float const v158 = exp(v157);float const v159 = v153 - v155;
float const v160 = exp(v159);float const v161 = *v339;
float const v467 = fma(v161, v158, v160);
*v339 = v467;
bool const v168 = v69 < v43;
if(v168) {
float const v174 = *v93;
uint32_t const v176 = v123 + v69;
float const* const v180 = &v9[v176];
float const v181 = *v180;
float const v182 = v160 * v181;
float const v468 = fma(v174, v158, v182);
*v93 = v468;
}
*v338 = v155;
uint32_t const v189 = *v340;
uint32_t const v190 = v189 + v79;
*v340 = v190;
}
bool const v192 = v69 == v3;
if(v192) {
uint32_t const v193 = 128;
uint32_t const v194 = v193 + v73;
float * const v198 = &(*v335)[v194];
float const v199 = *v338;
*v198 = v199;
uint32_t const v200 = 136;
uint32_t const v201 = v200 + v73;
float * const v205 = &(*v335)[v201];
float const v206 = *v339;
*v205 = v206;
}
bool const v211 = v69 < v43;
if(v211) {
float const v217 = *v93;
uint32_t const v219 = v73 * v43;
uint32_t const v220 = v219 + v69;
float * const v224 = &(*v335)[v220];
*v224 = v217;
}
}
__syncthreads();
uint32_t const v227 = 128;
float * const v229 = &(*v335)[v227];
float const v230 = *v229;
float v364_store;
float * v364 = &v364_store;*v364 = v230;
for(uint32_t v234 = v41; v234 < v79; v234 += v41) {
uint32_t const v237 = v227 + v234;
float * const v241 = &(*v335)[v237];
float const v242 = *v241;
float const v243 = *v364;
float const v244 = max(v243, v242);
*v364 = v244;
}
float const v245 = 0;
float v366_store;
float * v366 = &v366_store;*v366 = v245;
for(uint32_t v250 = v3; v250 < v79; v250 += v41) {
uint32_t const v252 = 136;
uint32_t const v253 = v252 + v250;
float * const v257 = &(*v335)[v253];
float const v258 = *v257;
uint32_t const v260 = v227 + v250;
float * const v264 = &(*v335)[v260];
float const v265 = *v264;
float const v266 = *v364;
float const v267 = v265 - v266;
float const v268 = exp(v267);float const v270 = *v366;
float const v469 = fma(v258, v268, v270);
*v366 = v469;
}
uint32_t const v273 = uint32_t(v412);
uint32_t v368_store;
uint32_t * v368 = &v368_store;*v368 = v273;
while([&]{
uint32_t const v275 = *v368;
bool const v277 = v275 < v43;
return v277;
}()) {
float v370_store;
float * v370 = &v370_store;*v370 = v245;
for(uint32_t v284 = v3; v284 < v79; v284 += v41) {
uint32_t const v287 = v284 * v43;
uint32_t const v288 = *v368;
uint32_t const v289 = v287 + v288;
float * const v293 = &(*v335)[v289];
float const v294 = *v293;
uint32_t const v296 = v227 + v284;
float * const v300 = &(*v335)[v296];
float const v301 = *v300;
float const v302 = *v364;
float const v303 = v301 - v302;
float const v304 = exp(v303);float const v306 = *v370;
float const v470 = fma(v294, v304, v306);
*v370 = v470;
}
float const v308 = *v370;
float const v309 = *v366;
float const v310 = v308 / v309;
uint32_t const v311 = *v368;
uint32_t const v312 = v51 + v311;
float * const v316 = &v25[v312];
*v316 = v310;
uint32_t const v465 = 256;
uint32_t const v320 = v311 + v465;
*v368 = v320;
}
}
return;
}
