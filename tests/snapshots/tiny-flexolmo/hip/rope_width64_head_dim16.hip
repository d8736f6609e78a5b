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
    uint32_t scalars_u32[2];uint32_t static_meta[4];
};
extern "C" __global__ void __launch_bounds__(256) rope_2d3060ba(float const* const __restrict__ v1, float const* const __restrict__ v5, float * const __restrict__ v9, info_st const* const __restrict__ v76) {
uint32_t const* const dynamic_meta_v78 = reinterpret_cast<uint32_t const*>(v76 + 1);
const info_st& info_v77 = *v76;uint32_t const v79 = info_v77.scalars_u32[0];
uint32_t const v80 = info_v77.scalars_u32[1];
uint32_t const v85 = blockIdx.z;
uint32_t const v86 = uint32_t(v85);
uint32_t const v87 = gridDim.y;
uint32_t const v88 = uint32_t(v87);
uint32_t const v89 = v86 * v88;
uint32_t const v90 = gridDim.x;
uint32_t const v91 = uint32_t(v90);
uint32_t const v92 = v89 * v91;
uint32_t const v93 = blockIdx.y;
uint32_t const v94 = uint32_t(v93);
uint32_t const v97 = v94 * v91;
uint32_t const v98 = v92 + v97;
uint32_t const v99 = blockIdx.x;
uint32_t const v100 = uint32_t(v99);
uint32_t const v101 = v98 + v100;
uint32_t const v128 = 256;
uint32_t const v104 = v101 * v128;
uint32_t const v109 = threadIdx.x;
uint32_t const v106 = uint32_t(v109);
uint32_t const v107 = v104 + v106;
uint32_t const v16 = uint32_t(v79);
uint32_t const v17 = 32;
uint32_t const v18 = v16 * v17;
bool const v19 = v107 < v18;
if(v19) {
uint32_t const v21 = v107 / v17;
uint32_t const v23 = v107 % v17;
uint32_t const v24 = 64;
uint32_t const v25 = v21 * v24;
uint32_t const v26 = 8;
uint32_t const v27 = v23 / v26;
uint32_t const v28 = 16;
uint32_t const v29 = v27 * v28;
uint32_t const v30 = v25 + v29;
uint32_t const v32 = v23 % v26;
uint32_t const v33 = uint32_t(v80);
uint32_t const v34 = v33 + v21;
float const v35 = float(v34);
float const* const v39 = &v5[v32];
float const v40 = *v39;
float const v41 = v35 * v40;
float const v42 = cos(v41);float const v43 = sin(v41);uint32_t const v44 = v30 + v32;
float const* const v48 = &v1[v44];
float const v49 = *v48;
uint32_t const v52 = v44 + v26;
float const* const v56 = &v1[v52];
float const v57 = *v56;
float const v59 = v57 * v43;
float const v129 = -v59;
float const v130 = fma(v49, v42, v129);
float * const v65 = &v9[v44];
*v65 = v130;
float const v67 = v49 * v43;
float const v131 = fma(v57, v42, v67);
float * const v75 = &v9[v52];
*v75 = v131;
}
return;
}
