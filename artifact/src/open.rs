//! Opening an artifact: every check that stands between a directory on disk and a graph the runtime
//! may run.

use crate::finite::first_non_finite;
use crate::manifest::*;
use flexc_format::paths::{locate, read_within, STORE_PREFIX};
use flexc_format::safetensors::SafetensorsFile;
use flexc_format::{sha256_hex, WeightReader};
use flexc_ir::{parse_with_source_map, verify_with_source_map, Graph, Op};
use flexc_lower::{lower, Plan, Target, PLAN_FILE, PLAN_FORMAT_VERSION};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum ArtifactError {
    #[error("{path}: {reason}")]
    Invalid { path: PathBuf, reason: String },
    #[error("{path}: {reason}")]
    Tampered { path: PathBuf, reason: String },
}

/// An opened artifact: manifest, graph and plan, after the checks of [`Artifact::open`].
pub struct Artifact {
    pub dir: PathBuf,
    pub manifest: Manifest,
    pub graph: Graph,
    /// The launch plan (`plan.json`), checked to be the plan of the graph.
    pub plan: Plan,
    /// The weight store, resolved: the one given when opening, else the manifest's, relative to the
    /// artifact.
    store: Option<PathBuf>,
    /// The bytes of every small file read (and hashed) while opening, by manifest path.
    small: BTreeMap<String, Vec<u8>>,
}

/// How to open an artifact.
#[derive(Debug, Clone, Default)]
pub struct OpenOptions {
    /// The weight store to use instead of the one the manifest names (relative to the artifact).
    pub store: Option<PathBuf>,
}

/// The most bytes of a manifest.
const MAX_MANIFEST_BYTES: u64 = 256 << 20;
/// The most bytes of any other file that is read whole (graph, plan, kernel sources, tokenizer).
const MAX_SMALL_FILE_BYTES: u64 = 1 << 30;

impl Artifact {
    /// Opens an artifact with the store its manifest names; see [`Artifact::open_with`].
    pub fn open(dir: &Path) -> Result<Artifact, ArtifactError> {
        Self::open_with(dir, &OpenOptions::default())
    }

