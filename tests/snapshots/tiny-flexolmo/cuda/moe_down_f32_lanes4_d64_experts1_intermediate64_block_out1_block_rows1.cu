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
extern "C" __global__ void __launch_bounds__(256)  moe_down_f32_lanes4_d64_experts1_intermediate64_block_out1_block_rows1(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v455) {
uint32_t const* const dynamic_meta_v457 = reinterpret_cast<uint32_t const*>(v455 + 1);
const info_st& info_v456 = *v455;uint32_t const v3 = 0;
uint32_t const v458 = info_v456.scalars_u32[0];
uint32_t const v22 = uint32_t(v458);
uint32_t const v515 = blockIdx.z;
uint32_t const v516 = uint32_t(v515);
uint32_t const v517 = gridDim.y;
uint32_t const v518 = uint32_t(v517);
uint32_t const v519 = v516 * v518;
uint32_t const v520 = gridDim.x;
uint32_t const v521 = uint32_t(v520);
uint32_t const v522 = v519 * v521;
uint32_t const v523 = blockIdx.y;
uint32_t const v524 = uint32_t(v523);
uint32_t const v527 = v524 * v521;
uint32_t const v528 = v522 + v527;
uint32_t const v529 = blockIdx.x;
uint32_t const v530 = uint32_t(v529);
uint32_t const v531 = v528 + v530;
uint32_t const v558 = 256;
uint32_t const v534 = v531 * v558;
uint32_t const v539 = threadIdx.x;
uint32_t const v536 = uint32_t(v539);
uint32_t const v537 = v534 + v536;
uint32_t const v24 = 1;
bool const v25 = v22 == v24;
if(v25) {
uint32_t const v26 = 64;
bool const v27 = v537 < v26;
if(v27) {
array<float, 1> v465_store = {};
array<float, 1> * v465 = &v465_store;float * const v38 = &(*v465)[v3];
float const v39 = 0;
*v38 = v39;
bool const v40 = false;
bool v466_store;
bool * v466 = &v466_store;*v466 = v40;
bool const v46 = v3 < v22;
if(v46) {
bool const v47 = *v466;
bool const v48 = true;
bool v467_store;
bool * v467 = &v467_store;if(v47) {
*v467 = v48;
}
 else {
float const* const v58 = &v5[v3];
float const v59 = *v58;
bool const v61 = v59 < v39;
bool const v62 = !v61;
*v467 = v62;
}
bool const v63 = *v467;
*v466 = v63;
}
bool const v64 = *v466;
if(v64) {
array<float_4, 1> v468_store = {};
array<float_4, 1> * v468 = &v468_store;float_4 const v70 = float_4{v39, v39, v39, v39};
float_4 * const v75 = &(*v468)[v3];
*v75 = v70;
array<uint32_t, 1> v469_store = {};
array<uint32_t, 1> * v469 = &v469_store;uint32_t const v85 = v22 - v24;
uint32_t const v86 = v46 ? v3 : v85;
uint32_t const v91 = 16;
uint32_t const v92 = v86 * v91;
uint32_t * const v97 = &(*v469)[v3];
*v97 = v92;
uint32_t const* const v102 = &v13[v3];
uint32_t const v103 = *v102;
uint32_t const v104 = uint32_t(v103);
uint32_t const v106 = v104 * v26;
for(uint32_t v110 = v3; v110 < v91; v110 += v24) {
array<float_4, 1> v471_store = {};
array<float_4, 1> * v471 = &v471_store;uint32_t const v121 = *v97;
uint32_t const v122 = v121 + v110;
float_4 const* const v126 = &v1[v122];
float_4 const v127 = *v126;
float_4 * const v132 = &(*v471)[v3];
*v132 = v127;
uint32_t const v133 = v106 + v537;
uint32_t const v137 = v133 * v91;
uint32_t const v138 = v137 + v110;
float_4 const* const v142 = &v9[v138];
float_4 const v143 = *v142;
float_4 const v149 = *v132;
float_4 const v155 = *v75;
float const v481 = v143.i_0;
float const v482 = v149.i_0;
float const v483 = v155.i_0;
float const v484 = fma(v481, v482, v483);
float const v485 = v143.i_1;
float const v486 = v149.i_1;
float const v487 = v155.i_1;
float const v488 = fma(v485, v486, v487);
float const v489 = v143.i_2;
float const v490 = v149.i_2;
float const v491 = v155.i_2;
float const v492 = fma(v489, v490, v491);
float const v493 = v143.i_3;
float const v494 = v149.i_3;
float const v495 = v155.i_3;
float const v496 = fma(v493, v494, v495);
float_4 const v497 = float_4{v484, v488, v492, v496};
*v75 = v497;
}
float const* const v179 = &v5[v86];
float const v180 = *v179;
float_4 const v186 = *v75;
float const v190 = v186.i_0;
float const v193 = v186.i_1;
float const v195 = v190 + v193;
float const v196 = v186.i_2;
float const v198 = v195 + v196;
float const v199 = v186.i_3;
float const v201 = v198 + v199;
float const v203 = v180 * v201;
bool const v205 = v180 < v39;
bool const v206 = !v205;
float const v208 = v206 ? v203 : v39;
float const v214 = *v38;
float const v215 = v214 + v208;
*v38 = v215;
}
if(v46) {
float const v225 = *v38;
float * const v237 = &v17[v537];
*v237 = v225;
}
}
}
 else {
uint32_t const v239 = v22 + v24;
uint32_t const v241 = v239 - v24;
uint32_t const v244 = 64;
uint32_t const v245 = v241 * v244;
bool const v246 = v537 < v245;
if(v246) {
uint32_t const v247 = v537 % v241;
uint32_t const v250 = v537 / v241;
array<float, 1> v473_store = {};
array<float, 1> * v473 = &v473_store;float * const v261 = &(*v473)[v3];
float const v262 = 0;
*v261 = v262;
bool const v263 = false;
bool v474_store;
bool * v474 = &v474_store;*v474 = v263;
bool const v268 = v247 < v22;
if(v268) {
bool const v269 = *v474;
bool const v270 = true;
bool v475_store;
bool * v475 = &v475_store;if(v269) {
*v475 = v270;
}
 else {
float const* const v280 = &v5[v247];
float const v281 = *v280;
bool const v283 = v281 < v262;
bool const v284 = !v283;
*v475 = v284;
}
bool const v285 = *v475;
*v474 = v285;
}
bool const v286 = *v474;
if(v286) {
array<float_4, 1> v476_store = {};
array<float_4, 1> * v476 = &v476_store;float_4 const v292 = float_4{v262, v262, v262, v262};
float_4 * const v297 = &(*v476)[v3];
*v297 = v292;
array<uint32_t, 1> v477_store = {};
array<uint32_t, 1> * v477 = &v477_store;uint32_t const v306 = v22 - v24;
uint32_t const v307 = v268 ? v247 : v306;
uint32_t const v312 = 16;
uint32_t const v313 = v307 * v312;
uint32_t * const v318 = &(*v477)[v3];
*v318 = v313;
uint32_t const* const v323 = &v13[v3];
uint32_t const v324 = *v323;
uint32_t const v325 = uint32_t(v324);
uint32_t const v327 = v325 * v244;
for(uint32_t v331 = v3; v331 < v312; v331 += v24) {
array<float_4, 1> v479_store = {};
array<float_4, 1> * v479 = &v479_store;uint32_t const v342 = *v318;
uint32_t const v343 = v342 + v331;
float_4 const* const v347 = &v1[v343];
float_4 const v348 = *v347;
float_4 * const v353 = &(*v479)[v3];
*v353 = v348;
uint32_t const v354 = v327 + v250;
uint32_t const v358 = v354 * v312;
uint32_t const v359 = v358 + v331;
float_4 const* const v363 = &v9[v359];
float_4 const v364 = *v363;
float_4 const v370 = *v353;
float_4 const v376 = *v297;
float const v498 = v364.i_0;
float const v499 = v370.i_0;
float const v500 = v376.i_0;
float const v501 = fma(v498, v499, v500);
float const v502 = v364.i_1;
float const v503 = v370.i_1;
float const v504 = v376.i_1;
float const v505 = fma(v502, v503, v504);
float const v506 = v364.i_2;
float const v507 = v370.i_2;
float const v508 = v376.i_2;
float const v509 = fma(v506, v507, v508);
float const v510 = v364.i_3;
float const v511 = v370.i_3;
float const v512 = v376.i_3;
float const v513 = fma(v510, v511, v512);
float_4 const v514 = float_4{v501, v505, v509, v513};
*v297 = v514;
}
float const* const v398 = &v5[v307];
float const v399 = *v398;
float_4 const v405 = *v297;
float const v409 = v405.i_0;
float const v412 = v405.i_1;
float const v414 = v409 + v412;
float const v415 = v405.i_2;
float const v417 = v414 + v415;
float const v418 = v405.i_3;
float const v420 = v417 + v418;
float const v422 = v399 * v420;
bool const v424 = v399 < v262;
bool const v425 = !v424;
float const v427 = v425 ? v422 : v262;
float const v433 = *v261;
float const v434 = v433 + v427;
*v261 = v434;
}
if(v268) {
float const v443 = *v261;
uint32_t const v447 = v247 * v244;
uint32_t const v448 = v447 + v250;
float * const v454 = &v17[v448];
*v454 = v443;
}
}
}
return;
}
