//! The MoE block of one configuration, `E'` kept experts choosing `k'`: the attention post-norm,
//! residual and router gates in one kernel, then the chosen experts' hidden activations, then the down
//! projection with the weighted combine. `E'`, `k'`, the hidden size `d` and the intermediate size `I`
//! are comptime constants. A dense FFN (E' = 1) runs the expert kernels with a gate of 1.
//!
//! Expert weights are stacked: `gate_up [S, 2I, d]` (gate rows first) and `down [S, d, I]`, with the
//! block's expert `e` at stack slot `slots[e]`. An engine running one artifact stacks its E' experts
//! in order (`slots = 0..E'`); engines sharing weights stack the union of their experts once and give
//! each configuration its slots.

// `!(g < 0.0)` and `!(sum >= 0.0)` are meant as written: unlike their flipped forms they hold for NaN,
// which must reach the output rather than be skipped.
#![allow(clippy::neg_cmp_op_on_partial_ord)]

use crate::linear::lane_sum;
use crate::norm::inv_rms;
use cubecl::prelude::*;

/// Gates of row `t` from its router logits: plus `logit_mask` (0, or -inf for an expert opted out at
/// run time, as a generic server does), softmax in f32, then the `k'` largest probabilities kept in
/// place (ties to the lower index; `renorm` rescales them to sum to 1). The experts not chosen get the
/// gate -1, so the expert kernels skip them, while a chosen expert with probability 0 (masked) is still
/// computed, with weight 0. With `k' = E'` this is the plain softmax mixture. A NaN logit makes every
/// gate of the row NaN: the output is NaN, as the model's math says, never a silent zero.
#[cube]
pub(crate) fn gates_from_logits(
    logits: &mut Array<f32>,
    logit_mask: &[f32],
    gates: &mut [f32],
    t: usize,
    #[comptime] experts: usize,
    #[comptime] top_k: usize,
    #[comptime] renorm: bool,
) {
    // The maximum starts from the first logit rather than -inf, which WGSL cannot spell.
    let first = logits[0] + logit_mask[0];
    logits[0] = first;
    let mut largest = first;
    for e in 1..experts {
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
    // `sum` is NaN here (a sum of exponentials is never negative): it marks the gates, as no NaN
    // literal is written, which WGSL cannot spell.
    if !(sum >= 0.0f32) {
        for e in 0..experts {
            gates[t * experts + e] = sum;
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

/// Whether any row of `r0..r0 + block_rows` (below `rows`) chose expert `e`: its gate is >= 0, or NaN.
#[cube]
fn chosen_in_block(
    gates: &[f32],
    rows: usize,
    r0: usize,
    e: usize,
    #[comptime] experts: usize,
    #[comptime] block_rows: usize,
) -> bool {
    let mut any = false;
    #[unroll]
    for r in 0..block_rows {
        let row = r0 + r;
        if row < rows {
            any = any || !(gates[row * experts + e] < 0.0f32);
        }
    }
    any
}

/// One tile of [`moe_hidden`]: rows `r0..r0 + block_rows`, hidden units `i0..i0 + block_i` of
/// expert `e` (stack slot `slot`).
#[cube]
#[allow(clippy::too_many_arguments)]
fn hidden_block<F: Float, N: Size>(
    h: &[Vector<f32, N>],
    gates: &[f32],
    gate_up: &[Vector<F, N>],
    hidden: &mut [f32],
    rows: usize,
    r0: usize,
    e: usize,
    slot: usize,
    i0: usize,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
    #[comptime] block_i: usize,
    #[comptime] block_rows: usize,
) {
    let lanes = N::value();
    let k_vecs = comptime!(d / lanes);
    if chosen_in_block(gates, rows, r0, e, experts, block_rows) {
        let mut g = Array::<Vector<f32, N>>::new(comptime!(block_i * block_rows));
        let mut u = Array::<Vector<f32, N>>::new(comptime!(block_i * block_rows));
        #[unroll]
        for a in 0..comptime!(block_i * block_rows) {
            g[a] = Vector::<f32, N>::new(0.0f32);
            u[a] = Vector::<f32, N>::new(0.0f32);
        }
        let mut xb = Array::<usize>::new(block_rows);
        #[unroll]
        for r in 0..block_rows {
            let row = r0 + r;
            xb[r] = select(row < rows, row, rows - 1) * k_vecs;
        }
        let base = slot * comptime!(2 * intermediate);
        for k in 0..k_vecs {
            let mut xv = Array::<Vector<f32, N>>::new(block_rows);
            #[unroll]
            for r in 0..block_rows {
                xv[r] = h[xb[r] + k];
            }
            #[unroll]
            for j in 0..block_i {
                let gw = Vector::<f32, N>::cast_from(gate_up[(base + i0 + j) * k_vecs + k]);
                let uw = Vector::<f32, N>::cast_from(gate_up[(base + intermediate + i0 + j) * k_vecs + k]);
                #[unroll]
                for r in 0..block_rows {
                    g[j * block_rows + r] = fma(gw, xv[r], g[j * block_rows + r]);
                    u[j * block_rows + r] = fma(uw, xv[r], u[j * block_rows + r]);
                }
            }
        }
        #[unroll]
        for r in 0..block_rows {
            let row = r0 + r;
            if row < rows {
                let chosen = !(gates[row * experts + e] < 0.0f32);
                #[unroll]
                for j in 0..block_i {
                    let gs = lane_sum::<N>(g[j * block_rows + r]);
                    let us = lane_sum::<N>(u[j * block_rows + r]);
                    let value = gs / (1.0f32 + (-gs).exp()) * us;
                    hidden[(row * experts + e) * intermediate + i0 + j] = select(chosen, value, 0.0f32);
                }
            }
        }
    } else {
        #[unroll]
        for r in 0..block_rows {
            let row = r0 + r;
            if row < rows {
                #[unroll]
                for j in 0..block_i {
                    hidden[(row * experts + e) * intermediate + i0 + j] = 0.0f32;
                }
            }
        }
    }
}

/// `hidden[t, e, i] = silu(gate_e[i] . h[t]) * (up_e[i] . h[t])` for the experts row `t` chose (gate
/// >= 0, or NaN), 0 for the others. Each unit a tile of `block_i` hidden units (dividing `I`) of one
/// expert by `block_rows` rows (one row when the call has one): a tile none of whose rows chose its
/// expert reads none of that expert's weights, so decode reads only the chosen experts. Dot products
/// as in [`crate::matmul`]: vectors of `N` lanes (dividing `d`), fused multiply-adds, lane sums in
/// order, so a row's result never depends on the rows sharing its tile.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
pub fn moe_hidden<F: Float, N: Size>(
    h: &[Vector<f32, N>],
    gates: &[f32],
    gate_up: &[Vector<F, N>],
    slots: &[u32],
    hidden: &mut [f32],
    rows: u32,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
    #[comptime] block_i: usize,
    #[comptime] block_rows: usize,
) {
    let i_blocks = comptime!(intermediate / block_i);
    let rows = rows as usize;
    let pos = ABSOLUTE_POS;
    if rows == 1 {
        if pos < comptime!(experts * i_blocks) {
            let i0 = (pos % i_blocks) * block_i;
            let e = pos / i_blocks;
            let slot = slots[e] as usize;
            hidden_block::<F, N>(
                h,
                gates,
                gate_up,
                hidden,
                rows,
                0,
                e,
                slot,
                i0,
                d,
                experts,
                intermediate,
                block_i,
                1usize,
            );
        }
    } else {
        // Row tiles vary fastest, so that the tiles a core runs in turn share their weights (read
        // from memory once per launch, then from cache).
        let row_blocks = rows.div_ceil(block_rows);
        if pos < row_blocks * comptime!(experts * i_blocks) {
            let r0 = (pos % row_blocks) * block_rows;
            let rest = pos / row_blocks;
            let i0 = (rest % i_blocks) * block_i;
            let e = rest / i_blocks;
            let slot = slots[e] as usize;
            hidden_block::<F, N>(
                h,
                gates,
                gate_up,
                hidden,
                rows,
                r0,
                e,
                slot,
                i0,
                d,
                experts,
                intermediate,
                block_i,
                block_rows,
            );
        }
    }
}

/// One tile of [`moe_down`]: rows `r0..r0 + block_rows`, outputs `o0..o0 + block_out`.
#[cube]
#[allow(clippy::too_many_arguments)]
fn down_block<F: Float, N: Size>(
    hidden: &[Vector<f32, N>],
    gates: &[f32],
    down: &[Vector<F, N>],
    slots: &[u32],
    y: &mut [f32],
    rows: usize,
    r0: usize,
    o0: usize,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
    #[comptime] block_out: usize,
    #[comptime] block_rows: usize,
) {
    let lanes = N::value();
    let k_vecs = comptime!(intermediate / lanes);
    let mut total = Array::<f32>::new(comptime!(block_out * block_rows));
    #[unroll]
    for a in 0..comptime!(block_out * block_rows) {
        total[a] = 0.0f32;
    }
    for e in 0..experts {
        if chosen_in_block(gates, rows, r0, e, experts, block_rows) {
            let mut acc = Array::<Vector<f32, N>>::new(comptime!(block_out * block_rows));
            #[unroll]
            for a in 0..comptime!(block_out * block_rows) {
                acc[a] = Vector::<f32, N>::new(0.0f32);
            }
            let mut hb = Array::<usize>::new(block_rows);
            #[unroll]
            for r in 0..block_rows {
                let row = r0 + r;
                hb[r] = (select(row < rows, row, rows - 1) * experts + e) * k_vecs;
            }
            let base = slots[e] as usize * d;
            for k in 0..k_vecs {
                let mut hv = Array::<Vector<f32, N>>::new(block_rows);
                #[unroll]
                for r in 0..block_rows {
                    hv[r] = hidden[hb[r] + k];
                }
                #[unroll]
                for j in 0..block_out {
                    let wv = Vector::<f32, N>::cast_from(down[(base + o0 + j) * k_vecs + k]);
                    #[unroll]
                    for r in 0..block_rows {
                        acc[j * block_rows + r] = fma(wv, hv[r], acc[j * block_rows + r]);
                    }
                }
            }
            #[unroll]
            for r in 0..block_rows {
                let row = select(r0 + r < rows, r0 + r, rows - 1);
                let g = gates[row * experts + e];
                #[unroll]
                for j in 0..block_out {
                    let add = g * lane_sum::<N>(acc[j * block_rows + r]);
                    total[j * block_rows + r] += select(!(g < 0.0f32), add, 0.0f32);
                }
            }
        }
    }
    #[unroll]
    for r in 0..block_rows {
        if r0 + r < rows {
            #[unroll]
            for j in 0..block_out {
                y[(r0 + r) * d + o0 + j] = total[j * block_rows + r];
            }
        }
    }
}

/// `y[t, o] = sum_e gates[t, e] * (down_e[o] . hidden[t, e])` over the experts row `t` chose, in
/// expert order. Each unit a tile of `block_out` outputs (dividing `d`) by `block_rows` rows; an
/// expert none of a tile's rows chose is not read. Vectors of `N` lanes dividing `I`.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
pub fn moe_down<F: Float, N: Size>(
    hidden: &[Vector<f32, N>],
    gates: &[f32],
    down: &[Vector<F, N>],
    slots: &[u32],
    y: &mut [f32],
    rows: u32,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
    #[comptime] block_out: usize,
    #[comptime] block_rows: usize,
) {
    let out_blocks = comptime!(d / block_out);
    let rows = rows as usize;
    let pos = ABSOLUTE_POS;
    if rows == 1 {
        if pos < out_blocks {
            let o0 = pos * block_out;
            down_block::<F, N>(hidden, gates, down, slots, y, rows, 0, o0, d, experts, intermediate, block_out, 1usize);
        }
    } else {
        // Row tiles vary fastest (see `moe_hidden`).
        let row_blocks = rows.div_ceil(block_rows);
        if pos < row_blocks * out_blocks {
            let r0 = (pos % row_blocks) * block_rows;
            let o0 = (pos / row_blocks) * block_out;
            down_block::<F, N>(
                hidden,
                gates,
                down,
                slots,
                y,
                rows,
                r0,
                o0,
                d,
                experts,
                intermediate,
                block_out,
                block_rows,
            );
        }
    }
}
