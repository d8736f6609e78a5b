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
extern "C" __global__ void __launch_bounds__(256)  moe_down_planes_f32_lanes4_d64_experts1_intermediate64_block_out8_block_rows1_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v345) {
uint32_t const* const dynamic_meta_v347 = reinterpret_cast<uint32_t const*>(v345 + 1);
const info_st& info_v346 = *v345;uint32_t const v3 = 0;
uint32_t const v348 = info_v346.scalars_u32[0];
uint32_t const v22 = uint32_t(v348);
uint32_t const v407 = blockIdx.z;
uint32_t const v408 = uint32_t(v407);
uint32_t const v409 = gridDim.y;
uint32_t const v410 = uint32_t(v409);
uint32_t const v411 = v408 * v410;
uint32_t const v412 = gridDim.x;
uint32_t const v413 = uint32_t(v412);
uint32_t const v414 = v411 * v413;
uint32_t const v415 = blockIdx.y;
uint32_t const v416 = uint32_t(v415);
uint32_t const v419 = v416 * v413;
uint32_t const v420 = v414 + v419;
uint32_t const v421 = blockIdx.x;
uint32_t const v422 = uint32_t(v421);
uint32_t const v423 = v420 + v422;
uint32_t const v24 = 1;
uint32_t const v25 = v22 + v24;
uint32_t const v27 = v25 - v24;
uint32_t const v30 = 8;
uint32_t const v31 = v27 * v30;
bool const v32 = v423 < v31;
if(v32) {
uint32_t const v33 = v423 % v27;
uint32_t const v36 = v423 / v27;
uint32_t const v38 = v36 * v30;
array<uint32_t, 1> v355_store = {};
array<uint32_t, 1> * v355 = &v355_store;bool const v45 = v33 < v22;
uint32_t const v49 = v22 - v24;
uint32_t const v50 = v45 ? v33 : v49;
uint32_t * const v55 = &(*v355)[v3];
*v55 = v50;
array<uint32_t, 1> v356_store = {};
array<uint32_t, 1> * v356 = &v356_store;array<float, 1> v357_store = {};
array<float, 1> * v357 = &v357_store;array<float, 1> v358_store = {};
array<float, 1> * v358 = &v358_store;uint32_t const v424 = 256;
uint32_t const v69 = warpSize;
uint32_t const v70 = v424 / v69;
uint32_t const v71 = uint32_t(v70);
uint32_t const v435 = threadIdx.x;
uint32_t const v468 = 0;
uint32_t const v472 = 1;
uint32_t const v427 = v435 / v69;
uint32_t const v73 = uint32_t(v427);
uint32_t v359_store;
uint32_t * v359 = &v359_store;*v359 = v73;
while([&]{
uint32_t const v75 = *v359;
bool const v77 = v75 < v30;
return v77;
}()) {
float * const v83 = &(*v358)[v3];
float const v84 = 0;
*v83 = v84;
bool const v85 = false;
uint32_t const v93 = *v55;
uint32_t const v98 = 16;
uint32_t const v99 = v93 * v98;
uint32_t * const v104 = &(*v356)[v3];
*v104 = v99;
bool v362_store;
bool * v362 = &v362_store;bool v363_store;
bool * v363 = &v363_store;if(v45) {
uint32_t const v117 = *v55;
float const* const v125 = &v5[v117];
float const v126 = *v125;
bool const v128 = v126 < v84;
bool const v129 = !v128;
*v363 = v129;
}
 else {
*v363 = v85;
}
bool const v132 = *v363;
*v362 = v132;
bool const v133 = *v362;
if(v133) {
uint32_t const* const v139 = &v13[v3];
uint32_t const v140 = *v139;
uint32_t const v141 = uint32_t(v140);
uint32_t const v142 = 64;
uint32_t const v143 = v141 * v142;
uint32_t const v144 = v143 + v38;
uint32_t const v145 = *v359;
uint32_t const v146 = v144 + v145;
uint32_t const v148 = v146 * v98;
uint32_t const v430 = v435 % v69;
uint32_t const v150 = uint32_t(v430);
uint32_t const v152 = uint32_t(v69);
array<float_4, 1> v364_store = {};
array<float_4, 1> * v364 = &v364_store;float_4 const v158 = float_4{v84, v84, v84, v84};
float_4 * const v163 = &(*v364)[v3];
*v163 = v158;
uint32_t v365_store;
uint32_t * v365 = &v365_store;*v365 = v150;
while([&]{
uint32_t const v165 = *v365;
bool const v167 = v165 < v98;
return v167;
}()) {
uint32_t const v169 = *v365;
uint32_t const v170 = v148 + v169;
float_4 const* const v174 = &v9[v170];
float_4 const v175 = *v174;
uint32_t const v181 = *v104;
uint32_t const v183 = v181 + v169;
float_4 const* const v187 = &v1[v183];
float_4 const v188 = *v187;
float_4 const v194 = *v163;
float const v390 = v175.i_0;
float const v391 = v188.i_0;
float const v392 = v194.i_0;
float const v393 = fma(v390, v391, v392);
float const v394 = v175.i_1;
float const v395 = v188.i_1;
float const v396 = v194.i_1;
float const v397 = fma(v394, v395, v396);
float const v398 = v175.i_2;
float const v399 = v188.i_2;
float const v400 = v194.i_2;
float const v401 = fma(v398, v399, v400);
float const v402 = v175.i_3;
float const v403 = v188.i_3;
float const v404 = v194.i_3;
float const v405 = fma(v402, v403, v404);
float_4 const v406 = float_4{v393, v397, v401, v405};
*v163 = v406;
uint32_t const v202 = v169 + v152;
*v365 = v202;
}
float_4 const v208 = *v163;
array<float, 4> v367_store = {};
array<float, 4> * v367 = &v367_store;float const v213 = v208.i_0;
float * const v218 = &(*v367)[v3];
*v218 = v213;
float const v219 = v208.i_1;
float * const v224 = &(*v367)[v24];
*v224 = v219;
float const v225 = v208.i_2;
uint32_t const v228 = 2;
float * const v230 = &(*v367)[v228];
*v230 = v225;
float const v231 = v208.i_3;
uint32_t const v234 = 3;
float * const v236 = &(*v367)[v234];
*v236 = v231;
float const v242 = *v230;
float const v248 = *v218;
float const v249 = v248 + v242;
*v218 = v249;
float const v255 = *v236;
float const v261 = *v224;
float const v262 = v261 + v255;
*v224 = v262;
float const v268 = *v224;
float const v274 = *v218;
float const v275 = v274 + v268;
*v218 = v275;
float const v281 = *v218;
uint32_t const v370 = min(v69, v424);
float v387_store;
float * v387 = &v387_store;*v387 = v281;
uint32_t v388_store;
uint32_t * v388 = &v388_store;*v388 = v472;
while([&]{
uint32_t const v375 = *v388;
bool const v376 = v375 < v370;
return v376;
}()) {
float const v378 = *v387;
uint32_t const v379 = *v388;
float const v380 = __shfl_xor_sync(__activemask(), v378, v379);
float const v382 = v378 + v380;
*v387 = v382;
uint32_t const v384 = 2;
uint32_t const v385 = v379 * v384;
*v388 = v385;
}
float const v386 = *v387;
float * const v287 = &(*v357)[v3];
*v287 = v386;
uint32_t const v293 = *v55;
float const* const v301 = &v5[v293];
float const v302 = *v301;
bool const v304 = v302 < v84;
bool const v305 = !v304;
if(v305) {
float const v311 = *v287;
float const v318 = *v83;
float const v519 = fma(v302, v311, v318);
*v83 = v519;
}
}
uint32_t const v434 = v435 % v69;
bool const v322 = v434 == v468;
if(v322) {
if(v45) {
float const v331 = *v83;
uint32_t const v334 = 64;
uint32_t const v335 = v33 * v334;
uint32_t const v336 = v335 + v38;
uint32_t const v337 = *v359;
uint32_t const v338 = v336 + v337;
float * const v342 = &v17[v338];
*v342 = v331;
}
}
uint32_t const v343 = *v359;
uint32_t const v344 = v343 + v71;
*v359 = v344;
}
}
return;
}
