//! GPU-shaped kernels: a cube per row (or per block of outputs of a row), a plane (warp, subgroup)
//! per output, and the lanes of a plane striding over the dot product together.
//!
//! - The dense kernels (projections, head, experts) take a tile of rows at prefill or in a batched
//!   step: each lane keeps an accumulator per row of the tile, so each weight vector it loads serves
//!   every row of the tile (8 rows of f32, 4 of bf16 or f16 in the plans), where a row per cube reads
//!   the weights once per row. The expert kernel gathers the rows that chose its expert into its
//!   tiles as it finds them (what `moe_align` does), so only chosen (row, expert) pairs are computed.
//!
//! - Lane `l` of a plane reads vectors `l, l + P, l + 2P, ...` of a weight row (`P` = `PLANE_DIM`), so
//!   neighbouring lanes read neighbouring 16-byte vectors: every load of a plane is coalesced.
//! - A plane's partial sums meet in `plane_sum`; a cube's planes meet in shared memory after
//!   `sync_cube`.
//! - Nothing depends on the plane size: the planes of a cube share its outputs out in turn
//!   (`PLANE_POS`, `PLANE_POS + planes`, ...), so the same kernel is correct for planes of 1 (the cpu
//!   runtime), 4, 8 (lavapipe), 16, 32 (NVIDIA) or 64 (AMD) lanes. The units per cube are the
//!   launch's; shared scratch is sized for the plan's cube (`cube`, comptime).
//! - A row's result depends only on that row and the plane size, never on the rows launched with
//!   it, so a batched step gives each sequence what it gets alone.
//!
//! Which kernels run where is the plan's choice (`flexc-lower`): these on cuda, hip and wgpu, the
//! register-tiled kernels of `linear` and `moe` on the cpu runtime.

#![allow(clippy::neg_cmp_op_on_partial_ord)]
// Cube code has no `div_ceil` on run-time values.
#![allow(clippy::manual_div_ceil)]

use crate::attention::{cache_at, rotate_pair, to_storage};
use crate::linear::lane_sum;
use crate::moe::{chose, next_tile};
use cubecl::prelude::*;

/// Rows `r0..r0 + count` (clamped to the last row, written only when in range) of `out = x W^T`,
/// outputs `o0..o0 + outs_per_cube`: a plane per `outs_per_plane` neighbouring outputs, the cube's
/// planes taking them in turn. A plane's outputs share each row vector it loads; each output keeps
/// its own accumulators, so its result is the one it gets as a plane's only output.
#[cube]
#[allow(clippy::too_many_arguments)]
fn matmul_rows<F: Float, N: Size>(
    x: &[Vector<f32, N>],
    w: &[Vector<F, N>],
    out: &mut [f32],
    rows: usize,
    r0: usize,
    o0: usize,
    #[comptime] k_vecs: usize,
    #[comptime] n_out: usize,
    #[comptime] outs_per_cube: usize,
    #[comptime] outs_per_plane: usize,
    #[comptime] count: usize,
) {
    let mut xb = Array::<usize>::new(count);
    #[unroll]
    for r in 0..count {
        xb[r] = select(r0 + r < rows, r0 + r, rows - 1) * k_vecs;
    }
    let sums_len = comptime!(count * outs_per_plane);
    let mut sums = Array::<f32>::new(sums_len);
    let planes = (CUBE_DIM / PLANE_DIM) as usize;
    let mut o = PLANE_POS as usize * outs_per_plane;
    while o < outs_per_cube {
        plane_dots::<F, N>(x, &xb, w, (o0 + o) * k_vecs, k_vecs, &mut sums, k_vecs, count, outs_per_plane);
        store_plane_outputs(out, &sums, rows, r0, o0 + o, n_out, outs_per_plane, count);
        o += planes * outs_per_plane;
    }
}

