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
uint32_t scalars_u32[2];uint32_t static_meta[4];
};
extern "C" __global__ void __launch_bounds__(256) residual_norm_cube_f32_n64_cube256(float const* const __restrict__ v1, float const* const __restrict__ v5, float const* const __restrict__ v9, float * const __restrict__ v13, info_st const* const __restrict__ v128) {
extern __shared__ __align__(4) char v137[];uint32_t const* const dynamic_meta_v130 = reinterpret_cast<uint32_t const*>(v128 + 1);
const info_st& info_v129 = *v128;uint32_t const v3 = 0;
uint32_t const v131 = info_v129.scalars_u32[0];
float const v132 = info_v129.scalars_f32[0];
uint32_t const v171 = blockIdx.z;
uint32_t const v172 = uint32_t(v171);
uint32_t const v173 = gridDim.y;
uint32_t const v174 = uint32_t(v173);
uint32_t const v175 = v172 * v174;
uint32_t const v176 = gridDim.x;
uint32_t const v177 = uint32_t(v176);
uint32_t const v178 = v175 * v177;
uint32_t const v179 = blockIdx.y;
uint32_t const v180 = uint32_t(v179);
uint32_t const v183 = v180 * v177;
uint32_t const v184 = v178 + v183;
uint32_t const v185 = blockIdx.x;
uint32_t const v186 = uint32_t(v185);
uint32_t const v187 = v184 + v186;
uint32_t const v20 = uint32_t(v131);
bool const v21 = v187 < v20;
if(v21) {
array<float, 256> * const v138 = reinterpret_cast<array<float, 256> *>(&v137[0]);
uint32_t const v24 = 256;
uint32_t const v26 = 64;
uint32_t const v27 = v187 * v26;
float const v28 = 0;
float v140_store;
float * v140 = &v140_store;*v140 = v28;
uint32_t const v188 = threadIdx.x;
uint32_t const v220 = 0;
uint32_t const v221 = 256;
uint32_t const v224 = 1;
uint32_t const v32 = uint32_t(v188);
uint32_t v141_store;
uint32_t * v141 = &v141_store;*v141 = v32;
while([&]{
uint32_t const v34 = *v141;
bool const v36 = v34 < v26;
return v36;
}()) {
uint32_t const v38 = *v141;
uint32_t const v39 = v27 + v38;
float const* const v43 = &v5[v39];
float const v44 = *v43;
float const v46 = *v140;
float const v277 = fma(v44, v44, v46);
*v140 = v277;
uint32_t const v51 = v38 + v24;
*v141 = v51;
}
float const v52 = *v140;
uint32_t const v143 = warpSize;
uint32_t const v145 = min(v143, v221);
float v168_store;
float * v168 = &v168_store;*v168 = v52;
uint32_t v169_store;
uint32_t * v169 = &v169_store;*v169 = v224;
while([&]{
uint32_t const v150 = *v169;
bool const v151 = v150 < v145;
return v151;
}()) {
float const v153 = *v168;
uint32_t const v154 = *v169;
float const v155 = __shfl_xor(v153, v154);;
float const v157 = v153 + v155;
*v168 = v157;
uint32_t const v159 = 2;
uint32_t const v160 = v154 * v159;
*v169 = v160;
}
float const v161 = *v168;
uint32_t const v56 = v221 / v143;
uint32_t const v57 = uint32_t(v56);
uint32_t const v204 = v188 % v143;
bool const v60 = v204 == v220;
if(v60) {
uint32_t const v207 = v188 / v143;
uint32_t const v62 = uint32_t(v207);
float * const v66 = &(*v138)[v62];
*v66 = v161;
}
__syncthreads();
float v162_store;
float * v162 = &v162_store;*v162 = v28;
uint32_t const v71 = 1;
for(uint32_t v72 = v3; v72 < v57; v72 += v71) {
float * const v77 = &(*v138)[v72];
float const v78 = *v77;
float const v79 = *v162;
float const v80 = v79 + v78;
*v162 = v80;
}
__syncthreads();
float const v265 = 64;
float const v83 = *v162;
float const v84 = v83 / v265;
float const v85 = v84 + v132;
float const v86 = sqrt(v85);float const v164 = 1;
float const v165 = v164 / v86;
uint32_t v166_store;
uint32_t * v166 = &v166_store;*v166 = v32;
while([&]{
uint32_t const v91 = *v166;
bool const v93 = v91 < v26;
return v93;
}()) {
uint32_t const v95 = *v166;
uint32_t const v96 = v27 + v95;
float const* const v100 = &v1[v96];
float const v101 = *v100;
float const* const v106 = &v9[v95];
float const v107 = *v106;
float const* const v113 = &v5[v96];
float const v114 = *v113;
float const v115 = v114 * v165;
float const v278 = fma(v107, v115, v101);
float * const v123 = &v13[v96];
*v123 = v278;
uint32_t const v127 = v95 + v24;
*v166 = v127;
}
}
return;
}
