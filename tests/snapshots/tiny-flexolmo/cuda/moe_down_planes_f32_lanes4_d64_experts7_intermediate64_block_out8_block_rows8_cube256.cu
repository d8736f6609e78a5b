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
extern "C" __global__ void __launch_bounds__(256)  moe_down_planes_f32_lanes4_d64_experts7_intermediate64_block_out8_block_rows8_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v1963) {
uint32_t const* const dynamic_meta_v1965 = reinterpret_cast<uint32_t const*>(v1963 + 1);
const info_st& info_v1964 = *v1963;uint32_t const v3 = 0;
uint32_t const v1966 = info_v1964.scalars_u32[0];
uint32_t const v22 = uint32_t(v1966);
uint32_t const v2320 = blockIdx.z;
uint32_t const v2321 = uint32_t(v2320);
uint32_t const v2322 = gridDim.y;
uint32_t const v2323 = uint32_t(v2322);
uint32_t const v2324 = v2321 * v2323;
uint32_t const v2325 = gridDim.x;
uint32_t const v2326 = uint32_t(v2325);
uint32_t const v2327 = v2324 * v2326;
uint32_t const v2328 = blockIdx.y;
uint32_t const v2329 = uint32_t(v2328);
uint32_t const v2332 = v2329 * v2326;
uint32_t const v2333 = v2327 + v2332;
uint32_t const v2334 = blockIdx.x;
uint32_t const v2335 = uint32_t(v2334);
uint32_t const v2336 = v2333 + v2335;
uint32_t const v24 = 8;
uint32_t const v25 = v22 + v24;
uint32_t const v26 = 1;
uint32_t const v27 = v25 - v26;
uint32_t const v29 = v27 / v24;
uint32_t const v31 = v29 * v24;
bool const v32 = v2336 < v31;
if(v32) {
uint32_t const v33 = v2336 % v29;
uint32_t const v35 = v33 * v24;
uint32_t const v36 = v2336 / v29;
uint32_t const v38 = v36 * v24;
array<uint32_t, 8> v1973_store = {};
array<uint32_t, 8> * v1973 = &v1973_store;bool const v45 = v35 < v22;
uint32_t const v49 = v22 - v26;
uint32_t const v50 = v45 ? v35 : v49;
uint32_t * const v55 = &(*v1973)[v3];
*v55 = v50;
uint32_t const v57 = v35 + v26;
bool const v58 = v57 < v22;
uint32_t const v63 = v58 ? v57 : v49;
uint32_t * const v68 = &(*v1973)[v26];
*v68 = v63;
uint32_t const v69 = 2;
uint32_t const v70 = v35 + v69;
bool const v71 = v70 < v22;
uint32_t const v76 = v71 ? v70 : v49;
uint32_t * const v81 = &(*v1973)[v69];
*v81 = v76;
uint32_t const v82 = 3;
uint32_t const v83 = v35 + v82;
bool const v84 = v83 < v22;
uint32_t const v89 = v84 ? v83 : v49;
uint32_t * const v94 = &(*v1973)[v82];
*v94 = v89;
uint32_t const v95 = 4;
uint32_t const v96 = v35 + v95;
bool const v97 = v96 < v22;
uint32_t const v102 = v97 ? v96 : v49;
uint32_t * const v107 = &(*v1973)[v95];
*v107 = v102;
uint32_t const v108 = 5;
uint32_t const v109 = v35 + v108;
bool const v110 = v109 < v22;
uint32_t const v115 = v110 ? v109 : v49;
uint32_t * const v120 = &(*v1973)[v108];
*v120 = v115;
uint32_t const v121 = 6;
uint32_t const v122 = v35 + v121;
bool const v123 = v122 < v22;
uint32_t const v128 = v123 ? v122 : v49;
uint32_t * const v133 = &(*v1973)[v121];
*v133 = v128;
uint32_t const v134 = 7;
uint32_t const v135 = v35 + v134;
bool const v136 = v135 < v22;
uint32_t const v141 = v136 ? v135 : v49;
uint32_t * const v146 = &(*v1973)[v134];
*v146 = v141;
array<uint32_t, 8> v1974_store = {};
array<uint32_t, 8> * v1974 = &v1974_store;array<float, 8> v1975_store = {};
array<float, 8> * v1975 = &v1975_store;array<float, 8> v1976_store = {};
array<float, 8> * v1976 = &v1976_store;uint32_t const v2337 = 256;
uint32_t const v160 = warpSize;
uint32_t const v161 = v2337 / v160;
uint32_t const v162 = uint32_t(v161);
uint32_t const v2355 = threadIdx.x;
uint32_t const v2388 = 0;
uint32_t const v2392 = 1;
uint32_t const v2340 = v2355 / v160;
uint32_t const v164 = uint32_t(v2340);
uint32_t v1977_store;
uint32_t * v1977 = &v1977_store;*v1977 = v164;
while([&]{
uint32_t const v166 = *v1977;
bool const v168 = v166 < v24;
return v168;
}()) {
float * const v174 = &(*v1976)[v3];
float const v175 = 0;
*v174 = v175;
float * const v180 = &(*v1976)[v26];
*v180 = v175;
float * const v186 = &(*v1976)[v69];
*v186 = v175;
float * const v192 = &(*v1976)[v82];
*v192 = v175;
float * const v198 = &(*v1976)[v95];
*v198 = v175;
float * const v204 = &(*v1976)[v108];
*v204 = v175;
float * const v210 = &(*v1976)[v121];
*v210 = v175;
float * const v216 = &(*v1976)[v134];
*v216 = v175;
for(uint32_t v221 = v3; v221 < v134; v221 += v26) {
bool const v223 = false;
uint32_t const v231 = *v55;
uint32_t const v233 = v231 * v134;
uint32_t const v234 = v233 + v221;
uint32_t const v235 = 16;
uint32_t const v236 = v234 * v235;
uint32_t * const v241 = &(*v1974)[v3];
*v241 = v236;
bool const v243 = true;
bool v1981_store;
bool * v1981 = &v1981_store;bool v1982_store;
bool * v1982 = &v1982_store;if(v45) {
uint32_t const v254 = *v55;
uint32_t const v256 = v254 * v134;
uint32_t const v257 = v256 + v221;
float const* const v261 = &v5[v257];
float const v262 = *v261;
bool const v264 = v262 < v175;
bool const v265 = !v264;
*v1982 = v265;
}
 else {
*v1982 = v223;
}
bool const v268 = *v1982;
*v1981 = v268;
bool const v269 = *v1981;
uint32_t const v275 = *v68;
uint32_t const v277 = v275 * v134;
uint32_t const v278 = v277 + v221;
uint32_t const v280 = v278 * v235;
uint32_t * const v285 = &(*v1974)[v26];
*v285 = v280;
bool v1983_store;
bool * v1983 = &v1983_store;if(v269) {
*v1983 = v243;
}
 else {
bool v1984_store;
bool * v1984 = &v1984_store;if(v58) {
uint32_t const v298 = *v68;
uint32_t const v300 = v298 * v134;
uint32_t const v301 = v300 + v221;
float const* const v305 = &v5[v301];
float const v306 = *v305;
bool const v308 = v306 < v175;
bool const v309 = !v308;
*v1984 = v309;
}
 else {
*v1984 = v223;
}
bool const v312 = *v1984;
*v1983 = v312;
}
bool const v313 = *v1983;
uint32_t const v319 = *v81;
uint32_t const v321 = v319 * v134;
uint32_t const v322 = v321 + v221;
uint32_t const v324 = v322 * v235;
uint32_t * const v329 = &(*v1974)[v69];
*v329 = v324;
bool v1985_store;
bool * v1985 = &v1985_store;if(v313) {
*v1985 = v243;
}
 else {
bool v1986_store;
bool * v1986 = &v1986_store;if(v71) {
uint32_t const v342 = *v81;
uint32_t const v344 = v342 * v134;
uint32_t const v345 = v344 + v221;
float const* const v349 = &v5[v345];
float const v350 = *v349;
bool const v352 = v350 < v175;
bool const v353 = !v352;
*v1986 = v353;
}
 else {
*v1986 = v223;
}
bool const v356 = *v1986;
*v1985 = v356;
}
bool const v357 = *v1985;
uint32_t const v363 = *v94;
uint32_t const v365 = v363 * v134;
uint32_t const v366 = v365 + v221;
uint32_t const v368 = v366 * v235;
uint32_t * const v373 = &(*v1974)[v82];
*v373 = v368;
bool v1987_store;
bool * v1987 = &v1987_store;if(v357) {
*v1987 = v243;
}
 else {
bool v1988_store;
bool * v1988 = &v1988_store;if(v84) {
uint32_t const v386 = *v94;
uint32_t const v388 = v386 * v134;
uint32_t const v389 = v388 + v221;
float const* const v393 = &v5[v389];
float const v394 = *v393;
bool const v396 = v394 < v175;
bool const v397 = !v396;
*v1988 = v397;
}
 else {
*v1988 = v223;
}
bool const v400 = *v1988;
*v1987 = v400;
}
bool const v401 = *v1987;
uint32_t const v407 = *v107;
uint32_t const v409 = v407 * v134;
uint32_t const v410 = v409 + v221;
uint32_t const v412 = v410 * v235;
uint32_t * const v417 = &(*v1974)[v95];
*v417 = v412;
bool v1989_store;
bool * v1989 = &v1989_store;if(v401) {
*v1989 = v243;
}
 else {
bool v1990_store;
bool * v1990 = &v1990_store;if(v97) {
uint32_t const v430 = *v107;
uint32_t const v432 = v430 * v134;
uint32_t const v433 = v432 + v221;
float const* const v437 = &v5[v433];
float const v438 = *v437;
bool const v440 = v438 < v175;
bool const v441 = !v440;
*v1990 = v441;
}
 else {
*v1990 = v223;
}
bool const v444 = *v1990;
*v1989 = v444;
}
bool const v445 = *v1989;
uint32_t const v451 = *v120;
uint32_t const v453 = v451 * v134;
uint32_t const v454 = v453 + v221;
uint32_t const v456 = v454 * v235;
uint32_t * const v461 = &(*v1974)[v108];
*v461 = v456;
bool v1991_store;
bool * v1991 = &v1991_store;if(v445) {
*v1991 = v243;
}
 else {
bool v1992_store;
bool * v1992 = &v1992_store;if(v110) {
uint32_t const v474 = *v120;
uint32_t const v476 = v474 * v134;
uint32_t const v477 = v476 + v221;
float const* const v481 = &v5[v477];
float const v482 = *v481;
bool const v484 = v482 < v175;
bool const v485 = !v484;
*v1992 = v485;
}
 else {
*v1992 = v223;
}
bool const v488 = *v1992;
*v1991 = v488;
}
bool const v489 = *v1991;
uint32_t const v495 = *v133;
uint32_t const v497 = v495 * v134;
uint32_t const v498 = v497 + v221;
uint32_t const v500 = v498 * v235;
uint32_t * const v505 = &(*v1974)[v121];
*v505 = v500;
bool v1993_store;
bool * v1993 = &v1993_store;if(v489) {
*v1993 = v243;
}
 else {
bool v1994_store;
bool * v1994 = &v1994_store;if(v123) {
uint32_t const v518 = *v133;
uint32_t const v520 = v518 * v134;
uint32_t const v521 = v520 + v221;
float const* const v525 = &v5[v521];
float const v526 = *v525;
bool const v528 = v526 < v175;
bool const v529 = !v528;
*v1994 = v529;
}
 else {
*v1994 = v223;
}
bool const v532 = *v1994;
*v1993 = v532;
}
bool const v533 = *v1993;
uint32_t const v539 = *v146;
uint32_t const v541 = v539 * v134;
uint32_t const v542 = v541 + v221;
uint32_t const v544 = v542 * v235;
uint32_t * const v549 = &(*v1974)[v134];
*v549 = v544;
bool v1995_store;
bool * v1995 = &v1995_store;if(v533) {
*v1995 = v243;
}
 else {
bool v1996_store;
bool * v1996 = &v1996_store;if(v136) {
uint32_t const v562 = *v146;
uint32_t const v564 = v562 * v134;
uint32_t const v565 = v564 + v221;
float const* const v569 = &v5[v565];
float const v570 = *v569;
bool const v572 = v570 < v175;
bool const v573 = !v572;
*v1996 = v573;
}
 else {
*v1996 = v223;
}
bool const v576 = *v1996;
*v1995 = v576;
}
bool const v577 = *v1995;
if(v577) {
uint32_t const* const v582 = &v13[v221];
uint32_t const v583 = *v582;
uint32_t const v584 = uint32_t(v583);
uint32_t const v585 = 64;
uint32_t const v586 = v584 * v585;
uint32_t const v587 = v586 + v38;
uint32_t const v588 = *v1977;
uint32_t const v589 = v587 + v588;
uint32_t const v591 = v589 * v235;
uint32_t const v2343 = v2355 % v160;
uint32_t const v593 = uint32_t(v2343);
uint32_t const v595 = uint32_t(v160);
array<float_4, 8> v1997_store = {};
array<float_4, 8> * v1997 = &v1997_store;float_4 const v601 = float_4{v175, v175, v175, v175};
float_4 * const v606 = &(*v1997)[v3];
*v606 = v601;
float_4 * const v613 = &(*v1997)[v26];
*v613 = v601;
float_4 * const v620 = &(*v1997)[v69];
*v620 = v601;
float_4 * const v627 = &(*v1997)[v82];
*v627 = v601;
float_4 * const v634 = &(*v1997)[v95];
*v634 = v601;
float_4 * const v641 = &(*v1997)[v108];
*v641 = v601;
float_4 * const v648 = &(*v1997)[v121];
*v648 = v601;
float_4 * const v655 = &(*v1997)[v134];
*v655 = v601;
uint32_t v1998_store;
uint32_t * v1998 = &v1998_store;*v1998 = v593;
while([&]{
uint32_t const v657 = *v1998;
bool const v659 = v657 < v235;
return v659;
}()) {
uint32_t const v661 = *v1998;
uint32_t const v662 = v591 + v661;
float_4 const* const v666 = &v9[v662];
float_4 const v667 = *v666;
uint32_t const v673 = *v241;
uint32_t const v675 = v673 + v661;
float_4 const* const v679 = &v1[v675];
float_4 const v680 = *v679;
float_4 const v686 = *v606;
float const v2184 = v667.i_0;
float const v2185 = v680.i_0;
float const v2186 = v686.i_0;
float const v2187 = fma(v2184, v2185, v2186);
float const v2188 = v667.i_1;
float const v2189 = v680.i_1;
float const v2190 = v686.i_1;
float const v2191 = fma(v2188, v2189, v2190);
float const v2192 = v667.i_2;
float const v2193 = v680.i_2;
float const v2194 = v686.i_2;
float const v2195 = fma(v2192, v2193, v2194);
float const v2196 = v667.i_3;
float const v2197 = v680.i_3;
float const v2198 = v686.i_3;
float const v2199 = fma(v2196, v2197, v2198);
float_4 const v2200 = float_4{v2187, v2191, v2195, v2199};
*v606 = v2200;
uint32_t const v698 = *v285;
uint32_t const v700 = v698 + v661;
float_4 const* const v704 = &v1[v700];
float_4 const v705 = *v704;
float_4 const v711 = *v613;
float const v2202 = v705.i_0;
float const v2203 = v711.i_0;
float const v2204 = fma(v2184, v2202, v2203);
float const v2206 = v705.i_1;
float const v2207 = v711.i_1;
float const v2208 = fma(v2188, v2206, v2207);
float const v2210 = v705.i_2;
float const v2211 = v711.i_2;
float const v2212 = fma(v2192, v2210, v2211);
float const v2214 = v705.i_3;
float const v2215 = v711.i_3;
float const v2216 = fma(v2196, v2214, v2215);
float_4 const v2217 = float_4{v2204, v2208, v2212, v2216};
*v613 = v2217;
uint32_t const v723 = *v329;
uint32_t const v725 = v723 + v661;
float_4 const* const v729 = &v1[v725];
float_4 const v730 = *v729;
float_4 const v736 = *v620;
float const v2219 = v730.i_0;
float const v2220 = v736.i_0;
float const v2221 = fma(v2184, v2219, v2220);
float const v2223 = v730.i_1;
float const v2224 = v736.i_1;
float const v2225 = fma(v2188, v2223, v2224);
float const v2227 = v730.i_2;
float const v2228 = v736.i_2;
float const v2229 = fma(v2192, v2227, v2228);
float const v2231 = v730.i_3;
float const v2232 = v736.i_3;
float const v2233 = fma(v2196, v2231, v2232);
float_4 const v2234 = float_4{v2221, v2225, v2229, v2233};
*v620 = v2234;
uint32_t const v748 = *v373;
uint32_t const v750 = v748 + v661;
float_4 const* const v754 = &v1[v750];
float_4 const v755 = *v754;
float_4 const v761 = *v627;
float const v2236 = v755.i_0;
float const v2237 = v761.i_0;
float const v2238 = fma(v2184, v2236, v2237);
float const v2240 = v755.i_1;
float const v2241 = v761.i_1;
float const v2242 = fma(v2188, v2240, v2241);
float const v2244 = v755.i_2;
float const v2245 = v761.i_2;
float const v2246 = fma(v2192, v2244, v2245);
float const v2248 = v755.i_3;
float const v2249 = v761.i_3;
float const v2250 = fma(v2196, v2248, v2249);
float_4 const v2251 = float_4{v2238, v2242, v2246, v2250};
*v627 = v2251;
uint32_t const v773 = *v417;
uint32_t const v775 = v773 + v661;
float_4 const* const v779 = &v1[v775];
float_4 const v780 = *v779;
float_4 const v786 = *v634;
float const v2253 = v780.i_0;
float const v2254 = v786.i_0;
float const v2255 = fma(v2184, v2253, v2254);
float const v2257 = v780.i_1;
float const v2258 = v786.i_1;
float const v2259 = fma(v2188, v2257, v2258);
float const v2261 = v780.i_2;
float const v2262 = v786.i_2;
float const v2263 = fma(v2192, v2261, v2262);
float const v2265 = v780.i_3;
float const v2266 = v786.i_3;
float const v2267 = fma(v2196, v2265, v2266);
float_4 const v2268 = float_4{v2255, v2259, v2263, v2267};
*v634 = v2268;
uint32_t const v798 = *v461;
uint32_t const v800 = v798 + v661;
float_4 const* const v804 = &v1[v800];
float_4 const v805 = *v804;
float_4 const v811 = *v641;
float const v2270 = v805.i_0;
float const v2271 = v811.i_0;
float const v2272 = fma(v2184, v2270, v2271);
float const v2274 = v805.i_1;
float const v2275 = v811.i_1;
float const v2276 = fma(v2188, v2274, v2275);
float const v2278 = v805.i_2;
float const v2279 = v811.i_2;
float const v2280 = fma(v2192, v2278, v2279);
float const v2282 = v805.i_3;
float const v2283 = v811.i_3;
float const v2284 = fma(v2196, v2282, v2283);
float_4 const v2285 = float_4{v2272, v2276, v2280, v2284};
*v641 = v2285;
uint32_t const v823 = *v505;
uint32_t const v825 = v823 + v661;
float_4 const* const v829 = &v1[v825];
float_4 const v830 = *v829;
float_4 const v836 = *v648;
float const v2287 = v830.i_0;
float const v2288 = v836.i_0;
float const v2289 = fma(v2184, v2287, v2288);
float const v2291 = v830.i_1;
float const v2292 = v836.i_1;
float const v2293 = fma(v2188, v2291, v2292);
float const v2295 = v830.i_2;
float const v2296 = v836.i_2;
float const v2297 = fma(v2192, v2295, v2296);
float const v2299 = v830.i_3;
float const v2300 = v836.i_3;
float const v2301 = fma(v2196, v2299, v2300);
float_4 const v2302 = float_4{v2289, v2293, v2297, v2301};
*v648 = v2302;
uint32_t const v848 = *v549;
uint32_t const v850 = v848 + v661;
float_4 const* const v854 = &v1[v850];
float_4 const v855 = *v854;
float_4 const v861 = *v655;
float const v2304 = v855.i_0;
float const v2305 = v861.i_0;
float const v2306 = fma(v2184, v2304, v2305);
float const v2308 = v855.i_1;
float const v2309 = v861.i_1;
float const v2310 = fma(v2188, v2308, v2309);
float const v2312 = v855.i_2;
float const v2313 = v861.i_2;
float const v2314 = fma(v2192, v2312, v2313);
float const v2316 = v855.i_3;
float const v2317 = v861.i_3;
float const v2318 = fma(v2196, v2316, v2317);
float_4 const v2319 = float_4{v2306, v2310, v2314, v2318};
*v655 = v2319;
uint32_t const v869 = v661 + v595;
*v1998 = v869;
}
float_4 const v875 = *v606;
array<float, 4> v2000_store = {};
array<float, 4> * v2000 = &v2000_store;float const v880 = v875.i_0;
float * const v885 = &(*v2000)[v3];
*v885 = v880;
float const v886 = v875.i_1;
float * const v891 = &(*v2000)[v26];
*v891 = v886;
float const v892 = v875.i_2;
float * const v897 = &(*v2000)[v69];
*v897 = v892;
float const v898 = v875.i_3;
float * const v903 = &(*v2000)[v82];
*v903 = v898;
float const v909 = *v897;
float const v915 = *v885;
float const v916 = v915 + v909;
*v885 = v916;
float const v922 = *v903;
float const v928 = *v891;
float const v929 = v928 + v922;
*v891 = v929;
float const v935 = *v891;
float const v941 = *v885;
float const v942 = v941 + v935;
*v885 = v942;
float const v948 = *v885;
uint32_t const v2003 = min(v160, v2337);
float v2160_store;
float * v2160 = &v2160_store;*v2160 = v948;
uint32_t v2161_store;
uint32_t * v2161 = &v2161_store;*v2161 = v2392;
while([&]{
uint32_t const v2008 = *v2161;
bool const v2009 = v2008 < v2003;
return v2009;
}()) {
float const v2011 = *v2160;
uint32_t const v2012 = *v2161;
float const v2013 = __shfl_xor_sync(__activemask(), v2011, v2012);
float const v2015 = v2011 + v2013;
*v2160 = v2015;
uint32_t const v2017 = 2;
uint32_t const v2018 = v2012 * v2017;
*v2161 = v2018;
}
float const v2019 = *v2160;
float * const v954 = &(*v1975)[v3];
*v954 = v2019;
float_4 const v960 = *v613;
array<float, 4> v2020_store = {};
array<float, 4> * v2020 = &v2020_store;float const v965 = v960.i_0;
float * const v970 = &(*v2020)[v3];
*v970 = v965;
float const v971 = v960.i_1;
float * const v976 = &(*v2020)[v26];
*v976 = v971;
float const v977 = v960.i_2;
float * const v982 = &(*v2020)[v69];
*v982 = v977;
float const v983 = v960.i_3;
float * const v988 = &(*v2020)[v82];
*v988 = v983;
float const v994 = *v982;
float const v1000 = *v970;
float const v1001 = v1000 + v994;
*v970 = v1001;
float const v1007 = *v988;
float const v1013 = *v976;
float const v1014 = v1013 + v1007;
*v976 = v1014;
float const v1020 = *v976;
float const v1026 = *v970;
float const v1027 = v1026 + v1020;
*v970 = v1027;
float const v1033 = *v970;
float v2163_store;
float * v2163 = &v2163_store;*v2163 = v1033;
uint32_t v2164_store;
uint32_t * v2164 = &v2164_store;*v2164 = v2392;
while([&]{
uint32_t const v2028 = *v2164;
bool const v2029 = v2028 < v2003;
return v2029;
}()) {
float const v2031 = *v2163;
uint32_t const v2032 = *v2164;
float const v2033 = __shfl_xor_sync(__activemask(), v2031, v2032);
float const v2035 = v2031 + v2033;
*v2163 = v2035;
uint32_t const v2037 = 2;
uint32_t const v2038 = v2032 * v2037;
*v2164 = v2038;
}
float const v2039 = *v2163;
float * const v1039 = &(*v1975)[v26];
*v1039 = v2039;
float_4 const v1045 = *v620;
array<float, 4> v2040_store = {};
array<float, 4> * v2040 = &v2040_store;float const v1050 = v1045.i_0;
float * const v1055 = &(*v2040)[v3];
*v1055 = v1050;
float const v1056 = v1045.i_1;
float * const v1061 = &(*v2040)[v26];
*v1061 = v1056;
float const v1062 = v1045.i_2;
float * const v1067 = &(*v2040)[v69];
*v1067 = v1062;
float const v1068 = v1045.i_3;
float * const v1073 = &(*v2040)[v82];
*v1073 = v1068;
float const v1079 = *v1067;
float const v1085 = *v1055;
float const v1086 = v1085 + v1079;
*v1055 = v1086;
float const v1092 = *v1073;
float const v1098 = *v1061;
float const v1099 = v1098 + v1092;
*v1061 = v1099;
float const v1105 = *v1061;
float const v1111 = *v1055;
float const v1112 = v1111 + v1105;
*v1055 = v1112;
float const v1118 = *v1055;
float v2166_store;
float * v2166 = &v2166_store;*v2166 = v1118;
uint32_t v2167_store;
uint32_t * v2167 = &v2167_store;*v2167 = v2392;
while([&]{
uint32_t const v2048 = *v2167;
bool const v2049 = v2048 < v2003;
return v2049;
}()) {
float const v2051 = *v2166;
uint32_t const v2052 = *v2167;
float const v2053 = __shfl_xor_sync(__activemask(), v2051, v2052);
float const v2055 = v2051 + v2053;
*v2166 = v2055;
uint32_t const v2057 = 2;
uint32_t const v2058 = v2052 * v2057;
*v2167 = v2058;
}
float const v2059 = *v2166;
float * const v1124 = &(*v1975)[v69];
*v1124 = v2059;
float_4 const v1130 = *v627;
array<float, 4> v2060_store = {};
array<float, 4> * v2060 = &v2060_store;float const v1135 = v1130.i_0;
float * const v1140 = &(*v2060)[v3];
*v1140 = v1135;
float const v1141 = v1130.i_1;
float * const v1146 = &(*v2060)[v26];
*v1146 = v1141;
float const v1147 = v1130.i_2;
float * const v1152 = &(*v2060)[v69];
*v1152 = v1147;
float const v1153 = v1130.i_3;
float * const v1158 = &(*v2060)[v82];
*v1158 = v1153;
float const v1164 = *v1152;
float const v1170 = *v1140;
float const v1171 = v1170 + v1164;
*v1140 = v1171;
float const v1177 = *v1158;
float const v1183 = *v1146;
float const v1184 = v1183 + v1177;
*v1146 = v1184;
float const v1190 = *v1146;
float const v1196 = *v1140;
float const v1197 = v1196 + v1190;
*v1140 = v1197;
float const v1203 = *v1140;
float v2169_store;
float * v2169 = &v2169_store;*v2169 = v1203;
uint32_t v2170_store;
uint32_t * v2170 = &v2170_store;*v2170 = v2392;
while([&]{
uint32_t const v2068 = *v2170;
bool const v2069 = v2068 < v2003;
return v2069;
}()) {
float const v2071 = *v2169;
uint32_t const v2072 = *v2170;
float const v2073 = __shfl_xor_sync(__activemask(), v2071, v2072);
float const v2075 = v2071 + v2073;
*v2169 = v2075;
uint32_t const v2077 = 2;
uint32_t const v2078 = v2072 * v2077;
*v2170 = v2078;
}
float const v2079 = *v2169;
float * const v1209 = &(*v1975)[v82];
*v1209 = v2079;
float_4 const v1215 = *v634;
array<float, 4> v2080_store = {};
array<float, 4> * v2080 = &v2080_store;float const v1220 = v1215.i_0;
float * const v1225 = &(*v2080)[v3];
*v1225 = v1220;
float const v1226 = v1215.i_1;
float * const v1231 = &(*v2080)[v26];
*v1231 = v1226;
float const v1232 = v1215.i_2;
float * const v1237 = &(*v2080)[v69];
*v1237 = v1232;
float const v1238 = v1215.i_3;
float * const v1243 = &(*v2080)[v82];
*v1243 = v1238;
float const v1249 = *v1237;
float const v1255 = *v1225;
float const v1256 = v1255 + v1249;
*v1225 = v1256;
float const v1262 = *v1243;
float const v1268 = *v1231;
float const v1269 = v1268 + v1262;
*v1231 = v1269;
float const v1275 = *v1231;
float const v1281 = *v1225;
float const v1282 = v1281 + v1275;
*v1225 = v1282;
float const v1288 = *v1225;
float v2172_store;
float * v2172 = &v2172_store;*v2172 = v1288;
uint32_t v2173_store;
uint32_t * v2173 = &v2173_store;*v2173 = v2392;
while([&]{
uint32_t const v2088 = *v2173;
bool const v2089 = v2088 < v2003;
return v2089;
}()) {
float const v2091 = *v2172;
uint32_t const v2092 = *v2173;
float const v2093 = __shfl_xor_sync(__activemask(), v2091, v2092);
float const v2095 = v2091 + v2093;
*v2172 = v2095;
uint32_t const v2097 = 2;
uint32_t const v2098 = v2092 * v2097;
*v2173 = v2098;
}
float const v2099 = *v2172;
float * const v1294 = &(*v1975)[v95];
*v1294 = v2099;
float_4 const v1300 = *v641;
array<float, 4> v2100_store = {};
array<float, 4> * v2100 = &v2100_store;float const v1305 = v1300.i_0;
float * const v1310 = &(*v2100)[v3];
*v1310 = v1305;
float const v1311 = v1300.i_1;
float * const v1316 = &(*v2100)[v26];
*v1316 = v1311;
float const v1317 = v1300.i_2;
float * const v1322 = &(*v2100)[v69];
*v1322 = v1317;
float const v1323 = v1300.i_3;
float * const v1328 = &(*v2100)[v82];
*v1328 = v1323;
float const v1334 = *v1322;
float const v1340 = *v1310;
float const v1341 = v1340 + v1334;
*v1310 = v1341;
float const v1347 = *v1328;
float const v1353 = *v1316;
float const v1354 = v1353 + v1347;
*v1316 = v1354;
float const v1360 = *v1316;
float const v1366 = *v1310;
float const v1367 = v1366 + v1360;
*v1310 = v1367;
float const v1373 = *v1310;
float v2175_store;
float * v2175 = &v2175_store;*v2175 = v1373;
uint32_t v2176_store;
uint32_t * v2176 = &v2176_store;*v2176 = v2392;
while([&]{
uint32_t const v2108 = *v2176;
bool const v2109 = v2108 < v2003;
return v2109;
}()) {
float const v2111 = *v2175;
uint32_t const v2112 = *v2176;
float const v2113 = __shfl_xor_sync(__activemask(), v2111, v2112);
float const v2115 = v2111 + v2113;
*v2175 = v2115;
uint32_t const v2117 = 2;
uint32_t const v2118 = v2112 * v2117;
*v2176 = v2118;
}
float const v2119 = *v2175;
float * const v1379 = &(*v1975)[v108];
*v1379 = v2119;
float_4 const v1385 = *v648;
array<float, 4> v2120_store = {};
array<float, 4> * v2120 = &v2120_store;float const v1390 = v1385.i_0;
float * const v1395 = &(*v2120)[v3];
*v1395 = v1390;
float const v1396 = v1385.i_1;
float * const v1401 = &(*v2120)[v26];
*v1401 = v1396;
float const v1402 = v1385.i_2;
float * const v1407 = &(*v2120)[v69];
*v1407 = v1402;
float const v1408 = v1385.i_3;
float * const v1413 = &(*v2120)[v82];
*v1413 = v1408;
float const v1419 = *v1407;
float const v1425 = *v1395;
float const v1426 = v1425 + v1419;
*v1395 = v1426;
float const v1432 = *v1413;
float const v1438 = *v1401;
float const v1439 = v1438 + v1432;
*v1401 = v1439;
float const v1445 = *v1401;
float const v1451 = *v1395;
float const v1452 = v1451 + v1445;
*v1395 = v1452;
float const v1458 = *v1395;
float v2178_store;
float * v2178 = &v2178_store;*v2178 = v1458;
uint32_t v2179_store;
uint32_t * v2179 = &v2179_store;*v2179 = v2392;
while([&]{
uint32_t const v2128 = *v2179;
bool const v2129 = v2128 < v2003;
return v2129;
}()) {
float const v2131 = *v2178;
uint32_t const v2132 = *v2179;
float const v2133 = __shfl_xor_sync(__activemask(), v2131, v2132);
float const v2135 = v2131 + v2133;
*v2178 = v2135;
uint32_t const v2137 = 2;
uint32_t const v2138 = v2132 * v2137;
*v2179 = v2138;
}
float const v2139 = *v2178;
float * const v1464 = &(*v1975)[v121];
*v1464 = v2139;
float_4 const v1470 = *v655;
array<float, 4> v2140_store = {};
array<float, 4> * v2140 = &v2140_store;float const v1475 = v1470.i_0;
float * const v1480 = &(*v2140)[v3];
*v1480 = v1475;
float const v1481 = v1470.i_1;
float * const v1486 = &(*v2140)[v26];
*v1486 = v1481;
float const v1487 = v1470.i_2;
float * const v1492 = &(*v2140)[v69];
*v1492 = v1487;
float const v1493 = v1470.i_3;
float * const v1498 = &(*v2140)[v82];
*v1498 = v1493;
float const v1504 = *v1492;
float const v1510 = *v1480;
float const v1511 = v1510 + v1504;
*v1480 = v1511;
float const v1517 = *v1498;
float const v1523 = *v1486;
float const v1524 = v1523 + v1517;
*v1486 = v1524;
float const v1530 = *v1486;
float const v1536 = *v1480;
float const v1537 = v1536 + v1530;
*v1480 = v1537;
float const v1543 = *v1480;
float v2181_store;
float * v2181 = &v2181_store;*v2181 = v1543;
uint32_t v2182_store;
uint32_t * v2182 = &v2182_store;*v2182 = v2392;
while([&]{
uint32_t const v2148 = *v2182;
bool const v2149 = v2148 < v2003;
return v2149;
}()) {
float const v2151 = *v2181;
uint32_t const v2152 = *v2182;
float const v2153 = __shfl_xor_sync(__activemask(), v2151, v2152);
float const v2155 = v2151 + v2153;
*v2181 = v2155;
uint32_t const v2157 = 2;
uint32_t const v2158 = v2152 * v2157;
*v2182 = v2158;
}
float const v2159 = *v2181;
float * const v1549 = &(*v1975)[v134];
*v1549 = v2159;
uint32_t const v1555 = *v55;
uint32_t const v1557 = v1555 * v134;
uint32_t const v1558 = v1557 + v221;
float const* const v1562 = &v5[v1558];
float const v1563 = *v1562;
bool const v1565 = v1563 < v175;
bool const v1566 = !v1565;
if(v1566) {
float const v1572 = *v954;
float const v1579 = *v174;
float const v2620 = fma(v1563, v1572, v1579);
*v174 = v2620;
}
uint32_t const v1586 = *v68;
uint32_t const v1588 = v1586 * v134;
uint32_t const v1589 = v1588 + v221;
float const* const v1593 = &v5[v1589];
float const v1594 = *v1593;
bool const v1596 = v1594 < v175;
bool const v1597 = !v1596;
if(v1597) {
float const v1603 = *v1039;
float const v1610 = *v180;
float const v2621 = fma(v1594, v1603, v1610);
*v180 = v2621;
}
uint32_t const v1617 = *v81;
uint32_t const v1619 = v1617 * v134;
uint32_t const v1620 = v1619 + v221;
float const* const v1624 = &v5[v1620];
float const v1625 = *v1624;
bool const v1627 = v1625 < v175;
bool const v1628 = !v1627;
if(v1628) {
float const v1634 = *v1124;
float const v1641 = *v186;
float const v2622 = fma(v1625, v1634, v1641);
*v186 = v2622;
}
uint32_t const v1648 = *v94;
uint32_t const v1650 = v1648 * v134;
uint32_t const v1651 = v1650 + v221;
float const* const v1655 = &v5[v1651];
float const v1656 = *v1655;
bool const v1658 = v1656 < v175;
bool const v1659 = !v1658;
if(v1659) {
float const v1665 = *v1209;
float const v1672 = *v192;
float const v2623 = fma(v1656, v1665, v1672);
*v192 = v2623;
}
uint32_t const v1679 = *v107;
uint32_t const v1681 = v1679 * v134;
uint32_t const v1682 = v1681 + v221;
float const* const v1686 = &v5[v1682];
float const v1687 = *v1686;
bool const v1689 = v1687 < v175;
bool const v1690 = !v1689;
if(v1690) {
float const v1696 = *v1294;
float const v1703 = *v198;
float const v2624 = fma(v1687, v1696, v1703);
*v198 = v2624;
}
uint32_t const v1710 = *v120;
uint32_t const v1712 = v1710 * v134;
uint32_t const v1713 = v1712 + v221;
float const* const v1717 = &v5[v1713];
float const v1718 = *v1717;
bool const v1720 = v1718 < v175;
bool const v1721 = !v1720;
if(v1721) {
float const v1727 = *v1379;
float const v1734 = *v204;
float const v2625 = fma(v1718, v1727, v1734);
*v204 = v2625;
}
uint32_t const v1741 = *v133;
uint32_t const v1743 = v1741 * v134;
uint32_t const v1744 = v1743 + v221;
float const* const v1748 = &v5[v1744];
float const v1749 = *v1748;
bool const v1751 = v1749 < v175;
bool const v1752 = !v1751;
if(v1752) {
float const v1758 = *v1464;
float const v1765 = *v210;
float const v2626 = fma(v1749, v1758, v1765);
*v210 = v2626;
}
uint32_t const v1772 = *v146;
uint32_t const v1774 = v1772 * v134;
uint32_t const v1775 = v1774 + v221;
float const* const v1779 = &v5[v1775];
float const v1780 = *v1779;
bool const v1782 = v1780 < v175;
bool const v1783 = !v1782;
if(v1783) {
float const v1789 = *v1549;
float const v1796 = *v216;
float const v2627 = fma(v1780, v1789, v1796);
*v216 = v2627;
}
}
}
uint32_t const v2354 = v2355 % v160;
bool const v1800 = v2354 == v2388;
if(v1800) {
if(v45) {
float const v1809 = *v174;
uint32_t const v1812 = 64;
uint32_t const v1813 = v35 * v1812;
uint32_t const v1814 = v1813 + v38;
uint32_t const v1815 = *v1977;
uint32_t const v1816 = v1814 + v1815;
float * const v1820 = &v17[v1816];
*v1820 = v1809;
}
if(v58) {
float const v1829 = *v180;
uint32_t const v1832 = 64;
uint32_t const v1833 = v57 * v1832;
uint32_t const v1834 = v1833 + v38;
uint32_t const v1835 = *v1977;
uint32_t const v1836 = v1834 + v1835;
float * const v1840 = &v17[v1836];
*v1840 = v1829;
}
if(v71) {
float const v1849 = *v186;
uint32_t const v1852 = 64;
uint32_t const v1853 = v70 * v1852;
uint32_t const v1854 = v1853 + v38;
uint32_t const v1855 = *v1977;
uint32_t const v1856 = v1854 + v1855;
float * const v1860 = &v17[v1856];
*v1860 = v1849;
}
if(v84) {
float const v1869 = *v192;
uint32_t const v1872 = 64;
uint32_t const v1873 = v83 * v1872;
uint32_t const v1874 = v1873 + v38;
uint32_t const v1875 = *v1977;
uint32_t const v1876 = v1874 + v1875;
float * const v1880 = &v17[v1876];
*v1880 = v1869;
}
if(v97) {
float const v1889 = *v198;
uint32_t const v1892 = 64;
uint32_t const v1893 = v96 * v1892;
uint32_t const v1894 = v1893 + v38;
uint32_t const v1895 = *v1977;
uint32_t const v1896 = v1894 + v1895;
float * const v1900 = &v17[v1896];
*v1900 = v1889;
}
if(v110) {
float const v1909 = *v204;
uint32_t const v1912 = 64;
uint32_t const v1913 = v109 * v1912;
uint32_t const v1914 = v1913 + v38;
uint32_t const v1915 = *v1977;
uint32_t const v1916 = v1914 + v1915;
float * const v1920 = &v17[v1916];
*v1920 = v1909;
}
if(v123) {
float const v1929 = *v210;
uint32_t const v1932 = 64;
uint32_t const v1933 = v122 * v1932;
uint32_t const v1934 = v1933 + v38;
uint32_t const v1935 = *v1977;
uint32_t const v1936 = v1934 + v1935;
float * const v1940 = &v17[v1936];
*v1940 = v1929;
}
if(v136) {
float const v1949 = *v216;
uint32_t const v1952 = 64;
uint32_t const v1953 = v135 * v1952;
uint32_t const v1954 = v1953 + v38;
uint32_t const v1955 = *v1977;
uint32_t const v1956 = v1954 + v1955;
float * const v1960 = &v17[v1956];
*v1960 = v1949;
}
}
uint32_t const v1961 = *v1977;
uint32_t const v1962 = v1961 + v162;
*v1977 = v1962;
}
}
return;
}
