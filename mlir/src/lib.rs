//! flexc's MLIR bridge: a specialized artifact as upstream MLIR, verified by MLIR, lowered to LLVM and
//! JIT-run through MLIR's ExecutionEngine, so the MLIR path is checked numerically against flexc's
//! reference executor.
//!
//! Everything here links Debian's LLVM 22 through melior and sits behind the `mlir` feature; the rest
//! of flexc (and its cubecl runtimes, on LLVM 23) never links it.

#[cfg(feature = "mlir")]
mod bridge;
#[cfg(feature = "mlir")]
mod export;

#[cfg(feature = "mlir")]
pub use bridge::{export_artifact, run_artifact, Bridge, ExportOptions, LOWERING};
#[cfg(feature = "mlir")]
pub use export::Weights;

/// Errors of the bridge; MLIR's own diagnostics carry the op and its location (`%value` of the graph).
#[derive(Debug, thiserror::Error)]
pub enum MlirError {
    #[error("{0}")]
    Artifact(String),
    #[error("graph: {0}")]
    Graph(String),
    #[error("building MLIR: {0}")]
    Build(String),
    #[error("MLIR verification failed:\n{0}")]
    Verify(String),
    #[error("MLIR pass pipeline `{pipeline}` failed:\n{diagnostics}")]
    Pass { pipeline: String, diagnostics: String },
    #[error("JIT: {0}")]
    Jit(String),
}

#[cfg(feature = "mlir")]
impl From<melior::Error> for MlirError {
    fn from(e: melior::Error) -> Self {
        MlirError::Build(e.to_string())
    }
}
