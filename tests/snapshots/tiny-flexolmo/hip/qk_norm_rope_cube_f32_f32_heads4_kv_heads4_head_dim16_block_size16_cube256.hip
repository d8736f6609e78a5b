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


struct info_st {
    float scalars_f32[2];
uint32_t scalars_u32[2];uint32_t static_meta[10];
};
extern "C" __global__ void __launch_bounds__(256) qk_norm_rope_cube_f32_f32_heads4_kv_heads4_head_dim16_block_size16_cube256(float const* const __restrict__ v1, float const* const __restrict__ v5, float const* const __restrict__ v9, float const* const __restrict__ v13, uint32_t const* const __restrict__ v17, uint32_t const* const __restrict__ v21, float * const __restrict__ v25, float * const __restrict__ v29, float * const __restrict__ v33, info_st const* const __restrict__ v381) {
extern __shared__ __align__(4) char v395[];uint32_t const* const dynamic_meta_v383 = reinterpret_cast<uint32_t const*>(v381 + 1);
const info_st& info_v382 = *v381;uint32_t const v3 = 0;
uint32_t const v384 = info_v382.scalars_u32[0];
float const v385 = info_v382.scalars_f32[0];
uint32_t const v462 = blockIdx.z;
uint32_t const v463 = uint32_t(v462);
uint32_t const v464 = gridDim.y;
uint32_t const v465 = uint32_t(v464);
uint32_t const v466 = v463 * v465;
uint32_t const v467 = gridDim.x;
uint32_t const v468 = uint32_t(v467);
uint32_t const v469 = v466 * v468;
uint32_t const v470 = blockIdx.y;
uint32_t const v471 = uint32_t(v470);
uint32_t const v474 = v471 * v468;
uint32_t const v475 = v469 + v474;
uint32_t const v476 = blockIdx.x;
uint32_t const v477 = uint32_t(v476);
uint32_t const v478 = v475 + v477;
uint32_t const v40 = uint32_t(v384);
bool const v41 = v478 < v40;
if(v41) {
array<float, 256> * const v396 = reinterpret_cast<array<float, 256> *>(&v395[0]);
uint32_t const v44 = 256;
uint32_t const v46 = 192;
uint32_t const v47 = v478 * v46;
uint32_t const v48 = 64;
uint32_t const v49 = v47 + v48;
uint32_t const* const v53 = &v17[v478];
uint32_t const v54 = *v53;
float const v55 = float(v54);
uint32_t const* const v59 = &v21[v478];
uint32_t const v60 = *v59;
uint32_t const v61 = uint32_t(v60);
uint32_t const v62 = 16;
uint32_t const v63 = v61 / v62;
uint32_t const v65 = v61 % v62;
uint32_t const v66 = 4;
uint32_t const v67 = v63 * v66;
uint32_t const v71 = v67 * v62;
uint32_t const v72 = v71 + v65;
uint32_t const v74 = v72 * v62;
float const v75 = 0;
float v398_store;
float * v398 = &v398_store;*v398 = v75;
uint32_t const v479 = threadIdx.x;
uint32_t const v555 = 0;
uint32_t const v556 = 256;
uint32_t const v559 = 1;
uint32_t const v79 = uint32_t(v479);
uint32_t v399_store;
uint32_t * v399 = &v399_store;*v399 = v79;
while([&]{
uint32_t const v81 = *v399;
bool const v83 = v81 < v48;
return v83;
}()) {
uint32_t const v85 = *v399;
uint32_t const v86 = v47 + v85;
float const* const v90 = &v1[v86];
float const v91 = *v90;
float const v93 = *v398;
float const v679 = fma(v91, v91, v93);
*v398 = v679;
uint32_t const v98 = v85 + v44;
*v399 = v98;
}
float const v99 = *v398;
uint32_t const v401 = warpSize;
uint32_t const v403 = min(v401, v556);
float v456_store;
float * v456 = &v456_store;*v456 = v99;
uint32_t v457_store;
uint32_t * v457 = &v457_store;*v457 = v559;
while([&]{
uint32_t const v408 = *v457;
bool const v409 = v408 < v403;
return v409;
}()) {
float const v411 = *v456;
uint32_t const v412 = *v457;
float const v413 = __shfl_xor(v411, v412);;
float const v415 = v411 + v413;
*v456 = v415;
uint32_t const v417 = 2;
uint32_t const v418 = v412 * v417;
*v457 = v418;
}
float const v419 = *v456;
uint32_t const v103 = v556 / v401;
uint32_t const v104 = uint32_t(v103);
uint32_t const v495 = v479 % v401;
bool const v107 = v495 == v555;
if(v107) {
uint32_t const v498 = v479 / v401;
uint32_t const v109 = uint32_t(v498);
float * const v113 = &(*v396)[v109];
*v113 = v419;
}
__syncthreads();
float v420_store;
float * v420 = &v420_store;*v420 = v75;
uint32_t const v118 = 1;
for(uint32_t v119 = v3; v119 < v104; v119 += v118) {
float * const v124 = &(*v396)[v119];
float const v125 = *v124;
float const v126 = *v420;
float const v127 = v126 + v125;
*v420 = v127;
}
__syncthreads();
float const v660 = 64;
float const v130 = *v420;
float const v131 = v130 / v660;
float const v132 = v131 + v385;
float const v133 = sqrt(v132);float const v422 = 1;
float const v423 = v422 / v133;
float v424_store;
float * v424 = &v424_store;*v424 = v75;
uint32_t v425_store;
uint32_t * v425 = &v425_store;*v425 = v79;
while([&]{
uint32_t const v141 = *v425;
bool const v143 = v141 < v48;
return v143;
}()) {
uint32_t const v145 = *v425;
uint32_t const v146 = v49 + v145;
float const* const v150 = &v1[v146];
float const v151 = *v150;
float const v153 = *v424;
float const v680 = fma(v151, v151, v153);
*v424 = v680;
uint32_t const v158 = v145 + v44;
*v425 = v158;
}
float const v159 = *v424;
float v459_store;
float * v459 = &v459_store;*v459 = v159;
uint32_t v460_store;
uint32_t * v460 = &v460_store;*v460 = v559;
while([&]{
uint32_t const v434 = *v460;
bool const v435 = v434 < v403;
return v435;
}()) {
float const v437 = *v459;
uint32_t const v438 = *v460;
float const v439 = __shfl_xor(v437, v438);;
float const v441 = v437 + v439;
*v459 = v441;
uint32_t const v443 = 2;
uint32_t const v444 = v438 * v443;
*v460 = v444;
}
float const v445 = *v459;
if(v107) {
uint32_t const v518 = v479 / v401;
uint32_t const v169 = uint32_t(v518);
float * const v173 = &(*v396)[v169];
*v173 = v445;
}
__syncthreads();
float v446_store;
float * v446 = &v446_store;*v446 = v75;
for(uint32_t v179 = v3; v179 < v104; v179 += v118) {
float * const v184 = &(*v396)[v179];
float const v185 = *v184;
float const v186 = *v446;
float const v187 = v186 + v185;
*v446 = v187;
}
__syncthreads();
float const v190 = *v446;
float const v191 = v190 / v660;
float const v192 = v191 + v385;
float const v193 = sqrt(v192);float const v449 = v422 / v193;
uint32_t const v196 = v478 * v48;
uint32_t v450_store;
uint32_t * v450 = &v450_store;*v450 = v79;
while([&]{
uint32_t const v200 = *v450;
uint32_t const v201 = 32;
bool const v202 = v200 < v201;
return v202;
}()) {
uint32_t const v204 = *v450;
uint32_t const v205 = 8;
uint32_t const v206 = v204 % v205;
uint32_t const v209 = v204 / v205;
float const* const v213 = &v13[v206];
float const v214 = *v213;
float const v215 = v55 * v214;
float const v216 = cos(v215);float const v217 = sin(v215);uint32_t const v222 = v209 * v62;
uint32_t const v223 = v222 + v206;
uint32_t const v225 = v223 + v205;
float const* const v229 = &v5[v223];
float const v230 = *v229;
uint32_t const v231 = v47 + v223;
float const* const v235 = &v1[v231];
float const v236 = *v235;
float const v237 = v236 * v423;
float const v238 = v230 * v237;
float const* const v242 = &v5[v225];
float const v243 = *v242;
uint32_t const v244 = v47 + v225;
float const* const v248 = &v1[v244];
float const v249 = *v248;
float const v250 = v249 * v423;
float const v251 = v243 * v250;
float const v253 = v251 * v217;
float const v681 = -v253;
float const v682 = fma(v238, v216, v681);
uint32_t const v255 = v196 + v223;
float * const v259 = &v25[v255];
*v259 = v682;
float const v261 = v238 * v217;
float const v683 = fma(v251, v216, v261);
uint32_t const v263 = v196 + v225;
float * const v267 = &v25[v263];
*v267 = v683;
uint32_t const v271 = v204 + v44;
*v450 = v271;
}
uint32_t v452_store;
uint32_t * v452 = &v452_store;*v452 = v79;
while([&]{
uint32_t const v275 = *v452;
uint32_t const v276 = 32;
bool const v277 = v275 < v276;
return v277;
}()) {
uint32_t const v279 = *v452;
uint32_t const v280 = 8;
uint32_t const v281 = v279 % v280;
uint32_t const v284 = v279 / v280;
float const* const v288 = &v13[v281];
float const v289 = *v288;
float const v290 = v55 * v289;
float const v291 = cos(v290);float const v292 = sin(v290);uint32_t const v293 = 240;
uint32_t const v294 = v284 * v293;
uint32_t const v295 = v74 + v294;
uint32_t const v297 = v284 * v62;
uint32_t const v298 = v297 + v281;
uint32_t const v300 = v298 + v280;
float const* const v304 = &v9[v298];
float const v305 = *v304;
uint32_t const v306 = v49 + v298;
float const* const v310 = &v1[v306];
float const v311 = *v310;
float const v312 = v311 * v449;
float const v313 = v305 * v312;
float const* const v317 = &v9[v300];
float const v318 = *v317;
uint32_t const v319 = v49 + v300;
float const* const v323 = &v1[v319];
float const v324 = *v323;
float const v325 = v324 * v449;
float const v326 = v318 * v325;
float const v328 = v326 * v292;
float const v684 = -v328;
float const v685 = fma(v313, v291, v684);
uint32_t const v330 = v295 + v298;
float * const v334 = &v29[v330];
*v334 = v685;
float const v336 = v313 * v292;
float const v686 = fma(v326, v291, v336);
uint32_t const v338 = v295 + v300;
float * const v342 = &v29[v338];
*v342 = v686;
uint32_t const v346 = v279 + v44;
*v452 = v346;
}
uint32_t const v348 = v49 + v48;
uint32_t v454_store;
uint32_t * v454 = &v454_store;*v454 = v79;
while([&]{
uint32_t const v352 = *v454;
bool const v354 = v352 < v48;
return v354;
}()) {
uint32_t const v356 = *v454;
uint32_t const v357 = v348 + v356;
float const* const v361 = &v1[v357];
float const v362 = *v361;
uint32_t const v365 = v356 / v62;
uint32_t const v367 = v365 * v44;
uint32_t const v368 = v74 + v367;
uint32_t const v371 = v356 % v62;
uint32_t const v372 = v368 + v371;
float * const v376 = &v33[v372];
*v376 = v362;
uint32_t const v380 = v356 + v44;
*v454 = v380;
}
}
return;
}
