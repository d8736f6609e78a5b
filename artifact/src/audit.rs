//! The audit behind `flexc verify`: an artifact holds no weight of an excluded expert, by name and,
//! given the source checkpoint, by content.

use crate::manifest::GRAPH_TEXT;
use crate::open::Artifact;
use flexc_format::paths::{resolve, STORE_PREFIX};
use flexc_format::safetensors::SafetensorsFile;
use flexc_format::{sha256_hex, WeightReader};
use flexc_import::Checkpoint;
use flexc_ir::{Graph, Op, Piece, Weight};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    /// The artifact holds something it must not, or is not what its manifest says.
    #[error("{path}: {reason}")]
    Violation { path: PathBuf, reason: String },
    #[error(transparent)]
    Weights(#[from] flexc_format::TensorError),
    #[error(transparent)]
    File(#[from] flexc_format::safetensors::SafetensorsError),
    #[error(transparent)]
    Source(#[from] flexc_import::ImportError),
}

/// What an audit proved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditReport {
    /// Files re-hashed against the manifest (when the artifact was opened).
    pub files: usize,
    /// Whether packed content was also compared with the excluded experts' source bytes.
    pub content_checked: bool,
}

/// Audits an opened artifact (whose files [`Artifact::open`] has re-hashed): no weight and no stored
/// tensor is named after an excluded expert, every stored tensor is one the graph reads, and, with
/// `source`, no packed tensor contains (at any row) the bytes of an excluded expert's FFN weights or
/// router row.
pub fn audit(art: &Artifact, source: Option<&Path>) -> Result<AuditReport, AuditError> {
    let m = &art.manifest;
    let violation = |path: PathBuf, reason: String| AuditError::Violation { path, reason };
    let excluded: HashSet<u64> = m.configuration.excluded.iter().map(|e| e.index).collect();
    let graph_names: HashSet<&str> = art.graph.weights.iter().map(|w| w.name.as_str()).collect();
    for name in &graph_names {
        if let Some(e) = expert_of_name(name).filter(|e| excluded.contains(e)) {
            return Err(violation(art.dir.join(GRAPH_TEXT), format!("weight @{name} belongs to excluded expert {e}")));
        }
    }
    let graph_files: HashSet<&str> =
        art.graph.weights.iter().flat_map(|w| &w.pieces).map(|p| p.file.as_str()).collect();
    let weight_files = m.files.iter().map(|f| f.path.as_str()).filter(|p| p.ends_with(".safetensors"));
    for file in weight_files {
        let path = resolve(&art.dir, art.store(), file)
            .ok_or_else(|| violation(art.dir.clone(), format!("weight file {file:?} cannot be resolved")))?;
        if !graph_files.contains(file) {
            return Err(violation(path, "a weight file the graph does not read".into()));
        }
        let f = SafetensorsFile::open(&path)?;
        let in_store = file.starts_with(STORE_PREFIX);
        for name in f.tensors().keys() {
            if let Some(e) = expert_of_name(name).filter(|e| excluded.contains(e)) {
                return Err(violation(path, format!("tensor {name:?} belongs to excluded expert {e}")));
            }
            if !in_store && !graph_names.contains(name.as_str()) {
                return Err(violation(path, format!("tensor {name:?} is not a weight of the graph")));
            }
        }
        if in_store && f.tensors().len() != 1 {
            return Err(violation(path, "a store object must hold exactly one tensor".into()));
        }
    }
    if let Some(source) = source {
        check_content(art, source, &excluded)?;
    }
    Ok(AuditReport { files: m.files.len(), content_checked: source.is_some() })
}

/// The expert index in a tensor name `...mlp.experts.<e>.<proj>...`.
fn expert_of_name(name: &str) -> Option<u64> {
    let rest = &name[name.find("mlp.experts.")? + "mlp.experts.".len()..];
    rest.split('.').next()?.parse().ok()
}

/// No packed tensor contains, at any row, the bytes of an excluded expert's source rows.
fn check_content(art: &Artifact, source: &Path, excluded: &HashSet<u64>) -> Result<(), AuditError> {
    let ck = Checkpoint::open(source, None)?;
    if sha256_hex(&ck.config_bytes) != art.manifest.source.config_sha256 {
        return Err(AuditError::Violation {
            path: source.join("config.json"),
            reason: "differs from the config.json this artifact was compiled from".into(),
        });
    }
    let full = ck.import()?;
    let forbidden = excluded_pieces(&full, excluded);
    let src_reader = WeightReader::checkpoint(source);
    let art_reader = art.weight_reader();
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
                return Err(AuditError::Violation {
                    path: art.dir.clone(),
                    reason: format!(
                        "packed tensor {:?} contains rows {}..{} of {:?} from excluded expert {expert}",
                        art.graph.weights[wi].name, piece.row_start, piece.row_end, piece.tensor
                    ),
                });
            }
        }
    }
    Ok(())
}

/// Every source piece belonging to an excluded expert: its FFN weights and its router rows.
fn excluded_pieces<'g>(g: &'g Graph, excluded: &HashSet<u64>) -> Vec<(u64, &'g Weight, &'g Piece)> {
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
