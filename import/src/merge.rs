//! Assembling a FlexOlmo from independently trained experts, as FlexOlmo's data owners do.
//!
//! Each owner trains a 2-expert FlexOlmo: a frozen copy of the public FFN and its router row in slot
//! 0, its own FFN and router row in slot 1. [`merge`] builds one MoE from a public model (slot 0 of any
//! FlexOlmo) and the domain models: slot 0 is the public expert, slot `i` domain `i`'s expert 1, and
//! router row `i` its router row 1, or a vector given from a domain embedding. Everything else (the
//! embeddings, attention, norms, the head, and the public slot itself) must be identical across the
//! inputs, or is averaged on request.
//!
//! The merge streams: one output tensor (and its counterparts in the inputs) is in memory at a time.
//! The output is staged beside its destination and committed by one rename; nothing is left behind on
//! failure.

use crate::{Checkpoint, FlexOlmoConfig, ImportError};
use flexc_format::paths::{parent_of, sync_dir, unique_temp, CreatedDirs};
use flexc_format::safetensors::{header, HeaderEntry, SafetensorsFile};
use flexc_ir::{DType, Ffn, Graph, Op, Weight};
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Files of a checkpoint that describe its tokenizer and generation, copied from the public model.
pub const TOKENIZER_FILES: &[&str] = &[
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "vocab.json",
    "merges.txt",
    "chat_template.jinja",
    "generation_config.json",
];

/// What to merge.
#[derive(Debug, Clone)]
pub struct MergeOptions {
    /// A FlexOlmo whose expert 0 (and router row 0) is the public expert.
    pub public: PathBuf,
    /// Each domain expert: its name and its 2-expert domain model (public + domain).
    pub experts: Vec<(String, PathBuf)>,
    /// Router rows from domain embeddings: an expert name (or "public") and a `.npy` vector of the
    /// hidden size, used as that expert's router row in every layer.
    pub router_embeddings: Vec<(String, PathBuf)>,
    /// The merged model's top-k (default: every expert).
    pub top_k: Option<u64>,
    /// Average the shared weights (and the public slot) over the inputs instead of requiring them
    /// identical.
    pub average_shared: bool,
    /// The most bytes of one output shard (a larger tensor gets a shard of its own).
    pub max_shard_bytes: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error("{0}")]
    Usage(String),
    #[error("{path}: {reason}")]
    Input { path: PathBuf, reason: String },
    #[error("tensor {tensor} of {input}: {reason}")]
    Tensor { tensor: String, input: PathBuf, reason: String },
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
}

/// What a merge wrote.
#[derive(Debug, Clone)]
pub struct MergeSummary {
    pub experts: Vec<String>,
    pub top_k: u64,
    pub tensors: usize,
    pub bytes: u64,
    pub shards: usize,
    pub dtype: DType,
}

/// Reports bytes written of the total.
pub type MergeProgress<'a> = &'a (dyn Fn(u64, u64) + Sync);

/// A MoE block's router weight and its experts' (gate, up, down) weight names.
type Block = (String, Vec<[String; 3]>);

/// One opened input: its checkpoint, its weights located (not hashed), its MoE blocks in order.
struct Input {
    ck: Checkpoint,
    /// Weight names in the checkpoint's layer order.
    order: Vec<String>,
    weights: HashMap<String, Weight>,
    files: HashMap<String, SafetensorsFile>,
    /// Per MoE block: its router, and each expert's gate, up and down weight names.
    blocks: Vec<Block>,
}

impl Input {
    fn open(dir: &Path) -> Result<Input, MergeError> {
        let ck = Checkpoint::open(dir, None)?;
        let graph = ck.layout()?;
        let blocks = moe_blocks(&graph).map_err(|reason| MergeError::Input { path: dir.to_path_buf(), reason })?;
        let files = ck
            .files()
            .map(|(name, _)| {
                SafetensorsFile::open_in_with(dir, name, flexc_format::paths::Links::Follow)
                    .map(|f| (name.to_string(), f))
                    .map_err(|e| MergeError::Input { path: dir.join(name), reason: e.to_string() })
            })
            .collect::<Result<_, _>>()?;
        let order = graph.weights.iter().map(|w| w.name.clone()).collect();
        let weights = graph.weights.into_iter().map(|w| (w.name.clone(), w)).collect();
        Ok(Input { ck, order, weights, files, blocks })
    }

