//! The cpu runtime's dense kernels over panel-packed weights: a GEMM micro-kernel.
//!
//! A weight `[n, k]` (rows of `k` inputs) is stored in panels of `P = lanes x vecs` rows, each panel
//! `[k][P]`: for every input index, the panel's `P` weights side by side ([`panel_index`]). The runtime
//! packs a weight so when a plan's cpu program binds it to one of these kernels (`flexc-lower`'s
//! `Kernel::weight_panels`); a panel occupies the bytes its rows occupied, so packing is in place.
//!
//! A unit computes a tile of `block_rows` rows by one panel: for each input index it loads the panel's
//! `vecs` weight vectors once (one contiguous stream, consumed at the rate of the FMAs), broadcasts
//! each row's input and accumulates `block_rows x vecs` vectors of outputs. No lane sum at the end:
//! the lanes are outputs. Each output is one chain of fused multiply-adds over its inputs in order,
//! the same operations at one row (decode) as in any tile, so a row's result never depends on the
//! rows sharing its tile.
//!
//! At one row (decode) a unit instead takes `streams` panels far apart (`flexc_lower::decode_streams`)
//! and walks them side by side: its weight loads then come from several places in memory at once, so
//! more of them are in flight than one stream consumed at the rate of its FMAs keeps, which is what
//! holds a decode step below the memory's bandwidth.

use cubecl::prelude::*;

use crate::moe::{chose, next_tile};

/// Where weight `(row, k)` of a `[n, k_len]` weight sits once packed in panels of `p` rows.
pub fn panel_index(row: usize, k: usize, k_len: usize, p: usize) -> usize {
    (row / p) * p * k_len + k * p + row % p
}

/// `acc[r * vecs + v] += x[xb[r] + k] * w[wb + k * vecs + v]` for `k < k_len`: the micro-kernel.
#[cube]
fn panel_acc<F: Float, N: Size>(
    x: &[f32],
    xb: &Array<usize>,
    w: &[Vector<F, N>],
    wb: usize,
    acc: &mut Array<Vector<f32, N>>,
    #[comptime] k_len: usize,
    #[comptime] vecs: usize,
    #[comptime] block_rows: usize,
) {
    for k in 0..k_len {
        let mut wv = Array::<Vector<f32, N>>::new(vecs);
        #[unroll]
        for v in 0..vecs {
            wv[v] = Vector::<f32, N>::cast_from(w[wb + k * vecs + v]);
        }
        #[unroll]
        for r in 0..block_rows {
            let b = Vector::<f32, N>::new(x[xb[r] + k]);
            #[unroll]
            for v in 0..vecs {
                acc[comptime!(r * vecs + v)] = fma(wv[v], b, acc[comptime!(r * vecs + v)]);
            }
        }
    }
}

#[cube]
fn zeroed<N: Size>(#[comptime] count: usize) -> Array<Vector<f32, N>> {
    let mut acc = Array::<Vector<f32, N>>::new(count);
    #[unroll]
    for a in 0..count {
        acc[a] = Vector::<f32, N>::new(0.0f32);
    }
    acc
}

/// One tile of [`matmul_panels`]: rows `r0..r0 + block_rows` (clamped to the last row, written only
/// when in range) by panel `p`.
#[cube]
#[allow(clippy::too_many_arguments)]
fn matmul_tile<F: Float, N: Size>(
    x: &[f32],
    w: &[Vector<F, N>],
    out: &mut [Vector<f32, N>],
    rows: usize,
    r0: usize,
    p: usize,
    #[comptime] n_in: usize,
    #[comptime] n_out: usize,
    #[comptime] vecs: usize,
    #[comptime] block_rows: usize,
) {
    let mut acc = zeroed::<N>(comptime!(block_rows * vecs));
    let mut xb = Array::<usize>::new(block_rows);
    #[unroll]
    for r in 0..block_rows {
        let row = r0 + r;
        xb[r] = select(row < rows, row, rows - 1) * n_in;
    }
    panel_acc::<F, N>(x, &xb, w, p * comptime!(n_in * vecs), &mut acc, n_in, vecs, block_rows);
    let lanes = N::value();
    let out_vecs = comptime!(n_out / lanes);
    #[unroll]
    for r in 0..block_rows {
        if r0 + r < rows {
            #[unroll]
            for v in 0..vecs {
                out[(r0 + r) * out_vecs + p * vecs + v] = acc[comptime!(r * vecs + v)];
            }
        }
    }
}

