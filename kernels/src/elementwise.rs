//! Gathers, copies and sums: one unit per output element.

use cubecl::prelude::*;

/// `out[t, i] = table[ids[t], i]`: embedding rows for token ids.
#[cube(launch)]
pub fn embed<F: Float>(table: &[F], ids: &[u32], out: &mut [f32], #[comptime] d: usize) {
    let pos = ABSOLUTE_POS;
    if pos < out.len() {
        let t = pos / d;
        let i = pos % d;
        let row = ids[t] as usize;
        out[pos] = f32::cast_from(table[row * d + i]);
    }
}

/// `out = a + b`.
#[cube(launch)]
pub fn add(a: &[f32], b: &[f32], out: &mut [f32]) {
    let pos = ABSOLUTE_POS;
    if pos < out.len() {
        out[pos] = a[pos] + b[pos];
    }
}

/// `out[t, i] = x[t, start + i]` for `i < len`: one part of a fused projection.
#[cube(launch)]
pub fn slice_columns(
    x: &[f32],
    out: &mut [f32],
    #[comptime] width: usize,
    #[comptime] start: usize,
    #[comptime] len: usize,
) {
    let pos = ABSOLUTE_POS;
    if pos < out.len() {
        let t = pos / len;
        let i = pos % len;
        out[pos] = x[t * width + start + i];
    }
}
