//! The kernels a plan can launch: one enum, [`Kernel`], whose variants carry a kernel's compile-time
//! constants (dtypes, widths, head counts, E', k') and its run-time scalars (eps, scales).
//!
//! Everything else about a kernel is derived from its variant here: the instance name, the parameter
//! list in launch order, the units a launch needs per row, and the scalar arguments of a call. The
//! code generator instantiates the `#[cube]` function of each variant (for the GPU back ends and for
//! the runtime's launches) from the same value.

use flexc_ir::DType;
use serde::{Deserialize, Serialize};

/// One kernel, fully specified: which `#[cube]` function, its comptime constants and its run-time
/// scalars. Activations are f32 `[rows, n]`; weights are read in their stored dtype.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kernel", rename_all = "snake_case", deny_unknown_fields)]
pub enum Kernel {
    /// `out[r] = table[ids[r]]`; one unit per output element.
    Embed { table: DType, d: u64 },
    /// `out = x W^T` with `W` `[n_out, n_in]`: vectors of `lanes` (dividing `n_in`), each unit a tile
    /// of `block_out` outputs (dividing `n_out`) by `block_rows` rows (one row when the call has one).
    Matmul { weight: DType, n_in: u64, n_out: u64, lanes: u64, block_out: u64, block_rows: u64 },
    /// `out = w * x / sqrt(mean(x^2) + eps)`; one unit per row.
    RmsNorm { weight: DType, n: u64, eps: f32 },
    /// `out = x + w * y / sqrt(mean(y^2) + eps)`; one unit per row.
    ResidualNorm { weight: DType, n: u64, eps: f32 },
    /// `h = x + RMSNorm(y)`, then the router over `h`: logits (plus the run-time mask), softmax over
    /// the `experts` kept, the `top_k` largest kept as gates (the others -1, so the expert kernels skip
    /// them). One unit per row.
    ResidualNormRouter { norm: DType, router: DType, d: u64, experts: u64, top_k: u64, renorm: bool, eps: f32 },
    /// From a fused `qkv` row: q and k RMSNorm'd over their full widths, RoPE at the row's position;
    /// q to its buffer, k and v to the KV cache at the row's cache slot (a block of `block_size`
    /// positions holds each kv head's together: [`crate::KvLayer`]). One unit per row.
    QkNormRope { norm: DType, cache: DType, heads: u64, kv_heads: u64, head_dim: u64, block_size: u64, eps: f32 },
    /// Causal GQA attention of each row's q over its sequence's cached keys and values `0..=position`,
    /// found through the sequence's block table (`block_size` positions per block). One unit per
    /// head and tile of `block_rows` rows, which run in turn, each over its keys a chunk of `lanes` at a
    /// time with its sums in registers (a prompt's rows find the keys the row before read in cache).
    /// q, the cache and the output as vectors of `lanes` (dividing `head_dim`).
    Attention {
        cache: DType,
        heads: u64,
        kv_heads: u64,
        head_dim: u64,
        block_size: u64,
        scale: f32,
        lanes: u64,
        block_rows: u64,
    },
    /// `hidden[r, e, i] = silu(gate_e[i] . h[r]) * (up_e[i] . h[r])` for the experts row `r` chose;
    /// stacked `gate_up [S, 2I, d]`, expert `e` at stack slot `slots[e]`. Vectors of `lanes` (dividing
    /// `d`), each unit `block_i` hidden units (dividing `I`) of one expert for every row that chose
    /// it, in tiles of `block_rows` such rows (rows grouped by expert).
    MoeHidden { weight: DType, d: u64, experts: u64, intermediate: u64, lanes: u64, block_i: u64, block_rows: u64 },
    /// `y[r, o] = sum_e gates[r, e] * (down_e[o] . hidden[r, e])`; stacked `down [S, d, I]`, expert `e`
    /// at slot `slots[e]`. Vectors of `lanes` (dividing `I`), each unit `block_out` outputs (dividing
    /// `d`) of every row, expert by expert, in tiles of `block_rows` rows that chose the expert.
    MoeDown { weight: DType, d: u64, experts: u64, intermediate: u64, lanes: u64, block_out: u64, block_rows: u64 },
    /// [`Kernel::Matmul`] shaped for a GPU: a plane per `outs_per_plane` outputs, its lanes reading
    /// neighbouring vectors of `lanes`; a cube of `cube` units per (tile of `block_rows` rows, block
    /// of `outs_per_cube` outputs), each weight vector loaded serving the tile's rows and each row
    /// vector the plane's outputs (one row and one output a plane: the decode shape).
    MatmulPlanes {
        weight: DType,
        n_in: u64,
        n_out: u64,
        lanes: u64,
        outs_per_cube: u64,
        outs_per_plane: u64,
        block_rows: u64,
        cube: u64,
    },
    /// [`Kernel::RmsNorm`] with a cube per row and a cube-wide reduction.
    RmsNormCube { weight: DType, n: u64, eps: f32, cube: u64 },
    /// [`Kernel::ResidualNorm`] with a cube per row and a cube-wide reduction.
    ResidualNormCube { weight: DType, n: u64, eps: f32, cube: u64 },
    /// [`Kernel::ResidualNormRouter`] with a cube per row: the norm and every expert's logit are
    /// cube-wide reductions.
    ResidualNormRouterCube {
        norm: DType,
        router: DType,
        d: u64,
        experts: u64,
        top_k: u64,
        renorm: bool,
        eps: f32,
        cube: u64,
    },
    /// [`Kernel::QkNormRope`] with a cube per row: the two norms are cube-wide reductions, the
    /// rotation pairs and v shared out over the cube's units.
    QkNormRopeCube {
        norm: DType,
        cache: DType,
        heads: u64,
        kv_heads: u64,
        head_dim: u64,
        block_size: u64,
        eps: f32,
        cube: u64,
    },
    /// [`Kernel::Attention`] split over the cache (flash decoding): a cube per (row, head, split), the
    /// [`attention_splits`] of a call sharing each row's keys; in a cube up to `max_planes` planes
    /// each take a share of the split's keys with their own online softmax, combined in shared
    /// memory. One split writes the output; more leave partial results for
    /// [`Kernel::AttentionCombine`]. Each lane holds `head_dim / min_plane` output dims in
    /// registers, so the device's planes must have at least `min_plane` lanes (the engine checks it
    /// at load).
    AttentionPlanes {
        cache: DType,
        heads: u64,
        kv_heads: u64,
        head_dim: u64,
        block_size: u64,
        scale: f32,
        max_planes: u64,
        min_plane: u64,
        splits: u64,
        partition: u64,
        fill: u64,
        cube: u64,
    },
    /// The splits of a [`Kernel::AttentionPlanes`] call merged: a cube per (row, head), each unit a
    /// stride of dims; nothing to do when the call took one split.
    AttentionCombine { heads: u64, head_dim: u64, block_size: u64, splits: u64, partition: u64, fill: u64, cube: u64 },
    /// [`Kernel::MoeHidden`] shaped for a GPU: a cube per (expert, block of `block_i` hidden units), a
    /// plane per hidden unit, taking every row that chose the expert in tiles of `block_rows` such rows
    /// (grouped by expert); a cube whose expert no row chose reads nothing.
    MoeHiddenPlanes {
        weight: DType,
        d: u64,
        experts: u64,
        intermediate: u64,
        lanes: u64,
        block_i: u64,
        block_rows: u64,
        cube: u64,
    },
    /// [`Kernel::MoeDown`] shaped for a GPU: a plane per `outs_per_plane` outputs, a cube per (tile
    /// of `block_rows` rows, block of `block_out` outputs).
    MoeDownPlanes {
        weight: DType,
        d: u64,
        experts: u64,
        intermediate: u64,
        lanes: u64,
        block_out: u64,
        outs_per_plane: u64,
        block_rows: u64,
        cube: u64,
    },
    /// [`Kernel::Matmul`] over a weight packed in panels of `lanes x vecs` outputs (dividing `n_out`),
    /// each panel `[n_in][lanes x vecs]` ([`Kernel::weight_panels`]): the cpu runtime's GEMM
    /// micro-kernel. Each unit a tile of `block_rows` rows by `tile_streams` panels far apart, or at
    /// one row `streams` panels ([`decode_streams`]); each output one chain of fused multiply-adds in
    /// input order.
    MatmulPanels {
        weight: DType,
        n_in: u64,
        n_out: u64,
        lanes: u64,
        vecs: u64,
        block_rows: u64,
        streams: u64,
        tile_streams: u64,
        /// Run by bf16 dot products where the CPU has them ([`Kernel::dot`]).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        dot: bool,
    },
    /// [`Kernel::MoeHidden`] over `gate_up` packed in panels of `lanes x vecs` rows (dividing `I`):
    /// each unit one gate panel and its up panel of one expert, for every row that chose it, in tiles
    /// of `block_rows` such rows; at one row `streams` panels of one expert far apart.
    MoeHiddenPanels {
        weight: DType,
        d: u64,
        experts: u64,
        intermediate: u64,
        lanes: u64,
        vecs: u64,
        block_rows: u64,
        streams: u64,
        /// Run by bf16 dot products where the CPU has them ([`Kernel::dot`]).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        dot: bool,
    },
    /// [`Kernel::MoeDown`] over `down` packed in panels of `lanes x vecs` rows (dividing `d`): each
    /// unit `tile_streams` panels of outputs far apart, of every row, expert by expert, in tiles of
    /// `block_rows` rows that chose the expert; at one row `streams` panels.
    MoeDownPanels {
        weight: DType,
        d: u64,
        experts: u64,
        intermediate: u64,
        lanes: u64,
        vecs: u64,
        block_rows: u64,
        streams: u64,
        tile_streams: u64,
        /// Run by bf16 dot products where the CPU has them ([`Kernel::dot`]).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        dot: bool,
    },
}

