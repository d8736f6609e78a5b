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
extern "C" __global__ void __launch_bounds__(256) moe_hidden_f32_lanes4_d64_experts1_intermediate64_block_i1_block_rows1(float_4 const* const __restrict__ v1, float const* const __restrict__ v5, float_4 const* const __restrict__ v9, uint32_t const* const __restrict__ v13, float * const __restrict__ v17, info_st const* const __restrict__ v559) {
uint32_t const* const dynamic_meta_v561 = reinterpret_cast<uint32_t const*>(v559 + 1);
const info_st& info_v560 = *v559;uint32_t const v3 = 0;
uint32_t const v562 = info_v560.scalars_u32[0];
uint32_t const v22 = uint32_t(v562);
uint32_t const v655 = blockIdx.z;
uint32_t const v656 = uint32_t(v655);
uint32_t const v657 = gridDim.y;
uint32_t const v658 = uint32_t(v657);
uint32_t const v659 = v656 * v658;
uint32_t const v660 = gridDim.x;
uint32_t const v661 = uint32_t(v660);
uint32_t const v662 = v659 * v661;
uint32_t const v663 = blockIdx.y;
uint32_t const v664 = uint32_t(v663);
uint32_t const v667 = v664 * v661;
uint32_t const v668 = v662 + v667;
uint32_t const v669 = blockIdx.x;
uint32_t const v670 = uint32_t(v669);
uint32_t const v671 = v668 + v670;
uint32_t const v698 = 256;
uint32_t const v674 = v671 * v698;
uint32_t const v679 = threadIdx.x;
uint32_t const v676 = uint32_t(v679);
uint32_t const v677 = v674 + v676;
uint32_t const v24 = 1;
bool const v25 = v22 == v24;
if(v25) {
uint32_t const v26 = 64;
bool const v27 = v677 < v26;
if(v27) {
uint32_t const v29 = v677 % v26;
uint32_t const v33 = v677 / v26;
uint32_t const* const v37 = &v13[v33];
uint32_t const v38 = *v37;
uint32_t const v39 = uint32_t(v38);
bool const v40 = false;
bool v569_store;
bool * v569 = &v569_store;*v569 = v40;
bool const v46 = v3 < v22;
if(v46) {
bool const v47 = *v569;
bool const v48 = true;
bool v570_store;
bool * v570 = &v570_store;if(v47) {
*v570 = v48;
}
 else {
float const* const v57 = &v5[v33];
float const v58 = *v57;
float const v59 = 0;
bool const v60 = v58 < v59;
bool const v61 = !v60;
*v570 = v61;
}
bool const v62 = *v570;
*v569 = v62;
}
bool const v63 = *v569;
if(v63) {
array<float_4, 1> v571_store = {};
array<float_4, 1> * v571 = &v571_store;array<float_4, 1> v572_store = {};
array<float_4, 1> * v572 = &v572_store;float const v72 = 0;
float_4 const v73 = float_4{v72, v72, v72, v72};
float_4 * const v78 = &(*v571)[v3];
*v78 = v73;
float_4 * const v85 = &(*v572)[v3];
*v85 = v73;
array<uint32_t, 1> v573_store = {};
array<uint32_t, 1> * v573 = &v573_store;uint32_t const v95 = v22 - v24;
uint32_t const v96 = v46 ? v3 : v95;
uint32_t const v97 = 16;
uint32_t const v98 = v96 * v97;
uint32_t * const v103 = &(*v573)[v3];
*v103 = v98;
uint32_t const v104 = 128;
uint32_t const v105 = v39 * v104;
for(uint32_t v109 = v3; v109 < v97; v109 += v24) {
array<float_4, 1> v575_store = {};
array<float_4, 1> * v575 = &v575_store;uint32_t const v120 = *v103;
uint32_t const v121 = v120 + v109;
float_4 const* const v125 = &v1[v121];
float_4 const v126 = *v125;
float_4 * const v131 = &(*v575)[v3];
*v131 = v126;
uint32_t const v132 = v105 + v29;
uint32_t const v136 = v132 * v97;
uint32_t const v137 = v136 + v109;
float_4 const* const v141 = &v9[v137];
float_4 const v142 = *v141;
uint32_t const v144 = v105 + v26;
uint32_t const v145 = v144 + v29;
uint32_t const v149 = v145 * v97;
uint32_t const v150 = v149 + v109;
float_4 const* const v154 = &v9[v150];
float_4 const v155 = *v154;
float_4 const v161 = *v131;
float_4 const v167 = *v78;
float const v587 = v142.i_0;
float const v588 = v161.i_0;
float const v589 = v167.i_0;
float const v590 = fma(v587, v588, v589);
float const v591 = v142.i_1;
float const v592 = v161.i_1;
float const v593 = v167.i_1;
float const v594 = fma(v591, v592, v593);
float const v595 = v142.i_2;
float const v596 = v161.i_2;
float const v597 = v167.i_2;
float const v598 = fma(v595, v596, v597);
float const v599 = v142.i_3;
float const v600 = v161.i_3;
float const v601 = v167.i_3;
float const v602 = fma(v599, v600, v601);
float_4 const v603 = float_4{v590, v594, v598, v602};
*v78 = v603;
float_4 const v185 = *v85;
float const v604 = v155.i_0;
float const v606 = v185.i_0;
float const v607 = fma(v604, v588, v606);
float const v608 = v155.i_1;
float const v610 = v185.i_1;
float const v611 = fma(v608, v592, v610);
float const v612 = v155.i_2;
float const v614 = v185.i_2;
float const v615 = fma(v612, v596, v614);
float const v616 = v155.i_3;
float const v618 = v185.i_3;
float const v619 = fma(v616, v600, v618);
float_4 const v620 = float_4{v607, v611, v615, v619};
*v85 = v620;
}
if(v46) {
float const* const v202 = &v5[v33];
float const v203 = *v202;
bool const v205 = v203 < v72;
bool const v206 = !v205;
float_4 const v212 = *v78;
float const v216 = v212.i_0;
float const v219 = v212.i_1;
float const v221 = v216 + v219;
float const v222 = v212.i_2;
float const v224 = v221 + v222;
float const v225 = v212.i_3;
float const v227 = v224 + v225;
float_4 const v233 = *v85;
float const v237 = v233.i_0;
float const v240 = v233.i_1;
float const v242 = v237 + v240;
float const v243 = v233.i_2;
float const v245 = v242 + v243;
float const v246 = v233.i_3;
float const v248 = v245 + v246;
float const v250 = -v227;
float const v251 = exp(v250);float const v252 = 1;
float const v253 = v252 + v251;
float const v255 = v227 / v253;
float const v257 = v255 * v248;
float const v259 = v206 ? v257 : v72;
uint32_t const v264 = v33 * v26;
uint32_t const v265 = v264 + v29;
float * const v271 = &v17[v265];
*v271 = v259;
}
}
 else {
if(v46) {
uint32_t const v280 = v33 * v26;
uint32_t const v281 = v280 + v29;
float * const v287 = &v17[v281];
float const v288 = 0;
*v287 = v288;
}
}
}
}
 else {
uint32_t const v290 = v22 + v24;
uint32_t const v292 = v290 - v24;
uint32_t const v295 = 64;
uint32_t const v296 = v292 * v295;
bool const v297 = v677 < v296;
if(v297) {
uint32_t const v298 = v677 % v292;
uint32_t const v301 = v677 / v292;
uint32_t const v303 = v301 % v295;
uint32_t const v307 = v301 / v295;
uint32_t const* const v311 = &v13[v307];
uint32_t const v312 = *v311;
uint32_t const v313 = uint32_t(v312);
bool const v314 = false;
bool v578_store;
bool * v578 = &v578_store;*v578 = v314;
bool const v319 = v298 < v22;
if(v319) {
bool const v320 = *v578;
bool const v321 = true;
bool v579_store;
bool * v579 = &v579_store;if(v320) {
*v579 = v321;
}
 else {
uint32_t const v326 = v298 + v307;
float const* const v330 = &v5[v326];
float const v331 = *v330;
float const v332 = 0;
bool const v333 = v331 < v332;
bool const v334 = !v333;
*v579 = v334;
}
bool const v335 = *v579;
*v578 = v335;
}
bool const v336 = *v578;
if(v336) {
array<float_4, 1> v580_store = {};
array<float_4, 1> * v580 = &v580_store;array<float_4, 1> v581_store = {};
array<float_4, 1> * v581 = &v581_store;float const v345 = 0;
float_4 const v346 = float_4{v345, v345, v345, v345};
float_4 * const v351 = &(*v580)[v3];
*v351 = v346;
float_4 * const v358 = &(*v581)[v3];
*v358 = v346;
array<uint32_t, 1> v582_store = {};
array<uint32_t, 1> * v582 = &v582_store;uint32_t const v367 = v22 - v24;
uint32_t const v368 = v319 ? v298 : v367;
uint32_t const v369 = 16;
uint32_t const v370 = v368 * v369;
uint32_t * const v375 = &(*v582)[v3];
*v375 = v370;
uint32_t const v376 = 128;
uint32_t const v377 = v313 * v376;
for(uint32_t v381 = v3; v381 < v369; v381 += v24) {
array<float_4, 1> v584_store = {};
array<float_4, 1> * v584 = &v584_store;uint32_t const v392 = *v375;
uint32_t const v393 = v392 + v381;
float_4 const* const v397 = &v1[v393];
float_4 const v398 = *v397;
float_4 * const v403 = &(*v584)[v3];
*v403 = v398;
uint32_t const v404 = v377 + v303;
uint32_t const v408 = v404 * v369;
uint32_t const v409 = v408 + v381;
float_4 const* const v413 = &v9[v409];
float_4 const v414 = *v413;
uint32_t const v416 = v377 + v295;
uint32_t const v417 = v416 + v303;
uint32_t const v421 = v417 * v369;
uint32_t const v422 = v421 + v381;
float_4 const* const v426 = &v9[v422];
float_4 const v427 = *v426;
float_4 const v433 = *v403;
float_4 const v439 = *v351;
float const v621 = v414.i_0;
float const v622 = v433.i_0;
float const v623 = v439.i_0;
float const v624 = fma(v621, v622, v623);
float const v625 = v414.i_1;
float const v626 = v433.i_1;
float const v627 = v439.i_1;
float const v628 = fma(v625, v626, v627);
float const v629 = v414.i_2;
float const v630 = v433.i_2;
float const v631 = v439.i_2;
float const v632 = fma(v629, v630, v631);
float const v633 = v414.i_3;
float const v634 = v433.i_3;
float const v635 = v439.i_3;
float const v636 = fma(v633, v634, v635);
float_4 const v637 = float_4{v624, v628, v632, v636};
*v351 = v637;
float_4 const v457 = *v358;
float const v638 = v427.i_0;
float const v640 = v457.i_0;
float const v641 = fma(v638, v622, v640);
float const v642 = v427.i_1;
float const v644 = v457.i_1;
float const v645 = fma(v642, v626, v644);
float const v646 = v427.i_2;
float const v648 = v457.i_2;
float const v649 = fma(v646, v630, v648);
float const v650 = v427.i_3;
float const v652 = v457.i_3;
float const v653 = fma(v650, v634, v652);
float_4 const v654 = float_4{v641, v645, v649, v653};
*v358 = v654;
}
if(v319) {
uint32_t const v469 = v298 + v307;
float const* const v473 = &v5[v469];
float const v474 = *v473;
bool const v476 = v474 < v345;
bool const v477 = !v476;
float_4 const v483 = *v351;
float const v487 = v483.i_0;
float const v490 = v483.i_1;
float const v492 = v487 + v490;
float const v493 = v483.i_2;
float const v495 = v492 + v493;
float const v496 = v483.i_3;
float const v498 = v495 + v496;
float_4 const v504 = *v358;
float const v508 = v504.i_0;
float const v511 = v504.i_1;
float const v513 = v508 + v511;
float const v514 = v504.i_2;
float const v516 = v513 + v514;
float const v517 = v504.i_3;
float const v519 = v516 + v517;
float const v521 = -v498;
float const v522 = exp(v521);float const v523 = 1;
float const v524 = v523 + v522;
float const v526 = v498 / v524;
float const v528 = v526 * v519;
float const v530 = v477 ? v528 : v345;
uint32_t const v535 = v469 * v295;
uint32_t const v536 = v535 + v303;
float * const v542 = &v17[v536];
*v542 = v530;
}
}
 else {
if(v319) {
uint32_t const v548 = v298 + v307;
uint32_t const v550 = v548 * v295;
uint32_t const v551 = v550 + v303;
float * const v557 = &v17[v551];
float const v558 = 0;
*v557 = v558;
}
}
}
}
return;
}