/// A plane's `outs` neighbouring outputs from column `col` of rows `r0..r0 + count` (those below
/// `rows`) of `out` (`width` columns a row), from `sums[j * count + r]` as [`plane_dots`] leaves them;
/// the plane's first lane writes.
#[cube]
#[allow(clippy::too_many_arguments)]
fn store_plane_outputs(
    out: &mut [f32],
    sums: &Array<f32>,
    rows: usize,
    r0: usize,
    col: usize,
    #[comptime] width: usize,
    #[comptime] outs: usize,
    #[comptime] count: usize,
) {
    if UNIT_POS_PLANE == 0 {
        #[unroll]
        for j in 0..outs {
            #[unroll]
            for r in 0..count {
                if r0 + r < rows {
                    out[(r0 + r) * width + col + j] = sums[comptime!(j * count + r)];
                }
            }
        }
    }
}

/// This plane's share of `x[xb[r]..] . w[wb + j * w_stride..]` over `k_vecs` vectors for the `count`
/// rows `r` of `xb` and the `outs` weight rows `j` from `wb` (`w_stride` vectors apart), lane-strided,
/// summed over the plane into `sums[j * count + r]`: every lane gets every dot product. Each weight
/// vector a lane loads serves all `count` rows, each row vector all `outs` weight rows. A (row,
/// weight row) pair's sum is the same sequence of operations whatever `count` and `outs` are and
/// whichever rows share the call (its own accumulator, the same lane sum and plane sum), so a row
/// computed in a tile equals that row computed alone, bit for bit.
#[cube]
#[allow(clippy::too_many_arguments)]
fn plane_dots<F: Float, N: Size>(
    x: &[Vector<f32, N>],
    xb: &Array<usize>,
    w: &[Vector<F, N>],
    wb: usize,
    w_stride: usize,
    sums: &mut Array<f32>,
    #[comptime] k_vecs: usize,
    #[comptime] count: usize,
    #[comptime] outs: usize,
) {
    let lane = UNIT_POS_PLANE as usize;
    let step = PLANE_DIM as usize;
    let accs = comptime!(outs * count);
    let mut acc = Array::<Vector<f32, N>>::new(accs);
    #[unroll]
    for a in 0..accs {
        acc[a] = Vector::<f32, N>::new(0.0f32);
    }
    let mut k = lane;
    while k < k_vecs {
        let mut wv = Array::<Vector<f32, N>>::new(outs);
        #[unroll]
        for j in 0..outs {
            wv[j] = Vector::<f32, N>::cast_from(w[wb + j * w_stride + k]);
        }
        #[unroll]
        for r in 0..count {
            let xv = x[xb[r] + k];
            #[unroll]
            for j in 0..outs {
                let a = comptime!(j * count + r);
                acc[a] = fma(wv[j], xv, acc[a]);
            }
        }
        k += step;
    }
    #[unroll]
    for a in 0..accs {
        sums[a] = plane_sum(lane_sum::<N>(acc[a]));
    }
}

/// `out[r, o] = x[r] . w[o]` with `w` `[n_out, n_in]`: a plane per `outs_per_plane` outputs, its
/// lanes striding over `n_in` in vectors of `N`; a cube per (tile of `block_rows` rows, block of
/// `outs_per_cube` outputs), rows varying fastest so that the cubes sharing a weight block run
/// together, each weight vector loaded once for the tile's rows and each row vector once for the
/// plane's outputs. The plan launches tiles of one row and one output a plane at decode (fewer
/// registers, so more of the GPU's threads in flight, and more cubes) and taller, wider ones at more
/// rows; a row's result is the same in both, and never depends on the rows launched with it.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
pub fn matmul_planes<F: Float, N: Size>(
    x: &[Vector<f32, N>],
    w: &[Vector<F, N>],
    out: &mut [f32],
    rows: u32,
    #[comptime] n_in: usize,
    #[comptime] n_out: usize,
    #[comptime] outs_per_cube: usize,
    #[comptime] outs_per_plane: usize,
    #[comptime] block_rows: usize,
) {
    let lanes = N::value();
    let k_vecs = comptime!(n_in / lanes);
    let out_blocks = comptime!(n_out / outs_per_cube);
    let rows = rows as usize;
    let cube = CUBE_POS;
    let row_blocks = rows.div_ceil(block_rows);
    if cube < row_blocks * out_blocks {
        let r0 = (cube % row_blocks) * block_rows;
        let o0 = (cube / row_blocks) * outs_per_cube;
        matmul_rows::<F, N>(x, w, out, rows, r0, o0, k_vecs, n_out, outs_per_cube, outs_per_plane, block_rows);
    }
}

