//! The cpu runtime's dense kernels over panel-packed weights: a GEMM micro-kernel.
//!
//! A weight `[n, k]` (rows of `k` inputs) is stored in panels of `P = lanes x vecs` rows, each panel
//! `[k][P]`: for every input index, the panel's `P` weights side by side ([`panel_index`]). The runtime
//! packs a weight so when a plan's cpu program binds it to one of these kernels (`flexc-lower`'s
//! `Kernel::weight_panels`); a panel occupies the bytes its rows occupied, so packing is in place.
//!
//! A unit computes a tile of `block_rows` rows by one or more panels ([`multi_acc`]): for each input
//! index it loads each panel's `vecs` weight vectors once, broadcasts each row's input and accumulates
//! `panels x block_rows x vecs` vectors of outputs. No lane sum at the end: the lanes are outputs. Each
//! output is one chain of fused multiply-adds over its inputs in order, the same operations at one row
//! (decode) as in any tile, so a row's result never depends on the rows sharing its tile.
//!
//! bf16 weights in panels of 2 vectors are read in pairs: each f32 vector of the weight's bytes is a
//! panel row's 2 bf16 vectors, widened with a shift (its even elements) and a mask (its odd ones), two
//! integer operations for the row where widening each vector alone takes a zero-extending load and a
//! shift apiece. Those run on the ports the FMAs use (on Intel cores with AVX-512), so a
//! compute-bound tile runs about 15% faster. The accumulators then hold the row's even and odd
//! outputs, put back in order once a tile ends: the same FMAs in the same order on the same f32
//! weights, so the results are those of widening each vector, bit for bit.
//!
//! A unit's panels lie far apart (`panels / streams` panels), so its weight loads come from several
//! places in memory at once: more of them are in flight than one stream consumed at the rate of its
//! FMAs keeps, which is what holds a decode step below the memory's bandwidth. At one row (decode) the
//! projections, the head and `moe_down` take up to 4 panels a unit and `moe_hidden` 2 gate/up pairs
//! (`flexc_lower::decode_streams`). At more rows `moe_down`, whose one pass over an expert's panel
//! reads it from memory for all the rows that chose the expert, and the projections and head, whose
//! first tile of a panel reads it from memory for the others, take 2 panels in tiles half as high.
//!
//! The units deal the work items among themselves as they come free ([`deal_next`]): the cpu runtime
//! runs one task per unit of a cube on its own core, and a launch ends when its slowest task does, so
//! a fixed share per unit keeps one core waiting whenever the other is held up (by the runtime's
//! device thread or the caller's, or a slower stream from memory). Items are taken in order, so the
//! two cores still stream neighbouring panels at one time; an output is computed whole by whichever
//! unit takes its item, so its value never depends on the dealing.

use cubecl::prelude::*;

use crate::moe::next_tile;

/// Where weight `(row, k)` of a `[n, k_len]` weight sits once packed in panels of `p` rows.
pub fn panel_index(row: usize, k: usize, k_len: usize, p: usize) -> usize {
    (row / p) * p * k_len + k * p + row % p
}

/// The heights a tile of the expert kernels runs at, for tiles of `block_rows` rows: half, two thirds
/// (tiles of 6 or more) and whole, one row at the least. A tile of `n` rows runs at the least that holds
/// it, so a last tile computes at most a third more rows than it has, where at the whole height it
/// could compute twice as many.
fn tile_heights(block_rows: usize) -> [usize; 3] {
    let half = (block_rows / 2).max(1);
    let two_thirds = if block_rows >= 6 { block_rows * 2 / 3 } else { half };
    [half, two_thirds, block_rows.max(half)]
}

/// The rows `(low, high]` that run at height `high`, the `c`-th of [`tile_heights`] (empty where it
/// equals the one before).
fn tile_range(block_rows: usize, c: usize) -> (usize, usize) {
    let h = tile_heights(block_rows);
    (if c == 0 { 0 } else { h[c - 1] }, h[c])
}

