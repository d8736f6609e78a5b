//! The attention of a layer, from its fused qkv projection, over a paged KV cache: the norms, rotary
//! embedding and cache write of the new rows, then causal GQA attention of each row over its
//! sequence's cache. Rows may belong to different sequences (a batched step); each row carries its
//! position, and its sequence's block table maps positions to cache rows.

use crate::linear::tile_sums;
use crate::norm::inv_rms;
use cubecl::ir::{ElemType, FloatKind};
use cubecl::prelude::*;

/// `x` in the storage type `O`, rounded to nearest (ties to even). bf16 is rounded with integer
/// operations: a plain conversion compiles to a call to `__truncsfbf2` on CPUs without AVX512-BF16,
/// which the cpu runtime's JIT cannot resolve. NaN stays NaN.
#[cube]
pub fn to_storage<O: Float>(x: f32) -> O {
    let elem_type = elem_type_of::<O>();
    if comptime!(elem_type == ElemType::Float(FloatKind::BF16)) {
        let bits = u32::reinterpret(x);
        let mut high = (bits + 0x7fffu32 + ((bits >> 16u32) & 1u32)) >> 16u32;
        if x.is_nan() {
            high = 0x7fc0u32;
        }
        O::reinterpret(u16::cast_from(high))
    } else {
        O::cast_from(x)
    }
}

/// Where position `offset` of kv head `kv_head` in cache block `block` starts, in units of
/// `head` (a head's elements, or its vectors): a block holds each kv head's `block_size` positions
/// together, `[kv_heads][block_size][head]`, so that a kv head's positions in a block are one run of
/// memory for attention, which walks them.
#[cube]
pub fn cache_at(
    block: usize,
    kv_head: usize,
    offset: usize,
    #[comptime] kv_heads: usize,
    #[comptime] block_size: usize,
    #[comptime] head: usize,
) -> usize {
    ((block * kv_heads + kv_head) * block_size + offset) * head
}

/// `heads` heads of `head_dim` from `src[base..]`, RMSNorm'd by `inv` with weight `w`, rotated
/// (rotate-half RoPE at `position`, cos/sin in f32) into `dst[dst_base..]`, head `h` at
/// `dst_base + h * head_stride`. Each frequency's cos and sin are taken once for all the heads (they
/// depend on the position and the dimension only).
#[cube]
#[allow(clippy::needless_range_loop)] // cube code has no iterators
fn norm_rotate<N: Float, O: Float>(
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
    let half = head_dim / 2;
    for j in 0..half {
        let angle = position * inv_freq[j];
        let c = angle.cos();
        let s = angle.sin();
        for h in 0..heads {
            // `rotate_pair` writes dims `lo` and `lo + half` of `dst[dst_base..]`, with `lo` also
            // indexing the norm's weight over the full width.
            let to = dst_base + h * comptime!(head_stride - head_dim);
            rotate_pair::<N, O>(src, base, w, inv, c, s, dst, to, h * head_dim + j, half);
        }
    }
}

/// Dims `lo` and `lo + half` of a row at `src[base..]`, RMSNorm'd by `inv` with weight `w`, rotated
/// by the angle whose cosine and sine are `c` and `s`, into `dst[dst_base..]`.
#[cube]
pub fn rotate_pair<N: Float, O: Float>(
    src: &[f32],
    base: usize,
    w: &[N],
    inv: f32,
    c: f32,
    s: f32,
    dst: &mut [O],
    dst_base: usize,
    lo: usize,
    #[comptime] half: usize,
) {
    let hi = lo + half;
    let a = f32::cast_from(w[lo]) * (src[base + lo] * inv);
    let b = f32::cast_from(w[hi]) * (src[base + hi] * inv);
    dst[dst_base + lo] = to_storage::<O>(a * c - b * s);
    dst[dst_base + hi] = to_storage::<O>(b * c + a * s);
}

