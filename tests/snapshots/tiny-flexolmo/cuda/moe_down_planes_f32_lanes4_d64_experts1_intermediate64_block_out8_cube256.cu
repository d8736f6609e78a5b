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
extern "C" __global__ void __launch_bounds__(256)  moe_down_planes_f32_lanes4_d64_experts1_intermediate64_block_out8_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v208) {
uint32_t const* const dynamic_meta_v210 = reinterpret_cast<uint32_t const*>(v208 + 1);
const info_st& info_v209 = *v208;uint32_t const v3 = 0;
uint32_t const v211 = info_v209.scalars_u32[0];
uint32_t const v22 = uint32_t(v211);
uint32_t const v265 = blockIdx.z;
uint32_t const v266 = uint32_t(v265);
uint32_t const v267 = gridDim.y;
uint32_t const v268 = uint32_t(v267);
uint32_t const v269 = v266 * v268;
uint32_t const v270 = gridDim.x;
uint32_t const v271 = uint32_t(v270);
uint32_t const v272 = v269 * v271;
uint32_t const v273 = blockIdx.y;
uint32_t const v274 = uint32_t(v273);
uint32_t const v277 = v274 * v271;
uint32_t const v278 = v272 + v277;
uint32_t const v279 = blockIdx.x;
uint32_t const v280 = uint32_t(v279);
uint32_t const v281 = v278 + v280;
bool const v25 = v22 > v3;
bool v218_store;
bool * v218 = &v218_store;if(v25) {
uint32_t const v26 = 8;
uint32_t const v27 = v22 * v26;
bool const v28 = v281 < v27;
*v218 = v28;
}
 else {
bool const v30 = false;
*v218 = v30;
}
bool const v31 = *v218;
if(v31) {
uint32_t const v32 = v281 % v22;
uint32_t const v33 = v281 / v22;
uint32_t const v34 = 8;
uint32_t const v35 = v33 * v34;
uint32_t const v282 = 256;
uint32_t const v37 = warpSize;
uint32_t const v38 = v282 / v37;
uint32_t const v39 = uint32_t(v38);
uint32_t const v293 = threadIdx.x;
uint32_t const v326 = 0;
uint32_t const v330 = 1;
uint32_t const v285 = v293 / v37;
uint32_t const v41 = uint32_t(v285);
uint32_t v219_store;
uint32_t * v219 = &v219_store;*v219 = v41;
while([&]{
uint32_t const v43 = *v219;
bool const v45 = v43 < v34;
return v45;
}()) {
float const v47 = 0;
float v221_store;
float * v221 = &v221_store;*v221 = v47;
uint32_t const v50 = 1;
float const* const v57 = &v5[v32];
float const v58 = *v57;
bool const v60 = v58 < v47;
bool const v61 = !v60;
if(v61) {
uint32_t const* const v66 = &v13[v3];
uint32_t const v67 = *v66;
uint32_t const v68 = uint32_t(v67);
uint32_t const v69 = 64;
uint32_t const v70 = v68 * v69;
uint32_t const v71 = v70 + v35;
uint32_t const v72 = *v219;
uint32_t const v73 = v71 + v72;
uint32_t const v74 = 16;
uint32_t const v75 = v73 * v74;
uint32_t const v81 = v32 * v74;
uint32_t const v288 = v293 % v37;
uint32_t const v83 = uint32_t(v288);
uint32_t const v85 = uint32_t(v37);
float_4 const v87 = float_4{v47, v47, v47, v47};
float_4 v222_store;
float_4 * v222 = &v222_store;*v222 = v87;
uint32_t v223_store;
uint32_t * v223 = &v223_store;*v223 = v83;
while([&]{
uint32_t const v90 = *v223;
bool const v92 = v90 < v74;
return v92;
}()) {
uint32_t const v94 = *v223;
uint32_t const v95 = v75 + v94;
float_4 const* const v99 = &v9[v95];
float_4 const v100 = *v99;
uint32_t const v102 = v81 + v94;
float_4 const* const v106 = &v1[v102];
float_4 const v107 = *v106;
float_4 const v108 = *v222;
float const v248 = v100.i_0;
float const v249 = v107.i_0;
float const v250 = v108.i_0;
float const v251 = fma(v248, v249, v250);
float const v252 = v100.i_1;
float const v253 = v107.i_1;
float const v254 = v108.i_1;
float const v255 = fma(v252, v253, v254);
float const v256 = v100.i_2;
float const v257 = v107.i_2;
float const v258 = v108.i_2;
float const v259 = fma(v256, v257, v258);
float const v260 = v100.i_3;
float const v261 = v107.i_3;
float const v262 = v108.i_3;
float const v263 = fma(v260, v261, v262);
float_4 const v264 = float_4{v251, v255, v259, v263};
*v222 = v264;
uint32_t const v111 = v94 + v85;
*v223 = v111;
}
array<float, 4> v225_store = {};
array<float, 4> * v225 = &v225_store;float_4 const v116 = *v222;
float const v117 = v116.i_0;
float * const v122 = &(*v225)[v3];
*v122 = v117;
float const v124 = v116.i_1;
float * const v129 = &(*v225)[v50];
*v129 = v124;
float const v131 = v116.i_2;
uint32_t const v134 = 2;
float * const v136 = &(*v225)[v134];
*v136 = v131;
float const v138 = v116.i_3;
uint32_t const v141 = 3;
float * const v143 = &(*v225)[v141];
*v143 = v138;
float const v149 = *v136;
float const v155 = *v122;
float const v156 = v155 + v149;
*v122 = v156;
float const v162 = *v143;
float const v168 = *v129;
float const v169 = v168 + v162;
*v129 = v169;
float const v175 = *v129;
float const v181 = *v122;
float const v182 = v181 + v175;
*v122 = v182;
float const v188 = *v122;
uint32_t const v228 = min(v37, v282);
float v245_store;
float * v245 = &v245_store;*v245 = v188;
uint32_t v246_store;
uint32_t * v246 = &v246_store;*v246 = v330;
while([&]{
uint32_t const v233 = *v246;
bool const v234 = v233 < v228;
return v234;
}()) {
float const v236 = *v245;
uint32_t const v237 = *v246;
float const v238 = __shfl_xor_sync(__activemask(), v236, v237);
float const v240 = v236 + v238;
*v245 = v240;
uint32_t const v242 = 2;
uint32_t const v243 = v237 * v242;
*v246 = v243;
}
float const v244 = *v245;
float const v191 = *v221;
float const v362 = fma(v58, v244, v191);
*v221 = v362;
}
uint32_t const v292 = v293 % v37;
bool const v195 = v292 == v326;
if(v195) {
uint32_t const v196 = 64;
uint32_t const v197 = v32 * v196;
uint32_t const v198 = v197 + v35;
uint32_t const v199 = *v219;
uint32_t const v200 = v198 + v199;
float * const v204 = &v17[v200];
float const v205 = *v221;
*v204 = v205;
}
uint32_t const v206 = *v219;
uint32_t const v207 = v206 + v39;
*v219 = v207;
}
}
return;
}
