//! The CLI commands. Errors become reports here (anyhow); everything below is typed.

use anyhow::{bail, Context, Result};
use flexc_codegen::{write_artifact, ArtifactInput, GpuTarget};
use flexc_ir::artifact::{Artifact, TensorKind, GRAPH_TEXT, MANIFEST};
use flexc_ir::import::{resolve_experts, Checkpoint};
use flexc_ir::safetensors::SafetensorsFile;
use flexc_ir::tensors::sha256_hex;
use flexc_ir::tensors::{resolve, STORE_PREFIX};
use flexc_ir::{print, Graph, Op};
use flexc_reference::ReferenceExecutor;
use flexc_runtime::{generate, npy, DeviceKind, Engine, Sampler, SamplingParams, TextTokenizer};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;
use std::path::Path;
use std::time::Instant;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Executor {
    /// flexc's cubecl kernels, with a KV cache, on the `--device` (the cpu runtime by default).
    #[value(name = "kernels", alias = "cpu")]
    Kernels,
    /// The burn reference executor (the numeric oracle; recomputes the whole sequence per token).
    Reference,
}

/// An artifact loaded for one executor.
enum Loaded {
    Reference(Box<ReferenceExecutor>),
    Kernels(Engine),
}

impl Loaded {
    fn open(artifact: &Path, executor: Executor, device: DeviceKind) -> Result<(Artifact, Loaded)> {
        let art = Artifact::open(artifact)?;
        let loaded = match executor {
            Executor::Reference => {
                Loaded::Reference(Box::new(ReferenceExecutor::load_with(art.graph.clone(), &mut art.weight_reader())?))
            }
            Executor::Kernels => Loaded::Kernels(Engine::load(artifact, device)?),
        };
        Ok((art, loaded))
    }

    fn name(&self) -> String {
        match self {
            Loaded::Reference(_) => "reference executor".into(),
            Loaded::Kernels(e) => format!("{} kernels", e.device().name()),
        }
    }

    /// Prefill logits `[T, vocab]` of `tokens`.
    fn logits(&self, tokens: &[u32]) -> Result<Vec<f32>> {
        Ok(match self {
            Loaded::Reference(exec) => exec.logits(tokens)?,
            Loaded::Kernels(engine) => engine.session().forward(tokens)?,
        })
    }

    /// A next-token function for [`generate`]: given the whole sequence so far, the logits of its
    /// last position. The kernel executor feeds only the tokens its KV cache has not seen.
    fn next_logits(&self) -> Box<dyn FnMut(&[u32]) -> Result<Vec<f32>> + '_> {
        match self {
            Loaded::Reference(exec) => Box::new(move |tokens: &[u32]| {
                let logits = exec.logits(tokens)?;
                let vocab = logits.len() / tokens.len();
                Ok(logits[logits.len() - vocab..].to_vec())
            }),
            Loaded::Kernels(engine) => {
                let mut session = engine.session();
                Box::new(move |tokens: &[u32]| Ok(session.next_logits(&tokens[session.len()..])?))
            }
        }
    }
}

fn split_names(names: Option<&str>) -> Option<Vec<String>> {
    names.map(|n| n.split(',').map(|s| s.trim().to_string()).collect())
}

fn open_checkpoint(model: &Path, expert_names: Option<&str>) -> Result<Checkpoint> {
    Checkpoint::open(model, split_names(expert_names)).map_err(Into::into)
}

pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1024.0 && u + 1 < UNITS.len() {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}

fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub fn inspect(path: &Path, expert_names: Option<&str>) -> Result<()> {
    if path.join(MANIFEST).is_file() {
        return inspect_artifact(path);
    }
    if path.is_file() {
        return inspect_graph(path);
    }
    let ck = open_checkpoint(path, expert_names)?;
    let c = &ck.config;
    let dtype = ck.embedding_dtype()?;
    let bytes = |params: u64| human_bytes(params * dtype.size_bytes() as u64);
    println!("checkpoint   {}", path.display());
    println!(
        "model        flex_olmo: {} layers, hidden {}, {} heads ({} kv heads, head dim {}), vocab {}, max positions {}",
        c.num_hidden_layers,
        c.hidden_size,
        c.num_attention_heads,
        c.num_key_value_heads,
        c.head_dim,
        c.vocab_size,
        c.max_position_embeddings
    );
    println!("weights      {dtype}, {} safetensors file(s)", ck.files().count());
    println!(
        "experts      {} SwiGLU experts (intermediate {}), top-{} per token{}",
        c.num_experts,
        c.intermediate_size,
        c.num_experts_per_tok,
        if c.norm_topk_prob { ", renormalised" } else { "" }
    );
    for e in 0..c.num_experts {
        let name = ck.expert_names.as_ref().map(|n| n[e as usize].as_str()).unwrap_or("(unnamed)");
        println!(
            "  {e:>3}  {name:<16} {} parameters, {}",
            thousands(c.num_hidden_layers * c.expert_params()),
            bytes(c.num_hidden_layers * c.expert_params())
        );
    }
    if ck.expert_names.is_none() {
        println!("             no experts.json: select experts by index, or name them with --expert-names");
    }
    println!("parameters   total {} ({})", thousands(c.total_params()), bytes(c.total_params()));
    let active = c.active_params(c.num_experts_per_tok);
    println!("active       {} per token with top-{} ({})", thousands(active), c.num_experts_per_tok, bytes(active));
    Ok(())
}

fn inspect_graph(path: &Path) -> Result<()> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let (graph, map) = flexc_ir::parse_with_source_map(&text).with_context(|| format!("{}", path.display()))?;
    flexc_ir::verify_with_source_map(&graph, Some(&map)).with_context(|| format!("{}", path.display()))?;
    println!("graph        {} ({:?}), verified", path.display(), graph.name);
    println!(
        "values       {} inputs, {} instructions, {} outputs",
        graph.inputs.len(),
        graph.insts.len(),
        graph.outputs.len()
    );
    let bytes: u64 = graph.weights.iter().map(|w| w.byte_len()).sum();
    println!("weights      {} ({})", graph.weights.len(), human_bytes(bytes));
    for (op, n) in graph.op_counts() {
        println!("             {op:<14} {n:>6}");
    }
    Ok(())
}

fn inspect_artifact(path: &Path) -> Result<()> {
    let art = Artifact::open(path)?;
    let m = &art.manifest;
    let list = |experts: &[flexc_ir::artifact::Expert]| {
        if experts.is_empty() {
            "(none)".to_string()
        } else {
            experts.iter().map(|e| format!("{} ({})", e.label(), e.index)).collect::<Vec<_>>().join(", ")
        }
    };
    println!("artifact     {} (flexc {}, hashes verified)", path.display(), m.flexc_version);
    println!(
        "source       {} ({}, {} experts, top-{})",
        m.source.path, m.source.dtype, m.source.num_experts, m.source.top_k
    );
    println!("kept         {}", list(&m.configuration.kept));
    println!("excluded     {}", list(&m.configuration.excluded));
    println!("top-k        {} of {} kept experts", m.configuration.top_k, m.configuration.kept.len());
    println!("pipeline     {}", m.pipeline.join(", "));
    println!("ops          {:<14} {:>9} {:>12}", "op", "imported", "specialized");
    let names: std::collections::BTreeSet<&String> =
        m.op_counts.imported.keys().chain(m.op_counts.specialized.keys()).collect();
    for name in names {
        let before = m.op_counts.imported.get(name).copied().unwrap_or(0);
        let after = m.op_counts.specialized.get(name).copied().unwrap_or(0);
        println!("             {name:<14} {before:>9} {after:>12}");
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
    println!("bytes");
    for (kind, b) in &by_kind {
        println!("             {kind:<20} {:>12}", human_bytes(*b));
    }
    let total: u64 = m.files.iter().map(|f| f.bytes).sum();
    println!("             {:<20} {:>12}", "total on disk", human_bytes(total));
    if let Some(plan) = art.plan_file() {
        let targets: Vec<&str> = plan.targets.iter().map(|t| t.target.as_str()).collect();
        println!(
            "kernels      {} instances, {} launches per forward; sources: {}",
            plan.kernels.len(),
            plan.launches.len(),
            if targets.is_empty() { "none (cpu only)".to_string() } else { targets.join(", ") }
        );
        let values: usize = plan.slots.iter().map(|s| s.values.len()).sum();
        let per_token: u64 = plan.slots.iter().map(|s| s.elems_per_token).sum();
        println!(
            "activations  {values} buffers in {} slots, {} per token",
            plan.slots.len(),
            human_bytes(per_token * 4)
        );
    }
    Ok(())
}

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
}

