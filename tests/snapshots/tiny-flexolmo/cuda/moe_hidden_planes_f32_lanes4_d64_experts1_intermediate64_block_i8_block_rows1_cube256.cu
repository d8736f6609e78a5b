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
extern "C" __global__ void __launch_bounds__(256)  moe_hidden_planes_f32_lanes4_d64_experts1_intermediate64_block_i8_block_rows1_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v503) {
uint32_t const* const dynamic_meta_v505 = reinterpret_cast<uint32_t const*>(v503 + 1);
const info_st& info_v504 = *v503;uint32_t const v3 = 0;
uint32_t const v506 = info_v504.scalars_u32[0];
uint32_t const v22 = uint32_t(v506);
uint32_t const v611 = blockIdx.z;
uint32_t const v612 = uint32_t(v611);
uint32_t const v613 = gridDim.y;
uint32_t const v614 = uint32_t(v613);
uint32_t const v615 = v612 * v614;
uint32_t const v616 = gridDim.x;
uint32_t const v617 = uint32_t(v616);
uint32_t const v618 = v615 * v617;
uint32_t const v619 = blockIdx.y;
uint32_t const v620 = uint32_t(v619);
uint32_t const v623 = v620 * v617;
uint32_t const v624 = v618 + v623;
uint32_t const v625 = blockIdx.x;
uint32_t const v626 = uint32_t(v625);
uint32_t const v627 = v624 + v626;
uint32_t const v24 = 8;
bool const v25 = v627 < v24;
if(v25) {
uint32_t const v27 = v627 % v24;
uint32_t const v29 = v27 * v24;
uint32_t const v31 = v627 / v24;
uint32_t const* const v35 = &v13[v31];
uint32_t const v36 = *v35;
uint32_t const v37 = uint32_t(v36);
uint32_t const v38 = 128;
uint32_t const v39 = v37 * v38;
array<uint32_t, 1> v513_store = {};
array<uint32_t, 1> * v513 = &v513_store;uint32_t const v42 = 1;
array<uint32_t, 1> v514_store = {};
array<uint32_t, 1> * v514 = &v514_store;uint32_t * const v52 = &(*v514)[v3];
*v52 = v3;
while([&]{
uint32_t const v59 = *v52;
bool const v60 = v59 < v22;
return v60;
}()) {
uint32_t v516_store;
uint32_t * v516 = &v516_store;*v516 = v3;
uint32_t const v70 = *v52;
uint32_t v517_store;
uint32_t * v517 = &v517_store;*v517 = v70;
while([&]{
uint32_t const v72 = *v517;
bool const v73 = v72 < v22;
uint32_t const v74 = *v516;
bool const v76 = v74 < v42;
bool const v77 = v73 && v76;
return v77;
}()) {
uint32_t const v79 = *v517;
uint32_t const v82 = v79 + v31;
float const* const v86 = &v5[v82];
float const v87 = *v86;
float const v88 = 0;
bool const v89 = v87 < v88;
bool const v90 = !v89;
if(v90) {
uint32_t const v93 = *v516;
uint32_t * const v95 = &(*v513)[v93];
*v95 = v79;
uint32_t const v99 = v93 + v42;
*v516 = v99;
}
uint32_t const v102 = v79 + v42;
*v517 = v102;
}
uint32_t const v108 = *v517;
*v52 = v108;
uint32_t const v109 = *v516;
for(uint32_t v112 = v109; v112 < v42; v112 += v42) {
uint32_t * const v118 = &(*v513)[v3];
uint32_t const v119 = *v118;
uint32_t * const v123 = &(*v513)[v112];
*v123 = v119;
}
bool const v126 = v109 > v3;
if(v126) {
array<uint32_t, 1> v520_store = {};
array<uint32_t, 1> * v520 = &v520_store;uint32_t * const v135 = &(*v513)[v3];
uint32_t const v136 = *v135;
uint32_t const v137 = 16;
uint32_t const v138 = v136 * v137;
uint32_t * const v143 = &(*v520)[v3];
*v143 = v138;
array<float, 1> v521_store = {};
array<float, 1> * v521 = &v521_store;array<float, 1> v522_store = {};
array<float, 1> * v522 = &v522_store;uint32_t const v628 = 256;
uint32_t const v153 = warpSize;
uint32_t const v154 = v628 / v153;
uint32_t const v155 = uint32_t(v154);
uint32_t const v643 = threadIdx.x;
uint32_t const v687 = 0;
uint32_t const v691 = 1;
uint32_t const v631 = v643 / v153;
uint32_t const v157 = uint32_t(v631);
uint32_t v523_store;
uint32_t * v523 = &v523_store;*v523 = v157;
while([&]{
uint32_t const v159 = *v523;
bool const v161 = v159 < v24;
return v161;
}()) {
uint32_t const v163 = v39 + v29;
uint32_t const v164 = *v523;
uint32_t const v165 = v163 + v164;
uint32_t const v167 = v165 * v137;
uint32_t const v634 = v643 % v153;
uint32_t const v169 = uint32_t(v634);
uint32_t const v171 = uint32_t(v153);
array<float_4, 1> v525_store = {};
array<float_4, 1> * v525 = &v525_store;float const v176 = 0;
float_4 const v177 = float_4{v176, v176, v176, v176};
float_4 * const v182 = &(*v525)[v3];
*v182 = v177;
uint32_t v526_store;
uint32_t * v526 = &v526_store;*v526 = v169;
while([&]{
uint32_t const v184 = *v526;
bool const v186 = v184 < v137;
return v186;
}()) {
uint32_t const v188 = *v526;
uint32_t const v189 = v167 + v188;
float_4 const* const v193 = &v9[v189];
float_4 const v194 = *v193;
uint32_t const v200 = *v143;
uint32_t const v202 = v200 + v188;
float_4 const* const v206 = &v1[v202];
float_4 const v207 = *v206;
float_4 const v213 = *v182;
float const v577 = v194.i_0;
float const v578 = v207.i_0;
float const v579 = v213.i_0;
float const v580 = fma(v577, v578, v579);
float const v581 = v194.i_1;
float const v582 = v207.i_1;
float const v583 = v213.i_1;
float const v584 = fma(v581, v582, v583);
float const v585 = v194.i_2;
float const v586 = v207.i_2;
float const v587 = v213.i_2;
float const v588 = fma(v585, v586, v587);
float const v589 = v194.i_3;
float const v590 = v207.i_3;
float const v591 = v213.i_3;
float const v592 = fma(v589, v590, v591);
float_4 const v593 = float_4{v580, v584, v588, v592};
*v182 = v593;
uint32_t const v221 = v188 + v171;
*v526 = v221;
}
float_4 const v227 = *v182;
array<float, 4> v528_store = {};
array<float, 4> * v528 = &v528_store;float const v232 = v227.i_0;
float * const v237 = &(*v528)[v3];
*v237 = v232;
float const v238 = v227.i_1;
float * const v243 = &(*v528)[v42];
*v243 = v238;
float const v244 = v227.i_2;
uint32_t const v247 = 2;
float * const v249 = &(*v528)[v247];
*v249 = v244;
float const v250 = v227.i_3;
uint32_t const v253 = 3;
float * const v255 = &(*v528)[v253];
*v255 = v250;
float const v261 = *v249;
float const v267 = *v237;
float const v268 = v267 + v261;
*v237 = v268;
float const v274 = *v255;
float const v280 = *v243;
float const v281 = v280 + v274;
*v243 = v281;
float const v287 = *v243;
float const v293 = *v237;
float const v294 = v293 + v287;
*v237 = v294;
float const v300 = *v237;
uint32_t const v531 = min(v153, v628);
float v571_store;
float * v571 = &v571_store;*v571 = v300;
uint32_t v572_store;
uint32_t * v572 = &v572_store;*v572 = v691;
while([&]{
uint32_t const v536 = *v572;
bool const v537 = v536 < v531;
return v537;
}()) {
float const v539 = *v571;
uint32_t const v540 = *v572;
float const v541 = __shfl_xor_sync(__activemask(), v539, v540);
float const v543 = v539 + v541;
*v571 = v543;
uint32_t const v545 = 2;
uint32_t const v546 = v540 * v545;
*v572 = v546;
}
float const v547 = *v571;
float * const v306 = &(*v521)[v3];
*v306 = v547;
uint32_t const v307 = 64;
uint32_t const v308 = v39 + v307;
uint32_t const v309 = v308 + v29;
uint32_t const v310 = *v523;
uint32_t const v311 = v309 + v310;
uint32_t const v313 = v311 * v137;
array<float_4, 1> v548_store = {};
array<float_4, 1> * v548 = &v548_store;float_4 * const v328 = &(*v548)[v3];
*v328 = v177;
uint32_t v549_store;
uint32_t * v549 = &v549_store;*v549 = v169;
while([&]{
uint32_t const v330 = *v549;
bool const v332 = v330 < v137;
return v332;
}()) {
uint32_t const v334 = *v549;
uint32_t const v335 = v313 + v334;
float_4 const* const v339 = &v9[v335];
float_4 const v340 = *v339;
uint32_t const v346 = *v143;
uint32_t const v348 = v346 + v334;
float_4 const* const v352 = &v1[v348];
float_4 const v353 = *v352;
float_4 const v359 = *v328;
float const v594 = v340.i_0;
float const v595 = v353.i_0;
float const v596 = v359.i_0;
float const v597 = fma(v594, v595, v596);
float const v598 = v340.i_1;
float const v599 = v353.i_1;
float const v600 = v359.i_1;
float const v601 = fma(v598, v599, v600);
float const v602 = v340.i_2;
float const v603 = v353.i_2;
float const v604 = v359.i_2;
float const v605 = fma(v602, v603, v604);
float const v606 = v340.i_3;
float const v607 = v353.i_3;
float const v608 = v359.i_3;
float const v609 = fma(v606, v607, v608);
float_4 const v610 = float_4{v597, v601, v605, v609};
*v328 = v610;
uint32_t const v367 = v334 + v171;
*v549 = v367;
}
float_4 const v373 = *v328;
array<float, 4> v551_store = {};
array<float, 4> * v551 = &v551_store;float const v378 = v373.i_0;
float * const v383 = &(*v551)[v3];
*v383 = v378;
float const v384 = v373.i_1;
float * const v389 = &(*v551)[v42];
*v389 = v384;
float const v390 = v373.i_2;
float * const v395 = &(*v551)[v247];
*v395 = v390;
float const v396 = v373.i_3;
float * const v401 = &(*v551)[v253];
*v401 = v396;
float const v407 = *v395;
float const v413 = *v383;
float const v414 = v413 + v407;
*v383 = v414;
float const v420 = *v401;
float const v426 = *v389;
float const v427 = v426 + v420;
*v389 = v427;
float const v433 = *v389;
float const v439 = *v383;
float const v440 = v439 + v433;
*v383 = v440;
float const v446 = *v383;
float v574_store;
float * v574 = &v574_store;*v574 = v446;
uint32_t v575_store;
uint32_t * v575 = &v575_store;*v575 = v691;
while([&]{
uint32_t const v559 = *v575;
bool const v560 = v559 < v531;
return v560;
}()) {
float const v562 = *v574;
uint32_t const v563 = *v575;
float const v564 = __shfl_xor_sync(__activemask(), v562, v563);
float const v566 = v562 + v564;
*v574 = v566;
uint32_t const v568 = 2;
uint32_t const v569 = v563 * v568;
*v575 = v569;
}
float const v570 = *v574;
float * const v452 = &(*v522)[v3];
*v452 = v570;
bool const v455 = v634 == v687;
if(v455) {
uint32_t const v457 = *v516;
bool const v458 = v3 < v457;
if(v458) {
float const v464 = *v306;
float const v471 = -v464;
float const v472 = exp(v471);float const v473 = 1;
float const v474 = v473 + v472;
float const v475 = v464 / v474;
float const v481 = *v452;
float const v482 = v475 * v481;
uint32_t const v488 = *v135;
uint32_t const v491 = v488 + v31;
uint32_t const v493 = v491 * v307;
uint32_t const v494 = v493 + v29;
uint32_t const v495 = *v523;
uint32_t const v496 = v494 + v495;
float * const v500 = &v17[v496];
*v500 = v482;
}
}
uint32_t const v501 = *v523;
uint32_t const v502 = v501 + v155;
*v523 = v502;
}
}
}
}
return;
}
