//! `manifest.json`: what an artifact is, what it was made from, and every file it holds.

use flexc_ir::{Graph, Op, Weight};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

pub const FORMAT: &str = "flexc-artifact";
/// Bumped whenever an artifact's meaning changes; an artifact of another version must be recompiled.
/// Version 2: the fused graph ops and the executable launch plan (plan.json, one program per target).
pub const FORMAT_VERSION: u32 = 2;
pub const MANIFEST: &str = "manifest.json";
pub const GRAPH_TEXT: &str = "graph.fir";
pub const GRAPH_JSON: &str = "graph.json";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    /// The checkpoint's `tokenizer_config.json` (chat template, special tokens), when it has one.
    #[serde(default)]
    pub tokenizer_config: Option<String>,
    /// The shared weight store holding this artifact's `@store/...` files, when compiled with one.
    #[serde(default)]
    pub store: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The checkpoint directory as given at compile time (informational).
    pub path: String,
    pub config_sha256: String,
    pub dtype: String,
    pub num_experts: u64,
    pub top_k: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
#[serde(deny_unknown_fields)]
pub struct Configuration {
    pub kept: Vec<Expert>,
    pub excluded: Vec<Expert>,
    /// Experts chosen per token after specialization: min(k, E').
    pub top_k: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KernelFile {
    pub name: String,
    pub target: String,
    pub path: String,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    pub path: String,
    pub bytes: u64,
    /// The sha256 of what `covers` says.
    pub sha256: String,
    #[serde(default)]
    pub covers: Covers,
}

/// Which bytes of a file its manifest hash covers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Covers {
    /// The whole file.
    #[default]
    Whole,
    /// A weight file's header (the 8-byte length and the JSON): its tensor data is covered piece by
    /// piece by the graph's sha256s, which every load checks as it reads.
    Header,
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
#[serde(deny_unknown_fields)]
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
#[serde(deny_unknown_fields)]
pub struct SourcePiece {
    pub file: String,
    pub tensor: String,
    pub rows: [u64; 2],
    pub sha256: String,
    /// The expert these rows belong to (expert FFN weights and router rows).
    pub expert: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpCounts {
    pub imported: BTreeMap<String, usize>,
    pub specialized: BTreeMap<String, usize>,
}

/// Which expert, if any, each weight (and each router row) belongs to, and what kind of weight it is.
/// A weight's kind, its expert (expert FFN weights), and the expert of each row (router weights).
pub(crate) type Provenance = (TensorKind, Option<u64>, Option<Vec<u64>>);

pub(crate) fn classify(graph: &Graph) -> HashMap<&str, Provenance> {
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
pub(crate) fn tensor_entry(w: &Weight, kinds: &HashMap<&str, Provenance>) -> TensorEntry {
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