    /// Opens an artifact: reads the manifest, re-hashes every file read whole (graph, plan, kernel
    /// sources, tokenizer) and parses each from the bytes hashed, checks each weight file's header
    /// against its hash and that the graph's pieces cover every byte of its tensors, verifies the
    /// graph and that it is runnable, re-derives the plan, and checks that graph and manifest agree.
    /// Weight bytes are not read: the loaders hash each piece as they read it (see
    /// [`Artifact::verify_weights`] for a full check). Only regular files inside the artifact or its
    /// store are opened. Any mismatch is an error naming the file.
    pub fn open_with(dir: &Path, options: &OpenOptions) -> Result<Artifact, ArtifactError> {
        let invalid = |path: PathBuf, reason: String| ArtifactError::Invalid { path, reason };
        let manifest_path = dir.join(MANIFEST);
        if !dir.is_dir() {
            return Err(invalid(dir.to_path_buf(), "not a directory (expected a flexc artifact)".into()));
        }
        let text = read_within(dir, MANIFEST, MAX_MANIFEST_BYTES).map_err(|(path, e)| {
            invalid(path, format!("{e} (is this a flexc artifact? compile one with `flexc compile`)"))
        })?;
        let manifest: Manifest = serde_json::from_slice(&text)
            .map_err(|e| invalid(manifest_path.clone(), format!("malformed manifest: {e}")))?;
        if manifest.format != FORMAT {
            return Err(invalid(manifest_path, format!("format {:?} is not {FORMAT}", manifest.format)));
        }
        if manifest.format_version != FORMAT_VERSION {
            return Err(invalid(
                manifest_path,
                format!(
                    "artifact format version {} (flexc {}); this flexc {} reads version {FORMAT_VERSION}: recompile \
                     the artifact with this flexc (`flexc compile`)",
                    manifest.format_version,
                    manifest.flexc_version,
                    env!("CARGO_PKG_VERSION")
                ),
            ));
        }
        let store = match (&options.store, &manifest.store) {
            (Some(given), _) => Some(given.clone()),
            (None, Some(recorded)) => Some(relative_store(dir, recorded).ok_or_else(|| {
                invalid(
                    manifest_path.clone(),
                    format!("store {recorded:?} is not a relative path; give the store with --store"),
                )
            })?),
            (None, None) => None,
        };
        let mut small = BTreeMap::new();
        let mut seen = BTreeSet::new();
        for f in &manifest.files {
            if !seen.insert(f.path.as_str()) {
                return Err(invalid(manifest_path.clone(), format!("file {:?} is listed twice", f.path)));
            }
            let (root, rel) = locate(dir, store.as_deref(), &f.path).ok_or_else(|| {
                invalid(
                    manifest_path.clone(),
                    format!("file path {:?} leaves the artifact (or is not a store object of its store)", f.path),
                )
            })?;
            let tampered = |path: PathBuf, reason: String| ArtifactError::Tampered { path, reason };
            match f.covers {
                Covers::Whole => {
                    let bytes = read_within(root, rel, MAX_SMALL_FILE_BYTES.min(f.bytes)).map_err(|(path, e)| {
                        tampered(path, format!("listed in the manifest but unreadable as {} bytes: {e}", f.bytes))
                    })?;
                    let got = sha256_hex(&bytes);
                    if got != f.sha256 || bytes.len() as u64 != f.bytes {
                        return Err(tampered(
                            root.join(rel),
                            format!(
                                "sha256 {got} ({} bytes) does not match the manifest's {} ({} bytes)",
                                bytes.len(),
                                f.sha256,
                                f.bytes
                            ),
                        ));
                    }
                    small.insert(f.path.clone(), bytes);
                }
                Covers::Header => {
                    let file = SafetensorsFile::open_in(root, rel)
                        .map_err(|e| tampered(root.join(rel), format!("listed in the manifest but unreadable: {e}")))?;
                    let got = sha256_hex(&file.header_bytes().map_err(|e| tampered(root.join(rel), e.to_string()))?);
                    if got != f.sha256 || file.len() != f.bytes {
                        return Err(tampered(
                            root.join(rel),
                            format!(
                                "header sha256 {got} ({} bytes) does not match the manifest's {} ({} bytes)",
                                file.len(),
                                f.sha256,
                                f.bytes
                            ),
                        ));
                    }
                    check_tiled(&file).map_err(|reason| tampered(root.join(rel), reason))?;
                }
            }
        }
        for required in [GRAPH_TEXT, GRAPH_JSON, PLAN_FILE] {
            if !small.contains_key(required) {
                return Err(invalid(manifest_path.clone(), format!("the manifest does not list {required}")));
            }
        }
        let graph_path = dir.join(GRAPH_TEXT);
        let graph_text = std::str::from_utf8(&small[GRAPH_TEXT])
            .map_err(|_| invalid(graph_path.clone(), "not UTF-8 text".into()))?;
        let (graph, map) = parse_with_source_map(graph_text).map_err(|e| invalid(graph_path.clone(), e.to_string()))?;
        verify_with_source_map(&graph, Some(&map)).map_err(|e| invalid(graph_path.clone(), e.to_string()))?;
        let json_path = dir.join(GRAPH_JSON);
        let json_graph: Graph = serde_json::from_slice(&small[GRAPH_JSON])
            .map_err(|e| invalid(json_path.clone(), format!("malformed graph JSON: {e}")))?;
        if json_graph != graph {
            return Err(ArtifactError::Tampered { path: json_path, reason: format!("differs from {GRAPH_TEXT}") });
        }
        let plan = read_plan(dir, &small[PLAN_FILE], &graph)?;
        for t in manifest.tokenizer.iter().chain(&manifest.tokenizer_config) {
            if !small.contains_key(t) || t.starts_with(STORE_PREFIX) {
                return Err(invalid(
                    manifest_path,
                    format!("tokenizer file {t:?} is not a file of the artifact it hashes"),
                ));
            }
        }
        let artifact = Artifact { dir: dir.to_path_buf(), manifest, graph, plan, store, small };
        artifact.check_consistency()?;
        artifact.check_coverage()?;
        artifact.check_kernels()?;
        Ok(artifact)
    }

    /// The bytes of a file read whole at open (graph, plan, kernel sources, tokenizer): the bytes
    /// hashed, never read again.
    pub fn file_bytes(&self, path: &str) -> Option<&[u8]> {
        self.small.get(path).map(Vec::as_slice)
    }

