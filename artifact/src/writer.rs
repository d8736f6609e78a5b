//! The artifact writer. Everything is written into a temporary directory beside the destination and
//! renamed into place at the end, so a failed compile leaves nothing behind.

use crate::manifest::{
    Configuration, Expert, FileEntry, KernelFile, Manifest, OpCounts, Source, SourcePiece, TensorEntry, TensorKind,
    FORMAT, FORMAT_VERSION, GRAPH_JSON, GRAPH_TEXT, MANIFEST,
};
use flexc_format::paths::STORE_PREFIX;
use flexc_format::safetensors::{self, HeaderEntry, TensorOut};
use flexc_format::{sha256_hex, TensorError, WeightReader};
use flexc_ir::{print, Graph, Op, Piece, Weight};
use flexc_lower::{Plan, PLAN_FILE};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error(transparent)]
    Weights(#[from] TensorError),
    #[error("{path}: {reason}")]
    Destination { path: PathBuf, reason: String },
}

/// What the writer needs to know beyond the graph.
pub struct ArtifactInput<'a> {
    /// The specialized graph, its weights still pointing into the source checkpoint.
    pub graph: &'a Graph,
    /// The checkpoint directory the graph's pieces are relative to.
    pub source_dir: &'a Path,
    pub config_bytes: &'a [u8],
    pub source_dtype: String,
    pub source_num_experts: u64,
    pub source_top_k: u64,
    pub expert_names: Option<&'a [String]>,
    pub kept: &'a [u64],
    pub pipeline: Vec<String>,
    pub imported_op_counts: BTreeMap<String, usize>,
    /// A shared, content-addressed weight store (an absolute directory) to pack weights into instead
    /// of the artifact itself.
    pub store: Option<&'a Path>,
    /// The launch plan of `graph` (whose weights the writer re-points at the packed files, which the
    /// plan does not depend on), with the path of every emitted kernel source recorded.
    pub plan: &'a Plan,
    /// The emitted kernel sources, by the path the plan records for them.
    pub kernel_sources: &'a BTreeMap<String, String>,
}

const WEIGHTS_FILE: &str = "weights/model.safetensors";

/// Writes the artifact to `out` (replacing an earlier artifact there) and returns its manifest.
pub fn write_artifact(input: &ArtifactInput<'_>, out: &Path) -> Result<Manifest, WriteError> {
    check_destination(out)?;
    let staging = Staging::new(out)?;
    let manifest = write_into(input, &staging.dir)?;
    staging.commit(out)?;
    Ok(manifest)
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> WriteError + '_ {
    move |source| WriteError::Io { path: path.to_path_buf(), source }
}

fn check_destination(out: &Path) -> Result<(), WriteError> {
    let dest = |reason: &str| WriteError::Destination { path: out.to_path_buf(), reason: reason.into() };
    if !out.exists() {
        return Ok(());
    }
    if !out.is_dir() {
        return Err(dest("exists and is not a directory"));
    }
    let empty = std::fs::read_dir(out).map_err(io(out))?.next().is_none();
    if empty || out.join(MANIFEST).is_file() {
        Ok(())
    } else {
        Err(dest("exists and is not a flexc artifact; refusing to replace it"))
    }
}

/// A temporary directory beside the destination, removed unless committed.
struct Staging {
    dir: PathBuf,
    committed: bool,
}