/// One row (decode) by `streams` panels `panels / streams` apart, starting at panel `u`: the unit's
/// weight loads come from `streams` places in memory at once, which keeps more of them in flight
/// than one stream consumed at the rate of its FMAs. Each output is the same chain of FMAs as in
/// [`matmul_tile`].
#[cube]
#[allow(clippy::too_many_arguments)]
fn matmul_streams<F: Float, N: Size>(
    x: &[f32],
    w: &[Vector<F, N>],
    out: &mut [Vector<f32, N>],
    u: usize,
    #[comptime] n_in: usize,
    #[comptime] n_out: usize,
    #[comptime] vecs: usize,
    #[comptime] streams: usize,
) {
    let lanes = N::value();
    let apart = comptime!(n_out / (lanes * vecs) / streams);
    let mut wb = Array::<usize>::new(streams);
    #[unroll]
    for s in 0..streams {
        wb[s] = (u + s * apart) * comptime!(n_in * vecs);
    }
    let mut acc = zeroed::<N>(comptime!(streams * vecs));
    stream_acc::<F, N>(x, 0, w, &wb, &mut acc, n_in, vecs, streams);
    #[unroll]
    for s in 0..streams {
        #[unroll]
        for v in 0..vecs {
            out[(u + s * apart) * vecs + v] = acc[comptime!(s * vecs + v)];
        }
    }
}

/// `acc[s * vecs + v] += x[xb + k] * w[wb[s] + k * vecs + v]` for `k < k_len`: [`panel_acc`] for one
/// row over `streams` panels at once.
#[cube]
#[allow(clippy::too_many_arguments)]
fn stream_acc<F: Float, N: Size>(
    x: &[f32],
    xb: usize,
    w: &[Vector<F, N>],
    wb: &Array<usize>,
    acc: &mut Array<Vector<f32, N>>,
    #[comptime] k_len: usize,
    #[comptime] vecs: usize,
    #[comptime] streams: usize,
) {
    for k in 0..k_len {
        let b = Vector::<f32, N>::new(x[xb + k]);
        #[unroll]
        for s in 0..streams {
            #[unroll]
            for v in 0..vecs {
                let a = comptime!(s * vecs + v);
                acc[a] = fma(Vector::<f32, N>::cast_from(w[wb[s] + k * vecs + v]), b, acc[a]);
            }
        }
    }
}

/// `out[r, o] = x[r] . w[o]` with `w` `[n_out, n_in]` packed in panels of `lanes x vecs` outputs
/// (dividing `n_out`), in its stored float type, accumulated in f32: each unit a tile of
/// `block_rows` rows by one panel, or at one row `streams` panels (dividing the panels) far apart.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
pub fn matmul_panels<F: Float, N: Size>(
    x: &[f32],
    w: &[Vector<F, N>],
    out: &mut [Vector<f32, N>],
    rows: u32,
    #[comptime] n_in: usize,
    #[comptime] n_out: usize,
    #[comptime] vecs: usize,
    #[comptime] block_rows: usize,
    #[comptime] streams: usize,
) {
    let lanes = N::value();
    let panels = comptime!(n_out / (lanes * vecs));
    let rows = rows as usize;
    let pos = ABSOLUTE_POS;
    if rows == 1 {
        if pos < comptime!(panels / streams) {
            matmul_streams::<F, N>(x, w, out, pos, n_in, n_out, vecs, streams);
        }
    } else {
        // Row tiles vary fastest, so that the tiles a core runs in turn share their panel.
        let row_blocks = rows.div_ceil(block_rows);
        if pos < row_blocks * panels {
            let r0 = (pos % row_blocks) * block_rows;
            matmul_tile::<F, N>(x, w, out, rows, r0, pos / row_blocks, n_in, n_out, vecs, block_rows);
        }
    }
}

