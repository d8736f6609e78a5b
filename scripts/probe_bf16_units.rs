//! The bf16 dot-product units of an x86-64 core with AVX512-BF16 and AMX, against the f32 FMAs the
//! cpu panel kernels run (BENCHMARKS.md, "The bf16 dot-product units of this Xeon, probed" and "bf16
//! dot products on a Zen 4 EPYC").
//!
//! Standalone; build and run on one core with
//! `rustc --edition 2021 -O -C target-cpu=native scripts/probe_bf16_units.rs -o target/probe_bf16_units && taskset -c 0 target/probe_bf16_units`.
//!
//! 1. Instruction rates: 24 independent chains of `vfmadd231ps` zmm, of `vdpbf16ps` zmm, and 4 AMX
//!    tiles accumulating `tdpbf16ps` in turn.
//! 2. Whether `vdpbf16ps` is, lane by lane, two fused multiply-adds (the odd input's product, then the
//!    even one's, subnormals flushed): compared bit for bit on random bf16 pairs and f32 accumulators.
//! 3. One expert projection's GEMM (256 tokens, 2048 inputs, 4096 outputs, the bf16 weight in the
//!    runtime's panels of 32 outputs): an f32 FMA micro-kernel of the panel kernels' shape (8 rows by
//!    2 vectors, bf16 pairs widened with a shift and a mask); `vdpbf16ps` over panels of input pairs
//!    (the same tile, activations rounded to bf16, or split in two bf16 parts and taken twice); FMAs
//!    in `vdpbf16ps`'s order over those panels (what a kernel that can only issue FMAs would run),
//!    compared bit for bit with it; and AMX (each panel turned into AMX's layout of input pairs), each
//!    checked against an exact sum.

#[cfg(not(target_arch = "x86_64"))]
fn main() {
    eprintln!("this probe needs an x86-64 core");
}

