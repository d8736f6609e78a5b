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

struct alignas(16) float_4 { float i_0; float i_1; float i_2; float i_3; };

struct info_st {
    uint32_t scalars_u32[2];uint32_t static_meta[4];
};
extern "C" __global__ void __launch_bounds__(256) matmul_planes_f32_lanes4_n_in64_n_out64_outs_per_cube8_cube256(float_4 const* const __restrict__ v1, float_4 const* const __restrict__ v5, float * const __restrict__ v9, info_st const* const __restrict__ v110) {
uint32_t const* const dynamic_meta_v112 = reinterpret_cast<uint32_t const*>(v110 + 1);
const info_st& info_v111 = *v110;uint32_t const v3 = 0;
uint32_t const v113 = info_v111.scalars_u32[0];
uint32_t const v14 = uint32_t(v113);
uint32_t const v164 = blockIdx.z;
uint32_t const v165 = uint32_t(v164);
uint32_t const v166 = gridDim.y;
uint32_t const v167 = uint32_t(v166);
uint32_t const v168 = v165 * v167;
uint32_t const v169 = gridDim.x;
uint32_t const v170 = uint32_t(v169);
uint32_t const v171 = v168 * v170;
uint32_t const v172 = blockIdx.y;
uint32_t const v173 = uint32_t(v172);
uint32_t const v176 = v173 * v170;
uint32_t const v177 = v171 + v176;
uint32_t const v178 = blockIdx.x;
uint32_t const v179 = uint32_t(v178);
uint32_t const v180 = v177 + v179;
bool const v17 = v14 > v3;
bool v118_store;
bool * v118 = &v118_store;if(v17) {
uint32_t const v18 = 8;
uint32_t const v19 = v14 * v18;
bool const v20 = v180 < v19;
*v118 = v20;
}
 else {
bool const v22 = false;
*v118 = v22;
}
bool const v23 = *v118;
if(v23) {
uint32_t const v24 = v180 % v14;
uint32_t const v25 = v180 / v14;
uint32_t const v26 = 8;
uint32_t const v27 = v25 * v26;
uint32_t const v181 = 256;
uint32_t const v29 = warpSize;
uint32_t const v30 = v181 / v29;
uint32_t const v31 = uint32_t(v30);
uint32_t const v192 = threadIdx.x;
uint32_t const v225 = 0;
uint32_t const v229 = 1;
uint32_t const v184 = v192 / v29;
uint32_t const v33 = uint32_t(v184);
uint32_t v119_store;
uint32_t * v119 = &v119_store;*v119 = v33;
while([&]{
uint32_t const v35 = *v119;
bool const v37 = v35 < v26;
return v37;
}()) {
uint32_t const v39 = 16;
uint32_t const v40 = v24 * v39;
uint32_t const v41 = *v119;
uint32_t const v42 = v27 + v41;
uint32_t const v44 = v42 * v39;
uint32_t const v187 = v192 % v29;
uint32_t const v46 = uint32_t(v187);
uint32_t const v48 = uint32_t(v29);
float const v49 = 0;
float_4 const v50 = float_4{v49, v49, v49, v49};
float_4 v121_store;
float_4 * v121 = &v121_store;*v121 = v50;
uint32_t v122_store;
uint32_t * v122 = &v122_store;*v122 = v46;
while([&]{
uint32_t const v53 = *v122;
bool const v55 = v53 < v39;
return v55;
}()) {
uint32_t const v57 = *v122;
uint32_t const v58 = v44 + v57;
float_4 const* const v62 = &v5[v58];
float_4 const v63 = *v62;
uint32_t const v65 = v40 + v57;
float_4 const* const v69 = &v1[v65];
float_4 const v70 = *v69;
float_4 const v71 = *v121;
float const v147 = v63.i_0;
float const v148 = v70.i_0;
float const v149 = v71.i_0;
float const v150 = fma(v147, v148, v149);
float const v151 = v63.i_1;
float const v152 = v70.i_1;
float const v153 = v71.i_1;
float const v154 = fma(v151, v152, v153);
float const v155 = v63.i_2;
float const v156 = v70.i_2;
float const v157 = v71.i_2;
float const v158 = fma(v155, v156, v157);
float const v159 = v63.i_3;
float const v160 = v70.i_3;
float const v161 = v71.i_3;
float const v162 = fma(v159, v160, v161);
float_4 const v163 = float_4{v150, v154, v158, v162};
*v121 = v163;
uint32_t const v74 = v57 + v48;
*v122 = v74;
}
float_4 const v78 = *v121;
float const v79 = v78.i_0;
float const v83 = v78.i_1;
float const v85 = v79 + v83;
float const v87 = v78.i_2;
float const v89 = v85 + v87;
float const v91 = v78.i_3;
float const v93 = v89 + v91;
uint32_t const v127 = min(v29, v181);
float v144_store;
float * v144 = &v144_store;*v144 = v93;
uint32_t v145_store;
uint32_t * v145 = &v145_store;*v145 = v229;
while([&]{
uint32_t const v132 = *v145;
bool const v133 = v132 < v127;
return v133;
}()) {
float const v135 = *v144;
uint32_t const v136 = *v145;
float const v137 = __shfl_xor(v135, v136);;
float const v139 = v135 + v137;
*v144 = v139;
uint32_t const v141 = 2;
uint32_t const v142 = v136 * v141;
*v145 = v142;
}
float const v143 = *v144;
bool const v98 = v187 == v225;
if(v98) {
uint32_t const v99 = 64;
uint32_t const v100 = v24 * v99;
uint32_t const v101 = v100 + v27;
uint32_t const v102 = *v119;
uint32_t const v103 = v101 + v102;
float * const v107 = &v9[v103];
*v107 = v143;
}
uint32_t const v108 = *v119;
uint32_t const v109 = v108 + v31;
*v119 = v109;
}
}
return;
}
