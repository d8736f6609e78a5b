//! flexc's compute kernels, written once in the cubecl DSL: `#[cube]` functions and nothing else.
//!
//! Activations are f32 row-major `[rows, n]` buffers; weights are `[out, in]` in their stored float
//! type (f32, bf16 or f16), or packed in panels of outputs for the cpu micro-kernels (`panels`), and
//! are widened to f32 as they are read, so every accumulation is in f32.
//! Shapes fixed by the compiled configuration (widths, head counts, E', k', the intermediate size) are
//! `#[comptime]` parameters: each configuration gets its own specialized kernels. The row count,
//! positions and cache layout are runtime values. Each kernel takes one unit per output element, row,
//! tile or (head, tile of rows), indexed by `ABSOLUTE_POS`, and bounds-checks it against `rows`, so
//! any cube shape covering the work is correct and buffers may be larger than a call needs; none of
//! them synchronises within a cube. The cpu panel kernels take the item at their position and then
//! deal the rest among their units as they come free, through two atomic counters (`deal`) that the
//! launch's last unit resets, so any cube shape is correct for them too; the cpu runtime launches
//! them as one cube of a unit per core. Their GPU-shaped variants (`plane`) take a cube per row or
//! block of outputs, a plane per output, coalesced loads, plane and cube reductions. Which kernel runs
//! for which graph op, with which constants, is the plan's business (`flexc-lower`); `flexc-codegen`
//! instantiates them.

mod attention;
mod elementwise;
mod linear;
mod moe;
mod norm;
mod panels;
mod plane;

pub use attention::{paged_attention, qk_norm_rope};
pub use elementwise::{add, embed};
pub use linear::{dot, lane_sum, matmul, tile_sums};
pub use moe::{moe_down, moe_hidden, residual_norm_router};
pub use norm::{inv_rms, residual_norm, residual_norm_row, rms_norm};
pub use panels::{matmul_panels, moe_down_panels, moe_hidden_panels, panel_index};
pub use plane::{
    attention_combine, attention_splits, matmul_planes, moe_down_planes, moe_hidden_planes, paged_attention_planes,
    qk_norm_rope_cube, residual_norm_cube, residual_norm_router_cube, rms_norm_cube,
};