/// Hidden units `i0..i0 + block_i` (a plane each) of expert `e` for the rows `tile[0..count]`, the
/// first `n` of them written (the rest repeat a valid row).
#[cube]
#[allow(clippy::too_many_arguments)]
fn hidden_planes<F: Float, N: Size>(
    h: &[Vector<f32, N>],
    gate_up: &[Vector<F, N>],
    hidden: &mut [f32],
    tile: &Array<usize>,
    n: usize,
    e: usize,
    base: usize,
    i0: usize,
    #[comptime] k_vecs: usize,
    #[comptime] experts: usize,
    #[comptime] intermediate: usize,
    #[comptime] block_i: usize,
    #[comptime] count: usize,
) {
    let mut xb = Array::<usize>::new(count);
    #[unroll]
    for r in 0..count {
        xb[r] = tile[r] * k_vecs;
    }
    // The gate row and the up row side by side: each row vector loaded serves both.
    let sums_len = comptime!(2 * count);
    let mut gu = Array::<f32>::new(sums_len);
    let planes = (CUBE_DIM / PLANE_DIM) as usize;
    let mut j = PLANE_POS as usize;
    while j < block_i {
        let gate = (base + i0 + j) * k_vecs;
        plane_dots::<F, N>(h, &xb, gate_up, gate, comptime!(intermediate * k_vecs), &mut gu, k_vecs, count, 2usize);
        if UNIT_POS_PLANE == 0 {
            #[unroll]
            for r in 0..count {
                if r < n {
                    let (g, u) = (gu[r], gu[comptime!(count + r)]);
                    hidden[(tile[r] * experts + e) * intermediate + i0 + j] = g / (1.0f32 + (-g).exp()) * u;
                }
            }
        }
        j += planes;
    }
}

/// `hidden[t, e, i] = silu(gate_e[i] . h[t]) * (up_e[i] . h[t])` for the experts row `t` chose (gate
/// >= 0, or NaN); the entries of the experts it did not choose are not written (and never read). A
/// plane per hidden unit, a cube per (expert, block of `block_i` hidden units), taking every row
/// that chose its expert in tiles of `block_rows` such rows (grouped by expert as they are found, as
/// `moe_align` does): only chosen (row, expert) pairs are computed, each weight vector loaded serves
/// a tile, and a cube whose expert no row chose reads none of its weights.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
pub fn moe_hidden_planes<F: Float, N: Size>(
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
    let lanes = N::value();
    let k_vecs = comptime!(d / lanes);
    let i_blocks = comptime!(intermediate / block_i);
    let rows = rows as usize;
    let cube = CUBE_POS;
    if cube < comptime!(experts * i_blocks) {
        let i0 = (cube % i_blocks) * block_i;
        let e = cube / i_blocks;
        let base = slots[e] as usize * comptime!(2 * intermediate);
        let mut tile = Array::<usize>::new(block_rows);
        let mut at = Array::<usize>::new(1usize);
        at[0] = 0;
        while at[0] < rows {
            let n = next_tile(gates, rows, e, &mut at, &mut tile, experts, block_rows);
            if n > 0 {
                hidden_planes::<F, N>(
                    h,
                    gate_up,
                    hidden,
                    &tile,
                    n,
                    e,
                    base,
                    i0,
                    k_vecs,
                    experts,
                    intermediate,
                    block_i,
                    block_rows,
                );
            }
        }
    }
}