/// Tiles `block_rows` high over `rows` rows; a call of one row takes tiles one row high.
fn row_tiles(rows: u64, block_rows: u64) -> u64 {
    if rows <= 1 {
        rows
    } else {
        rows.div_ceil(block_rows.max(1))
    }
}

/// The element type of a kernel parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Elem {
    F32,
    Bf16,
    F16,
    U32,
}

impl From<DType> for Elem {
    fn from(d: DType) -> Elem {
        match d {
            DType::F32 => Elem::F32,
            DType::Bf16 => Elem::Bf16,
            DType::F16 => Elem::F16,
            DType::I32 => Elem::U32,
        }
    }
}

/// One parameter of a kernel, in launch order: buffers first, then scalars.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Param {
    pub name: String,
    pub kind: ParamKind,
    pub elem: Elem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamKind {
    /// A buffer the kernel reads.
    Input,
    /// A buffer the kernel writes.
    Output,
    /// A scalar argument.
    Scalar,
}

/// A run-time scalar argument's value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scalar {
    U32(u32),
    F32(f32),
}

impl Scalar {
    pub fn as_u32(self) -> u32 {
        match self {
            Scalar::U32(v) => v,
            Scalar::F32(v) => v as u32,
        }
    }

    pub fn as_f32(self) -> f32 {
        match self {
            Scalar::U32(v) => v as f32,
            Scalar::F32(v) => v,
        }
    }
}

/// What a call contributes to the scalars: the rows of this step and the stride of its block tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Call {
    pub rows: u32,
    /// Blocks per sequence in the step's block table.
    pub table_stride: u32,
}

