//! `flexc inspect`: a checkpoint, an artifact, or a graph text file, described.

use super::split_names;
use crate::output::{human_bytes, more, row, thousands};
use anyhow::{Context, Result};
use flexc_artifact::{Artifact, OpenOptions, TensorKind, MANIFEST};
use flexc_import::Checkpoint;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub fn inspect(path: &Path, expert_names: Option<&str>, verify: bool, store: Option<PathBuf>) -> Result<()> {
    if path.join(MANIFEST).is_file() {
        return inspect_artifact(path, verify, store);
    }
    if path.is_file() {
        return inspect_graph(path);
    }
    let ck = Checkpoint::open(path, split_names(expert_names))?;
    let c = &ck.config;
    let dtype = ck.embedding_dtype()?;
    let bytes = |params: u64| human_bytes(params * dtype.size_bytes() as u64);
    row("checkpoint", path.display());
    row(
        "model",
        format!(
            "flex_olmo: {} layers, hidden {}, {} heads ({} kv heads, head dim {}), vocab {}, max positions {}",
            c.num_hidden_layers,
            c.hidden_size,
            c.num_attention_heads,
            c.num_key_value_heads,
            c.head_dim,
            c.vocab_size,
            c.max_position_embeddings
        ),
    );
    row("weights", format!("{dtype}, {} safetensors file(s)", ck.files().count()));
    row(
        "experts",
        format!(
            "{} SwiGLU experts (intermediate {}), top-{} per token{}",
            c.num_experts,
            c.intermediate_size,
            c.num_experts_per_tok,
            if c.norm_topk_prob { ", renormalised" } else { "" }
        ),
    );
    for e in 0..c.num_experts {
        let name = ck.expert_names.as_ref().map(|n| n[e as usize].as_str()).unwrap_or("(unnamed)");
        more(format!(
            "{e:>3}  {name:<16} {} parameters, {}",
            thousands(c.num_hidden_layers * c.expert_params()),
            bytes(c.num_hidden_layers * c.expert_params())
        ));
    }
    if ck.expert_names.is_none() {
        more("no experts.json: select experts by index, or name them with --expert-names");
    }
    row("parameters", format!("total {} ({})", thousands(c.total_params()), bytes(c.total_params())));
    let active = c.active_params(c.num_experts_per_tok);
    row("active", format!("{} per token with top-{} ({})", thousands(active), c.num_experts_per_tok, bytes(active)));
    Ok(())
}

fn inspect_graph(path: &Path) -> Result<()> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let (graph, map) = flexc_ir::parse_with_source_map(&text).with_context(|| format!("{}", path.display()))?;
    flexc_ir::verify_with_source_map(&graph, Some(&map)).with_context(|| format!("{}", path.display()))?;
    row("graph", format!("{} ({:?}), verified", path.display(), graph.name));
    row(
        "values",
        format!("{} inputs, {} instructions, {} outputs", graph.inputs.len(), graph.insts.len(), graph.outputs.len()),
    );
    let bytes: u64 = graph.weights.iter().map(|w| w.byte_len()).sum();
    row("weights", format!("{} ({})", graph.weights.len(), human_bytes(bytes)));
    for (op, n) in graph.op_counts() {
        more(format!("{op:<14} {n:>6}"));
    }
    Ok(())
}

