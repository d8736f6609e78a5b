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
extern "C" __global__ void __launch_bounds__(256) moe_down_planes_f32_lanes4_d64_experts1_intermediate64_block_out16_outs_per_plane2_block_rows8_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v3266) {
uint32_t const* const dynamic_meta_v3268 = reinterpret_cast<uint32_t const*>(v3266 + 1);
const info_st& info_v3267 = *v3266;uint32_t const v3 = 0;
uint32_t const v3269 = info_v3267.scalars_u32[0];
uint32_t const v22 = uint32_t(v3269);
uint32_t const v3943 = blockIdx.z;
uint32_t const v3944 = uint32_t(v3943);
uint32_t const v3945 = gridDim.y;
uint32_t const v3946 = uint32_t(v3945);
uint32_t const v3947 = v3944 * v3946;
uint32_t const v3948 = gridDim.x;
uint32_t const v3949 = uint32_t(v3948);
uint32_t const v3950 = v3947 * v3949;
uint32_t const v3951 = blockIdx.y;
uint32_t const v3952 = uint32_t(v3951);
uint32_t const v3955 = v3952 * v3949;
uint32_t const v3956 = v3950 + v3955;
uint32_t const v3957 = blockIdx.x;
uint32_t const v3958 = uint32_t(v3957);
uint32_t const v3959 = v3956 + v3958;
uint32_t const v24 = 8;
uint32_t const v25 = v22 + v24;
uint32_t const v26 = 1;
uint32_t const v27 = v25 - v26;
uint32_t const v29 = v27 / v24;
uint32_t const v30 = 4;
uint32_t const v31 = v29 * v30;
bool const v32 = v3959 < v31;
if(v32) {
uint32_t const v33 = v3959 % v29;
uint32_t const v35 = v33 * v24;
uint32_t const v36 = v3959 / v29;
uint32_t const v37 = 16;
uint32_t const v38 = v36 * v37;
array<uint32_t, 8> v3276_store = {};
array<uint32_t, 8> * v3276 = &v3276_store;bool const v45 = v35 < v22;
uint32_t const v49 = v22 - v26;
uint32_t const v50 = v45 ? v35 : v49;
uint32_t * const v55 = &(*v3276)[v3];
*v55 = v50;
uint32_t const v57 = v35 + v26;
bool const v58 = v57 < v22;
uint32_t const v63 = v58 ? v57 : v49;
uint32_t * const v68 = &(*v3276)[v26];
*v68 = v63;
uint32_t const v69 = 2;
uint32_t const v70 = v35 + v69;
bool const v71 = v70 < v22;
uint32_t const v76 = v71 ? v70 : v49;
uint32_t * const v81 = &(*v3276)[v69];
*v81 = v76;
uint32_t const v82 = 3;
uint32_t const v83 = v35 + v82;
bool const v84 = v83 < v22;
uint32_t const v89 = v84 ? v83 : v49;
uint32_t * const v94 = &(*v3276)[v82];
*v94 = v89;
uint32_t const v96 = v35 + v30;
bool const v97 = v96 < v22;
uint32_t const v102 = v97 ? v96 : v49;
uint32_t * const v107 = &(*v3276)[v30];
*v107 = v102;
uint32_t const v108 = 5;
uint32_t const v109 = v35 + v108;
bool const v110 = v109 < v22;
uint32_t const v115 = v110 ? v109 : v49;
uint32_t * const v120 = &(*v3276)[v108];
*v120 = v115;
uint32_t const v121 = 6;
uint32_t const v122 = v35 + v121;
bool const v123 = v122 < v22;
uint32_t const v128 = v123 ? v122 : v49;
uint32_t * const v133 = &(*v3276)[v121];
*v133 = v128;
uint32_t const v134 = 7;
uint32_t const v135 = v35 + v134;
bool const v136 = v135 < v22;
uint32_t const v141 = v136 ? v135 : v49;
uint32_t * const v146 = &(*v3276)[v134];
*v146 = v141;
array<uint32_t, 8> v3277_store = {};
array<uint32_t, 8> * v3277 = &v3277_store;array<float, 16> v3278_store = {};
array<float, 16> * v3278 = &v3278_store;array<float, 16> v3279_store = {};
array<float, 16> * v3279 = &v3279_store;uint32_t const v3960 = 256;
uint32_t const v160 = warpSize;
uint32_t const v161 = v3960 / v160;
uint32_t const v162 = uint32_t(v161);
uint32_t const v3986 = threadIdx.x;
uint32_t const v4019 = 0;
uint32_t const v4023 = 1;
uint32_t const v3963 = v3986 / v160;
uint32_t const v164 = uint32_t(v3963);
uint32_t const v166 = v164 * v69;
uint32_t v3280_store;
uint32_t * v3280 = &v3280_store;*v3280 = v166;
while([&]{
uint32_t const v168 = *v3280;
bool const v170 = v168 < v37;
return v170;
}()) {
float * const v176 = &(*v3279)[v3];
float const v177 = 0;
*v176 = v177;
float * const v182 = &(*v3279)[v26];
*v182 = v177;
float * const v188 = &(*v3279)[v69];
*v188 = v177;
float * const v194 = &(*v3279)[v82];
*v194 = v177;
float * const v200 = &(*v3279)[v30];
*v200 = v177;
float * const v206 = &(*v3279)[v108];
*v206 = v177;
float * const v212 = &(*v3279)[v121];
*v212 = v177;
float * const v218 = &(*v3279)[v134];
*v218 = v177;
float * const v224 = &(*v3279)[v24];
*v224 = v177;
uint32_t const v228 = 9;
float * const v230 = &(*v3279)[v228];
*v230 = v177;
uint32_t const v234 = 10;
float * const v236 = &(*v3279)[v234];
*v236 = v177;
uint32_t const v240 = 11;
float * const v242 = &(*v3279)[v240];
*v242 = v177;
uint32_t const v246 = 12;
float * const v248 = &(*v3279)[v246];
*v248 = v177;
uint32_t const v252 = 13;
float * const v254 = &(*v3279)[v252];
*v254 = v177;
uint32_t const v258 = 14;
float * const v260 = &(*v3279)[v258];
*v260 = v177;
uint32_t const v264 = 15;
float * const v266 = &(*v3279)[v264];
*v266 = v177;
bool const v268 = false;
uint32_t const v276 = *v55;
uint32_t const v282 = v276 * v37;
uint32_t * const v287 = &(*v3277)[v3];
*v287 = v282;
bool const v289 = true;
bool v3283_store;
bool * v3283 = &v3283_store;bool v3284_store;
bool * v3284 = &v3284_store;if(v45) {
uint32_t const v300 = *v55;
float const* const v308 = &v5[v300];
float const v309 = *v308;
bool const v311 = v309 < v177;
bool const v312 = !v311;
*v3284 = v312;
}
 else {
*v3284 = v268;
}
bool const v315 = *v3284;
*v3283 = v315;
bool const v316 = *v3283;
uint32_t const v322 = *v68;
uint32_t const v328 = v322 * v37;
uint32_t * const v333 = &(*v3277)[v26];
*v333 = v328;
bool v3285_store;
bool * v3285 = &v3285_store;if(v316) {
*v3285 = v289;
}
 else {
bool v3286_store;
bool * v3286 = &v3286_store;if(v58) {
uint32_t const v346 = *v68;
float const* const v354 = &v5[v346];
float const v355 = *v354;
bool const v357 = v355 < v177;
bool const v358 = !v357;
*v3286 = v358;
}
 else {
*v3286 = v268;
}
bool const v361 = *v3286;
*v3285 = v361;
}
bool const v362 = *v3285;
uint32_t const v368 = *v81;
uint32_t const v374 = v368 * v37;
uint32_t * const v379 = &(*v3277)[v69];
*v379 = v374;
bool v3287_store;
bool * v3287 = &v3287_store;if(v362) {
*v3287 = v289;
}
 else {
bool v3288_store;
bool * v3288 = &v3288_store;if(v71) {
uint32_t const v392 = *v81;
float const* const v400 = &v5[v392];
float const v401 = *v400;
bool const v403 = v401 < v177;
bool const v404 = !v403;
*v3288 = v404;
}
 else {
*v3288 = v268;
}
bool const v407 = *v3288;
*v3287 = v407;
}
bool const v408 = *v3287;
uint32_t const v414 = *v94;
uint32_t const v420 = v414 * v37;
uint32_t * const v425 = &(*v3277)[v82];
*v425 = v420;
bool v3289_store;
bool * v3289 = &v3289_store;if(v408) {
*v3289 = v289;
}
 else {
bool v3290_store;
bool * v3290 = &v3290_store;if(v84) {
uint32_t const v438 = *v94;
float const* const v446 = &v5[v438];
float const v447 = *v446;
bool const v449 = v447 < v177;
bool const v450 = !v449;
*v3290 = v450;
}
 else {
*v3290 = v268;
}
bool const v453 = *v3290;
*v3289 = v453;
}
bool const v454 = *v3289;
uint32_t const v460 = *v107;
uint32_t const v466 = v460 * v37;
uint32_t * const v471 = &(*v3277)[v30];
*v471 = v466;
bool v3291_store;
bool * v3291 = &v3291_store;if(v454) {
*v3291 = v289;
}
 else {
bool v3292_store;
bool * v3292 = &v3292_store;if(v97) {
uint32_t const v484 = *v107;
float const* const v492 = &v5[v484];
float const v493 = *v492;
bool const v495 = v493 < v177;
bool const v496 = !v495;
*v3292 = v496;
}
 else {
*v3292 = v268;
}
bool const v499 = *v3292;
*v3291 = v499;
}
bool const v500 = *v3291;
uint32_t const v506 = *v120;
uint32_t const v512 = v506 * v37;
uint32_t * const v517 = &(*v3277)[v108];
*v517 = v512;
bool v3293_store;
bool * v3293 = &v3293_store;if(v500) {
*v3293 = v289;
}
 else {
bool v3294_store;
bool * v3294 = &v3294_store;if(v110) {
uint32_t const v530 = *v120;
float const* const v538 = &v5[v530];
float const v539 = *v538;
bool const v541 = v539 < v177;
bool const v542 = !v541;
*v3294 = v542;
}
 else {
*v3294 = v268;
}
bool const v545 = *v3294;
*v3293 = v545;
}
bool const v546 = *v3293;
uint32_t const v552 = *v133;
uint32_t const v558 = v552 * v37;
uint32_t * const v563 = &(*v3277)[v121];
*v563 = v558;
bool v3295_store;
bool * v3295 = &v3295_store;if(v546) {
*v3295 = v289;
}
 else {
bool v3296_store;
bool * v3296 = &v3296_store;if(v123) {
uint32_t const v576 = *v133;
float const* const v584 = &v5[v576];
float const v585 = *v584;
bool const v587 = v585 < v177;
bool const v588 = !v587;
*v3296 = v588;
}
 else {
*v3296 = v268;
}
bool const v591 = *v3296;
*v3295 = v591;
}
bool const v592 = *v3295;
uint32_t const v598 = *v146;
uint32_t const v604 = v598 * v37;
uint32_t * const v609 = &(*v3277)[v134];
*v609 = v604;
bool v3297_store;
bool * v3297 = &v3297_store;if(v592) {
*v3297 = v289;
}
 else {
bool v3298_store;
bool * v3298 = &v3298_store;if(v136) {
uint32_t const v622 = *v146;
float const* const v630 = &v5[v622];
float const v631 = *v630;
bool const v633 = v631 < v177;
bool const v634 = !v633;
*v3298 = v634;
}
 else {
*v3298 = v268;
}
bool const v637 = *v3298;
*v3297 = v637;
}
bool const v638 = *v3297;
if(v638) {
uint32_t const* const v644 = &v13[v3];
uint32_t const v645 = *v644;
uint32_t const v646 = uint32_t(v645);
uint32_t const v647 = 64;
uint32_t const v648 = v646 * v647;
uint32_t const v649 = v648 + v38;
uint32_t const v650 = *v3280;
uint32_t const v651 = v649 + v650;
uint32_t const v653 = v651 * v37;
uint32_t const v3966 = v3986 % v160;
uint32_t const v655 = uint32_t(v3966);
uint32_t const v657 = uint32_t(v160);
array<float_4, 16> v3299_store = {};
array<float_4, 16> * v3299 = &v3299_store;float_4 const v663 = float_4{v177, v177, v177, v177};
float_4 * const v668 = &(*v3299)[v3];
*v668 = v663;
float_4 * const v675 = &(*v3299)[v26];
*v675 = v663;
float_4 * const v682 = &(*v3299)[v69];
*v682 = v663;
float_4 * const v689 = &(*v3299)[v82];
*v689 = v663;
float_4 * const v696 = &(*v3299)[v30];
*v696 = v663;
float_4 * const v703 = &(*v3299)[v108];
*v703 = v663;
float_4 * const v710 = &(*v3299)[v121];
*v710 = v663;
float_4 * const v717 = &(*v3299)[v134];
*v717 = v663;
float_4 * const v724 = &(*v3299)[v24];
*v724 = v663;
float_4 * const v731 = &(*v3299)[v228];
*v731 = v663;
float_4 * const v738 = &(*v3299)[v234];
*v738 = v663;
float_4 * const v745 = &(*v3299)[v240];
*v745 = v663;
float_4 * const v752 = &(*v3299)[v246];
*v752 = v663;
float_4 * const v759 = &(*v3299)[v252];
*v759 = v663;
float_4 * const v766 = &(*v3299)[v258];
*v766 = v663;
float_4 * const v773 = &(*v3299)[v264];
*v773 = v663;
uint32_t v3300_store;
uint32_t * v3300 = &v3300_store;*v3300 = v655;
while([&]{
uint32_t const v775 = *v3300;
bool const v777 = v775 < v37;
return v777;
}()) {
array<float_4, 2> v3302_store = {};
array<float_4, 2> * v3302 = &v3302_store;uint32_t const v787 = *v3300;
uint32_t const v788 = v653 + v787;
float_4 const* const v792 = &v9[v788];
float_4 const v793 = *v792;
float_4 * const v798 = &(*v3302)[v3];
*v798 = v793;
uint32_t const v802 = v653 + v37;
uint32_t const v804 = v802 + v787;
float_4 const* const v808 = &v9[v804];
float_4 const v809 = *v808;
float_4 * const v814 = &(*v3302)[v26];
*v814 = v809;
uint32_t const v820 = *v287;
uint32_t const v822 = v820 + v787;
float_4 const* const v826 = &v1[v822];
float_4 const v827 = *v826;
float_4 const v833 = *v798;
float_4 const v839 = *v668;
float const v3671 = v833.i_0;
float const v3672 = v827.i_0;
float const v3673 = v839.i_0;
float const v3674 = fma(v3671, v3672, v3673);
float const v3675 = v833.i_1;
float const v3676 = v827.i_1;
float const v3677 = v839.i_1;
float const v3678 = fma(v3675, v3676, v3677);
float const v3679 = v833.i_2;
float const v3680 = v827.i_2;
float const v3681 = v839.i_2;
float const v3682 = fma(v3679, v3680, v3681);
float const v3683 = v833.i_3;
float const v3684 = v827.i_3;
float const v3685 = v839.i_3;
float const v3686 = fma(v3683, v3684, v3685);
float_4 const v3687 = float_4{v3674, v3678, v3682, v3686};
*v668 = v3687;
float_4 const v851 = *v814;
float_4 const v857 = *v724;
float const v3688 = v851.i_0;
float const v3690 = v857.i_0;
float const v3691 = fma(v3688, v3672, v3690);
float const v3692 = v851.i_1;
float const v3694 = v857.i_1;
float const v3695 = fma(v3692, v3676, v3694);
float const v3696 = v851.i_2;
float const v3698 = v857.i_2;
float const v3699 = fma(v3696, v3680, v3698);
float const v3700 = v851.i_3;
float const v3702 = v857.i_3;
float const v3703 = fma(v3700, v3684, v3702);
float_4 const v3704 = float_4{v3691, v3695, v3699, v3703};
*v724 = v3704;
uint32_t const v869 = *v333;
uint32_t const v871 = v869 + v787;
float_4 const* const v875 = &v1[v871];
float_4 const v876 = *v875;
float_4 const v888 = *v675;
float const v3706 = v876.i_0;
float const v3707 = v888.i_0;
float const v3708 = fma(v3671, v3706, v3707);
float const v3710 = v876.i_1;
float const v3711 = v888.i_1;
float const v3712 = fma(v3675, v3710, v3711);
float const v3714 = v876.i_2;
float const v3715 = v888.i_2;
float const v3716 = fma(v3679, v3714, v3715);
float const v3718 = v876.i_3;
float const v3719 = v888.i_3;
float const v3720 = fma(v3683, v3718, v3719);
float_4 const v3721 = float_4{v3708, v3712, v3716, v3720};
*v675 = v3721;
float_4 const v906 = *v731;
float const v3724 = v906.i_0;
float const v3725 = fma(v3688, v3706, v3724);
float const v3728 = v906.i_1;
float const v3729 = fma(v3692, v3710, v3728);
float const v3732 = v906.i_2;
float const v3733 = fma(v3696, v3714, v3732);
float const v3736 = v906.i_3;
float const v3737 = fma(v3700, v3718, v3736);
float_4 const v3738 = float_4{v3725, v3729, v3733, v3737};
*v731 = v3738;
uint32_t const v918 = *v379;
uint32_t const v920 = v918 + v787;
float_4 const* const v924 = &v1[v920];
float_4 const v925 = *v924;
float_4 const v937 = *v682;
float const v3740 = v925.i_0;
float const v3741 = v937.i_0;
float const v3742 = fma(v3671, v3740, v3741);
float const v3744 = v925.i_1;
float const v3745 = v937.i_1;
float const v3746 = fma(v3675, v3744, v3745);
float const v3748 = v925.i_2;
float const v3749 = v937.i_2;
float const v3750 = fma(v3679, v3748, v3749);
float const v3752 = v925.i_3;
float const v3753 = v937.i_3;
float const v3754 = fma(v3683, v3752, v3753);
float_4 const v3755 = float_4{v3742, v3746, v3750, v3754};
*v682 = v3755;
float_4 const v955 = *v738;
float const v3758 = v955.i_0;
float const v3759 = fma(v3688, v3740, v3758);
float const v3762 = v955.i_1;
float const v3763 = fma(v3692, v3744, v3762);
float const v3766 = v955.i_2;
float const v3767 = fma(v3696, v3748, v3766);
float const v3770 = v955.i_3;
float const v3771 = fma(v3700, v3752, v3770);
float_4 const v3772 = float_4{v3759, v3763, v3767, v3771};
*v738 = v3772;
uint32_t const v967 = *v425;
uint32_t const v969 = v967 + v787;
float_4 const* const v973 = &v1[v969];
float_4 const v974 = *v973;
float_4 const v986 = *v689;
float const v3774 = v974.i_0;
float const v3775 = v986.i_0;
float const v3776 = fma(v3671, v3774, v3775);
float const v3778 = v974.i_1;
float const v3779 = v986.i_1;
float const v3780 = fma(v3675, v3778, v3779);
float const v3782 = v974.i_2;
float const v3783 = v986.i_2;
float const v3784 = fma(v3679, v3782, v3783);
float const v3786 = v974.i_3;
float const v3787 = v986.i_3;
float const v3788 = fma(v3683, v3786, v3787);
float_4 const v3789 = float_4{v3776, v3780, v3784, v3788};
*v689 = v3789;
float_4 const v1004 = *v745;
float const v3792 = v1004.i_0;
float const v3793 = fma(v3688, v3774, v3792);
float const v3796 = v1004.i_1;
float const v3797 = fma(v3692, v3778, v3796);
float const v3800 = v1004.i_2;
float const v3801 = fma(v3696, v3782, v3800);
float const v3804 = v1004.i_3;
float const v3805 = fma(v3700, v3786, v3804);
float_4 const v3806 = float_4{v3793, v3797, v3801, v3805};
*v745 = v3806;
uint32_t const v1016 = *v471;
uint32_t const v1018 = v1016 + v787;
float_4 const* const v1022 = &v1[v1018];
float_4 const v1023 = *v1022;
float_4 const v1035 = *v696;
float const v3808 = v1023.i_0;
float const v3809 = v1035.i_0;
float const v3810 = fma(v3671, v3808, v3809);
float const v3812 = v1023.i_1;
float const v3813 = v1035.i_1;
float const v3814 = fma(v3675, v3812, v3813);
float const v3816 = v1023.i_2;
float const v3817 = v1035.i_2;
float const v3818 = fma(v3679, v3816, v3817);
float const v3820 = v1023.i_3;
float const v3821 = v1035.i_3;
float const v3822 = fma(v3683, v3820, v3821);
float_4 const v3823 = float_4{v3810, v3814, v3818, v3822};
*v696 = v3823;
float_4 const v1053 = *v752;
float const v3826 = v1053.i_0;
float const v3827 = fma(v3688, v3808, v3826);
float const v3830 = v1053.i_1;
float const v3831 = fma(v3692, v3812, v3830);
float const v3834 = v1053.i_2;
float const v3835 = fma(v3696, v3816, v3834);
float const v3838 = v1053.i_3;
float const v3839 = fma(v3700, v3820, v3838);
float_4 const v3840 = float_4{v3827, v3831, v3835, v3839};
*v752 = v3840;
uint32_t const v1065 = *v517;
uint32_t const v1067 = v1065 + v787;
float_4 const* const v1071 = &v1[v1067];
float_4 const v1072 = *v1071;
float_4 const v1084 = *v703;
float const v3842 = v1072.i_0;
float const v3843 = v1084.i_0;
float const v3844 = fma(v3671, v3842, v3843);
float const v3846 = v1072.i_1;
float const v3847 = v1084.i_1;
float const v3848 = fma(v3675, v3846, v3847);
float const v3850 = v1072.i_2;
float const v3851 = v1084.i_2;
float const v3852 = fma(v3679, v3850, v3851);
float const v3854 = v1072.i_3;
float const v3855 = v1084.i_3;
float const v3856 = fma(v3683, v3854, v3855);
float_4 const v3857 = float_4{v3844, v3848, v3852, v3856};
*v703 = v3857;
float_4 const v1102 = *v759;
float const v3860 = v1102.i_0;
float const v3861 = fma(v3688, v3842, v3860);
float const v3864 = v1102.i_1;
float const v3865 = fma(v3692, v3846, v3864);
float const v3868 = v1102.i_2;
float const v3869 = fma(v3696, v3850, v3868);
float const v3872 = v1102.i_3;
float const v3873 = fma(v3700, v3854, v3872);
float_4 const v3874 = float_4{v3861, v3865, v3869, v3873};
*v759 = v3874;
uint32_t const v1114 = *v563;
uint32_t const v1116 = v1114 + v787;
float_4 const* const v1120 = &v1[v1116];
float_4 const v1121 = *v1120;
float_4 const v1133 = *v710;
float const v3876 = v1121.i_0;
float const v3877 = v1133.i_0;
float const v3878 = fma(v3671, v3876, v3877);
float const v3880 = v1121.i_1;
float const v3881 = v1133.i_1;
float const v3882 = fma(v3675, v3880, v3881);
float const v3884 = v1121.i_2;
float const v3885 = v1133.i_2;
float const v3886 = fma(v3679, v3884, v3885);
float const v3888 = v1121.i_3;
float const v3889 = v1133.i_3;
float const v3890 = fma(v3683, v3888, v3889);
float_4 const v3891 = float_4{v3878, v3882, v3886, v3890};
*v710 = v3891;
float_4 const v1151 = *v766;
float const v3894 = v1151.i_0;
float const v3895 = fma(v3688, v3876, v3894);
float const v3898 = v1151.i_1;
float const v3899 = fma(v3692, v3880, v3898);
float const v3902 = v1151.i_2;
float const v3903 = fma(v3696, v3884, v3902);
float const v3906 = v1151.i_3;
float const v3907 = fma(v3700, v3888, v3906);
float_4 const v3908 = float_4{v3895, v3899, v3903, v3907};
*v766 = v3908;
uint32_t const v1163 = *v609;
uint32_t const v1165 = v1163 + v787;
float_4 const* const v1169 = &v1[v1165];
float_4 const v1170 = *v1169;
float_4 const v1182 = *v717;
float const v3910 = v1170.i_0;
float const v3911 = v1182.i_0;
float const v3912 = fma(v3671, v3910, v3911);
float const v3914 = v1170.i_1;
float const v3915 = v1182.i_1;
float const v3916 = fma(v3675, v3914, v3915);
float const v3918 = v1170.i_2;
float const v3919 = v1182.i_2;
float const v3920 = fma(v3679, v3918, v3919);
float const v3922 = v1170.i_3;
float const v3923 = v1182.i_3;
float const v3924 = fma(v3683, v3922, v3923);
float_4 const v3925 = float_4{v3912, v3916, v3920, v3924};
*v717 = v3925;
float_4 const v1200 = *v773;
float const v3928 = v1200.i_0;
float const v3929 = fma(v3688, v3910, v3928);
float const v3932 = v1200.i_1;
float const v3933 = fma(v3692, v3914, v3932);
float const v3936 = v1200.i_2;
float const v3937 = fma(v3696, v3918, v3936);
float const v3940 = v1200.i_3;
float const v3941 = fma(v3700, v3922, v3940);
float_4 const v3942 = float_4{v3929, v3933, v3937, v3941};
*v773 = v3942;
uint32_t const v1208 = v787 + v657;
*v3300 = v1208;
}
float_4 const v1214 = *v668;
array<float, 4> v3303_store = {};
array<float, 4> * v3303 = &v3303_store;float const v1219 = v1214.i_0;
float * const v1224 = &(*v3303)[v3];
*v1224 = v1219;
float const v1225 = v1214.i_1;
float * const v1230 = &(*v3303)[v26];
*v1230 = v1225;
float const v1231 = v1214.i_2;
float * const v1236 = &(*v3303)[v69];
*v1236 = v1231;
float const v1237 = v1214.i_3;
float * const v1242 = &(*v3303)[v82];
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
uint32_t const v3306 = min(v160, v3960);
float v3623_store;
float * v3623 = &v3623_store;*v3623 = v1287;
uint32_t v3624_store;
uint32_t * v3624 = &v3624_store;*v3624 = v4023;
while([&]{
uint32_t const v3311 = *v3624;
bool const v3312 = v3311 < v3306;
return v3312;
}()) {
float const v3314 = *v3623;
uint32_t const v3315 = *v3624;
float const v3316 = __shfl_xor(v3314, v3315);;
float const v3318 = v3314 + v3316;
*v3623 = v3318;
uint32_t const v3320 = 2;
uint32_t const v3321 = v3315 * v3320;
*v3624 = v3321;
}
float const v3322 = *v3623;
float * const v1293 = &(*v3278)[v3];
*v1293 = v3322;
float_4 const v1299 = *v675;
array<float, 4> v3323_store = {};
array<float, 4> * v3323 = &v3323_store;float const v1304 = v1299.i_0;
float * const v1309 = &(*v3323)[v3];
*v1309 = v1304;
float const v1310 = v1299.i_1;
float * const v1315 = &(*v3323)[v26];
*v1315 = v1310;
float const v1316 = v1299.i_2;
float * const v1321 = &(*v3323)[v69];
*v1321 = v1316;
float const v1322 = v1299.i_3;
float * const v1327 = &(*v3323)[v82];
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
float v3626_store;
float * v3626 = &v3626_store;*v3626 = v1372;
uint32_t v3627_store;
uint32_t * v3627 = &v3627_store;*v3627 = v4023;
while([&]{
uint32_t const v3331 = *v3627;
bool const v3332 = v3331 < v3306;
return v3332;
}()) {
float const v3334 = *v3626;
uint32_t const v3335 = *v3627;
float const v3336 = __shfl_xor(v3334, v3335);;
float const v3338 = v3334 + v3336;
*v3626 = v3338;
uint32_t const v3340 = 2;
uint32_t const v3341 = v3335 * v3340;
*v3627 = v3341;
}
float const v3342 = *v3626;
float * const v1378 = &(*v3278)[v26];
*v1378 = v3342;
float_4 const v1384 = *v682;
array<float, 4> v3343_store = {};
array<float, 4> * v3343 = &v3343_store;float const v1389 = v1384.i_0;
float * const v1394 = &(*v3343)[v3];
*v1394 = v1389;
float const v1395 = v1384.i_1;
float * const v1400 = &(*v3343)[v26];
*v1400 = v1395;
float const v1401 = v1384.i_2;
float * const v1406 = &(*v3343)[v69];
*v1406 = v1401;
float const v1407 = v1384.i_3;
float * const v1412 = &(*v3343)[v82];
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
float v3629_store;
float * v3629 = &v3629_store;*v3629 = v1457;
uint32_t v3630_store;
uint32_t * v3630 = &v3630_store;*v3630 = v4023;
while([&]{
uint32_t const v3351 = *v3630;
bool const v3352 = v3351 < v3306;
return v3352;
}()) {
float const v3354 = *v3629;
uint32_t const v3355 = *v3630;
float const v3356 = __shfl_xor(v3354, v3355);;
float const v3358 = v3354 + v3356;
*v3629 = v3358;
uint32_t const v3360 = 2;
uint32_t const v3361 = v3355 * v3360;
*v3630 = v3361;
}
float const v3362 = *v3629;
float * const v1463 = &(*v3278)[v69];
*v1463 = v3362;
float_4 const v1469 = *v689;
array<float, 4> v3363_store = {};
array<float, 4> * v3363 = &v3363_store;float const v1474 = v1469.i_0;
float * const v1479 = &(*v3363)[v3];
*v1479 = v1474;
float const v1480 = v1469.i_1;
float * const v1485 = &(*v3363)[v26];
*v1485 = v1480;
float const v1486 = v1469.i_2;
float * const v1491 = &(*v3363)[v69];
*v1491 = v1486;
float const v1492 = v1469.i_3;
float * const v1497 = &(*v3363)[v82];
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
float v3632_store;
float * v3632 = &v3632_store;*v3632 = v1542;
uint32_t v3633_store;
uint32_t * v3633 = &v3633_store;*v3633 = v4023;
while([&]{
uint32_t const v3371 = *v3633;
bool const v3372 = v3371 < v3306;
return v3372;
}()) {
float const v3374 = *v3632;
uint32_t const v3375 = *v3633;
float const v3376 = __shfl_xor(v3374, v3375);;
float const v3378 = v3374 + v3376;
*v3632 = v3378;
uint32_t const v3380 = 2;
uint32_t const v3381 = v3375 * v3380;
*v3633 = v3381;
}
float const v3382 = *v3632;
float * const v1548 = &(*v3278)[v82];
*v1548 = v3382;
float_4 const v1554 = *v696;
array<float, 4> v3383_store = {};
array<float, 4> * v3383 = &v3383_store;float const v1559 = v1554.i_0;
float * const v1564 = &(*v3383)[v3];
*v1564 = v1559;
float const v1565 = v1554.i_1;
float * const v1570 = &(*v3383)[v26];
*v1570 = v1565;
float const v1571 = v1554.i_2;
float * const v1576 = &(*v3383)[v69];
*v1576 = v1571;
float const v1577 = v1554.i_3;
float * const v1582 = &(*v3383)[v82];
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
float v3635_store;
float * v3635 = &v3635_store;*v3635 = v1627;
uint32_t v3636_store;
uint32_t * v3636 = &v3636_store;*v3636 = v4023;
while([&]{
uint32_t const v3391 = *v3636;
bool const v3392 = v3391 < v3306;
return v3392;
}()) {
float const v3394 = *v3635;
uint32_t const v3395 = *v3636;
float const v3396 = __shfl_xor(v3394, v3395);;
float const v3398 = v3394 + v3396;
*v3635 = v3398;
uint32_t const v3400 = 2;
uint32_t const v3401 = v3395 * v3400;
*v3636 = v3401;
}
float const v3402 = *v3635;
float * const v1633 = &(*v3278)[v30];
*v1633 = v3402;
float_4 const v1639 = *v703;
array<float, 4> v3403_store = {};
array<float, 4> * v3403 = &v3403_store;float const v1644 = v1639.i_0;
float * const v1649 = &(*v3403)[v3];
*v1649 = v1644;
float const v1650 = v1639.i_1;
float * const v1655 = &(*v3403)[v26];
*v1655 = v1650;
float const v1656 = v1639.i_2;
float * const v1661 = &(*v3403)[v69];
*v1661 = v1656;
float const v1662 = v1639.i_3;
float * const v1667 = &(*v3403)[v82];
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
float v3638_store;
float * v3638 = &v3638_store;*v3638 = v1712;
uint32_t v3639_store;
uint32_t * v3639 = &v3639_store;*v3639 = v4023;
while([&]{
uint32_t const v3411 = *v3639;
bool const v3412 = v3411 < v3306;
return v3412;
}()) {
float const v3414 = *v3638;
uint32_t const v3415 = *v3639;
float const v3416 = __shfl_xor(v3414, v3415);;
float const v3418 = v3414 + v3416;
*v3638 = v3418;
uint32_t const v3420 = 2;
uint32_t const v3421 = v3415 * v3420;
*v3639 = v3421;
}
float const v3422 = *v3638;
float * const v1718 = &(*v3278)[v108];
*v1718 = v3422;
float_4 const v1724 = *v710;
array<float, 4> v3423_store = {};
array<float, 4> * v3423 = &v3423_store;float const v1729 = v1724.i_0;
float * const v1734 = &(*v3423)[v3];
*v1734 = v1729;
float const v1735 = v1724.i_1;
float * const v1740 = &(*v3423)[v26];
*v1740 = v1735;
float const v1741 = v1724.i_2;
float * const v1746 = &(*v3423)[v69];
*v1746 = v1741;
float const v1747 = v1724.i_3;
float * const v1752 = &(*v3423)[v82];
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
float v3641_store;
float * v3641 = &v3641_store;*v3641 = v1797;
uint32_t v3642_store;
uint32_t * v3642 = &v3642_store;*v3642 = v4023;
while([&]{
uint32_t const v3431 = *v3642;
bool const v3432 = v3431 < v3306;
return v3432;
}()) {
float const v3434 = *v3641;
uint32_t const v3435 = *v3642;
float const v3436 = __shfl_xor(v3434, v3435);;
float const v3438 = v3434 + v3436;
*v3641 = v3438;
uint32_t const v3440 = 2;
uint32_t const v3441 = v3435 * v3440;
*v3642 = v3441;
}
float const v3442 = *v3641;
float * const v1803 = &(*v3278)[v121];
*v1803 = v3442;
float_4 const v1809 = *v717;
array<float, 4> v3443_store = {};
array<float, 4> * v3443 = &v3443_store;float const v1814 = v1809.i_0;
float * const v1819 = &(*v3443)[v3];
*v1819 = v1814;
float const v1820 = v1809.i_1;
float * const v1825 = &(*v3443)[v26];
*v1825 = v1820;
float const v1826 = v1809.i_2;
float * const v1831 = &(*v3443)[v69];
*v1831 = v1826;
float const v1832 = v1809.i_3;
float * const v1837 = &(*v3443)[v82];
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
float v3644_store;
float * v3644 = &v3644_store;*v3644 = v1882;
uint32_t v3645_store;
uint32_t * v3645 = &v3645_store;*v3645 = v4023;
while([&]{
uint32_t const v3451 = *v3645;
bool const v3452 = v3451 < v3306;
return v3452;
}()) {
float const v3454 = *v3644;
uint32_t const v3455 = *v3645;
float const v3456 = __shfl_xor(v3454, v3455);;
float const v3458 = v3454 + v3456;
*v3644 = v3458;
uint32_t const v3460 = 2;
uint32_t const v3461 = v3455 * v3460;
*v3645 = v3461;
}
float const v3462 = *v3644;
float * const v1888 = &(*v3278)[v134];
*v1888 = v3462;
float_4 const v1894 = *v724;
array<float, 4> v3463_store = {};
array<float, 4> * v3463 = &v3463_store;float const v1899 = v1894.i_0;
float * const v1904 = &(*v3463)[v3];
*v1904 = v1899;
float const v1905 = v1894.i_1;
float * const v1910 = &(*v3463)[v26];
*v1910 = v1905;
float const v1911 = v1894.i_2;
float * const v1916 = &(*v3463)[v69];
*v1916 = v1911;
float const v1917 = v1894.i_3;
float * const v1922 = &(*v3463)[v82];
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
float v3647_store;
float * v3647 = &v3647_store;*v3647 = v1967;
uint32_t v3648_store;
uint32_t * v3648 = &v3648_store;*v3648 = v4023;
while([&]{
uint32_t const v3471 = *v3648;
bool const v3472 = v3471 < v3306;
return v3472;
}()) {
float const v3474 = *v3647;
uint32_t const v3475 = *v3648;
float const v3476 = __shfl_xor(v3474, v3475);;
float const v3478 = v3474 + v3476;
*v3647 = v3478;
uint32_t const v3480 = 2;
uint32_t const v3481 = v3475 * v3480;
*v3648 = v3481;
}
float const v3482 = *v3647;
float * const v1973 = &(*v3278)[v24];
*v1973 = v3482;
float_4 const v1979 = *v731;
array<float, 4> v3483_store = {};
array<float, 4> * v3483 = &v3483_store;float const v1984 = v1979.i_0;
float * const v1989 = &(*v3483)[v3];
*v1989 = v1984;
float const v1990 = v1979.i_1;
float * const v1995 = &(*v3483)[v26];
*v1995 = v1990;
float const v1996 = v1979.i_2;
float * const v2001 = &(*v3483)[v69];
*v2001 = v1996;
float const v2002 = v1979.i_3;
float * const v2007 = &(*v3483)[v82];
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
float v3650_store;
float * v3650 = &v3650_store;*v3650 = v2052;
uint32_t v3651_store;
uint32_t * v3651 = &v3651_store;*v3651 = v4023;
while([&]{
uint32_t const v3491 = *v3651;
bool const v3492 = v3491 < v3306;
return v3492;
}()) {
float const v3494 = *v3650;
uint32_t const v3495 = *v3651;
float const v3496 = __shfl_xor(v3494, v3495);;
float const v3498 = v3494 + v3496;
*v3650 = v3498;
uint32_t const v3500 = 2;
uint32_t const v3501 = v3495 * v3500;
*v3651 = v3501;
}
float const v3502 = *v3650;
float * const v2058 = &(*v3278)[v228];
*v2058 = v3502;
float_4 const v2064 = *v738;
array<float, 4> v3503_store = {};
array<float, 4> * v3503 = &v3503_store;float const v2069 = v2064.i_0;
float * const v2074 = &(*v3503)[v3];
*v2074 = v2069;
float const v2075 = v2064.i_1;
float * const v2080 = &(*v3503)[v26];
*v2080 = v2075;
float const v2081 = v2064.i_2;
float * const v2086 = &(*v3503)[v69];
*v2086 = v2081;
float const v2087 = v2064.i_3;
float * const v2092 = &(*v3503)[v82];
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
float v3653_store;
float * v3653 = &v3653_store;*v3653 = v2137;
uint32_t v3654_store;
uint32_t * v3654 = &v3654_store;*v3654 = v4023;
while([&]{
uint32_t const v3511 = *v3654;
bool const v3512 = v3511 < v3306;
return v3512;
}()) {
float const v3514 = *v3653;
uint32_t const v3515 = *v3654;
float const v3516 = __shfl_xor(v3514, v3515);;
float const v3518 = v3514 + v3516;
*v3653 = v3518;
uint32_t const v3520 = 2;
uint32_t const v3521 = v3515 * v3520;
*v3654 = v3521;
}
float const v3522 = *v3653;
float * const v2143 = &(*v3278)[v234];
*v2143 = v3522;
float_4 const v2149 = *v745;
array<float, 4> v3523_store = {};
array<float, 4> * v3523 = &v3523_store;float const v2154 = v2149.i_0;
float * const v2159 = &(*v3523)[v3];
*v2159 = v2154;
float const v2160 = v2149.i_1;
float * const v2165 = &(*v3523)[v26];
*v2165 = v2160;
float const v2166 = v2149.i_2;
float * const v2171 = &(*v3523)[v69];
*v2171 = v2166;
float const v2172 = v2149.i_3;
float * const v2177 = &(*v3523)[v82];
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
float v3656_store;
float * v3656 = &v3656_store;*v3656 = v2222;
uint32_t v3657_store;
uint32_t * v3657 = &v3657_store;*v3657 = v4023;
while([&]{
uint32_t const v3531 = *v3657;
bool const v3532 = v3531 < v3306;
return v3532;
}()) {
float const v3534 = *v3656;
uint32_t const v3535 = *v3657;
float const v3536 = __shfl_xor(v3534, v3535);;
float const v3538 = v3534 + v3536;
*v3656 = v3538;
uint32_t const v3540 = 2;
uint32_t const v3541 = v3535 * v3540;
*v3657 = v3541;
}
float const v3542 = *v3656;
float * const v2228 = &(*v3278)[v240];
*v2228 = v3542;
float_4 const v2234 = *v752;
array<float, 4> v3543_store = {};
array<float, 4> * v3543 = &v3543_store;float const v2239 = v2234.i_0;
float * const v2244 = &(*v3543)[v3];
*v2244 = v2239;
float const v2245 = v2234.i_1;
float * const v2250 = &(*v3543)[v26];
*v2250 = v2245;
float const v2251 = v2234.i_2;
float * const v2256 = &(*v3543)[v69];
*v2256 = v2251;
float const v2257 = v2234.i_3;
float * const v2262 = &(*v3543)[v82];
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
float v3659_store;
float * v3659 = &v3659_store;*v3659 = v2307;
uint32_t v3660_store;
uint32_t * v3660 = &v3660_store;*v3660 = v4023;
while([&]{
uint32_t const v3551 = *v3660;
bool const v3552 = v3551 < v3306;
return v3552;
}()) {
float const v3554 = *v3659;
uint32_t const v3555 = *v3660;
float const v3556 = __shfl_xor(v3554, v3555);;
float const v3558 = v3554 + v3556;
*v3659 = v3558;
uint32_t const v3560 = 2;
uint32_t const v3561 = v3555 * v3560;
*v3660 = v3561;
}
float const v3562 = *v3659;
float * const v2313 = &(*v3278)[v246];
*v2313 = v3562;
float_4 const v2319 = *v759;
array<float, 4> v3563_store = {};
array<float, 4> * v3563 = &v3563_store;float const v2324 = v2319.i_0;
float * const v2329 = &(*v3563)[v3];
*v2329 = v2324;
float const v2330 = v2319.i_1;
float * const v2335 = &(*v3563)[v26];
*v2335 = v2330;
float const v2336 = v2319.i_2;
float * const v2341 = &(*v3563)[v69];
*v2341 = v2336;
float const v2342 = v2319.i_3;
float * const v2347 = &(*v3563)[v82];
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
float v3662_store;
float * v3662 = &v3662_store;*v3662 = v2392;
uint32_t v3663_store;
uint32_t * v3663 = &v3663_store;*v3663 = v4023;
while([&]{
uint32_t const v3571 = *v3663;
bool const v3572 = v3571 < v3306;
return v3572;
}()) {
float const v3574 = *v3662;
uint32_t const v3575 = *v3663;
float const v3576 = __shfl_xor(v3574, v3575);;
float const v3578 = v3574 + v3576;
*v3662 = v3578;
uint32_t const v3580 = 2;
uint32_t const v3581 = v3575 * v3580;
*v3663 = v3581;
}
float const v3582 = *v3662;
float * const v2398 = &(*v3278)[v252];
*v2398 = v3582;
float_4 const v2404 = *v766;
array<float, 4> v3583_store = {};
array<float, 4> * v3583 = &v3583_store;float const v2409 = v2404.i_0;
float * const v2414 = &(*v3583)[v3];
*v2414 = v2409;
float const v2415 = v2404.i_1;
float * const v2420 = &(*v3583)[v26];
*v2420 = v2415;
float const v2421 = v2404.i_2;
float * const v2426 = &(*v3583)[v69];
*v2426 = v2421;
float const v2427 = v2404.i_3;
float * const v2432 = &(*v3583)[v82];
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
float v3665_store;
float * v3665 = &v3665_store;*v3665 = v2477;
uint32_t v3666_store;
uint32_t * v3666 = &v3666_store;*v3666 = v4023;
while([&]{
uint32_t const v3591 = *v3666;
bool const v3592 = v3591 < v3306;
return v3592;
}()) {
float const v3594 = *v3665;
uint32_t const v3595 = *v3666;
float const v3596 = __shfl_xor(v3594, v3595);;
float const v3598 = v3594 + v3596;
*v3665 = v3598;
uint32_t const v3600 = 2;
uint32_t const v3601 = v3595 * v3600;
*v3666 = v3601;
}
float const v3602 = *v3665;
float * const v2483 = &(*v3278)[v258];
*v2483 = v3602;
float_4 const v2489 = *v773;
array<float, 4> v3603_store = {};
array<float, 4> * v3603 = &v3603_store;float const v2494 = v2489.i_0;
float * const v2499 = &(*v3603)[v3];
*v2499 = v2494;
float const v2500 = v2489.i_1;
float * const v2505 = &(*v3603)[v26];
*v2505 = v2500;
float const v2506 = v2489.i_2;
float * const v2511 = &(*v3603)[v69];
*v2511 = v2506;
float const v2512 = v2489.i_3;
float * const v2517 = &(*v3603)[v82];
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
float v3668_store;
float * v3668 = &v3668_store;*v3668 = v2562;
uint32_t v3669_store;
uint32_t * v3669 = &v3669_store;*v3669 = v4023;
while([&]{
uint32_t const v3611 = *v3669;
bool const v3612 = v3611 < v3306;
return v3612;
}()) {
float const v3614 = *v3668;
uint32_t const v3615 = *v3669;
float const v3616 = __shfl_xor(v3614, v3615);;
float const v3618 = v3614 + v3616;
*v3668 = v3618;
uint32_t const v3620 = 2;
uint32_t const v3621 = v3615 * v3620;
*v3669 = v3621;
}
float const v3622 = *v3668;
float * const v2568 = &(*v3278)[v264];
*v2568 = v3622;
uint32_t const v2574 = *v55;
float const* const v2582 = &v5[v2574];
float const v2583 = *v2582;
bool const v2585 = v2583 < v177;
bool const v2586 = !v2585;
if(v2586) {
float const v2592 = *v1293;
float const v2599 = *v176;
float const v4432 = fma(v2583, v2592, v2599);
*v176 = v4432;
float const v2606 = *v1973;
float const v2613 = *v224;
float const v4433 = fma(v2583, v2606, v2613);
*v224 = v4433;
}
uint32_t const v2620 = *v68;
float const* const v2628 = &v5[v2620];
float const v2629 = *v2628;
bool const v2631 = v2629 < v177;
bool const v2632 = !v2631;
if(v2632) {
float const v2638 = *v1378;
float const v2645 = *v182;
float const v4434 = fma(v2629, v2638, v2645);
*v182 = v4434;
float const v2652 = *v2058;
float const v2659 = *v230;
float const v4435 = fma(v2629, v2652, v2659);
*v230 = v4435;
}
uint32_t const v2666 = *v81;
float const* const v2674 = &v5[v2666];
float const v2675 = *v2674;
bool const v2677 = v2675 < v177;
bool const v2678 = !v2677;
if(v2678) {
float const v2684 = *v1463;
float const v2691 = *v188;
float const v4436 = fma(v2675, v2684, v2691);
*v188 = v4436;
float const v2698 = *v2143;
float const v2705 = *v236;
float const v4437 = fma(v2675, v2698, v2705);
*v236 = v4437;
}
uint32_t const v2712 = *v94;
float const* const v2720 = &v5[v2712];
float const v2721 = *v2720;
bool const v2723 = v2721 < v177;
bool const v2724 = !v2723;
if(v2724) {
float const v2730 = *v1548;
float const v2737 = *v194;
float const v4438 = fma(v2721, v2730, v2737);
*v194 = v4438;
float const v2744 = *v2228;
float const v2751 = *v242;
float const v4439 = fma(v2721, v2744, v2751);
*v242 = v4439;
}
uint32_t const v2758 = *v107;
float const* const v2766 = &v5[v2758];
float const v2767 = *v2766;
bool const v2769 = v2767 < v177;
bool const v2770 = !v2769;
if(v2770) {
float const v2776 = *v1633;
float const v2783 = *v200;
float const v4440 = fma(v2767, v2776, v2783);
*v200 = v4440;
float const v2790 = *v2313;
float const v2797 = *v248;
float const v4441 = fma(v2767, v2790, v2797);
*v248 = v4441;
}
uint32_t const v2804 = *v120;
float const* const v2812 = &v5[v2804];
float const v2813 = *v2812;
bool const v2815 = v2813 < v177;
bool const v2816 = !v2815;
if(v2816) {
float const v2822 = *v1718;
float const v2829 = *v206;
float const v4442 = fma(v2813, v2822, v2829);
*v206 = v4442;
float const v2836 = *v2398;
float const v2843 = *v254;
float const v4443 = fma(v2813, v2836, v2843);
*v254 = v4443;
}
uint32_t const v2850 = *v133;
float const* const v2858 = &v5[v2850];
float const v2859 = *v2858;
bool const v2861 = v2859 < v177;
bool const v2862 = !v2861;
if(v2862) {
float const v2868 = *v1803;
float const v2875 = *v212;
float const v4444 = fma(v2859, v2868, v2875);
*v212 = v4444;
float const v2882 = *v2483;
float const v2889 = *v260;
float const v4445 = fma(v2859, v2882, v2889);
*v260 = v4445;
}
uint32_t const v2896 = *v146;
float const* const v2904 = &v5[v2896];
float const v2905 = *v2904;
bool const v2907 = v2905 < v177;
bool const v2908 = !v2907;
if(v2908) {
float const v2914 = *v1888;
float const v2921 = *v218;
float const v4446 = fma(v2905, v2914, v2921);
*v218 = v4446;
float const v2928 = *v2568;
float const v2935 = *v266;
float const v4447 = fma(v2905, v2928, v2935);
*v266 = v4447;
}
}
uint32_t const v2937 = *v3280;
uint32_t const v2938 = v38 + v2937;
uint32_t const v3985 = v3986 % v160;
bool const v2941 = v3985 == v4019;
if(v2941) {
if(v45) {
float const v2950 = *v176;
uint32_t const v2953 = 64;
uint32_t const v2954 = v35 * v2953;
uint32_t const v2955 = v2954 + v2938;
float * const v2961 = &v17[v2955];
*v2961 = v2950;
}
if(v58) {
float const v2970 = *v182;
uint32_t const v2973 = 64;
uint32_t const v2974 = v57 * v2973;
uint32_t const v2975 = v2974 + v2938;
float * const v2981 = &v17[v2975];
*v2981 = v2970;
}
if(v71) {
float const v2990 = *v188;
uint32_t const v2993 = 64;
uint32_t const v2994 = v70 * v2993;
uint32_t const v2995 = v2994 + v2938;
float * const v3001 = &v17[v2995];
*v3001 = v2990;
}
if(v84) {
float const v3010 = *v194;
uint32_t const v3013 = 64;
uint32_t const v3014 = v83 * v3013;
uint32_t const v3015 = v3014 + v2938;
float * const v3021 = &v17[v3015];
*v3021 = v3010;
}
if(v97) {
float const v3030 = *v200;
uint32_t const v3033 = 64;
uint32_t const v3034 = v96 * v3033;
uint32_t const v3035 = v3034 + v2938;
float * const v3041 = &v17[v3035];
*v3041 = v3030;
}
if(v110) {
float const v3050 = *v206;
uint32_t const v3053 = 64;
uint32_t const v3054 = v109 * v3053;
uint32_t const v3055 = v3054 + v2938;
float * const v3061 = &v17[v3055];
*v3061 = v3050;
}
if(v123) {
float const v3070 = *v212;
uint32_t const v3073 = 64;
uint32_t const v3074 = v122 * v3073;
uint32_t const v3075 = v3074 + v2938;
float * const v3081 = &v17[v3075];
*v3081 = v3070;
}
if(v136) {
float const v3090 = *v218;
uint32_t const v3093 = 64;
uint32_t const v3094 = v135 * v3093;
uint32_t const v3095 = v3094 + v2938;
float * const v3101 = &v17[v3095];
*v3101 = v3090;
}
if(v45) {
float const v3110 = *v224;
uint32_t const v3113 = 64;
uint32_t const v3114 = v35 * v3113;
uint32_t const v3115 = v3114 + v2938;
uint32_t const v3117 = v3115 + v26;
float * const v3121 = &v17[v3117];
*v3121 = v3110;
}
if(v58) {
float const v3130 = *v230;
uint32_t const v3133 = 64;
uint32_t const v3134 = v57 * v3133;
uint32_t const v3135 = v3134 + v2938;
uint32_t const v3137 = v3135 + v26;
float * const v3141 = &v17[v3137];
*v3141 = v3130;
}
if(v71) {
float const v3150 = *v236;
uint32_t const v3153 = 64;
uint32_t const v3154 = v70 * v3153;
uint32_t const v3155 = v3154 + v2938;
uint32_t const v3157 = v3155 + v26;
float * const v3161 = &v17[v3157];
*v3161 = v3150;
}
if(v84) {
float const v3170 = *v242;
uint32_t const v3173 = 64;
uint32_t const v3174 = v83 * v3173;
uint32_t const v3175 = v3174 + v2938;
uint32_t const v3177 = v3175 + v26;
float * const v3181 = &v17[v3177];
*v3181 = v3170;
}
if(v97) {
float const v3190 = *v248;
uint32_t const v3193 = 64;
uint32_t const v3194 = v96 * v3193;
uint32_t const v3195 = v3194 + v2938;
uint32_t const v3197 = v3195 + v26;
float * const v3201 = &v17[v3197];
*v3201 = v3190;
}
if(v110) {
float const v3210 = *v254;
uint32_t const v3213 = 64;
uint32_t const v3214 = v109 * v3213;
uint32_t const v3215 = v3214 + v2938;
uint32_t const v3217 = v3215 + v26;
float * const v3221 = &v17[v3217];
*v3221 = v3210;
}
if(v123) {
float const v3230 = *v260;
uint32_t const v3233 = 64;
uint32_t const v3234 = v122 * v3233;
uint32_t const v3235 = v3234 + v2938;
uint32_t const v3237 = v3235 + v26;
float * const v3241 = &v17[v3237];
*v3241 = v3230;
}
if(v136) {
float const v3250 = *v266;
uint32_t const v3253 = 64;
uint32_t const v3254 = v135 * v3253;
uint32_t const v3255 = v3254 + v2938;
uint32_t const v3257 = v3255 + v26;
float * const v3261 = &v17[v3257];
*v3261 = v3250;
}
}
uint32_t const v3263 = v162 * v69;
uint32_t const v3265 = v2937 + v3263;
*v3280 = v3265;
}
}
return;
}
