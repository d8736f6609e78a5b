//! `flexc compile`: a checkpoint, specialized for a set of kept experts (or for many sets at once),
//! lowered to its launch plan, with GPU kernel sources emitted, written as artifacts.

use super::split_names;
use crate::output::{human_bytes, status, Progress};
use anyhow::{bail, Context, Result};
use flexc_artifact::{write_artifact, ArtifactInput, PackCache};
use flexc_codegen::{emit, EmittedKernel, GpuTarget};
use flexc_import::{resolve_experts, Checkpoint};
use flexc_ir::{print, DType, Graph};
use flexc_lower::{lower, LowerOptions, Plan, Source, Target};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

#[derive(clap::Args, Debug)]
pub struct CompileArgs {
    /// The HuggingFace checkpoint directory (config.json + safetensors).
    model: PathBuf,
    /// The experts to keep: names or indices, comma-separated (e.g. public,math,code or 0,1,4).
    #[arg(long, required_unless_present = "configurations", conflicts_with = "configurations")]
    experts: Option<String>,
    /// Many configurations in one compile: a file with one comma-separated expert list per line, or
    /// `all` for every non-empty subset. Each is written to OUT/<kept expert names joined by '+'>;
    /// the checkpoint is imported and hashed once (give --store so they share their weights).
    #[arg(long)]
    configurations: Option<String>,
    /// Expert names, comma-separated, in index order (overrides experts.json).
    #[arg(long)]
    expert_names: Option<String>,
    /// The artifact directory to write (replaced if it holds an earlier artifact); with
    /// --configurations, the directory of the artifacts.
    #[arg(short, long)]
    out: PathBuf,
    /// Print the graph after the named pass (or `all`, or `import` for the imported graph).
    #[arg(long, long_help = print_after_help())]
    print_after: Option<String>,
    /// Print the final specialized graph.
    #[arg(long)]
    emit_ir: bool,
    /// Pack weights into this shared, content-addressed store instead of the artifact, so that
    /// tensors shared by many configurations exist once on disk.
    #[arg(long)]
    store: Option<PathBuf>,
    /// The targets to plan for, comma-separated: cpu (the runtime JIT-compiles the plan's kernels
    /// at load), cuda (.cu for NVRTC), hip (.hip for clang/hipcc), wgpu (WGSL, which the runtime
    /// JIT-compiles for the adapter). Each gets its own program.
    #[arg(long, default_value = "cpu,cuda,hip,wgpu")]
    target: String,
    /// The KV cache's element type: f32, or bf16 / f16 to halve its memory.
    #[arg(long, default_value = "f32")]
    kv_dtype: String,
    /// The cpu program's tile, LANES,OUT,ROWS: vector lanes, and OUT x ROWS vector accumulators a
    /// unit of the projections and expert FFNs holds (the micro-kernels over packed weights take
    /// panels of 2 vectors and OUT x ROWS / 2 rows; the row-major kernels, where a panel does not
    /// divide, OUT outputs by ROWS rows); default: the compiling machine's (16,4,4 with AVX-512,
    /// 8,2,2 with AVX2). Set it when compiling for another machine.
    #[arg(long, value_parser = flexc_lower::CpuTile::parse)]
    cpu_tile: Option<flexc_lower::CpuTile>,
    /// Run the cpu program's bf16 projections and experts by bf16 dot products (AVX512-BF16's
    /// `vdpbf16ps`) in steps of more than one row (prefill, batched decode), their activations rounded
    /// to bf16: up to twice the prefill rate on CPUs whose dot product issues at the FMA's rate (Zen
    /// 4), at bf16's accuracy rather than f32's, and a batched step's rows no longer equal to the same
    /// rows alone. Where the running CPU lacks AVX512-BF16 the kernels run in f32 as without it.
    #[arg(long)]
    cpu_bf16_dot: bool,
    /// Cap the context at this many positions (below the checkpoint's max_position_embeddings).
    #[arg(long)]
    max_context: Option<u64>,
    /// Do not flush the written files to disk before committing (faster on slow disks; the commit is
    /// still one rename, and after a crash weight data not yet on disk fails its hash at load).
    #[arg(long)]
    no_sync: bool,
}

/// `--print-after`'s long help: the pass registry.
fn print_after_help() -> String {
    format!(
        "Print the graph after the named pass (or `all`, or `import` for the imported graph).\n\n{}",
        flexc_passes::help()
    )
}

