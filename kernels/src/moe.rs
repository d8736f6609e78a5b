//! The MoE block of one configuration, `E'` kept experts choosing `k'`: the attention post-norm,
//! residual and router gates in one kernel, then the chosen experts' hidden activations, then the down
//! projection with the weighted combine. `E'`, `k'`, the hidden size `d` and the intermediate size `I`
//! are comptime constants. A dense FFN (E' = 1) runs the expert kernels with a gate of 1.
//!
//! On the cpu runtime the expert kernels group rows by expert (what `moe_align` does for GPU MoE
//! kernels, here inside each unit as it scans the gates): a prefill or batched step computes exactly
//! the (row, expert) pairs the router chose, `k'` per row, in tiles of rows that all chose the tile's
//! expert, rather than every expert any row of a tile chose.
//!
//! Expert weights are stacked: `gate_up [S, 2I, d]` (gate rows first) and `down [S, d, I]`, with the
//! block's expert `e` at stack slot `slots[e]`. An engine running one artifact stacks its E' experts
//! in order (`slots = 0..E'`); engines sharing weights stack the union of their experts once and give
//! each configuration its slots.

// `!(g < 0.0)` and `!(sum >= 0.0)` are meant as written: unlike their flipped forms they hold for NaN,
// which must reach the output rather than be skipped.
#![allow(clippy::neg_cmp_op_on_partial_ord)]

use crate::linear::tile_sums;
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

/// Whether row `t` chose expert `e`: its gate is >= 0, or NaN (which must reach the output).
#[cube]
pub(crate) fn chose(gates: &[f32], t: usize, e: usize, #[comptime] experts: usize) -> bool {
    !(gates[t * experts + e] < 0.0f32)
}

/// The next tile of rows that chose expert `e`, scanning from row `at[0]` (left past the last row
/// scanned): up to `block_rows` of them in `tile`, the rest of `tile` repeating the first. Returns
/// how many were found (0 once no row from `at[0]` on chose `e`). Grouping rows by expert this way, as
/// they are found, is what `moe_align` does for GPU MoE kernels, with no sort and no scratch.
#[cube]
pub(crate) fn next_tile(
    gates: &[f32],
    rows: usize,
    e: usize,
    at: &mut Array<usize>,
    tile: &mut Array<usize>,
    #[comptime] experts: usize,
    #[comptime] block_rows: usize,
) -> usize {
    let mut n = 0usize.runtime();
    let mut t = at[0];
    while t < rows && n < block_rows {
        if chose(gates, t, e, experts) {
            tile[n] = t;
            n += 1;
        }
        t += 1;
    }
    at[0] = t;
    for r in n..block_rows {
        tile[r] = tile[0];
    }
    n
}

/// One tile of [`moe_hidden`]: the rows `tile[0..block_rows]` (the first `n` of them written; the
/// rest repeat a valid row), hidden units `i0..i0 + block_i` of expert `e` (stack slot `slot`).
#[cube]
#[allow(clippy::too_many_arguments)]
fn hidden_tile<F: Float, N: Size>(
    h: &[Vector<f32, N>],
    gate_up: &[Vector<F, N>],
    hidden: &mut [f32],
    tile: &Array<usize>,
    n: usize,
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
    // Gate accumulators first, then up: `acc[m + a]` is the up of `acc[a]`.
    let m = comptime!(block_i * block_rows);
    let mut acc = Array::<Vector<f32, N>>::new(comptime!(2 * m));
    #[unroll]
    for a in 0..comptime!(2 * m) {
        acc[a] = Vector::<f32, N>::new(0.0f32);
    }
    let mut xb = Array::<usize>::new(block_rows);
    #[unroll]
    for r in 0..block_rows {
        xb[r] = tile[r] * k_vecs;
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
                let a = comptime!(j * block_rows + r);
                acc[a] = fma(gw, xv[r], acc[a]);
                acc[comptime!(m + a)] = fma(uw, xv[r], acc[comptime!(m + a)]);
            }
        }
    }
    let mut sums = Array::<f32>::new(comptime!(2 * m));
    tile_sums::<N>(&acc, &mut sums, comptime!(2 * m));
    #[unroll]
    for r in 0..block_rows {
        if r < n {
            #[unroll]
            for j in 0..block_i {
                let gs = sums[comptime!(j * block_rows + r)];
                let us = sums[comptime!(m + j * block_rows + r)];
                hidden[(tile[r] * experts + e) * intermediate + i0 + j] = gs / (1.0f32 + (-gs).exp()) * us;
            }
        }
    }
}

