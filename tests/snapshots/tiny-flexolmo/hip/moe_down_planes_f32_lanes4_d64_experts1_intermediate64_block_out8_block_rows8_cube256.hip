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
extern "C" __global__ void __launch_bounds__(256) moe_down_planes_f32_lanes4_d64_experts1_intermediate64_block_out8_block_rows8_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v1983) {
uint32_t const* const dynamic_meta_v1985 = reinterpret_cast<uint32_t const*>(v1983 + 1);
const info_st& info_v1984 = *v1983;uint32_t const v3 = 0;
uint32_t const v1986 = info_v1984.scalars_u32[0];
uint32_t const v22 = uint32_t(v1986);
uint32_t const v2339 = blockIdx.z;
uint32_t const v2340 = uint32_t(v2339);
uint32_t const v2341 = gridDim.y;
uint32_t const v2342 = uint32_t(v2341);
uint32_t const v2343 = v2340 * v2342;
uint32_t const v2344 = gridDim.x;
uint32_t const v2345 = uint32_t(v2344);
uint32_t const v2346 = v2343 * v2345;
uint32_t const v2347 = blockIdx.y;
uint32_t const v2348 = uint32_t(v2347);
uint32_t const v2351 = v2348 * v2345;
uint32_t const v2352 = v2346 + v2351;
uint32_t const v2353 = blockIdx.x;
uint32_t const v2354 = uint32_t(v2353);
uint32_t const v2355 = v2352 + v2354;
uint32_t const v24 = 8;
uint32_t const v25 = v22 + v24;
uint32_t const v26 = 1;
uint32_t const v27 = v25 - v26;
uint32_t const v29 = v27 / v24;
uint32_t const v31 = v29 * v24;
bool const v32 = v2355 < v31;
if(v32) {
uint32_t const v33 = v2355 % v29;
uint32_t const v35 = v33 * v24;
uint32_t const v36 = v2355 / v29;
uint32_t const v38 = v36 * v24;
array<uint32_t, 8> v1993_store = {};
array<uint32_t, 8> * v1993 = &v1993_store;bool const v45 = v35 < v22;
uint32_t const v49 = v22 - v26;
uint32_t const v50 = v45 ? v35 : v49;
uint32_t * const v55 = &(*v1993)[v3];
*v55 = v50;
uint32_t const v57 = v35 + v26;
bool const v58 = v57 < v22;
uint32_t const v63 = v58 ? v57 : v49;
uint32_t * const v68 = &(*v1993)[v26];
*v68 = v63;
uint32_t const v69 = 2;
uint32_t const v70 = v35 + v69;
bool const v71 = v70 < v22;
uint32_t const v76 = v71 ? v70 : v49;
uint32_t * const v81 = &(*v1993)[v69];
*v81 = v76;
uint32_t const v82 = 3;
uint32_t const v83 = v35 + v82;
bool const v84 = v83 < v22;
uint32_t const v89 = v84 ? v83 : v49;
uint32_t * const v94 = &(*v1993)[v82];
*v94 = v89;
uint32_t const v95 = 4;
uint32_t const v96 = v35 + v95;
bool const v97 = v96 < v22;
uint32_t const v102 = v97 ? v96 : v49;
uint32_t * const v107 = &(*v1993)[v95];
*v107 = v102;
uint32_t const v108 = 5;
uint32_t const v109 = v35 + v108;
bool const v110 = v109 < v22;
uint32_t const v115 = v110 ? v109 : v49;
uint32_t * const v120 = &(*v1993)[v108];
*v120 = v115;
uint32_t const v121 = 6;
uint32_t const v122 = v35 + v121;
bool const v123 = v122 < v22;
uint32_t const v128 = v123 ? v122 : v49;
uint32_t * const v133 = &(*v1993)[v121];
*v133 = v128;
uint32_t const v134 = 7;
uint32_t const v135 = v35 + v134;
bool const v136 = v135 < v22;
uint32_t const v141 = v136 ? v135 : v49;
uint32_t * const v146 = &(*v1993)[v134];
*v146 = v141;
array<uint32_t, 8> v1994_store = {};
array<uint32_t, 8> * v1994 = &v1994_store;array<float, 8> v1995_store = {};
array<float, 8> * v1995 = &v1995_store;array<float, 8> v1996_store = {};
array<float, 8> * v1996 = &v1996_store;uint32_t const v2356 = 256;
uint32_t const v160 = warpSize;
uint32_t const v161 = v2356 / v160;
uint32_t const v162 = uint32_t(v161);
uint32_t const v2374 = threadIdx.x;
uint32_t const v2407 = 0;
uint32_t const v2411 = 1;
uint32_t const v2359 = v2374 / v160;
uint32_t const v164 = uint32_t(v2359);
uint32_t v1997_store;
uint32_t * v1997 = &v1997_store;*v1997 = v164;
while([&]{
uint32_t const v166 = *v1997;
bool const v168 = v166 < v24;
return v168;
}()) {
float * const v174 = &(*v1996)[v3];
float const v175 = 0;
*v174 = v175;
float * const v180 = &(*v1996)[v26];
*v180 = v175;
float * const v186 = &(*v1996)[v69];
*v186 = v175;
float * const v192 = &(*v1996)[v82];
*v192 = v175;
float * const v198 = &(*v1996)[v95];
*v198 = v175;
float * const v204 = &(*v1996)[v108];
*v204 = v175;
float * const v210 = &(*v1996)[v121];
*v210 = v175;
float * const v216 = &(*v1996)[v134];
*v216 = v175;
bool const v218 = false;
uint32_t const v226 = *v55;
uint32_t const v231 = 16;
uint32_t const v232 = v226 * v231;
uint32_t * const v237 = &(*v1994)[v3];
*v237 = v232;
bool const v239 = true;
bool v2000_store;
bool * v2000 = &v2000_store;bool v2001_store;
bool * v2001 = &v2001_store;if(v45) {
uint32_t const v250 = *v55;
float const* const v258 = &v5[v250];
float const v259 = *v258;
bool const v261 = v259 < v175;
bool const v262 = !v261;
*v2001 = v262;
}
 else {
*v2001 = v218;
}
bool const v265 = *v2001;
*v2000 = v265;
bool const v266 = *v2000;
uint32_t const v272 = *v68;
uint32_t const v278 = v272 * v231;
uint32_t * const v283 = &(*v1994)[v26];
*v283 = v278;
bool v2002_store;
bool * v2002 = &v2002_store;if(v266) {
*v2002 = v239;
}
 else {
bool v2003_store;
bool * v2003 = &v2003_store;if(v58) {
uint32_t const v296 = *v68;
float const* const v304 = &v5[v296];
float const v305 = *v304;
bool const v307 = v305 < v175;
bool const v308 = !v307;
*v2003 = v308;
}
 else {
*v2003 = v218;
}
bool const v311 = *v2003;
*v2002 = v311;
}
bool const v312 = *v2002;
uint32_t const v318 = *v81;
uint32_t const v324 = v318 * v231;
uint32_t * const v329 = &(*v1994)[v69];
*v329 = v324;
bool v2004_store;
bool * v2004 = &v2004_store;if(v312) {
*v2004 = v239;
}
 else {
bool v2005_store;
bool * v2005 = &v2005_store;if(v71) {
uint32_t const v342 = *v81;
float const* const v350 = &v5[v342];
float const v351 = *v350;
bool const v353 = v351 < v175;
bool const v354 = !v353;
*v2005 = v354;
}
 else {
*v2005 = v218;
}
bool const v357 = *v2005;
*v2004 = v357;
}
bool const v358 = *v2004;
uint32_t const v364 = *v94;
uint32_t const v370 = v364 * v231;
uint32_t * const v375 = &(*v1994)[v82];
*v375 = v370;
bool v2006_store;
bool * v2006 = &v2006_store;if(v358) {
*v2006 = v239;
}
 else {
bool v2007_store;
bool * v2007 = &v2007_store;if(v84) {
uint32_t const v388 = *v94;
float const* const v396 = &v5[v388];
float const v397 = *v396;
bool const v399 = v397 < v175;
bool const v400 = !v399;
*v2007 = v400;
}
 else {
*v2007 = v218;
}
bool const v403 = *v2007;
*v2006 = v403;
}
bool const v404 = *v2006;
uint32_t const v410 = *v107;
uint32_t const v416 = v410 * v231;
uint32_t * const v421 = &(*v1994)[v95];
*v421 = v416;
bool v2008_store;
bool * v2008 = &v2008_store;if(v404) {
*v2008 = v239;
}
 else {
bool v2009_store;
bool * v2009 = &v2009_store;if(v97) {
uint32_t const v434 = *v107;
float const* const v442 = &v5[v434];
float const v443 = *v442;
bool const v445 = v443 < v175;
bool const v446 = !v445;
*v2009 = v446;
}
 else {
*v2009 = v218;
}
bool const v449 = *v2009;
*v2008 = v449;
}
bool const v450 = *v2008;
uint32_t const v456 = *v120;
uint32_t const v462 = v456 * v231;
uint32_t * const v467 = &(*v1994)[v108];
*v467 = v462;
bool v2010_store;
bool * v2010 = &v2010_store;if(v450) {
*v2010 = v239;
}
 else {
bool v2011_store;
bool * v2011 = &v2011_store;if(v110) {
uint32_t const v480 = *v120;
float const* const v488 = &v5[v480];
float const v489 = *v488;
bool const v491 = v489 < v175;
bool const v492 = !v491;
*v2011 = v492;
}
 else {
*v2011 = v218;
}
bool const v495 = *v2011;
*v2010 = v495;
}
bool const v496 = *v2010;
uint32_t const v502 = *v133;
uint32_t const v508 = v502 * v231;
uint32_t * const v513 = &(*v1994)[v121];
*v513 = v508;
bool v2012_store;
bool * v2012 = &v2012_store;if(v496) {
*v2012 = v239;
}
 else {
bool v2013_store;
bool * v2013 = &v2013_store;if(v123) {
uint32_t const v526 = *v133;
float const* const v534 = &v5[v526];
float const v535 = *v534;
bool const v537 = v535 < v175;
bool const v538 = !v537;
*v2013 = v538;
}
 else {
*v2013 = v218;
}
bool const v541 = *v2013;
*v2012 = v541;
}
bool const v542 = *v2012;
uint32_t const v548 = *v146;
uint32_t const v554 = v548 * v231;
uint32_t * const v559 = &(*v1994)[v134];
*v559 = v554;
bool v2014_store;
bool * v2014 = &v2014_store;if(v542) {
*v2014 = v239;
}
 else {
bool v2015_store;
bool * v2015 = &v2015_store;if(v136) {
uint32_t const v572 = *v146;
float const* const v580 = &v5[v572];
float const v581 = *v580;
bool const v583 = v581 < v175;
bool const v584 = !v583;
*v2015 = v584;
}
 else {
*v2015 = v218;
}
bool const v587 = *v2015;
*v2014 = v587;
}
bool const v588 = *v2014;
if(v588) {
uint32_t const* const v594 = &v13[v3];
uint32_t const v595 = *v594;
uint32_t const v596 = uint32_t(v595);
uint32_t const v597 = 64;
uint32_t const v598 = v596 * v597;
uint32_t const v599 = v598 + v38;
uint32_t const v600 = *v1997;
uint32_t const v601 = v599 + v600;
uint32_t const v603 = v601 * v231;
uint32_t const v2362 = v2374 % v160;
uint32_t const v605 = uint32_t(v2362);
uint32_t const v607 = uint32_t(v160);
array<float_4, 8> v2016_store = {};
array<float_4, 8> * v2016 = &v2016_store;float_4 const v613 = float_4{v175, v175, v175, v175};
float_4 * const v618 = &(*v2016)[v3];
*v618 = v613;
float_4 * const v625 = &(*v2016)[v26];
*v625 = v613;
float_4 * const v632 = &(*v2016)[v69];
*v632 = v613;
float_4 * const v639 = &(*v2016)[v82];
*v639 = v613;
float_4 * const v646 = &(*v2016)[v95];
*v646 = v613;
float_4 * const v653 = &(*v2016)[v108];
*v653 = v613;
float_4 * const v660 = &(*v2016)[v121];
*v660 = v613;
float_4 * const v667 = &(*v2016)[v134];
*v667 = v613;
uint32_t v2017_store;
uint32_t * v2017 = &v2017_store;*v2017 = v605;
while([&]{
uint32_t const v669 = *v2017;
bool const v671 = v669 < v231;
return v671;
}()) {
uint32_t const v673 = *v2017;
uint32_t const v674 = v603 + v673;
float_4 const* const v678 = &v9[v674];
float_4 const v679 = *v678;
uint32_t const v685 = *v237;
uint32_t const v687 = v685 + v673;
float_4 const* const v691 = &v1[v687];
float_4 const v692 = *v691;
float_4 const v698 = *v618;
float const v2203 = v679.i_0;
float const v2204 = v692.i_0;
float const v2205 = v698.i_0;
float const v2206 = fma(v2203, v2204, v2205);
float const v2207 = v679.i_1;
float const v2208 = v692.i_1;
float const v2209 = v698.i_1;
float const v2210 = fma(v2207, v2208, v2209);
float const v2211 = v679.i_2;
float const v2212 = v692.i_2;
float const v2213 = v698.i_2;
float const v2214 = fma(v2211, v2212, v2213);
float const v2215 = v679.i_3;
float const v2216 = v692.i_3;
float const v2217 = v698.i_3;
float const v2218 = fma(v2215, v2216, v2217);
float_4 const v2219 = float_4{v2206, v2210, v2214, v2218};
*v618 = v2219;
uint32_t const v710 = *v283;
uint32_t const v712 = v710 + v673;
float_4 const* const v716 = &v1[v712];
float_4 const v717 = *v716;
float_4 const v723 = *v625;
float const v2221 = v717.i_0;
float const v2222 = v723.i_0;
float const v2223 = fma(v2203, v2221, v2222);
float const v2225 = v717.i_1;
float const v2226 = v723.i_1;
float const v2227 = fma(v2207, v2225, v2226);
float const v2229 = v717.i_2;
float const v2230 = v723.i_2;
float const v2231 = fma(v2211, v2229, v2230);
float const v2233 = v717.i_3;
float const v2234 = v723.i_3;
float const v2235 = fma(v2215, v2233, v2234);
float_4 const v2236 = float_4{v2223, v2227, v2231, v2235};
*v625 = v2236;
uint32_t const v735 = *v329;
uint32_t const v737 = v735 + v673;
float_4 const* const v741 = &v1[v737];
float_4 const v742 = *v741;
float_4 const v748 = *v632;
float const v2238 = v742.i_0;
float const v2239 = v748.i_0;
float const v2240 = fma(v2203, v2238, v2239);
float const v2242 = v742.i_1;
float const v2243 = v748.i_1;
float const v2244 = fma(v2207, v2242, v2243);
float const v2246 = v742.i_2;
float const v2247 = v748.i_2;
float const v2248 = fma(v2211, v2246, v2247);
float const v2250 = v742.i_3;
float const v2251 = v748.i_3;
float const v2252 = fma(v2215, v2250, v2251);
float_4 const v2253 = float_4{v2240, v2244, v2248, v2252};
*v632 = v2253;
uint32_t const v760 = *v375;
uint32_t const v762 = v760 + v673;
float_4 const* const v766 = &v1[v762];
float_4 const v767 = *v766;
float_4 const v773 = *v639;
float const v2255 = v767.i_0;
float const v2256 = v773.i_0;
float const v2257 = fma(v2203, v2255, v2256);
float const v2259 = v767.i_1;
float const v2260 = v773.i_1;
float const v2261 = fma(v2207, v2259, v2260);
float const v2263 = v767.i_2;
float const v2264 = v773.i_2;
float const v2265 = fma(v2211, v2263, v2264);
float const v2267 = v767.i_3;
float const v2268 = v773.i_3;
float const v2269 = fma(v2215, v2267, v2268);
float_4 const v2270 = float_4{v2257, v2261, v2265, v2269};
*v639 = v2270;
uint32_t const v785 = *v421;
uint32_t const v787 = v785 + v673;
float_4 const* const v791 = &v1[v787];
float_4 const v792 = *v791;
float_4 const v798 = *v646;
float const v2272 = v792.i_0;
float const v2273 = v798.i_0;
float const v2274 = fma(v2203, v2272, v2273);
float const v2276 = v792.i_1;
float const v2277 = v798.i_1;
float const v2278 = fma(v2207, v2276, v2277);
float const v2280 = v792.i_2;
float const v2281 = v798.i_2;
float const v2282 = fma(v2211, v2280, v2281);
float const v2284 = v792.i_3;
float const v2285 = v798.i_3;
float const v2286 = fma(v2215, v2284, v2285);
float_4 const v2287 = float_4{v2274, v2278, v2282, v2286};
*v646 = v2287;
uint32_t const v810 = *v467;
uint32_t const v812 = v810 + v673;
float_4 const* const v816 = &v1[v812];
float_4 const v817 = *v816;
float_4 const v823 = *v653;
float const v2289 = v817.i_0;
float const v2290 = v823.i_0;
float const v2291 = fma(v2203, v2289, v2290);
float const v2293 = v817.i_1;
float const v2294 = v823.i_1;
float const v2295 = fma(v2207, v2293, v2294);
float const v2297 = v817.i_2;
float const v2298 = v823.i_2;
float const v2299 = fma(v2211, v2297, v2298);
float const v2301 = v817.i_3;
float const v2302 = v823.i_3;
float const v2303 = fma(v2215, v2301, v2302);
float_4 const v2304 = float_4{v2291, v2295, v2299, v2303};
*v653 = v2304;
uint32_t const v835 = *v513;
uint32_t const v837 = v835 + v673;
float_4 const* const v841 = &v1[v837];
float_4 const v842 = *v841;
float_4 const v848 = *v660;
float const v2306 = v842.i_0;
float const v2307 = v848.i_0;
float const v2308 = fma(v2203, v2306, v2307);
float const v2310 = v842.i_1;
float const v2311 = v848.i_1;
float const v2312 = fma(v2207, v2310, v2311);
float const v2314 = v842.i_2;
float const v2315 = v848.i_2;
float const v2316 = fma(v2211, v2314, v2315);
float const v2318 = v842.i_3;
float const v2319 = v848.i_3;
float const v2320 = fma(v2215, v2318, v2319);
float_4 const v2321 = float_4{v2308, v2312, v2316, v2320};
*v660 = v2321;
uint32_t const v860 = *v559;
uint32_t const v862 = v860 + v673;
float_4 const* const v866 = &v1[v862];
float_4 const v867 = *v866;
float_4 const v873 = *v667;
float const v2323 = v867.i_0;
float const v2324 = v873.i_0;
float const v2325 = fma(v2203, v2323, v2324);
float const v2327 = v867.i_1;
float const v2328 = v873.i_1;
float const v2329 = fma(v2207, v2327, v2328);
float const v2331 = v867.i_2;
float const v2332 = v873.i_2;
float const v2333 = fma(v2211, v2331, v2332);
float const v2335 = v867.i_3;
float const v2336 = v873.i_3;
float const v2337 = fma(v2215, v2335, v2336);
float_4 const v2338 = float_4{v2325, v2329, v2333, v2337};
*v667 = v2338;
uint32_t const v881 = v673 + v607;
*v2017 = v881;
}
float_4 const v887 = *v618;
array<float, 4> v2019_store = {};
array<float, 4> * v2019 = &v2019_store;float const v892 = v887.i_0;
float * const v897 = &(*v2019)[v3];
*v897 = v892;
float const v898 = v887.i_1;
float * const v903 = &(*v2019)[v26];
*v903 = v898;
float const v904 = v887.i_2;
float * const v909 = &(*v2019)[v69];
*v909 = v904;
float const v910 = v887.i_3;
float * const v915 = &(*v2019)[v82];
*v915 = v910;
float const v921 = *v909;
float const v927 = *v897;
float const v928 = v927 + v921;
*v897 = v928;
float const v934 = *v915;
float const v940 = *v903;
float const v941 = v940 + v934;
*v903 = v941;
float const v947 = *v903;
float const v953 = *v897;
float const v954 = v953 + v947;
*v897 = v954;
float const v960 = *v897;
uint32_t const v2022 = min(v160, v2356);
float v2179_store;
float * v2179 = &v2179_store;*v2179 = v960;
uint32_t v2180_store;
uint32_t * v2180 = &v2180_store;*v2180 = v2411;
while([&]{
uint32_t const v2027 = *v2180;
bool const v2028 = v2027 < v2022;
return v2028;
}()) {
float const v2030 = *v2179;
uint32_t const v2031 = *v2180;
float const v2032 = __shfl_xor(v2030, v2031);;
float const v2034 = v2030 + v2032;
*v2179 = v2034;
uint32_t const v2036 = 2;
uint32_t const v2037 = v2031 * v2036;
*v2180 = v2037;
}
float const v2038 = *v2179;
float * const v966 = &(*v1995)[v3];
*v966 = v2038;
float_4 const v972 = *v625;
array<float, 4> v2039_store = {};
array<float, 4> * v2039 = &v2039_store;float const v977 = v972.i_0;
float * const v982 = &(*v2039)[v3];
*v982 = v977;
float const v983 = v972.i_1;
float * const v988 = &(*v2039)[v26];
*v988 = v983;
float const v989 = v972.i_2;
float * const v994 = &(*v2039)[v69];
*v994 = v989;
float const v995 = v972.i_3;
float * const v1000 = &(*v2039)[v82];
*v1000 = v995;
float const v1006 = *v994;
float const v1012 = *v982;
float const v1013 = v1012 + v1006;
*v982 = v1013;
float const v1019 = *v1000;
float const v1025 = *v988;
float const v1026 = v1025 + v1019;
*v988 = v1026;
float const v1032 = *v988;
float const v1038 = *v982;
float const v1039 = v1038 + v1032;
*v982 = v1039;
float const v1045 = *v982;
float v2182_store;
float * v2182 = &v2182_store;*v2182 = v1045;
uint32_t v2183_store;
uint32_t * v2183 = &v2183_store;*v2183 = v2411;
while([&]{
uint32_t const v2047 = *v2183;
bool const v2048 = v2047 < v2022;
return v2048;
}()) {
float const v2050 = *v2182;
uint32_t const v2051 = *v2183;
float const v2052 = __shfl_xor(v2050, v2051);;
float const v2054 = v2050 + v2052;
*v2182 = v2054;
uint32_t const v2056 = 2;
uint32_t const v2057 = v2051 * v2056;
*v2183 = v2057;
}
float const v2058 = *v2182;
float * const v1051 = &(*v1995)[v26];
*v1051 = v2058;
float_4 const v1057 = *v632;
array<float, 4> v2059_store = {};
array<float, 4> * v2059 = &v2059_store;float const v1062 = v1057.i_0;
float * const v1067 = &(*v2059)[v3];
*v1067 = v1062;
float const v1068 = v1057.i_1;
float * const v1073 = &(*v2059)[v26];
*v1073 = v1068;
float const v1074 = v1057.i_2;
float * const v1079 = &(*v2059)[v69];
*v1079 = v1074;
float const v1080 = v1057.i_3;
float * const v1085 = &(*v2059)[v82];
*v1085 = v1080;
float const v1091 = *v1079;
float const v1097 = *v1067;
float const v1098 = v1097 + v1091;
*v1067 = v1098;
float const v1104 = *v1085;
float const v1110 = *v1073;
float const v1111 = v1110 + v1104;
*v1073 = v1111;
float const v1117 = *v1073;
float const v1123 = *v1067;
float const v1124 = v1123 + v1117;
*v1067 = v1124;
float const v1130 = *v1067;
float v2185_store;
float * v2185 = &v2185_store;*v2185 = v1130;
uint32_t v2186_store;
uint32_t * v2186 = &v2186_store;*v2186 = v2411;
while([&]{
uint32_t const v2067 = *v2186;
bool const v2068 = v2067 < v2022;
return v2068;
}()) {
float const v2070 = *v2185;
uint32_t const v2071 = *v2186;
float const v2072 = __shfl_xor(v2070, v2071);;
float const v2074 = v2070 + v2072;
*v2185 = v2074;
uint32_t const v2076 = 2;
uint32_t const v2077 = v2071 * v2076;
*v2186 = v2077;
}
float const v2078 = *v2185;
float * const v1136 = &(*v1995)[v69];
*v1136 = v2078;
float_4 const v1142 = *v639;
array<float, 4> v2079_store = {};
array<float, 4> * v2079 = &v2079_store;float const v1147 = v1142.i_0;
float * const v1152 = &(*v2079)[v3];
*v1152 = v1147;
float const v1153 = v1142.i_1;
float * const v1158 = &(*v2079)[v26];
*v1158 = v1153;
float const v1159 = v1142.i_2;
float * const v1164 = &(*v2079)[v69];
*v1164 = v1159;
float const v1165 = v1142.i_3;
float * const v1170 = &(*v2079)[v82];
*v1170 = v1165;
float const v1176 = *v1164;
float const v1182 = *v1152;
float const v1183 = v1182 + v1176;
*v1152 = v1183;
float const v1189 = *v1170;
float const v1195 = *v1158;
float const v1196 = v1195 + v1189;
*v1158 = v1196;
float const v1202 = *v1158;
float const v1208 = *v1152;
float const v1209 = v1208 + v1202;
*v1152 = v1209;
float const v1215 = *v1152;
float v2188_store;
float * v2188 = &v2188_store;*v2188 = v1215;
uint32_t v2189_store;
uint32_t * v2189 = &v2189_store;*v2189 = v2411;
while([&]{
uint32_t const v2087 = *v2189;
bool const v2088 = v2087 < v2022;
return v2088;
}()) {
float const v2090 = *v2188;
uint32_t const v2091 = *v2189;
float const v2092 = __shfl_xor(v2090, v2091);;
float const v2094 = v2090 + v2092;
*v2188 = v2094;
uint32_t const v2096 = 2;
uint32_t const v2097 = v2091 * v2096;
*v2189 = v2097;
}
float const v2098 = *v2188;
float * const v1221 = &(*v1995)[v82];
*v1221 = v2098;
float_4 const v1227 = *v646;
array<float, 4> v2099_store = {};
array<float, 4> * v2099 = &v2099_store;float const v1232 = v1227.i_0;
float * const v1237 = &(*v2099)[v3];
*v1237 = v1232;
float const v1238 = v1227.i_1;
float * const v1243 = &(*v2099)[v26];
*v1243 = v1238;
float const v1244 = v1227.i_2;
float * const v1249 = &(*v2099)[v69];
*v1249 = v1244;
float const v1250 = v1227.i_3;
float * const v1255 = &(*v2099)[v82];
*v1255 = v1250;
float const v1261 = *v1249;
float const v1267 = *v1237;
float const v1268 = v1267 + v1261;
*v1237 = v1268;
float const v1274 = *v1255;
float const v1280 = *v1243;
float const v1281 = v1280 + v1274;
*v1243 = v1281;
float const v1287 = *v1243;
float const v1293 = *v1237;
float const v1294 = v1293 + v1287;
*v1237 = v1294;
float const v1300 = *v1237;
float v2191_store;
float * v2191 = &v2191_store;*v2191 = v1300;
uint32_t v2192_store;
uint32_t * v2192 = &v2192_store;*v2192 = v2411;
while([&]{
uint32_t const v2107 = *v2192;
bool const v2108 = v2107 < v2022;
return v2108;
}()) {
float const v2110 = *v2191;
uint32_t const v2111 = *v2192;
float const v2112 = __shfl_xor(v2110, v2111);;
float const v2114 = v2110 + v2112;
*v2191 = v2114;
uint32_t const v2116 = 2;
uint32_t const v2117 = v2111 * v2116;
*v2192 = v2117;
}
float const v2118 = *v2191;
float * const v1306 = &(*v1995)[v95];
*v1306 = v2118;
float_4 const v1312 = *v653;
array<float, 4> v2119_store = {};
array<float, 4> * v2119 = &v2119_store;float const v1317 = v1312.i_0;
float * const v1322 = &(*v2119)[v3];
*v1322 = v1317;
float const v1323 = v1312.i_1;
float * const v1328 = &(*v2119)[v26];
*v1328 = v1323;
float const v1329 = v1312.i_2;
float * const v1334 = &(*v2119)[v69];
*v1334 = v1329;
float const v1335 = v1312.i_3;
float * const v1340 = &(*v2119)[v82];
*v1340 = v1335;
float const v1346 = *v1334;
float const v1352 = *v1322;
float const v1353 = v1352 + v1346;
*v1322 = v1353;
float const v1359 = *v1340;
float const v1365 = *v1328;
float const v1366 = v1365 + v1359;
*v1328 = v1366;
float const v1372 = *v1328;
float const v1378 = *v1322;
float const v1379 = v1378 + v1372;
*v1322 = v1379;
float const v1385 = *v1322;
float v2194_store;
float * v2194 = &v2194_store;*v2194 = v1385;
uint32_t v2195_store;
uint32_t * v2195 = &v2195_store;*v2195 = v2411;
while([&]{
uint32_t const v2127 = *v2195;
bool const v2128 = v2127 < v2022;
return v2128;
}()) {
float const v2130 = *v2194;
uint32_t const v2131 = *v2195;
float const v2132 = __shfl_xor(v2130, v2131);;
float const v2134 = v2130 + v2132;
*v2194 = v2134;
uint32_t const v2136 = 2;
uint32_t const v2137 = v2131 * v2136;
*v2195 = v2137;
}
float const v2138 = *v2194;
float * const v1391 = &(*v1995)[v108];
*v1391 = v2138;
float_4 const v1397 = *v660;
array<float, 4> v2139_store = {};
array<float, 4> * v2139 = &v2139_store;float const v1402 = v1397.i_0;
float * const v1407 = &(*v2139)[v3];
*v1407 = v1402;
float const v1408 = v1397.i_1;
float * const v1413 = &(*v2139)[v26];
*v1413 = v1408;
float const v1414 = v1397.i_2;
float * const v1419 = &(*v2139)[v69];
*v1419 = v1414;
float const v1420 = v1397.i_3;
float * const v1425 = &(*v2139)[v82];
*v1425 = v1420;
float const v1431 = *v1419;
float const v1437 = *v1407;
float const v1438 = v1437 + v1431;
*v1407 = v1438;
float const v1444 = *v1425;
float const v1450 = *v1413;
float const v1451 = v1450 + v1444;
*v1413 = v1451;
float const v1457 = *v1413;
float const v1463 = *v1407;
float const v1464 = v1463 + v1457;
*v1407 = v1464;
float const v1470 = *v1407;
float v2197_store;
float * v2197 = &v2197_store;*v2197 = v1470;
uint32_t v2198_store;
uint32_t * v2198 = &v2198_store;*v2198 = v2411;
while([&]{
uint32_t const v2147 = *v2198;
bool const v2148 = v2147 < v2022;
return v2148;
}()) {
float const v2150 = *v2197;
uint32_t const v2151 = *v2198;
float const v2152 = __shfl_xor(v2150, v2151);;
float const v2154 = v2150 + v2152;
*v2197 = v2154;
uint32_t const v2156 = 2;
uint32_t const v2157 = v2151 * v2156;
*v2198 = v2157;
}
float const v2158 = *v2197;
float * const v1476 = &(*v1995)[v121];
*v1476 = v2158;
float_4 const v1482 = *v667;
array<float, 4> v2159_store = {};
array<float, 4> * v2159 = &v2159_store;float const v1487 = v1482.i_0;
float * const v1492 = &(*v2159)[v3];
*v1492 = v1487;
float const v1493 = v1482.i_1;
float * const v1498 = &(*v2159)[v26];
*v1498 = v1493;
float const v1499 = v1482.i_2;
float * const v1504 = &(*v2159)[v69];
*v1504 = v1499;
float const v1505 = v1482.i_3;
float * const v1510 = &(*v2159)[v82];
*v1510 = v1505;
float const v1516 = *v1504;
float const v1522 = *v1492;
float const v1523 = v1522 + v1516;
*v1492 = v1523;
float const v1529 = *v1510;
float const v1535 = *v1498;
float const v1536 = v1535 + v1529;
*v1498 = v1536;
float const v1542 = *v1498;
float const v1548 = *v1492;
float const v1549 = v1548 + v1542;
*v1492 = v1549;
float const v1555 = *v1492;
float v2200_store;
float * v2200 = &v2200_store;*v2200 = v1555;
uint32_t v2201_store;
uint32_t * v2201 = &v2201_store;*v2201 = v2411;
while([&]{
uint32_t const v2167 = *v2201;
bool const v2168 = v2167 < v2022;
return v2168;
}()) {
float const v2170 = *v2200;
uint32_t const v2171 = *v2201;
float const v2172 = __shfl_xor(v2170, v2171);;
float const v2174 = v2170 + v2172;
*v2200 = v2174;
uint32_t const v2176 = 2;
uint32_t const v2177 = v2171 * v2176;
*v2201 = v2177;
}
float const v2178 = *v2200;
float * const v1561 = &(*v1995)[v134];
*v1561 = v2178;
uint32_t const v1567 = *v55;
float const* const v1575 = &v5[v1567];
float const v1576 = *v1575;
bool const v1578 = v1576 < v175;
bool const v1579 = !v1578;
if(v1579) {
float const v1585 = *v966;
float const v1592 = *v174;
float const v2640 = fma(v1576, v1585, v1592);
*v174 = v2640;
}
uint32_t const v1599 = *v68;
float const* const v1607 = &v5[v1599];
float const v1608 = *v1607;
bool const v1610 = v1608 < v175;
bool const v1611 = !v1610;
if(v1611) {
float const v1617 = *v1051;
float const v1624 = *v180;
float const v2641 = fma(v1608, v1617, v1624);
*v180 = v2641;
}
uint32_t const v1631 = *v81;
float const* const v1639 = &v5[v1631];
float const v1640 = *v1639;
bool const v1642 = v1640 < v175;
bool const v1643 = !v1642;
if(v1643) {
float const v1649 = *v1136;
float const v1656 = *v186;
float const v2642 = fma(v1640, v1649, v1656);
*v186 = v2642;
}
uint32_t const v1663 = *v94;
float const* const v1671 = &v5[v1663];
float const v1672 = *v1671;
bool const v1674 = v1672 < v175;
bool const v1675 = !v1674;
if(v1675) {
float const v1681 = *v1221;
float const v1688 = *v192;
float const v2643 = fma(v1672, v1681, v1688);
*v192 = v2643;
}
uint32_t const v1695 = *v107;
float const* const v1703 = &v5[v1695];
float const v1704 = *v1703;
bool const v1706 = v1704 < v175;
bool const v1707 = !v1706;
if(v1707) {
float const v1713 = *v1306;
float const v1720 = *v198;
float const v2644 = fma(v1704, v1713, v1720);
*v198 = v2644;
}
uint32_t const v1727 = *v120;
float const* const v1735 = &v5[v1727];
float const v1736 = *v1735;
bool const v1738 = v1736 < v175;
bool const v1739 = !v1738;
if(v1739) {
float const v1745 = *v1391;
float const v1752 = *v204;
float const v2645 = fma(v1736, v1745, v1752);
*v204 = v2645;
}
uint32_t const v1759 = *v133;
float const* const v1767 = &v5[v1759];
float const v1768 = *v1767;
bool const v1770 = v1768 < v175;
bool const v1771 = !v1770;
if(v1771) {
float const v1777 = *v1476;
float const v1784 = *v210;
float const v2646 = fma(v1768, v1777, v1784);
*v210 = v2646;
}
uint32_t const v1791 = *v146;
float const* const v1799 = &v5[v1791];
float const v1800 = *v1799;
bool const v1802 = v1800 < v175;
bool const v1803 = !v1802;
if(v1803) {
float const v1809 = *v1561;
float const v1816 = *v216;
float const v2647 = fma(v1800, v1809, v1816);
*v216 = v2647;
}
}
uint32_t const v2373 = v2374 % v160;
bool const v1820 = v2373 == v2407;
if(v1820) {
if(v45) {
float const v1829 = *v174;
uint32_t const v1832 = 64;
uint32_t const v1833 = v35 * v1832;
uint32_t const v1834 = v1833 + v38;
uint32_t const v1835 = *v1997;
uint32_t const v1836 = v1834 + v1835;
float * const v1840 = &v17[v1836];
*v1840 = v1829;
}
if(v58) {
float const v1849 = *v180;
uint32_t const v1852 = 64;
uint32_t const v1853 = v57 * v1852;
uint32_t const v1854 = v1853 + v38;
uint32_t const v1855 = *v1997;
uint32_t const v1856 = v1854 + v1855;
float * const v1860 = &v17[v1856];
*v1860 = v1849;
}
if(v71) {
float const v1869 = *v186;
uint32_t const v1872 = 64;
uint32_t const v1873 = v70 * v1872;
uint32_t const v1874 = v1873 + v38;
uint32_t const v1875 = *v1997;
uint32_t const v1876 = v1874 + v1875;
float * const v1880 = &v17[v1876];
*v1880 = v1869;
}
if(v84) {
float const v1889 = *v192;
uint32_t const v1892 = 64;
uint32_t const v1893 = v83 * v1892;
uint32_t const v1894 = v1893 + v38;
uint32_t const v1895 = *v1997;
uint32_t const v1896 = v1894 + v1895;
float * const v1900 = &v17[v1896];
*v1900 = v1889;
}
if(v97) {
float const v1909 = *v198;
uint32_t const v1912 = 64;
uint32_t const v1913 = v96 * v1912;
uint32_t const v1914 = v1913 + v38;
uint32_t const v1915 = *v1997;
uint32_t const v1916 = v1914 + v1915;
float * const v1920 = &v17[v1916];
*v1920 = v1909;
}
if(v110) {
float const v1929 = *v204;
uint32_t const v1932 = 64;
uint32_t const v1933 = v109 * v1932;
uint32_t const v1934 = v1933 + v38;
uint32_t const v1935 = *v1997;
uint32_t const v1936 = v1934 + v1935;
float * const v1940 = &v17[v1936];
*v1940 = v1929;
}
if(v123) {
float const v1949 = *v210;
uint32_t const v1952 = 64;
uint32_t const v1953 = v122 * v1952;
uint32_t const v1954 = v1953 + v38;
uint32_t const v1955 = *v1997;
uint32_t const v1956 = v1954 + v1955;
float * const v1960 = &v17[v1956];
*v1960 = v1949;
}
if(v136) {
float const v1969 = *v216;
uint32_t const v1972 = 64;
uint32_t const v1973 = v135 * v1972;
uint32_t const v1974 = v1973 + v38;
uint32_t const v1975 = *v1997;
uint32_t const v1976 = v1974 + v1975;
float * const v1980 = &v17[v1976];
*v1980 = v1969;
}
}
uint32_t const v1981 = *v1997;
uint32_t const v1982 = v1981 + v162;
*v1997 = v1982;
}
}
return;
}
