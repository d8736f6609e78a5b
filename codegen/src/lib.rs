//! flexc code generation: from a specialized graph to an artifact directory.
//!
//! The artifact writer packs exactly the weights the specialized graph reads (the kept experts only),
//! rewrites the graph to point at the packed file, and records in `manifest.json` where every packed
//! tensor came from, so `flexc verify` can prove what the artifact does and does not contain.

mod gpu;
mod writer;

pub use gpu::{emit, EmitError, EmittedKernel, GpuTarget};

pub use writer::{write_artifact, ArtifactInput, CodegenError};