/// Hidden units `i0..i0 + P` (one gate panel and its up panel) of expert `e` at stack slot `slot`,
/// for every row that chose it, `block_rows` such rows a tile.
#[cube]
#[allow(clippy::too_many_arguments)]
fn hidden_panel<F: Float, N: Size>(
    h: &[f32],
    gates: &[f32],
    gate_up: &[Vector<F, N>],
    hidden: &mut [Vector<f32, N>],
    rows: usize,
    e: usize,
    slot: usize,
    q: usize,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
    #[comptime] vecs: usize,
    #[comptime] block_rows: usize,
) {
    let lanes = N::value();
    let panel = comptime!(lanes * vecs);
    let per_slot = comptime!(2 * intermediate / panel);
    let gate_base = (slot * per_slot + q) * comptime!(d * vecs);
    let up_base = gate_base + comptime!(intermediate / panel * d * vecs);
    let i_vecs = comptime!(intermediate / lanes);
    let mut tile = Array::<usize>::new(block_rows);
    let mut at = Array::<usize>::new(1usize);
    at[0] = 0;
    while at[0] < rows {
        let n = next_tile(gates, rows, e, &mut at, &mut tile, experts, block_rows);
        // A tile at most half full (the last of an expert's rows) runs half as high. Tiles of one row
        // never take that branch; its instance is then one row high too.
        if n > 0 && n <= comptime!(block_rows / 2) {
            hidden_tile::<F, N>(
                h,
                gate_up,
                hidden,
                &tile,
                n,
                e,
                gate_base,
                up_base,
                q,
                d,
                experts,
                i_vecs,
                vecs,
                comptime!((block_rows / 2).max(1)),
            );
        } else if n > 0 {
            hidden_tile::<F, N>(
                h, gate_up, hidden, &tile, n, e, gate_base, up_base, q, d, experts, i_vecs, vecs, block_rows,
            );
        }
    }
}

/// The hidden units of one tile of [`hidden_panel`]: rows `tile[0..tile_rows]`, the first `n` of
/// them written.
#[cube]
#[allow(clippy::too_many_arguments)]
fn hidden_tile<F: Float, N: Size>(
    h: &[f32],
    gate_up: &[Vector<F, N>],
    hidden: &mut [Vector<f32, N>],
    tile: &Array<usize>,
    n: usize,
    e: usize,
    gate_base: usize,
    up_base: usize,
    q: usize,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] i_vecs: usize,
    #[comptime] vecs: usize,
    #[comptime] tile_rows: usize,
) {
    let mut xb = Array::<usize>::new(tile_rows);
    #[unroll]
    for r in 0..tile_rows {
        xb[r] = tile[r] * d;
    }
    let mut g = zeroed::<N>(comptime!(tile_rows * vecs));
    let mut u = zeroed::<N>(comptime!(tile_rows * vecs));
    // Gate and up interleaved by input: both panels stream side by side.
    for k in 0..d {
        let mut gw = Array::<Vector<f32, N>>::new(vecs);
        let mut uw = Array::<Vector<f32, N>>::new(vecs);
        #[unroll]
        for v in 0..vecs {
            gw[v] = Vector::<f32, N>::cast_from(gate_up[gate_base + k * vecs + v]);
            uw[v] = Vector::<f32, N>::cast_from(gate_up[up_base + k * vecs + v]);
        }
        #[unroll]
        for r in 0..tile_rows {
            let b = Vector::<f32, N>::new(h[xb[r] + k]);
            #[unroll]
            for v in 0..vecs {
                let a = comptime!(r * vecs + v);
                g[a] = fma(gw[v], b, g[a]);
                u[a] = fma(uw[v], b, u[a]);
            }
        }
    }
    #[unroll]
    for r in 0..tile_rows {
        if r < n {
            #[unroll]
            for v in 0..vecs {
                let a = comptime!(r * vecs + v);
                let gs = g[a];
                let one = Vector::<f32, N>::new(1.0f32);
                hidden[(tile[r] * experts + e) * i_vecs + q * vecs + v] = gs / (one + (-gs).exp()) * u[a];
            }
        }
    }
}