/// Rows `r0..r0 + count` (clamped, written only when in range), outputs `o0..o0 + block_out` of
/// [`moe_down_planes`]: a plane per `outs_per_plane` neighbouring outputs; per expert in order, the
/// weight rows are read (once for the tile) only when some row of the tile chose the expert, and
/// each row adds its gate times its dot product when it chose it. Each output keeps its own sums, so
/// its result is the one it gets as a plane's only output.
#[cube]
#[allow(clippy::too_many_arguments)]
fn down_planes<F: Float, N: Size>(
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
    #[comptime] k_vecs: usize,
    #[comptime] block_out: usize,
    #[comptime] outs_per_plane: usize,
    #[comptime] count: usize,
) {
    let mut row = Array::<usize>::new(count);
    #[unroll]
    for r in 0..count {
        row[r] = select(r0 + r < rows, r0 + r, rows - 1);
    }
    let mut hb = Array::<usize>::new(count);
    let sums_len = comptime!(outs_per_plane * count);
    let mut s = Array::<f32>::new(sums_len);
    let mut total = Array::<f32>::new(sums_len);
    let planes = (CUBE_DIM / PLANE_DIM) as usize;
    let mut o = PLANE_POS as usize * outs_per_plane;
    while o < block_out {
        #[unroll]
        for a in 0..sums_len {
            total[a] = 0.0f32;
        }
        for e in 0..experts {
            let mut any = false;
            #[unroll]
            for r in 0..count {
                hb[r] = (row[r] * experts + e) * k_vecs;
                any = any || (r0 + r < rows && chose(gates, row[r], e, experts));
            }
            if any {
                let base = (slots[e] as usize * d + o0 + o) * k_vecs;
                plane_dots::<F, N>(hidden, &hb, down, base, k_vecs, &mut s, k_vecs, count, outs_per_plane);
                #[unroll]
                for r in 0..count {
                    let g = gates[row[r] * experts + e];
                    if !(g < 0.0f32) {
                        #[unroll]
                        for j in 0..outs_per_plane {
                            let a = comptime!(j * count + r);
                            total[a] += g * s[a];
                        }
                    }
                }
            }
        }
        store_plane_outputs(y, &total, rows, r0, o0 + o, d, outs_per_plane, count);
        o += planes * outs_per_plane;
    }
}

/// `y[t, o] = sum_e gates[t, e] * (down_e[o] . hidden[t, e])` over the experts row `t` chose, in
/// expert order: a plane per `outs_per_plane` outputs, a cube per (tile of `block_rows` rows, block
/// of `block_out` outputs), rows varying fastest, each expert's weight rows read once for the tile's
/// rows that chose it and not at all when none did, each row vector loaded once for the plane's
/// outputs. A row's result never depends on the rows or outputs launched with it.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
pub fn moe_down_planes<F: Float, N: Size>(
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
    #[comptime] outs_per_plane: usize,
    #[comptime] block_rows: usize,
) {
    let lanes = N::value();
    let k_vecs = comptime!(intermediate / lanes);
    let out_blocks = comptime!(d / block_out);
    let rows = rows as usize;
    let cube = CUBE_POS;
    let row_blocks = rows.div_ceil(block_rows);
    if cube < row_blocks * out_blocks {
        let r0 = (cube % row_blocks) * block_rows;
        let o0 = (cube / row_blocks) * block_out;
        down_planes::<F, N>(
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
            k_vecs,
            block_out,
            outs_per_plane,
            block_rows,
        );
    }
}

/// The sum over the cube of each unit's `value`: planes sum in registers, then plane sums meet in
/// `scratch` (one entry per plane, `cube` entries at most). Every unit gets the total. The cube's
/// units must all call it (it synchronises the cube).
#[cube]
fn cube_sum(value: f32, scratch: &mut Shared<[f32]>) -> f32 {
    let s = plane_sum(value);
    let planes = (CUBE_DIM / PLANE_DIM) as usize;
    if UNIT_POS_PLANE == 0 {
        scratch[PLANE_POS as usize] = s;
    }
    sync_cube();
    let mut total = 0.0f32.runtime();
    for p in 0..planes {
        total += scratch[p];
    }
    sync_cube();
    total
}

