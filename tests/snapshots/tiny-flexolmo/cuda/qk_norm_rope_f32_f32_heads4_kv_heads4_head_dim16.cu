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
    float scalars_f32[2];
uint32_t scalars_u32[2];uint32_t static_meta[10];
};
extern "C" __global__ void __launch_bounds__(256)  qk_norm_rope_f32_f32_heads4_kv_heads4_head_dim16(float const* const __restrict__ v1, float const* const __restrict__ v5, float const* const __restrict__ v9, float const* const __restrict__ v13, uint32_t const* const __restrict__ v17, uint32_t const* const __restrict__ v21, float * const __restrict__ v25, float * const __restrict__ v29, float * const __restrict__ v33, info_st const* const __restrict__ v276) {
uint32_t const* const dynamic_meta_v278 = reinterpret_cast<uint32_t const*>(v276 + 1);
const info_st& info_v277 = *v276;uint32_t const v3 = 0;
uint32_t const v279 = info_v277.scalars_u32[0];
float const v280 = info_v277.scalars_f32[0];
uint32_t const v304 = blockIdx.z;
uint32_t const v305 = uint32_t(v304);
uint32_t const v306 = gridDim.y;
uint32_t const v307 = uint32_t(v306);
uint32_t const v308 = v305 * v307;
uint32_t const v309 = gridDim.x;
uint32_t const v310 = uint32_t(v309);
uint32_t const v311 = v308 * v310;
uint32_t const v312 = blockIdx.y;
uint32_t const v313 = uint32_t(v312);
uint32_t const v316 = v313 * v310;
uint32_t const v317 = v311 + v316;
uint32_t const v318 = blockIdx.x;
uint32_t const v319 = uint32_t(v318);
uint32_t const v320 = v317 + v319;
uint32_t const v347 = 256;
uint32_t const v323 = v320 * v347;
uint32_t const v328 = threadIdx.x;
uint32_t const v325 = uint32_t(v328);
uint32_t const v326 = v323 + v325;
uint32_t const v40 = uint32_t(v279);
bool const v41 = v326 < v40;
if(v41) {
uint32_t const v42 = 192;
uint32_t const v43 = v326 * v42;
uint32_t const* const v47 = &v17[v326];
uint32_t const v48 = *v47;
float const v49 = float(v48);
uint32_t const* const v53 = &v21[v326];
uint32_t const v54 = *v53;
uint32_t const v55 = uint32_t(v54);
uint32_t const v56 = 64;
uint32_t const v57 = v55 * v56;
float const v58 = 0;
float v291_store;
float * v291 = &v291_store;*v291 = v58;
uint32_t const v63 = 1;
for(uint32_t v64 = v3; v64 < v56; v64 += v63) {
uint32_t const v66 = v43 + v64;
float const* const v70 = &v1[v66];
float const v71 = *v70;
float const v73 = *v291;
float const v350 = fma(v71, v71, v73);
*v291 = v350;
}
float const v349 = 64;
float const v77 = *v291;
float const v78 = v77 / v349;
float const v79 = v78 + v280;
float const v80 = sqrt(v79);float const v293 = 1;
float const v294 = v293 / v80;
uint32_t const v83 = v326 * v56;
uint32_t const v85 = 8;
for(uint32_t v87 = v3; v87 < v85; v87 += v63) {
float const* const v92 = &v13[v87];
float const v93 = *v92;
float const v94 = v49 * v93;
float const v95 = cos(v94);float const v96 = sin(v94);uint32_t const v98 = 4;
for(uint32_t v100 = v3; v100 < v98; v100 += v63) {
uint32_t const v102 = 16;
uint32_t const v103 = v100 * v102;
uint32_t const v104 = v103 + v87;
float const* const v108 = &v5[v104];
float const v109 = *v108;
uint32_t const v110 = v43 + v103;
uint32_t const v111 = v110 + v87;
float const* const v115 = &v1[v111];
float const v116 = *v115;
float const v117 = v116 * v294;
float const v118 = v109 * v117;
uint32_t const v121 = v104 + v85;
float const* const v125 = &v5[v121];
float const v126 = *v125;
uint32_t const v130 = v111 + v85;
float const* const v134 = &v1[v130];
float const v135 = *v134;
float const v136 = v135 * v294;
float const v137 = v126 * v136;
float const v139 = v137 * v96;
float const v351 = -v139;
float const v352 = fma(v118, v95, v351);
uint32_t const v141 = v83 + v103;
uint32_t const v142 = v141 + v87;
float * const v146 = &v25[v142];
*v146 = v352;
float const v148 = v118 * v96;
float const v353 = fma(v137, v95, v148);
uint32_t const v153 = v142 + v85;
float * const v157 = &v25[v153];
*v157 = v353;
}
}
uint32_t const v159 = v43 + v56;
float v297_store;
float * v297 = &v297_store;*v297 = v58;
for(uint32_t v166 = v3; v166 < v56; v166 += v63) {
uint32_t const v168 = v159 + v166;
float const* const v172 = &v1[v168];
float const v173 = *v172;
float const v175 = *v297;
float const v354 = fma(v173, v173, v175);
*v297 = v354;
}
float const v179 = *v297;
float const v180 = v179 / v349;
float const v181 = v180 + v280;
float const v182 = sqrt(v181);float const v300 = v293 / v182;
for(uint32_t v187 = v3; v187 < v85; v187 += v63) {
float const* const v192 = &v13[v187];
float const v193 = *v192;
float const v194 = v49 * v193;
float const v195 = cos(v194);float const v196 = sin(v194);uint32_t const v198 = 4;
for(uint32_t v200 = v3; v200 < v198; v200 += v63) {
uint32_t const v202 = 16;
uint32_t const v203 = v200 * v202;
uint32_t const v204 = v203 + v187;
float const* const v208 = &v9[v204];
float const v209 = *v208;
uint32_t const v210 = v159 + v203;
uint32_t const v211 = v210 + v187;
float const* const v215 = &v1[v211];
float const v216 = *v215;
float const v217 = v216 * v300;
float const v218 = v209 * v217;
uint32_t const v221 = v204 + v85;
float const* const v225 = &v9[v221];
float const v226 = *v225;
uint32_t const v230 = v211 + v85;
float const* const v234 = &v1[v230];
float const v235 = *v234;
float const v236 = v235 * v300;
float const v237 = v226 * v236;
float const v239 = v237 * v196;
float const v355 = -v239;
float const v356 = fma(v218, v195, v355);
uint32_t const v241 = v57 + v203;
uint32_t const v242 = v241 + v187;
float * const v246 = &v29[v242];
*v246 = v356;
float const v248 = v218 * v196;
float const v357 = fma(v237, v195, v248);
uint32_t const v253 = v242 + v85;
float * const v257 = &v29[v253];
*v257 = v357;
}
}
uint32_t const v259 = v159 + v56;
for(uint32_t v263 = v3; v263 < v56; v263 += v63) {
uint32_t const v265 = v259 + v263;
float const* const v269 = &v1[v265];
float const v270 = *v269;
uint32_t const v271 = v57 + v263;
float * const v275 = &v33[v271];
*v275 = v270;
}
}
return;
}