fn inspect_artifact(path: &Path, verify: bool, store: Option<PathBuf>) -> Result<()> {
    let art = Artifact::open_with(path, &OpenOptions { store })?;
    let checked = if verify { Some(art.verify_weights()?) } else { None };
    let m = &art.manifest;
    let list = |experts: &[flexc_artifact::Expert]| {
        if experts.is_empty() {
            "(none)".to_string()
        } else {
            experts.iter().map(|e| format!("{} ({})", e.label(), e.index)).collect::<Vec<_>>().join(", ")
        }
    };
    row(
        "artifact",
        format!(
            "{} (flexc {}; {})",
            path.display(),
            m.flexc_version,
            match checked {
                Some(bytes) => format!("every file and {} of weights re-hashed", human_bytes(bytes)),
                None => "graph, plan and headers hashed; weights are hashed as they load (--verify: now)".into(),
            }
        ),
    );
    row(
        "source",
        format!("{} ({}, {} experts, top-{})", m.source.path, m.source.dtype, m.source.num_experts, m.source.top_k),
    );
    row("kept", list(&m.configuration.kept));
    row("excluded", list(&m.configuration.excluded));
    row("top-k", format!("{} of {} kept experts", m.configuration.top_k, m.configuration.kept.len()));
    row("pipeline", m.pipeline.join(", "));
    row("ops", format!("{:<14} {:>9} {:>12}", "op", "imported", "specialized"));
    let names: std::collections::BTreeSet<&String> =
        m.op_counts.imported.keys().chain(m.op_counts.specialized.keys()).collect();
    for name in names {
        let before = m.op_counts.imported.get(name).copied().unwrap_or(0);
        let after = m.op_counts.specialized.get(name).copied().unwrap_or(0);
        more(format!("{name:<14} {before:>9} {after:>12}"));
    }
    let mut by_kind: BTreeMap<String, u64> = BTreeMap::new();
    for t in &m.tensors {
        let key = match (t.kind, t.expert) {
            (TensorKind::Expert, Some(e)) => {
                let label =
                    m.configuration.kept.iter().find(|x| x.index == e).map(|x| x.label()).unwrap_or(e.to_string());
                format!("expert {label}")
            }
            (kind, _) => format!("{kind:?}").to_lowercase(),
        };
        *by_kind.entry(key).or_default() += t.bytes;
    }
    row("bytes", "");
    for (kind, b) in &by_kind {
        more(format!("{kind:<20} {:>12}", human_bytes(*b)));
    }
    let total: u64 = m.files.iter().map(|f| f.bytes).sum();
    more(format!("{:<20} {:>12}", "total on disk", human_bytes(total)));
    for program in &art.plan.programs {
        let sources = program.kernels.iter().filter(|k| k.source.is_some()).count();
        let dots = program.bf16_dot_launches();
        row(
            &format!("{} program", program.target.name()),
            format!(
                "{} kernel instances{}, {} launches per forward of one row ({} of more{}), at most {} per decoder layer",
                program.kernels.len(),
                if sources > 0 { format!(" ({sources} sources)") } else { String::new() },
                program.launched(1).len(),
                program.launched(2).len(),
                if dots > 0 { format!(", {dots} by bf16 dot products") } else { String::new() },
                program.launches_per_layer()
            ),
        );
    }
    // What one decode step reads of the weights: every launch's weight bytes at one token, with each
    // MoE block's top-k experts chosen. Next to the artifact's weight bytes, so that a kernel reading
    // more than the plan holds, or a configuration reading less than it stores, shows.
    if let Some(program) = art.plan.programs.first() {
        let chosen = m.configuration.top_k.max(1);
        let read = program.decode_weight_bytes(chosen);
        let weights: u64 = m.tensors.iter().map(|t| t.bytes).sum();
        row(
            "decode reads",
            format!(
                "{} of weights per token ({} chosen experts per block), of {} in the artifact; plus the KV cache",
                human_bytes(read),
                chosen,
                human_bytes(weights)
            ),
        );
    }
    // The GPU programs' kernels that launch fewer cubes at one token than a large GPU has SMs (132
    // on an H200), grouped by why: those that fix their cube, and the others in the program's cubes.
    for program in art.plan.programs.iter() {
        let flexc_lower::CubeUnits::Fixed(program_cube) = program.cube_units else { continue };
        let mut by_reason: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        // Only the instances a one-token step launches (not the tiled shapes of steps of more rows).
        let at_one_token =
            |k: &&flexc_lower::Instance| program.launches.iter().any(|l| l.instance == k.name && l.when.runs(1));
        for k in program.kernels.iter().filter(at_one_token) {
            let cubes = match k.kernel.cube_units() {
                Some(_) => k.kernel.cubes(1),
                None => k.kernel.units(1).div_ceil(program_cube.max(1) as u64),
            };
            if cubes > 0 && cubes < 132 {
                let entry = format!("{} {cubes}", k.kernel.function());
                let list = by_reason.entry(k.kernel.few_cubes_reason()).or_default();
                if !list.contains(&entry) {
                    list.push(entry);
                }
            }
        }
        for (i, (reason, kernels)) in by_reason.iter().enumerate() {
            let line = format!("{} ({reason})", kernels.join(", "));
            if i == 0 {
                row(&format!("{} < 132 cubes", program.target.name()), line);
            } else {
                more(line);
            }
        }
    }
    let values: usize = art.plan.programs.first().map_or(0, |p| p.slots.iter().map(|s| s.values.len()).sum());
    if let Some(program) = art.plan.programs.first() {
        let per_row: u64 = program.slots.iter().map(|s| s.elems_per_row).sum();
        row(
            "activations",
            format!("{values} buffers in {} slots, {} per token", program.slots.len(), human_bytes(per_row * 4)),
        );
        row(
            "kv cache",
            format!(
                "{} per position ({}, blocks of {} positions), allocated as sequences grow",
                human_bytes(program.kv_bytes_per_position()),
                art.plan.options.kv_dtype,
                art.plan.options.block_size
            ),
        );
    }
    Ok(())
}
