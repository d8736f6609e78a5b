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
extern "C" __global__ void __launch_bounds__(256)  moe_down_f32_d64_experts1_intermediate64(float const* const __restrict__ v1, float const* const __restrict__ v5, float const* const __restrict__ v9, float * const __restrict__ v13, info_st const* const __restrict__ v276) {
uint32_t const* const dynamic_meta_v278 = reinterpret_cast<uint32_t const*>(v276 + 1);
const info_st& info_v277 = *v276;uint32_t const v3 = 0;
uint32_t const v279 = info_v277.scalars_u32[0];
uint32_t const v296 = blockIdx.z;
uint32_t const v297 = uint32_t(v296);
uint32_t const v298 = gridDim.y;
uint32_t const v299 = uint32_t(v298);
uint32_t const v300 = v297 * v299;
uint32_t const v301 = gridDim.x;
uint32_t const v302 = uint32_t(v301);
uint32_t const v303 = v300 * v302;
uint32_t const v304 = blockIdx.y;
uint32_t const v305 = uint32_t(v304);
uint32_t const v308 = v305 * v302;
uint32_t const v309 = v303 + v308;
uint32_t const v310 = blockIdx.x;
uint32_t const v311 = uint32_t(v310);
uint32_t const v312 = v309 + v311;
uint32_t const v339 = 256;
uint32_t const v315 = v312 * v339;
uint32_t const v320 = threadIdx.x;
uint32_t const v317 = uint32_t(v320);
uint32_t const v318 = v315 + v317;
uint32_t const v19 = uint32_t(v279);
uint32_t const v20 = 64;
uint32_t const v21 = v19 * v20;
bool const v22 = v318 < v21;
if(v22) {
uint32_t const v24 = v318 / v20;
uint32_t const v26 = v318 % v20;
float const v27 = 0;
float v285_store;
float * v285 = &v285_store;*v285 = v27;
uint32_t const v30 = 1;
float const* const v37 = &v5[v24];
float const v38 = *v37;
bool const v40 = v38 < v27;
bool const v41 = !v40;
if(v41) {
uint32_t const v47 = v24 * v20;
uint32_t const v53 = v26 * v20;
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
float v293_store;
float * v293 = &v293_store;*v293 = v27;
uint32_t const v79 = 8;
for(uint32_t v81 = v3; v81 < v79; v81 += v30) {
uint32_t const v84 = v81 * v79;
uint32_t const v85 = v47 + v84;
float const* const v89 = &v1[v85];
float const v90 = *v89;
uint32_t const v91 = v53 + v84;
float const* const v95 = &v9[v91];
float const v96 = *v95;
float const v98 = *v286;
float const v341 = fma(v90, v96, v98);
*v286 = v341;
uint32_t const v102 = v85 + v30;
float const* const v106 = &v1[v102];
float const v107 = *v106;
uint32_t const v110 = v91 + v30;
float const* const v114 = &v9[v110];
float const v115 = *v114;
float const v117 = *v287;
float const v342 = fma(v107, v115, v117);
*v287 = v342;
uint32_t const v120 = 2;
uint32_t const v121 = v85 + v120;
float const* const v125 = &v1[v121];
float const v126 = *v125;
uint32_t const v129 = v91 + v120;
float const* const v133 = &v9[v129];
float const v134 = *v133;
float const v136 = *v288;
float const v343 = fma(v126, v134, v136);
*v288 = v343;
uint32_t const v139 = 3;
uint32_t const v140 = v85 + v139;
float const* const v144 = &v1[v140];
float const v145 = *v144;
uint32_t const v148 = v91 + v139;
float const* const v152 = &v9[v148];
float const v153 = *v152;
float const v155 = *v289;
float const v344 = fma(v145, v153, v155);
*v289 = v344;
uint32_t const v158 = 4;
uint32_t const v159 = v85 + v158;
float const* const v163 = &v1[v159];
float const v164 = *v163;
uint32_t const v167 = v91 + v158;
float const* const v171 = &v9[v167];
float const v172 = *v171;
float const v174 = *v290;
float const v345 = fma(v164, v172, v174);
*v290 = v345;
uint32_t const v177 = 5;
uint32_t const v178 = v85 + v177;
float const* const v182 = &v1[v178];
float const v183 = *v182;
uint32_t const v186 = v91 + v177;
float const* const v190 = &v9[v186];
float const v191 = *v190;
float const v193 = *v291;
float const v346 = fma(v183, v191, v193);
*v291 = v346;
uint32_t const v196 = 6;
uint32_t const v197 = v85 + v196;
float const* const v201 = &v1[v197];
float const v202 = *v201;
uint32_t const v205 = v91 + v196;
float const* const v209 = &v9[v205];
float const v210 = *v209;
float const v212 = *v292;
float const v347 = fma(v202, v210, v212);
*v292 = v347;
uint32_t const v215 = 7;
uint32_t const v216 = v85 + v215;
float const* const v220 = &v1[v216];
float const v221 = *v220;
uint32_t const v224 = v91 + v215;
float const* const v228 = &v9[v224];
float const v229 = *v228;
float const v231 = *v293;
float const v348 = fma(v221, v229, v231);
*v293 = v348;
}
for(uint32_t v236 = v20; v236 < v20; v236 += v30) {
uint32_t const v238 = v47 + v236;
float const* const v242 = &v1[v238];
float const v243 = *v242;
uint32_t const v244 = v53 + v236;
float const* const v248 = &v9[v244];
float const v249 = *v248;
float const v251 = *v286;
float const v349 = fma(v243, v249, v251);
*v286 = v349;
}
float const v253 = *v286;
float const v254 = *v287;
float const v255 = v253 + v254;
float const v256 = *v288;
float const v257 = *v289;
float const v258 = v256 + v257;
float const v259 = v255 + v258;
float const v260 = *v290;
float const v261 = *v291;
float const v262 = v260 + v261;
float const v263 = *v292;
float const v264 = *v293;
float const v265 = v263 + v264;
float const v266 = v262 + v265;
float const v267 = v259 + v266;
float const v269 = *v285;
float const v350 = fma(v38, v267, v269);
*v285 = v350;
}
float * const v274 = &v13[v318];
float const v275 = *v285;
*v274 = v275;
}
return;
}
