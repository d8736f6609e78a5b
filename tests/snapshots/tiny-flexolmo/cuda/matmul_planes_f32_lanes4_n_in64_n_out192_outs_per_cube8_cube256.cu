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
struct alignas(16) float_4 { float i_0; float i_1; float i_2; float i_3; };

struct info_st {
    uint32_t scalars_u32[2];uint32_t static_meta[4];
};
extern "C" __global__ void __launch_bounds__(256)  matmul_planes_f32_lanes4_n_in64_n_out192_outs_per_cube8_cube256(float_4 const* const __restrict__ v1, float_4 const* const __restrict__ v5, float * const __restrict__ v9, info_st const* const __restrict__ v167) {
uint32_t const* const dynamic_meta_v169 = reinterpret_cast<uint32_t const*>(v167 + 1);
const info_st& info_v168 = *v167;uint32_t const v3 = 0;
uint32_t const v170 = info_v168.scalars_u32[0];
uint32_t const v14 = uint32_t(v170);
uint32_t const v221 = blockIdx.z;
uint32_t const v222 = uint32_t(v221);
uint32_t const v223 = gridDim.y;
uint32_t const v224 = uint32_t(v223);
uint32_t const v225 = v222 * v224;
uint32_t const v226 = gridDim.x;
uint32_t const v227 = uint32_t(v226);
uint32_t const v228 = v225 * v227;
uint32_t const v229 = blockIdx.y;
uint32_t const v230 = uint32_t(v229);
uint32_t const v233 = v230 * v227;
uint32_t const v234 = v228 + v233;
uint32_t const v235 = blockIdx.x;
uint32_t const v236 = uint32_t(v235);
uint32_t const v237 = v234 + v236;
bool const v17 = v14 > v3;
bool v175_store;
bool * v175 = &v175_store;if(v17) {
uint32_t const v18 = 24;
uint32_t const v19 = v14 * v18;
bool const v20 = v237 < v19;
*v175 = v20;
}
 else {
bool const v22 = false;
*v175 = v22;
}
bool const v23 = *v175;
if(v23) {
uint32_t const v24 = v237 % v14;
uint32_t const v25 = v237 / v14;
uint32_t const v26 = 8;
uint32_t const v27 = v25 * v26;
uint32_t const v238 = 256;
uint32_t const v29 = warpSize;
uint32_t const v30 = v238 / v29;
uint32_t const v31 = uint32_t(v30);
uint32_t const v249 = threadIdx.x;
uint32_t const v282 = 0;
uint32_t const v286 = 1;
uint32_t const v241 = v249 / v29;
uint32_t const v33 = uint32_t(v241);
uint32_t v176_store;
uint32_t * v176 = &v176_store;*v176 = v33;
while([&]{
uint32_t const v35 = *v176;
bool const v37 = v35 < v26;
return v37;
}()) {
uint32_t const v39 = 16;
uint32_t const v40 = v24 * v39;
uint32_t const v41 = *v176;
uint32_t const v42 = v27 + v41;
uint32_t const v44 = v42 * v39;
uint32_t const v244 = v249 % v29;
uint32_t const v46 = uint32_t(v244);
uint32_t const v48 = uint32_t(v29);
float const v49 = 0;
float_4 const v50 = float_4{v49, v49, v49, v49};
float_4 v178_store;
float_4 * v178 = &v178_store;*v178 = v50;
uint32_t v179_store;
uint32_t * v179 = &v179_store;*v179 = v46;
while([&]{
uint32_t const v53 = *v179;
bool const v55 = v53 < v39;
return v55;
}()) {
uint32_t const v57 = *v179;
uint32_t const v58 = v44 + v57;
float_4 const* const v62 = &v5[v58];
float_4 const v63 = *v62;
uint32_t const v65 = v40 + v57;
float_4 const* const v69 = &v1[v65];
float_4 const v70 = *v69;
float_4 const v71 = *v178;
float const v204 = v63.i_0;
float const v205 = v70.i_0;
float const v206 = v71.i_0;
float const v207 = fma(v204, v205, v206);
float const v208 = v63.i_1;
float const v209 = v70.i_1;
float const v210 = v71.i_1;
float const v211 = fma(v208, v209, v210);
float const v212 = v63.i_2;
float const v213 = v70.i_2;
float const v214 = v71.i_2;
float const v215 = fma(v212, v213, v214);
float const v216 = v63.i_3;
float const v217 = v70.i_3;
float const v218 = v71.i_3;
float const v219 = fma(v216, v217, v218);
float_4 const v220 = float_4{v207, v211, v215, v219};
*v178 = v220;
uint32_t const v74 = v57 + v48;
*v179 = v74;
}
array<float, 4> v181_store = {};
array<float, 4> * v181 = &v181_store;float_4 const v79 = *v178;
float const v80 = v79.i_0;
float * const v85 = &(*v181)[v3];
*v85 = v80;
float const v87 = v79.i_1;
uint32_t const v90 = 1;
float * const v92 = &(*v181)[v90];
*v92 = v87;
float const v94 = v79.i_2;
uint32_t const v97 = 2;
float * const v99 = &(*v181)[v97];
*v99 = v94;
float const v101 = v79.i_3;
uint32_t const v104 = 3;
float * const v106 = &(*v181)[v104];
*v106 = v101;
float const v112 = *v99;
float const v118 = *v85;
float const v119 = v118 + v112;
*v85 = v119;
float const v125 = *v106;
float const v131 = *v92;
float const v132 = v131 + v125;
*v92 = v132;
float const v138 = *v92;
float const v144 = *v85;
float const v145 = v144 + v138;
*v85 = v145;
float const v151 = *v85;
uint32_t const v184 = min(v29, v238);
float v201_store;
float * v201 = &v201_store;*v201 = v151;
uint32_t v202_store;
uint32_t * v202 = &v202_store;*v202 = v286;
while([&]{
uint32_t const v189 = *v202;
bool const v190 = v189 < v184;
return v190;
}()) {
float const v192 = *v201;
uint32_t const v193 = *v202;
float const v194 = __shfl_xor_sync(__activemask(), v192, v193);
float const v196 = v192 + v194;
*v201 = v196;
uint32_t const v198 = 2;
uint32_t const v199 = v193 * v198;
*v202 = v199;
}
float const v200 = *v201;
bool const v155 = v244 == v282;
if(v155) {
uint32_t const v156 = 192;
uint32_t const v157 = v24 * v156;
uint32_t const v158 = v157 + v27;
uint32_t const v159 = *v176;
uint32_t const v160 = v158 + v159;
float * const v164 = &v9[v160];
*v164 = v200;
}
uint32_t const v165 = *v176;
uint32_t const v166 = v165 + v31;
*v176 = v166;
}
}
return;
}
