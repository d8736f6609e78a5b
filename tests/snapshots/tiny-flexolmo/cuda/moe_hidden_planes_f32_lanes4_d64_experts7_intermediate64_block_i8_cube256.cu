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
    uint32_t scalars_u32[2];uint32_t static_meta[6];
};
extern "C" __global__ void __launch_bounds__(256)  moe_hidden_planes_f32_lanes4_d64_experts7_intermediate64_block_i8_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v229) {
uint32_t const* const dynamic_meta_v231 = reinterpret_cast<uint32_t const*>(v229 + 1);
const info_st& info_v230 = *v229;uint32_t const v3 = 0;
uint32_t const v232 = info_v230.scalars_u32[0];
uint32_t const v22 = uint32_t(v232);
uint32_t const v330 = blockIdx.z;
uint32_t const v331 = uint32_t(v330);
uint32_t const v332 = gridDim.y;
uint32_t const v333 = uint32_t(v332);
uint32_t const v334 = v331 * v333;
uint32_t const v335 = gridDim.x;
uint32_t const v336 = uint32_t(v335);
uint32_t const v337 = v334 * v336;
uint32_t const v338 = blockIdx.y;
uint32_t const v339 = uint32_t(v338);
uint32_t const v342 = v339 * v336;
uint32_t const v343 = v337 + v342;
uint32_t const v344 = blockIdx.x;
uint32_t const v345 = uint32_t(v344);
uint32_t const v346 = v343 + v345;
bool const v25 = v22 > v3;
bool v239_store;
bool * v239 = &v239_store;if(v25) {
uint32_t const v26 = 56;
uint32_t const v27 = v22 * v26;
bool const v28 = v346 < v27;
*v239 = v28;
}
 else {
bool const v30 = false;
*v239 = v30;
}
bool const v31 = *v239;
if(v31) {
uint32_t const v32 = v346 % v22;
uint32_t const v33 = v346 / v22;
uint32_t const v34 = 8;
uint32_t const v35 = v33 % v34;
uint32_t const v37 = v35 * v34;
uint32_t const v39 = v33 / v34;
uint32_t const v40 = 7;
uint32_t const v41 = v32 * v40;
uint32_t const v42 = v41 + v39;
uint32_t const v43 = 64;
uint32_t const v44 = v42 * v43;
uint32_t const v45 = v44 + v37;
float const* const v52 = &v5[v42];
float const v53 = *v52;
float const v54 = 0;
bool const v55 = v53 < v54;
bool const v56 = !v55;
if(v56) {
uint32_t const* const v60 = &v13[v39];
uint32_t const v61 = *v60;
uint32_t const v62 = uint32_t(v61);
uint32_t const v63 = 128;
uint32_t const v64 = v62 * v63;
uint32_t const v347 = 256;
uint32_t const v66 = warpSize;
uint32_t const v67 = v347 / v66;
uint32_t const v68 = uint32_t(v67);
uint32_t const v374 = threadIdx.x;
uint32_t const v423 = 0;
uint32_t const v427 = 1;
uint32_t const v350 = v374 / v66;
uint32_t const v70 = uint32_t(v350);
uint32_t v240_store;
uint32_t * v240 = &v240_store;*v240 = v70;
while([&]{
uint32_t const v72 = *v240;
bool const v74 = v72 < v34;
return v74;
}()) {
uint32_t const v76 = 16;
uint32_t const v77 = v32 * v76;
uint32_t const v78 = v64 + v37;
uint32_t const v79 = *v240;
uint32_t const v80 = v78 + v79;
uint32_t const v82 = v80 * v76;
uint32_t const v353 = v374 % v66;
uint32_t const v84 = uint32_t(v353);
uint32_t const v86 = uint32_t(v66);
float_4 const v88 = float_4{v54, v54, v54, v54};
float_4 v242_store;
float_4 * v242 = &v242_store;*v242 = v88;
uint32_t v243_store;
uint32_t * v243 = &v243_store;*v243 = v84;
while([&]{
uint32_t const v91 = *v243;
bool const v93 = v91 < v76;
return v93;
}()) {
uint32_t const v95 = *v243;
uint32_t const v96 = v82 + v95;
float_4 const* const v100 = &v9[v96];
float_4 const v101 = *v100;
uint32_t const v103 = v77 + v95;
float_4 const* const v107 = &v1[v103];
float_4 const v108 = *v107;
float_4 const v109 = *v242;
float const v296 = v101.i_0;
float const v297 = v108.i_0;
float const v298 = v109.i_0;
float const v299 = fma(v296, v297, v298);
float const v300 = v101.i_1;
float const v301 = v108.i_1;
float const v302 = v109.i_1;
float const v303 = fma(v300, v301, v302);
float const v304 = v101.i_2;
float const v305 = v108.i_2;
float const v306 = v109.i_2;
float const v307 = fma(v304, v305, v306);
float const v308 = v101.i_3;
float const v309 = v108.i_3;
float const v310 = v109.i_3;
float const v311 = fma(v308, v309, v310);
float_4 const v312 = float_4{v299, v303, v307, v311};
*v242 = v312;
uint32_t const v112 = v95 + v86;
*v243 = v112;
}
float_4 const v116 = *v242;
float const v117 = v116.i_0;
float const v121 = v116.i_1;
float const v123 = v117 + v121;
float const v125 = v116.i_2;
float const v127 = v123 + v125;
float const v129 = v116.i_3;
float const v131 = v127 + v129;
uint32_t const v248 = min(v66, v347);
float v290_store;
float * v290 = &v290_store;*v290 = v131;
uint32_t v291_store;
uint32_t * v291 = &v291_store;*v291 = v427;
while([&]{
uint32_t const v253 = *v291;
bool const v254 = v253 < v248;
return v254;
}()) {
float const v256 = *v290;
uint32_t const v257 = *v291;
float const v258 = __shfl_xor_sync(__activemask(), v256, v257);
float const v260 = v256 + v258;
*v290 = v260;
uint32_t const v262 = 2;
uint32_t const v263 = v257 * v262;
*v291 = v263;
}
float const v264 = *v290;
uint32_t const v137 = v64 + v43;
uint32_t const v138 = v137 + v37;
uint32_t const v139 = *v240;
uint32_t const v140 = v138 + v139;
uint32_t const v142 = v140 * v76;
float_4 v265_store;
float_4 * v265 = &v265_store;*v265 = v88;
uint32_t v266_store;
uint32_t * v266 = &v266_store;*v266 = v84;
while([&]{
uint32_t const v151 = *v266;
bool const v153 = v151 < v76;
return v153;
}()) {
uint32_t const v155 = *v266;
uint32_t const v156 = v142 + v155;
float_4 const* const v160 = &v9[v156];
float_4 const v161 = *v160;
uint32_t const v163 = v77 + v155;
float_4 const* const v167 = &v1[v163];
float_4 const v168 = *v167;
float_4 const v169 = *v265;
float const v313 = v161.i_0;
float const v314 = v168.i_0;
float const v315 = v169.i_0;
float const v316 = fma(v313, v314, v315);
float const v317 = v161.i_1;
float const v318 = v168.i_1;
float const v319 = v169.i_1;
float const v320 = fma(v317, v318, v319);
float const v321 = v161.i_2;
float const v322 = v168.i_2;
float const v323 = v169.i_2;
float const v324 = fma(v321, v322, v323);
float const v325 = v161.i_3;
float const v326 = v168.i_3;
float const v327 = v169.i_3;
float const v328 = fma(v325, v326, v327);
float_4 const v329 = float_4{v316, v320, v324, v328};
*v265 = v329;
uint32_t const v172 = v155 + v86;
*v266 = v172;
}
float_4 const v176 = *v265;
float const v177 = v176.i_0;
float const v181 = v176.i_1;
float const v183 = v177 + v181;
float const v185 = v176.i_2;
float const v187 = v183 + v185;
float const v189 = v176.i_3;
float const v191 = v187 + v189;
float v293_store;
float * v293 = &v293_store;*v293 = v191;
uint32_t v294_store;
uint32_t * v294 = &v294_store;*v294 = v427;
while([&]{
uint32_t const v276 = *v294;
bool const v277 = v276 < v248;
return v277;
}()) {
float const v279 = *v293;
uint32_t const v280 = *v294;
float const v281 = __shfl_xor_sync(__activemask(), v279, v280);
float const v283 = v279 + v281;
*v293 = v283;
uint32_t const v285 = 2;
uint32_t const v286 = v280 * v285;
*v294 = v286;
}
float const v287 = *v293;
bool const v196 = v353 == v423;
if(v196) {
float const v197 = -v264;
float const v198 = exp(v197);float const v199 = 1;
float const v200 = v199 + v198;
float const v201 = v264 / v200;
float const v202 = v201 * v287;
uint32_t const v203 = *v240;
uint32_t const v204 = v45 + v203;
float * const v208 = &v17[v204];
*v208 = v202;
}
uint32_t const v209 = *v240;
uint32_t const v210 = v209 + v68;
*v240 = v210;
}
}
 else {
uint32_t const v362 = threadIdx.x;
uint32_t const v212 = uint32_t(v362);
uint32_t v288_store;
uint32_t * v288 = &v288_store;*v288 = v212;
while([&]{
uint32_t const v214 = *v288;
bool const v216 = v214 < v34;
return v216;
}()) {
uint32_t const v218 = *v288;
uint32_t const v219 = v45 + v218;
float * const v223 = &v17[v219];
*v223 = v54;
uint32_t const v446 = 256;
uint32_t const v228 = v218 + v446;
*v288 = v228;
}
}
}
return;
}
