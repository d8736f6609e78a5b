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
extern "C" __global__ void __launch_bounds__(256) moe_down_planes_f32_lanes4_d64_experts7_intermediate64_block_out16_outs_per_plane2_block_rows8_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v3276) {
uint32_t const* const dynamic_meta_v3278 = reinterpret_cast<uint32_t const*>(v3276 + 1);
const info_st& info_v3277 = *v3276;uint32_t const v3 = 0;
uint32_t const v3279 = info_v3277.scalars_u32[0];
uint32_t const v22 = uint32_t(v3279);
uint32_t const v3954 = blockIdx.z;
uint32_t const v3955 = uint32_t(v3954);
uint32_t const v3956 = gridDim.y;
uint32_t const v3957 = uint32_t(v3956);
uint32_t const v3958 = v3955 * v3957;
uint32_t const v3959 = gridDim.x;
uint32_t const v3960 = uint32_t(v3959);
uint32_t const v3961 = v3958 * v3960;
uint32_t const v3962 = blockIdx.y;
uint32_t const v3963 = uint32_t(v3962);
uint32_t const v3966 = v3963 * v3960;
uint32_t const v3967 = v3961 + v3966;
uint32_t const v3968 = blockIdx.x;
uint32_t const v3969 = uint32_t(v3968);
uint32_t const v3970 = v3967 + v3969;
uint32_t const v24 = 8;
uint32_t const v25 = v22 + v24;
uint32_t const v26 = 1;
uint32_t const v27 = v25 - v26;
uint32_t const v29 = v27 / v24;
uint32_t const v30 = 4;
uint32_t const v31 = v29 * v30;
bool const v32 = v3970 < v31;
if(v32) {
uint32_t const v33 = v3970 % v29;
uint32_t const v35 = v33 * v24;
uint32_t const v36 = v3970 / v29;
uint32_t const v37 = 16;
uint32_t const v38 = v36 * v37;
array<uint32_t, 8> v3286_store = {};
array<uint32_t, 8> * v3286 = &v3286_store;bool const v45 = v35 < v22;
uint32_t const v49 = v22 - v26;
uint32_t const v50 = v45 ? v35 : v49;
uint32_t * const v55 = &(*v3286)[v3];
*v55 = v50;
uint32_t const v57 = v35 + v26;
bool const v58 = v57 < v22;
uint32_t const v63 = v58 ? v57 : v49;
uint32_t * const v68 = &(*v3286)[v26];
*v68 = v63;
uint32_t const v69 = 2;
uint32_t const v70 = v35 + v69;
bool const v71 = v70 < v22;
uint32_t const v76 = v71 ? v70 : v49;
uint32_t * const v81 = &(*v3286)[v69];
*v81 = v76;
uint32_t const v82 = 3;
uint32_t const v83 = v35 + v82;
bool const v84 = v83 < v22;
uint32_t const v89 = v84 ? v83 : v49;
uint32_t * const v94 = &(*v3286)[v82];
*v94 = v89;
uint32_t const v96 = v35 + v30;
bool const v97 = v96 < v22;
uint32_t const v102 = v97 ? v96 : v49;
uint32_t * const v107 = &(*v3286)[v30];
*v107 = v102;
uint32_t const v108 = 5;
uint32_t const v109 = v35 + v108;
bool const v110 = v109 < v22;
uint32_t const v115 = v110 ? v109 : v49;
uint32_t * const v120 = &(*v3286)[v108];
*v120 = v115;
uint32_t const v121 = 6;
uint32_t const v122 = v35 + v121;
bool const v123 = v122 < v22;
uint32_t const v128 = v123 ? v122 : v49;
uint32_t * const v133 = &(*v3286)[v121];
*v133 = v128;
uint32_t const v134 = 7;
uint32_t const v135 = v35 + v134;
bool const v136 = v135 < v22;
uint32_t const v141 = v136 ? v135 : v49;
uint32_t * const v146 = &(*v3286)[v134];
*v146 = v141;
array<uint32_t, 8> v3287_store = {};
array<uint32_t, 8> * v3287 = &v3287_store;array<float, 16> v3288_store = {};
array<float, 16> * v3288 = &v3288_store;array<float, 16> v3289_store = {};
array<float, 16> * v3289 = &v3289_store;uint32_t const v3971 = 256;
uint32_t const v160 = warpSize;
uint32_t const v161 = v3971 / v160;
uint32_t const v162 = uint32_t(v161);
uint32_t const v3997 = threadIdx.x;
uint32_t const v4030 = 0;
uint32_t const v4034 = 1;
uint32_t const v3974 = v3997 / v160;
uint32_t const v164 = uint32_t(v3974);
uint32_t const v166 = v164 * v69;
uint32_t v3290_store;
uint32_t * v3290 = &v3290_store;*v3290 = v166;
while([&]{
uint32_t const v168 = *v3290;
bool const v170 = v168 < v37;
return v170;
}()) {
float * const v176 = &(*v3289)[v3];
float const v177 = 0;
*v176 = v177;
float * const v182 = &(*v3289)[v26];
*v182 = v177;
float * const v188 = &(*v3289)[v69];
*v188 = v177;
float * const v194 = &(*v3289)[v82];
*v194 = v177;
float * const v200 = &(*v3289)[v30];
*v200 = v177;
float * const v206 = &(*v3289)[v108];
*v206 = v177;
float * const v212 = &(*v3289)[v121];
*v212 = v177;
float * const v218 = &(*v3289)[v134];
*v218 = v177;
float * const v224 = &(*v3289)[v24];
*v224 = v177;
uint32_t const v228 = 9;
float * const v230 = &(*v3289)[v228];
*v230 = v177;
uint32_t const v234 = 10;
float * const v236 = &(*v3289)[v234];
*v236 = v177;
uint32_t const v240 = 11;
float * const v242 = &(*v3289)[v240];
*v242 = v177;
uint32_t const v246 = 12;
float * const v248 = &(*v3289)[v246];
*v248 = v177;
uint32_t const v252 = 13;
float * const v254 = &(*v3289)[v252];
*v254 = v177;
uint32_t const v258 = 14;
float * const v260 = &(*v3289)[v258];
*v260 = v177;
uint32_t const v264 = 15;
float * const v266 = &(*v3289)[v264];
*v266 = v177;
for(uint32_t v271 = v3; v271 < v134; v271 += v26) {
bool const v273 = false;
uint32_t const v281 = *v55;
uint32_t const v283 = v281 * v134;
uint32_t const v284 = v283 + v271;
uint32_t const v286 = v284 * v37;
uint32_t * const v291 = &(*v3287)[v3];
*v291 = v286;
bool const v293 = true;
bool v3294_store;
bool * v3294 = &v3294_store;bool v3295_store;
bool * v3295 = &v3295_store;if(v45) {
uint32_t const v304 = *v55;
uint32_t const v306 = v304 * v134;
uint32_t const v307 = v306 + v271;
float const* const v311 = &v5[v307];
float const v312 = *v311;
bool const v314 = v312 < v177;
bool const v315 = !v314;
*v3295 = v315;
}
 else {
*v3295 = v273;
}
bool const v318 = *v3295;
*v3294 = v318;
bool const v319 = *v3294;
uint32_t const v325 = *v68;
uint32_t const v327 = v325 * v134;
uint32_t const v328 = v327 + v271;
uint32_t const v330 = v328 * v37;
uint32_t * const v335 = &(*v3287)[v26];
*v335 = v330;
bool v3296_store;
bool * v3296 = &v3296_store;if(v319) {
*v3296 = v293;
}
 else {
bool v3297_store;
bool * v3297 = &v3297_store;if(v58) {
uint32_t const v348 = *v68;
uint32_t const v350 = v348 * v134;
uint32_t const v351 = v350 + v271;
float const* const v355 = &v5[v351];
float const v356 = *v355;
bool const v358 = v356 < v177;
bool const v359 = !v358;
*v3297 = v359;
}
 else {
*v3297 = v273;
}
bool const v362 = *v3297;
*v3296 = v362;
}
bool const v363 = *v3296;
uint32_t const v369 = *v81;
uint32_t const v371 = v369 * v134;
uint32_t const v372 = v371 + v271;
uint32_t const v374 = v372 * v37;
uint32_t * const v379 = &(*v3287)[v69];
*v379 = v374;
bool v3298_store;
bool * v3298 = &v3298_store;if(v363) {
*v3298 = v293;
}
 else {
bool v3299_store;
bool * v3299 = &v3299_store;if(v71) {
uint32_t const v392 = *v81;
uint32_t const v394 = v392 * v134;
uint32_t const v395 = v394 + v271;
float const* const v399 = &v5[v395];
float const v400 = *v399;
bool const v402 = v400 < v177;
bool const v403 = !v402;
*v3299 = v403;
}
 else {
*v3299 = v273;
}
bool const v406 = *v3299;
*v3298 = v406;
}
bool const v407 = *v3298;
uint32_t const v413 = *v94;
uint32_t const v415 = v413 * v134;
uint32_t const v416 = v415 + v271;
uint32_t const v418 = v416 * v37;
uint32_t * const v423 = &(*v3287)[v82];
*v423 = v418;
bool v3300_store;
bool * v3300 = &v3300_store;if(v407) {
*v3300 = v293;
}
 else {
bool v3301_store;
bool * v3301 = &v3301_store;if(v84) {
uint32_t const v436 = *v94;
uint32_t const v438 = v436 * v134;
uint32_t const v439 = v438 + v271;
float const* const v443 = &v5[v439];
float const v444 = *v443;
bool const v446 = v444 < v177;
bool const v447 = !v446;
*v3301 = v447;
}
 else {
*v3301 = v273;
}
bool const v450 = *v3301;
*v3300 = v450;
}
bool const v451 = *v3300;
uint32_t const v457 = *v107;
uint32_t const v459 = v457 * v134;
uint32_t const v460 = v459 + v271;
uint32_t const v462 = v460 * v37;
uint32_t * const v467 = &(*v3287)[v30];
*v467 = v462;
bool v3302_store;
bool * v3302 = &v3302_store;if(v451) {
*v3302 = v293;
}
 else {
bool v3303_store;
bool * v3303 = &v3303_store;if(v97) {
uint32_t const v480 = *v107;
uint32_t const v482 = v480 * v134;
uint32_t const v483 = v482 + v271;
float const* const v487 = &v5[v483];
float const v488 = *v487;
bool const v490 = v488 < v177;
bool const v491 = !v490;
*v3303 = v491;
}
 else {
*v3303 = v273;
}
bool const v494 = *v3303;
*v3302 = v494;
}
bool const v495 = *v3302;
uint32_t const v501 = *v120;
uint32_t const v503 = v501 * v134;
uint32_t const v504 = v503 + v271;
uint32_t const v506 = v504 * v37;
uint32_t * const v511 = &(*v3287)[v108];
*v511 = v506;
bool v3304_store;
bool * v3304 = &v3304_store;if(v495) {
*v3304 = v293;
}
 else {
bool v3305_store;
bool * v3305 = &v3305_store;if(v110) {
uint32_t const v524 = *v120;
uint32_t const v526 = v524 * v134;
uint32_t const v527 = v526 + v271;
float const* const v531 = &v5[v527];
float const v532 = *v531;
bool const v534 = v532 < v177;
bool const v535 = !v534;
*v3305 = v535;
}
 else {
*v3305 = v273;
}
bool const v538 = *v3305;
*v3304 = v538;
}
bool const v539 = *v3304;
uint32_t const v545 = *v133;
uint32_t const v547 = v545 * v134;
uint32_t const v548 = v547 + v271;
uint32_t const v550 = v548 * v37;
uint32_t * const v555 = &(*v3287)[v121];
*v555 = v550;
bool v3306_store;
bool * v3306 = &v3306_store;if(v539) {
*v3306 = v293;
}
 else {
bool v3307_store;
bool * v3307 = &v3307_store;if(v123) {
uint32_t const v568 = *v133;
uint32_t const v570 = v568 * v134;
uint32_t const v571 = v570 + v271;
float const* const v575 = &v5[v571];
float const v576 = *v575;
bool const v578 = v576 < v177;
bool const v579 = !v578;
*v3307 = v579;
}
 else {
*v3307 = v273;
}
bool const v582 = *v3307;
*v3306 = v582;
}
bool const v583 = *v3306;
uint32_t const v589 = *v146;
uint32_t const v591 = v589 * v134;
uint32_t const v592 = v591 + v271;
uint32_t const v594 = v592 * v37;
uint32_t * const v599 = &(*v3287)[v134];
*v599 = v594;
bool v3308_store;
bool * v3308 = &v3308_store;if(v583) {
*v3308 = v293;
}
 else {
bool v3309_store;
bool * v3309 = &v3309_store;if(v136) {
uint32_t const v612 = *v146;
uint32_t const v614 = v612 * v134;
uint32_t const v615 = v614 + v271;
float const* const v619 = &v5[v615];
float const v620 = *v619;
bool const v622 = v620 < v177;
bool const v623 = !v622;
*v3309 = v623;
}
 else {
*v3309 = v273;
}
bool const v626 = *v3309;
*v3308 = v626;
}
bool const v627 = *v3308;
if(v627) {
uint32_t const* const v632 = &v13[v271];
uint32_t const v633 = *v632;
uint32_t const v634 = uint32_t(v633);
uint32_t const v635 = 64;
uint32_t const v636 = v634 * v635;
uint32_t const v637 = v636 + v38;
uint32_t const v638 = *v3290;
uint32_t const v639 = v637 + v638;
uint32_t const v641 = v639 * v37;
uint32_t const v3977 = v3997 % v160;
uint32_t const v643 = uint32_t(v3977);
uint32_t const v645 = uint32_t(v160);
array<float_4, 16> v3310_store = {};
array<float_4, 16> * v3310 = &v3310_store;float_4 const v651 = float_4{v177, v177, v177, v177};
float_4 * const v656 = &(*v3310)[v3];
*v656 = v651;
float_4 * const v663 = &(*v3310)[v26];
*v663 = v651;
float_4 * const v670 = &(*v3310)[v69];
*v670 = v651;
float_4 * const v677 = &(*v3310)[v82];
*v677 = v651;
float_4 * const v684 = &(*v3310)[v30];
*v684 = v651;
float_4 * const v691 = &(*v3310)[v108];
*v691 = v651;
float_4 * const v698 = &(*v3310)[v121];
*v698 = v651;
float_4 * const v705 = &(*v3310)[v134];
*v705 = v651;
float_4 * const v712 = &(*v3310)[v24];
*v712 = v651;
float_4 * const v719 = &(*v3310)[v228];
*v719 = v651;
float_4 * const v726 = &(*v3310)[v234];
*v726 = v651;
float_4 * const v733 = &(*v3310)[v240];
*v733 = v651;
float_4 * const v740 = &(*v3310)[v246];
*v740 = v651;
float_4 * const v747 = &(*v3310)[v252];
*v747 = v651;
float_4 * const v754 = &(*v3310)[v258];
*v754 = v651;
float_4 * const v761 = &(*v3310)[v264];
*v761 = v651;
uint32_t v3311_store;
uint32_t * v3311 = &v3311_store;*v3311 = v643;
while([&]{
uint32_t const v763 = *v3311;
bool const v765 = v763 < v37;
return v765;
}()) {
array<float_4, 2> v3313_store = {};
array<float_4, 2> * v3313 = &v3313_store;uint32_t const v775 = *v3311;
uint32_t const v776 = v641 + v775;
float_4 const* const v780 = &v9[v776];
float_4 const v781 = *v780;
float_4 * const v786 = &(*v3313)[v3];
*v786 = v781;
uint32_t const v790 = v641 + v37;
uint32_t const v792 = v790 + v775;
float_4 const* const v796 = &v9[v792];
float_4 const v797 = *v796;
float_4 * const v802 = &(*v3313)[v26];
*v802 = v797;
uint32_t const v808 = *v291;
uint32_t const v810 = v808 + v775;
float_4 const* const v814 = &v1[v810];
float_4 const v815 = *v814;
float_4 const v821 = *v786;
float_4 const v827 = *v656;
float const v3682 = v821.i_0;
float const v3683 = v815.i_0;
float const v3684 = v827.i_0;
float const v3685 = fma(v3682, v3683, v3684);
float const v3686 = v821.i_1;
float const v3687 = v815.i_1;
float const v3688 = v827.i_1;
float const v3689 = fma(v3686, v3687, v3688);
float const v3690 = v821.i_2;
float const v3691 = v815.i_2;
float const v3692 = v827.i_2;
float const v3693 = fma(v3690, v3691, v3692);
float const v3694 = v821.i_3;
float const v3695 = v815.i_3;
float const v3696 = v827.i_3;
float const v3697 = fma(v3694, v3695, v3696);
float_4 const v3698 = float_4{v3685, v3689, v3693, v3697};
*v656 = v3698;
float_4 const v839 = *v802;
float_4 const v845 = *v712;
float const v3699 = v839.i_0;
float const v3701 = v845.i_0;
float const v3702 = fma(v3699, v3683, v3701);
float const v3703 = v839.i_1;
float const v3705 = v845.i_1;
float const v3706 = fma(v3703, v3687, v3705);
float const v3707 = v839.i_2;
float const v3709 = v845.i_2;
float const v3710 = fma(v3707, v3691, v3709);
float const v3711 = v839.i_3;
float const v3713 = v845.i_3;
float const v3714 = fma(v3711, v3695, v3713);
float_4 const v3715 = float_4{v3702, v3706, v3710, v3714};
*v712 = v3715;
uint32_t const v857 = *v335;
uint32_t const v859 = v857 + v775;
float_4 const* const v863 = &v1[v859];
float_4 const v864 = *v863;
float_4 const v876 = *v663;
float const v3717 = v864.i_0;
float const v3718 = v876.i_0;
float const v3719 = fma(v3682, v3717, v3718);
float const v3721 = v864.i_1;
float const v3722 = v876.i_1;
float const v3723 = fma(v3686, v3721, v3722);
float const v3725 = v864.i_2;
float const v3726 = v876.i_2;
float const v3727 = fma(v3690, v3725, v3726);
float const v3729 = v864.i_3;
float const v3730 = v876.i_3;
float const v3731 = fma(v3694, v3729, v3730);
float_4 const v3732 = float_4{v3719, v3723, v3727, v3731};
*v663 = v3732;
float_4 const v894 = *v719;
float const v3735 = v894.i_0;
float const v3736 = fma(v3699, v3717, v3735);
float const v3739 = v894.i_1;
float const v3740 = fma(v3703, v3721, v3739);
float const v3743 = v894.i_2;
float const v3744 = fma(v3707, v3725, v3743);
float const v3747 = v894.i_3;
float const v3748 = fma(v3711, v3729, v3747);
float_4 const v3749 = float_4{v3736, v3740, v3744, v3748};
*v719 = v3749;
uint32_t const v906 = *v379;
uint32_t const v908 = v906 + v775;
float_4 const* const v912 = &v1[v908];
float_4 const v913 = *v912;
float_4 const v925 = *v670;
float const v3751 = v913.i_0;
float const v3752 = v925.i_0;
float const v3753 = fma(v3682, v3751, v3752);
float const v3755 = v913.i_1;
float const v3756 = v925.i_1;
float const v3757 = fma(v3686, v3755, v3756);
float const v3759 = v913.i_2;
float const v3760 = v925.i_2;
float const v3761 = fma(v3690, v3759, v3760);
float const v3763 = v913.i_3;
float const v3764 = v925.i_3;
float const v3765 = fma(v3694, v3763, v3764);
float_4 const v3766 = float_4{v3753, v3757, v3761, v3765};
*v670 = v3766;
float_4 const v943 = *v726;
float const v3769 = v943.i_0;
float const v3770 = fma(v3699, v3751, v3769);
float const v3773 = v943.i_1;
float const v3774 = fma(v3703, v3755, v3773);
float const v3777 = v943.i_2;
float const v3778 = fma(v3707, v3759, v3777);
float const v3781 = v943.i_3;
float const v3782 = fma(v3711, v3763, v3781);
float_4 const v3783 = float_4{v3770, v3774, v3778, v3782};
*v726 = v3783;
uint32_t const v955 = *v423;
uint32_t const v957 = v955 + v775;
float_4 const* const v961 = &v1[v957];
float_4 const v962 = *v961;
float_4 const v974 = *v677;
float const v3785 = v962.i_0;
float const v3786 = v974.i_0;
float const v3787 = fma(v3682, v3785, v3786);
float const v3789 = v962.i_1;
float const v3790 = v974.i_1;
float const v3791 = fma(v3686, v3789, v3790);
float const v3793 = v962.i_2;
float const v3794 = v974.i_2;
float const v3795 = fma(v3690, v3793, v3794);
float const v3797 = v962.i_3;
float const v3798 = v974.i_3;
float const v3799 = fma(v3694, v3797, v3798);
float_4 const v3800 = float_4{v3787, v3791, v3795, v3799};
*v677 = v3800;
float_4 const v992 = *v733;
float const v3803 = v992.i_0;
float const v3804 = fma(v3699, v3785, v3803);
float const v3807 = v992.i_1;
float const v3808 = fma(v3703, v3789, v3807);
float const v3811 = v992.i_2;
float const v3812 = fma(v3707, v3793, v3811);
float const v3815 = v992.i_3;
float const v3816 = fma(v3711, v3797, v3815);
float_4 const v3817 = float_4{v3804, v3808, v3812, v3816};
*v733 = v3817;
uint32_t const v1004 = *v467;
uint32_t const v1006 = v1004 + v775;
float_4 const* const v1010 = &v1[v1006];
float_4 const v1011 = *v1010;
float_4 const v1023 = *v684;
float const v3819 = v1011.i_0;
float const v3820 = v1023.i_0;
float const v3821 = fma(v3682, v3819, v3820);
float const v3823 = v1011.i_1;
float const v3824 = v1023.i_1;
float const v3825 = fma(v3686, v3823, v3824);
float const v3827 = v1011.i_2;
float const v3828 = v1023.i_2;
float const v3829 = fma(v3690, v3827, v3828);
float const v3831 = v1011.i_3;
float const v3832 = v1023.i_3;
float const v3833 = fma(v3694, v3831, v3832);
float_4 const v3834 = float_4{v3821, v3825, v3829, v3833};
*v684 = v3834;
float_4 const v1041 = *v740;
float const v3837 = v1041.i_0;
float const v3838 = fma(v3699, v3819, v3837);
float const v3841 = v1041.i_1;
float const v3842 = fma(v3703, v3823, v3841);
float const v3845 = v1041.i_2;
float const v3846 = fma(v3707, v3827, v3845);
float const v3849 = v1041.i_3;
float const v3850 = fma(v3711, v3831, v3849);
float_4 const v3851 = float_4{v3838, v3842, v3846, v3850};
*v740 = v3851;
uint32_t const v1053 = *v511;
uint32_t const v1055 = v1053 + v775;
float_4 const* const v1059 = &v1[v1055];
float_4 const v1060 = *v1059;
float_4 const v1072 = *v691;
float const v3853 = v1060.i_0;
float const v3854 = v1072.i_0;
float const v3855 = fma(v3682, v3853, v3854);
float const v3857 = v1060.i_1;
float const v3858 = v1072.i_1;
float const v3859 = fma(v3686, v3857, v3858);
float const v3861 = v1060.i_2;
float const v3862 = v1072.i_2;
float const v3863 = fma(v3690, v3861, v3862);
float const v3865 = v1060.i_3;
float const v3866 = v1072.i_3;
float const v3867 = fma(v3694, v3865, v3866);
float_4 const v3868 = float_4{v3855, v3859, v3863, v3867};
*v691 = v3868;
float_4 const v1090 = *v747;
float const v3871 = v1090.i_0;
float const v3872 = fma(v3699, v3853, v3871);
float const v3875 = v1090.i_1;
float const v3876 = fma(v3703, v3857, v3875);
float const v3879 = v1090.i_2;
float const v3880 = fma(v3707, v3861, v3879);
float const v3883 = v1090.i_3;
float const v3884 = fma(v3711, v3865, v3883);
float_4 const v3885 = float_4{v3872, v3876, v3880, v3884};
*v747 = v3885;
uint32_t const v1102 = *v555;
uint32_t const v1104 = v1102 + v775;
float_4 const* const v1108 = &v1[v1104];
float_4 const v1109 = *v1108;
float_4 const v1121 = *v698;
float const v3887 = v1109.i_0;
float const v3888 = v1121.i_0;
float const v3889 = fma(v3682, v3887, v3888);
float const v3891 = v1109.i_1;
float const v3892 = v1121.i_1;
float const v3893 = fma(v3686, v3891, v3892);
float const v3895 = v1109.i_2;
float const v3896 = v1121.i_2;
float const v3897 = fma(v3690, v3895, v3896);
float const v3899 = v1109.i_3;
float const v3900 = v1121.i_3;
float const v3901 = fma(v3694, v3899, v3900);
float_4 const v3902 = float_4{v3889, v3893, v3897, v3901};
*v698 = v3902;
float_4 const v1139 = *v754;
float const v3905 = v1139.i_0;
float const v3906 = fma(v3699, v3887, v3905);
float const v3909 = v1139.i_1;
float const v3910 = fma(v3703, v3891, v3909);
float const v3913 = v1139.i_2;
float const v3914 = fma(v3707, v3895, v3913);
float const v3917 = v1139.i_3;
float const v3918 = fma(v3711, v3899, v3917);
float_4 const v3919 = float_4{v3906, v3910, v3914, v3918};
*v754 = v3919;
uint32_t const v1151 = *v599;
uint32_t const v1153 = v1151 + v775;
float_4 const* const v1157 = &v1[v1153];
float_4 const v1158 = *v1157;
float_4 const v1170 = *v705;
float const v3921 = v1158.i_0;
float const v3922 = v1170.i_0;
float const v3923 = fma(v3682, v3921, v3922);
float const v3925 = v1158.i_1;
float const v3926 = v1170.i_1;
float const v3927 = fma(v3686, v3925, v3926);
float const v3929 = v1158.i_2;
float const v3930 = v1170.i_2;
float const v3931 = fma(v3690, v3929, v3930);
float const v3933 = v1158.i_3;
float const v3934 = v1170.i_3;
float const v3935 = fma(v3694, v3933, v3934);
float_4 const v3936 = float_4{v3923, v3927, v3931, v3935};
*v705 = v3936;
float_4 const v1188 = *v761;
float const v3939 = v1188.i_0;
float const v3940 = fma(v3699, v3921, v3939);
float const v3943 = v1188.i_1;
float const v3944 = fma(v3703, v3925, v3943);
float const v3947 = v1188.i_2;
float const v3948 = fma(v3707, v3929, v3947);
float const v3951 = v1188.i_3;
float const v3952 = fma(v3711, v3933, v3951);
float_4 const v3953 = float_4{v3940, v3944, v3948, v3952};
*v761 = v3953;
uint32_t const v1196 = v775 + v645;
*v3311 = v1196;
}
float_4 const v1202 = *v656;
array<float, 4> v3314_store = {};
array<float, 4> * v3314 = &v3314_store;float const v1207 = v1202.i_0;
float * const v1212 = &(*v3314)[v3];
*v1212 = v1207;
float const v1213 = v1202.i_1;
float * const v1218 = &(*v3314)[v26];
*v1218 = v1213;
float const v1219 = v1202.i_2;
float * const v1224 = &(*v3314)[v69];
*v1224 = v1219;
float const v1225 = v1202.i_3;
float * const v1230 = &(*v3314)[v82];
*v1230 = v1225;
float const v1236 = *v1224;
float const v1242 = *v1212;
float const v1243 = v1242 + v1236;
*v1212 = v1243;
float const v1249 = *v1230;
float const v1255 = *v1218;
float const v1256 = v1255 + v1249;
*v1218 = v1256;
float const v1262 = *v1218;
float const v1268 = *v1212;
float const v1269 = v1268 + v1262;
*v1212 = v1269;
float const v1275 = *v1212;
uint32_t const v3317 = min(v160, v3971);
float v3634_store;
float * v3634 = &v3634_store;*v3634 = v1275;
uint32_t v3635_store;
uint32_t * v3635 = &v3635_store;*v3635 = v4034;
while([&]{
uint32_t const v3322 = *v3635;
bool const v3323 = v3322 < v3317;
return v3323;
}()) {
float const v3325 = *v3634;
uint32_t const v3326 = *v3635;
float const v3327 = __shfl_xor(v3325, v3326);;
float const v3329 = v3325 + v3327;
*v3634 = v3329;
uint32_t const v3331 = 2;
uint32_t const v3332 = v3326 * v3331;
*v3635 = v3332;
}
float const v3333 = *v3634;
float * const v1281 = &(*v3288)[v3];
*v1281 = v3333;
float_4 const v1287 = *v663;
array<float, 4> v3334_store = {};
array<float, 4> * v3334 = &v3334_store;float const v1292 = v1287.i_0;
float * const v1297 = &(*v3334)[v3];
*v1297 = v1292;
float const v1298 = v1287.i_1;
float * const v1303 = &(*v3334)[v26];
*v1303 = v1298;
float const v1304 = v1287.i_2;
float * const v1309 = &(*v3334)[v69];
*v1309 = v1304;
float const v1310 = v1287.i_3;
float * const v1315 = &(*v3334)[v82];
*v1315 = v1310;
float const v1321 = *v1309;
float const v1327 = *v1297;
float const v1328 = v1327 + v1321;
*v1297 = v1328;
float const v1334 = *v1315;
float const v1340 = *v1303;
float const v1341 = v1340 + v1334;
*v1303 = v1341;
float const v1347 = *v1303;
float const v1353 = *v1297;
float const v1354 = v1353 + v1347;
*v1297 = v1354;
float const v1360 = *v1297;
float v3637_store;
float * v3637 = &v3637_store;*v3637 = v1360;
uint32_t v3638_store;
uint32_t * v3638 = &v3638_store;*v3638 = v4034;
while([&]{
uint32_t const v3342 = *v3638;
bool const v3343 = v3342 < v3317;
return v3343;
}()) {
float const v3345 = *v3637;
uint32_t const v3346 = *v3638;
float const v3347 = __shfl_xor(v3345, v3346);;
float const v3349 = v3345 + v3347;
*v3637 = v3349;
uint32_t const v3351 = 2;
uint32_t const v3352 = v3346 * v3351;
*v3638 = v3352;
}
float const v3353 = *v3637;
float * const v1366 = &(*v3288)[v26];
*v1366 = v3353;
float_4 const v1372 = *v670;
array<float, 4> v3354_store = {};
array<float, 4> * v3354 = &v3354_store;float const v1377 = v1372.i_0;
float * const v1382 = &(*v3354)[v3];
*v1382 = v1377;
float const v1383 = v1372.i_1;
float * const v1388 = &(*v3354)[v26];
*v1388 = v1383;
float const v1389 = v1372.i_2;
float * const v1394 = &(*v3354)[v69];
*v1394 = v1389;
float const v1395 = v1372.i_3;
float * const v1400 = &(*v3354)[v82];
*v1400 = v1395;
float const v1406 = *v1394;
float const v1412 = *v1382;
float const v1413 = v1412 + v1406;
*v1382 = v1413;
float const v1419 = *v1400;
float const v1425 = *v1388;
float const v1426 = v1425 + v1419;
*v1388 = v1426;
float const v1432 = *v1388;
float const v1438 = *v1382;
float const v1439 = v1438 + v1432;
*v1382 = v1439;
float const v1445 = *v1382;
float v3640_store;
float * v3640 = &v3640_store;*v3640 = v1445;
uint32_t v3641_store;
uint32_t * v3641 = &v3641_store;*v3641 = v4034;
while([&]{
uint32_t const v3362 = *v3641;
bool const v3363 = v3362 < v3317;
return v3363;
}()) {
float const v3365 = *v3640;
uint32_t const v3366 = *v3641;
float const v3367 = __shfl_xor(v3365, v3366);;
float const v3369 = v3365 + v3367;
*v3640 = v3369;
uint32_t const v3371 = 2;
uint32_t const v3372 = v3366 * v3371;
*v3641 = v3372;
}
float const v3373 = *v3640;
float * const v1451 = &(*v3288)[v69];
*v1451 = v3373;
float_4 const v1457 = *v677;
array<float, 4> v3374_store = {};
array<float, 4> * v3374 = &v3374_store;float const v1462 = v1457.i_0;
float * const v1467 = &(*v3374)[v3];
*v1467 = v1462;
float const v1468 = v1457.i_1;
float * const v1473 = &(*v3374)[v26];
*v1473 = v1468;
float const v1474 = v1457.i_2;
float * const v1479 = &(*v3374)[v69];
*v1479 = v1474;
float const v1480 = v1457.i_3;
float * const v1485 = &(*v3374)[v82];
*v1485 = v1480;
float const v1491 = *v1479;
float const v1497 = *v1467;
float const v1498 = v1497 + v1491;
*v1467 = v1498;
float const v1504 = *v1485;
float const v1510 = *v1473;
float const v1511 = v1510 + v1504;
*v1473 = v1511;
float const v1517 = *v1473;
float const v1523 = *v1467;
float const v1524 = v1523 + v1517;
*v1467 = v1524;
float const v1530 = *v1467;
float v3643_store;
float * v3643 = &v3643_store;*v3643 = v1530;
uint32_t v3644_store;
uint32_t * v3644 = &v3644_store;*v3644 = v4034;
while([&]{
uint32_t const v3382 = *v3644;
bool const v3383 = v3382 < v3317;
return v3383;
}()) {
float const v3385 = *v3643;
uint32_t const v3386 = *v3644;
float const v3387 = __shfl_xor(v3385, v3386);;
float const v3389 = v3385 + v3387;
*v3643 = v3389;
uint32_t const v3391 = 2;
uint32_t const v3392 = v3386 * v3391;
*v3644 = v3392;
}
float const v3393 = *v3643;
float * const v1536 = &(*v3288)[v82];
*v1536 = v3393;
float_4 const v1542 = *v684;
array<float, 4> v3394_store = {};
array<float, 4> * v3394 = &v3394_store;float const v1547 = v1542.i_0;
float * const v1552 = &(*v3394)[v3];
*v1552 = v1547;
float const v1553 = v1542.i_1;
float * const v1558 = &(*v3394)[v26];
*v1558 = v1553;
float const v1559 = v1542.i_2;
float * const v1564 = &(*v3394)[v69];
*v1564 = v1559;
float const v1565 = v1542.i_3;
float * const v1570 = &(*v3394)[v82];
*v1570 = v1565;
float const v1576 = *v1564;
float const v1582 = *v1552;
float const v1583 = v1582 + v1576;
*v1552 = v1583;
float const v1589 = *v1570;
float const v1595 = *v1558;
float const v1596 = v1595 + v1589;
*v1558 = v1596;
float const v1602 = *v1558;
float const v1608 = *v1552;
float const v1609 = v1608 + v1602;
*v1552 = v1609;
float const v1615 = *v1552;
float v3646_store;
float * v3646 = &v3646_store;*v3646 = v1615;
uint32_t v3647_store;
uint32_t * v3647 = &v3647_store;*v3647 = v4034;
while([&]{
uint32_t const v3402 = *v3647;
bool const v3403 = v3402 < v3317;
return v3403;
}()) {
float const v3405 = *v3646;
uint32_t const v3406 = *v3647;
float const v3407 = __shfl_xor(v3405, v3406);;
float const v3409 = v3405 + v3407;
*v3646 = v3409;
uint32_t const v3411 = 2;
uint32_t const v3412 = v3406 * v3411;
*v3647 = v3412;
}
float const v3413 = *v3646;
float * const v1621 = &(*v3288)[v30];
*v1621 = v3413;
float_4 const v1627 = *v691;
array<float, 4> v3414_store = {};
array<float, 4> * v3414 = &v3414_store;float const v1632 = v1627.i_0;
float * const v1637 = &(*v3414)[v3];
*v1637 = v1632;
float const v1638 = v1627.i_1;
float * const v1643 = &(*v3414)[v26];
*v1643 = v1638;
float const v1644 = v1627.i_2;
float * const v1649 = &(*v3414)[v69];
*v1649 = v1644;
float const v1650 = v1627.i_3;
float * const v1655 = &(*v3414)[v82];
*v1655 = v1650;
float const v1661 = *v1649;
float const v1667 = *v1637;
float const v1668 = v1667 + v1661;
*v1637 = v1668;
float const v1674 = *v1655;
float const v1680 = *v1643;
float const v1681 = v1680 + v1674;
*v1643 = v1681;
float const v1687 = *v1643;
float const v1693 = *v1637;
float const v1694 = v1693 + v1687;
*v1637 = v1694;
float const v1700 = *v1637;
float v3649_store;
float * v3649 = &v3649_store;*v3649 = v1700;
uint32_t v3650_store;
uint32_t * v3650 = &v3650_store;*v3650 = v4034;
while([&]{
uint32_t const v3422 = *v3650;
bool const v3423 = v3422 < v3317;
return v3423;
}()) {
float const v3425 = *v3649;
uint32_t const v3426 = *v3650;
float const v3427 = __shfl_xor(v3425, v3426);;
float const v3429 = v3425 + v3427;
*v3649 = v3429;
uint32_t const v3431 = 2;
uint32_t const v3432 = v3426 * v3431;
*v3650 = v3432;
}
float const v3433 = *v3649;
float * const v1706 = &(*v3288)[v108];
*v1706 = v3433;
float_4 const v1712 = *v698;
array<float, 4> v3434_store = {};
array<float, 4> * v3434 = &v3434_store;float const v1717 = v1712.i_0;
float * const v1722 = &(*v3434)[v3];
*v1722 = v1717;
float const v1723 = v1712.i_1;
float * const v1728 = &(*v3434)[v26];
*v1728 = v1723;
float const v1729 = v1712.i_2;
float * const v1734 = &(*v3434)[v69];
*v1734 = v1729;
float const v1735 = v1712.i_3;
float * const v1740 = &(*v3434)[v82];
*v1740 = v1735;
float const v1746 = *v1734;
float const v1752 = *v1722;
float const v1753 = v1752 + v1746;
*v1722 = v1753;
float const v1759 = *v1740;
float const v1765 = *v1728;
float const v1766 = v1765 + v1759;
*v1728 = v1766;
float const v1772 = *v1728;
float const v1778 = *v1722;
float const v1779 = v1778 + v1772;
*v1722 = v1779;
float const v1785 = *v1722;
float v3652_store;
float * v3652 = &v3652_store;*v3652 = v1785;
uint32_t v3653_store;
uint32_t * v3653 = &v3653_store;*v3653 = v4034;
while([&]{
uint32_t const v3442 = *v3653;
bool const v3443 = v3442 < v3317;
return v3443;
}()) {
float const v3445 = *v3652;
uint32_t const v3446 = *v3653;
float const v3447 = __shfl_xor(v3445, v3446);;
float const v3449 = v3445 + v3447;
*v3652 = v3449;
uint32_t const v3451 = 2;
uint32_t const v3452 = v3446 * v3451;
*v3653 = v3452;
}
float const v3453 = *v3652;
float * const v1791 = &(*v3288)[v121];
*v1791 = v3453;
float_4 const v1797 = *v705;
array<float, 4> v3454_store = {};
array<float, 4> * v3454 = &v3454_store;float const v1802 = v1797.i_0;
float * const v1807 = &(*v3454)[v3];
*v1807 = v1802;
float const v1808 = v1797.i_1;
float * const v1813 = &(*v3454)[v26];
*v1813 = v1808;
float const v1814 = v1797.i_2;
float * const v1819 = &(*v3454)[v69];
*v1819 = v1814;
float const v1820 = v1797.i_3;
float * const v1825 = &(*v3454)[v82];
*v1825 = v1820;
float const v1831 = *v1819;
float const v1837 = *v1807;
float const v1838 = v1837 + v1831;
*v1807 = v1838;
float const v1844 = *v1825;
float const v1850 = *v1813;
float const v1851 = v1850 + v1844;
*v1813 = v1851;
float const v1857 = *v1813;
float const v1863 = *v1807;
float const v1864 = v1863 + v1857;
*v1807 = v1864;
float const v1870 = *v1807;
float v3655_store;
float * v3655 = &v3655_store;*v3655 = v1870;
uint32_t v3656_store;
uint32_t * v3656 = &v3656_store;*v3656 = v4034;
while([&]{
uint32_t const v3462 = *v3656;
bool const v3463 = v3462 < v3317;
return v3463;
}()) {
float const v3465 = *v3655;
uint32_t const v3466 = *v3656;
float const v3467 = __shfl_xor(v3465, v3466);;
float const v3469 = v3465 + v3467;
*v3655 = v3469;
uint32_t const v3471 = 2;
uint32_t const v3472 = v3466 * v3471;
*v3656 = v3472;
}
float const v3473 = *v3655;
float * const v1876 = &(*v3288)[v134];
*v1876 = v3473;
float_4 const v1882 = *v712;
array<float, 4> v3474_store = {};
array<float, 4> * v3474 = &v3474_store;float const v1887 = v1882.i_0;
float * const v1892 = &(*v3474)[v3];
*v1892 = v1887;
float const v1893 = v1882.i_1;
float * const v1898 = &(*v3474)[v26];
*v1898 = v1893;
float const v1899 = v1882.i_2;
float * const v1904 = &(*v3474)[v69];
*v1904 = v1899;
float const v1905 = v1882.i_3;
float * const v1910 = &(*v3474)[v82];
*v1910 = v1905;
float const v1916 = *v1904;
float const v1922 = *v1892;
float const v1923 = v1922 + v1916;
*v1892 = v1923;
float const v1929 = *v1910;
float const v1935 = *v1898;
float const v1936 = v1935 + v1929;
*v1898 = v1936;
float const v1942 = *v1898;
float const v1948 = *v1892;
float const v1949 = v1948 + v1942;
*v1892 = v1949;
float const v1955 = *v1892;
float v3658_store;
float * v3658 = &v3658_store;*v3658 = v1955;
uint32_t v3659_store;
uint32_t * v3659 = &v3659_store;*v3659 = v4034;
while([&]{
uint32_t const v3482 = *v3659;
bool const v3483 = v3482 < v3317;
return v3483;
}()) {
float const v3485 = *v3658;
uint32_t const v3486 = *v3659;
float const v3487 = __shfl_xor(v3485, v3486);;
float const v3489 = v3485 + v3487;
*v3658 = v3489;
uint32_t const v3491 = 2;
uint32_t const v3492 = v3486 * v3491;
*v3659 = v3492;
}
float const v3493 = *v3658;
float * const v1961 = &(*v3288)[v24];
*v1961 = v3493;
float_4 const v1967 = *v719;
array<float, 4> v3494_store = {};
array<float, 4> * v3494 = &v3494_store;float const v1972 = v1967.i_0;
float * const v1977 = &(*v3494)[v3];
*v1977 = v1972;
float const v1978 = v1967.i_1;
float * const v1983 = &(*v3494)[v26];
*v1983 = v1978;
float const v1984 = v1967.i_2;
float * const v1989 = &(*v3494)[v69];
*v1989 = v1984;
float const v1990 = v1967.i_3;
float * const v1995 = &(*v3494)[v82];
*v1995 = v1990;
float const v2001 = *v1989;
float const v2007 = *v1977;
float const v2008 = v2007 + v2001;
*v1977 = v2008;
float const v2014 = *v1995;
float const v2020 = *v1983;
float const v2021 = v2020 + v2014;
*v1983 = v2021;
float const v2027 = *v1983;
float const v2033 = *v1977;
float const v2034 = v2033 + v2027;
*v1977 = v2034;
float const v2040 = *v1977;
float v3661_store;
float * v3661 = &v3661_store;*v3661 = v2040;
uint32_t v3662_store;
uint32_t * v3662 = &v3662_store;*v3662 = v4034;
while([&]{
uint32_t const v3502 = *v3662;
bool const v3503 = v3502 < v3317;
return v3503;
}()) {
float const v3505 = *v3661;
uint32_t const v3506 = *v3662;
float const v3507 = __shfl_xor(v3505, v3506);;
float const v3509 = v3505 + v3507;
*v3661 = v3509;
uint32_t const v3511 = 2;
uint32_t const v3512 = v3506 * v3511;
*v3662 = v3512;
}
float const v3513 = *v3661;
float * const v2046 = &(*v3288)[v228];
*v2046 = v3513;
float_4 const v2052 = *v726;
array<float, 4> v3514_store = {};
array<float, 4> * v3514 = &v3514_store;float const v2057 = v2052.i_0;
float * const v2062 = &(*v3514)[v3];
*v2062 = v2057;
float const v2063 = v2052.i_1;
float * const v2068 = &(*v3514)[v26];
*v2068 = v2063;
float const v2069 = v2052.i_2;
float * const v2074 = &(*v3514)[v69];
*v2074 = v2069;
float const v2075 = v2052.i_3;
float * const v2080 = &(*v3514)[v82];
*v2080 = v2075;
float const v2086 = *v2074;
float const v2092 = *v2062;
float const v2093 = v2092 + v2086;
*v2062 = v2093;
float const v2099 = *v2080;
float const v2105 = *v2068;
float const v2106 = v2105 + v2099;
*v2068 = v2106;
float const v2112 = *v2068;
float const v2118 = *v2062;
float const v2119 = v2118 + v2112;
*v2062 = v2119;
float const v2125 = *v2062;
float v3664_store;
float * v3664 = &v3664_store;*v3664 = v2125;
uint32_t v3665_store;
uint32_t * v3665 = &v3665_store;*v3665 = v4034;
while([&]{
uint32_t const v3522 = *v3665;
bool const v3523 = v3522 < v3317;
return v3523;
}()) {
float const v3525 = *v3664;
uint32_t const v3526 = *v3665;
float const v3527 = __shfl_xor(v3525, v3526);;
float const v3529 = v3525 + v3527;
*v3664 = v3529;
uint32_t const v3531 = 2;
uint32_t const v3532 = v3526 * v3531;
*v3665 = v3532;
}
float const v3533 = *v3664;
float * const v2131 = &(*v3288)[v234];
*v2131 = v3533;
float_4 const v2137 = *v733;
array<float, 4> v3534_store = {};
array<float, 4> * v3534 = &v3534_store;float const v2142 = v2137.i_0;
float * const v2147 = &(*v3534)[v3];
*v2147 = v2142;
float const v2148 = v2137.i_1;
float * const v2153 = &(*v3534)[v26];
*v2153 = v2148;
float const v2154 = v2137.i_2;
float * const v2159 = &(*v3534)[v69];
*v2159 = v2154;
float const v2160 = v2137.i_3;
float * const v2165 = &(*v3534)[v82];
*v2165 = v2160;
float const v2171 = *v2159;
float const v2177 = *v2147;
float const v2178 = v2177 + v2171;
*v2147 = v2178;
float const v2184 = *v2165;
float const v2190 = *v2153;
float const v2191 = v2190 + v2184;
*v2153 = v2191;
float const v2197 = *v2153;
float const v2203 = *v2147;
float const v2204 = v2203 + v2197;
*v2147 = v2204;
float const v2210 = *v2147;
float v3667_store;
float * v3667 = &v3667_store;*v3667 = v2210;
uint32_t v3668_store;
uint32_t * v3668 = &v3668_store;*v3668 = v4034;
while([&]{
uint32_t const v3542 = *v3668;
bool const v3543 = v3542 < v3317;
return v3543;
}()) {
float const v3545 = *v3667;
uint32_t const v3546 = *v3668;
float const v3547 = __shfl_xor(v3545, v3546);;
float const v3549 = v3545 + v3547;
*v3667 = v3549;
uint32_t const v3551 = 2;
uint32_t const v3552 = v3546 * v3551;
*v3668 = v3552;
}
float const v3553 = *v3667;
float * const v2216 = &(*v3288)[v240];
*v2216 = v3553;
float_4 const v2222 = *v740;
array<float, 4> v3554_store = {};
array<float, 4> * v3554 = &v3554_store;float const v2227 = v2222.i_0;
float * const v2232 = &(*v3554)[v3];
*v2232 = v2227;
float const v2233 = v2222.i_1;
float * const v2238 = &(*v3554)[v26];
*v2238 = v2233;
float const v2239 = v2222.i_2;
float * const v2244 = &(*v3554)[v69];
*v2244 = v2239;
float const v2245 = v2222.i_3;
float * const v2250 = &(*v3554)[v82];
*v2250 = v2245;
float const v2256 = *v2244;
float const v2262 = *v2232;
float const v2263 = v2262 + v2256;
*v2232 = v2263;
float const v2269 = *v2250;
float const v2275 = *v2238;
float const v2276 = v2275 + v2269;
*v2238 = v2276;
float const v2282 = *v2238;
float const v2288 = *v2232;
float const v2289 = v2288 + v2282;
*v2232 = v2289;
float const v2295 = *v2232;
float v3670_store;
float * v3670 = &v3670_store;*v3670 = v2295;
uint32_t v3671_store;
uint32_t * v3671 = &v3671_store;*v3671 = v4034;
while([&]{
uint32_t const v3562 = *v3671;
bool const v3563 = v3562 < v3317;
return v3563;
}()) {
float const v3565 = *v3670;
uint32_t const v3566 = *v3671;
float const v3567 = __shfl_xor(v3565, v3566);;
float const v3569 = v3565 + v3567;
*v3670 = v3569;
uint32_t const v3571 = 2;
uint32_t const v3572 = v3566 * v3571;
*v3671 = v3572;
}
float const v3573 = *v3670;
float * const v2301 = &(*v3288)[v246];
*v2301 = v3573;
float_4 const v2307 = *v747;
array<float, 4> v3574_store = {};
array<float, 4> * v3574 = &v3574_store;float const v2312 = v2307.i_0;
float * const v2317 = &(*v3574)[v3];
*v2317 = v2312;
float const v2318 = v2307.i_1;
float * const v2323 = &(*v3574)[v26];
*v2323 = v2318;
float const v2324 = v2307.i_2;
float * const v2329 = &(*v3574)[v69];
*v2329 = v2324;
float const v2330 = v2307.i_3;
float * const v2335 = &(*v3574)[v82];
*v2335 = v2330;
float const v2341 = *v2329;
float const v2347 = *v2317;
float const v2348 = v2347 + v2341;
*v2317 = v2348;
float const v2354 = *v2335;
float const v2360 = *v2323;
float const v2361 = v2360 + v2354;
*v2323 = v2361;
float const v2367 = *v2323;
float const v2373 = *v2317;
float const v2374 = v2373 + v2367;
*v2317 = v2374;
float const v2380 = *v2317;
float v3673_store;
float * v3673 = &v3673_store;*v3673 = v2380;
uint32_t v3674_store;
uint32_t * v3674 = &v3674_store;*v3674 = v4034;
while([&]{
uint32_t const v3582 = *v3674;
bool const v3583 = v3582 < v3317;
return v3583;
}()) {
float const v3585 = *v3673;
uint32_t const v3586 = *v3674;
float const v3587 = __shfl_xor(v3585, v3586);;
float const v3589 = v3585 + v3587;
*v3673 = v3589;
uint32_t const v3591 = 2;
uint32_t const v3592 = v3586 * v3591;
*v3674 = v3592;
}
float const v3593 = *v3673;
float * const v2386 = &(*v3288)[v252];
*v2386 = v3593;
float_4 const v2392 = *v754;
array<float, 4> v3594_store = {};
array<float, 4> * v3594 = &v3594_store;float const v2397 = v2392.i_0;
float * const v2402 = &(*v3594)[v3];
*v2402 = v2397;
float const v2403 = v2392.i_1;
float * const v2408 = &(*v3594)[v26];
*v2408 = v2403;
float const v2409 = v2392.i_2;
float * const v2414 = &(*v3594)[v69];
*v2414 = v2409;
float const v2415 = v2392.i_3;
float * const v2420 = &(*v3594)[v82];
*v2420 = v2415;
float const v2426 = *v2414;
float const v2432 = *v2402;
float const v2433 = v2432 + v2426;
*v2402 = v2433;
float const v2439 = *v2420;
float const v2445 = *v2408;
float const v2446 = v2445 + v2439;
*v2408 = v2446;
float const v2452 = *v2408;
float const v2458 = *v2402;
float const v2459 = v2458 + v2452;
*v2402 = v2459;
float const v2465 = *v2402;
float v3676_store;
float * v3676 = &v3676_store;*v3676 = v2465;
uint32_t v3677_store;
uint32_t * v3677 = &v3677_store;*v3677 = v4034;
while([&]{
uint32_t const v3602 = *v3677;
bool const v3603 = v3602 < v3317;
return v3603;
}()) {
float const v3605 = *v3676;
uint32_t const v3606 = *v3677;
float const v3607 = __shfl_xor(v3605, v3606);;
float const v3609 = v3605 + v3607;
*v3676 = v3609;
uint32_t const v3611 = 2;
uint32_t const v3612 = v3606 * v3611;
*v3677 = v3612;
}
float const v3613 = *v3676;
float * const v2471 = &(*v3288)[v258];
*v2471 = v3613;
float_4 const v2477 = *v761;
array<float, 4> v3614_store = {};
array<float, 4> * v3614 = &v3614_store;float const v2482 = v2477.i_0;
float * const v2487 = &(*v3614)[v3];
*v2487 = v2482;
float const v2488 = v2477.i_1;
float * const v2493 = &(*v3614)[v26];
*v2493 = v2488;
float const v2494 = v2477.i_2;
float * const v2499 = &(*v3614)[v69];
*v2499 = v2494;
float const v2500 = v2477.i_3;
float * const v2505 = &(*v3614)[v82];
*v2505 = v2500;
float const v2511 = *v2499;
float const v2517 = *v2487;
float const v2518 = v2517 + v2511;
*v2487 = v2518;
float const v2524 = *v2505;
float const v2530 = *v2493;
float const v2531 = v2530 + v2524;
*v2493 = v2531;
float const v2537 = *v2493;
float const v2543 = *v2487;
float const v2544 = v2543 + v2537;
*v2487 = v2544;
float const v2550 = *v2487;
float v3679_store;
float * v3679 = &v3679_store;*v3679 = v2550;
uint32_t v3680_store;
uint32_t * v3680 = &v3680_store;*v3680 = v4034;
while([&]{
uint32_t const v3622 = *v3680;
bool const v3623 = v3622 < v3317;
return v3623;
}()) {
float const v3625 = *v3679;
uint32_t const v3626 = *v3680;
float const v3627 = __shfl_xor(v3625, v3626);;
float const v3629 = v3625 + v3627;
*v3679 = v3629;
uint32_t const v3631 = 2;
uint32_t const v3632 = v3626 * v3631;
*v3680 = v3632;
}
float const v3633 = *v3679;
float * const v2556 = &(*v3288)[v264];
*v2556 = v3633;
uint32_t const v2562 = *v55;
uint32_t const v2564 = v2562 * v134;
uint32_t const v2565 = v2564 + v271;
float const* const v2569 = &v5[v2565];
float const v2570 = *v2569;
bool const v2572 = v2570 < v177;
bool const v2573 = !v2572;
if(v2573) {
float const v2579 = *v1281;
float const v2586 = *v176;
float const v4442 = fma(v2570, v2579, v2586);
*v176 = v4442;
float const v2593 = *v1961;
float const v2600 = *v224;
float const v4443 = fma(v2570, v2593, v2600);
*v224 = v4443;
}
uint32_t const v2607 = *v68;
uint32_t const v2609 = v2607 * v134;
uint32_t const v2610 = v2609 + v271;
float const* const v2614 = &v5[v2610];
float const v2615 = *v2614;
bool const v2617 = v2615 < v177;
bool const v2618 = !v2617;
if(v2618) {
float const v2624 = *v1366;
float const v2631 = *v182;
float const v4444 = fma(v2615, v2624, v2631);
*v182 = v4444;
float const v2638 = *v2046;
float const v2645 = *v230;
float const v4445 = fma(v2615, v2638, v2645);
*v230 = v4445;
}
uint32_t const v2652 = *v81;
uint32_t const v2654 = v2652 * v134;
uint32_t const v2655 = v2654 + v271;
float const* const v2659 = &v5[v2655];
float const v2660 = *v2659;
bool const v2662 = v2660 < v177;
bool const v2663 = !v2662;
if(v2663) {
float const v2669 = *v1451;
float const v2676 = *v188;
float const v4446 = fma(v2660, v2669, v2676);
*v188 = v4446;
float const v2683 = *v2131;
float const v2690 = *v236;
float const v4447 = fma(v2660, v2683, v2690);
*v236 = v4447;
}
uint32_t const v2697 = *v94;
uint32_t const v2699 = v2697 * v134;
uint32_t const v2700 = v2699 + v271;
float const* const v2704 = &v5[v2700];
float const v2705 = *v2704;
bool const v2707 = v2705 < v177;
bool const v2708 = !v2707;
if(v2708) {
float const v2714 = *v1536;
float const v2721 = *v194;
float const v4448 = fma(v2705, v2714, v2721);
*v194 = v4448;
float const v2728 = *v2216;
float const v2735 = *v242;
float const v4449 = fma(v2705, v2728, v2735);
*v242 = v4449;
}
uint32_t const v2742 = *v107;
uint32_t const v2744 = v2742 * v134;
uint32_t const v2745 = v2744 + v271;
float const* const v2749 = &v5[v2745];
float const v2750 = *v2749;
bool const v2752 = v2750 < v177;
bool const v2753 = !v2752;
if(v2753) {
float const v2759 = *v1621;
float const v2766 = *v200;
float const v4450 = fma(v2750, v2759, v2766);
*v200 = v4450;
float const v2773 = *v2301;
float const v2780 = *v248;
float const v4451 = fma(v2750, v2773, v2780);
*v248 = v4451;
}
uint32_t const v2787 = *v120;
uint32_t const v2789 = v2787 * v134;
uint32_t const v2790 = v2789 + v271;
float const* const v2794 = &v5[v2790];
float const v2795 = *v2794;
bool const v2797 = v2795 < v177;
bool const v2798 = !v2797;
if(v2798) {
float const v2804 = *v1706;
float const v2811 = *v206;
float const v4452 = fma(v2795, v2804, v2811);
*v206 = v4452;
float const v2818 = *v2386;
float const v2825 = *v254;
float const v4453 = fma(v2795, v2818, v2825);
*v254 = v4453;
}
uint32_t const v2832 = *v133;
uint32_t const v2834 = v2832 * v134;
uint32_t const v2835 = v2834 + v271;
float const* const v2839 = &v5[v2835];
float const v2840 = *v2839;
bool const v2842 = v2840 < v177;
bool const v2843 = !v2842;
if(v2843) {
float const v2849 = *v1791;
float const v2856 = *v212;
float const v4454 = fma(v2840, v2849, v2856);
*v212 = v4454;
float const v2863 = *v2471;
float const v2870 = *v260;
float const v4455 = fma(v2840, v2863, v2870);
*v260 = v4455;
}
uint32_t const v2877 = *v146;
uint32_t const v2879 = v2877 * v134;
uint32_t const v2880 = v2879 + v271;
float const* const v2884 = &v5[v2880];
float const v2885 = *v2884;
bool const v2887 = v2885 < v177;
bool const v2888 = !v2887;
if(v2888) {
float const v2894 = *v1876;
float const v2901 = *v218;
float const v4456 = fma(v2885, v2894, v2901);
*v218 = v4456;
float const v2908 = *v2556;
float const v2915 = *v266;
float const v4457 = fma(v2885, v2908, v2915);
*v266 = v4457;
}
}
}
uint32_t const v3996 = v3997 % v160;
bool const v2919 = v3996 == v4030;
if(v2919) {
if(v45) {
float const v2928 = *v176;
uint32_t const v2931 = 64;
uint32_t const v2932 = v35 * v2931;
uint32_t const v2933 = v2932 + v38;
uint32_t const v2934 = *v3290;
uint32_t const v2935 = v2933 + v2934;
float * const v2941 = &v17[v2935];
*v2941 = v2928;
}
if(v58) {
float const v2950 = *v182;
uint32_t const v2953 = 64;
uint32_t const v2954 = v57 * v2953;
uint32_t const v2955 = v2954 + v38;
uint32_t const v2956 = *v3290;
uint32_t const v2957 = v2955 + v2956;
float * const v2963 = &v17[v2957];
*v2963 = v2950;
}
if(v71) {
float const v2972 = *v188;
uint32_t const v2975 = 64;
uint32_t const v2976 = v70 * v2975;
uint32_t const v2977 = v2976 + v38;
uint32_t const v2978 = *v3290;
uint32_t const v2979 = v2977 + v2978;
float * const v2985 = &v17[v2979];
*v2985 = v2972;
}
if(v84) {
float const v2994 = *v194;
uint32_t const v2997 = 64;
uint32_t const v2998 = v83 * v2997;
uint32_t const v2999 = v2998 + v38;
uint32_t const v3000 = *v3290;
uint32_t const v3001 = v2999 + v3000;
float * const v3007 = &v17[v3001];
*v3007 = v2994;
}
if(v97) {
float const v3016 = *v200;
uint32_t const v3019 = 64;
uint32_t const v3020 = v96 * v3019;
uint32_t const v3021 = v3020 + v38;
uint32_t const v3022 = *v3290;
uint32_t const v3023 = v3021 + v3022;
float * const v3029 = &v17[v3023];
*v3029 = v3016;
}
if(v110) {
float const v3038 = *v206;
uint32_t const v3041 = 64;
uint32_t const v3042 = v109 * v3041;
uint32_t const v3043 = v3042 + v38;
uint32_t const v3044 = *v3290;
uint32_t const v3045 = v3043 + v3044;
float * const v3051 = &v17[v3045];
*v3051 = v3038;
}
if(v123) {
float const v3060 = *v212;
uint32_t const v3063 = 64;
uint32_t const v3064 = v122 * v3063;
uint32_t const v3065 = v3064 + v38;
uint32_t const v3066 = *v3290;
uint32_t const v3067 = v3065 + v3066;
float * const v3073 = &v17[v3067];
*v3073 = v3060;
}
if(v136) {
float const v3082 = *v218;
uint32_t const v3085 = 64;
uint32_t const v3086 = v135 * v3085;
uint32_t const v3087 = v3086 + v38;
uint32_t const v3088 = *v3290;
uint32_t const v3089 = v3087 + v3088;
float * const v3095 = &v17[v3089];
*v3095 = v3082;
}
if(v45) {
float const v3104 = *v224;
uint32_t const v3107 = 64;
uint32_t const v3108 = v35 * v3107;
uint32_t const v3109 = v3108 + v38;
uint32_t const v3110 = *v3290;
uint32_t const v3111 = v3109 + v3110;
uint32_t const v3113 = v3111 + v26;
float * const v3117 = &v17[v3113];
*v3117 = v3104;
}
if(v58) {
float const v3126 = *v230;
uint32_t const v3129 = 64;
uint32_t const v3130 = v57 * v3129;
uint32_t const v3131 = v3130 + v38;
uint32_t const v3132 = *v3290;
uint32_t const v3133 = v3131 + v3132;
uint32_t const v3135 = v3133 + v26;
float * const v3139 = &v17[v3135];
*v3139 = v3126;
}
if(v71) {
float const v3148 = *v236;
uint32_t const v3151 = 64;
uint32_t const v3152 = v70 * v3151;
uint32_t const v3153 = v3152 + v38;
uint32_t const v3154 = *v3290;
uint32_t const v3155 = v3153 + v3154;
uint32_t const v3157 = v3155 + v26;
float * const v3161 = &v17[v3157];
*v3161 = v3148;
}
if(v84) {
float const v3170 = *v242;
uint32_t const v3173 = 64;
uint32_t const v3174 = v83 * v3173;
uint32_t const v3175 = v3174 + v38;
uint32_t const v3176 = *v3290;
uint32_t const v3177 = v3175 + v3176;
uint32_t const v3179 = v3177 + v26;
float * const v3183 = &v17[v3179];
*v3183 = v3170;
}
if(v97) {
float const v3192 = *v248;
uint32_t const v3195 = 64;
uint32_t const v3196 = v96 * v3195;
uint32_t const v3197 = v3196 + v38;
uint32_t const v3198 = *v3290;
uint32_t const v3199 = v3197 + v3198;
uint32_t const v3201 = v3199 + v26;
float * const v3205 = &v17[v3201];
*v3205 = v3192;
}
if(v110) {
float const v3214 = *v254;
uint32_t const v3217 = 64;
uint32_t const v3218 = v109 * v3217;
uint32_t const v3219 = v3218 + v38;
uint32_t const v3220 = *v3290;
uint32_t const v3221 = v3219 + v3220;
uint32_t const v3223 = v3221 + v26;
float * const v3227 = &v17[v3223];
*v3227 = v3214;
}
if(v123) {
float const v3236 = *v260;
uint32_t const v3239 = 64;
uint32_t const v3240 = v122 * v3239;
uint32_t const v3241 = v3240 + v38;
uint32_t const v3242 = *v3290;
uint32_t const v3243 = v3241 + v3242;
uint32_t const v3245 = v3243 + v26;
float * const v3249 = &v17[v3245];
*v3249 = v3236;
}
if(v136) {
float const v3258 = *v266;
uint32_t const v3261 = 64;
uint32_t const v3262 = v135 * v3261;
uint32_t const v3263 = v3262 + v38;
uint32_t const v3264 = *v3290;
uint32_t const v3265 = v3263 + v3264;
uint32_t const v3267 = v3265 + v26;
float * const v3271 = &v17[v3267];
*v3271 = v3258;
}
}
uint32_t const v3273 = v162 * v69;
uint32_t const v3274 = *v3290;
uint32_t const v3275 = v3274 + v3273;
*v3290 = v3275;
}
}
return;
}