/// `1 / sqrt(mean(x[base..base + n]^2) + eps)` over a cube: each unit a stride of the row.
#[cube]
fn cube_inv_rms(x: &[f32], base: usize, eps: f32, scratch: &mut Shared<[f32]>, #[comptime] n: usize) -> f32 {
    let mut sum_sq = 0.0f32.runtime();
    let mut i = UNIT_POS as usize;
    while i < n {
        let v = x[base + i];
        sum_sq += v * v;
        i += CUBE_DIM as usize;
    }
    (cube_sum(sum_sq, scratch) / f32::cast_from(n) + eps).sqrt().recip()
}

/// `out = w * x / sqrt(mean(x^2) + eps)` over each row of width `n`: a cube per row, its units
/// striding over the row, the sum of squares a cube-wide reduction.
#[cube(launch)]
pub fn rms_norm_cube<W: Float>(
    x: &[f32],
    w: &[W],
    out: &mut [f32],
    rows: u32,
    eps: f32,
    #[comptime] n: usize,
    #[comptime] cube: usize,
) {
    let row = CUBE_POS;
    if row < rows as usize {
        let mut scratch = Shared::<[f32]>::new_slice(cube);
        let base = row * n;
        let inv = cube_inv_rms(x, base, eps, &mut scratch, n);
        let mut i = UNIT_POS as usize;
        while i < n {
            out[base + i] = f32::cast_from(w[i]) * (x[base + i] * inv);
            i += CUBE_DIM as usize;
        }
    }
}

/// `out = x + w * RMSNorm(y)`, a cube per row (see [`rms_norm_cube`]).
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
pub fn residual_norm_cube<W: Float>(
    x: &[f32],
    y: &[f32],
    w: &[W],
    out: &mut [f32],
    rows: u32,
    eps: f32,
    #[comptime] n: usize,
    #[comptime] cube: usize,
) {
    let row = CUBE_POS;
    if row < rows as usize {
        let mut scratch = Shared::<[f32]>::new_slice(cube);
        let base = row * n;
        let inv = cube_inv_rms(y, base, eps, &mut scratch, n);
        let mut i = UNIT_POS as usize;
        while i < n {
            out[base + i] = x[base + i] + f32::cast_from(w[i]) * (y[base + i] * inv);
            i += CUBE_DIM as usize;
        }
    }
}

/// `h = x + RMSNorm_norm(y)`, then the router gates over `h` (as [`crate::residual_norm_router`]): a
/// cube per row. The norm is a cube-wide reduction; each unit takes a stride of `h` and its share of
/// every expert's logit, which the cube sums; then one unit turns the logits into gates.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
pub fn residual_norm_router_cube<N: Float, R: Float>(
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
    #[comptime] cube: usize,
) {
    let t = CUBE_POS;
    if t < rows as usize {
        let mut scratch = Shared::<[f32]>::new_slice(cube);
        let base = t * d;
        let inv = cube_inv_rms(y, base, eps, &mut scratch, d);
        let mut partial = Array::<f32>::new(experts);
        for e in 0..experts {
            partial[e] = 0.0f32;
        }
        let mut i = UNIT_POS as usize;
        while i < d {
            let value = x[base + i] + f32::cast_from(norm[i]) * (y[base + i] * inv);
            h[base + i] = value;
            for e in 0..experts {
                partial[e] += value * f32::cast_from(router[e * d + i]);
            }
            i += CUBE_DIM as usize;
        }
        let mut logits = Array::<f32>::new(experts);
        for e in 0..experts {
            logits[e] = cube_sum(partial[e], &mut scratch);
        }
        if UNIT_POS == 0 {
            crate::moe::gates_from_logits(&mut logits, logit_mask, gates, t, experts, top_k, renorm);
        }
    }
}

