//! flexc's graph IR and everything that reads a model into it.
//!
//! A [`Graph`] is a list of typed SSA instructions over named values, plus weight references
//! ([`Weight`]) that say where each tensor's bytes live without holding them. The text form
//! ([`print`], [`parse`]) is stable and round-trips exactly; [`verify`] rejects ill-typed or dangling
//! graphs naming the value and line; [`import`] builds a graph from a HuggingFace FlexOlmo checkpoint;
//! [`tensors`] reads the bytes a weight reference points at.

pub mod artifact;
pub mod graph;
pub mod import;
pub mod npy;
pub mod plan;
pub mod safetensors;
pub mod tensors;
pub mod text;
pub mod types;
pub mod verify;

pub use graph::{Attr, Ffn, Graph, Inst, Op, Piece, Weight};
pub use text::{parse, parse_with_source_map, print, ParseError, SourceMap};
pub use types::{DType, Dim, Type};
pub use verify::{verify, verify_with_source_map, VerifyError};

/// The symbolic sequence length every activation shape is expressed in.
pub const SEQ: &str = "T";
