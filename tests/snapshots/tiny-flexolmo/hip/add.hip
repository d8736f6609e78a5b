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
    uint32_t static_meta[4];
};
extern "C" __global__ void __launch_bounds__(256) add_3b5840dc(float const* const __restrict__ v1, float const* const __restrict__ v5, float * const __restrict__ v9, info_st const* const __restrict__ v31) {
uint32_t const* const dynamic_meta_v33 = reinterpret_cast<uint32_t const*>(v31 + 1);
const info_st& info_v32 = *v31;uint32_t const v36 = info_v32.static_meta[2];
uint32_t const v38 = blockIdx.z;
uint32_t const v39 = uint32_t(v38);
uint32_t const v40 = gridDim.y;
uint32_t const v41 = uint32_t(v40);
uint32_t const v42 = v39 * v41;
uint32_t const v43 = gridDim.x;
uint32_t const v44 = uint32_t(v43);
uint32_t const v45 = v42 * v44;
uint32_t const v46 = blockIdx.y;
uint32_t const v47 = uint32_t(v46);
uint32_t const v50 = v47 * v44;
uint32_t const v51 = v45 + v50;
uint32_t const v52 = blockIdx.x;
uint32_t const v53 = uint32_t(v52);
uint32_t const v54 = v51 + v53;
uint32_t const v81 = 256;
uint32_t const v57 = v54 * v81;
uint32_t const v62 = threadIdx.x;
uint32_t const v59 = uint32_t(v62);
uint32_t const v60 = v57 + v59;
bool const v15 = v60 < v36;
if(v15) {
float const* const v19 = &v1[v60];
float const v20 = *v19;
float const* const v24 = &v5[v60];
float const v25 = *v24;
float const v26 = v20 + v25;
float * const v30 = &v9[v60];
*v30 = v26;
}
return;
}
