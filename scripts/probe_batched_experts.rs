//! A batched decode step's expert gate/up projection on the host, against what the cubecl kernel
//! `moe_hidden_panels` takes (BENCHMARKS.md, "What holds the 16-row step").
//!
//! Standalone; build and run with
//! `rustc --edition 2021 -O -C target-cpu=native scripts/probe_batched_experts.rs -o target/probe_batched_experts && target/probe_batched_experts`.
//!
//! The bench model's shape: d 512, I 1024, 7 experts, each chosen by 11 of the step's 16 rows (top-5 of
//! 7 gives 11.4 on average), the weights f32 in the runtime's panels of 32 outputs (`[k][32]`, a
//! gate panel and its up panel a unit). Tiles of 6 rows by the two panels' 2 vectors (24
//! accumulators); an expert's 11 rows take a tile of 6 and one of 5. Eight layers' weights in turn
//! (224 MB), so that each layer's come from memory, or one layer's again and again (from the cache),
//! on one thread and on two (units dealt in two halves). With `fetch`, the first tile of each unit
//! prefetches (into L2) the unit its thread runs next, so that the memory works while the second
//! tile computes from the cache; and the weights read alone (summed), a unit at a time or 1, 2 or 4
//! units side by side, the memory's share. Reports the median of 15 passes, ms a layer and G
//! multiply-adds (or GB) a second.

#[cfg(not(target_arch = "x86_64"))]
fn main() {
    eprintln!("this probe needs an x86-64 core with AVX-512");
}

