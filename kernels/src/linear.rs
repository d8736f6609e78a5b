//! `x W^T` for a weight stored `[out, in]`: the projections and the LM head.

use cubecl::prelude::*;

/// `sum_k x[xb + k] * w[wb + k]` for `k < n`, in f32, with eight independent accumulators: a single
/// running sum is a chain of dependent adds, and that latency (not memory) would bound a GEMV.
#[cube]
pub fn dot<F: Float>(x: &[f32], xb: usize, w: &[F], wb: usize, #[comptime] n: usize) -> f32 {
    let mut a0 = 0.0f32.runtime();
    let mut a1 = 0.0f32.runtime();
    let mut a2 = 0.0f32.runtime();
    let mut a3 = 0.0f32.runtime();
    let mut a4 = 0.0f32.runtime();
    let mut a5 = 0.0f32.runtime();
    let mut a6 = 0.0f32.runtime();
    let mut a7 = 0.0f32.runtime();
    let blocks = n / 8;
    for b in 0..blocks {
        let i = b * 8;
        a0 += x[xb + i] * f32::cast_from(w[wb + i]);
        a1 += x[xb + i + 1] * f32::cast_from(w[wb + i + 1]);
        a2 += x[xb + i + 2] * f32::cast_from(w[wb + i + 2]);
        a3 += x[xb + i + 3] * f32::cast_from(w[wb + i + 3]);
        a4 += x[xb + i + 4] * f32::cast_from(w[wb + i + 4]);
        a5 += x[xb + i + 5] * f32::cast_from(w[wb + i + 5]);
        a6 += x[xb + i + 6] * f32::cast_from(w[wb + i + 6]);
        a7 += x[xb + i + 7] * f32::cast_from(w[wb + i + 7]);
    }
    for i in blocks * 8..n {
        a0 += x[xb + i] * f32::cast_from(w[wb + i]);
    }
    ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7))
}

/// The sum of a vector's lanes (a power of two), as a fixed tree: the upper half added to the lower
/// half lane by lane, then again, down to one lane: log2(N) dependent adds where a sum in lane order
/// is N. The GPU-shaped kernels take one per lane's partial dot product; the cpu tiles take the same
/// tree for all their accumulators at once ([`tile_sums`]). The order is fixed, so a row's result
/// never depends on its tile.
#[cube]
pub fn lane_sum<N: Size>(v: Vector<f32, N>) -> f32 {
    let lanes = N::value();
    let mut t = Array::<f32>::new(lanes);
    #[unroll]
    for l in 0..lanes {
        t[l] = v.extract(l);
    }
    #[unroll]
    for s in 1..comptime!(lanes.trailing_zeros() as usize + 1) {
        #[unroll]
        for l in 0..comptime!(lanes >> s) {
            t[l] += t[comptime!(l + (lanes >> s))];
        }
    }
    t[0]
}

/// Where [`tile_sums`] leaves the sum of accumulator `k` of `count`, each of `lanes` lanes: `(vector,
/// lane)` of its folded vectors. Each level pairs vectors `2i` and `2i + 1` (the last with itself when
/// the count is odd) and interleaves their blocks of lanes, so block `2b` of the result is block `b`
/// of the first and block `2b + 1` block `b` of the second.
fn folded_at(k: usize, count: usize, lanes: usize) -> (usize, usize) {
    let mut owners: Vec<Vec<usize>> = (0..count).map(|a| vec![a]).collect();
    let mut h = lanes;
    while h > 1 {
        h /= 2;
        let n = owners.len();
        owners = (0..n.div_ceil(2))
            .map(|i| {
                let (a, b) = (&owners[2 * i], &owners[(2 * i + 1).min(n - 1)]);
                a.iter().zip(b).flat_map(|(x, y)| [*x, *y]).collect()
            })
            .collect();
    }
    owners
        .iter()
        .enumerate()
        .find_map(|(i, o)| o.iter().position(|x| *x == k).map(|l| (i, l)))
        .expect("every accumulator has a lane")
}

/// One level of [`tile_sums`]: lanes `l` and `l + h` of `a` added in the even blocks of `h` lanes,
/// lanes `l - h` and `l` of `b` in the odd ones (two shuffles and one vector add).
#[cube]
fn fold_pair<N: Size>(a: Vector<f32, N>, b: Vector<f32, N>, #[comptime] h: usize) -> Vector<f32, N> {
    let lanes = N::value();
    let mut p = a;
    let mut q = b;
    #[unroll]
    for l in 0..lanes {
        if comptime!((l / h).is_multiple_of(2)) {
            q.insert(l, a.extract(comptime!(l + h)));
        } else {
            p.insert(l, b.extract(comptime!(l - h)));
        }
    }
    p + q
}

