//! The graph: inputs, weight references, SSA instructions, outputs.
//!
//! Values are named (`%x`), defined once, and used only after their definition; weights are named
//! (`@model.norm.weight`) and declared once. Instructions are kept in execution order.

use crate::types::{DType, Type};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A whole model forward: token ids in, logits out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Graph {
    pub name: String,
    /// Model-level facts the runtime needs (vocab size, maximum positions, eos token...).
    pub meta: BTreeMap<String, Attr>,
    pub inputs: Vec<Input>,
    pub weights: Vec<Weight>,
    pub insts: Vec<Inst>,
    pub outputs: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub name: String,
    pub ty: Type,
}

/// A weight tensor, referenced by where its bytes live, never holding them.
///
/// The tensor is viewed as rows of its last dimension; its bytes are the concatenation of the
/// `pieces`, each a row range of a tensor stored in a safetensors file. One piece covering every row
/// is a plain tensor; several pieces express router row selection, a per-expert slice of a fused
/// expert tensor, or a concatenation of projections.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Weight {
    pub name: String,
    pub dtype: DType,
    pub shape: Vec<u64>,
    pub pieces: Vec<Piece>,
}

/// The most bytes one weight may hold (1 TiB): larger declarations are refused before anything is
/// allocated for them.
pub const MAX_WEIGHT_BYTES: u64 = 1 << 40;

impl Weight {
    /// Number of elements in one row (the last dimension; 1-D tensors are one row).
    pub fn row_len(&self) -> u64 {
        self.shape.last().copied().unwrap_or(1)
    }

    /// Number of rows (the product of all but the last dimension; saturating, see
    /// [`Weight::checked_byte_len`]).
    pub fn rows(&self) -> u64 {
        let n = self.shape.len();
        self.shape[..n.saturating_sub(1)].iter().fold(1u64, |a, &d| a.saturating_mul(d))
    }

    /// Number of elements (saturating).
    pub fn numel(&self) -> u64 {
        self.shape.iter().fold(1u64, |a, &d| a.saturating_mul(d))
    }

    /// Bytes of the weight (saturating: an overflowing shape gives `u64::MAX`, which every bound
    /// refuses).
    pub fn byte_len(&self) -> u64 {
        self.checked_byte_len().unwrap_or(u64::MAX)
    }

    /// Bytes of the weight, or `None` when the shape's size overflows.
    pub fn checked_byte_len(&self) -> Option<u64> {
        self.shape.iter().try_fold(self.dtype.size_bytes() as u64, |a, &d| a.checked_mul(d))
    }
}

/// A row range `[row_start, row_end)` of the tensor `tensor` stored in `file`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Piece {
    /// Path relative to the directory the graph was loaded from.
    pub file: String,
    /// The tensor's name inside the file.
    pub tensor: String,
    /// Absolute byte offset of the tensor's data (row 0) in the file.
    pub offset: u64,
    pub row_start: u64,
    pub row_end: u64,
    /// Hex sha256 of exactly this piece's bytes: its identity, matched against the source checkpoint.
    pub sha256: String,
    /// Hex BLAKE3 of the same bytes, recorded for packed pieces: the check a load makes as it reads
    /// (several times faster than sha256, and as binding).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blake3: Option<String>,
}

impl Piece {
    pub fn row_count(&self) -> u64 {
        self.row_end.saturating_sub(self.row_start)
    }
}

/// One SSA instruction: `%result: ty = op %args..., @weights... {attrs}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inst {
    pub result: String,
    pub ty: Type,
    pub op: Op,
    pub args: Vec<String>,
}

/// An attribute value (graph meta data and op attributes in the text form).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Attr {
    Int(i64),
    Float(f64),
    Bool(bool),
    Str(String),
    Ints(Vec<i64>),
}

