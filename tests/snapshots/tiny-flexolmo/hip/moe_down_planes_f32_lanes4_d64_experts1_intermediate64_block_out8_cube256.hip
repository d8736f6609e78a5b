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
    uint32_t scalars_u32[2];uint32_t static_meta[6];
};
extern "C" __global__ void __launch_bounds__(256) moe_down_planes_f32_lanes4_d64_experts1_intermediate64_block_out8_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v151) {
uint32_t const* const dynamic_meta_v153 = reinterpret_cast<uint32_t const*>(v151 + 1);
const info_st& info_v152 = *v151;uint32_t const v3 = 0;
uint32_t const v154 = info_v152.scalars_u32[0];
uint32_t const v22 = uint32_t(v154);
uint32_t const v208 = blockIdx.z;
uint32_t const v209 = uint32_t(v208);
uint32_t const v210 = gridDim.y;
uint32_t const v211 = uint32_t(v210);
uint32_t const v212 = v209 * v211;
uint32_t const v213 = gridDim.x;
uint32_t const v214 = uint32_t(v213);
uint32_t const v215 = v212 * v214;
uint32_t const v216 = blockIdx.y;
uint32_t const v217 = uint32_t(v216);
uint32_t const v220 = v217 * v214;
uint32_t const v221 = v215 + v220;
uint32_t const v222 = blockIdx.x;
uint32_t const v223 = uint32_t(v222);
uint32_t const v224 = v221 + v223;
bool const v25 = v22 > v3;
bool v161_store;
bool * v161 = &v161_store;if(v25) {
uint32_t const v26 = 8;
uint32_t const v27 = v22 * v26;
bool const v28 = v224 < v27;
*v161 = v28;
}
 else {
bool const v30 = false;
*v161 = v30;
}
bool const v31 = *v161;
if(v31) {
uint32_t const v32 = v224 % v22;
uint32_t const v33 = v224 / v22;
uint32_t const v34 = 8;
uint32_t const v35 = v33 * v34;
uint32_t const v225 = 256;
uint32_t const v37 = warpSize;
uint32_t const v38 = v225 / v37;
uint32_t const v39 = uint32_t(v38);
uint32_t const v236 = threadIdx.x;
uint32_t const v269 = 0;
uint32_t const v273 = 1;
uint32_t const v228 = v236 / v37;
uint32_t const v41 = uint32_t(v228);
uint32_t v162_store;
uint32_t * v162 = &v162_store;*v162 = v41;
while([&]{
uint32_t const v43 = *v162;
bool const v45 = v43 < v34;
return v45;
}()) {
float const v47 = 0;
float v164_store;
float * v164 = &v164_store;*v164 = v47;
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
uint32_t const v72 = *v162;
uint32_t const v73 = v71 + v72;
uint32_t const v74 = 16;
uint32_t const v75 = v73 * v74;
uint32_t const v81 = v32 * v74;
uint32_t const v231 = v236 % v37;
uint32_t const v83 = uint32_t(v231);
uint32_t const v85 = uint32_t(v37);
float_4 const v87 = float_4{v47, v47, v47, v47};
float_4 v165_store;
float_4 * v165 = &v165_store;*v165 = v87;
uint32_t v166_store;
uint32_t * v166 = &v166_store;*v166 = v83;
while([&]{
uint32_t const v90 = *v166;
bool const v92 = v90 < v74;
return v92;
}()) {
uint32_t const v94 = *v166;
uint32_t const v95 = v75 + v94;
float_4 const* const v99 = &v9[v95];
float_4 const v100 = *v99;
uint32_t const v102 = v81 + v94;
float_4 const* const v106 = &v1[v102];
float_4 const v107 = *v106;
float_4 const v108 = *v165;
float const v191 = v100.i_0;
float const v192 = v107.i_0;
float const v193 = v108.i_0;
float const v194 = fma(v191, v192, v193);
float const v195 = v100.i_1;
float const v196 = v107.i_1;
float const v197 = v108.i_1;
float const v198 = fma(v195, v196, v197);
float const v199 = v100.i_2;
float const v200 = v107.i_2;
float const v201 = v108.i_2;
float const v202 = fma(v199, v200, v201);
float const v203 = v100.i_3;
float const v204 = v107.i_3;
float const v205 = v108.i_3;
float const v206 = fma(v203, v204, v205);
float_4 const v207 = float_4{v194, v198, v202, v206};
*v165 = v207;
uint32_t const v111 = v94 + v85;
*v166 = v111;
}
float_4 const v115 = *v165;
float const v116 = v115.i_0;
float const v120 = v115.i_1;
float const v122 = v116 + v120;
float const v124 = v115.i_2;
float const v126 = v122 + v124;
float const v128 = v115.i_3;
float const v130 = v126 + v128;
uint32_t const v171 = min(v37, v225);
float v188_store;
float * v188 = &v188_store;*v188 = v130;
uint32_t v189_store;
uint32_t * v189 = &v189_store;*v189 = v273;
while([&]{
uint32_t const v176 = *v189;
bool const v177 = v176 < v171;
return v177;
}()) {
float const v179 = *v188;
uint32_t const v180 = *v189;
float const v181 = __shfl_xor(v179, v180);;
float const v183 = v179 + v181;
*v188 = v183;
uint32_t const v185 = 2;
uint32_t const v186 = v180 * v185;
*v189 = v186;
}
float const v187 = *v188;
float const v134 = *v164;
float const v294 = fma(v58, v187, v134);
*v164 = v294;
}
uint32_t const v235 = v236 % v37;
bool const v138 = v235 == v269;
if(v138) {
uint32_t const v139 = 64;
uint32_t const v140 = v32 * v139;
uint32_t const v141 = v140 + v35;
uint32_t const v142 = *v162;
uint32_t const v143 = v141 + v142;
float * const v147 = &v17[v143];
float const v148 = *v164;
*v147 = v148;
}
uint32_t const v149 = *v162;
uint32_t const v150 = v149 + v39;
*v162 = v150;
}
}
return;
}
