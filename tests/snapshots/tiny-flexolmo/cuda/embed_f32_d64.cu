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
    uint32_t scalars_u32[2];uint32_t static_meta[4];
};
extern "C" __global__ void __launch_bounds__(256)  embed_f32_d64(float const* const __restrict__ v1, uint32_t const* const __restrict__ v5, float * const __restrict__ v9, info_st const* const __restrict__ v41) {
uint32_t const* const dynamic_meta_v43 = reinterpret_cast<uint32_t const*>(v41 + 1);
const info_st& info_v42 = *v41;uint32_t const v44 = info_v42.scalars_u32[0];
uint32_t const v49 = blockIdx.z;
uint32_t const v50 = uint32_t(v49);
uint32_t const v51 = gridDim.y;
uint32_t const v52 = uint32_t(v51);
uint32_t const v53 = v50 * v52;
uint32_t const v54 = gridDim.x;
uint32_t const v55 = uint32_t(v54);
uint32_t const v56 = v53 * v55;
uint32_t const v57 = blockIdx.y;
uint32_t const v58 = uint32_t(v57);
uint32_t const v61 = v58 * v55;
uint32_t const v62 = v56 + v61;
uint32_t const v63 = blockIdx.x;
uint32_t const v64 = uint32_t(v63);
uint32_t const v65 = v62 + v64;
uint32_t const v92 = 256;
uint32_t const v68 = v65 * v92;
uint32_t const v73 = threadIdx.x;
uint32_t const v70 = uint32_t(v73);
uint32_t const v71 = v68 + v70;
uint32_t const v15 = uint32_t(v44);
uint32_t const v16 = 64;
uint32_t const v17 = v15 * v16;
bool const v18 = v71 < v17;
if(v18) {
uint32_t const v20 = v71 / v16;
uint32_t const v22 = v71 % v16;
uint32_t const* const v26 = &v5[v20];
uint32_t const v27 = *v26;
uint32_t const v28 = uint32_t(v27);
uint32_t const v30 = v28 * v16;
uint32_t const v31 = v30 + v22;
float const* const v35 = &v1[v31];
float const v36 = *v35;
float * const v40 = &v9[v71];
*v40 = v36;
}
return;
}
