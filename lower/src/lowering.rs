//! Graph -> program: each op of a specialized graph becomes its target's kernel launches, with the
//! variant for that target chosen here and nowhere else.

use crate::error::LowerError;
use crate::kernel::{decode_streams, Kernel, ParamKind, ATTENTION_FILL, ATTENTION_PARTITION, ATTENTION_SPLITS};
use crate::plan::{
    Binding, CpuTile, CubeUnits, ExpertPart, Instance, KvLayer, KvPart, Launch, LowerOptions, Plan, Program, Rows,
    StepInput, Table, When, PLAN_FORMAT_VERSION,
};
use crate::slots::plan_slots;
use crate::Target;
use flexc_ir::{DType, Ffn, Graph, Op};
use std::collections::HashMap;

/// The most positions a graph may declare (RoPE positions are exact in f32 up to 2^24).
pub const MAX_POSITIONS: i64 = 1 << 24;

/// What a verified graph must also be for the runtime to run it: one token-id input that every
/// `embed` reads, one output of `[T, vocab_size]` logits, metadata that agrees with the weights, and
/// no weight bound both as a stacked expert and as anything else. The verifier checks types; this
/// checks what the engine relies on beyond them.
pub fn check_runnable(graph: &Graph) -> Result<(), LowerError> {
    let bad = |reason: String| LowerError::Graph(reason);
    let [input] = graph.inputs.as_slice() else {
        return Err(bad(format!("it takes {} inputs; a model takes one, the token ids", graph.inputs.len())));
    };
    let [output] = graph.outputs.as_slice() else {
        return Err(bad(format!("it has {} outputs; a model has one, the logits", graph.outputs.len())));
    };
    let out = graph.inst(output).ok_or_else(|| bad(format!("output %{output} is an input, not computed logits")))?;
    let vocab = graph.meta_int("vocab_size").ok_or_else(|| bad("meta vocab_size is missing".into()))?;
    if vocab <= 0 || out.ty.seq_width() != Some(vocab as u64) {
        return Err(bad(format!("meta vocab_size = {vocab} is not the width of the output %{output} ({})", out.ty)));
    }
    match graph.meta_int("max_position_embeddings") {
        Some(n) if (1..=MAX_POSITIONS).contains(&n) => {}
        other => {
            return Err(bad(format!(
                "meta max_position_embeddings = {other:?} is not between 1 and {MAX_POSITIONS} positions"
            )))
        }
    }
    if let Some(ids) = graph.meta_ints("eos_token_ids") {
        if let Some(bad_id) = ids.iter().find(|&&t| !(0..vocab).contains(&t)) {
            return Err(bad(format!("meta eos_token_ids holds {bad_id}, outside the vocabulary of {vocab}")));
        }
    }
    let mut expert_weights: HashMap<&str, &str> = HashMap::new();
    for inst in &graph.insts {
        if let Op::Embed { table } = &inst.op {
            if inst.args[0] != input.name {
                return Err(LowerError::Invalid {
                    value: inst.result.clone(),
                    reason: format!("embed reads %{}, not the token ids %{}", inst.args[0], input.name),
                });
            }
            let rows = graph.weight(table).map(|w| w.rows()).unwrap_or(0);
            if rows != vocab as u64 {
                return Err(bad(format!("meta vocab_size = {vocab}, but the embedding @{table} has {rows} rows")));
            }
        }
        if let Op::MoeBlock { ffn, .. } = &inst.op {
            for w in ffn.iter().flat_map(Ffn::weights) {
                if let Some(other) = expert_weights.insert(w, &inst.result) {
                    return Err(LowerError::Invalid {
                        value: inst.result.clone(),
                        reason: format!("expert weight @{w} is also an expert weight of %{other}"),
                    });
                }
            }
        }
    }
    for inst in &graph.insts {
        if matches!(inst.op, Op::MoeBlock { .. }) {
            continue;
        }
        if let Some(w) = inst.op.weights().into_iter().find(|w| expert_weights.contains_key(w)) {
            return Err(LowerError::Invalid {
                value: inst.result.clone(),
                reason: format!(
                    "reads @{w}, which is an expert weight of %{}: a weight is an expert's or not",
                    expert_weights[w]
                ),
            });
        }
    }
    Ok(())
}

