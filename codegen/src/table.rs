//! The kernel table: every [`Kernel`] variant bound to its `#[cube]` function, once. [`launch`] runs a
//! plan launch on a cubecl client (what the runtime does for every launch of a program), and
//! [`define`] builds the kernel's definition for a back end to compile (what the CUDA and HIP emission
//! does). Both read the variant's comptime constants the same way, so the code a GPU source records
//! and the code the runtime launches are one instantiation.

use cubecl::prelude::*;
use flexc_ir::DType;
use flexc_kernels as k;
use flexc_lower::{moe_down_group, Call, Kernel, ParamKind, Scalar};
use half::{bf16, f16};
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum TableError {
    #[error("kernel {kernel}: {dtype} is not a float type a kernel can read")]
    Dtype { kernel: String, dtype: DType },
    #[error("kernel {kernel}: {given} {what} given, the kernel takes {expected}")]
    Arity { kernel: String, what: &'static str, given: usize, expected: usize },
}

/// Evaluates `$body` with the type `$T` standing for the Rust float type of `$dtype`.
macro_rules! with_float {
    ($kernel:expr, $dtype:expr, $T:ident => $body:expr) => {
        match $dtype {
            DType::F32 => {
                type $T = f32;
                Ok($body)
            }
            DType::Bf16 => {
                type $T = bf16;
                Ok($body)
            }
            DType::F16 => {
                type $T = f16;
                Ok($body)
            }
            other => Err(TableError::Dtype { kernel: $kernel.name(), dtype: other }),
        }
    };
}

/// Evaluates `$body` for a panel kernel over `$dtype` weights with `$T` the type its weight
/// parameter is read as, and `$pairs` whether that is the bf16 pair view ([`bf16_pairs`]: `f32`).
macro_rules! with_panel_float {
    ($kernel:expr, $dtype:expr, $pairs:ident, $T:ident => $body:expr) => {
        if bf16_pairs($kernel) {
            type $T = f32;
            let $pairs = true;
            Ok($body)
        } else {
            let $pairs = false;
            with_float!($kernel, $dtype, $T => $body)
        }
    };
}

/// Whether a panel kernel reads its bf16 weights in pairs: each f32 vector of its weight parameter
/// two bf16 vectors of a panel row, widened with a shift and a mask (`flexc_kernels`' panel
/// micro-kernel). Its panels must be 2 vectors wide.
pub fn bf16_pairs(kernel: &Kernel) -> bool {
    match *kernel {
        Kernel::MatmulPanels { weight, vecs, .. }
        | Kernel::MoeHiddenPanels { weight, vecs, .. }
        | Kernel::MoeDownPanels { weight, vecs, .. } => weight == DType::Bf16 && vecs == 2,
        _ => false,
    }
}

/// `buffer` (a weight of bf16 elements) as the f32 elements [`bf16_pairs`] reads: half as many.
fn pair_view(buffer: BufferArg) -> BufferArg {
    let len = buffer.len() / 2;
    match buffer {
        // SAFETY: the same bytes, as elements twice the size.
        BufferArg::Handle { handle } => unsafe { BufferArg::from_raw_parts_binding(handle.handle, len) },
        alias => alias,
    }
}

/// Whether `client`'s kernels can read `dtype`: WGSL has no bf16, and a wgpu adapter without
/// `shader-f16` has no f16; every other device reads all of f32, bf16 and f16 (and i32).
pub fn holds(client: &cubecl::client::Client, dtype: DType) -> bool {
    use cubecl::ir::{ElemType, FloatKind};
    let kind = match dtype {
        DType::Bf16 => FloatKind::BF16,
        DType::F16 => FloatKind::F16,
        DType::F32 | DType::I32 => return true,
    };
    client.properties().supports_type(ElemType::Float(kind))
}

fn usize_of(v: u64) -> usize {
    v as usize
}

/// The number of buffer and scalar parameters of `kernel`.
fn arity(kernel: &Kernel) -> (usize, usize) {
    let params = kernel.params();
    let scalars = params.iter().filter(|p| p.kind == ParamKind::Scalar).count();
    (params.len() - scalars, scalars)
}

/// Counters a kernel that deals its work takes ([`Kernel::deals`]): items taken, and units done.
pub const DEAL_COUNTERS: usize = 2;

/// A buffer of [`DEAL_COUNTERS`] zeroed counters, for the launches of one step at a time (a plan's
/// `Table::Deal`): each launch leaves them at zero for the next.
pub fn deal_counters(client: &cubecl::client::Client) -> cubecl::server::Handle {
    client.create_from_slice(u32::as_bytes(&[0u32; DEAL_COUNTERS]))
}

/// Launches `kernel` for a call of `call.rows` rows, as a plan launch runs: one unit per work item
/// ([`Kernel::units_for`]), `cube_units` units per cube, the call's scalars. A call with no work (an
/// attention combine with one split to merge) launches nothing.
pub fn launch_call(
    client: &cubecl::client::Client,
    kernel: &Kernel,
    call: Call,
    cube_units: u32,
    buffers: Vec<BufferArg>,
) -> Result<(), TableError> {
    // A kernel that fixes its cube (a cube per row or block of outputs) is launched with it.
    let cube_units = kernel.cube_units().map_or(cube_units, |c| c as u32);
    let units = kernel.units_for(call) as usize;
    if units == 0 {
        return Ok(());
    }
    // The cpu runtime's units are its cores (planes of one lane): a kernel that deals its work runs
    // there in one cube, its units taking the items as they come free. Elsewhere it gets a unit per
    // item, and each runs its own: on lavapipe, whose shaders' loops are bounded, a subgroup that had
    // taken many items stopped partway through one (the kernel tests, one cube of 256 units).
    let one_cube = kernel.deals() && client.properties().hardware.plane_size_max <= 1;
    let cubes = if one_cube { 1 } else { units.div_ceil(cube_units as usize).max(1) as u32 };
    let scalars = kernel.scalars(call);
    launch(client, kernel, CubeCount::Static(cubes, 1, 1), CubeDim::new_1d(cube_units), buffers, &scalars)
}

/// Launches `kernel` on `client` with `buffers` (one per buffer parameter, in order) and `scalars`
/// (the launch's [`Kernel::scalars`]).
pub fn launch(
    client: &cubecl::client::Client,
    kernel: &Kernel,
    count: CubeCount,
    dim: CubeDim,
    buffers: Vec<BufferArg>,
    scalars: &[Scalar],
) -> Result<(), TableError> {
    let (n_buffers, n_scalars) = arity(kernel);
    let check = |what, given, expected| {
        if given == expected {
            Ok(())
        } else {
            Err(TableError::Arity { kernel: kernel.name(), what, given, expected })
        }
    };
    check("buffers", buffers.len(), n_buffers)?;
    check("scalars", scalars.len(), n_scalars)?;
    // A panel kernel reading its bf16 weight in pairs reads that buffer as f32 elements.
    let paired = kernel.weight_panels().filter(|_| bf16_pairs(kernel)).map(|(at, _, _)| at);
    let mut buffers =
        buffers.into_iter().enumerate().map(|(i, buffer)| if Some(i) == paired { pair_view(buffer) } else { buffer });
    let mut b = || buffers.next().expect("counted above");
    let s = |i: usize| scalars[i];
    let u = usize_of;
    match *kernel {
        Kernel::Embed { table, d } => {
            with_float!(kernel, table, F => k::embed::launch::<F>(client, count, dim, b(), b(), b(), s(0).as_u32(), u(d)))
        }
        Kernel::Matmul { weight, n_in, n_out, lanes, block_out, block_rows } => {
            with_float!(kernel, weight, F => k::matmul::launch::<F>(
                client, count, dim, u(lanes), b(), b(), b(), s(0).as_u32(), u(n_in), u(n_out), u(block_out), u(block_rows)
            ))
        }
        Kernel::RmsNorm { weight, n, .. } => with_float!(kernel, weight, F => k::rms_norm::launch::<F>(
            client, count, dim, b(), b(), b(), s(0).as_u32(), s(1).as_f32(), u(n)
        )),
        Kernel::ResidualNorm { weight, n, .. } => with_float!(kernel, weight, F => k::residual_norm::launch::<F>(
            client, count, dim, b(), b(), b(), b(), s(0).as_u32(), s(1).as_f32(), u(n)
        )),
        Kernel::ResidualNormRouter { norm, router, d, experts, top_k, renorm, .. } => {
            with_float!(kernel, norm, N => with_float!(kernel, router, R => k::residual_norm_router::launch::<N, R>(
                client, count, dim, b(), b(), b(), b(), b(), b(), b(), s(0).as_u32(), s(1).as_f32(),
                u(d), u(experts), u(top_k), renorm
            ))?)
        }
        Kernel::QkNormRope { norm, cache, heads, kv_heads, head_dim, block_size, .. } => {
            with_float!(kernel, norm, N => with_float!(kernel, cache, C => k::qk_norm_rope::launch::<N, C>(
                client, count, dim, b(), b(), b(), b(), b(), b(), b(), b(), b(), s(0).as_u32(), s(1).as_f32(),
                u(heads), u(kv_heads), u(head_dim), u(block_size)
            ))?)
        }
        Kernel::Attention { cache, heads, kv_heads, head_dim, block_size, lanes, block_rows, .. } => {
            with_float!(kernel, cache, C => k::paged_attention::launch::<C>(
                client, count, dim, u(lanes), b(), b(), b(), b(), b(), b(), b(), s(0).as_u32(), s(1).as_u32(), s(2).as_f32(),
                u(heads), u(kv_heads), u(head_dim), u(block_size), u(block_rows)
            ))
        }
        Kernel::MoeHidden { weight, d, experts, intermediate, lanes, block_i, block_rows } => {
            with_float!(kernel, weight, F => k::moe_hidden::launch::<F>(
                client, count, dim, u(lanes), b(), b(), b(), b(), b(), s(0).as_u32(), u(d), u(experts), u(intermediate),
                u(block_i), u(block_rows)
            ))
        }
        Kernel::MoeDown { weight, d, experts, intermediate, lanes, block_out, block_rows } => {
            with_float!(kernel, weight, F => k::moe_down::launch::<F>(
                client, count, dim, u(lanes), b(), b(), b(), b(), b(), s(0).as_u32(), u(d), u(experts), u(intermediate),
                u(block_out), u(block_rows), u(moe_down_group(d, block_out))
            ))
        }
        Kernel::MatmulPlanes { weight, n_in, n_out, lanes, outs_per_cube, outs_per_plane, block_rows, .. } => {
            with_float!(kernel, weight, F => k::matmul_planes::launch::<F>(
                client, count, dim, u(lanes), b(), b(), b(), s(0).as_u32(), u(n_in), u(n_out), u(outs_per_cube),
                u(outs_per_plane), u(block_rows)
            ))
        }
        Kernel::RmsNormCube { weight, n, cube, .. } => with_float!(kernel, weight, F => k::rms_norm_cube::launch::<F>(
            client, count, dim, b(), b(), b(), s(0).as_u32(), s(1).as_f32(), u(n), u(cube)
        )),
        Kernel::ResidualNormCube { weight, n, cube, .. } => {
            with_float!(kernel, weight, F => k::residual_norm_cube::launch::<F>(
                client, count, dim, b(), b(), b(), b(), s(0).as_u32(), s(1).as_f32(), u(n), u(cube)
            ))
        }
        Kernel::ResidualNormRouterCube { norm, router, d, experts, top_k, renorm, cube, .. } => {
            with_float!(kernel, norm, N => with_float!(kernel, router, R => k::residual_norm_router_cube::launch::<N, R>(
                client, count, dim, b(), b(), b(), b(), b(), b(), b(), s(0).as_u32(), s(1).as_f32(),
                u(d), u(experts), u(top_k), renorm, u(cube)
            ))?)
        }
        Kernel::QkNormRopeCube { norm, cache, heads, kv_heads, head_dim, block_size, cube, .. } => {
            with_float!(kernel, norm, N => with_float!(kernel, cache, C => k::qk_norm_rope_cube::launch::<N, C>(
                client, count, dim, b(), b(), b(), b(), b(), b(), b(), b(), b(), s(0).as_u32(), s(1).as_f32(),
                u(heads), u(kv_heads), u(head_dim), u(block_size), u(cube)
            ))?)
        }
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
            ..
        } => {
            with_float!(kernel, cache, C => k::paged_attention_planes::launch::<C>(
                client, count, dim, b(), b(), b(), b(), b(), b(), b(), b(), s(0).as_u32(), s(1).as_u32(), s(2).as_f32(),
                u(heads), u(kv_heads), u(head_dim), u(block_size), u(max_planes), u(min_plane), u(splits),
                u(partition), u(fill)
            ))
        }
        Kernel::AttentionCombine { heads, head_dim, block_size, splits, partition, fill, .. } => {
            k::attention_combine::launch(
                client,
                count,
                dim,
                b(),
                b(),
                s(0).as_u32(),
                s(1).as_u32(),
                u(heads),
                u(head_dim),
                u(block_size),
                u(splits),
                u(partition),
                u(fill),
            );
            Ok(())
        }
        Kernel::MoeHiddenPlanes { weight, d, experts, intermediate, lanes, block_i, block_rows, .. } => {
            with_float!(kernel, weight, F => k::moe_hidden_planes::launch::<F>(
                client, count, dim, u(lanes), b(), b(), b(), b(), b(), s(0).as_u32(), u(d), u(experts), u(intermediate),
                u(block_i), u(block_rows)
            ))
        }
        Kernel::MoeDownPlanes {
            weight,
            d,
            experts,
            intermediate,
            lanes,
            block_out,
            outs_per_plane,
            block_rows,
            ..
        } => {
            with_float!(kernel, weight, F => k::moe_down_planes::launch::<F>(
                client, count, dim, u(lanes), b(), b(), b(), b(), b(), s(0).as_u32(), u(d), u(experts), u(intermediate),
                u(block_out), u(outs_per_plane), u(block_rows)
            ))
        }
        Kernel::MatmulPanels { weight, n_in, n_out, lanes, vecs, block_rows, streams, tile_streams, .. } => {
            with_panel_float!(kernel, weight, pairs, F => k::matmul_panels::launch::<F>(
                client, count, dim, u(lanes), b(), b(), b(), b(), s(0).as_u32(), u(n_in), u(n_out), u(vecs), u(block_rows),
                u(streams), u(tile_streams), pairs
            ))
        }
        Kernel::MoeHiddenPanels { weight, d, experts, intermediate, lanes, vecs, block_rows, streams, .. } => {
            with_panel_float!(kernel, weight, pairs, F => k::moe_hidden_panels::launch::<F>(
                client, count, dim, u(lanes), b(), b(), b(), b(), b(), b(), s(0).as_u32(), u(d), u(experts), u(intermediate),
                u(vecs), u(block_rows), u(streams), pairs
            ))
        }
        Kernel::MoeDownPanels {
            weight,
            d,
            experts,
            intermediate,
            lanes,
            vecs,
            block_rows,
            streams,
            tile_streams,
            ..
        } => {
            with_panel_float!(kernel, weight, pairs, F => k::moe_down_panels::launch::<F>(
                client, count, dim, u(lanes), b(), b(), b(), b(), b(), b(), s(0).as_u32(), u(d), u(experts), u(intermediate),
                u(vecs), u(block_rows), u(streams), u(tile_streams), pairs
            ))
        }
    }
}

