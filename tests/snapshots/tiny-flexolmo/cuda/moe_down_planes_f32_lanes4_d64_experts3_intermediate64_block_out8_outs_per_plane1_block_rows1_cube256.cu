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
extern "C" __global__ void __launch_bounds__(256)  moe_down_planes_f32_lanes4_d64_experts3_intermediate64_block_out8_outs_per_plane1_block_rows1_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v371) {
uint32_t const* const dynamic_meta_v373 = reinterpret_cast<uint32_t const*>(v371 + 1);
const info_st& info_v372 = *v371;uint32_t const v3 = 0;
uint32_t const v374 = info_v372.scalars_u32[0];
uint32_t const v22 = uint32_t(v374);
uint32_t const v435 = blockIdx.z;
uint32_t const v436 = uint32_t(v435);
uint32_t const v437 = gridDim.y;
uint32_t const v438 = uint32_t(v437);
uint32_t const v439 = v436 * v438;
uint32_t const v440 = gridDim.x;
uint32_t const v441 = uint32_t(v440);
uint32_t const v442 = v439 * v441;
uint32_t const v443 = blockIdx.y;
uint32_t const v444 = uint32_t(v443);
uint32_t const v447 = v444 * v441;
uint32_t const v448 = v442 + v447;
uint32_t const v449 = blockIdx.x;
uint32_t const v450 = uint32_t(v449);
uint32_t const v451 = v448 + v450;
uint32_t const v24 = 1;
uint32_t const v25 = v22 + v24;
uint32_t const v27 = v25 - v24;
uint32_t const v30 = 8;
uint32_t const v31 = v27 * v30;
bool const v32 = v451 < v31;
if(v32) {
uint32_t const v33 = v451 % v27;
uint32_t const v36 = v451 / v27;
uint32_t const v38 = v36 * v30;
array<uint32_t, 1> v381_store = {};
array<uint32_t, 1> * v381 = &v381_store;bool const v45 = v33 < v22;
uint32_t const v49 = v22 - v24;
uint32_t const v50 = v45 ? v33 : v49;
uint32_t * const v55 = &(*v381)[v3];
*v55 = v50;
array<uint32_t, 1> v382_store = {};
array<uint32_t, 1> * v382 = &v382_store;array<float, 1> v383_store = {};
array<float, 1> * v383 = &v383_store;array<float, 1> v384_store = {};
array<float, 1> * v384 = &v384_store;uint32_t const v452 = 256;
uint32_t const v69 = warpSize;
uint32_t const v70 = v452 / v69;
uint32_t const v71 = uint32_t(v70);
uint32_t const v463 = threadIdx.x;
uint32_t const v496 = 0;
uint32_t const v500 = 1;
uint32_t const v455 = v463 / v69;
uint32_t const v73 = uint32_t(v455);
uint32_t v385_store;
uint32_t * v385 = &v385_store;*v385 = v73;
while([&]{
uint32_t const v77 = *v385;
bool const v79 = v77 < v30;
return v79;
}()) {
float * const v85 = &(*v384)[v3];
float const v86 = 0;
*v85 = v86;
uint32_t const v88 = 3;
for(uint32_t v90 = v3; v90 < v88; v90 += v24) {
bool const v92 = false;
uint32_t const v100 = *v55;
uint32_t const v102 = v100 * v88;
uint32_t const v103 = v102 + v90;
uint32_t const v104 = 16;
uint32_t const v105 = v103 * v104;
uint32_t * const v110 = &(*v382)[v3];
*v110 = v105;
bool v389_store;
bool * v389 = &v389_store;bool v390_store;
bool * v390 = &v390_store;if(v45) {
uint32_t const v123 = *v55;
uint32_t const v125 = v123 * v88;
uint32_t const v126 = v125 + v90;
float const* const v130 = &v5[v126];
float const v131 = *v130;
bool const v133 = v131 < v86;
bool const v134 = !v133;
*v390 = v134;
}
 else {
*v390 = v92;
}
bool const v137 = *v390;
*v389 = v137;
bool const v138 = *v389;
if(v138) {
uint32_t const* const v143 = &v13[v90];
uint32_t const v144 = *v143;
uint32_t const v145 = uint32_t(v144);
uint32_t const v146 = 64;
uint32_t const v147 = v145 * v146;
uint32_t const v148 = v147 + v38;
uint32_t const v149 = *v385;
uint32_t const v150 = v148 + v149;
uint32_t const v152 = v150 * v104;
uint32_t const v458 = v463 % v69;
uint32_t const v154 = uint32_t(v458);
uint32_t const v156 = uint32_t(v69);
array<float_4, 1> v391_store = {};
array<float_4, 1> * v391 = &v391_store;float_4 const v162 = float_4{v86, v86, v86, v86};
float_4 * const v167 = &(*v391)[v3];
*v167 = v162;
uint32_t v392_store;
uint32_t * v392 = &v392_store;*v392 = v154;
while([&]{
uint32_t const v169 = *v392;
bool const v171 = v169 < v104;
return v171;
}()) {
array<float_4, 1> v394_store = {};
array<float_4, 1> * v394 = &v394_store;uint32_t const v181 = *v392;
uint32_t const v182 = v152 + v181;
float_4 const* const v186 = &v9[v182];
float_4 const v187 = *v186;
float_4 * const v192 = &(*v394)[v3];
*v192 = v187;
uint32_t const v198 = *v110;
uint32_t const v200 = v198 + v181;
float_4 const* const v204 = &v1[v200];
float_4 const v205 = *v204;
float_4 const v211 = *v192;
float_4 const v217 = *v167;
float const v418 = v211.i_0;
float const v419 = v205.i_0;
float const v420 = v217.i_0;
float const v421 = fma(v418, v419, v420);
float const v422 = v211.i_1;
float const v423 = v205.i_1;
float const v424 = v217.i_1;
float const v425 = fma(v422, v423, v424);
float const v426 = v211.i_2;
float const v427 = v205.i_2;
float const v428 = v217.i_2;
float const v429 = fma(v426, v427, v428);
float const v430 = v211.i_3;
float const v431 = v205.i_3;
float const v432 = v217.i_3;
float const v433 = fma(v430, v431, v432);
float_4 const v434 = float_4{v421, v425, v429, v433};
*v167 = v434;
uint32_t const v225 = v181 + v156;
*v392 = v225;
}
float_4 const v231 = *v167;
array<float, 4> v395_store = {};
array<float, 4> * v395 = &v395_store;float const v236 = v231.i_0;
float * const v241 = &(*v395)[v3];
*v241 = v236;
float const v242 = v231.i_1;
float * const v247 = &(*v395)[v24];
*v247 = v242;
float const v248 = v231.i_2;
uint32_t const v251 = 2;
float * const v253 = &(*v395)[v251];
*v253 = v248;
float const v254 = v231.i_3;
float * const v259 = &(*v395)[v88];
*v259 = v254;
float const v265 = *v253;
float const v271 = *v241;
float const v272 = v271 + v265;
*v241 = v272;
float const v278 = *v259;
float const v284 = *v247;
float const v285 = v284 + v278;
*v247 = v285;
float const v291 = *v247;
float const v297 = *v241;
float const v298 = v297 + v291;
*v241 = v298;
float const v304 = *v241;
uint32_t const v398 = min(v69, v452);
float v415_store;
float * v415 = &v415_store;*v415 = v304;
uint32_t v416_store;
uint32_t * v416 = &v416_store;*v416 = v500;
while([&]{
uint32_t const v403 = *v416;
bool const v404 = v403 < v398;
return v404;
}()) {
float const v406 = *v415;
uint32_t const v407 = *v416;
float const v408 = __shfl_xor_sync(__activemask(), v406, v407);
float const v410 = v406 + v408;
*v415 = v410;
uint32_t const v412 = 2;
uint32_t const v413 = v407 * v412;
*v416 = v413;
}
float const v414 = *v415;
float * const v310 = &(*v383)[v3];
*v310 = v414;
uint32_t const v316 = *v55;
uint32_t const v318 = v316 * v88;
uint32_t const v319 = v318 + v90;
float const* const v323 = &v5[v319];
float const v324 = *v323;
bool const v326 = v324 < v86;
bool const v327 = !v326;
if(v327) {
float const v333 = *v310;
float const v340 = *v85;
float const v549 = fma(v324, v333, v340);
*v85 = v549;
}
}
}
uint32_t const v342 = *v385;
uint32_t const v343 = v38 + v342;
uint32_t const v462 = v463 % v69;
bool const v346 = v462 == v496;
if(v346) {
if(v45) {
float const v355 = *v85;
uint32_t const v358 = 64;
uint32_t const v359 = v33 * v358;
uint32_t const v360 = v359 + v343;
float * const v366 = &v17[v360];
*v366 = v355;
}
}
uint32_t const v370 = v342 + v71;
*v385 = v370;
}
}
return;
}
