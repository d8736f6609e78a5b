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
    uint32_t scalars_u32[2];uint32_t static_meta[2];
};
extern "C" __global__ void __launch_bounds__(256) kv_write_048dd4ae(float const* const __restrict__ v1, float * const __restrict__ v5, info_st const* const __restrict__ v29) {
uint32_t const* const dynamic_meta_v31 = reinterpret_cast<uint32_t const*>(v29 + 1);
const info_st& info_v30 = *v29;uint32_t const v32 = info_v30.scalars_u32[0];
uint32_t const v33 = info_v30.scalars_u32[1];
uint32_t const v37 = blockIdx.z;
uint32_t const v38 = uint32_t(v37);
uint32_t const v39 = gridDim.y;
uint32_t const v40 = uint32_t(v39);
uint32_t const v41 = v38 * v40;
uint32_t const v42 = gridDim.x;
uint32_t const v43 = uint32_t(v42);
uint32_t const v44 = v41 * v43;
uint32_t const v45 = blockIdx.y;
uint32_t const v46 = uint32_t(v45);
uint32_t const v49 = v46 * v43;
uint32_t const v50 = v44 + v49;
uint32_t const v51 = blockIdx.x;
uint32_t const v52 = uint32_t(v51);
uint32_t const v53 = v50 + v52;
uint32_t const v80 = 256;
uint32_t const v56 = v53 * v80;
uint32_t const v61 = threadIdx.x;
uint32_t const v58 = uint32_t(v61);
uint32_t const v59 = v56 + v58;
uint32_t const v12 = uint32_t(v32);
uint32_t const v13 = 64;
uint32_t const v14 = v12 * v13;
bool const v15 = v59 < v14;
if(v15) {
float const* const v19 = &v1[v59];
float const v20 = *v19;
uint32_t const v21 = uint32_t(v33);
uint32_t const v23 = v21 * v13;
uint32_t const v24 = v23 + v59;
float * const v28 = &v5[v24];
*v28 = v20;
}
return;
}