/// Hidden units `i0..i0 + block_i` of expert `e` for every row that chose it, `block_rows` chosen
/// rows a tile, each tile taken `sub_i` hidden units at a time (dividing `block_i`): the rows are
/// grouped by expert as they are found, so a tile never computes a row that did not choose its
/// expert, and the unit's weight rows are read once for all of them.
#[cube]
#[allow(clippy::too_many_arguments)]
fn hidden_rows<F: Float, N: Size>(
    h: &[Vector<f32, N>],
    gates: &[f32],
    gate_up: &[Vector<F, N>],
    hidden: &mut [f32],
    rows: usize,
    e: usize,
    slot: usize,
    i0: usize,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
    #[comptime] block_i: usize,
    #[comptime] sub_i: usize,
    #[comptime] block_rows: usize,
) {
    let mut tile = Array::<usize>::new(block_rows);
    let mut at = Array::<usize>::new(1usize);
    at[0] = 0;
    while at[0] < rows {
        let n = next_tile(gates, rows, e, &mut at, &mut tile, experts, block_rows);
        if n > 0 {
            #[unroll]
            for s in 0..comptime!(block_i / sub_i) {
                let i = i0 + s * sub_i;
                hidden_tile::<F, N>(
                    h,
                    gate_up,
                    hidden,
                    &tile,
                    n,
                    e,
                    slot,
                    i,
                    d,
                    experts,
                    intermediate,
                    sub_i,
                    block_rows,
                );
            }
        }
    }
}

/// `hidden[t, e, i] = silu(gate_e[i] . h[t]) * (up_e[i] . h[t])` for the experts row `t` chose (gate
/// >= 0, or NaN); the entries of the experts it did not choose are not written (and never read).
/// Each unit `block_i` hidden units (dividing `I`) of one expert, for every row that chose it, in
/// tiles of `block_rows` such rows (one row when the call has one): rows are grouped by expert, so a
/// prefill or batched step computes exactly the chosen (row, expert) pairs, and decode reads only the
/// chosen experts' weights. Dot products as in [`crate::matmul`]: vectors of `N` lanes (dividing
/// `d`), fused multiply-adds, lane sums in order, so a row's result never depends on the rows sharing
/// its tile.
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
    // The units of an expert run in turn, so that the rows they share stay in cache.
    if pos < comptime!(experts * i_blocks) {
        let i0 = (pos % i_blocks) * block_i;
        let e = pos / i_blocks;
        let slot = slots[e] as usize;
        if rows == 1 {
            // Decode: the whole block at once, for more independent accumulators.
            hidden_rows::<F, N>(
                h,
                gates,
                gate_up,
                hidden,
                rows,
                e,
                slot,
                i0,
                d,
                experts,
                intermediate,
                block_i,
                block_i,
                1usize,
            );
        } else {
            // A hidden unit has two accumulators per row (gate and up): a prefill tile takes half
            // the unit's hidden units at a time, so that it holds as many accumulators as a
            // `block_i x block_rows` tile of the projections, which the cpu tile keeps in registers.
            let sub_i = comptime!(if block_i.is_multiple_of(2) { block_i / 2 } else { block_i });
            hidden_rows::<F, N>(
                h,
                gates,
                gate_up,
                hidden,
                rows,
                e,
                slot,
                i0,
                d,
                experts,
                intermediate,
                block_i,
                sub_i,
                block_rows,
            );
        }
    }
}