/// The definition of `kernel` with `settings` (its cube shape) for a device with `props`: what a back
/// end compiles to source.
pub fn define(
    kernel: &Kernel,
    settings: KernelSettings,
    props: Arc<DeviceProperties>,
    target: Arc<TargetProperties>,
) -> Result<KernelDefinition, TableError> {
    let b = || BufferCompilationArg { inplace: None };
    let u = usize_of;
    match *kernel {
        Kernel::Embed { table, d } => {
            with_float!(kernel, table, F => k::embed::Embed::<F>::new(settings, props, target, b(), b(), b(), (), u(d)).define())
        }
        Kernel::Matmul { weight, n_in, n_out, lanes, block_out, block_rows } => {
            with_float!(kernel, weight, F => k::matmul::Matmul::<F>::new(
                settings, props, target, b(), b(), b(), (), u(lanes), u(n_in), u(n_out), u(block_out), u(block_rows)
            ).define())
        }
        Kernel::RmsNorm { weight, n, .. } => with_float!(kernel, weight, F => k::rms_norm::RmsNorm::<F>::new(
            settings, props, target, b(), b(), b(), (), (), u(n)
        ).define()),
        Kernel::ResidualNorm { weight, n, .. } => {
            with_float!(kernel, weight, F => k::residual_norm::ResidualNorm::<F>::new(
            settings, props, target, b(), b(), b(), b(), (), (), u(n)
        ).define())
        }
        Kernel::ResidualNormRouter { norm, router, d, experts, top_k, renorm, .. } => {
            with_float!(kernel, norm, N => with_float!(kernel, router, R =>
                k::residual_norm_router::ResidualNormRouter::<N, R>::new(
                    settings.clone(), props.clone(), target.clone(), b(), b(), b(), b(), b(), b(), b(), (), (),
                    u(d), u(experts), u(top_k), renorm
                ).define()
            )?)
        }
        Kernel::QkNormRope { norm, cache, heads, kv_heads, head_dim, block_size, .. } => {
            with_float!(kernel, norm, N => with_float!(kernel, cache, C => k::qk_norm_rope::QkNormRope::<N, C>::new(
                settings.clone(), props.clone(), target.clone(), b(), b(), b(), b(), b(), b(), b(), b(), b(), (), (),
                u(heads), u(kv_heads), u(head_dim), u(block_size)
            ).define())?)
        }
        Kernel::Attention { cache, heads, kv_heads, head_dim, block_size, lanes, block_rows, .. } => {
            with_float!(kernel, cache, C => k::paged_attention::PagedAttention::<C>::new(
                settings, props, target, b(), b(), b(), b(), b(), b(), b(), (), (), (), u(lanes),
                u(heads), u(kv_heads), u(head_dim), u(block_size), u(block_rows)
            ).define())
        }
        Kernel::MoeHidden { weight, d, experts, intermediate, lanes, block_i, block_rows } => {
            with_float!(kernel, weight, F => k::moe_hidden::MoeHidden::<F>::new(
                settings, props, target, b(), b(), b(), b(), b(), (), u(lanes), u(d), u(experts), u(intermediate),
                u(block_i), u(block_rows)
            ).define())
        }
        Kernel::MoeDown { weight, d, experts, intermediate, lanes, block_out, block_rows } => {
            with_float!(kernel, weight, F => k::moe_down::MoeDown::<F>::new(
                settings, props, target, b(), b(), b(), b(), b(), (), u(lanes), u(d), u(experts), u(intermediate),
                u(block_out), u(block_rows), u(moe_down_group(d, block_out))
            ).define())
        }
        Kernel::MatmulPlanes { weight, n_in, n_out, lanes, outs_per_cube, outs_per_plane, block_rows, .. } => {
            with_float!(kernel, weight, F => k::matmul_planes::MatmulPlanes::<F>::new(
                settings, props, target, b(), b(), b(), (), u(lanes), u(n_in), u(n_out), u(outs_per_cube),
                u(outs_per_plane), u(block_rows)
            ).define())
        }
        Kernel::RmsNormCube { weight, n, cube, .. } => {
            with_float!(kernel, weight, F => k::rms_norm_cube::RmsNormCube::<F>::new(
            settings, props, target, b(), b(), b(), (), (), u(n), u(cube)
        ).define())
        }
        Kernel::ResidualNormCube { weight, n, cube, .. } => {
            with_float!(kernel, weight, F => k::residual_norm_cube::ResidualNormCube::<F>::new(
                settings, props, target, b(), b(), b(), b(), (), (), u(n), u(cube)
            ).define())
        }
        Kernel::ResidualNormRouterCube { norm, router, d, experts, top_k, renorm, cube, .. } => {
            with_float!(kernel, norm, N => with_float!(kernel, router, R =>
                k::residual_norm_router_cube::ResidualNormRouterCube::<N, R>::new(
                    settings.clone(), props.clone(), target.clone(), b(), b(), b(), b(), b(), b(), b(), (), (),
                    u(d), u(experts), u(top_k), renorm, u(cube)
                ).define()
            )?)
        }
        Kernel::QkNormRopeCube { norm, cache, heads, kv_heads, head_dim, block_size, cube, .. } => {
            with_float!(kernel, norm, N => with_float!(kernel, cache, C =>
                k::qk_norm_rope_cube::QkNormRopeCube::<N, C>::new(
                    settings.clone(), props.clone(), target.clone(), b(), b(), b(), b(), b(), b(), b(), b(), b(), (), (),
                    u(heads), u(kv_heads), u(head_dim), u(block_size), u(cube)
                ).define()
            )?)
        }
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
            ..
        } => {
            with_float!(kernel, cache, C => k::paged_attention_planes::PagedAttentionPlanes::<C>::new(
                settings, props, target, b(), b(), b(), b(), b(), b(), b(), b(), (), (), (),
                u(heads), u(kv_heads), u(head_dim), u(block_size), u(max_planes), u(min_plane), u(splits),
                u(partition), u(fill)
            ).define())
        }
        Kernel::AttentionCombine { heads, head_dim, block_size, splits, partition, fill, .. } => {
            Ok(k::attention_combine::AttentionCombine::new(
                settings,
                props,
                target,
                b(),
                b(),
                (),
                (),
                u(heads),
                u(head_dim),
                u(block_size),
                u(splits),
                u(partition),
                u(fill),
            )
            .define())
        }
        Kernel::MoeHiddenPlanes { weight, d, experts, intermediate, lanes, block_i, block_rows, .. } => {
            with_float!(kernel, weight, F => k::moe_hidden_planes::MoeHiddenPlanes::<F>::new(
                settings, props, target, b(), b(), b(), b(), b(), (), u(lanes), u(d), u(experts), u(intermediate),
                u(block_i), u(block_rows)
            ).define())
        }
        Kernel::MoeDownPlanes {
            weight,
            d,
            experts,
            intermediate,
            lanes,
            block_out,
            outs_per_plane,
            block_rows,
            ..
        } => {
            with_float!(kernel, weight, F => k::moe_down_planes::MoeDownPlanes::<F>::new(
                settings, props, target, b(), b(), b(), b(), b(), (), u(lanes), u(d), u(experts), u(intermediate),
                u(block_out), u(outs_per_plane), u(block_rows)
            ).define())
        }
        Kernel::MatmulPanels { weight, n_in, n_out, lanes, vecs, block_rows, streams, tile_streams, .. } => {
            with_panel_float!(kernel, weight, pairs, F => k::matmul_panels::MatmulPanels::<F>::new(
                settings, props, target, b(), b(), b(), b(), (), u(lanes), u(n_in), u(n_out), u(vecs), u(block_rows),
                u(streams), u(tile_streams), pairs
            ).define())
        }
        Kernel::MoeHiddenPanels { weight, d, experts, intermediate, lanes, vecs, block_rows, streams, .. } => {
            with_panel_float!(kernel, weight, pairs, F => k::moe_hidden_panels::MoeHiddenPanels::<F>::new(
                settings, props, target, b(), b(), b(), b(), b(), b(), (), u(lanes), u(d), u(experts), u(intermediate),
                u(vecs), u(block_rows), u(streams), pairs
            ).define())
        }
        Kernel::MoeDownPanels {
            weight,
            d,
            experts,
            intermediate,
            lanes,
            vecs,
            block_rows,
            streams,
            tile_streams,
            ..
        } => {
            with_panel_float!(kernel, weight, pairs, F => k::moe_down_panels::MoeDownPanels::<F>::new(
                settings, props, target, b(), b(), b(), b(), b(), b(), (), u(lanes), u(d), u(experts), u(intermediate),
                u(vecs), u(block_rows), u(streams), u(tile_streams), pairs
            ).define())
        }
    }
}
