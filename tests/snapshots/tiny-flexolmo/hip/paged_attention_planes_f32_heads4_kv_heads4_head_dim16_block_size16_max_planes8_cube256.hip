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


struct info_st {
    float scalars_f32[2];
uint32_t scalars_u32[2];uint32_t static_meta[8];
};
extern "C" __global__ void __launch_bounds__(256) paged_attention_planes_f32_heads4_kv_heads4_head_dim16_block_size16_max_planes8_cube256(float const* const __restrict__ v1, float const* const __restrict__ v5, float const* const __restrict__ v9, uint32_t const* const __restrict__ v13, uint32_t const* const __restrict__ v17, uint32_t const* const __restrict__ v21, float * const __restrict__ v25, info_st const* const __restrict__ v343) {
extern __shared__ __align__(4) char v356[];uint32_t const* const dynamic_meta_v345 = reinterpret_cast<uint32_t const*>(v343 + 1);
const info_st& info_v344 = *v343;uint32_t const v3 = 0;
uint32_t const v346 = info_v344.scalars_u32[0];
uint32_t const v347 = info_v344.scalars_u32[1];
float const v348 = info_v344.scalars_f32[0];
uint32_t const v404 = blockIdx.z;
uint32_t const v405 = uint32_t(v404);
uint32_t const v406 = gridDim.y;
uint32_t const v407 = uint32_t(v406);
uint32_t const v408 = v405 * v407;
uint32_t const v409 = gridDim.x;
uint32_t const v410 = uint32_t(v409);
uint32_t const v411 = v408 * v410;
uint32_t const v412 = blockIdx.y;
uint32_t const v413 = uint32_t(v412);
uint32_t const v416 = v413 * v410;
uint32_t const v417 = v411 + v416;
uint32_t const v418 = blockIdx.x;
uint32_t const v419 = uint32_t(v418);
uint32_t const v420 = v417 + v419;
uint32_t const v33 = uint32_t(v346);
uint32_t const v34 = 4;
uint32_t const v35 = v33 * v34;
bool const v36 = v420 < v35;
if(v36) {
uint32_t const v38 = v420 / v34;
uint32_t const v40 = v420 % v34;
uint32_t const v41 = 1;
uint32_t const v43 = 16;
uint32_t const v44 = v40 * v43;
uint32_t const v46 = v38 * v34;
uint32_t const v48 = v46 * v43;
uint32_t const v51 = v48 + v44;
uint32_t const* const v55 = &v13[v38];
uint32_t const v56 = *v55;
uint32_t const v57 = uint32_t(v56);
uint32_t const v59 = v57 + v41;
uint32_t const* const v63 = &v17[v38];
uint32_t const v64 = *v63;
uint32_t const v65 = uint32_t(v64);
uint32_t const v66 = uint32_t(v347);
uint32_t const v67 = v65 * v66;
uint32_t const v441 = threadIdx.x;
uint32_t const v469 = 256;
uint32_t const v472 = 1;
uint32_t const v422 = warpSize;
uint32_t const v423 = v441 % v422;
uint32_t const v69 = uint32_t(v423);
uint32_t const v71 = uint32_t(v422);
uint32_t const v426 = v441 / v422;
uint32_t const v73 = uint32_t(v426);
uint32_t const v76 = v469 / v422;
uint32_t const v77 = uint32_t(v76);
uint32_t const v78 = 8;
uint32_t const v79 = min(v77, v78);
array<float, 144> * const v357 = reinterpret_cast<array<float, 144> *>(&v356[0]);
bool const v84 = v73 < v79;
if(v84) {
array<float, 16> v359_store = {};
array<float, 16> * v359 = &v359_store;for(uint32_t v92 = v3; v92 < v43; v92 += v41) {
float * const v97 = &(*v359)[v92];
float const v98 = 0;
*v97 = v98;
}
float const v99 = -3.402823470e+38;
float v361_store;
float * v361 = &v361_store;*v361 = v99;
float const v102 = 0;
float v362_store;
float * v362 = &v362_store;*v362 = v102;
uint32_t v363_store;
uint32_t * v363 = &v363_store;*v363 = v73;
while([&]{
uint32_t const v106 = *v363;
bool const v107 = v106 < v59;
return v107;
}()) {
uint32_t const v109 = *v363;
uint32_t const v111 = v109 / v43;
uint32_t const v112 = v67 + v111;
uint32_t const* const v116 = &v21[v112];
uint32_t const v117 = *v116;
uint32_t const v118 = uint32_t(v117);
uint32_t const v120 = v118 * v43;
uint32_t const v123 = v109 % v43;
uint32_t const v124 = v120 + v123;
uint32_t const v125 = 64;
uint32_t const v126 = v124 * v125;
uint32_t const v127 = v126 + v44;
float v365_store;
float * v365 = &v365_store;*v365 = v102;
uint32_t v366_store;
uint32_t * v366 = &v366_store;*v366 = v69;
while([&]{
uint32_t const v132 = *v366;
bool const v134 = v132 < v43;
return v134;
}()) {
uint32_t const v136 = *v366;
uint32_t const v137 = v51 + v136;
float const* const v141 = &v1[v137];
float const v142 = *v141;
uint32_t const v144 = v127 + v136;
float const* const v148 = &v5[v144];
float const v149 = *v148;
float const v151 = *v365;
float const v489 = fma(v142, v149, v151);
*v365 = v489;
uint32_t const v154 = v136 + v71;
*v366 = v154;
}
float const v155 = *v365;
uint32_t const v370 = min(v422, v469);
float v401_store;
float * v401 = &v401_store;*v401 = v155;
uint32_t v402_store;
uint32_t * v402 = &v402_store;*v402 = v472;
while([&]{
uint32_t const v375 = *v402;
bool const v376 = v375 < v370;
return v376;
}()) {
float const v378 = *v401;
uint32_t const v379 = *v402;
float const v380 = __shfl_xor(v378, v379);;
float const v382 = v378 + v380;
*v401 = v382;
uint32_t const v384 = 2;
uint32_t const v385 = v379 * v384;
*v402 = v385;
}
float const v386 = *v401;
float const v157 = v386 * v348;
float const v158 = *v361;
float const v159 = max(v158, v157);
float const v161 = v158 - v159;
float const v162 = exp(v161);float const v163 = v157 - v159;
float const v164 = exp(v163);float const v165 = *v362;
float const v490 = fma(v165, v162, v164);
*v362 = v490;
uint32_t v387_store;
uint32_t * v387 = &v387_store;*v387 = v69;
uint32_t v388_store;
uint32_t * v388 = &v388_store;*v388 = v3;
while([&]{
uint32_t const v172 = *v387;
bool const v174 = v172 < v43;
return v174;
}()) {
uint32_t const v178 = *v388;
float * const v180 = &(*v359)[v178];
float const v181 = *v180;
uint32_t const v183 = *v387;
uint32_t const v184 = v127 + v183;
float const* const v188 = &v9[v184];
float const v189 = *v188;
float const v190 = v164 * v189;
float const v491 = fma(v181, v162, v190);
*v180 = v491;
uint32_t const v198 = v183 + v71;
*v387 = v198;
uint32_t const v201 = v178 + v41;
*v388 = v201;
}
*v361 = v159;
uint32_t const v202 = *v363;
uint32_t const v203 = v202 + v79;
*v363 = v203;
}
bool const v205 = v69 == v3;
if(v205) {
uint32_t const v206 = 128;
uint32_t const v207 = v206 + v73;
float * const v211 = &(*v357)[v207];
float const v212 = *v361;
*v211 = v212;
uint32_t const v213 = 136;
uint32_t const v214 = v213 + v73;
float * const v218 = &(*v357)[v214];
float const v219 = *v362;
*v218 = v219;
}
uint32_t v390_store;
uint32_t * v390 = &v390_store;*v390 = v69;
uint32_t v391_store;
uint32_t * v391 = &v391_store;*v391 = v3;
while([&]{
uint32_t const v224 = *v390;
bool const v226 = v224 < v43;
return v226;
}()) {
uint32_t const v230 = *v391;
float * const v232 = &(*v359)[v230];
float const v233 = *v232;
uint32_t const v235 = v73 * v43;
uint32_t const v236 = *v390;
uint32_t const v237 = v235 + v236;
float * const v241 = &(*v357)[v237];
*v241 = v233;
uint32_t const v243 = v236 + v71;
*v390 = v243;
uint32_t const v246 = v230 + v41;
*v391 = v246;
}
}
__syncthreads();
uint32_t const v249 = 128;
float * const v251 = &(*v357)[v249];
float const v252 = *v251;
float v393_store;
float * v393 = &v393_store;*v393 = v252;
for(uint32_t v256 = v41; v256 < v79; v256 += v41) {
uint32_t const v259 = v249 + v256;
float * const v263 = &(*v357)[v259];
float const v264 = *v263;
float const v265 = *v393;
float const v266 = max(v265, v264);
*v393 = v266;
}
float const v267 = 0;
float v395_store;
float * v395 = &v395_store;*v395 = v267;
for(uint32_t v272 = v3; v272 < v79; v272 += v41) {
uint32_t const v274 = 136;
uint32_t const v275 = v274 + v272;
float * const v279 = &(*v357)[v275];
float const v280 = *v279;
uint32_t const v282 = v249 + v272;
float * const v286 = &(*v357)[v282];
float const v287 = *v286;
float const v288 = *v393;
float const v289 = v287 - v288;
float const v290 = exp(v289);float const v292 = *v395;
float const v492 = fma(v280, v290, v292);
*v395 = v492;
}
uint32_t const v295 = uint32_t(v441);
uint32_t v397_store;
uint32_t * v397 = &v397_store;*v397 = v295;
while([&]{
uint32_t const v297 = *v397;
bool const v299 = v297 < v43;
return v299;
}()) {
float v399_store;
float * v399 = &v399_store;*v399 = v267;
for(uint32_t v306 = v3; v306 < v79; v306 += v41) {
uint32_t const v309 = v306 * v43;
uint32_t const v310 = *v397;
uint32_t const v311 = v309 + v310;
float * const v315 = &(*v357)[v311];
float const v316 = *v315;
uint32_t const v318 = v249 + v306;
float * const v322 = &(*v357)[v318];
float const v323 = *v322;
float const v324 = *v393;
float const v325 = v323 - v324;
float const v326 = exp(v325);float const v328 = *v399;
float const v493 = fma(v316, v326, v328);
*v399 = v493;
}
float const v330 = *v399;
float const v331 = *v395;
float const v332 = v330 / v331;
uint32_t const v333 = *v397;
uint32_t const v334 = v51 + v333;
float * const v338 = &v25[v334];
*v338 = v332;
uint32_t const v488 = 256;
uint32_t const v342 = v333 + v488;
*v397 = v342;
}
}
return;
}
