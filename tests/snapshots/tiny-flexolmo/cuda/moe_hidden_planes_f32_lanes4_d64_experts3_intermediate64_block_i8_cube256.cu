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
extern "C" __global__ void __launch_bounds__(256)  moe_hidden_planes_f32_lanes4_d64_experts3_intermediate64_block_i8_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v343) {
uint32_t const* const dynamic_meta_v345 = reinterpret_cast<uint32_t const*>(v343 + 1);
const info_st& info_v344 = *v343;uint32_t const v3 = 0;
uint32_t const v346 = info_v344.scalars_u32[0];
uint32_t const v22 = uint32_t(v346);
uint32_t const v444 = blockIdx.z;
uint32_t const v445 = uint32_t(v444);
uint32_t const v446 = gridDim.y;
uint32_t const v447 = uint32_t(v446);
uint32_t const v448 = v445 * v447;
uint32_t const v449 = gridDim.x;
uint32_t const v450 = uint32_t(v449);
uint32_t const v451 = v448 * v450;
uint32_t const v452 = blockIdx.y;
uint32_t const v453 = uint32_t(v452);
uint32_t const v456 = v453 * v450;
uint32_t const v457 = v451 + v456;
uint32_t const v458 = blockIdx.x;
uint32_t const v459 = uint32_t(v458);
uint32_t const v460 = v457 + v459;
bool const v25 = v22 > v3;
bool v353_store;
bool * v353 = &v353_store;if(v25) {
uint32_t const v26 = 24;
uint32_t const v27 = v22 * v26;
bool const v28 = v460 < v27;
*v353 = v28;
}
 else {
bool const v30 = false;
*v353 = v30;
}
bool const v31 = *v353;
if(v31) {
uint32_t const v32 = v460 % v22;
uint32_t const v33 = v460 / v22;
uint32_t const v34 = 8;
uint32_t const v35 = v33 % v34;
uint32_t const v37 = v35 * v34;
uint32_t const v39 = v33 / v34;
uint32_t const v40 = 3;
uint32_t const v41 = v32 * v40;
uint32_t const v42 = v41 + v39;
uint32_t const v43 = 64;
uint32_t const v44 = v42 * v43;
uint32_t const v45 = v44 + v37;
float const* const v52 = &v5[v42];
float const v53 = *v52;
float const v54 = 0;
bool const v55 = v53 < v54;
bool const v56 = !v55;
if(v56) {
uint32_t const* const v60 = &v13[v39];
uint32_t const v61 = *v60;
uint32_t const v62 = uint32_t(v61);
uint32_t const v63 = 128;
uint32_t const v64 = v62 * v63;
uint32_t const v461 = 256;
uint32_t const v66 = warpSize;
uint32_t const v67 = v461 / v66;
uint32_t const v68 = uint32_t(v67);
uint32_t const v488 = threadIdx.x;
uint32_t const v537 = 0;
uint32_t const v541 = 1;
uint32_t const v464 = v488 / v66;
uint32_t const v70 = uint32_t(v464);
uint32_t v354_store;
uint32_t * v354 = &v354_store;*v354 = v70;
while([&]{
uint32_t const v72 = *v354;
bool const v74 = v72 < v34;
return v74;
}()) {
uint32_t const v76 = 16;
uint32_t const v77 = v32 * v76;
uint32_t const v78 = v64 + v37;
uint32_t const v79 = *v354;
uint32_t const v80 = v78 + v79;
uint32_t const v82 = v80 * v76;
uint32_t const v467 = v488 % v66;
uint32_t const v84 = uint32_t(v467);
uint32_t const v86 = uint32_t(v66);
float_4 const v88 = float_4{v54, v54, v54, v54};
float_4 v356_store;
float_4 * v356 = &v356_store;*v356 = v88;
uint32_t v357_store;
uint32_t * v357 = &v357_store;*v357 = v84;
while([&]{
uint32_t const v91 = *v357;
bool const v93 = v91 < v76;
return v93;
}()) {
uint32_t const v95 = *v357;
uint32_t const v96 = v82 + v95;
float_4 const* const v100 = &v9[v96];
float_4 const v101 = *v100;
uint32_t const v103 = v77 + v95;
float_4 const* const v107 = &v1[v103];
float_4 const v108 = *v107;
float_4 const v109 = *v356;
float const v410 = v101.i_0;
float const v411 = v108.i_0;
float const v412 = v109.i_0;
float const v413 = fma(v410, v411, v412);
float const v414 = v101.i_1;
float const v415 = v108.i_1;
float const v416 = v109.i_1;
float const v417 = fma(v414, v415, v416);
float const v418 = v101.i_2;
float const v419 = v108.i_2;
float const v420 = v109.i_2;
float const v421 = fma(v418, v419, v420);
float const v422 = v101.i_3;
float const v423 = v108.i_3;
float const v424 = v109.i_3;
float const v425 = fma(v422, v423, v424);
float_4 const v426 = float_4{v413, v417, v421, v425};
*v356 = v426;
uint32_t const v112 = v95 + v86;
*v357 = v112;
}
array<float, 4> v359_store = {};
array<float, 4> * v359 = &v359_store;float_4 const v117 = *v356;
float const v118 = v117.i_0;
float * const v123 = &(*v359)[v3];
*v123 = v118;
float const v125 = v117.i_1;
uint32_t const v128 = 1;
float * const v130 = &(*v359)[v128];
*v130 = v125;
float const v132 = v117.i_2;
uint32_t const v135 = 2;
float * const v137 = &(*v359)[v135];
*v137 = v132;
float const v139 = v117.i_3;
float * const v144 = &(*v359)[v40];
*v144 = v139;
float const v150 = *v137;
float const v156 = *v123;
float const v157 = v156 + v150;
*v123 = v157;
float const v163 = *v144;
float const v169 = *v130;
float const v170 = v169 + v163;
*v130 = v170;
float const v176 = *v130;
float const v182 = *v123;
float const v183 = v182 + v176;
*v123 = v183;
float const v189 = *v123;
uint32_t const v362 = min(v66, v461);
float v404_store;
float * v404 = &v404_store;*v404 = v189;
uint32_t v405_store;
uint32_t * v405 = &v405_store;*v405 = v541;
while([&]{
uint32_t const v367 = *v405;
bool const v368 = v367 < v362;
return v368;
}()) {
float const v370 = *v404;
uint32_t const v371 = *v405;
float const v372 = __shfl_xor_sync(__activemask(), v370, v371);
float const v374 = v370 + v372;
*v404 = v374;
uint32_t const v376 = 2;
uint32_t const v377 = v371 * v376;
*v405 = v377;
}
float const v378 = *v404;
uint32_t const v194 = v64 + v43;
uint32_t const v195 = v194 + v37;
uint32_t const v196 = *v354;
uint32_t const v197 = v195 + v196;
uint32_t const v199 = v197 * v76;
float_4 v379_store;
float_4 * v379 = &v379_store;*v379 = v88;
uint32_t v380_store;
uint32_t * v380 = &v380_store;*v380 = v84;
while([&]{
uint32_t const v208 = *v380;
bool const v210 = v208 < v76;
return v210;
}()) {
uint32_t const v212 = *v380;
uint32_t const v213 = v199 + v212;
float_4 const* const v217 = &v9[v213];
float_4 const v218 = *v217;
uint32_t const v220 = v77 + v212;
float_4 const* const v224 = &v1[v220];
float_4 const v225 = *v224;
float_4 const v226 = *v379;
float const v427 = v218.i_0;
float const v428 = v225.i_0;
float const v429 = v226.i_0;
float const v430 = fma(v427, v428, v429);
float const v431 = v218.i_1;
float const v432 = v225.i_1;
float const v433 = v226.i_1;
float const v434 = fma(v431, v432, v433);
float const v435 = v218.i_2;
float const v436 = v225.i_2;
float const v437 = v226.i_2;
float const v438 = fma(v435, v436, v437);
float const v439 = v218.i_3;
float const v440 = v225.i_3;
float const v441 = v226.i_3;
float const v442 = fma(v439, v440, v441);
float_4 const v443 = float_4{v430, v434, v438, v442};
*v379 = v443;
uint32_t const v229 = v212 + v86;
*v380 = v229;
}
array<float, 4> v382_store = {};
array<float, 4> * v382 = &v382_store;float_4 const v234 = *v379;
float const v235 = v234.i_0;
float * const v240 = &(*v382)[v3];
*v240 = v235;
float const v242 = v234.i_1;
float * const v247 = &(*v382)[v128];
*v247 = v242;
float const v249 = v234.i_2;
float * const v254 = &(*v382)[v135];
*v254 = v249;
float const v256 = v234.i_3;
float * const v261 = &(*v382)[v40];
*v261 = v256;
float const v267 = *v254;
float const v273 = *v240;
float const v274 = v273 + v267;
*v240 = v274;
float const v280 = *v261;
float const v286 = *v247;
float const v287 = v286 + v280;
*v247 = v287;
float const v293 = *v247;
float const v299 = *v240;
float const v300 = v299 + v293;
*v240 = v300;
float const v306 = *v240;
float v407_store;
float * v407 = &v407_store;*v407 = v306;
uint32_t v408_store;
uint32_t * v408 = &v408_store;*v408 = v541;
while([&]{
uint32_t const v390 = *v408;
bool const v391 = v390 < v362;
return v391;
}()) {
float const v393 = *v407;
uint32_t const v394 = *v408;
float const v395 = __shfl_xor_sync(__activemask(), v393, v394);
float const v397 = v393 + v395;
*v407 = v397;
uint32_t const v399 = 2;
uint32_t const v400 = v394 * v399;
*v408 = v400;
}
float const v401 = *v407;
bool const v310 = v467 == v537;
if(v310) {
float const v311 = -v378;
float const v312 = exp(v311);float const v313 = 1;
float const v314 = v313 + v312;
float const v315 = v378 / v314;
float const v316 = v315 * v401;
uint32_t const v317 = *v354;
uint32_t const v318 = v45 + v317;
float * const v322 = &v17[v318];
*v322 = v316;
}
uint32_t const v323 = *v354;
uint32_t const v324 = v323 + v68;
*v354 = v324;
}
}
 else {
uint32_t const v476 = threadIdx.x;
uint32_t const v326 = uint32_t(v476);
uint32_t v402_store;
uint32_t * v402 = &v402_store;*v402 = v326;
while([&]{
uint32_t const v328 = *v402;
bool const v330 = v328 < v34;
return v330;
}()) {
uint32_t const v332 = *v402;
uint32_t const v333 = v45 + v332;
float * const v337 = &v17[v333];
*v337 = v54;
uint32_t const v560 = 256;
uint32_t const v342 = v332 + v560;
*v402 = v342;
}
}
}
return;
}