/// Whether `op` has a kernel on `target` (the legality the `legalize` pass checks).
pub fn has_kernel(op: &Op, _target: Target) -> bool {
    matches!(
        op,
        Op::Embed { .. }
            | Op::MatMul { .. }
            | Op::RmsNorm { .. }
            | Op::ResidualNorm { .. }
            | Op::SelfAttention { .. }
            | Op::MoeBlock { .. }
    )
}

/// Which pass would turn an op without a kernel into one with a kernel (empty when none would).
pub fn fusion_hint(op: &Op) -> &'static str {
    match op {
        Op::Slice { .. } | Op::Rope { .. } | Op::Attention { .. } => " (the full pipeline fuses it: fuse-attention)",
        Op::Add => " (the full pipeline fuses it: fuse-residual-norm)",
        Op::Router { .. }
        | Op::SoftmaxTopK { .. }
        | Op::Softmax
        | Op::ExpertFfn { .. }
        | Op::MoeCombine { .. }
        | Op::Moe { .. }
        | Op::DenseFfn { .. } => " (the full pipeline fuses it: fuse-moe, fuse-moe-block)",
        _ => "",
    }
}

/// The plan of a verified graph for `targets`.
pub fn lower(graph: &Graph, targets: &[Target], options: LowerOptions) -> Result<Plan, LowerError> {
    check_runnable(graph)?;
    options.cpu_tile.check().map_err(LowerError::Graph)?;
    if !(1..=1 << 20).contains(&options.block_size) {
        return Err(LowerError::Graph(format!("a KV-cache block of {} positions", options.block_size)));
    }
    let mut targets = targets.to_vec();
    targets.sort();
    targets.dedup();
    let programs = targets.iter().map(|&t| lower_program(graph, t, options)).collect::<Result<_, _>>()?;
    Ok(Plan { format_version: PLAN_FORMAT_VERSION, options, programs })
}

/// The decoder layer of an instruction, from the importer's `l<layer>.` value names.
fn layer_of(value: &str) -> Option<u64> {
    value.strip_prefix('l')?.split('.').next()?.parse().ok()
}

