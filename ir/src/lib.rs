//! flexc's graph IR: the graph types, the text form, the verifier.
//!
//! A [`Graph`] is a list of typed SSA instructions over named values, plus weight references
//! ([`Weight`]) that say where each tensor's bytes live without holding them. The text form
//! ([`print`], [`parse`]) is stable and round-trips exactly; [`verify`] rejects ill-typed or dangling
//! graphs naming the value and line. Reading checkpoints into a graph (`flexc-import`), lowering it to
//! a launch plan (`flexc-lower`) and the artifact format (`flexc-artifact`) are crates of their own
//! that depend on this one, never the reverse.

pub mod graph;
pub mod text;
pub mod types;
pub mod verify;

pub use graph::{Attr, Ffn, Graph, Inst, Op, Piece, Weight};
pub use text::parse_with_source_map;
pub use text::{parse, print, ParseError, SourceMap};
pub use types::{DType, Dim, Type};
pub use verify::{verify, verify_with_source_map, VerifyError};

/// The symbolic sequence length every activation shape is expressed in.
pub const SEQ: &str = "T";
