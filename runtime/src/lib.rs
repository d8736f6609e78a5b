//! The flexc runtime, embeddable: load an artifact and run its launch plan ([`Engine`]), many
//! sequences at once over a paged KV cache, plus what turns logits into text: tokenizer, sampling.
//!
//! ```no_run
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use flexc_runtime::{DeviceKind, Engine};
//! let engine = Engine::load(std::path::Path::new("art"), DeviceKind::Cpu)?; // Send + Sync
//! let mut session = engine.session(); // one sequence in the KV cache
//! let logits = session.forward(&[3, 17, 5])?; // prefill: [T, vocab]
//! let next = session.forward(&[42])?; // decode one token against the cache
//! # Ok(()) }
//! ```

mod alloc;
mod chunks;
mod device;
mod dot;
mod engine;
mod error;
mod kv;
mod load;
#[cfg(feature = "cuda")]
mod nvptx;
mod panels;
mod sampling;
mod tokenizer;
mod tokens;

pub use alloc::LargeMapped;
pub use device::{DeviceKind, WgpuAdapter};
pub use dot::available as bf16_dot_available;
pub use engine::{Engine, EngineOptions, Session, Workspace};
pub use error::EngineError;
/// f32 `.npy` files (the format lives with the other file formats in `flexc-format`).
pub use flexc_format::npy;
pub use kv::{KvUsage, Sequence};
pub use sampling::{argmax, generate, Logprobs, Sampler, SamplingParams};
pub use tokenizer::{TextTokenizer, TokenizerError};
pub use tokens::{parse_token_ids, MAX_TOKEN_IDS};
