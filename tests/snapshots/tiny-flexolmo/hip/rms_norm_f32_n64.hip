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
extern "C" __global__ void __launch_bounds__(256) rms_norm_f32_n64(float const* const __restrict__ v1, float const* const __restrict__ v5, float * const __restrict__ v9, info_st const* const __restrict__ v67) {
uint32_t const* const dynamic_meta_v69 = reinterpret_cast<uint32_t const*>(v67 + 1);
const info_st& info_v68 = *v67;uint32_t const v3 = 0;
uint32_t const v70 = info_v68.scalars_u32[0];
float const v71 = info_v68.scalars_f32[0];
uint32_t const v81 = blockIdx.z;
uint32_t const v82 = uint32_t(v81);
uint32_t const v83 = gridDim.y;
uint32_t const v84 = uint32_t(v83);
uint32_t const v85 = v82 * v84;
uint32_t const v86 = gridDim.x;
uint32_t const v87 = uint32_t(v86);
uint32_t const v88 = v85 * v87;
uint32_t const v89 = blockIdx.y;
uint32_t const v90 = uint32_t(v89);
uint32_t const v93 = v90 * v87;
uint32_t const v94 = v88 + v93;
uint32_t const v95 = blockIdx.x;
uint32_t const v96 = uint32_t(v95);
uint32_t const v97 = v94 + v96;
uint32_t const v124 = 256;
uint32_t const v100 = v97 * v124;
uint32_t const v105 = threadIdx.x;
uint32_t const v102 = uint32_t(v105);
uint32_t const v103 = v100 + v102;
uint32_t const v16 = uint32_t(v70);
bool const v17 = v103 < v16;
if(v17) {
uint32_t const v18 = 64;
uint32_t const v19 = v103 * v18;
float const v20 = 0;
float v76_store;
float * v76 = &v76_store;*v76 = v20;
uint32_t const v25 = 1;
for(uint32_t v26 = v3; v26 < v18; v26 += v25) {
uint32_t const v28 = v19 + v26;
float const* const v32 = &v1[v28];
float const v33 = *v32;
float const v35 = *v76;
float const v126 = fma(v33, v33, v35);
*v76 = v126;
}
float const v125 = 64;
float const v39 = *v76;
float const v40 = v39 / v125;
float const v41 = v40 + v71;
float const v42 = sqrt(v41);float const v78 = 1;
float const v79 = v78 / v42;
for(uint32_t v47 = v3; v47 < v18; v47 += v25) {
float const* const v52 = &v5[v47];
float const v53 = *v52;
uint32_t const v54 = v19 + v47;
float const* const v58 = &v1[v54];
float const v59 = *v58;
float const v60 = v59 * v79;
float const v61 = v53 * v60;
float * const v66 = &v9[v54];
*v66 = v61;
}
}
return;
}
