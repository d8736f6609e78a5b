//! Use counts of values, for fusions that only pay when the values they absorb die.

use flexc_ir::Graph;
use std::collections::{HashMap, HashSet};

/// How many times each value is read by a live instruction (one that contributes to an output), once
/// per operand position, plus once per graph output. Dead instructions, which `dce` will remove, do
/// not count.
pub(crate) fn use_counts(graph: &Graph) -> HashMap<&str, usize> {
    let mut live: HashSet<&str> = graph.outputs.iter().map(String::as_str).collect();
    let mut uses: HashMap<&str, usize> = HashMap::new();
    for o in &graph.outputs {
        *uses.entry(o.as_str()).or_default() += 1;
    }
    for inst in graph.insts.iter().rev() {
        if live.contains(inst.result.as_str()) {
            for a in &inst.args {
                live.insert(a.as_str());
                *uses.entry(a.as_str()).or_default() += 1;
            }
        }
    }
    uses
}
