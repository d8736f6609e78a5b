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
uint32_t scalars_u32[2];uint32_t static_meta[8];
};
extern "C" __global__ void __launch_bounds__(256)  paged_attention_planes_f32_heads4_kv_heads4_head_dim16_block_size16_max_planes8_min_plane32_splits8_partition512_fill264_cube256(float const* const __restrict__ v1, float const* const __restrict__ v5, float const* const __restrict__ v9, uint32_t const* const __restrict__ v13, uint32_t const* const __restrict__ v17, uint32_t const* const __restrict__ v21, float * const __restrict__ v25, float * const __restrict__ v29, info_st const* const __restrict__ v398) {
extern __shared__ __align__(4) char v412[];uint32_t const* const dynamic_meta_v400 = reinterpret_cast<uint32_t const*>(v398 + 1);
const info_st& info_v399 = *v398;uint32_t const v3 = 0;
uint32_t const v401 = info_v399.scalars_u32[0];
uint32_t const v402 = info_v399.scalars_u32[1];
float const v403 = info_v399.scalars_f32[0];
uint32_t const v36 = uint32_t(v402);
uint32_t const v37 = 16;
uint32_t const v38 = v36 * v37;
uint32_t const v39 = 511;
uint32_t const v40 = v38 + v39;
uint32_t const v41 = 512;
uint32_t const v42 = v40 / v41;
uint32_t const v43 = uint32_t(v401);
uint32_t const v44 = 4;
uint32_t const v45 = v43 * v44;
uint32_t const v46 = 1;
uint32_t const v47 = max(v45, v46);
uint32_t const v48 = 264;
uint32_t const v49 = v48 + v47;
uint32_t const v51 = v49 - v46;
uint32_t const v52 = v51 / v47;
uint32_t const v53 = min(v42, v52);
uint32_t const v54 = 8;
uint32_t const v55 = min(v53, v54);
uint32_t const v57 = max(v55, v46);
uint32_t const v453 = blockIdx.z;
uint32_t const v454 = uint32_t(v453);
uint32_t const v455 = gridDim.y;
uint32_t const v456 = uint32_t(v455);
uint32_t const v457 = v454 * v456;
uint32_t const v458 = gridDim.x;
uint32_t const v459 = uint32_t(v458);
uint32_t const v460 = v457 * v459;
uint32_t const v461 = blockIdx.y;
uint32_t const v462 = uint32_t(v461);
uint32_t const v465 = v462 * v459;
uint32_t const v466 = v460 + v465;
uint32_t const v467 = blockIdx.x;
uint32_t const v468 = uint32_t(v467);
uint32_t const v469 = v466 + v468;
uint32_t const v62 = v45 * v57;
bool const v63 = v469 < v62;
if(v63) {
uint32_t const v64 = v469 % v57;
uint32_t const v65 = v469 / v57;
uint32_t const v67 = v65 / v44;
uint32_t const v70 = v65 % v44;
uint32_t const v74 = v67 * v44;
uint32_t const v76 = v74 * v37;
uint32_t const v78 = v70 * v37;
uint32_t const v79 = v76 + v78;
uint32_t const* const v83 = &v13[v67];
uint32_t const v84 = *v83;
uint32_t const v85 = uint32_t(v84);
uint32_t const v87 = v85 + v46;
uint32_t const v88 = v87 + v57;
uint32_t const v90 = v88 - v46;
uint32_t const v91 = v90 / v57;
uint32_t const v92 = v64 * v91;
uint32_t const v93 = v92 + v91;
uint32_t const v94 = min(v93, v87);
uint32_t const* const v98 = &v17[v67];
uint32_t const v99 = *v98;
uint32_t const v100 = uint32_t(v99);
uint32_t const v102 = v100 * v36;
uint32_t const v501 = threadIdx.x;
uint32_t const v533 = 0;
uint32_t const v534 = 256;
uint32_t const v537 = 1;
uint32_t const v471 = warpSize;
uint32_t const v472 = v501 % v471;
uint32_t const v104 = uint32_t(v472);
uint32_t const v106 = uint32_t(v471);
uint32_t const v475 = v501 / v471;
uint32_t const v108 = uint32_t(v475);
uint32_t const v111 = v534 / v471;
uint32_t const v112 = uint32_t(v111);
uint32_t const v114 = min(v112, v54);
array<float, 144> * const v413 = reinterpret_cast<array<float, 144> *>(&v412[0]);
bool const v119 = v108 < v114;
if(v119) {
array<float, 1> v415_store = {};
array<float, 1> * v415 = &v415_store;float * const v128 = &(*v415)[v3];
float const v129 = 0;
*v128 = v129;
float const v130 = -3.402823470e+38;
float v416_store;
float * v416 = &v416_store;*v416 = v130;
float v417_store;
float * v417 = &v417_store;*v417 = v129;
uint32_t const v136 = v92 + v108;
uint32_t v418_store;
uint32_t * v418 = &v418_store;*v418 = v136;
while([&]{
uint32_t const v138 = *v418;
bool const v139 = v138 < v94;
return v139;
}()) {
uint32_t const v141 = *v418;
uint32_t const v143 = v141 / v37;
uint32_t const v144 = v102 + v143;
uint32_t const* const v148 = &v21[v144];
uint32_t const v149 = *v148;
uint32_t const v150 = uint32_t(v149);
uint32_t const v153 = v141 % v37;
uint32_t const v155 = v150 * v44;
uint32_t const v156 = v155 + v70;
uint32_t const v158 = v156 * v37;
uint32_t const v159 = v158 + v153;
uint32_t const v161 = v159 * v37;
float v420_store;
float * v420 = &v420_store;*v420 = v129;
uint32_t v421_store;
uint32_t * v421 = &v421_store;*v421 = v104;
while([&]{
uint32_t const v166 = *v421;
bool const v168 = v166 < v37;
return v168;
}()) {
uint32_t const v170 = *v421;
uint32_t const v171 = v79 + v170;
float const* const v175 = &v1[v171];
float const v176 = *v175;
uint32_t const v178 = v161 + v170;
float const* const v182 = &v5[v178];
float const v183 = *v182;
float const v185 = *v420;
float const v563 = fma(v176, v183, v185);
*v420 = v563;
uint32_t const v188 = v170 + v106;
*v421 = v188;
}
float const v189 = *v420;
uint32_t const v425 = min(v471, v534);
float v450_store;
float * v450 = &v450_store;*v450 = v189;
uint32_t v451_store;
uint32_t * v451 = &v451_store;*v451 = v537;
while([&]{
uint32_t const v430 = *v451;
bool const v431 = v430 < v425;
return v431;
}()) {
float const v433 = *v450;
uint32_t const v434 = *v451;
float const v435 = __shfl_xor_sync(__activemask(), v433, v434);
float const v437 = v433 + v435;
*v450 = v437;
uint32_t const v439 = 2;
uint32_t const v440 = v434 * v439;
*v451 = v440;
}
float const v441 = *v450;
float const v191 = v441 * v403;
float const v192 = *v416;
float const v193 = max(v192, v191);
float const v195 = v192 - v193;
float const v196 = exp(v195);float const v197 = v191 - v193;
float const v198 = exp(v197);float const v199 = *v417;
float const v564 = fma(v199, v196, v198);
*v417 = v564;
bool const v206 = v104 < v37;
if(v206) {
float const v212 = *v128;
uint32_t const v214 = v161 + v104;
float const* const v218 = &v9[v214];
float const v219 = *v218;
float const v220 = v198 * v219;
float const v565 = fma(v212, v196, v220);
*v128 = v565;
}
*v416 = v193;
uint32_t const v227 = *v418;
uint32_t const v228 = v227 + v114;
*v418 = v228;
}
bool const v230 = v104 == v3;
if(v230) {
uint32_t const v231 = 128;
uint32_t const v232 = v231 + v108;
float * const v236 = &(*v413)[v232];
float const v237 = *v416;
*v236 = v237;
uint32_t const v238 = 136;
uint32_t const v239 = v238 + v108;
float * const v243 = &(*v413)[v239];
float const v244 = *v417;
*v243 = v244;
}
bool const v249 = v104 < v37;
if(v249) {
float const v255 = *v128;
uint32_t const v257 = v108 * v37;
uint32_t const v258 = v257 + v104;
float * const v262 = &(*v413)[v258];
*v262 = v255;
}
}
__syncthreads();
uint32_t const v265 = 128;
float * const v267 = &(*v413)[v265];
float const v268 = *v267;
float v442_store;
float * v442 = &v442_store;*v442 = v268;
for(uint32_t v272 = v46; v272 < v114; v272 += v46) {
uint32_t const v275 = v265 + v272;
float * const v279 = &(*v413)[v275];
float const v280 = *v279;
float const v281 = *v442;
float const v282 = max(v281, v280);
*v442 = v282;
}
float const v283 = 0;
float v444_store;
float * v444 = &v444_store;*v444 = v283;
for(uint32_t v288 = v3; v288 < v114; v288 += v46) {
uint32_t const v290 = 136;
uint32_t const v291 = v290 + v288;
float * const v295 = &(*v413)[v291];
float const v296 = *v295;
uint32_t const v298 = v265 + v288;
float * const v302 = &(*v413)[v298];
float const v303 = *v302;
float const v304 = *v442;
float const v305 = v303 - v304;
float const v306 = exp(v305);float const v308 = *v444;
float const v566 = fma(v296, v306, v308);
*v444 = v566;
}
uint32_t const v312 = v74 + v70;
uint32_t const v314 = v312 * v54;
uint32_t const v315 = v314 + v64;
uint32_t const v316 = 18;
uint32_t const v317 = v315 * v316;
uint32_t const v319 = uint32_t(v501);
uint32_t v446_store;
uint32_t * v446 = &v446_store;*v446 = v319;
while([&]{
uint32_t const v321 = *v446;
bool const v323 = v321 < v37;
return v323;
}()) {
float v448_store;
float * v448 = &v448_store;*v448 = v283;
for(uint32_t v330 = v3; v330 < v114; v330 += v46) {
uint32_t const v333 = v330 * v37;
uint32_t const v334 = *v446;
uint32_t const v335 = v333 + v334;
float * const v339 = &(*v413)[v335];
float const v340 = *v339;
uint32_t const v342 = v265 + v330;
float * const v346 = &(*v413)[v342];
float const v347 = *v346;
float const v348 = *v442;
float const v349 = v347 - v348;
float const v350 = exp(v349);float const v352 = *v448;
float const v567 = fma(v340, v350, v352);
*v448 = v567;
}
bool const v355 = v57 == v46;
if(v355) {
float const v356 = *v448;
float const v357 = *v444;
float const v358 = v356 / v357;
uint32_t const v359 = *v446;
uint32_t const v360 = v79 + v359;
float * const v364 = &v29[v360];
*v364 = v358;
}
 else {
uint32_t const v365 = *v446;
uint32_t const v366 = v317 + v365;
float * const v370 = &v25[v366];
float const v371 = *v448;
*v370 = v371;
}
uint32_t const v562 = 256;
uint32_t const v374 = *v446;
uint32_t const v375 = v374 + v562;
*v446 = v375;
}
bool const v377 = v57 > v46;
bool const v380 = v501 == v533;
bool const v381 = v377 && v380;
if(v381) {
uint32_t const v383 = v317 + v37;
float * const v387 = &v25[v383];
float const v388 = *v442;
*v387 = v388;
uint32_t const v392 = v383 + v46;
float * const v396 = &v25[v392];
float const v397 = *v444;
*v396 = v397;
}
}
return;
}
