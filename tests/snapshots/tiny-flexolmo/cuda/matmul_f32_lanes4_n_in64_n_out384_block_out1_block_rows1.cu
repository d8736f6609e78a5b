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
extern "C" __global__ void __launch_bounds__(256)  matmul_f32_lanes4_n_in64_n_out384_block_out1_block_rows1(float_4 const* const __restrict__ v1, float_4 const* const __restrict__ v5, float * const __restrict__ v9, info_st const* const __restrict__ v306) {
uint32_t const* const dynamic_meta_v308 = reinterpret_cast<uint32_t const*>(v306 + 1);
const info_st& info_v307 = *v306;uint32_t const v3 = 0;
uint32_t const v309 = info_v307.scalars_u32[0];
uint32_t const v14 = uint32_t(v309);
uint32_t const v360 = blockIdx.z;
uint32_t const v361 = uint32_t(v360);
uint32_t const v362 = gridDim.y;
uint32_t const v363 = uint32_t(v362);
uint32_t const v364 = v361 * v363;
uint32_t const v365 = gridDim.x;
uint32_t const v366 = uint32_t(v365);
uint32_t const v367 = v364 * v366;
uint32_t const v368 = blockIdx.y;
uint32_t const v369 = uint32_t(v368);
uint32_t const v372 = v369 * v366;
uint32_t const v373 = v367 + v372;
uint32_t const v374 = blockIdx.x;
uint32_t const v375 = uint32_t(v374);
uint32_t const v376 = v373 + v375;
uint32_t const v403 = 256;
uint32_t const v379 = v376 * v403;
uint32_t const v384 = threadIdx.x;
uint32_t const v381 = uint32_t(v384);
uint32_t const v382 = v379 + v381;
uint32_t const v16 = 1;
bool const v17 = v14 == v16;
if(v17) {
uint32_t const v18 = 384;
bool const v19 = v382 < v18;
if(v19) {
array<float_4, 1> v314_store = {};
array<float_4, 1> * v314 = &v314_store;float const v26 = 0;
float_4 const v27 = float_4{v26, v26, v26, v26};
float_4 * const v32 = &(*v314)[v3];
*v32 = v27;
array<uint32_t, 1> v315_store = {};
array<uint32_t, 1> * v315 = &v315_store;bool const v40 = v3 < v14;
uint32_t const v42 = v14 - v16;
uint32_t const v43 = v40 ? v3 : v42;
uint32_t const v44 = 16;
uint32_t const v45 = v43 * v44;
uint32_t * const v50 = &(*v315)[v3];
*v50 = v45;
array<uint32_t, 1> v316_store = {};
array<uint32_t, 1> * v316 = &v316_store;uint32_t const v58 = v382 * v44;
uint32_t * const v63 = &(*v316)[v3];
*v63 = v58;
for(uint32_t v67 = v3; v67 < v44; v67 += v16) {
array<float_4, 1> v318_store = {};
array<float_4, 1> * v318 = &v318_store;uint32_t const v78 = *v50;
uint32_t const v79 = v78 + v67;
float_4 const* const v83 = &v1[v79];
float_4 const v84 = *v83;
float_4 * const v89 = &(*v318)[v3];
*v89 = v84;
uint32_t const v95 = *v63;
uint32_t const v96 = v95 + v67;
float_4 const* const v100 = &v5[v96];
float_4 const v101 = *v100;
float_4 const v107 = *v89;
float_4 const v113 = *v32;
float const v326 = v101.i_0;
float const v327 = v107.i_0;
float const v328 = v113.i_0;
float const v329 = fma(v326, v327, v328);
float const v330 = v101.i_1;
float const v331 = v107.i_1;
float const v332 = v113.i_1;
float const v333 = fma(v330, v331, v332);
float const v334 = v101.i_2;
float const v335 = v107.i_2;
float const v336 = v113.i_2;
float const v337 = fma(v334, v335, v336);
float const v338 = v101.i_3;
float const v339 = v107.i_3;
float const v340 = v113.i_3;
float const v341 = fma(v338, v339, v340);
float_4 const v342 = float_4{v329, v333, v337, v341};
*v32 = v342;
}
if(v40) {
float_4 const v129 = *v32;
float const v133 = v129.i_0;
float const v136 = v129.i_1;
float const v138 = v133 + v136;
float const v139 = v129.i_2;
float const v141 = v138 + v139;
float const v142 = v129.i_3;
float const v144 = v141 + v142;
float * const v156 = &v9[v382];
*v156 = v144;
}
}
}
 else {
uint32_t const v159 = v14 + v16;
uint32_t const v161 = v159 - v16;
uint32_t const v164 = 384;
uint32_t const v165 = v161 * v164;
bool const v166 = v382 < v165;
if(v166) {
uint32_t const v167 = v382 % v161;
uint32_t const v170 = v382 / v161;
array<float_4, 1> v320_store = {};
array<float_4, 1> * v320 = &v320_store;float const v177 = 0;
float_4 const v178 = float_4{v177, v177, v177, v177};
float_4 * const v183 = &(*v320)[v3];
*v183 = v178;
array<uint32_t, 1> v321_store = {};
array<uint32_t, 1> * v321 = &v321_store;bool const v190 = v167 < v14;
uint32_t const v192 = v14 - v16;
uint32_t const v193 = v190 ? v167 : v192;
uint32_t const v194 = 16;
uint32_t const v195 = v193 * v194;
uint32_t * const v200 = &(*v321)[v3];
*v200 = v195;
array<uint32_t, 1> v322_store = {};
array<uint32_t, 1> * v322 = &v322_store;uint32_t const v208 = v170 * v194;
uint32_t * const v213 = &(*v322)[v3];
*v213 = v208;
for(uint32_t v217 = v3; v217 < v194; v217 += v16) {
array<float_4, 1> v324_store = {};
array<float_4, 1> * v324 = &v324_store;uint32_t const v228 = *v200;
uint32_t const v229 = v228 + v217;
float_4 const* const v233 = &v1[v229];
float_4 const v234 = *v233;
float_4 * const v239 = &(*v324)[v3];
*v239 = v234;
uint32_t const v245 = *v213;
uint32_t const v246 = v245 + v217;
float_4 const* const v250 = &v5[v246];
float_4 const v251 = *v250;
float_4 const v257 = *v239;
float_4 const v263 = *v183;
float const v343 = v251.i_0;
float const v344 = v257.i_0;
float const v345 = v263.i_0;
float const v346 = fma(v343, v344, v345);
float const v347 = v251.i_1;
float const v348 = v257.i_1;
float const v349 = v263.i_1;
float const v350 = fma(v347, v348, v349);
float const v351 = v251.i_2;
float const v352 = v257.i_2;
float const v353 = v263.i_2;
float const v354 = fma(v351, v352, v353);
float const v355 = v251.i_3;
float const v356 = v257.i_3;
float const v357 = v263.i_3;
float const v358 = fma(v355, v356, v357);
float_4 const v359 = float_4{v346, v350, v354, v358};
*v183 = v359;
}
if(v190) {
float_4 const v278 = *v183;
float const v282 = v278.i_0;
float const v285 = v278.i_1;
float const v287 = v282 + v285;
float const v288 = v278.i_2;
float const v290 = v287 + v288;
float const v291 = v278.i_3;
float const v293 = v290 + v291;
uint32_t const v297 = v167 * v164;
uint32_t const v298 = v297 + v170;
float * const v304 = &v9[v298];
*v304 = v293;
}
}
}
return;
}
