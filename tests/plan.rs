//! The launch plan is safe for every configuration of the embedded model: no launch writes a slot it
//! reads, no slot holds two values that are live at once, every slot is large enough, and each decoder
//! layer takes at most 8 launches (9 in the GPU programs, whose attention merges its splits over the
//! cache in a launch of its own), and a launch binds the deal's counters exactly where its kernel
//! deals its work.

mod common;

use common::tiny_model;
use flexc_import::Checkpoint;
use flexc_ir::Graph;
use flexc_lower::{lower, Binding, LowerOptions, ParamKind, Program, Table, Target};
use std::collections::HashMap;

fn check(graph: &Graph, program: &Program, what: &str) {
    // The launches a step runs: at one row, and at more (where kernels take their tiled shapes).
    for rows in [1, 7] {
        check_launches(graph, program, rows, &format!("{what}, {rows} rows"));
    }
    let most = if program.target == Target::Cpu { 8 } else { 9 };
    assert!(program.launches_per_layer() <= most, "{what}: {} launches per layer", program.launches_per_layer());
}

fn check_launches(graph: &Graph, program: &Program, rows: u64, what: &str) {
    // Each activation buffer: the launch that writes it and the last launch that reads it.
    let mut written_at: HashMap<&str, usize> = HashMap::new();
    let mut last_read: HashMap<&str, usize> = HashMap::new();
    for (i, launch) in program.launched(rows).into_iter().enumerate() {
        let params = launch.kernel.params();
        let buffers = params.iter().filter(|p| p.kind != ParamKind::Scalar);
        assert_eq!(buffers.clone().count(), launch.bindings.len(), "{what}: {} binds every buffer", launch.inst);
        // The counters of a kernel that deals its work (the cpu panel kernels), and nothing else.
        let deal = |b: &Binding| matches!(b, Binding::Table { table: Table::Deal });
        for (param, binding) in buffers.clone().zip(&launch.bindings) {
            assert_eq!(
                param.name == "deal",
                deal(binding),
                "{what}: {} binds {binding:?} to {}",
                launch.inst,
                param.name
            );
        }
        assert_eq!(
            launch.bindings.iter().any(deal),
            launch.kernel.deals() && program.target == Target::Cpu,
            "{what}: {} ({}) and the deal's counters",
            launch.inst,
            launch.kernel.name()
        );
        let mut reads = Vec::new();
        let mut writes = Vec::new();
        for (param, binding) in buffers.zip(&launch.bindings) {
            if let Binding::Activation { slot, value } = binding {
                match param.kind {
                    ParamKind::Output => writes.push((*slot, value.as_str())),
                    _ => reads.push((*slot, value.as_str())),
                }
            }
        }
        for (slot, value) in &writes {
            assert!(
                !reads.iter().any(|(s, _)| s == slot),
                "{what}: {} writes slot {slot}, which it reads",
                launch.inst
            );
            assert!(
                writes.iter().filter(|(s, _)| s == slot).count() == 1,
                "{what}: {} writes slot {slot} twice",
                launch.inst
            );
            written_at.entry(value).or_insert(i);
        }
        for (_, value) in &reads {
            assert!(written_at.contains_key(value), "{what}: {} reads {value} before it is written", launch.inst);
            last_read.insert(value, i);
        }
    }
    for out in &graph.outputs {
        last_read.insert(out.as_str(), usize::MAX);
    }
    let slot_of = program.slot_of();
    for (value, &start) in &written_at {
        let end = last_read.get(value).copied().unwrap_or(start);
        let slot = slot_of[value];
        for (other, &other_start) in &written_at {
            if other != value && slot_of[other] == slot {
                assert!(
                    !(start < other_start && other_start <= end),
                    "{what}: {other} overwrites {value} in slot {slot} while it is live"
                );
            }
        }
        if let Some(inst) = graph.inst(value.trim_start_matches('%')) {
            let width = inst.ty.seq_width().unwrap();
            let elems = program.slots[slot].elems_per_row;
            assert!(elems >= width, "{what}: slot {slot} holds {elems} per row, {value} needs {width}");
        }
    }
    assert!(program.slots.len() < written_at.len(), "{what}: slots are reused");
}

#[test]
fn plans_are_safe_for_all_127_configurations() {
    let ck = Checkpoint::open(&tiny_model(), None).unwrap();
    let imported = ck.import().unwrap();
    let n = ck.config.num_experts;
    for mask in 1u64..(1 << n) {
        let kept: Vec<u64> = (0..n).filter(|e| mask & (1 << e) != 0).collect();
        let mut graph = imported.clone();
        flexc_passes::specialize(&kept, &Target::ALL).run(&mut graph, |_, _| {}).unwrap();
        let plan = lower(&graph, &Target::ALL, LowerOptions::default()).unwrap();
        for program in &plan.programs {
            check(&graph, program, &format!("experts {kept:?} on {}", program.target.name()));
        }
    }
}
