//! `fuse-qkv`: one matmul for the projections that share an input.
//!
//! Every group of two or more `matmul`s reading the same value with weights of one dtype and input
//! width (in FlexOlmo: the q, k and v projections of a layer) becomes one `matmul` by the row-wise
//! concatenation of their weights, followed by a `slice` per original result. The concatenation is a
//! layout change recorded in the fused weight's pieces (the source rows it is made of, in order); the
//! artifact writer applies it when packing, and the source checkpoint is never modified.
//! Guarantee: every original result keeps its name, type and value.

use crate::naming::{fused_name, unique};
use crate::{Pass, PassError};
use flexc_ir::{Graph, Inst, Op, Type, Weight};
use std::collections::{BTreeMap, HashSet};

pub struct FuseQkv;

impl Pass for FuseQkv {
    fn name(&self) -> &'static str {
        "fuse-qkv"
    }

    fn run(&self, graph: &mut Graph) -> Result<(), PassError> {
        // Sibling matmuls by input value, in program order.
        let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, inst) in graph.insts.iter().enumerate() {
            if let Op::MatMul { .. } = inst.op {
                groups.entry(inst.args[0].as_str()).or_default().push(i);
            }
        }
        let groups: Vec<Vec<usize>> = groups.into_values().filter(|g| g.len() >= 2 && fusable(graph, g)).collect();
        if groups.is_empty() {
            return Ok(());
        }
        let mut taken: HashSet<String> = graph.insts.iter().map(|i| i.result.clone()).collect();
        taken.extend(graph.inputs.iter().map(|i| i.name.clone()));
        let mut weight_names: HashSet<String> = graph.weights.iter().map(|w| w.name.clone()).collect();
        let mut replacement: BTreeMap<usize, Vec<Inst>> = BTreeMap::new();
        let mut removed = HashSet::new();
        for group in groups {
            let members: Vec<&Inst> = group.iter().map(|&i| &graph.insts[i]).collect();
            let weights: Vec<&Weight> = members.iter().map(|m| weight_of(graph, m)).collect();
            let fused_weight = Weight {
                name: unique(
                    fused_name(&weights.iter().map(|w| w.name.as_str()).collect::<Vec<_>>()),
                    &mut weight_names,
                ),
                dtype: weights[0].dtype,
                shape: vec![weights.iter().map(|w| w.shape[0]).sum(), weights[0].shape[1]],
                pieces: weights.iter().flat_map(|w| w.pieces.iter().cloned()).collect(),
            };
            let value = unique(fused_name(&members.iter().map(|m| m.result.as_str()).collect::<Vec<_>>()), &mut taken);
            let mut insts = vec![Inst {
                result: value.clone(),
                ty: Type::seq_f32(fused_weight.shape[0]),
                op: Op::MatMul { weight: fused_weight.name.clone() },
                args: members[0].args.clone(),
            }];
            let mut start = 0;
            for (m, w) in members.iter().zip(&weights) {
                let len = w.shape[0];
                insts.push(Inst {
                    result: m.result.clone(),
                    ty: m.ty.clone(),
                    op: Op::Slice { start, len },
                    args: vec![value.clone()],
                });
                start += len;
            }
            graph.weights.push(fused_weight);
            replacement.insert(group[0], insts);
            removed.extend(group.iter().copied());
        }
        let old = std::mem::take(&mut graph.insts);
        for (i, inst) in old.into_iter().enumerate() {
            if let Some(insts) = replacement.remove(&i) {
                graph.insts.extend(insts);
            } else if !removed.contains(&i) {
                graph.insts.push(inst);
            }
        }
        Ok(())
    }
}

fn weight_of<'g>(graph: &'g Graph, inst: &Inst) -> &'g Weight {
    let Op::MatMul { weight } = &inst.op else { unreachable!("groups hold matmuls") };
    graph.weight(weight).expect("verified graph")
}

/// Same dtype and input width: the weights can be stacked row-wise.
fn fusable(graph: &Graph, group: &[usize]) -> bool {
    let weights: Vec<&Weight> = group.iter().map(|&i| weight_of(graph, &graph.insts[i])).collect();
    weights.iter().all(|w| w.shape.len() == 2 && w.dtype == weights[0].dtype && w.shape[1] == weights[0].shape[1])
}
