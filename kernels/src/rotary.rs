//! Rotary position embedding, rotate-half layout.

use cubecl::prelude::*;

/// For each row `t` (at position `pos0 + t`) and each head, rotates the pairs `(j, j + hd/2)` by
/// `angle = position * inv_freq[j]`, with cos/sin in f32. One unit per pair.
#[cube(launch)]
pub fn rope(
    x: &[f32],
    inv_freq: &[f32],
    out: &mut [f32],
    rows: u32,
    pos0: u32,
    #[comptime] width: usize,
    #[comptime] head_dim: usize,
) {
    let half = head_dim / 2;
    let pairs = width / 2;
    let pos = ABSOLUTE_POS;
    if pos < rows as usize * pairs {
        let t = pos / pairs;
        let r = pos % pairs;
        let base = t * width + (r / half) * head_dim;
        let j = r % half;
        let angle = f32::cast_from(pos0 as usize + t) * inv_freq[j];
        let c = angle.cos();
        let s = angle.sin();
        let a = x[base + j];
        let b = x[base + j + half];
        out[base + j] = a * c - b * s;
        out[base + j + half] = b * c + a * s;
    }
}
