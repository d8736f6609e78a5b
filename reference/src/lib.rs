//! The reference executor: evaluates any flexc graph op by op with burn tensors on the CPU, in f32.
//!
//! It is the oracle every pass and kernel is checked against, so it is written to be obviously
//! right rather than fast: each op is a direct transcription of the model math in FLEXOLMO.md, the
//! whole sequence is recomputed for every call (no KV cache), and weights are upcast to f32 once at
//! load.

use burn::tensor::activation::{silu, softmax};
use burn::tensor::{Device, Int, Tensor, TensorData};
use flexc_format::{TensorError, WeightReader};
use flexc_ir::{verify, Ffn, Graph, Op, VerifyError};
use std::collections::HashMap;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ExecError {
    #[error("invalid graph: {0}")]
    Graph(#[from] VerifyError),
    #[error(transparent)]
    Weights(#[from] TensorError),
    #[error("token id {token} at position {position} is outside the vocabulary of {vocab}")]
    Token { token: u32, position: usize, vocab: u64 },
    #[error("{0}")]
    Input(String),
    #[error("tensor backend: {0}")]
    Backend(String),
}

/// A graph with its weights loaded, ready to evaluate.
pub struct ReferenceExecutor {
    graph: Graph,
    /// Weights as f32 tensors; 1-D weights are stored as `[1, n]` rows so they broadcast.
    weights: HashMap<String, Tensor<2>>,
    device: Device,
    /// Router logits forced to -inf: router result value -> columns. See [`ReferenceExecutor::mask_experts`].
    router_mask: HashMap<String, Vec<usize>>,
}

impl ReferenceExecutor {
    /// Verifies `graph` and loads every weight it declares, resolving files against `root`.
    pub fn load(graph: Graph, root: &Path) -> Result<ReferenceExecutor, ExecError> {
        Self::load_with(graph, &WeightReader::new(root))
    }

    /// Verifies `graph` and loads every weight it declares through `reader` (an artifact's reader
    /// resolves its shared weight store too).
    pub fn load_with(graph: Graph, reader: &WeightReader) -> Result<ReferenceExecutor, ExecError> {
        verify(&graph)?;
        let device = Device::default();
        let mut weights = HashMap::new();
        for w in &graph.weights {
            let data = reader.f32(w)?;
            let tensor =
                Tensor::<2>::from_data(TensorData::new(data, [w.rows() as usize, w.row_len() as usize]), &device);
            weights.insert(w.name.clone(), tensor);
        }
        Ok(ReferenceExecutor { graph, weights, device, router_mask: HashMap::new() })
    }

    /// Opts experts out at run time, the way a generic server would: their router logits are set to
    /// -inf before the softmax, while their weights stay loaded. Applies to unfused MoE blocks
    /// (`router` -> gates -> `moe_combine`), whose combine names the expert of each router column.
    pub fn mask_experts(&mut self, excluded: &[u64]) {
        self.router_mask.clear();
        for inst in &self.graph.insts {
            let Op::MoeCombine { experts } = &inst.op else { continue };
            let Some(router) = self.graph.inst(&inst.args[0]).and_then(|gates| gates.args.first()) else { continue };
            let columns: Vec<usize> =
                experts.iter().enumerate().filter(|(_, e)| excluded.contains(e)).map(|(j, _)| j).collect();
            self.router_mask.insert(router.clone(), columns);
        }
    }

    pub fn graph(&self) -> &Graph {
        &self.graph
    }

    /// The vocabulary size (width of the logits).
    pub fn vocab_size(&self) -> u64 {
        self.graph.meta_int("vocab_size").map(|v| v as u64).unwrap_or(0)
    }

    /// Prefill logits `[T, vocab]`, row-major, for `tokens`.
    pub fn logits(&self, tokens: &[u32]) -> Result<Vec<f32>, ExecError> {
        if tokens.is_empty() {
            return Err(ExecError::Input("no tokens given".into()));
        }
        if let Some(max) = self.graph.meta_int("max_position_embeddings") {
            if tokens.len() as i64 > max {
                return Err(ExecError::Input(format!(
                    "{} tokens exceed the model's maximum context of {max}",
                    tokens.len()
                )));
            }
        }
        let out = self.run(tokens)?;
        out.into_data().try_to_vec::<f32>().map_err(|e| ExecError::Backend(format!("{e:?}")))
    }

    fn run(&self, tokens: &[u32]) -> Result<Tensor<2>, ExecError> {
        let g = &self.graph;
        let mut values: HashMap<&str, Tensor<2>> = HashMap::new();
        if g.inputs.len() != 1 {
            return Err(ExecError::Input(format!(
                "the graph takes {} inputs; expected only token ids",
                g.inputs.len()
            )));
        }
        let token_input = g.inputs[0].name.as_str();
        for inst in &g.insts {
            let out = match &inst.op {
                Op::Embed { table } => {
                    if inst.args[0] != token_input {
                        return Err(ExecError::Input(format!("embed reads %{}, not the token input", inst.args[0])));
                    }
                    self.embed(table, tokens)?
                }
                op => {
                    let args = inst.args.iter().map(|a| values[a.as_str()].clone()).collect();
                    self.apply(op, args, &inst.result)?
                }
            };
            values.insert(&inst.result, out);
        }
        Ok(values[g.outputs[0].as_str()].clone())
    }

    /// `table[tokens]`.
    fn embed(&self, table: &str, tokens: &[u32]) -> Result<Tensor<2>, ExecError> {
        let table = self.weight(table)?;
        let vocab = table.dims()[0] as u64;
        if let Some((position, &token)) = tokens.iter().enumerate().find(|(_, &tok)| tok as u64 >= vocab) {
            return Err(ExecError::Token { token, position, vocab });
        }
        let ids: Vec<i64> = tokens.iter().map(|&x| x as i64).collect();
        let ids = Tensor::<1, Int>::from_data(TensorData::new(ids, [tokens.len()]), &self.device);
        Ok(table.clone().select(0, ids))
    }

    fn weight(&self, name: &str) -> Result<&Tensor<2>, ExecError> {
        self.weights.get(name).ok_or_else(|| ExecError::Input(format!("weight @{name} is not loaded")))
    }

    /// One op other than `embed` on its argument values; `result` names the value (for the router mask).
    fn apply(&self, op: &Op, args: Vec<Tensor<2>>, result: &str) -> Result<Tensor<2>, ExecError> {
        let arg = |i: usize| args[i].clone();
        Ok(match op {
            Op::Embed { .. } => return Err(ExecError::Input("embed reads token ids; use eval_embed".into())),
            Op::MatMul { weight } => matmul_t(arg(0), self.weight(weight)?),
            Op::Router { weight } => {
                let logits = matmul_t(arg(0), self.weight(weight)?);
                match self.router_mask.get(result) {
                    Some(columns) if !columns.is_empty() => self.mask_columns(logits, columns),
                    _ => logits,
                }
            }
            Op::RmsNorm { weight, eps } => rms_norm(arg(0), self.weight(weight)?, *eps),
            Op::Rope { head_dim, theta } => self.rope(arg(0), *head_dim as usize, *theta),
            Op::Attention { heads, kv_heads, head_dim, .. } => {
                self.attention(arg(0), arg(1), arg(2), *heads as usize, *kv_heads as usize, *head_dim as usize)
            }
            Op::Add => arg(0) + arg(1),
            Op::SoftmaxTopK { k, renorm } => self.softmax_topk(arg(0), *k as usize, *renorm)?,
            Op::ExpertFfn { ffn, .. } | Op::DenseFfn { ffn, .. } => self.swiglu(arg(0), ffn)?,
            Op::Slice { start, len } => arg(0).narrow(1, *start as usize, *len as usize),
            Op::MoeCombine { .. } => combine(arg(0), args[1..].to_vec()),
            Op::Softmax => softmax(arg(0), 1),
            Op::Moe { router, top_k, renorm, ffn, .. } => self.moe(arg(0), Some(router), *top_k, *renorm, ffn)?,
            Op::SelfAttention { q_norm, k_norm, heads, kv_heads, head_dim, theta, eps, .. } => {
                let (h, kv, hd) = (*heads as usize, *kv_heads as usize, *head_dim as usize);
                let qkv = arg(0);
                let q = rms_norm(qkv.clone().narrow(1, 0, h * hd), self.weight(q_norm)?, *eps);
                let k = rms_norm(qkv.clone().narrow(1, h * hd, kv * hd), self.weight(k_norm)?, *eps);
                let v = qkv.narrow(1, (h + kv) * hd, kv * hd);
                let (q, k) = (self.rope(q, hd, *theta), self.rope(k, hd, *theta));
                self.attention(q, k, v, h, kv, hd)
            }
            Op::ResidualNorm { weight, eps } => arg(0) + rms_norm(arg(1), self.weight(weight)?, *eps),
            Op::MoeBlock { attn_norm, router, top_k, renorm, ffn, ffn_norm, eps, .. } => {
                let h = arg(0) + rms_norm(arg(1), self.weight(attn_norm)?, *eps);
                let y = self.moe(h.clone(), router.as_deref(), *top_k, *renorm, ffn)?;
                h + rms_norm(y, self.weight(ffn_norm)?, *eps)
            }
        })
    }

    /// The MoE block: the router's top-k gates weighting the experts' SwiGLU outputs; without a
    /// router (one expert), that expert's FFN.
    fn moe(
        &self,
        x: Tensor<2>,
        router: Option<&str>,
        top_k: u64,
        renorm: bool,
        ffn: &[Ffn],
    ) -> Result<Tensor<2>, ExecError> {
        let Some(router) = router else {
            let only = ffn.first().ok_or_else(|| ExecError::Input("a MoE block without experts".into()))?;
            return self.swiglu(x, only);
        };
        let gates = self.softmax_topk(matmul_t(x.clone(), self.weight(router)?), top_k as usize, renorm)?;
        let outputs = ffn.iter().map(|f| self.swiglu(x.clone(), f)).collect::<Result<_, _>>()?;
        Ok(combine(gates, outputs))
    }

    /// An executor holding only `weights` (name, f32 values, `[rows, row length]`), for evaluating
    /// single ops with [`eval_op`](Self::eval_op): what the kernel tests compare each kernel with.
    pub fn with_weights(weights: impl IntoIterator<Item = (String, Vec<f32>, [usize; 2])>) -> ReferenceExecutor {
        let device = Device::default();
        let weights = weights
            .into_iter()
            .map(|(name, data, shape)| (name, Tensor::<2>::from_data(TensorData::new(data, shape), &device)))
            .collect();
        let graph = Graph {
            name: "ops".into(),
            meta: Default::default(),
            inputs: Vec::new(),
            weights: Vec::new(),
            insts: Vec::new(),
            outputs: Vec::new(),
        };
        ReferenceExecutor { graph, weights, device, router_mask: HashMap::new() }
    }

    /// Evaluates `op` on activations `args`, each `(values, width)` holding `rows` rows; returns the
    /// result row-major. Attention and RoPE see the rows as positions `0..rows`.
    pub fn eval_op(&self, op: &Op, args: &[(&[f32], usize)], rows: usize) -> Result<Vec<f32>, ExecError> {
        let tensors = args
            .iter()
            .map(|(v, width)| Tensor::<2>::from_data(TensorData::new(v.to_vec(), [rows, *width]), &self.device))
            .collect();
        let out = self.apply(op, tensors, "")?;
        out.into_data().try_to_vec::<f32>().map_err(|e| ExecError::Backend(format!("{e:?}")))
    }

    /// The `embed` op: rows of `table` for `tokens`, row-major.
    pub fn eval_embed(&self, table: &str, tokens: &[u32]) -> Result<Vec<f32>, ExecError> {
        let out = self.embed(table, tokens)?;
        out.into_data().try_to_vec::<f32>().map_err(|e| ExecError::Backend(format!("{e:?}")))
    }

    fn mask_columns(&self, logits: Tensor<2>, columns: &[usize]) -> Tensor<2> {
        let e = logits.dims()[1];
        let mut mask = vec![0.0f32; e];
        for &c in columns {
            mask[c] = f32::NEG_INFINITY;
        }
        let mask = Tensor::<2>::from_data(TensorData::new(mask, [1, e]), &self.device);
        logits + mask
    }

    /// `down(silu(gate x) * up x)`.
    fn swiglu(&self, x: Tensor<2>, ffn: &Ffn) -> Result<Tensor<2>, ExecError> {
        let (gate, up, down) = match ffn {
            Ffn::Split { gate, up, down } => {
                (matmul_t(x.clone(), self.weight(gate)?), matmul_t(x, self.weight(up)?), down)
            }
            Ffn::Fused { gate_up, down } => {
                let both = matmul_t(x, self.weight(gate_up)?);
                let i = both.dims()[1] / 2;
                (both.clone().narrow(1, 0, i), both.narrow(1, i, i), down)
            }
        };
        Ok(matmul_t(silu(gate) * up, self.weight(down)?))
    }

    /// Rotate-half RoPE at positions `0..T`, with cos/sin computed in f32 as transformers does.
    fn rope(&self, x: Tensor<2>, head_dim: usize, theta: f64) -> Tensor<2> {
        let [t, width] = x.dims();
        let heads = width / head_dim;
        let half = head_dim / 2;
        let inv_freq: Vec<f32> =
            (0..half).map(|i| 1.0 / (theta as f32).powf((2 * i) as f32 / head_dim as f32)).collect();
        let mut cos = Vec::with_capacity(t * head_dim);
        let mut sin = Vec::with_capacity(t * head_dim);
        for pos in 0..t {
            for j in 0..head_dim {
                let angle = pos as f32 * inv_freq[j % half];
                cos.push(angle.cos());
                sin.push(angle.sin());
            }
        }
        let cos = Tensor::<3>::from_data(TensorData::new(cos, [t, 1, head_dim]), &self.device);
        let sin = Tensor::<3>::from_data(TensorData::new(sin, [t, 1, head_dim]), &self.device);
        let x = x.reshape([t, heads, head_dim]);
        let x1 = x.clone().narrow(2, 0, half);
        let x2 = x.clone().narrow(2, half, half);
        let rotated = Tensor::cat(vec![x2.neg(), x1], 2);
        (x * cos + rotated * sin).reshape([t, width])
    }

    /// Causal softmax attention with grouped kv heads.
    fn attention(
        &self,
        q: Tensor<2>,
        k: Tensor<2>,
        v: Tensor<2>,
        heads: usize,
        kv_heads: usize,
        head_dim: usize,
    ) -> Tensor<2> {
        let t = q.dims()[0];
        let group = heads / kv_heads;
        let q = q.reshape([t, heads, head_dim]).swap_dims(0, 1); // [H, T, hd]
        let expand = |x: Tensor<2>| {
            // [T, KV*hd] -> [KV, T, hd] -> each kv head repeated for the `group` query heads it serves.
            x.reshape([t, kv_heads, head_dim])
                .swap_dims(0, 1)
                .reshape([kv_heads, 1, t, head_dim])
                .repeat_dim(1, group)
                .reshape([heads, t, head_dim])
        };
        let (k, v) = (expand(k), expand(v));
        let scale = 1.0 / (head_dim as f32).sqrt();
        let scores = q.matmul(k.swap_dims(1, 2)) * scale; // [H, T, T]
        let mut mask = Vec::with_capacity(t * t);
        for i in 0..t {
            for j in 0..t {
                mask.push(if j <= i { 0.0f32 } else { f32::NEG_INFINITY });
            }
        }
        let mask = Tensor::<3>::from_data(TensorData::new(mask, [1, t, t]), &self.device);
        let probs = softmax(scores + mask, 2);
        probs.matmul(v).swap_dims(0, 1).reshape([t, heads * head_dim])
    }

    /// Softmax over all experts, then the `k` largest probabilities per token kept in place (ties go to
    /// the lower expert index), the rest zero.
    fn softmax_topk(&self, logits: Tensor<2>, k: usize, renorm: bool) -> Result<Tensor<2>, ExecError> {
        let [t, e] = logits.dims();
        let probs =
            softmax(logits, 1).into_data().try_to_vec::<f32>().map_err(|e| ExecError::Backend(format!("{e:?}")))?;
        let mut gates = vec![0.0f32; t * e];
        for row in 0..t {
            let p = &probs[row * e..(row + 1) * e];
            let mut order: Vec<usize> = (0..e).collect();
            order.sort_by(|&a, &b| p[b].total_cmp(&p[a]).then(a.cmp(&b)));
            let chosen = &order[..k];
            let sum: f32 = chosen.iter().map(|&j| p[j]).sum();
            for &j in chosen {
                gates[row * e + j] = if renorm { p[j] / sum } else { p[j] };
            }
        }
        Ok(Tensor::<2>::from_data(TensorData::new(gates, [t, e]), &self.device))
    }
}

/// `x W^T` for a weight stored `[out, in]`.
fn matmul_t(x: Tensor<2>, w: &Tensor<2>) -> Tensor<2> {
    x.matmul(w.clone().transpose())
}

/// `w * x / sqrt(mean(x^2) + eps)` over the last dimension.
fn rms_norm(x: Tensor<2>, w: &Tensor<2>, eps: f64) -> Tensor<2> {
    let variance = x.clone().powi_scalar(2).mean_dim(1);
    let inv = (variance + eps as f32).sqrt().recip();
    x * inv * w.clone()
}

/// `sum_j gates[:, j] * y_j`.
fn combine(gates: Tensor<2>, outputs: Vec<Tensor<2>>) -> Tensor<2> {
    let mut acc: Option<Tensor<2>> = None;
    for (j, y) in outputs.into_iter().enumerate() {
        let weighted = y * gates.clone().narrow(1, j, 1);
        acc = Some(match acc {
            Some(a) => a + weighted,
            None => weighted,
        });
    }
    acc.expect("the verifier guarantees at least one expert")
}
