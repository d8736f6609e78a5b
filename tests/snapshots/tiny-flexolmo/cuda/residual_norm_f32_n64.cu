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

struct info_st {
    float scalars_f32[2];
uint32_t scalars_u32[2];uint32_t static_meta[4];
};
extern "C" __global__ void __launch_bounds__(256)  residual_norm_f32_n64(float const* const __restrict__ v1, float const* const __restrict__ v5, float const* const __restrict__ v9, float * const __restrict__ v13, info_st const* const __restrict__ v78) {
uint32_t const* const dynamic_meta_v80 = reinterpret_cast<uint32_t const*>(v78 + 1);
const info_st& info_v79 = *v78;uint32_t const v3 = 0;
uint32_t const v81 = info_v79.scalars_u32[0];
float const v82 = info_v79.scalars_f32[0];
uint32_t const v93 = blockIdx.z;
uint32_t const v94 = uint32_t(v93);
uint32_t const v95 = gridDim.y;
uint32_t const v96 = uint32_t(v95);
uint32_t const v97 = v94 * v96;
uint32_t const v98 = gridDim.x;
uint32_t const v99 = uint32_t(v98);
uint32_t const v100 = v97 * v99;
uint32_t const v101 = blockIdx.y;
uint32_t const v102 = uint32_t(v101);
uint32_t const v105 = v102 * v99;
uint32_t const v106 = v100 + v105;
uint32_t const v107 = blockIdx.x;
uint32_t const v108 = uint32_t(v107);
uint32_t const v109 = v106 + v108;
uint32_t const v136 = 256;
uint32_t const v112 = v109 * v136;
uint32_t const v117 = threadIdx.x;
uint32_t const v114 = uint32_t(v117);
uint32_t const v115 = v112 + v114;
uint32_t const v20 = uint32_t(v81);
bool const v21 = v115 < v20;
if(v21) {
uint32_t const v22 = 64;
uint32_t const v23 = v115 * v22;
float const v24 = 0;
float v88_store;
float * v88 = &v88_store;*v88 = v24;
uint32_t const v29 = 1;
for(uint32_t v30 = v3; v30 < v22; v30 += v29) {
uint32_t const v32 = v23 + v30;
float const* const v36 = &v5[v32];
float const v37 = *v36;
float const v39 = *v88;
float const v138 = fma(v37, v37, v39);
*v88 = v138;
}
float const v137 = 64;
float const v43 = *v88;
float const v44 = v43 / v137;
float const v45 = v44 + v82;
float const v46 = sqrt(v45);float const v90 = 1;
float const v91 = v90 / v46;
for(uint32_t v51 = v3; v51 < v22; v51 += v29) {
uint32_t const v53 = v23 + v51;
float const* const v57 = &v1[v53];
float const v58 = *v57;
float const* const v62 = &v9[v51];
float const v63 = *v62;
float const* const v68 = &v5[v53];
float const v69 = *v68;
float const v70 = v69 * v91;
float const v139 = fma(v63, v70, v58);
float * const v77 = &v13[v53];
*v77 = v139;
}
}
return;
}
