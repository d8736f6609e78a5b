//! The artifact format: a directory with `manifest.json`, the specialized graph (`graph.fir`, and the
//! same graph as `graph.json`), packed weights under `weights/`, and the tokenizer when the source had
//! one. This module reads and checks artifacts; `flexc-codegen` writes them.

use crate::graph::{Graph, Op};
use crate::plan::{Plan, PlanFile, PLAN_FILE};
use crate::tensors::{sha256_hex, WeightReader};
use crate::text::parse_with_source_map;
use crate::verify::verify_with_source_map;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

pub const FORMAT: &str = "flexc-artifact";
pub const FORMAT_VERSION: u32 = 1;
pub const MANIFEST: &str = "manifest.json";
pub const GRAPH_TEXT: &str = "graph.fir";
pub const GRAPH_JSON: &str = "graph.json";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    pub flexc_version: String,
    pub source: Source,
    pub configuration: Configuration,
    /// Pass pipeline, in order.
    pub pipeline: Vec<String>,
    /// Every file of the artifact except the manifest, with its sha256.
    pub files: Vec<FileEntry>,
    /// Every emitted GPU kernel source: which planned kernel, for which target, and its sha256.
    #[serde(default)]
    pub kernels: Vec<KernelFile>,
    /// Every packed weight: where it is, what it is, and which source bytes it came from.
    pub tensors: Vec<TensorEntry>,
    /// Op counts of the imported graph and of the specialized one.
    pub op_counts: OpCounts,
    pub tokenizer: Option<String>,
    /// The shared weight store holding this artifact's `@store/...` files, when compiled with one.
    #[serde(default)]
    pub store: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// The checkpoint directory as given at compile time (informational).
    pub path: String,
    pub config_sha256: String,
    pub dtype: String,
    pub num_experts: u64,
    pub top_k: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Expert {
    pub index: u64,
    pub name: Option<String>,
}