    /// Every weight file holds exactly the graph's pieces: each tensor of each weight file is the rows
    /// of graph pieces, from the first row to the last, so that the pieces' hashes cover every byte.
    fn check_coverage(&self) -> Result<(), ArtifactError> {
        let mut rows: BTreeMap<(String, String), Vec<(u64, u64)>> = BTreeMap::new();
        let weight_files: BTreeSet<&str> =
            self.manifest.files.iter().filter(|f| f.covers == Covers::Header).map(|f| f.path.as_str()).collect();
        for w in &self.graph.weights {
            let row_bytes = w.row_len().saturating_mul(w.dtype.size_bytes() as u64);
            for p in &w.pieces {
                if !weight_files.contains(p.file.as_str()) {
                    return Err(ArtifactError::Tampered {
                        path: self.dir.join(MANIFEST),
                        reason: format!(
                            "weight @{} lives in {}, which the manifest does not list as a weight file",
                            w.name, p.file
                        ),
                    });
                }
                let start = p.offset.saturating_add(p.row_start.saturating_mul(row_bytes));
                let end = p.offset.saturating_add(p.row_end.saturating_mul(row_bytes));
                rows.entry((p.file.clone(), p.tensor.clone())).or_default().push((start, end));
            }
        }
        let reader = self.weight_reader();
        for path in weight_files {
            let file = reader
                .file(path)
                .map_err(|e| ArtifactError::Tampered { path: self.dir.join(path), reason: e.to_string() })?;
            for (name, info) in file.tensors() {
                let mut ranges = rows.remove(&(path.to_string(), name.clone())).unwrap_or_default();
                ranges.sort();
                let mut at = info.start;
                for (s, e) in ranges {
                    if s != at {
                        break;
                    }
                    at = e;
                }
                if at != info.end {
                    return Err(ArtifactError::Tampered {
                        path: file.path().to_path_buf(),
                        reason: format!(
                            "tensor {name:?} is not exactly the rows the graph's pieces read (bytes {}..{} are not covered by a hash)",
                            at, info.end
                        ),
                    });
                }
            }
        }
        if let Some(((file, tensor), _)) = rows.into_iter().next() {
            return Err(ArtifactError::Tampered {
                path: self.dir.join(GRAPH_TEXT),
                reason: format!("a piece reads tensor {tensor:?} of {file}, which it does not hold"),
            });
        }
        Ok(())
    }