/// What every configuration of one compile shares: the imported checkpoint, and the kernel sources
/// emitted so far (configurations share most of their kernels).
struct Session<'a> {
    args: &'a CompileArgs,
    ck: Checkpoint,
    imported: Graph,
    targets: Vec<Target>,
    options: LowerOptions,
    store: Option<PathBuf>,
    emitted: Mutex<HashMap<(GpuTarget, String), EmittedKernel>>,
    /// The source pieces read so far, by every configuration of this compile.
    cache: PackCache,
}

pub fn compile(args: &CompileArgs) -> Result<()> {
    let targets = Target::parse_list(&args.target).map_err(|e| anyhow::anyhow!("--target: {e}"))?;
    let kv_dtype = match DType::from_name(&args.kv_dtype) {
        Some(d) if d.is_float() => d,
        _ => bail!("--kv-dtype: `{}` is not one of f32, bf16, f16", args.kv_dtype),
    };
    let store = match &args.store {
        Some(dir) => {
            std::fs::create_dir_all(dir).with_context(|| format!("creating the weight store {}", dir.display()))?;
            Some(dir.canonicalize().with_context(|| format!("{}", dir.display()))?)
        }
        None => None,
    };
    let ck = Checkpoint::open_with(&args.model, split_names(args.expert_names.as_deref()), args.max_context)?;
    let configurations = match (&args.experts, &args.configurations) {
        (Some(experts), _) => vec![resolve_experts(experts, ck.expert_names.as_deref(), ck.config.num_experts)?],
        (None, Some(list)) => configurations(list, &ck)?,
        (None, None) => unreachable!("clap requires --experts or --configurations"),
    };
    if let Some(p) = &args.print_after {
        let names: Vec<&str> = flexc_passes::PASSES.iter().map(|p| p.name).collect();
        if p != "all" && p != "import" && !names.contains(&p.as_str()) {
            bail!("--print-after {p}: no such pass in the pipeline ({}; or `all`, `import`)", names.join(", "));
        }
    }
    let started = Instant::now();
    let bar = Progress::new("importing", "of weights hashed");
    let imported = ck.import_with(&|done, total| bar.update(done, total));
    bar.finish();
    let imported = imported?;
    if matches!(args.print_after.as_deref(), Some("all" | "import")) {
        println!("; after import\n{}", print(&imported));
    }
    let session = Session {
        args,
        ck,
        imported,
        targets,
        options: LowerOptions {
            kv_dtype,
            cpu_tile: args.cpu_tile.unwrap_or_else(flexc_lower::CpuTile::host),
            cpu_bf16_dot: args.cpu_bf16_dot,
            ..LowerOptions::default()
        },
        store,
        emitted: Mutex::new(HashMap::new()),
        cache: PackCache::default(),
    };
    if args.configurations.is_none() {
        return session.compile_one(&configurations[0], &args.out, started);
    }
    std::fs::create_dir_all(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
    let failed = Mutex::new(Vec::new());
    let compile_one = |kept: &Vec<u64>| {
        let name: Vec<String> = kept.iter().map(|&e| session.ck.expert_label(e)).collect();
        let out = args.out.join(name.join("+"));
        if let Err(e) = session.compile_one(kept, &out, Instant::now()) {
            status("failed", format!("configuration {}: {e:#}", name.join(",")));
            failed.lock().unwrap_or_else(|e| e.into_inner()).push(name.join(","));
        }
    };
    // The largest configurations first, in turn, until every expert any of them keeps has been packed:
    // then every store object exists and every source piece's digest is known, and what is left of
    // each other configuration (specializing, lowering, writing its graph, plan and manifest) runs on
    // every core. Printed graphs keep the whole compile in turn, so that they do not interleave.
    let mut order: Vec<&Vec<u64>> = configurations.iter().collect();
    order.sort_by_key(|kept| std::cmp::Reverse(kept.len()));
    let union: BTreeSet<u64> = configurations.iter().flatten().copied().collect();
    let mut packed = BTreeSet::new();
    let in_turn = if args.print_after.is_some() || args.emit_ir {
        order.len()
    } else {
        order
            .iter()
            .position(|kept| {
                let all = packed.len() == union.len();
                packed.extend(kept.iter().copied());
                all
            })
            .unwrap_or(order.len())
    };
    order[..in_turn].iter().for_each(|kept| compile_one(kept));
    let rest = &order[in_turn..];
    let next = std::sync::atomic::AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(rest.len());
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                while let Some(kept) = rest.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed)) {
                    compile_one(kept);
                }
            });
        }
    });
    let failed = failed.into_inner().unwrap_or_else(|e| e.into_inner());
    status(
        "compiled",
        format!(
            "{} of {} configurations into {} in {:.2}s",
            configurations.len() - failed.len(),
            configurations.len(),
            args.out.display(),
            started.elapsed().as_secs_f64()
        ),
    );
    if !failed.is_empty() {
        bail!("{} configurations failed (the others are written): {}", failed.len(), failed.join("; "));
    }
    Ok(())
}