/// `acc[(s * rows + r) * vecs + v] += x[xb[r] + k] * w[wb[s] + k * vecs + v]` for `k < k_len`: the
/// micro-kernel, over `streams` panels at once.
///
/// With `pairs`, `w` holds bf16 weights read as f32 vectors (each a panel row's 2 vectors of bf16,
/// `vecs` = 2): one load, then a shift and a mask widen its even and its odd elements to f32, where
/// widening each vector alone takes a zero-extending load and a shift. Accumulator `v` = 0 then
/// holds the panel row's even outputs and `v` = 1 its odd ones ([`panel_output`] puts them back in
/// order). Each output is the same chain of FMAs over the same f32 weights either way.
#[cube]
#[allow(clippy::too_many_arguments)]
fn multi_acc<F: Float, N: Size>(
    x: &[f32],
    xb: &Array<usize>,
    w: &[Vector<F, N>],
    wb: &Array<usize>,
    acc: &mut Array<Vector<f32, N>>,
    #[comptime] k_len: usize,
    #[comptime] vecs: usize,
    #[comptime] rows: usize,
    #[comptime] streams: usize,
    #[comptime] pairs: bool,
) {
    for k in 0..k_len {
        let mut wv = Array::<Vector<f32, N>>::new(comptime!(streams * vecs));
        #[unroll]
        for s in 0..streams {
            if comptime!(pairs) {
                // Both vectors of the row in one load: `wb[s]` counts bf16 vectors, `w` f32 ones.
                let both = Vector::<u32, N>::reinterpret(w[wb[s] / 2 + k]);
                wv[comptime!(s * vecs)] = Vector::<f32, N>::reinterpret(both << Vector::<u32, N>::new(16u32));
                wv[comptime!(s * vecs + 1)] =
                    Vector::<f32, N>::reinterpret(both & Vector::<u32, N>::new(0xffff_0000u32));
            } else {
                #[unroll]
                for v in 0..vecs {
                    wv[comptime!(s * vecs + v)] = Vector::<f32, N>::cast_from(w[wb[s] + k * vecs + v]);
                }
            }
        }
        #[unroll]
        for r in 0..rows {
            let b = Vector::<f32, N>::new(x[xb[r] + k]);
            #[unroll]
            for s in 0..streams {
                #[unroll]
                for v in 0..vecs {
                    let a = comptime!((s * rows + r) * vecs + v);
                    acc[a] = fma(wv[comptime!(s * vecs + v)], b, acc[a]);
                }
            }
        }
    }
}

/// Output vector `v` (0 or 1) of a panel row whose accumulators hold its `even` and `odd` outputs
/// ([`multi_acc`] with `pairs`): the panel's output `t` is lane `t / 2` of `even` or `odd` by its
/// parity.
#[cube]
fn interleaved<N: Size>(even: Vector<f32, N>, odd: Vector<f32, N>, #[comptime] v: usize) -> Vector<f32, N> {
    let lanes = N::value();
    let mut out = Vector::<f32, N>::empty();
    #[unroll]
    for j in 0..lanes {
        let t = comptime!(v * lanes + j);
        if comptime!(t % 2 == 0) {
            out.insert(j, even.extract(comptime!(t / 2)));
        } else {
            out.insert(j, odd.extract(comptime!(t / 2)));
        }
    }
    out
}

/// Output vector `v` of a panel row from its accumulators `acc[a0..a0 + vecs]`: as they are, or
/// interleaved back into output order with `pairs`.
#[cube]
fn panel_output<N: Size>(
    acc: &Array<Vector<f32, N>>,
    #[comptime] a0: usize,
    #[comptime] v: usize,
    #[comptime] pairs: bool,
) -> Vector<f32, N> {
    let mut out = acc[comptime!(a0 + v)];
    if comptime!(pairs) {
        out = interleaved::<N>(acc[a0], acc[comptime!(a0 + 1)], v);
    }
    out
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
/// when in range) by `streams` panels `panels / streams` apart from panel `p` on.
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
    #[comptime] streams: usize,
    #[comptime] pairs: bool,
) {
    let lanes = N::value();
    let apart = comptime!(n_out / (lanes * vecs) / streams);
    let mut xb = Array::<usize>::new(block_rows);
    #[unroll]
    for r in 0..block_rows {
        let row = r0 + r;
        xb[r] = select(row < rows, row, rows - 1) * n_in;
    }
    let mut wb = Array::<usize>::new(streams);
    #[unroll]
    for s in 0..streams {
        wb[s] = (p + s * apart) * comptime!(n_in * vecs);
    }
    let mut acc = zeroed::<N>(comptime!(streams * block_rows * vecs));
    multi_acc::<F, N>(x, &xb, w, &wb, &mut acc, n_in, vecs, block_rows, streams, pairs);
    let out_vecs = comptime!(n_out / lanes);
    #[unroll]
    for r in 0..block_rows {
        if r0 + r < rows {
            #[unroll]
            for s in 0..streams {
                #[unroll]
                for v in 0..vecs {
                    out[(r0 + r) * out_vecs + (p + s * apart) * vecs + v] =
                        panel_output::<N>(&acc, comptime!((s * block_rows + r) * vecs), v, pairs);
                }
            }
        }
    }
}

