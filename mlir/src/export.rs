//! A specialized graph as one `func.func @forward` in upstream dialects (`linalg`, `tensor`, `arith`,
//! `math`), built through melior's API, op by op, with static shapes for a sequence length `T`.
//!
//! Every graph instruction becomes a few `linalg.generic`s (or a `tensor.extract_slice`) whose
//! location names the instruction (`%value`), so an MLIR diagnostic points at the graph. The fused
//! `moe` op lowers to linalg over exactly its kept experts: the router is an `[T, E']` contraction,
//! the top-`k'` selection a rank count over the `E'` experts (ties to the lower index), and the
//! experts' SwiGLU FFNs one contraction chain each, summed with their gates. Weights are f32: dense
//! constants (`inline`) or function arguments after the token ids (`external`, in the graph's weight
//! order).

use crate::MlirError;
use flexc_ir::{Ffn, Graph, Op};
use melior::ir::attribute::{DenseElementsAttribute, FloatAttribute, IntegerAttribute, StringAttribute, TypeAttribute};
use melior::ir::block::BlockLike;
use melior::ir::operation::OperationBuilder;
use melior::ir::r#type::{FunctionType, IntegerType, RankedTensorType};
use melior::ir::ShapedTypeLike;
use melior::ir::{Attribute, Block, BlockRef, Identifier, Location, Module, Region, Type, Value};
use melior::ir::{RegionLike, ValueLike};
use melior::Context;
use std::collections::HashMap;

/// How weights enter the module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weights {
    /// `arith.constant dense<...>` tensors: a self-contained module.
    Inline,
    /// Function arguments after the token ids, in the graph's weight order.
    External,
}

/// f32 weight values by name, `[rows, row length]`.
pub type WeightValues = HashMap<String, (Vec<f32>, [u64; 2])>;