fn lower_program(graph: &Graph, target: Target, options: LowerOptions) -> Result<Program, LowerError> {
    let (slots, slot_of) = plan_slots(graph, target)?;
    let mut program = Program {
        target,
        cube_units: match target {
            Target::Cpu => CubeUnits::Device,
            Target::Cuda | Target::Hip => CubeUnits::Fixed(256),
            Target::Wgpu => CubeUnits::Fixed(64),
        },
        kernels: Vec::new(),
        launches: Vec::new(),
        slots,
        kv: Vec::new(),
    };
    for inst in &graph.insts {
        let v = inst.result.as_str();
        let invalid = |reason: String| LowerError::Invalid { value: v.to_string(), reason };
        let act = |name: &str| -> Result<Binding, LowerError> {
            let slot = *slot_of.get(name).ok_or_else(|| invalid(format!("buffer {name} has no slot")))?;
            Ok(Binding::Activation { slot, value: name.to_string() })
        };
        let arg = |i: usize| act(&format!("%{}", inst.args[i]));
        let out = || act(&format!("%{v}"));
        let part = |p: &str| act(&format!("%{v}#{p}"));
        let weight = |name: &str| Binding::Weight { name: name.to_string() };
        let dtype = |name: &str| -> Result<DType, LowerError> {
            graph.weight(name).map(|w| w.dtype).ok_or_else(|| invalid(format!("weight @{name} is not declared")))
        };
        let width = inst.ty.seq_width().ok_or_else(|| invalid(format!("type {} is not [T, n]", inst.ty)))?;
        let mut launch = |kernel: Kernel, bindings: Vec<Binding>| {
            add_launch(&mut program, v, kernel, bindings);
        };
        match &inst.op {
            Op::Embed { table } => launch(
                Kernel::Embed { table: dtype(table)?, d: width },
                vec![weight(table), Binding::Step { input: StepInput::Tokens }, out()?],
            ),
            Op::MatMul { weight: w } => {
                let n_in = graph.weight(w).and_then(|w| w.shape.get(1).copied()).unwrap_or(0);
                // A weight the embedding also reads (tied embeddings) stays in its stored layout: the
                // embedding looks rows up in it.
                let tied = graph.insts.iter().any(|i| matches!(&i.op, Op::Embed { table } if table == w));
                let kernel = if tied {
                    row_major_matmul(target, options.cpu_tile, dtype(w)?, n_in, width)
                } else {
                    matmul_kernel(target, options.cpu_tile, dtype(w)?, n_in, width)
                };
                launch(with_dot(kernel, options.cpu_bf16_dot), vec![arg(0)?, weight(w), out()?])
            }
            Op::RmsNorm { weight: w, eps } => {
                launch(rms_norm_kernel(target, dtype(w)?, width, *eps as f32), vec![arg(0)?, weight(w), out()?])
            }
            Op::ResidualNorm { weight: w, eps } => launch(
                residual_norm_kernel(target, dtype(w)?, width, *eps as f32),
                vec![arg(0)?, arg(1)?, weight(w), out()?],
            ),
            Op::SelfAttention { q_norm, k_norm, heads, kv_heads, head_dim, layer, theta, eps } => {
                let norm = dtype(q_norm)?;
                if dtype(k_norm)? != norm {
                    return Err(invalid(format!("q_norm @{q_norm} and k_norm @{k_norm} differ in dtype")));
                }
                let cache = options.kv_dtype;
                let (k, vv) = (
                    Binding::KvCache { layer: *layer, part: KvPart::K },
                    Binding::KvCache { layer: *layer, part: KvPart::V },
                );
                launch(
                    qk_norm_rope_kernel(
                        target,
                        Kernel::QkNormRope {
                            norm,
                            cache,
                            heads: *heads,
                            kv_heads: *kv_heads,
                            head_dim: *head_dim,
                            block_size: options.block_size,
                            eps: *eps as f32,
                        },
                    ),
                    vec![
                        arg(0)?,
                        weight(q_norm),
                        weight(k_norm),
                        Binding::Table { table: Table::InvFreq { head_dim: *head_dim, theta_bits: theta.to_bits() } },
                        Binding::Step { input: StepInput::Positions },
                        Binding::Step { input: StepInput::CacheSlots },
                        part("q")?,
                        k.clone(),
                        vv.clone(),
                    ],
                );
                let attend = attention_kernel(
                    target,
                    Kernel::Attention {
                        cache,
                        heads: *heads,
                        kv_heads: *kv_heads,
                        head_dim: *head_dim,
                        block_size: options.block_size,
                        scale: 1.0 / (*head_dim as f32).sqrt(),
                        lanes: Shape::cpu(options.cpu_tile).lanes(*head_dim),
                        block_rows: ATTENTION_ROWS,
                    },
                );
                let mut bindings = vec![
                    part("q")?,
                    k,
                    vv,
                    Binding::Step { input: StepInput::Positions },
                    Binding::Step { input: StepInput::Sequences },
                    Binding::Step { input: StepInput::BlockTables },
                ];
                match attend {
                    Kernel::AttentionPlanes { heads, head_dim, block_size, splits, partition, fill, cube, .. } => {
                        bindings.extend([part("partials")?, out()?]);
                        launch(attend, bindings);
                        launch(
                            Kernel::AttentionCombine { heads, head_dim, block_size, splits, partition, fill, cube },
                            vec![part("partials")?, out()?],
                        );
                    }
                    _ => {
                        bindings.push(out()?);
                        launch(attend, bindings);
                    }
                }
                program.kv.push(KvLayer { layer: *layer, width: kv_heads * head_dim, dtype: cache });
            }
            Op::MoeBlock { attn_norm, router, experts, top_k, renorm, ffn, ffn_norm, eps } => {
                let n = experts.len() as u64;
                let eps = *eps as f32;
                let gates = match router {
                    Some(r) => {
                        launch(
                            router_kernel(
                                target,
                                Kernel::ResidualNormRouter {
                                    norm: dtype(attn_norm)?,
                                    router: dtype(r)?,
                                    d: width,
                                    experts: n,
                                    top_k: *top_k,
                                    renorm: *renorm,
                                    eps,
                                },
                            ),
                            vec![
                                arg(0)?,
                                arg(1)?,
                                weight(attn_norm),
                                weight(r),
                                Binding::Table { table: Table::RouterMask { value: format!("%{v}"), experts: n } },
                                part("h")?,
                                part("gates")?,
                            ],
                        );
                        part("gates")?
                    }
                    None => {
                        launch(
                            residual_norm_kernel(target, dtype(attn_norm)?, width, eps),
                            vec![arg(0)?, arg(1)?, weight(attn_norm), part("h")?],
                        );
                        Binding::Table { table: Table::Ones }
                    }
                };
                let (expert_dtype, intermediate) = experts_shape(graph, v, ffn)?;
                let stack = |part: ExpertPart| Binding::Experts { value: format!("%{v}"), part };
                let slots = Binding::Table { table: Table::ExpertSlots { value: format!("%{v}"), experts: n } };
                let (hidden, down) = expert_kernels(target, options.cpu_tile, expert_dtype, width, n, intermediate);
                let (hidden, down) = (with_dot(hidden, options.cpu_bf16_dot), with_dot(down, options.cpu_bf16_dot));
                launch(
                    hidden,
                    vec![part("h")?, gates.clone(), stack(ExpertPart::GateUp), slots.clone(), part("hidden")?],
                );
                launch(down, vec![part("hidden")?, gates, stack(ExpertPart::Down), slots, part("y")?]);
                launch(
                    residual_norm_kernel(target, dtype(ffn_norm)?, width, eps),
                    vec![part("h")?, part("y")?, weight(ffn_norm), out()?],
                );
            }
            other => {
                return Err(LowerError::Unsupported {
                    value: v.to_string(),
                    op: other.name(),
                    target: target.name(),
                    hint: fusion_hint(other),
                })
            }
        }
    }
    // After the last launch that touches the KV cache, every launch computes each row from that row
    // alone: those may run on the output rows only.
    let last_kv =
        program.launches.iter().rposition(|l| l.bindings.iter().any(|b| matches!(b, Binding::KvCache { .. })));
    if let Some(last) = last_kv {
        for launch in &mut program.launches[last + 1..] {
            launch.rows = Rows::Outputs;
        }
    }
    Ok(program)
}

