//! `flexc compile`: a checkpoint, specialized for a set of kept experts, lowered to its launch plan,
//! with GPU kernel sources emitted, written as an artifact.

use super::split_names;
use crate::output::{human_bytes, status};
use anyhow::{bail, Context, Result};
use flexc_artifact::{write_artifact, ArtifactInput};
use flexc_codegen::{emit, GpuTarget};
use flexc_import::{resolve_experts, Checkpoint};
use flexc_ir::{print, DType};
use flexc_lower::{lower, LowerOptions, Plan, Source, Target};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

pub struct CompileOptions<'a> {
    pub model: &'a Path,
    pub experts: &'a str,
    pub expert_names: Option<&'a str>,
    pub out: &'a Path,
    pub print_after: Option<&'a str>,
    pub emit_ir: bool,
    pub store: Option<&'a Path>,
    /// `--target`: comma-separated cpu, cuda, hip.
    pub targets: &'a str,
    /// `--kv-dtype`: the KV cache's element type.
    pub kv_dtype: &'a str,
}

pub fn compile(opts: &CompileOptions<'_>) -> Result<()> {
    let CompileOptions { model, experts, expert_names, out, print_after, emit_ir, store, targets, kv_dtype } = *opts;
    let targets = Target::parse_list(targets).map_err(|e| anyhow::anyhow!("--target: {e}"))?;
    let kv_dtype = match DType::from_name(kv_dtype) {
        Some(d) if d.is_float() => d,
        _ => bail!("--kv-dtype: `{kv_dtype}` is not one of f32, bf16, f16"),
    };
    let started = Instant::now();
    let store = match store {
        Some(dir) => {
            std::fs::create_dir_all(dir).with_context(|| format!("creating the weight store {}", dir.display()))?;
            Some(dir.canonicalize().with_context(|| format!("{}", dir.display()))?)
        }
        None => None,
    };
    let ck = Checkpoint::open(model, split_names(expert_names))?;
    let kept = resolve_experts(experts, ck.expert_names.as_deref(), ck.config.num_experts)?;
    let labels: Vec<String> = kept.iter().map(|&e| ck.expert_label(e)).collect();
    status("importing", model.display());
    let mut graph = ck.import()?;
    let imported_op_counts = graph.op_counts().into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    let pipeline = flexc_passes::specialize(&kept, &targets);
    let names = pipeline.names();
    if let Some(p) = print_after {
        if p != "all" && p != "import" && !names.contains(&p) {
            bail!("--print-after {p}: no such pass in the pipeline ({}; or `all`, `import`)", names.join(", "));
        }
        if p == "all" || p == "import" {
            println!("; after import\n{}", print(&graph));
        }
    }
    status("specializing", format!("for {} of {} experts: {}", kept.len(), ck.config.num_experts, labels.join(", ")));
    pipeline.run(&mut graph, |pass, g| {
        if print_after == Some("all") || print_after == Some(pass) {
            println!("; after {pass}\n{}", print(g));
        }
    })?;
    if emit_ir {
        print!("{}", print(&graph));
    }
    let mut plan = lower(&graph, &targets, LowerOptions { kv_dtype, ..LowerOptions::default() })?;
    let kernel_sources = emit_sources(&mut plan)?;
    let dtype = graph.weights.first().map(|w| w.dtype.name().to_string()).unwrap_or_default();
    let input = ArtifactInput {
        graph: &graph,
        source_dir: model,
        config_bytes: &ck.config_bytes,
        source_dtype: dtype,
        source_num_experts: ck.config.num_experts,
        source_top_k: ck.config.num_experts_per_tok,
        expert_names: ck.expert_names.as_deref(),
        kept: &kept,
        pipeline: pipeline.specs(),
        imported_op_counts,
        store: store.as_deref(),
        plan: &plan,
        kernel_sources: &kernel_sources,
    };
    let manifest = write_artifact(&input, out)?;
    let total: u64 = manifest.files.iter().map(|f| f.bytes).sum();
    status(
        "wrote",
        format!(
            "{} ({} tensors, {}) in {:.2}s",
            out.display(),
            manifest.tensors.len(),
            human_bytes(total),
            started.elapsed().as_secs_f64()
        ),
    );
    Ok(())
}

/// The CUDA and HIP source of every kernel instance of the plan's cuda and hip programs, by the path the
/// plan now records for it.
fn emit_sources(plan: &mut Plan) -> Result<BTreeMap<String, String>> {
    let mut sources = BTreeMap::new();
    for program in &mut plan.programs {
        let Some(gpu) = GpuTarget::of(program.target) else { continue };
        status("emitting", format!("{} {} kernels", program.kernels.len(), gpu.name()));
        for instance in &mut program.kernels {
            let emitted = emit(&instance.kernel, gpu)?;
            let path = format!("kernels/{}.{}", instance.name, gpu.extension());
            instance.source = Some(Source {
                path: path.clone(),
                entry: emitted.entry,
                shared_memory_bytes: emitted.shared_memory_bytes as u64,
            });
            sources.insert(path, emitted.source);
        }
    }
    Ok(sources)
}
