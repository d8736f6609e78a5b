//! flexc's graph passes and the pass manager that runs them by name.
//!
//! Each pass lives in its own file with a doc comment stating what it guarantees. A [`Pipeline`] runs
//! passes in order and verifies the graph after each one, so a broken pass is caught at the pass that
//! broke it, not at run time.

mod dce;
mod expert_mask;

pub use dce::Dce;
pub use expert_mask::ExpertMask;

use flexc_ir::{verify, Graph, VerifyError};

#[derive(Debug, thiserror::Error)]
pub enum PassError {
    #[error("pass `{pass}`: {reason}")]
    Failed { pass: String, reason: String },
    #[error("pass `{pass}` produced an invalid graph: {error}")]
    Invalid { pass: String, error: VerifyError },
    #[error("unknown pass `{0}` (known: expert-mask, dce)")]
    Unknown(String),
}

/// A graph-to-graph transformation.
pub trait Pass {
    /// The pass's name in pipelines and `--print-after`.
    fn name(&self) -> &'static str;
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

/// The specialization pipeline for a set of kept experts (original indices).
pub fn specialize(kept: &[u64]) -> Pipeline {
    Pipeline::new().add(ExpertMask::new(kept.to_vec())).add(Dce)
}