/// `--target cpu,cuda,hip`: the GPU languages to emit (cpu needs nothing emitted).
fn parse_targets(list: &str) -> Result<Vec<GpuTarget>> {
    let mut gpu = Vec::new();
    for name in list.split(',').map(str::trim) {
        match name {
            "cpu" => {}
            "cuda" => gpu.push(GpuTarget::Cuda),
            "hip" | "rocm" => gpu.push(GpuTarget::Hip),
            "" => bail!("--target: empty target in {list:?}"),
            other => bail!("--target: unknown target `{other}` (choose from cpu, cuda, hip)"),
        }
    }
    gpu.sort();
    gpu.dedup();
    Ok(gpu)
}

pub fn compile(opts: &CompileOptions<'_>) -> Result<()> {
    let CompileOptions { model, experts, expert_names, out, print_after, emit_ir, store, targets } = *opts;
    let gpu_targets = parse_targets(targets)?;
    let started = Instant::now();
    let store = match store {
        Some(dir) => {
            std::fs::create_dir_all(dir).with_context(|| format!("creating the weight store {}", dir.display()))?;
            Some(dir.canonicalize().with_context(|| format!("{}", dir.display()))?)
        }
        None => None,
    };
    let ck = open_checkpoint(model, expert_names)?;
    let kept = resolve_experts(experts, ck.expert_names.as_deref(), ck.config.num_experts)?;
    let labels: Vec<String> = kept.iter().map(|&e| ck.expert_label(e)).collect();
    eprintln!("importing    {}", model.display());
    let mut graph = ck.import()?;
    let imported_op_counts = graph.op_counts().into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    let pipeline = flexc_passes::specialize(&kept);
    let names: Vec<String> = pipeline.names().iter().map(|s| s.to_string()).collect();
    let specs = pipeline.specs();
    if let Some(p) = print_after {
        if p != "all" && p != "import" && !names.iter().any(|n| n == p) {
            bail!("--print-after {p}: no such pass in the pipeline ({}; or `all`, `import`)", names.join(", "));
        }
        if p == "all" || p == "import" {
            println!("; after import\n{}", print(&graph));
        }
    }
    eprintln!("specializing for {} of {} experts: {}", kept.len(), ck.config.num_experts, labels.join(", "));
    pipeline.run(&mut graph, |pass, g| {
        if print_after == Some("all") || print_after == Some(pass) {
            println!("; after {pass}\n{}", print(g));
        }
    })?;
    if emit_ir {
        print!("{}", print(&graph));
    }
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
        pipeline: specs,
        imported_op_counts,
        store: store.as_deref(),
        gpu_targets: &gpu_targets,
    };
    if !gpu_targets.is_empty() {
        let names: Vec<&str> = gpu_targets.iter().map(|t| t.name()).collect();
        eprintln!("emitting     {} kernels", names.join(" and "));
    }
    let manifest = write_artifact(&input, out)?;
    let total: u64 = manifest.files.iter().map(|f| f.bytes).sum();
    eprintln!(
        "wrote        {} ({} tensors, {}) in {:.2}s",
        out.display(),
        manifest.tensors.len(),
        human_bytes(total),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn parse_tokens(text: &str) -> Result<Vec<u32>> {
    parse_ids(text, "--tokens", "a token id", "token ids")
}

/// A non-empty comma-separated list of ids given to `flag` (`one`: "a token id", `many`: "token ids").
fn parse_ids(text: &str, flag: &str, one: &str, many: &str) -> Result<Vec<u32>> {
    let ids: Vec<u32> = text
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<u32>().with_context(|| format!("{flag}: {s:?} is not {one}")))
        .collect::<Result<_>>()?;
    if ids.is_empty() {
        bail!("{flag}: no {many} given");
    }
    Ok(ids)
}

