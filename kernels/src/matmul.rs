//! `x W^T` for a weight stored `[out, in]`: the projections, the router logits and the LM head.

use cubecl::prelude::*;

/// `out[t, o] = sum_k x[t, k] * w[o, k]`, accumulated in f32; one unit per output element.
#[cube(launch)]
pub fn matmul_t<F: Float>(
    x: &[f32],
    w: &[F],
    out: &mut [f32],
    rows: u32,
    #[comptime] n_in: usize,
    #[comptime] n_out: usize,
) {
    let pos = ABSOLUTE_POS;
    if pos < rows as usize * n_out {
        let t = pos / n_out;
        let o = pos % n_out;
        let xb = t * n_in;
        let wb = o * n_in;
        let mut acc = 0.0f32.runtime();
        for k in 0..n_in {
            acc += x[xb + k] * f32::cast_from(w[wb + k]);
        }
        out[pos] = acc;
    }
}
