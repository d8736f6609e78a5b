//! The runtime's one error type: what loading an artifact or running a step can fail with.

use flexc_artifact::ArtifactError;
use flexc_codegen::table::TableError;
use flexc_format::TensorError;

/// Why a load or a step failed, naming what failed: the artifact, a weight, a kernel, the device, a
/// token, the context or the KV cache.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(transparent)]
    Artifact(#[from] ArtifactError),
    #[error(transparent)]
    Weights(#[from] TensorError),
    #[error(transparent)]
    Kernel(#[from] TableError),
    #[error("the {device} device is unavailable: {reason}")]
    Device { device: &'static str, reason: String },
    #[error("the artifact has no {target} program (it was compiled for {have}); recompile with `--target {target}`")]
    NoProgram { target: &'static str, have: String },
    #[error("weight @{weight}: {reason}")]
    Weight { weight: String, reason: String },
    #[error("token id {token} at position {position} is outside the vocabulary of {vocab}")]
    Token { token: u32, position: usize, vocab: usize },
    #[error("{tokens} tokens exceed the model's maximum context of {max}")]
    Context { tokens: usize, max: usize },
    #[error(
        "the KV cache would need {needed} bytes, over the engine's limit of {limit} bytes; finish other sequences \
         or raise the limit"
    )]
    KvCacheFull { needed: u64, limit: u64 },
    #[error("row {row} of the output is not finite (a NaN or infinite weight or activation)")]
    NonFinite { row: usize },
    #[error("{0}")]
    Input(String),
    #[error("device: {0}")]
    Backend(String),
}
