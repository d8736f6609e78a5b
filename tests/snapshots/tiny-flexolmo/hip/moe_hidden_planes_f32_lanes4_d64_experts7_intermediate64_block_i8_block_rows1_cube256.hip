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
extern "C" __global__ void __launch_bounds__(256) moe_hidden_planes_f32_lanes4_d64_experts7_intermediate64_block_i8_block_rows1_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v537) {
uint32_t const* const dynamic_meta_v539 = reinterpret_cast<uint32_t const*>(v537 + 1);
const info_st& info_v538 = *v537;uint32_t const v3 = 0;
uint32_t const v540 = info_v538.scalars_u32[0];
uint32_t const v22 = uint32_t(v540);
uint32_t const v647 = blockIdx.z;
uint32_t const v648 = uint32_t(v647);
uint32_t const v649 = gridDim.y;
uint32_t const v650 = uint32_t(v649);
uint32_t const v651 = v648 * v650;
uint32_t const v652 = gridDim.x;
uint32_t const v653 = uint32_t(v652);
uint32_t const v654 = v651 * v653;
uint32_t const v655 = blockIdx.y;
uint32_t const v656 = uint32_t(v655);
uint32_t const v659 = v656 * v653;
uint32_t const v660 = v654 + v659;
uint32_t const v661 = blockIdx.x;
uint32_t const v662 = uint32_t(v661);
uint32_t const v663 = v660 + v662;
uint32_t const v24 = 56;
bool const v25 = v663 < v24;
if(v25) {
uint32_t const v26 = 8;
uint32_t const v27 = v663 % v26;
uint32_t const v29 = v27 * v26;
uint32_t const v31 = v663 / v26;
uint32_t const* const v35 = &v13[v31];
uint32_t const v36 = *v35;
uint32_t const v37 = uint32_t(v36);
uint32_t const v38 = 128;
uint32_t const v39 = v37 * v38;
array<uint32_t, 1> v547_store = {};
array<uint32_t, 1> * v547 = &v547_store;uint32_t const v42 = 1;
array<uint32_t, 1> v548_store = {};
array<uint32_t, 1> * v548 = &v548_store;uint32_t * const v52 = &(*v548)[v3];
*v52 = v3;
while([&]{
uint32_t const v59 = *v52;
bool const v60 = v59 < v22;
return v60;
}()) {
uint32_t v550_store;
uint32_t * v550 = &v550_store;*v550 = v3;
uint32_t const v70 = *v52;
uint32_t v551_store;
uint32_t * v551 = &v551_store;*v551 = v70;
while([&]{
uint32_t const v72 = *v551;
bool const v73 = v72 < v22;
uint32_t const v74 = *v550;
bool const v76 = v74 < v42;
bool const v77 = v73 && v76;
return v77;
}()) {
uint32_t const v79 = *v551;
uint32_t const v80 = 7;
uint32_t const v81 = v79 * v80;
uint32_t const v82 = v81 + v31;
float const* const v86 = &v5[v82];
float const v87 = *v86;
float const v88 = 0;
bool const v89 = v87 < v88;
bool const v90 = !v89;
if(v90) {
uint32_t const v93 = *v550;
uint32_t * const v95 = &(*v547)[v93];
*v95 = v79;
uint32_t const v99 = v93 + v42;
*v550 = v99;
}
uint32_t const v102 = v79 + v42;
*v551 = v102;
}
uint32_t const v108 = *v551;
*v52 = v108;
uint32_t const v109 = *v550;
for(uint32_t v112 = v109; v112 < v42; v112 += v42) {
uint32_t * const v118 = &(*v547)[v3];
uint32_t const v119 = *v118;
uint32_t * const v123 = &(*v547)[v112];
*v123 = v119;
}
bool const v126 = v109 > v3;
if(v126) {
array<uint32_t, 1> v554_store = {};
array<uint32_t, 1> * v554 = &v554_store;uint32_t * const v135 = &(*v547)[v3];
uint32_t const v136 = *v135;
uint32_t const v137 = 16;
uint32_t const v138 = v136 * v137;
uint32_t * const v143 = &(*v554)[v3];
*v143 = v138;
array<float, 1> v555_store = {};
array<float, 1> * v555 = &v555_store;array<float, 1> v556_store = {};
array<float, 1> * v556 = &v556_store;uint32_t const v664 = 256;
uint32_t const v153 = warpSize;
uint32_t const v154 = v664 / v153;
uint32_t const v155 = uint32_t(v154);
uint32_t const v679 = threadIdx.x;
uint32_t const v723 = 0;
uint32_t const v727 = 1;
uint32_t const v667 = v679 / v153;
uint32_t const v157 = uint32_t(v667);
uint32_t v557_store;
uint32_t * v557 = &v557_store;*v557 = v157;
while([&]{
uint32_t const v159 = *v557;
bool const v161 = v159 < v26;
return v161;
}()) {
uint32_t const v163 = v39 + v29;
uint32_t const v164 = *v557;
uint32_t const v165 = v163 + v164;
uint32_t const v167 = v165 * v137;
uint32_t const v670 = v679 % v153;
uint32_t const v169 = uint32_t(v670);
uint32_t const v171 = uint32_t(v153);
array<float_4, 1> v559_store = {};
array<float_4, 1> * v559 = &v559_store;float const v176 = 0;
float_4 const v177 = float_4{v176, v176, v176, v176};
float_4 * const v182 = &(*v559)[v3];
*v182 = v177;
uint32_t v560_store;
uint32_t * v560 = &v560_store;*v560 = v169;
while([&]{
uint32_t const v184 = *v560;
bool const v186 = v184 < v137;
return v186;
}()) {
array<float_4, 1> v562_store = {};
array<float_4, 1> * v562 = &v562_store;uint32_t const v194 = *v560;
uint32_t const v195 = v167 + v194;
float_4 const* const v199 = &v9[v195];
float_4 const v200 = *v199;
float_4 * const v205 = &(*v562)[v3];
*v205 = v200;
uint32_t const v211 = *v143;
uint32_t const v213 = v211 + v194;
float_4 const* const v217 = &v1[v213];
float_4 const v218 = *v217;
float_4 const v224 = *v205;
float_4 const v230 = *v182;
float const v613 = v224.i_0;
float const v614 = v218.i_0;
float const v615 = v230.i_0;
float const v616 = fma(v613, v614, v615);
float const v617 = v224.i_1;
float const v618 = v218.i_1;
float const v619 = v230.i_1;
float const v620 = fma(v617, v618, v619);
float const v621 = v224.i_2;
float const v622 = v218.i_2;
float const v623 = v230.i_2;
float const v624 = fma(v621, v622, v623);
float const v625 = v224.i_3;
float const v626 = v218.i_3;
float const v627 = v230.i_3;
float const v628 = fma(v625, v626, v627);
float_4 const v629 = float_4{v616, v620, v624, v628};
*v182 = v629;
uint32_t const v238 = v194 + v171;
*v560 = v238;
}
float_4 const v244 = *v182;
array<float, 4> v563_store = {};
array<float, 4> * v563 = &v563_store;float const v249 = v244.i_0;
float * const v254 = &(*v563)[v3];
*v254 = v249;
float const v255 = v244.i_1;
float * const v260 = &(*v563)[v42];
*v260 = v255;
float const v261 = v244.i_2;
uint32_t const v264 = 2;
float * const v266 = &(*v563)[v264];
*v266 = v261;
float const v267 = v244.i_3;
uint32_t const v270 = 3;
float * const v272 = &(*v563)[v270];
*v272 = v267;
float const v278 = *v266;
float const v284 = *v254;
float const v285 = v284 + v278;
*v254 = v285;
float const v291 = *v272;
float const v297 = *v260;
float const v298 = v297 + v291;
*v260 = v298;
float const v304 = *v260;
float const v310 = *v254;
float const v311 = v310 + v304;
*v254 = v311;
float const v317 = *v254;
uint32_t const v566 = min(v153, v664);
float v607_store;
float * v607 = &v607_store;*v607 = v317;
uint32_t v608_store;
uint32_t * v608 = &v608_store;*v608 = v727;
while([&]{
uint32_t const v571 = *v608;
bool const v572 = v571 < v566;
return v572;
}()) {
float const v574 = *v607;
uint32_t const v575 = *v608;
float const v576 = __shfl_xor(v574, v575);;
float const v578 = v574 + v576;
*v607 = v578;
uint32_t const v580 = 2;
uint32_t const v581 = v575 * v580;
*v608 = v581;
}
float const v582 = *v607;
float * const v323 = &(*v555)[v3];
*v323 = v582;
uint32_t const v324 = 64;
uint32_t const v325 = v39 + v324;
uint32_t const v326 = v325 + v29;
uint32_t const v327 = *v557;
uint32_t const v328 = v326 + v327;
uint32_t const v330 = v328 * v137;
array<float_4, 1> v583_store = {};
array<float_4, 1> * v583 = &v583_store;float_4 * const v345 = &(*v583)[v3];
*v345 = v177;
uint32_t v584_store;
uint32_t * v584 = &v584_store;*v584 = v169;
while([&]{
uint32_t const v347 = *v584;
bool const v349 = v347 < v137;
return v349;
}()) {
array<float_4, 1> v586_store = {};
array<float_4, 1> * v586 = &v586_store;uint32_t const v357 = *v584;
uint32_t const v358 = v330 + v357;
float_4 const* const v362 = &v9[v358];
float_4 const v363 = *v362;
float_4 * const v368 = &(*v586)[v3];
*v368 = v363;
uint32_t const v374 = *v143;
uint32_t const v376 = v374 + v357;
float_4 const* const v380 = &v1[v376];
float_4 const v381 = *v380;
float_4 const v387 = *v368;
float_4 const v393 = *v345;
float const v630 = v387.i_0;
float const v631 = v381.i_0;
float const v632 = v393.i_0;
float const v633 = fma(v630, v631, v632);
float const v634 = v387.i_1;
float const v635 = v381.i_1;
float const v636 = v393.i_1;
float const v637 = fma(v634, v635, v636);
float const v638 = v387.i_2;
float const v639 = v381.i_2;
float const v640 = v393.i_2;
float const v641 = fma(v638, v639, v640);
float const v642 = v387.i_3;
float const v643 = v381.i_3;
float const v644 = v393.i_3;
float const v645 = fma(v642, v643, v644);
float_4 const v646 = float_4{v633, v637, v641, v645};
*v345 = v646;
uint32_t const v401 = v357 + v171;
*v584 = v401;
}
float_4 const v407 = *v345;
array<float, 4> v587_store = {};
array<float, 4> * v587 = &v587_store;float const v412 = v407.i_0;
float * const v417 = &(*v587)[v3];
*v417 = v412;
float const v418 = v407.i_1;
float * const v423 = &(*v587)[v42];
*v423 = v418;
float const v424 = v407.i_2;
float * const v429 = &(*v587)[v264];
*v429 = v424;
float const v430 = v407.i_3;
float * const v435 = &(*v587)[v270];
*v435 = v430;
float const v441 = *v429;
float const v447 = *v417;
float const v448 = v447 + v441;
*v417 = v448;
float const v454 = *v435;
float const v460 = *v423;
float const v461 = v460 + v454;
*v423 = v461;
float const v467 = *v423;
float const v473 = *v417;
float const v474 = v473 + v467;
*v417 = v474;
float const v480 = *v417;
float v610_store;
float * v610 = &v610_store;*v610 = v480;
uint32_t v611_store;
uint32_t * v611 = &v611_store;*v611 = v727;
while([&]{
uint32_t const v595 = *v611;
bool const v596 = v595 < v566;
return v596;
}()) {
float const v598 = *v610;
uint32_t const v599 = *v611;
float const v600 = __shfl_xor(v598, v599);;
float const v602 = v598 + v600;
*v610 = v602;
uint32_t const v604 = 2;
uint32_t const v605 = v599 * v604;
*v611 = v605;
}
float const v606 = *v610;
float * const v486 = &(*v556)[v3];
*v486 = v606;
bool const v489 = v670 == v723;
if(v489) {
uint32_t const v491 = *v550;
bool const v492 = v3 < v491;
if(v492) {
float const v498 = *v323;
float const v505 = -v498;
float const v506 = exp(v505);float const v507 = 1;
float const v508 = v507 + v506;
float const v509 = v498 / v508;
float const v515 = *v486;
float const v516 = v509 * v515;
uint32_t const v522 = *v135;
uint32_t const v523 = 7;
uint32_t const v524 = v522 * v523;
uint32_t const v525 = v524 + v31;
uint32_t const v527 = v525 * v324;
uint32_t const v528 = v527 + v29;
uint32_t const v529 = *v557;
uint32_t const v530 = v528 + v529;
float * const v534 = &v17[v530];
*v534 = v516;
}
}
uint32_t const v535 = *v557;
uint32_t const v536 = v535 + v155;
*v557 = v536;
}
}
}
}
return;
}
