//! flexc's graph passes and the pass manager that runs them by name.
//!
//! Each pass lives in its own file with a doc comment stating what it guarantees. [`PASSES`] is the one
//! registry of passes: pipeline parsing, the CLI's help and the README's pass table all read it. A
//! [`Pipeline`] runs passes in order and verifies the graph after each one, so a broken pass is caught
//! at the pass that broke it, not at run time.

mod cse;
mod dce;
mod expert_prune;
mod fuse_attention;
mod fuse_gate_up;
mod fuse_moe;
mod fuse_moe_block;
mod fuse_qkv;
mod fuse_residual_norm;
mod legalize;
mod naming;
mod router_collapse;
mod uses;

pub use cse::Cse;
pub use dce::Dce;
pub use expert_prune::ExpertPrune;
pub use fuse_attention::FuseAttention;
pub use fuse_gate_up::FuseGateUp;
pub use fuse_moe::FuseMoe;
pub use fuse_moe_block::FuseMoeBlock;
pub use fuse_qkv::FuseQkv;
pub use fuse_residual_norm::FuseResidualNorm;
pub use legalize::Legalize;
pub use router_collapse::RouterCollapse;

use flexc_ir::{verify, Graph, VerifyError};
use flexc_lower::Target;
use std::collections::BTreeMap;

#[derive(Debug, thiserror::Error)]
pub enum PassError {
    #[error("pass `{pass}`: {reason}")]
    Failed { pass: String, reason: String },
    #[error("pass `{pass}` produced an invalid graph: {error}")]
    Invalid { pass: String, error: VerifyError },
    #[error("pipeline `{spec}`: {reason}")]
    Spec { spec: String, reason: String },
}

/// A graph-to-graph transformation.
pub trait Pass {
    /// The pass's name in pipelines and `--print-after`.
    fn name(&self) -> &'static str;
    /// The pass with its options, as [`Pipeline::parse`] reads it back.
    fn spec(&self) -> String {
        self.name().to_string()
    }
    fn run(&self, graph: &mut Graph) -> Result<(), PassError>;
}

/// The options of one pass in a pipeline: `name{key=value}`.
pub type Options<'a> = BTreeMap<&'a str, &'a str>;

/// One entry of the pass registry.
pub struct PassInfo {
    pub name: &'static str,
    /// The options it takes, as written in a pipeline (empty: none).
    pub options: &'static str,
    /// What it does, in one line.
    pub summary: &'static str,
    build: fn(&mut Options<'_>) -> Result<Box<dyn Pass>, String>,
}

macro_rules! plain {
    ($pass:expr) => {
        |_: &mut Options<'_>| -> Result<Box<dyn Pass>, String> { Ok(Box::new($pass)) }
    };
}

/// Every pass, in the order the specialization pipeline runs them.
pub const PASSES: &[PassInfo] = &[
    PassInfo {
        name: "expert-prune",
        options: "keep=<expert indices, separated by commas>",
        summary: "drop the excluded experts' router rows and FFNs; k' = min(k, E')",
        build: |opts| {
            let keep = opts.remove("keep").ok_or("expert-prune needs keep=<indices>")?;
            let kept = keep
                .split(',')
                .map(|s| s.trim().parse::<u64>().map_err(|_| format!("keep: {s:?} is not an expert index")))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Box::new(ExpertPrune::new(kept)))
        },
    },
    PassInfo {
        name: "router-collapse",
        options: "",
        summary: "E' <= k': a plain softmax mixture, no top-k; E' = 1: a dense FFN, no router",
        build: plain!(RouterCollapse),
    },
    PassInfo {
        name: "fuse-moe",
        options: "",
        summary: "router + gates + expert FFNs + combine -> one `moe` op (E', k' constant)",
        build: plain!(FuseMoe),
    },
    PassInfo {
        name: "fuse-qkv",
        options: "",
        summary: "the q, k, v projections -> one matmul over the stacked weights + slices",
        build: plain!(FuseQkv),
    },
    PassInfo {
        name: "fuse-gate-up",
        options: "",
        summary: "each FFN's gate and up -> one [2I, d] weight (per expert, contiguous)",
        build: plain!(FuseGateUp),
    },
    PassInfo {
        name: "fuse-attention",
        options: "",
        summary: "slices + q/k norms + RoPE + attention -> one `self_attention` op on the qkv projection",
        build: plain!(FuseAttention),
    },
    PassInfo {
        name: "fuse-residual-norm",
        options: "",
        summary: "a post-norm and the residual add around it -> one `residual_norm` op",
        build: plain!(FuseResidualNorm),
    },
    PassInfo {
        name: "fuse-moe-block",
        options: "",
        summary: "attention post-norm + residual + MoE + FFN post-norm + residual -> one `moe_block` op",
        build: plain!(FuseMoeBlock),
    },
    PassInfo { name: "cse", options: "", summary: "no repeated expression", build: plain!(Cse) },
    PassInfo { name: "dce", options: "", summary: "nothing dead: no unused op, no unused weight", build: plain!(Dce) },
    PassInfo {
        name: "legalize",
        options: "targets=<cpu,cuda,hip,wgpu>",
        summary: "every op left has a kernel on every target (changes nothing; fails naming op and target)",
        build: |opts| {
            let targets = opts.remove("targets").ok_or("legalize needs targets=<cpu,cuda,hip,wgpu>")?;
            Ok(Box::new(Legalize::new(Target::parse_list(targets)?)))
        },
    },
];

