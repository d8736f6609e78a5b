//! Why a graph does not lower.

/// A graph the lowering refuses, naming the value (`%name`) and why.
#[derive(Debug, thiserror::Error)]
pub enum LowerError {
    #[error("%{value}: op `{op}` has no {target} kernel{hint}")]
    Unsupported { value: String, op: &'static str, target: &'static str, hint: &'static str },
    #[error("%{value}: {reason}")]
    Invalid { value: String, reason: String },
    #[error("the graph cannot run: {0}")]
    Graph(String),
}