/// Builds `@forward(ids: tensor<Txi32>[, weights...]) -> tensor<TxVxf32>` for `graph` into `module`.
pub fn build_forward<'c>(
    context: &'c Context,
    module: &Module<'c>,
    graph: &Graph,
    weights: &WeightValues,
    seq_len: u64,
    mode: Weights,
) -> Result<(), MlirError> {
    let e = Emitter { ctx: context, f32: Type::float32(context), index: Type::index(context) };
    let unknown = Location::unknown(context);
    let ids_ty = e.tensor(&[seq_len], IntegerType::new(context, 32).into());
    let mut arg_types = vec![ids_ty];
    if mode == Weights::External {
        for w in &graph.weights {
            arg_types.push(e.tensor(&[w.rows(), w.row_len()], e.f32));
        }
    }
    let output = graph.outputs.first().ok_or_else(|| MlirError::Graph("the graph has no output".into()))?;
    let out_width = graph
        .inst(output)
        .and_then(|i| i.ty.seq_width())
        .ok_or_else(|| MlirError::Graph(format!("output %{output} is not a [T, n] value")))?;
    let result_ty = e.tensor(&[seq_len, out_width], e.f32);

    let region = Region::new();
    let block = region.append_block(Block::new(&arg_types.iter().map(|&t| (t, unknown)).collect::<Vec<_>>()));
    {
        let mut weight_values: HashMap<&str, Value> = HashMap::new();
        for (i, w) in graph.weights.iter().enumerate() {
            let loc = Location::name(context, &format!("@{}", w.name), unknown);
            let value = match mode {
                Weights::External => block.argument(i + 1)?.into(),
                Weights::Inline => {
                    let (data, shape) = weights
                        .get(&w.name)
                        .ok_or_else(|| MlirError::Graph(format!("weight @{} has no values", w.name)))?;
                    let ty = e.tensor(shape, e.f32);
                    let attr = DenseElementsAttribute::f32_values(ty, data);
                    e.op(&block, "arith.constant", &[], &[ty], &[("value", attr.into())], loc)?
                }
            };
            weight_values.insert(w.name.as_str(), value);
        }
        let mut values: HashMap<&str, (Value, u64)> = HashMap::new();
        let ids: Value = block.argument(0)?.into();
        for inst in &graph.insts {
            let loc = Location::name(context, &format!("%{}", inst.result), unknown);
            let width =
                inst.ty.seq_width().ok_or_else(|| MlirError::Graph(format!("%{} is not [T, n]", inst.result)))?;
            let arg = |i: usize| -> Result<(Value, u64), MlirError> {
                values.get(inst.args[i].as_str()).copied().ok_or_else(|| {
                    MlirError::Graph(format!("%{}: argument %{} is not defined", inst.result, inst.args[i]))
                })
            };
            let weight = |name: &str| -> Result<(Value, [u64; 2]), MlirError> {
                let w =
                    graph.weight(name).ok_or_else(|| MlirError::Graph(format!("weight @{name} is not declared")))?;
                Ok((weight_values[name], [w.rows(), w.row_len()]))
            };
            let l = Lowering { e: &e, block: &block, t: seq_len, loc };
            let out = match &inst.op {
                Op::Embed { table } => l.embed(ids, weight(table)?.0, width)?,
                Op::MatMul { weight: w } | Op::Router { weight: w } => l.matmul_t(arg(0)?.0, weight(w)?.0, width)?,
                Op::RmsNorm { weight: w, eps } => l.rms_norm(arg(0)?.0, width, weight(w)?.0, *eps)?,
                Op::Rope { head_dim, theta } => l.rope(arg(0)?.0, width, *head_dim, *theta)?,
                Op::Attention { heads, kv_heads, head_dim, .. } => {
                    l.attention(arg(0)?.0, arg(1)?.0, arg(2)?.0, *heads, *kv_heads, *head_dim)?
                }
                Op::Add => l.add(arg(0)?.0, arg(1)?.0, width)?,
                Op::Slice { start, len } => {
                    let (x, _) = arg(0)?;
                    l.slice_columns(x, *start, *len)?
                }
                Op::Softmax => l.softmax(arg(0)?.0, &[seq_len, width])?,
                Op::SoftmaxTopK { k, renorm } => {
                    let probs = l.softmax(arg(0)?.0, &[seq_len, width])?;
                    l.top_k(probs, width, *k, *renorm)?
                }
                Op::ExpertFfn { ffn, .. } | Op::DenseFfn { ffn, .. } => {
                    let (x, d) = arg(0)?;
                    l.swiglu(x, d, ffn, &weight)?
                }
                Op::MoeCombine { .. } => {
                    let outputs: Vec<Value> =
                        (1..inst.args.len()).map(|i| arg(i).map(|a| a.0)).collect::<Result<_, _>>()?;
                    l.combine(arg(0)?.0, &outputs, width)?
                }
                Op::Moe { router, experts, top_k, renorm, ffn } => {
                    let (x, d) = arg(0)?;
                    l.moe(x, d, Some(weight(router)?.0), experts.len() as u64, *top_k, *renorm, ffn, &weight)?
                }
                Op::SelfAttention { q_norm, k_norm, heads, kv_heads, head_dim, theta, eps, .. } => {
                    let (qkv, _) = arg(0)?;
                    let (q_width, kv_width) = (heads * head_dim, kv_heads * head_dim);
                    let q = l.rms_norm(l.slice_columns(qkv, 0, q_width)?, q_width, weight(q_norm)?.0, *eps)?;
                    let k = l.slice_columns(qkv, q_width, kv_width)?;
                    let k = l.rms_norm(k, kv_width, weight(k_norm)?.0, *eps)?;
                    let v = l.slice_columns(qkv, q_width + kv_width, kv_width)?;
                    let q = l.rope(q, q_width, *head_dim, *theta)?;
                    let k = l.rope(k, kv_width, *head_dim, *theta)?;
                    l.attention(q, k, v, *heads, *kv_heads, *head_dim)?
                }
                Op::ResidualNorm { weight: w, eps } => {
                    let normed = l.rms_norm(arg(1)?.0, width, weight(w)?.0, *eps)?;
                    l.add(arg(0)?.0, normed, width)?
                }
                Op::MoeBlock { attn_norm, router, experts, top_k, renorm, ffn, ffn_norm, eps } => {
                    let normed = l.rms_norm(arg(1)?.0, width, weight(attn_norm)?.0, *eps)?;
                    let h = l.add(arg(0)?.0, normed, width)?;
                    let router = router.as_deref().map(|r| weight(r).map(|w| w.0)).transpose()?;
                    let y = l.moe(h, width, router, experts.len() as u64, *top_k, *renorm, ffn, &weight)?;
                    let normed = l.rms_norm(y, width, weight(ffn_norm)?.0, *eps)?;
                    l.add(h, normed, width)?
                }
            };
            values.insert(&inst.result, (out, width));
        }
        let (out, _) = values[output.as_str()];
        block.append_operation(melior::dialect::func::r#return(&[out], unknown));
    }
    let function_type = FunctionType::new(context, &arg_types, &[result_ty]);
    let func = melior::dialect::func::func(
        context,
        StringAttribute::new(context, "forward"),
        TypeAttribute::new(function_type.into()),
        region,
        &[(Identifier::new(context, "llvm.emit_c_interface"), Attribute::unit(context))],
        Location::name(context, &graph.name, unknown),
    );
    module.body().append_operation(func);
    Ok(())
}

/// Small typed helpers over `OperationBuilder`.
struct Emitter<'c> {
    ctx: &'c Context,
    f32: Type<'c>,
    index: Type<'c>,
}

impl<'c> Emitter<'c> {
    fn tensor(&self, shape: &[u64], element: Type<'c>) -> Type<'c> {
        RankedTensorType::new(shape, element, None).into()
    }

    fn attr(&self, text: &str) -> Result<Attribute<'c>, MlirError> {
        Attribute::parse(self.ctx, text).ok_or_else(|| MlirError::Build(format!("invalid attribute {text}")))
    }