/// The operations of a FlexOlmo forward. Activations are f32 `[T, n]`; weights are `[out, in]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Op {
    /// `table[ids]`: gathers embedding rows for i32 token ids.
    Embed { table: String },
    /// `x W^T`.
    MatMul { weight: String },
    /// `w * x / sqrt(mean(x^2) + eps)` over the last dimension, in f32.
    RmsNorm { weight: String, eps: f64 },
    /// Rotate-half rotary embedding of every `head_dim` slice, at positions `0..T`.
    Rope { head_dim: u64, theta: f64 },
    /// Causal softmax attention of q `[T, heads*hd]` over k, v `[T, kv_heads*hd]` (GQA); `layer` names
    /// the KV-cache slot.
    Attention { heads: u64, kv_heads: u64, head_dim: u64, layer: u64 },
    /// Elementwise sum of two values of the same type.
    Add,
    /// Router logits `h Wr^T`, one column per expert present in the router weight.
    Router { weight: String },
    /// Softmax over all columns, then keep the `k` largest probabilities per row and zero the rest
    /// (`renorm` rescales the kept ones to sum to one). Result: dense gates `[T, E]`.
    SoftmaxTopK { k: u64, renorm: bool },
    /// SwiGLU FFN of one expert, `down(silu(gate x) * up x)`, applied to every row.
    ExpertFfn { expert: u64, ffn: Ffn },
    /// `sum_j gates[:, j] * y_j`: the outputs of the experts `experts[j]`, weighted by gate column `j`.
    MoeCombine { experts: Vec<u64> },
    /// Plain softmax over all columns: the gates of a router whose top-k selects every expert.
    Softmax,
    /// A dense SwiGLU FFN, `down(silu(gate x) * up x)`: the MoE block when one expert is kept (its
    /// gate weight is exactly 1). `expert` records whose FFN it is.
    DenseFfn { expert: u64, ffn: Ffn },
    /// The fused MoE block: router logits, softmax over the kept experts, top-`top_k` selection (none
    /// when `top_k` equals the number of experts), the selected experts' SwiGLU FFNs and their weighted
    /// sum. Weights: the router, then each expert's FFN weights in `experts` order (all experts in
    /// one layout).
    Moe { router: String, experts: Vec<u64>, top_k: u64, renorm: bool, ffn: Vec<Ffn> },
    /// Columns `start..start + len` of a `[T, n]` value (the parts of a fused projection).
    Slice { start: u64, len: u64 },
    /// The attention of a FlexOlmo layer from its fused projection `qkv` `[T, (heads + 2 kv_heads) *
    /// head_dim]` (q columns first, then k, then v): q and k each RMSNorm'd over their full width (with
    /// `q_norm`, `k_norm` and `eps`), both rotated by RoPE (`theta`), k and v written to KV-cache slot
    /// `layer`, then causal GQA attention. Result `[T, heads * head_dim]`.
    SelfAttention {
        q_norm: String,
        k_norm: String,
        heads: u64,
        kv_heads: u64,
        head_dim: u64,
        layer: u64,
        theta: f64,
        eps: f64,
    },
    /// `x + RMSNorm_weight(y)`: a post-norm with the residual add around it (operands `x`, `y`).
    ResidualNorm { weight: String, eps: f64 },
    /// A whole FlexOlmo MoE sub-block with its post-norms and residuals, from the layer input `x` and
    /// the attention output `o`: `h = x + RMSNorm_attn_norm(o)`, then `out = h + RMSNorm_ffn_norm(y)`
    /// where `y` is the `moe` of `h` (router, softmax, top-`top_k`, experts, weighted sum) or, with one
    /// expert and no router, that expert's dense FFN. Weights: `attn_norm`, the router (if any), each
    /// expert's FFN weights in `experts` order, `ffn_norm`.
    MoeBlock {
        attn_norm: String,
        router: Option<String>,
        experts: Vec<u64>,
        top_k: u64,
        renorm: bool,
        ffn: Vec<Ffn>,
        ffn_norm: String,
        eps: f64,
    },
}

