//! `fuse-moe-block`: a layer's whole MoE sub-block, norms and residuals included, in one op.
//!
//! Run after `fuse-moe` and `fuse-residual-norm`. Rewrites each
//! `%out = residual_norm %h, %y, @ffn_norm` where `%y = moe %h` (or `dense_ffn %h`) and
//! `%h = residual_norm %x, %o, @attn_norm`, with one eps, into `moe_block %x, %o` carrying both norms
//! and the MoE (or the single expert's FFN). It fuses only when `%h` and `%y` have no other reader,
//! so the block's intermediate values die with it. That op is the unit the MoE kernels run: the
//! attention post-norm, residual and router in one kernel per token, the experts, and the FFN post-norm
//! with its residual.
//! Guarantee: the `moe_block` computes exactly the value `%out` had.

use crate::uses::use_counts;
use crate::{Pass, PassError};
use flexc_ir::{Graph, Op};

pub struct FuseMoeBlock;

impl Pass for FuseMoeBlock {
    fn name(&self) -> &'static str {
        "fuse-moe-block"
    }

    fn run(&self, graph: &mut Graph) -> Result<(), PassError> {
        let mut rewrites = Vec::new();
        let uses = use_counts(graph);
        for (i, out) in graph.insts.iter().enumerate() {
            let Op::ResidualNorm { weight: ffn_norm, eps } = &out.op else { continue };
            let (h, y) = (&out.args[0], &out.args[1]);
            let (Some(y_inst), Some(h_inst)) = (graph.inst(y), graph.inst(h)) else { continue };
            let Op::ResidualNorm { weight: attn_norm, eps: attn_eps } = &h_inst.op else { continue };
            if attn_eps != eps
                || y_inst.args[0] != *h
                || uses.get(h.as_str()) != Some(&2)
                || uses.get(y.as_str()) != Some(&1)
            {
                continue;
            }
            let (router, experts, top_k, renorm, ffn) = match &y_inst.op {
                Op::Moe { router, experts, top_k, renorm, ffn } => {
                    (Some(router.clone()), experts.clone(), *top_k, *renorm, ffn.clone())
                }
                Op::DenseFfn { expert, ffn } => (None, vec![*expert], 1, false, vec![ffn.clone()]),
                _ => continue,
            };
            let op = Op::MoeBlock {
                attn_norm: attn_norm.clone(),
                router,
                experts,
                top_k,
                renorm,
                ffn,
                ffn_norm: ffn_norm.clone(),
                eps: *eps,
            };
            rewrites.push((i, op, h_inst.args.clone()));
        }
        for (i, op, args) in rewrites {
            graph.insts[i].op = op;
            graph.insts[i].args = args;
        }
        Ok(())
    }
}
