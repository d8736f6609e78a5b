//! `dce`: dead code elimination.
//!
//! Guarantees: every instruction left contributes to an output, and every weight left is read by some
//! instruction. Ops have no side effects, so removing unused ones never changes the outputs.

use crate::{Pass, PassError};
use flexc_ir::Graph;
use std::collections::HashSet;

pub struct Dce;

impl Pass for Dce {
    fn name(&self) -> &'static str {
        "dce"
    }

    fn run(&self, graph: &mut Graph) -> Result<(), PassError> {
        let mut live: HashSet<String> = graph.outputs.iter().cloned().collect();
        let mut keep = vec![false; graph.insts.len()];
        for (i, inst) in graph.insts.iter().enumerate().rev() {
            if live.contains(&inst.result) {
                keep[i] = true;
                live.extend(inst.args.iter().cloned());
            }
        }
        let mut flags = keep.into_iter();
        graph.insts.retain(|_| flags.next().unwrap_or(false));
        let used: HashSet<&str> = graph.insts.iter().flat_map(|i| i.op.weights()).collect();
        let weights = std::mem::take(&mut graph.weights);
        graph.weights = weights.into_iter().filter(|w| used.contains(w.name.as_str())).collect();
        Ok(())
    }
}