#[cfg(target_arch = "x86_64")]
fn main() {
    if !std::arch::is_x86_feature_detected!("avx512f") {
        eprintln!("this probe needs AVX-512F");
        return;
    }
    x86::main()
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use std::arch::x86_64::*;
    use std::time::Instant;

    const D: usize = 512;
    const I: usize = 1024;
    const E: usize = 7;
    const ROWS: usize = 16;
    const CHOSEN: usize = 11;
    const PANEL: usize = 32;
    const PANELS: usize = I / PANEL;
    const LAYERS: usize = 8;

    /// One tile: `R` rows (inputs at `x[rows[r] * D..]`) by a gate and an up panel (`[D][32]` each),
    /// prefetching `next` (a gate and an up panel) on the way when given. Writes `silu(g) * u`'s
    /// stand-in `g * u` to `out[r]` (the epilogue is not what is measured).
    #[target_feature(enable = "avx512f")]
    unsafe fn tile<const R: usize>(
        x: *const f32,
        rows: &[usize],
        gate: *const f32,
        up: *const f32,
        next: Option<(*const f32, *const f32)>,
        out: *mut f32,
    ) {
        let mut base = [x; R];
        for r in 0..R {
            base[r] = x.add(rows[r] * D);
        }
        let mut acc = [[_mm512_setzero_ps(); 4]; R];
        for k in 0..D {
            if let Some((ng, nu)) = next {
                _mm_prefetch::<_MM_HINT_T1>(ng.add(k * PANEL).cast());
                _mm_prefetch::<_MM_HINT_T1>(ng.add(k * PANEL + 16).cast());
                _mm_prefetch::<_MM_HINT_T1>(nu.add(k * PANEL).cast());
                _mm_prefetch::<_MM_HINT_T1>(nu.add(k * PANEL + 16).cast());
            }
            let g0 = _mm512_loadu_ps(gate.add(k * PANEL));
            let g1 = _mm512_loadu_ps(gate.add(k * PANEL + 16));
            let u0 = _mm512_loadu_ps(up.add(k * PANEL));
            let u1 = _mm512_loadu_ps(up.add(k * PANEL + 16));
            for r in 0..R {
                let b = _mm512_set1_ps(*base[r].add(k));
                acc[r][0] = _mm512_fmadd_ps(g0, b, acc[r][0]);
                acc[r][1] = _mm512_fmadd_ps(g1, b, acc[r][1]);
                acc[r][2] = _mm512_fmadd_ps(u0, b, acc[r][2]);
                acc[r][3] = _mm512_fmadd_ps(u1, b, acc[r][3]);
            }
        }
        for r in 0..R {
            _mm512_storeu_ps(out.add(r * PANEL), _mm512_mul_ps(acc[r][0], acc[r][2]));
            _mm512_storeu_ps(out.add(r * PANEL + 16), _mm512_mul_ps(acc[r][1], acc[r][3]));
        }
    }

    /// Units `units` of layer `layer` (a unit: expert `u / PANELS`, panel `u % PANELS`), each its
    /// expert's rows in a tile of 6 and one of 5.
    #[target_feature(enable = "avx512f")]
    unsafe fn run(weights: &[f32], x: &[f32], layer: usize, units: std::ops::Range<usize>, fetch: bool, out: &mut [f32]) {
        let per_expert = 2 * I * D;
        let panel = |u: usize| {
            let at = (layer * E + u / PANELS) * per_expert + (u % PANELS) * PANEL * D;
            (weights.as_ptr().add(at), weights.as_ptr().add(at + PANELS * PANEL * D))
        };
        let rows: Vec<usize> = (0..ROWS).collect();
        let end = units.end;
        for u in units {
            let (g, up) = panel(u);
            let next = (fetch && u + 1 < end).then(|| panel(u + 1));
            let chosen = &rows[(u / PANELS) % (ROWS - CHOSEN + 1)..][..CHOSEN];
            tile::<6>(x.as_ptr(), &chosen[..6], g, up, next, out.as_mut_ptr());
            tile::<5>(x.as_ptr(), &chosen[6..], g, up, None, out.as_mut_ptr().add(6 * PANEL));
        }
    }

    /// Reads units `units` of layer `layer` (both panels) and sums them, `S` units side by side
    /// (`units.len() / S` apart, so that `2 S` streams of weights are in flight at once): the
    /// memory's share alone.
    #[target_feature(enable = "avx512f")]
    unsafe fn read<const S: usize>(weights: &[f32], layer: usize, units: std::ops::Range<usize>) -> f32 {
        let per_expert = 2 * I * D;
        let apart = units.len() / S;
        let mut acc = [_mm512_setzero_ps(); 4];
        for u in units.start..units.start + apart {
            let mut p = [weights.as_ptr(); S];
            for s in 0..S {
                let unit = u + s * apart;
                p[s] = weights.as_ptr().add((layer * E + unit / PANELS) * per_expert + (unit % PANELS) * PANEL * D);
            }
            for half in [0, PANELS * PANEL * D] {
                for k in (0..PANEL * D).step_by(32) {
                    for s in 0..S {
                        let q = p[s].add(half + k);
                        acc[s % 4] = _mm512_add_ps(acc[s % 4], _mm512_add_ps(_mm512_loadu_ps(q), _mm512_loadu_ps(q.add(16))));
                    }
                }
            }
        }
        _mm512_reduce_add_ps(_mm512_add_ps(_mm512_add_ps(acc[0], acc[1]), _mm512_add_ps(acc[2], acc[3])))
    }

    fn median(mut v: Vec<f64>) -> f64 {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    }

    pub fn main() {
        let weights: Vec<f32> = (0..LAYERS * E * 2 * I * D).map(|i| ((i % 97) as f32 - 48.0) * 1e-3).collect();
        let x: Vec<f32> = (0..ROWS * D).map(|i| ((i % 13) as f32 - 6.0) * 1e-2).collect();
        let macs = (E * CHOSEN * 2 * I * D) as f64;
        println!("moe_hidden, 16 rows, 11 a expert, d {D}, I {I}, {E} experts: {:.0} M multiply-adds a layer", macs / 1e6);
        let bytes = (E * 2 * I * D * 4) as f64;
        for threads in [1usize, 2] {
            for streams in [1usize, 2, 4] {
                let mut times = Vec::new();
                for pass in 0..16 {
                    let t0 = Instant::now();
                    for layer in 0..LAYERS {
                        let units = E * PANELS;
                        std::thread::scope(|s| {
                            for t in 0..threads {
                                let weights = &weights;
                                let range = t * units / threads..(t + 1) * units / threads;
                                // SAFETY: the CPU has AVX-512F (checked in main); the units lie in
                                // `weights`.
                                s.spawn(move || {
                                    std::hint::black_box(unsafe {
                                        match streams {
                                            1 => read::<1>(weights, layer, range),
                                            2 => read::<2>(weights, layer, range),
                                            _ => read::<4>(weights, layer, range),
                                        }
                                    })
                                });
                            }
                        });
                    }
                    if pass > 0 {
                        times.push(t0.elapsed().as_secs_f64() / LAYERS as f64);
                    }
                }
                let t = median(times);
                println!(
                    "{threads} thread(s), reading the weights alone, {streams} unit(s) side by side: {:.3} ms a layer, {:.1} GB/s",
                    t * 1e3,
                    bytes / t / 1e9
                );
            }
        }
        for threads in [1usize, 2] {
            for (what, layers) in [("from memory", LAYERS), ("from the cache", 1)] {
                for fetch in [false, true] {
                    let mut times = Vec::new();
                    for pass in 0..16 {
                        let t0 = Instant::now();
                        for l in 0..LAYERS {
                            let layer = l % layers;
                            let units = E * PANELS;
                            std::thread::scope(|s| {
                                for t in 0..threads {
                                    let (x, weights) = (&x, &weights);
                                    let range = t * units / threads..(t + 1) * units / threads;
                                    s.spawn(move || {
                                        let mut out = vec![0.0f32; ROWS * PANEL];
                                        // SAFETY: the CPU has AVX-512F (checked in main); every
                                        // pointer the units take lies in `weights`, `x` and `out`.
                                        unsafe { run(weights, x, layer, range, fetch, &mut out) };
                                        std::hint::black_box(&out);
                                    });
                                }
                            });
                        }
                        if pass > 0 {
                            times.push(t0.elapsed().as_secs_f64() / LAYERS as f64);
                        }
                    }
                    let t = median(times);
                    println!(
                        "{threads} thread(s), {what:15}, {}: {:.3} ms a layer, {:.1} G multiply-adds a second",
                        if fetch { "prefetching the next unit" } else { "no prefetch              " },
                        t * 1e3,
                        macs / t / 1e9
                    );
                }
            }
        }
    }
}