/// One row (decode): hidden units of `streams` panels `panels / streams` apart, from panel `q` on,
/// of expert `e` (stack slot `slot`) when the row chose it, their gate and up panels streaming side
/// by side (`2 x streams` places in memory at once). Each output is the same chain of FMAs as in
/// [`hidden_tile`].
#[cube]
#[allow(clippy::too_many_arguments)]
fn hidden_streams<F: Float, N: Size>(
    h: &[f32],
    gate_up: &[Vector<F, N>],
    hidden: &mut [Vector<f32, N>],
    e: usize,
    slot: usize,
    q: usize,
    #[comptime] d: usize,
    #[comptime] intermediate: usize,
    #[comptime] vecs: usize,
    #[comptime] streams: usize,
) {
    let lanes = N::value();
    let panel = comptime!(lanes * vecs);
    let per_slot = comptime!(2 * intermediate / panel);
    let apart = comptime!(intermediate / panel / streams);
    let i_vecs = comptime!(intermediate / lanes);
    let mut gb = Array::<usize>::new(streams);
    let mut ub = Array::<usize>::new(streams);
    #[unroll]
    for s in 0..streams {
        gb[s] = (slot * per_slot + q + s * apart) * comptime!(d * vecs);
        ub[s] = gb[s] + comptime!(intermediate / panel * d * vecs);
    }
    let mut g = zeroed::<N>(comptime!(streams * vecs));
    let mut u = zeroed::<N>(comptime!(streams * vecs));
    for k in 0..d {
        let b = Vector::<f32, N>::new(h[k]);
        #[unroll]
        for s in 0..streams {
            #[unroll]
            for v in 0..vecs {
                let a = comptime!(s * vecs + v);
                g[a] = fma(Vector::<f32, N>::cast_from(gate_up[gb[s] + k * vecs + v]), b, g[a]);
                u[a] = fma(Vector::<f32, N>::cast_from(gate_up[ub[s] + k * vecs + v]), b, u[a]);
            }
        }
    }
    #[unroll]
    for s in 0..streams {
        #[unroll]
        for v in 0..vecs {
            let a = comptime!(s * vecs + v);
            let gs = g[a];
            let one = Vector::<f32, N>::new(1.0f32);
            hidden[e * i_vecs + (q + s * apart) * vecs + v] = gs / (one + (-gs).exp()) * u[a];
        }
    }
}

/// `hidden[t, e, i] = silu(gate_e[i] . h[t]) * (up_e[i] . h[t])` for the experts row `t` chose (gate
/// >= 0, or NaN), as [`crate::moe_hidden`] computes it, over `gate_up [S, 2I, d]` packed in panels
/// of `lanes x vecs` rows (dividing `I`). Each unit one panel of hidden units of one expert for every
/// row that chose it, in tiles of `block_rows` such rows; at one row, `streams` panels of one expert
/// (dividing its panels) far apart.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
pub fn moe_hidden_panels<F: Float, N: Size>(
    h: &[f32],
    gates: &[f32],
    gate_up: &[Vector<F, N>],
    slots: &[u32],
    hidden: &mut [Vector<f32, N>],
    rows: u32,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
    #[comptime] vecs: usize,
    #[comptime] block_rows: usize,
    #[comptime] streams: usize,
) {
    let lanes = N::value();
    let panels = comptime!(intermediate / (lanes * vecs));
    let rows = rows as usize;
    let pos = ABSOLUTE_POS;
    if rows == 1 {
        let units = comptime!(panels / streams);
        if pos < comptime!(experts * units) {
            let e = pos / units;
            if chose(gates, 0, e, experts) {
                let slot = slots[e] as usize;
                hidden_streams::<F, N>(h, gate_up, hidden, e, slot, pos % units, d, intermediate, vecs, streams);
            }
        }
    } else if pos < comptime!(experts * panels) {
        // The units of an expert run in turn, so that the rows they share stay in cache.
        let q = pos % panels;
        let e = pos / panels;
        let slot = slots[e] as usize;
        hidden_panel::<F, N>(h, gates, gate_up, hidden, rows, e, slot, q, d, experts, intermediate, vecs, block_rows);
    }
}