/// A unit's first work item: its position. A launch with a unit per item (a GPU's) runs each unit's
/// item and no more; the cpu runtime's one cube of a unit per core deals the rest ([`deal_next`]).
#[cube]
fn deal_first() -> usize {
    ABSOLUTE_POS
}

/// A unit's next work item, past its first: the launch's units deal the items from their count on
/// among themselves as they come free, `deal[0]` counting those taken. A core held up (by the
/// runtime's own threads, or a slower stream from memory) takes fewer, so no core waits at the
/// launch's end for another's share.
#[cube]
fn deal_next(deal: &mut [Atomic<u32>]) -> usize {
    CUBE_DIM as usize * CUBE_COUNT + deal[0].fetch_add(1u32) as usize
}

/// Ends a unit's dealing: `deal[1]` counts the units that found the items gone, and the last of all
/// the launch's units resets both counts for the next launch (which starts once every unit of this
/// one has returned).
#[cube]
fn deal_end(deal: &mut [Atomic<u32>]) {
    let done = deal[1].fetch_add(1u32);
    if done as usize + 1 == CUBE_DIM as usize * CUBE_COUNT {
        deal[0].store(0u32);
        deal[1].store(0u32);
    }
}

/// `out[r, o] = x[r] . w[o]` with `w` `[n_out, n_in]` packed in panels of `lanes x vecs` outputs
/// (dividing `n_out`), in its stored float type, accumulated in f32: each item `tile_streams` panels
/// far apart for every tile of `block_rows` rows in turn, or at one row `streams` panels (each
/// dividing the panels), dealt to the units through `deal`.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
pub fn matmul_panels<F: Float, N: Size>(
    x: &[f32],
    w: &[Vector<F, N>],
    out: &mut [Vector<f32, N>],
    deal: &mut [Atomic<u32>],
    rows: u32,
    #[comptime] n_in: usize,
    #[comptime] n_out: usize,
    #[comptime] vecs: usize,
    #[comptime] block_rows: usize,
    #[comptime] streams: usize,
    #[comptime] tile_streams: usize,
    #[comptime] pairs: bool,
) {
    let lanes = N::value();
    let panels = comptime!(n_out / (lanes * vecs));
    let rows = rows as usize;
    if rows == 1 {
        let mut pos = deal_first();
        loop {
            if pos >= comptime!(panels / streams) {
                break;
            }
            matmul_tile::<F, N>(x, w, out, rows, 0, pos, n_in, n_out, vecs, 1usize, streams, pairs);
            pos = deal_next(deal);
        }
    } else {
        // An item is `tile_streams` panels for every tile of rows in turn: the tiles a core runs in
        // turn share their panels, and the cores stream different panels.
        let mut item = deal_first();
        loop {
            if item >= comptime!(panels / tile_streams) {
                break;
            }
            let mut r0 = 0usize;
            while r0 < rows {
                matmul_tile::<F, N>(x, w, out, rows, r0, item, n_in, n_out, vecs, block_rows, tile_streams, pairs);
                r0 += block_rows;
            }
            item = deal_next(deal);
        }
    }
    deal_end(deal);
}