/// A comptime constant's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Const {
    Int(u64),
    Bool(bool),
    Type(DType),
}

fn input(name: &str, elem: Elem) -> Param {
    Param { name: name.into(), kind: ParamKind::Input, elem }
}
fn output(name: &str, elem: Elem) -> Param {
    Param { name: name.into(), kind: ParamKind::Output, elem }
}
fn scalar(name: &str, elem: Elem) -> Param {
    Param { name: name.into(), kind: ParamKind::Scalar, elem }
}

impl Kernel {
    /// The `#[cube]` function of `flexc-kernels` this kernel instantiates.
    pub fn function(&self) -> &'static str {
        match self {
            Kernel::Embed { .. } => "embed",
            Kernel::Matmul { .. } => "matmul",
            Kernel::RmsNorm { .. } => "rms_norm",
            Kernel::ResidualNorm { .. } => "residual_norm",
            Kernel::ResidualNormRouter { .. } => "residual_norm_router",
            Kernel::QkNormRope { .. } => "qk_norm_rope",
            Kernel::Attention { .. } => "paged_attention",
            Kernel::MoeHidden { .. } => "moe_hidden",
            Kernel::MoeDown { .. } => "moe_down",
            Kernel::MatmulPlanes { .. } => "matmul_planes",
            Kernel::RmsNormCube { .. } => "rms_norm_cube",
            Kernel::ResidualNormCube { .. } => "residual_norm_cube",
            Kernel::ResidualNormRouterCube { .. } => "residual_norm_router_cube",
            Kernel::QkNormRopeCube { .. } => "qk_norm_rope_cube",
            Kernel::AttentionPlanes { .. } => "paged_attention_planes",
            Kernel::AttentionCombine { .. } => "attention_combine",
            Kernel::MoeHiddenPlanes { .. } => "moe_hidden_planes",
            Kernel::MoeDownPlanes { .. } => "moe_down_planes",
            Kernel::MatmulPanels { .. } => "matmul_panels",
            Kernel::MoeHiddenPanels { .. } => "moe_hidden_panels",
            Kernel::MoeDownPanels { .. } => "moe_down_panels",
        }
    }

    /// The comptime constants in the `#[cube]` function's order, dtypes first (its generic types).
    pub fn comptime(&self) -> Vec<(&'static str, Const)> {
        use Const::{Bool, Int, Type};
        match *self {
            Kernel::Embed { table, d } => vec![("table", Type(table)), ("d", Int(d))],
            Kernel::Matmul { weight, n_in, n_out, lanes, block_out, block_rows } => vec![
                ("weight", Type(weight)),
                ("lanes", Int(lanes)),
                ("n_in", Int(n_in)),
                ("n_out", Int(n_out)),
                ("block_out", Int(block_out)),
                ("block_rows", Int(block_rows)),
            ],
            Kernel::RmsNorm { weight, n, .. } | Kernel::ResidualNorm { weight, n, .. } => {
                vec![("weight", Type(weight)), ("n", Int(n))]
            }
            Kernel::ResidualNormRouter { norm, router, d, experts, top_k, renorm, .. } => vec![
                ("norm", Type(norm)),
                ("router", Type(router)),
                ("d", Int(d)),
                ("experts", Int(experts)),
                ("top_k", Int(top_k)),
                ("renorm", Bool(renorm)),
            ],
            Kernel::QkNormRope { norm, cache, heads, kv_heads, head_dim, block_size, .. } => vec![
                ("norm", Type(norm)),
                ("cache", Type(cache)),
                ("heads", Int(heads)),
                ("kv_heads", Int(kv_heads)),
                ("head_dim", Int(head_dim)),
                ("block_size", Int(block_size)),
            ],
            Kernel::QkNormRopeCube { norm, cache, heads, kv_heads, head_dim, block_size, cube, .. } => vec![
                ("norm", Type(norm)),
                ("cache", Type(cache)),
                ("heads", Int(heads)),
                ("kv_heads", Int(kv_heads)),
                ("head_dim", Int(head_dim)),
                ("block_size", Int(block_size)),
                ("cube", Int(cube)),
            ],
            Kernel::Attention { cache, heads, kv_heads, head_dim, block_size, lanes, block_rows, .. } => vec![
                ("cache", Type(cache)),
                ("lanes", Int(lanes)),
                ("heads", Int(heads)),
                ("kv_heads", Int(kv_heads)),
                ("head_dim", Int(head_dim)),
                ("block_size", Int(block_size)),
                ("block_rows", Int(block_rows)),
            ],
            Kernel::MoeHidden { weight, d, experts, intermediate, lanes, block_i, block_rows } => vec![
                ("weight", Type(weight)),
                ("lanes", Int(lanes)),
                ("d", Int(d)),
                ("experts", Int(experts)),
                ("intermediate", Int(intermediate)),
                ("block_i", Int(block_i)),
                ("block_rows", Int(block_rows)),
            ],
            Kernel::MoeDown { weight, d, experts, intermediate, lanes, block_out, block_rows } => vec![
                ("weight", Type(weight)),
                ("lanes", Int(lanes)),
                ("d", Int(d)),
                ("experts", Int(experts)),
                ("intermediate", Int(intermediate)),
                ("block_out", Int(block_out)),
                ("block_rows", Int(block_rows)),
                ("group", Int(moe_down_group(d, block_out))),
            ],
            Kernel::MatmulPlanes { weight, n_in, n_out, lanes, outs_per_cube, outs_per_plane, block_rows, cube } => {
                vec![
                    ("weight", Type(weight)),
                    ("lanes", Int(lanes)),
                    ("n_in", Int(n_in)),
                    ("n_out", Int(n_out)),
                    ("outs_per_cube", Int(outs_per_cube)),
                    ("outs_per_plane", Int(outs_per_plane)),
                    ("block_rows", Int(block_rows)),
                    ("cube", Int(cube)),
                ]
            }
            Kernel::RmsNormCube { weight, n, cube, .. } | Kernel::ResidualNormCube { weight, n, cube, .. } => {
                vec![("weight", Type(weight)), ("n", Int(n)), ("cube", Int(cube))]
            }
            Kernel::ResidualNormRouterCube { norm, router, d, experts, top_k, renorm, cube, .. } => vec![
                ("norm", Type(norm)),
                ("router", Type(router)),
                ("d", Int(d)),
                ("experts", Int(experts)),
                ("top_k", Int(top_k)),
                ("renorm", Bool(renorm)),
                ("cube", Int(cube)),
            ],
            Kernel::AttentionPlanes {
                cache,
                heads,
                kv_heads,
                head_dim,
                block_size,
                max_planes,
                min_plane,
                splits,
                partition,
                fill,
                cube,
                ..
            } => vec![
                ("cache", Type(cache)),
                ("heads", Int(heads)),
                ("kv_heads", Int(kv_heads)),
                ("head_dim", Int(head_dim)),
                ("block_size", Int(block_size)),
                ("max_planes", Int(max_planes)),
                ("min_plane", Int(min_plane)),
                ("splits", Int(splits)),
                ("partition", Int(partition)),
                ("fill", Int(fill)),
                ("cube", Int(cube)),
            ],
            Kernel::AttentionCombine { heads, head_dim, block_size, splits, partition, fill, cube } => vec![
                ("heads", Int(heads)),
                ("head_dim", Int(head_dim)),
                ("block_size", Int(block_size)),
                ("splits", Int(splits)),
                ("partition", Int(partition)),
                ("fill", Int(fill)),
                ("cube", Int(cube)),
            ],
            Kernel::MoeHiddenPlanes { weight, d, experts, intermediate, lanes, block_i, block_rows, cube } => vec![
                ("weight", Type(weight)),
                ("lanes", Int(lanes)),
                ("d", Int(d)),
                ("experts", Int(experts)),
                ("intermediate", Int(intermediate)),
                ("block_i", Int(block_i)),
                ("block_rows", Int(block_rows)),
                ("cube", Int(cube)),
            ],
            Kernel::MoeDownPlanes {
                weight,
                d,
                experts,
                intermediate,
                lanes,
                block_out,
                outs_per_plane,
                block_rows,
                cube,
            } => vec![
                ("weight", Type(weight)),
                ("lanes", Int(lanes)),
                ("d", Int(d)),
                ("experts", Int(experts)),
                ("intermediate", Int(intermediate)),
                ("block_out", Int(block_out)),
                ("outs_per_plane", Int(outs_per_plane)),
                ("block_rows", Int(block_rows)),
                ("cube", Int(cube)),
            ],
            Kernel::MatmulPanels { weight, n_in, n_out, lanes, vecs, block_rows, streams, tile_streams, dot } => {
                let mut constants = vec![
                    ("weight", Type(weight)),
                    ("lanes", Int(lanes)),
                    ("n_in", Int(n_in)),
                    ("n_out", Int(n_out)),
                    ("vecs", Int(vecs)),
                    ("block_rows", Int(block_rows)),
                    ("streams", Int(streams)),
                    ("tile_streams", Int(tile_streams)),
                ];
                if dot {
                    constants.push(("dot", Bool(true)));
                }
                constants
            }
            Kernel::MoeHiddenPanels { weight, d, experts, intermediate, lanes, vecs, block_rows, streams, dot }
            | Kernel::MoeDownPanels {
                weight, d, experts, intermediate, lanes, vecs, block_rows, streams, dot, ..
            } => {
                let mut constants = vec![
                    ("weight", Type(weight)),
                    ("lanes", Int(lanes)),
                    ("d", Int(d)),
                    ("experts", Int(experts)),
                    ("intermediate", Int(intermediate)),
                    ("vecs", Int(vecs)),
                    ("block_rows", Int(block_rows)),
                    ("streams", Int(streams)),
                ];
                if let Kernel::MoeDownPanels { tile_streams, .. } = *self {
                    constants.push(("tile_streams", Int(tile_streams)));
                }
                if dot {
                    constants.push(("dot", Bool(true)));
                }
                constants
            }
        }
    }

    /// The instance name: the function, then each comptime constant (`moe_hidden_f32_d64_experts3_...`).
    /// Unique per distinct compiled code; usable as a file and symbol name.
    pub fn name(&self) -> String {
        let mut name = self.function().to_string();
        for (key, value) in self.comptime() {
            match value {
                Const::Type(t) => name += &format!("_{t}"),
                Const::Int(v) => name += &format!("_{key}{v}"),
                Const::Bool(b) => name += &format!("_{key}{}", b as u8),
            }
        }
        name
    }

    /// Parameters in launch order.
    pub fn params(&self) -> Vec<Param> {
        use Elem::{F32, U32};
        let rows = scalar("rows", U32);
        let mut params = match *self {
            Kernel::Embed { table, .. } => {
                vec![input("table", table.into()), input("ids", U32), output("out", F32), rows]
            }
            Kernel::Matmul { weight, .. }
            | Kernel::MatmulPlanes { weight, .. }
            | Kernel::MatmulPanels { weight, .. } => {
                vec![input("x", F32), input("w", weight.into()), output("out", F32), rows]
            }
            Kernel::RmsNorm { weight, .. } | Kernel::RmsNormCube { weight, .. } => {
                vec![input("x", F32), input("w", weight.into()), output("out", F32), rows, scalar("eps", F32)]
            }
            Kernel::ResidualNorm { weight, .. } | Kernel::ResidualNormCube { weight, .. } => vec![
                input("x", F32),
                input("y", F32),
                input("w", weight.into()),
                output("out", F32),
                rows,
                scalar("eps", F32),
            ],
            Kernel::ResidualNormRouter { norm, router, .. } | Kernel::ResidualNormRouterCube { norm, router, .. } => {
                vec![
                    input("x", F32),
                    input("y", F32),
                    input("norm", norm.into()),
                    input("router", router.into()),
                    input("logit_mask", F32),
                    output("h", F32),
                    output("gates", F32),
                    rows,
                    scalar("eps", F32),
                ]
            }
            Kernel::QkNormRope { norm, cache, .. } | Kernel::QkNormRopeCube { norm, cache, .. } => vec![
                input("qkv", F32),
                input("q_norm", norm.into()),
                input("k_norm", norm.into()),
                input("inv_freq", F32),
                input("positions", U32),
                input("cache_slots", U32),
                output("q", F32),
                output("k_cache", cache.into()),
                output("v_cache", cache.into()),
                rows,
                scalar("eps", F32),
            ],
            Kernel::Attention { cache, .. } => vec![
                input("q", F32),
                input("k_cache", cache.into()),
                input("v_cache", cache.into()),
                input("positions", U32),
                input("sequences", U32),
                input("block_tables", U32),
                output("out", F32),
                rows,
                scalar("table_stride", U32),
                scalar("scale", F32),
            ],
            Kernel::AttentionPlanes { cache, .. } => vec![
                input("q", F32),
                input("k_cache", cache.into()),
                input("v_cache", cache.into()),
                input("positions", U32),
                input("sequences", U32),
                input("block_tables", U32),
                output("partials", F32),
                output("out", F32),
                rows,
                scalar("table_stride", U32),
                scalar("scale", F32),
            ],
            Kernel::AttentionCombine { .. } => {
                vec![input("partials", F32), output("out", F32), rows, scalar("table_stride", U32)]
            }
            Kernel::MoeHidden { weight, .. }
            | Kernel::MoeHiddenPlanes { weight, .. }
            | Kernel::MoeHiddenPanels { weight, .. } => vec![
                input("h", F32),
                input("gates", F32),
                input("gate_up", weight.into()),
                input("slots", U32),
                output("hidden", F32),
                rows,
            ],
            Kernel::MoeDown { weight, .. }
            | Kernel::MoeDownPlanes { weight, .. }
            | Kernel::MoeDownPanels { weight, .. } => {
                vec![
                    input("hidden", F32),
                    input("gates", F32),
                    input("down", weight.into()),
                    input("slots", U32),
                    output("y", F32),
                    rows,
                ]
            }
        };
        // A kernel that deals its work takes the counters as its last buffer.
        if self.deals() {
            let at = params.iter().position(|p| p.kind == ParamKind::Scalar).unwrap_or(params.len());
            params.insert(at, output("deal", U32));
        }
        params
    }

    /// The scalar arguments of a call, in parameter order.
    pub fn scalars(&self, call: Call) -> Vec<Scalar> {
        let rows = Scalar::U32(call.rows);
        match *self {
            Kernel::Embed { .. }
            | Kernel::Matmul { .. }
            | Kernel::MoeHidden { .. }
            | Kernel::MoeDown { .. }
            | Kernel::MatmulPlanes { .. }
            | Kernel::MoeHiddenPlanes { .. }
            | Kernel::MoeDownPlanes { .. }
            | Kernel::MatmulPanels { .. }
            | Kernel::MoeHiddenPanels { .. }
            | Kernel::MoeDownPanels { .. } => vec![rows],
            Kernel::RmsNorm { eps, .. }
            | Kernel::ResidualNorm { eps, .. }
            | Kernel::ResidualNormRouter { eps, .. }
            | Kernel::QkNormRope { eps, .. }
            | Kernel::QkNormRopeCube { eps, .. }
            | Kernel::RmsNormCube { eps, .. }
            | Kernel::ResidualNormCube { eps, .. }
            | Kernel::ResidualNormRouterCube { eps, .. } => vec![rows, Scalar::F32(eps)],
            Kernel::Attention { scale, .. } | Kernel::AttentionPlanes { scale, .. } => {
                vec![rows, Scalar::U32(call.table_stride), Scalar::F32(scale)]
            }
            Kernel::AttentionCombine { .. } => vec![rows, Scalar::U32(call.table_stride)],
        }
    }

    /// Units a launch for `call` needs: [`Kernel::units`], times attention's splits of each row's
    /// keys; none for the combine of a call that took one split (nothing to merge: the launch is
    /// skipped).
    pub fn units_for(&self, call: Call) -> u64 {
        let rows = call.rows as u64;
        match *self {
            Kernel::AttentionPlanes { heads, block_size, splits, partition, fill, .. }
            | Kernel::AttentionCombine { heads, block_size, splits, partition, fill, .. } => {
                let count =
                    attention_splits(rows, call.table_stride as u64, heads, block_size, splits, partition, fill);
                match self {
                    Kernel::AttentionPlanes { .. } => self.units(rows) * count,
                    _ if count > 1 => self.units(rows),
                    _ => 0,
                }
            }
            _ => self.units(rows),
        }
    }

    /// Units a launch of `rows` rows needs (the kernels bounds-check, so any cube shape covering them
    /// is correct).
    pub fn units(&self, rows: u64) -> u64 {
        let tiles = |block_rows: u64| row_tiles(rows, block_rows);
        match *self {
            Kernel::Embed { d, .. } => d * rows,
            Kernel::Matmul { n_out, block_out, block_rows, .. } => n_out / block_out.max(1) * tiles(block_rows),
            Kernel::RmsNorm { .. }
            | Kernel::ResidualNorm { .. }
            | Kernel::ResidualNormRouter { .. }
            | Kernel::QkNormRope { .. } => rows,
            Kernel::Attention { heads, block_rows, .. } => heads * rows.div_ceil(block_rows.max(1)),
            // The expert kernels group rows by expert: a unit takes every row (that chose its expert).
            Kernel::MoeHidden { experts, intermediate, block_i, .. } => {
                experts * (intermediate / block_i.max(1)) * rows.min(1)
            }
            // Decode: a unit per block of outputs; more rows: `moe_down_group` blocks a unit.
            Kernel::MoeDown { d, block_out, .. } => {
                let blocks = d / block_out.max(1);
                if rows <= 1 {
                    blocks * rows
                } else {
                    blocks / moe_down_group(d, block_out)
                }
            }
            // The panel kernels at one row: a unit per `streams` panels (of one expert for
            // `moe_hidden`); at more, per tile of rows by panel, or per `tile_streams` panels.
            Kernel::MatmulPanels { n_out, lanes, vecs, block_rows, streams, tile_streams, .. } => {
                let panels = n_out / (lanes * vecs).max(1);
                if rows == 1 {
                    panels / streams.max(1)
                } else {
                    panels / tile_streams.max(1) * tiles(block_rows)
                }
            }
            Kernel::MoeHiddenPanels { experts, intermediate, lanes, vecs, streams, .. } => {
                let panels = intermediate / (lanes * vecs).max(1);
                experts * if rows == 1 { panels / streams.max(1) } else { panels * rows.min(1) }
            }
            Kernel::MoeDownPanels { d, lanes, vecs, streams, tile_streams, .. } => {
                let panels = d / (lanes * vecs).max(1);
                if rows == 1 {
                    panels / streams.max(1)
                } else {
                    panels / tile_streams.max(1) * rows.min(1)
                }
            }
            _ => self.cubes(rows) * self.cube_units().unwrap_or(1),
        }
    }

    /// The weight a kernel reads packed in panels, when it does: its buffer parameter's index, the
    /// rows a panel holds and the length of a row. A weight `[n, k]` is then stored as `n / rows`
    /// panels `[k][rows]`, each in the bytes its rows occupied; the runtime packs it at load
    /// (`flexc_kernels::panel_index` says where each weight goes).
    pub fn weight_panels(&self) -> Option<(usize, u64, u64)> {
        match *self {
            Kernel::MatmulPanels { n_in, lanes, vecs, .. } => Some((1, lanes * vecs, n_in)),
            Kernel::MoeHiddenPanels { d, lanes, vecs, .. } => Some((2, lanes * vecs, d)),
            Kernel::MoeDownPanels { intermediate, lanes, vecs, .. } => Some((2, lanes * vecs, intermediate)),
            _ => None,
        }
    }

    /// Whether the kernel's units deal its work items among themselves as they come free, through
    /// two counters in its last buffer parameter, `deal` (a [`crate::Table::Deal`]: zero before the
    /// launch, and zero again after it, reset by its last unit): the cpu panel kernels. A unit takes
    /// the item at its position, then items from the launch's unit count on as they come free. The
    /// cpu runtime launches them in one cube of a unit per core, so that a core the runtime's own
    /// threads hold up, or that streams from memory more slowly, takes fewer items instead of keeping
    /// the other waiting at the launch's end; any other cube shape is correct too.
    pub fn deals(&self) -> bool {
        matches!(self, Kernel::MatmulPanels { .. } | Kernel::MoeHiddenPanels { .. } | Kernel::MoeDownPanels { .. })
    }

    /// The units per cube a kernel is written for, when it fixes them (the GPU-shaped kernels: a
    /// cube per row or per block of outputs, whose scratch is sized for the cube); `None` when any
    /// cube shape covering [`Kernel::units`] is correct.
    pub fn cube_units(&self) -> Option<u64> {
        match *self {
            Kernel::MatmulPlanes { cube, .. }
            | Kernel::RmsNormCube { cube, .. }
            | Kernel::ResidualNormCube { cube, .. }
            | Kernel::ResidualNormRouterCube { cube, .. }
            | Kernel::QkNormRopeCube { cube, .. }
            | Kernel::AttentionPlanes { cube, .. }
            | Kernel::AttentionCombine { cube, .. }
            | Kernel::MoeHiddenPlanes { cube, .. }
            | Kernel::MoeDownPlanes { cube, .. } => Some(cube),
            _ => None,
        }
    }

    /// The weight bytes a launch for one row reads at least, each once, when each row chooses
    /// `chosen` of its MoE block's experts: a whole projection, the chosen experts' gate/up and down,
    /// one embedding row, the norms' and router's vectors. The KV cache is not a weight (attention
    /// reads it in proportion to the context). `flexc inspect` sums it over a decode step.
    pub fn weight_bytes_per_row(&self, chosen: u64) -> u64 {
        let b = |t: DType| t.size_bytes() as u64;
        match *self {
            Kernel::Embed { table, d } => d * b(table),
            Kernel::Matmul { weight, n_in, n_out, .. }
            | Kernel::MatmulPlanes { weight, n_in, n_out, .. }
            | Kernel::MatmulPanels { weight, n_in, n_out, .. } => n_in * n_out * b(weight),
            Kernel::RmsNorm { weight, n, .. }
            | Kernel::ResidualNorm { weight, n, .. }
            | Kernel::RmsNormCube { weight, n, .. }
            | Kernel::ResidualNormCube { weight, n, .. } => n * b(weight),
            Kernel::ResidualNormRouter { norm, router, d, experts, .. }
            | Kernel::ResidualNormRouterCube { norm, router, d, experts, .. } => d * b(norm) + experts * d * b(router),
            Kernel::QkNormRope { norm, heads, kv_heads, head_dim, .. }
            | Kernel::QkNormRopeCube { norm, heads, kv_heads, head_dim, .. } => (heads + kv_heads) * head_dim * b(norm),
            Kernel::Attention { .. } | Kernel::AttentionPlanes { .. } | Kernel::AttentionCombine { .. } => 0,
            Kernel::MoeHidden { weight, d, experts, intermediate, .. }
            | Kernel::MoeHiddenPlanes { weight, d, experts, intermediate, .. }
            | Kernel::MoeHiddenPanels { weight, d, experts, intermediate, .. } => {
                chosen.min(experts) * 2 * intermediate * d * b(weight)
            }
            Kernel::MoeDown { weight, d, experts, intermediate, .. }
            | Kernel::MoeDownPlanes { weight, d, experts, intermediate, .. }
            | Kernel::MoeDownPanels { weight, d, experts, intermediate, .. } => {
                chosen.min(experts) * d * intermediate * b(weight)
            }
        }
    }

    /// Whether a cpu panel kernel runs by bf16 dot products (`flexc compile --cpu-bf16-dot`): where
    /// the CPU has AVX512-BF16, the runtime runs it with `vdpbf16ps` over the same panels, its
    /// activations rounded to bf16; elsewhere it runs as the cubecl kernel, in f32. Only for steps of
    /// more than one row: the plan launches the f32 kernel at one row ([`Kernel::at_one_row`]).
    pub fn dot(&self) -> bool {
        match *self {
            Kernel::MatmulPanels { dot, .. }
            | Kernel::MoeHiddenPanels { dot, .. }
            | Kernel::MoeDownPanels { dot, .. } => dot,
            _ => false,
        }
    }

    /// The kernel's decode shape, when it has one apart from its tiled shape: the GPU-shaped dense
    /// kernels with tiles of more than one row (or, for the projections and `moe_down`, more than
    /// one output a plane), which the plan launches at one row with tiles of one row and one output
    /// a plane, and the cpu panel kernels run by bf16 dot products ([`Kernel::dot`]), whose decode
    /// shape is the f32 kernel. The GPU shapes give a row the same result (each row's dot products
    /// are the same operations); the dot products give it bf16's accuracy.
    pub fn at_one_row(&self) -> Option<Kernel> {
        let mut one = self.clone();
        match &mut one {
            Kernel::MatmulPlanes { block_rows, outs_per_cube: outs, outs_per_plane, .. }
            | Kernel::MoeDownPlanes { block_rows, block_out: outs, outs_per_plane, .. }
                if *block_rows > 1 || *outs_per_plane > 1 =>
            {
                *block_rows = 1;
                *outs /= (*outs_per_plane).max(1);
                *outs_per_plane = 1;
                Some(one)
            }
            Kernel::MoeHiddenPlanes { block_rows, .. } if *block_rows > 1 => {
                *block_rows = 1;
                Some(one)
            }
            Kernel::MatmulPanels { dot, .. }
            | Kernel::MoeHiddenPanels { dot, .. }
            | Kernel::MoeDownPanels { dot, .. }
                if *dot =>
            {
                *dot = false;
                Some(one)
            }
            _ => None,
        }
    }

    /// Why a GPU-shaped kernel may launch fewer cubes at one token than a large GPU has SMs.
    pub fn few_cubes_reason(&self) -> &'static str {
        match self {
            Kernel::RmsNormCube { .. }
            | Kernel::ResidualNormCube { .. }
            | Kernel::ResidualNormRouterCube { .. }
            | Kernel::QkNormRopeCube { .. } => {
                "a cube per token: a reduction over one row, small next to the projections around it"
            }
            Kernel::AttentionPlanes { .. } | Kernel::AttentionCombine { .. } => {
                "a cube per token and head at short contexts; longer ones split over more cubes, merged by attention_combine"
            }
            Kernel::Embed { .. } => "a unit per value of the token's embedding row: a copy of one row",
            _ => "a cube per 8 outputs: this model is too narrow for more",
        }
    }

    /// Shared memory a cube of the kernel allocates at launch, in bytes: the cube-wide reductions'
    /// scratch (an f32 per unit, of which a plane's worth is used), attention's planes' partial
    /// results (`max_planes` x (`head_dim` + 2) f32). Compilers report static shared memory only;
    /// this is the dynamic part, for occupancy.
    pub fn shared_bytes(&self) -> u64 {
        match *self {
            Kernel::RmsNormCube { cube, .. }
            | Kernel::ResidualNormCube { cube, .. }
            | Kernel::ResidualNormRouterCube { cube, .. }
            | Kernel::QkNormRopeCube { cube, .. } => cube * 4,
            Kernel::AttentionPlanes { max_planes, head_dim, .. } => max_planes * (head_dim + 2) * 4,
            _ => 0,
        }
    }

    /// Cubes a launch of `rows` rows takes, for the kernels that fix their cube
    /// ([`Kernel::cube_units`]); 0 for the others, whose cube count follows from the target's cube.
    pub fn cubes(&self, rows: u64) -> u64 {
        match *self {
            Kernel::MatmulPlanes { n_out, outs_per_cube, block_rows, .. } => {
                row_tiles(rows, block_rows) * (n_out / outs_per_cube.max(1))
            }
            Kernel::RmsNormCube { .. }
            | Kernel::ResidualNormCube { .. }
            | Kernel::ResidualNormRouterCube { .. }
            | Kernel::QkNormRopeCube { .. } => rows,
            Kernel::AttentionPlanes { heads, .. } | Kernel::AttentionCombine { heads, .. } => rows * heads,
            // Grouped by expert: a cube takes every row (that chose its expert).
            Kernel::MoeHiddenPlanes { experts, intermediate, block_i, .. } => {
                rows.min(1) * experts * (intermediate / block_i.max(1))
            }
            Kernel::MoeDownPlanes { d, block_out, block_rows, .. } => {
                row_tiles(rows, block_rows) * (d / block_out.max(1))
            }
            _ => 0,
        }
    }

    /// The vector width of the kernel's vectorized buffers (1 when it has none).
    pub fn lanes(&self) -> u64 {
        match *self {
            Kernel::Matmul { lanes, .. }
            | Kernel::MoeHidden { lanes, .. }
            | Kernel::MoeDown { lanes, .. }
            | Kernel::MatmulPlanes { lanes, .. }
            | Kernel::MoeHiddenPlanes { lanes, .. }
            | Kernel::MoeDownPlanes { lanes, .. }
            | Kernel::Attention { lanes, .. }
            | Kernel::MatmulPanels { lanes, .. }
            | Kernel::MoeHiddenPanels { lanes, .. }
            | Kernel::MoeDownPanels { lanes, .. } => lanes,
            _ => 1,
        }
    }

    /// The weight dtypes the kernel is instantiated with (what a target must support).
    pub fn dtypes(&self) -> Vec<DType> {
        self.comptime()
            .into_iter()
            .filter_map(|(_, c)| match c {
                Const::Type(t) => Some(t),
                _ => None,
            })
            .collect()
    }
}