/// Outputs `p * P..(p + 1) * P` of every row: zeroed, then each expert's weighted output added for
/// the rows that chose it, in expert order, `block_rows` such rows a tile.
#[cube]
#[allow(clippy::too_many_arguments, clippy::needless_range_loop)] // cube code has no iterators
fn down_panel<F: Float, N: Size>(
    hidden: &[f32],
    gates: &[f32],
    down: &[Vector<F, N>],
    slots: &[u32],
    y: &mut [Vector<f32, N>],
    rows: usize,
    p: usize,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
    #[comptime] vecs: usize,
    #[comptime] block_rows: usize,
) {
    let lanes = N::value();
    let panels = comptime!(d / (lanes * vecs));
    let d_vecs = comptime!(d / lanes);
    for t in 0..rows {
        #[unroll]
        for v in 0..vecs {
            y[t * d_vecs + p * vecs + v] = Vector::<f32, N>::new(0.0f32);
        }
    }
    let mut tile = Array::<usize>::new(block_rows);
    let mut at = Array::<usize>::new(1usize);
    for e in 0..experts {
        let wb = (slots[e] as usize * panels + p) * comptime!(intermediate * vecs);
        at[0] = 0;
        while at[0] < rows {
            let n = next_tile(gates, rows, e, &mut at, &mut tile, experts, block_rows);
            // A tile at most half full (the last of an expert's rows) runs half as high. Tiles of one row
            // never take that branch; its instance is then one row high too.
            if n > 0 && n <= comptime!(block_rows / 2) {
                down_tile::<F, N>(
                    hidden,
                    gates,
                    down,
                    y,
                    &tile,
                    n,
                    e,
                    wb,
                    p,
                    d,
                    experts,
                    intermediate,
                    vecs,
                    comptime!((block_rows / 2).max(1)),
                );
            } else if n > 0 {
                down_tile::<F, N>(
                    hidden,
                    gates,
                    down,
                    y,
                    &tile,
                    n,
                    e,
                    wb,
                    p,
                    d,
                    experts,
                    intermediate,
                    vecs,
                    block_rows,
                );
            }
        }
    }
}

/// One tile of [`down_panel`]: expert `e`'s weighted output added to rows `tile[0..tile_rows]`, the
/// first `n` of them.
#[cube]
#[allow(clippy::too_many_arguments)]
fn down_tile<F: Float, N: Size>(
    hidden: &[f32],
    gates: &[f32],
    down: &[Vector<F, N>],
    y: &mut [Vector<f32, N>],
    tile: &Array<usize>,
    n: usize,
    e: usize,
    wb: usize,
    p: usize,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
    #[comptime] vecs: usize,
    #[comptime] tile_rows: usize,
) {
    let lanes = N::value();
    let d_vecs = comptime!(d / lanes);
    let mut xb = Array::<usize>::new(tile_rows);
    #[unroll]
    for r in 0..tile_rows {
        xb[r] = (tile[r] * experts + e) * intermediate;
    }
    let mut acc = zeroed::<N>(comptime!(tile_rows * vecs));
    panel_acc::<F, N>(hidden, &xb, down, wb, &mut acc, intermediate, vecs, tile_rows);
    #[unroll]
    for r in 0..tile_rows {
        if r < n {
            let row = tile[r];
            let g = Vector::<f32, N>::new(gates[row * experts + e]);
            #[unroll]
            for v in 0..vecs {
                let at_y = row * d_vecs + p * vecs + v;
                y[at_y] += g * acc[comptime!(r * vecs + v)];
            }
        }
    }
}