/// The lane sums of `acc[0..count]` into `sums[0..count]`: a tile's epilogue. Each sum is the same
/// fixed tree as [`lane_sum`] (lane `l` plus lane `l + N/2`, then `l + N/4`, ...), so the results are
/// bit for bit [`lane_sum`]'s, but the accumulators are folded together, a pair of vectors into one
/// per level (the transposing reduction of GEMM epilogues): `count` accumulators of N lanes take
/// about `count` vector adds, where one [`lane_sum`] each takes log2(N) shuffle-and-add steps apiece.
#[cube]
pub fn tile_sums<N: Size>(acc: &Array<Vector<f32, N>>, sums: &mut Array<f32>, #[comptime] count: usize) {
    let lanes = N::value();
    let mut v = Array::<Vector<f32, N>>::new(count);
    #[unroll]
    for a in 0..count {
        v[a] = acc[a];
    }
    #[unroll]
    for s in 1..comptime!(lanes.trailing_zeros() as usize + 1) {
        let h = comptime!(lanes >> s);
        let m = comptime!(count.div_ceil(1 << (s - 1)));
        #[unroll]
        for i in 0..comptime!(m.div_ceil(2)) {
            v[i] = fold_pair::<N>(v[comptime!(2 * i)], v[comptime!((2 * i + 1).min(m - 1))], h);
        }
    }
    #[unroll]
    for k in 0..count {
        sums[k] = v[comptime!(folded_at(k, count, lanes).0)].extract(comptime!(folded_at(k, count, lanes).1));
    }
}

/// `out[r, o] = x[r] . w[o]` for the rows `r0..r0 + block_rows` (clamped to the last row, written
/// only when in range) and outputs `o0..o0 + block_out`: each weight vector loaded serves
/// `block_rows` rows and each input vector `block_out` outputs, with `block_out * block_rows` vector
/// accumulators held in registers.
#[cube]
#[allow(clippy::too_many_arguments)]
fn linear_block<F: Float, N: Size>(
    x: &[Vector<f32, N>],
    w: &[Vector<F, N>],
    out: &mut [f32],
    rows: usize,
    r0: usize,
    o0: usize,
    #[comptime] k_vecs: usize,
    #[comptime] n_out: usize,
    #[comptime] block_out: usize,
    #[comptime] block_rows: usize,
) {
    let mut acc = Array::<Vector<f32, N>>::new(comptime!(block_out * block_rows));
    #[unroll]
    for i in 0..comptime!(block_out * block_rows) {
        acc[i] = Vector::<f32, N>::new(0.0f32);
    }
    let mut xb = Array::<usize>::new(block_rows);
    #[unroll]
    for r in 0..block_rows {
        let row = r0 + r;
        xb[r] = select(row < rows, row, rows - 1) * k_vecs;
    }
    let mut wb = Array::<usize>::new(block_out);
    #[unroll]
    for j in 0..block_out {
        wb[j] = (o0 + j) * k_vecs;
    }
    for k in 0..k_vecs {
        let mut xv = Array::<Vector<f32, N>>::new(block_rows);
        #[unroll]
        for r in 0..block_rows {
            xv[r] = x[xb[r] + k];
        }
        #[unroll]
        for j in 0..block_out {
            let wv = Vector::<f32, N>::cast_from(w[wb[j] + k]);
            #[unroll]
            for r in 0..block_rows {
                acc[j * block_rows + r] = fma(wv, xv[r], acc[j * block_rows + r]);
            }
        }
    }
    let mut sums = Array::<f32>::new(comptime!(block_out * block_rows));
    tile_sums::<N>(&acc, &mut sums, comptime!(block_out * block_rows));
    #[unroll]
    for r in 0..block_rows {
        if r0 + r < rows {
            #[unroll]
            for j in 0..block_out {
                out[(r0 + r) * n_out + o0 + j] = sums[j * block_rows + r];
            }
        }
    }
}

/// `out[r, o] = x[r] . w[o]` with `w` `[n_out, n_in]` in its stored float type, accumulated in f32:
/// the projections and the LM head, decode (GEMV) and prefill (GEMM) alike. Inputs and weights are
/// read as vectors of `N` lanes (N divides `n_in`), multiplied and added lane by lane with fused
/// multiply-adds, and each lane sum taken in order at the end. Each unit computes a tile of
/// `block_out` outputs (dividing `n_out`) by `block_rows` rows; a call of one row takes tiles one row
/// high. A result depends only on its own row, never on which rows share its tile, so a batched step
/// gives each sequence exactly what it gets alone.
#[cube(launch)]
pub fn matmul<F: Float, N: Size>(
    x: &[Vector<f32, N>],
    w: &[Vector<F, N>],
    out: &mut [f32],
    rows: u32,
    #[comptime] n_in: usize,
    #[comptime] n_out: usize,
    #[comptime] block_out: usize,
    #[comptime] block_rows: usize,
) {
    let lanes = N::value();
    let k_vecs = comptime!(n_in / lanes);
    let out_blocks = comptime!(n_out / block_out);
    let rows = rows as usize;
    let pos = ABSOLUTE_POS;
    if rows == 1 {
        if pos < out_blocks {
            linear_block::<F, N>(x, w, out, rows, 0, pos * block_out, k_vecs, n_out, block_out, 1usize);
        }
    } else {
        // Row tiles vary fastest, so that the tiles a core runs in turn share their weight rows (read
        // from memory once per launch, then from cache).
        let row_blocks = rows.div_ceil(block_rows);
        if pos < row_blocks * out_blocks {
            let r0 = (pos % row_blocks) * block_rows;
            let o0 = (pos / row_blocks) * block_out;
            linear_block::<F, N>(x, w, out, rows, r0, o0, k_vecs, n_out, block_out, block_rows);
        }
    }
}
