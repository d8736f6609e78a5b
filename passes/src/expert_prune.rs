//! `expert-prune`: keep a set of experts, physically remove the rest.
//!
//! For every MoE layer (a `moe_combine` fed by `softmax_topk` over `router` logits, or a fused `moe` or
//! `moe_block`): the router weight
//! keeps only the rows of the kept experts, `softmax_topk` selects `k' = min(k, E')`, and the expert
//! FFNs of excluded experts are no longer combined (a following `dce` removes them and their weights).
//! Guarantee: the result computes exactly what the unmasked graph computes with the excluded experts'
//! router logits set to -inf, and no instruction of the result reads an excluded expert's weights.
//! The kept set is recorded in the graph meta `kept_experts`.

use crate::{Pass, PassError};
use flexc_ir::{Attr, Dim, Graph, Op};

pub struct ExpertPrune {
    kept: Vec<u64>,
}

impl ExpertPrune {
    /// `kept`: original expert indices.
    pub fn new(mut kept: Vec<u64>) -> ExpertPrune {
        kept.sort_unstable();
        kept.dedup();
        ExpertPrune { kept }
    }

    fn dense(&self, graph: &Graph, at: usize, expert: u64) -> PassError {
        self.fail(format!(
            "%{} is the dense FFN of expert {expert} alone; it cannot keep {:?}",
            graph.insts[at].result, self.kept
        ))
    }

    fn fail(&self, reason: String) -> PassError {
        PassError::Failed { pass: self.name().into(), reason }
    }
}

impl Pass for ExpertPrune {
    fn name(&self) -> &'static str {
        "expert-prune"
    }

    fn spec(&self) -> String {
        let keep: Vec<String> = self.kept.iter().map(|e| e.to_string()).collect();
        format!("expert-prune{{keep={}}}", keep.join(","))
    }

    fn run(&self, graph: &mut Graph) -> Result<(), PassError> {
        if self.kept.is_empty() {
            return Err(self.fail("the kept expert set is empty".into()));
        }
        for ci in 0..graph.insts.len() {
            match graph.insts[ci].op.clone() {
                Op::MoeCombine { experts } => self.mask_unfused(graph, ci, &experts)?,
                Op::Moe { router, experts, top_k, renorm, ffn } => {
                    let positions = self.positions(graph, ci, &experts)?;
                    self.mask_router(graph, &router, &positions)?;
                    graph.insts[ci].op = Op::Moe {
                        router,
                        experts: self.kept.clone(),
                        top_k: top_k.min(positions.len() as u64),
                        renorm,
                        ffn: positions.iter().map(|&p| ffn[p].clone()).collect(),
                    };
                }
                Op::MoeBlock { router: Some(router), experts, top_k, ffn, .. } => {
                    let positions = self.positions(graph, ci, &experts)?;
                    self.mask_router(graph, &router, &positions)?;
                    if let Op::MoeBlock { experts, top_k: k, ffn: f, .. } = &mut graph.insts[ci].op {
                        *experts = self.kept.clone();
                        *k = top_k.min(positions.len() as u64);
                        *f = positions.iter().map(|&p| ffn[p].clone()).collect();
                    }
                }
                Op::DenseFfn { expert, .. } if self.kept != [expert] => return Err(self.dense(graph, ci, expert)),
                Op::MoeBlock { router: None, experts, .. } if self.kept != experts => {
                    return Err(self.dense(graph, ci, experts.first().copied().unwrap_or(0)))
                }
                _ => {}
            }
        }
        graph.meta.insert("kept_experts".into(), Attr::Ints(self.kept.iter().map(|&e| e as i64).collect()));
        Ok(())
    }
}

impl ExpertPrune {
    /// Positions (gate columns, router rows) of the kept experts among a layer's `experts`.
    fn positions(&self, graph: &Graph, at: usize, experts: &[u64]) -> Result<Vec<usize>, PassError> {
        self.kept
            .iter()
            .map(|e| {
                experts.iter().position(|x| x == e).ok_or_else(|| {
                    self.fail(format!("expert {e} is not in %{} (its experts are {experts:?})", graph.insts[at].result))
                })
            })
            .collect()
    }

    /// Keeps the router rows at `positions`; each row is one piece (per-expert provenance).
    fn mask_router(&self, graph: &mut Graph, weight: &str, positions: &[usize]) -> Result<(), PassError> {
        let w = graph.weights.iter_mut().find(|w| w.name == weight).ok_or_else(|| PassError::Failed {
            pass: "expert-prune".into(),
            reason: format!("router weight @{weight} is not declared"),
        })?;
        if w.pieces.len() as u64 != w.shape[0] || w.pieces.iter().any(|p| p.row_count() != 1) {
            return Err(PassError::Failed {
                pass: "expert-prune".into(),
                reason: format!("router weight @{weight} must be stored as one piece per expert row"),
            });
        }
        w.pieces = positions.iter().map(|&p| w.pieces[p].clone()).collect();
        w.shape[0] = positions.len() as u64;
        Ok(())
    }

    /// router -> softmax_topk -> expert_ffn... -> moe_combine at `ci`.
    fn mask_unfused(&self, graph: &mut Graph, ci: usize, experts: &[u64]) -> Result<(), PassError> {
        let positions = self.positions(graph, ci, experts)?;
        let e_new = positions.len() as u64;
        let gates_name = graph.insts[ci].args[0].clone();
        let gi = index_of(graph, &gates_name).ok_or_else(|| self.fail(format!("%{gates_name} is not defined")))?;
        let new_gates = match graph.insts[gi].op {
            Op::SoftmaxTopK { k, renorm } => Op::SoftmaxTopK { k: k.min(e_new), renorm },
            Op::Softmax => Op::Softmax,
            _ => return Err(self.fail(format!("%{gates_name} feeding a moe_combine is not a softmax_topk or softmax"))),
        };
        let logits_name = graph.insts[gi].args[0].clone();
        let ri = index_of(graph, &logits_name).ok_or_else(|| self.fail(format!("%{logits_name} is not defined")))?;
        let Op::Router { weight } = graph.insts[ri].op.clone() else {
            return Err(self.fail(format!("%{logits_name} feeding the gates is not a router")));
        };
        self.mask_router(graph, &weight, &positions)?;
        let seq_e = vec![Dim::Seq, Dim::Fixed(e_new)];
        graph.insts[ri].ty.shape = seq_e.clone();
        graph.insts[gi].ty.shape = seq_e;
        graph.insts[gi].op = new_gates;
        let combine = &mut graph.insts[ci];
        let outputs: Vec<String> = positions.iter().map(|&p| combine.args[1 + p].clone()).collect();
        combine.args.truncate(1);
        combine.args.extend(outputs);
        combine.op = Op::MoeCombine { experts: self.kept.clone() };
        Ok(())
    }
}

fn index_of(graph: &Graph, value: &str) -> Option<usize> {
    graph.insts.iter().position(|i| i.result == value)
}