    fn path(&self) -> &Path {
        &self.ck.dir
    }

    fn weight(&self, name: &str) -> Result<&Weight, MergeError> {
        self.weights.get(name).ok_or_else(|| MergeError::Tensor {
            tensor: name.to_string(),
            input: self.path().to_path_buf(),
            reason: "missing".into(),
        })
    }

    /// The bytes of `rows` rows of weight `w` (all of them when `None`).
    fn read(&self, w: &Weight, rows: Option<std::ops::Range<u64>>) -> Result<Vec<u8>, MergeError> {
        let row_bytes = w.row_len() * w.dtype.size_bytes() as u64;
        let mut out = Vec::new();
        let mut at = 0u64;
        for p in &w.pieces {
            let n = p.row_end - p.row_start;
            let (lo, hi) = match &rows {
                Some(r) => (r.start.max(at), r.end.min(at + n)),
                None => (at, at + n),
            };
            if lo < hi {
                let f = self.files.get(&p.file).ok_or_else(|| MergeError::Input {
                    path: self.path().join(&p.file),
                    reason: "not opened".into(),
                })?;
                let start = p.offset + (p.row_start + lo - at) * row_bytes;
                let len = ((hi - lo) * row_bytes) as usize;
                let mut buf = vec![0u8; len];
                f.read_into(start, &mut buf).map_err(|e| MergeError::Tensor {
                    tensor: w.name.clone(),
                    input: self.path().to_path_buf(),
                    reason: e.to_string(),
                })?;
                out.extend_from_slice(&buf);
            }
            at += n;
        }
        Ok(out)
    }
}

/// Each MoE block of `graph`, in order: its router weight and its experts' (gate, up, down) weights
/// by expert index. An imported graph has a `router` op per layer followed by an `expert_ffn` per
/// expert.
fn moe_blocks(graph: &Graph) -> Result<Vec<Block>, String> {
    let split = |f: &Ffn| match f {
        Ffn::Split { gate, up, down } => Ok([gate.clone(), up.clone(), down.clone()]),
        Ffn::Fused { .. } => Err("fused expert weights in an imported graph".to_string()),
    };
    let mut out: Vec<Block> = Vec::new();
    for inst in &graph.insts {
        match &inst.op {
            Op::Router { weight } => out.push((weight.clone(), Vec::new())),
            Op::ExpertFfn { expert, ffn } => {
                let block = out.last_mut().ok_or_else(|| format!("expert FFN %{} before any router", inst.result))?;
                if *expert != block.1.len() as u64 {
                    return Err(format!("expert FFN %{} is expert {expert}, expected {}", inst.result, block.1.len()));
                }
                block.1.push(split(ffn)?);
            }
            Op::Moe { .. } | Op::MoeBlock { .. } | Op::DenseFfn { .. } => {
                return Err(format!("%{} is a specialized MoE op, not an imported one", inst.result));
            }
            _ => {}
        }
    }
    if let Some((router, _)) = out.iter().find(|b| b.1.is_empty()) {
        return Err(format!("router {router} has no experts"));
    }
    Ok(out)
}

/// How one output tensor is made.
enum Recipe {
    /// The same tensor (by name) of every input: identical, or averaged.
    Shared { name: String },
    /// The public expert's weight `part` of block `block`: the public model's expert 0, and every
    /// domain model's expert 0, identical or averaged.
    Public { block: usize, part: usize },
    /// Domain `domain`'s expert 1, weight `part`, of block `block`.
    Domain { domain: usize, block: usize, part: usize },
    /// The router of block `block`: a row per merged expert.
    Router { block: usize },
}

struct Planned {
    name: String,
    dtype: DType,
    shape: Vec<u64>,
    bytes: u64,
    recipe: Recipe,
}

const PARTS: [&str; 3] = ["gate_proj", "up_proj", "down_proj"];