/// `--configurations all` or a file of comma-separated expert lists, one per line (blank lines and
/// `#` comments skipped); duplicates are an error naming the line.
fn configurations(list: &str, ck: &Checkpoint) -> Result<Vec<Vec<u64>>> {
    let n = ck.config.num_experts;
    if list == "all" {
        if n > 16 {
            bail!("--configurations all: {n} experts make {} configurations; list them in a file", (1u128 << n) - 1);
        }
        return Ok((1u64..1 << n).map(|mask| (0..n).filter(|e| mask >> e & 1 == 1).collect()).collect());
    }
    let text = std::fs::read_to_string(list).with_context(|| format!("--configurations {list}"))?;
    let mut out: Vec<Vec<u64>> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let kept = resolve_experts(line, ck.expert_names.as_deref(), n).with_context(|| format!("{list}:{}", i + 1))?;
        if out.contains(&kept) {
            bail!("{list}:{}: the configuration {line:?} is listed twice", i + 1);
        }
        out.push(kept);
    }
    if out.is_empty() {
        bail!("{list}: no configuration");
    }
    Ok(out)
}

impl Session<'_> {
    fn compile_one(&self, kept: &[u64], out: &Path, started: Instant) -> Result<()> {
        let args = self.args;
        let labels: Vec<String> = kept.iter().map(|&e| self.ck.expert_label(e)).collect();
        let mut graph = self.imported.clone();
        let pipeline = flexc_passes::specialize(kept, &self.targets);
        status(
            "specializing",
            format!("for {} of {} experts: {}", kept.len(), self.ck.config.num_experts, labels.join(", ")),
        );
        let print_after = args.print_after.as_deref();
        pipeline.run(&mut graph, |pass, g| {
            if print_after == Some("all") || print_after == Some(pass) {
                println!("; after {pass}\n{}", print(g));
            }
        })?;
        if args.emit_ir {
            print!("{}", print(&graph));
        }
        let mut plan = lower(&graph, &self.targets, self.options)?;
        let kernel_sources = self.emit_sources(&mut plan)?;
        let input = ArtifactInput {
            graph: &graph,
            source_dir: &args.model,
            config_bytes: &self.ck.config_bytes,
            source_dtype: graph.weights.first().map(|w| w.dtype.name().to_string()).unwrap_or_default(),
            source_num_experts: self.ck.config.num_experts,
            source_top_k: self.ck.config.num_experts_per_tok,
            expert_names: self.ck.expert_names.as_deref(),
            kept,
            pipeline: pipeline.specs(),
            imported_op_counts: self.imported.op_counts().into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
            store: self.store.as_deref(),
            plan: &plan,
            kernel_sources: &kernel_sources,
            durable: !args.no_sync,
            cache: Some(&self.cache),
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

    /// The CUDA and HIP source of every kernel instance of the plan's cuda and hip programs, by the
    /// path the plan now records for it; each distinct instance is emitted once per compile.
    fn emit_sources(&self, plan: &mut Plan) -> Result<BTreeMap<String, String>> {
        let mut sources = BTreeMap::new();
        let mut cache = self.emitted.lock().unwrap_or_else(|e| e.into_inner());
        for program in &mut plan.programs {
            let Some(gpu) = GpuTarget::of(program.target) else { continue };
            for instance in &mut program.kernels {
                let key = (gpu, instance.name.clone());
                if !cache.contains_key(&key) {
                    cache.insert(key.clone(), emit(&instance.kernel, gpu)?);
                }
                let emitted = &cache[&key];
                let path = format!("kernels/{}.{}", instance.name, gpu.extension());
                instance.source = Some(Source {
                    path: path.clone(),
                    entry: emitted.entry.clone(),
                    shared_memory_bytes: emitted.shared_memory_bytes as u64,
                });
                sources.insert(path, emitted.source.clone());
            }
        }
        Ok(sources)
    }
}
