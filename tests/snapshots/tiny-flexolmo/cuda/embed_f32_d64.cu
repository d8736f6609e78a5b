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
    uint32_t static_meta[4];
};
extern "C" __global__ void __launch_bounds__(256)  embed_f_f32_ba019294(float const* const __restrict__ v1, uint32_t const* const __restrict__ v5, float * const __restrict__ v9, info_st const* const __restrict__ v38) {
uint32_t const* const dynamic_meta_v40 = reinterpret_cast<uint32_t const*>(v38 + 1);
const info_st& info_v39 = *v38;uint32_t const v43 = info_v39.static_meta[2];
uint32_t const v45 = blockIdx.z;
uint32_t const v46 = uint32_t(v45);
uint32_t const v47 = gridDim.y;
uint32_t const v48 = uint32_t(v47);
uint32_t const v49 = v46 * v48;
uint32_t const v50 = gridDim.x;
uint32_t const v51 = uint32_t(v50);
uint32_t const v52 = v49 * v51;
uint32_t const v53 = blockIdx.y;
uint32_t const v54 = uint32_t(v53);
uint32_t const v57 = v54 * v51;
uint32_t const v58 = v52 + v57;
uint32_t const v59 = blockIdx.x;
uint32_t const v60 = uint32_t(v59);
uint32_t const v61 = v58 + v60;
uint32_t const v88 = 256;
uint32_t const v64 = v61 * v88;
uint32_t const v69 = threadIdx.x;
uint32_t const v66 = uint32_t(v69);
uint32_t const v67 = v64 + v66;
bool const v15 = v67 < v43;
if(v15) {
uint32_t const v16 = 64;
uint32_t const v17 = v67 / v16;
uint32_t const v19 = v67 % v16;
uint32_t const* const v23 = &v5[v17];
uint32_t const v24 = *v23;
uint32_t const v25 = uint32_t(v24);
uint32_t const v27 = v25 * v16;
uint32_t const v28 = v27 + v19;
float const* const v32 = &v1[v28];
float const v33 = *v32;
float * const v37 = &v9[v67];
*v37 = v33;
}
return;
}
