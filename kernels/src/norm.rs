//! RMSNorm, alone and with the residual add around it: one unit per row, in f32 with the weight
//! applied in f32 (`w * (x / sqrt(mean(x^2) + eps))`).

use cubecl::prelude::*;

/// `1 / sqrt(mean(x[base..base + n]^2) + eps)`.
#[cube]
pub fn inv_rms(x: &[f32], base: usize, eps: f32, #[comptime] n: usize) -> f32 {
    let mut sum_sq = 0.0f32.runtime();
    for i in 0..n {
        let v = x[base + i];
        sum_sq += v * v;
    }
    (sum_sq / f32::cast_from(n) + eps).sqrt().recip()
}

/// Row `base..base + n`: `out = x + w * RMSNorm(y)`.
#[cube]
pub fn residual_norm_row<W: Float>(
    x: &[f32],
    y: &[f32],
    w: &[W],
    out: &mut [f32],
    base: usize,
    eps: f32,
    #[comptime] n: usize,
) {
    let inv = inv_rms(y, base, eps, n);
    for i in 0..n {
        out[base + i] = x[base + i] + f32::cast_from(w[i]) * (y[base + i] * inv);
    }
}

/// `out = w * x / sqrt(mean(x^2) + eps)` over each row of width `n`.
#[cube(launch)]
pub fn rms_norm<W: Float>(x: &[f32], w: &[W], out: &mut [f32], rows: u32, eps: f32, #[comptime] n: usize) {
    let row = ABSOLUTE_POS;
    if row < rows as usize {
        let base = row * n;
        let inv = inv_rms(x, base, eps, n);
        for i in 0..n {
            out[base + i] = f32::cast_from(w[i]) * (x[base + i] * inv);
        }
    }
}

/// `out = x + w * RMSNorm(y)`: a FlexOlmo post-norm with the residual add around it.
#[cube(launch)]
pub fn residual_norm<W: Float>(
    x: &[f32],
    y: &[f32],
    w: &[W],
    out: &mut [f32],
    rows: u32,
    eps: f32,
    #[comptime] n: usize,
) {
    let row = ABSOLUTE_POS;
    if row < rows as usize {
        residual_norm_row::<W>(x, y, w, out, row * n, eps, n);
    }
}
