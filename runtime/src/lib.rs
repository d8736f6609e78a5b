//! The flexc runtime's embeddable pieces: text <-> tokens, sampling, and f32 NPY files.
//!
//! Artifacts are opened and checked by [`flexc_ir::artifact::Artifact`]; executors (the reference
//! executor today) turn token ids into logits; this crate turns logits into text.

pub mod npy;
mod sampling;
mod tokenizer;

pub use sampling::{argmax, generate, Sampler, SamplingParams};
pub use tokenizer::{TextTokenizer, TokenizerError};
