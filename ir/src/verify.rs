//! The verifier: every pass's output and every loaded artifact goes through it.
//!
//! It checks that each value is defined once before it is used, that every weight referenced is
//! declared with pieces that cover exactly its rows, and that each op's operand and result types agree
//! with its attributes and weights. Errors name the value and the instruction.

use crate::graph::{Graph, Inst, Op, Weight};
use crate::text::{instruction, SourceMap};
use crate::types::{DType, Dim, Type};
use std::collections::{HashMap, HashSet};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyError {
    /// Index of the offending instruction, if the problem is in one.
    pub inst: Option<usize>,
    /// 1-based source line, when the graph came from text.
    pub line: Option<usize>,
    /// The instruction or declaration as text.
    pub context: String,
    pub msg: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        if self.context.is_empty() {
            write!(f, "{}", self.msg)
        } else {
            write!(f, "{} (in `{}`)", self.msg, self.context)
        }
    }
}

impl std::error::Error for VerifyError {}

/// Verifies a graph.
pub fn verify(g: &Graph) -> Result<(), VerifyError> {
    verify_with_source_map(g, None)
}

/// Verifies a graph parsed from text, naming source lines in errors.
pub fn verify_with_source_map(g: &Graph, map: Option<&SourceMap>) -> Result<(), VerifyError> {
    let global = |msg: String| VerifyError { inst: None, line: None, context: String::new(), msg };
    check_names(g).map_err(global)?;
    let mut weights: HashMap<&str, &Weight> = HashMap::new();
    for (i, w) in g.weights.iter().enumerate() {
        let line = map.and_then(|m| m.weight_lines.get(i).copied());
        let err = |msg: String| VerifyError { inst: None, line, context: format!("weight @{}", w.name), msg };
        if weights.insert(&w.name, w).is_some() {
            return Err(err(format!("weight @{} declared twice", w.name)));
        }
        check_weight(w).map_err(err)?;
    }

    let mut types: HashMap<&str, &Type> = HashMap::new();
    for input in &g.inputs {
        if types.insert(&input.name, &input.ty).is_some() {
            return Err(global(format!("input %{} declared twice", input.name)));
        }
    }
    let mut kv_slots = HashSet::new();
    for (idx, inst) in g.insts.iter().enumerate() {
        let err = |msg: String| VerifyError {
            inst: Some(idx),
            line: map.and_then(|m| m.inst_lines.get(idx).copied()),
            context: instruction(inst),
            msg,
        };
        let mut arg_types = Vec::with_capacity(inst.args.len());
        for a in &inst.args {
            match types.get(a.as_str()) {
                Some(t) => arg_types.push(*t),
                None => return Err(err(format!("%{a} is used before it is defined"))),
            }
        }
        let mut op_weights = Vec::new();
        for w in inst.op.weights() {
            match weights.get(w) {
                Some(w) => op_weights.push(*w),
                None => return Err(err(format!("weight @{w} is not declared"))),
            }
        }
        if let Op::Attention { layer, .. } | Op::SelfAttention { layer, .. } = inst.op {
            if !kv_slots.insert(layer) {
                return Err(err(format!("KV-cache slot layer={layer} is used by two attention ops")));
            }
        }
        let expected = result_type(inst, &arg_types, &op_weights).map_err(&err)?;
        if expected != inst.ty {
            return Err(err(format!(
                "%{} is declared {} but `{}` produces {expected}",
                inst.result,
                inst.ty,
                inst.op.name()
            )));
        }
        if types.insert(&inst.result, &inst.ty).is_some() {
            return Err(err(format!("%{} is defined twice", inst.result)));
        }
    }
    for o in &g.outputs {
        if !types.contains_key(o.as_str()) {
            return Err(global(format!("output %{o} is not defined")));
        }
    }
    if g.outputs.is_empty() {
        return Err(global("the graph has no output".into()));
    }
    Ok(())
}

