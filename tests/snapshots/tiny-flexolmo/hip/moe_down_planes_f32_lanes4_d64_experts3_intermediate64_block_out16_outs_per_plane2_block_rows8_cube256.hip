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
extern "C" __global__ void __launch_bounds__(256) moe_down_planes_f32_lanes4_d64_experts3_intermediate64_block_out16_outs_per_plane2_block_rows8_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v3246) {
uint32_t const* const dynamic_meta_v3248 = reinterpret_cast<uint32_t const*>(v3246 + 1);
const info_st& info_v3247 = *v3246;uint32_t const v3 = 0;
uint32_t const v3249 = info_v3247.scalars_u32[0];
uint32_t const v22 = uint32_t(v3249);
uint32_t const v3924 = blockIdx.z;
uint32_t const v3925 = uint32_t(v3924);
uint32_t const v3926 = gridDim.y;
uint32_t const v3927 = uint32_t(v3926);
uint32_t const v3928 = v3925 * v3927;
uint32_t const v3929 = gridDim.x;
uint32_t const v3930 = uint32_t(v3929);
uint32_t const v3931 = v3928 * v3930;
uint32_t const v3932 = blockIdx.y;
uint32_t const v3933 = uint32_t(v3932);
uint32_t const v3936 = v3933 * v3930;
uint32_t const v3937 = v3931 + v3936;
uint32_t const v3938 = blockIdx.x;
uint32_t const v3939 = uint32_t(v3938);
uint32_t const v3940 = v3937 + v3939;
uint32_t const v24 = 8;
uint32_t const v25 = v22 + v24;
uint32_t const v26 = 1;
uint32_t const v27 = v25 - v26;
uint32_t const v29 = v27 / v24;
uint32_t const v30 = 4;
uint32_t const v31 = v29 * v30;
bool const v32 = v3940 < v31;
if(v32) {
uint32_t const v33 = v3940 % v29;
uint32_t const v35 = v33 * v24;
uint32_t const v36 = v3940 / v29;
uint32_t const v37 = 16;
uint32_t const v38 = v36 * v37;
array<uint32_t, 8> v3256_store = {};
array<uint32_t, 8> * v3256 = &v3256_store;bool const v45 = v35 < v22;
uint32_t const v49 = v22 - v26;
uint32_t const v50 = v45 ? v35 : v49;
uint32_t * const v55 = &(*v3256)[v3];
*v55 = v50;
uint32_t const v57 = v35 + v26;
bool const v58 = v57 < v22;
uint32_t const v63 = v58 ? v57 : v49;
uint32_t * const v68 = &(*v3256)[v26];
*v68 = v63;
uint32_t const v69 = 2;
uint32_t const v70 = v35 + v69;
bool const v71 = v70 < v22;
uint32_t const v76 = v71 ? v70 : v49;
uint32_t * const v81 = &(*v3256)[v69];
*v81 = v76;
uint32_t const v82 = 3;
uint32_t const v83 = v35 + v82;
bool const v84 = v83 < v22;
uint32_t const v89 = v84 ? v83 : v49;
uint32_t * const v94 = &(*v3256)[v82];
*v94 = v89;
uint32_t const v96 = v35 + v30;
bool const v97 = v96 < v22;
uint32_t const v102 = v97 ? v96 : v49;
uint32_t * const v107 = &(*v3256)[v30];
*v107 = v102;
uint32_t const v108 = 5;
uint32_t const v109 = v35 + v108;
bool const v110 = v109 < v22;
uint32_t const v115 = v110 ? v109 : v49;
uint32_t * const v120 = &(*v3256)[v108];
*v120 = v115;
uint32_t const v121 = 6;
uint32_t const v122 = v35 + v121;
bool const v123 = v122 < v22;
uint32_t const v128 = v123 ? v122 : v49;
uint32_t * const v133 = &(*v3256)[v121];
*v133 = v128;
uint32_t const v134 = 7;
uint32_t const v135 = v35 + v134;
bool const v136 = v135 < v22;
uint32_t const v141 = v136 ? v135 : v49;
uint32_t * const v146 = &(*v3256)[v134];
*v146 = v141;
array<uint32_t, 8> v3257_store = {};
array<uint32_t, 8> * v3257 = &v3257_store;array<float, 16> v3258_store = {};
array<float, 16> * v3258 = &v3258_store;array<float, 16> v3259_store = {};
array<float, 16> * v3259 = &v3259_store;uint32_t const v3941 = 256;
uint32_t const v160 = warpSize;
uint32_t const v161 = v3941 / v160;
uint32_t const v162 = uint32_t(v161);
uint32_t const v3967 = threadIdx.x;
uint32_t const v4000 = 0;
uint32_t const v4004 = 1;
uint32_t const v3944 = v3967 / v160;
uint32_t const v164 = uint32_t(v3944);
uint32_t const v166 = v164 * v69;
uint32_t v3260_store;
uint32_t * v3260 = &v3260_store;*v3260 = v166;
while([&]{
uint32_t const v168 = *v3260;
bool const v170 = v168 < v37;
return v170;
}()) {
float * const v176 = &(*v3259)[v3];
float const v177 = 0;
*v176 = v177;
float * const v182 = &(*v3259)[v26];
*v182 = v177;
float * const v188 = &(*v3259)[v69];
*v188 = v177;
float * const v194 = &(*v3259)[v82];
*v194 = v177;
float * const v200 = &(*v3259)[v30];
*v200 = v177;
float * const v206 = &(*v3259)[v108];
*v206 = v177;
float * const v212 = &(*v3259)[v121];
*v212 = v177;
float * const v218 = &(*v3259)[v134];
*v218 = v177;
float * const v224 = &(*v3259)[v24];
*v224 = v177;
uint32_t const v228 = 9;
float * const v230 = &(*v3259)[v228];
*v230 = v177;
uint32_t const v234 = 10;
float * const v236 = &(*v3259)[v234];
*v236 = v177;
uint32_t const v240 = 11;
float * const v242 = &(*v3259)[v240];
*v242 = v177;
uint32_t const v246 = 12;
float * const v248 = &(*v3259)[v246];
*v248 = v177;
uint32_t const v252 = 13;
float * const v254 = &(*v3259)[v252];
*v254 = v177;
uint32_t const v258 = 14;
float * const v260 = &(*v3259)[v258];
*v260 = v177;
uint32_t const v264 = 15;
float * const v266 = &(*v3259)[v264];
*v266 = v177;
for(uint32_t v271 = v3; v271 < v82; v271 += v26) {
bool const v273 = false;
uint32_t const v281 = *v55;
uint32_t const v283 = v281 * v82;
uint32_t const v284 = v283 + v271;
uint32_t const v286 = v284 * v37;
uint32_t * const v291 = &(*v3257)[v3];
*v291 = v286;
bool const v293 = true;
bool v3264_store;
bool * v3264 = &v3264_store;bool v3265_store;
bool * v3265 = &v3265_store;if(v45) {
uint32_t const v304 = *v55;
uint32_t const v306 = v304 * v82;
uint32_t const v307 = v306 + v271;
float const* const v311 = &v5[v307];
float const v312 = *v311;
bool const v314 = v312 < v177;
bool const v315 = !v314;
*v3265 = v315;
}
 else {
*v3265 = v273;
}
bool const v318 = *v3265;
*v3264 = v318;
bool const v319 = *v3264;
uint32_t const v325 = *v68;
uint32_t const v327 = v325 * v82;
uint32_t const v328 = v327 + v271;
uint32_t const v330 = v328 * v37;
uint32_t * const v335 = &(*v3257)[v26];
*v335 = v330;
bool v3266_store;
bool * v3266 = &v3266_store;if(v319) {
*v3266 = v293;
}
 else {
bool v3267_store;
bool * v3267 = &v3267_store;if(v58) {
uint32_t const v348 = *v68;
uint32_t const v350 = v348 * v82;
uint32_t const v351 = v350 + v271;
float const* const v355 = &v5[v351];
float const v356 = *v355;
bool const v358 = v356 < v177;
bool const v359 = !v358;
*v3267 = v359;
}
 else {
*v3267 = v273;
}
bool const v362 = *v3267;
*v3266 = v362;
}
bool const v363 = *v3266;
uint32_t const v369 = *v81;
uint32_t const v371 = v369 * v82;
uint32_t const v372 = v371 + v271;
uint32_t const v374 = v372 * v37;
uint32_t * const v379 = &(*v3257)[v69];
*v379 = v374;
bool v3268_store;
bool * v3268 = &v3268_store;if(v363) {
*v3268 = v293;
}
 else {
bool v3269_store;
bool * v3269 = &v3269_store;if(v71) {
uint32_t const v392 = *v81;
uint32_t const v394 = v392 * v82;
uint32_t const v395 = v394 + v271;
float const* const v399 = &v5[v395];
float const v400 = *v399;
bool const v402 = v400 < v177;
bool const v403 = !v402;
*v3269 = v403;
}
 else {
*v3269 = v273;
}
bool const v406 = *v3269;
*v3268 = v406;
}
bool const v407 = *v3268;
uint32_t const v413 = *v94;
uint32_t const v415 = v413 * v82;
uint32_t const v416 = v415 + v271;
uint32_t const v418 = v416 * v37;
uint32_t * const v423 = &(*v3257)[v82];
*v423 = v418;
bool v3270_store;
bool * v3270 = &v3270_store;if(v407) {
*v3270 = v293;
}
 else {
bool v3271_store;
bool * v3271 = &v3271_store;if(v84) {
uint32_t const v436 = *v94;
uint32_t const v438 = v436 * v82;
uint32_t const v439 = v438 + v271;
float const* const v443 = &v5[v439];
float const v444 = *v443;
bool const v446 = v444 < v177;
bool const v447 = !v446;
*v3271 = v447;
}
 else {
*v3271 = v273;
}
bool const v450 = *v3271;
*v3270 = v450;
}
bool const v451 = *v3270;
uint32_t const v457 = *v107;
uint32_t const v459 = v457 * v82;
uint32_t const v460 = v459 + v271;
uint32_t const v462 = v460 * v37;
uint32_t * const v467 = &(*v3257)[v30];
*v467 = v462;
bool v3272_store;
bool * v3272 = &v3272_store;if(v451) {
*v3272 = v293;
}
 else {
bool v3273_store;
bool * v3273 = &v3273_store;if(v97) {
uint32_t const v480 = *v107;
uint32_t const v482 = v480 * v82;
uint32_t const v483 = v482 + v271;
float const* const v487 = &v5[v483];
float const v488 = *v487;
bool const v490 = v488 < v177;
bool const v491 = !v490;
*v3273 = v491;
}
 else {
*v3273 = v273;
}
bool const v494 = *v3273;
*v3272 = v494;
}
bool const v495 = *v3272;
uint32_t const v501 = *v120;
uint32_t const v503 = v501 * v82;
uint32_t const v504 = v503 + v271;
uint32_t const v506 = v504 * v37;
uint32_t * const v511 = &(*v3257)[v108];
*v511 = v506;
bool v3274_store;
bool * v3274 = &v3274_store;if(v495) {
*v3274 = v293;
}
 else {
bool v3275_store;
bool * v3275 = &v3275_store;if(v110) {
uint32_t const v524 = *v120;
uint32_t const v526 = v524 * v82;
uint32_t const v527 = v526 + v271;
float const* const v531 = &v5[v527];
float const v532 = *v531;
bool const v534 = v532 < v177;
bool const v535 = !v534;
*v3275 = v535;
}
 else {
*v3275 = v273;
}
bool const v538 = *v3275;
*v3274 = v538;
}
bool const v539 = *v3274;
uint32_t const v545 = *v133;
uint32_t const v547 = v545 * v82;
uint32_t const v548 = v547 + v271;
uint32_t const v550 = v548 * v37;
uint32_t * const v555 = &(*v3257)[v121];
*v555 = v550;
bool v3276_store;
bool * v3276 = &v3276_store;if(v539) {
*v3276 = v293;
}
 else {
bool v3277_store;
bool * v3277 = &v3277_store;if(v123) {
uint32_t const v568 = *v133;
uint32_t const v570 = v568 * v82;
uint32_t const v571 = v570 + v271;
float const* const v575 = &v5[v571];
float const v576 = *v575;
bool const v578 = v576 < v177;
bool const v579 = !v578;
*v3277 = v579;
}
 else {
*v3277 = v273;
}
bool const v582 = *v3277;
*v3276 = v582;
}
bool const v583 = *v3276;
uint32_t const v589 = *v146;
uint32_t const v591 = v589 * v82;
uint32_t const v592 = v591 + v271;
uint32_t const v594 = v592 * v37;
uint32_t * const v599 = &(*v3257)[v134];
*v599 = v594;
bool v3278_store;
bool * v3278 = &v3278_store;if(v583) {
*v3278 = v293;
}
 else {
bool v3279_store;
bool * v3279 = &v3279_store;if(v136) {
uint32_t const v612 = *v146;
uint32_t const v614 = v612 * v82;
uint32_t const v615 = v614 + v271;
float const* const v619 = &v5[v615];
float const v620 = *v619;
bool const v622 = v620 < v177;
bool const v623 = !v622;
*v3279 = v623;
}
 else {
*v3279 = v273;
}
bool const v626 = *v3279;
*v3278 = v626;
}
bool const v627 = *v3278;
if(v627) {
uint32_t const* const v632 = &v13[v271];
uint32_t const v633 = *v632;
uint32_t const v634 = uint32_t(v633);
uint32_t const v635 = 64;
uint32_t const v636 = v634 * v635;
uint32_t const v637 = v636 + v38;
uint32_t const v638 = *v3260;
uint32_t const v639 = v637 + v638;
uint32_t const v641 = v639 * v37;
uint32_t const v3947 = v3967 % v160;
uint32_t const v643 = uint32_t(v3947);
uint32_t const v645 = uint32_t(v160);
array<float_4, 16> v3280_store = {};
array<float_4, 16> * v3280 = &v3280_store;float_4 const v651 = float_4{v177, v177, v177, v177};
float_4 * const v656 = &(*v3280)[v3];
*v656 = v651;
float_4 * const v663 = &(*v3280)[v26];
*v663 = v651;
float_4 * const v670 = &(*v3280)[v69];
*v670 = v651;
float_4 * const v677 = &(*v3280)[v82];
*v677 = v651;
float_4 * const v684 = &(*v3280)[v30];
*v684 = v651;
float_4 * const v691 = &(*v3280)[v108];
*v691 = v651;
float_4 * const v698 = &(*v3280)[v121];
*v698 = v651;
float_4 * const v705 = &(*v3280)[v134];
*v705 = v651;
float_4 * const v712 = &(*v3280)[v24];
*v712 = v651;
float_4 * const v719 = &(*v3280)[v228];
*v719 = v651;
float_4 * const v726 = &(*v3280)[v234];
*v726 = v651;
float_4 * const v733 = &(*v3280)[v240];
*v733 = v651;
float_4 * const v740 = &(*v3280)[v246];
*v740 = v651;
float_4 * const v747 = &(*v3280)[v252];
*v747 = v651;
float_4 * const v754 = &(*v3280)[v258];
*v754 = v651;
float_4 * const v761 = &(*v3280)[v264];
*v761 = v651;
uint32_t v3281_store;
uint32_t * v3281 = &v3281_store;*v3281 = v643;
while([&]{
uint32_t const v763 = *v3281;
bool const v765 = v763 < v37;
return v765;
}()) {
array<float_4, 2> v3283_store = {};
array<float_4, 2> * v3283 = &v3283_store;uint32_t const v775 = *v3281;
uint32_t const v776 = v641 + v775;
float_4 const* const v780 = &v9[v776];
float_4 const v781 = *v780;
float_4 * const v786 = &(*v3283)[v3];
*v786 = v781;
uint32_t const v790 = v641 + v37;
uint32_t const v792 = v790 + v775;
float_4 const* const v796 = &v9[v792];
float_4 const v797 = *v796;
float_4 * const v802 = &(*v3283)[v26];
*v802 = v797;
uint32_t const v808 = *v291;
uint32_t const v810 = v808 + v775;
float_4 const* const v814 = &v1[v810];
float_4 const v815 = *v814;
float_4 const v821 = *v786;
float_4 const v827 = *v656;
float const v3652 = v821.i_0;
float const v3653 = v815.i_0;
float const v3654 = v827.i_0;
float const v3655 = fma(v3652, v3653, v3654);
float const v3656 = v821.i_1;
float const v3657 = v815.i_1;
float const v3658 = v827.i_1;
float const v3659 = fma(v3656, v3657, v3658);
float const v3660 = v821.i_2;
float const v3661 = v815.i_2;
float const v3662 = v827.i_2;
float const v3663 = fma(v3660, v3661, v3662);
float const v3664 = v821.i_3;
float const v3665 = v815.i_3;
float const v3666 = v827.i_3;
float const v3667 = fma(v3664, v3665, v3666);
float_4 const v3668 = float_4{v3655, v3659, v3663, v3667};
*v656 = v3668;
float_4 const v839 = *v802;
float_4 const v845 = *v712;
float const v3669 = v839.i_0;
float const v3671 = v845.i_0;
float const v3672 = fma(v3669, v3653, v3671);
float const v3673 = v839.i_1;
float const v3675 = v845.i_1;
float const v3676 = fma(v3673, v3657, v3675);
float const v3677 = v839.i_2;
float const v3679 = v845.i_2;
float const v3680 = fma(v3677, v3661, v3679);
float const v3681 = v839.i_3;
float const v3683 = v845.i_3;
float const v3684 = fma(v3681, v3665, v3683);
float_4 const v3685 = float_4{v3672, v3676, v3680, v3684};
*v712 = v3685;
uint32_t const v857 = *v335;
uint32_t const v859 = v857 + v775;
float_4 const* const v863 = &v1[v859];
float_4 const v864 = *v863;
float_4 const v876 = *v663;
float const v3687 = v864.i_0;
float const v3688 = v876.i_0;
float const v3689 = fma(v3652, v3687, v3688);
float const v3691 = v864.i_1;
float const v3692 = v876.i_1;
float const v3693 = fma(v3656, v3691, v3692);
float const v3695 = v864.i_2;
float const v3696 = v876.i_2;
float const v3697 = fma(v3660, v3695, v3696);
float const v3699 = v864.i_3;
float const v3700 = v876.i_3;
float const v3701 = fma(v3664, v3699, v3700);
float_4 const v3702 = float_4{v3689, v3693, v3697, v3701};
*v663 = v3702;
float_4 const v894 = *v719;
float const v3705 = v894.i_0;
float const v3706 = fma(v3669, v3687, v3705);
float const v3709 = v894.i_1;
float const v3710 = fma(v3673, v3691, v3709);
float const v3713 = v894.i_2;
float const v3714 = fma(v3677, v3695, v3713);
float const v3717 = v894.i_3;
float const v3718 = fma(v3681, v3699, v3717);
float_4 const v3719 = float_4{v3706, v3710, v3714, v3718};
*v719 = v3719;
uint32_t const v906 = *v379;
uint32_t const v908 = v906 + v775;
float_4 const* const v912 = &v1[v908];
float_4 const v913 = *v912;
float_4 const v925 = *v670;
float const v3721 = v913.i_0;
float const v3722 = v925.i_0;
float const v3723 = fma(v3652, v3721, v3722);
float const v3725 = v913.i_1;
float const v3726 = v925.i_1;
float const v3727 = fma(v3656, v3725, v3726);
float const v3729 = v913.i_2;
float const v3730 = v925.i_2;
float const v3731 = fma(v3660, v3729, v3730);
float const v3733 = v913.i_3;
float const v3734 = v925.i_3;
float const v3735 = fma(v3664, v3733, v3734);
float_4 const v3736 = float_4{v3723, v3727, v3731, v3735};
*v670 = v3736;
float_4 const v943 = *v726;
float const v3739 = v943.i_0;
float const v3740 = fma(v3669, v3721, v3739);
float const v3743 = v943.i_1;
float const v3744 = fma(v3673, v3725, v3743);
float const v3747 = v943.i_2;
float const v3748 = fma(v3677, v3729, v3747);
float const v3751 = v943.i_3;
float const v3752 = fma(v3681, v3733, v3751);
float_4 const v3753 = float_4{v3740, v3744, v3748, v3752};
*v726 = v3753;
uint32_t const v955 = *v423;
uint32_t const v957 = v955 + v775;
float_4 const* const v961 = &v1[v957];
float_4 const v962 = *v961;
float_4 const v974 = *v677;
float const v3755 = v962.i_0;
float const v3756 = v974.i_0;
float const v3757 = fma(v3652, v3755, v3756);
float const v3759 = v962.i_1;
float const v3760 = v974.i_1;
float const v3761 = fma(v3656, v3759, v3760);
float const v3763 = v962.i_2;
float const v3764 = v974.i_2;
float const v3765 = fma(v3660, v3763, v3764);
float const v3767 = v962.i_3;
float const v3768 = v974.i_3;
float const v3769 = fma(v3664, v3767, v3768);
float_4 const v3770 = float_4{v3757, v3761, v3765, v3769};
*v677 = v3770;
float_4 const v992 = *v733;
float const v3773 = v992.i_0;
float const v3774 = fma(v3669, v3755, v3773);
float const v3777 = v992.i_1;
float const v3778 = fma(v3673, v3759, v3777);
float const v3781 = v992.i_2;
float const v3782 = fma(v3677, v3763, v3781);
float const v3785 = v992.i_3;
float const v3786 = fma(v3681, v3767, v3785);
float_4 const v3787 = float_4{v3774, v3778, v3782, v3786};
*v733 = v3787;
uint32_t const v1004 = *v467;
uint32_t const v1006 = v1004 + v775;
float_4 const* const v1010 = &v1[v1006];
float_4 const v1011 = *v1010;
float_4 const v1023 = *v684;
float const v3789 = v1011.i_0;
float const v3790 = v1023.i_0;
float const v3791 = fma(v3652, v3789, v3790);
float const v3793 = v1011.i_1;
float const v3794 = v1023.i_1;
float const v3795 = fma(v3656, v3793, v3794);
float const v3797 = v1011.i_2;
float const v3798 = v1023.i_2;
float const v3799 = fma(v3660, v3797, v3798);
float const v3801 = v1011.i_3;
float const v3802 = v1023.i_3;
float const v3803 = fma(v3664, v3801, v3802);
float_4 const v3804 = float_4{v3791, v3795, v3799, v3803};
*v684 = v3804;
float_4 const v1041 = *v740;
float const v3807 = v1041.i_0;
float const v3808 = fma(v3669, v3789, v3807);
float const v3811 = v1041.i_1;
float const v3812 = fma(v3673, v3793, v3811);
float const v3815 = v1041.i_2;
float const v3816 = fma(v3677, v3797, v3815);
float const v3819 = v1041.i_3;
float const v3820 = fma(v3681, v3801, v3819);
float_4 const v3821 = float_4{v3808, v3812, v3816, v3820};
*v740 = v3821;
uint32_t const v1053 = *v511;
uint32_t const v1055 = v1053 + v775;
float_4 const* const v1059 = &v1[v1055];
float_4 const v1060 = *v1059;
float_4 const v1072 = *v691;
float const v3823 = v1060.i_0;
float const v3824 = v1072.i_0;
float const v3825 = fma(v3652, v3823, v3824);
float const v3827 = v1060.i_1;
float const v3828 = v1072.i_1;
float const v3829 = fma(v3656, v3827, v3828);
float const v3831 = v1060.i_2;
float const v3832 = v1072.i_2;
float const v3833 = fma(v3660, v3831, v3832);
float const v3835 = v1060.i_3;
float const v3836 = v1072.i_3;
float const v3837 = fma(v3664, v3835, v3836);
float_4 const v3838 = float_4{v3825, v3829, v3833, v3837};
*v691 = v3838;
float_4 const v1090 = *v747;
float const v3841 = v1090.i_0;
float const v3842 = fma(v3669, v3823, v3841);
float const v3845 = v1090.i_1;
float const v3846 = fma(v3673, v3827, v3845);
float const v3849 = v1090.i_2;
float const v3850 = fma(v3677, v3831, v3849);
float const v3853 = v1090.i_3;
float const v3854 = fma(v3681, v3835, v3853);
float_4 const v3855 = float_4{v3842, v3846, v3850, v3854};
*v747 = v3855;
uint32_t const v1102 = *v555;
uint32_t const v1104 = v1102 + v775;
float_4 const* const v1108 = &v1[v1104];
float_4 const v1109 = *v1108;
float_4 const v1121 = *v698;
float const v3857 = v1109.i_0;
float const v3858 = v1121.i_0;
float const v3859 = fma(v3652, v3857, v3858);
float const v3861 = v1109.i_1;
float const v3862 = v1121.i_1;
float const v3863 = fma(v3656, v3861, v3862);
float const v3865 = v1109.i_2;
float const v3866 = v1121.i_2;
float const v3867 = fma(v3660, v3865, v3866);
float const v3869 = v1109.i_3;
float const v3870 = v1121.i_3;
float const v3871 = fma(v3664, v3869, v3870);
float_4 const v3872 = float_4{v3859, v3863, v3867, v3871};
*v698 = v3872;
float_4 const v1139 = *v754;
float const v3875 = v1139.i_0;
float const v3876 = fma(v3669, v3857, v3875);
float const v3879 = v1139.i_1;
float const v3880 = fma(v3673, v3861, v3879);
float const v3883 = v1139.i_2;
float const v3884 = fma(v3677, v3865, v3883);
float const v3887 = v1139.i_3;
float const v3888 = fma(v3681, v3869, v3887);
float_4 const v3889 = float_4{v3876, v3880, v3884, v3888};
*v754 = v3889;
uint32_t const v1151 = *v599;
uint32_t const v1153 = v1151 + v775;
float_4 const* const v1157 = &v1[v1153];
float_4 const v1158 = *v1157;
float_4 const v1170 = *v705;
float const v3891 = v1158.i_0;
float const v3892 = v1170.i_0;
float const v3893 = fma(v3652, v3891, v3892);
float const v3895 = v1158.i_1;
float const v3896 = v1170.i_1;
float const v3897 = fma(v3656, v3895, v3896);
float const v3899 = v1158.i_2;
float const v3900 = v1170.i_2;
float const v3901 = fma(v3660, v3899, v3900);
float const v3903 = v1158.i_3;
float const v3904 = v1170.i_3;
float const v3905 = fma(v3664, v3903, v3904);
float_4 const v3906 = float_4{v3893, v3897, v3901, v3905};
*v705 = v3906;
float_4 const v1188 = *v761;
float const v3909 = v1188.i_0;
float const v3910 = fma(v3669, v3891, v3909);
float const v3913 = v1188.i_1;
float const v3914 = fma(v3673, v3895, v3913);
float const v3917 = v1188.i_2;
float const v3918 = fma(v3677, v3899, v3917);
float const v3921 = v1188.i_3;
float const v3922 = fma(v3681, v3903, v3921);
float_4 const v3923 = float_4{v3910, v3914, v3918, v3922};
*v761 = v3923;
uint32_t const v1196 = v775 + v645;
*v3281 = v1196;
}
float_4 const v1202 = *v656;
array<float, 4> v3284_store = {};
array<float, 4> * v3284 = &v3284_store;float const v1207 = v1202.i_0;
float * const v1212 = &(*v3284)[v3];
*v1212 = v1207;
float const v1213 = v1202.i_1;
float * const v1218 = &(*v3284)[v26];
*v1218 = v1213;
float const v1219 = v1202.i_2;
float * const v1224 = &(*v3284)[v69];
*v1224 = v1219;
float const v1225 = v1202.i_3;
float * const v1230 = &(*v3284)[v82];
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
uint32_t const v3287 = min(v160, v3941);
float v3604_store;
float * v3604 = &v3604_store;*v3604 = v1275;
uint32_t v3605_store;
uint32_t * v3605 = &v3605_store;*v3605 = v4004;
while([&]{
uint32_t const v3292 = *v3605;
bool const v3293 = v3292 < v3287;
return v3293;
}()) {
float const v3295 = *v3604;
uint32_t const v3296 = *v3605;
float const v3297 = __shfl_xor(v3295, v3296);;
float const v3299 = v3295 + v3297;
*v3604 = v3299;
uint32_t const v3301 = 2;
uint32_t const v3302 = v3296 * v3301;
*v3605 = v3302;
}
float const v3303 = *v3604;
float * const v1281 = &(*v3258)[v3];
*v1281 = v3303;
float_4 const v1287 = *v663;
array<float, 4> v3304_store = {};
array<float, 4> * v3304 = &v3304_store;float const v1292 = v1287.i_0;
float * const v1297 = &(*v3304)[v3];
*v1297 = v1292;
float const v1298 = v1287.i_1;
float * const v1303 = &(*v3304)[v26];
*v1303 = v1298;
float const v1304 = v1287.i_2;
float * const v1309 = &(*v3304)[v69];
*v1309 = v1304;
float const v1310 = v1287.i_3;
float * const v1315 = &(*v3304)[v82];
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
float v3607_store;
float * v3607 = &v3607_store;*v3607 = v1360;
uint32_t v3608_store;
uint32_t * v3608 = &v3608_store;*v3608 = v4004;
while([&]{
uint32_t const v3312 = *v3608;
bool const v3313 = v3312 < v3287;
return v3313;
}()) {
float const v3315 = *v3607;
uint32_t const v3316 = *v3608;
float const v3317 = __shfl_xor(v3315, v3316);;
float const v3319 = v3315 + v3317;
*v3607 = v3319;
uint32_t const v3321 = 2;
uint32_t const v3322 = v3316 * v3321;
*v3608 = v3322;
}
float const v3323 = *v3607;
float * const v1366 = &(*v3258)[v26];
*v1366 = v3323;
float_4 const v1372 = *v670;
array<float, 4> v3324_store = {};
array<float, 4> * v3324 = &v3324_store;float const v1377 = v1372.i_0;
float * const v1382 = &(*v3324)[v3];
*v1382 = v1377;
float const v1383 = v1372.i_1;
float * const v1388 = &(*v3324)[v26];
*v1388 = v1383;
float const v1389 = v1372.i_2;
float * const v1394 = &(*v3324)[v69];
*v1394 = v1389;
float const v1395 = v1372.i_3;
float * const v1400 = &(*v3324)[v82];
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
float v3610_store;
float * v3610 = &v3610_store;*v3610 = v1445;
uint32_t v3611_store;
uint32_t * v3611 = &v3611_store;*v3611 = v4004;
while([&]{
uint32_t const v3332 = *v3611;
bool const v3333 = v3332 < v3287;
return v3333;
}()) {
float const v3335 = *v3610;
uint32_t const v3336 = *v3611;
float const v3337 = __shfl_xor(v3335, v3336);;
float const v3339 = v3335 + v3337;
*v3610 = v3339;
uint32_t const v3341 = 2;
uint32_t const v3342 = v3336 * v3341;
*v3611 = v3342;
}
float const v3343 = *v3610;
float * const v1451 = &(*v3258)[v69];
*v1451 = v3343;
float_4 const v1457 = *v677;
array<float, 4> v3344_store = {};
array<float, 4> * v3344 = &v3344_store;float const v1462 = v1457.i_0;
float * const v1467 = &(*v3344)[v3];
*v1467 = v1462;
float const v1468 = v1457.i_1;
float * const v1473 = &(*v3344)[v26];
*v1473 = v1468;
float const v1474 = v1457.i_2;
float * const v1479 = &(*v3344)[v69];
*v1479 = v1474;
float const v1480 = v1457.i_3;
float * const v1485 = &(*v3344)[v82];
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
float v3613_store;
float * v3613 = &v3613_store;*v3613 = v1530;
uint32_t v3614_store;
uint32_t * v3614 = &v3614_store;*v3614 = v4004;
while([&]{
uint32_t const v3352 = *v3614;
bool const v3353 = v3352 < v3287;
return v3353;
}()) {
float const v3355 = *v3613;
uint32_t const v3356 = *v3614;
float const v3357 = __shfl_xor(v3355, v3356);;
float const v3359 = v3355 + v3357;
*v3613 = v3359;
uint32_t const v3361 = 2;
uint32_t const v3362 = v3356 * v3361;
*v3614 = v3362;
}
float const v3363 = *v3613;
float * const v1536 = &(*v3258)[v82];
*v1536 = v3363;
float_4 const v1542 = *v684;
array<float, 4> v3364_store = {};
array<float, 4> * v3364 = &v3364_store;float const v1547 = v1542.i_0;
float * const v1552 = &(*v3364)[v3];
*v1552 = v1547;
float const v1553 = v1542.i_1;
float * const v1558 = &(*v3364)[v26];
*v1558 = v1553;
float const v1559 = v1542.i_2;
float * const v1564 = &(*v3364)[v69];
*v1564 = v1559;
float const v1565 = v1542.i_3;
float * const v1570 = &(*v3364)[v82];
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
float v3616_store;
float * v3616 = &v3616_store;*v3616 = v1615;
uint32_t v3617_store;
uint32_t * v3617 = &v3617_store;*v3617 = v4004;
while([&]{
uint32_t const v3372 = *v3617;
bool const v3373 = v3372 < v3287;
return v3373;
}()) {
float const v3375 = *v3616;
uint32_t const v3376 = *v3617;
float const v3377 = __shfl_xor(v3375, v3376);;
float const v3379 = v3375 + v3377;
*v3616 = v3379;
uint32_t const v3381 = 2;
uint32_t const v3382 = v3376 * v3381;
*v3617 = v3382;
}
float const v3383 = *v3616;
float * const v1621 = &(*v3258)[v30];
*v1621 = v3383;
float_4 const v1627 = *v691;
array<float, 4> v3384_store = {};
array<float, 4> * v3384 = &v3384_store;float const v1632 = v1627.i_0;
float * const v1637 = &(*v3384)[v3];
*v1637 = v1632;
float const v1638 = v1627.i_1;
float * const v1643 = &(*v3384)[v26];
*v1643 = v1638;
float const v1644 = v1627.i_2;
float * const v1649 = &(*v3384)[v69];
*v1649 = v1644;
float const v1650 = v1627.i_3;
float * const v1655 = &(*v3384)[v82];
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
float v3619_store;
float * v3619 = &v3619_store;*v3619 = v1700;
uint32_t v3620_store;
uint32_t * v3620 = &v3620_store;*v3620 = v4004;
while([&]{
uint32_t const v3392 = *v3620;
bool const v3393 = v3392 < v3287;
return v3393;
}()) {
float const v3395 = *v3619;
uint32_t const v3396 = *v3620;
float const v3397 = __shfl_xor(v3395, v3396);;
float const v3399 = v3395 + v3397;
*v3619 = v3399;
uint32_t const v3401 = 2;
uint32_t const v3402 = v3396 * v3401;
*v3620 = v3402;
}
float const v3403 = *v3619;
float * const v1706 = &(*v3258)[v108];
*v1706 = v3403;
float_4 const v1712 = *v698;
array<float, 4> v3404_store = {};
array<float, 4> * v3404 = &v3404_store;float const v1717 = v1712.i_0;
float * const v1722 = &(*v3404)[v3];
*v1722 = v1717;
float const v1723 = v1712.i_1;
float * const v1728 = &(*v3404)[v26];
*v1728 = v1723;
float const v1729 = v1712.i_2;
float * const v1734 = &(*v3404)[v69];
*v1734 = v1729;
float const v1735 = v1712.i_3;
float * const v1740 = &(*v3404)[v82];
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
float v3622_store;
float * v3622 = &v3622_store;*v3622 = v1785;
uint32_t v3623_store;
uint32_t * v3623 = &v3623_store;*v3623 = v4004;
while([&]{
uint32_t const v3412 = *v3623;
bool const v3413 = v3412 < v3287;
return v3413;
}()) {
float const v3415 = *v3622;
uint32_t const v3416 = *v3623;
float const v3417 = __shfl_xor(v3415, v3416);;
float const v3419 = v3415 + v3417;
*v3622 = v3419;
uint32_t const v3421 = 2;
uint32_t const v3422 = v3416 * v3421;
*v3623 = v3422;
}
float const v3423 = *v3622;
float * const v1791 = &(*v3258)[v121];
*v1791 = v3423;
float_4 const v1797 = *v705;
array<float, 4> v3424_store = {};
array<float, 4> * v3424 = &v3424_store;float const v1802 = v1797.i_0;
float * const v1807 = &(*v3424)[v3];
*v1807 = v1802;
float const v1808 = v1797.i_1;
float * const v1813 = &(*v3424)[v26];
*v1813 = v1808;
float const v1814 = v1797.i_2;
float * const v1819 = &(*v3424)[v69];
*v1819 = v1814;
float const v1820 = v1797.i_3;
float * const v1825 = &(*v3424)[v82];
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
float v3625_store;
float * v3625 = &v3625_store;*v3625 = v1870;
uint32_t v3626_store;
uint32_t * v3626 = &v3626_store;*v3626 = v4004;
while([&]{
uint32_t const v3432 = *v3626;
bool const v3433 = v3432 < v3287;
return v3433;
}()) {
float const v3435 = *v3625;
uint32_t const v3436 = *v3626;
float const v3437 = __shfl_xor(v3435, v3436);;
float const v3439 = v3435 + v3437;
*v3625 = v3439;
uint32_t const v3441 = 2;
uint32_t const v3442 = v3436 * v3441;
*v3626 = v3442;
}
float const v3443 = *v3625;
float * const v1876 = &(*v3258)[v134];
*v1876 = v3443;
float_4 const v1882 = *v712;
array<float, 4> v3444_store = {};
array<float, 4> * v3444 = &v3444_store;float const v1887 = v1882.i_0;
float * const v1892 = &(*v3444)[v3];
*v1892 = v1887;
float const v1893 = v1882.i_1;
float * const v1898 = &(*v3444)[v26];
*v1898 = v1893;
float const v1899 = v1882.i_2;
float * const v1904 = &(*v3444)[v69];
*v1904 = v1899;
float const v1905 = v1882.i_3;
float * const v1910 = &(*v3444)[v82];
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
float v3628_store;
float * v3628 = &v3628_store;*v3628 = v1955;
uint32_t v3629_store;
uint32_t * v3629 = &v3629_store;*v3629 = v4004;
while([&]{
uint32_t const v3452 = *v3629;
bool const v3453 = v3452 < v3287;
return v3453;
}()) {
float const v3455 = *v3628;
uint32_t const v3456 = *v3629;
float const v3457 = __shfl_xor(v3455, v3456);;
float const v3459 = v3455 + v3457;
*v3628 = v3459;
uint32_t const v3461 = 2;
uint32_t const v3462 = v3456 * v3461;
*v3629 = v3462;
}
float const v3463 = *v3628;
float * const v1961 = &(*v3258)[v24];
*v1961 = v3463;
float_4 const v1967 = *v719;
array<float, 4> v3464_store = {};
array<float, 4> * v3464 = &v3464_store;float const v1972 = v1967.i_0;
float * const v1977 = &(*v3464)[v3];
*v1977 = v1972;
float const v1978 = v1967.i_1;
float * const v1983 = &(*v3464)[v26];
*v1983 = v1978;
float const v1984 = v1967.i_2;
float * const v1989 = &(*v3464)[v69];
*v1989 = v1984;
float const v1990 = v1967.i_3;
float * const v1995 = &(*v3464)[v82];
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
float v3631_store;
float * v3631 = &v3631_store;*v3631 = v2040;
uint32_t v3632_store;
uint32_t * v3632 = &v3632_store;*v3632 = v4004;
while([&]{
uint32_t const v3472 = *v3632;
bool const v3473 = v3472 < v3287;
return v3473;
}()) {
float const v3475 = *v3631;
uint32_t const v3476 = *v3632;
float const v3477 = __shfl_xor(v3475, v3476);;
float const v3479 = v3475 + v3477;
*v3631 = v3479;
uint32_t const v3481 = 2;
uint32_t const v3482 = v3476 * v3481;
*v3632 = v3482;
}
float const v3483 = *v3631;
float * const v2046 = &(*v3258)[v228];
*v2046 = v3483;
float_4 const v2052 = *v726;
array<float, 4> v3484_store = {};
array<float, 4> * v3484 = &v3484_store;float const v2057 = v2052.i_0;
float * const v2062 = &(*v3484)[v3];
*v2062 = v2057;
float const v2063 = v2052.i_1;
float * const v2068 = &(*v3484)[v26];
*v2068 = v2063;
float const v2069 = v2052.i_2;
float * const v2074 = &(*v3484)[v69];
*v2074 = v2069;
float const v2075 = v2052.i_3;
float * const v2080 = &(*v3484)[v82];
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
float v3634_store;
float * v3634 = &v3634_store;*v3634 = v2125;
uint32_t v3635_store;
uint32_t * v3635 = &v3635_store;*v3635 = v4004;
while([&]{
uint32_t const v3492 = *v3635;
bool const v3493 = v3492 < v3287;
return v3493;
}()) {
float const v3495 = *v3634;
uint32_t const v3496 = *v3635;
float const v3497 = __shfl_xor(v3495, v3496);;
float const v3499 = v3495 + v3497;
*v3634 = v3499;
uint32_t const v3501 = 2;
uint32_t const v3502 = v3496 * v3501;
*v3635 = v3502;
}
float const v3503 = *v3634;
float * const v2131 = &(*v3258)[v234];
*v2131 = v3503;
float_4 const v2137 = *v733;
array<float, 4> v3504_store = {};
array<float, 4> * v3504 = &v3504_store;float const v2142 = v2137.i_0;
float * const v2147 = &(*v3504)[v3];
*v2147 = v2142;
float const v2148 = v2137.i_1;
float * const v2153 = &(*v3504)[v26];
*v2153 = v2148;
float const v2154 = v2137.i_2;
float * const v2159 = &(*v3504)[v69];
*v2159 = v2154;
float const v2160 = v2137.i_3;
float * const v2165 = &(*v3504)[v82];
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
float v3637_store;
float * v3637 = &v3637_store;*v3637 = v2210;
uint32_t v3638_store;
uint32_t * v3638 = &v3638_store;*v3638 = v4004;
while([&]{
uint32_t const v3512 = *v3638;
bool const v3513 = v3512 < v3287;
return v3513;
}()) {
float const v3515 = *v3637;
uint32_t const v3516 = *v3638;
float const v3517 = __shfl_xor(v3515, v3516);;
float const v3519 = v3515 + v3517;
*v3637 = v3519;
uint32_t const v3521 = 2;
uint32_t const v3522 = v3516 * v3521;
*v3638 = v3522;
}
float const v3523 = *v3637;
float * const v2216 = &(*v3258)[v240];
*v2216 = v3523;
float_4 const v2222 = *v740;
array<float, 4> v3524_store = {};
array<float, 4> * v3524 = &v3524_store;float const v2227 = v2222.i_0;
float * const v2232 = &(*v3524)[v3];
*v2232 = v2227;
float const v2233 = v2222.i_1;
float * const v2238 = &(*v3524)[v26];
*v2238 = v2233;
float const v2239 = v2222.i_2;
float * const v2244 = &(*v3524)[v69];
*v2244 = v2239;
float const v2245 = v2222.i_3;
float * const v2250 = &(*v3524)[v82];
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
float v3640_store;
float * v3640 = &v3640_store;*v3640 = v2295;
uint32_t v3641_store;
uint32_t * v3641 = &v3641_store;*v3641 = v4004;
while([&]{
uint32_t const v3532 = *v3641;
bool const v3533 = v3532 < v3287;
return v3533;
}()) {
float const v3535 = *v3640;
uint32_t const v3536 = *v3641;
float const v3537 = __shfl_xor(v3535, v3536);;
float const v3539 = v3535 + v3537;
*v3640 = v3539;
uint32_t const v3541 = 2;
uint32_t const v3542 = v3536 * v3541;
*v3641 = v3542;
}
float const v3543 = *v3640;
float * const v2301 = &(*v3258)[v246];
*v2301 = v3543;
float_4 const v2307 = *v747;
array<float, 4> v3544_store = {};
array<float, 4> * v3544 = &v3544_store;float const v2312 = v2307.i_0;
float * const v2317 = &(*v3544)[v3];
*v2317 = v2312;
float const v2318 = v2307.i_1;
float * const v2323 = &(*v3544)[v26];
*v2323 = v2318;
float const v2324 = v2307.i_2;
float * const v2329 = &(*v3544)[v69];
*v2329 = v2324;
float const v2330 = v2307.i_3;
float * const v2335 = &(*v3544)[v82];
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
float v3643_store;
float * v3643 = &v3643_store;*v3643 = v2380;
uint32_t v3644_store;
uint32_t * v3644 = &v3644_store;*v3644 = v4004;
while([&]{
uint32_t const v3552 = *v3644;
bool const v3553 = v3552 < v3287;
return v3553;
}()) {
float const v3555 = *v3643;
uint32_t const v3556 = *v3644;
float const v3557 = __shfl_xor(v3555, v3556);;
float const v3559 = v3555 + v3557;
*v3643 = v3559;
uint32_t const v3561 = 2;
uint32_t const v3562 = v3556 * v3561;
*v3644 = v3562;
}
float const v3563 = *v3643;
float * const v2386 = &(*v3258)[v252];
*v2386 = v3563;
float_4 const v2392 = *v754;
array<float, 4> v3564_store = {};
array<float, 4> * v3564 = &v3564_store;float const v2397 = v2392.i_0;
float * const v2402 = &(*v3564)[v3];
*v2402 = v2397;
float const v2403 = v2392.i_1;
float * const v2408 = &(*v3564)[v26];
*v2408 = v2403;
float const v2409 = v2392.i_2;
float * const v2414 = &(*v3564)[v69];
*v2414 = v2409;
float const v2415 = v2392.i_3;
float * const v2420 = &(*v3564)[v82];
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
float v3646_store;
float * v3646 = &v3646_store;*v3646 = v2465;
uint32_t v3647_store;
uint32_t * v3647 = &v3647_store;*v3647 = v4004;
while([&]{
uint32_t const v3572 = *v3647;
bool const v3573 = v3572 < v3287;
return v3573;
}()) {
float const v3575 = *v3646;
uint32_t const v3576 = *v3647;
float const v3577 = __shfl_xor(v3575, v3576);;
float const v3579 = v3575 + v3577;
*v3646 = v3579;
uint32_t const v3581 = 2;
uint32_t const v3582 = v3576 * v3581;
*v3647 = v3582;
}
float const v3583 = *v3646;
float * const v2471 = &(*v3258)[v258];
*v2471 = v3583;
float_4 const v2477 = *v761;
array<float, 4> v3584_store = {};
array<float, 4> * v3584 = &v3584_store;float const v2482 = v2477.i_0;
float * const v2487 = &(*v3584)[v3];
*v2487 = v2482;
float const v2488 = v2477.i_1;
float * const v2493 = &(*v3584)[v26];
*v2493 = v2488;
float const v2494 = v2477.i_2;
float * const v2499 = &(*v3584)[v69];
*v2499 = v2494;
float const v2500 = v2477.i_3;
float * const v2505 = &(*v3584)[v82];
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
float v3649_store;
float * v3649 = &v3649_store;*v3649 = v2550;
uint32_t v3650_store;
uint32_t * v3650 = &v3650_store;*v3650 = v4004;
while([&]{
uint32_t const v3592 = *v3650;
bool const v3593 = v3592 < v3287;
return v3593;
}()) {
float const v3595 = *v3649;
uint32_t const v3596 = *v3650;
float const v3597 = __shfl_xor(v3595, v3596);;
float const v3599 = v3595 + v3597;
*v3649 = v3599;
uint32_t const v3601 = 2;
uint32_t const v3602 = v3596 * v3601;
*v3650 = v3602;
}
float const v3603 = *v3649;
float * const v2556 = &(*v3258)[v264];
*v2556 = v3603;
uint32_t const v2562 = *v55;
uint32_t const v2564 = v2562 * v82;
uint32_t const v2565 = v2564 + v271;
float const* const v2569 = &v5[v2565];
float const v2570 = *v2569;
bool const v2572 = v2570 < v177;
bool const v2573 = !v2572;
if(v2573) {
float const v2579 = *v1281;
float const v2586 = *v176;
float const v4412 = fma(v2570, v2579, v2586);
*v176 = v4412;
float const v2593 = *v1961;
float const v2600 = *v224;
float const v4413 = fma(v2570, v2593, v2600);
*v224 = v4413;
}
uint32_t const v2607 = *v68;
uint32_t const v2609 = v2607 * v82;
uint32_t const v2610 = v2609 + v271;
float const* const v2614 = &v5[v2610];
float const v2615 = *v2614;
bool const v2617 = v2615 < v177;
bool const v2618 = !v2617;
if(v2618) {
float const v2624 = *v1366;
float const v2631 = *v182;
float const v4414 = fma(v2615, v2624, v2631);
*v182 = v4414;
float const v2638 = *v2046;
float const v2645 = *v230;
float const v4415 = fma(v2615, v2638, v2645);
*v230 = v4415;
}
uint32_t const v2652 = *v81;
uint32_t const v2654 = v2652 * v82;
uint32_t const v2655 = v2654 + v271;
float const* const v2659 = &v5[v2655];
float const v2660 = *v2659;
bool const v2662 = v2660 < v177;
bool const v2663 = !v2662;
if(v2663) {
float const v2669 = *v1451;
float const v2676 = *v188;
float const v4416 = fma(v2660, v2669, v2676);
*v188 = v4416;
float const v2683 = *v2131;
float const v2690 = *v236;
float const v4417 = fma(v2660, v2683, v2690);
*v236 = v4417;
}
uint32_t const v2697 = *v94;
uint32_t const v2699 = v2697 * v82;
uint32_t const v2700 = v2699 + v271;
float const* const v2704 = &v5[v2700];
float const v2705 = *v2704;
bool const v2707 = v2705 < v177;
bool const v2708 = !v2707;
if(v2708) {
float const v2714 = *v1536;
float const v2721 = *v194;
float const v4418 = fma(v2705, v2714, v2721);
*v194 = v4418;
float const v2728 = *v2216;
float const v2735 = *v242;
float const v4419 = fma(v2705, v2728, v2735);
*v242 = v4419;
}
uint32_t const v2742 = *v107;
uint32_t const v2744 = v2742 * v82;
uint32_t const v2745 = v2744 + v271;
float const* const v2749 = &v5[v2745];
float const v2750 = *v2749;
bool const v2752 = v2750 < v177;
bool const v2753 = !v2752;
if(v2753) {
float const v2759 = *v1621;
float const v2766 = *v200;
float const v4420 = fma(v2750, v2759, v2766);
*v200 = v4420;
float const v2773 = *v2301;
float const v2780 = *v248;
float const v4421 = fma(v2750, v2773, v2780);
*v248 = v4421;
}
uint32_t const v2787 = *v120;
uint32_t const v2789 = v2787 * v82;
uint32_t const v2790 = v2789 + v271;
float const* const v2794 = &v5[v2790];
float const v2795 = *v2794;
bool const v2797 = v2795 < v177;
bool const v2798 = !v2797;
if(v2798) {
float const v2804 = *v1706;
float const v2811 = *v206;
float const v4422 = fma(v2795, v2804, v2811);
*v206 = v4422;
float const v2818 = *v2386;
float const v2825 = *v254;
float const v4423 = fma(v2795, v2818, v2825);
*v254 = v4423;
}
uint32_t const v2832 = *v133;
uint32_t const v2834 = v2832 * v82;
uint32_t const v2835 = v2834 + v271;
float const* const v2839 = &v5[v2835];
float const v2840 = *v2839;
bool const v2842 = v2840 < v177;
bool const v2843 = !v2842;
if(v2843) {
float const v2849 = *v1791;
float const v2856 = *v212;
float const v4424 = fma(v2840, v2849, v2856);
*v212 = v4424;
float const v2863 = *v2471;
float const v2870 = *v260;
float const v4425 = fma(v2840, v2863, v2870);
*v260 = v4425;
}
uint32_t const v2877 = *v146;
uint32_t const v2879 = v2877 * v82;
uint32_t const v2880 = v2879 + v271;
float const* const v2884 = &v5[v2880];
float const v2885 = *v2884;
bool const v2887 = v2885 < v177;
bool const v2888 = !v2887;
if(v2888) {
float const v2894 = *v1876;
float const v2901 = *v218;
float const v4426 = fma(v2885, v2894, v2901);
*v218 = v4426;
float const v2908 = *v2556;
float const v2915 = *v266;
float const v4427 = fma(v2885, v2908, v2915);
*v266 = v4427;
}
}
}
uint32_t const v2917 = *v3260;
uint32_t const v2918 = v38 + v2917;
uint32_t const v3966 = v3967 % v160;
bool const v2921 = v3966 == v4000;
if(v2921) {
if(v45) {
float const v2930 = *v176;
uint32_t const v2933 = 64;
uint32_t const v2934 = v35 * v2933;
uint32_t const v2935 = v2934 + v2918;
float * const v2941 = &v17[v2935];
*v2941 = v2930;
}
if(v58) {
float const v2950 = *v182;
uint32_t const v2953 = 64;
uint32_t const v2954 = v57 * v2953;
uint32_t const v2955 = v2954 + v2918;
float * const v2961 = &v17[v2955];
*v2961 = v2950;
}
if(v71) {
float const v2970 = *v188;
uint32_t const v2973 = 64;
uint32_t const v2974 = v70 * v2973;
uint32_t const v2975 = v2974 + v2918;
float * const v2981 = &v17[v2975];
*v2981 = v2970;
}
if(v84) {
float const v2990 = *v194;
uint32_t const v2993 = 64;
uint32_t const v2994 = v83 * v2993;
uint32_t const v2995 = v2994 + v2918;
float * const v3001 = &v17[v2995];
*v3001 = v2990;
}
if(v97) {
float const v3010 = *v200;
uint32_t const v3013 = 64;
uint32_t const v3014 = v96 * v3013;
uint32_t const v3015 = v3014 + v2918;
float * const v3021 = &v17[v3015];
*v3021 = v3010;
}
if(v110) {
float const v3030 = *v206;
uint32_t const v3033 = 64;
uint32_t const v3034 = v109 * v3033;
uint32_t const v3035 = v3034 + v2918;
float * const v3041 = &v17[v3035];
*v3041 = v3030;
}
if(v123) {
float const v3050 = *v212;
uint32_t const v3053 = 64;
uint32_t const v3054 = v122 * v3053;
uint32_t const v3055 = v3054 + v2918;
float * const v3061 = &v17[v3055];
*v3061 = v3050;
}
if(v136) {
float const v3070 = *v218;
uint32_t const v3073 = 64;
uint32_t const v3074 = v135 * v3073;
uint32_t const v3075 = v3074 + v2918;
float * const v3081 = &v17[v3075];
*v3081 = v3070;
}
if(v45) {
float const v3090 = *v224;
uint32_t const v3093 = 64;
uint32_t const v3094 = v35 * v3093;
uint32_t const v3095 = v3094 + v2918;
uint32_t const v3097 = v3095 + v26;
float * const v3101 = &v17[v3097];
*v3101 = v3090;
}
if(v58) {
float const v3110 = *v230;
uint32_t const v3113 = 64;
uint32_t const v3114 = v57 * v3113;
uint32_t const v3115 = v3114 + v2918;
uint32_t const v3117 = v3115 + v26;
float * const v3121 = &v17[v3117];
*v3121 = v3110;
}
if(v71) {
float const v3130 = *v236;
uint32_t const v3133 = 64;
uint32_t const v3134 = v70 * v3133;
uint32_t const v3135 = v3134 + v2918;
uint32_t const v3137 = v3135 + v26;
float * const v3141 = &v17[v3137];
*v3141 = v3130;
}
if(v84) {
float const v3150 = *v242;
uint32_t const v3153 = 64;
uint32_t const v3154 = v83 * v3153;
uint32_t const v3155 = v3154 + v2918;
uint32_t const v3157 = v3155 + v26;
float * const v3161 = &v17[v3157];
*v3161 = v3150;
}
if(v97) {
float const v3170 = *v248;
uint32_t const v3173 = 64;
uint32_t const v3174 = v96 * v3173;
uint32_t const v3175 = v3174 + v2918;
uint32_t const v3177 = v3175 + v26;
float * const v3181 = &v17[v3177];
*v3181 = v3170;
}
if(v110) {
float const v3190 = *v254;
uint32_t const v3193 = 64;
uint32_t const v3194 = v109 * v3193;
uint32_t const v3195 = v3194 + v2918;
uint32_t const v3197 = v3195 + v26;
float * const v3201 = &v17[v3197];
*v3201 = v3190;
}
if(v123) {
float const v3210 = *v260;
uint32_t const v3213 = 64;
uint32_t const v3214 = v122 * v3213;
uint32_t const v3215 = v3214 + v2918;
uint32_t const v3217 = v3215 + v26;
float * const v3221 = &v17[v3217];
*v3221 = v3210;
}
if(v136) {
float const v3230 = *v266;
uint32_t const v3233 = 64;
uint32_t const v3234 = v135 * v3233;
uint32_t const v3235 = v3234 + v2918;
uint32_t const v3237 = v3235 + v26;
float * const v3241 = &v17[v3237];
*v3241 = v3230;
}
}
uint32_t const v3243 = v162 * v69;
uint32_t const v3245 = v2917 + v3243;
*v3260 = v3245;
}
}
return;
}