    /// Appends one operation with a single result to `block`.
    fn op<'a>(
        &self,
        block: &BlockRef<'c, 'a>,
        name: &str,
        operands: &[Value<'c, '_>],
        results: &[Type<'c>],
        attributes: &[(&str, Attribute<'c>)],
        loc: Location<'c>,
    ) -> Result<Value<'c, 'a>, MlirError> {
        let attributes: Vec<(Identifier<'c>, Attribute<'c>)> =
            attributes.iter().map(|(k, v)| (Identifier::new(self.ctx, k), *v)).collect();
        let op = OperationBuilder::new(name, loc)
            .add_operands(operands)
            .add_results(results)
            .add_attributes(&attributes)
            .build()
            .map_err(|err| MlirError::Build(format!("{name}: {err}")))?;
        Ok(block.append_operation(op).result(0)?.into())
    }

    fn f32_const<'a>(&self, block: &BlockRef<'c, 'a>, v: f32, loc: Location<'c>) -> Result<Value<'c, 'a>, MlirError> {
        let attr = FloatAttribute::new(self.ctx, self.f32, v as f64);
        self.op(block, "arith.constant", &[], &[self.f32], &[("value", attr.into())], loc)
    }

    fn index_const<'a>(&self, block: &BlockRef<'c, 'a>, v: i64, loc: Location<'c>) -> Result<Value<'c, 'a>, MlirError> {
        let attr = IntegerAttribute::new(self.index, v);
        self.op(block, "arith.constant", &[], &[self.index], &[("value", attr.into())], loc)
    }

    /// `linalg.index` of loop dimension `dim`.
    fn loop_index<'a>(
        &self,
        block: &BlockRef<'c, 'a>,
        dim: i64,
        loc: Location<'c>,
    ) -> Result<Value<'c, 'a>, MlirError> {
        let attr = IntegerAttribute::new(IntegerType::new(self.ctx, 64).into(), dim);
        self.op(block, "linalg.index", &[], &[self.index], &[("dim", attr.into())], loc)
    }
}

/// The body of a `linalg.generic`: its block (arguments: one element per input and output) and the
/// emitter; returns the values to yield.
type Body<'c, 'b> =
    dyn for<'a> Fn(&Emitter<'c>, &BlockRef<'c, 'a>, Location<'c>) -> Result<Vec<Value<'c, 'a>>, MlirError> + 'b;

struct Lowering<'c, 'x, 'a> {
    e: &'x Emitter<'c>,
    block: &'x BlockRef<'c, 'a>,
    t: u64,
    loc: Location<'c>,
}

