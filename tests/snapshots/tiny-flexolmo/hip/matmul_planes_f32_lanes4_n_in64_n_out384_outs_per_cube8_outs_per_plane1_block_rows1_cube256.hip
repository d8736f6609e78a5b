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
extern "C" __global__ void __launch_bounds__(256) matmul_planes_f32_lanes4_n_in64_n_out384_outs_per_cube8_outs_per_plane1_block_rows1_cube256(float_4 const* const __restrict__ v1, float_4 const* const __restrict__ v5, float * const __restrict__ v9, info_st const* const __restrict__ v258) {
uint32_t const* const dynamic_meta_v260 = reinterpret_cast<uint32_t const*>(v258 + 1);
const info_st& info_v259 = *v258;uint32_t const v3 = 0;
uint32_t const v261 = info_v259.scalars_u32[0];
uint32_t const v14 = uint32_t(v261);
uint32_t const v314 = blockIdx.z;
uint32_t const v315 = uint32_t(v314);
uint32_t const v316 = gridDim.y;
uint32_t const v317 = uint32_t(v316);
uint32_t const v318 = v315 * v317;
uint32_t const v319 = gridDim.x;
uint32_t const v320 = uint32_t(v319);
uint32_t const v321 = v318 * v320;
uint32_t const v322 = blockIdx.y;
uint32_t const v323 = uint32_t(v322);
uint32_t const v326 = v323 * v320;
uint32_t const v327 = v321 + v326;
uint32_t const v328 = blockIdx.x;
uint32_t const v329 = uint32_t(v328);
uint32_t const v330 = v327 + v329;
uint32_t const v16 = 1;
uint32_t const v17 = v14 + v16;
uint32_t const v19 = v17 - v16;
uint32_t const v22 = 48;
uint32_t const v23 = v19 * v22;
bool const v24 = v330 < v23;
if(v24) {
uint32_t const v25 = v330 % v19;
uint32_t const v28 = v330 / v19;
uint32_t const v29 = 8;
uint32_t const v30 = v28 * v29;
array<uint32_t, 1> v266_store = {};
array<uint32_t, 1> * v266 = &v266_store;bool const v37 = v25 < v14;
uint32_t const v41 = v14 - v16;
uint32_t const v42 = v37 ? v25 : v41;
uint32_t const v43 = 16;
uint32_t const v44 = v42 * v43;
uint32_t * const v49 = &(*v266)[v3];
*v49 = v44;
array<float, 1> v267_store = {};
array<float, 1> * v267 = &v267_store;uint32_t const v331 = 256;
uint32_t const v55 = warpSize;
uint32_t const v56 = v331 / v55;
uint32_t const v57 = uint32_t(v56);
uint32_t const v342 = threadIdx.x;
uint32_t const v375 = 0;
uint32_t const v379 = 1;
uint32_t const v334 = v342 / v55;
uint32_t const v59 = uint32_t(v334);
uint32_t v268_store;
uint32_t * v268 = &v268_store;*v268 = v59;
while([&]{
uint32_t const v63 = *v268;
bool const v65 = v63 < v29;
return v65;
}()) {
uint32_t const v67 = *v268;
uint32_t const v68 = v30 + v67;
uint32_t const v70 = v68 * v43;
uint32_t const v337 = v342 % v55;
uint32_t const v72 = uint32_t(v337);
uint32_t const v74 = uint32_t(v55);
array<float_4, 1> v270_store = {};
array<float_4, 1> * v270 = &v270_store;float const v79 = 0;
float_4 const v80 = float_4{v79, v79, v79, v79};
float_4 * const v85 = &(*v270)[v3];
*v85 = v80;
uint32_t v271_store;
uint32_t * v271 = &v271_store;*v271 = v72;
while([&]{
uint32_t const v87 = *v271;
bool const v89 = v87 < v43;
return v89;
}()) {
array<float_4, 1> v273_store = {};
array<float_4, 1> * v273 = &v273_store;uint32_t const v99 = *v271;
uint32_t const v100 = v70 + v99;
float_4 const* const v104 = &v5[v100];
float_4 const v105 = *v104;
float_4 * const v110 = &(*v273)[v3];
*v110 = v105;
uint32_t const v116 = *v49;
uint32_t const v118 = v116 + v99;
float_4 const* const v122 = &v1[v118];
float_4 const v123 = *v122;
float_4 const v129 = *v110;
float_4 const v135 = *v85;
float const v297 = v129.i_0;
float const v298 = v123.i_0;
float const v299 = v135.i_0;
float const v300 = fma(v297, v298, v299);
float const v301 = v129.i_1;
float const v302 = v123.i_1;
float const v303 = v135.i_1;
float const v304 = fma(v301, v302, v303);
float const v305 = v129.i_2;
float const v306 = v123.i_2;
float const v307 = v135.i_2;
float const v308 = fma(v305, v306, v307);
float const v309 = v129.i_3;
float const v310 = v123.i_3;
float const v311 = v135.i_3;
float const v312 = fma(v309, v310, v311);
float_4 const v313 = float_4{v300, v304, v308, v312};
*v85 = v313;
uint32_t const v143 = v99 + v74;
*v271 = v143;
}
float_4 const v149 = *v85;
array<float, 4> v274_store = {};
array<float, 4> * v274 = &v274_store;float const v154 = v149.i_0;
float * const v159 = &(*v274)[v3];
*v159 = v154;
float const v160 = v149.i_1;
float * const v165 = &(*v274)[v16];
*v165 = v160;
float const v166 = v149.i_2;
uint32_t const v169 = 2;
float * const v171 = &(*v274)[v169];
*v171 = v166;
float const v172 = v149.i_3;
uint32_t const v175 = 3;
float * const v177 = &(*v274)[v175];
*v177 = v172;
float const v183 = *v171;
float const v189 = *v159;
float const v190 = v189 + v183;
*v159 = v190;
float const v196 = *v177;
float const v202 = *v165;
float const v203 = v202 + v196;
*v165 = v203;
float const v209 = *v165;
float const v215 = *v159;
float const v216 = v215 + v209;
*v159 = v216;
float const v222 = *v159;
uint32_t const v277 = min(v55, v331);
float v294_store;
float * v294 = &v294_store;*v294 = v222;
uint32_t v295_store;
uint32_t * v295 = &v295_store;*v295 = v379;
while([&]{
uint32_t const v282 = *v295;
bool const v283 = v282 < v277;
return v283;
}()) {
float const v285 = *v294;
uint32_t const v286 = *v295;
float const v287 = __shfl_xor(v285, v286);;
float const v289 = v285 + v287;
*v294 = v289;
uint32_t const v291 = 2;
uint32_t const v292 = v286 * v291;
*v295 = v292;
}
float const v293 = *v294;
float * const v228 = &(*v267)[v3];
*v228 = v293;
uint32_t const v229 = *v268;
uint32_t const v230 = v30 + v229;
bool const v233 = v337 == v375;
if(v233) {
if(v37) {
float const v242 = *v228;
uint32_t const v245 = 384;
uint32_t const v246 = v25 * v245;
uint32_t const v247 = v246 + v230;
float * const v253 = &v9[v247];
*v253 = v242;
}
}
uint32_t const v257 = v229 + v57;
*v268 = v257;
}
}
return;
}