/// Every name is one the text form can spell (graphs also arrive as JSON): values `%[A-Za-z0-9_.]+`,
/// weights `@[A-Za-z0-9_.-]+`, meta keys words of letters, digits and `_` that do not start with a
/// digit.
fn check_names(g: &Graph) -> Result<(), String> {
    use crate::text::{is_name_char, is_value_char};
    let value = |n: &str| !n.is_empty() && n.chars().all(is_value_char);
    for name in g.inputs.iter().map(|i| &i.name).chain(g.insts.iter().map(|i| &i.result)).chain(&g.outputs) {
        if !value(name) {
            return Err(format!("value name {name:?} is not a name (letters, digits, `_` and `.`)"));
        }
    }
    for a in g.insts.iter().flat_map(|i| &i.args) {
        if !value(a) {
            return Err(format!("operand {a:?} is not a value name"));
        }
    }
    for w in &g.weights {
        if w.name.is_empty() || !w.name.chars().all(is_name_char) {
            return Err(format!("weight name {:?} is not a name (letters, digits, `_`, `.` and `-`)", w.name));
        }
    }
    // u64 attributes are written as i64 in the text form: larger ones cannot be spelled.
    for inst in &g.insts {
        for (name, attr) in inst.op.attrs() {
            let negative = match &attr {
                crate::Attr::Int(v) => *v < 0,
                crate::Attr::Ints(v) => v.iter().any(|v| *v < 0),
                _ => false,
            };
            if negative {
                return Err(format!(
                    "%{}: attribute `{name}` holds a value beyond 2^63-1, which the text form cannot spell",
                    inst.result
                ));
            }
        }
    }
    for key in g.meta.keys() {
        let word = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && key != "inf"
            && key != "NaN";
        if !word {
            return Err(format!("meta key {key:?} is not a word (letters, digits and `_`)"));
        }
    }
    // A NaN is unequal to itself: a graph holding one would not equal its own printed and parsed form.
    if let Some((key, _)) = g.meta.iter().find(|(_, v)| matches!(v, crate::Attr::Float(f) if f.is_nan())) {
        return Err(format!("meta `{key}` is NaN"));
    }
    Ok(())
}

fn check_weight(w: &Weight) -> Result<(), String> {
    if !w.dtype.is_float() {
        return Err(format!("weights must be f32, bf16 or f16, found {}", w.dtype));
    }
    if w.shape.is_empty() || w.shape.contains(&0) {
        return Err(format!("weight shape {:?} must be non-empty with no zero dimension", w.shape));
    }
    if w.checked_byte_len().is_none_or(|n| n > crate::graph::MAX_WEIGHT_BYTES) {
        return Err(format!(
            "weight shape {:?} is larger than flexc handles ({} bytes at most)",
            w.shape,
            crate::graph::MAX_WEIGHT_BYTES
        ));
    }
    if w.pieces.is_empty() {
        return Err("weight has no source pieces".into());
    }
    let mut rows = 0u64;
    for p in &w.pieces {
        if p.row_start >= p.row_end {
            return Err(format!("piece of {:?} has empty row range {}..{}", p.tensor, p.row_start, p.row_end));
        }
        let hex = |h: &str| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit());
        if !hex(&p.sha256) {
            return Err(format!("piece of {:?} has a malformed sha256 {:?}", p.tensor, p.sha256));
        }
        if let Some(b) = p.blake3.as_deref().filter(|b| !hex(b)) {
            return Err(format!("piece of {:?} has a malformed blake3 {b:?}", p.tensor));
        }
        rows = rows.checked_add(p.row_count()).ok_or("its pieces' row counts overflow")?;
    }
    if rows != w.rows() {
        return Err(format!("pieces cover {rows} rows but shape {:?} has {}", w.shape, w.rows()));
    }
    Ok(())
}

fn seq(n: u64) -> Type {
    Type::seq_f32(n)
}

