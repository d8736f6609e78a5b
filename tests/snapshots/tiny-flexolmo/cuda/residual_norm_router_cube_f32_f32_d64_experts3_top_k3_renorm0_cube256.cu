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
extern "C" __global__ void __launch_bounds__(256)  residual_norm_router_cube_f32_f32_d64_experts3_top_k3_renorm0_cube256(float const* const __restrict__ v1, float const* const __restrict__ v5, float const* const __restrict__ v9, float const* const __restrict__ v13, float const* const __restrict__ v17, float * const __restrict__ v21, float * const __restrict__ v25, info_st const* const __restrict__ v374) {
extern __shared__ __align__(4) char v386[];uint32_t const* const dynamic_meta_v376 = reinterpret_cast<uint32_t const*>(v374 + 1);
const info_st& info_v375 = *v374;uint32_t const v3 = 0;
uint32_t const v377 = info_v375.scalars_u32[0];
float const v378 = info_v375.scalars_f32[0];
uint32_t const v460 = blockIdx.z;
uint32_t const v461 = uint32_t(v460);
uint32_t const v462 = gridDim.y;
uint32_t const v463 = uint32_t(v462);
uint32_t const v464 = v461 * v463;
uint32_t const v465 = gridDim.x;
uint32_t const v466 = uint32_t(v465);
uint32_t const v467 = v464 * v466;
uint32_t const v468 = blockIdx.y;
uint32_t const v469 = uint32_t(v468);
uint32_t const v472 = v469 * v466;
uint32_t const v473 = v467 + v472;
uint32_t const v474 = blockIdx.x;
uint32_t const v475 = uint32_t(v474);
uint32_t const v476 = v473 + v475;
uint32_t const v32 = uint32_t(v377);
bool const v33 = v476 < v32;
if(v33) {
array<float, 256> * const v387 = reinterpret_cast<array<float, 256> *>(&v386[0]);
uint32_t const v36 = 256;
uint32_t const v38 = 64;
uint32_t const v39 = v476 * v38;
float const v40 = 0;
float v389_store;
float * v389 = &v389_store;*v389 = v40;
uint32_t const v477 = threadIdx.x;
uint32_t const v528 = 0;
uint32_t const v529 = 256;
uint32_t const v532 = 1;
uint32_t const v44 = uint32_t(v477);
uint32_t v390_store;
uint32_t * v390 = &v390_store;*v390 = v44;
while([&]{
uint32_t const v46 = *v390;
bool const v48 = v46 < v38;
return v48;
}()) {
uint32_t const v50 = *v390;
uint32_t const v51 = v39 + v50;
float const* const v55 = &v5[v51];
float const v56 = *v55;
float const v58 = *v389;
float const v634 = fma(v56, v56, v58);
*v389 = v634;
uint32_t const v63 = v50 + v36;
*v390 = v63;
}
float const v64 = *v389;
uint32_t const v392 = warpSize;
uint32_t const v394 = min(v392, v529);
float v454_store;
float * v454 = &v454_store;*v454 = v64;
uint32_t v455_store;
uint32_t * v455 = &v455_store;*v455 = v532;
while([&]{
uint32_t const v399 = *v455;
bool const v400 = v399 < v394;
return v400;
}()) {
float const v402 = *v454;
uint32_t const v403 = *v455;
float const v404 = __shfl_xor_sync(__activemask(), v402, v403);
float const v406 = v402 + v404;
*v454 = v406;
uint32_t const v408 = 2;
uint32_t const v409 = v403 * v408;
*v455 = v409;
}
float const v410 = *v454;
uint32_t const v68 = v529 / v392;
uint32_t const v69 = uint32_t(v68);
uint32_t const v493 = v477 % v392;
bool const v72 = v493 == v528;
if(v72) {
uint32_t const v496 = v477 / v392;
uint32_t const v74 = uint32_t(v496);
float * const v78 = &(*v387)[v74];
*v78 = v410;
}
__syncthreads();
float v411_store;
float * v411 = &v411_store;*v411 = v40;
uint32_t const v83 = 1;
for(uint32_t v84 = v3; v84 < v69; v84 += v83) {
float * const v89 = &(*v387)[v84];
float const v90 = *v89;
float const v91 = *v411;
float const v92 = v91 + v90;
*v411 = v92;
}
__syncthreads();
float const v613 = 64;
float const v95 = *v411;
float const v96 = v95 / v613;
float const v97 = v96 + v378;
float const v98 = sqrt(v97);float const v413 = 1;
float const v414 = v413 / v98;
array<float, 3> v415_store = {};
array<float, 3> * v415 = &v415_store;uint32_t const v102 = 3;
for(uint32_t v107 = v3; v107 < v102; v107 += v83) {
float * const v112 = &(*v415)[v107];
*v112 = v40;
}
uint32_t v417_store;
uint32_t * v417 = &v417_store;*v417 = v44;
while([&]{
uint32_t const v117 = *v417;
bool const v119 = v117 < v38;
return v119;
}()) {
uint32_t const v121 = *v417;
uint32_t const v122 = v39 + v121;
float const* const v126 = &v1[v122];
float const v127 = *v126;
float const* const v132 = &v9[v121];
float const v133 = *v132;
float const* const v139 = &v5[v122];
float const v140 = *v139;
float const v141 = v140 * v414;
float const v635 = fma(v133, v141, v127);
float * const v149 = &v21[v122];
*v149 = v635;
for(uint32_t v153 = v3; v153 < v102; v153 += v83) {
uint32_t const v156 = v153 * v38;
uint32_t const v158 = v156 + v121;
float const* const v162 = &v13[v158];
float const v163 = *v162;
float * const v168 = &(*v415)[v153];
float const v169 = *v168;
float const v636 = fma(v635, v163, v169);
*v168 = v636;
}
uint32_t const v174 = v121 + v36;
*v417 = v174;
}
array<float, 3> v420_store = {};
array<float, 3> * v420 = &v420_store;for(uint32_t v182 = v3; v182 < v102; v182 += v83) {
float * const v187 = &(*v415)[v182];
float const v188 = *v187;
float v457_store;
float * v457 = &v457_store;*v457 = v188;
uint32_t v458_store;
uint32_t * v458 = &v458_store;*v458 = v532;
while([&]{
uint32_t const v429 = *v458;
bool const v430 = v429 < v394;
return v430;
}()) {
float const v432 = *v457;
uint32_t const v433 = *v458;
float const v434 = __shfl_xor_sync(__activemask(), v432, v433);
float const v436 = v432 + v434;
*v457 = v436;
uint32_t const v438 = 2;
uint32_t const v439 = v433 * v438;
*v458 = v439;
}
float const v440 = *v457;
if(v72) {
uint32_t const v516 = v477 / v392;
uint32_t const v198 = uint32_t(v516);
float * const v202 = &(*v387)[v198];
*v202 = v440;
}
__syncthreads();
float v441_store;
float * v441 = &v441_store;*v441 = v40;
for(uint32_t v208 = v3; v208 < v69; v208 += v83) {
float * const v213 = &(*v387)[v208];
float const v214 = *v213;
float const v215 = *v441;
float const v216 = v215 + v214;
*v441 = v216;
}
__syncthreads();
float * const v220 = &(*v420)[v182];
float const v221 = *v441;
*v220 = v221;
}
bool const v224 = v477 == v528;
if(v224) {
float * const v229 = &(*v420)[v3];
float const v230 = *v229;
float const* const v235 = &v17[v3];
float const v236 = *v235;
float const v237 = v230 + v236;
*v229 = v237;
float v443_store;
float * v443 = &v443_store;*v443 = v237;
for(uint32_t v247 = v83; v247 < v102; v247 += v83) {
float * const v252 = &(*v420)[v247];
float const v253 = *v252;
float const* const v257 = &v17[v247];
float const v258 = *v257;
float const v259 = v253 + v258;
*v252 = v259;
float const v264 = *v443;
float const v265 = max(v264, v259);
*v443 = v265;
}
float v445_store;
float * v445 = &v445_store;*v445 = v40;
for(uint32_t v272 = v3; v272 < v102; v272 += v83) {
float * const v277 = &(*v420)[v272];
float const v278 = *v277;
float const v279 = *v443;
float const v280 = v278 - v279;
float const v281 = exp(v280);*v277 = v281;
float const v286 = *v445;
float const v287 = v286 + v281;
*v445 = v287;
}
for(uint32_t v291 = v3; v291 < v102; v291 += v83) {
float * const v296 = &(*v420)[v291];
float const v297 = *v296;
float const v298 = *v445;
float const v299 = v297 / v298;
*v296 = v299;
uint32_t const v301 = v476 * v102;
uint32_t const v302 = v301 + v291;
float * const v306 = &v25[v302];
float const v307 = -1;
*v306 = v307;
}
float v448_store;
float * v448 = &v448_store;*v448 = v40;
for(uint32_t v314 = v3; v314 < v102; v314 += v83) {
uint32_t v450_store;
uint32_t * v450 = &v450_store;*v450 = v3;
float const v319 = -1;
float v451_store;
float * v451 = &v451_store;*v451 = v319;
for(uint32_t v325 = v3; v325 < v102; v325 += v83) {
float * const v330 = &(*v420)[v325];
float const v331 = *v330;
float const v332 = *v451;
bool const v333 = v331 > v332;
if(v333) {
*v451 = v331;
*v450 = v325;
}
}
uint32_t const v340 = v476 * v102;
uint32_t const v341 = *v450;
uint32_t const v342 = v340 + v341;
float * const v346 = &v25[v342];
float const v347 = *v451;
*v346 = v347;
float const v348 = *v448;
float const v350 = v348 + v347;
*v448 = v350;
float * const v355 = &(*v420)[v341];
float const v356 = -2;
*v355 = v356;
}
float const v357 = *v445;
bool const v359 = v357 >= v40;
bool const v360 = !v359;
if(v360) {
for(uint32_t v364 = v3; v364 < v102; v364 += v83) {
uint32_t const v367 = v476 * v102;
uint32_t const v368 = v367 + v364;
float * const v372 = &v25[v368];
*v372 = v357;
}
}
}
}
return;
}
