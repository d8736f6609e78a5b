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
extern "C" __global__ void __launch_bounds__(256)  moe_down_planes_f32_lanes4_d64_experts7_intermediate64_block_out8_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v153) {
uint32_t const* const dynamic_meta_v155 = reinterpret_cast<uint32_t const*>(v153 + 1);
const info_st& info_v154 = *v153;uint32_t const v3 = 0;
uint32_t const v156 = info_v154.scalars_u32[0];
uint32_t const v22 = uint32_t(v156);
uint32_t const v211 = blockIdx.z;
uint32_t const v212 = uint32_t(v211);
uint32_t const v213 = gridDim.y;
uint32_t const v214 = uint32_t(v213);
uint32_t const v215 = v212 * v214;
uint32_t const v216 = gridDim.x;
uint32_t const v217 = uint32_t(v216);
uint32_t const v218 = v215 * v217;
uint32_t const v219 = blockIdx.y;
uint32_t const v220 = uint32_t(v219);
uint32_t const v223 = v220 * v217;
uint32_t const v224 = v218 + v223;
uint32_t const v225 = blockIdx.x;
uint32_t const v226 = uint32_t(v225);
uint32_t const v227 = v224 + v226;
bool const v25 = v22 > v3;
bool v163_store;
bool * v163 = &v163_store;if(v25) {
uint32_t const v26 = 8;
uint32_t const v27 = v22 * v26;
bool const v28 = v227 < v27;
*v163 = v28;
}
 else {
bool const v30 = false;
*v163 = v30;
}
bool const v31 = *v163;
if(v31) {
uint32_t const v32 = v227 % v22;
uint32_t const v33 = v227 / v22;
uint32_t const v34 = 8;
uint32_t const v35 = v33 * v34;
uint32_t const v228 = 256;
uint32_t const v37 = warpSize;
uint32_t const v38 = v228 / v37;
uint32_t const v39 = uint32_t(v38);
uint32_t const v239 = threadIdx.x;
uint32_t const v272 = 0;
uint32_t const v276 = 1;
uint32_t const v231 = v239 / v37;
uint32_t const v41 = uint32_t(v231);
uint32_t v164_store;
uint32_t * v164 = &v164_store;*v164 = v41;
while([&]{
uint32_t const v43 = *v164;
bool const v45 = v43 < v34;
return v45;
}()) {
float const v47 = 0;
float v166_store;
float * v166 = &v166_store;*v166 = v47;
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
uint32_t const v75 = *v164;
uint32_t const v76 = v74 + v75;
uint32_t const v77 = 16;
uint32_t const v78 = v76 * v77;
uint32_t const v83 = v57 * v77;
uint32_t const v234 = v239 % v37;
uint32_t const v85 = uint32_t(v234);
uint32_t const v87 = uint32_t(v37);
float_4 const v89 = float_4{v47, v47, v47, v47};
float_4 v168_store;
float_4 * v168 = &v168_store;*v168 = v89;
uint32_t v169_store;
uint32_t * v169 = &v169_store;*v169 = v85;
while([&]{
uint32_t const v92 = *v169;
bool const v94 = v92 < v77;
return v94;
}()) {
uint32_t const v96 = *v169;
uint32_t const v97 = v78 + v96;
float_4 const* const v101 = &v9[v97];
float_4 const v102 = *v101;
uint32_t const v104 = v83 + v96;
float_4 const* const v108 = &v1[v104];
float_4 const v109 = *v108;
float_4 const v110 = *v168;
float const v194 = v102.i_0;
float const v195 = v109.i_0;
float const v196 = v110.i_0;
float const v197 = fma(v194, v195, v196);
float const v198 = v102.i_1;
float const v199 = v109.i_1;
float const v200 = v110.i_1;
float const v201 = fma(v198, v199, v200);
float const v202 = v102.i_2;
float const v203 = v109.i_2;
float const v204 = v110.i_2;
float const v205 = fma(v202, v203, v204);
float const v206 = v102.i_3;
float const v207 = v109.i_3;
float const v208 = v110.i_3;
float const v209 = fma(v206, v207, v208);
float_4 const v210 = float_4{v197, v201, v205, v209};
*v168 = v210;
uint32_t const v113 = v96 + v87;
*v169 = v113;
}
float_4 const v117 = *v168;
float const v118 = v117.i_0;
float const v122 = v117.i_1;
float const v124 = v118 + v122;
float const v126 = v117.i_2;
float const v128 = v124 + v126;
float const v130 = v117.i_3;
float const v132 = v128 + v130;
uint32_t const v174 = min(v37, v228);
float v191_store;
float * v191 = &v191_store;*v191 = v132;
uint32_t v192_store;
uint32_t * v192 = &v192_store;*v192 = v276;
while([&]{
uint32_t const v179 = *v192;
bool const v180 = v179 < v174;
return v180;
}()) {
float const v182 = *v191;
uint32_t const v183 = *v192;
float const v184 = __shfl_xor_sync(__activemask(), v182, v183);
float const v186 = v182 + v184;
*v191 = v186;
uint32_t const v188 = 2;
uint32_t const v189 = v183 * v188;
*v192 = v189;
}
float const v190 = *v191;
float const v136 = *v166;
float const v296 = fma(v62, v190, v136);
*v166 = v296;
}
}
uint32_t const v238 = v239 % v37;
bool const v140 = v238 == v272;
if(v140) {
uint32_t const v141 = 64;
uint32_t const v142 = v32 * v141;
uint32_t const v143 = v142 + v35;
uint32_t const v144 = *v164;
uint32_t const v145 = v143 + v144;
float * const v149 = &v17[v145];
float const v150 = *v166;
*v149 = v150;
}
uint32_t const v151 = *v164;
uint32_t const v152 = v151 + v39;
*v164 = v152;
}
}
return;
}
