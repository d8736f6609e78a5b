//! The artifact writer. Everything is written into a temporary directory beside the destination and
//! renamed into place at the end, so a failed compile leaves nothing behind.

use crate::error::WriteError;
use crate::manifest::{classify, tensor_entry};
use crate::manifest::{
    Configuration, Covers, Expert, FileEntry, KernelFile, Manifest, OpCounts, Source, FORMAT, FORMAT_VERSION,
    GRAPH_JSON, GRAPH_TEXT, MANIFEST,
};
use crate::pack;
use crate::staging::Staging;
use flexc_format::{sha256_hex, WeightReader};
use flexc_ir::{print, Graph};
use flexc_lower::{Plan, PLAN_FILE};
use std::collections::BTreeMap;
use std::path::Path;

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
    /// of the artifact itself. The artifact records where it is relative to itself.
    pub store: Option<&'a Path>,
    /// The launch plan of `graph` (whose weights the writer re-points at the packed files, which the
    /// plan does not depend on), with the path of every emitted kernel source recorded.
    pub plan: &'a Plan,
    /// The emitted kernel sources, by the path the plan records for them.
    pub kernel_sources: &'a BTreeMap<String, String>,
    /// Flush every file to disk before the artifact is committed (else only the directories: the
    /// commit is still one rename, and after a crash weight data not yet on disk fails its hash at
    /// load instead of running).
    pub durable: bool,
    /// The source pieces already read by this process (shared by the configurations of one
    /// compile), so that a piece packed into the store once is not read again.
    pub cache: Option<&'a pack::PackCache>,
}

/// Writes the artifact to `out` (replacing an earlier artifact there) and returns its manifest.
pub fn write_artifact(input: &ArtifactInput<'_>, out: &Path) -> Result<Manifest, WriteError> {
    check_destination(out)?;
    let staging = Staging::new(out)?;
    let manifest = write_into(input, &staging.dir, out)?;
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

fn write_into(input: &ArtifactInput<'_>, dir: &Path, out: &Path) -> Result<Manifest, WriteError> {
    let graph = input.graph;
    let kinds = classify(graph);
    let reader = WeightReader::checkpoint(input.source_dir);
    let mut packed = graph.clone();
    let weight_files = match input.store {
        Some(store) => pack::into_store(&mut packed, &reader, store, input.durable, input.cache)?,
        None => pack::into_artifact(&mut packed, &reader, dir, input.durable)?,
    };
    let mut files: Vec<FileEntry> = weight_files
        .into_iter()
        .map(|p| FileEntry { path: p.path, bytes: p.bytes, sha256: p.header_sha256, covers: Covers::Header })
        .collect();
    let tensors = graph.weights.iter().map(|w| tensor_entry(w, &kinds)).collect();
    let mut put = |name: &str, bytes: &[u8]| -> Result<(), WriteError> {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        write_file(&path, bytes, input.durable).map_err(io(&path))?;
        files.push(FileEntry {
            path: name.into(),
            bytes: bytes.len() as u64,
            sha256: sha256_hex(bytes),
            covers: Covers::Whole,
        });
        Ok(())
    };
    put(GRAPH_TEXT, print(&packed).as_bytes())?;
    put(GRAPH_JSON, &serde_json::to_vec_pretty(&packed).expect("graph JSON"))?;
    let kernels = write_plan(input.plan, input.kernel_sources, &mut put)?;
    // The tokenizer and its configuration (chat template, special tokens) travel with the artifact,
    // hashed like every other file.
    let mut carry = |name: &str| -> Result<Option<String>, WriteError> {
        match flexc_format::paths::read_in(
            input.source_dir,
            name,
            MAX_TOKENIZER_BYTES,
            flexc_format::paths::Links::Follow,
        ) {
            Ok(bytes) => {
                put(name, &bytes)?;
                Ok(Some(name.to_string()))
            }
            Err((_, e)) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err((path, source)) => Err(WriteError::Io { path, source }),
        }
    };
    let tokenizer = carry("tokenizer.json")?;
    let tokenizer_config = carry("tokenizer_config.json")?;

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
        tokenizer_config,
        store: input.store.map(|s| relative_store(s, out)).transpose()?,
    };
    let manifest_path = dir.join(MANIFEST);
    write_file(&manifest_path, &serde_json::to_vec_pretty(&manifest).expect("manifest JSON"), input.durable)
        .map_err(io(&manifest_path))?;
    Ok(manifest)
}

fn write_file(path: &Path, bytes: &[u8], durable: bool) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::fs::File::create(path)?;
    f.write_all(bytes)?;
    if durable {
        f.sync_all()?;
    }
    Ok(())
}

/// The most bytes a checkpoint's tokenizer.json (or tokenizer_config.json) may hold.
const MAX_TOKENIZER_BYTES: u64 = 256 << 20;

/// The store as the artifact at `out` records it: a relative path from the artifact's directory.
fn relative_store(store: &Path, out: &Path) -> Result<String, WriteError> {
    let dest = |reason: String| WriteError::Destination { path: out.to_path_buf(), reason };
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let from = parent.canonicalize().map_err(|e| dest(e.to_string()))?.join(out.file_name().unwrap_or_default());
    let to = store.canonicalize().map_err(|e| dest(format!("the store {}: {e}", store.display())))?;
    let (from, to): (Vec<_>, Vec<_>) = (from.components().collect(), to.components().collect());
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut rel: Vec<String> = vec!["..".to_string(); from.len() - common];
    rel.extend(to[common..].iter().map(|c| c.as_os_str().to_string_lossy().into_owned()));
    Ok(if rel.is_empty() { ".".into() } else { rel.join("/") })
}
