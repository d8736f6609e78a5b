//! The fused MoE block of one configuration, `E'` kept experts choosing `k'`, as three launches:
//! gates (router logits, softmax, top-k), expert hidden activations of the chosen experts, and the
//! down projection with the weighted combine. `E'`, `k'`, the hidden size `d` and the intermediate
//! size `I` are comptime constants. A dense FFN (E' = 1) runs the last two with a gate of 1.
//!
//! Expert weights are stacked per configuration: `gate_up [E', 2I, d]` (gate rows first) and
//! `down [E', d, I]`.

use crate::matmul::dot;
use cubecl::prelude::*;

/// Router logits `h Wr^T` over the `E'` kept experts, plus `logit_mask` (0, or -inf for an expert
/// opted out at run time, as a generic server does), softmax in f32, then the `k'` largest
/// probabilities kept in place (ties to the lower index; `renorm` rescales them to sum to 1). The
/// experts not chosen get the gate -1, so the expert kernels skip them, while a chosen expert with
/// probability 0 (masked) is still computed, with weight 0. With `k' = E'` this is the plain softmax
/// mixture. One unit per token.
#[cube(launch)]
pub fn moe_gates<F: Float>(
    h: &[f32],
    router: &[F],
    logit_mask: &[f32],
    gates: &mut [f32],
    rows: u32,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] top_k: usize,
    #[comptime] renorm: bool,
) {
    let t = ABSOLUTE_POS;
    if t < rows as usize {
        let mut probs = Array::<f32>::new(experts);
        let mut largest = f32::NEG_INFINITY.runtime();
        for e in 0..experts {
            let logit = dot::<F>(h, t * d, router, e * d, d);
            let masked = logit + logit_mask[e];
            probs[e] = masked;
            largest = max(largest, masked);
        }
        let mut sum = 0.0f32.runtime();
        for e in 0..experts {
            let p = (probs[e] - largest).exp();
            probs[e] = p;
            sum += p;
        }
        for e in 0..experts {
            probs[e] = probs[e] / sum;
            gates[t * experts + e] = -1.0f32;
        }
        let mut chosen_sum = 0.0f32.runtime();
        for _ in 0..top_k {
            let mut best = 0usize.runtime();
            let mut best_p = (-1.0f32).runtime();
            for e in 0..experts {
                if probs[e] > best_p {
                    best_p = probs[e];
                    best = e;
                }
            }
            gates[t * experts + best] = best_p;
            chosen_sum += best_p;
            probs[best] = -2.0f32;
        }
        if renorm {
            for e in 0..experts {
                let g = gates[t * experts + e];
                if g >= 0.0f32 {
                    gates[t * experts + e] = g / chosen_sum;
                }
            }
        }
    }
}

/// `hidden[t, e, i] = silu(gate_e[i] . h[t]) * (up_e[i] . h[t])` for the experts token `t` chose
/// (gate > 0), 0 for the others. One unit per (token, expert, i).
#[cube(launch)]
pub fn moe_hidden<F: Float>(
    h: &[f32],
    gates: &[f32],
    gate_up: &[F],
    hidden: &mut [f32],
    rows: u32,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
) {
    let pos = ABSOLUTE_POS;
    if pos < rows as usize * experts * intermediate {
        let t = pos / (experts * intermediate);
        let e = (pos / intermediate) % experts;
        let i = pos % intermediate;
        let mut value = 0.0f32.runtime();
        if gates[t * experts + e] >= 0.0f32 {
            let g_base = (e * 2 * intermediate + i) * d;
            let u_base = g_base + intermediate * d;
            let g = dot::<F>(h, t * d, gate_up, g_base, d);
            let u = dot::<F>(h, t * d, gate_up, u_base, d);
            value = g / (1.0f32 + (-g).exp()) * u;
        }
        hidden[pos] = value;
    }
}

/// `y[t, o] = sum_e gates[t, e] * (down_e[o] . hidden[t, e])`. One unit per output element.
#[cube(launch)]
pub fn moe_down<F: Float>(
    hidden: &[f32],
    gates: &[f32],
    down: &[F],
    y: &mut [f32],
    rows: u32,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
) {
    let pos = ABSOLUTE_POS;
    if pos < rows as usize * d {
        let t = pos / d;
        let o = pos % d;
        let mut acc = 0.0f32.runtime();
        for e in 0..experts {
            let g = gates[t * experts + e];
            if g >= 0.0f32 {
                let h_base = (t * experts + e) * intermediate;
                let w_base = (e * d + o) * intermediate;
                acc += g * dot::<F>(hidden, h_base, down, w_base, intermediate);
            }
        }
        y[pos] = acc;
    }
}
