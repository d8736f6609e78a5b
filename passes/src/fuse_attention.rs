//! `fuse-attention`: a layer's attention from its fused qkv projection, in one op.
//!
//! Run after `fuse-qkv`. Rewrites each `attention %q, %k, %v` whose q is `rope(rms_norm(slice(qkv)))`,
//! k is `rope(rms_norm(slice(qkv)))` and v is `slice(qkv)`, over the q, k and v columns of one fused
//! projection in that order, with one eps and one RoPE theta, into `self_attention %qkv, @q_norm,
//! @k_norm`. The slices, norms and rotations are left dead for `dce`. That op is what two kernels run:
//! the norms, rotations and KV-cache write of the new rows, then attention over the cache, with no
//! slice copies in between.
//! Guarantee: the `self_attention` op computes exactly the value the `attention` op computed (the same
//! norms, rotations and attention in the same order). Attention of any other shape is left alone.

use crate::{Pass, PassError};
use flexc_ir::{Graph, Op};

pub struct FuseAttention;

impl Pass for FuseAttention {
    fn name(&self) -> &'static str {
        "fuse-attention"
    }

    fn run(&self, graph: &mut Graph) -> Result<(), PassError> {
        for i in 0..graph.insts.len() {
            if let Some((qkv, op)) = fused(graph, i) {
                graph.insts[i].op = op;
                graph.insts[i].args = vec![qkv];
            }
        }
        Ok(())
    }
}

/// One of q or k: `rope(rms_norm(slice(qkv, start, len)))` -> (qkv, start, len, norm weight, eps, theta).
fn normed_rotated(graph: &Graph, value: &str, head_dim: u64) -> Option<(String, u64, u64, String, f64, f64)> {
    let rope = graph.inst(value)?;
    let Op::Rope { head_dim: hd, theta } = rope.op else { return None };
    let norm = graph.inst(&rope.args[0])?;
    let Op::RmsNorm { weight, eps } = &norm.op else { return None };
    let slice = graph.inst(&norm.args[0])?;
    let Op::Slice { start, len } = slice.op else { return None };
    (hd == head_dim).then(|| (slice.args[0].clone(), start, len, weight.clone(), *eps, theta))
}

fn fused(graph: &Graph, i: usize) -> Option<(String, Op)> {
    let inst = &graph.insts[i];
    let Op::Attention { heads, kv_heads, head_dim, layer } = inst.op else { return None };
    let (qkv, q_start, q_len, q_norm, q_eps, q_theta) = normed_rotated(graph, &inst.args[0], head_dim)?;
    let (k_src, k_start, k_len, k_norm, k_eps, k_theta) = normed_rotated(graph, &inst.args[1], head_dim)?;
    let v = graph.inst(&inst.args[2])?;
    let Op::Slice { start: v_start, len: v_len } = v.op else { return None };
    let (q_width, kv_width) = (heads * head_dim, kv_heads * head_dim);
    let qkv_width = graph.inst(&qkv)?.ty.seq_width()?;
    let layout = [(q_start, q_len), (k_start, k_len), (v_start, v_len)]
        == [(0, q_width), (q_width, kv_width), (q_width + kv_width, kv_width)];
    let one_source = k_src == qkv && v.args[0] == qkv && qkv_width == q_width + 2 * kv_width;
    if !layout || !one_source || q_eps != k_eps || q_theta != k_theta {
        return None;
    }
    let op = Op::SelfAttention { q_norm, k_norm, heads, kv_heads, head_dim, layer, theta: q_theta, eps: q_eps };
    Some((qkv, op))
}
