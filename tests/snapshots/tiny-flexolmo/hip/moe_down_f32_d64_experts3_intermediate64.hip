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
extern "C" __global__ void __launch_bounds__(256) moe_down_f_f32_aa39ba4c(float const* const __restrict__ v1, float const* const __restrict__ v5, float const* const __restrict__ v9, float * const __restrict__ v13, info_st const* const __restrict__ v277) {
uint32_t const* const dynamic_meta_v279 = reinterpret_cast<uint32_t const*>(v277 + 1);
const info_st& info_v278 = *v277;uint32_t const v3 = 0;
uint32_t const v280 = info_v278.scalars_u32[0];
uint32_t const v298 = blockIdx.z;
uint32_t const v299 = uint32_t(v298);
uint32_t const v300 = gridDim.y;
uint32_t const v301 = uint32_t(v300);
uint32_t const v302 = v299 * v301;
uint32_t const v303 = gridDim.x;
uint32_t const v304 = uint32_t(v303);
uint32_t const v305 = v302 * v304;
uint32_t const v306 = blockIdx.y;
uint32_t const v307 = uint32_t(v306);
uint32_t const v310 = v307 * v304;
uint32_t const v311 = v305 + v310;
uint32_t const v312 = blockIdx.x;
uint32_t const v313 = uint32_t(v312);
uint32_t const v314 = v311 + v313;
uint32_t const v341 = 256;
uint32_t const v317 = v314 * v341;
uint32_t const v322 = threadIdx.x;
uint32_t const v319 = uint32_t(v322);
uint32_t const v320 = v317 + v319;
uint32_t const v19 = uint32_t(v280);
uint32_t const v20 = 64;
uint32_t const v21 = v19 * v20;
bool const v22 = v320 < v21;
if(v22) {
uint32_t const v24 = v320 / v20;
uint32_t const v26 = v320 % v20;
float const v27 = 0;
float v286_store;
float * v286 = &v286_store;*v286 = v27;
uint32_t const v31 = 3;
uint32_t const v32 = 1;
for(uint32_t v33 = v3; v33 < v31; v33 += v32) {
uint32_t const v36 = v24 * v31;
uint32_t const v37 = v36 + v33;
float const* const v41 = &v5[v37];
float const v42 = *v41;
bool const v44 = v42 >= v27;
if(v44) {
uint32_t const v49 = v37 * v20;
uint32_t const v51 = v33 * v20;
uint32_t const v52 = v51 + v26;
uint32_t const v54 = v52 * v20;
float v288_store;
float * v288 = &v288_store;*v288 = v27;
float v289_store;
float * v289 = &v289_store;*v289 = v27;
float v290_store;
float * v290 = &v290_store;*v290 = v27;
float v291_store;
float * v291 = &v291_store;*v291 = v27;
float v292_store;
float * v292 = &v292_store;*v292 = v27;
float v293_store;
float * v293 = &v293_store;*v293 = v27;
float v294_store;
float * v294 = &v294_store;*v294 = v27;
float v295_store;
float * v295 = &v295_store;*v295 = v27;
uint32_t const v80 = 8;
for(uint32_t v82 = v3; v82 < v80; v82 += v32) {
uint32_t const v85 = v82 * v80;
uint32_t const v86 = v49 + v85;
float const* const v90 = &v1[v86];
float const v91 = *v90;
uint32_t const v92 = v54 + v85;
float const* const v96 = &v9[v92];
float const v97 = *v96;
float const v99 = *v288;
float const v342 = fma(v91, v97, v99);
*v288 = v342;
uint32_t const v103 = v86 + v32;
float const* const v107 = &v1[v103];
float const v108 = *v107;
uint32_t const v111 = v92 + v32;
float const* const v115 = &v9[v111];
float const v116 = *v115;
float const v118 = *v289;
float const v343 = fma(v108, v116, v118);
*v289 = v343;
uint32_t const v121 = 2;
uint32_t const v122 = v86 + v121;
float const* const v126 = &v1[v122];
float const v127 = *v126;
uint32_t const v130 = v92 + v121;
float const* const v134 = &v9[v130];
float const v135 = *v134;
float const v137 = *v290;
float const v344 = fma(v127, v135, v137);
*v290 = v344;
uint32_t const v141 = v86 + v31;
float const* const v145 = &v1[v141];
float const v146 = *v145;
uint32_t const v149 = v92 + v31;
float const* const v153 = &v9[v149];
float const v154 = *v153;
float const v156 = *v291;
float const v345 = fma(v146, v154, v156);
*v291 = v345;
uint32_t const v159 = 4;
uint32_t const v160 = v86 + v159;
float const* const v164 = &v1[v160];
float const v165 = *v164;
uint32_t const v168 = v92 + v159;
float const* const v172 = &v9[v168];
float const v173 = *v172;
float const v175 = *v292;
float const v346 = fma(v165, v173, v175);
*v292 = v346;
uint32_t const v178 = 5;
uint32_t const v179 = v86 + v178;
float const* const v183 = &v1[v179];
float const v184 = *v183;
uint32_t const v187 = v92 + v178;
float const* const v191 = &v9[v187];
float const v192 = *v191;
float const v194 = *v293;
float const v347 = fma(v184, v192, v194);
*v293 = v347;
uint32_t const v197 = 6;
uint32_t const v198 = v86 + v197;
float const* const v202 = &v1[v198];
float const v203 = *v202;
uint32_t const v206 = v92 + v197;
float const* const v210 = &v9[v206];
float const v211 = *v210;
float const v213 = *v294;
float const v348 = fma(v203, v211, v213);
*v294 = v348;
uint32_t const v216 = 7;
uint32_t const v217 = v86 + v216;
float const* const v221 = &v1[v217];
float const v222 = *v221;
uint32_t const v225 = v92 + v216;
float const* const v229 = &v9[v225];
float const v230 = *v229;
float const v232 = *v295;
float const v349 = fma(v222, v230, v232);
*v295 = v349;
}
for(uint32_t v237 = v20; v237 < v20; v237 += v32) {
uint32_t const v239 = v49 + v237;
float const* const v243 = &v1[v239];
float const v244 = *v243;
uint32_t const v245 = v54 + v237;
float const* const v249 = &v9[v245];
float const v250 = *v249;
float const v252 = *v288;
float const v350 = fma(v244, v250, v252);
*v288 = v350;
}
float const v254 = *v288;
float const v255 = *v289;
float const v256 = v254 + v255;
float const v257 = *v290;
float const v258 = *v291;
float const v259 = v257 + v258;
float const v260 = v256 + v259;
float const v261 = *v292;
float const v262 = *v293;
float const v263 = v261 + v262;
float const v264 = *v294;
float const v265 = *v295;
float const v266 = v264 + v265;
float const v267 = v263 + v266;
float const v268 = v260 + v267;
float const v270 = *v286;
float const v351 = fma(v42, v268, v270);
*v286 = v351;
}
}
float * const v275 = &v13[v320];
float const v276 = *v286;
*v275 = v276;
}
return;
}
