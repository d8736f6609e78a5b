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
extern "C" __global__ void __launch_bounds__(256) paged_attention_f32_heads4_kv_heads4_head_dim16_block_size16(float const* const __restrict__ v1, float const* const __restrict__ v5, float const* const __restrict__ v9, uint32_t const* const __restrict__ v13, uint32_t const* const __restrict__ v17, uint32_t const* const __restrict__ v21, float * const __restrict__ v25, info_st const* const __restrict__ v374) {
uint32_t const* const dynamic_meta_v376 = reinterpret_cast<uint32_t const*>(v374 + 1);
const info_st& info_v375 = *v374;uint32_t const v3 = 0;
uint32_t const v377 = info_v375.scalars_u32[0];
uint32_t const v378 = info_v375.scalars_u32[1];
float const v379 = info_v375.scalars_f32[0];
uint32_t const v405 = blockIdx.z;
uint32_t const v406 = uint32_t(v405);
uint32_t const v407 = gridDim.y;
uint32_t const v408 = uint32_t(v407);
uint32_t const v409 = v406 * v408;
uint32_t const v410 = gridDim.x;
uint32_t const v411 = uint32_t(v410);
uint32_t const v412 = v409 * v411;
uint32_t const v413 = blockIdx.y;
uint32_t const v414 = uint32_t(v413);
uint32_t const v417 = v414 * v411;
uint32_t const v418 = v412 + v417;
uint32_t const v419 = blockIdx.x;
uint32_t const v420 = uint32_t(v419);
uint32_t const v421 = v418 + v420;
uint32_t const v448 = 256;
uint32_t const v424 = v421 * v448;
uint32_t const v429 = threadIdx.x;
uint32_t const v426 = uint32_t(v429);
uint32_t const v427 = v424 + v426;
uint32_t const v33 = uint32_t(v377);
uint32_t const v34 = 4;
uint32_t const v35 = v33 * v34;
bool const v36 = v427 < v35;
if(v36) {
uint32_t const v38 = v427 / v34;
uint32_t const v40 = v427 % v34;
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
uint32_t const v66 = uint32_t(v378);
uint32_t const v67 = v65 * v66;
array<float, 16> v388_store = {};
array<float, 16> * v388 = &v388_store;for(uint32_t v75 = v3; v75 < v43; v75 += v41) {
float * const v80 = &(*v388)[v75];
float const v81 = 0;
*v80 = v81;
}
float const v82 = (-1.0f/0.0f);
float v390_store;
float * v390 = &v390_store;*v390 = v82;
float const v85 = 0;
float v391_store;
float * v391 = &v391_store;*v391 = v85;
for(uint32_t v90 = v3; v90 < v59; v90 += v41) {
uint32_t const v93 = v90 / v43;
uint32_t const v94 = v67 + v93;
uint32_t const* const v98 = &v21[v94];
uint32_t const v99 = *v98;
uint32_t const v100 = uint32_t(v99);
uint32_t const v102 = v100 * v43;
uint32_t const v104 = v90 % v43;
uint32_t const v105 = v102 + v104;
uint32_t const v106 = 64;
uint32_t const v107 = v105 * v106;
uint32_t const v108 = v107 + v44;
float v393_store;
float * v393 = &v393_store;*v393 = v85;
float v394_store;
float * v394 = &v394_store;*v394 = v85;
float v395_store;
float * v395 = &v395_store;*v395 = v85;
float v396_store;
float * v396 = &v396_store;*v396 = v85;
float v397_store;
float * v397 = &v397_store;*v397 = v85;
float v398_store;
float * v398 = &v398_store;*v398 = v85;
float v399_store;
float * v399 = &v399_store;*v399 = v85;
float v400_store;
float * v400 = &v400_store;*v400 = v85;
uint32_t const v134 = 2;
for(uint32_t v136 = v3; v136 < v134; v136 += v41) {
uint32_t const v138 = 8;
uint32_t const v139 = v136 * v138;
uint32_t const v140 = v51 + v139;
float const* const v144 = &v1[v140];
float const v145 = *v144;
uint32_t const v146 = v108 + v139;
float const* const v150 = &v5[v146];
float const v151 = *v150;
float const v153 = *v393;
float const v449 = fma(v145, v151, v153);
*v393 = v449;
uint32_t const v157 = v140 + v41;
float const* const v161 = &v1[v157];
float const v162 = *v161;
uint32_t const v165 = v146 + v41;
float const* const v169 = &v5[v165];
float const v170 = *v169;
float const v172 = *v394;
float const v450 = fma(v162, v170, v172);
*v394 = v450;
uint32_t const v176 = v140 + v134;
float const* const v180 = &v1[v176];
float const v181 = *v180;
uint32_t const v184 = v146 + v134;
float const* const v188 = &v5[v184];
float const v189 = *v188;
float const v191 = *v395;
float const v451 = fma(v181, v189, v191);
*v395 = v451;
uint32_t const v194 = 3;
uint32_t const v195 = v140 + v194;
float const* const v199 = &v1[v195];
float const v200 = *v199;
uint32_t const v203 = v146 + v194;
float const* const v207 = &v5[v203];
float const v208 = *v207;
float const v210 = *v396;
float const v452 = fma(v200, v208, v210);
*v396 = v452;
uint32_t const v214 = v140 + v34;
float const* const v218 = &v1[v214];
float const v219 = *v218;
uint32_t const v222 = v146 + v34;
float const* const v226 = &v5[v222];
float const v227 = *v226;
float const v229 = *v397;
float const v453 = fma(v219, v227, v229);
*v397 = v453;
uint32_t const v232 = 5;
uint32_t const v233 = v140 + v232;
float const* const v237 = &v1[v233];
float const v238 = *v237;
uint32_t const v241 = v146 + v232;
float const* const v245 = &v5[v241];
float const v246 = *v245;
float const v248 = *v398;
float const v454 = fma(v238, v246, v248);
*v398 = v454;
uint32_t const v251 = 6;
uint32_t const v252 = v140 + v251;
float const* const v256 = &v1[v252];
float const v257 = *v256;
uint32_t const v260 = v146 + v251;
float const* const v264 = &v5[v260];
float const v265 = *v264;
float const v267 = *v399;
float const v455 = fma(v257, v265, v267);
*v399 = v455;
uint32_t const v270 = 7;
uint32_t const v271 = v140 + v270;
float const* const v275 = &v1[v271];
float const v276 = *v275;
uint32_t const v279 = v146 + v270;
float const* const v283 = &v5[v279];
float const v284 = *v283;
float const v286 = *v400;
float const v456 = fma(v276, v284, v286);
*v400 = v456;
}
for(uint32_t v291 = v43; v291 < v43; v291 += v41) {
uint32_t const v293 = v51 + v291;
float const* const v297 = &v1[v293];
float const v298 = *v297;
uint32_t const v299 = v108 + v291;
float const* const v303 = &v5[v299];
float const v304 = *v303;
float const v306 = *v393;
float const v457 = fma(v298, v304, v306);
*v393 = v457;
}
float const v308 = *v393;
float const v309 = *v394;
float const v310 = v308 + v309;
float const v311 = *v395;
float const v312 = *v396;
float const v313 = v311 + v312;
float const v314 = v310 + v313;
float const v315 = *v397;
float const v316 = *v398;
float const v317 = v315 + v316;
float const v318 = *v399;
float const v319 = *v400;
float const v320 = v318 + v319;
float const v321 = v317 + v320;
float const v322 = v314 + v321;
float const v323 = v322 * v379;
float const v324 = *v390;
float const v325 = max(v324, v323);
float const v327 = v324 - v325;
float const v328 = exp(v327);float const v329 = v323 - v325;
float const v330 = exp(v329);float const v331 = *v391;
float const v458 = fma(v331, v328, v330);
*v391 = v458;
for(uint32_t v337 = v3; v337 < v43; v337 += v41) {
float * const v342 = &(*v388)[v337];
float const v343 = *v342;
uint32_t const v345 = v108 + v337;
float const* const v349 = &v9[v345];
float const v350 = *v349;
float const v351 = v330 * v350;
float const v459 = fma(v343, v328, v351);
*v342 = v459;
}
*v390 = v325;
}
for(uint32_t v360 = v3; v360 < v43; v360 += v41) {
float * const v365 = &(*v388)[v360];
float const v366 = *v365;
float const v367 = *v391;
float const v368 = v366 / v367;
uint32_t const v369 = v51 + v360;
float * const v373 = &v25[v369];
*v373 = v368;
}
}
return;
}