pub fn logits(artifact: &Path, tokens: &str, out: &Path, executor: Executor, device: DeviceKind) -> Result<()> {
    let tokens = parse_tokens(tokens)?;
    let (_, exec) = Loaded::open(artifact, executor, device)?;
    let logits = exec.logits(&tokens)?;
    let vocab = logits.len() / tokens.len();
    npy::write_f32(out, &[tokens.len(), vocab], &logits).with_context(|| format!("writing {}", out.display()))?;
    eprintln!("wrote        {} [{}, {vocab}] f32", out.display(), tokens.len());
    Ok(())
}

/// `--device cpu|cuda[:N]|hip[:N]`.
pub fn parse_device(s: &str) -> Result<DeviceKind, String> {
    DeviceKind::parse(s).ok_or_else(|| format!("unknown device `{s}` (cpu, cuda, cuda:N, hip, hip:N)"))
}

pub enum Prompt {
    Text(String),
    Tokens(String),
}

pub fn run(
    artifact: &Path,
    prompt: Prompt,
    max_tokens: usize,
    params: SamplingParams,
    executor: Executor,
    device: DeviceKind,
) -> Result<()> {
    if !(params.temperature >= 0.0 && params.temperature.is_finite()) {
        bail!("--temperature must be a non-negative number");
    }
    if !(params.top_p > 0.0 && params.top_p <= 1.0) {
        bail!("--top-p must be in (0, 1]");
    }
    let (art, exec) = Loaded::open(artifact, executor, device)?;
    let (prompt, tokenizer) = match prompt {
        Prompt::Tokens(ids) => (parse_tokens(&ids)?, None),
        Prompt::Text(text) => {
            let tokenizer_file = art.manifest.tokenizer.as_deref().with_context(|| {
                format!(
                    "{}: the artifact has no tokenizer.json (its checkpoint had none); give --tokens instead",
                    artifact.display()
                )
            })?;
            let tokenizer = TextTokenizer::load(&art.dir.join(tokenizer_file))?;
            let ids = tokenizer.encode(&text)?;
            if ids.is_empty() {
                bail!("the prompt encodes to no tokens");
            }
            print!("{text}");
            (ids, Some(tokenizer))
        }
    };
    let prompt_ids = prompt;
    let max_context = art.graph.meta_int("max_position_embeddings").unwrap_or(i64::MAX) as usize;
    if prompt_ids.len() >= max_context {
        bail!("the prompt is {} tokens; the model's maximum context is {max_context}", prompt_ids.len());
    }
    let budget = max_tokens.min(max_context - prompt_ids.len());
    if budget < max_tokens {
        eprintln!("note: generating {budget} tokens, the rest of the model's {max_context}-token context");
    }
    let stop: Vec<u32> = art.graph.meta_ints("eos_token_ids").unwrap_or(&[]).iter().map(|&t| t as u32).collect();
    let mut sampler = Sampler::new(params);
    let started = Instant::now();
    let mut stdout = std::io::stdout();
    let mut generated: Vec<u32> = Vec::new();
    let mut shown = String::new();
    let mut decode_error = None;
    let out = generate(&prompt_ids, budget, &mut sampler, &stop, exec.next_logits(), |token| {
        generated.push(token);
        let Some(tokenizer) = &tokenizer else {
            print!("{}{token}", if generated.len() > 1 { "," } else { "" });
            let _ = stdout.flush();
            return true;
        };
        match tokenizer.decode(&generated) {
            Ok(text) => {
                if let Some(new) = text.strip_prefix(shown.as_str()) {
                    print!("{new}");
                    let _ = stdout.flush();
                }
                shown = text;
                true
            }
            Err(e) => {
                decode_error = Some(e);
                false
            }
        }
    })?;
    println!();
    if let Some(e) = decode_error {
        return Err(e.into());
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{} tokens in {secs:.2}s ({:.1} tokens/s, {})",
        out.len(),
        out.len() as f64 / secs.max(1e-9),
        exec.name()
    );
    Ok(())
}