/// How the cpu runtime's dense kernels (projections, expert FFNs) are shaped: the widest vector that
/// divides the dot-product length, and the tile each unit computes. A unit is a task on a core, so
/// units are few and fat: the plan's [`CpuTile`] (by default the compiling machine's: 16 lanes and
/// 4 x 4 tiles with AVX-512, 8 lanes and 2 x 2 with AVX2), so that each weight vector loaded serves
/// several rows of a prefill or a batched decode and the accumulators stay in registers.
///
/// On cuda, hip and wgpu a unit is a GPU thread: the dense kernels give a plane per output instead
/// ([`Kernel::MatmulPlanes`], [`Kernel::MoeHiddenPlanes`], [`Kernel::MoeDownPlanes`]).
struct Shape {
    max_lanes: u64,
    block: u64,
    block_rows: u64,
}

impl Shape {
    fn cpu(cpu: CpuTile) -> Shape {
        Shape { max_lanes: cpu.lanes, block: cpu.block_out, block_rows: cpu.block_rows }
    }

    /// The GPU-shaped dense kernels' vectors and blocks: 16 bytes of weight per lane load (4 f32,
    /// 8 bf16 or f16), and up to 8 outputs (or hidden units) a cube, a plane each: 8 planes of 32
    /// lanes in a CUDA cube of 256, or of 8 lanes in a wgpu cube of 64. A 2048-wide projection at
    /// decode is then 256 cubes, enough to fill 132 SMs. With more rows, tiles of 32 f32 of
    /// accumulators a lane per weight row (8 rows of 4-lane f32 vectors, 4 of 8-lane bf16 or f16):
    /// each weight vector loaded serves that many rows.
    fn gpu(weight: DType) -> Shape {
        let max_lanes = 16 / weight.size_bytes().max(1) as u64;
        Shape { max_lanes, block: 8, block_rows: (32 / max_lanes).clamp(1, 8) }
    }