/// The registry entry of a pass.
pub fn pass_info(name: &str) -> Option<&'static PassInfo> {
    PASSES.iter().find(|p| p.name == name)
}

/// The pass list as text, one `name{options}  summary` line each (for `--help`).
pub fn help() -> String {
    let mut out = String::from("Passes, in pipeline order:\n");
    for p in PASSES {
        let name = if p.options.is_empty() { p.name.to_string() } else { format!("{}{{{}}}", p.name, p.options) };
        out += &format!("  {name:<40} {}\n", p.summary);
    }
    out
}

/// Passes run in order, with the verifier after each.
#[derive(Default)]
pub struct Pipeline {
    passes: Vec<Box<dyn Pass>>,
}

impl Pipeline {
    pub fn new() -> Pipeline {
        Pipeline::default()
    }

    /// The pipeline with `pass` appended.
    pub fn pass(mut self, pass: impl Pass + 'static) -> Pipeline {
        self.passes.push(Box::new(pass));
        self
    }

    /// The names of the passes, in order.
    pub fn names(&self) -> Vec<&'static str> {
        self.passes.iter().map(|p| p.name()).collect()
    }

    /// Each pass with its options, in order.
    pub fn specs(&self) -> Vec<String> {
        self.passes.iter().map(|p| p.spec()).collect()
    }

    /// The pipeline as text that [`Pipeline::parse`] reads back.
    pub fn spec(&self) -> String {
        self.specs().join(",")
    }

    /// Runs every pass; `after` sees the graph after each pass (for `--print-after`).
    pub fn run(&self, graph: &mut Graph, mut after: impl FnMut(&str, &Graph)) -> Result<(), PassError> {
        for pass in &self.passes {
            pass.run(graph)?;
            verify(graph).map_err(|error| PassError::Invalid { pass: pass.name().into(), error })?;
            after(pass.name(), graph);
        }
        Ok(())
    }

    /// Parses a pipeline such as `expert-prune{keep=0,2},router-collapse,dce`.
    pub fn parse(spec: &str) -> Result<Pipeline, PassError> {
        let err = |reason: String| PassError::Spec { spec: spec.to_string(), reason };
        let mut pipeline = Pipeline::new();
        for item in split_top_level(spec).map_err(&err)? {
            let (name, options) = match item.find('{') {
                Some(open) if item.ends_with('}') => (&item[..open], &item[open + 1..item.len() - 1]),
                Some(_) => return Err(err(format!("`{item}`: options must be written `name{{key=value}}`"))),
                None => (item, ""),
            };
            let name = name.trim();
            let mut opts = Options::new();
            if !options.trim().is_empty() {
                let (key, value) =
                    options.split_once('=').ok_or_else(|| err(format!("`{item}`: expected key=value options")))?;
                opts.insert(key.trim(), value.trim());
            }
            let info = pass_info(name).ok_or_else(|| {
                let known: Vec<&str> = PASSES.iter().map(|p| p.name).collect();
                err(format!("unknown pass `{name}` (known: {})", known.join(", ")))
            })?;
            let pass = (info.build)(&mut opts).map_err(&err)?;
            if let Some(other) = opts.keys().next() {
                return Err(err(if info.options.is_empty() {
                    format!("pass `{name}` takes no options (found `{other}`)")
                } else {
                    format!("{name} has no option `{other}` (it takes {})", info.options)
                }));
            }
            pipeline.passes.push(pass);
        }
        Ok(pipeline)
    }
}

/// The specialization pipeline for a set of kept experts (original indices), ending with the legality
/// check for `targets`: the registry's passes, in order.
pub fn specialize(kept: &[u64], targets: &[Target]) -> Pipeline {
    Pipeline::new()
        .pass(ExpertPrune::new(kept.to_vec()))
        .pass(RouterCollapse)
        .pass(FuseMoe)
        .pass(FuseQkv)
        .pass(FuseGateUp)
        .pass(FuseAttention)
        .pass(FuseResidualNorm)
        .pass(FuseMoeBlock)
        .pass(Cse)
        .pass(Dce)
        .pass(Legalize::new(targets.to_vec()))
}

/// Splits on commas outside braces.
fn split_top_level(spec: &str) -> Result<Vec<&str>, String> {
    let mut items = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in spec.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth < 0 {
                    return Err("unbalanced `}`".into());
                }
            }
            ',' if depth == 0 => {
                items.push(spec[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    if depth != 0 {
        return Err("unbalanced `{`".into());
    }
    items.push(spec[start..].trim());
    if items.iter().any(|i| i.is_empty()) {
        return Err("empty pass name".into());
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_specialization_pipeline_is_the_registry_in_order() {
        let names = specialize(&[0], &[Target::Cpu]).names();
        let registry: Vec<&str> = PASSES.iter().map(|p| p.name).collect();
        assert_eq!(names, registry);
    }

    #[test]
    fn every_spec_parses_back() {
        let pipeline = specialize(&[0, 2], &[Target::Cpu, Target::Cuda]);
        let again = Pipeline::parse(&pipeline.spec()).unwrap();
        assert_eq!(again.specs(), pipeline.specs());
        let err = Pipeline::parse("dce{x=1}").err().unwrap().to_string();
        assert!(err.contains("takes no options"), "{err}");
        let err = Pipeline::parse("nope").err().unwrap().to_string();
        assert!(err.contains("unknown pass `nope`") && err.contains("fuse-moe-block"), "{err}");
    }
}
