//! The launch plan's buffer slots are safe for every configuration of the embedded model: no slot
//! holds two values that are live at once, and no instruction writes a slot it reads.

mod common;

use common::root;
use flexc_ir::import::Checkpoint;
use flexc_ir::plan::Plan;
use flexc_ir::{Graph, Op};
use std::collections::HashMap;

/// The buffers instruction `inst` writes: its result and its MoE scratch.
fn written(graph: &Graph, i: usize) -> Vec<String> {
    let inst = &graph.insts[i];
    let mut out = vec![format!("%{}", inst.result)];
    match inst.op {
        Op::Moe { .. } => out.extend([format!("%{}#gates", inst.result), format!("%{}#hidden", inst.result)]),
        Op::DenseFfn { .. } => out.push(format!("%{}#hidden", inst.result)),
        _ => {}
    }
    out
}

fn check(graph: &Graph, what: &str) {
    let plan = Plan::build(graph).unwrap_or_else(|e| panic!("{what}: {e}"));
    let slot_of = plan.slot_of();
    let mut last_use: HashMap<String, usize> = HashMap::new();
    for (i, inst) in graph.insts.iter().enumerate() {
        for a in &inst.args {
            last_use.insert(format!("%{a}"), i);
        }
        // Scratch lives only during its own instruction.
        for w in written(graph, i).into_iter().skip(1) {
            last_use.insert(w, i);
        }
    }
    for out in &graph.outputs {
        last_use.insert(format!("%{out}"), usize::MAX);
    }
    // holder[slot] = (value, defined at, last use)
    let mut holder: HashMap<usize, (String, usize)> = HashMap::new();
    for (i, inst) in graph.insts.iter().enumerate() {
        let reads: Vec<usize> =
            inst.args.iter().filter_map(|a| slot_of.get(format!("%{a}").as_str()).copied()).collect();
        let writes = written(graph, i);
        let mut write_slots = Vec::new();
        for w in &writes {
            let slot = *slot_of.get(w.as_str()).unwrap_or_else(|| panic!("{what}: {w} has no slot"));
            assert!(!reads.contains(&slot), "{what}: %{} writes slot {slot}, which it reads", inst.result);
            assert!(!write_slots.contains(&slot), "{what}: %{} writes slot {slot} twice", inst.result);
            write_slots.push(slot);
            if let Some((previous, until)) = holder.get(&slot) {
                assert!(*until < i, "{what}: {w} overwrites {previous} in slot {slot} while it is live");
            }
            holder.insert(slot, (w.clone(), *last_use.get(w).unwrap_or(&i)));
        }
        for w in &writes {
            let elems = plan.slots[slot_of[w.as_str()]].elems_per_token;
            let need = match w.split_once('#') {
                None => inst.ty.seq_width().unwrap(),
                Some(_) => 1,
            };
            assert!(elems >= need, "{what}: slot of {w} holds {elems} per token, needs {need}");
        }
    }
    assert!(plan.slots.len() < graph.insts.len(), "{what}: slots are reused");
}

#[test]
fn slots_are_safe_for_all_127_configurations() {
    let dir = root().join("models/tiny-flexolmo");
    let ck = Checkpoint::open(&dir, None).unwrap();
    let imported = ck.import().unwrap();
    let n = ck.config.num_experts;
    for mask in 1u64..(1 << n) {
        let kept: Vec<u64> = (0..n).filter(|e| mask & (1 << e) != 0).collect();
        let mut graph = imported.clone();
        flexc_passes::specialize(&kept).run(&mut graph, |_, _| {}).unwrap();
        check(&graph, &format!("experts {kept:?}"));
    }
}
