//! Why writing an artifact failed.

use flexc_format::TensorError;
use std::path::PathBuf;

/// A compile's write that failed, naming the path or the weight.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error(transparent)]
    Weights(#[from] TensorError),
    #[error("{path}: {reason}")]
    Destination { path: PathBuf, reason: String },
    #[error("weight @{weight}: {reason}")]
    NonFinite { weight: String, reason: String },
}
