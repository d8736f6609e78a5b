//! `fuse-moe`: one op for the whole MoE block.
//!
//! Rewrites each `moe_combine` whose gates come from `softmax_topk` or `softmax` over `router` logits,
//! and whose expert outputs are `expert_ffn`s of the router's input, into a single `moe` op carrying
//! the kept expert list, `top_k` (equal to the expert count for a plain mixture) and every weight.
//! That op is the unit one fused kernel implements. The replaced ops are left dead for `dce`.
//! Guarantee: the `moe` op computes exactly what the ops it replaces computed. Dense (`dense_ffn`)
//! layers and blocks of any other shape are left as they are.

use crate::{Pass, PassError};
use flexc_ir::{Graph, Op};

pub struct FuseMoe;

impl Pass for FuseMoe {
    fn name(&self) -> &'static str {
        "fuse-moe"
    }

    fn run(&self, graph: &mut Graph) -> Result<(), PassError> {
        for i in 0..graph.insts.len() {
            if let Some(fused) = fused_block(graph, i) {
                let (input, op) = fused;
                graph.insts[i].op = op;
                graph.insts[i].args = vec![input];
            }
        }
        Ok(())
    }
}

/// The `moe` op (and its input) equivalent to the `moe_combine` at `i`, if the block has the
/// router -> gates -> experts -> combine shape.
fn fused_block(graph: &Graph, i: usize) -> Option<(String, Op)> {
    let Op::MoeCombine { experts } = &graph.insts[i].op else { return None };
    let gates = graph.inst(&graph.insts[i].args[0])?;
    let (top_k, renorm) = match gates.op {
        Op::SoftmaxTopK { k, renorm } => (k, renorm),
        Op::Softmax => (experts.len() as u64, false),
        _ => return None,
    };
    let logits = graph.inst(&gates.args[0])?;
    let Op::Router { weight: router } = &logits.op else { return None };
    let input = &logits.args[0];
    let mut ffn = Vec::with_capacity(experts.len());
    for (e, out) in experts.iter().zip(&graph.insts[i].args[1..]) {
        let inst = graph.inst(out)?;
        match &inst.op {
            Op::ExpertFfn { expert, ffn: weights } if expert == e && &inst.args[0] == input => {
                ffn.push(weights.clone());
            }
            _ => return None,
        }
    }
    // One layout for all experts of a fused op.
    if ffn.windows(2).any(|w| w[0].weights().len() != w[1].weights().len()) {
        return None;
    }
    Some((input.clone(), Op::Moe { router: router.clone(), experts: experts.clone(), top_k, renorm, ffn }))
}
