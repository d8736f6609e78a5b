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
extern "C" __global__ void __launch_bounds__(256) rms_norm_cube_f32_n64_cube256(float const* const __restrict__ v1, float const* const __restrict__ v5, float * const __restrict__ v9, info_st const* const __restrict__ v116) {
extern __shared__ __align__(4) char v124[];uint32_t const* const dynamic_meta_v118 = reinterpret_cast<uint32_t const*>(v116 + 1);
const info_st& info_v117 = *v116;uint32_t const v3 = 0;
uint32_t const v119 = info_v117.scalars_u32[0];
float const v120 = info_v117.scalars_f32[0];
uint32_t const v158 = blockIdx.z;
uint32_t const v159 = uint32_t(v158);
uint32_t const v160 = gridDim.y;
uint32_t const v161 = uint32_t(v160);
uint32_t const v162 = v159 * v161;
uint32_t const v163 = gridDim.x;
uint32_t const v164 = uint32_t(v163);
uint32_t const v165 = v162 * v164;
uint32_t const v166 = blockIdx.y;
uint32_t const v167 = uint32_t(v166);
uint32_t const v170 = v167 * v164;
uint32_t const v171 = v165 + v170;
uint32_t const v172 = blockIdx.x;
uint32_t const v173 = uint32_t(v172);
uint32_t const v174 = v171 + v173;
uint32_t const v16 = uint32_t(v119);
bool const v17 = v174 < v16;
if(v17) {
array<float, 256> * const v125 = reinterpret_cast<array<float, 256> *>(&v124[0]);
uint32_t const v20 = 256;
uint32_t const v22 = 64;
uint32_t const v23 = v174 * v22;
float const v24 = 0;
float v127_store;
float * v127 = &v127_store;*v127 = v24;
uint32_t const v175 = threadIdx.x;
uint32_t const v207 = 0;
uint32_t const v208 = 256;
uint32_t const v211 = 1;
uint32_t const v28 = uint32_t(v175);
uint32_t v128_store;
uint32_t * v128 = &v128_store;*v128 = v28;
while([&]{
uint32_t const v30 = *v128;
bool const v32 = v30 < v22;
return v32;
}()) {
uint32_t const v34 = *v128;
uint32_t const v35 = v23 + v34;
float const* const v39 = &v1[v35];
float const v40 = *v39;
float const v42 = *v127;
float const v264 = fma(v40, v40, v42);
*v127 = v264;
uint32_t const v47 = v34 + v20;
*v128 = v47;
}
float const v48 = *v127;
uint32_t const v130 = warpSize;
uint32_t const v132 = min(v130, v208);
float v155_store;
float * v155 = &v155_store;*v155 = v48;
uint32_t v156_store;
uint32_t * v156 = &v156_store;*v156 = v211;
while([&]{
uint32_t const v137 = *v156;
bool const v138 = v137 < v132;
return v138;
}()) {
float const v140 = *v155;
uint32_t const v141 = *v156;
float const v142 = __shfl_xor(v140, v141);;
float const v144 = v140 + v142;
*v155 = v144;
uint32_t const v146 = 2;
uint32_t const v147 = v141 * v146;
*v156 = v147;
}
float const v148 = *v155;
uint32_t const v52 = v208 / v130;
uint32_t const v53 = uint32_t(v52);
uint32_t const v191 = v175 % v130;
bool const v56 = v191 == v207;
if(v56) {
uint32_t const v194 = v175 / v130;
uint32_t const v58 = uint32_t(v194);
float * const v62 = &(*v125)[v58];
*v62 = v148;
}
__syncthreads();
float v149_store;
float * v149 = &v149_store;*v149 = v24;
uint32_t const v67 = 1;
for(uint32_t v68 = v3; v68 < v53; v68 += v67) {
float * const v73 = &(*v125)[v68];
float const v74 = *v73;
float const v75 = *v149;
float const v76 = v75 + v74;
*v149 = v76;
}
__syncthreads();
float const v252 = 64;
float const v79 = *v149;
float const v80 = v79 / v252;
float const v81 = v80 + v120;
float const v82 = sqrt(v81);float const v151 = 1;
float const v152 = v151 / v82;
uint32_t v153_store;
uint32_t * v153 = &v153_store;*v153 = v28;
while([&]{
uint32_t const v87 = *v153;
bool const v89 = v87 < v22;
return v89;
}()) {
uint32_t const v93 = *v153;
float const* const v95 = &v5[v93];
float const v96 = *v95;
uint32_t const v98 = v23 + v93;
float const* const v102 = &v1[v98];
float const v103 = *v102;
float const v104 = v103 * v152;
float const v105 = v96 * v104;
float * const v111 = &v9[v98];
*v111 = v105;
uint32_t const v115 = v93 + v20;
*v153 = v115;
}
}
return;
}