/// Hidden units of `streams` panels `panels / streams` apart from panel `q` on (each a gate panel and
/// its up panel) of expert `e` at stack slot `slot`, for every row that chose it, `block_rows` such
/// rows a tile, the tile's gate and up panels streaming side by side.
#[cube]
// The tile heights' outer `if` is decided as the kernel expands, the inner one as it runs.
#[allow(clippy::too_many_arguments, clippy::collapsible_if)]
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
    #[comptime] streams: usize,
    #[comptime] pairs: bool,
) {
    let lanes = N::value();
    let panel = comptime!(lanes * vecs);
    let per_slot = comptime!(2 * intermediate / panel);
    let apart = comptime!(intermediate / panel / streams);
    // The gate panels, then their up panels.
    let mut wb = Array::<usize>::new(comptime!(2 * streams));
    #[unroll]
    for s in 0..streams {
        wb[s] = (slot * per_slot + q + s * apart) * comptime!(d * vecs);
        wb[comptime!(streams + s)] = wb[s] + comptime!(intermediate / panel * d * vecs);
    }
    let mut tile = Array::<usize>::new(block_rows);
    let mut at = Array::<usize>::new(1usize);
    at[0] = 0;
    while at[0] < rows {
        let n = next_tile(gates, rows, e, &mut at, &mut tile, experts, block_rows);
        // The last tile of an expert's rows runs as high as the least of [`tile_heights`] that holds
        // it: 16 rows take 6, 6 and 4, not 6, 6 and 6 (BENCHMARKS.md, "The last tile of an expert's
        // rows").
        #[unroll]
        for c in 0..3 {
            let (low, high) = comptime!(tile_range(block_rows, c));
            if comptime!(high > low) {
                if n > low && n <= high {
                    hidden_tile::<F, N>(
                        h,
                        gate_up,
                        hidden,
                        &tile,
                        n,
                        e,
                        &wb,
                        q,
                        d,
                        experts,
                        intermediate,
                        vecs,
                        high,
                        streams,
                        pairs,
                    );
                }
            }
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
    wb: &Array<usize>,
    q: usize,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
    #[comptime] vecs: usize,
    #[comptime] tile_rows: usize,
    #[comptime] streams: usize,
    #[comptime] pairs: bool,
) {
    let lanes = N::value();
    let i_vecs = comptime!(intermediate / lanes);
    let apart = comptime!(intermediate / (lanes * vecs) / streams);
    let mut xb = Array::<usize>::new(tile_rows);
    #[unroll]
    for r in 0..tile_rows {
        xb[r] = tile[r] * d;
    }
    let mut acc = zeroed::<N>(comptime!(2 * streams * tile_rows * vecs));
    multi_acc::<F, N>(h, &xb, gate_up, wb, &mut acc, d, vecs, tile_rows, comptime!(2 * streams), pairs);
    #[unroll]
    for r in 0..tile_rows {
        if r < n {
            #[unroll]
            for s in 0..streams {
                let mut hv = Array::<Vector<f32, N>>::new(vecs);
                #[unroll]
                for v in 0..vecs {
                    let gs = acc[comptime!((s * tile_rows + r) * vecs + v)];
                    let us = acc[comptime!(((streams + s) * tile_rows + r) * vecs + v)];
                    let one = Vector::<f32, N>::new(1.0f32);
                    hv[v] = gs / (one + (-gs).exp()) * us;
                }
                #[unroll]
                for v in 0..vecs {
                    hidden[(tile[r] * experts + e) * i_vecs + (q + s * apart) * vecs + v] =
                        panel_output::<N>(&hv, 0usize, v, pairs);
                }
            }
        }
    }
}

/// `hidden[t, e, i] = silu(gate_e[i] . h[t]) * (up_e[i] . h[t])` for the experts row `t` chose (gate
/// >= 0, or NaN), as [`crate::moe_hidden`] computes it, over `gate_up [S, 2I, d]` packed in panels
/// of `lanes x vecs` rows (dividing `I`). Each item one panel of hidden units of one expert for every
/// row that chose it, in tiles of `block_rows` such rows; at one row, `streams` panels of one expert
/// (dividing its panels) far apart; dealt to the units through `deal`.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
pub fn moe_hidden_panels<F: Float, N: Size>(
    h: &[f32],
    gates: &[f32],
    gate_up: &[Vector<F, N>],
    slots: &[u32],
    hidden: &mut [Vector<f32, N>],
    deal: &mut [Atomic<u32>],
    rows: u32,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
    #[comptime] vecs: usize,
    #[comptime] block_rows: usize,
    #[comptime] streams: usize,
    #[comptime] pairs: bool,
) {
    let lanes = N::value();
    let panels = comptime!(intermediate / (lanes * vecs));
    let rows = rows as usize;
    if rows == 1 {
        // An item is `streams` panels of its expert.
        let units = comptime!(panels / streams);
        let mut pos = deal_first();
        loop {
            if pos >= comptime!(experts * units) {
                break;
            }
            let e = pos / units;
            let slot = slots[e] as usize;
            hidden_panel::<F, N>(
                h,
                gates,
                gate_up,
                hidden,
                1,
                e,
                slot,
                pos % units,
                d,
                experts,
                intermediate,
                vecs,
                1usize,
                streams,
                pairs,
            );
            pos = deal_next(deal);
        }
    } else {
        // Items are taken in order: the cores run an expert's panels at one time, so that the rows
        // they share stay in cache.
        let mut pos = deal_first();
        loop {
            if pos >= comptime!(experts * panels) {
                break;
            }
            let e = pos / panels;
            let slot = slots[e] as usize;
            hidden_panel::<F, N>(
                h,
                gates,
                gate_up,
                hidden,
                rows,
                e,
                slot,
                pos % panels,
                d,
                experts,
                intermediate,
                vecs,
                block_rows,
                1usize,
                pairs,
            );
            pos = deal_next(deal);
        }
    }
    deal_end(deal);
}

/// Outputs of `streams` panels `panels / streams` apart from panel `p` on, of every row: zeroed, then
/// each expert's weighted output added for the rows that chose it, in expert order, `block_rows` such
/// rows a tile, the tile's panels streaming side by side.
#[cube]
// Cube code has no iterators; the tile heights' outer `if` is decided as the kernel expands.
#[allow(clippy::too_many_arguments, clippy::needless_range_loop, clippy::collapsible_if)]
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
    #[comptime] streams: usize,
    #[comptime] pairs: bool,
) {
    let lanes = N::value();
    let panels = comptime!(d / (lanes * vecs));
    let apart = comptime!(panels / streams);
    let d_vecs = comptime!(d / lanes);
    for t in 0..rows {
        #[unroll]
        for s in 0..streams {
            #[unroll]
            for v in 0..vecs {
                y[t * d_vecs + (p + s * apart) * vecs + v] = Vector::<f32, N>::new(0.0f32);
            }
        }
    }
    let mut tile = Array::<usize>::new(block_rows);
    let mut at = Array::<usize>::new(1usize);
    let mut wb = Array::<usize>::new(streams);
    for e in 0..experts {
        #[unroll]
        for s in 0..streams {
            wb[s] = (slots[e] as usize * panels + p + s * apart) * comptime!(intermediate * vecs);
        }
        at[0] = 0;
        while at[0] < rows {
            let n = next_tile(gates, rows, e, &mut at, &mut tile, experts, block_rows);
            // The last tile of an expert's rows runs as in `hidden_panel`.
            #[unroll]
            for c in 0..3 {
                let (low, high) = comptime!(tile_range(block_rows, c));
                if comptime!(high > low) {
                    if n > low && n <= high {
                        down_tile::<F, N>(
                            hidden,
                            gates,
                            down,
                            y,
                            &tile,
                            n,
                            e,
                            &wb,
                            p,
                            d,
                            experts,
                            intermediate,
                            vecs,
                            high,
                            streams,
                            pairs,
                        );
                    }
                }
            }
        }
    }
}

/// One tile of [`down_panel`]: expert `e`'s weighted output added to rows `tile[0..tile_rows]`, the
/// first `n` of them, over the unit's `streams` panels.
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
    wb: &Array<usize>,
    p: usize,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
    #[comptime] vecs: usize,
    #[comptime] tile_rows: usize,
    #[comptime] streams: usize,
    #[comptime] pairs: bool,
) {
    let lanes = N::value();
    let d_vecs = comptime!(d / lanes);
    let apart = comptime!(d / (lanes * vecs) / streams);
    let mut xb = Array::<usize>::new(tile_rows);
    #[unroll]
    for r in 0..tile_rows {
        xb[r] = (tile[r] * experts + e) * intermediate;
    }
    let mut acc = zeroed::<N>(comptime!(streams * tile_rows * vecs));
    multi_acc::<F, N>(hidden, &xb, down, wb, &mut acc, intermediate, vecs, tile_rows, streams, pairs);
    #[unroll]
    for r in 0..tile_rows {
        if r < n {
            let row = tile[r];
            let g = Vector::<f32, N>::new(gates[row * experts + e]);
            #[unroll]
            for s in 0..streams {
                #[unroll]
                for v in 0..vecs {
                    let at_y = row * d_vecs + (p + s * apart) * vecs + v;
                    y[at_y] += g * panel_output::<N>(&acc, comptime!((s * tile_rows + r) * vecs), v, pairs);
                }
            }
        }
    }
}

