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

struct alignas(16) float_4 { float i_0; float i_1; float i_2; float i_3; };

struct info_st {
    uint32_t scalars_u32[2];uint32_t static_meta[4];
};
extern "C" __global__ void __launch_bounds__(256) matmul_planes_f32_lanes4_n_in64_n_out192_outs_per_cube8_block_rows1_cube256(float_4 const* const __restrict__ v1, float_4 const* const __restrict__ v5, float * const __restrict__ v9, info_st const* const __restrict__ v233) {
uint32_t const* const dynamic_meta_v235 = reinterpret_cast<uint32_t const*>(v233 + 1);
const info_st& info_v234 = *v233;uint32_t const v3 = 0;
uint32_t const v236 = info_v234.scalars_u32[0];
uint32_t const v14 = uint32_t(v236);
uint32_t const v288 = blockIdx.z;
uint32_t const v289 = uint32_t(v288);
uint32_t const v290 = gridDim.y;
uint32_t const v291 = uint32_t(v290);
uint32_t const v292 = v289 * v291;
uint32_t const v293 = gridDim.x;
uint32_t const v294 = uint32_t(v293);
uint32_t const v295 = v292 * v294;
uint32_t const v296 = blockIdx.y;
uint32_t const v297 = uint32_t(v296);
uint32_t const v300 = v297 * v294;
uint32_t const v301 = v295 + v300;
uint32_t const v302 = blockIdx.x;
uint32_t const v303 = uint32_t(v302);
uint32_t const v304 = v301 + v303;
uint32_t const v16 = 1;
uint32_t const v17 = v14 + v16;
uint32_t const v19 = v17 - v16;
uint32_t const v22 = 24;
uint32_t const v23 = v19 * v22;
bool const v24 = v304 < v23;
if(v24) {
uint32_t const v25 = v304 % v19;
uint32_t const v28 = v304 / v19;
uint32_t const v29 = 8;
uint32_t const v30 = v28 * v29;
array<uint32_t, 1> v241_store = {};
array<uint32_t, 1> * v241 = &v241_store;bool const v37 = v25 < v14;
uint32_t const v41 = v14 - v16;
uint32_t const v42 = v37 ? v25 : v41;
uint32_t const v43 = 16;
uint32_t const v44 = v42 * v43;
uint32_t * const v49 = &(*v241)[v3];
*v49 = v44;
array<float, 1> v242_store = {};
array<float, 1> * v242 = &v242_store;uint32_t const v305 = 256;
uint32_t const v55 = warpSize;
uint32_t const v56 = v305 / v55;
uint32_t const v57 = uint32_t(v56);
uint32_t const v316 = threadIdx.x;
uint32_t const v349 = 0;
uint32_t const v353 = 1;
uint32_t const v308 = v316 / v55;
uint32_t const v59 = uint32_t(v308);
uint32_t v243_store;
uint32_t * v243 = &v243_store;*v243 = v59;
while([&]{
uint32_t const v61 = *v243;
bool const v63 = v61 < v29;
return v63;
}()) {
uint32_t const v65 = *v243;
uint32_t const v66 = v30 + v65;
uint32_t const v68 = v66 * v43;
uint32_t const v311 = v316 % v55;
uint32_t const v70 = uint32_t(v311);
uint32_t const v72 = uint32_t(v55);
array<float_4, 1> v245_store = {};
array<float_4, 1> * v245 = &v245_store;float const v77 = 0;
float_4 const v78 = float_4{v77, v77, v77, v77};
float_4 * const v83 = &(*v245)[v3];
*v83 = v78;
uint32_t v246_store;
uint32_t * v246 = &v246_store;*v246 = v70;
while([&]{
uint32_t const v85 = *v246;
bool const v87 = v85 < v43;
return v87;
}()) {
uint32_t const v89 = *v246;
uint32_t const v90 = v68 + v89;
float_4 const* const v94 = &v5[v90];
float_4 const v95 = *v94;
uint32_t const v101 = *v49;
uint32_t const v103 = v101 + v89;
float_4 const* const v107 = &v1[v103];
float_4 const v108 = *v107;
float_4 const v114 = *v83;
float const v271 = v95.i_0;
float const v272 = v108.i_0;
float const v273 = v114.i_0;
float const v274 = fma(v271, v272, v273);
float const v275 = v95.i_1;
float const v276 = v108.i_1;
float const v277 = v114.i_1;
float const v278 = fma(v275, v276, v277);
float const v279 = v95.i_2;
float const v280 = v108.i_2;
float const v281 = v114.i_2;
float const v282 = fma(v279, v280, v281);
float const v283 = v95.i_3;
float const v284 = v108.i_3;
float const v285 = v114.i_3;
float const v286 = fma(v283, v284, v285);
float_4 const v287 = float_4{v274, v278, v282, v286};
*v83 = v287;
uint32_t const v122 = v89 + v72;
*v246 = v122;
}
float_4 const v128 = *v83;
array<float, 4> v248_store = {};
array<float, 4> * v248 = &v248_store;float const v133 = v128.i_0;
float * const v138 = &(*v248)[v3];
*v138 = v133;
float const v139 = v128.i_1;
float * const v144 = &(*v248)[v16];
*v144 = v139;
float const v145 = v128.i_2;
uint32_t const v148 = 2;
float * const v150 = &(*v248)[v148];
*v150 = v145;
float const v151 = v128.i_3;
uint32_t const v154 = 3;
float * const v156 = &(*v248)[v154];
*v156 = v151;
float const v162 = *v150;
float const v168 = *v138;
float const v169 = v168 + v162;
*v138 = v169;
float const v175 = *v156;
float const v181 = *v144;
float const v182 = v181 + v175;
*v144 = v182;
float const v188 = *v144;
float const v194 = *v138;
float const v195 = v194 + v188;
*v138 = v195;
float const v201 = *v138;
uint32_t const v251 = min(v55, v305);
float v268_store;
float * v268 = &v268_store;*v268 = v201;
uint32_t v269_store;
uint32_t * v269 = &v269_store;*v269 = v353;
while([&]{
uint32_t const v256 = *v269;
bool const v257 = v256 < v251;
return v257;
}()) {
float const v259 = *v268;
uint32_t const v260 = *v269;
float const v261 = __shfl_xor(v259, v260);;
float const v263 = v259 + v261;
*v268 = v263;
uint32_t const v265 = 2;
uint32_t const v266 = v260 * v265;
*v269 = v266;
}
float const v267 = *v268;
float * const v207 = &(*v242)[v3];
*v207 = v267;
bool const v210 = v311 == v349;
if(v210) {
if(v37) {
float const v219 = *v207;
uint32_t const v222 = 192;
uint32_t const v223 = v25 * v222;
uint32_t const v224 = v223 + v30;
uint32_t const v225 = *v243;
uint32_t const v226 = v224 + v225;
float * const v230 = &v9[v226];
*v230 = v219;
}
}
uint32_t const v231 = *v243;
uint32_t const v232 = v231 + v57;
*v243 = v232;
}
}
return;
}
