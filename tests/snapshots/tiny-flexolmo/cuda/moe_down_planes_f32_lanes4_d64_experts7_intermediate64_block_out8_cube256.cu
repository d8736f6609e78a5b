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
extern "C" __global__ void __launch_bounds__(256)  moe_down_planes_f32_lanes4_d64_experts7_intermediate64_block_out8_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v210) {
uint32_t const* const dynamic_meta_v212 = reinterpret_cast<uint32_t const*>(v210 + 1);
const info_st& info_v211 = *v210;uint32_t const v3 = 0;
uint32_t const v213 = info_v211.scalars_u32[0];
uint32_t const v22 = uint32_t(v213);
uint32_t const v268 = blockIdx.z;
uint32_t const v269 = uint32_t(v268);
uint32_t const v270 = gridDim.y;
uint32_t const v271 = uint32_t(v270);
uint32_t const v272 = v269 * v271;
uint32_t const v273 = gridDim.x;
uint32_t const v274 = uint32_t(v273);
uint32_t const v275 = v272 * v274;
uint32_t const v276 = blockIdx.y;
uint32_t const v277 = uint32_t(v276);
uint32_t const v280 = v277 * v274;
uint32_t const v281 = v275 + v280;
uint32_t const v282 = blockIdx.x;
uint32_t const v283 = uint32_t(v282);
uint32_t const v284 = v281 + v283;
bool const v25 = v22 > v3;
bool v220_store;
bool * v220 = &v220_store;if(v25) {
uint32_t const v26 = 8;
uint32_t const v27 = v22 * v26;
bool const v28 = v284 < v27;
*v220 = v28;
}
 else {
bool const v30 = false;
*v220 = v30;
}
bool const v31 = *v220;
if(v31) {
uint32_t const v32 = v284 % v22;
uint32_t const v33 = v284 / v22;
uint32_t const v34 = 8;
uint32_t const v35 = v33 * v34;
uint32_t const v285 = 256;
uint32_t const v37 = warpSize;
uint32_t const v38 = v285 / v37;
uint32_t const v39 = uint32_t(v38);
uint32_t const v296 = threadIdx.x;
uint32_t const v329 = 0;
uint32_t const v333 = 1;
uint32_t const v288 = v296 / v37;
uint32_t const v41 = uint32_t(v288);
uint32_t v221_store;
uint32_t * v221 = &v221_store;*v221 = v41;
while([&]{
uint32_t const v43 = *v221;
bool const v45 = v43 < v34;
return v45;
}()) {
float const v47 = 0;
float v223_store;
float * v223 = &v223_store;*v223 = v47;
uint32_t const v51 = 7;
uint32_t const v52 = 1;
for(uint32_t v53 = v3; v53 < v51; v53 += v52) {
uint32_t const v56 = v32 * v51;
uint32_t const v57 = v56 + v53;
float const* const v61 = &v5[v57];
float const v62 = *v61;
bool const v64 = v62 < v47;
bool const v65 = !v64;
if(v65) {
uint32_t const* const v69 = &v13[v53];
uint32_t const v70 = *v69;
uint32_t const v71 = uint32_t(v70);
uint32_t const v72 = 64;
uint32_t const v73 = v71 * v72;
uint32_t const v74 = v73 + v35;
uint32_t const v75 = *v221;
uint32_t const v76 = v74 + v75;
uint32_t const v77 = 16;
uint32_t const v78 = v76 * v77;
uint32_t const v83 = v57 * v77;
uint32_t const v291 = v296 % v37;
uint32_t const v85 = uint32_t(v291);
uint32_t const v87 = uint32_t(v37);
float_4 const v89 = float_4{v47, v47, v47, v47};
float_4 v225_store;
float_4 * v225 = &v225_store;*v225 = v89;
uint32_t v226_store;
uint32_t * v226 = &v226_store;*v226 = v85;
while([&]{
uint32_t const v92 = *v226;
bool const v94 = v92 < v77;
return v94;
}()) {
uint32_t const v96 = *v226;
uint32_t const v97 = v78 + v96;
float_4 const* const v101 = &v9[v97];
float_4 const v102 = *v101;
uint32_t const v104 = v83 + v96;
float_4 const* const v108 = &v1[v104];
float_4 const v109 = *v108;
float_4 const v110 = *v225;
float const v251 = v102.i_0;
float const v252 = v109.i_0;
float const v253 = v110.i_0;
float const v254 = fma(v251, v252, v253);
float const v255 = v102.i_1;
float const v256 = v109.i_1;
float const v257 = v110.i_1;
float const v258 = fma(v255, v256, v257);
float const v259 = v102.i_2;
float const v260 = v109.i_2;
float const v261 = v110.i_2;
float const v262 = fma(v259, v260, v261);
float const v263 = v102.i_3;
float const v264 = v109.i_3;
float const v265 = v110.i_3;
float const v266 = fma(v263, v264, v265);
float_4 const v267 = float_4{v254, v258, v262, v266};
*v225 = v267;
uint32_t const v113 = v96 + v87;
*v226 = v113;
}
array<float, 4> v228_store = {};
array<float, 4> * v228 = &v228_store;float_4 const v118 = *v225;
float const v119 = v118.i_0;
float * const v124 = &(*v228)[v3];
*v124 = v119;
float const v126 = v118.i_1;
float * const v131 = &(*v228)[v52];
*v131 = v126;
float const v133 = v118.i_2;
uint32_t const v136 = 2;
float * const v138 = &(*v228)[v136];
*v138 = v133;
float const v140 = v118.i_3;
uint32_t const v143 = 3;
float * const v145 = &(*v228)[v143];
*v145 = v140;
float const v151 = *v138;
float const v157 = *v124;
float const v158 = v157 + v151;
*v124 = v158;
float const v164 = *v145;
float const v170 = *v131;
float const v171 = v170 + v164;
*v131 = v171;
float const v177 = *v131;
float const v183 = *v124;
float const v184 = v183 + v177;
*v124 = v184;
float const v190 = *v124;
uint32_t const v231 = min(v37, v285);
float v248_store;
float * v248 = &v248_store;*v248 = v190;
uint32_t v249_store;
uint32_t * v249 = &v249_store;*v249 = v333;
while([&]{
uint32_t const v236 = *v249;
bool const v237 = v236 < v231;
return v237;
}()) {
float const v239 = *v248;
uint32_t const v240 = *v249;
float const v241 = __shfl_xor_sync(__activemask(), v239, v240);
float const v243 = v239 + v241;
*v248 = v243;
uint32_t const v245 = 2;
uint32_t const v246 = v240 * v245;
*v249 = v246;
}
float const v247 = *v248;
float const v193 = *v223;
float const v364 = fma(v62, v247, v193);
*v223 = v364;
}
}
uint32_t const v295 = v296 % v37;
bool const v197 = v295 == v329;
if(v197) {
uint32_t const v198 = 64;
uint32_t const v199 = v32 * v198;
uint32_t const v200 = v199 + v35;
uint32_t const v201 = *v221;
uint32_t const v202 = v200 + v201;
float * const v206 = &v17[v202];
float const v207 = *v223;
*v206 = v207;
}
uint32_t const v208 = *v221;
uint32_t const v209 = v208 + v39;
*v221 = v209;
}
}
return;
}