pub fn verify(artifact: &Path, source: Option<&Path>) -> Result<()> {
    let art = Artifact::open(artifact)?;
    let m = &art.manifest;
    let weights_files: Vec<&str> =
        m.files.iter().map(|f| f.path.as_str()).filter(|p| p.ends_with(".safetensors")).collect();
    let excluded: HashSet<u64> = m.configuration.excluded.iter().map(|e| e.index).collect();

    // By name: no weight and no stored tensor is named after an excluded expert, and every stored
    // tensor is one the graph reads.
    let graph_names: HashSet<&str> = art.graph.weights.iter().map(|w| w.name.as_str()).collect();
    for name in &graph_names {
        if let Some(e) = expert_of_name(name).filter(|e| excluded.contains(e)) {
            bail!("{}: weight @{name} belongs to excluded expert {e}", art.dir.join(GRAPH_TEXT).display());
        }
    }
    let graph_files: HashSet<&str> =
        art.graph.weights.iter().flat_map(|w| &w.pieces).map(|p| p.file.as_str()).collect();
    for file in &weights_files {
        let path = resolve(&art.dir, art.store(), file).context("unresolvable weight file")?;
        if !graph_files.contains(file) {
            bail!("{}: a weight file the graph does not read", path.display());
        }
        let f = SafetensorsFile::open(&path)?;
        let in_store = file.starts_with(STORE_PREFIX);
        for name in f.tensors().keys() {
            if let Some(e) = expert_of_name(name).filter(|e| excluded.contains(e)) {
                bail!("{}: tensor {name:?} belongs to excluded expert {e}", path.display());
            }
            if !in_store && !graph_names.contains(name.as_str()) {
                bail!("{}: tensor {name:?} is not a weight of the graph", path.display());
            }
        }
        if in_store && f.tensors().len() != 1 {
            bail!("{}: a store object must hold exactly one tensor", path.display());
        }
    }
    let mut checked_content = false;
    if let Some(source) = source {
        check_content(&art, source, &excluded)?;
        checked_content = true;
    }
    let kept: Vec<String> = m.configuration.kept.iter().map(|e| e.label()).collect();
    let excl: Vec<String> = m.configuration.excluded.iter().map(|e| e.label()).collect();
    println!("ok           {}", artifact.display());
    println!("files        {} re-hashed, all match the manifest", m.files.len());
    println!("kept         {}", kept.join(", "));
    println!(
        "excluded     {}: no tensor by name{}",
        if excl.is_empty() { "(none)".to_string() } else { excl.join(", ") },
        if checked_content {
            ", and no packed bytes equal to any of their source rows"
        } else {
            " (give --source <MODEL> to check content too)"
        }
    );
    Ok(())
}

/// The expert index in a tensor name `...mlp.experts.<e>.<proj>...`.
fn expert_of_name(name: &str) -> Option<u64> {
    let rest = &name[name.find("mlp.experts.")? + "mlp.experts.".len()..];
    rest.split('.').next()?.parse().ok()
}

/// No packed tensor contains, at any row, the bytes of an excluded expert's source rows.
fn check_content(art: &Artifact, source: &Path, excluded: &HashSet<u64>) -> Result<()> {
    let ck = Checkpoint::open(source, None)?;
    let config_hash = sha256_hex(&ck.config_bytes);
    if config_hash != art.manifest.source.config_sha256 {
        bail!("{}: config.json differs from the one this artifact was compiled from", source.display());
    }
    let full = ck.import()?;
    let forbidden = excluded_pieces(&full, excluded);
    let mut src_reader = flexc_ir::tensors::WeightReader::new(source);
    let mut art_reader = art.weight_reader();
    // Index every packed row by (row byte length, hash); a forbidden piece matches if its first row
    // appears somewhere and the following rows match too.
    let mut rows: HashMap<(usize, String), Vec<(usize, usize)>> = HashMap::new();
    let mut packed: Vec<Vec<u8>> = Vec::new();
    for (wi, w) in art.graph.weights.iter().enumerate() {
        let bytes = art_reader.bytes(w)?;
        let row_bytes = w.row_len() as usize * w.dtype.size_bytes();
        for (r, row) in bytes.chunks_exact(row_bytes).enumerate() {
            rows.entry((row_bytes, sha256_hex(row))).or_default().push((wi, r));
        }
        packed.push(bytes);
    }
    for (expert, w, piece) in forbidden {
        let bytes = src_reader.piece_bytes(w, piece)?.to_vec();
        let row_bytes = w.row_len() as usize * w.dtype.size_bytes();
        let first = sha256_hex(&bytes[..row_bytes]);
        for &(wi, r) in rows.get(&(row_bytes, first)).into_iter().flatten() {
            let start = r * row_bytes;
            if packed[wi].get(start..start + bytes.len()) == Some(bytes.as_slice()) {
                bail!(
                    "{}: packed tensor {:?} contains rows {}..{} of {:?} from excluded expert {expert}",
                    art.dir.display(),
                    art.graph.weights[wi].name,
                    piece.row_start,
                    piece.row_end,
                    piece.tensor
                );
            }
        }
    }
    Ok(())
}

