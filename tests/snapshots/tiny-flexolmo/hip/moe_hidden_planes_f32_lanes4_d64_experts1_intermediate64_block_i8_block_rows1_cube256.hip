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
extern "C" __global__ void __launch_bounds__(256) moe_hidden_planes_f32_lanes4_d64_experts1_intermediate64_block_i8_block_rows1_cube256(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v492) {
uint32_t const* const dynamic_meta_v494 = reinterpret_cast<uint32_t const*>(v492 + 1);
const info_st& info_v493 = *v492;uint32_t const v3 = 0;
uint32_t const v495 = info_v493.scalars_u32[0];
uint32_t const v22 = uint32_t(v495);
uint32_t const v597 = blockIdx.z;
uint32_t const v598 = uint32_t(v597);
uint32_t const v599 = gridDim.y;
uint32_t const v600 = uint32_t(v599);
uint32_t const v601 = v598 * v600;
uint32_t const v602 = gridDim.x;
uint32_t const v603 = uint32_t(v602);
uint32_t const v604 = v601 * v603;
uint32_t const v605 = blockIdx.y;
uint32_t const v606 = uint32_t(v605);
uint32_t const v609 = v606 * v603;
uint32_t const v610 = v604 + v609;
uint32_t const v611 = blockIdx.x;
uint32_t const v612 = uint32_t(v611);
uint32_t const v613 = v610 + v612;
uint32_t const v24 = 8;
bool const v25 = v613 < v24;
if(v25) {
uint32_t const v27 = v613 % v24;
uint32_t const v29 = v27 * v24;
uint32_t const v31 = v613 / v24;
uint32_t const* const v35 = &v13[v31];
uint32_t const v36 = *v35;
uint32_t const v37 = uint32_t(v36);
uint32_t const v38 = 128;
uint32_t const v39 = v37 * v38;
array<uint32_t, 1> v502_store = {};
array<uint32_t, 1> * v502 = &v502_store;uint32_t const v42 = 1;
array<uint32_t, 1> v503_store = {};
array<uint32_t, 1> * v503 = &v503_store;uint32_t * const v52 = &(*v503)[v3];
*v52 = v3;
while([&]{
uint32_t const v59 = *v52;
bool const v60 = v59 < v22;
return v60;
}()) {
uint32_t v505_store;
uint32_t * v505 = &v505_store;*v505 = v3;
uint32_t const v70 = *v52;
uint32_t v506_store;
uint32_t * v506 = &v506_store;*v506 = v70;
while([&]{
uint32_t const v72 = *v506;
bool const v73 = v72 < v22;
uint32_t const v74 = *v505;
bool const v76 = v74 < v42;
bool const v77 = v73 && v76;
return v77;
}()) {
uint32_t const v79 = *v506;
uint32_t const v82 = v79 + v31;
float const* const v86 = &v5[v82];
float const v87 = *v86;
float const v88 = 0;
bool const v89 = v87 < v88;
bool const v90 = !v89;
if(v90) {
uint32_t const v93 = *v505;
uint32_t * const v95 = &(*v502)[v93];
*v95 = v79;
uint32_t const v99 = v93 + v42;
*v505 = v99;
}
uint32_t const v102 = v79 + v42;
*v506 = v102;
}
uint32_t const v108 = *v506;
*v52 = v108;
uint32_t const v109 = *v505;
for(uint32_t v112 = v109; v112 < v42; v112 += v42) {
uint32_t * const v118 = &(*v502)[v3];
uint32_t const v119 = *v118;
uint32_t * const v123 = &(*v502)[v112];
*v123 = v119;
}
bool const v126 = v109 > v3;
if(v126) {
array<uint32_t, 1> v509_store = {};
array<uint32_t, 1> * v509 = &v509_store;uint32_t * const v135 = &(*v502)[v3];
uint32_t const v136 = *v135;
uint32_t const v137 = 16;
uint32_t const v138 = v136 * v137;
uint32_t * const v143 = &(*v509)[v3];
*v143 = v138;
array<float, 2> v510_store = {};
array<float, 2> * v510 = &v510_store;uint32_t const v146 = 2;
uint32_t const v614 = 256;
uint32_t const v149 = warpSize;
uint32_t const v150 = v614 / v149;
uint32_t const v151 = uint32_t(v150);
uint32_t const v626 = threadIdx.x;
uint32_t const v659 = 0;
uint32_t const v663 = 1;
uint32_t const v617 = v626 / v149;
uint32_t const v153 = uint32_t(v617);
uint32_t v511_store;
uint32_t * v511 = &v511_store;*v511 = v153;
while([&]{
uint32_t const v155 = *v511;
bool const v157 = v155 < v24;
return v157;
}()) {
uint32_t const v159 = v39 + v29;
uint32_t const v160 = *v511;
uint32_t const v161 = v159 + v160;
uint32_t const v163 = v161 * v137;
uint32_t const v620 = v626 % v149;
uint32_t const v165 = uint32_t(v620);
uint32_t const v167 = uint32_t(v149);
array<float_4, 2> v513_store = {};
array<float_4, 2> * v513 = &v513_store;float const v172 = 0;
float_4 const v173 = float_4{v172, v172, v172, v172};
float_4 * const v178 = &(*v513)[v3];
*v178 = v173;
float_4 * const v185 = &(*v513)[v42];
*v185 = v173;
uint32_t v514_store;
uint32_t * v514 = &v514_store;*v514 = v165;
while([&]{
uint32_t const v187 = *v514;
bool const v189 = v187 < v137;
return v189;
}()) {
array<float_4, 2> v516_store = {};
array<float_4, 2> * v516 = &v516_store;uint32_t const v196 = 1024;
uint32_t const v199 = *v514;
uint32_t const v200 = v163 + v199;
float_4 const* const v204 = &v9[v200];
float_4 const v205 = *v204;
float_4 * const v210 = &(*v516)[v3];
*v210 = v205;
uint32_t const v214 = v163 + v196;
uint32_t const v216 = v214 + v199;
float_4 const* const v220 = &v9[v216];
float_4 const v221 = *v220;
float_4 * const v226 = &(*v516)[v42];
*v226 = v221;
uint32_t const v232 = *v143;
uint32_t const v234 = v232 + v199;
float_4 const* const v238 = &v1[v234];
float_4 const v239 = *v238;
float_4 const v245 = *v210;
float_4 const v251 = *v178;
float const v563 = v245.i_0;
float const v564 = v239.i_0;
float const v565 = v251.i_0;
float const v566 = fma(v563, v564, v565);
float const v567 = v245.i_1;
float const v568 = v239.i_1;
float const v569 = v251.i_1;
float const v570 = fma(v567, v568, v569);
float const v571 = v245.i_2;
float const v572 = v239.i_2;
float const v573 = v251.i_2;
float const v574 = fma(v571, v572, v573);
float const v575 = v245.i_3;
float const v576 = v239.i_3;
float const v577 = v251.i_3;
float const v578 = fma(v575, v576, v577);
float_4 const v579 = float_4{v566, v570, v574, v578};
*v178 = v579;
float_4 const v263 = *v226;
float_4 const v269 = *v185;
float const v580 = v263.i_0;
float const v582 = v269.i_0;
float const v583 = fma(v580, v564, v582);
float const v584 = v263.i_1;
float const v586 = v269.i_1;
float const v587 = fma(v584, v568, v586);
float const v588 = v263.i_2;
float const v590 = v269.i_2;
float const v591 = fma(v588, v572, v590);
float const v592 = v263.i_3;
float const v594 = v269.i_3;
float const v595 = fma(v592, v576, v594);
float_4 const v596 = float_4{v583, v587, v591, v595};
*v185 = v596;
uint32_t const v277 = v199 + v167;
*v514 = v277;
}
float_4 const v283 = *v178;
array<float, 4> v517_store = {};
array<float, 4> * v517 = &v517_store;float const v288 = v283.i_0;
float * const v293 = &(*v517)[v3];
*v293 = v288;
float const v294 = v283.i_1;
float * const v299 = &(*v517)[v42];
*v299 = v294;
float const v300 = v283.i_2;
float * const v305 = &(*v517)[v146];
*v305 = v300;
float const v306 = v283.i_3;
uint32_t const v309 = 3;
float * const v311 = &(*v517)[v309];
*v311 = v306;
float const v317 = *v305;
float const v323 = *v293;
float const v324 = v323 + v317;
*v293 = v324;
float const v330 = *v311;
float const v336 = *v299;
float const v337 = v336 + v330;
*v299 = v337;
float const v343 = *v299;
float const v349 = *v293;
float const v350 = v349 + v343;
*v293 = v350;
float const v356 = *v293;
uint32_t const v520 = min(v149, v614);
float v557_store;
float * v557 = &v557_store;*v557 = v356;
uint32_t v558_store;
uint32_t * v558 = &v558_store;*v558 = v663;
while([&]{
uint32_t const v525 = *v558;
bool const v526 = v525 < v520;
return v526;
}()) {
float const v528 = *v557;
uint32_t const v529 = *v558;
float const v530 = __shfl_xor(v528, v529);;
float const v532 = v528 + v530;
*v557 = v532;
uint32_t const v534 = 2;
uint32_t const v535 = v529 * v534;
*v558 = v535;
}
float const v536 = *v557;
float * const v362 = &(*v510)[v3];
*v362 = v536;
float_4 const v368 = *v185;
array<float, 4> v537_store = {};
array<float, 4> * v537 = &v537_store;float const v373 = v368.i_0;
float * const v378 = &(*v537)[v3];
*v378 = v373;
float const v379 = v368.i_1;
float * const v384 = &(*v537)[v42];
*v384 = v379;
float const v385 = v368.i_2;
float * const v390 = &(*v537)[v146];
*v390 = v385;
float const v391 = v368.i_3;
float * const v396 = &(*v537)[v309];
*v396 = v391;
float const v402 = *v390;
float const v408 = *v378;
float const v409 = v408 + v402;
*v378 = v409;
float const v415 = *v396;
float const v421 = *v384;
float const v422 = v421 + v415;
*v384 = v422;
float const v428 = *v384;
float const v434 = *v378;
float const v435 = v434 + v428;
*v378 = v435;
float const v441 = *v378;
float v560_store;
float * v560 = &v560_store;*v560 = v441;
uint32_t v561_store;
uint32_t * v561 = &v561_store;*v561 = v663;
while([&]{
uint32_t const v545 = *v561;
bool const v546 = v545 < v520;
return v546;
}()) {
float const v548 = *v560;
uint32_t const v549 = *v561;
float const v550 = __shfl_xor(v548, v549);;
float const v552 = v548 + v550;
*v560 = v552;
uint32_t const v554 = 2;
uint32_t const v555 = v549 * v554;
*v561 = v555;
}
float const v556 = *v560;
float * const v447 = &(*v510)[v42];
*v447 = v556;
bool const v450 = v620 == v659;
if(v450) {
uint32_t const v452 = *v505;
bool const v453 = v3 < v452;
if(v453) {
float const v459 = *v362;
float const v465 = *v447;
float const v466 = -v459;
float const v467 = exp(v466);float const v468 = 1;
float const v469 = v468 + v467;
float const v470 = v459 / v469;
float const v471 = v470 * v465;
uint32_t const v477 = *v135;
uint32_t const v480 = v477 + v31;
uint32_t const v481 = 64;
uint32_t const v482 = v480 * v481;
uint32_t const v483 = v482 + v29;
uint32_t const v484 = *v511;
uint32_t const v485 = v483 + v484;
float * const v489 = &v17[v485];
*v489 = v471;
}
}
uint32_t const v490 = *v511;
uint32_t const v491 = v490 + v151;
*v511 = v491;
}
}
}
}
return;
}
