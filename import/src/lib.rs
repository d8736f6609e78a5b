//! Import of a HuggingFace FlexOlmo checkpoint directory into a [`Graph`].
//!
//! Reads `config.json`, the safetensors headers (one file, or shards listed in
//! `model.safetensors.index.json`), and the expert names; checks that every tensor the forward needs
//! exists with the right shape and a float dtype, in either the per-expert layout
//! (`mlp.experts.E.{gate,up,down}_proj.weight`) or the fused one (`mlp.experts.gate_up_proj`,
//! `mlp.experts.down_proj`); hashes the bytes each weight reference points at.

mod config;
mod hashing;
pub mod merge;

pub use config::{ConfigError, FlexOlmoConfig, MAX_POSITIONS};
pub use hashing::Progress;

use flexc_format::paths::Links;
use flexc_format::safetensors::{SafetensorsError, SafetensorsFile, TensorInfo};
use flexc_ir::graph::Input;
use flexc_ir::{Attr, DType, Dim, Ffn, Graph, Inst, Op, Piece, Type, Weight};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    Config(#[from] ConfigError),
    #[error("{0}")]
    Safetensors(#[from] SafetensorsError),
    #[error(transparent)]
    Weights(#[from] flexc_format::TensorError),
    #[error("{path}: {reason}")]
    Checkpoint { path: PathBuf, reason: String },
    #[error("missing tensor {tensor:?} in {dir}{hint}")]
    MissingTensor { dir: PathBuf, tensor: String, hint: String },
    #[error("{file}: tensor {tensor:?} has shape {found:?}, expected {expected:?} from config.json")]
    Shape { file: PathBuf, tensor: String, expected: Vec<u64>, found: Vec<u64> },
    #[error("{file}: tensor {tensor:?} has dtype {found}; flexc reads F32, BF16 and F16 weights")]
    DType { file: PathBuf, tensor: String, found: String },
    #[error("{0}")]
    Experts(String),
}

/// A checkpoint directory with its headers read.
pub struct Checkpoint {
    pub dir: PathBuf,
    pub config: FlexOlmoConfig,
    /// Raw bytes of config.json (its hash goes into the manifest).
    pub config_bytes: Vec<u8>,
    /// Expert names by index, when known.
    pub expert_names: Option<Vec<String>>,
    files: BTreeMap<String, SafetensorsFile>,
    /// Tensor name -> file name.
    index: BTreeMap<String, String>,
}

impl Checkpoint {
    /// Opens `dir`. `expert_names` (from the command line) takes precedence over `experts.json`.
    pub fn open(dir: &Path, expert_names: Option<Vec<String>>) -> Result<Checkpoint, ImportError> {
        Self::open_with(dir, expert_names, None)
    }

    /// [`Checkpoint::open`], with the context capped at `max_context` positions when given.
    pub fn open_with(
        dir: &Path,
        expert_names: Option<Vec<String>>,
        max_context: Option<u64>,
    ) -> Result<Checkpoint, ImportError> {
        let ck = |reason: String| ImportError::Checkpoint { path: dir.to_path_buf(), reason };
        if !dir.is_dir() {
            return Err(ck("not a directory (expected a HuggingFace checkpoint with config.json)".into()));
        }
        let config_path = dir.join("config.json");
        let config_bytes = read_json_file(dir, "config.json")?;
        let mut config = FlexOlmoConfig::from_json(&String::from_utf8_lossy(&config_bytes))
            .map_err(|reason| ConfigError { path: config_path.clone(), reason })?;
        config.limit_context(max_context).map_err(|reason| ConfigError { path: config_path.clone(), reason })?;

        let expert_names = match expert_names {
            Some(names) => Some(check_names(names, config.num_experts, "--expert-names")?),
            None => read_experts_json(dir, config.num_experts)?,
        };

        let file_names = shard_files(dir)?;
        let mut files = BTreeMap::new();
        let mut index = BTreeMap::new();
        for name in file_names {
            let f = SafetensorsFile::open_in_with(dir, &name, Links::Follow)?;
            for tensor in f.tensors().keys() {
                if let Some(other) = index.insert(tensor.clone(), name.clone()) {
                    return Err(ck(format!("tensor {tensor:?} is stored twice, in {other} and {name}")));
                }
            }
            files.insert(name, f);
        }
        Ok(Checkpoint { dir: dir.to_path_buf(), config, config_bytes, expert_names, files, index })
    }

    /// The display name of expert `i`: its name when known, else its index.
    pub fn expert_label(&self, i: u64) -> String {
        match &self.expert_names {
            Some(names) => names[i as usize].clone(),
            None => i.to_string(),
        }
    }

    /// The stored dtype of the embedding table, read from its header alone (no weight is hashed).
    pub fn embedding_dtype(&self) -> Result<DType, ImportError> {
        let shape = [self.config.vocab_size, self.config.hidden_size];
        Ok(self.checked("model.embed_tokens.weight", &shape, "")?.3)
    }

    /// The safetensors files of the checkpoint, by file name.
    pub fn files(&self) -> impl Iterator<Item = (&str, &SafetensorsFile)> {
        self.files.iter().map(|(k, v)| (k.as_str(), v))
    }

    fn lookup(&self, tensor: &str) -> Option<(&str, &SafetensorsFile, &TensorInfo)> {
        let file = self.index.get(tensor)?;
        let f = &self.files[file];
        Some((file.as_str(), f, f.get(tensor)?))
    }

    fn missing(&self, tensor: &str, hint: &str) -> ImportError {
        ImportError::MissingTensor { dir: self.dir.clone(), tensor: tensor.to_string(), hint: hint.to_string() }
    }

    /// The file, header entry and dtype of `tensor`, checked to exist with `shape` and a float dtype.
    fn checked(&self, tensor: &str, shape: &[u64], hint: &str) -> Result<Located<'_>, ImportError> {
        let (file, f, info) = self.lookup(tensor).ok_or_else(|| self.missing(tensor, hint))?;
        let dtype = self.float_dtype(f, tensor, info)?;
        if info.shape != shape {
            return Err(ImportError::Shape {
                file: f.path().to_path_buf(),
                tensor: tensor.into(),
                expected: shape.to_vec(),
                found: info.shape.clone(),
            });
        }
        Ok((file, f, info, dtype))
    }

    /// A weight covering all of `tensor`, which must have `shape`.
    fn whole(&self, tensor: &str, shape: &[u64]) -> Result<Weight, ImportError> {
        let (file, f, info, dtype) = self.checked(tensor, shape, "")?;
        let rows = rows_of(shape);
        let piece = self.piece(file, f, tensor, info, 0, rows, *shape.last().unwrap_or(&1), dtype)?;
        Ok(Weight { name: tensor.to_string(), dtype, shape: shape.to_vec(), pieces: vec![piece] })
    }

    /// Like [`Checkpoint::whole`], but one piece per row: each router row belongs to one expert, and
    /// its own hash lets `flexc verify` prove which experts' rows an artifact holds.
    fn per_row(&self, tensor: &str, shape: &[u64]) -> Result<Weight, ImportError> {
        let mut w = self.whole(tensor, shape)?;
        let (file, f, info) = self.lookup(tensor).ok_or_else(|| self.missing(tensor, ""))?;
        let rows = rows_of(shape);
        w.pieces = (0..rows)
            .map(|r| self.piece(file, f, tensor, info, r, r + 1, w.row_len(), w.dtype))
            .collect::<Result<_, _>>()?;
        Ok(w)
    }

    fn float_dtype(&self, f: &SafetensorsFile, tensor: &str, info: &TensorInfo) -> Result<DType, ImportError> {
        match info.dtype {
            Some(dt) if dt.is_float() => Ok(dt),
            _ => Err(ImportError::DType {
                file: f.path().to_path_buf(),
                tensor: tensor.into(),
                found: info.dtype_name.clone(),
            }),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn piece(
        &self,
        file: &str,
        f: &SafetensorsFile,
        tensor: &str,
        info: &TensorInfo,
        row_start: u64,
        row_end: u64,
        row_len: u64,
        dtype: DType,
    ) -> Result<Piece, ImportError> {
        // The rows lie within the tensor: its shape was checked against config.json and its byte
        // length against its shape when the header was read. The sha256 is filled in by `import`,
        // which hashes every piece at once.
        let row_bytes = row_len * dtype.size_bytes() as u64;
        if info.start + row_end * row_bytes > info.end || row_start > row_end {
            return Err(ImportError::Checkpoint {
                path: f.path().to_path_buf(),
                reason: format!("rows {row_start}..{row_end} lie outside tensor {tensor:?}"),
            });
        }
        Ok(Piece {
            file: file.to_string(),
            tensor: tensor.to_string(),
            offset: info.start,
            row_start,
            row_end,
            sha256: String::new(),
            blake3: None,
        })
    }

    /// Fills in the sha256 of every piece of `graph`, hashing on every core and reusing the hashes of
    /// an earlier import of the same shard files (see [`hashing`]).
    fn hash_pieces(&self, graph: &mut Graph, progress: Progress<'_>) -> Result<(), ImportError> {
        let mut jobs = Vec::new();
        for w in &graph.weights {
            let row_bytes = w.row_len() * w.dtype.size_bytes() as u64;
            for p in &w.pieces {
                let start = p.offset + p.row_start * row_bytes;
                jobs.push(hashing::Job { file: p.file.clone(), start, end: p.offset + p.row_end * row_bytes });
            }
        }
        jobs.sort();
        jobs.dedup();
        let hashes = hashing::hash_jobs(&self.dir, &self.files, &jobs, progress)?;
        for w in &mut graph.weights {
            let row_bytes = w.row_len() * w.dtype.size_bytes() as u64;
            for p in &mut w.pieces {
                let job = hashing::Job {
                    file: p.file.clone(),
                    start: p.offset + p.row_start * row_bytes,
                    end: p.offset + p.row_end * row_bytes,
                };
                let i = jobs.binary_search(&job).expect("every piece is a job");
                p.sha256 = hashes[i].clone();
            }
        }
        Ok(())
    }

    /// Expert `e`'s gate, up and down weights of layer `l`, from whichever layout the checkpoint uses.
    fn expert(&self, l: u64, e: u64) -> Result<[Weight; 3], ImportError> {
        let c = &self.config;
        let (d, i) = (c.hidden_size, c.intermediate_size);
        let prefix = format!("model.layers.{l}.mlp.experts");
        let names = ["gate_proj", "up_proj", "down_proj"].map(|p| format!("{prefix}.{e}.{p}.weight"));
        if self.index.contains_key(&names[0]) || !self.index.contains_key(&format!("{prefix}.gate_up_proj")) {
            let [g, u, dn] = &names;
            let hint = if self.index.contains_key(g) {
                ""
            } else {
                " (neither the per-expert layout nor a fused `experts.gate_up_proj` is present)"
            };
            let g = self.whole(g, &[i, d]).map_err(|e| with_hint(e, hint))?;
            return Ok([g, self.whole(u, &[i, d])?, self.whole(dn, &[d, i])?]);
        }
        // transformers 5's fused layout: gate_up_proj [E, 2I, d] (gate rows first), down_proj [E, d, I].
        let fused = |name: &str, shape: [u64; 3]| self.checked(name, &shape, " (fused expert layout)");
        let gu_name = format!("{prefix}.gate_up_proj");
        let dn_name = format!("{prefix}.down_proj");
        let (gu_file, gu_f, gu_info, gu_dtype) = fused(&gu_name, [c.num_experts, 2 * i, d])?;
        let (dn_file, dn_f, dn_info, dn_dtype) = fused(&dn_name, [c.num_experts, d, i])?;
        let gate = self.piece(gu_file, gu_f, &gu_name, gu_info, e * 2 * i, e * 2 * i + i, d, gu_dtype)?;
        let up = self.piece(gu_file, gu_f, &gu_name, gu_info, e * 2 * i + i, (e + 1) * 2 * i, d, gu_dtype)?;
        let down = self.piece(dn_file, dn_f, &dn_name, dn_info, e * d, (e + 1) * d, i, dn_dtype)?;
        let [gn, un, dnn] = names;
        Ok([
            Weight { name: gn, dtype: gu_dtype, shape: vec![i, d], pieces: vec![gate] },
            Weight { name: un, dtype: gu_dtype, shape: vec![i, d], pieces: vec![up] },
            Weight { name: dnn, dtype: dn_dtype, shape: vec![d, i], pieces: vec![down] },
        ])
    }

    /// Builds the full, unspecialized forward graph of the checkpoint: every expert present, the router
    /// choosing `num_experts_per_tok` of them per token, every piece hashed.
    pub fn import(&self) -> Result<Graph, ImportError> {
        self.import_with(&|_, _| {})
    }

    /// [`Checkpoint::import`], reporting the hashing's progress (bytes hashed, bytes to hash).
    pub fn import_with(&self, progress: Progress<'_>) -> Result<Graph, ImportError> {
        let mut graph = self.import_unhashed()?;
        self.hash_pieces(&mut graph, progress)?;
        Ok(graph)
    }

    /// The checkpoint's full graph with every weight located in its files (every shape and dtype
    /// checked) but no piece hashed: what reads the weights without importing them needs.
    pub fn layout(&self) -> Result<Graph, ImportError> {
        self.import_unhashed()
    }

    fn import_unhashed(&self) -> Result<Graph, ImportError> {
        let c = &self.config;
        let (d, v) = (c.hidden_size, c.vocab_size);
        let q_width = c.num_attention_heads * c.head_dim;
        let kv_width = c.num_key_value_heads * c.head_dim;
        let mut b = Builder::default();

        b.weight(self.whole("model.embed_tokens.weight", &[v, d])?);
        let mut x = b.inst("x0", d, Op::Embed { table: "model.embed_tokens.weight".into() }, vec!["tokens".into()]);
        for l in 0..c.num_hidden_layers {
            let p = format!("model.layers.{l}");
            let w = |b: &mut Builder, suffix: &str, shape: &[u64]| -> Result<String, ImportError> {
                let name = format!("{p}.{suffix}");
                b.weight(self.whole(&name, shape)?);
                Ok(name)
            };
            let wq = w(&mut b, "self_attn.q_proj.weight", &[q_width, d])?;
            let wk = w(&mut b, "self_attn.k_proj.weight", &[kv_width, d])?;
            let wv = w(&mut b, "self_attn.v_proj.weight", &[kv_width, d])?;
            let wo = w(&mut b, "self_attn.o_proj.weight", &[d, q_width])?;
            let qn = w(&mut b, "self_attn.q_norm.weight", &[q_width])?;
            let kn = w(&mut b, "self_attn.k_norm.weight", &[kv_width])?;
            let post_attn = w(&mut b, "post_attention_layernorm.weight", &[d])?;
            let router = format!("{p}.mlp.gate.weight");
            b.weight(self.per_row(&router, &[c.num_experts, d])?);
            let post_ffn = w(&mut b, "post_feedforward_layernorm.weight", &[d])?;
            let eps = c.rms_norm_eps;
            let n = |s: &str| format!("l{l}.{s}");

            let q = b.inst(&n("q"), q_width, Op::MatMul { weight: wq }, vec![x.clone()]);
            let k = b.inst(&n("k"), kv_width, Op::MatMul { weight: wk }, vec![x.clone()]);
            let vv = b.inst(&n("v"), kv_width, Op::MatMul { weight: wv }, vec![x.clone()]);
            let q = b.inst(&n("q_norm"), q_width, Op::RmsNorm { weight: qn, eps }, vec![q]);
            let k = b.inst(&n("k_norm"), kv_width, Op::RmsNorm { weight: kn, eps }, vec![k]);
            let rope = Op::Rope { head_dim: c.head_dim, theta: c.rope_theta };
            let q = b.inst(&n("q_rope"), q_width, rope.clone(), vec![q]);
            let k = b.inst(&n("k_rope"), kv_width, rope, vec![k]);
            let attn = Op::Attention {
                heads: c.num_attention_heads,
                kv_heads: c.num_key_value_heads,
                head_dim: c.head_dim,
                layer: l,
            };
            let a = b.inst(&n("attn"), q_width, attn, vec![q, k, vv]);
            let o = b.inst(&n("o"), d, Op::MatMul { weight: wo }, vec![a]);
            let o = b.inst(&n("o_norm"), d, Op::RmsNorm { weight: post_attn, eps }, vec![o]);
            let h = b.inst(&n("h"), d, Op::Add, vec![x.clone(), o]);

            let logits = b.inst(&n("router"), c.num_experts, Op::Router { weight: router }, vec![h.clone()]);
            let topk = Op::SoftmaxTopK { k: c.num_experts_per_tok, renorm: c.norm_topk_prob };
            let gates = b.inst(&n("gates"), c.num_experts, topk, vec![logits]);
            let mut combine_args = vec![gates];
            for e in 0..c.num_experts {
                let [gate, up, down] = self.expert(l, e)?;
                let ffn = Ffn::Split { gate: gate.name.clone(), up: up.name.clone(), down: down.name.clone() };
                let op = Op::ExpertFfn { expert: e, ffn };
                b.weight(gate);
                b.weight(up);
                b.weight(down);
                combine_args.push(b.inst(&n(&format!("expert{e}")), d, op, vec![h.clone()]));
            }
            let experts = (0..c.num_experts).collect();
            let y = b.inst(&n("moe"), d, Op::MoeCombine { experts }, combine_args);
            let y = b.inst(&n("moe_norm"), d, Op::RmsNorm { weight: post_ffn, eps }, vec![y]);
            x = b.inst(&n("out"), d, Op::Add, vec![h, y]);
        }
        b.weight(self.whole("model.norm.weight", &[d])?);
        let x =
            b.inst("final_norm", d, Op::RmsNorm { weight: "model.norm.weight".into(), eps: c.rms_norm_eps }, vec![x]);
        let head = if self.index.contains_key("lm_head.weight") || !c.tie_word_embeddings {
            b.weight(self.whole("lm_head.weight", &[v, d])?);
            "lm_head.weight"
        } else {
            "model.embed_tokens.weight"
        };
        let logits = b.inst("logits", v, Op::MatMul { weight: head.into() }, vec![x]);

        let mut meta = BTreeMap::new();
        meta.insert("vocab_size".into(), Attr::Int(v as i64));
        meta.insert("max_position_embeddings".into(), Attr::Int(c.max_position_embeddings as i64));
        meta.insert("eos_token_ids".into(), Attr::Ints(c.eos_token_ids.clone()));
        meta.insert("source_num_experts".into(), Attr::Int(c.num_experts as i64));
        meta.insert("source_top_k".into(), Attr::Int(c.num_experts_per_tok as i64));
        Ok(Graph {
            name: "flex_olmo".into(),
            meta,
            inputs: vec![Input { name: "tokens".into(), ty: Type::new(DType::I32, vec![Dim::Seq]) }],
            weights: b.weights,
            insts: b.insts,
            outputs: vec![logits],
        })
    }
}

/// A tensor found in the checkpoint: file name, open file, header entry, dtype.
type Located<'a> = (&'a str, &'a SafetensorsFile, &'a TensorInfo, DType);

fn with_hint(e: ImportError, hint: &str) -> ImportError {
    match e {
        ImportError::MissingTensor { dir, tensor, .. } => ImportError::MissingTensor { dir, tensor, hint: hint.into() },
        other => other,
    }
}

fn rows_of(shape: &[u64]) -> u64 {
    shape[..shape.len().saturating_sub(1)].iter().product()
}

#[derive(Default)]
struct Builder {
    weights: Vec<Weight>,
    insts: Vec<Inst>,
}

impl Builder {
    fn weight(&mut self, w: Weight) {
        self.weights.push(w);
    }

    fn inst(&mut self, name: &str, width: u64, op: Op, args: Vec<String>) -> String {
        self.insts.push(Inst { result: name.into(), ty: Type::seq_f32(width), op, args });
        name.to_string()
    }
}

/// The most bytes a checkpoint's JSON files (config, index, expert names) may hold.
const MAX_JSON_BYTES: u64 = 64 << 20;

/// A JSON file of the checkpoint: a regular file in it, of bounded size.
fn read_json_file(dir: &Path, name: &str) -> Result<Vec<u8>, ImportError> {
    flexc_format::paths::read_in(dir, name, MAX_JSON_BYTES, Links::Follow)
        .map_err(|(path, e)| ImportError::Checkpoint { path, reason: e.to_string() })
}

/// The shard file names a `model.safetensors.index.json` lists: plain file names of the checkpoint
/// directory, at least one.
pub fn shard_names(index: &[u8]) -> Result<Vec<String>, String> {
    let text = std::str::from_utf8(index).map_err(|_| "not UTF-8".to_string())?;
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
    let map = value.get("weight_map").and_then(|m| m.as_object()).ok_or("missing object `weight_map`")?;
    let mut files = BTreeSet::new();
    for (tensor, file) in map {
        let file = file.as_str().ok_or_else(|| format!("weight_map entry {tensor:?} is not a file name"))?;
        if file.is_empty() || file.contains('/') || file.contains('\\') || file.starts_with('.') {
            return Err(format!("shard name {file:?} must be a plain file name in the checkpoint directory"));
        }
        files.insert(file.to_string());
    }
    if files.is_empty() {
        return Err("weight_map lists no shard".into());
    }
    Ok(files.into_iter().collect())
}

/// The safetensors file names of a checkpoint: the shards of `model.safetensors.index.json`, else
/// `model.safetensors`, else every `*.safetensors` in the directory.
fn shard_files(dir: &Path) -> Result<Vec<String>, ImportError> {
    let index_path = dir.join("model.safetensors.index.json");
    let bad_index = |reason: String| ImportError::Checkpoint { path: index_path.clone(), reason };
    if index_path.exists() {
        let bytes = read_json_file(dir, "model.safetensors.index.json")?;
        return shard_names(&bytes).map_err(bad_index);
    }
    if dir.join("model.safetensors").exists() {
        return Ok(vec!["model.safetensors".into()]);
    }
    let entries =
        std::fs::read_dir(dir).map_err(|e| ImportError::Checkpoint { path: dir.into(), reason: e.to_string() })?;
    let mut files: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".safetensors"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(ImportError::Checkpoint {
            path: dir.into(),
            reason: "no safetensors weights (expected model.safetensors or model.safetensors.index.json)".into(),
        });
    }
    Ok(files)
}

fn read_experts_json(dir: &Path, num_experts: u64) -> Result<Option<Vec<String>>, ImportError> {
    let path = dir.join("experts.json");
    if !path.exists() {
        return Ok(None);
    }
    let bad = |reason: String| ImportError::Experts(format!("{}: {reason}", path.display()));
    let text = String::from_utf8(read_json_file(dir, "experts.json")?).map_err(|_| bad("not UTF-8".into()))?;
    let names: Vec<String> =
        serde_json::from_str(&text).map_err(|e| bad(format!("expected a JSON list of names: {e}")))?;
    check_names(names, num_experts, &path.display().to_string()).map(Some)
}

fn check_names(names: Vec<String>, num_experts: u64, source: &str) -> Result<Vec<String>, ImportError> {
    if names.len() as u64 != num_experts {
        return Err(ImportError::Experts(format!(
            "{source} names {} experts but the checkpoint has {num_experts}",
            names.len()
        )));
    }
    let mut seen = BTreeSet::new();
    for n in &names {
        if n.is_empty() || n.contains(',') || n.trim() != n {
            return Err(ImportError::Experts(format!(
                "{source}: expert name {n:?} must be non-empty, with no comma or surrounding space"
            )));
        }
        if n.parse::<u64>().is_ok() {
            return Err(ImportError::Experts(format!("{source}: expert name {n:?} would be read as an index")));
        }
        if !seen.insert(n.as_str()) {
            return Err(ImportError::Experts(format!("{source}: expert name {n:?} appears twice")));
        }
    }
    Ok(names)
}

/// Resolves an `--experts` list (names or indices, comma-separated) to sorted expert indices.
pub fn resolve_experts(spec: &str, names: Option<&[String]>, num_experts: u64) -> Result<Vec<u64>, ImportError> {
    let mut kept = BTreeSet::new();
    for item in spec.split(',').map(str::trim) {
        if item.is_empty() {
            continue;
        }
        let index = match item.parse::<u64>() {
            Ok(i) if i < num_experts => i,
            Ok(i) => {
                return Err(ImportError::Experts(format!(
                    "expert index {i} is out of range: the checkpoint has {num_experts} experts (0..{})",
                    num_experts - 1
                )))
            }
            Err(_) => match names {
                Some(names) => match names.iter().position(|n| n == item) {
                    Some(i) => i as u64,
                    None => {
                        return Err(ImportError::Experts(format!(
                            "unknown expert {item:?}; the experts are: {}",
                            names.join(", ")
                        )))
                    }
                },
                None => {
                    return Err(ImportError::Experts(format!(
                        "unknown expert {item:?}: this checkpoint has no expert names (give --expert-names or an experts.json), so use indices 0..{}",
                        num_experts - 1
                    )))
                }
            },
        };
        if !kept.insert(index) {
            return Err(ImportError::Experts(format!("expert {item:?} is listed twice")));
        }
    }
    if kept.is_empty() {
        return Err(ImportError::Experts("the expert set is empty: keep at least one expert".into()));
    }
    Ok(kept.into_iter().collect())
}