/// Width of an f32 `[T, n]` operand, or an error naming it.
fn width(inst: &Inst, i: usize, t: &Type) -> Result<u64, String> {
    match (t.dtype, t.seq_width()) {
        (DType::F32, Some(n)) => Ok(n),
        _ => Err(format!("operand %{} must be f32[T, n], found {t}", inst.args[i])),
    }
}

fn matrix(w: &Weight) -> Result<(u64, u64), String> {
    match w.shape.as_slice() {
        [rows, cols] => Ok((*rows, *cols)),
        s => Err(format!("weight @{} must be 2-D, found shape {s:?}", w.name)),
    }
}

fn result_type(inst: &Inst, args: &[&Type], weights: &[&Weight]) -> Result<Type, String> {
    let arity = |n: usize| {
        if args.len() == n {
            Ok(())
        } else {
            Err(format!("`{}` takes {n} value operand(s), found {}", inst.op.name(), args.len()))
        }
    };
    match &inst.op {
        Op::Embed { .. } => {
            arity(1)?;
            if args[0] != &Type::new(DType::I32, vec![Dim::Seq]) {
                return Err(format!("token ids %{} must be i32[T], found {}", inst.args[0], args[0]));
            }
            let (_, d) = matrix(weights[0])?;
            Ok(seq(d))
        }
        Op::MatMul { .. } => {
            arity(1)?;
            let n = width(inst, 0, args[0])?;
            let (out, inp) = matrix(weights[0])?;
            if inp != n {
                return Err(format!(
                    "weight @{} is [{out}, {inp}] but %{} has width {n}",
                    weights[0].name, inst.args[0]
                ));
            }
            Ok(seq(out))
        }
        Op::RmsNorm { eps, .. } => {
            arity(1)?;
            let n = width(inst, 0, args[0])?;
            if weights[0].shape != [n] {
                return Err(format!("norm weight @{} must be [{n}], found {:?}", weights[0].name, weights[0].shape));
            }
            if !(eps.is_finite() && *eps > 0.0) {
                return Err(format!("eps must be a positive number, found {eps}"));
            }
            Ok(seq(n))
        }
        Op::Rope { head_dim, theta } => {
            arity(1)?;
            let n = width(inst, 0, args[0])?;
            if *head_dim == 0 || head_dim % 2 != 0 || n % head_dim != 0 {
                return Err(format!("head_dim {head_dim} must be even and divide the width {n}"));
            }
            if !(theta.is_finite() && *theta > 0.0) {
                return Err(format!("theta must be a positive number, found {theta}"));
            }
            Ok(seq(n))
        }
        Op::Attention { heads, kv_heads, head_dim, .. } => {
            arity(3)?;
            if *heads == 0 || *kv_heads == 0 || *head_dim == 0 || heads % kv_heads != 0 {
                return Err(format!("kv_heads {kv_heads} must be non-zero and divide heads {heads}"));
            }
            let q = width(inst, 0, args[0])?;
            let k = width(inst, 1, args[1])?;
            let v = width(inst, 2, args[2])?;
            if Some(q) != heads.checked_mul(*head_dim) || Some(k) != kv_heads.checked_mul(*head_dim) || v != k {
                return Err(format!(
                    "q/k/v widths {q}/{k}/{v} do not match heads {heads}, kv_heads {kv_heads}, head_dim {head_dim}"
                ));
            }
            Ok(seq(q))
        }
        Op::Add => {
            arity(2)?;
            let n = width(inst, 0, args[0])?;
            if args[0] != args[1] {
                return Err(format!("cannot add {} and {}", args[0], args[1]));
            }
            Ok(seq(n))
        }
        Op::Router { .. } => {
            arity(1)?;
            let d = width(inst, 0, args[0])?;
            let (e, inp) = matrix(weights[0])?;
            if inp != d {
                return Err(format!("router @{} is [{e}, {inp}] but %{} has width {d}", weights[0].name, inst.args[0]));
            }
            Ok(seq(e))
        }
        Op::SoftmaxTopK { k, .. } => {
            arity(1)?;
            let e = width(inst, 0, args[0])?;
            if *k == 0 || *k > e {
                return Err(format!("k = {k} must be between 1 and the number of experts {e}"));
            }
            Ok(seq(e))
        }
        Op::ExpertFfn { .. } | Op::DenseFfn { .. } => {
            arity(1)?;
            let d = width(inst, 0, args[0])?;
            swiglu(weights, d)?;
            Ok(seq(d))
        }
        Op::Slice { start, len } => {
            arity(1)?;
            let n = width(inst, 0, args[0])?;
            if *len == 0 || start.checked_add(*len).is_none_or(|end| end > n) {
                return Err(format!("columns {start}..{} are not within the width {n}", start.saturating_add(*len)));
            }
            Ok(seq(*len))
        }
        Op::Softmax => {
            arity(1)?;
            Ok(seq(width(inst, 0, args[0])?))
        }
        Op::Moe { experts, top_k, ffn, .. } => {
            arity(1)?;
            let d = width(inst, 0, args[0])?;
            distinct_experts(experts)?;
            let (e, inp) = matrix(weights[0])?;
            if inp != d || e != experts.len() as u64 {
                return Err(format!(
                    "router @{} is [{e}, {inp}]; expected [{}, {d}] for {} experts",
                    weights[0].name,
                    experts.len(),
                    experts.len()
                ));
            }
            if *top_k == 0 || *top_k > e {
                return Err(format!("top_k = {top_k} must be between 1 and the number of experts {e}"));
            }
            let per_expert = ffn.first().map_or(3, |f| f.weights().len());
            if ffn.len() != experts.len() || ffn.iter().any(|f| f.weights().len() != per_expert) {
                return Err(format!("{} experts need {} FFNs, all in one layout", experts.len(), experts.len()));
            }
            for f in weights[1..].chunks(per_expert) {
                swiglu(f, d)?;
            }
            Ok(seq(d))
        }
        Op::SelfAttention { heads, kv_heads, head_dim, theta, eps, .. } => {
            arity(1)?;
            if *heads == 0 || *kv_heads == 0 || *head_dim == 0 || heads % kv_heads != 0 || head_dim % 2 != 0 {
                return Err(format!(
                    "kv_heads {kv_heads} must be non-zero and divide heads {heads}, and head_dim {head_dim} must be even"
                ));
            }
            positive("eps", *eps)?;
            positive("theta", *theta)?;
            let n = width(inst, 0, args[0])?;
            let sizes = heads.checked_mul(*head_dim).zip(kv_heads.checked_mul(*head_dim));
            let Some((q, kv)) = sizes.filter(|(q, kv)| kv.checked_mul(2).and_then(|k2| k2.checked_add(*q)).is_some())
            else {
                return Err(format!("heads {heads} and kv_heads {kv_heads} of {head_dim} overflow a width"));
            };
            if n != q + 2 * kv {
                return Err(format!("qkv width {n} is not q {q} + k {kv} + v {kv}"));
            }
            norm_weight(weights[0], q)?;
            norm_weight(weights[1], kv)?;
            Ok(seq(q))
        }
        Op::ResidualNorm { eps, .. } => {
            arity(2)?;
            let n = width(inst, 0, args[0])?;
            if args[0] != args[1] {
                return Err(format!("the residual {} and the normed value {} differ in type", args[0], args[1]));
            }
            positive("eps", *eps)?;
            norm_weight(weights[0], n)?;
            Ok(seq(n))
        }
        Op::MoeBlock { experts, top_k, router, ffn, eps, .. } => {
            arity(2)?;
            let d = width(inst, 0, args[0])?;
            if args[0] != args[1] {
                return Err(format!("the residual {} and the attention output {} differ in type", args[0], args[1]));
            }
            positive("eps", *eps)?;
            distinct_experts(experts)?;
            norm_weight(weights[0], d)?;
            norm_weight(weights[weights.len() - 1], d)?;
            let n = experts.len() as u64;
            let mut first = 1;
            match router {
                Some(_) => {
                    let (e, inp) = matrix(weights[1])?;
                    if inp != d || e != n {
                        return Err(format!(
                            "router @{} is [{e}, {inp}]; expected [{n}, {d}] for {n} experts",
                            weights[1].name
                        ));
                    }
                    first = 2;
                }
                None if n != 1 => return Err(format!("{n} experts need a router")),
                None => {}
            }
            if *top_k == 0 || *top_k > n {
                return Err(format!("top_k = {top_k} must be between 1 and the number of experts {n}"));
            }
            let per_expert = ffn.first().map_or(3, |f| f.weights().len());
            if ffn.len() != experts.len() || ffn.iter().any(|f| f.weights().len() != per_expert) {
                return Err(format!("{n} experts need {n} FFNs, all in one layout"));
            }
            for f in weights[first..weights.len() - 1].chunks(per_expert) {
                swiglu(f, d)?;
            }
            Ok(seq(d))
        }
        Op::MoeCombine { experts } => {
            if args.len() != experts.len() + 1 {
                return Err(format!(
                    "`moe_combine` of {} experts takes gates and {} expert outputs, found {} operands",
                    experts.len(),
                    experts.len(),
                    args.len()
                ));
            }
            let e = width(inst, 0, args[0])?;
            if e != experts.len() as u64 {
                return Err(format!("gates have {e} columns for {} experts", experts.len()));
            }
            distinct_experts(experts)?;
            let d = width(inst, 1, args[1])?;
            for i in 2..args.len() {
                if width(inst, i, args[i])? != d {
                    return Err(format!("expert outputs have different widths ({d} and {})", args[i]));
                }
            }
            Ok(seq(d))
        }
    }
}

