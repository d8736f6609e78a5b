//! flexc code generation: the plan's kernel instances made concrete.
//!
//! [`table`] binds every plan kernel to its `#[cube]` function: the runtime launches through it and the
//! GPU back ends define through it. [`emit`] turns a cuda or hip program's instances into CUDA and HIP
//! source with cubecl's C++ back ends, with no GPU or toolkit present.

mod gpu;
pub mod table;

pub use gpu::{emit, EmitError, EmittedKernel, GpuTarget};
