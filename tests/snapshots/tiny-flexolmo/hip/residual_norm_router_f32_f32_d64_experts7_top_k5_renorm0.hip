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
extern "C" __global__ void __launch_bounds__(256) residual_norm_router_f32_f32_d64_experts7_top_k5_renorm0(float const* const __restrict__ v1, float const* const __restrict__ v5, float const* const __restrict__ v9, float const* const __restrict__ v13, float const* const __restrict__ v17, float * const __restrict__ v21, float * const __restrict__ v25, info_st const* const __restrict__ v257) {
uint32_t const* const dynamic_meta_v259 = reinterpret_cast<uint32_t const*>(v257 + 1);
const info_st& info_v258 = *v257;uint32_t const v3 = 0;
uint32_t const v260 = info_v258.scalars_u32[0];
float const v261 = info_v258.scalars_f32[0];
uint32_t const v289 = blockIdx.z;
uint32_t const v290 = uint32_t(v289);
uint32_t const v291 = gridDim.y;
uint32_t const v292 = uint32_t(v291);
uint32_t const v293 = v290 * v292;
uint32_t const v294 = gridDim.x;
uint32_t const v295 = uint32_t(v294);
uint32_t const v296 = v293 * v295;
uint32_t const v297 = blockIdx.y;
uint32_t const v298 = uint32_t(v297);
uint32_t const v301 = v298 * v295;
uint32_t const v302 = v296 + v301;
uint32_t const v303 = blockIdx.x;
uint32_t const v304 = uint32_t(v303);
uint32_t const v305 = v302 + v304;
uint32_t const v332 = 256;
uint32_t const v308 = v305 * v332;
uint32_t const v313 = threadIdx.x;
uint32_t const v310 = uint32_t(v313);
uint32_t const v311 = v308 + v310;
uint32_t const v32 = uint32_t(v260);
bool const v33 = v311 < v32;
if(v33) {
uint32_t const v34 = 64;
uint32_t const v35 = v311 * v34;
float const v36 = 0;
float v270_store;
float * v270 = &v270_store;*v270 = v36;
uint32_t const v41 = 1;
for(uint32_t v42 = v3; v42 < v34; v42 += v41) {
uint32_t const v44 = v35 + v42;
float const* const v48 = &v5[v44];
float const v49 = *v48;
float const v51 = *v270;
float const v334 = fma(v49, v49, v51);
*v270 = v334;
}
float const v333 = 64;
float const v55 = *v270;
float const v56 = v55 / v333;
float const v57 = v56 + v261;
float const v58 = sqrt(v57);float const v272 = 1;
float const v273 = v272 / v58;
array<float, 7> v274_store = {};
array<float, 7> * v274 = &v274_store;uint32_t const v62 = 7;
for(uint32_t v67 = v3; v67 < v62; v67 += v41) {
float * const v72 = &(*v274)[v67];
*v72 = v36;
}
for(uint32_t v77 = v3; v77 < v34; v77 += v41) {
uint32_t const v79 = v35 + v77;
float const* const v83 = &v1[v79];
float const v84 = *v83;
float const* const v88 = &v9[v77];
float const v89 = *v88;
float const* const v94 = &v5[v79];
float const v95 = *v94;
float const v96 = v95 * v273;
float const v335 = fma(v89, v96, v84);
float * const v103 = &v21[v79];
*v103 = v335;
for(uint32_t v107 = v3; v107 < v62; v107 += v41) {
uint32_t const v110 = v107 * v34;
uint32_t const v111 = v110 + v77;
float const* const v115 = &v13[v111];
float const v116 = *v115;
float * const v121 = &(*v274)[v107];
float const v122 = *v121;
float const v336 = fma(v335, v116, v122);
*v121 = v336;
}
}
float const v124 = (-1.0f/0.0f);
float v278_store;
float * v278 = &v278_store;*v278 = v124;
for(uint32_t v130 = v3; v130 < v62; v130 += v41) {
float * const v135 = &(*v274)[v130];
float const v136 = *v135;
float const* const v140 = &v17[v130];
float const v141 = *v140;
float const v142 = v136 + v141;
*v135 = v142;
float const v147 = *v278;
float const v148 = max(v147, v142);
*v278 = v148;
}
float v280_store;
float * v280 = &v280_store;*v280 = v36;
for(uint32_t v155 = v3; v155 < v62; v155 += v41) {
float * const v160 = &(*v274)[v155];
float const v161 = *v160;
float const v162 = *v278;
float const v163 = v161 - v162;
float const v164 = exp(v163);*v160 = v164;
float const v169 = *v280;
float const v170 = v169 + v164;
*v280 = v170;
}
for(uint32_t v174 = v3; v174 < v62; v174 += v41) {
float * const v179 = &(*v274)[v174];
float const v180 = *v179;
float const v181 = *v280;
float const v182 = v180 / v181;
*v179 = v182;
uint32_t const v184 = v311 * v62;
uint32_t const v185 = v184 + v174;
float * const v189 = &v25[v185];
float const v190 = -1;
*v189 = v190;
}
float v283_store;
float * v283 = &v283_store;*v283 = v36;
uint32_t const v195 = 5;
for(uint32_t v197 = v3; v197 < v195; v197 += v41) {
uint32_t v285_store;
uint32_t * v285 = &v285_store;*v285 = v3;
float const v202 = -1;
float v286_store;
float * v286 = &v286_store;*v286 = v202;
for(uint32_t v208 = v3; v208 < v62; v208 += v41) {
float * const v213 = &(*v274)[v208];
float const v214 = *v213;
float const v215 = *v286;
bool const v216 = v214 > v215;
if(v216) {
*v286 = v214;
*v285 = v208;
}
}
uint32_t const v223 = v311 * v62;
uint32_t const v224 = *v285;
uint32_t const v225 = v223 + v224;
float * const v229 = &v25[v225];
float const v230 = *v286;
*v229 = v230;
float const v231 = *v283;
float const v233 = v231 + v230;
*v283 = v233;
float * const v238 = &(*v274)[v224];
float const v239 = -2;
*v238 = v239;
}
float const v240 = *v280;
bool const v242 = v240 >= v36;
bool const v243 = !v242;
if(v243) {
for(uint32_t v247 = v3; v247 < v62; v247 += v41) {
uint32_t const v250 = v311 * v62;
uint32_t const v251 = v250 + v247;
float * const v255 = &v25[v251];
float const v256 = (0.0f/0.0f);
*v255 = v256;
}
}
}
return;
}
