//! `x W^T` for a weight stored `[out, in]`: the projections and the LM head.

use cubecl::prelude::*;

/// `sum_k x[xb + k] * w[wb + k]` for `k < n`, in f32, with eight independent accumulators: a single
/// running sum is a chain of dependent adds, and that latency (not memory) would bound a GEMV.
#[cube]
pub fn dot<F: Float>(x: &[f32], xb: usize, w: &[F], wb: usize, #[comptime] n: usize) -> f32 {
    let mut a0 = 0.0f32.runtime();
    let mut a1 = 0.0f32.runtime();
    let mut a2 = 0.0f32.runtime();
    let mut a3 = 0.0f32.runtime();
    let mut a4 = 0.0f32.runtime();
    let mut a5 = 0.0f32.runtime();
    let mut a6 = 0.0f32.runtime();
    let mut a7 = 0.0f32.runtime();
    let blocks = n / 8;
    for b in 0..blocks {
        let i = b * 8;
        a0 += x[xb + i] * f32::cast_from(w[wb + i]);
        a1 += x[xb + i + 1] * f32::cast_from(w[wb + i + 1]);
        a2 += x[xb + i + 2] * f32::cast_from(w[wb + i + 2]);
        a3 += x[xb + i + 3] * f32::cast_from(w[wb + i + 3]);
        a4 += x[xb + i + 4] * f32::cast_from(w[wb + i + 4]);
        a5 += x[xb + i + 5] * f32::cast_from(w[wb + i + 5]);
        a6 += x[xb + i + 6] * f32::cast_from(w[wb + i + 6]);
        a7 += x[xb + i + 7] * f32::cast_from(w[wb + i + 7]);
    }
    for i in blocks * 8..n {
        a0 += x[xb + i] * f32::cast_from(w[wb + i]);
    }
    ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7))
}

/// `out[r, o] = sum_k x[r, k] * w[o, k]`, accumulated in f32; one unit per output element.
#[cube(launch)]
pub fn matmul<F: Float>(
    x: &[f32],
    w: &[F],
    out: &mut [f32],
    rows: u32,
    #[comptime] n_in: usize,
    #[comptime] n_out: usize,
) {
    let pos = ABSOLUTE_POS;
    if pos < rows as usize * n_out {
        let r = pos / n_out;
        let o = pos % n_out;
        out[pos] = dot::<F>(x, r * n_in, w, o * n_in, n_in);
    }
}
