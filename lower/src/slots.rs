//! Activation buffer slots by liveness: values whose lifetimes do not overlap share a buffer.

use crate::error::LowerError;
use crate::kernel::ATTENTION_SPLITS;
use crate::plan::Slot;
use crate::Target;
use flexc_ir::{Ffn, Graph, Op};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The scratch buffers an op's launches pass between each other (`%value#part`), with their f32
/// widths per row, in `target`'s program. They live only while the op runs.
pub(crate) fn scratch(graph: &Graph, op: &Op, target: Target) -> Vec<(&'static str, u64)> {
    match op {
        Op::SelfAttention { heads, head_dim, .. } if target == Target::Cpu => vec![("q", heads * head_dim)],
        // The GPU attention's split partial results (sums, maximum and denominator of each split).
        Op::SelfAttention { heads, head_dim, .. } => {
            vec![("q", heads * head_dim), ("partials", heads * ATTENTION_SPLITS * (head_dim + 2))]
        }
        Op::MoeBlock { router, experts, ffn, ffn_norm, .. } => {
            let d = graph.weight(ffn_norm).map(|w| w.row_len()).unwrap_or(0);
            let e = experts.len() as u64;
            let mut parts = vec![("h", d)];
            if router.is_some() {
                parts.push(("gates", e));
            }
            parts.push(("hidden", e * intermediate(graph, ffn)));
            parts.push(("y", d));
            parts
        }
        _ => Vec::new(),
    }
}

fn intermediate(graph: &Graph, ffn: &[Ffn]) -> u64 {
    ffn.first()
        .and_then(|f| match f {
            Ffn::Split { down, .. } | Ffn::Fused { down, .. } => graph.weight(down),
        })
        .and_then(|w| w.shape.get(1).copied())
        .unwrap_or(0)
}

/// Assigns every result and scratch buffer a slot. A value's slot is free again after its last use;
/// an instruction's result and scratch never share a slot with its own arguments or each other (the
/// kernels do not run in place). Greedy: the smallest free slot large enough, else the largest free
/// one grown, else a new one.
pub(crate) fn plan_slots(graph: &Graph, target: Target) -> Result<(Vec<Slot>, HashMap<String, usize>), LowerError> {
    let mut last_use: HashMap<&str, usize> = HashMap::new();
    for (i, inst) in graph.insts.iter().enumerate() {
        for a in &inst.args {
            last_use.insert(a.as_str(), i);
        }
    }
    for out in &graph.outputs {
        last_use.insert(out.as_str(), usize::MAX);
    }
    let mut slots: Vec<Slot> = Vec::new();
    let mut free: Vec<usize> = Vec::new();
    let mut holder: BTreeMap<String, usize> = BTreeMap::new();
    let mut slot_of: HashMap<String, usize> = HashMap::new();
    let mut take = |slots: &mut Vec<Slot>, free: &mut Vec<usize>, name: String, elems: u64| -> usize {
        free.sort_by_key(|&s| slots[s].elems_per_row);
        let pick = free.iter().position(|&s| slots[s].elems_per_row >= elems).or(free.len().checked_sub(1));
        let slot = match pick {
            Some(p) => free.remove(p),
            None => {
                slots.push(Slot { elems_per_row: 0, values: Vec::new() });
                slots.len() - 1
            }
        };
        slots[slot].elems_per_row = slots[slot].elems_per_row.max(elems);
        slots[slot].values.push(name.clone());
        slot_of.insert(name, slot);
        slot
    };
    for (i, inst) in graph.insts.iter().enumerate() {
        let width = inst.ty.seq_width().ok_or_else(|| LowerError::Invalid {
            value: inst.result.clone(),
            reason: format!("type {} is not [T, n]", inst.ty),
        })?;
        let result = format!("%{}", inst.result);
        let slot = take(&mut slots, &mut free, result.clone(), width);
        holder.insert(result, slot);
        let scratch_slots: Vec<usize> = scratch(graph, &inst.op, target)
            .into_iter()
            .map(|(part, elems)| take(&mut slots, &mut free, format!("%{}#{part}", inst.result), elems))
            .collect();
        free.extend(scratch_slots);
        for a in inst.args.iter().collect::<BTreeSet<_>>() {
            if last_use.get(a.as_str()) == Some(&i) {
                if let Some(s) = holder.remove(&format!("%{a}")) {
                    free.push(s);
                }
            }
        }
        if !last_use.contains_key(inst.result.as_str()) {
            if let Some(s) = holder.remove(&format!("%{}", inst.result)) {
                free.push(s);
            }
        }
    }
    Ok((slots, slot_of))
}
