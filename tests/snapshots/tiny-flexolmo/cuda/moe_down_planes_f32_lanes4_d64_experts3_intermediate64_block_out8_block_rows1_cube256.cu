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
struct alignas(16) float_4 { float i_0; float i_1; float i_2; float i_3; };

struct info_st {
    uint32_t scalars_u32[2];uint32_t static_meta[6];
};
extern "C" __global__ void __launch_bounds__(256)  moe_down_planes_f32_lanes4_d64_experts3_intermediate64_block_out8_block_rows1_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v346) {
uint32_t const* const dynamic_meta_v348 = reinterpret_cast<uint32_t const*>(v346 + 1);
const info_st& info_v347 = *v346;uint32_t const v3 = 0;
uint32_t const v349 = info_v347.scalars_u32[0];
uint32_t const v22 = uint32_t(v349);
uint32_t const v409 = blockIdx.z;
uint32_t const v410 = uint32_t(v409);
uint32_t const v411 = gridDim.y;
uint32_t const v412 = uint32_t(v411);
uint32_t const v413 = v410 * v412;
uint32_t const v414 = gridDim.x;
uint32_t const v415 = uint32_t(v414);
uint32_t const v416 = v413 * v415;
uint32_t const v417 = blockIdx.y;
uint32_t const v418 = uint32_t(v417);
uint32_t const v421 = v418 * v415;
uint32_t const v422 = v416 + v421;
uint32_t const v423 = blockIdx.x;
uint32_t const v424 = uint32_t(v423);
uint32_t const v425 = v422 + v424;
uint32_t const v24 = 1;
uint32_t const v25 = v22 + v24;
uint32_t const v27 = v25 - v24;
uint32_t const v30 = 8;
uint32_t const v31 = v27 * v30;
bool const v32 = v425 < v31;
if(v32) {
uint32_t const v33 = v425 % v27;
uint32_t const v36 = v425 / v27;
uint32_t const v38 = v36 * v30;
array<uint32_t, 1> v356_store = {};
array<uint32_t, 1> * v356 = &v356_store;bool const v45 = v33 < v22;
uint32_t const v49 = v22 - v24;
uint32_t const v50 = v45 ? v33 : v49;
uint32_t * const v55 = &(*v356)[v3];
*v55 = v50;
array<uint32_t, 1> v357_store = {};
array<uint32_t, 1> * v357 = &v357_store;array<float, 1> v358_store = {};
array<float, 1> * v358 = &v358_store;array<float, 1> v359_store = {};
array<float, 1> * v359 = &v359_store;uint32_t const v426 = 256;
uint32_t const v69 = warpSize;
uint32_t const v70 = v426 / v69;
uint32_t const v71 = uint32_t(v70);
uint32_t const v437 = threadIdx.x;
uint32_t const v470 = 0;
uint32_t const v474 = 1;
uint32_t const v429 = v437 / v69;
uint32_t const v73 = uint32_t(v429);
uint32_t v360_store;
uint32_t * v360 = &v360_store;*v360 = v73;
while([&]{
uint32_t const v75 = *v360;
bool const v77 = v75 < v30;
return v77;
}()) {
float * const v83 = &(*v359)[v3];
float const v84 = 0;
*v83 = v84;
uint32_t const v86 = 3;
for(uint32_t v88 = v3; v88 < v86; v88 += v24) {
bool const v90 = false;
uint32_t const v98 = *v55;
uint32_t const v100 = v98 * v86;
uint32_t const v101 = v100 + v88;
uint32_t const v102 = 16;
uint32_t const v103 = v101 * v102;
uint32_t * const v108 = &(*v357)[v3];
*v108 = v103;
bool v364_store;
bool * v364 = &v364_store;bool v365_store;
bool * v365 = &v365_store;if(v45) {
uint32_t const v121 = *v55;
uint32_t const v123 = v121 * v86;
uint32_t const v124 = v123 + v88;
float const* const v128 = &v5[v124];
float const v129 = *v128;
bool const v131 = v129 < v84;
bool const v132 = !v131;
*v365 = v132;
}
 else {
*v365 = v90;
}
bool const v135 = *v365;
*v364 = v135;
bool const v136 = *v364;
if(v136) {
uint32_t const* const v141 = &v13[v88];
uint32_t const v142 = *v141;
uint32_t const v143 = uint32_t(v142);
uint32_t const v144 = 64;
uint32_t const v145 = v143 * v144;
uint32_t const v146 = v145 + v38;
uint32_t const v147 = *v360;
uint32_t const v148 = v146 + v147;
uint32_t const v150 = v148 * v102;
uint32_t const v432 = v437 % v69;
uint32_t const v152 = uint32_t(v432);
uint32_t const v154 = uint32_t(v69);
array<float_4, 1> v366_store = {};
array<float_4, 1> * v366 = &v366_store;float_4 const v160 = float_4{v84, v84, v84, v84};
float_4 * const v165 = &(*v366)[v3];
*v165 = v160;
uint32_t v367_store;
uint32_t * v367 = &v367_store;*v367 = v152;
while([&]{
uint32_t const v167 = *v367;
bool const v169 = v167 < v102;
return v169;
}()) {
uint32_t const v171 = *v367;
uint32_t const v172 = v150 + v171;
float_4 const* const v176 = &v9[v172];
float_4 const v177 = *v176;
uint32_t const v183 = *v108;
uint32_t const v185 = v183 + v171;
float_4 const* const v189 = &v1[v185];
float_4 const v190 = *v189;
float_4 const v196 = *v165;
float const v392 = v177.i_0;
float const v393 = v190.i_0;
float const v394 = v196.i_0;
float const v395 = fma(v392, v393, v394);
float const v396 = v177.i_1;
float const v397 = v190.i_1;
float const v398 = v196.i_1;
float const v399 = fma(v396, v397, v398);
float const v400 = v177.i_2;
float const v401 = v190.i_2;
float const v402 = v196.i_2;
float const v403 = fma(v400, v401, v402);
float const v404 = v177.i_3;
float const v405 = v190.i_3;
float const v406 = v196.i_3;
float const v407 = fma(v404, v405, v406);
float_4 const v408 = float_4{v395, v399, v403, v407};
*v165 = v408;
uint32_t const v204 = v171 + v154;
*v367 = v204;
}
float_4 const v210 = *v165;
array<float, 4> v369_store = {};
array<float, 4> * v369 = &v369_store;float const v215 = v210.i_0;
float * const v220 = &(*v369)[v3];
*v220 = v215;
float const v221 = v210.i_1;
float * const v226 = &(*v369)[v24];
*v226 = v221;
float const v227 = v210.i_2;
uint32_t const v230 = 2;
float * const v232 = &(*v369)[v230];
*v232 = v227;
float const v233 = v210.i_3;
float * const v238 = &(*v369)[v86];
*v238 = v233;
float const v244 = *v232;
float const v250 = *v220;
float const v251 = v250 + v244;
*v220 = v251;
float const v257 = *v238;
float const v263 = *v226;
float const v264 = v263 + v257;
*v226 = v264;
float const v270 = *v226;
float const v276 = *v220;
float const v277 = v276 + v270;
*v220 = v277;
float const v283 = *v220;
uint32_t const v372 = min(v69, v426);
float v389_store;
float * v389 = &v389_store;*v389 = v283;
uint32_t v390_store;
uint32_t * v390 = &v390_store;*v390 = v474;
while([&]{
uint32_t const v377 = *v390;
bool const v378 = v377 < v372;
return v378;
}()) {
float const v380 = *v389;
uint32_t const v381 = *v390;
float const v382 = __shfl_xor_sync(__activemask(), v380, v381);
float const v384 = v380 + v382;
*v389 = v384;
uint32_t const v386 = 2;
uint32_t const v387 = v381 * v386;
*v390 = v387;
}
float const v388 = *v389;
float * const v289 = &(*v358)[v3];
*v289 = v388;
uint32_t const v295 = *v55;
uint32_t const v297 = v295 * v86;
uint32_t const v298 = v297 + v88;
float const* const v302 = &v5[v298];
float const v303 = *v302;
bool const v305 = v303 < v84;
bool const v306 = !v305;
if(v306) {
float const v312 = *v289;
float const v319 = *v83;
float const v520 = fma(v303, v312, v319);
*v83 = v520;
}
}
}
uint32_t const v436 = v437 % v69;
bool const v323 = v436 == v470;
if(v323) {
if(v45) {
float const v332 = *v83;
uint32_t const v335 = 64;
uint32_t const v336 = v33 * v335;
uint32_t const v337 = v336 + v38;
uint32_t const v338 = *v360;
uint32_t const v339 = v337 + v338;
float * const v343 = &v17[v339];
*v343 = v332;
}
}
uint32_t const v344 = *v360;
uint32_t const v345 = v344 + v71;
*v360 = v345;
}
}
return;
}
