//! RMSNorm, one unit per row.

use cubecl::prelude::*;

/// `out = w * (x / sqrt(mean(x^2) + eps))` over each row of width `n`, in f32 (`inv_n` = 1 / n).
#[cube(launch)]
pub fn rms_norm<F: Float>(x: &[f32], w: &[F], out: &mut [f32], rows: u32, inv_n: f32, eps: f32, #[comptime] n: usize) {
    let row = ABSOLUTE_POS;
    if row < rows as usize {
        let base = row * n;
        let mut sum_sq = 0.0f32.runtime();
        for i in 0..n {
            let v = x[base + i];
            sum_sq += v * v;
        }
        let inv = (sum_sq * inv_n + eps).sqrt().recip();
        for i in 0..n {
            out[base + i] = f32::cast_from(w[i]) * (x[base + i] * inv);
        }
    }
}