/// The weights of one SwiGLU FFN, `down(silu(gate x) * up x)`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Ffn {
    /// gate `[I, d]`, up `[I, d]`, down `[d, I]`: the checkpoint's layout.
    Split { gate: String, up: String, down: String },
    /// gate_up `[2I, d]` (gate rows first), down `[d, I]`: one matmul for both projections.
    Fused { gate_up: String, down: String },
}

impl Ffn {
    pub fn weights(&self) -> Vec<&str> {
        match self {
            Ffn::Split { gate, up, down } => vec![gate, up, down],
            Ffn::Fused { gate_up, down } => vec![gate_up, down],
        }
    }

    pub fn weights_mut(&mut self) -> Vec<&mut String> {
        match self {
            Ffn::Split { gate, up, down } => vec![gate, up, down],
            Ffn::Fused { gate_up, down } => vec![gate_up, down],
        }
    }

    /// Three weights are the split layout, two the fused one.
    pub fn from_weights(weights: Vec<String>) -> Option<Ffn> {
        let mut w = weights.into_iter();
        match (w.next(), w.next(), w.next(), w.next()) {
            (Some(gate), Some(up), Some(down), None) => Some(Ffn::Split { gate, up, down }),
            (Some(gate_up), Some(down), None, None) => Some(Ffn::Fused { gate_up, down }),
            _ => None,
        }
    }
}