    /// Re-reads every weight piece, checks its sha256 against the graph and that every value is
    /// finite, on every core. Returns the bytes checked. What `flexc verify` adds to opening.
    pub fn verify_weights(&self) -> Result<u64, ArtifactError> {
        let reader = self.weight_reader();
        let next = std::sync::atomic::AtomicUsize::new(0);
        let done = std::sync::atomic::AtomicU64::new(0);
        let error = std::sync::Mutex::new(None);
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        std::thread::scope(|s| {
            for _ in 0..threads {
                s.spawn(|| loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(w) = self.graph.weights.get(i) else { break };
                    let size = w.dtype.size_bytes().max(1);
                    let mut seen = 0usize;
                    let result = reader
                        .check_all_hashes(w, |chunk| {
                            if let Some(at) = first_non_finite(w.dtype, chunk) {
                                return Err(flexc_format::TensorError::Weight {
                                    weight: w.name.clone(),
                                    reason: format!("element {} is NaN or infinite", seen / size + at),
                                });
                            }
                            seen += chunk.len();
                            done.fetch_add(chunk.len() as u64, std::sync::atomic::Ordering::Relaxed);
                            Ok(())
                        })
                        .map_err(|e| e.to_string());
                    if let Err(reason) = result {
                        error.lock().unwrap_or_else(|e| e.into_inner()).get_or_insert(reason);
                        break;
                    }
                });
            }
        });
        match error.into_inner().unwrap_or_else(|e| e.into_inner()) {
            Some(reason) => Err(ArtifactError::Tampered { path: self.dir.clone(), reason }),
            None => Ok(done.into_inner()),
        }
    }

    /// The graph and the manifest describe the same weights and the same expert configuration, and no
    /// weight of an excluded expert is present.
    fn check_consistency(&self) -> Result<(), ArtifactError> {
        let m = &self.manifest;
        let tampered = |reason: String| ArtifactError::Tampered { path: self.dir.join(MANIFEST), reason };
        let kept: BTreeSet<u64> = m.configuration.kept.iter().map(|e| e.index).collect();
        let excluded: BTreeSet<u64> = m.configuration.excluded.iter().map(|e| e.index).collect();
        if kept.is_empty() {
            return Err(tampered("the configuration keeps no expert".into()));
        }
        if let Some(both) = kept.intersection(&excluded).next() {
            return Err(tampered(format!("expert {both} is listed as both kept and excluded")));
        }
        if kept.len() + excluded.len() != m.source.num_experts as usize
            || kept.iter().chain(&excluded).any(|&e| e >= m.source.num_experts)
        {
            return Err(tampered(format!(
                "kept {kept:?} and excluded {excluded:?} do not partition the source's {} experts",
                m.source.num_experts
            )));
        }
        let graph_kept: Option<Vec<u64>> =
            self.graph.meta_ints("kept_experts").map(|v| v.iter().map(|&e| e as u64).collect());
        let manifest_kept: Vec<u64> = kept.iter().copied().collect();
        match graph_kept {
            Some(g) if g == manifest_kept => {}
            Some(g) => return Err(tampered(format!("the manifest keeps experts {manifest_kept:?}, the graph {g:?}"))),
            None => return Err(tampered("the graph records no kept_experts".into())),
        }
        for inst in &self.graph.insts {
            let used: Vec<u64> = match &inst.op {
                Op::ExpertFfn { expert, .. } | Op::DenseFfn { expert, .. } => vec![*expert],
                Op::MoeCombine { experts } | Op::Moe { experts, .. } | Op::MoeBlock { experts, .. } => experts.clone(),
                _ => continue,
            };
            if let Some(e) = used.iter().find(|e| !kept.contains(e)) {
                return Err(tampered(format!("graph instruction %{} uses expert {e}, which is not kept", inst.result)));
            }
        }
        let entries: BTreeMap<&str, &TensorEntry> = m.tensors.iter().map(|t| (t.name.as_str(), t)).collect();
        let kinds = crate::manifest::classify(&self.graph);
        if entries.len() != self.graph.weights.len() {
            return Err(tampered(format!(
                "the manifest lists {} tensors, the graph declares {} weights",
                entries.len(),
                self.graph.weights.len()
            )));
        }
        for w in &self.graph.weights {
            let entry = entries
                .get(w.name.as_str())
                .ok_or_else(|| tampered(format!("weight @{} is not in the manifest", w.name)))?;
            if entry.bytes != w.byte_len() {
                return Err(tampered(format!(
                    "weight @{}: manifest says {} bytes, graph {}",
                    w.name,
                    entry.bytes,
                    w.byte_len()
                )));
            }
            for p in &w.pieces {
                if !m.files.iter().any(|f| f.path == p.file) {
                    return Err(tampered(format!(
                        "weight @{} lives in {}, which the manifest does not list",
                        w.name, p.file
                    )));
                }
            }
            // The provenance the manifest reports is the graph's: kind, expert, and per piece its
            // rows and hash (only the source file and tensor names are the manifest's own record).
            let want = crate::manifest::tensor_entry(w, &kinds);
            let same_pieces = entry.sources.len() == want.sources.len()
                && entry.sources.iter().zip(&want.sources).all(|(s, t)| {
                    s.sha256 == t.sha256
                        && s.expert == t.expert
                        && s.rows[1].checked_sub(s.rows[0]) == t.rows[1].checked_sub(t.rows[0])
                });
            if entry.kind != want.kind || entry.expert != want.expert || !same_pieces {
                return Err(tampered(format!(
                    "weight @{}: the manifest's provenance (kind, expert, pieces) is not the graph's",
                    w.name
                )));
            }
            let experts = entry.expert.iter().chain(entry.sources.iter().filter_map(|s| s.expert.as_ref()));
            for e in experts {
                if !kept.contains(e) {
                    return Err(tampered(format!("weight @{} holds data of expert {e}, which is excluded", w.name)));
                }
            }
        }
        Ok(())
    }

    /// Every kernel source the manifest lists is a hashed file, and is the source the plan records
    /// for that instance and target.
    fn check_kernels(&self) -> Result<(), ArtifactError> {
        let listed: BTreeSet<&str> = self.manifest.files.iter().map(|f| f.path.as_str()).collect();
        let tampered = |reason: String| ArtifactError::Tampered { path: self.dir.join(MANIFEST), reason };
        for k in &self.manifest.kernels {
            if !listed.contains(k.path.as_str()) {
                return Err(tampered(format!("kernel source {} is not among the hashed files", k.path)));
            }
            let recorded = Target::from_name(&k.target)
                .and_then(|t| self.plan.program(t))
                .and_then(|p| p.instance(&k.name))
                .and_then(|i| i.source.as_ref());
            if recorded.map(|s| s.path.as_str()) != Some(k.path.as_str()) {
                return Err(tampered(format!(
                    "kernel source {} is not the plan's {} source of {}",
                    k.path, k.target, k.name
                )));
            }
        }
        Ok(())
    }

    /// The targets this artifact has a program for.
    pub fn targets(&self) -> Vec<Target> {
        self.plan.programs.iter().map(|p| p.target).collect()
    }

    /// A reader for this artifact's weights.
    pub fn weight_reader(&self) -> WeightReader {
        WeightReader::with_store(&self.dir, self.store.as_deref())
    }

    /// The shared weight store, if the artifact uses one.
    pub fn store(&self) -> Option<&Path> {
        self.store.as_deref()
    }
}

