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
extern "C" __global__ void __launch_bounds__(256)  moe_down_planes_f32_lanes4_d64_experts3_intermediate64_block_out8_block_rows8_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v2022) {
uint32_t const* const dynamic_meta_v2024 = reinterpret_cast<uint32_t const*>(v2022 + 1);
const info_st& info_v2023 = *v2022;uint32_t const v3 = 0;
uint32_t const v2025 = info_v2023.scalars_u32[0];
uint32_t const v22 = uint32_t(v2025);
uint32_t const v2380 = blockIdx.z;
uint32_t const v2381 = uint32_t(v2380);
uint32_t const v2382 = gridDim.y;
uint32_t const v2383 = uint32_t(v2382);
uint32_t const v2384 = v2381 * v2383;
uint32_t const v2385 = gridDim.x;
uint32_t const v2386 = uint32_t(v2385);
uint32_t const v2387 = v2384 * v2386;
uint32_t const v2388 = blockIdx.y;
uint32_t const v2389 = uint32_t(v2388);
uint32_t const v2392 = v2389 * v2386;
uint32_t const v2393 = v2387 + v2392;
uint32_t const v2394 = blockIdx.x;
uint32_t const v2395 = uint32_t(v2394);
uint32_t const v2396 = v2393 + v2395;
uint32_t const v24 = 8;
uint32_t const v25 = v22 + v24;
uint32_t const v26 = 1;
uint32_t const v27 = v25 - v26;
uint32_t const v29 = v27 / v24;
uint32_t const v31 = v29 * v24;
bool const v32 = v2396 < v31;
if(v32) {
uint32_t const v33 = v2396 % v29;
uint32_t const v35 = v33 * v24;
uint32_t const v36 = v2396 / v29;
uint32_t const v38 = v36 * v24;
array<uint32_t, 8> v2032_store = {};
array<uint32_t, 8> * v2032 = &v2032_store;bool const v45 = v35 < v22;
uint32_t const v49 = v22 - v26;
uint32_t const v50 = v45 ? v35 : v49;
uint32_t * const v55 = &(*v2032)[v3];
*v55 = v50;
uint32_t const v57 = v35 + v26;
bool const v58 = v57 < v22;
uint32_t const v63 = v58 ? v57 : v49;
uint32_t * const v68 = &(*v2032)[v26];
*v68 = v63;
uint32_t const v69 = 2;
uint32_t const v70 = v35 + v69;
bool const v71 = v70 < v22;
uint32_t const v76 = v71 ? v70 : v49;
uint32_t * const v81 = &(*v2032)[v69];
*v81 = v76;
uint32_t const v82 = 3;
uint32_t const v83 = v35 + v82;
bool const v84 = v83 < v22;
uint32_t const v89 = v84 ? v83 : v49;
uint32_t * const v94 = &(*v2032)[v82];
*v94 = v89;
uint32_t const v95 = 4;
uint32_t const v96 = v35 + v95;
bool const v97 = v96 < v22;
uint32_t const v102 = v97 ? v96 : v49;
uint32_t * const v107 = &(*v2032)[v95];
*v107 = v102;
uint32_t const v108 = 5;
uint32_t const v109 = v35 + v108;
bool const v110 = v109 < v22;
uint32_t const v115 = v110 ? v109 : v49;
uint32_t * const v120 = &(*v2032)[v108];
*v120 = v115;
uint32_t const v121 = 6;
uint32_t const v122 = v35 + v121;
bool const v123 = v122 < v22;
uint32_t const v128 = v123 ? v122 : v49;
uint32_t * const v133 = &(*v2032)[v121];
*v133 = v128;
uint32_t const v134 = 7;
uint32_t const v135 = v35 + v134;
bool const v136 = v135 < v22;
uint32_t const v141 = v136 ? v135 : v49;
uint32_t * const v146 = &(*v2032)[v134];
*v146 = v141;
array<uint32_t, 8> v2033_store = {};
array<uint32_t, 8> * v2033 = &v2033_store;array<float, 8> v2034_store = {};
array<float, 8> * v2034 = &v2034_store;array<float, 8> v2035_store = {};
array<float, 8> * v2035 = &v2035_store;uint32_t const v2397 = 256;
uint32_t const v160 = warpSize;
uint32_t const v161 = v2397 / v160;
uint32_t const v162 = uint32_t(v161);
uint32_t const v2415 = threadIdx.x;
uint32_t const v2448 = 0;
uint32_t const v2452 = 1;
uint32_t const v2400 = v2415 / v160;
uint32_t const v164 = uint32_t(v2400);
uint32_t v2036_store;
uint32_t * v2036 = &v2036_store;*v2036 = v164;
while([&]{
uint32_t const v166 = *v2036;
bool const v168 = v166 < v24;
return v168;
}()) {
float * const v174 = &(*v2035)[v3];
float const v175 = 0;
*v174 = v175;
float * const v180 = &(*v2035)[v26];
*v180 = v175;
float * const v186 = &(*v2035)[v69];
*v186 = v175;
float * const v192 = &(*v2035)[v82];
*v192 = v175;
float * const v198 = &(*v2035)[v95];
*v198 = v175;
float * const v204 = &(*v2035)[v108];
*v204 = v175;
float * const v210 = &(*v2035)[v121];
*v210 = v175;
float * const v216 = &(*v2035)[v134];
*v216 = v175;
for(uint32_t v221 = v3; v221 < v82; v221 += v26) {
bool const v223 = false;
uint32_t const v231 = *v55;
uint32_t const v233 = v231 * v82;
uint32_t const v234 = v233 + v221;
uint32_t const v235 = 16;
uint32_t const v236 = v234 * v235;
uint32_t * const v241 = &(*v2033)[v3];
*v241 = v236;
bool const v243 = true;
bool v2040_store;
bool * v2040 = &v2040_store;bool v2041_store;
bool * v2041 = &v2041_store;if(v45) {
uint32_t const v254 = *v55;
uint32_t const v256 = v254 * v82;
uint32_t const v257 = v256 + v221;
float const* const v261 = &v5[v257];
float const v262 = *v261;
bool const v264 = v262 < v175;
bool const v265 = !v264;
*v2041 = v265;
}
 else {
*v2041 = v223;
}
bool const v268 = *v2041;
*v2040 = v268;
bool const v269 = *v2040;
uint32_t const v275 = *v68;
uint32_t const v277 = v275 * v82;
uint32_t const v278 = v277 + v221;
uint32_t const v280 = v278 * v235;
uint32_t * const v285 = &(*v2033)[v26];
*v285 = v280;
bool v2042_store;
bool * v2042 = &v2042_store;if(v269) {
*v2042 = v243;
}
 else {
bool v2043_store;
bool * v2043 = &v2043_store;if(v58) {
uint32_t const v298 = *v68;
uint32_t const v300 = v298 * v82;
uint32_t const v301 = v300 + v221;
float const* const v305 = &v5[v301];
float const v306 = *v305;
bool const v308 = v306 < v175;
bool const v309 = !v308;
*v2043 = v309;
}
 else {
*v2043 = v223;
}
bool const v312 = *v2043;
*v2042 = v312;
}
bool const v313 = *v2042;
uint32_t const v319 = *v81;
uint32_t const v321 = v319 * v82;
uint32_t const v322 = v321 + v221;
uint32_t const v324 = v322 * v235;
uint32_t * const v329 = &(*v2033)[v69];
*v329 = v324;
bool v2044_store;
bool * v2044 = &v2044_store;if(v313) {
*v2044 = v243;
}
 else {
bool v2045_store;
bool * v2045 = &v2045_store;if(v71) {
uint32_t const v342 = *v81;
uint32_t const v344 = v342 * v82;
uint32_t const v345 = v344 + v221;
float const* const v349 = &v5[v345];
float const v350 = *v349;
bool const v352 = v350 < v175;
bool const v353 = !v352;
*v2045 = v353;
}
 else {
*v2045 = v223;
}
bool const v356 = *v2045;
*v2044 = v356;
}
bool const v357 = *v2044;
uint32_t const v363 = *v94;
uint32_t const v365 = v363 * v82;
uint32_t const v366 = v365 + v221;
uint32_t const v368 = v366 * v235;
uint32_t * const v373 = &(*v2033)[v82];
*v373 = v368;
bool v2046_store;
bool * v2046 = &v2046_store;if(v357) {
*v2046 = v243;
}
 else {
bool v2047_store;
bool * v2047 = &v2047_store;if(v84) {
uint32_t const v386 = *v94;
uint32_t const v388 = v386 * v82;
uint32_t const v389 = v388 + v221;
float const* const v393 = &v5[v389];
float const v394 = *v393;
bool const v396 = v394 < v175;
bool const v397 = !v396;
*v2047 = v397;
}
 else {
*v2047 = v223;
}
bool const v400 = *v2047;
*v2046 = v400;
}
bool const v401 = *v2046;
uint32_t const v407 = *v107;
uint32_t const v409 = v407 * v82;
uint32_t const v410 = v409 + v221;
uint32_t const v412 = v410 * v235;
uint32_t * const v417 = &(*v2033)[v95];
*v417 = v412;
bool v2048_store;
bool * v2048 = &v2048_store;if(v401) {
*v2048 = v243;
}
 else {
bool v2049_store;
bool * v2049 = &v2049_store;if(v97) {
uint32_t const v430 = *v107;
uint32_t const v432 = v430 * v82;
uint32_t const v433 = v432 + v221;
float const* const v437 = &v5[v433];
float const v438 = *v437;
bool const v440 = v438 < v175;
bool const v441 = !v440;
*v2049 = v441;
}
 else {
*v2049 = v223;
}
bool const v444 = *v2049;
*v2048 = v444;
}
bool const v445 = *v2048;
uint32_t const v451 = *v120;
uint32_t const v453 = v451 * v82;
uint32_t const v454 = v453 + v221;
uint32_t const v456 = v454 * v235;
uint32_t * const v461 = &(*v2033)[v108];
*v461 = v456;
bool v2050_store;
bool * v2050 = &v2050_store;if(v445) {
*v2050 = v243;
}
 else {
bool v2051_store;
bool * v2051 = &v2051_store;if(v110) {
uint32_t const v474 = *v120;
uint32_t const v476 = v474 * v82;
uint32_t const v477 = v476 + v221;
float const* const v481 = &v5[v477];
float const v482 = *v481;
bool const v484 = v482 < v175;
bool const v485 = !v484;
*v2051 = v485;
}
 else {
*v2051 = v223;
}
bool const v488 = *v2051;
*v2050 = v488;
}
bool const v489 = *v2050;
uint32_t const v495 = *v133;
uint32_t const v497 = v495 * v82;
uint32_t const v498 = v497 + v221;
uint32_t const v500 = v498 * v235;
uint32_t * const v505 = &(*v2033)[v121];
*v505 = v500;
bool v2052_store;
bool * v2052 = &v2052_store;if(v489) {
*v2052 = v243;
}
 else {
bool v2053_store;
bool * v2053 = &v2053_store;if(v123) {
uint32_t const v518 = *v133;
uint32_t const v520 = v518 * v82;
uint32_t const v521 = v520 + v221;
float const* const v525 = &v5[v521];
float const v526 = *v525;
bool const v528 = v526 < v175;
bool const v529 = !v528;
*v2053 = v529;
}
 else {
*v2053 = v223;
}
bool const v532 = *v2053;
*v2052 = v532;
}
bool const v533 = *v2052;
uint32_t const v539 = *v146;
uint32_t const v541 = v539 * v82;
uint32_t const v542 = v541 + v221;
uint32_t const v544 = v542 * v235;
uint32_t * const v549 = &(*v2033)[v134];
*v549 = v544;
bool v2054_store;
bool * v2054 = &v2054_store;if(v533) {
*v2054 = v243;
}
 else {
bool v2055_store;
bool * v2055 = &v2055_store;if(v136) {
uint32_t const v562 = *v146;
uint32_t const v564 = v562 * v82;
uint32_t const v565 = v564 + v221;
float const* const v569 = &v5[v565];
float const v570 = *v569;
bool const v572 = v570 < v175;
bool const v573 = !v572;
*v2055 = v573;
}
 else {
*v2055 = v223;
}
bool const v576 = *v2055;
*v2054 = v576;
}
bool const v577 = *v2054;
if(v577) {
uint32_t const* const v582 = &v13[v221];
uint32_t const v583 = *v582;
uint32_t const v584 = uint32_t(v583);
uint32_t const v585 = 64;
uint32_t const v586 = v584 * v585;
uint32_t const v587 = v586 + v38;
uint32_t const v588 = *v2036;
uint32_t const v589 = v587 + v588;
uint32_t const v591 = v589 * v235;
uint32_t const v2403 = v2415 % v160;
uint32_t const v593 = uint32_t(v2403);
uint32_t const v595 = uint32_t(v160);
array<float_4, 8> v2056_store = {};
array<float_4, 8> * v2056 = &v2056_store;float_4 const v601 = float_4{v175, v175, v175, v175};
float_4 * const v606 = &(*v2056)[v3];
*v606 = v601;
float_4 * const v613 = &(*v2056)[v26];
*v613 = v601;
float_4 * const v620 = &(*v2056)[v69];
*v620 = v601;
float_4 * const v627 = &(*v2056)[v82];
*v627 = v601;
float_4 * const v634 = &(*v2056)[v95];
*v634 = v601;
float_4 * const v641 = &(*v2056)[v108];
*v641 = v601;
float_4 * const v648 = &(*v2056)[v121];
*v648 = v601;
float_4 * const v655 = &(*v2056)[v134];
*v655 = v601;
uint32_t v2057_store;
uint32_t * v2057 = &v2057_store;*v2057 = v593;
while([&]{
uint32_t const v657 = *v2057;
bool const v659 = v657 < v235;
return v659;
}()) {
array<float_4, 1> v2059_store = {};
array<float_4, 1> * v2059 = &v2059_store;uint32_t const v667 = *v2057;
uint32_t const v668 = v591 + v667;
float_4 const* const v672 = &v9[v668];
float_4 const v673 = *v672;
float_4 * const v678 = &(*v2059)[v3];
*v678 = v673;
uint32_t const v684 = *v241;
uint32_t const v686 = v684 + v667;
float_4 const* const v690 = &v1[v686];
float_4 const v691 = *v690;
float_4 const v697 = *v678;
float_4 const v703 = *v606;
float const v2244 = v697.i_0;
float const v2245 = v691.i_0;
float const v2246 = v703.i_0;
float const v2247 = fma(v2244, v2245, v2246);
float const v2248 = v697.i_1;
float const v2249 = v691.i_1;
float const v2250 = v703.i_1;
float const v2251 = fma(v2248, v2249, v2250);
float const v2252 = v697.i_2;
float const v2253 = v691.i_2;
float const v2254 = v703.i_2;
float const v2255 = fma(v2252, v2253, v2254);
float const v2256 = v697.i_3;
float const v2257 = v691.i_3;
float const v2258 = v703.i_3;
float const v2259 = fma(v2256, v2257, v2258);
float_4 const v2260 = float_4{v2247, v2251, v2255, v2259};
*v606 = v2260;
uint32_t const v715 = *v285;
uint32_t const v717 = v715 + v667;
float_4 const* const v721 = &v1[v717];
float_4 const v722 = *v721;
float_4 const v734 = *v613;
float const v2262 = v722.i_0;
float const v2263 = v734.i_0;
float const v2264 = fma(v2244, v2262, v2263);
float const v2266 = v722.i_1;
float const v2267 = v734.i_1;
float const v2268 = fma(v2248, v2266, v2267);
float const v2270 = v722.i_2;
float const v2271 = v734.i_2;
float const v2272 = fma(v2252, v2270, v2271);
float const v2274 = v722.i_3;
float const v2275 = v734.i_3;
float const v2276 = fma(v2256, v2274, v2275);
float_4 const v2277 = float_4{v2264, v2268, v2272, v2276};
*v613 = v2277;
uint32_t const v746 = *v329;
uint32_t const v748 = v746 + v667;
float_4 const* const v752 = &v1[v748];
float_4 const v753 = *v752;
float_4 const v765 = *v620;
float const v2279 = v753.i_0;
float const v2280 = v765.i_0;
float const v2281 = fma(v2244, v2279, v2280);
float const v2283 = v753.i_1;
float const v2284 = v765.i_1;
float const v2285 = fma(v2248, v2283, v2284);
float const v2287 = v753.i_2;
float const v2288 = v765.i_2;
float const v2289 = fma(v2252, v2287, v2288);
float const v2291 = v753.i_3;
float const v2292 = v765.i_3;
float const v2293 = fma(v2256, v2291, v2292);
float_4 const v2294 = float_4{v2281, v2285, v2289, v2293};
*v620 = v2294;
uint32_t const v777 = *v373;
uint32_t const v779 = v777 + v667;
float_4 const* const v783 = &v1[v779];
float_4 const v784 = *v783;
float_4 const v796 = *v627;
float const v2296 = v784.i_0;
float const v2297 = v796.i_0;
float const v2298 = fma(v2244, v2296, v2297);
float const v2300 = v784.i_1;
float const v2301 = v796.i_1;
float const v2302 = fma(v2248, v2300, v2301);
float const v2304 = v784.i_2;
float const v2305 = v796.i_2;
float const v2306 = fma(v2252, v2304, v2305);
float const v2308 = v784.i_3;
float const v2309 = v796.i_3;
float const v2310 = fma(v2256, v2308, v2309);
float_4 const v2311 = float_4{v2298, v2302, v2306, v2310};
*v627 = v2311;
uint32_t const v808 = *v417;
uint32_t const v810 = v808 + v667;
float_4 const* const v814 = &v1[v810];
float_4 const v815 = *v814;
float_4 const v827 = *v634;
float const v2313 = v815.i_0;
float const v2314 = v827.i_0;
float const v2315 = fma(v2244, v2313, v2314);
float const v2317 = v815.i_1;
float const v2318 = v827.i_1;
float const v2319 = fma(v2248, v2317, v2318);
float const v2321 = v815.i_2;
float const v2322 = v827.i_2;
float const v2323 = fma(v2252, v2321, v2322);
float const v2325 = v815.i_3;
float const v2326 = v827.i_3;
float const v2327 = fma(v2256, v2325, v2326);
float_4 const v2328 = float_4{v2315, v2319, v2323, v2327};
*v634 = v2328;
uint32_t const v839 = *v461;
uint32_t const v841 = v839 + v667;
float_4 const* const v845 = &v1[v841];
float_4 const v846 = *v845;
float_4 const v858 = *v641;
float const v2330 = v846.i_0;
float const v2331 = v858.i_0;
float const v2332 = fma(v2244, v2330, v2331);
float const v2334 = v846.i_1;
float const v2335 = v858.i_1;
float const v2336 = fma(v2248, v2334, v2335);
float const v2338 = v846.i_2;
float const v2339 = v858.i_2;
float const v2340 = fma(v2252, v2338, v2339);
float const v2342 = v846.i_3;
float const v2343 = v858.i_3;
float const v2344 = fma(v2256, v2342, v2343);
float_4 const v2345 = float_4{v2332, v2336, v2340, v2344};
*v641 = v2345;
uint32_t const v870 = *v505;
uint32_t const v872 = v870 + v667;
float_4 const* const v876 = &v1[v872];
float_4 const v877 = *v876;
float_4 const v889 = *v648;
float const v2347 = v877.i_0;
float const v2348 = v889.i_0;
float const v2349 = fma(v2244, v2347, v2348);
float const v2351 = v877.i_1;
float const v2352 = v889.i_1;
float const v2353 = fma(v2248, v2351, v2352);
float const v2355 = v877.i_2;
float const v2356 = v889.i_2;
float const v2357 = fma(v2252, v2355, v2356);
float const v2359 = v877.i_3;
float const v2360 = v889.i_3;
float const v2361 = fma(v2256, v2359, v2360);
float_4 const v2362 = float_4{v2349, v2353, v2357, v2361};
*v648 = v2362;
uint32_t const v901 = *v549;
uint32_t const v903 = v901 + v667;
float_4 const* const v907 = &v1[v903];
float_4 const v908 = *v907;
float_4 const v920 = *v655;
float const v2364 = v908.i_0;
float const v2365 = v920.i_0;
float const v2366 = fma(v2244, v2364, v2365);
float const v2368 = v908.i_1;
float const v2369 = v920.i_1;
float const v2370 = fma(v2248, v2368, v2369);
float const v2372 = v908.i_2;
float const v2373 = v920.i_2;
float const v2374 = fma(v2252, v2372, v2373);
float const v2376 = v908.i_3;
float const v2377 = v920.i_3;
float const v2378 = fma(v2256, v2376, v2377);
float_4 const v2379 = float_4{v2366, v2370, v2374, v2378};
*v655 = v2379;
uint32_t const v928 = v667 + v595;
*v2057 = v928;
}
float_4 const v934 = *v606;
array<float, 4> v2060_store = {};
array<float, 4> * v2060 = &v2060_store;float const v939 = v934.i_0;
float * const v944 = &(*v2060)[v3];
*v944 = v939;
float const v945 = v934.i_1;
float * const v950 = &(*v2060)[v26];
*v950 = v945;
float const v951 = v934.i_2;
float * const v956 = &(*v2060)[v69];
*v956 = v951;
float const v957 = v934.i_3;
float * const v962 = &(*v2060)[v82];
*v962 = v957;
float const v968 = *v956;
float const v974 = *v944;
float const v975 = v974 + v968;
*v944 = v975;
float const v981 = *v962;
float const v987 = *v950;
float const v988 = v987 + v981;
*v950 = v988;
float const v994 = *v950;
float const v1000 = *v944;
float const v1001 = v1000 + v994;
*v944 = v1001;
float const v1007 = *v944;
uint32_t const v2063 = min(v160, v2397);
float v2220_store;
float * v2220 = &v2220_store;*v2220 = v1007;
uint32_t v2221_store;
uint32_t * v2221 = &v2221_store;*v2221 = v2452;
while([&]{
uint32_t const v2068 = *v2221;
bool const v2069 = v2068 < v2063;
return v2069;
}()) {
float const v2071 = *v2220;
uint32_t const v2072 = *v2221;
float const v2073 = __shfl_xor_sync(__activemask(), v2071, v2072);
float const v2075 = v2071 + v2073;
*v2220 = v2075;
uint32_t const v2077 = 2;
uint32_t const v2078 = v2072 * v2077;
*v2221 = v2078;
}
float const v2079 = *v2220;
float * const v1013 = &(*v2034)[v3];
*v1013 = v2079;
float_4 const v1019 = *v613;
array<float, 4> v2080_store = {};
array<float, 4> * v2080 = &v2080_store;float const v1024 = v1019.i_0;
float * const v1029 = &(*v2080)[v3];
*v1029 = v1024;
float const v1030 = v1019.i_1;
float * const v1035 = &(*v2080)[v26];
*v1035 = v1030;
float const v1036 = v1019.i_2;
float * const v1041 = &(*v2080)[v69];
*v1041 = v1036;
float const v1042 = v1019.i_3;
float * const v1047 = &(*v2080)[v82];
*v1047 = v1042;
float const v1053 = *v1041;
float const v1059 = *v1029;
float const v1060 = v1059 + v1053;
*v1029 = v1060;
float const v1066 = *v1047;
float const v1072 = *v1035;
float const v1073 = v1072 + v1066;
*v1035 = v1073;
float const v1079 = *v1035;
float const v1085 = *v1029;
float const v1086 = v1085 + v1079;
*v1029 = v1086;
float const v1092 = *v1029;
float v2223_store;
float * v2223 = &v2223_store;*v2223 = v1092;
uint32_t v2224_store;
uint32_t * v2224 = &v2224_store;*v2224 = v2452;
while([&]{
uint32_t const v2088 = *v2224;
bool const v2089 = v2088 < v2063;
return v2089;
}()) {
float const v2091 = *v2223;
uint32_t const v2092 = *v2224;
float const v2093 = __shfl_xor_sync(__activemask(), v2091, v2092);
float const v2095 = v2091 + v2093;
*v2223 = v2095;
uint32_t const v2097 = 2;
uint32_t const v2098 = v2092 * v2097;
*v2224 = v2098;
}
float const v2099 = *v2223;
float * const v1098 = &(*v2034)[v26];
*v1098 = v2099;
float_4 const v1104 = *v620;
array<float, 4> v2100_store = {};
array<float, 4> * v2100 = &v2100_store;float const v1109 = v1104.i_0;
float * const v1114 = &(*v2100)[v3];
*v1114 = v1109;
float const v1115 = v1104.i_1;
float * const v1120 = &(*v2100)[v26];
*v1120 = v1115;
float const v1121 = v1104.i_2;
float * const v1126 = &(*v2100)[v69];
*v1126 = v1121;
float const v1127 = v1104.i_3;
float * const v1132 = &(*v2100)[v82];
*v1132 = v1127;
float const v1138 = *v1126;
float const v1144 = *v1114;
float const v1145 = v1144 + v1138;
*v1114 = v1145;
float const v1151 = *v1132;
float const v1157 = *v1120;
float const v1158 = v1157 + v1151;
*v1120 = v1158;
float const v1164 = *v1120;
float const v1170 = *v1114;
float const v1171 = v1170 + v1164;
*v1114 = v1171;
float const v1177 = *v1114;
float v2226_store;
float * v2226 = &v2226_store;*v2226 = v1177;
uint32_t v2227_store;
uint32_t * v2227 = &v2227_store;*v2227 = v2452;
while([&]{
uint32_t const v2108 = *v2227;
bool const v2109 = v2108 < v2063;
return v2109;
}()) {
float const v2111 = *v2226;
uint32_t const v2112 = *v2227;
float const v2113 = __shfl_xor_sync(__activemask(), v2111, v2112);
float const v2115 = v2111 + v2113;
*v2226 = v2115;
uint32_t const v2117 = 2;
uint32_t const v2118 = v2112 * v2117;
*v2227 = v2118;
}
float const v2119 = *v2226;
float * const v1183 = &(*v2034)[v69];
*v1183 = v2119;
float_4 const v1189 = *v627;
array<float, 4> v2120_store = {};
array<float, 4> * v2120 = &v2120_store;float const v1194 = v1189.i_0;
float * const v1199 = &(*v2120)[v3];
*v1199 = v1194;
float const v1200 = v1189.i_1;
float * const v1205 = &(*v2120)[v26];
*v1205 = v1200;
float const v1206 = v1189.i_2;
float * const v1211 = &(*v2120)[v69];
*v1211 = v1206;
float const v1212 = v1189.i_3;
float * const v1217 = &(*v2120)[v82];
*v1217 = v1212;
float const v1223 = *v1211;
float const v1229 = *v1199;
float const v1230 = v1229 + v1223;
*v1199 = v1230;
float const v1236 = *v1217;
float const v1242 = *v1205;
float const v1243 = v1242 + v1236;
*v1205 = v1243;
float const v1249 = *v1205;
float const v1255 = *v1199;
float const v1256 = v1255 + v1249;
*v1199 = v1256;
float const v1262 = *v1199;
float v2229_store;
float * v2229 = &v2229_store;*v2229 = v1262;
uint32_t v2230_store;
uint32_t * v2230 = &v2230_store;*v2230 = v2452;
while([&]{
uint32_t const v2128 = *v2230;
bool const v2129 = v2128 < v2063;
return v2129;
}()) {
float const v2131 = *v2229;
uint32_t const v2132 = *v2230;
float const v2133 = __shfl_xor_sync(__activemask(), v2131, v2132);
float const v2135 = v2131 + v2133;
*v2229 = v2135;
uint32_t const v2137 = 2;
uint32_t const v2138 = v2132 * v2137;
*v2230 = v2138;
}
float const v2139 = *v2229;
float * const v1268 = &(*v2034)[v82];
*v1268 = v2139;
float_4 const v1274 = *v634;
array<float, 4> v2140_store = {};
array<float, 4> * v2140 = &v2140_store;float const v1279 = v1274.i_0;
float * const v1284 = &(*v2140)[v3];
*v1284 = v1279;
float const v1285 = v1274.i_1;
float * const v1290 = &(*v2140)[v26];
*v1290 = v1285;
float const v1291 = v1274.i_2;
float * const v1296 = &(*v2140)[v69];
*v1296 = v1291;
float const v1297 = v1274.i_3;
float * const v1302 = &(*v2140)[v82];
*v1302 = v1297;
float const v1308 = *v1296;
float const v1314 = *v1284;
float const v1315 = v1314 + v1308;
*v1284 = v1315;
float const v1321 = *v1302;
float const v1327 = *v1290;
float const v1328 = v1327 + v1321;
*v1290 = v1328;
float const v1334 = *v1290;
float const v1340 = *v1284;
float const v1341 = v1340 + v1334;
*v1284 = v1341;
float const v1347 = *v1284;
float v2232_store;
float * v2232 = &v2232_store;*v2232 = v1347;
uint32_t v2233_store;
uint32_t * v2233 = &v2233_store;*v2233 = v2452;
while([&]{
uint32_t const v2148 = *v2233;
bool const v2149 = v2148 < v2063;
return v2149;
}()) {
float const v2151 = *v2232;
uint32_t const v2152 = *v2233;
float const v2153 = __shfl_xor_sync(__activemask(), v2151, v2152);
float const v2155 = v2151 + v2153;
*v2232 = v2155;
uint32_t const v2157 = 2;
uint32_t const v2158 = v2152 * v2157;
*v2233 = v2158;
}
float const v2159 = *v2232;
float * const v1353 = &(*v2034)[v95];
*v1353 = v2159;
float_4 const v1359 = *v641;
array<float, 4> v2160_store = {};
array<float, 4> * v2160 = &v2160_store;float const v1364 = v1359.i_0;
float * const v1369 = &(*v2160)[v3];
*v1369 = v1364;
float const v1370 = v1359.i_1;
float * const v1375 = &(*v2160)[v26];
*v1375 = v1370;
float const v1376 = v1359.i_2;
float * const v1381 = &(*v2160)[v69];
*v1381 = v1376;
float const v1382 = v1359.i_3;
float * const v1387 = &(*v2160)[v82];
*v1387 = v1382;
float const v1393 = *v1381;
float const v1399 = *v1369;
float const v1400 = v1399 + v1393;
*v1369 = v1400;
float const v1406 = *v1387;
float const v1412 = *v1375;
float const v1413 = v1412 + v1406;
*v1375 = v1413;
float const v1419 = *v1375;
float const v1425 = *v1369;
float const v1426 = v1425 + v1419;
*v1369 = v1426;
float const v1432 = *v1369;
float v2235_store;
float * v2235 = &v2235_store;*v2235 = v1432;
uint32_t v2236_store;
uint32_t * v2236 = &v2236_store;*v2236 = v2452;
while([&]{
uint32_t const v2168 = *v2236;
bool const v2169 = v2168 < v2063;
return v2169;
}()) {
float const v2171 = *v2235;
uint32_t const v2172 = *v2236;
float const v2173 = __shfl_xor_sync(__activemask(), v2171, v2172);
float const v2175 = v2171 + v2173;
*v2235 = v2175;
uint32_t const v2177 = 2;
uint32_t const v2178 = v2172 * v2177;
*v2236 = v2178;
}
float const v2179 = *v2235;
float * const v1438 = &(*v2034)[v108];
*v1438 = v2179;
float_4 const v1444 = *v648;
array<float, 4> v2180_store = {};
array<float, 4> * v2180 = &v2180_store;float const v1449 = v1444.i_0;
float * const v1454 = &(*v2180)[v3];
*v1454 = v1449;
float const v1455 = v1444.i_1;
float * const v1460 = &(*v2180)[v26];
*v1460 = v1455;
float const v1461 = v1444.i_2;
float * const v1466 = &(*v2180)[v69];
*v1466 = v1461;
float const v1467 = v1444.i_3;
float * const v1472 = &(*v2180)[v82];
*v1472 = v1467;
float const v1478 = *v1466;
float const v1484 = *v1454;
float const v1485 = v1484 + v1478;
*v1454 = v1485;
float const v1491 = *v1472;
float const v1497 = *v1460;
float const v1498 = v1497 + v1491;
*v1460 = v1498;
float const v1504 = *v1460;
float const v1510 = *v1454;
float const v1511 = v1510 + v1504;
*v1454 = v1511;
float const v1517 = *v1454;
float v2238_store;
float * v2238 = &v2238_store;*v2238 = v1517;
uint32_t v2239_store;
uint32_t * v2239 = &v2239_store;*v2239 = v2452;
while([&]{
uint32_t const v2188 = *v2239;
bool const v2189 = v2188 < v2063;
return v2189;
}()) {
float const v2191 = *v2238;
uint32_t const v2192 = *v2239;
float const v2193 = __shfl_xor_sync(__activemask(), v2191, v2192);
float const v2195 = v2191 + v2193;
*v2238 = v2195;
uint32_t const v2197 = 2;
uint32_t const v2198 = v2192 * v2197;
*v2239 = v2198;
}
float const v2199 = *v2238;
float * const v1523 = &(*v2034)[v121];
*v1523 = v2199;
float_4 const v1529 = *v655;
array<float, 4> v2200_store = {};
array<float, 4> * v2200 = &v2200_store;float const v1534 = v1529.i_0;
float * const v1539 = &(*v2200)[v3];
*v1539 = v1534;
float const v1540 = v1529.i_1;
float * const v1545 = &(*v2200)[v26];
*v1545 = v1540;
float const v1546 = v1529.i_2;
float * const v1551 = &(*v2200)[v69];
*v1551 = v1546;
float const v1552 = v1529.i_3;
float * const v1557 = &(*v2200)[v82];
*v1557 = v1552;
float const v1563 = *v1551;
float const v1569 = *v1539;
float const v1570 = v1569 + v1563;
*v1539 = v1570;
float const v1576 = *v1557;
float const v1582 = *v1545;
float const v1583 = v1582 + v1576;
*v1545 = v1583;
float const v1589 = *v1545;
float const v1595 = *v1539;
float const v1596 = v1595 + v1589;
*v1539 = v1596;
float const v1602 = *v1539;
float v2241_store;
float * v2241 = &v2241_store;*v2241 = v1602;
uint32_t v2242_store;
uint32_t * v2242 = &v2242_store;*v2242 = v2452;
while([&]{
uint32_t const v2208 = *v2242;
bool const v2209 = v2208 < v2063;
return v2209;
}()) {
float const v2211 = *v2241;
uint32_t const v2212 = *v2242;
float const v2213 = __shfl_xor_sync(__activemask(), v2211, v2212);
float const v2215 = v2211 + v2213;
*v2241 = v2215;
uint32_t const v2217 = 2;
uint32_t const v2218 = v2212 * v2217;
*v2242 = v2218;
}
float const v2219 = *v2241;
float * const v1608 = &(*v2034)[v134];
*v1608 = v2219;
uint32_t const v1614 = *v55;
uint32_t const v1616 = v1614 * v82;
uint32_t const v1617 = v1616 + v221;
float const* const v1621 = &v5[v1617];
float const v1622 = *v1621;
bool const v1624 = v1622 < v175;
bool const v1625 = !v1624;
if(v1625) {
float const v1631 = *v1013;
float const v1638 = *v174;
float const v2689 = fma(v1622, v1631, v1638);
*v174 = v2689;
}
uint32_t const v1645 = *v68;
uint32_t const v1647 = v1645 * v82;
uint32_t const v1648 = v1647 + v221;
float const* const v1652 = &v5[v1648];
float const v1653 = *v1652;
bool const v1655 = v1653 < v175;
bool const v1656 = !v1655;
if(v1656) {
float const v1662 = *v1098;
float const v1669 = *v180;
float const v2690 = fma(v1653, v1662, v1669);
*v180 = v2690;
}
uint32_t const v1676 = *v81;
uint32_t const v1678 = v1676 * v82;
uint32_t const v1679 = v1678 + v221;
float const* const v1683 = &v5[v1679];
float const v1684 = *v1683;
bool const v1686 = v1684 < v175;
bool const v1687 = !v1686;
if(v1687) {
float const v1693 = *v1183;
float const v1700 = *v186;
float const v2691 = fma(v1684, v1693, v1700);
*v186 = v2691;
}
uint32_t const v1707 = *v94;
uint32_t const v1709 = v1707 * v82;
uint32_t const v1710 = v1709 + v221;
float const* const v1714 = &v5[v1710];
float const v1715 = *v1714;
bool const v1717 = v1715 < v175;
bool const v1718 = !v1717;
if(v1718) {
float const v1724 = *v1268;
float const v1731 = *v192;
float const v2692 = fma(v1715, v1724, v1731);
*v192 = v2692;
}
uint32_t const v1738 = *v107;
uint32_t const v1740 = v1738 * v82;
uint32_t const v1741 = v1740 + v221;
float const* const v1745 = &v5[v1741];
float const v1746 = *v1745;
bool const v1748 = v1746 < v175;
bool const v1749 = !v1748;
if(v1749) {
float const v1755 = *v1353;
float const v1762 = *v198;
float const v2693 = fma(v1746, v1755, v1762);
*v198 = v2693;
}
uint32_t const v1769 = *v120;
uint32_t const v1771 = v1769 * v82;
uint32_t const v1772 = v1771 + v221;
float const* const v1776 = &v5[v1772];
float const v1777 = *v1776;
bool const v1779 = v1777 < v175;
bool const v1780 = !v1779;
if(v1780) {
float const v1786 = *v1438;
float const v1793 = *v204;
float const v2694 = fma(v1777, v1786, v1793);
*v204 = v2694;
}
uint32_t const v1800 = *v133;
uint32_t const v1802 = v1800 * v82;
uint32_t const v1803 = v1802 + v221;
float const* const v1807 = &v5[v1803];
float const v1808 = *v1807;
bool const v1810 = v1808 < v175;
bool const v1811 = !v1810;
if(v1811) {
float const v1817 = *v1523;
float const v1824 = *v210;
float const v2695 = fma(v1808, v1817, v1824);
*v210 = v2695;
}
uint32_t const v1831 = *v146;
uint32_t const v1833 = v1831 * v82;
uint32_t const v1834 = v1833 + v221;
float const* const v1838 = &v5[v1834];
float const v1839 = *v1838;
bool const v1841 = v1839 < v175;
bool const v1842 = !v1841;
if(v1842) {
float const v1848 = *v1608;
float const v1855 = *v216;
float const v2696 = fma(v1839, v1848, v1855);
*v216 = v2696;
}
}
}
uint32_t const v2414 = v2415 % v160;
bool const v1859 = v2414 == v2448;
if(v1859) {
if(v45) {
float const v1868 = *v174;
uint32_t const v1871 = 64;
uint32_t const v1872 = v35 * v1871;
uint32_t const v1873 = v1872 + v38;
uint32_t const v1874 = *v2036;
uint32_t const v1875 = v1873 + v1874;
float * const v1879 = &v17[v1875];
*v1879 = v1868;
}
if(v58) {
float const v1888 = *v180;
uint32_t const v1891 = 64;
uint32_t const v1892 = v57 * v1891;
uint32_t const v1893 = v1892 + v38;
uint32_t const v1894 = *v2036;
uint32_t const v1895 = v1893 + v1894;
float * const v1899 = &v17[v1895];
*v1899 = v1888;
}
if(v71) {
float const v1908 = *v186;
uint32_t const v1911 = 64;
uint32_t const v1912 = v70 * v1911;
uint32_t const v1913 = v1912 + v38;
uint32_t const v1914 = *v2036;
uint32_t const v1915 = v1913 + v1914;
float * const v1919 = &v17[v1915];
*v1919 = v1908;
}
if(v84) {
float const v1928 = *v192;
uint32_t const v1931 = 64;
uint32_t const v1932 = v83 * v1931;
uint32_t const v1933 = v1932 + v38;
uint32_t const v1934 = *v2036;
uint32_t const v1935 = v1933 + v1934;
float * const v1939 = &v17[v1935];
*v1939 = v1928;
}
if(v97) {
float const v1948 = *v198;
uint32_t const v1951 = 64;
uint32_t const v1952 = v96 * v1951;
uint32_t const v1953 = v1952 + v38;
uint32_t const v1954 = *v2036;
uint32_t const v1955 = v1953 + v1954;
float * const v1959 = &v17[v1955];
*v1959 = v1948;
}
if(v110) {
float const v1968 = *v204;
uint32_t const v1971 = 64;
uint32_t const v1972 = v109 * v1971;
uint32_t const v1973 = v1972 + v38;
uint32_t const v1974 = *v2036;
uint32_t const v1975 = v1973 + v1974;
float * const v1979 = &v17[v1975];
*v1979 = v1968;
}
if(v123) {
float const v1988 = *v210;
uint32_t const v1991 = 64;
uint32_t const v1992 = v122 * v1991;
uint32_t const v1993 = v1992 + v38;
uint32_t const v1994 = *v2036;
uint32_t const v1995 = v1993 + v1994;
float * const v1999 = &v17[v1995];
*v1999 = v1988;
}
if(v136) {
float const v2008 = *v216;
uint32_t const v2011 = 64;
uint32_t const v2012 = v135 * v2011;
uint32_t const v2013 = v2012 + v38;
uint32_t const v2014 = *v2036;
uint32_t const v2015 = v2013 + v2014;
float * const v2019 = &v17[v2015];
*v2019 = v2008;
}
}
uint32_t const v2020 = *v2036;
uint32_t const v2021 = v2020 + v162;
*v2036 = v2021;
}
}
return;
}
