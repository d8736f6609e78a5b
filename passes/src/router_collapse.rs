//! `router-collapse`: a router that cannot choose stops being a router.
//!
//! Run after `expert-mask`. When a layer keeps no more experts than it selects (E' <= k'), top-k
//! selects every expert: `softmax_topk` becomes a plain `softmax` mixture (with `renorm`, the kept
//! probabilities already sum to one). When a layer keeps a single expert, its softmax weight is exactly
//! 1: the `moe_combine` becomes a `dense_ffn` of that expert and the router is left dead for `dce`.
//! Guarantee: the outputs are unchanged (bit-identical for E' = 1; for E' <= k' up to the rounding
//! of a renormalisation by a sum that is 1).

use crate::{Pass, PassError};
use flexc_ir::{Graph, Op};

pub struct RouterCollapse;

impl Pass for RouterCollapse {
    fn name(&self) -> &'static str {
        "router-collapse"
    }

    fn run(&self, graph: &mut Graph) -> Result<(), PassError> {
        for i in 0..graph.insts.len() {
            if let Op::SoftmaxTopK { k, .. } = graph.insts[i].op {
                let experts = graph.insts[i].ty.seq_width().unwrap_or(u64::MAX);
                if k >= experts {
                    graph.insts[i].op = Op::Softmax;
                }
            }
        }
        for i in 0..graph.insts.len() {
            let Op::MoeCombine { experts } = &graph.insts[i].op else { continue };
            if experts.len() != 1 {
                continue;
            }
            let expert_out = graph.insts[i].args[1].clone();
            let ffn = graph.inst(&expert_out).ok_or_else(|| PassError::Failed {
                pass: self.name().into(),
                reason: format!("%{expert_out} is not defined"),
            })?;
            let Op::ExpertFfn { expert, ffn: weights } = ffn.op.clone() else {
                return Err(PassError::Failed {
                    pass: self.name().into(),
                    reason: format!("%{expert_out} combined by %{} is not an expert_ffn", graph.insts[i].result),
                });
            };
            let input = ffn.args[0].clone();
            let combine = &mut graph.insts[i];
            combine.op = Op::DenseFfn { expert, ffn: weights };
            combine.args = vec![input];
        }
        Ok(())
    }
}
