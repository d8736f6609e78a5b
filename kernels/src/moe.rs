//! The MoE block of one configuration, `E'` kept experts choosing `k'`: the attention post-norm,
//! residual and router gates in one kernel, then the chosen experts' hidden activations, then the down
//! projection with the weighted combine. `E'`, `k'`, the hidden size `d` and the intermediate size `I`
//! are comptime constants. A dense FFN (E' = 1) runs the expert kernels with a gate of 1.
//!
//! Expert weights are stacked per configuration: `gate_up [E', 2I, d]` (gate rows first) and
//! `down [E', d, I]`.

// `!(g < 0.0)` and `!(sum >= 0.0)` are meant as written: unlike their flipped forms they hold for NaN,
// which must reach the output rather than be skipped.
#![allow(clippy::neg_cmp_op_on_partial_ord)]

use crate::linear::dot;
use crate::norm::inv_rms;
use cubecl::prelude::*;

/// Gates of row `t` from its router logits: plus `logit_mask` (0, or -inf for an expert opted out at
/// run time, as a generic server does), softmax in f32, then the `k'` largest probabilities kept in
/// place (ties to the lower index; `renorm` rescales them to sum to 1). The experts not chosen get the
/// gate -1, so the expert kernels skip them, while a chosen expert with probability 0 (masked) is still
/// computed, with weight 0. With `k' = E'` this is the plain softmax mixture. A NaN logit makes every
/// gate of the row NaN: the output is NaN, as the model's math says, never a silent zero.
#[cube]
fn gates_from_logits(
    logits: &mut Array<f32>,
    logit_mask: &[f32],
    gates: &mut [f32],
    t: usize,
    #[comptime] experts: usize,
    #[comptime] top_k: usize,
    #[comptime] renorm: bool,
) {
    let mut largest = f32::NEG_INFINITY.runtime();
    for e in 0..experts {
        let masked = logits[e] + logit_mask[e];
        logits[e] = masked;
        largest = max(largest, masked);
    }
    let mut sum = 0.0f32.runtime();
    for e in 0..experts {
        let p = (logits[e] - largest).exp();
        logits[e] = p;
        sum += p;
    }
    for e in 0..experts {
        logits[e] /= sum;
        gates[t * experts + e] = -1.0f32;
    }
    let mut chosen_sum = 0.0f32.runtime();
    for _ in 0..top_k {
        let mut best = 0usize.runtime();
        let mut best_p = (-1.0f32).runtime();
        for e in 0..experts {
            if logits[e] > best_p {
                best_p = logits[e];
                best = e;
            }
        }
        gates[t * experts + best] = best_p;
        chosen_sum += best_p;
        logits[best] = -2.0f32;
    }
    // NaN compares false with everything, so no expert was chosen above: mark every gate NaN, which
    // the expert kernels carry into the output.
    if !(sum >= 0.0f32) {
        for e in 0..experts {
            gates[t * experts + e] = f32::NAN;
        }
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

/// `h = x + RMSNorm_norm(y)` (the attention post-norm and residual), then the router gates over `h`.
/// The logits use each `h` element as it is computed (the value written to `h`), so the kernel never
/// reads back what it writes. One unit per row.
#[cube(launch)]
pub fn residual_norm_router<N: Float, R: Float>(
    x: &[f32],
    y: &[f32],
    norm: &[N],
    router: &[R],
    logit_mask: &[f32],
    h: &mut [f32],
    gates: &mut [f32],
    rows: u32,
    eps: f32,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] top_k: usize,
    #[comptime] renorm: bool,
) {
    let t = ABSOLUTE_POS;
    if t < rows as usize {
        let base = t * d;
        let inv = inv_rms(y, base, eps, d);
        let mut logits = Array::<f32>::new(experts);
        for e in 0..experts {
            logits[e] = 0.0f32;
        }
        for i in 0..d {
            let value = x[base + i] + f32::cast_from(norm[i]) * (y[base + i] * inv);
            h[base + i] = value;
            for e in 0..experts {
                logits[e] += value * f32::cast_from(router[e * d + i]);
            }
        }
        gates_from_logits(&mut logits, logit_mask, gates, t, experts, top_k, renorm);
    }
}

/// `hidden[t, e, i] = silu(gate_e[i] . h[t]) * (up_e[i] . h[t])` for the experts token `t` chose
/// (gate >= 0, or NaN), 0 for the others. One unit per (token, expert, i).
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
        if !(gates[t * experts + e] < 0.0f32) {
            let g_base = (e * 2 * intermediate + i) * d;
            let u_base = g_base + intermediate * d;
            let g = dot::<F>(h, t * d, gate_up, g_base, d);
            let u = dot::<F>(h, t * d, gate_up, u_base, d);
            value = g / (1.0f32 + (-g).exp()) * u;
        }
        hidden[pos] = value;
    }
}

/// `y[t, o] = sum_e gates[t, e] * (down_e[o] . hidden[t, e])` over the chosen experts. One unit per
/// output element.
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
            if !(g < 0.0f32) {
                let h_base = (t * experts + e) * intermediate;
                let w_base = (e * d + o) * intermediate;
                acc += g * dot::<F>(hidden, h_base, down, w_base, intermediate);
            }
        }
        y[pos] = acc;
    }
}
