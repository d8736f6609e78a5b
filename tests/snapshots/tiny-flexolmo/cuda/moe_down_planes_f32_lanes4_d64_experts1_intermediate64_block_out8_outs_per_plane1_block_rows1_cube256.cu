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
extern "C" __global__ void __launch_bounds__(256)  moe_down_planes_f32_lanes4_d64_experts1_intermediate64_block_out8_outs_per_plane1_block_rows1_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v370) {
uint32_t const* const dynamic_meta_v372 = reinterpret_cast<uint32_t const*>(v370 + 1);
const info_st& info_v371 = *v370;uint32_t const v3 = 0;
uint32_t const v373 = info_v371.scalars_u32[0];
uint32_t const v22 = uint32_t(v373);
uint32_t const v433 = blockIdx.z;
uint32_t const v434 = uint32_t(v433);
uint32_t const v435 = gridDim.y;
uint32_t const v436 = uint32_t(v435);
uint32_t const v437 = v434 * v436;
uint32_t const v438 = gridDim.x;
uint32_t const v439 = uint32_t(v438);
uint32_t const v440 = v437 * v439;
uint32_t const v441 = blockIdx.y;
uint32_t const v442 = uint32_t(v441);
uint32_t const v445 = v442 * v439;
uint32_t const v446 = v440 + v445;
uint32_t const v447 = blockIdx.x;
uint32_t const v448 = uint32_t(v447);
uint32_t const v449 = v446 + v448;
uint32_t const v24 = 1;
uint32_t const v25 = v22 + v24;
uint32_t const v27 = v25 - v24;
uint32_t const v30 = 8;
uint32_t const v31 = v27 * v30;
bool const v32 = v449 < v31;
if(v32) {
uint32_t const v33 = v449 % v27;
uint32_t const v36 = v449 / v27;
uint32_t const v38 = v36 * v30;
array<uint32_t, 1> v380_store = {};
array<uint32_t, 1> * v380 = &v380_store;bool const v45 = v33 < v22;
uint32_t const v49 = v22 - v24;
uint32_t const v50 = v45 ? v33 : v49;
uint32_t * const v55 = &(*v380)[v3];
*v55 = v50;
array<uint32_t, 1> v381_store = {};
array<uint32_t, 1> * v381 = &v381_store;array<float, 1> v382_store = {};
array<float, 1> * v382 = &v382_store;array<float, 1> v383_store = {};
array<float, 1> * v383 = &v383_store;uint32_t const v450 = 256;
uint32_t const v69 = warpSize;
uint32_t const v70 = v450 / v69;
uint32_t const v71 = uint32_t(v70);
uint32_t const v461 = threadIdx.x;
uint32_t const v494 = 0;
uint32_t const v498 = 1;
uint32_t const v453 = v461 / v69;
uint32_t const v73 = uint32_t(v453);
uint32_t v384_store;
uint32_t * v384 = &v384_store;*v384 = v73;
while([&]{
uint32_t const v77 = *v384;
bool const v79 = v77 < v30;
return v79;
}()) {
float * const v85 = &(*v383)[v3];
float const v86 = 0;
*v85 = v86;
bool const v87 = false;
uint32_t const v95 = *v55;
uint32_t const v100 = 16;
uint32_t const v101 = v95 * v100;
uint32_t * const v106 = &(*v381)[v3];
*v106 = v101;
bool v387_store;
bool * v387 = &v387_store;bool v388_store;
bool * v388 = &v388_store;if(v45) {
uint32_t const v119 = *v55;
float const* const v127 = &v5[v119];
float const v128 = *v127;
bool const v130 = v128 < v86;
bool const v131 = !v130;
*v388 = v131;
}
 else {
*v388 = v87;
}
bool const v134 = *v388;
*v387 = v134;
bool const v135 = *v387;
if(v135) {
uint32_t const* const v141 = &v13[v3];
uint32_t const v142 = *v141;
uint32_t const v143 = uint32_t(v142);
uint32_t const v144 = 64;
uint32_t const v145 = v143 * v144;
uint32_t const v146 = v145 + v38;
uint32_t const v147 = *v384;
uint32_t const v148 = v146 + v147;
uint32_t const v150 = v148 * v100;
uint32_t const v456 = v461 % v69;
uint32_t const v152 = uint32_t(v456);
uint32_t const v154 = uint32_t(v69);
array<float_4, 1> v389_store = {};
array<float_4, 1> * v389 = &v389_store;float_4 const v160 = float_4{v86, v86, v86, v86};
float_4 * const v165 = &(*v389)[v3];
*v165 = v160;
uint32_t v390_store;
uint32_t * v390 = &v390_store;*v390 = v152;
while([&]{
uint32_t const v167 = *v390;
bool const v169 = v167 < v100;
return v169;
}()) {
array<float_4, 1> v392_store = {};
array<float_4, 1> * v392 = &v392_store;uint32_t const v179 = *v390;
uint32_t const v180 = v150 + v179;
float_4 const* const v184 = &v9[v180];
float_4 const v185 = *v184;
float_4 * const v190 = &(*v392)[v3];
*v190 = v185;
uint32_t const v196 = *v106;
uint32_t const v198 = v196 + v179;
float_4 const* const v202 = &v1[v198];
float_4 const v203 = *v202;
float_4 const v209 = *v190;
float_4 const v215 = *v165;
float const v416 = v209.i_0;
float const v417 = v203.i_0;
float const v418 = v215.i_0;
float const v419 = fma(v416, v417, v418);
float const v420 = v209.i_1;
float const v421 = v203.i_1;
float const v422 = v215.i_1;
float const v423 = fma(v420, v421, v422);
float const v424 = v209.i_2;
float const v425 = v203.i_2;
float const v426 = v215.i_2;
float const v427 = fma(v424, v425, v426);
float const v428 = v209.i_3;
float const v429 = v203.i_3;
float const v430 = v215.i_3;
float const v431 = fma(v428, v429, v430);
float_4 const v432 = float_4{v419, v423, v427, v431};
*v165 = v432;
uint32_t const v223 = v179 + v154;
*v390 = v223;
}
float_4 const v229 = *v165;
array<float, 4> v393_store = {};
array<float, 4> * v393 = &v393_store;float const v234 = v229.i_0;
float * const v239 = &(*v393)[v3];
*v239 = v234;
float const v240 = v229.i_1;
float * const v245 = &(*v393)[v24];
*v245 = v240;
float const v246 = v229.i_2;
uint32_t const v249 = 2;
float * const v251 = &(*v393)[v249];
*v251 = v246;
float const v252 = v229.i_3;
uint32_t const v255 = 3;
float * const v257 = &(*v393)[v255];
*v257 = v252;
float const v263 = *v251;
float const v269 = *v239;
float const v270 = v269 + v263;
*v239 = v270;
float const v276 = *v257;
float const v282 = *v245;
float const v283 = v282 + v276;
*v245 = v283;
float const v289 = *v245;
float const v295 = *v239;
float const v296 = v295 + v289;
*v239 = v296;
float const v302 = *v239;
uint32_t const v396 = min(v69, v450);
float v413_store;
float * v413 = &v413_store;*v413 = v302;
uint32_t v414_store;
uint32_t * v414 = &v414_store;*v414 = v498;
while([&]{
uint32_t const v401 = *v414;
bool const v402 = v401 < v396;
return v402;
}()) {
float const v404 = *v413;
uint32_t const v405 = *v414;
float const v406 = __shfl_xor_sync(__activemask(), v404, v405);
float const v408 = v404 + v406;
*v413 = v408;
uint32_t const v410 = 2;
uint32_t const v411 = v405 * v410;
*v414 = v411;
}
float const v412 = *v413;
float * const v308 = &(*v382)[v3];
*v308 = v412;
uint32_t const v314 = *v55;
float const* const v322 = &v5[v314];
float const v323 = *v322;
bool const v325 = v323 < v86;
bool const v326 = !v325;
if(v326) {
float const v332 = *v308;
float const v339 = *v85;
float const v548 = fma(v323, v332, v339);
*v85 = v548;
}
}
uint32_t const v341 = *v384;
uint32_t const v342 = v38 + v341;
uint32_t const v460 = v461 % v69;
bool const v345 = v460 == v494;
if(v345) {
if(v45) {
float const v354 = *v85;
uint32_t const v357 = 64;
uint32_t const v358 = v33 * v357;
uint32_t const v359 = v358 + v342;
float * const v365 = &v17[v359];
*v365 = v354;
}
}
uint32_t const v369 = v341 + v71;
*v384 = v369;
}
}
return;
}
