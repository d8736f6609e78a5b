//! `fuse-gate-up`: one matmul for an FFN's gate and up projections.
//!
//! Every SwiGLU FFN in the split layout (gate `[I, d]`, up `[I, d]`) of an `expert_ffn`, `dense_ffn`
//! or `moe` op switches to the fused layout: one `gate_up` weight `[2I, d]`, gate rows first, made of
//! the gate's pieces followed by the up's. The concatenation is recorded in the weight's pieces and
//! applied by the artifact writer; each expert's FFN stays contiguous and its own. The split weights
//! are left for `dce`. Guarantee: every op computes exactly what it computed before.

use crate::naming::{fused_name_with, unique};
use crate::{Pass, PassError};
use flexc_ir::{Ffn, Graph, Op, Weight};
use std::collections::{HashMap, HashSet};

pub struct FuseGateUp;

impl Pass for FuseGateUp {
    fn name(&self) -> &'static str {
        "fuse-gate-up"
    }

    fn run(&self, graph: &mut Graph) -> Result<(), PassError> {
        let mut names: HashSet<String> = graph.weights.iter().map(|w| w.name.clone()).collect();
        // (gate, up) -> fused weight name, so an FFN used twice is fused once.
        let mut fused: HashMap<(String, String), String> = HashMap::new();
        let mut new_weights = Vec::new();
        let mut fuse = |ffn: &mut Ffn, graph_weights: &[Weight]| -> Result<(), PassError> {
            let Ffn::Split { gate, up, down } = ffn else { return Ok(()) };
            let key = (gate.clone(), up.clone());
            let name = match fused.get(&key) {
                Some(name) => name.clone(),
                None => {
                    let find = |n: &str| {
                        graph_weights.iter().find(|w| w.name == n).ok_or_else(|| PassError::Failed {
                            pass: "fuse-gate-up".into(),
                            reason: format!("weight @{n} is not declared"),
                        })
                    };
                    let (g, u) = (find(gate)?, find(up)?);
                    if g.dtype != u.dtype || g.shape != u.shape || g.shape.len() != 2 {
                        return Ok(());
                    }
                    let name = unique(fused_name_with(&[gate, up], "_"), &mut names);
                    new_weights.push(Weight {
                        name: name.clone(),
                        dtype: g.dtype,
                        shape: vec![2 * g.shape[0], g.shape[1]],
                        pieces: g.pieces.iter().chain(&u.pieces).cloned().collect(),
                    });
                    fused.insert(key, name.clone());
                    name
                }
            };
            *ffn = Ffn::Fused { gate_up: name, down: down.clone() };
            Ok(())
        };
        for i in 0..graph.insts.len() {
            let mut op = graph.insts[i].op.clone();
            match &mut op {
                Op::ExpertFfn { ffn, .. } | Op::DenseFfn { ffn, .. } => fuse(ffn, &graph.weights)?,
                Op::Moe { ffn, .. } => {
                    for f in ffn.iter_mut() {
                        fuse(f, &graph.weights)?;
                    }
                    // A moe op keeps one layout for all its experts.
                    if ffn.windows(2).any(|w| w[0].weights().len() != w[1].weights().len()) {
                        continue;
                    }
                }
                _ => continue,
            }
            graph.insts[i].op = op;
        }
        graph.weights.extend(new_weights);
        Ok(())
    }
}