impl Op {
    /// The op's name in the text form.
    pub fn name(&self) -> &'static str {
        match self {
            Op::Embed { .. } => "embed",
            Op::MatMul { .. } => "matmul",
            Op::RmsNorm { .. } => "rms_norm",
            Op::Rope { .. } => "rope",
            Op::Attention { .. } => "attention",
            Op::Add => "add",
            Op::Router { .. } => "router",
            Op::SoftmaxTopK { .. } => "softmax_topk",
            Op::ExpertFfn { .. } => "expert_ffn",
            Op::MoeCombine { .. } => "moe_combine",
            Op::Softmax => "softmax",
            Op::DenseFfn { .. } => "dense_ffn",
            Op::Moe { .. } => "moe",
            Op::Slice { .. } => "slice",
            Op::SelfAttention { .. } => "self_attention",
            Op::ResidualNorm { .. } => "residual_norm",
            Op::MoeBlock { .. } => "moe_block",
        }
    }

    /// The weights the op reads, in text-form order.
    pub fn weights(&self) -> Vec<&str> {
        match self {
            Op::Embed { table } => vec![table],
            Op::MatMul { weight } | Op::RmsNorm { weight, .. } | Op::Router { weight } => {
                vec![weight]
            }
            Op::ExpertFfn { ffn, .. } | Op::DenseFfn { ffn, .. } => ffn.weights(),
            Op::Moe { router, ffn, .. } => {
                std::iter::once(router.as_str()).chain(ffn.iter().flat_map(Ffn::weights)).collect()
            }
            Op::SelfAttention { q_norm, k_norm, .. } => vec![q_norm, k_norm],
            Op::ResidualNorm { weight, .. } => vec![weight],
            Op::MoeBlock { attn_norm, router, ffn, ffn_norm, .. } => std::iter::once(attn_norm.as_str())
                .chain(router.as_deref())
                .chain(ffn.iter().flat_map(Ffn::weights))
                .chain(std::iter::once(ffn_norm.as_str()))
                .collect(),
            Op::Rope { .. }
            | Op::Attention { .. }
            | Op::Add
            | Op::SoftmaxTopK { .. }
            | Op::MoeCombine { .. }
            | Op::Softmax
            | Op::Slice { .. } => vec![],
        }
    }

    /// Mutable access to the weight names, in the same order as [`Op::weights`].
    pub fn weights_mut(&mut self) -> Vec<&mut String> {
        match self {
            Op::Embed { table } => vec![table],
            Op::MatMul { weight } | Op::RmsNorm { weight, .. } | Op::Router { weight } => {
                vec![weight]
            }
            Op::ExpertFfn { ffn, .. } | Op::DenseFfn { ffn, .. } => ffn.weights_mut(),
            Op::Moe { router, ffn, .. } => {
                std::iter::once(router).chain(ffn.iter_mut().flat_map(Ffn::weights_mut)).collect()
            }
            Op::SelfAttention { q_norm, k_norm, .. } => vec![q_norm, k_norm],
            Op::ResidualNorm { weight, .. } => vec![weight],
            Op::MoeBlock { attn_norm, router, ffn, ffn_norm, .. } => std::iter::once(attn_norm)
                .chain(router.as_mut())
                .chain(ffn.iter_mut().flat_map(Ffn::weights_mut))
                .chain(std::iter::once(ffn_norm))
                .collect(),
            Op::Rope { .. }
            | Op::Attention { .. }
            | Op::Add
            | Op::SoftmaxTopK { .. }
            | Op::MoeCombine { .. }
            | Op::Softmax
            | Op::Slice { .. } => vec![],
        }
    }

    /// The op's attributes, in text-form order.
    pub fn attrs(&self) -> Vec<(&'static str, Attr)> {
        let int = |v: u64| Attr::Int(v as i64);
        match self {
            Op::RmsNorm { eps, .. } => vec![("eps", Attr::Float(*eps))],
            Op::Rope { head_dim, theta } => {
                vec![("head_dim", int(*head_dim)), ("theta", Attr::Float(*theta))]
            }
            Op::Attention { heads, kv_heads, head_dim, layer } => vec![
                ("heads", int(*heads)),
                ("kv_heads", int(*kv_heads)),
                ("head_dim", int(*head_dim)),
                ("layer", int(*layer)),
            ],
            Op::SoftmaxTopK { k, renorm } => vec![("k", int(*k)), ("renorm", Attr::Bool(*renorm))],
            Op::ExpertFfn { expert, .. } | Op::DenseFfn { expert, .. } => vec![("expert", int(*expert))],
            Op::MoeCombine { experts } => {
                vec![("experts", Attr::Ints(experts.iter().map(|&e| e as i64).collect()))]
            }
            Op::Moe { experts, top_k, renorm, .. } => vec![
                ("experts", Attr::Ints(experts.iter().map(|&e| e as i64).collect())),
                ("top_k", int(*top_k)),
                ("renorm", Attr::Bool(*renorm)),
            ],
            Op::Slice { start, len } => vec![("start", int(*start)), ("len", int(*len))],
            Op::SelfAttention { heads, kv_heads, head_dim, layer, theta, eps, .. } => vec![
                ("heads", int(*heads)),
                ("kv_heads", int(*kv_heads)),
                ("head_dim", int(*head_dim)),
                ("layer", int(*layer)),
                ("theta", Attr::Float(*theta)),
                ("eps", Attr::Float(*eps)),
            ],
            Op::ResidualNorm { eps, .. } => vec![("eps", Attr::Float(*eps))],
            Op::MoeBlock { experts, top_k, renorm, eps, .. } => vec![
                ("experts", Attr::Ints(experts.iter().map(|&e| e as i64).collect())),
                ("top_k", int(*top_k)),
                ("renorm", Attr::Bool(*renorm)),
                ("eps", Attr::Float(*eps)),
            ],
            Op::Embed { .. } | Op::MatMul { .. } | Op::Add | Op::Router { .. } | Op::Softmax => vec![],
        }
    }

    /// Builds an op from its text-form parts. Errors name what is missing or wrong.
    pub fn build(name: &str, weights: Vec<String>, attrs: &BTreeMap<String, Attr>) -> Result<Op, String> {
        let mut a = AttrReader { attrs, used: Vec::new() };
        let w = |n: usize| -> Result<Vec<String>, String> {
            if weights.len() == n {
                Ok(weights.clone())
            } else {
                Err(format!("`{name}` takes {n} weight(s), found {}", weights.len()))
            }
        };
        let op = match name {
            "embed" => Op::Embed { table: w(1)?.remove(0) },
            "matmul" => Op::MatMul { weight: w(1)?.remove(0) },
            "rms_norm" => Op::RmsNorm { weight: w(1)?.remove(0), eps: a.float("eps")? },
            "rope" => {
                w(0)?;
                Op::Rope { head_dim: a.uint("head_dim")?, theta: a.float("theta")? }
            }
            "attention" => {
                w(0)?;
                Op::Attention {
                    heads: a.uint("heads")?,
                    kv_heads: a.uint("kv_heads")?,
                    head_dim: a.uint("head_dim")?,
                    layer: a.uint("layer")?,
                }
            }
            "add" => {
                w(0)?;
                Op::Add
            }
            "router" => Op::Router { weight: w(1)?.remove(0) },
            "softmax_topk" => {
                w(0)?;
                Op::SoftmaxTopK { k: a.uint("k")?, renorm: a.bool("renorm")? }
            }
            "expert_ffn" | "dense_ffn" => {
                let ffn = Ffn::from_weights(weights.clone()).ok_or_else(|| {
                    format!("`{name}` takes 3 weights (gate, up, down) or 2 (gate_up, down), found {}", weights.len())
                })?;
                let expert = a.uint("expert")?;
                if name == "expert_ffn" {
                    Op::ExpertFfn { expert, ffn }
                } else {
                    Op::DenseFfn { expert, ffn }
                }
            }
            "moe_combine" => {
                w(0)?;
                Op::MoeCombine { experts: a.uints("experts")? }
            }
            "softmax" => {
                w(0)?;
                Op::Softmax
            }
            "moe" => {
                let experts = a.uints("experts")?;
                let n = experts.len();
                let per_expert = match weights.len().checked_sub(1) {
                    Some(rest) if n > 0 && rest == 3 * n => 3,
                    Some(rest) if n > 0 && rest == 2 * n => 2,
                    _ => {
                        return Err(format!(
                            "`moe` of {n} experts takes the router and 3 or 2 weights per expert ({} or {}), found {}",
                            1 + 3 * n,
                            1 + 2 * n,
                            weights.len()
                        ))
                    }
                };
                let router = weights[0].clone();
                let ffn = weights[1..]
                    .chunks(per_expert)
                    .map(|c| Ffn::from_weights(c.to_vec()).expect("chunk of 2 or 3"))
                    .collect();
                Op::Moe { router, experts, top_k: a.uint("top_k")?, renorm: a.bool("renorm")?, ffn }
            }
            "slice" => {
                w(0)?;
                Op::Slice { start: a.uint("start")?, len: a.uint("len")? }
            }
            "self_attention" => {
                let [q_norm, k_norm]: [String; 2] = w(2)?.try_into().expect("two weights");
                Op::SelfAttention {
                    q_norm,
                    k_norm,
                    heads: a.uint("heads")?,
                    kv_heads: a.uint("kv_heads")?,
                    head_dim: a.uint("head_dim")?,
                    layer: a.uint("layer")?,
                    theta: a.float("theta")?,
                    eps: a.float("eps")?,
                }
            }
            "residual_norm" => Op::ResidualNorm { weight: w(1)?.remove(0), eps: a.float("eps")? },
            "moe_block" => {
                let experts = a.uints("experts")?;
                let n = experts.len();
                // attn_norm, [router], n FFNs of 3 or 2 weights, ffn_norm.
                let inner = weights.len().saturating_sub(2);
                let (router, per_expert) = match inner {
                    _ if n == 0 => (false, 0),
                    m if m == 1 + 3 * n => (true, 3),
                    m if m == 1 + 2 * n => (true, 2),
                    m if n == 1 && m == 3 => (false, 3),
                    m if n == 1 && m == 2 => (false, 2),
                    _ => (false, 0),
                };
                if per_expert == 0 || weights.len() < 2 {
                    return Err(format!(
                        "`moe_block` of {n} experts takes the attention norm, the router (unless one expert), 3 or 2 \
                         weights per expert and the FFN norm, found {} weights",
                        weights.len()
                    ));
                }
                let first = if router { 2 } else { 1 };
                let ffn = weights[first..weights.len() - 1]
                    .chunks(per_expert)
                    .map(|c| Ffn::from_weights(c.to_vec()).expect("chunk of 2 or 3"))
                    .collect();
                Op::MoeBlock {
                    attn_norm: weights[0].clone(),
                    router: router.then(|| weights[1].clone()),
                    experts,
                    top_k: a.uint("top_k")?,
                    renorm: a.bool("renorm")?,
                    ffn,
                    ffn_norm: weights[weights.len() - 1].clone(),
                    eps: a.float("eps")?,
                }
            }
            other => return Err(format!("unknown op `{other}`")),
        };
        if let Some(extra) = attrs.keys().find(|k| !a.used.contains(&k.as_str())) {
            return Err(format!("`{name}` has no attribute `{extra}`"));
        }
        Ok(op)
    }
}

