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
extern "C" __global__ void __launch_bounds__(256)  moe_down_planes_f32_lanes4_d64_experts1_intermediate64_block_out8_block_rows1_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v362) {
uint32_t const* const dynamic_meta_v364 = reinterpret_cast<uint32_t const*>(v362 + 1);
const info_st& info_v363 = *v362;uint32_t const v3 = 0;
uint32_t const v365 = info_v363.scalars_u32[0];
uint32_t const v22 = uint32_t(v365);
uint32_t const v425 = blockIdx.z;
uint32_t const v426 = uint32_t(v425);
uint32_t const v427 = gridDim.y;
uint32_t const v428 = uint32_t(v427);
uint32_t const v429 = v426 * v428;
uint32_t const v430 = gridDim.x;
uint32_t const v431 = uint32_t(v430);
uint32_t const v432 = v429 * v431;
uint32_t const v433 = blockIdx.y;
uint32_t const v434 = uint32_t(v433);
uint32_t const v437 = v434 * v431;
uint32_t const v438 = v432 + v437;
uint32_t const v439 = blockIdx.x;
uint32_t const v440 = uint32_t(v439);
uint32_t const v441 = v438 + v440;
uint32_t const v24 = 1;
uint32_t const v25 = v22 + v24;
uint32_t const v27 = v25 - v24;
uint32_t const v30 = 8;
uint32_t const v31 = v27 * v30;
bool const v32 = v441 < v31;
if(v32) {
uint32_t const v33 = v441 % v27;
uint32_t const v36 = v441 / v27;
uint32_t const v38 = v36 * v30;
array<uint32_t, 1> v372_store = {};
array<uint32_t, 1> * v372 = &v372_store;bool const v45 = v33 < v22;
uint32_t const v49 = v22 - v24;
uint32_t const v50 = v45 ? v33 : v49;
uint32_t * const v55 = &(*v372)[v3];
*v55 = v50;
array<uint32_t, 1> v373_store = {};
array<uint32_t, 1> * v373 = &v373_store;array<float, 1> v374_store = {};
array<float, 1> * v374 = &v374_store;array<float, 1> v375_store = {};
array<float, 1> * v375 = &v375_store;uint32_t const v442 = 256;
uint32_t const v69 = warpSize;
uint32_t const v70 = v442 / v69;
uint32_t const v71 = uint32_t(v70);
uint32_t const v453 = threadIdx.x;
uint32_t const v486 = 0;
uint32_t const v490 = 1;
uint32_t const v445 = v453 / v69;
uint32_t const v73 = uint32_t(v445);
uint32_t v376_store;
uint32_t * v376 = &v376_store;*v376 = v73;
while([&]{
uint32_t const v75 = *v376;
bool const v77 = v75 < v30;
return v77;
}()) {
float * const v83 = &(*v375)[v3];
float const v84 = 0;
*v83 = v84;
bool const v85 = false;
uint32_t const v93 = *v55;
uint32_t const v98 = 16;
uint32_t const v99 = v93 * v98;
uint32_t * const v104 = &(*v373)[v3];
*v104 = v99;
bool v379_store;
bool * v379 = &v379_store;bool v380_store;
bool * v380 = &v380_store;if(v45) {
uint32_t const v117 = *v55;
float const* const v125 = &v5[v117];
float const v126 = *v125;
bool const v128 = v126 < v84;
bool const v129 = !v128;
*v380 = v129;
}
 else {
*v380 = v85;
}
bool const v132 = *v380;
*v379 = v132;
bool const v133 = *v379;
if(v133) {
uint32_t const* const v139 = &v13[v3];
uint32_t const v140 = *v139;
uint32_t const v141 = uint32_t(v140);
uint32_t const v142 = 64;
uint32_t const v143 = v141 * v142;
uint32_t const v144 = v143 + v38;
uint32_t const v145 = *v376;
uint32_t const v146 = v144 + v145;
uint32_t const v148 = v146 * v98;
uint32_t const v448 = v453 % v69;
uint32_t const v150 = uint32_t(v448);
uint32_t const v152 = uint32_t(v69);
array<float_4, 1> v381_store = {};
array<float_4, 1> * v381 = &v381_store;float_4 const v158 = float_4{v84, v84, v84, v84};
float_4 * const v163 = &(*v381)[v3];
*v163 = v158;
uint32_t v382_store;
uint32_t * v382 = &v382_store;*v382 = v150;
while([&]{
uint32_t const v165 = *v382;
bool const v167 = v165 < v98;
return v167;
}()) {
array<float_4, 1> v384_store = {};
array<float_4, 1> * v384 = &v384_store;uint32_t const v175 = *v382;
uint32_t const v176 = v148 + v175;
float_4 const* const v180 = &v9[v176];
float_4 const v181 = *v180;
float_4 * const v186 = &(*v384)[v3];
*v186 = v181;
uint32_t const v192 = *v104;
uint32_t const v194 = v192 + v175;
float_4 const* const v198 = &v1[v194];
float_4 const v199 = *v198;
float_4 const v205 = *v186;
float_4 const v211 = *v163;
float const v408 = v205.i_0;
float const v409 = v199.i_0;
float const v410 = v211.i_0;
float const v411 = fma(v408, v409, v410);
float const v412 = v205.i_1;
float const v413 = v199.i_1;
float const v414 = v211.i_1;
float const v415 = fma(v412, v413, v414);
float const v416 = v205.i_2;
float const v417 = v199.i_2;
float const v418 = v211.i_2;
float const v419 = fma(v416, v417, v418);
float const v420 = v205.i_3;
float const v421 = v199.i_3;
float const v422 = v211.i_3;
float const v423 = fma(v420, v421, v422);
float_4 const v424 = float_4{v411, v415, v419, v423};
*v163 = v424;
uint32_t const v219 = v175 + v152;
*v382 = v219;
}
float_4 const v225 = *v163;
array<float, 4> v385_store = {};
array<float, 4> * v385 = &v385_store;float const v230 = v225.i_0;
float * const v235 = &(*v385)[v3];
*v235 = v230;
float const v236 = v225.i_1;
float * const v241 = &(*v385)[v24];
*v241 = v236;
float const v242 = v225.i_2;
uint32_t const v245 = 2;
float * const v247 = &(*v385)[v245];
*v247 = v242;
float const v248 = v225.i_3;
uint32_t const v251 = 3;
float * const v253 = &(*v385)[v251];
*v253 = v248;
float const v259 = *v247;
float const v265 = *v235;
float const v266 = v265 + v259;
*v235 = v266;
float const v272 = *v253;
float const v278 = *v241;
float const v279 = v278 + v272;
*v241 = v279;
float const v285 = *v241;
float const v291 = *v235;
float const v292 = v291 + v285;
*v235 = v292;
float const v298 = *v235;
uint32_t const v388 = min(v69, v442);
float v405_store;
float * v405 = &v405_store;*v405 = v298;
uint32_t v406_store;
uint32_t * v406 = &v406_store;*v406 = v490;
while([&]{
uint32_t const v393 = *v406;
bool const v394 = v393 < v388;
return v394;
}()) {
float const v396 = *v405;
uint32_t const v397 = *v406;
float const v398 = __shfl_xor_sync(__activemask(), v396, v397);
float const v400 = v396 + v398;
*v405 = v400;
uint32_t const v402 = 2;
uint32_t const v403 = v397 * v402;
*v406 = v403;
}
float const v404 = *v405;
float * const v304 = &(*v374)[v3];
*v304 = v404;
uint32_t const v310 = *v55;
float const* const v318 = &v5[v310];
float const v319 = *v318;
bool const v321 = v319 < v84;
bool const v322 = !v321;
if(v322) {
float const v328 = *v304;
float const v335 = *v83;
float const v539 = fma(v319, v328, v335);
*v83 = v539;
}
}
uint32_t const v452 = v453 % v69;
bool const v339 = v452 == v486;
if(v339) {
if(v45) {
float const v348 = *v83;
uint32_t const v351 = 64;
uint32_t const v352 = v33 * v351;
uint32_t const v353 = v352 + v38;
uint32_t const v354 = *v376;
uint32_t const v355 = v353 + v354;
float * const v359 = &v17[v355];
*v359 = v348;
}
}
uint32_t const v360 = *v376;
uint32_t const v361 = v360 + v71;
*v376 = v361;
}
}
return;
}
