//! Causal attention against a KV cache, grouped kv heads: prefill (T rows) and decode (T = 1) alike.

use crate::matmul::dot;
use cubecl::prelude::*;

/// Copies the new rows' keys (or values) `[T, kv_width]` into the cache at rows `pos0..pos0 + T`.
#[cube(launch)]
pub fn kv_write(new: &[f32], cache: &mut [f32], rows: u32, pos0: u32, #[comptime] kv_width: usize) {
    let pos = ABSOLUTE_POS;
    if pos < rows as usize * kv_width {
        cache[pos0 as usize * kv_width + pos] = new[pos];
    }
}

/// `softmax(q k^T * scale + causal) v` for the query rows at positions `pos0..pos0 + T`, over the
/// cached keys and values `0..=position`. One unit per (row, head), online softmax in f32; query head
/// `h` reads kv head `h / (heads / kv_heads)`.
#[cube(launch)]
pub fn attention(
    q: &[f32],
    k_cache: &[f32],
    v_cache: &[f32],
    out: &mut [f32],
    rows: u32,
    pos0: u32,
    scale: f32,
    #[comptime] heads: usize,
    #[comptime] kv_heads: usize,
    #[comptime] head_dim: usize,
) {
    let pos = ABSOLUTE_POS;
    if pos < rows as usize * heads {
        let t = pos / heads;
        let h = pos % heads;
        let kv_width = kv_heads * head_dim;
        let kv_base = (h / (heads / kv_heads)) * head_dim;
        let q_base = t * heads * head_dim + h * head_dim;
        let keys = pos0 as usize + t + 1;
        let mut acc = Array::<f32>::new(head_dim);
        for i in 0..head_dim {
            acc[i] = 0.0f32;
        }
        let mut running_max = f32::NEG_INFINITY.runtime();
        let mut denom = 0.0f32.runtime();
        for j in 0..keys {
            let k_base = j * kv_width + kv_base;
            let score = dot::<f32>(q, q_base, k_cache, k_base, head_dim) * scale;
            let new_max = max(running_max, score);
            let correction = (running_max - new_max).exp();
            let p = (score - new_max).exp();
            denom = denom * correction + p;
            for i in 0..head_dim {
                acc[i] = acc[i] * correction + p * v_cache[k_base + i];
            }
            running_max = new_max;
        }
        for i in 0..head_dim {
            out[q_base + i] = acc[i] / denom;
        }
    }
}
