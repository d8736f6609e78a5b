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
    uint32_t scalars_u32[2];uint32_t static_meta[6];
};
extern "C" __global__ void __launch_bounds__(256) moe_down_f32_lanes4_d64_experts3_intermediate64_block_out1_block_rows1(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v457) {
uint32_t const* const dynamic_meta_v459 = reinterpret_cast<uint32_t const*>(v457 + 1);
const info_st& info_v458 = *v457;uint32_t const v3 = 0;
uint32_t const v460 = info_v458.scalars_u32[0];
uint32_t const v22 = uint32_t(v460);
uint32_t const v519 = blockIdx.z;
uint32_t const v520 = uint32_t(v519);
uint32_t const v521 = gridDim.y;
uint32_t const v522 = uint32_t(v521);
uint32_t const v523 = v520 * v522;
uint32_t const v524 = gridDim.x;
uint32_t const v525 = uint32_t(v524);
uint32_t const v526 = v523 * v525;
uint32_t const v527 = blockIdx.y;
uint32_t const v528 = uint32_t(v527);
uint32_t const v531 = v528 * v525;
uint32_t const v532 = v526 + v531;
uint32_t const v533 = blockIdx.x;
uint32_t const v534 = uint32_t(v533);
uint32_t const v535 = v532 + v534;
uint32_t const v562 = 256;
uint32_t const v538 = v535 * v562;
uint32_t const v543 = threadIdx.x;
uint32_t const v540 = uint32_t(v543);
uint32_t const v541 = v538 + v540;
uint32_t const v24 = 1;
bool const v25 = v22 == v24;
if(v25) {
uint32_t const v26 = 64;
bool const v27 = v541 < v26;
if(v27) {
array<float, 1> v467_store = {};
array<float, 1> * v467 = &v467_store;float * const v38 = &(*v467)[v3];
float const v39 = 0;
*v38 = v39;
uint32_t const v41 = 3;
for(uint32_t v43 = v3; v43 < v41; v43 += v24) {
bool const v45 = false;
bool v469_store;
bool * v469 = &v469_store;*v469 = v45;
bool const v51 = v3 < v22;
if(v51) {
bool const v52 = *v469;
bool const v53 = true;
bool v470_store;
bool * v470 = &v470_store;if(v52) {
*v470 = v53;
}
 else {
float const* const v62 = &v5[v43];
float const v63 = *v62;
bool const v65 = v63 < v39;
bool const v66 = !v65;
*v470 = v66;
}
bool const v67 = *v470;
*v469 = v67;
}
bool const v68 = *v469;
if(v68) {
array<float_4, 1> v471_store = {};
array<float_4, 1> * v471 = &v471_store;float_4 const v74 = float_4{v39, v39, v39, v39};
float_4 * const v79 = &(*v471)[v3];
*v79 = v74;
array<uint32_t, 1> v472_store = {};
array<uint32_t, 1> * v472 = &v472_store;uint32_t const v89 = v22 - v24;
uint32_t const v90 = v51 ? v3 : v89;
uint32_t const v92 = v90 * v41;
uint32_t const v93 = v92 + v43;
uint32_t const v94 = 16;
uint32_t const v95 = v93 * v94;
uint32_t * const v100 = &(*v472)[v3];
*v100 = v95;
uint32_t const* const v104 = &v13[v43];
uint32_t const v105 = *v104;
uint32_t const v106 = uint32_t(v105);
uint32_t const v108 = v106 * v26;
for(uint32_t v112 = v3; v112 < v94; v112 += v24) {
array<float_4, 1> v474_store = {};
array<float_4, 1> * v474 = &v474_store;uint32_t const v123 = *v100;
uint32_t const v124 = v123 + v112;
float_4 const* const v128 = &v1[v124];
float_4 const v129 = *v128;
float_4 * const v134 = &(*v474)[v3];
*v134 = v129;
uint32_t const v135 = v108 + v541;
uint32_t const v139 = v135 * v94;
uint32_t const v140 = v139 + v112;
float_4 const* const v144 = &v9[v140];
float_4 const v145 = *v144;
float_4 const v151 = *v134;
float_4 const v157 = *v79;
float const v485 = v145.i_0;
float const v486 = v151.i_0;
float const v487 = v157.i_0;
float const v488 = fma(v485, v486, v487);
float const v489 = v145.i_1;
float const v490 = v151.i_1;
float const v491 = v157.i_1;
float const v492 = fma(v489, v490, v491);
float const v493 = v145.i_2;
float const v494 = v151.i_2;
float const v495 = v157.i_2;
float const v496 = fma(v493, v494, v495);
float const v497 = v145.i_3;
float const v498 = v151.i_3;
float const v499 = v157.i_3;
float const v500 = fma(v497, v498, v499);
float_4 const v501 = float_4{v488, v492, v496, v500};
*v79 = v501;
}
float const* const v180 = &v5[v93];
float const v181 = *v180;
float_4 const v187 = *v79;
float const v191 = v187.i_0;
float const v194 = v187.i_1;
float const v196 = v191 + v194;
float const v197 = v187.i_2;
float const v199 = v196 + v197;
float const v200 = v187.i_3;
float const v202 = v199 + v200;
float const v204 = v181 * v202;
bool const v206 = v181 < v39;
bool const v207 = !v206;
float const v209 = v207 ? v204 : v39;
float const v215 = *v38;
float const v216 = v215 + v209;
*v38 = v216;
}
}
bool const v220 = v3 < v22;
if(v220) {
float const v226 = *v38;
float * const v238 = &v17[v541];
*v238 = v226;
}
}
}
 else {
uint32_t const v240 = v22 + v24;
uint32_t const v242 = v240 - v24;
uint32_t const v245 = 64;
uint32_t const v246 = v242 * v245;
bool const v247 = v541 < v246;
if(v247) {
uint32_t const v248 = v541 % v242;
uint32_t const v251 = v541 / v242;
array<float, 1> v476_store = {};
array<float, 1> * v476 = &v476_store;float * const v262 = &(*v476)[v3];
float const v263 = 0;
*v262 = v263;
uint32_t const v265 = 3;
for(uint32_t v267 = v3; v267 < v265; v267 += v24) {
bool const v269 = false;
bool v478_store;
bool * v478 = &v478_store;*v478 = v269;
bool const v274 = v248 < v22;
if(v274) {
bool const v275 = *v478;
bool const v276 = true;
bool v479_store;
bool * v479 = &v479_store;if(v275) {
*v479 = v276;
}
 else {
uint32_t const v280 = v248 * v265;
uint32_t const v281 = v280 + v267;
float const* const v285 = &v5[v281];
float const v286 = *v285;
bool const v288 = v286 < v263;
bool const v289 = !v288;
*v479 = v289;
}
bool const v290 = *v479;
*v478 = v290;
}
bool const v291 = *v478;
if(v291) {
array<float_4, 1> v480_store = {};
array<float_4, 1> * v480 = &v480_store;float_4 const v297 = float_4{v263, v263, v263, v263};
float_4 * const v302 = &(*v480)[v3];
*v302 = v297;
array<uint32_t, 1> v481_store = {};
array<uint32_t, 1> * v481 = &v481_store;uint32_t const v311 = v22 - v24;
uint32_t const v312 = v274 ? v248 : v311;
uint32_t const v314 = v312 * v265;
uint32_t const v315 = v314 + v267;
uint32_t const v316 = 16;
uint32_t const v317 = v315 * v316;
uint32_t * const v322 = &(*v481)[v3];
*v322 = v317;
uint32_t const* const v326 = &v13[v267];
uint32_t const v327 = *v326;
uint32_t const v328 = uint32_t(v327);
uint32_t const v330 = v328 * v245;
for(uint32_t v334 = v3; v334 < v316; v334 += v24) {
array<float_4, 1> v483_store = {};
array<float_4, 1> * v483 = &v483_store;uint32_t const v345 = *v322;
uint32_t const v346 = v345 + v334;
float_4 const* const v350 = &v1[v346];
float_4 const v351 = *v350;
float_4 * const v356 = &(*v483)[v3];
*v356 = v351;
uint32_t const v357 = v330 + v251;
uint32_t const v361 = v357 * v316;
uint32_t const v362 = v361 + v334;
float_4 const* const v366 = &v9[v362];
float_4 const v367 = *v366;
float_4 const v373 = *v356;
float_4 const v379 = *v302;
float const v502 = v367.i_0;
float const v503 = v373.i_0;
float const v504 = v379.i_0;
float const v505 = fma(v502, v503, v504);
float const v506 = v367.i_1;
float const v507 = v373.i_1;
float const v508 = v379.i_1;
float const v509 = fma(v506, v507, v508);
float const v510 = v367.i_2;
float const v511 = v373.i_2;
float const v512 = v379.i_2;
float const v513 = fma(v510, v511, v512);
float const v514 = v367.i_3;
float const v515 = v373.i_3;
float const v516 = v379.i_3;
float const v517 = fma(v514, v515, v516);
float_4 const v518 = float_4{v505, v509, v513, v517};
*v302 = v518;
}
float const* const v400 = &v5[v315];
float const v401 = *v400;
float_4 const v407 = *v302;
float const v411 = v407.i_0;
float const v414 = v407.i_1;
float const v416 = v411 + v414;
float const v417 = v407.i_2;
float const v419 = v416 + v417;
float const v420 = v407.i_3;
float const v422 = v419 + v420;
float const v424 = v401 * v422;
bool const v426 = v401 < v263;
bool const v427 = !v426;
float const v429 = v427 ? v424 : v263;
float const v435 = *v262;
float const v436 = v435 + v429;
*v262 = v436;
}
}
bool const v439 = v248 < v22;
if(v439) {
float const v445 = *v262;
uint32_t const v449 = v248 * v245;
uint32_t const v450 = v449 + v251;
float * const v456 = &v17[v450];
*v456 = v445;
}
}
}
return;
}