/// `y[t, o] = sum_e gates[t, e] * (down_e[o] . hidden[t, e])` over the experts row `t` chose, in
/// expert order, as [`crate::moe_down`] computes it, over `down [S, d, I]` packed in panels of
/// `lanes x vecs` rows (dividing `d`). Each item one panel of outputs of every row, expert by expert,
/// the rows that chose the expert in tiles of `block_rows`; at one row, `streams` panels (dividing
/// the panels) far apart; dealt to the units through `deal`.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
pub fn moe_down_panels<F: Float, N: Size>(
    hidden: &[f32],
    gates: &[f32],
    down: &[Vector<F, N>],
    slots: &[u32],
    y: &mut [Vector<f32, N>],
    deal: &mut [Atomic<u32>],
    rows: u32,
    #[comptime] d: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
    #[comptime] vecs: usize,
    #[comptime] block_rows: usize,
    #[comptime] streams: usize,
    #[comptime] tile_streams: usize,
    #[comptime] pairs: bool,
) {
    let rows = rows as usize;
    let lanes = N::value();
    let panels = comptime!(d / (lanes * vecs));
    // An item is `streams` panels at one row, `tile_streams` at more.
    if rows == 1 {
        let mut pos = deal_first();
        loop {
            if pos >= comptime!(panels / streams) {
                break;
            }
            down_panel::<F, N>(
                hidden,
                gates,
                down,
                slots,
                y,
                1,
                pos,
                d,
                experts,
                intermediate,
                vecs,
                1usize,
                streams,
                pairs,
            );
            pos = deal_next(deal);
        }
    } else {
        let mut pos = deal_first();
        loop {
            if pos >= comptime!(panels / tile_streams) {
                break;
            }
            down_panel::<F, N>(
                hidden,
                gates,
                down,
                slots,
                y,
                rows,
                pos,
                d,
                experts,
                intermediate,
                vecs,
                block_rows,
                tile_streams,
                pairs,
            );
            pos = deal_next(deal);
        }
    }
    deal_end(deal);
}

#[cfg(test)]
mod tests {
    use super::{panel_index, tile_heights, tile_range};

    #[test]
    fn a_last_tile_runs_at_the_least_height_that_holds_it() {
        assert_eq!(tile_heights(6), [3, 4, 6]);
        assert_eq!(tile_heights(12), [6, 8, 12]);
        assert_eq!(tile_heights(4), [2, 2, 4]);
        assert_eq!(tile_heights(1), [1, 1, 1]);
        for block_rows in 1..=16 {
            // Every count of rows from 1 to a tile's runs at exactly one height, which holds it.
            for n in 1..=block_rows {
                let at: Vec<usize> = (0..3)
                    .filter(|&c| {
                        let (low, high) = tile_range(block_rows, c);
                        n > low && n <= high
                    })
                    .map(|c| tile_range(block_rows, c).1)
                    .collect();
                assert_eq!(at.len(), 1, "{n} rows of tiles of {block_rows}: heights {at:?}");
                assert!(at[0] >= n && at[0] <= block_rows);
            }
        }
    }

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