/// The most cubes a GPU attention call splits a (row, head)'s keys over (flash decoding), each split
/// a share of at least `ATTENTION_PARTITION` positions of the step's longest context; the splits stop
/// once the call has `ATTENTION_FILL` cubes (two per SM of an H200), so a batched or prefill step
/// takes one. The partial results of a split are `head_dim + 2` f32 (a per-row scratch of
/// `heads x ATTENTION_SPLITS` of them).
pub(crate) const ATTENTION_SPLITS: u64 = 8;
pub(crate) const ATTENTION_PARTITION: u64 = 512;
pub(crate) const ATTENTION_FILL: u64 = 264;

/// Cubes per (row, head) an [`Kernel::AttentionPlanes`] call takes, as the kernel counts them
/// (`flexc_kernels::attention_splits`): one per `partition` positions of the step's longest block
/// table, at most `splits`, and no more than it takes for the call to reach `fill` cubes; at least 1.
pub fn attention_splits(
    rows: u64,
    table_stride: u64,
    heads: u64,
    block_size: u64,
    splits: u64,
    partition: u64,
    fill: u64,
) -> u64 {
    let by_length = (table_stride * block_size).div_ceil(partition.max(1));
    let by_fill = fill.div_ceil((rows * heads).max(1));
    by_length.min(by_fill).min(splits).max(1)
}