impl<'c, 'a> Lowering<'c, '_, 'a> {
    fn empty(&self, shape: &[u64]) -> Result<Value<'c, 'a>, MlirError> {
        let ty = self.e.tensor(shape, self.e.f32);
        self.e.op(self.block, "tensor.empty", &[], &[ty], &[], self.loc)
    }

    /// A tensor of `shape` filled with `v`.
    fn filled(&self, shape: &[u64], v: f32) -> Result<Value<'c, 'a>, MlirError> {
        let init = self.empty(shape)?;
        let c = self.e.f32_const(self.block, v, self.loc)?;
        let ty = self.e.tensor(shape, self.e.f32);
        let segments = self.e.attr("array<i32: 1, 1>")?;
        let region = Region::new();
        let body = region.append_block(Block::new(&[(self.e.f32, self.loc), (self.e.f32, self.loc)]));
        let arg: Value = body.argument(0)?.into();
        body.append_operation(OperationBuilder::new("linalg.yield", self.loc).add_operands(&[arg]).build()?);
        let op = OperationBuilder::new("linalg.fill", self.loc)
            .add_operands(&[c, init])
            .add_results(&[ty])
            .add_attributes(&[(Identifier::new(self.e.ctx, "operandSegmentSizes"), segments)])
            .add_regions([region])
            .build()?;
        Ok(self.block.append_operation(op).result(0)?.into())
    }

    /// `linalg.generic` with `maps` (affine maps, inputs then the output), `iterators`
    /// (`parallel`/`reduction`), writing into `init` of `out_shape`.
    fn generic(
        &self,
        inputs: &[Value<'c, 'a>],
        init: Value<'c, 'a>,
        out_shape: &[u64],
        maps: &[&str],
        iterators: &[&str],
        body: &Body<'c, '_>,
    ) -> Result<Value<'c, 'a>, MlirError> {
        let e = self.e;
        let maps =
            e.attr(&format!("[{}]", maps.iter().map(|m| format!("affine_map<{m}>")).collect::<Vec<_>>().join(", ")))?;
        let iterators = e.attr(&format!(
            "[{}]",
            iterators.iter().map(|i| format!("#linalg.iterator_type<{i}>")).collect::<Vec<_>>().join(", ")
        ))?;
        let segments = e.attr(&format!("array<i32: {}, 1>", inputs.len()))?;
        let region = Region::new();
        let mut arg_types: Vec<(Type, Location)> = Vec::new();
        for v in inputs.iter().chain([&init]) {
            let element = RankedTensorType::try_from(v.r#type())
                .map_err(|_| MlirError::Build("a linalg.generic operand is not a ranked tensor".into()))?
                .element();
            arg_types.push((element, self.loc));
        }
        let block = region.append_block(Block::new(&arg_types));
        let yielded = body(e, &block, self.loc)?;
        block.append_operation(OperationBuilder::new("linalg.yield", self.loc).add_operands(&yielded).build()?);
        let mut operands = inputs.to_vec();
        operands.push(init);
        let op = OperationBuilder::new("linalg.generic", self.loc)
            .add_operands(&operands)
            .add_results(&[e.tensor(out_shape, e.f32)])
            .add_attributes(&[
                (Identifier::new(e.ctx, "indexing_maps"), maps),
                (Identifier::new(e.ctx, "iterator_types"), iterators),
                (Identifier::new(e.ctx, "operandSegmentSizes"), segments),
            ])
            .add_regions([region])
            .build()?;
        Ok(self.block.append_operation(op).result(0)?.into())
    }

    /// `out[t, i] = table[ids[t], i]`.
    fn embed(&self, ids: Value<'c, 'a>, table: Value<'c, 'a>, d: u64) -> Result<Value<'c, 'a>, MlirError> {
        let init = self.empty(&[self.t, d])?;
        self.generic(
            &[ids],
            init,
            &[self.t, d],
            &["(d0, d1) -> (d0)", "(d0, d1) -> (d0, d1)"],
            &["parallel", "parallel"],
            &|e, b, loc| {
                let id: Value = b.argument(0)?.into();
                let row = e.op(b, "arith.index_cast", &[id], &[e.index], &[], loc)?;
                let col = e.loop_index(b, 1, loc)?;
                Ok(vec![e.op(b, "tensor.extract", &[table, row, col], &[e.f32], &[], loc)?])
            },
        )
    }

    /// `out[t, o] = sum_k x[t, k] * w[o, k]`.
    fn matmul_t(&self, x: Value<'c, 'a>, w: Value<'c, 'a>, n_out: u64) -> Result<Value<'c, 'a>, MlirError> {
        let init = self.filled(&[self.t, n_out], 0.0)?;
        self.generic(
            &[x, w],
            init,
            &[self.t, n_out],
            &["(d0, d1, d2) -> (d0, d2)", "(d0, d1, d2) -> (d1, d2)", "(d0, d1, d2) -> (d0, d1)"],
            &["parallel", "parallel", "reduction"],
            &multiply_add,
        )
    }

    fn elementwise2(
        &self,
        a: Value<'c, 'a>,
        b: Value<'c, 'a>,
        n: u64,
        name: &'static str,
    ) -> Result<Value<'c, 'a>, MlirError> {
        let init = self.empty(&[self.t, n])?;
        let id = "(d0, d1) -> (d0, d1)";
        self.generic(&[a, b], init, &[self.t, n], &[id, id, id], &["parallel", "parallel"], &move |e, blk, loc| {
            let (x, y): (Value, Value) = (blk.argument(0)?.into(), blk.argument(1)?.into());
            Ok(vec![e.op(blk, name, &[x, y], &[e.f32], &[], loc)?])
        })
    }

    fn add(&self, a: Value<'c, 'a>, b: Value<'c, 'a>, n: u64) -> Result<Value<'c, 'a>, MlirError> {
        self.elementwise2(a, b, n, "arith.addf")
    }

    /// `sum_i x[t, i]` (or of `x^2` with `square`) into `[T]`... kept as `[T, 1]` for broadcasting maps.
    fn row_reduce(&self, x: Value<'c, 'a>, kind: Reduce) -> Result<Value<'c, 'a>, MlirError> {
        let init = self.filled(&[self.t, 1], 0.0)?;
        self.generic(
            &[x],
            init,
            &[self.t, 1],
            &["(d0, d1) -> (d0, d1)", "(d0, d1) -> (d0, 0)"],
            &["parallel", "reduction"],
            &move |e, b, loc| {
                let (v, acc): (Value, Value) = (b.argument(0)?.into(), b.argument(1)?.into());
                Ok(vec![match kind {
                    Reduce::Sum => e.op(b, "arith.addf", &[v, acc], &[e.f32], &[], loc)?,
                    Reduce::SumSquares => {
                        let sq = e.op(b, "arith.mulf", &[v, v], &[e.f32], &[], loc)?;
                        e.op(b, "arith.addf", &[sq, acc], &[e.f32], &[], loc)?
                    }
                }])
            },
        )
    }

    /// `w * x / sqrt(mean(x^2) + eps)` per row.
    fn rms_norm(&self, x: Value<'c, 'a>, n: u64, w: Value<'c, 'a>, eps: f64) -> Result<Value<'c, 'a>, MlirError> {
        let sum_sq = self.row_reduce(x, Reduce::SumSquares)?;
        let init = self.empty(&[self.t, n])?;
        let (inv_n, eps) = (1.0 / n as f32, eps as f32);
        self.generic(
            &[x, sum_sq, w],
            init,
            &[self.t, n],
            &["(d0, d1) -> (d0, d1)", "(d0, d1) -> (d0, 0)", "(d0, d1) -> (0, d1)", "(d0, d1) -> (d0, d1)"],
            &["parallel", "parallel"],
            &move |e, b, loc| {
                let (v, s, g): (Value, Value, Value) =
                    (b.argument(0)?.into(), b.argument(1)?.into(), b.argument(2)?.into());
                let inv_n = e.f32_const(b, inv_n, loc)?;
                let eps = e.f32_const(b, eps, loc)?;
                let mean = e.op(b, "arith.mulf", &[s, inv_n], &[e.f32], &[], loc)?;
                let var = e.op(b, "arith.addf", &[mean, eps], &[e.f32], &[], loc)?;
                let root = e.op(b, "math.sqrt", &[var], &[e.f32], &[], loc)?;
                let one = e.f32_const(b, 1.0, loc)?;
                let inv = e.op(b, "arith.divf", &[one, root], &[e.f32], &[], loc)?;
                let scaled = e.op(b, "arith.mulf", &[v, inv], &[e.f32], &[], loc)?;
                Ok(vec![e.op(b, "arith.mulf", &[scaled, g], &[e.f32], &[], loc)?])
            },
        )
    }

    /// Rotate-half RoPE at positions `0..T`: for column `c` of head-local index `j`,
    /// `x[c] cos - x[c + hd/2] sin` (first half) or `x[c] cos + x[c - hd/2] sin` (second half), with
    /// `angle = t * inv_freq[j mod hd/2]` in f32.
    fn rope(&self, x: Value<'c, 'a>, width: u64, head_dim: u64, theta: f64) -> Result<Value<'c, 'a>, MlirError> {
        let half = head_dim / 2;
        let inv_freq: Vec<f32> =
            (0..half).map(|i| 1.0 / (theta as f32).powf((2 * i) as f32 / head_dim as f32)).collect();
        let freq_ty = self.e.tensor(&[half], self.e.f32);
        let freqs = self.e.op(
            self.block,
            "arith.constant",
            &[],
            &[freq_ty],
            &[("value", DenseElementsAttribute::f32_values(freq_ty, &inv_freq).into())],
            self.loc,
        )?;
        let init = self.empty(&[self.t, width])?;
        let (hd, half_i) = (head_dim as i64, half as i64);
        self.generic(
            &[],
            init,
            &[self.t, width],
            &["(d0, d1) -> (d0, d1)"],
            &["parallel", "parallel"],
            &move |e, b, loc| {
                let t = e.loop_index(b, 0, loc)?;
                let c = e.loop_index(b, 1, loc)?;
                let hd_c = e.index_const(b, hd, loc)?;
                let half_c = e.index_const(b, half_i, loc)?;
                let j = e.op(b, "arith.remui", &[c, hd_c], &[e.index], &[], loc)?;
                let jf = e.op(b, "arith.remui", &[j, half_c], &[e.index], &[], loc)?;
                let first = e.op(
                    b,
                    "arith.cmpi",
                    &[j, half_c],
                    &[IntegerType::new(e.ctx, 1).into()],
                    &[("predicate", e.attr("2 : i64")?)],
                    loc,
                )?; // slt
                let up = e.op(b, "arith.addi", &[c, half_c], &[e.index], &[], loc)?;
                let down = e.op(b, "arith.subi", &[c, half_c], &[e.index], &[], loc)?;
                let partner = e.op(b, "arith.select", &[first, up, down], &[e.index], &[], loc)?;
                let xc = e.op(b, "tensor.extract", &[x, t, c], &[e.f32], &[], loc)?;
                let xp = e.op(b, "tensor.extract", &[x, t, partner], &[e.f32], &[], loc)?;
                let freq = e.op(b, "tensor.extract", &[freqs, jf], &[e.f32], &[], loc)?;
                let ti = e.op(b, "arith.index_cast", &[t], &[IntegerType::new(e.ctx, 64).into()], &[], loc)?;
                let tf = e.op(b, "arith.sitofp", &[ti], &[e.f32], &[], loc)?;
                let angle = e.op(b, "arith.mulf", &[tf, freq], &[e.f32], &[], loc)?;
                let cos = e.op(b, "math.cos", &[angle], &[e.f32], &[], loc)?;
                let sin = e.op(b, "math.sin", &[angle], &[e.f32], &[], loc)?;
                let a = e.op(b, "arith.mulf", &[xc, cos], &[e.f32], &[], loc)?;
                let r = e.op(b, "arith.mulf", &[xp, sin], &[e.f32], &[], loc)?;
                let minus = e.op(b, "arith.subf", &[a, r], &[e.f32], &[], loc)?;
                let plus = e.op(b, "arith.addf", &[a, r], &[e.f32], &[], loc)?;
                Ok(vec![e.op(b, "arith.select", &[first, minus, plus], &[e.f32], &[], loc)?])
            },
        )
    }

    /// Causal softmax attention with `heads / kv_heads` query heads per kv head, scores and
    /// probabilities `[H, T, T]` in f32.
    fn attention(
        &self,
        q: Value<'c, 'a>,
        k: Value<'c, 'a>,
        v: Value<'c, 'a>,
        heads: u64,
        kv_heads: u64,
        hd: u64,
    ) -> Result<Value<'c, 'a>, MlirError> {
        let (t, group) = (self.t, heads / kv_heads);
        let scale = 1.0 / (hd as f32).sqrt();
        // scores[h, i, j] = scale * sum_d q[i, h*hd + d] * k[j, (h / group)*hd + d], -inf above the diagonal.
        let q3 = self.expand(q, &[t, heads, hd])?;
        let k3 = self.expand(k, &[t, kv_heads, hd])?;
        let v3 = self.expand(v, &[t, kv_heads, hd])?;
        let kmap = format!("(d0, d1, d2, d3) -> (d2, d0 floordiv {group}, d3)");
        let dots = self.contract3(q3, "(d0, d1, d2, d3) -> (d1, d0, d3)", k3, &kmap, [heads, t, t])?;
        let init = self.empty(&[heads, t, t])?;
        let id3 = "(d0, d1, d2) -> (d0, d1, d2)";
        let scores =
            self.generic(&[dots], init, &[heads, t, t], &[id3, id3], &["parallel"; 3], &move |e, b, loc| {
                let s: Value = b.argument(0)?.into();
                let i = e.loop_index(b, 1, loc)?;
                let j = e.loop_index(b, 2, loc)?;
                let sc = e.f32_const(b, scale, loc)?;
                let scaled = e.op(b, "arith.mulf", &[s, sc], &[e.f32], &[], loc)?;
                let neg = e.f32_const(b, f32::NEG_INFINITY, loc)?;
                let causal = e.op(
                    b,
                    "arith.cmpi",
                    &[j, i],
                    &[IntegerType::new(e.ctx, 1).into()],
                    &[("predicate", e.attr("7 : i64")?)],
                    loc,
                )?; // ule
                Ok(vec![e.op(b, "arith.select", &[causal, scaled, neg], &[e.f32], &[], loc)?])
            })?;
        let probs = self.softmax(scores, &[heads, t, t])?;
        // out[i, h, d] = sum_j p[h, i, j] * v[j, h / group, d]
        let vmap = format!("(d0, d1, d2, d3) -> (d3, d1 floordiv {group}, d2)");
        let out = self.contract3(probs, "(d0, d1, d2, d3) -> (d1, d0, d3)", v3, &vmap, [t, heads, hd])?;
        self.collapse(out, &[t, heads * hd])
    }

    /// `out[d0, d1, d2] = sum_d3 a[map_a] * b[map_b]`: the two contractions of attention.
    fn contract3(
        &self,
        a: Value<'c, 'a>,
        map_a: &str,
        b: Value<'c, 'a>,
        map_b: &str,
        shape: [u64; 3],
    ) -> Result<Value<'c, 'a>, MlirError> {
        let init = self.filled(&shape, 0.0)?;
        let out = "(d0, d1, d2, d3) -> (d0, d1, d2)";
        self.generic(
            &[a, b],
            init,
            &shape,
            &[map_a, map_b, out],
            &["parallel", "parallel", "parallel", "reduction"],
            &multiply_add,
        )
    }

    /// `[T, a*b] -> [T, a, b]`.
    fn expand(&self, x: Value<'c, 'a>, shape: &[u64; 3]) -> Result<Value<'c, 'a>, MlirError> {
        let ty = self.e.tensor(shape, self.e.f32);
        let reassoc = self.e.attr("[[0], [1, 2]]")?;
        let static_shape = self.e.attr(&format!("array<i64: {}, {}, {}>", shape[0], shape[1], shape[2]))?;
        self.e.op(
            self.block,
            "tensor.expand_shape",
            &[x],
            &[ty],
            &[("reassociation", reassoc), ("static_output_shape", static_shape)],
            self.loc,
        )
    }

    /// `[T, a, b] -> [T, a*b]`.
    fn collapse(&self, x: Value<'c, 'a>, shape: &[u64; 2]) -> Result<Value<'c, 'a>, MlirError> {
        let ty = self.e.tensor(shape, self.e.f32);
        let reassoc = self.e.attr("[[0], [1, 2]]")?;
        self.e.op(self.block, "tensor.collapse_shape", &[x], &[ty], &[("reassociation", reassoc)], self.loc)
    }

    /// Softmax over the last dimension of a tensor of `shape` (rank 2 or 3), in f32.
    fn softmax(&self, x: Value<'c, 'a>, shape: &[u64]) -> Result<Value<'c, 'a>, MlirError> {
        let rank = shape.len();
        let dims: Vec<String> = (0..rank).map(|i| format!("d{i}")).collect();
        let id = format!("({}) -> ({})", dims.join(", "), dims.join(", "));
        let row = format!("({}) -> ({}, 0)", dims.join(", "), dims[..rank - 1].join(", "));
        let mut row_shape = shape.to_vec();
        row_shape[rank - 1] = 1;
        let mut reduce = vec!["parallel"; rank - 1];
        reduce.push("reduction");
        let parallel = vec!["parallel"; rank];
        let (id, row) = (id.as_str(), row.as_str());
        let combine =
            |inputs: &[Value<'c, 'a>], init, out_shape: &[u64], maps: &[&str], iters: &[&str], op: &'static str| {
                self.generic(inputs, init, out_shape, maps, iters, &move |e, b, loc| {
                    let (v, w): (Value, Value) = (b.argument(0)?.into(), b.argument(1)?.into());
                    Ok(vec![e.op(b, op, &[v, w], &[e.f32], &[], loc)?])
                })
            };
        let max = combine(
            &[x],
            self.filled(&row_shape, f32::NEG_INFINITY)?,
            &row_shape,
            &[id, row],
            &reduce,
            "arith.maximumf",
        )?;
        let exp = self.generic(&[x, max], self.empty(shape)?, shape, &[id, row, id], &parallel, &|e, b, loc| {
            let (v, m): (Value, Value) = (b.argument(0)?.into(), b.argument(1)?.into());
            let d = e.op(b, "arith.subf", &[v, m], &[e.f32], &[], loc)?;
            Ok(vec![e.op(b, "math.exp", &[d], &[e.f32], &[], loc)?])
        })?;
        let sum = combine(&[exp], self.filled(&row_shape, 0.0)?, &row_shape, &[id, row], &reduce, "arith.addf")?;
        combine(&[exp, sum], self.empty(shape)?, shape, &[id, row, id], &parallel, "arith.divf")
    }

    /// Keeps the `k` largest probabilities of each row in place, zero elsewhere (ties to the lower
    /// column): column `c` is kept when fewer than `k` columns rank above it, where `c'` ranks above
    /// `c` if `p[c'] > p[c]`, or `p[c'] == p[c]` and `c' < c`. `renorm` rescales the kept ones to sum to 1.
    fn top_k(&self, probs: Value<'c, 'a>, n: u64, k: u64, renorm: bool) -> Result<Value<'c, 'a>, MlirError> {
        let rank = self.generic(
            &[probs, probs],
            self.filled(&[self.t, n], 0.0)?,
            &[self.t, n],
            &["(d0, d1, d2) -> (d0, d1)", "(d0, d1, d2) -> (d0, d2)", "(d0, d1, d2) -> (d0, d1)"],
            &["parallel", "parallel", "reduction"],
            &|e, b, loc| {
                let (p, other, acc): (Value, Value, Value) =
                    (b.argument(0)?.into(), b.argument(1)?.into(), b.argument(2)?.into());
                let c = e.loop_index(b, 1, loc)?;
                let c2 = e.loop_index(b, 2, loc)?;
                let i1: Type = IntegerType::new(e.ctx, 1).into();
                let greater = e.op(b, "arith.cmpf", &[other, p], &[i1], &[("predicate", e.attr("2 : i64")?)], loc)?; // ogt
                let equal = e.op(b, "arith.cmpf", &[other, p], &[i1], &[("predicate", e.attr("1 : i64")?)], loc)?; // oeq
                let lower = e.op(b, "arith.cmpi", &[c2, c], &[i1], &[("predicate", e.attr("6 : i64")?)], loc)?; // ult
                let tie = e.op(b, "arith.andi", &[equal, lower], &[i1], &[], loc)?;
                let above = e.op(b, "arith.ori", &[greater, tie], &[i1], &[], loc)?;
                let one = e.f32_const(b, 1.0, loc)?;
                let zero = e.f32_const(b, 0.0, loc)?;
                let count = e.op(b, "arith.select", &[above, one, zero], &[e.f32], &[], loc)?;
                Ok(vec![e.op(b, "arith.addf", &[acc, count], &[e.f32], &[], loc)?])
            },
        )?;
        let id = "(d0, d1) -> (d0, d1)";
        let kf = k as f32;
        let kept = self.generic(
            &[probs, rank],
            self.empty(&[self.t, n])?,
            &[self.t, n],
            &[id, id, id],
            &["parallel"; 2],
            &move |e, b, loc| {
                let (p, r): (Value, Value) = (b.argument(0)?.into(), b.argument(1)?.into());
                let limit = e.f32_const(b, kf, loc)?;
                let chosen = e.op(
                    b,
                    "arith.cmpf",
                    &[r, limit],
                    &[IntegerType::new(e.ctx, 1).into()],
                    &[("predicate", e.attr("4 : i64")?)],
                    loc,
                )?; // olt
                let zero = e.f32_const(b, 0.0, loc)?;
                Ok(vec![e.op(b, "arith.select", &[chosen, p, zero], &[e.f32], &[], loc)?])
            },
        )?;
        if !renorm {
            return Ok(kept);
        }
        let sum = self.row_reduce(kept, Reduce::Sum)?;
        self.generic(
            &[kept, sum],
            self.empty(&[self.t, n])?,
            &[self.t, n],
            &[id, "(d0, d1) -> (d0, 0)", id],
            &["parallel"; 2],
            &|e, b, loc| {
                let (v, s): (Value, Value) = (b.argument(0)?.into(), b.argument(1)?.into());
                Ok(vec![e.op(b, "arith.divf", &[v, s], &[e.f32], &[], loc)?])
            },
        )
    }

    /// Columns `start..start + len` of an activation `[T, n]`.
    fn slice_columns(&self, x: Value<'c, 'a>, start: u64, len: u64) -> Result<Value<'c, 'a>, MlirError> {
        self.extract_slice(x, [0, start], [self.t, len])
    }

    /// Rows `start..start + len` of a weight `[rows, n]` (the halves of a fused gate_up).
    fn weight_rows(&self, w: Value<'c, 'a>, start: u64, len: u64, n: u64) -> Result<Value<'c, 'a>, MlirError> {
        self.extract_slice(w, [start, 0], [len, n])
    }

    /// The `sizes` block at `offsets` of a rank-2 tensor.
    fn extract_slice(&self, x: Value<'c, 'a>, offsets: [u64; 2], sizes: [u64; 2]) -> Result<Value<'c, 'a>, MlirError> {
        let e = self.e;
        let ty = e.tensor(&sizes, e.f32);
        e.op(
            self.block,
            "tensor.extract_slice",
            &[x],
            &[ty],
            &[
                ("static_offsets", e.attr(&format!("array<i64: {}, {}>", offsets[0], offsets[1]))?),
                ("static_sizes", e.attr(&format!("array<i64: {}, {}>", sizes[0], sizes[1]))?),
                ("static_strides", e.attr("array<i64: 1, 1>")?),
                ("operandSegmentSizes", e.attr("array<i32: 1, 0, 0, 0>")?),
            ],
            self.loc,
        )
    }

    /// `down(silu(gate x) * up x)`.
    fn swiglu(
        &self,
        x: Value<'c, 'a>,
        d: u64,
        ffn: &Ffn,
        weight: &dyn Fn(&str) -> Result<(Value<'c, 'a>, [u64; 2]), MlirError>,
    ) -> Result<Value<'c, 'a>, MlirError> {
        let (gate, up, down) = match ffn {
            Ffn::Split { gate, up, down } => (weight(gate)?.0, weight(up)?.0, weight(down)?),
            Ffn::Fused { gate_up, down } => {
                let (w, [rows, n]) = weight(gate_up)?;
                (self.weight_rows(w, 0, rows / 2, n)?, self.weight_rows(w, rows / 2, rows / 2, n)?, weight(down)?)
            }
        };
        let (down, [_, inter]) = down;
        let g = self.matmul_t(x, gate, inter)?;
        let u = self.matmul_t(x, up, inter)?;
        let id = "(d0, d1) -> (d0, d1)";
        let h = self.generic(
            &[g, u],
            self.empty(&[self.t, inter])?,
            &[self.t, inter],
            &[id, id, id],
            &["parallel"; 2],
            &|e, b, loc| {
                let (gv, uv): (Value, Value) = (b.argument(0)?.into(), b.argument(1)?.into());
                let neg = e.op(b, "arith.negf", &[gv], &[e.f32], &[], loc)?;
                let exp = e.op(b, "math.exp", &[neg], &[e.f32], &[], loc)?;
                let one = e.f32_const(b, 1.0, loc)?;
                let den = e.op(b, "arith.addf", &[one, exp], &[e.f32], &[], loc)?;
                let silu = e.op(b, "arith.divf", &[gv, den], &[e.f32], &[], loc)?;
                Ok(vec![e.op(b, "arith.mulf", &[silu, uv], &[e.f32], &[], loc)?])
            },
        )?;
        self.matmul_t(h, down, d)
    }

    /// `sum_j gates[:, j] * y_j`.
    /// The MoE block over exactly its experts: an `[T, E']` router contraction, a softmax, a top-`k'`
    /// selection (none when `k' = E'`: the collapsed mixture), one SwiGLU chain per expert, summed
    /// with their gates. Without a router, the single expert's FFN.
    #[allow(clippy::too_many_arguments)]
    fn moe(
        &self,
        x: Value<'c, 'a>,
        d: u64,
        router: Option<Value<'c, 'a>>,
        n: u64,
        top_k: u64,
        renorm: bool,
        ffn: &[Ffn],
        weight: &dyn Fn(&str) -> Result<(Value<'c, 'a>, [u64; 2]), MlirError>,
    ) -> Result<Value<'c, 'a>, MlirError> {
        let Some(router) = router else {
            let only = ffn.first().ok_or_else(|| MlirError::Graph("a MoE block without experts".into()))?;
            return self.swiglu(x, d, only, weight);
        };
        let logits = self.matmul_t(x, router, n)?;
        let probs = self.softmax(logits, &[self.t, n])?;
        let gates = if top_k < n { self.top_k(probs, n, top_k, renorm)? } else { probs };
        let outputs: Vec<Value> = ffn.iter().map(|f| self.swiglu(x, d, f, weight)).collect::<Result<_, _>>()?;
        self.combine(gates, &outputs, d)
    }

    fn combine(&self, gates: Value<'c, 'a>, outputs: &[Value<'c, 'a>], d: u64) -> Result<Value<'c, 'a>, MlirError> {
        let mut acc = self.filled(&[self.t, d], 0.0)?;
        let id = "(d0, d1) -> (d0, d1)";
        for (j, y) in outputs.iter().enumerate() {
            let gate_col = format!("(d0, d1) -> (d0, {j})");
            acc = self.generic(
                &[*y, gates, acc],
                self.empty(&[self.t, d])?,
                &[self.t, d],
                &[id, &gate_col, id, id],
                &["parallel"; 2],
                &|e, b, loc| {
                    let (yv, g, a): (Value, Value, Value) =
                        (b.argument(0)?.into(), b.argument(1)?.into(), b.argument(2)?.into());
                    let w = e.op(b, "arith.mulf", &[yv, g], &[e.f32], &[], loc)?;
                    Ok(vec![e.op(b, "arith.addf", &[a, w], &[e.f32], &[], loc)?])
                },
            )?;
        }
        Ok(acc)
    }
}

#[derive(Clone, Copy)]
enum Reduce {
    Sum,
    SumSquares,
}

/// `acc + a * b`: the body of every contraction.
fn multiply_add<'c, 'a>(
    e: &Emitter<'c>,
    b: &BlockRef<'c, 'a>,
    loc: Location<'c>,
) -> Result<Vec<Value<'c, 'a>>, MlirError> {
    let (x, y, acc): (Value, Value, Value) = (b.argument(0)?.into(), b.argument(1)?.into(), b.argument(2)?.into());
    let prod = e.op(b, "arith.mulf", &[x, y], &[e.f32], &[], loc)?;
    Ok(vec![e.op(b, "arith.addf", &[acc, prod], &[e.f32], &[], loc)?])
}