/// One row (decode): outputs of `streams` panels `panels / streams` apart, from panel `u` on,
/// zeroed, then each chosen expert's weighted output added in expert order, the expert's
/// `streams` panels streaming side by side. Each output is the same chain of operations as in
/// [`down_panel`].
#[cube]
#[allow(clippy::too_many_arguments)]
fn down_streams<F: Float, N: Size>(
    hidden: &[f32],
    gates: &[f32],
    down: &[Vector<F, N>],
    slots: &[u32],
    y: &mut [Vector<f32, N>],
    u: usize,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
    #[comptime] vecs: usize,
    #[comptime] streams: usize,
) {
    let lanes = N::value();
    let panels = comptime!(d / (lanes * vecs));
    let apart = comptime!(panels / streams);
    #[unroll]
    for s in 0..streams {
        #[unroll]
        for v in 0..vecs {
            y[(u + s * apart) * vecs + v] = Vector::<f32, N>::new(0.0f32);
        }
    }
    let mut wb = Array::<usize>::new(streams);
    for e in 0..experts {
        if chose(gates, 0, e, experts) {
            #[unroll]
            for s in 0..streams {
                wb[s] = (slots[e] as usize * panels + u + s * apart) * comptime!(intermediate * vecs);
            }
            let mut acc = zeroed::<N>(comptime!(streams * vecs));
            stream_acc::<F, N>(hidden, e * intermediate, down, &wb, &mut acc, intermediate, vecs, streams);
            let g = Vector::<f32, N>::new(gates[e]);
            #[unroll]
            for s in 0..streams {
                #[unroll]
                for v in 0..vecs {
                    y[(u + s * apart) * vecs + v] += g * acc[comptime!(s * vecs + v)];
                }
            }
        }
    }
}

/// `y[t, o] = sum_e gates[t, e] * (down_e[o] . hidden[t, e])` over the experts row `t` chose, in
/// expert order, as [`crate::moe_down`] computes it, over `down [S, d, I]` packed in panels of
/// `lanes x vecs` rows (dividing `d`). Each unit one panel of outputs of every row, expert by expert,
/// the rows that chose the expert in tiles of `block_rows`; at one row, `streams` panels (dividing
/// the panels) far apart.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
pub fn moe_down_panels<F: Float, N: Size>(
    hidden: &[f32],
    gates: &[f32],
    down: &[Vector<F, N>],
    slots: &[u32],
    y: &mut [Vector<f32, N>],
    rows: u32,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
    #[comptime] vecs: usize,
    #[comptime] block_rows: usize,
    #[comptime] streams: usize,
) {
    let rows = rows as usize;
    let pos = ABSOLUTE_POS;
    let lanes = N::value();
    let panels = comptime!(d / (lanes * vecs));
    if rows == 1 {
        if pos < comptime!(panels / streams) {
            down_streams::<F, N>(hidden, gates, down, slots, y, pos, d, experts, intermediate, vecs, streams);
        }
    } else if pos < panels {
        down_panel::<F, N>(hidden, gates, down, slots, y, rows, pos, d, experts, intermediate, vecs, block_rows);
    }
}

#[cfg(test)]
mod tests {
    use super::panel_index;

    #[test]
    fn a_panel_holds_its_rows_side_by_side_in_their_own_bytes() {
        let (n, k, p) = (8, 3, 4);
        let mut seen = vec![false; n * k];
        for row in 0..n {
            for kk in 0..k {
                let at = panel_index(row, kk, k, p);
                assert!(at / (p * k) == row / p, "row {row} left its panel's bytes");
                assert!(!seen[at]);
                seen[at] = true;
            }
        }
        assert_eq!(panel_index(5, 2, k, p), p * k + 2 * p + 1);
    }
}