    /// The widest power-of-two vector up to `max_lanes` dividing `n`.
    fn lanes(&self, n: u64) -> u64 {
        let mut lanes = self.max_lanes;
        while lanes > 1 && !n.is_multiple_of(lanes) {
            lanes /= 2;
        }
        lanes
    }

    /// The largest tile edge up to `block` dividing `n`.
    fn block(&self, n: u64) -> u64 {
        (1..=self.block).rev().find(|b| n.is_multiple_of(*b)).unwrap_or(1)
    }

    /// Outputs a cube and outputs a plane of the GPU-shaped kernels that give a plane one output
    /// per weight row (the projections, `moe_down`) over `n` outputs: at more than one row a plane
    /// takes two where the cube's blocks pair up, so each row vector it loads serves both (the
    /// decode shape, `Kernel::at_one_row`, keeps one).
    fn outputs(&self, n: u64) -> (u64, u64) {
        let block = self.block(n);
        let per_plane = if n.is_multiple_of(2 * block) { 2 } else { 1 };
        (block * per_plane, per_plane)
    }
}

/// Units per cube of a GPU target's program (`None` for the cpu runtime, whose cube is the device's).
fn gpu_cube(target: Target) -> Option<u64> {
    match target {
        Target::Cpu => None,
        Target::Cuda | Target::Hip => Some(256),
        Target::Wgpu => Some(64),
    }
}

/// Rows a unit of the cpu attention takes, one after another: a prompt's rows share their keys, so
/// the rows after a tile's first find them in cache rather than memory (a layer's keys and values
/// outgrow the L2 at long prompts). On the bench model's 1000-token prefill the attention's profiled
/// time fell from about 290 ms to 170-180 when a tile's rows took each chunk of keys in turn (tiles
/// of 4: about 180), and to 120-123 with each row over all its keys in turn, its sums in registers,
/// and each kv head's positions together in the cache's blocks.
pub const ATTENTION_ROWS: u64 = 8;

/// Planes of an attention cube that take keys: 8 planes fill a CUDA cube of 256 (warps of 32) and a
/// wgpu cube of 64 on 8-lane subgroups, and size the shared scratch (8 x head_dim f32).
const ATTENTION_PLANES: u64 = 8;

fn rms_norm_kernel(target: Target, weight: DType, n: u64, eps: f32) -> Kernel {
    match gpu_cube(target) {
        None => Kernel::RmsNorm { weight, n, eps },
        Some(cube) => Kernel::RmsNormCube { weight, n, eps, cube },
    }
}

fn residual_norm_kernel(target: Target, weight: DType, n: u64, eps: f32) -> Kernel {
    match gpu_cube(target) {
        None => Kernel::ResidualNorm { weight, n, eps },
        Some(cube) => Kernel::ResidualNormCube { weight, n, eps, cube },
    }
}

/// `kernel` (a [`Kernel::ResidualNormRouter`]) as `target` runs it.
fn router_kernel(target: Target, kernel: Kernel) -> Kernel {
    match (gpu_cube(target), kernel) {
        (Some(cube), Kernel::ResidualNormRouter { norm, router, d, experts, top_k, renorm, eps }) => {
            Kernel::ResidualNormRouterCube { norm, router, d, experts, top_k, renorm, eps, cube }
        }
        (_, kernel) => kernel,
    }
}

/// `kernel` (a [`Kernel::QkNormRope`]) as `target` runs it.
fn qk_norm_rope_kernel(target: Target, kernel: Kernel) -> Kernel {
    match (gpu_cube(target), kernel) {
        (Some(cube), Kernel::QkNormRope { norm, cache, heads, kv_heads, head_dim, block_size, eps }) => {
            Kernel::QkNormRopeCube { norm, cache, heads, kv_heads, head_dim, block_size, eps, cube }
        }
        (_, kernel) => kernel,
    }
}

/// The narrowest plane a GPU target's attention is written for (its lanes hold `head_dim /
/// min_plane` output dims each): NVIDIA warps are 32 lanes, AMD wavefronts 32 or 64; Vulkan and
/// Metal subgroups can be as narrow as 4.
fn min_plane(target: Target) -> u64 {
    match target {
        Target::Cuda | Target::Hip => 32,
        Target::Wgpu | Target::Cpu => 4,
    }
}