#[cfg(target_arch = "x86_64")]
fn main() {
    x86::main()
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use std::arch::asm;
    use std::arch::x86_64::*;
    use std::time::Instant;

    const K: usize = 2048;
    const N: usize = 4096;
    const T: usize = 256;

    macro_rules! chains {
        ($op:ident, $a:expr, $b:expr, $n:expr) => {{
            let (a, b) = ($a, $b);
            let mut c = [_mm512_setzero_ps(); 24];
            for _ in 0..$n {
                c[0] = $op(c[0], a, b); c[1] = $op(c[1], a, b); c[2] = $op(c[2], a, b); c[3] = $op(c[3], a, b);
                c[4] = $op(c[4], a, b); c[5] = $op(c[5], a, b); c[6] = $op(c[6], a, b); c[7] = $op(c[7], a, b);
                c[8] = $op(c[8], a, b); c[9] = $op(c[9], a, b); c[10] = $op(c[10], a, b); c[11] = $op(c[11], a, b);
                c[12] = $op(c[12], a, b); c[13] = $op(c[13], a, b); c[14] = $op(c[14], a, b); c[15] = $op(c[15], a, b);
                c[16] = $op(c[16], a, b); c[17] = $op(c[17], a, b); c[18] = $op(c[18], a, b); c[19] = $op(c[19], a, b);
                c[20] = $op(c[20], a, b); c[21] = $op(c[21], a, b); c[22] = $op(c[22], a, b); c[23] = $op(c[23], a, b);
            }
            c.iter().fold(_mm512_setzero_ps(), |s, &v| _mm512_add_ps(s, v))
        }};
    }

    #[inline(always)]
    unsafe fn fma(c: __m512, a: __m512, b: __m512) -> __m512 {
        _mm512_fmadd_ps(a, b, c)
    }

    #[target_feature(enable = "avx512f")]
    unsafe fn fma_rate(n: usize) -> __m512 {
        chains!(fma, std::hint::black_box(_mm512_set1_ps(1.0)), std::hint::black_box(_mm512_set1_ps(1.0)), n)
    }

    #[target_feature(enable = "avx512f,avx512bw,avx512bf16")]
    unsafe fn dpbf16_rate(n: usize) -> __m512 {
        let one: __m512bh = std::mem::transmute(_mm512_set1_epi32(0x3f80_3f80));
        chains!(_mm512_dpbf16_ps, std::hint::black_box(one), std::hint::black_box(one), n)
    }

    /// 64-byte tile configuration: palette 1, 8 tiles of 16 rows of 64 bytes.
    fn tile_config() -> [u8; 64] {
        let mut cfg = [0u8; 64];
        cfg[0] = 1;
        for t in 0..8 {
            cfg[16 + 2 * t] = 64;
            cfg[48 + t] = 16;
        }
        cfg
    }

    unsafe fn amx_rate(n: usize) {
        let cfg = tile_config();
        let a = vec![0x3f80u16; 16 * 32];
        asm!("ldtilecfg [{}]", in(reg) cfg.as_ptr());
        asm!("tilezero tmm0", "tilezero tmm1", "tilezero tmm2", "tilezero tmm3",
             "tileloadd tmm4, [{p} + {s}*1]", "tileloadd tmm5, [{p} + {s}*1]",
             "tileloadd tmm6, [{p} + {s}*1]", "tileloadd tmm7, [{p} + {s}*1]",
             p = in(reg) a.as_ptr(), s = in(reg) 64usize);
        for _ in 0..n {
            asm!("tdpbf16ps tmm0, tmm4, tmm6", "tdpbf16ps tmm1, tmm4, tmm7",
                 "tdpbf16ps tmm2, tmm5, tmm6", "tdpbf16ps tmm3, tmm5, tmm7");
        }
        asm!("tilerelease");
    }

    fn bf16(x: f32) -> u16 {
        let b = x.to_bits();
        ((b + 0x7fff + ((b >> 16) & 1)) >> 16) as u16
    }

    fn f32_of(h: u16) -> f32 {
        f32::from_bits((h as u32) << 16)
    }

    /// Activations to bf16, rounding to nearest even (`vcvtne2ps2bf16`).
    #[target_feature(enable = "avx512f,avx512bw,avx512bf16")]
    unsafe fn to_bf16(x: &[f32], out: &mut [u16]) {
        for i in (0..x.len()).step_by(32) {
            let v: __m512i = std::mem::transmute(_mm512_cvtne2ps_pbh(
                _mm512_loadu_ps(x.as_ptr().add(i + 16)),
                _mm512_loadu_ps(x.as_ptr().add(i)),
            ));
            _mm512_storeu_si512(out.as_mut_ptr().add(i).cast(), v);
        }
    }

    /// Panel `[K][32]` to AMX's B layout: per 32 inputs, two tiles (outputs 0-15 and 16-31) of 16 rows,
    /// row `j` the 16 outputs' weights of inputs `2j` and `2j + 1` side by side.
    #[target_feature(enable = "avx512f,avx512bw")]
    unsafe fn pairs_layout(panel: *const u16, out: &mut [u16]) {
        let (mut lo, mut hi) = ([0u16; 32], [0u16; 32]);
        for i in 0..16 {
            lo[2 * i] = i as u16;
            lo[2 * i + 1] = 32 + i as u16;
            hi[2 * i] = 16 + i as u16;
            hi[2 * i + 1] = 48 + i as u16;
        }
        let (lo, hi) = (_mm512_loadu_si512(lo.as_ptr().cast()), _mm512_loadu_si512(hi.as_ptr().cast()));
        for kc in 0..K / 32 {
            for j in 0..16 {
                let r0 = _mm512_loadu_si512(panel.add((kc * 32 + 2 * j) * 32).cast());
                let r1 = _mm512_loadu_si512(panel.add((kc * 32 + 2 * j + 1) * 32).cast());
                _mm512_storeu_si512(out.as_mut_ptr().add(kc * 1024 + j * 32).cast(), _mm512_permutex2var_epi16(r0, lo, r1));
                _mm512_storeu_si512(out.as_mut_ptr().add(kc * 1024 + 512 + j * 32).cast(), _mm512_permutex2var_epi16(r0, hi, r1));
            }
        }
    }

    /// `out[T, N] = a[T, K] . w` on AMX: per panel, tiles of 32 rows by its 32 outputs (4 accumulators).
    unsafe fn amx_gemm(a: &[u16], panels: &[u16], out: &mut [f32], scratch: &mut [u16]) {
        let cfg = tile_config();
        asm!("ldtilecfg [{}]", in(reg) cfg.as_ptr());
        for q in 0..N / 32 {
            pairs_layout(panels.as_ptr().add(q * 32 * K), scratch);
            for m in (0..T).step_by(32) {
                asm!("tilezero tmm0", "tilezero tmm1", "tilezero tmm2", "tilezero tmm3");
                for kc in 0..K / 32 {
                    asm!("tileloadd tmm4, [{a0} + {sa}*1]", "tileloadd tmm5, [{a1} + {sa}*1]",
                         "tileloadd tmm6, [{b0} + {sb}*1]", "tileloadd tmm7, [{b1} + {sb}*1]",
                         "tdpbf16ps tmm0, tmm4, tmm6", "tdpbf16ps tmm1, tmm4, tmm7",
                         "tdpbf16ps tmm2, tmm5, tmm6", "tdpbf16ps tmm3, tmm5, tmm7",
                         a0 = in(reg) a.as_ptr().add(m * K + kc * 32), a1 = in(reg) a.as_ptr().add((m + 16) * K + kc * 32),
                         b0 = in(reg) scratch.as_ptr().add(kc * 1024), b1 = in(reg) scratch.as_ptr().add(kc * 1024 + 512),
                         sa = in(reg) K * 2, sb = in(reg) 64usize);
                }
                let o = out.as_mut_ptr().add(m * N + q * 32);
                asm!("tilestored [{o0} + {s}*1], tmm0", "tilestored [{o1} + {s}*1], tmm1",
                     "tilestored [{o2} + {s}*1], tmm2", "tilestored [{o3} + {s}*1], tmm3",
                     o0 = in(reg) o, o1 = in(reg) o.add(16), o2 = in(reg) o.add(16 * N), o3 = in(reg) o.add(16 * N + 16),
                     s = in(reg) N * 4);
            }
        }
        asm!("tilerelease");
    }

    /// The same GEMM with f32 FMAs, tiles of 8 rows by a panel: each panel row's 32 bf16 loaded as one
    /// vector, widened with a shift (even outputs) and a mask (odd ones), put back in order at the end.
    #[target_feature(enable = "avx512f")]
    unsafe fn fma_gemm(x: &[f32], panels: &[u16], out: &mut [f32]) {
        let mask = _mm512_set1_epi32(0xffff_0000u32 as i32);
        for q in 0..N / 32 {
            let p = panels.as_ptr().add(q * 32 * K);
            for m in (0..T).step_by(8) {
                let mut acc = [[_mm512_setzero_ps(); 2]; 8];
                for k in 0..K {
                    let both = _mm512_loadu_si512(p.add(k * 32).cast());
                    let even = _mm512_castsi512_ps(_mm512_slli_epi32(both, 16));
                    let odd = _mm512_castsi512_ps(_mm512_and_si512(both, mask));
                    for (r, acc) in acc.iter_mut().enumerate() {
                        let b = _mm512_set1_ps(*x.get_unchecked((m + r) * K + k));
                        acc[0] = _mm512_fmadd_ps(even, b, acc[0]);
                        acc[1] = _mm512_fmadd_ps(odd, b, acc[1]);
                    }
                }
                for (r, acc) in acc.iter().enumerate() {
                    let (mut e, mut o) = ([0f32; 16], [0f32; 16]);
                    _mm512_storeu_ps(e.as_mut_ptr(), acc[0]);
                    _mm512_storeu_ps(o.as_mut_ptr(), acc[1]);
                    let row = &mut out[(m + r) * N + q * 32..][..32];
                    for i in 0..16 {
                        row[2 * i] = e[i];
                        row[2 * i + 1] = o[i];
                    }
                }
            }
        }
    }

    /// Panels `[K / 2][32][2]`: for each pair of inputs `(2j, 2j + 1)`, each of the panel's 32 outputs'
    /// two weights side by side (even input in the low half of the 32-bit lane), so that one 64-byte
    /// vector holds 16 outputs by 2 inputs: the layout of `vdpbf16ps`'s weight operand.
    fn pair_panel_index(o: usize, k: usize) -> usize {
        (o / 32) * 32 * K + (k / 2) * 64 + ((o % 32) / 16) * 32 + (o % 16) * 2 + k % 2
    }

    /// `out[T, N] = xb[T, K] . w` with `vdpbf16ps` over pair panels, tiles of 8 rows by a panel (16
    /// accumulators): per pair of inputs, 2 weight loads, 8 broadcasts of a row's bf16 input pair, 16
    /// dot products.
    #[target_feature(enable = "avx512f,avx512bw,avx512bf16")]
    unsafe fn dp_gemm(xb: &[u16], panels: &[u16], out: &mut [f32]) {
        for q in 0..N / 32 {
            let p = panels.as_ptr().add(q * 32 * K);
            for m in (0..T).step_by(8) {
                let mut acc = [[_mm512_setzero_ps(); 2]; 8];
                for j in 0..K / 2 {
                    let w0: __m512bh = std::mem::transmute(_mm512_loadu_si512(p.add(j * 64).cast()));
                    let w1: __m512bh = std::mem::transmute(_mm512_loadu_si512(p.add(j * 64 + 32).cast()));
                    for (r, acc) in acc.iter_mut().enumerate() {
                        let pair = (xb.as_ptr().add((m + r) * K + 2 * j) as *const i32).read_unaligned();
                        let b: __m512bh = std::mem::transmute(_mm512_set1_epi32(pair));
                        acc[0] = _mm512_dpbf16_ps(acc[0], w0, b);
                        acc[1] = _mm512_dpbf16_ps(acc[1], w1, b);
                    }
                }
                for (r, acc) in acc.iter().enumerate() {
                    _mm512_storeu_ps(out.as_mut_ptr().add((m + r) * N + q * 32), acc[0]);
                    _mm512_storeu_ps(out.as_mut_ptr().add((m + r) * N + q * 32 + 16), acc[1]);
                }
            }
        }
    }

    /// [`dp_gemm`] over activations split in two bf16 parts, `hi = bf16(x)` and `lo = bf16(x - hi)`
    /// (`xl`): two dot products per pair of inputs, which keep 16 bits of each activation.
    #[target_feature(enable = "avx512f,avx512bw,avx512bf16")]
    unsafe fn dp_split_gemm(xh: &[u16], xl: &[u16], panels: &[u16], out: &mut [f32]) {
        for q in 0..N / 32 {
            let p = panels.as_ptr().add(q * 32 * K);
            for m in (0..T).step_by(8) {
                let mut acc = [[_mm512_setzero_ps(); 2]; 8];
                for j in 0..K / 2 {
                    let w0: __m512bh = std::mem::transmute(_mm512_loadu_si512(p.add(j * 64).cast()));
                    let w1: __m512bh = std::mem::transmute(_mm512_loadu_si512(p.add(j * 64 + 32).cast()));
                    for (r, acc) in acc.iter_mut().enumerate() {
                        let at = (m + r) * K + 2 * j;
                        let hi: __m512bh = std::mem::transmute(_mm512_set1_epi32((xh.as_ptr().add(at) as *const i32).read_unaligned()));
                        let lo: __m512bh = std::mem::transmute(_mm512_set1_epi32((xl.as_ptr().add(at) as *const i32).read_unaligned()));
                        acc[0] = _mm512_dpbf16_ps(_mm512_dpbf16_ps(acc[0], w0, lo), w0, hi);
                        acc[1] = _mm512_dpbf16_ps(_mm512_dpbf16_ps(acc[1], w1, lo), w1, hi);
                    }
                }
                for (r, acc) in acc.iter().enumerate() {
                    _mm512_storeu_ps(out.as_mut_ptr().add((m + r) * N + q * 32), acc[0]);
                    _mm512_storeu_ps(out.as_mut_ptr().add((m + r) * N + q * 32 + 16), acc[1]);
                }
            }
        }
    }

    /// What `vdpbf16ps` computes, with f32 FMAs on the same pair panels and the same bf16-rounded
    /// inputs: per pair, the odd input's product first, then the even one's (the order Intel's
    /// pseudo-code gives). A kernel that can only issue FMAs (cubecl's cpu backend) runs this.
    #[target_feature(enable = "avx512f")]
    unsafe fn dp_order_fma_gemm(xb: &[u16], panels: &[u16], out: &mut [f32]) {
        let mask = _mm512_set1_epi32(0xffff_0000u32 as i32);
        for q in 0..N / 32 {
            let p = panels.as_ptr().add(q * 32 * K);
            for m in (0..T).step_by(8) {
                let mut acc = [[_mm512_setzero_ps(); 2]; 8];
                for j in 0..K / 2 {
                    let mut even = [_mm512_setzero_ps(); 2];
                    let mut odd = [_mm512_setzero_ps(); 2];
                    for h in 0..2 {
                        let both = _mm512_loadu_si512(p.add(j * 64 + h * 32).cast());
                        even[h] = _mm512_castsi512_ps(_mm512_slli_epi32(both, 16));
                        odd[h] = _mm512_castsi512_ps(_mm512_and_si512(both, mask));
                    }
                    for (r, acc) in acc.iter_mut().enumerate() {
                        let x0 = _mm512_set1_ps(f32_of(*xb.get_unchecked((m + r) * K + 2 * j)));
                        let x1 = _mm512_set1_ps(f32_of(*xb.get_unchecked((m + r) * K + 2 * j + 1)));
                        for h in 0..2 {
                            acc[h] = _mm512_fmadd_ps(even[h], x0, _mm512_fmadd_ps(odd[h], x1, acc[h]));
                        }
                    }
                }
                for (r, acc) in acc.iter().enumerate() {
                    _mm512_storeu_ps(out.as_mut_ptr().add((m + r) * N + q * 32), acc[0]);
                    _mm512_storeu_ps(out.as_mut_ptr().add((m + r) * N + q * 32 + 16), acc[1]);
                }
            }
        }
    }

    /// `vdpbf16ps` against two FMAs per lane, the odd input's product first, on random bf16 pairs and
    /// f32 accumulators (exponents mostly near 1, one in 16 anywhere; subnormals flushed as the
    /// instruction does). Returns lanes compared, and lanes equal bit for bit.
    #[target_feature(enable = "avx512f,avx512bw,avx512bf16")]
    unsafe fn dp_against_fmas(vectors: usize) -> (u64, u64) {
        let flush = |x: f32| if x.is_subnormal() { 0.0f32.copysign(x) } else { x };
        let mut s = 0x1234_5678_9abc_def0u64;
        let mut rnd = move || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        };
        let half = |r: u64| -> u32 {
            let e = if r & 0xf0 == 0 { ((r >> 8) & 0xff).min(254) } else { 120 + (r >> 8) % 16 };
            (((r & 1) << 15) | (e << 7) | ((r >> 20) & 0x7f)) as u32
        };
        let (mut lanes, mut equal) = (0u64, 0u64);
        for _ in 0..vectors {
            let (mut acc, mut a, mut b) = ([0f32; 16], [0u32; 16], [0u32; 16]);
            for l in 0..16 {
                a[l] = half(rnd()) | (half(rnd()) << 16);
                b[l] = half(rnd()) | (half(rnd()) << 16);
                let r = rnd();
                acc[l] = f32::from_bits((r as u32 & 0x807f_ffff) | (((118 + (r >> 32) % 20) as u32) << 23));
            }
            let got = _mm512_dpbf16_ps(
                _mm512_loadu_ps(acc.as_ptr()),
                std::mem::transmute(_mm512_loadu_si512(a.as_ptr().cast())),
                std::mem::transmute(_mm512_loadu_si512(b.as_ptr().cast())),
            );
            let mut g = [0f32; 16];
            _mm512_storeu_ps(g.as_mut_ptr(), got);
            for l in 0..16 {
                let (a0, a1) = (flush(f32_of(a[l] as u16)), flush(f32_of((a[l] >> 16) as u16)));
                let (b0, b1) = (flush(f32_of(b[l] as u16)), flush(f32_of((b[l] >> 16) as u16)));
                let want = flush(a0.mul_add(b0, flush(a1.mul_add(b1, flush(acc[l])))));
                lanes += 1;
                if want.to_bits() == g[l].to_bits() || (want.is_nan() && g[l].is_nan()) {
                    equal += 1;
                }
            }
        }
        (lanes, equal)
    }

    fn median(mut xs: Vec<f64>) -> (f64, f64, f64) {
        xs.sort_by(|a, b| a.total_cmp(b));
        (xs[0], xs[xs.len() / 2], xs[xs.len() - 1])
    }

    pub fn main() {
        if !is_x86_feature_detected!("avx512bf16") {
            eprintln!("this core has no AVX512-BF16");
            return;
        }
        // Linux hands out AMX's tile state on request (ARCH_REQ_XCOMP_PERM for XFEATURE_XTILEDATA).
        let granted: i64;
        unsafe {
            asm!("syscall", inlateout("rax") 158i64 => granted, in("rdi") 0x1023i64, in("rsi") 18i64,
                 lateout("rcx") _, lateout("r11") _)
        };
        // AMX-BF16: CPUID leaf 7, EDX bit 22.
        let amx = granted == 0 && (__cpuid_count(7, 0).edx >> 22) & 1 == 1;

        let n = 50_000_000usize;
        let rate = |f: &dyn Fn()| {
            median((0..5).map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64()
            }).collect())
        };
        let (lo, mid, hi) = rate(&|| { std::hint::black_box(unsafe { fma_rate(n) }); });
        let g = |s: f64, per: f64| (n as f64 * per) / s / 1e9;
        println!("vfmadd231ps zmm: {:.2} G/s [{:.2}, {:.2}], {:.0} G f32 multiply-adds/s", g(mid, 24.0), g(hi, 24.0), g(lo, 24.0), g(mid, 24.0 * 16.0));
        let (lo, mid, hi) = rate(&|| { std::hint::black_box(unsafe { dpbf16_rate(n) }); });
        println!("vdpbf16ps zmm:   {:.2} G/s [{:.2}, {:.2}], {:.0} G bf16 multiply-adds/s", g(mid, 24.0), g(hi, 24.0), g(lo, 24.0), g(mid, 24.0 * 32.0));
        if amx {
            let m = n / 10;
            let (lo, mid, hi) = rate(&|| unsafe { amx_rate(m) });
            let g = |s: f64, per: f64| (m as f64 * per) / s / 1e9;
            println!("tdpbf16ps:       {:.3} G/s [{:.3}, {:.3}], {:.0} G bf16 multiply-adds/s", g(mid, 4.0), g(hi, 4.0), g(lo, 4.0), g(mid, 4.0 * 8192.0));
        } else {
            println!("tdpbf16ps:       no AMX (or Linux refused its tile state)");
        }
        let (lanes, equal) = unsafe { dp_against_fmas(2_000_000) };
        println!("vdpbf16ps against fma(even, fma(odd, acc)): {equal} of {lanes} lanes equal bit for bit");

        let mut seed = 1u64;
        let mut rnd = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 40) as f32 / (1u64 << 24) as f32 - 0.5
        };
        let w: Vec<u16> = (0..N * K).map(|_| bf16(rnd() * 0.1)).collect();
        let x: Vec<f32> = (0..T * K).map(|_| rnd()).collect();
        let mut panels = vec![0u16; N * K];
        for o in 0..N {
            for k in 0..K {
                panels[(o / 32) * 32 * K + k * 32 + o % 32] = w[o * K + k];
            }
        }
        let mut pair_panels = vec![0u16; N * K];
        for o in 0..N {
            for k in 0..K {
                pair_panels[pair_panel_index(o, k)] = w[o * K + k];
            }
        }
        let mut xb = vec![0u16; T * K];
        unsafe { to_bf16(&x, &mut xb) };
        let mut scratch = vec![0u16; K * 32];
        let (mut out_amx, mut out_fma) = (vec![0f32; T * N], vec![0f32; T * N]);
        let (mut out_dp, mut out_dp_fma) = (vec![0f32; T * N], vec![0f32; T * N]);
        let mut out_split = vec![0f32; T * N];
        let mut xl = vec![0u16; T * K];
        let mut rest = vec![0f32; T * K];
        let mut t_split = Vec::new();
        let run_fma = |out: &mut [f32]| unsafe { fma_gemm(&x, &panels, out) };
        let (mut t_fma, mut t_dp, mut t_dp_fma) = (Vec::new(), Vec::new(), Vec::new());
        let mut t_amx = Vec::new();
        for _ in 0..5 {
            let t = Instant::now();
            run_fma(&mut out_fma);
            t_fma.push(t.elapsed().as_secs_f64());
            let t = Instant::now();
            unsafe {
                to_bf16(&x, &mut xb);
                dp_gemm(&xb, &pair_panels, &mut out_dp);
            }
            t_dp.push(t.elapsed().as_secs_f64());
            let t = Instant::now();
            unsafe {
                to_bf16(&x, &mut xb);
                dp_order_fma_gemm(&xb, &pair_panels, &mut out_dp_fma);
            }
            t_dp_fma.push(t.elapsed().as_secs_f64());
            let t = Instant::now();
            unsafe {
                to_bf16(&x, &mut xb);
                for (r, (&v, &h)) in rest.iter_mut().zip(x.iter().zip(&xb)) {
                    *r = v - f32_of(h);
                }
                to_bf16(&rest, &mut xl);
                dp_split_gemm(&xb, &xl, &pair_panels, &mut out_split);
            }
            t_split.push(t.elapsed().as_secs_f64());
            if amx {
                let t = Instant::now();
                unsafe {
                    to_bf16(&x, &mut xb);
                    amx_gemm(&xb, &panels, &mut out_amx, &mut scratch);
                }
                t_amx.push(t.elapsed().as_secs_f64());
            }
        }
        // Exact sums (f64) over the f32 inputs and over the bf16-rounded ones.
        let (mut err_fma, mut err_amx, mut err_dp, mut err_split) = (0f64, 0f64, 0f64, 0f64);
        for (r, o) in [(0, 0), (T - 1, N - 1), (17, 33), (T / 2, 1000), (5, N - 2), (100, 2049)] {
            let exact: f64 = (0..K).map(|k| x[r * K + k] as f64 * f32_of(w[o * K + k]) as f64).sum();
            let rounded: f64 = (0..K).map(|k| f32_of(xb[r * K + k]) as f64 * f32_of(w[o * K + k]) as f64).sum();
            err_fma = err_fma.max((out_fma[r * N + o] as f64 - exact).abs());
            err_dp = err_dp.max((out_dp[r * N + o] as f64 - rounded).abs());
            err_split = err_split.max((out_split[r * N + o] as f64 - exact).abs());
            if amx {
                err_amx = err_amx.max((out_amx[r * N + o] as f64 - rounded).abs());
            }
        }
        let macs = (T * N * K) as f64;
        let (lo, mid, hi) = median(t_fma);
        println!("GEMM {T} x {K} -> {N}, f32 FMA panels: {:.2} ms [{:.2}, {:.2}], {:.0} G multiply-adds/s, max error {err_fma:.1e}", mid * 1e3, lo * 1e3, hi * 1e3, macs / mid / 1e9);
        assert!(err_fma < 1e-3, "the FMA kernel's outputs are wrong");
        let (lo2, mid2, hi2) = median(t_dp);
        println!("GEMM {T} x {K} -> {N}, vdpbf16ps pairs: {:.2} ms [{:.2}, {:.2}], {:.0} G multiply-adds/s, max error {err_dp:.1e} (bf16 inputs), {:.2}x", mid2 * 1e3, lo2 * 1e3, hi2 * 1e3, macs / mid2 / 1e9, mid / mid2);
        assert!(err_dp < 1e-3, "the vdpbf16ps kernel's outputs are wrong");
        let (lo4, mid4, hi4) = median(t_split);
        println!("GEMM {T} x {K} -> {N}, vdpbf16ps split:  {:.2} ms [{:.2}, {:.2}], {:.0} G multiply-adds/s, max error {err_split:.1e} (f32 inputs), {:.2}x", mid4 * 1e3, lo4 * 1e3, hi4 * 1e3, macs / mid4 / 1e9, mid / mid4);
        assert!(err_split < 1e-3, "the split vdpbf16ps kernel's outputs are wrong");
        let (lo3, mid3, hi3) = median(t_dp_fma);
        let same = out_dp.iter().zip(&out_dp_fma).filter(|(a, b)| a.to_bits() == b.to_bits()).count();
        println!("GEMM {T} x {K} -> {N}, its order in FMAs: {:.2} ms [{:.2}, {:.2}], {:.0} G multiply-adds/s, {same} of {} outputs equal to vdpbf16ps's bit for bit", mid3 * 1e3, lo3 * 1e3, hi3 * 1e3, macs / mid3 / 1e9, T * N);
        if amx {
            let (lo2, mid2, hi2) = median(t_amx);
            println!("GEMM {T} x {K} -> {N}, AMX:             {:.2} ms [{:.2}, {:.2}], {:.0} G multiply-adds/s, max error {err_amx:.1e} (bf16 inputs), {:.2}x", mid2 * 1e3, lo2 * 1e3, hi2 * 1e3, macs / mid2 / 1e9, mid / mid2);
            assert!(err_amx < 1e-3, "the AMX kernel's outputs are wrong");
        }
    }
}
