//! flexc's compute kernels, written once in the cubecl DSL: `#[cube]` functions and nothing else.
//!
//! Activations are f32 row-major `[T, n]` buffers; weights are `[out, in]` in their stored float type
//! `F` (f32, bf16 or f16) and are widened to f32 as they are read, so every accumulation is in f32.
//! Shapes fixed by the compiled configuration (widths, head counts, E', k', the intermediate size) are
//! `#[comptime]` parameters: each configuration gets its own specialized kernels. The sequence length
//! and positions are runtime values. Launch with one unit per output element or row (the index is
//! `ABSOLUTE_POS`); every kernel bounds-checks its index, so any cube shape covering the work is fine.
//! No kernel synchronises within a cube.

mod elementwise;
mod kv_attention;
mod matmul;
mod moe;
mod norm;
mod rotary;

pub use elementwise::{add, embed, slice_columns};
pub use kv_attention::{attention, kv_write};
pub use matmul::{dot, matmul_t};
pub use moe::{moe_down, moe_gates, moe_hidden};
pub use norm::rms_norm;
pub use rotary::rope;
