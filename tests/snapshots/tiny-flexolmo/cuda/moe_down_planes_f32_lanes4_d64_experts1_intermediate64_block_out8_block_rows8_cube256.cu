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
extern "C" __global__ void __launch_bounds__(256)  moe_down_planes_f32_lanes4_d64_experts1_intermediate64_block_out8_block_rows8_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v2042) {
uint32_t const* const dynamic_meta_v2044 = reinterpret_cast<uint32_t const*>(v2042 + 1);
const info_st& info_v2043 = *v2042;uint32_t const v3 = 0;
uint32_t const v2045 = info_v2043.scalars_u32[0];
uint32_t const v22 = uint32_t(v2045);
uint32_t const v2399 = blockIdx.z;
uint32_t const v2400 = uint32_t(v2399);
uint32_t const v2401 = gridDim.y;
uint32_t const v2402 = uint32_t(v2401);
uint32_t const v2403 = v2400 * v2402;
uint32_t const v2404 = gridDim.x;
uint32_t const v2405 = uint32_t(v2404);
uint32_t const v2406 = v2403 * v2405;
uint32_t const v2407 = blockIdx.y;
uint32_t const v2408 = uint32_t(v2407);
uint32_t const v2411 = v2408 * v2405;
uint32_t const v2412 = v2406 + v2411;
uint32_t const v2413 = blockIdx.x;
uint32_t const v2414 = uint32_t(v2413);
uint32_t const v2415 = v2412 + v2414;
uint32_t const v24 = 8;
uint32_t const v25 = v22 + v24;
uint32_t const v26 = 1;
uint32_t const v27 = v25 - v26;
uint32_t const v29 = v27 / v24;
uint32_t const v31 = v29 * v24;
bool const v32 = v2415 < v31;
if(v32) {
uint32_t const v33 = v2415 % v29;
uint32_t const v35 = v33 * v24;
uint32_t const v36 = v2415 / v29;
uint32_t const v38 = v36 * v24;
array<uint32_t, 8> v2052_store = {};
array<uint32_t, 8> * v2052 = &v2052_store;bool const v45 = v35 < v22;
uint32_t const v49 = v22 - v26;
uint32_t const v50 = v45 ? v35 : v49;
uint32_t * const v55 = &(*v2052)[v3];
*v55 = v50;
uint32_t const v57 = v35 + v26;
bool const v58 = v57 < v22;
uint32_t const v63 = v58 ? v57 : v49;
uint32_t * const v68 = &(*v2052)[v26];
*v68 = v63;
uint32_t const v69 = 2;
uint32_t const v70 = v35 + v69;
bool const v71 = v70 < v22;
uint32_t const v76 = v71 ? v70 : v49;
uint32_t * const v81 = &(*v2052)[v69];
*v81 = v76;
uint32_t const v82 = 3;
uint32_t const v83 = v35 + v82;
bool const v84 = v83 < v22;
uint32_t const v89 = v84 ? v83 : v49;
uint32_t * const v94 = &(*v2052)[v82];
*v94 = v89;
uint32_t const v95 = 4;
uint32_t const v96 = v35 + v95;
bool const v97 = v96 < v22;
uint32_t const v102 = v97 ? v96 : v49;
uint32_t * const v107 = &(*v2052)[v95];
*v107 = v102;
uint32_t const v108 = 5;
uint32_t const v109 = v35 + v108;
bool const v110 = v109 < v22;
uint32_t const v115 = v110 ? v109 : v49;
uint32_t * const v120 = &(*v2052)[v108];
*v120 = v115;
uint32_t const v121 = 6;
uint32_t const v122 = v35 + v121;
bool const v123 = v122 < v22;
uint32_t const v128 = v123 ? v122 : v49;
uint32_t * const v133 = &(*v2052)[v121];
*v133 = v128;
uint32_t const v134 = 7;
uint32_t const v135 = v35 + v134;
bool const v136 = v135 < v22;
uint32_t const v141 = v136 ? v135 : v49;
uint32_t * const v146 = &(*v2052)[v134];
*v146 = v141;
array<uint32_t, 8> v2053_store = {};
array<uint32_t, 8> * v2053 = &v2053_store;array<float, 8> v2054_store = {};
array<float, 8> * v2054 = &v2054_store;array<float, 8> v2055_store = {};
array<float, 8> * v2055 = &v2055_store;uint32_t const v2416 = 256;
uint32_t const v160 = warpSize;
uint32_t const v161 = v2416 / v160;
uint32_t const v162 = uint32_t(v161);
uint32_t const v2434 = threadIdx.x;
uint32_t const v2467 = 0;
uint32_t const v2471 = 1;
uint32_t const v2419 = v2434 / v160;
uint32_t const v164 = uint32_t(v2419);
uint32_t v2056_store;
uint32_t * v2056 = &v2056_store;*v2056 = v164;
while([&]{
uint32_t const v166 = *v2056;
bool const v168 = v166 < v24;
return v168;
}()) {
float * const v174 = &(*v2055)[v3];
float const v175 = 0;
*v174 = v175;
float * const v180 = &(*v2055)[v26];
*v180 = v175;
float * const v186 = &(*v2055)[v69];
*v186 = v175;
float * const v192 = &(*v2055)[v82];
*v192 = v175;
float * const v198 = &(*v2055)[v95];
*v198 = v175;
float * const v204 = &(*v2055)[v108];
*v204 = v175;
float * const v210 = &(*v2055)[v121];
*v210 = v175;
float * const v216 = &(*v2055)[v134];
*v216 = v175;
bool const v218 = false;
uint32_t const v226 = *v55;
uint32_t const v231 = 16;
uint32_t const v232 = v226 * v231;
uint32_t * const v237 = &(*v2053)[v3];
*v237 = v232;
bool const v239 = true;
bool v2059_store;
bool * v2059 = &v2059_store;bool v2060_store;
bool * v2060 = &v2060_store;if(v45) {
uint32_t const v250 = *v55;
float const* const v258 = &v5[v250];
float const v259 = *v258;
bool const v261 = v259 < v175;
bool const v262 = !v261;
*v2060 = v262;
}
 else {
*v2060 = v218;
}
bool const v265 = *v2060;
*v2059 = v265;
bool const v266 = *v2059;
uint32_t const v272 = *v68;
uint32_t const v278 = v272 * v231;
uint32_t * const v283 = &(*v2053)[v26];
*v283 = v278;
bool v2061_store;
bool * v2061 = &v2061_store;if(v266) {
*v2061 = v239;
}
 else {
bool v2062_store;
bool * v2062 = &v2062_store;if(v58) {
uint32_t const v296 = *v68;
float const* const v304 = &v5[v296];
float const v305 = *v304;
bool const v307 = v305 < v175;
bool const v308 = !v307;
*v2062 = v308;
}
 else {
*v2062 = v218;
}
bool const v311 = *v2062;
*v2061 = v311;
}
bool const v312 = *v2061;
uint32_t const v318 = *v81;
uint32_t const v324 = v318 * v231;
uint32_t * const v329 = &(*v2053)[v69];
*v329 = v324;
bool v2063_store;
bool * v2063 = &v2063_store;if(v312) {
*v2063 = v239;
}
 else {
bool v2064_store;
bool * v2064 = &v2064_store;if(v71) {
uint32_t const v342 = *v81;
float const* const v350 = &v5[v342];
float const v351 = *v350;
bool const v353 = v351 < v175;
bool const v354 = !v353;
*v2064 = v354;
}
 else {
*v2064 = v218;
}
bool const v357 = *v2064;
*v2063 = v357;
}
bool const v358 = *v2063;
uint32_t const v364 = *v94;
uint32_t const v370 = v364 * v231;
uint32_t * const v375 = &(*v2053)[v82];
*v375 = v370;
bool v2065_store;
bool * v2065 = &v2065_store;if(v358) {
*v2065 = v239;
}
 else {
bool v2066_store;
bool * v2066 = &v2066_store;if(v84) {
uint32_t const v388 = *v94;
float const* const v396 = &v5[v388];
float const v397 = *v396;
bool const v399 = v397 < v175;
bool const v400 = !v399;
*v2066 = v400;
}
 else {
*v2066 = v218;
}
bool const v403 = *v2066;
*v2065 = v403;
}
bool const v404 = *v2065;
uint32_t const v410 = *v107;
uint32_t const v416 = v410 * v231;
uint32_t * const v421 = &(*v2053)[v95];
*v421 = v416;
bool v2067_store;
bool * v2067 = &v2067_store;if(v404) {
*v2067 = v239;
}
 else {
bool v2068_store;
bool * v2068 = &v2068_store;if(v97) {
uint32_t const v434 = *v107;
float const* const v442 = &v5[v434];
float const v443 = *v442;
bool const v445 = v443 < v175;
bool const v446 = !v445;
*v2068 = v446;
}
 else {
*v2068 = v218;
}
bool const v449 = *v2068;
*v2067 = v449;
}
bool const v450 = *v2067;
uint32_t const v456 = *v120;
uint32_t const v462 = v456 * v231;
uint32_t * const v467 = &(*v2053)[v108];
*v467 = v462;
bool v2069_store;
bool * v2069 = &v2069_store;if(v450) {
*v2069 = v239;
}
 else {
bool v2070_store;
bool * v2070 = &v2070_store;if(v110) {
uint32_t const v480 = *v120;
float const* const v488 = &v5[v480];
float const v489 = *v488;
bool const v491 = v489 < v175;
bool const v492 = !v491;
*v2070 = v492;
}
 else {
*v2070 = v218;
}
bool const v495 = *v2070;
*v2069 = v495;
}
bool const v496 = *v2069;
uint32_t const v502 = *v133;
uint32_t const v508 = v502 * v231;
uint32_t * const v513 = &(*v2053)[v121];
*v513 = v508;
bool v2071_store;
bool * v2071 = &v2071_store;if(v496) {
*v2071 = v239;
}
 else {
bool v2072_store;
bool * v2072 = &v2072_store;if(v123) {
uint32_t const v526 = *v133;
float const* const v534 = &v5[v526];
float const v535 = *v534;
bool const v537 = v535 < v175;
bool const v538 = !v537;
*v2072 = v538;
}
 else {
*v2072 = v218;
}
bool const v541 = *v2072;
*v2071 = v541;
}
bool const v542 = *v2071;
uint32_t const v548 = *v146;
uint32_t const v554 = v548 * v231;
uint32_t * const v559 = &(*v2053)[v134];
*v559 = v554;
bool v2073_store;
bool * v2073 = &v2073_store;if(v542) {
*v2073 = v239;
}
 else {
bool v2074_store;
bool * v2074 = &v2074_store;if(v136) {
uint32_t const v572 = *v146;
float const* const v580 = &v5[v572];
float const v581 = *v580;
bool const v583 = v581 < v175;
bool const v584 = !v583;
*v2074 = v584;
}
 else {
*v2074 = v218;
}
bool const v587 = *v2074;
*v2073 = v587;
}
bool const v588 = *v2073;
if(v588) {
uint32_t const* const v594 = &v13[v3];
uint32_t const v595 = *v594;
uint32_t const v596 = uint32_t(v595);
uint32_t const v597 = 64;
uint32_t const v598 = v596 * v597;
uint32_t const v599 = v598 + v38;
uint32_t const v600 = *v2056;
uint32_t const v601 = v599 + v600;
uint32_t const v603 = v601 * v231;
uint32_t const v2422 = v2434 % v160;
uint32_t const v605 = uint32_t(v2422);
uint32_t const v607 = uint32_t(v160);
array<float_4, 8> v2075_store = {};
array<float_4, 8> * v2075 = &v2075_store;float_4 const v613 = float_4{v175, v175, v175, v175};
float_4 * const v618 = &(*v2075)[v3];
*v618 = v613;
float_4 * const v625 = &(*v2075)[v26];
*v625 = v613;
float_4 * const v632 = &(*v2075)[v69];
*v632 = v613;
float_4 * const v639 = &(*v2075)[v82];
*v639 = v613;
float_4 * const v646 = &(*v2075)[v95];
*v646 = v613;
float_4 * const v653 = &(*v2075)[v108];
*v653 = v613;
float_4 * const v660 = &(*v2075)[v121];
*v660 = v613;
float_4 * const v667 = &(*v2075)[v134];
*v667 = v613;
uint32_t v2076_store;
uint32_t * v2076 = &v2076_store;*v2076 = v605;
while([&]{
uint32_t const v669 = *v2076;
bool const v671 = v669 < v231;
return v671;
}()) {
array<float_4, 1> v2078_store = {};
array<float_4, 1> * v2078 = &v2078_store;uint32_t const v679 = *v2076;
uint32_t const v680 = v603 + v679;
float_4 const* const v684 = &v9[v680];
float_4 const v685 = *v684;
float_4 * const v690 = &(*v2078)[v3];
*v690 = v685;
uint32_t const v696 = *v237;
uint32_t const v698 = v696 + v679;
float_4 const* const v702 = &v1[v698];
float_4 const v703 = *v702;
float_4 const v709 = *v690;
float_4 const v715 = *v618;
float const v2263 = v709.i_0;
float const v2264 = v703.i_0;
float const v2265 = v715.i_0;
float const v2266 = fma(v2263, v2264, v2265);
float const v2267 = v709.i_1;
float const v2268 = v703.i_1;
float const v2269 = v715.i_1;
float const v2270 = fma(v2267, v2268, v2269);
float const v2271 = v709.i_2;
float const v2272 = v703.i_2;
float const v2273 = v715.i_2;
float const v2274 = fma(v2271, v2272, v2273);
float const v2275 = v709.i_3;
float const v2276 = v703.i_3;
float const v2277 = v715.i_3;
float const v2278 = fma(v2275, v2276, v2277);
float_4 const v2279 = float_4{v2266, v2270, v2274, v2278};
*v618 = v2279;
uint32_t const v727 = *v283;
uint32_t const v729 = v727 + v679;
float_4 const* const v733 = &v1[v729];
float_4 const v734 = *v733;
float_4 const v746 = *v625;
float const v2281 = v734.i_0;
float const v2282 = v746.i_0;
float const v2283 = fma(v2263, v2281, v2282);
float const v2285 = v734.i_1;
float const v2286 = v746.i_1;
float const v2287 = fma(v2267, v2285, v2286);
float const v2289 = v734.i_2;
float const v2290 = v746.i_2;
float const v2291 = fma(v2271, v2289, v2290);
float const v2293 = v734.i_3;
float const v2294 = v746.i_3;
float const v2295 = fma(v2275, v2293, v2294);
float_4 const v2296 = float_4{v2283, v2287, v2291, v2295};
*v625 = v2296;
uint32_t const v758 = *v329;
uint32_t const v760 = v758 + v679;
float_4 const* const v764 = &v1[v760];
float_4 const v765 = *v764;
float_4 const v777 = *v632;
float const v2298 = v765.i_0;
float const v2299 = v777.i_0;
float const v2300 = fma(v2263, v2298, v2299);
float const v2302 = v765.i_1;
float const v2303 = v777.i_1;
float const v2304 = fma(v2267, v2302, v2303);
float const v2306 = v765.i_2;
float const v2307 = v777.i_2;
float const v2308 = fma(v2271, v2306, v2307);
float const v2310 = v765.i_3;
float const v2311 = v777.i_3;
float const v2312 = fma(v2275, v2310, v2311);
float_4 const v2313 = float_4{v2300, v2304, v2308, v2312};
*v632 = v2313;
uint32_t const v789 = *v375;
uint32_t const v791 = v789 + v679;
float_4 const* const v795 = &v1[v791];
float_4 const v796 = *v795;
float_4 const v808 = *v639;
float const v2315 = v796.i_0;
float const v2316 = v808.i_0;
float const v2317 = fma(v2263, v2315, v2316);
float const v2319 = v796.i_1;
float const v2320 = v808.i_1;
float const v2321 = fma(v2267, v2319, v2320);
float const v2323 = v796.i_2;
float const v2324 = v808.i_2;
float const v2325 = fma(v2271, v2323, v2324);
float const v2327 = v796.i_3;
float const v2328 = v808.i_3;
float const v2329 = fma(v2275, v2327, v2328);
float_4 const v2330 = float_4{v2317, v2321, v2325, v2329};
*v639 = v2330;
uint32_t const v820 = *v421;
uint32_t const v822 = v820 + v679;
float_4 const* const v826 = &v1[v822];
float_4 const v827 = *v826;
float_4 const v839 = *v646;
float const v2332 = v827.i_0;
float const v2333 = v839.i_0;
float const v2334 = fma(v2263, v2332, v2333);
float const v2336 = v827.i_1;
float const v2337 = v839.i_1;
float const v2338 = fma(v2267, v2336, v2337);
float const v2340 = v827.i_2;
float const v2341 = v839.i_2;
float const v2342 = fma(v2271, v2340, v2341);
float const v2344 = v827.i_3;
float const v2345 = v839.i_3;
float const v2346 = fma(v2275, v2344, v2345);
float_4 const v2347 = float_4{v2334, v2338, v2342, v2346};
*v646 = v2347;
uint32_t const v851 = *v467;
uint32_t const v853 = v851 + v679;
float_4 const* const v857 = &v1[v853];
float_4 const v858 = *v857;
float_4 const v870 = *v653;
float const v2349 = v858.i_0;
float const v2350 = v870.i_0;
float const v2351 = fma(v2263, v2349, v2350);
float const v2353 = v858.i_1;
float const v2354 = v870.i_1;
float const v2355 = fma(v2267, v2353, v2354);
float const v2357 = v858.i_2;
float const v2358 = v870.i_2;
float const v2359 = fma(v2271, v2357, v2358);
float const v2361 = v858.i_3;
float const v2362 = v870.i_3;
float const v2363 = fma(v2275, v2361, v2362);
float_4 const v2364 = float_4{v2351, v2355, v2359, v2363};
*v653 = v2364;
uint32_t const v882 = *v513;
uint32_t const v884 = v882 + v679;
float_4 const* const v888 = &v1[v884];
float_4 const v889 = *v888;
float_4 const v901 = *v660;
float const v2366 = v889.i_0;
float const v2367 = v901.i_0;
float const v2368 = fma(v2263, v2366, v2367);
float const v2370 = v889.i_1;
float const v2371 = v901.i_1;
float const v2372 = fma(v2267, v2370, v2371);
float const v2374 = v889.i_2;
float const v2375 = v901.i_2;
float const v2376 = fma(v2271, v2374, v2375);
float const v2378 = v889.i_3;
float const v2379 = v901.i_3;
float const v2380 = fma(v2275, v2378, v2379);
float_4 const v2381 = float_4{v2368, v2372, v2376, v2380};
*v660 = v2381;
uint32_t const v913 = *v559;
uint32_t const v915 = v913 + v679;
float_4 const* const v919 = &v1[v915];
float_4 const v920 = *v919;
float_4 const v932 = *v667;
float const v2383 = v920.i_0;
float const v2384 = v932.i_0;
float const v2385 = fma(v2263, v2383, v2384);
float const v2387 = v920.i_1;
float const v2388 = v932.i_1;
float const v2389 = fma(v2267, v2387, v2388);
float const v2391 = v920.i_2;
float const v2392 = v932.i_2;
float const v2393 = fma(v2271, v2391, v2392);
float const v2395 = v920.i_3;
float const v2396 = v932.i_3;
float const v2397 = fma(v2275, v2395, v2396);
float_4 const v2398 = float_4{v2385, v2389, v2393, v2397};
*v667 = v2398;
uint32_t const v940 = v679 + v607;
*v2076 = v940;
}
float_4 const v946 = *v618;
array<float, 4> v2079_store = {};
array<float, 4> * v2079 = &v2079_store;float const v951 = v946.i_0;
float * const v956 = &(*v2079)[v3];
*v956 = v951;
float const v957 = v946.i_1;
float * const v962 = &(*v2079)[v26];
*v962 = v957;
float const v963 = v946.i_2;
float * const v968 = &(*v2079)[v69];
*v968 = v963;
float const v969 = v946.i_3;
float * const v974 = &(*v2079)[v82];
*v974 = v969;
float const v980 = *v968;
float const v986 = *v956;
float const v987 = v986 + v980;
*v956 = v987;
float const v993 = *v974;
float const v999 = *v962;
float const v1000 = v999 + v993;
*v962 = v1000;
float const v1006 = *v962;
float const v1012 = *v956;
float const v1013 = v1012 + v1006;
*v956 = v1013;
float const v1019 = *v956;
uint32_t const v2082 = min(v160, v2416);
float v2239_store;
float * v2239 = &v2239_store;*v2239 = v1019;
uint32_t v2240_store;
uint32_t * v2240 = &v2240_store;*v2240 = v2471;
while([&]{
uint32_t const v2087 = *v2240;
bool const v2088 = v2087 < v2082;
return v2088;
}()) {
float const v2090 = *v2239;
uint32_t const v2091 = *v2240;
float const v2092 = __shfl_xor_sync(__activemask(), v2090, v2091);
float const v2094 = v2090 + v2092;
*v2239 = v2094;
uint32_t const v2096 = 2;
uint32_t const v2097 = v2091 * v2096;
*v2240 = v2097;
}
float const v2098 = *v2239;
float * const v1025 = &(*v2054)[v3];
*v1025 = v2098;
float_4 const v1031 = *v625;
array<float, 4> v2099_store = {};
array<float, 4> * v2099 = &v2099_store;float const v1036 = v1031.i_0;
float * const v1041 = &(*v2099)[v3];
*v1041 = v1036;
float const v1042 = v1031.i_1;
float * const v1047 = &(*v2099)[v26];
*v1047 = v1042;
float const v1048 = v1031.i_2;
float * const v1053 = &(*v2099)[v69];
*v1053 = v1048;
float const v1054 = v1031.i_3;
float * const v1059 = &(*v2099)[v82];
*v1059 = v1054;
float const v1065 = *v1053;
float const v1071 = *v1041;
float const v1072 = v1071 + v1065;
*v1041 = v1072;
float const v1078 = *v1059;
float const v1084 = *v1047;
float const v1085 = v1084 + v1078;
*v1047 = v1085;
float const v1091 = *v1047;
float const v1097 = *v1041;
float const v1098 = v1097 + v1091;
*v1041 = v1098;
float const v1104 = *v1041;
float v2242_store;
float * v2242 = &v2242_store;*v2242 = v1104;
uint32_t v2243_store;
uint32_t * v2243 = &v2243_store;*v2243 = v2471;
while([&]{
uint32_t const v2107 = *v2243;
bool const v2108 = v2107 < v2082;
return v2108;
}()) {
float const v2110 = *v2242;
uint32_t const v2111 = *v2243;
float const v2112 = __shfl_xor_sync(__activemask(), v2110, v2111);
float const v2114 = v2110 + v2112;
*v2242 = v2114;
uint32_t const v2116 = 2;
uint32_t const v2117 = v2111 * v2116;
*v2243 = v2117;
}
float const v2118 = *v2242;
float * const v1110 = &(*v2054)[v26];
*v1110 = v2118;
float_4 const v1116 = *v632;
array<float, 4> v2119_store = {};
array<float, 4> * v2119 = &v2119_store;float const v1121 = v1116.i_0;
float * const v1126 = &(*v2119)[v3];
*v1126 = v1121;
float const v1127 = v1116.i_1;
float * const v1132 = &(*v2119)[v26];
*v1132 = v1127;
float const v1133 = v1116.i_2;
float * const v1138 = &(*v2119)[v69];
*v1138 = v1133;
float const v1139 = v1116.i_3;
float * const v1144 = &(*v2119)[v82];
*v1144 = v1139;
float const v1150 = *v1138;
float const v1156 = *v1126;
float const v1157 = v1156 + v1150;
*v1126 = v1157;
float const v1163 = *v1144;
float const v1169 = *v1132;
float const v1170 = v1169 + v1163;
*v1132 = v1170;
float const v1176 = *v1132;
float const v1182 = *v1126;
float const v1183 = v1182 + v1176;
*v1126 = v1183;
float const v1189 = *v1126;
float v2245_store;
float * v2245 = &v2245_store;*v2245 = v1189;
uint32_t v2246_store;
uint32_t * v2246 = &v2246_store;*v2246 = v2471;
while([&]{
uint32_t const v2127 = *v2246;
bool const v2128 = v2127 < v2082;
return v2128;
}()) {
float const v2130 = *v2245;
uint32_t const v2131 = *v2246;
float const v2132 = __shfl_xor_sync(__activemask(), v2130, v2131);
float const v2134 = v2130 + v2132;
*v2245 = v2134;
uint32_t const v2136 = 2;
uint32_t const v2137 = v2131 * v2136;
*v2246 = v2137;
}
float const v2138 = *v2245;
float * const v1195 = &(*v2054)[v69];
*v1195 = v2138;
float_4 const v1201 = *v639;
array<float, 4> v2139_store = {};
array<float, 4> * v2139 = &v2139_store;float const v1206 = v1201.i_0;
float * const v1211 = &(*v2139)[v3];
*v1211 = v1206;
float const v1212 = v1201.i_1;
float * const v1217 = &(*v2139)[v26];
*v1217 = v1212;
float const v1218 = v1201.i_2;
float * const v1223 = &(*v2139)[v69];
*v1223 = v1218;
float const v1224 = v1201.i_3;
float * const v1229 = &(*v2139)[v82];
*v1229 = v1224;
float const v1235 = *v1223;
float const v1241 = *v1211;
float const v1242 = v1241 + v1235;
*v1211 = v1242;
float const v1248 = *v1229;
float const v1254 = *v1217;
float const v1255 = v1254 + v1248;
*v1217 = v1255;
float const v1261 = *v1217;
float const v1267 = *v1211;
float const v1268 = v1267 + v1261;
*v1211 = v1268;
float const v1274 = *v1211;
float v2248_store;
float * v2248 = &v2248_store;*v2248 = v1274;
uint32_t v2249_store;
uint32_t * v2249 = &v2249_store;*v2249 = v2471;
while([&]{
uint32_t const v2147 = *v2249;
bool const v2148 = v2147 < v2082;
return v2148;
}()) {
float const v2150 = *v2248;
uint32_t const v2151 = *v2249;
float const v2152 = __shfl_xor_sync(__activemask(), v2150, v2151);
float const v2154 = v2150 + v2152;
*v2248 = v2154;
uint32_t const v2156 = 2;
uint32_t const v2157 = v2151 * v2156;
*v2249 = v2157;
}
float const v2158 = *v2248;
float * const v1280 = &(*v2054)[v82];
*v1280 = v2158;
float_4 const v1286 = *v646;
array<float, 4> v2159_store = {};
array<float, 4> * v2159 = &v2159_store;float const v1291 = v1286.i_0;
float * const v1296 = &(*v2159)[v3];
*v1296 = v1291;
float const v1297 = v1286.i_1;
float * const v1302 = &(*v2159)[v26];
*v1302 = v1297;
float const v1303 = v1286.i_2;
float * const v1308 = &(*v2159)[v69];
*v1308 = v1303;
float const v1309 = v1286.i_3;
float * const v1314 = &(*v2159)[v82];
*v1314 = v1309;
float const v1320 = *v1308;
float const v1326 = *v1296;
float const v1327 = v1326 + v1320;
*v1296 = v1327;
float const v1333 = *v1314;
float const v1339 = *v1302;
float const v1340 = v1339 + v1333;
*v1302 = v1340;
float const v1346 = *v1302;
float const v1352 = *v1296;
float const v1353 = v1352 + v1346;
*v1296 = v1353;
float const v1359 = *v1296;
float v2251_store;
float * v2251 = &v2251_store;*v2251 = v1359;
uint32_t v2252_store;
uint32_t * v2252 = &v2252_store;*v2252 = v2471;
while([&]{
uint32_t const v2167 = *v2252;
bool const v2168 = v2167 < v2082;
return v2168;
}()) {
float const v2170 = *v2251;
uint32_t const v2171 = *v2252;
float const v2172 = __shfl_xor_sync(__activemask(), v2170, v2171);
float const v2174 = v2170 + v2172;
*v2251 = v2174;
uint32_t const v2176 = 2;
uint32_t const v2177 = v2171 * v2176;
*v2252 = v2177;
}
float const v2178 = *v2251;
float * const v1365 = &(*v2054)[v95];
*v1365 = v2178;
float_4 const v1371 = *v653;
array<float, 4> v2179_store = {};
array<float, 4> * v2179 = &v2179_store;float const v1376 = v1371.i_0;
float * const v1381 = &(*v2179)[v3];
*v1381 = v1376;
float const v1382 = v1371.i_1;
float * const v1387 = &(*v2179)[v26];
*v1387 = v1382;
float const v1388 = v1371.i_2;
float * const v1393 = &(*v2179)[v69];
*v1393 = v1388;
float const v1394 = v1371.i_3;
float * const v1399 = &(*v2179)[v82];
*v1399 = v1394;
float const v1405 = *v1393;
float const v1411 = *v1381;
float const v1412 = v1411 + v1405;
*v1381 = v1412;
float const v1418 = *v1399;
float const v1424 = *v1387;
float const v1425 = v1424 + v1418;
*v1387 = v1425;
float const v1431 = *v1387;
float const v1437 = *v1381;
float const v1438 = v1437 + v1431;
*v1381 = v1438;
float const v1444 = *v1381;
float v2254_store;
float * v2254 = &v2254_store;*v2254 = v1444;
uint32_t v2255_store;
uint32_t * v2255 = &v2255_store;*v2255 = v2471;
while([&]{
uint32_t const v2187 = *v2255;
bool const v2188 = v2187 < v2082;
return v2188;
}()) {
float const v2190 = *v2254;
uint32_t const v2191 = *v2255;
float const v2192 = __shfl_xor_sync(__activemask(), v2190, v2191);
float const v2194 = v2190 + v2192;
*v2254 = v2194;
uint32_t const v2196 = 2;
uint32_t const v2197 = v2191 * v2196;
*v2255 = v2197;
}
float const v2198 = *v2254;
float * const v1450 = &(*v2054)[v108];
*v1450 = v2198;
float_4 const v1456 = *v660;
array<float, 4> v2199_store = {};
array<float, 4> * v2199 = &v2199_store;float const v1461 = v1456.i_0;
float * const v1466 = &(*v2199)[v3];
*v1466 = v1461;
float const v1467 = v1456.i_1;
float * const v1472 = &(*v2199)[v26];
*v1472 = v1467;
float const v1473 = v1456.i_2;
float * const v1478 = &(*v2199)[v69];
*v1478 = v1473;
float const v1479 = v1456.i_3;
float * const v1484 = &(*v2199)[v82];
*v1484 = v1479;
float const v1490 = *v1478;
float const v1496 = *v1466;
float const v1497 = v1496 + v1490;
*v1466 = v1497;
float const v1503 = *v1484;
float const v1509 = *v1472;
float const v1510 = v1509 + v1503;
*v1472 = v1510;
float const v1516 = *v1472;
float const v1522 = *v1466;
float const v1523 = v1522 + v1516;
*v1466 = v1523;
float const v1529 = *v1466;
float v2257_store;
float * v2257 = &v2257_store;*v2257 = v1529;
uint32_t v2258_store;
uint32_t * v2258 = &v2258_store;*v2258 = v2471;
while([&]{
uint32_t const v2207 = *v2258;
bool const v2208 = v2207 < v2082;
return v2208;
}()) {
float const v2210 = *v2257;
uint32_t const v2211 = *v2258;
float const v2212 = __shfl_xor_sync(__activemask(), v2210, v2211);
float const v2214 = v2210 + v2212;
*v2257 = v2214;
uint32_t const v2216 = 2;
uint32_t const v2217 = v2211 * v2216;
*v2258 = v2217;
}
float const v2218 = *v2257;
float * const v1535 = &(*v2054)[v121];
*v1535 = v2218;
float_4 const v1541 = *v667;
array<float, 4> v2219_store = {};
array<float, 4> * v2219 = &v2219_store;float const v1546 = v1541.i_0;
float * const v1551 = &(*v2219)[v3];
*v1551 = v1546;
float const v1552 = v1541.i_1;
float * const v1557 = &(*v2219)[v26];
*v1557 = v1552;
float const v1558 = v1541.i_2;
float * const v1563 = &(*v2219)[v69];
*v1563 = v1558;
float const v1564 = v1541.i_3;
float * const v1569 = &(*v2219)[v82];
*v1569 = v1564;
float const v1575 = *v1563;
float const v1581 = *v1551;
float const v1582 = v1581 + v1575;
*v1551 = v1582;
float const v1588 = *v1569;
float const v1594 = *v1557;
float const v1595 = v1594 + v1588;
*v1557 = v1595;
float const v1601 = *v1557;
float const v1607 = *v1551;
float const v1608 = v1607 + v1601;
*v1551 = v1608;
float const v1614 = *v1551;
float v2260_store;
float * v2260 = &v2260_store;*v2260 = v1614;
uint32_t v2261_store;
uint32_t * v2261 = &v2261_store;*v2261 = v2471;
while([&]{
uint32_t const v2227 = *v2261;
bool const v2228 = v2227 < v2082;
return v2228;
}()) {
float const v2230 = *v2260;
uint32_t const v2231 = *v2261;
float const v2232 = __shfl_xor_sync(__activemask(), v2230, v2231);
float const v2234 = v2230 + v2232;
*v2260 = v2234;
uint32_t const v2236 = 2;
uint32_t const v2237 = v2231 * v2236;
*v2261 = v2237;
}
float const v2238 = *v2260;
float * const v1620 = &(*v2054)[v134];
*v1620 = v2238;
uint32_t const v1626 = *v55;
float const* const v1634 = &v5[v1626];
float const v1635 = *v1634;
bool const v1637 = v1635 < v175;
bool const v1638 = !v1637;
if(v1638) {
float const v1644 = *v1025;
float const v1651 = *v174;
float const v2709 = fma(v1635, v1644, v1651);
*v174 = v2709;
}
uint32_t const v1658 = *v68;
float const* const v1666 = &v5[v1658];
float const v1667 = *v1666;
bool const v1669 = v1667 < v175;
bool const v1670 = !v1669;
if(v1670) {
float const v1676 = *v1110;
float const v1683 = *v180;
float const v2710 = fma(v1667, v1676, v1683);
*v180 = v2710;
}
uint32_t const v1690 = *v81;
float const* const v1698 = &v5[v1690];
float const v1699 = *v1698;
bool const v1701 = v1699 < v175;
bool const v1702 = !v1701;
if(v1702) {
float const v1708 = *v1195;
float const v1715 = *v186;
float const v2711 = fma(v1699, v1708, v1715);
*v186 = v2711;
}
uint32_t const v1722 = *v94;
float const* const v1730 = &v5[v1722];
float const v1731 = *v1730;
bool const v1733 = v1731 < v175;
bool const v1734 = !v1733;
if(v1734) {
float const v1740 = *v1280;
float const v1747 = *v192;
float const v2712 = fma(v1731, v1740, v1747);
*v192 = v2712;
}
uint32_t const v1754 = *v107;
float const* const v1762 = &v5[v1754];
float const v1763 = *v1762;
bool const v1765 = v1763 < v175;
bool const v1766 = !v1765;
if(v1766) {
float const v1772 = *v1365;
float const v1779 = *v198;
float const v2713 = fma(v1763, v1772, v1779);
*v198 = v2713;
}
uint32_t const v1786 = *v120;
float const* const v1794 = &v5[v1786];
float const v1795 = *v1794;
bool const v1797 = v1795 < v175;
bool const v1798 = !v1797;
if(v1798) {
float const v1804 = *v1450;
float const v1811 = *v204;
float const v2714 = fma(v1795, v1804, v1811);
*v204 = v2714;
}
uint32_t const v1818 = *v133;
float const* const v1826 = &v5[v1818];
float const v1827 = *v1826;
bool const v1829 = v1827 < v175;
bool const v1830 = !v1829;
if(v1830) {
float const v1836 = *v1535;
float const v1843 = *v210;
float const v2715 = fma(v1827, v1836, v1843);
*v210 = v2715;
}
uint32_t const v1850 = *v146;
float const* const v1858 = &v5[v1850];
float const v1859 = *v1858;
bool const v1861 = v1859 < v175;
bool const v1862 = !v1861;
if(v1862) {
float const v1868 = *v1620;
float const v1875 = *v216;
float const v2716 = fma(v1859, v1868, v1875);
*v216 = v2716;
}
}
uint32_t const v2433 = v2434 % v160;
bool const v1879 = v2433 == v2467;
if(v1879) {
if(v45) {
float const v1888 = *v174;
uint32_t const v1891 = 64;
uint32_t const v1892 = v35 * v1891;
uint32_t const v1893 = v1892 + v38;
uint32_t const v1894 = *v2056;
uint32_t const v1895 = v1893 + v1894;
float * const v1899 = &v17[v1895];
*v1899 = v1888;
}
if(v58) {
float const v1908 = *v180;
uint32_t const v1911 = 64;
uint32_t const v1912 = v57 * v1911;
uint32_t const v1913 = v1912 + v38;
uint32_t const v1914 = *v2056;
uint32_t const v1915 = v1913 + v1914;
float * const v1919 = &v17[v1915];
*v1919 = v1908;
}
if(v71) {
float const v1928 = *v186;
uint32_t const v1931 = 64;
uint32_t const v1932 = v70 * v1931;
uint32_t const v1933 = v1932 + v38;
uint32_t const v1934 = *v2056;
uint32_t const v1935 = v1933 + v1934;
float * const v1939 = &v17[v1935];
*v1939 = v1928;
}
if(v84) {
float const v1948 = *v192;
uint32_t const v1951 = 64;
uint32_t const v1952 = v83 * v1951;
uint32_t const v1953 = v1952 + v38;
uint32_t const v1954 = *v2056;
uint32_t const v1955 = v1953 + v1954;
float * const v1959 = &v17[v1955];
*v1959 = v1948;
}
if(v97) {
float const v1968 = *v198;
uint32_t const v1971 = 64;
uint32_t const v1972 = v96 * v1971;
uint32_t const v1973 = v1972 + v38;
uint32_t const v1974 = *v2056;
uint32_t const v1975 = v1973 + v1974;
float * const v1979 = &v17[v1975];
*v1979 = v1968;
}
if(v110) {
float const v1988 = *v204;
uint32_t const v1991 = 64;
uint32_t const v1992 = v109 * v1991;
uint32_t const v1993 = v1992 + v38;
uint32_t const v1994 = *v2056;
uint32_t const v1995 = v1993 + v1994;
float * const v1999 = &v17[v1995];
*v1999 = v1988;
}
if(v123) {
float const v2008 = *v210;
uint32_t const v2011 = 64;
uint32_t const v2012 = v122 * v2011;
uint32_t const v2013 = v2012 + v38;
uint32_t const v2014 = *v2056;
uint32_t const v2015 = v2013 + v2014;
float * const v2019 = &v17[v2015];
*v2019 = v2008;
}
if(v136) {
float const v2028 = *v216;
uint32_t const v2031 = 64;
uint32_t const v2032 = v135 * v2031;
uint32_t const v2033 = v2032 + v38;
uint32_t const v2034 = *v2056;
uint32_t const v2035 = v2033 + v2034;
float * const v2039 = &v17[v2035];
*v2039 = v2028;
}
}
uint32_t const v2040 = *v2056;
uint32_t const v2041 = v2040 + v162;
*v2056 = v2041;
}
}
return;
}