impl Staging {
    fn new(out: &Path) -> Result<Staging, WriteError> {
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if !parent.is_dir() {
            return Err(WriteError::Destination {
                path: out.to_path_buf(),
                reason: "its parent directory does not exist".into(),
            });
        }
        let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "artifact".into());
        let dir = parent.join(format!(".{name}.flexc-tmp-{}", std::process::id()));
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(io(&dir))?;
        }
        std::fs::create_dir_all(dir.join("weights")).map_err(io(&dir))?;
        Ok(Staging { dir, committed: false })
    }

    fn commit(mut self, out: &Path) -> Result<(), WriteError> {
        if out.exists() {
            // Move the old artifact aside first so that a failure never leaves neither.
            let old = self.dir.with_extension("old");
            std::fs::rename(out, &old).map_err(io(out))?;
            std::fs::rename(&self.dir, out).map_err(io(out))?;
            let _ = std::fs::remove_dir_all(&old);
        } else {
            std::fs::rename(&self.dir, out).map_err(io(out))?;
        }
        self.committed = true;
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Which expert, if any, each weight (and each router row) belongs to, and what kind of weight it is.
/// A weight's kind, its expert (expert FFN weights), and the expert of each row (router weights).
type Provenance = (TensorKind, Option<u64>, Option<Vec<u64>>);

fn classify(graph: &Graph) -> HashMap<&str, Provenance> {
    let mut kinds = HashMap::new();
    let router_experts: HashMap<&str, Vec<u64>> = graph
        .insts
        .iter()
        .filter_map(|inst| {
            let Op::MoeCombine { experts } = &inst.op else {
                return None;
            };
            let gates = graph.inst(&inst.args[0])?;
            let router = graph.inst(gates.args.first()?)?;
            match &router.op {
                Op::Router { weight } => Some((weight.as_str(), experts.clone())),
                _ => None,
            }
        })
        .collect();
    for inst in &graph.insts {
        let is_output = graph.outputs.contains(&inst.result);
        let moe = match &inst.op {
            Op::Moe { router, experts, ffn, .. } => Some((Some(router), experts, ffn, vec![])),
            Op::MoeBlock { attn_norm, router, experts, ffn, ffn_norm, .. } => {
                Some((router.as_ref(), experts, ffn, vec![attn_norm.as_str(), ffn_norm.as_str()]))
            }
            _ => None,
        };
        if let Some((router, experts, ffn, norms)) = moe {
            if let Some(router) = router {
                kinds.insert(router.as_str(), (TensorKind::Router, None, Some(experts.clone())));
            }
            for (e, weights) in experts.iter().zip(ffn) {
                for w in weights.weights() {
                    kinds.insert(w, (TensorKind::Expert, Some(*e), None));
                }
            }
            for w in norms {
                kinds.entry(w).or_insert((TensorKind::Norm, None, None));
            }
            continue;
        }
        for w in inst.op.weights() {
            let entry = match &inst.op {
                Op::Embed { .. } if is_output => (TensorKind::Head, None, None),
                Op::Embed { .. } => (TensorKind::Embedding, None, None),
                Op::MatMul { .. } if is_output => (TensorKind::Head, None, None),
                Op::MatMul { .. } => (TensorKind::Attention, None, None),
                Op::RmsNorm { .. } | Op::ResidualNorm { .. } | Op::SelfAttention { .. } => {
                    (TensorKind::Norm, None, None)
                }
                Op::Router { .. } => (TensorKind::Router, None, router_experts.get(w).cloned()),
                Op::ExpertFfn { expert, .. } | Op::DenseFfn { expert, .. } => (TensorKind::Expert, Some(*expert), None),
                _ => continue,
            };
            kinds.entry(w).or_insert(entry);
        }
    }
    kinds
}

/// Provenance of one weight for the manifest: its kind, expert, and the source rows it was made from.
fn tensor_entry(w: &Weight, kinds: &HashMap<&str, Provenance>) -> TensorEntry {
    let (kind, expert, router_rows) =
        kinds.get(w.name.as_str()).cloned().unwrap_or((TensorKind::Attention, None, None));
    let sources = w
        .pieces
        .iter()
        .enumerate()
        .map(|(i, p)| SourcePiece {
            file: p.file.clone(),
            tensor: p.tensor.clone(),
            rows: [p.row_start, p.row_end],
            sha256: p.sha256.clone(),
            expert: expert.or_else(|| router_rows.as_ref().and_then(|r| r.get(i).copied())),
        })
        .collect();
    TensorEntry { name: w.name.clone(), kind, expert, bytes: w.byte_len(), sources }
}

fn hex(digest: impl AsRef<[u8]>) -> String {
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

/// Packs every weight into one self-contained `weights/model.safetensors`: the header first (sizes
/// are known from the graph), then the bytes, streamed weight by weight. Returns the packed pieces of
/// each weight and the file entry.
fn pack_into_artifact(
    graph: &Graph,
    reader: &mut WeightReader,
    dir: &Path,
) -> Result<(Vec<Piece>, Vec<FileEntry>), WriteError> {
    let weights_path = dir.join(WEIGHTS_FILE);
    let entries: Vec<HeaderEntry> = graph
        .weights
        .iter()
        .map(|w| HeaderEntry { name: &w.name, dtype: w.dtype, shape: &w.shape, byte_len: w.byte_len() })
        .collect();
    let header_bytes = safetensors::header(&entries, &BTreeMap::new());
    let data_start = 8 + header_bytes.len() as u64;
    let file = std::fs::File::create(&weights_path).map_err(io(&weights_path))?;
    let mut out = std::io::BufWriter::new(file);
    let mut file_hash = Sha256::new();
    let mut emit = |bytes: &[u8], out: &mut std::io::BufWriter<std::fs::File>| -> Result<(), WriteError> {
        file_hash.update(bytes);
        out.write_all(bytes).map_err(io(&weights_path))
    };
    emit(&(header_bytes.len() as u64).to_le_bytes(), &mut out)?;
    emit(&header_bytes, &mut out)?;
    let mut pieces = Vec::with_capacity(graph.weights.len());
    let mut offset = data_start;
    for w in &graph.weights {
        let mut hash = Sha256::new();
        for p in &w.pieces {
            let bytes = reader.piece_bytes(w, p)?;
            hash.update(bytes);
            emit(bytes, &mut out)?;
        }
        pieces.push(Piece {
            file: WEIGHTS_FILE.into(),
            tensor: w.name.clone(),
            offset,
            row_start: 0,
            row_end: w.rows(),
            sha256: hex(hash.finalize()),
        });
        offset += w.byte_len();
    }
    let file = out.into_inner().map_err(|e| WriteError::Io { path: weights_path.clone(), source: e.into_error() })?;
    file.sync_all().map_err(io(&weights_path))?;
    let bytes = std::fs::metadata(&weights_path).map_err(io(&weights_path))?.len();
    Ok((pieces, vec![FileEntry { path: WEIGHTS_FILE.into(), bytes, sha256: hex(file_hash.finalize()) }]))
}

/// Packs every weight into the shared store as its own content-addressed safetensors file
/// (`objects/<h2>/<sha256 of the file>.safetensors`), written only if absent: a tensor shared by
/// many configurations (attention, each expert) exists once on disk.
fn pack_into_store(
    graph: &Graph,
    reader: &mut WeightReader,
    store: &Path,
) -> Result<(Vec<Piece>, Vec<FileEntry>), WriteError> {
    let mut pieces = Vec::with_capacity(graph.weights.len());
    let mut files: Vec<FileEntry> = Vec::new();
    for w in &graph.weights {
        let bytes = reader.bytes(w)?;
        let tensor = [TensorOut { name: STORE_TENSOR, dtype: w.dtype, shape: &w.shape, bytes: &bytes }];
        let file_bytes = safetensors::to_bytes(&tensor, &BTreeMap::new());
        let key = sha256_hex(&file_bytes);
        let rel = format!("objects/{}/{key}.safetensors", &key[..2]);
        let path = store.join(&rel);
        if !path.is_file() {
            let parent = path.parent().expect("objects/<h2>");
            std::fs::create_dir_all(parent).map_err(io(parent))?;
            let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
            std::fs::write(&tmp, &file_bytes).map_err(io(&tmp))?;
            std::fs::rename(&tmp, &path).map_err(io(&path))?;
        }
        let data_start = file_bytes.len() as u64 - bytes.len() as u64;
        let file = format!("{STORE_PREFIX}{rel}");
        pieces.push(Piece {
            file: file.clone(),
            tensor: STORE_TENSOR.into(),
            offset: data_start,
            row_start: 0,
            row_end: w.rows(),
            sha256: sha256_hex(&bytes),
        });
        if !files.iter().any(|f| f.path == file) {
            files.push(FileEntry { path: file, bytes: file_bytes.len() as u64, sha256: key });
        }
    }
    Ok((pieces, files))
}

/// Writes `plan.json` and every kernel source it records; returns the manifest's kernel list.
fn write_plan(
    plan: &Plan,
    sources: &BTreeMap<String, String>,
    put: &mut impl FnMut(&str, &[u8]) -> Result<(), WriteError>,
) -> Result<Vec<KernelFile>, WriteError> {
    let mut listed = Vec::new();
    for program in &plan.programs {
        for instance in &program.kernels {
            let Some(source) = &instance.source else { continue };
            let text = sources.get(&source.path).ok_or_else(|| WriteError::Destination {
                path: source.path.clone().into(),
                reason: format!(
                    "the plan records a {} source for {} that was not emitted",
                    program.target.name(),
                    instance.name
                ),
            })?;
            put(&source.path, text.as_bytes())?;
            listed.push(KernelFile {
                name: instance.name.clone(),
                target: program.target.name().into(),
                path: source.path.clone(),
                sha256: sha256_hex(text.as_bytes()),
            });
        }
    }
    put(PLAN_FILE, &serde_json::to_vec_pretty(plan).expect("plan JSON"))?;
    Ok(listed)
}

/// The name of the single tensor in each store object.
const STORE_TENSOR: &str = "weight";

fn write_into(input: &ArtifactInput<'_>, dir: &Path) -> Result<Manifest, WriteError> {
    let graph = input.graph;
    let kinds = classify(graph);
    let mut reader = WeightReader::new(input.source_dir);
    let (pieces, mut files) = match input.store {
        Some(store) => pack_into_store(graph, &mut reader, store)?,
        None => pack_into_artifact(graph, &mut reader, dir)?,
    };
    let mut packed = graph.clone();
    for (pw, piece) in packed.weights.iter_mut().zip(pieces) {
        pw.pieces = vec![piece];
    }
    let tensors = graph.weights.iter().map(|w| tensor_entry(w, &kinds)).collect();
    let mut put = |name: &str, bytes: &[u8]| -> Result<(), WriteError> {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        std::fs::write(&path, bytes).map_err(io(&path))?;
        files.push(FileEntry { path: name.into(), bytes: bytes.len() as u64, sha256: sha256_hex(bytes) });
        Ok(())
    };
    put(GRAPH_TEXT, print(&packed).as_bytes())?;
    put(GRAPH_JSON, &serde_json::to_vec_pretty(&packed).expect("graph JSON"))?;
    let kernels = write_plan(input.plan, input.kernel_sources, &mut put)?;
    let tokenizer_src = input.source_dir.join("tokenizer.json");
    let tokenizer = if tokenizer_src.is_file() {
        let bytes = std::fs::read(&tokenizer_src).map_err(io(&tokenizer_src))?;
        put("tokenizer.json", &bytes)?;
        Some("tokenizer.json".to_string())
    } else {
        None
    };

    let expert = |i: u64| Expert { index: i, name: input.expert_names.map(|n| n[i as usize].clone()) };
    let manifest = Manifest {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        flexc_version: env!("CARGO_PKG_VERSION").into(),
        source: Source {
            path: input.source_dir.display().to_string(),
            config_sha256: sha256_hex(input.config_bytes),
            dtype: input.source_dtype.clone(),
            num_experts: input.source_num_experts,
            top_k: input.source_top_k,
        },
        configuration: Configuration {
            kept: input.kept.iter().map(|&i| expert(i)).collect(),
            excluded: (0..input.source_num_experts).filter(|i| !input.kept.contains(i)).map(expert).collect(),
            top_k: input.source_top_k.min(input.kept.len() as u64),
        },
        pipeline: input.pipeline.clone(),
        files,
        kernels,
        tensors,
        op_counts: OpCounts {
            imported: input.imported_op_counts.clone(),
            specialized: packed.op_counts().into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
        },
        tokenizer,
        store: input.store.map(|s| s.display().to_string()),
    };
    let manifest_path = dir.join(MANIFEST);
    std::fs::write(&manifest_path, serde_json::to_vec_pretty(&manifest).expect("manifest JSON"))
        .map_err(io(&manifest_path))?;
    Ok(manifest)
}
