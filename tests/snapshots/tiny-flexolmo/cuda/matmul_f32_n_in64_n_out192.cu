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
extern "C" __global__ void __launch_bounds__(256)  matmul_f32_n_in64_n_out192(float const* const __restrict__ v1, float const* const __restrict__ v5, float * const __restrict__ v9, info_st const* const __restrict__ v245) {
uint32_t const* const dynamic_meta_v247 = reinterpret_cast<uint32_t const*>(v245 + 1);
const info_st& info_v246 = *v245;uint32_t const v3 = 0;
uint32_t const v248 = info_v246.scalars_u32[0];
uint32_t const v263 = blockIdx.z;
uint32_t const v264 = uint32_t(v263);
uint32_t const v265 = gridDim.y;
uint32_t const v266 = uint32_t(v265);
uint32_t const v267 = v264 * v266;
uint32_t const v268 = gridDim.x;
uint32_t const v269 = uint32_t(v268);
uint32_t const v270 = v267 * v269;
uint32_t const v271 = blockIdx.y;
uint32_t const v272 = uint32_t(v271);
uint32_t const v275 = v272 * v269;
uint32_t const v276 = v270 + v275;
uint32_t const v277 = blockIdx.x;
uint32_t const v278 = uint32_t(v277);
uint32_t const v279 = v276 + v278;
uint32_t const v306 = 256;
uint32_t const v282 = v279 * v306;
uint32_t const v287 = threadIdx.x;
uint32_t const v284 = uint32_t(v287);
uint32_t const v285 = v282 + v284;
uint32_t const v15 = uint32_t(v248);
uint32_t const v16 = 192;
uint32_t const v17 = v15 * v16;
bool const v18 = v285 < v17;
if(v18) {
uint32_t const v20 = v285 / v16;
uint32_t const v22 = v285 % v16;
uint32_t const v23 = 64;
uint32_t const v24 = v20 * v23;
uint32_t const v26 = v22 * v23;
float const v27 = 0;
float v253_store;
float * v253 = &v253_store;*v253 = v27;
float v254_store;
float * v254 = &v254_store;*v254 = v27;
float v255_store;
float * v255 = &v255_store;*v255 = v27;
float v256_store;
float * v256 = &v256_store;*v256 = v27;
float v257_store;
float * v257 = &v257_store;*v257 = v27;
float v258_store;
float * v258 = &v258_store;*v258 = v27;
float v259_store;
float * v259 = &v259_store;*v259 = v27;
float v260_store;
float * v260 = &v260_store;*v260 = v27;
uint32_t const v52 = 8;
uint32_t const v53 = 1;
for(uint32_t v54 = v3; v54 < v52; v54 += v53) {
uint32_t const v57 = v54 * v52;
uint32_t const v58 = v24 + v57;
float const* const v62 = &v1[v58];
float const v63 = *v62;
uint32_t const v64 = v26 + v57;
float const* const v68 = &v5[v64];
float const v69 = *v68;
float const v71 = *v253;
float const v307 = fma(v63, v69, v71);
*v253 = v307;
uint32_t const v75 = v58 + v53;
float const* const v79 = &v1[v75];
float const v80 = *v79;
uint32_t const v83 = v64 + v53;
float const* const v87 = &v5[v83];
float const v88 = *v87;
float const v90 = *v254;
float const v308 = fma(v80, v88, v90);
*v254 = v308;
uint32_t const v93 = 2;
uint32_t const v94 = v58 + v93;
float const* const v98 = &v1[v94];
float const v99 = *v98;
uint32_t const v102 = v64 + v93;
float const* const v106 = &v5[v102];
float const v107 = *v106;
float const v109 = *v255;
float const v309 = fma(v99, v107, v109);
*v255 = v309;
uint32_t const v112 = 3;
uint32_t const v113 = v58 + v112;
float const* const v117 = &v1[v113];
float const v118 = *v117;
uint32_t const v121 = v64 + v112;
float const* const v125 = &v5[v121];
float const v126 = *v125;
float const v128 = *v256;
float const v310 = fma(v118, v126, v128);
*v256 = v310;
uint32_t const v131 = 4;
uint32_t const v132 = v58 + v131;
float const* const v136 = &v1[v132];
float const v137 = *v136;
uint32_t const v140 = v64 + v131;
float const* const v144 = &v5[v140];
float const v145 = *v144;
float const v147 = *v257;
float const v311 = fma(v137, v145, v147);
*v257 = v311;
uint32_t const v150 = 5;
uint32_t const v151 = v58 + v150;
float const* const v155 = &v1[v151];
float const v156 = *v155;
uint32_t const v159 = v64 + v150;
float const* const v163 = &v5[v159];
float const v164 = *v163;
float const v166 = *v258;
float const v312 = fma(v156, v164, v166);
*v258 = v312;
uint32_t const v169 = 6;
uint32_t const v170 = v58 + v169;
float const* const v174 = &v1[v170];
float const v175 = *v174;
uint32_t const v178 = v64 + v169;
float const* const v182 = &v5[v178];
float const v183 = *v182;
float const v185 = *v259;
float const v313 = fma(v175, v183, v185);
*v259 = v313;
uint32_t const v188 = 7;
uint32_t const v189 = v58 + v188;
float const* const v193 = &v1[v189];
float const v194 = *v193;
uint32_t const v197 = v64 + v188;
float const* const v201 = &v5[v197];
float const v202 = *v201;
float const v204 = *v260;
float const v314 = fma(v194, v202, v204);
*v260 = v314;
}
for(uint32_t v209 = v23; v209 < v23; v209 += v53) {
uint32_t const v211 = v24 + v209;
float const* const v215 = &v1[v211];
float const v216 = *v215;
uint32_t const v217 = v26 + v209;
float const* const v221 = &v5[v217];
float const v222 = *v221;
float const v224 = *v253;
float const v315 = fma(v216, v222, v224);
*v253 = v315;
}
float const v226 = *v253;
float const v227 = *v254;
float const v228 = v226 + v227;
float const v229 = *v255;
float const v230 = *v256;
float const v231 = v229 + v230;
float const v232 = v228 + v231;
float const v233 = *v257;
float const v234 = *v258;
float const v235 = v233 + v234;
float const v236 = *v259;
float const v237 = *v260;
float const v238 = v236 + v237;
float const v239 = v235 + v238;
float const v240 = v232 + v239;
float * const v244 = &v9[v285];
*v244 = v240;
}
return;
}
