//! flexc's compute kernels, written once in the cubecl DSL.
//!
//! This crate holds `#[cube]` kernels and nothing else. Until the kernels land, artifacts run on the
//! reference executor (`flexc-reference`), which is also the oracle every kernel is tested against.
