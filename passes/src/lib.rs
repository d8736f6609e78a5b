//! flexc's graph passes and the pass manager that runs them by name.
//!
//! Each pass lives in its own file with a doc comment stating what it guarantees. A [`Pipeline`] runs
//! passes in order and verifies the graph after each one, so a broken pass is caught at the pass that
//! broke it, not at run time.

mod cse;
mod dce;
mod expert_mask;
mod fuse_gate_up;
mod fuse_moe;
mod fuse_qkv;
mod naming;
mod router_collapse;

pub use cse::Cse;
pub use dce::Dce;
pub use expert_mask::ExpertMask;
pub use fuse_gate_up::FuseGateUp;
pub use fuse_moe::FuseMoe;
pub use fuse_qkv::FuseQkv;
pub use router_collapse::RouterCollapse;

use flexc_ir::{verify, Graph, VerifyError};

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

/// Passes run in order, with the verifier after each.
#[derive(Default)]
pub struct Pipeline {
    passes: Vec<Box<dyn Pass>>,
}

impl Pipeline {
    pub fn new() -> Pipeline {
        Pipeline::default()
    }

    pub fn add(mut self, pass: impl Pass + 'static) -> Pipeline {
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
}

/// Every pass, by name, with the options it takes.
pub const PASSES: &[(&str, &str)] = &[
    ("expert-mask", "keep=<expert indices, separated by commas>"),
    ("router-collapse", ""),
    ("fuse-moe", ""),
    ("fuse-qkv", ""),
    ("fuse-gate-up", ""),
    ("cse", ""),
    ("dce", ""),
];

/// The specialization pipeline for a set of kept experts (original indices), in order.
pub fn specialize(kept: &[u64]) -> Pipeline {
    Pipeline::new()
        .add(ExpertMask::new(kept.to_vec()))
        .add(RouterCollapse)
        .add(FuseMoe)
        .add(FuseQkv)
        .add(FuseGateUp)
        .add(Cse)
        .add(Dce)
}

impl Pipeline {
    /// Parses a pipeline such as `expert-mask{keep=0,2},router-collapse,dce`.
    pub fn parse(spec: &str) -> Result<Pipeline, PassError> {
        let err = |reason: String| PassError::Spec { spec: spec.to_string(), reason };
        let mut pipeline = Pipeline::new();
        for item in split_top_level(spec).map_err(&err)? {
            let (name, options) = match item.find('{') {
                Some(open) if item.ends_with('}') => (&item[..open], &item[open + 1..item.len() - 1]),
                Some(_) => return Err(err(format!("`{item}`: options must be written `name{{key=value}}`"))),
                None => (item, ""),
            };
            let mut opts = std::collections::BTreeMap::new();
            if !options.trim().is_empty() {
                let (key, value) =
                    options.split_once('=').ok_or_else(|| err(format!("`{item}`: expected key=value options")))?;
                opts.insert(key.trim(), value.trim());
            }
            let no_options = |p: Box<dyn Pass>| {
                if opts.is_empty() {
                    Ok(p)
                } else {
                    Err(err(format!("pass `{name}` takes no options")))
                }
            };
            let pass: Box<dyn Pass> = match name.trim() {
                "expert-mask" => {
                    let keep = opts.remove("keep").ok_or_else(|| err("expert-mask needs keep=<indices>".into()))?;
                    if let Some(other) = opts.keys().next() {
                        return Err(err(format!("expert-mask has no option `{other}`")));
                    }
                    let kept = keep
                        .split(',')
                        .map(|s| {
                            s.trim().parse::<u64>().map_err(|_| err(format!("keep: {s:?} is not an expert index")))
                        })
                        .collect::<Result<Vec<_>, _>>()?;
                    Box::new(ExpertMask::new(kept))
                }
                "router-collapse" => no_options(Box::new(RouterCollapse))?,
                "fuse-moe" => no_options(Box::new(FuseMoe))?,
                "fuse-qkv" => no_options(Box::new(FuseQkv))?,
                "fuse-gate-up" => no_options(Box::new(FuseGateUp))?,
                "cse" => no_options(Box::new(Cse))?,
                "dce" => no_options(Box::new(Dce))?,
                other => {
                    let known: Vec<&str> = PASSES.iter().map(|p| p.0).collect();
                    return Err(err(format!("unknown pass `{other}` (known: {})", known.join(", "))));
                }
            };
            pipeline.passes.push(pass);
        }
        Ok(pipeline)
    }
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
