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

struct info_st {
    float scalars_f32[2];
uint32_t scalars_u32[2];uint32_t static_meta[4];
};
extern "C" __global__ void __launch_bounds__(256)  attention_4b7c0c19(float const* const __restrict__ v1, float const* const __restrict__ v5, float const* const __restrict__ v9, float * const __restrict__ v13, info_st const* const __restrict__ v336) {
uint32_t const* const dynamic_meta_v338 = reinterpret_cast<uint32_t const*>(v336 + 1);
const info_st& info_v337 = *v336;uint32_t const v3 = 0;
uint32_t const v339 = info_v337.scalars_u32[0];
uint32_t const v340 = info_v337.scalars_u32[1];
float const v341 = info_v337.scalars_f32[0];
uint32_t const v364 = blockIdx.z;
uint32_t const v365 = uint32_t(v364);
uint32_t const v366 = gridDim.y;
uint32_t const v367 = uint32_t(v366);
uint32_t const v368 = v365 * v367;
uint32_t const v369 = gridDim.x;
uint32_t const v370 = uint32_t(v369);
uint32_t const v371 = v368 * v370;
uint32_t const v372 = blockIdx.y;
uint32_t const v373 = uint32_t(v372);
uint32_t const v376 = v373 * v370;
uint32_t const v377 = v371 + v376;
uint32_t const v378 = blockIdx.x;
uint32_t const v379 = uint32_t(v378);
uint32_t const v380 = v377 + v379;
uint32_t const v407 = 256;
uint32_t const v383 = v380 * v407;
uint32_t const v388 = threadIdx.x;
uint32_t const v385 = uint32_t(v388);
uint32_t const v386 = v383 + v385;
uint32_t const v21 = uint32_t(v339);
uint32_t const v22 = 4;
uint32_t const v23 = v21 * v22;
bool const v24 = v386 < v23;
if(v24) {
uint32_t const v26 = v386 / v22;
uint32_t const v28 = v386 % v22;
uint32_t const v29 = 1;
uint32_t const v31 = 16;
uint32_t const v32 = v28 * v31;
uint32_t const v34 = v26 * v22;
uint32_t const v36 = v34 * v31;
uint32_t const v39 = v36 + v32;
uint32_t const v40 = uint32_t(v340);
uint32_t const v41 = v40 + v26;
uint32_t const v43 = v41 + v29;
array<float, 16> v347_store = {};
array<float, 16> * v347 = &v347_store;for(uint32_t v51 = v3; v51 < v31; v51 += v29) {
float * const v56 = &(*v347)[v51];
float const v57 = 0;
*v56 = v57;
}
float const v58 = (-1.0f/0.0f);
float v349_store;
float * v349 = &v349_store;*v349 = v58;
float const v61 = 0;
float v350_store;
float * v350 = &v350_store;*v350 = v61;
for(uint32_t v66 = v3; v66 < v43; v66 += v29) {
uint32_t const v68 = 64;
uint32_t const v69 = v66 * v68;
uint32_t const v70 = v69 + v32;
float v352_store;
float * v352 = &v352_store;*v352 = v61;
float v353_store;
float * v353 = &v353_store;*v353 = v61;
float v354_store;
float * v354 = &v354_store;*v354 = v61;
float v355_store;
float * v355 = &v355_store;*v355 = v61;
float v356_store;
float * v356 = &v356_store;*v356 = v61;
float v357_store;
float * v357 = &v357_store;*v357 = v61;
float v358_store;
float * v358 = &v358_store;*v358 = v61;
float v359_store;
float * v359 = &v359_store;*v359 = v61;
uint32_t const v96 = 2;
for(uint32_t v98 = v3; v98 < v96; v98 += v29) {
uint32_t const v100 = 8;
uint32_t const v101 = v98 * v100;
uint32_t const v102 = v39 + v101;
float const* const v106 = &v1[v102];
float const v107 = *v106;
uint32_t const v108 = v70 + v101;
float const* const v112 = &v5[v108];
float const v113 = *v112;
float const v115 = *v352;
float const v408 = fma(v107, v113, v115);
*v352 = v408;
uint32_t const v119 = v102 + v29;
float const* const v123 = &v1[v119];
float const v124 = *v123;
uint32_t const v127 = v108 + v29;
float const* const v131 = &v5[v127];
float const v132 = *v131;
float const v134 = *v353;
float const v409 = fma(v124, v132, v134);
*v353 = v409;
uint32_t const v138 = v102 + v96;
float const* const v142 = &v1[v138];
float const v143 = *v142;
uint32_t const v146 = v108 + v96;
float const* const v150 = &v5[v146];
float const v151 = *v150;
float const v153 = *v354;
float const v410 = fma(v143, v151, v153);
*v354 = v410;
uint32_t const v156 = 3;
uint32_t const v157 = v102 + v156;
float const* const v161 = &v1[v157];
float const v162 = *v161;
uint32_t const v165 = v108 + v156;
float const* const v169 = &v5[v165];
float const v170 = *v169;
float const v172 = *v355;
float const v411 = fma(v162, v170, v172);
*v355 = v411;
uint32_t const v176 = v102 + v22;
float const* const v180 = &v1[v176];
float const v181 = *v180;
uint32_t const v184 = v108 + v22;
float const* const v188 = &v5[v184];
float const v189 = *v188;
float const v191 = *v356;
float const v412 = fma(v181, v189, v191);
*v356 = v412;
uint32_t const v194 = 5;
uint32_t const v195 = v102 + v194;
float const* const v199 = &v1[v195];
float const v200 = *v199;
uint32_t const v203 = v108 + v194;
float const* const v207 = &v5[v203];
float const v208 = *v207;
float const v210 = *v357;
float const v413 = fma(v200, v208, v210);
*v357 = v413;
uint32_t const v213 = 6;
uint32_t const v214 = v102 + v213;
float const* const v218 = &v1[v214];
float const v219 = *v218;
uint32_t const v222 = v108 + v213;
float const* const v226 = &v5[v222];
float const v227 = *v226;
float const v229 = *v358;
float const v414 = fma(v219, v227, v229);
*v358 = v414;
uint32_t const v232 = 7;
uint32_t const v233 = v102 + v232;
float const* const v237 = &v1[v233];
float const v238 = *v237;
uint32_t const v241 = v108 + v232;
float const* const v245 = &v5[v241];
float const v246 = *v245;
float const v248 = *v359;
float const v415 = fma(v238, v246, v248);
*v359 = v415;
}
for(uint32_t v253 = v31; v253 < v31; v253 += v29) {
uint32_t const v255 = v39 + v253;
float const* const v259 = &v1[v255];
float const v260 = *v259;
uint32_t const v261 = v70 + v253;
float const* const v265 = &v5[v261];
float const v266 = *v265;
float const v268 = *v352;
float const v416 = fma(v260, v266, v268);
*v352 = v416;
}
float const v270 = *v352;
float const v271 = *v353;
float const v272 = v270 + v271;
float const v273 = *v354;
float const v274 = *v355;
float const v275 = v273 + v274;
float const v276 = v272 + v275;
float const v277 = *v356;
float const v278 = *v357;
float const v279 = v277 + v278;
float const v280 = *v358;
float const v281 = *v359;
float const v282 = v280 + v281;
float const v283 = v279 + v282;
float const v284 = v276 + v283;
float const v285 = v284 * v341;
float const v286 = *v349;
float const v287 = max(v286, v285);
float const v289 = v286 - v287;
float const v290 = exp(v289);float const v291 = v285 - v287;
float const v292 = exp(v291);float const v293 = *v350;
float const v417 = fma(v293, v290, v292);
*v350 = v417;
for(uint32_t v299 = v3; v299 < v31; v299 += v29) {
float * const v304 = &(*v347)[v299];
float const v305 = *v304;
uint32_t const v307 = v70 + v299;
float const* const v311 = &v9[v307];
float const v312 = *v311;
float const v313 = v292 * v312;
float const v418 = fma(v305, v290, v313);
*v304 = v418;
}
*v349 = v287;
}
for(uint32_t v322 = v3; v322 < v31; v322 += v29) {
float * const v327 = &(*v347)[v322];
float const v328 = *v327;
float const v329 = *v350;
float const v330 = v328 / v329;
uint32_t const v331 = v39 + v322;
float * const v335 = &v13[v331];
*v335 = v330;
}
}
return;
}