/// `kernel` (a [`Kernel::Attention`]) as `target` runs it.
fn attention_kernel(target: Target, kernel: Kernel) -> Kernel {
    match (gpu_cube(target), kernel) {
        (Some(cube), Kernel::Attention { cache, heads, kv_heads, head_dim, block_size, scale, .. }) => {
            Kernel::AttentionPlanes {
                cache,
                heads,
                kv_heads,
                head_dim,
                block_size,
                scale,
                max_planes: ATTENTION_PLANES,
                min_plane: min_plane(target),
                splits: ATTENTION_SPLITS,
                partition: ATTENTION_PARTITION,
                fill: ATTENTION_FILL,
                cube,
            }
        }
        (_, kernel) => kernel,
    }
}

/// The cpu runtime's micro-kernel shape for a tile of `cpu`: vectors per panel (a panel is `lanes x
/// vecs` outputs) and rows per tile, for the projections and `moe_down`, and for `moe_hidden` (whose
/// tile holds a gate and an up accumulator per output). The tile keeps as many accumulators as the
/// `block_out x block_rows` tile of the row-major kernels (16 vectors with AVX-512, 4 with AVX2), in
/// rows of two vectors where it holds 4 or more.
fn panel_shape(cpu: CpuTile) -> (u64, u64, u64) {
    let acc = (cpu.block_out * cpu.block_rows).max(1);
    let vecs = if acc >= 4 { 2 } else { 1 };
    (vecs, (acc / vecs).max(1), (acc / (2 * vecs)).max(1))
}

/// The cpu expert kernels' micro-kernel shape (`moe_down`, `moe_hidden`): vectors per panel, and rows
/// a tile of `moe_down` and of `moe_hidden`. They gather the rows that chose an expert, and each tile
/// is a pass over the expert's panel: the first from memory, the others from cache with the memory
/// idle, so their tiles are as tall as the registers allow. With AVX-512 (32 registers): 12 rows of
/// two vectors for `moe_down` and 6 for `moe_hidden` (a gate and an up accumulator each), 24
/// accumulators, so that the 11 or so rows of 16 that choose each of 7 experts at top-5 take one pass
/// of `moe_down` (12 rows by one panel, or 6 by two) and two of `moe_hidden` (BENCHMARKS.md, "Taller
/// expert tiles"). Elsewhere the shape of [`panel_shape`].
fn expert_shape(cpu: CpuTile) -> (u64, u64, u64) {
    let (vecs, block_rows, hidden_rows) = panel_shape(cpu);
    if cpu.block_out * cpu.block_rows >= 16 {
        (vecs, 12, 6)
    } else {
        (vecs, block_rows, hidden_rows)
    }
}

/// The projection kernel of `target` for a weight `[n_out, n_in]`: on the cpu runtime the micro-kernel
/// over panel-packed weights ([`Kernel::MatmulPanels`]) where a panel divides `n_out`, else shaped as
/// [`Shape`] says; on a GPU a plane per output ([`Kernel::MatmulPlanes`]).
pub fn matmul_kernel(target: Target, cpu: CpuTile, weight: DType, n_in: u64, n_out: u64) -> Kernel {
    let (vecs, block_rows, _) = panel_shape(cpu);
    if target == Target::Cpu && n_out.is_multiple_of(cpu.lanes * vecs) {
        let panels = n_out / (cpu.lanes * vecs);
        let streams = decode_streams(panels, 1, 4);
        // A unit's first tile of rows reads its panel from memory for the others: two panels side by
        // side, in tiles half as high, where the tiles are tall enough (BENCHMARKS.md, "Two panels a
        // unit for the projections and head at more rows").
        let (block_rows, tile_streams) =
            if block_rows >= 8 && panels.is_multiple_of(2) { (block_rows / 2, 2) } else { (block_rows, 1) };
        return Kernel::MatmulPanels {
            weight,
            n_in,
            n_out,
            lanes: cpu.lanes,
            vecs,
            block_rows,
            streams,
            tile_streams,
            dot: false,
        };
    }
    row_major_matmul(target, cpu, weight, n_in, n_out)
}

