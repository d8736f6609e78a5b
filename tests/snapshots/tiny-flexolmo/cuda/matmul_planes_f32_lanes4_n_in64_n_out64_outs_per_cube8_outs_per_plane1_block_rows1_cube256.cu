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
extern "C" __global__ void __launch_bounds__(256)  matmul_planes_f32_lanes4_n_in64_n_out64_outs_per_cube8_outs_per_plane1_block_rows1_cube256(float_4 const* const __restrict__ v1, float_4 const* const __restrict__ v5, float * const __restrict__ v9, info_st const* const __restrict__ v256) {
uint32_t const* const dynamic_meta_v258 = reinterpret_cast<uint32_t const*>(v256 + 1);
const info_st& info_v257 = *v256;uint32_t const v3 = 0;
uint32_t const v259 = info_v257.scalars_u32[0];
uint32_t const v14 = uint32_t(v259);
uint32_t const v312 = blockIdx.z;
uint32_t const v313 = uint32_t(v312);
uint32_t const v314 = gridDim.y;
uint32_t const v315 = uint32_t(v314);
uint32_t const v316 = v313 * v315;
uint32_t const v317 = gridDim.x;
uint32_t const v318 = uint32_t(v317);
uint32_t const v319 = v316 * v318;
uint32_t const v320 = blockIdx.y;
uint32_t const v321 = uint32_t(v320);
uint32_t const v324 = v321 * v318;
uint32_t const v325 = v319 + v324;
uint32_t const v326 = blockIdx.x;
uint32_t const v327 = uint32_t(v326);
uint32_t const v328 = v325 + v327;
uint32_t const v16 = 1;
uint32_t const v17 = v14 + v16;
uint32_t const v19 = v17 - v16;
uint32_t const v22 = 8;
uint32_t const v23 = v19 * v22;
bool const v24 = v328 < v23;
if(v24) {
uint32_t const v25 = v328 % v19;
uint32_t const v28 = v328 / v19;
uint32_t const v30 = v28 * v22;
array<uint32_t, 1> v264_store = {};
array<uint32_t, 1> * v264 = &v264_store;bool const v37 = v25 < v14;
uint32_t const v41 = v14 - v16;
uint32_t const v42 = v37 ? v25 : v41;
uint32_t const v43 = 16;
uint32_t const v44 = v42 * v43;
uint32_t * const v49 = &(*v264)[v3];
*v49 = v44;
array<float, 1> v265_store = {};
array<float, 1> * v265 = &v265_store;uint32_t const v329 = 256;
uint32_t const v55 = warpSize;
uint32_t const v56 = v329 / v55;
uint32_t const v57 = uint32_t(v56);
uint32_t const v340 = threadIdx.x;
uint32_t const v373 = 0;
uint32_t const v377 = 1;
uint32_t const v332 = v340 / v55;
uint32_t const v59 = uint32_t(v332);
uint32_t v266_store;
uint32_t * v266 = &v266_store;*v266 = v59;
while([&]{
uint32_t const v63 = *v266;
bool const v65 = v63 < v22;
return v65;
}()) {
uint32_t const v67 = *v266;
uint32_t const v68 = v30 + v67;
uint32_t const v70 = v68 * v43;
uint32_t const v335 = v340 % v55;
uint32_t const v72 = uint32_t(v335);
uint32_t const v74 = uint32_t(v55);
array<float_4, 1> v268_store = {};
array<float_4, 1> * v268 = &v268_store;float const v79 = 0;
float_4 const v80 = float_4{v79, v79, v79, v79};
float_4 * const v85 = &(*v268)[v3];
*v85 = v80;
uint32_t v269_store;
uint32_t * v269 = &v269_store;*v269 = v72;
while([&]{
uint32_t const v87 = *v269;
bool const v89 = v87 < v43;
return v89;
}()) {
array<float_4, 1> v271_store = {};
array<float_4, 1> * v271 = &v271_store;uint32_t const v97 = *v269;
uint32_t const v98 = v70 + v97;
float_4 const* const v102 = &v5[v98];
float_4 const v103 = *v102;
float_4 * const v108 = &(*v271)[v3];
*v108 = v103;
uint32_t const v114 = *v49;
uint32_t const v116 = v114 + v97;
float_4 const* const v120 = &v1[v116];
float_4 const v121 = *v120;
float_4 const v127 = *v108;
float_4 const v133 = *v85;
float const v295 = v127.i_0;
float const v296 = v121.i_0;
float const v297 = v133.i_0;
float const v298 = fma(v295, v296, v297);
float const v299 = v127.i_1;
float const v300 = v121.i_1;
float const v301 = v133.i_1;
float const v302 = fma(v299, v300, v301);
float const v303 = v127.i_2;
float const v304 = v121.i_2;
float const v305 = v133.i_2;
float const v306 = fma(v303, v304, v305);
float const v307 = v127.i_3;
float const v308 = v121.i_3;
float const v309 = v133.i_3;
float const v310 = fma(v307, v308, v309);
float_4 const v311 = float_4{v298, v302, v306, v310};
*v85 = v311;
uint32_t const v141 = v97 + v74;
*v269 = v141;
}
float_4 const v147 = *v85;
array<float, 4> v272_store = {};
array<float, 4> * v272 = &v272_store;float const v152 = v147.i_0;
float * const v157 = &(*v272)[v3];
*v157 = v152;
float const v158 = v147.i_1;
float * const v163 = &(*v272)[v16];
*v163 = v158;
float const v164 = v147.i_2;
uint32_t const v167 = 2;
float * const v169 = &(*v272)[v167];
*v169 = v164;
float const v170 = v147.i_3;
uint32_t const v173 = 3;
float * const v175 = &(*v272)[v173];
*v175 = v170;
float const v181 = *v169;
float const v187 = *v157;
float const v188 = v187 + v181;
*v157 = v188;
float const v194 = *v175;
float const v200 = *v163;
float const v201 = v200 + v194;
*v163 = v201;
float const v207 = *v163;
float const v213 = *v157;
float const v214 = v213 + v207;
*v157 = v214;
float const v220 = *v157;
uint32_t const v275 = min(v55, v329);
float v292_store;
float * v292 = &v292_store;*v292 = v220;
uint32_t v293_store;
uint32_t * v293 = &v293_store;*v293 = v377;
while([&]{
uint32_t const v280 = *v293;
bool const v281 = v280 < v275;
return v281;
}()) {
float const v283 = *v292;
uint32_t const v284 = *v293;
float const v285 = __shfl_xor_sync(__activemask(), v283, v284);
float const v287 = v283 + v285;
*v292 = v287;
uint32_t const v289 = 2;
uint32_t const v290 = v284 * v289;
*v293 = v290;
}
float const v291 = *v292;
float * const v226 = &(*v265)[v3];
*v226 = v291;
bool const v229 = v335 == v373;
if(v229) {
if(v37) {
float const v238 = *v226;
uint32_t const v241 = 64;
uint32_t const v242 = v25 * v241;
uint32_t const v243 = v242 + v30;
uint32_t const v244 = *v266;
uint32_t const v245 = v243 + v244;
float * const v251 = &v9[v245];
*v251 = v238;
}
}
uint32_t const v254 = *v266;
uint32_t const v255 = v254 + v57;
*v266 = v255;
}
}
return;
}
