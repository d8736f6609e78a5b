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
    uint32_t scalars_u32[2];uint32_t static_meta[2];
};
extern "C" __global__ void __launch_bounds__(256)  attention_combine_heads4_head_dim16_block_size16_splits8_partition512_fill264_cube256(float const* const __restrict__ v1, float * const __restrict__ v5, info_st const* const __restrict__ v153) {
uint32_t const* const dynamic_meta_v155 = reinterpret_cast<uint32_t const*>(v153 + 1);
const info_st& info_v154 = *v153;uint32_t const v3 = 0;
uint32_t const v156 = info_v154.scalars_u32[0];
uint32_t const v157 = info_v154.scalars_u32[1];
uint32_t const v11 = uint32_t(v157);
uint32_t const v12 = 16;
uint32_t const v13 = v11 * v12;
uint32_t const v14 = 511;
uint32_t const v15 = v13 + v14;
uint32_t const v16 = 512;
uint32_t const v17 = v15 / v16;
uint32_t const v18 = uint32_t(v156);
uint32_t const v19 = 4;
uint32_t const v20 = v18 * v19;
uint32_t const v21 = 1;
uint32_t const v22 = max(v20, v21);
uint32_t const v23 = 264;
uint32_t const v24 = v23 + v22;
uint32_t const v26 = v24 - v21;
uint32_t const v27 = v26 / v22;
uint32_t const v28 = min(v17, v27);
uint32_t const v29 = 8;
uint32_t const v30 = min(v28, v29);
uint32_t const v32 = max(v30, v21);
uint32_t const v169 = blockIdx.z;
uint32_t const v170 = uint32_t(v169);
uint32_t const v171 = gridDim.y;
uint32_t const v172 = uint32_t(v171);
uint32_t const v173 = v170 * v172;
uint32_t const v174 = gridDim.x;
uint32_t const v175 = uint32_t(v174);
uint32_t const v176 = v173 * v175;
uint32_t const v177 = blockIdx.y;
uint32_t const v178 = uint32_t(v177);
uint32_t const v181 = v178 * v175;
uint32_t const v182 = v176 + v181;
uint32_t const v183 = blockIdx.x;
uint32_t const v184 = uint32_t(v183);
uint32_t const v185 = v182 + v184;
bool const v35 = v32 > v21;
bool const v39 = v185 < v20;
bool const v40 = v35 && v39;
if(v40) {
uint32_t const v42 = v185 * v29;
uint32_t const v43 = 18;
uint32_t const v44 = v42 * v43;
uint32_t const v46 = v44 + v12;
float const* const v50 = &v1[v46];
float const v51 = *v50;
float v161_store;
float * v161 = &v161_store;*v161 = v51;
for(uint32_t v55 = v21; v55 < v32; v55 += v21) {
uint32_t const v58 = v55 * v43;
uint32_t const v59 = v44 + v58;
uint32_t const v61 = v59 + v12;
float const* const v65 = &v1[v61];
float const v66 = *v65;
float const v67 = *v161;
float const v68 = max(v67, v66);
*v161 = v68;
}
float const v69 = 0;
float v163_store;
float * v163 = &v163_store;*v163 = v69;
for(uint32_t v74 = v3; v74 < v32; v74 += v21) {
uint32_t const v77 = v74 * v43;
uint32_t const v78 = v44 + v77;
uint32_t const v80 = v78 + v12;
uint32_t const v82 = v80 + v21;
float const* const v86 = &v1[v82];
float const v87 = *v86;
float const* const v93 = &v1[v80];
float const v94 = *v93;
float const v95 = *v161;
float const v96 = v94 - v95;
float const v97 = exp(v96);float const v99 = *v163;
float const v207 = fma(v87, v97, v99);
*v163 = v207;
}
uint32_t const v186 = threadIdx.x;
uint32_t const v102 = uint32_t(v186);
uint32_t v165_store;
uint32_t * v165 = &v165_store;*v165 = v102;
while([&]{
uint32_t const v104 = *v165;
bool const v106 = v104 < v12;
return v106;
}()) {
float v167_store;
float * v167 = &v167_store;*v167 = v69;
for(uint32_t v113 = v3; v113 < v32; v113 += v21) {
uint32_t const v116 = v113 * v43;
uint32_t const v117 = v44 + v116;
uint32_t const v118 = *v165;
uint32_t const v119 = v117 + v118;
float const* const v123 = &v1[v119];
float const v124 = *v123;
uint32_t const v126 = v117 + v12;
float const* const v130 = &v1[v126];
float const v131 = *v130;
float const v132 = *v161;
float const v133 = v131 - v132;
float const v134 = exp(v133);float const v136 = *v167;
float const v208 = fma(v124, v134, v136);
*v167 = v208;
}
float const v138 = *v167;
float const v139 = *v163;
float const v140 = v138 / v139;
uint32_t const v142 = v185 * v12;
uint32_t const v143 = *v165;
uint32_t const v144 = v142 + v143;
float * const v148 = &v5[v144];
*v148 = v140;
uint32_t const v206 = 256;
uint32_t const v152 = v143 + v206;
*v165 = v152;
}
}
return;
}