/// [`crate::qk_norm_rope`] with a cube per row: q's and k's sums of squares (over their full widths)
/// are cube-wide reductions; then each unit takes a stride of the rotation pairs `(head, j <
/// head_dim / 2)` of q and of k, neighbouring units on neighbouring dims, and a stride of v.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
pub fn qk_norm_rope_cube<N: Float, C: Float>(
    qkv: &[f32],
    q_norm: &[N],
    k_norm: &[N],
    inv_freq: &[f32],
    positions: &[u32],
    cache_slots: &[u32],
    q: &mut [f32],
    k_cache: &mut [C],
    v_cache: &mut [C],
    rows: u32,
    eps: f32,
    #[comptime] heads: usize,
    #[comptime] kv_heads: usize,
    #[comptime] head_dim: usize,
    #[comptime] block_size: usize,
    #[comptime] cube: usize,
) {
    let r = CUBE_POS;
    if r < rows as usize {
        let mut scratch = Shared::<[f32]>::new_slice(cube);
        let q_width = comptime!(heads * head_dim);
        let kv_width = comptime!(kv_heads * head_dim);
        let base = r * comptime!(q_width + 2 * kv_width);
        let k_base = base + q_width;
        let position = f32::cast_from(positions[r]);
        let cache_slot = cache_slots[r] as usize;
        let slot = cache_at(cache_slot / block_size, 0, cache_slot % block_size, kv_heads, block_size, head_dim);
        let head_stride = comptime!(block_size * head_dim);
        let q_inv = cube_inv_rms(qkv, base, eps, &mut scratch, q_width);
        let k_inv = cube_inv_rms(qkv, k_base, eps, &mut scratch, kv_width);
        rotate_strided::<N, f32>(
            qkv,
            base,
            q_norm,
            q_inv,
            inv_freq,
            position,
            q,
            r * q_width,
            heads,
            head_dim,
            head_dim,
        );
        rotate_strided::<N, C>(
            qkv,
            k_base,
            k_norm,
            k_inv,
            inv_freq,
            position,
            k_cache,
            slot,
            kv_heads,
            head_dim,
            head_stride,
        );
        let v_base = k_base + kv_width;
        let mut i = UNIT_POS as usize;
        while i < kv_width {
            v_cache[slot + (i / head_dim) * head_stride + i % head_dim] = to_storage::<C>(qkv[v_base + i]);
            i += CUBE_DIM as usize;
        }
    }
}

/// This unit's stride of the rotation pairs of `heads` heads of `head_dim` from `src[base..]`,
/// RMSNorm'd by `inv` with weight `w` and rotated at `position` (rotate-half RoPE, cos/sin in f32)
/// into `dst[dst_base..]`, head `h` at `dst_base + h * head_stride`: pair `p` is head `p / (head_dim /
/// 2)`, dims `j` and `j + head_dim / 2`.
#[cube]
#[allow(clippy::too_many_arguments)]
fn rotate_strided<N: Float, O: Float>(
    src: &[f32],
    base: usize,
    w: &[N],
    inv: f32,
    inv_freq: &[f32],
    position: f32,
    dst: &mut [O],
    dst_base: usize,
    #[comptime] heads: usize,
    #[comptime] head_dim: usize,
    #[comptime] head_stride: usize,
) {
    let half = comptime!(head_dim / 2);
    let mut p = UNIT_POS as usize;
    while p < comptime!(heads * half) {
        let j = p % half;
        let h = p / half;
        let angle = position * inv_freq[j];
        // `rotate_pair` writes dims `lo` and `lo + half` of `dst[to..]`, with `lo` also indexing the
        // norm's weight over the full width.
        rotate_pair::<N, O>(
            src,
            base,
            w,
            inv,
            angle.cos(),
            angle.sin(),
            dst,
            dst_base + h * comptime!(head_stride - head_dim),
            h * head_dim + j,
            half,
        );
        p += CUBE_DIM as usize;
    }
}