/// Merges `options`' inputs into a new FlexOlmo checkpoint at `out`.
pub fn merge(options: &MergeOptions, out: &Path, progress: MergeProgress<'_>) -> Result<MergeSummary, MergeError> {
    let names = check_names(options)?;
    if out.exists() {
        return Err(MergeError::Usage(format!("{} exists: give a new directory for the merged model", out.display())));
    }
    let public = Input::open(&options.public)?;
    let domains: Vec<Input> = options.experts.iter().map(|(_, dir)| Input::open(dir)).collect::<Result<_, _>>()?;
    for (d, (name, _)) in domains.iter().zip(&options.experts) {
        check_domain(&public, d, name)?;
    }
    let embeddings = read_embeddings(options, &names, public.ck.config.hidden_size)?;
    let experts = names.len() as u64;
    let top_k = options.top_k.unwrap_or(experts);
    if top_k == 0 || top_k > experts {
        return Err(MergeError::Usage(format!("--top-k {top_k}: the merged model has {experts} experts")));
    }
    let plan = plan(&public, &domains, experts)?;
    let total: u64 = plan.iter().map(|p| p.bytes).sum();
    let shards = shard(&plan, options.max_shard_bytes.max(1));

    let parent = parent_of(out);
    let created = CreatedDirs::create(&parent).map_err(|e| {
        MergeError::Usage(format!(
            "{}: its parent directory {} cannot be created: {e}",
            out.display(),
            parent.display()
        ))
    })?;
    if !parent.is_dir() {
        return Err(MergeError::Usage(format!("{}: its parent is not a directory", out.display())));
    }
    let mut staging = Staging { dir: unique_temp(out), committed: false, created };
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| MergeError::Io { path, source }
    };
    std::fs::create_dir(&staging.dir).map_err(io(&staging.dir))?;

    let mut weight_map = serde_json::Map::new();
    let mut written = 0u64;
    let count = shards.len();
    progress(0, total);
    for (k, range) in shards.iter().enumerate() {
        let file_name = format!("model-{:05}-of-{:05}.safetensors", k + 1, count);
        let path = staging.dir.join(&file_name);
        let entries: Vec<HeaderEntry> = plan[range.clone()]
            .iter()
            .map(|p| HeaderEntry { name: &p.name, dtype: p.dtype, shape: &p.shape, byte_len: p.bytes })
            .collect();
        let mut metadata = BTreeMap::new();
        metadata.insert("format".to_string(), "pt".to_string());
        let head = header(&entries, &metadata);
        let mut file = std::io::BufWriter::new(std::fs::File::create(&path).map_err(io(&path))?);
        file.write_all(&(head.len() as u64).to_le_bytes()).map_err(io(&path))?;
        file.write_all(&head).map_err(io(&path))?;
        for p in &plan[range.clone()] {
            let bytes = make(p, &public, &domains, &embeddings, options.average_shared)?;
            debug_assert_eq!(bytes.len() as u64, p.bytes);
            file.write_all(&bytes).map_err(io(&path))?;
            weight_map.insert(p.name.clone(), file_name.clone().into());
            written += p.bytes;
            progress(written, total);
        }
        file.into_inner()
            .map_err(|e| MergeError::Io { path: path.clone(), source: e.into_error() })?
            .sync_all()
            .map_err(io(&path))?;
    }
    let index = serde_json::json!({ "metadata": { "total_size": total }, "weight_map": weight_map });
    write_file(&staging.dir.join("model.safetensors.index.json"), &pretty(&index))?;
    write_file(&staging.dir.join("config.json"), &merged_config(&public, experts, top_k)?)?;
    write_file(&staging.dir.join("experts.json"), &pretty(&serde_json::json!(names)))?;
    for name in TOKENIZER_FILES {
        let from = options.public.join(name);
        if std::fs::symlink_metadata(&from).map(|m| m.is_file()).unwrap_or(false) {
            let to = staging.dir.join(name);
            std::fs::copy(&from, &to).map_err(io(&from))?;
        }
    }
    sync_dir(&staging.dir).map_err(io(&staging.dir))?;
    std::fs::rename(&staging.dir, out).map_err(io(out))?;
    staging.committed = true;
    staging.created.keep();
    sync_dir(&parent).map_err(io(&parent))?;
    Ok(MergeSummary { experts: names, top_k, tensors: plan.len(), bytes: total, shards: count, dtype: plan[0].dtype })
}

/// A staging directory, removed unless it was committed.
struct Staging {
    dir: PathBuf,
    committed: bool,
    /// The output's parent directories this merge created: removed again, once the staging
    /// directory is, if it fails.
    created: CreatedDirs,
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

fn pretty(value: &serde_json::Value) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(value).expect("JSON of plain values");
    out.push(b'\n');
    out
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), MergeError> {
    let io = |source| MergeError::Io { path: path.to_path_buf(), source };
    let mut f = std::fs::File::create(path).map_err(io)?;
    f.write_all(bytes).map_err(io)?;
    f.sync_all().map_err(io)
}

