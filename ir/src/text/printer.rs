//! Graph -> text.

use super::lexer::quote;
use crate::graph::{Attr, Graph, Inst, Weight};
use std::fmt::Write;

/// Prints a graph in the text form that [`crate::parse`] reads back to an equal graph.
pub fn print(g: &Graph) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "graph {}", quote(&g.name));
    for (key, value) in &g.meta {
        let _ = writeln!(out, "meta {key} = {}", attr(value));
    }
    for input in &g.inputs {
        let _ = writeln!(out, "input %{}: {}", input.name, input.ty);
    }
    for w in &g.weights {
        out.push_str(&weight(w));
        out.push('\n');
    }
    for inst in &g.insts {
        out.push_str(&instruction(inst));
        out.push('\n');
    }
    for o in &g.outputs {
        let _ = writeln!(out, "output %{o}");
    }
    out
}

pub(crate) fn attr(a: &Attr) -> String {
    match a {
        Attr::Int(v) => v.to_string(),
        Attr::Float(v) => format!("{v:?}"),
        Attr::Bool(v) => v.to_string(),
        Attr::Str(s) => quote(s),
        Attr::Ints(v) => {
            let items: Vec<String> = v.iter().map(|x| x.to_string()).collect();
            format!("[{}]", items.join(", "))
        }
    }
}

fn weight(w: &Weight) -> String {
    let shape: Vec<String> = w.shape.iter().map(|d| d.to_string()).collect();
    let mut s = format!("weight @{}: {}[{}] =", w.name, w.dtype, shape.join(", "));
    for (i, p) in w.pieces.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        let _ = write!(
            s,
            " {} {} at {} rows {}..{} sha256 {}",
            quote(&p.file),
            quote(&p.tensor),
            p.offset,
            p.row_start,
            p.row_end,
            quote(&p.sha256)
        );
        if let Some(b) = &p.blake3 {
            let _ = write!(s, " blake3 {}", quote(b));
        }
    }
    s
}

/// One instruction on one line, as it appears in the text form.
pub fn instruction(inst: &Inst) -> String {
    let mut s = format!("%{}: {} = {}", inst.result, inst.ty, inst.op.name());
    let operands: Vec<String> = inst
        .args
        .iter()
        .map(|a| format!("%{a}"))
        .chain(inst.op.weights().into_iter().map(|w| format!("@{w}")))
        .collect();
    if !operands.is_empty() {
        s.push(' ');
        s.push_str(&operands.join(", "));
    }
    let attrs = inst.op.attrs();
    if !attrs.is_empty() {
        let items: Vec<String> = attrs.iter().map(|(k, v)| format!("{k} = {}", attr(v))).collect();
        let _ = write!(s, " {{{}}}", items.join(", "));
    }
    s
}