/// [`matmul_kernel`] over a weight in its stored layout `[n_out, n_in]`.
pub fn row_major_matmul(target: Target, cpu: CpuTile, weight: DType, n_in: u64, n_out: u64) -> Kernel {
    if let Some(cube) = gpu_cube(target) {
        let gpu = Shape::gpu(weight);
        let (outs_per_cube, outs_per_plane) = gpu.outputs(n_out);
        return Kernel::MatmulPlanes {
            weight,
            n_in,
            n_out,
            lanes: gpu.lanes(n_in),
            outs_per_cube,
            outs_per_plane,
            block_rows: gpu.block_rows,
            cube,
        };
    }
    let shape = Shape::cpu(cpu);
    Kernel::Matmul {
        weight,
        n_in,
        n_out,
        lanes: shape.lanes(n_in),
        block_out: shape.block(n_out),
        block_rows: shape.block_rows,
    }
}

/// The expert kernels (`moe_hidden`, `moe_down`) of `target` for `experts` experts of hidden size `d`
/// and intermediate size `intermediate`.
pub fn expert_kernels(
    target: Target,
    cpu: CpuTile,
    weight: DType,
    d: u64,
    experts: u64,
    intermediate: u64,
) -> (Kernel, Kernel) {
    if let Some(cube) = gpu_cube(target) {
        let gpu = Shape::gpu(weight);
        let hidden = Kernel::MoeHiddenPlanes {
            weight,
            d,
            experts,
            intermediate,
            lanes: gpu.lanes(d),
            block_i: gpu.block(intermediate),
            block_rows: gpu.block_rows,
            cube,
        };
        let (block_out, outs_per_plane) = gpu.outputs(d);
        let down = Kernel::MoeDownPlanes {
            weight,
            d,
            experts,
            intermediate,
            lanes: gpu.lanes(intermediate),
            block_out,
            outs_per_plane,
            block_rows: gpu.block_rows,
            cube,
        };
        return (hidden, down);
    }
    let (vecs, down_rows, hidden_rows) = expert_shape(cpu);
    let panel = cpu.lanes * vecs;
    if intermediate.is_multiple_of(panel) && d.is_multiple_of(panel) {
        // `moe_down` reads an expert's panel from memory in one pass for all the rows that chose it:
        // two panels a unit, side by side, in tiles half as high, where the tiles are tall enough.
        let (block_rows, tile_streams) =
            if down_rows >= 4 && (d / panel).is_multiple_of(2) { (down_rows / 2, 2) } else { (down_rows, 1) };
        let hidden = Kernel::MoeHiddenPanels {
            weight,
            d,
            experts,
            intermediate,
            lanes: cpu.lanes,
            vecs,
            block_rows: hidden_rows,
            // A gate and an up stream a panel.
            streams: decode_streams(intermediate / panel, experts, 2),
            dot: false,
        };
        let down = Kernel::MoeDownPanels {
            weight,
            d,
            experts,
            intermediate,
            lanes: cpu.lanes,
            vecs,
            block_rows,
            streams: decode_streams(d / panel, 1, 4),
            tile_streams,
            dot: false,
        };
        return (hidden, down);
    }
    let shape = Shape::cpu(cpu);
    let hidden = Kernel::MoeHidden {
        weight,
        d,
        experts,
        intermediate,
        lanes: shape.lanes(d),
        block_i: shape.block(intermediate),
        block_rows: shape.block_rows,
    };
    let down = Kernel::MoeDown {
        weight,
        d,
        experts,
        intermediate,
        lanes: shape.lanes(intermediate),
        block_out: shape.block(d),
        block_rows: shape.block_rows,
    };
    (hidden, down)
}

/// `kernel`, run by bf16 dot products ([`Kernel::dot`]) where the options ask for them (`dot`) and it can be:
/// a cpu panel kernel over bf16 weights in panels of 2 vectors of 16 lanes (the runtime's dot-product
/// panel of 32 outputs), whose inputs come in whole pairs.
fn with_dot(mut kernel: Kernel, dot_products: bool) -> Kernel {
    if dot_products {
        match &mut kernel {
            Kernel::MatmulPanels { weight: DType::Bf16, lanes: 16, vecs: 2, n_in: k, dot, .. }
            | Kernel::MoeHiddenPanels { weight: DType::Bf16, lanes: 16, vecs: 2, d: k, dot, .. }
            | Kernel::MoeDownPanels { weight: DType::Bf16, lanes: 16, vecs: 2, intermediate: k, dot, .. }
                if *k % 2 == 0 =>
            {
                *dot = true
            }
            _ => {}
        }
    }
    kernel
}

