//! The flexc runtime's embeddable pieces: text <-> tokens, sampling, and f32 NPY files.
//!
//! [`Engine`] loads an artifact and runs it with flexc's cubecl kernels (on cubecl's cpu runtime);
//! sessions hold a KV cache each. The rest turns logits into text: tokenizer, sampling, NPY files.

mod engine;
mod sampling;
mod tokenizer;

pub use engine::{DeviceKind, Engine, EngineError, Session};
/// f32 `.npy` files (the format lives with the other file formats in `flexc-ir`).
pub use flexc_ir::npy;
pub use sampling::{argmax, generate, Sampler, SamplingParams};
pub use tokenizer::{TextTokenizer, TokenizerError};
