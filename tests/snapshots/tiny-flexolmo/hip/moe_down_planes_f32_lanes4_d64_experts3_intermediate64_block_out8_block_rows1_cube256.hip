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

struct alignas(16) float_4 { float i_0; float i_1; float i_2; float i_3; };

struct info_st {
    uint32_t scalars_u32[2];uint32_t static_meta[6];
};
extern "C" __global__ void __launch_bounds__(256) moe_down_planes_f32_lanes4_d64_experts3_intermediate64_block_out8_block_rows1_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v363) {
uint32_t const* const dynamic_meta_v365 = reinterpret_cast<uint32_t const*>(v363 + 1);
const info_st& info_v364 = *v363;uint32_t const v3 = 0;
uint32_t const v366 = info_v364.scalars_u32[0];
uint32_t const v22 = uint32_t(v366);
uint32_t const v427 = blockIdx.z;
uint32_t const v428 = uint32_t(v427);
uint32_t const v429 = gridDim.y;
uint32_t const v430 = uint32_t(v429);
uint32_t const v431 = v428 * v430;
uint32_t const v432 = gridDim.x;
uint32_t const v433 = uint32_t(v432);
uint32_t const v434 = v431 * v433;
uint32_t const v435 = blockIdx.y;
uint32_t const v436 = uint32_t(v435);
uint32_t const v439 = v436 * v433;
uint32_t const v440 = v434 + v439;
uint32_t const v441 = blockIdx.x;
uint32_t const v442 = uint32_t(v441);
uint32_t const v443 = v440 + v442;
uint32_t const v24 = 1;
uint32_t const v25 = v22 + v24;
uint32_t const v27 = v25 - v24;
uint32_t const v30 = 8;
uint32_t const v31 = v27 * v30;
bool const v32 = v443 < v31;
if(v32) {
uint32_t const v33 = v443 % v27;
uint32_t const v36 = v443 / v27;
uint32_t const v38 = v36 * v30;
array<uint32_t, 1> v373_store = {};
array<uint32_t, 1> * v373 = &v373_store;bool const v45 = v33 < v22;
uint32_t const v49 = v22 - v24;
uint32_t const v50 = v45 ? v33 : v49;
uint32_t * const v55 = &(*v373)[v3];
*v55 = v50;
array<uint32_t, 1> v374_store = {};
array<uint32_t, 1> * v374 = &v374_store;array<float, 1> v375_store = {};
array<float, 1> * v375 = &v375_store;array<float, 1> v376_store = {};
array<float, 1> * v376 = &v376_store;uint32_t const v444 = 256;
uint32_t const v69 = warpSize;
uint32_t const v70 = v444 / v69;
uint32_t const v71 = uint32_t(v70);
uint32_t const v455 = threadIdx.x;
uint32_t const v488 = 0;
uint32_t const v492 = 1;
uint32_t const v447 = v455 / v69;
uint32_t const v73 = uint32_t(v447);
uint32_t v377_store;
uint32_t * v377 = &v377_store;*v377 = v73;
while([&]{
uint32_t const v75 = *v377;
bool const v77 = v75 < v30;
return v77;
}()) {
float * const v83 = &(*v376)[v3];
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
uint32_t * const v108 = &(*v374)[v3];
*v108 = v103;
bool v381_store;
bool * v381 = &v381_store;bool v382_store;
bool * v382 = &v382_store;if(v45) {
uint32_t const v121 = *v55;
uint32_t const v123 = v121 * v86;
uint32_t const v124 = v123 + v88;
float const* const v128 = &v5[v124];
float const v129 = *v128;
bool const v131 = v129 < v84;
bool const v132 = !v131;
*v382 = v132;
}
 else {
*v382 = v90;
}
bool const v135 = *v382;
*v381 = v135;
bool const v136 = *v381;
if(v136) {
uint32_t const* const v141 = &v13[v88];
uint32_t const v142 = *v141;
uint32_t const v143 = uint32_t(v142);
uint32_t const v144 = 64;
uint32_t const v145 = v143 * v144;
uint32_t const v146 = v145 + v38;
uint32_t const v147 = *v377;
uint32_t const v148 = v146 + v147;
uint32_t const v150 = v148 * v102;
uint32_t const v450 = v455 % v69;
uint32_t const v152 = uint32_t(v450);
uint32_t const v154 = uint32_t(v69);
array<float_4, 1> v383_store = {};
array<float_4, 1> * v383 = &v383_store;float_4 const v160 = float_4{v84, v84, v84, v84};
float_4 * const v165 = &(*v383)[v3];
*v165 = v160;
uint32_t v384_store;
uint32_t * v384 = &v384_store;*v384 = v152;
while([&]{
uint32_t const v167 = *v384;
bool const v169 = v167 < v102;
return v169;
}()) {
array<float_4, 1> v386_store = {};
array<float_4, 1> * v386 = &v386_store;uint32_t const v177 = *v384;
uint32_t const v178 = v150 + v177;
float_4 const* const v182 = &v9[v178];
float_4 const v183 = *v182;
float_4 * const v188 = &(*v386)[v3];
*v188 = v183;
uint32_t const v194 = *v108;
uint32_t const v196 = v194 + v177;
float_4 const* const v200 = &v1[v196];
float_4 const v201 = *v200;
float_4 const v207 = *v188;
float_4 const v213 = *v165;
float const v410 = v207.i_0;
float const v411 = v201.i_0;
float const v412 = v213.i_0;
float const v413 = fma(v410, v411, v412);
float const v414 = v207.i_1;
float const v415 = v201.i_1;
float const v416 = v213.i_1;
float const v417 = fma(v414, v415, v416);
float const v418 = v207.i_2;
float const v419 = v201.i_2;
float const v420 = v213.i_2;
float const v421 = fma(v418, v419, v420);
float const v422 = v207.i_3;
float const v423 = v201.i_3;
float const v424 = v213.i_3;
float const v425 = fma(v422, v423, v424);
float_4 const v426 = float_4{v413, v417, v421, v425};
*v165 = v426;
uint32_t const v221 = v177 + v154;
*v384 = v221;
}
float_4 const v227 = *v165;
array<float, 4> v387_store = {};
array<float, 4> * v387 = &v387_store;float const v232 = v227.i_0;
float * const v237 = &(*v387)[v3];
*v237 = v232;
float const v238 = v227.i_1;
float * const v243 = &(*v387)[v24];
*v243 = v238;
float const v244 = v227.i_2;
uint32_t const v247 = 2;
float * const v249 = &(*v387)[v247];
*v249 = v244;
float const v250 = v227.i_3;
float * const v255 = &(*v387)[v86];
*v255 = v250;
float const v261 = *v249;
float const v267 = *v237;
float const v268 = v267 + v261;
*v237 = v268;
float const v274 = *v255;
float const v280 = *v243;
float const v281 = v280 + v274;
*v243 = v281;
float const v287 = *v243;
float const v293 = *v237;
float const v294 = v293 + v287;
*v237 = v294;
float const v300 = *v237;
uint32_t const v390 = min(v69, v444);
float v407_store;
float * v407 = &v407_store;*v407 = v300;
uint32_t v408_store;
uint32_t * v408 = &v408_store;*v408 = v492;
while([&]{
uint32_t const v395 = *v408;
bool const v396 = v395 < v390;
return v396;
}()) {
float const v398 = *v407;
uint32_t const v399 = *v408;
float const v400 = __shfl_xor(v398, v399);;
float const v402 = v398 + v400;
*v407 = v402;
uint32_t const v404 = 2;
uint32_t const v405 = v399 * v404;
*v408 = v405;
}
float const v406 = *v407;
float * const v306 = &(*v375)[v3];
*v306 = v406;
uint32_t const v312 = *v55;
uint32_t const v314 = v312 * v86;
uint32_t const v315 = v314 + v88;
float const* const v319 = &v5[v315];
float const v320 = *v319;
bool const v322 = v320 < v84;
bool const v323 = !v322;
if(v323) {
float const v329 = *v306;
float const v336 = *v83;
float const v540 = fma(v320, v329, v336);
*v83 = v540;
}
}
}
uint32_t const v454 = v455 % v69;
bool const v340 = v454 == v488;
if(v340) {
if(v45) {
float const v349 = *v83;
uint32_t const v352 = 64;
uint32_t const v353 = v33 * v352;
uint32_t const v354 = v353 + v38;
uint32_t const v355 = *v377;
uint32_t const v356 = v354 + v355;
float * const v360 = &v17[v356];
*v360 = v349;
}
}
uint32_t const v361 = *v377;
uint32_t const v362 = v361 + v71;
*v377 = v362;
}
}
return;
}