/// For each row `r` of `qkv` `[rows, (heads + 2 kv_heads) * head_dim]`: q and k RMSNorm'd over their
/// full widths (FlexOlmo's QK-norm), rotated at `positions[r]`; q to `q[r]`, k and v to the caches at
/// cache row `cache_slots[r]` (block `slot / block_size`, each kv head's part where [`cache_at`]
/// puts it). One unit per row.
#[cube(launch)]
pub fn qk_norm_rope<N: Float, C: Float>(
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
) {
    let r = ABSOLUTE_POS;
    if r < rows as usize {
        let q_width = heads * head_dim;
        let kv_width = kv_heads * head_dim;
        let base = r * (q_width + 2 * kv_width);
        let position = f32::cast_from(positions[r]);
        let cache_slot = cache_slots[r] as usize;
        let slot = cache_at(cache_slot / block_size, 0, cache_slot % block_size, kv_heads, block_size, head_dim);
        let head_stride = comptime!(block_size * head_dim);
        let q_inv = inv_rms(qkv, base, eps, q_width);
        norm_rotate::<N, f32>(qkv, base, q_norm, q_inv, inv_freq, position, q, r * q_width, heads, head_dim, head_dim);
        let k_base = base + q_width;
        let k_inv = inv_rms(qkv, k_base, eps, kv_width);
        norm_rotate::<N, C>(
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
        for h in 0..kv_heads {
            for i in 0..head_dim {
                v_cache[slot + h * head_stride + i] = to_storage::<C>(qkv[v_base + h * head_dim + i]);
            }
        }
    }
}

/// One chunk of up to `lanes` keys from `j0` on (`keys` in all) of one row's online softmax:
/// the scores a vector (their dot products folded together, bit for bit each one's lane sum), one
/// vector exponential for the chunk, the row's sums rescaled when its maximum grows. The row's query
/// is `q` (`vecs` vectors), its output sums `acc`, its running maximum `state[0]` and its denominator
/// `state[1]`: all indexed by constants, so that they stay in registers from chunk to chunk.
#[cube]
#[allow(clippy::too_many_arguments)]
fn attend_chunk<C: Float, N: Size>(
    q: &Array<Vector<f32, N>>,
    k_cache: &[Vector<C, N>],
    v_cache: &[Vector<C, N>],
    block_tables: &[u32],
    acc: &mut Array<Vector<f32, N>>,
    state: &mut Array<f32>,
    table: usize,
    kv_head: usize,
    j0: usize,
    keys: usize,
    scale: f32,
    #[comptime] vecs: usize,
    #[comptime] kv_heads: usize,
    #[comptime] block_size: usize,
) {
    let lanes = N::value();
    let mut at = Array::<usize>::new(lanes);
    let mut dots = Array::<Vector<f32, N>>::new(lanes);
    let mut sums = Array::<f32>::new(lanes);
    if comptime!(block_size.is_multiple_of(lanes)) {
        // The chunk lies in one block of the cache: its keys are consecutive rows of the kv head's
        // run in the block, one lookup for the chunk. A chunk past the last key repeats the last key (its lanes are left
        // out below): rows of the cache not yet written are never read, so that a fresh page is
        // first touched by the write that fills it. Read first, an untouched page maps the
        // kernel's shared zero page, and the later write faults again to replace it, with a TLB
        // flush on every core.
        let block = block_tables[table + j0 / block_size] as usize;
        let row0 = cache_at(block, kv_head, j0 % block_size, kv_heads, block_size, vecs);
        if j0 + lanes <= keys {
            #[unroll]
            for t in 0..lanes {
                at[t] = row0 + comptime!(t * vecs);
            }
        } else {
            #[unroll]
            for t in 0..lanes {
                at[t] = row0 + (min(j0 + t, keys - 1) - j0) * vecs;
            }
        }
    } else {
        // A chunk past the last key repeats the last key; its lanes are left out below.
        #[unroll]
        for t in 0..lanes {
            let j = min(j0 + t, keys - 1);
            let block = block_tables[table + j / block_size] as usize;
            at[t] = cache_at(block, kv_head, j % block_size, kv_heads, block_size, vecs);
        }
    }
    #[unroll]
    for t in 0..lanes {
        let mut d = Vector::<f32, N>::new(0.0f32);
        #[unroll]
        for i in 0..vecs {
            d = fma(q[i], Vector::<f32, N>::cast_from(k_cache[at[t] + i]), d);
        }
        dots[t] = d;
    }
    tile_sums::<N>(&dots, &mut sums, lanes);
    let mut s = Vector::<f32, N>::new(f32::MIN);
    let mut chunk_max = f32::MIN.runtime();
    #[unroll]
    for t in 0..lanes {
        if j0 + t < keys {
            let score = sums[t] * scale;
            s.insert(t, score);
            chunk_max = max(chunk_max, score);
        }
    }
    // The running sums are rescaled only when the maximum grows (a few times a row).
    if chunk_max > state[0] {
        let c = (state[0] - chunk_max).exp();
        state[1] *= c;
        let correction = Vector::<f32, N>::new(c);
        #[unroll]
        for i in 0..vecs {
            acc[i] *= correction;
        }
        state[0] = chunk_max;
    }
    let p = (s - Vector::<f32, N>::new(state[0])).exp();
    #[unroll]
    for t in 0..lanes {
        if j0 + t < keys {
            let pt = p.extract(t);
            state[1] += pt;
            let pv = Vector::<f32, N>::new(pt);
            #[unroll]
            for i in 0..vecs {
                acc[i] = fma(pv, Vector::<f32, N>::cast_from(v_cache[at[t] + i]), acc[i]);
            }
        }
    }
}

/// `softmax(q k^T * scale + causal) v` for each row over its sequence's cached positions
/// `0..=positions[r]`: position `j` of sequence `s` lives in cache row
/// `block_tables[s * table_stride + j / block_size] * block_size + j % block_size`, each kv head's
/// part where [`cache_at`] puts it. One unit per
/// head and tile of `tile_rows` rows, online softmax in f32; query head `h` reads kv head
/// `h / (heads / kv_heads)`. q, the cache and the output are read and written as vectors of `N`
/// lanes (dividing `head_dim`), keys a chunk of `N` at a time: a chunk's scores are one vector.
/// The rows of a tile run in turn, each over all its keys with its query, sums, maximum and
/// denominator held in registers; where they share a sequence (a prompt's rows), a row finds the
/// keys and values the row before it read in the cache.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
pub fn paged_attention<C: Float, N: Size>(
    q: &[Vector<f32, N>],
    k_cache: &[Vector<C, N>],
    v_cache: &[Vector<C, N>],
    positions: &[u32],
    sequences: &[u32],
    block_tables: &[u32],
    out: &mut [Vector<f32, N>],
    rows: u32,
    table_stride: u32,
    scale: f32,
    #[comptime] heads: usize,
    #[comptime] kv_heads: usize,
    #[comptime] head_dim: usize,
    #[comptime] block_size: usize,
    #[comptime] tile_rows: usize,
) {
    let lanes = N::value();
    let vecs = comptime!(head_dim / lanes);
    let rows = rows as usize;
    let tiles = rows.div_ceil(tile_rows);
    let pos = ABSOLUTE_POS;
    if pos < tiles * heads {
        // Tiles vary fastest: the units a core runs in turn read one head's keys and values.
        let r0 = (pos % tiles) * tile_rows;
        let h = pos / tiles;
        let kv_head = h / comptime!(heads / kv_heads);
        let end = min(r0 + tile_rows, rows);
        // The tile's rows in a loop, not unrolled: the chunk's code (unrolled over its keys) once,
        // not once a row, which keeps the kernel's compile at load short.
        for r in r0..end {
            let keys = positions[r] as usize + 1;
            let table = sequences[r] as usize * table_stride as usize;
            let q_base = (r * heads + h) * vecs;
            let mut qr = Array::<Vector<f32, N>>::new(vecs);
            let mut acc = Array::<Vector<f32, N>>::new(vecs);
            #[unroll]
            for i in 0..vecs {
                qr[i] = q[q_base + i];
                acc[i] = Vector::<f32, N>::new(0.0f32);
            }
            // The running maximum and the denominator. The lowest finite f32, not -inf, which
            // WGSL cannot spell: exp(f32::MIN - score) is 0 for any finite score, so the first
            // chunk's correction scales nothing that holds a value.
            let mut state = Array::<f32>::new(2usize);
            state[0] = f32::MIN;
            state[1] = 0.0f32;
            for j0 in range_stepped(0, keys, lanes) {
                attend_chunk::<C, N>(
                    &qr,
                    k_cache,
                    v_cache,
                    block_tables,
                    &mut acc,
                    &mut state,
                    table,
                    kv_head,
                    j0,
                    keys,
                    scale,
                    vecs,
                    kv_heads,
                    block_size,
                );
            }
            let inv = Vector::<f32, N>::new(state[1]);
            #[unroll]
            for i in 0..vecs {
                out[q_base + i] = acc[i] / inv;
            }
        }
    }
}