/// The store a manifest records: a path relative to the artifact, made only of `..` and plain names.
fn relative_store(dir: &Path, recorded: &str) -> Option<PathBuf> {
    let p = Path::new(recorded);
    let plain = p.components().all(|c| matches!(c, Component::ParentDir | Component::Normal(_) | Component::CurDir));
    (!recorded.is_empty() && plain).then(|| dir.join(p))
}

/// A weight file's tensors tile its data exactly: contiguous, in order, to the end of the file, so
/// that no byte lies outside every tensor.
fn check_tiled(file: &SafetensorsFile) -> Result<(), String> {
    let mut ranges: Vec<(u64, u64)> = file.tensors().values().map(|t| (t.start, t.end)).collect();
    ranges.sort();
    let mut at = file.data_start();
    for (s, e) in ranges {
        if s != at {
            return Err(format!("bytes {at}..{s} belong to no tensor, or tensors overlap"));
        }
        at = e;
    }
    if at != file.len() {
        return Err(format!("bytes {at}..{} after the last tensor belong to no tensor", file.len()));
    }
    Ok(())
}

/// `plan.json` (its bytes as hashed at open): of this format, and exactly the plan lowering gives
/// for the graph (with the options and targets it records), so what runs is what the graph says.
fn read_plan(dir: &Path, bytes: &[u8], graph: &Graph) -> Result<Plan, ArtifactError> {
    let path = dir.join(PLAN_FILE);
    let tampered = |reason: String| ArtifactError::Tampered { path: path.clone(), reason };
    // The version first: a plan of another format need not parse as this one.
    #[derive(serde::Deserialize)]
    struct Version {
        format_version: u32,
    }
    let version: Version = serde_json::from_slice(bytes).map_err(|e| tampered(format!("malformed plan: {e}")))?;
    if version.format_version != PLAN_FORMAT_VERSION {
        return Err(ArtifactError::Invalid {
            path,
            reason: format!(
                "plan format version {}, this flexc reads {PLAN_FORMAT_VERSION}: recompile",
                version.format_version
            ),
        });
    }
    let plan: Plan = serde_json::from_slice(bytes).map_err(|e| tampered(format!("malformed plan: {e}")))?;
    let targets: Vec<Target> = plan.programs.iter().map(|p| p.target).collect();
    if targets.is_empty() {
        return Err(tampered("holds no program".into()));
    }
    if let Some(t) = targets.iter().enumerate().find_map(|(i, t)| targets[..i].contains(t).then_some(t)) {
        return Err(tampered(format!("holds two programs for {}", t.name())));
    }
    let expected = lower(graph, &targets, plan.options)
        .map_err(|e| ArtifactError::Invalid { path: dir.join(GRAPH_TEXT), reason: e.to_string() })?;
    if plan.without_sources() != expected {
        return Err(tampered(format!("is not the launch plan of {GRAPH_TEXT}")));
    }
    Ok(plan)
}