/// Every source piece belonging to an excluded expert: its FFN weights and its router rows.
fn excluded_pieces<'g>(g: &'g Graph, excluded: &HashSet<u64>) -> Vec<(u64, &'g flexc_ir::Weight, &'g flexc_ir::Piece)> {
    let mut out = Vec::new();
    for inst in &g.insts {
        match &inst.op {
            Op::ExpertFfn { expert, .. } if excluded.contains(expert) => {
                for name in inst.op.weights() {
                    if let Some(w) = g.weight(name) {
                        out.extend(w.pieces.iter().map(|p| (*expert, w, p)));
                    }
                }
            }
            Op::Router { weight } => {
                if let Some(w) = g.weight(weight) {
                    for (e, p) in w.pieces.iter().enumerate() {
                        if excluded.contains(&(e as u64)) {
                            out.push((e as u64, w, p));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Prefill and decode throughput of the kernel executor: a prompt of `prompt_tokens` ids, then
/// `decode_tokens` greedy steps through the KV cache, after `warmup` untimed runs.
pub fn bench(
    artifact: &Path,
    prompt_tokens: usize,
    decode_tokens: usize,
    warmup: usize,
    mask_experts: Option<&str>,
    device: DeviceKind,
) -> Result<()> {
    let mut engine = Engine::load(artifact, device)?;
    if let Some(mask) = mask_experts {
        engine.mask_experts(
            &parse_ids(mask, "--mask-experts", "an expert index", "expert indices")?
                .iter()
                .map(|&e| e as u64)
                .collect::<Vec<_>>(),
        )?;
    }
    if prompt_tokens == 0 || prompt_tokens + decode_tokens > engine.max_positions() {
        bail!("need 1 <= prompt + decode tokens <= the model's {} positions", engine.max_positions());
    }
    let vocab = engine.vocab_size() as u32;
    let prompt: Vec<u32> = (0..prompt_tokens as u32).map(|i| (i * 7919 + 13) % vocab).collect();
    let run = || -> Result<(f64, f64, Vec<(&'static str, usize, f64)>)> {
        let mut session = engine.session();
        let started = Instant::now();
        let logits = session.forward(&prompt)?;
        let prefill = started.elapsed().as_secs_f64();
        let mut next = flexc_runtime::argmax(&logits[logits.len() - vocab as usize..]) as u32;
        let started = Instant::now();
        for _ in 0..decode_tokens {
            let logits = session.forward(&[next])?;
            next = flexc_runtime::argmax(&logits) as u32;
        }
        Ok((prefill, started.elapsed().as_secs_f64(), session.profile()))
    };
    for _ in 0..warmup {
        run()?;
    }
    let (prefill, decode, profile) = run()?;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("artifact     {}", artifact.display());
    println!(
        "prefill      {prompt_tokens} tokens in {:.1} ms: {:.1} tokens/s",
        prefill * 1e3,
        prompt_tokens as f64 / prefill
    );
    println!(
        "decode       {decode_tokens} tokens in {:.1} ms: {:.2} tokens/s ({:.2} ms/token)",
        decode * 1e3,
        decode_tokens as f64 / decode,
        decode * 1e3 / decode_tokens.max(1) as f64
    );
    println!(
        "executor     {} kernels, {threads} hardware threads{}",
        device.name(),
        mask_experts.map(|m| format!(", experts {m} masked at run time")).unwrap_or_default()
    );
    if !profile.is_empty() {
        println!("profile      (FLEXC_PROFILE: each op waited for alone, prefill and decode together)");
        for (op, n, secs) in profile {
            println!("             {op:<14} {n:>6} runs {:>9.2} ms", secs * 1e3);
        }
    }
    Ok(())
}