/// Cubes per (row, head) a [`paged_attention_planes`] launch takes (its [`attention_combine`] merges
/// them): one per `partition` positions of the step's longest block table (`table_stride` blocks
/// of `block_size`), at most `splits`, and no more than it takes for the launch to reach `fill`
/// cubes. The plan's launch count (`flexc_lower::attention_splits`) is the same sum.
#[cube]
pub fn attention_splits(
    rows: u32,
    table_stride: u32,
    #[comptime] heads: usize,
    #[comptime] block_size: usize,
    #[comptime] splits: usize,
    #[comptime] partition: usize,
    #[comptime] fill: usize,
) -> usize {
    let by_length = (table_stride as usize * block_size + comptime!(partition - 1)) / partition;
    let cubes = max(rows as usize * heads, 1);
    let by_fill = (fill + cubes - 1) / cubes;
    max(min(min(by_length, by_fill), splits), 1)
}

/// Causal GQA attention as [`crate::paged_attention`] computes it, split over the cache (flash
/// decoding): a cube per (row, head, split), the row's keys shared evenly between its
/// [`attention_splits`] splits. Within a cube, plane `p` takes the split's keys `p, p + planes, ...`
/// with an online softmax of its own (each lane holding the dims `lane, lane + P, ...` of the output,
/// the score a plane sum over the lanes' dims, so that a plane reads a key row with neighbouring lanes
/// on neighbouring values); then the planes' partial results are combined through shared memory,
/// each unit finishing a stride of dims. With one split that is the output; with more, each split
/// leaves its unnormalised sums, maximum and denominator in `partials` (`[rows, heads, splits,
/// head_dim + 2]`) for [`attention_combine`]. At most `max_planes` planes take keys (the shared
/// scratch is sized for them); the others only take part in the barriers.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
pub fn paged_attention_planes<C: Float>(
    q: &[f32],
    k_cache: &[C],
    v_cache: &[C],
    positions: &[u32],
    sequences: &[u32],
    block_tables: &[u32],
    partials: &mut [f32],
    out: &mut [f32],
    rows: u32,
    table_stride: u32,
    scale: f32,
    #[comptime] heads: usize,
    #[comptime] kv_heads: usize,
    #[comptime] head_dim: usize,
    #[comptime] block_size: usize,
    #[comptime] max_planes: usize,
    #[comptime] min_plane: usize,
    #[comptime] splits: usize,
    #[comptime] partition: usize,
    #[comptime] fill: usize,
) {
    // Lane `l` holds dims `l, l + P, ...` of the output: at most this many for planes of at least
    // `min_plane` lanes, in registers (the loops over them unroll to constant indices).
    let dims_per_lane = comptime!(head_dim.div_ceil(min_plane));
    let count = attention_splits(rows, table_stride, heads, block_size, splits, partition, fill);
    let cube = CUBE_POS;
    if cube < rows as usize * heads * count {
        let split = cube % count;
        let r = cube / count / heads;
        let h = (cube / count) % heads;
        let kv_head = h / (heads / kv_heads);
        let q_base = r * heads * head_dim + h * head_dim;
        let keys = positions[r] as usize + 1;
        let share = (keys + count - 1) / count;
        let first = split * share;
        let end = min(first + share, keys);
        let table = sequences[r] as usize * table_stride as usize;
        let lane = UNIT_POS_PLANE as usize;
        let step = PLANE_DIM as usize;
        let plane = PLANE_POS as usize;
        let planes = min((CUBE_DIM / PLANE_DIM) as usize, max_planes);
        // One shared array for the planes' partial results (two of equal size would be laid out in
        // an order that varies between compiles, and the emitted source with it): plane p's
        // accumulator at p * head_dim, its running max at acc_end + p, its denominator at
        // acc_end + max_planes + p.
        let acc_end = comptime!(max_planes * head_dim);
        let mut part = Shared::<[f32]>::new_slice(comptime!(max_planes * (head_dim + 2)));
        if plane < planes {
            let mut acc = Array::<f32>::new(dims_per_lane);
            #[unroll]
            for c in 0..dims_per_lane {
                acc[c] = 0.0f32;
            }
            // f32::MIN, not -inf (as in `paged_attention`): WGSL cannot spell infinities. A plane
            // with no key leaves it, a denominator of 0 and sums of 0, which weigh nothing below.
            let mut running_max = f32::MIN.runtime();
            let mut denom = 0.0f32.runtime();
            let mut j = first + plane;
            while j < end {
                let block = block_tables[table + j / block_size] as usize;
                let k_base = cache_at(block, kv_head, j % block_size, kv_heads, block_size, head_dim);
                let mut partial = 0.0f32.runtime();
                let mut i = lane;
                while i < head_dim {
                    partial += q[q_base + i] * f32::cast_from(k_cache[k_base + i]);
                    i += step;
                }
                let score = plane_sum(partial) * scale;
                let new_max = max(running_max, score);
                let correction = (running_max - new_max).exp();
                let p = (score - new_max).exp();
                denom = denom * correction + p;
                #[unroll]
                for c in 0..dims_per_lane {
                    let i = lane + c * step;
                    if i < head_dim {
                        acc[c] = acc[c] * correction + p * f32::cast_from(v_cache[k_base + i]);
                    }
                }
                running_max = new_max;
                j += planes;
            }
            if lane == 0 {
                part[acc_end + plane] = running_max;
                part[acc_end + max_planes + plane] = denom;
            }
            #[unroll]
            for c in 0..dims_per_lane {
                let i = lane + c * step;
                if i < head_dim {
                    part[plane * head_dim + i] = acc[c];
                }
            }
        }
        sync_cube();
        let mut largest = part[acc_end];
        for p in 1..planes {
            largest = max(largest, part[acc_end + p]);
        }
        let mut total = 0.0f32.runtime();
        for p in 0..planes {
            total += part[acc_end + max_planes + p] * (part[acc_end + p] - largest).exp();
        }
        // With one split its first plane has a key (the row's own), so `total` is not 0.
        let partial_base = ((r * heads + h) * splits + split) * comptime!(head_dim + 2);
        let mut i = UNIT_POS as usize;
        while i < head_dim {
            let mut sum = 0.0f32.runtime();
            for p in 0..planes {
                sum += part[p * head_dim + i] * (part[acc_end + p] - largest).exp();
            }
            if count == 1 {
                out[q_base + i] = sum / total;
            } else {
                partials[partial_base + i] = sum;
            }
            i += CUBE_DIM as usize;
        }
        if count > 1 && UNIT_POS == 0 {
            partials[partial_base + head_dim] = largest;
            partials[partial_base + head_dim + 1] = total;
        }
    }
}

