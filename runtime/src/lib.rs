//! The flexc runtime's embeddable pieces: text <-> tokens, sampling, and f32 NPY files.
//!
//! [`Engine`] loads an artifact and runs it with flexc's cubecl kernels (on cubecl's cpu runtime);
//! sessions hold a KV cache each. The rest turns logits into text: tokenizer, sampling, NPY files.

mod engine;
pub mod npy;
mod sampling;
mod tokenizer;

pub use engine::{DeviceKind, Engine, EngineError, Session};
pub use sampling::{argmax, generate, Sampler, SamplingParams};
pub use tokenizer::{TextTokenizer, TokenizerError};