/// Panels a unit of the panel kernels ([`Kernel::MatmulPanels`], [`Kernel::MoeDownPanels`],
/// [`Kernel::MoeHiddenPanels`]) takes at one row: the largest count up to `most` dividing the
/// `panels` (of each of `groups` experts) that leaves at least 16 units (1 when none does). A unit
/// then reads its panels' weights side by side, `panels / streams` panels apart: a core streaming
/// from several places at once keeps more loads in flight than one stream consumed at the rate of
/// its FMAs, which on a 2-core Xeon moved a bf16 GEMV from 17 to 25 GiB/s (BENCHMARKS.md).
pub fn decode_streams(panels: u64, groups: u64, most: u64) -> u64 {
    (1..=most.max(1)).rev().find(|s| panels.is_multiple_of(*s) && groups * panels / s >= 16).unwrap_or(1)
}

/// Blocks of outputs a [`Kernel::MoeDown`] unit takes when a call has more than one row: the
/// largest count up to 8 dividing the `d / block_out` blocks that leaves at least 16 units (1 when
/// none does). A unit then loads each tile of its rows' hidden activations once for all its blocks:
/// the hidden activations of a prefill (`rows x E' x I`, megabytes) are streamed from the last-level
/// cache once per group of blocks rather than once per block, while the group's weights of one
/// expert (8 blocks of a 1024-wide f32 expert: 128 KiB) stay in the core's L2.
pub fn moe_down_group(d: u64, block_out: u64) -> u64 {
    let blocks = d / block_out.max(1);
    (1..=8).rev().find(|g| blocks.is_multiple_of(*g) && blocks / g >= 16).unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_units_take_the_most_streams_that_leave_sixteen_units() {
        assert_eq!(decode_streams(3136, 1, 4), 4); // the released models' head
        assert_eq!(decode_streams(64, 1, 4), 4);
        assert_eq!(decode_streams(48, 1, 4), 3);
        assert_eq!(decode_streams(16, 1, 4), 1);
        assert_eq!(decode_streams(30, 1, 4), 1);
        assert_eq!(decode_streams(128, 3, 2), 2);
        assert_eq!(decode_streams(8, 3, 2), 1);
        let k = Kernel::MatmulPanels {
            weight: DType::Bf16,
            n_in: 2048,
            n_out: 100352,
            lanes: 16,
            vecs: 2,
            block_rows: 4,
            streams: 4,
            tile_streams: 2,
            dot: false,
        };
        assert_eq!(k.units(1), 784);
        assert_eq!(k.units(16), 3136 / 2 * 4);
        assert!(k.name().ends_with("_streams4_tile_streams2"), "{}", k.name());
    }

    #[test]
    fn names_carry_every_constant_and_scalars_follow_the_params() {
        let k = Kernel::ResidualNormRouter {
            norm: DType::F32,
            router: DType::Bf16,
            d: 64,
            experts: 3,
            top_k: 3,
            renorm: false,
            eps: 1e-6,
        };
        assert_eq!(k.name(), "residual_norm_router_f32_bf16_d64_experts3_top_k3_renorm0");
        let params = k.params();
        let scalars = params.iter().filter(|p| p.kind == ParamKind::Scalar).count();
        assert_eq!(scalars, k.scalars(Call { rows: 1, table_stride: 1 }).len());
        assert!(params.windows(2).all(|w| !(w[0].kind == ParamKind::Scalar && w[1].kind != ParamKind::Scalar)));
    }
}
