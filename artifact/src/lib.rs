//! The flexc artifact: a directory with `manifest.json`, the specialized graph (`graph.fir`, and the
//! same graph as `graph.json`), the launch plan (`plan.json`) with its emitted kernel sources under
//! `kernels/`, packed weights under `weights/` (or in a shared store), and the tokenizer when the
//! source had one.
//!
//! [`write_artifact`] writes one, [`Artifact::open`] reads and checks one, [`audit`] proves what it
//! does not contain.

mod audit;
mod error;
mod finite;
mod manifest;
mod open;
mod pack;
mod staging;
mod writer;

pub use audit::{audit, AuditError, AuditReport};
pub use error::WriteError;
pub use manifest::*;
pub use open::{Artifact, ArtifactError, OpenOptions};
pub use pack::PackCache;
pub use writer::{write_artifact, ArtifactInput};