/// The expert names of the merged model: "public", then each `--expert`'s, checked.
fn check_names(options: &MergeOptions) -> Result<Vec<String>, MergeError> {
    if options.experts.is_empty() {
        return Err(MergeError::Usage("give at least one --expert NAME=CHECKPOINT".into()));
    }
    let mut names = vec!["public".to_string()];
    for (name, _) in &options.experts {
        if name.is_empty() || name.contains([',', '+', '=', '/']) || name.chars().any(char::is_whitespace) {
            return Err(MergeError::Usage(format!(
                "expert name {name:?}: use a plain word (no ',', '+', '=', '/' or spaces)"
            )));
        }
        if names.contains(name) {
            return Err(MergeError::Usage(format!("expert name {name:?} is given twice (\"public\" is expert 0)")));
        }
        names.push(name.clone());
    }
    for (name, _) in &options.router_embeddings {
        if !names.contains(name) {
            return Err(MergeError::Usage(format!(
                "--router-embedding {name}: no such expert (experts: {})",
                names.join(", ")
            )));
        }
    }
    Ok(names)
}

/// A domain model must be a 2-expert FlexOlmo of the public model's architecture.
fn check_domain(public: &Input, domain: &Input, name: &str) -> Result<(), MergeError> {
    let (p, d) = (&public.ck.config, &domain.ck.config);
    let bad = |reason: String| MergeError::Input { path: domain.path().join("config.json"), reason };
    if d.num_experts != 2 {
        return Err(bad(format!(
            "expert {name}: a domain model has 2 experts (the public one and its own); this one has {} (dense \
             Olmo2 checkpoints are not supported as domain models)",
            d.num_experts
        )));
    }
    for (field, a, b) in architecture(p).into_iter().zip(architecture(d)).map(|((f, a), (_, b))| (f, a, b)) {
        if a != b {
            return Err(bad(format!("expert {name}: {field} is {b}, the public model's is {a}")));
        }
    }
    if domain.blocks.len() != public.blocks.len() {
        return Err(bad(format!(
            "expert {name}: {} MoE blocks, the public model has {}",
            domain.blocks.len(),
            public.blocks.len()
        )));
    }
    Ok(())
}

/// The config fields that must agree between inputs.
fn architecture(c: &FlexOlmoConfig) -> Vec<(&'static str, String)> {
    vec![
        ("vocab_size", c.vocab_size.to_string()),
        ("hidden_size", c.hidden_size.to_string()),
        ("intermediate_size", c.intermediate_size.to_string()),
        ("num_hidden_layers", c.num_hidden_layers.to_string()),
        ("num_attention_heads", c.num_attention_heads.to_string()),
        ("num_key_value_heads", c.num_key_value_heads.to_string()),
        ("head_dim", c.head_dim.to_string()),
        ("max_position_embeddings", c.max_position_embeddings.to_string()),
        ("rms_norm_eps", c.rms_norm_eps.to_string()),
        ("rope_theta", c.rope_theta.to_string()),
        ("norm_topk_prob", c.norm_topk_prob.to_string()),
        ("tie_word_embeddings", c.tie_word_embeddings.to_string()),
    ]
}

/// Router rows from `--router-embedding`, by expert index, as f32.
fn read_embeddings(
    options: &MergeOptions,
    names: &[String],
    hidden: u64,
) -> Result<HashMap<usize, Vec<f32>>, MergeError> {
    let mut out = HashMap::new();
    for (name, path) in &options.router_embeddings {
        let i = names.iter().position(|n| n == name).expect("checked by check_names");
        let (shape, values) =
            flexc_format::npy::read_f32(path).map_err(|reason| MergeError::Input { path: path.clone(), reason })?;
        let width: usize = shape.iter().product();
        if width as u64 != hidden || shape.iter().filter(|&&d| d != 1).count() > 1 {
            return Err(MergeError::Input {
                path: path.clone(),
                reason: format!("router embedding of {name}: shape {shape:?}, expected a vector of {hidden}"),
            });
        }
        if let Some(bad) = values.iter().position(|v| !v.is_finite()) {
            return Err(MergeError::Input {
                path: path.clone(),
                reason: format!("router embedding of {name}: element {bad} is not finite"),
            });
        }
        if out.insert(i, values).is_some() {
            return Err(MergeError::Usage(format!("--router-embedding {name} is given twice")));
        }
    }
    Ok(out)
}