fn positive(what: &str, v: f64) -> Result<(), String> {
    if v.is_finite() && v > 0.0 {
        Ok(())
    } else {
        Err(format!("{what} must be a positive number, found {v}"))
    }
}

/// A norm weight of width `n`.
fn norm_weight(w: &Weight, n: u64) -> Result<(), String> {
    if w.shape == [n] {
        Ok(())
    } else {
        Err(format!("norm weight @{} must be [{n}], found {:?}", w.name, w.shape))
    }
}

fn distinct_experts(experts: &[u64]) -> Result<(), String> {
    let mut seen = HashSet::new();
    if let Some(dup) = experts.iter().find(|x| !seen.insert(**x)) {
        return Err(format!("expert {dup} listed twice"));
    }
    if experts.is_empty() {
        return Err("at least one expert is needed".into());
    }
    Ok(())
}

/// gate [I, d], up [I, d], down [d, I]; or gate_up [2I, d], down [d, I].
fn swiglu(weights: &[&Weight], d: u64) -> Result<(), String> {
    if let [gate_up, down] = weights {
        let (gu, gd) = matrix(gate_up)?;
        let (dd, di) = matrix(down)?;
        if gd != d || dd != d || Some(gu) != di.checked_mul(2) {
            return Err(format!(
                "SwiGLU weights @{} [{gu}, {gd}], @{} [{dd}, {di}] do not fit width {d} (expected [2I, {d}] and [{d}, I])",
                gate_up.name, down.name
            ));
        }
        return Ok(());
    }
    let (gi, gd) = matrix(weights[0])?;
    let (ui, ud) = matrix(weights[1])?;
    let (dd, di) = matrix(weights[2])?;
    if gd != d || ud != d || dd != d || gi != ui || di != gi {
        return Err(format!(
            "SwiGLU weights @{} [{gi}, {gd}], @{} [{ui}, {ud}], @{} [{dd}, {di}] do not fit width {d}",
            weights[0].name, weights[1].name, weights[2].name
        ));
    }
    Ok(())
}