impl Expert {
    pub fn label(&self) -> String {
        self.name.clone().unwrap_or_else(|| self.index.to_string())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Configuration {
    pub kept: Vec<Expert>,
    pub excluded: Vec<Expert>,
    /// Experts chosen per token after specialization: min(k, E').
    pub top_k: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KernelFile {
    pub name: String,
    pub target: String,
    pub path: String,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileEntry {
    pub path: String,
    pub bytes: u64,
    pub sha256: String,
}

/// What part of the model a weight belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TensorKind {
    Embedding,
    Attention,
    Norm,
    Router,
    Expert,
    Head,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TensorEntry {
    pub name: String,
    pub kind: TensorKind,
    /// The expert (original index) for expert FFN weights.
    pub expert: Option<u64>,
    pub bytes: u64,
    /// The source rows this packed tensor was made from, each with the sha256 of its bytes.
    pub sources: Vec<SourcePiece>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourcePiece {
    pub file: String,
    pub tensor: String,
    pub rows: [u64; 2],
    pub sha256: String,
    /// The expert these rows belong to (expert FFN weights and router rows).
    pub expert: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpCounts {
    pub imported: BTreeMap<String, usize>,
    pub specialized: BTreeMap<String, usize>,
}

#[derive(Debug, thiserror::Error)]
pub enum ArtifactError {
    #[error("{path}: {reason}")]
    Invalid { path: PathBuf, reason: String },
    #[error("{path}: {reason}")]
    Tampered { path: PathBuf, reason: String },
}

/// An opened artifact: manifest and graph, after the checks of [`Artifact::open`].
pub struct Artifact {
    pub dir: PathBuf,
    pub manifest: Manifest,
    pub graph: Graph,
}

impl Artifact {
    /// Opens an artifact: reads the manifest, re-hashes every file it lists, parses and verifies the
    /// graph, and checks that graph and manifest agree. Any mismatch is an error naming the file.
    pub fn open(dir: &Path) -> Result<Artifact, ArtifactError> {
        let invalid = |path: PathBuf, reason: String| ArtifactError::Invalid { path, reason };
        let manifest_path = dir.join(MANIFEST);
        if !dir.is_dir() {
            return Err(invalid(dir.to_path_buf(), "not a directory (expected a flexc artifact)".into()));
        }
        let text = std::fs::read(&manifest_path).map_err(|e| {
            invalid(manifest_path.clone(), format!("{e} (is this a flexc artifact? compile one with `flexc compile`)"))
        })?;
        let manifest: Manifest = serde_json::from_slice(&text)
            .map_err(|e| invalid(manifest_path.clone(), format!("malformed manifest: {e}")))?;
        if manifest.format != FORMAT || manifest.format_version != FORMAT_VERSION {
            return Err(invalid(
                manifest_path,
                format!(
                    "format {} version {} is not {FORMAT} version {FORMAT_VERSION}",
                    manifest.format, manifest.format_version
                ),
            ));
        }
        let store = manifest.store.as_deref().map(Path::new);
        for f in &manifest.files {
            let path = crate::tensors::resolve(dir, store, &f.path).ok_or_else(|| {
                invalid(manifest_path.clone(), format!("file path {:?} leaves the artifact (or its store)", f.path))
            })?;
            let bytes = std::fs::read(&path).map_err(|e| ArtifactError::Tampered {
                path: path.clone(),
                reason: format!("listed in the manifest but unreadable: {e}"),
            })?;
            let got = sha256_hex(&bytes);
            if got != f.sha256 || bytes.len() as u64 != f.bytes {
                return Err(ArtifactError::Tampered {
                    path,
                    reason: format!(
                        "sha256 {got} ({} bytes) does not match the manifest's {} ({} bytes)",
                        bytes.len(),
                        f.sha256,
                        f.bytes
                    ),
                });
            }
        }
        let listed: BTreeSet<&str> = manifest.files.iter().map(|f| f.path.as_str()).collect();
        for required in [GRAPH_TEXT, GRAPH_JSON] {
            if !listed.contains(required) {
                return Err(invalid(manifest_path.clone(), format!("the manifest does not list {required}")));
            }
        }
        let graph_path = dir.join(GRAPH_TEXT);
        let graph_text =
            std::fs::read_to_string(&graph_path).map_err(|e| invalid(graph_path.clone(), e.to_string()))?;
        let (graph, map) =
            parse_with_source_map(&graph_text).map_err(|e| invalid(graph_path.clone(), e.to_string()))?;
        verify_with_source_map(&graph, Some(&map)).map_err(|e| invalid(graph_path.clone(), e.to_string()))?;
        let json_path = dir.join(GRAPH_JSON);
        let json_graph: Graph =
            serde_json::from_slice(&std::fs::read(&json_path).map_err(|e| invalid(json_path.clone(), e.to_string()))?)
                .map_err(|e| invalid(json_path.clone(), format!("malformed graph JSON: {e}")))?;
        if json_graph != graph {
            return Err(ArtifactError::Tampered { path: json_path, reason: format!("differs from {GRAPH_TEXT}") });
        }
        let artifact = Artifact { dir: dir.to_path_buf(), manifest, graph };
        artifact.check_consistency()?;
        artifact.check_plan()?;
        Ok(artifact)
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
                Op::MoeCombine { experts } | Op::Moe { experts, .. } => experts.clone(),
                _ => continue,
            };
            if let Some(e) = used.iter().find(|e| !kept.contains(e)) {
                return Err(tampered(format!("graph instruction %{} uses expert {e}, which is not kept", inst.result)));
            }
        }
        let entries: BTreeMap<&str, &TensorEntry> = m.tensors.iter().map(|t| (t.name.as_str(), t)).collect();
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
            let experts = entry.expert.iter().chain(entry.sources.iter().filter_map(|s| s.expert.as_ref()));
            for e in experts {
                if !kept.contains(e) {
                    return Err(tampered(format!("weight @{} holds data of expert {e}, which is excluded", w.name)));
                }
            }
        }
        Ok(())
    }

    /// `plan.json`, when present, is the plan of this graph, and every kernel source the manifest lists
    /// is one of its files.
    fn check_plan(&self) -> Result<(), ArtifactError> {
        let listed: BTreeSet<&str> = self.manifest.files.iter().map(|f| f.path.as_str()).collect();
        let path = self.dir.join(PLAN_FILE);
        let tampered = |reason: String| ArtifactError::Tampered { path: path.clone(), reason };
        for k in &self.manifest.kernels {
            if !listed.contains(k.path.as_str()) {
                return Err(ArtifactError::Tampered {
                    path: self.dir.join(MANIFEST),
                    reason: format!("kernel source {} is not among the hashed files", k.path),
                });
            }
        }
        if !listed.contains(PLAN_FILE) {
            return Ok(());
        }
        let bytes = std::fs::read(&path).map_err(|e| tampered(e.to_string()))?;
        let file: PlanFile = serde_json::from_slice(&bytes).map_err(|e| tampered(format!("malformed plan: {e}")))?;
        let expected = Plan::build(&self.graph).map_err(|e| tampered(format!("the graph has no plan: {e}")))?;
        if file.plan() != expected {
            return Err(tampered(format!("is not the launch plan of {GRAPH_TEXT}")));
        }
        Ok(())
    }

    /// The launch plan recorded in the artifact, if any.
    pub fn plan_file(&self) -> Option<PlanFile> {
        let bytes = std::fs::read(self.dir.join(PLAN_FILE)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// A reader for this artifact's weights.
    pub fn weight_reader(&self) -> WeightReader {
        WeightReader::with_store(&self.dir, self.manifest.store.as_deref().map(Path::new))
    }

    /// The shared weight store, if the artifact uses one.
    pub fn store(&self) -> Option<&Path> {
        self.manifest.store.as_deref().map(Path::new)
    }
}

/// `dir/rel` when `rel` is a plain relative path that stays inside `dir`.
pub fn safe_join(dir: &Path, rel: &str) -> Option<PathBuf> {
    let p = Path::new(rel);
    if p.is_absolute() || p.components().any(|c| !matches!(c, std::path::Component::Normal(_))) {
        return None;
    }
    Some(dir.join(p))
}