/// The output tensors in order: the public model's order, with its experts beyond 0 replaced by the
/// domain experts (after expert 0 of each block) and each router widened to one row per expert.
fn plan(public: &Input, domains: &[Input], experts: u64) -> Result<Vec<Planned>, MergeError> {
    let mut role: HashMap<&str, Recipe> = HashMap::new();
    let mut dropped: std::collections::HashSet<&str> = Default::default();
    for (b, (router, ex)) in public.blocks.iter().enumerate() {
        role.insert(router, Recipe::Router { block: b });
        for (e, names) in ex.iter().enumerate() {
            for (part, n) in names.iter().enumerate() {
                if e == 0 {
                    role.insert(n, Recipe::Public { block: b, part });
                } else {
                    dropped.insert(n);
                }
            }
        }
    }
    let mut out = Vec::new();
    for name in &public.order {
        let w = public.weight(name)?;
        if dropped.contains(w.name.as_str()) {
            continue;
        }
        let planned = |name: String, shape: Vec<u64>, recipe: Recipe| -> Result<Planned, MergeError> {
            let bytes =
                shape.iter().try_fold(w.dtype.size_bytes() as u64, |a, &d| a.checked_mul(d)).ok_or_else(|| {
                    MergeError::Tensor {
                        tensor: name.clone(),
                        input: public.path().to_path_buf(),
                        reason: "too large".into(),
                    }
                })?;
            Ok(Planned { name, dtype: w.dtype, shape, bytes, recipe })
        };
        match role.remove(w.name.as_str()) {
            Some(Recipe::Router { block }) => {
                let shape = vec![experts, w.row_len()];
                out.push(planned(w.name.clone(), shape, Recipe::Router { block })?);
            }
            Some(Recipe::Public { block, part }) => {
                out.push(planned(w.name.clone(), w.shape.clone(), Recipe::Public { block, part })?);
                if part == 2 {
                    // The domain experts follow the public one, named in the per-expert layout.
                    for (domain, input) in domains.iter().enumerate() {
                        for (p, part_name) in PARTS.iter().enumerate() {
                            let src = input.weight(&input.blocks[block].1[1][p])?;
                            let public_name = &public.blocks[block].1[0][p];
                            let name = expert_name(public_name, domain as u64 + 1, part_name);
                            out.push(planned(name, src.shape.clone(), Recipe::Domain { domain, block, part: p })?);
                        }
                    }
                }
            }
            _ => out.push(planned(w.name.clone(), w.shape.clone(), Recipe::Shared { name: w.name.clone() })?),
        }
    }
    // Every input holds every tensor with the public model's dtype and shape.
    for p in &out {
        for (d, input) in domains.iter().enumerate() {
            let (name, shape) = match &p.recipe {
                Recipe::Shared { name } => (name.clone(), p.shape.clone()),
                Recipe::Public { block, part } => (input.blocks[*block].1[0][*part].clone(), p.shape.clone()),
                Recipe::Domain { domain, block, part } if *domain == d => {
                    (input.blocks[*block].1[1][*part].clone(), p.shape.clone())
                }
                Recipe::Router { block } => (input.blocks[*block].0.clone(), vec![2, p.shape[1]]),
                Recipe::Domain { .. } => continue,
            };
            let w = input.weight(&name)?;
            if w.dtype != p.dtype || w.shape != shape {
                return Err(MergeError::Tensor {
                    tensor: name,
                    input: input.path().to_path_buf(),
                    reason: format!("{}{:?}, the public model's is {}{:?}", w.dtype, w.shape, p.dtype, shape),
                });
            }
        }
    }
    Ok(out)
}

/// `model.layers.L.mlp.experts.0.gate_proj.weight` with expert `e`.
fn expert_name(public_name: &str, e: u64, part: &str) -> String {
    match public_name.rsplit_once(".experts.") {
        Some((prefix, _)) => format!("{prefix}.experts.{e}.{part}.weight"),
        None => format!("{public_name}.expert{e}"),
    }
}

/// Groups consecutive tensors into shards of at most `max` bytes.
fn shard(plan: &[Planned], max: u64) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let (mut start, mut size) = (0, 0u64);
    for (i, p) in plan.iter().enumerate() {
        if i > start && size + p.bytes > max {
            out.push(start..i);
            (start, size) = (i, 0);
        }
        size += p.bytes;
    }
    if start < plan.len() {
        out.push(start..plan.len());
    }
    out
}