/// The launch of `kernel` for `value`; a kernel with a decode shape apart from its tiled one
/// ([`Kernel::at_one_row`]) takes two launches, one for steps of one row and one for more ([`When`]).
fn add_launch(program: &mut Program, value: &str, kernel: Kernel, bindings: Vec<Binding>) {
    match kernel.at_one_row() {
        Some(one) => {
            push_launch(program, value, one, bindings.clone(), When::OneRow);
            push_launch(program, value, kernel, bindings, When::ManyRows);
        }
        None => push_launch(program, value, kernel, bindings, When::Always),
    }
}

fn push_launch(program: &mut Program, value: &str, kernel: Kernel, mut bindings: Vec<Binding>, when: When) {
    let name = kernel.name();
    if kernel.deals() {
        bindings.push(Binding::Table { table: Table::Deal });
    }
    debug_assert_eq!(
        bindings.len(),
        kernel.params().iter().filter(|p| p.kind != ParamKind::Scalar).count(),
        "{name}: one binding per buffer parameter"
    );
    if program.instance(&name).is_none() {
        program.kernels.push(Instance {
            name: name.clone(),
            kernel: kernel.clone(),
            params: kernel.params(),
            source: None,
        });
    }
    program.launches.push(Launch {
        inst: format!("%{value}"),
        layer: layer_of(value),
        instance: name,
        kernel,
        bindings,
        rows: Rows::Step,
        when,
    });
}

/// The stored dtype and intermediate size shared by a MoE block's experts (one layout, one dtype).
fn experts_shape(graph: &Graph, value: &str, ffn: &[Ffn]) -> Result<(DType, u64), LowerError> {
    let invalid = |reason: String| LowerError::Invalid { value: value.to_string(), reason };
    let mut found: Option<(DType, u64)> = None;
    for f in ffn {
        let down = match f {
            Ffn::Split { down, .. } | Ffn::Fused { down, .. } => down,
        };
        let intermediate = graph.weight(down).and_then(|w| w.shape.get(1).copied());
        for name in f.weights() {
            let w = graph.weight(name).ok_or_else(|| invalid(format!("weight @{name} is not declared")))?;
            let this = (w.dtype, intermediate.unwrap_or(0));
            match found {
                None => found = Some(this),
                Some(prev) if prev == this => {}
                Some(_) => {
                    return Err(invalid(format!(
                        "the experts of one MoE block must share a dtype and intermediate size (@{name} differs)"
                    )))
                }
            }
        }
    }
    found.ok_or_else(|| invalid("has no expert".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The projections at more than one row: 2 panels a unit in tiles half as high where the tile has
    /// 8 rows or more to halve and the panels pair up, else one panel in the whole tile.
    #[test]
    fn matmul_tiles_take_two_panels_where_they_are_tall_enough() {
        let avx512 = CpuTile { lanes: 16, block_out: 4, block_rows: 4 };
        let avx2 = CpuTile { lanes: 8, block_out: 2, block_rows: 2 };
        let shape = |k: Kernel| match k {
            Kernel::MatmulPanels { block_rows, streams, tile_streams, .. } => (block_rows, streams, tile_streams),
            other => panic!("not matmul_panels: {}", other.name()),
        };
        // The released models' head: 3136 panels of 32.
        assert_eq!(shape(matmul_kernel(Target::Cpu, avx512, DType::Bf16, 2048, 100352)), (4, 4, 2));
        // 3 panels do not pair up.
        assert_eq!(shape(matmul_kernel(Target::Cpu, avx512, DType::F32, 64, 96)), (8, 1, 1));
        // AVX2's tiles of 2 rows stay whole.
        assert_eq!(shape(matmul_kernel(Target::Cpu, avx2, DType::F32, 512, 512)), (2, 2, 1));
    }
}
