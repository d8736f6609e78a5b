//! Opening an artifact: every check that stands between a directory on disk and a graph the runtime
//! may run.

use crate::manifest::*;
use flexc_format::paths::resolve;
use flexc_format::{sha256_hex, WeightReader};
use flexc_ir::{parse_with_source_map, verify_with_source_map, Graph, Op};
use flexc_lower::{lower, Plan, Target, PLAN_FILE};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

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
        let store = manifest.store.as_deref().map(Path::new);
        for f in &manifest.files {
            let path = resolve(dir, store, &f.path).ok_or_else(|| {
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
        let plan = read_plan(dir, &manifest, &graph)?;
        let artifact = Artifact { dir: dir.to_path_buf(), manifest, graph, plan };
        artifact.check_consistency()?;
        artifact.check_kernels()?;
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
        WeightReader::with_store(&self.dir, self.manifest.store.as_deref().map(Path::new))
    }

    /// The shared weight store, if the artifact uses one.
    pub fn store(&self) -> Option<&Path> {
        self.manifest.store.as_deref().map(Path::new)
    }
}

/// `plan.json`: present, of this format, and exactly the plan lowering gives for the graph (with the
/// options and targets it records), so what runs is what the graph says.
fn read_plan(dir: &Path, manifest: &Manifest, graph: &Graph) -> Result<Plan, ArtifactError> {
    let path = dir.join(PLAN_FILE);
    let tampered = |reason: String| ArtifactError::Tampered { path: path.clone(), reason };
    if !manifest.files.iter().any(|f| f.path == PLAN_FILE) {
        return Err(ArtifactError::Invalid {
            path: dir.join(MANIFEST),
            reason: format!("the manifest does not list {PLAN_FILE}"),
        });
    }
    let bytes = std::fs::read(&path).map_err(|e| tampered(e.to_string()))?;
    let plan: Plan = serde_json::from_slice(&bytes).map_err(|e| tampered(format!("malformed plan: {e}")))?;
    let targets: Vec<Target> = plan.programs.iter().map(|p| p.target).collect();
    let expected = lower(graph, &targets, plan.options).map_err(|e| tampered(format!("the graph has no plan: {e}")))?;
    if plan.without_sources() != expected {
        return Err(tampered(format!("is not the launch plan of {GRAPH_TEXT}")));
    }
    Ok(plan)
}
