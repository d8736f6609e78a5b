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
    uint32_t scalars_u32[2];uint32_t static_meta[4];
};
extern "C" __global__ void __launch_bounds__(256)  moe_down_f_f32_3e854f21(float const* const __restrict__ v1, float const* const __restrict__ v5, float const* const __restrict__ v9, float * const __restrict__ v13, info_st const* const __restrict__ v275) {
uint32_t const* const dynamic_meta_v277 = reinterpret_cast<uint32_t const*>(v275 + 1);
const info_st& info_v276 = *v275;uint32_t const v3 = 0;
uint32_t const v278 = info_v276.scalars_u32[0];
uint32_t const v295 = blockIdx.z;
uint32_t const v296 = uint32_t(v295);
uint32_t const v297 = gridDim.y;
uint32_t const v298 = uint32_t(v297);
uint32_t const v299 = v296 * v298;
uint32_t const v300 = gridDim.x;
uint32_t const v301 = uint32_t(v300);
uint32_t const v302 = v299 * v301;
uint32_t const v303 = blockIdx.y;
uint32_t const v304 = uint32_t(v303);
uint32_t const v307 = v304 * v301;
uint32_t const v308 = v302 + v307;
uint32_t const v309 = blockIdx.x;
uint32_t const v310 = uint32_t(v309);
uint32_t const v311 = v308 + v310;
uint32_t const v338 = 256;
uint32_t const v314 = v311 * v338;
uint32_t const v319 = threadIdx.x;
uint32_t const v316 = uint32_t(v319);
uint32_t const v317 = v314 + v316;
uint32_t const v19 = uint32_t(v278);
uint32_t const v20 = 64;
uint32_t const v21 = v19 * v20;
bool const v22 = v317 < v21;
if(v22) {
uint32_t const v24 = v317 / v20;
uint32_t const v26 = v317 % v20;
float const v27 = 0;
float v284_store;
float * v284 = &v284_store;*v284 = v27;
uint32_t const v30 = 1;
float const* const v37 = &v5[v24];
float const v38 = *v37;
bool const v40 = v38 >= v27;
if(v40) {
uint32_t const v46 = v24 * v20;
uint32_t const v52 = v26 * v20;
float v285_store;
float * v285 = &v285_store;*v285 = v27;
float v286_store;
float * v286 = &v286_store;*v286 = v27;
float v287_store;
float * v287 = &v287_store;*v287 = v27;
float v288_store;
float * v288 = &v288_store;*v288 = v27;
float v289_store;
float * v289 = &v289_store;*v289 = v27;
float v290_store;
float * v290 = &v290_store;*v290 = v27;
float v291_store;
float * v291 = &v291_store;*v291 = v27;
float v292_store;
float * v292 = &v292_store;*v292 = v27;
uint32_t const v78 = 8;
for(uint32_t v80 = v3; v80 < v78; v80 += v30) {
uint32_t const v83 = v80 * v78;
uint32_t const v84 = v46 + v83;
float const* const v88 = &v1[v84];
float const v89 = *v88;
uint32_t const v90 = v52 + v83;
float const* const v94 = &v9[v90];
float const v95 = *v94;
float const v97 = *v285;
float const v340 = fma(v89, v95, v97);
*v285 = v340;
uint32_t const v101 = v84 + v30;
float const* const v105 = &v1[v101];
float const v106 = *v105;
uint32_t const v109 = v90 + v30;
float const* const v113 = &v9[v109];
float const v114 = *v113;
float const v116 = *v286;
float const v341 = fma(v106, v114, v116);
*v286 = v341;
uint32_t const v119 = 2;
uint32_t const v120 = v84 + v119;
float const* const v124 = &v1[v120];
float const v125 = *v124;
uint32_t const v128 = v90 + v119;
float const* const v132 = &v9[v128];
float const v133 = *v132;
float const v135 = *v287;
float const v342 = fma(v125, v133, v135);
*v287 = v342;
uint32_t const v138 = 3;
uint32_t const v139 = v84 + v138;
float const* const v143 = &v1[v139];
float const v144 = *v143;
uint32_t const v147 = v90 + v138;
float const* const v151 = &v9[v147];
float const v152 = *v151;
float const v154 = *v288;
float const v343 = fma(v144, v152, v154);
*v288 = v343;
uint32_t const v157 = 4;
uint32_t const v158 = v84 + v157;
float const* const v162 = &v1[v158];
float const v163 = *v162;
uint32_t const v166 = v90 + v157;
float const* const v170 = &v9[v166];
float const v171 = *v170;
float const v173 = *v289;
float const v344 = fma(v163, v171, v173);
*v289 = v344;
uint32_t const v176 = 5;
uint32_t const v177 = v84 + v176;
float const* const v181 = &v1[v177];
float const v182 = *v181;
uint32_t const v185 = v90 + v176;
float const* const v189 = &v9[v185];
float const v190 = *v189;
float const v192 = *v290;
float const v345 = fma(v182, v190, v192);
*v290 = v345;
uint32_t const v195 = 6;
uint32_t const v196 = v84 + v195;
float const* const v200 = &v1[v196];
float const v201 = *v200;
uint32_t const v204 = v90 + v195;
float const* const v208 = &v9[v204];
float const v209 = *v208;
float const v211 = *v291;
float const v346 = fma(v201, v209, v211);
*v291 = v346;
uint32_t const v214 = 7;
uint32_t const v215 = v84 + v214;
float const* const v219 = &v1[v215];
float const v220 = *v219;
uint32_t const v223 = v90 + v214;
float const* const v227 = &v9[v223];
float const v228 = *v227;
float const v230 = *v292;
float const v347 = fma(v220, v228, v230);
*v292 = v347;
}
for(uint32_t v235 = v20; v235 < v20; v235 += v30) {
uint32_t const v237 = v46 + v235;
float const* const v241 = &v1[v237];
float const v242 = *v241;
uint32_t const v243 = v52 + v235;
float const* const v247 = &v9[v243];
float const v248 = *v247;
float const v250 = *v285;
float const v348 = fma(v242, v248, v250);
*v285 = v348;
}
float const v252 = *v285;
float const v253 = *v286;
float const v254 = v252 + v253;
float const v255 = *v287;
float const v256 = *v288;
float const v257 = v255 + v256;
float const v258 = v254 + v257;
float const v259 = *v289;
float const v260 = *v290;
float const v261 = v259 + v260;
float const v262 = *v291;
float const v263 = *v292;
float const v264 = v262 + v263;
float const v265 = v261 + v264;
float const v266 = v258 + v265;
float const v268 = *v284;
float const v349 = fma(v38, v266, v268);
*v284 = v349;
}
float * const v273 = &v13[v317];
float const v274 = *v284;
*v273 = v274;
}
return;
}
