//! flexc's file formats, below the artifact: safetensors files ([`safetensors`]), f32 `.npy` files
//! ([`npy`]), where a weight reference's file lives ([`paths`]) and the bytes it points at
//! ([`weights`]).

pub mod npy;
pub mod paths;
pub mod safetensors;
pub mod weights;

pub use weights::{blake3_hex, sha256_hex, to_f32, TensorError, WeightReader};