/// One tile of [`moe_down`] for expert `e`: the rows `tile[0..block_rows]` (the first `n` of them
/// added to; the rest repeat a valid row), outputs `o0..o0 + block_out`, each `y` entry plus its
/// gate times the expert's output.
#[cube]
#[allow(clippy::too_many_arguments)]
fn down_tile<F: Float, N: Size>(
    hidden: &[Vector<f32, N>],
    gates: &[f32],
    down: &[Vector<F, N>],
    slots: &[u32],
    y: &mut [f32],
    tile: &Array<usize>,
    n: usize,
    e: usize,
    o0: usize,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
    #[comptime] block_out: usize,
    #[comptime] block_rows: usize,
) {
    let lanes = N::value();
    let k_vecs = comptime!(intermediate / lanes);
    let mut acc = Array::<Vector<f32, N>>::new(comptime!(block_out * block_rows));
    #[unroll]
    for a in 0..comptime!(block_out * block_rows) {
        acc[a] = Vector::<f32, N>::new(0.0f32);
    }
    let mut hb = Array::<usize>::new(block_rows);
    #[unroll]
    for r in 0..block_rows {
        hb[r] = (tile[r] * experts + e) * k_vecs;
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
    let mut sums = Array::<f32>::new(comptime!(block_out * block_rows));
    tile_sums::<N>(&acc, &mut sums, comptime!(block_out * block_rows));
    #[unroll]
    for r in 0..block_rows {
        if r < n {
            let row = tile[r];
            let g = gates[row * experts + e];
            #[unroll]
            for j in 0..block_out {
                y[row * d + o0 + j] += g * sums[j * block_rows + r];
            }
        }
    }
}

/// Outputs `o0..o0 + group * block_out` of every row: zeroed, then each expert's weighted output
/// added for the rows that chose it, in expert order, the rows grouped by expert in tiles of
/// `block_rows`, each tile taken by the `group` blocks of `block_out` outputs in turn (so that its
/// hidden activations are loaded once for all of them).
#[cube]
#[allow(clippy::too_many_arguments)]
fn down_rows<F: Float, N: Size>(
    hidden: &[Vector<f32, N>],
    gates: &[f32],
    down: &[Vector<F, N>],
    slots: &[u32],
    y: &mut [f32],
    rows: usize,
    o0: usize,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
    #[comptime] block_out: usize,
    #[comptime] block_rows: usize,
    #[comptime] group: usize,
) {
    for t in 0..rows {
        for j in 0..comptime!(group * block_out) {
            y[t * d + o0 + j] = 0.0f32;
        }
    }
    let mut tile = Array::<usize>::new(block_rows);
    let mut at = Array::<usize>::new(1usize);
    for e in 0..experts {
        at[0] = 0;
        while at[0] < rows {
            let n = next_tile(gates, rows, e, &mut at, &mut tile, experts, block_rows);
            if n > 0 {
                for b in 0..group {
                    down_tile::<F, N>(
                        hidden,
                        gates,
                        down,
                        slots,
                        y,
                        &tile,
                        n,
                        e,
                        o0 + b * block_out,
                        d,
                        experts,
                        intermediate,
                        block_out,
                        block_rows,
                    );
                }
            }
        }
    }
}

/// `y[t, o] = sum_e gates[t, e] * (down_e[o] . hidden[t, e])` over the experts row `t` chose, in
/// expert order. Each unit a block of outputs (dividing `d`) of every row, expert by expert, the
/// rows that chose the expert in tiles of `block_rows` (one row when the call has one), so only
/// chosen (row, expert) pairs are computed and an expert no row chose is not read. At decode a
/// block is `block_out` outputs; with more rows, `group` such blocks (`flexc_lower::moe_down_group`),
/// which share each tile of hidden activations. Vectors of `N` lanes dividing `I`.
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
    #[comptime] group: usize,
) {
    let rows = rows as usize;
    let pos = ABSOLUTE_POS;
    if rows == 1 {
        if pos < comptime!(d / block_out) {
            let o0 = pos * block_out;
            down_rows::<F, N>(
                hidden,
                gates,
                down,
                slots,
                y,
                rows,
                o0,
                d,
                experts,
                intermediate,
                block_out,
                1usize,
                1usize,
            );
        }
    } else if pos < comptime!(d / (block_out * group)) {
        let o0 = pos * comptime!(block_out * group);
        down_rows::<F, N>(
            hidden,
            gates,
            down,
            slots,
            y,
            rows,
            o0,
            d,
            experts,
            intermediate,
            block_out,
            block_rows,
            group,
        );
    }
}
