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
extern "C" __global__ void __launch_bounds__(256) rms_norm_f_f32_55972704(float const* const __restrict__ v1, float const* const __restrict__ v5, float * const __restrict__ v9, info_st const* const __restrict__ v66) {
uint32_t const* const dynamic_meta_v68 = reinterpret_cast<uint32_t const*>(v66 + 1);
const info_st& info_v67 = *v66;uint32_t const v3 = 0;
uint32_t const v69 = info_v67.scalars_u32[0];
float const v70 = info_v67.scalars_f32[0];
float const v71 = info_v67.scalars_f32[1];
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
uint32_t const v17 = uint32_t(v69);
bool const v18 = v103 < v17;
if(v18) {
uint32_t const v19 = 64;
uint32_t const v20 = v103 * v19;
float const v21 = 0;
float v76_store;
float * v76 = &v76_store;*v76 = v21;
uint32_t const v26 = 1;
for(uint32_t v27 = v3; v27 < v19; v27 += v26) {
uint32_t const v29 = v20 + v27;
float const* const v33 = &v1[v29];
float const v34 = *v33;
float const v36 = *v76;
float const v125 = fma(v34, v34, v36);
*v76 = v125;
}
float const v38 = *v76;
float const v126 = fma(v38, v70, v71);
float const v41 = sqrt(v126);float const v78 = 1;
float const v79 = v78 / v41;
for(uint32_t v46 = v3; v46 < v19; v46 += v26) {
float const* const v51 = &v5[v46];
float const v52 = *v51;
uint32_t const v53 = v20 + v46;
float const* const v57 = &v1[v53];
float const v58 = *v57;
float const v59 = v58 * v79;
float const v60 = v52 * v59;
float * const v65 = &v9[v53];
*v65 = v60;
}
}
return;
}
