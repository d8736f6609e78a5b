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
    uint32_t static_meta[2];
};
extern "C" __global__ void __launch_bounds__(256)  slice_columns_2521cc0f(float const* const __restrict__ v1, float * const __restrict__ v5, info_st const* const __restrict__ v30) {
uint32_t const* const dynamic_meta_v32 = reinterpret_cast<uint32_t const*>(v30 + 1);
const info_st& info_v31 = *v30;uint32_t const v34 = info_v31.static_meta[1];
uint32_t const v36 = blockIdx.z;
uint32_t const v37 = uint32_t(v36);
uint32_t const v38 = gridDim.y;
uint32_t const v39 = uint32_t(v38);
uint32_t const v40 = v37 * v39;
uint32_t const v41 = gridDim.x;
uint32_t const v42 = uint32_t(v41);
uint32_t const v43 = v40 * v42;
uint32_t const v44 = blockIdx.y;
uint32_t const v45 = uint32_t(v44);
uint32_t const v48 = v45 * v42;
uint32_t const v49 = v43 + v48;
uint32_t const v50 = blockIdx.x;
uint32_t const v51 = uint32_t(v50);
uint32_t const v52 = v49 + v51;
uint32_t const v79 = 256;
uint32_t const v55 = v52 * v79;
uint32_t const v60 = threadIdx.x;
uint32_t const v57 = uint32_t(v60);
uint32_t const v58 = v55 + v57;
bool const v11 = v58 < v34;
if(v11) {
uint32_t const v12 = 64;
uint32_t const v13 = v58 / v12;
uint32_t const v15 = v58 % v12;
uint32_t const v16 = 192;
uint32_t const v17 = v13 * v16;
uint32_t const v20 = v17 + v15;
float const* const v24 = &v1[v20];
float const v25 = *v24;
float * const v29 = &v5[v58];
*v29 = v25;
}
return;
}