/// The splits of [`paged_attention_planes`] merged, a cube per (row, head), each unit a stride of
/// dims: the splits' sums rescaled to the largest of their maxima, over the sum of their rescaled
/// denominators. Nothing to do (and nothing written) when the launch took one split.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
pub fn attention_combine(
    partials: &[f32],
    out: &mut [f32],
    rows: u32,
    table_stride: u32,
    #[comptime] heads: usize,
    #[comptime] head_dim: usize,
    #[comptime] block_size: usize,
    #[comptime] splits: usize,
    #[comptime] partition: usize,
    #[comptime] fill: usize,
) {
    let count = attention_splits(rows, table_stride, heads, block_size, splits, partition, fill);
    let cube = CUBE_POS;
    if count > 1 && cube < rows as usize * heads {
        let stride = comptime!(head_dim + 2);
        let base = cube * splits * stride;
        // The first split holds the row's first key, so its maximum is a real score.
        let mut largest = partials[base + head_dim];
        for s in 1..count {
            largest = max(largest, partials[base + s * stride + head_dim]);
        }
        let mut total = 0.0f32.runtime();
        for s in 0..count {
            let at = base + s * stride;
            total += partials[at + head_dim + 1] * (partials[at + head_dim] - largest).exp();
        }
        let mut i = UNIT_POS as usize;
        while i < head_dim {
            let mut sum = 0.0f32.runtime();
            for s in 0..count {
                let at = base + s * stride;
                sum += partials[at + i] * (partials[at + head_dim] - largest).exp();
            }
            out[cube * head_dim + i] = sum / total;
            i += CUBE_DIM as usize;
        }
    }
}
