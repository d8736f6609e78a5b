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
extern "C" __global__ void __launch_bounds__(256)  moe_down_f32_d64_experts7_intermediate64(float const* const __restrict__ v1, float const* const __restrict__ v5, float const* const __restrict__ v9, float * const __restrict__ v13, info_st const* const __restrict__ v278) {
uint32_t const* const dynamic_meta_v280 = reinterpret_cast<uint32_t const*>(v278 + 1);
const info_st& info_v279 = *v278;uint32_t const v3 = 0;
uint32_t const v281 = info_v279.scalars_u32[0];
uint32_t const v299 = blockIdx.z;
uint32_t const v300 = uint32_t(v299);
uint32_t const v301 = gridDim.y;
uint32_t const v302 = uint32_t(v301);
uint32_t const v303 = v300 * v302;
uint32_t const v304 = gridDim.x;
uint32_t const v305 = uint32_t(v304);
uint32_t const v306 = v303 * v305;
uint32_t const v307 = blockIdx.y;
uint32_t const v308 = uint32_t(v307);
uint32_t const v311 = v308 * v305;
uint32_t const v312 = v306 + v311;
uint32_t const v313 = blockIdx.x;
uint32_t const v314 = uint32_t(v313);
uint32_t const v315 = v312 + v314;
uint32_t const v342 = 256;
uint32_t const v318 = v315 * v342;
uint32_t const v323 = threadIdx.x;
uint32_t const v320 = uint32_t(v323);
uint32_t const v321 = v318 + v320;
uint32_t const v19 = uint32_t(v281);
uint32_t const v20 = 64;
uint32_t const v21 = v19 * v20;
bool const v22 = v321 < v21;
if(v22) {
uint32_t const v24 = v321 / v20;
uint32_t const v26 = v321 % v20;
float const v27 = 0;
float v287_store;
float * v287 = &v287_store;*v287 = v27;
uint32_t const v31 = 7;
uint32_t const v32 = 1;
for(uint32_t v33 = v3; v33 < v31; v33 += v32) {
uint32_t const v36 = v24 * v31;
uint32_t const v37 = v36 + v33;
float const* const v41 = &v5[v37];
float const v42 = *v41;
bool const v44 = v42 < v27;
bool const v45 = !v44;
if(v45) {
uint32_t const v50 = v37 * v20;
uint32_t const v52 = v33 * v20;
uint32_t const v53 = v52 + v26;
uint32_t const v55 = v53 * v20;
float v289_store;
float * v289 = &v289_store;*v289 = v27;
float v290_store;
float * v290 = &v290_store;*v290 = v27;
float v291_store;
float * v291 = &v291_store;*v291 = v27;
float v292_store;
float * v292 = &v292_store;*v292 = v27;
float v293_store;
float * v293 = &v293_store;*v293 = v27;
float v294_store;
float * v294 = &v294_store;*v294 = v27;
float v295_store;
float * v295 = &v295_store;*v295 = v27;
float v296_store;
float * v296 = &v296_store;*v296 = v27;
uint32_t const v81 = 8;
for(uint32_t v83 = v3; v83 < v81; v83 += v32) {
uint32_t const v86 = v83 * v81;
uint32_t const v87 = v50 + v86;
float const* const v91 = &v1[v87];
float const v92 = *v91;
uint32_t const v93 = v55 + v86;
float const* const v97 = &v9[v93];
float const v98 = *v97;
float const v100 = *v289;
float const v343 = fma(v92, v98, v100);
*v289 = v343;
uint32_t const v104 = v87 + v32;
float const* const v108 = &v1[v104];
float const v109 = *v108;
uint32_t const v112 = v93 + v32;
float const* const v116 = &v9[v112];
float const v117 = *v116;
float const v119 = *v290;
float const v344 = fma(v109, v117, v119);
*v290 = v344;
uint32_t const v122 = 2;
uint32_t const v123 = v87 + v122;
float const* const v127 = &v1[v123];
float const v128 = *v127;
uint32_t const v131 = v93 + v122;
float const* const v135 = &v9[v131];
float const v136 = *v135;
float const v138 = *v291;
float const v345 = fma(v128, v136, v138);
*v291 = v345;
uint32_t const v141 = 3;
uint32_t const v142 = v87 + v141;
float const* const v146 = &v1[v142];
float const v147 = *v146;
uint32_t const v150 = v93 + v141;
float const* const v154 = &v9[v150];
float const v155 = *v154;
float const v157 = *v292;
float const v346 = fma(v147, v155, v157);
*v292 = v346;
uint32_t const v160 = 4;
uint32_t const v161 = v87 + v160;
float const* const v165 = &v1[v161];
float const v166 = *v165;
uint32_t const v169 = v93 + v160;
float const* const v173 = &v9[v169];
float const v174 = *v173;
float const v176 = *v293;
float const v347 = fma(v166, v174, v176);
*v293 = v347;
uint32_t const v179 = 5;
uint32_t const v180 = v87 + v179;
float const* const v184 = &v1[v180];
float const v185 = *v184;
uint32_t const v188 = v93 + v179;
float const* const v192 = &v9[v188];
float const v193 = *v192;
float const v195 = *v294;
float const v348 = fma(v185, v193, v195);
*v294 = v348;
uint32_t const v198 = 6;
uint32_t const v199 = v87 + v198;
float const* const v203 = &v1[v199];
float const v204 = *v203;
uint32_t const v207 = v93 + v198;
float const* const v211 = &v9[v207];
float const v212 = *v211;
float const v214 = *v295;
float const v349 = fma(v204, v212, v214);
*v295 = v349;
uint32_t const v218 = v87 + v31;
float const* const v222 = &v1[v218];
float const v223 = *v222;
uint32_t const v226 = v93 + v31;
float const* const v230 = &v9[v226];
float const v231 = *v230;
float const v233 = *v296;
float const v350 = fma(v223, v231, v233);
*v296 = v350;
}
for(uint32_t v238 = v20; v238 < v20; v238 += v32) {
uint32_t const v240 = v50 + v238;
float const* const v244 = &v1[v240];
float const v245 = *v244;
uint32_t const v246 = v55 + v238;
float const* const v250 = &v9[v246];
float const v251 = *v250;
float const v253 = *v289;
float const v351 = fma(v245, v251, v253);
*v289 = v351;
}
float const v255 = *v289;
float const v256 = *v290;
float const v257 = v255 + v256;
float const v258 = *v291;
float const v259 = *v292;
float const v260 = v258 + v259;
float const v261 = v257 + v260;
float const v262 = *v293;
float const v263 = *v294;
float const v264 = v262 + v263;
float const v265 = *v295;
float const v266 = *v296;
float const v267 = v265 + v266;
float const v268 = v264 + v267;
float const v269 = v261 + v268;
float const v271 = *v287;
float const v352 = fma(v42, v269, v271);
*v287 = v352;
}
}
float * const v276 = &v13[v321];
float const v277 = *v287;
*v276 = v277;
}
return;
}