struct AttrReader<'a> {
    attrs: &'a BTreeMap<String, Attr>,
    used: Vec<&'static str>,
}

impl AttrReader<'_> {
    fn get(&mut self, key: &'static str) -> Result<&Attr, String> {
        self.used.push(key);
        self.attrs.get(key).ok_or_else(|| format!("missing attribute `{key}`"))
    }

    fn uint(&mut self, key: &'static str) -> Result<u64, String> {
        match self.get(key)? {
            Attr::Int(v) if *v >= 0 => Ok(*v as u64),
            other => Err(format!("attribute `{key}` must be a non-negative integer, found {other:?}")),
        }
    }

    fn float(&mut self, key: &'static str) -> Result<f64, String> {
        match self.get(key)? {
            Attr::Float(v) => Ok(*v),
            Attr::Int(v) => Ok(*v as f64),
            other => Err(format!("attribute `{key}` must be a number, found {other:?}")),
        }
    }

    fn bool(&mut self, key: &'static str) -> Result<bool, String> {
        match self.get(key)? {
            Attr::Bool(v) => Ok(*v),
            other => Err(format!("attribute `{key}` must be true or false, found {other:?}")),
        }
    }

    fn uints(&mut self, key: &'static str) -> Result<Vec<u64>, String> {
        match self.get(key)? {
            Attr::Ints(v) if v.iter().all(|x| *x >= 0) => Ok(v.iter().map(|&x| x as u64).collect()),
            other => Err(format!("attribute `{key}` must be a list of non-negative integers, found {other:?}")),
        }
    }
}

impl Graph {
    pub fn weight(&self, name: &str) -> Option<&Weight> {
        self.weights.iter().find(|w| w.name == name)
    }

    pub fn inst(&self, result: &str) -> Option<&Inst> {
        self.insts.iter().find(|i| i.result == result)
    }

    /// Number of instructions of each op name, sorted by name.
    pub fn op_counts(&self) -> BTreeMap<&'static str, usize> {
        let mut counts = BTreeMap::new();
        for inst in &self.insts {
            *counts.entry(inst.op.name()).or_insert(0) += 1;
        }
        counts
    }

    pub fn meta_int(&self, key: &str) -> Option<i64> {
        match self.meta.get(key) {
            Some(Attr::Int(v)) => Some(*v),
            _ => None,
        }
    }

    pub fn meta_ints(&self, key: &str) -> Option<&[i64]> {
        match self.meta.get(key) {
            Some(Attr::Ints(v)) => Some(v),
            _ => None,
        }
    }
}