/// The bytes of one output tensor.
fn make(
    p: &Planned,
    public: &Input,
    domains: &[Input],
    embeddings: &HashMap<usize, Vec<f32>>,
    average: bool,
) -> Result<Vec<u8>, MergeError> {
    // The same tensor from every input (`rows` of it), identical or averaged.
    let agreed =
        |name_in: &dyn Fn(&Input) -> String, rows: Option<std::ops::Range<u64>>| -> Result<Vec<u8>, MergeError> {
            let first = public.read(public.weight(&name_in(public))?, rows.clone())?;
            if average {
                let mut sum = to_f32(p.dtype, &first);
                for d in domains {
                    let bytes = d.read(d.weight(&name_in(d))?, rows.clone())?;
                    for (s, v) in sum.iter_mut().zip(to_f32(p.dtype, &bytes)) {
                        *s += v;
                    }
                }
                let n = (domains.len() + 1) as f32;
                return Ok(from_f32(p.dtype, &sum.iter().map(|s| s / n).collect::<Vec<_>>()));
            }
            for d in domains {
                let name = name_in(d);
                let bytes = d.read(d.weight(&name)?, rows.clone())?;
                if bytes != first {
                    let what = match &rows {
                        Some(r) => format!("router row {}", r.start),
                        None => "its values".into(),
                    };
                    return Err(MergeError::Tensor {
                        tensor: name,
                        input: d.path().to_path_buf(),
                        reason: format!(
                            "{what} differ from the public model's {} (the public expert and the shared weights must \
                         be identical across inputs; --average-shared averages them instead)",
                            public.path().display()
                        ),
                    });
                }
            }
            Ok(first)
        };
    match &p.recipe {
        Recipe::Shared { name } => agreed(&|_| name.clone(), None),
        Recipe::Public { block, part } => agreed(&|i: &Input| i.blocks[*block].1[0][*part].clone(), None),
        Recipe::Domain { domain, block, part } => {
            let d = &domains[*domain];
            d.read(d.weight(&d.blocks[*block].1[1][*part])?, None)
        }
        Recipe::Router { block } => {
            let mut out = Vec::with_capacity(p.bytes as usize);
            for e in 0..p.shape[0] as usize {
                if let Some(v) = embeddings.get(&e) {
                    out.extend_from_slice(&from_f32(p.dtype, v));
                } else if e == 0 {
                    out.extend_from_slice(&agreed(&|i: &Input| i.blocks[*block].0.clone(), Some(0..1))?);
                } else {
                    let d = &domains[e - 1];
                    let router = d.weight(&d.blocks[*block].0)?;
                    out.extend_from_slice(&d.read(router, Some(1..2))?);
                }
            }
            Ok(out)
        }
    }
}

fn to_f32(dtype: DType, bytes: &[u8]) -> Vec<f32> {
    match dtype {
        DType::Bf16 => bytes.chunks_exact(2).map(|c| half::bf16::from_le_bytes([c[0], c[1]]).to_f32()).collect(),
        DType::F16 => bytes.chunks_exact(2).map(|c| half::f16::from_le_bytes([c[0], c[1]]).to_f32()).collect(),
        _ => bytes.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect(),
    }
}

fn from_f32(dtype: DType, values: &[f32]) -> Vec<u8> {
    match dtype {
        DType::Bf16 => values.iter().flat_map(|v| half::bf16::from_f32(*v).to_le_bytes()).collect(),
        DType::F16 => values.iter().flat_map(|v| half::f16::from_f32(*v).to_le_bytes()).collect(),
        _ => values.iter().flat_map(|v| v.to_le_bytes()).collect(),
    }
}

/// The public model's config.json with the merged expert count and top-k (every other field kept).
fn merged_config(public: &Input, experts: u64, top_k: u64) -> Result<Vec<u8>, MergeError> {
    let mut config: serde_json::Value = serde_json::from_slice(&public.ck.config_bytes)
        .map_err(|e| MergeError::Input { path: public.path().join("config.json"), reason: e.to_string() })?;
    let obj = config.as_object_mut().ok_or_else(|| MergeError::Input {
        path: public.path().join("config.json"),
        reason: "not a JSON object".into(),
    })?;
    obj.insert("num_experts".into(), experts.into());
    obj.insert("num_experts_per_tok".into(), top_k.into());
    Ok(pretty(&config))
}
