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
extern "C" __global__ void __launch_bounds__(256) moe_down_planes_f32_lanes4_d64_experts1_intermediate64_block_out16_outs_per_plane2_block_rows8_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v3296) {
uint32_t const* const dynamic_meta_v3298 = reinterpret_cast<uint32_t const*>(v3296 + 1);
const info_st& info_v3297 = *v3296;uint32_t const v3 = 0;
uint32_t const v3299 = info_v3297.scalars_u32[0];
uint32_t const v22 = uint32_t(v3299);
uint32_t const v3973 = blockIdx.z;
uint32_t const v3974 = uint32_t(v3973);
uint32_t const v3975 = gridDim.y;
uint32_t const v3976 = uint32_t(v3975);
uint32_t const v3977 = v3974 * v3976;
uint32_t const v3978 = gridDim.x;
uint32_t const v3979 = uint32_t(v3978);
uint32_t const v3980 = v3977 * v3979;
uint32_t const v3981 = blockIdx.y;
uint32_t const v3982 = uint32_t(v3981);
uint32_t const v3985 = v3982 * v3979;
uint32_t const v3986 = v3980 + v3985;
uint32_t const v3987 = blockIdx.x;
uint32_t const v3988 = uint32_t(v3987);
uint32_t const v3989 = v3986 + v3988;
uint32_t const v24 = 8;
uint32_t const v25 = v22 + v24;
uint32_t const v26 = 1;
uint32_t const v27 = v25 - v26;
uint32_t const v29 = v27 / v24;
uint32_t const v30 = 4;
uint32_t const v31 = v29 * v30;
bool const v32 = v3989 < v31;
if(v32) {
uint32_t const v33 = v3989 % v29;
uint32_t const v35 = v33 * v24;
uint32_t const v36 = v3989 / v29;
uint32_t const v37 = 16;
uint32_t const v38 = v36 * v37;
array<uint32_t, 8> v3306_store = {};
array<uint32_t, 8> * v3306 = &v3306_store;bool const v45 = v35 < v22;
uint32_t const v49 = v22 - v26;
uint32_t const v50 = v45 ? v35 : v49;
uint32_t * const v55 = &(*v3306)[v3];
*v55 = v50;
uint32_t const v57 = v35 + v26;
bool const v58 = v57 < v22;
uint32_t const v63 = v58 ? v57 : v49;
uint32_t * const v68 = &(*v3306)[v26];
*v68 = v63;
uint32_t const v69 = 2;
uint32_t const v70 = v35 + v69;
bool const v71 = v70 < v22;
uint32_t const v76 = v71 ? v70 : v49;
uint32_t * const v81 = &(*v3306)[v69];
*v81 = v76;
uint32_t const v82 = 3;
uint32_t const v83 = v35 + v82;
bool const v84 = v83 < v22;
uint32_t const v89 = v84 ? v83 : v49;
uint32_t * const v94 = &(*v3306)[v82];
*v94 = v89;
uint32_t const v96 = v35 + v30;
bool const v97 = v96 < v22;
uint32_t const v102 = v97 ? v96 : v49;
uint32_t * const v107 = &(*v3306)[v30];
*v107 = v102;
uint32_t const v108 = 5;
uint32_t const v109 = v35 + v108;
bool const v110 = v109 < v22;
uint32_t const v115 = v110 ? v109 : v49;
uint32_t * const v120 = &(*v3306)[v108];
*v120 = v115;
uint32_t const v121 = 6;
uint32_t const v122 = v35 + v121;
bool const v123 = v122 < v22;
uint32_t const v128 = v123 ? v122 : v49;
uint32_t * const v133 = &(*v3306)[v121];
*v133 = v128;
uint32_t const v134 = 7;
uint32_t const v135 = v35 + v134;
bool const v136 = v135 < v22;
uint32_t const v141 = v136 ? v135 : v49;
uint32_t * const v146 = &(*v3306)[v134];
*v146 = v141;
array<uint32_t, 8> v3307_store = {};
array<uint32_t, 8> * v3307 = &v3307_store;array<float, 16> v3308_store = {};
array<float, 16> * v3308 = &v3308_store;array<float, 16> v3309_store = {};
array<float, 16> * v3309 = &v3309_store;uint32_t const v3990 = 256;
uint32_t const v160 = warpSize;
uint32_t const v161 = v3990 / v160;
uint32_t const v162 = uint32_t(v161);
uint32_t const v4016 = threadIdx.x;
uint32_t const v4049 = 0;
uint32_t const v4053 = 1;
uint32_t const v3993 = v4016 / v160;
uint32_t const v164 = uint32_t(v3993);
uint32_t const v166 = v164 * v69;
uint32_t v3310_store;
uint32_t * v3310 = &v3310_store;*v3310 = v166;
while([&]{
uint32_t const v168 = *v3310;
bool const v170 = v168 < v37;
return v170;
}()) {
float * const v176 = &(*v3309)[v3];
float const v177 = 0;
*v176 = v177;
float * const v182 = &(*v3309)[v26];
*v182 = v177;
float * const v188 = &(*v3309)[v69];
*v188 = v177;
float * const v194 = &(*v3309)[v82];
*v194 = v177;
float * const v200 = &(*v3309)[v30];
*v200 = v177;
float * const v206 = &(*v3309)[v108];
*v206 = v177;
float * const v212 = &(*v3309)[v121];
*v212 = v177;
float * const v218 = &(*v3309)[v134];
*v218 = v177;
float * const v224 = &(*v3309)[v24];
*v224 = v177;
uint32_t const v228 = 9;
float * const v230 = &(*v3309)[v228];
*v230 = v177;
uint32_t const v234 = 10;
float * const v236 = &(*v3309)[v234];
*v236 = v177;
uint32_t const v240 = 11;
float * const v242 = &(*v3309)[v240];
*v242 = v177;
uint32_t const v246 = 12;
float * const v248 = &(*v3309)[v246];
*v248 = v177;
uint32_t const v252 = 13;
float * const v254 = &(*v3309)[v252];
*v254 = v177;
uint32_t const v258 = 14;
float * const v260 = &(*v3309)[v258];
*v260 = v177;
uint32_t const v264 = 15;
float * const v266 = &(*v3309)[v264];
*v266 = v177;
bool const v268 = false;
uint32_t const v276 = *v55;
uint32_t const v282 = v276 * v37;
uint32_t * const v287 = &(*v3307)[v3];
*v287 = v282;
bool const v289 = true;
bool v3313_store;
bool * v3313 = &v3313_store;bool v3314_store;
bool * v3314 = &v3314_store;if(v45) {
uint32_t const v300 = *v55;
float const* const v308 = &v5[v300];
float const v309 = *v308;
bool const v311 = v309 < v177;
bool const v312 = !v311;
*v3314 = v312;
}
 else {
*v3314 = v268;
}
bool const v315 = *v3314;
*v3313 = v315;
bool const v316 = *v3313;
uint32_t const v322 = *v68;
uint32_t const v328 = v322 * v37;
uint32_t * const v333 = &(*v3307)[v26];
*v333 = v328;
bool v3315_store;
bool * v3315 = &v3315_store;if(v316) {
*v3315 = v289;
}
 else {
bool v3316_store;
bool * v3316 = &v3316_store;if(v58) {
uint32_t const v346 = *v68;
float const* const v354 = &v5[v346];
float const v355 = *v354;
bool const v357 = v355 < v177;
bool const v358 = !v357;
*v3316 = v358;
}
 else {
*v3316 = v268;
}
bool const v361 = *v3316;
*v3315 = v361;
}
bool const v362 = *v3315;
uint32_t const v368 = *v81;
uint32_t const v374 = v368 * v37;
uint32_t * const v379 = &(*v3307)[v69];
*v379 = v374;
bool v3317_store;
bool * v3317 = &v3317_store;if(v362) {
*v3317 = v289;
}
 else {
bool v3318_store;
bool * v3318 = &v3318_store;if(v71) {
uint32_t const v392 = *v81;
float const* const v400 = &v5[v392];
float const v401 = *v400;
bool const v403 = v401 < v177;
bool const v404 = !v403;
*v3318 = v404;
}
 else {
*v3318 = v268;
}
bool const v407 = *v3318;
*v3317 = v407;
}
bool const v408 = *v3317;
uint32_t const v414 = *v94;
uint32_t const v420 = v414 * v37;
uint32_t * const v425 = &(*v3307)[v82];
*v425 = v420;
bool v3319_store;
bool * v3319 = &v3319_store;if(v408) {
*v3319 = v289;
}
 else {
bool v3320_store;
bool * v3320 = &v3320_store;if(v84) {
uint32_t const v438 = *v94;
float const* const v446 = &v5[v438];
float const v447 = *v446;
bool const v449 = v447 < v177;
bool const v450 = !v449;
*v3320 = v450;
}
 else {
*v3320 = v268;
}
bool const v453 = *v3320;
*v3319 = v453;
}
bool const v454 = *v3319;
uint32_t const v460 = *v107;
uint32_t const v466 = v460 * v37;
uint32_t * const v471 = &(*v3307)[v30];
*v471 = v466;
bool v3321_store;
bool * v3321 = &v3321_store;if(v454) {
*v3321 = v289;
}
 else {
bool v3322_store;
bool * v3322 = &v3322_store;if(v97) {
uint32_t const v484 = *v107;
float const* const v492 = &v5[v484];
float const v493 = *v492;
bool const v495 = v493 < v177;
bool const v496 = !v495;
*v3322 = v496;
}
 else {
*v3322 = v268;
}
bool const v499 = *v3322;
*v3321 = v499;
}
bool const v500 = *v3321;
uint32_t const v506 = *v120;
uint32_t const v512 = v506 * v37;
uint32_t * const v517 = &(*v3307)[v108];
*v517 = v512;
bool v3323_store;
bool * v3323 = &v3323_store;if(v500) {
*v3323 = v289;
}
 else {
bool v3324_store;
bool * v3324 = &v3324_store;if(v110) {
uint32_t const v530 = *v120;
float const* const v538 = &v5[v530];
float const v539 = *v538;
bool const v541 = v539 < v177;
bool const v542 = !v541;
*v3324 = v542;
}
 else {
*v3324 = v268;
}
bool const v545 = *v3324;
*v3323 = v545;
}
bool const v546 = *v3323;
uint32_t const v552 = *v133;
uint32_t const v558 = v552 * v37;
uint32_t * const v563 = &(*v3307)[v121];
*v563 = v558;
bool v3325_store;
bool * v3325 = &v3325_store;if(v546) {
*v3325 = v289;
}
 else {
bool v3326_store;
bool * v3326 = &v3326_store;if(v123) {
uint32_t const v576 = *v133;
float const* const v584 = &v5[v576];
float const v585 = *v584;
bool const v587 = v585 < v177;
bool const v588 = !v587;
*v3326 = v588;
}
 else {
*v3326 = v268;
}
bool const v591 = *v3326;
*v3325 = v591;
}
bool const v592 = *v3325;
uint32_t const v598 = *v146;
uint32_t const v604 = v598 * v37;
uint32_t * const v609 = &(*v3307)[v134];
*v609 = v604;
bool v3327_store;
bool * v3327 = &v3327_store;if(v592) {
*v3327 = v289;
}
 else {
bool v3328_store;
bool * v3328 = &v3328_store;if(v136) {
uint32_t const v622 = *v146;
float const* const v630 = &v5[v622];
float const v631 = *v630;
bool const v633 = v631 < v177;
bool const v634 = !v633;
*v3328 = v634;
}
 else {
*v3328 = v268;
}
bool const v637 = *v3328;
*v3327 = v637;
}
bool const v638 = *v3327;
if(v638) {
uint32_t const* const v644 = &v13[v3];
uint32_t const v645 = *v644;
uint32_t const v646 = uint32_t(v645);
uint32_t const v647 = 64;
uint32_t const v648 = v646 * v647;
uint32_t const v649 = v648 + v38;
uint32_t const v650 = *v3310;
uint32_t const v651 = v649 + v650;
uint32_t const v653 = v651 * v37;
uint32_t const v3996 = v4016 % v160;
uint32_t const v655 = uint32_t(v3996);
uint32_t const v657 = uint32_t(v160);
array<float_4, 16> v3329_store = {};
array<float_4, 16> * v3329 = &v3329_store;float_4 const v663 = float_4{v177, v177, v177, v177};
float_4 * const v668 = &(*v3329)[v3];
*v668 = v663;
float_4 * const v675 = &(*v3329)[v26];
*v675 = v663;
float_4 * const v682 = &(*v3329)[v69];
*v682 = v663;
float_4 * const v689 = &(*v3329)[v82];
*v689 = v663;
float_4 * const v696 = &(*v3329)[v30];
*v696 = v663;
float_4 * const v703 = &(*v3329)[v108];
*v703 = v663;
float_4 * const v710 = &(*v3329)[v121];
*v710 = v663;
float_4 * const v717 = &(*v3329)[v134];
*v717 = v663;
float_4 * const v724 = &(*v3329)[v24];
*v724 = v663;
float_4 * const v731 = &(*v3329)[v228];
*v731 = v663;
float_4 * const v738 = &(*v3329)[v234];
*v738 = v663;
float_4 * const v745 = &(*v3329)[v240];
*v745 = v663;
float_4 * const v752 = &(*v3329)[v246];
*v752 = v663;
float_4 * const v759 = &(*v3329)[v252];
*v759 = v663;
float_4 * const v766 = &(*v3329)[v258];
*v766 = v663;
float_4 * const v773 = &(*v3329)[v264];
*v773 = v663;
uint32_t v3330_store;
uint32_t * v3330 = &v3330_store;*v3330 = v655;
while([&]{
uint32_t const v775 = *v3330;
bool const v777 = v775 < v37;
return v777;
}()) {
array<float_4, 2> v3332_store = {};
array<float_4, 2> * v3332 = &v3332_store;uint32_t const v787 = *v3330;
uint32_t const v788 = v653 + v787;
float_4 const* const v792 = &v9[v788];
float_4 const v793 = *v792;
float_4 * const v798 = &(*v3332)[v3];
*v798 = v793;
uint32_t const v802 = v653 + v37;
uint32_t const v804 = v802 + v787;
float_4 const* const v808 = &v9[v804];
float_4 const v809 = *v808;
float_4 * const v814 = &(*v3332)[v26];
*v814 = v809;
uint32_t const v820 = *v287;
uint32_t const v822 = v820 + v787;
float_4 const* const v826 = &v1[v822];
float_4 const v827 = *v826;
float_4 const v833 = *v798;
float_4 const v839 = *v668;
float const v3701 = v833.i_0;
float const v3702 = v827.i_0;
float const v3703 = v839.i_0;
float const v3704 = fma(v3701, v3702, v3703);
float const v3705 = v833.i_1;
float const v3706 = v827.i_1;
float const v3707 = v839.i_1;
float const v3708 = fma(v3705, v3706, v3707);
float const v3709 = v833.i_2;
float const v3710 = v827.i_2;
float const v3711 = v839.i_2;
float const v3712 = fma(v3709, v3710, v3711);
float const v3713 = v833.i_3;
float const v3714 = v827.i_3;
float const v3715 = v839.i_3;
float const v3716 = fma(v3713, v3714, v3715);
float_4 const v3717 = float_4{v3704, v3708, v3712, v3716};
*v668 = v3717;
float_4 const v851 = *v814;
float_4 const v857 = *v724;
float const v3718 = v851.i_0;
float const v3720 = v857.i_0;
float const v3721 = fma(v3718, v3702, v3720);
float const v3722 = v851.i_1;
float const v3724 = v857.i_1;
float const v3725 = fma(v3722, v3706, v3724);
float const v3726 = v851.i_2;
float const v3728 = v857.i_2;
float const v3729 = fma(v3726, v3710, v3728);
float const v3730 = v851.i_3;
float const v3732 = v857.i_3;
float const v3733 = fma(v3730, v3714, v3732);
float_4 const v3734 = float_4{v3721, v3725, v3729, v3733};
*v724 = v3734;
uint32_t const v869 = *v333;
uint32_t const v871 = v869 + v787;
float_4 const* const v875 = &v1[v871];
float_4 const v876 = *v875;
float_4 const v888 = *v675;
float const v3736 = v876.i_0;
float const v3737 = v888.i_0;
float const v3738 = fma(v3701, v3736, v3737);
float const v3740 = v876.i_1;
float const v3741 = v888.i_1;
float const v3742 = fma(v3705, v3740, v3741);
float const v3744 = v876.i_2;
float const v3745 = v888.i_2;
float const v3746 = fma(v3709, v3744, v3745);
float const v3748 = v876.i_3;
float const v3749 = v888.i_3;
float const v3750 = fma(v3713, v3748, v3749);
float_4 const v3751 = float_4{v3738, v3742, v3746, v3750};
*v675 = v3751;
float_4 const v906 = *v731;
float const v3754 = v906.i_0;
float const v3755 = fma(v3718, v3736, v3754);
float const v3758 = v906.i_1;
float const v3759 = fma(v3722, v3740, v3758);
float const v3762 = v906.i_2;
float const v3763 = fma(v3726, v3744, v3762);
float const v3766 = v906.i_3;
float const v3767 = fma(v3730, v3748, v3766);
float_4 const v3768 = float_4{v3755, v3759, v3763, v3767};
*v731 = v3768;
uint32_t const v918 = *v379;
uint32_t const v920 = v918 + v787;
float_4 const* const v924 = &v1[v920];
float_4 const v925 = *v924;
float_4 const v937 = *v682;
float const v3770 = v925.i_0;
float const v3771 = v937.i_0;
float const v3772 = fma(v3701, v3770, v3771);
float const v3774 = v925.i_1;
float const v3775 = v937.i_1;
float const v3776 = fma(v3705, v3774, v3775);
float const v3778 = v925.i_2;
float const v3779 = v937.i_2;
float const v3780 = fma(v3709, v3778, v3779);
float const v3782 = v925.i_3;
float const v3783 = v937.i_3;
float const v3784 = fma(v3713, v3782, v3783);
float_4 const v3785 = float_4{v3772, v3776, v3780, v3784};
*v682 = v3785;
float_4 const v955 = *v738;
float const v3788 = v955.i_0;
float const v3789 = fma(v3718, v3770, v3788);
float const v3792 = v955.i_1;
float const v3793 = fma(v3722, v3774, v3792);
float const v3796 = v955.i_2;
float const v3797 = fma(v3726, v3778, v3796);
float const v3800 = v955.i_3;
float const v3801 = fma(v3730, v3782, v3800);
float_4 const v3802 = float_4{v3789, v3793, v3797, v3801};
*v738 = v3802;
uint32_t const v967 = *v425;
uint32_t const v969 = v967 + v787;
float_4 const* const v973 = &v1[v969];
float_4 const v974 = *v973;
float_4 const v986 = *v689;
float const v3804 = v974.i_0;
float const v3805 = v986.i_0;
float const v3806 = fma(v3701, v3804, v3805);
float const v3808 = v974.i_1;
float const v3809 = v986.i_1;
float const v3810 = fma(v3705, v3808, v3809);
float const v3812 = v974.i_2;
float const v3813 = v986.i_2;
float const v3814 = fma(v3709, v3812, v3813);
float const v3816 = v974.i_3;
float const v3817 = v986.i_3;
float const v3818 = fma(v3713, v3816, v3817);
float_4 const v3819 = float_4{v3806, v3810, v3814, v3818};
*v689 = v3819;
float_4 const v1004 = *v745;
float const v3822 = v1004.i_0;
float const v3823 = fma(v3718, v3804, v3822);
float const v3826 = v1004.i_1;
float const v3827 = fma(v3722, v3808, v3826);
float const v3830 = v1004.i_2;
float const v3831 = fma(v3726, v3812, v3830);
float const v3834 = v1004.i_3;
float const v3835 = fma(v3730, v3816, v3834);
float_4 const v3836 = float_4{v3823, v3827, v3831, v3835};
*v745 = v3836;
uint32_t const v1016 = *v471;
uint32_t const v1018 = v1016 + v787;
float_4 const* const v1022 = &v1[v1018];
float_4 const v1023 = *v1022;
float_4 const v1035 = *v696;
float const v3838 = v1023.i_0;
float const v3839 = v1035.i_0;
float const v3840 = fma(v3701, v3838, v3839);
float const v3842 = v1023.i_1;
float const v3843 = v1035.i_1;
float const v3844 = fma(v3705, v3842, v3843);
float const v3846 = v1023.i_2;
float const v3847 = v1035.i_2;
float const v3848 = fma(v3709, v3846, v3847);
float const v3850 = v1023.i_3;
float const v3851 = v1035.i_3;
float const v3852 = fma(v3713, v3850, v3851);
float_4 const v3853 = float_4{v3840, v3844, v3848, v3852};
*v696 = v3853;
float_4 const v1053 = *v752;
float const v3856 = v1053.i_0;
float const v3857 = fma(v3718, v3838, v3856);
float const v3860 = v1053.i_1;
float const v3861 = fma(v3722, v3842, v3860);
float const v3864 = v1053.i_2;
float const v3865 = fma(v3726, v3846, v3864);
float const v3868 = v1053.i_3;
float const v3869 = fma(v3730, v3850, v3868);
float_4 const v3870 = float_4{v3857, v3861, v3865, v3869};
*v752 = v3870;
uint32_t const v1065 = *v517;
uint32_t const v1067 = v1065 + v787;
float_4 const* const v1071 = &v1[v1067];
float_4 const v1072 = *v1071;
float_4 const v1084 = *v703;
float const v3872 = v1072.i_0;
float const v3873 = v1084.i_0;
float const v3874 = fma(v3701, v3872, v3873);
float const v3876 = v1072.i_1;
float const v3877 = v1084.i_1;
float const v3878 = fma(v3705, v3876, v3877);
float const v3880 = v1072.i_2;
float const v3881 = v1084.i_2;
float const v3882 = fma(v3709, v3880, v3881);
float const v3884 = v1072.i_3;
float const v3885 = v1084.i_3;
float const v3886 = fma(v3713, v3884, v3885);
float_4 const v3887 = float_4{v3874, v3878, v3882, v3886};
*v703 = v3887;
float_4 const v1102 = *v759;
float const v3890 = v1102.i_0;
float const v3891 = fma(v3718, v3872, v3890);
float const v3894 = v1102.i_1;
float const v3895 = fma(v3722, v3876, v3894);
float const v3898 = v1102.i_2;
float const v3899 = fma(v3726, v3880, v3898);
float const v3902 = v1102.i_3;
float const v3903 = fma(v3730, v3884, v3902);
float_4 const v3904 = float_4{v3891, v3895, v3899, v3903};
*v759 = v3904;
uint32_t const v1114 = *v563;
uint32_t const v1116 = v1114 + v787;
float_4 const* const v1120 = &v1[v1116];
float_4 const v1121 = *v1120;
float_4 const v1133 = *v710;
float const v3906 = v1121.i_0;
float const v3907 = v1133.i_0;
float const v3908 = fma(v3701, v3906, v3907);
float const v3910 = v1121.i_1;
float const v3911 = v1133.i_1;
float const v3912 = fma(v3705, v3910, v3911);
float const v3914 = v1121.i_2;
float const v3915 = v1133.i_2;
float const v3916 = fma(v3709, v3914, v3915);
float const v3918 = v1121.i_3;
float const v3919 = v1133.i_3;
float const v3920 = fma(v3713, v3918, v3919);
float_4 const v3921 = float_4{v3908, v3912, v3916, v3920};
*v710 = v3921;
float_4 const v1151 = *v766;
float const v3924 = v1151.i_0;
float const v3925 = fma(v3718, v3906, v3924);
float const v3928 = v1151.i_1;
float const v3929 = fma(v3722, v3910, v3928);
float const v3932 = v1151.i_2;
float const v3933 = fma(v3726, v3914, v3932);
float const v3936 = v1151.i_3;
float const v3937 = fma(v3730, v3918, v3936);
float_4 const v3938 = float_4{v3925, v3929, v3933, v3937};
*v766 = v3938;
uint32_t const v1163 = *v609;
uint32_t const v1165 = v1163 + v787;
float_4 const* const v1169 = &v1[v1165];
float_4 const v1170 = *v1169;
float_4 const v1182 = *v717;
float const v3940 = v1170.i_0;
float const v3941 = v1182.i_0;
float const v3942 = fma(v3701, v3940, v3941);
float const v3944 = v1170.i_1;
float const v3945 = v1182.i_1;
float const v3946 = fma(v3705, v3944, v3945);
float const v3948 = v1170.i_2;
float const v3949 = v1182.i_2;
float const v3950 = fma(v3709, v3948, v3949);
float const v3952 = v1170.i_3;
float const v3953 = v1182.i_3;
float const v3954 = fma(v3713, v3952, v3953);
float_4 const v3955 = float_4{v3942, v3946, v3950, v3954};
*v717 = v3955;
float_4 const v1200 = *v773;
float const v3958 = v1200.i_0;
float const v3959 = fma(v3718, v3940, v3958);
float const v3962 = v1200.i_1;
float const v3963 = fma(v3722, v3944, v3962);
float const v3966 = v1200.i_2;
float const v3967 = fma(v3726, v3948, v3966);
float const v3970 = v1200.i_3;
float const v3971 = fma(v3730, v3952, v3970);
float_4 const v3972 = float_4{v3959, v3963, v3967, v3971};
*v773 = v3972;
uint32_t const v1208 = v787 + v657;
*v3330 = v1208;
}
float_4 const v1214 = *v668;
array<float, 4> v3333_store = {};
array<float, 4> * v3333 = &v3333_store;float const v1219 = v1214.i_0;
float * const v1224 = &(*v3333)[v3];
*v1224 = v1219;
float const v1225 = v1214.i_1;
float * const v1230 = &(*v3333)[v26];
*v1230 = v1225;
float const v1231 = v1214.i_2;
float * const v1236 = &(*v3333)[v69];
*v1236 = v1231;
float const v1237 = v1214.i_3;
float * const v1242 = &(*v3333)[v82];
*v1242 = v1237;
float const v1248 = *v1236;
float const v1254 = *v1224;
float const v1255 = v1254 + v1248;
*v1224 = v1255;
float const v1261 = *v1242;
float const v1267 = *v1230;
float const v1268 = v1267 + v1261;
*v1230 = v1268;
float const v1274 = *v1230;
float const v1280 = *v1224;
float const v1281 = v1280 + v1274;
*v1224 = v1281;
float const v1287 = *v1224;
uint32_t const v3336 = min(v160, v3990);
float v3653_store;
float * v3653 = &v3653_store;*v3653 = v1287;
uint32_t v3654_store;
uint32_t * v3654 = &v3654_store;*v3654 = v4053;
while([&]{
uint32_t const v3341 = *v3654;
bool const v3342 = v3341 < v3336;
return v3342;
}()) {
float const v3344 = *v3653;
uint32_t const v3345 = *v3654;
float const v3346 = __shfl_xor(v3344, v3345);;
float const v3348 = v3344 + v3346;
*v3653 = v3348;
uint32_t const v3350 = 2;
uint32_t const v3351 = v3345 * v3350;
*v3654 = v3351;
}
float const v3352 = *v3653;
float * const v1293 = &(*v3308)[v3];
*v1293 = v3352;
float_4 const v1299 = *v675;
array<float, 4> v3353_store = {};
array<float, 4> * v3353 = &v3353_store;float const v1304 = v1299.i_0;
float * const v1309 = &(*v3353)[v3];
*v1309 = v1304;
float const v1310 = v1299.i_1;
float * const v1315 = &(*v3353)[v26];
*v1315 = v1310;
float const v1316 = v1299.i_2;
float * const v1321 = &(*v3353)[v69];
*v1321 = v1316;
float const v1322 = v1299.i_3;
float * const v1327 = &(*v3353)[v82];
*v1327 = v1322;
float const v1333 = *v1321;
float const v1339 = *v1309;
float const v1340 = v1339 + v1333;
*v1309 = v1340;
float const v1346 = *v1327;
float const v1352 = *v1315;
float const v1353 = v1352 + v1346;
*v1315 = v1353;
float const v1359 = *v1315;
float const v1365 = *v1309;
float const v1366 = v1365 + v1359;
*v1309 = v1366;
float const v1372 = *v1309;
float v3656_store;
float * v3656 = &v3656_store;*v3656 = v1372;
uint32_t v3657_store;
uint32_t * v3657 = &v3657_store;*v3657 = v4053;
while([&]{
uint32_t const v3361 = *v3657;
bool const v3362 = v3361 < v3336;
return v3362;
}()) {
float const v3364 = *v3656;
uint32_t const v3365 = *v3657;
float const v3366 = __shfl_xor(v3364, v3365);;
float const v3368 = v3364 + v3366;
*v3656 = v3368;
uint32_t const v3370 = 2;
uint32_t const v3371 = v3365 * v3370;
*v3657 = v3371;
}
float const v3372 = *v3656;
float * const v1378 = &(*v3308)[v26];
*v1378 = v3372;
float_4 const v1384 = *v682;
array<float, 4> v3373_store = {};
array<float, 4> * v3373 = &v3373_store;float const v1389 = v1384.i_0;
float * const v1394 = &(*v3373)[v3];
*v1394 = v1389;
float const v1395 = v1384.i_1;
float * const v1400 = &(*v3373)[v26];
*v1400 = v1395;
float const v1401 = v1384.i_2;
float * const v1406 = &(*v3373)[v69];
*v1406 = v1401;
float const v1407 = v1384.i_3;
float * const v1412 = &(*v3373)[v82];
*v1412 = v1407;
float const v1418 = *v1406;
float const v1424 = *v1394;
float const v1425 = v1424 + v1418;
*v1394 = v1425;
float const v1431 = *v1412;
float const v1437 = *v1400;
float const v1438 = v1437 + v1431;
*v1400 = v1438;
float const v1444 = *v1400;
float const v1450 = *v1394;
float const v1451 = v1450 + v1444;
*v1394 = v1451;
float const v1457 = *v1394;
float v3659_store;
float * v3659 = &v3659_store;*v3659 = v1457;
uint32_t v3660_store;
uint32_t * v3660 = &v3660_store;*v3660 = v4053;
while([&]{
uint32_t const v3381 = *v3660;
bool const v3382 = v3381 < v3336;
return v3382;
}()) {
float const v3384 = *v3659;
uint32_t const v3385 = *v3660;
float const v3386 = __shfl_xor(v3384, v3385);;
float const v3388 = v3384 + v3386;
*v3659 = v3388;
uint32_t const v3390 = 2;
uint32_t const v3391 = v3385 * v3390;
*v3660 = v3391;
}
float const v3392 = *v3659;
float * const v1463 = &(*v3308)[v69];
*v1463 = v3392;
float_4 const v1469 = *v689;
array<float, 4> v3393_store = {};
array<float, 4> * v3393 = &v3393_store;float const v1474 = v1469.i_0;
float * const v1479 = &(*v3393)[v3];
*v1479 = v1474;
float const v1480 = v1469.i_1;
float * const v1485 = &(*v3393)[v26];
*v1485 = v1480;
float const v1486 = v1469.i_2;
float * const v1491 = &(*v3393)[v69];
*v1491 = v1486;
float const v1492 = v1469.i_3;
float * const v1497 = &(*v3393)[v82];
*v1497 = v1492;
float const v1503 = *v1491;
float const v1509 = *v1479;
float const v1510 = v1509 + v1503;
*v1479 = v1510;
float const v1516 = *v1497;
float const v1522 = *v1485;
float const v1523 = v1522 + v1516;
*v1485 = v1523;
float const v1529 = *v1485;
float const v1535 = *v1479;
float const v1536 = v1535 + v1529;
*v1479 = v1536;
float const v1542 = *v1479;
float v3662_store;
float * v3662 = &v3662_store;*v3662 = v1542;
uint32_t v3663_store;
uint32_t * v3663 = &v3663_store;*v3663 = v4053;
while([&]{
uint32_t const v3401 = *v3663;
bool const v3402 = v3401 < v3336;
return v3402;
}()) {
float const v3404 = *v3662;
uint32_t const v3405 = *v3663;
float const v3406 = __shfl_xor(v3404, v3405);;
float const v3408 = v3404 + v3406;
*v3662 = v3408;
uint32_t const v3410 = 2;
uint32_t const v3411 = v3405 * v3410;
*v3663 = v3411;
}
float const v3412 = *v3662;
float * const v1548 = &(*v3308)[v82];
*v1548 = v3412;
float_4 const v1554 = *v696;
array<float, 4> v3413_store = {};
array<float, 4> * v3413 = &v3413_store;float const v1559 = v1554.i_0;
float * const v1564 = &(*v3413)[v3];
*v1564 = v1559;
float const v1565 = v1554.i_1;
float * const v1570 = &(*v3413)[v26];
*v1570 = v1565;
float const v1571 = v1554.i_2;
float * const v1576 = &(*v3413)[v69];
*v1576 = v1571;
float const v1577 = v1554.i_3;
float * const v1582 = &(*v3413)[v82];
*v1582 = v1577;
float const v1588 = *v1576;
float const v1594 = *v1564;
float const v1595 = v1594 + v1588;
*v1564 = v1595;
float const v1601 = *v1582;
float const v1607 = *v1570;
float const v1608 = v1607 + v1601;
*v1570 = v1608;
float const v1614 = *v1570;
float const v1620 = *v1564;
float const v1621 = v1620 + v1614;
*v1564 = v1621;
float const v1627 = *v1564;
float v3665_store;
float * v3665 = &v3665_store;*v3665 = v1627;
uint32_t v3666_store;
uint32_t * v3666 = &v3666_store;*v3666 = v4053;
while([&]{
uint32_t const v3421 = *v3666;
bool const v3422 = v3421 < v3336;
return v3422;
}()) {
float const v3424 = *v3665;
uint32_t const v3425 = *v3666;
float const v3426 = __shfl_xor(v3424, v3425);;
float const v3428 = v3424 + v3426;
*v3665 = v3428;
uint32_t const v3430 = 2;
uint32_t const v3431 = v3425 * v3430;
*v3666 = v3431;
}
float const v3432 = *v3665;
float * const v1633 = &(*v3308)[v30];
*v1633 = v3432;
float_4 const v1639 = *v703;
array<float, 4> v3433_store = {};
array<float, 4> * v3433 = &v3433_store;float const v1644 = v1639.i_0;
float * const v1649 = &(*v3433)[v3];
*v1649 = v1644;
float const v1650 = v1639.i_1;
float * const v1655 = &(*v3433)[v26];
*v1655 = v1650;
float const v1656 = v1639.i_2;
float * const v1661 = &(*v3433)[v69];
*v1661 = v1656;
float const v1662 = v1639.i_3;
float * const v1667 = &(*v3433)[v82];
*v1667 = v1662;
float const v1673 = *v1661;
float const v1679 = *v1649;
float const v1680 = v1679 + v1673;
*v1649 = v1680;
float const v1686 = *v1667;
float const v1692 = *v1655;
float const v1693 = v1692 + v1686;
*v1655 = v1693;
float const v1699 = *v1655;
float const v1705 = *v1649;
float const v1706 = v1705 + v1699;
*v1649 = v1706;
float const v1712 = *v1649;
float v3668_store;
float * v3668 = &v3668_store;*v3668 = v1712;
uint32_t v3669_store;
uint32_t * v3669 = &v3669_store;*v3669 = v4053;
while([&]{
uint32_t const v3441 = *v3669;
bool const v3442 = v3441 < v3336;
return v3442;
}()) {
float const v3444 = *v3668;
uint32_t const v3445 = *v3669;
float const v3446 = __shfl_xor(v3444, v3445);;
float const v3448 = v3444 + v3446;
*v3668 = v3448;
uint32_t const v3450 = 2;
uint32_t const v3451 = v3445 * v3450;
*v3669 = v3451;
}
float const v3452 = *v3668;
float * const v1718 = &(*v3308)[v108];
*v1718 = v3452;
float_4 const v1724 = *v710;
array<float, 4> v3453_store = {};
array<float, 4> * v3453 = &v3453_store;float const v1729 = v1724.i_0;
float * const v1734 = &(*v3453)[v3];
*v1734 = v1729;
float const v1735 = v1724.i_1;
float * const v1740 = &(*v3453)[v26];
*v1740 = v1735;
float const v1741 = v1724.i_2;
float * const v1746 = &(*v3453)[v69];
*v1746 = v1741;
float const v1747 = v1724.i_3;
float * const v1752 = &(*v3453)[v82];
*v1752 = v1747;
float const v1758 = *v1746;
float const v1764 = *v1734;
float const v1765 = v1764 + v1758;
*v1734 = v1765;
float const v1771 = *v1752;
float const v1777 = *v1740;
float const v1778 = v1777 + v1771;
*v1740 = v1778;
float const v1784 = *v1740;
float const v1790 = *v1734;
float const v1791 = v1790 + v1784;
*v1734 = v1791;
float const v1797 = *v1734;
float v3671_store;
float * v3671 = &v3671_store;*v3671 = v1797;
uint32_t v3672_store;
uint32_t * v3672 = &v3672_store;*v3672 = v4053;
while([&]{
uint32_t const v3461 = *v3672;
bool const v3462 = v3461 < v3336;
return v3462;
}()) {
float const v3464 = *v3671;
uint32_t const v3465 = *v3672;
float const v3466 = __shfl_xor(v3464, v3465);;
float const v3468 = v3464 + v3466;
*v3671 = v3468;
uint32_t const v3470 = 2;
uint32_t const v3471 = v3465 * v3470;
*v3672 = v3471;
}
float const v3472 = *v3671;
float * const v1803 = &(*v3308)[v121];
*v1803 = v3472;
float_4 const v1809 = *v717;
array<float, 4> v3473_store = {};
array<float, 4> * v3473 = &v3473_store;float const v1814 = v1809.i_0;
float * const v1819 = &(*v3473)[v3];
*v1819 = v1814;
float const v1820 = v1809.i_1;
float * const v1825 = &(*v3473)[v26];
*v1825 = v1820;
float const v1826 = v1809.i_2;
float * const v1831 = &(*v3473)[v69];
*v1831 = v1826;
float const v1832 = v1809.i_3;
float * const v1837 = &(*v3473)[v82];
*v1837 = v1832;
float const v1843 = *v1831;
float const v1849 = *v1819;
float const v1850 = v1849 + v1843;
*v1819 = v1850;
float const v1856 = *v1837;
float const v1862 = *v1825;
float const v1863 = v1862 + v1856;
*v1825 = v1863;
float const v1869 = *v1825;
float const v1875 = *v1819;
float const v1876 = v1875 + v1869;
*v1819 = v1876;
float const v1882 = *v1819;
float v3674_store;
float * v3674 = &v3674_store;*v3674 = v1882;
uint32_t v3675_store;
uint32_t * v3675 = &v3675_store;*v3675 = v4053;
while([&]{
uint32_t const v3481 = *v3675;
bool const v3482 = v3481 < v3336;
return v3482;
}()) {
float const v3484 = *v3674;
uint32_t const v3485 = *v3675;
float const v3486 = __shfl_xor(v3484, v3485);;
float const v3488 = v3484 + v3486;
*v3674 = v3488;
uint32_t const v3490 = 2;
uint32_t const v3491 = v3485 * v3490;
*v3675 = v3491;
}
float const v3492 = *v3674;
float * const v1888 = &(*v3308)[v134];
*v1888 = v3492;
float_4 const v1894 = *v724;
array<float, 4> v3493_store = {};
array<float, 4> * v3493 = &v3493_store;float const v1899 = v1894.i_0;
float * const v1904 = &(*v3493)[v3];
*v1904 = v1899;
float const v1905 = v1894.i_1;
float * const v1910 = &(*v3493)[v26];
*v1910 = v1905;
float const v1911 = v1894.i_2;
float * const v1916 = &(*v3493)[v69];
*v1916 = v1911;
float const v1917 = v1894.i_3;
float * const v1922 = &(*v3493)[v82];
*v1922 = v1917;
float const v1928 = *v1916;
float const v1934 = *v1904;
float const v1935 = v1934 + v1928;
*v1904 = v1935;
float const v1941 = *v1922;
float const v1947 = *v1910;
float const v1948 = v1947 + v1941;
*v1910 = v1948;
float const v1954 = *v1910;
float const v1960 = *v1904;
float const v1961 = v1960 + v1954;
*v1904 = v1961;
float const v1967 = *v1904;
float v3677_store;
float * v3677 = &v3677_store;*v3677 = v1967;
uint32_t v3678_store;
uint32_t * v3678 = &v3678_store;*v3678 = v4053;
while([&]{
uint32_t const v3501 = *v3678;
bool const v3502 = v3501 < v3336;
return v3502;
}()) {
float const v3504 = *v3677;
uint32_t const v3505 = *v3678;
float const v3506 = __shfl_xor(v3504, v3505);;
float const v3508 = v3504 + v3506;
*v3677 = v3508;
uint32_t const v3510 = 2;
uint32_t const v3511 = v3505 * v3510;
*v3678 = v3511;
}
float const v3512 = *v3677;
float * const v1973 = &(*v3308)[v24];
*v1973 = v3512;
float_4 const v1979 = *v731;
array<float, 4> v3513_store = {};
array<float, 4> * v3513 = &v3513_store;float const v1984 = v1979.i_0;
float * const v1989 = &(*v3513)[v3];
*v1989 = v1984;
float const v1990 = v1979.i_1;
float * const v1995 = &(*v3513)[v26];
*v1995 = v1990;
float const v1996 = v1979.i_2;
float * const v2001 = &(*v3513)[v69];
*v2001 = v1996;
float const v2002 = v1979.i_3;
float * const v2007 = &(*v3513)[v82];
*v2007 = v2002;
float const v2013 = *v2001;
float const v2019 = *v1989;
float const v2020 = v2019 + v2013;
*v1989 = v2020;
float const v2026 = *v2007;
float const v2032 = *v1995;
float const v2033 = v2032 + v2026;
*v1995 = v2033;
float const v2039 = *v1995;
float const v2045 = *v1989;
float const v2046 = v2045 + v2039;
*v1989 = v2046;
float const v2052 = *v1989;
float v3680_store;
float * v3680 = &v3680_store;*v3680 = v2052;
uint32_t v3681_store;
uint32_t * v3681 = &v3681_store;*v3681 = v4053;
while([&]{
uint32_t const v3521 = *v3681;
bool const v3522 = v3521 < v3336;
return v3522;
}()) {
float const v3524 = *v3680;
uint32_t const v3525 = *v3681;
float const v3526 = __shfl_xor(v3524, v3525);;
float const v3528 = v3524 + v3526;
*v3680 = v3528;
uint32_t const v3530 = 2;
uint32_t const v3531 = v3525 * v3530;
*v3681 = v3531;
}
float const v3532 = *v3680;
float * const v2058 = &(*v3308)[v228];
*v2058 = v3532;
float_4 const v2064 = *v738;
array<float, 4> v3533_store = {};
array<float, 4> * v3533 = &v3533_store;float const v2069 = v2064.i_0;
float * const v2074 = &(*v3533)[v3];
*v2074 = v2069;
float const v2075 = v2064.i_1;
float * const v2080 = &(*v3533)[v26];
*v2080 = v2075;
float const v2081 = v2064.i_2;
float * const v2086 = &(*v3533)[v69];
*v2086 = v2081;
float const v2087 = v2064.i_3;
float * const v2092 = &(*v3533)[v82];
*v2092 = v2087;
float const v2098 = *v2086;
float const v2104 = *v2074;
float const v2105 = v2104 + v2098;
*v2074 = v2105;
float const v2111 = *v2092;
float const v2117 = *v2080;
float const v2118 = v2117 + v2111;
*v2080 = v2118;
float const v2124 = *v2080;
float const v2130 = *v2074;
float const v2131 = v2130 + v2124;
*v2074 = v2131;
float const v2137 = *v2074;
float v3683_store;
float * v3683 = &v3683_store;*v3683 = v2137;
uint32_t v3684_store;
uint32_t * v3684 = &v3684_store;*v3684 = v4053;
while([&]{
uint32_t const v3541 = *v3684;
bool const v3542 = v3541 < v3336;
return v3542;
}()) {
float const v3544 = *v3683;
uint32_t const v3545 = *v3684;
float const v3546 = __shfl_xor(v3544, v3545);;
float const v3548 = v3544 + v3546;
*v3683 = v3548;
uint32_t const v3550 = 2;
uint32_t const v3551 = v3545 * v3550;
*v3684 = v3551;
}
float const v3552 = *v3683;
float * const v2143 = &(*v3308)[v234];
*v2143 = v3552;
float_4 const v2149 = *v745;
array<float, 4> v3553_store = {};
array<float, 4> * v3553 = &v3553_store;float const v2154 = v2149.i_0;
float * const v2159 = &(*v3553)[v3];
*v2159 = v2154;
float const v2160 = v2149.i_1;
float * const v2165 = &(*v3553)[v26];
*v2165 = v2160;
float const v2166 = v2149.i_2;
float * const v2171 = &(*v3553)[v69];
*v2171 = v2166;
float const v2172 = v2149.i_3;
float * const v2177 = &(*v3553)[v82];
*v2177 = v2172;
float const v2183 = *v2171;
float const v2189 = *v2159;
float const v2190 = v2189 + v2183;
*v2159 = v2190;
float const v2196 = *v2177;
float const v2202 = *v2165;
float const v2203 = v2202 + v2196;
*v2165 = v2203;
float const v2209 = *v2165;
float const v2215 = *v2159;
float const v2216 = v2215 + v2209;
*v2159 = v2216;
float const v2222 = *v2159;
float v3686_store;
float * v3686 = &v3686_store;*v3686 = v2222;
uint32_t v3687_store;
uint32_t * v3687 = &v3687_store;*v3687 = v4053;
while([&]{
uint32_t const v3561 = *v3687;
bool const v3562 = v3561 < v3336;
return v3562;
}()) {
float const v3564 = *v3686;
uint32_t const v3565 = *v3687;
float const v3566 = __shfl_xor(v3564, v3565);;
float const v3568 = v3564 + v3566;
*v3686 = v3568;
uint32_t const v3570 = 2;
uint32_t const v3571 = v3565 * v3570;
*v3687 = v3571;
}
float const v3572 = *v3686;
float * const v2228 = &(*v3308)[v240];
*v2228 = v3572;
float_4 const v2234 = *v752;
array<float, 4> v3573_store = {};
array<float, 4> * v3573 = &v3573_store;float const v2239 = v2234.i_0;
float * const v2244 = &(*v3573)[v3];
*v2244 = v2239;
float const v2245 = v2234.i_1;
float * const v2250 = &(*v3573)[v26];
*v2250 = v2245;
float const v2251 = v2234.i_2;
float * const v2256 = &(*v3573)[v69];
*v2256 = v2251;
float const v2257 = v2234.i_3;
float * const v2262 = &(*v3573)[v82];
*v2262 = v2257;
float const v2268 = *v2256;
float const v2274 = *v2244;
float const v2275 = v2274 + v2268;
*v2244 = v2275;
float const v2281 = *v2262;
float const v2287 = *v2250;
float const v2288 = v2287 + v2281;
*v2250 = v2288;
float const v2294 = *v2250;
float const v2300 = *v2244;
float const v2301 = v2300 + v2294;
*v2244 = v2301;
float const v2307 = *v2244;
float v3689_store;
float * v3689 = &v3689_store;*v3689 = v2307;
uint32_t v3690_store;
uint32_t * v3690 = &v3690_store;*v3690 = v4053;
while([&]{
uint32_t const v3581 = *v3690;
bool const v3582 = v3581 < v3336;
return v3582;
}()) {
float const v3584 = *v3689;
uint32_t const v3585 = *v3690;
float const v3586 = __shfl_xor(v3584, v3585);;
float const v3588 = v3584 + v3586;
*v3689 = v3588;
uint32_t const v3590 = 2;
uint32_t const v3591 = v3585 * v3590;
*v3690 = v3591;
}
float const v3592 = *v3689;
float * const v2313 = &(*v3308)[v246];
*v2313 = v3592;
float_4 const v2319 = *v759;
array<float, 4> v3593_store = {};
array<float, 4> * v3593 = &v3593_store;float const v2324 = v2319.i_0;
float * const v2329 = &(*v3593)[v3];
*v2329 = v2324;
float const v2330 = v2319.i_1;
float * const v2335 = &(*v3593)[v26];
*v2335 = v2330;
float const v2336 = v2319.i_2;
float * const v2341 = &(*v3593)[v69];
*v2341 = v2336;
float const v2342 = v2319.i_3;
float * const v2347 = &(*v3593)[v82];
*v2347 = v2342;
float const v2353 = *v2341;
float const v2359 = *v2329;
float const v2360 = v2359 + v2353;
*v2329 = v2360;
float const v2366 = *v2347;
float const v2372 = *v2335;
float const v2373 = v2372 + v2366;
*v2335 = v2373;
float const v2379 = *v2335;
float const v2385 = *v2329;
float const v2386 = v2385 + v2379;
*v2329 = v2386;
float const v2392 = *v2329;
float v3692_store;
float * v3692 = &v3692_store;*v3692 = v2392;
uint32_t v3693_store;
uint32_t * v3693 = &v3693_store;*v3693 = v4053;
while([&]{
uint32_t const v3601 = *v3693;
bool const v3602 = v3601 < v3336;
return v3602;
}()) {
float const v3604 = *v3692;
uint32_t const v3605 = *v3693;
float const v3606 = __shfl_xor(v3604, v3605);;
float const v3608 = v3604 + v3606;
*v3692 = v3608;
uint32_t const v3610 = 2;
uint32_t const v3611 = v3605 * v3610;
*v3693 = v3611;
}
float const v3612 = *v3692;
float * const v2398 = &(*v3308)[v252];
*v2398 = v3612;
float_4 const v2404 = *v766;
array<float, 4> v3613_store = {};
array<float, 4> * v3613 = &v3613_store;float const v2409 = v2404.i_0;
float * const v2414 = &(*v3613)[v3];
*v2414 = v2409;
float const v2415 = v2404.i_1;
float * const v2420 = &(*v3613)[v26];
*v2420 = v2415;
float const v2421 = v2404.i_2;
float * const v2426 = &(*v3613)[v69];
*v2426 = v2421;
float const v2427 = v2404.i_3;
float * const v2432 = &(*v3613)[v82];
*v2432 = v2427;
float const v2438 = *v2426;
float const v2444 = *v2414;
float const v2445 = v2444 + v2438;
*v2414 = v2445;
float const v2451 = *v2432;
float const v2457 = *v2420;
float const v2458 = v2457 + v2451;
*v2420 = v2458;
float const v2464 = *v2420;
float const v2470 = *v2414;
float const v2471 = v2470 + v2464;
*v2414 = v2471;
float const v2477 = *v2414;
float v3695_store;
float * v3695 = &v3695_store;*v3695 = v2477;
uint32_t v3696_store;
uint32_t * v3696 = &v3696_store;*v3696 = v4053;
while([&]{
uint32_t const v3621 = *v3696;
bool const v3622 = v3621 < v3336;
return v3622;
}()) {
float const v3624 = *v3695;
uint32_t const v3625 = *v3696;
float const v3626 = __shfl_xor(v3624, v3625);;
float const v3628 = v3624 + v3626;
*v3695 = v3628;
uint32_t const v3630 = 2;
uint32_t const v3631 = v3625 * v3630;
*v3696 = v3631;
}
float const v3632 = *v3695;
float * const v2483 = &(*v3308)[v258];
*v2483 = v3632;
float_4 const v2489 = *v773;
array<float, 4> v3633_store = {};
array<float, 4> * v3633 = &v3633_store;float const v2494 = v2489.i_0;
float * const v2499 = &(*v3633)[v3];
*v2499 = v2494;
float const v2500 = v2489.i_1;
float * const v2505 = &(*v3633)[v26];
*v2505 = v2500;
float const v2506 = v2489.i_2;
float * const v2511 = &(*v3633)[v69];
*v2511 = v2506;
float const v2512 = v2489.i_3;
float * const v2517 = &(*v3633)[v82];
*v2517 = v2512;
float const v2523 = *v2511;
float const v2529 = *v2499;
float const v2530 = v2529 + v2523;
*v2499 = v2530;
float const v2536 = *v2517;
float const v2542 = *v2505;
float const v2543 = v2542 + v2536;
*v2505 = v2543;
float const v2549 = *v2505;
float const v2555 = *v2499;
float const v2556 = v2555 + v2549;
*v2499 = v2556;
float const v2562 = *v2499;
float v3698_store;
float * v3698 = &v3698_store;*v3698 = v2562;
uint32_t v3699_store;
uint32_t * v3699 = &v3699_store;*v3699 = v4053;
while([&]{
uint32_t const v3641 = *v3699;
bool const v3642 = v3641 < v3336;
return v3642;
}()) {
float const v3644 = *v3698;
uint32_t const v3645 = *v3699;
float const v3646 = __shfl_xor(v3644, v3645);;
float const v3648 = v3644 + v3646;
*v3698 = v3648;
uint32_t const v3650 = 2;
uint32_t const v3651 = v3645 * v3650;
*v3699 = v3651;
}
float const v3652 = *v3698;
float * const v2568 = &(*v3308)[v264];
*v2568 = v3652;
uint32_t const v2574 = *v55;
float const* const v2582 = &v5[v2574];
float const v2583 = *v2582;
bool const v2585 = v2583 < v177;
bool const v2586 = !v2585;
if(v2586) {
float const v2592 = *v1293;
float const v2599 = *v176;
float const v4462 = fma(v2583, v2592, v2599);
*v176 = v4462;
float const v2606 = *v1973;
float const v2613 = *v224;
float const v4463 = fma(v2583, v2606, v2613);
*v224 = v4463;
}
uint32_t const v2620 = *v68;
float const* const v2628 = &v5[v2620];
float const v2629 = *v2628;
bool const v2631 = v2629 < v177;
bool const v2632 = !v2631;
if(v2632) {
float const v2638 = *v1378;
float const v2645 = *v182;
float const v4464 = fma(v2629, v2638, v2645);
*v182 = v4464;
float const v2652 = *v2058;
float const v2659 = *v230;
float const v4465 = fma(v2629, v2652, v2659);
*v230 = v4465;
}
uint32_t const v2666 = *v81;
float const* const v2674 = &v5[v2666];
float const v2675 = *v2674;
bool const v2677 = v2675 < v177;
bool const v2678 = !v2677;
if(v2678) {
float const v2684 = *v1463;
float const v2691 = *v188;
float const v4466 = fma(v2675, v2684, v2691);
*v188 = v4466;
float const v2698 = *v2143;
float const v2705 = *v236;
float const v4467 = fma(v2675, v2698, v2705);
*v236 = v4467;
}
uint32_t const v2712 = *v94;
float const* const v2720 = &v5[v2712];
float const v2721 = *v2720;
bool const v2723 = v2721 < v177;
bool const v2724 = !v2723;
if(v2724) {
float const v2730 = *v1548;
float const v2737 = *v194;
float const v4468 = fma(v2721, v2730, v2737);
*v194 = v4468;
float const v2744 = *v2228;
float const v2751 = *v242;
float const v4469 = fma(v2721, v2744, v2751);
*v242 = v4469;
}
uint32_t const v2758 = *v107;
float const* const v2766 = &v5[v2758];
float const v2767 = *v2766;
bool const v2769 = v2767 < v177;
bool const v2770 = !v2769;
if(v2770) {
float const v2776 = *v1633;
float const v2783 = *v200;
float const v4470 = fma(v2767, v2776, v2783);
*v200 = v4470;
float const v2790 = *v2313;
float const v2797 = *v248;
float const v4471 = fma(v2767, v2790, v2797);
*v248 = v4471;
}
uint32_t const v2804 = *v120;
float const* const v2812 = &v5[v2804];
float const v2813 = *v2812;
bool const v2815 = v2813 < v177;
bool const v2816 = !v2815;
if(v2816) {
float const v2822 = *v1718;
float const v2829 = *v206;
float const v4472 = fma(v2813, v2822, v2829);
*v206 = v4472;
float const v2836 = *v2398;
float const v2843 = *v254;
float const v4473 = fma(v2813, v2836, v2843);
*v254 = v4473;
}
uint32_t const v2850 = *v133;
float const* const v2858 = &v5[v2850];
float const v2859 = *v2858;
bool const v2861 = v2859 < v177;
bool const v2862 = !v2861;
if(v2862) {
float const v2868 = *v1803;
float const v2875 = *v212;
float const v4474 = fma(v2859, v2868, v2875);
*v212 = v4474;
float const v2882 = *v2483;
float const v2889 = *v260;
float const v4475 = fma(v2859, v2882, v2889);
*v260 = v4475;
}
uint32_t const v2896 = *v146;
float const* const v2904 = &v5[v2896];
float const v2905 = *v2904;
bool const v2907 = v2905 < v177;
bool const v2908 = !v2907;
if(v2908) {
float const v2914 = *v1888;
float const v2921 = *v218;
float const v4476 = fma(v2905, v2914, v2921);
*v218 = v4476;
float const v2928 = *v2568;
float const v2935 = *v266;
float const v4477 = fma(v2905, v2928, v2935);
*v266 = v4477;
}
}
uint32_t const v4015 = v4016 % v160;
bool const v2939 = v4015 == v4049;
if(v2939) {
if(v45) {
float const v2948 = *v176;
uint32_t const v2951 = 64;
uint32_t const v2952 = v35 * v2951;
uint32_t const v2953 = v2952 + v38;
uint32_t const v2954 = *v3310;
uint32_t const v2955 = v2953 + v2954;
float * const v2961 = &v17[v2955];
*v2961 = v2948;
}
if(v58) {
float const v2970 = *v182;
uint32_t const v2973 = 64;
uint32_t const v2974 = v57 * v2973;
uint32_t const v2975 = v2974 + v38;
uint32_t const v2976 = *v3310;
uint32_t const v2977 = v2975 + v2976;
float * const v2983 = &v17[v2977];
*v2983 = v2970;
}
if(v71) {
float const v2992 = *v188;
uint32_t const v2995 = 64;
uint32_t const v2996 = v70 * v2995;
uint32_t const v2997 = v2996 + v38;
uint32_t const v2998 = *v3310;
uint32_t const v2999 = v2997 + v2998;
float * const v3005 = &v17[v2999];
*v3005 = v2992;
}
if(v84) {
float const v3014 = *v194;
uint32_t const v3017 = 64;
uint32_t const v3018 = v83 * v3017;
uint32_t const v3019 = v3018 + v38;
uint32_t const v3020 = *v3310;
uint32_t const v3021 = v3019 + v3020;
float * const v3027 = &v17[v3021];
*v3027 = v3014;
}
if(v97) {
float const v3036 = *v200;
uint32_t const v3039 = 64;
uint32_t const v3040 = v96 * v3039;
uint32_t const v3041 = v3040 + v38;
uint32_t const v3042 = *v3310;
uint32_t const v3043 = v3041 + v3042;
float * const v3049 = &v17[v3043];
*v3049 = v3036;
}
if(v110) {
float const v3058 = *v206;
uint32_t const v3061 = 64;
uint32_t const v3062 = v109 * v3061;
uint32_t const v3063 = v3062 + v38;
uint32_t const v3064 = *v3310;
uint32_t const v3065 = v3063 + v3064;
float * const v3071 = &v17[v3065];
*v3071 = v3058;
}
if(v123) {
float const v3080 = *v212;
uint32_t const v3083 = 64;
uint32_t const v3084 = v122 * v3083;
uint32_t const v3085 = v3084 + v38;
uint32_t const v3086 = *v3310;
uint32_t const v3087 = v3085 + v3086;
float * const v3093 = &v17[v3087];
*v3093 = v3080;
}
if(v136) {
float const v3102 = *v218;
uint32_t const v3105 = 64;
uint32_t const v3106 = v135 * v3105;
uint32_t const v3107 = v3106 + v38;
uint32_t const v3108 = *v3310;
uint32_t const v3109 = v3107 + v3108;
float * const v3115 = &v17[v3109];
*v3115 = v3102;
}
if(v45) {
float const v3124 = *v224;
uint32_t const v3127 = 64;
uint32_t const v3128 = v35 * v3127;
uint32_t const v3129 = v3128 + v38;
uint32_t const v3130 = *v3310;
uint32_t const v3131 = v3129 + v3130;
uint32_t const v3133 = v3131 + v26;
float * const v3137 = &v17[v3133];
*v3137 = v3124;
}
if(v58) {
float const v3146 = *v230;
uint32_t const v3149 = 64;
uint32_t const v3150 = v57 * v3149;
uint32_t const v3151 = v3150 + v38;
uint32_t const v3152 = *v3310;
uint32_t const v3153 = v3151 + v3152;
uint32_t const v3155 = v3153 + v26;
float * const v3159 = &v17[v3155];
*v3159 = v3146;
}
if(v71) {
float const v3168 = *v236;
uint32_t const v3171 = 64;
uint32_t const v3172 = v70 * v3171;
uint32_t const v3173 = v3172 + v38;
uint32_t const v3174 = *v3310;
uint32_t const v3175 = v3173 + v3174;
uint32_t const v3177 = v3175 + v26;
float * const v3181 = &v17[v3177];
*v3181 = v3168;
}
if(v84) {
float const v3190 = *v242;
uint32_t const v3193 = 64;
uint32_t const v3194 = v83 * v3193;
uint32_t const v3195 = v3194 + v38;
uint32_t const v3196 = *v3310;
uint32_t const v3197 = v3195 + v3196;
uint32_t const v3199 = v3197 + v26;
float * const v3203 = &v17[v3199];
*v3203 = v3190;
}
if(v97) {
float const v3212 = *v248;
uint32_t const v3215 = 64;
uint32_t const v3216 = v96 * v3215;
uint32_t const v3217 = v3216 + v38;
uint32_t const v3218 = *v3310;
uint32_t const v3219 = v3217 + v3218;
uint32_t const v3221 = v3219 + v26;
float * const v3225 = &v17[v3221];
*v3225 = v3212;
}
if(v110) {
float const v3234 = *v254;
uint32_t const v3237 = 64;
uint32_t const v3238 = v109 * v3237;
uint32_t const v3239 = v3238 + v38;
uint32_t const v3240 = *v3310;
uint32_t const v3241 = v3239 + v3240;
uint32_t const v3243 = v3241 + v26;
float * const v3247 = &v17[v3243];
*v3247 = v3234;
}
if(v123) {
float const v3256 = *v260;
uint32_t const v3259 = 64;
uint32_t const v3260 = v122 * v3259;
uint32_t const v3261 = v3260 + v38;
uint32_t const v3262 = *v3310;
uint32_t const v3263 = v3261 + v3262;
uint32_t const v3265 = v3263 + v26;
float * const v3269 = &v17[v3265];
*v3269 = v3256;
}
if(v136) {
float const v3278 = *v266;
uint32_t const v3281 = 64;
uint32_t const v3282 = v135 * v3281;
uint32_t const v3283 = v3282 + v38;
uint32_t const v3284 = *v3310;
uint32_t const v3285 = v3283 + v3284;
uint32_t const v3287 = v3285 + v26;
float * const v3291 = &v17[v3287];
*v3291 = v3278;
}
}
uint32_t const v3293 = v162 * v69;
uint32_t const v3294 = *v3310;
uint32_t const v3295 = v3294 + v3293;
*v3310 = v3295;
}
}
return;
}
