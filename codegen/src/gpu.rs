//! CUDA and HIP source for the kernels of a plan, without any GPU or GPU toolkit.
//!
//! Each [`KernelSpec`] instantiates one `#[cube]` kernel of `flexc-kernels` with the configuration's
//! weight dtype and comptime constants (E', k', hidden and intermediate sizes, head counts), and
//! cubecl's C++ back ends turn its definition into source text. The cube shape is fixed per target
//! ([`GpuTarget::cube_units`]); the cube count is `ceil(units_per_token * T / cube_units)`.

use cubecl::prelude::*;
use cubecl::{Compiler, CubeKernel};
use cubecl_cpp::shared::{CompilationOptions, CppCompiler};
use flexc_ir::plan::{KernelKind, KernelSpec};
use flexc_ir::DType;
use flexc_kernels as k;
use half::{bf16, f16};
use std::sync::Arc;

/// A GPU source language flexc emits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GpuTarget {
    Cuda,
    Hip,
}

impl GpuTarget {
    pub const ALL: [GpuTarget; 2] = [GpuTarget::Cuda, GpuTarget::Hip];

    pub fn name(self) -> &'static str {
        match self {
            GpuTarget::Cuda => "cuda",
            GpuTarget::Hip => "hip",
        }
    }

    /// The source file extension.
    pub fn extension(self) -> &'static str {
        match self {
            GpuTarget::Cuda => "cu",
            GpuTarget::Hip => "hip",
        }
    }

    /// Units per cube: a multiple of both the NVIDIA warp (32) and the AMD wavefront (64).
    pub fn cube_units(self) -> u32 {
        256
    }

    fn warp_size(self) -> usize {
        match self {
            GpuTarget::Cuda => 32,
            GpuTarget::Hip => 64,
        }
    }
}

/// One kernel's emitted source and its launch facts.
#[derive(Debug, Clone)]
pub struct EmittedKernel {
    pub source: String,
    /// Shared memory per cube, bytes.
    pub shared_memory_bytes: usize,
    /// The `extern "C"` entry point in the source.
    pub entry: String,
}

#[derive(Debug, thiserror::Error)]
pub enum EmitError {
    #[error("kernel {kernel}: constant `{name}` is missing from the plan")]
    MissingConstant { kernel: String, name: String },
    #[error("kernel {kernel}: the {target} back end failed: {reason}")]
    Backend { kernel: String, target: &'static str, reason: String },
    #[error("kernel {kernel}: weights of type {dtype} have no GPU kernel")]
    Dtype { kernel: String, dtype: DType },
}

fn properties(target: GpuTarget) -> Arc<DeviceProperties> {
    use cubecl::ir::{features::Features, DeviceIdentity, HardwareProperties, MemoryDeviceProperties};
    let plane = target.warp_size() as u32;
    let mut props = DeviceProperties::new(
        Features::default(),
        MemoryDeviceProperties::new(u64::MAX, 256),
        HardwareProperties {
            load_width: 128,
            vector_register_count: None,
            plane_size_min: plane,
            plane_size_max: plane,
            max_bindings: 32,
            max_shared_memory_size: 65536,
            max_cube_count: (u32::MAX, u16::MAX as u32, u16::MAX as u32),
            max_units_per_cube: 1024,
            max_cube_dim: (1024, 1024, 1024),
            num_streaming_multiprocessors: None,
            num_tensor_cores: None,
            min_tensor_cores_dim: None,
            num_cpu_cores: None,
            last_level_cache_size: None,
            max_vector_size: VectorSize::MAX,
            cube_mma_reserved_shared_memory: 0,
        },
        cubecl::profile::TimingMethod::Device,
        DeviceIdentity { name: "offline".to_string(), fingerprint: "offline".to_string(), physical: None },
    );
    cubecl_cpp::register_supported_types(&mut props);
    Arc::new(props)
}

/// Emits `spec` for `target`.
pub fn emit(spec: &KernelSpec, target: GpuTarget) -> Result<EmittedKernel, EmitError> {
    let settings =
        KernelSettings::new(CubeDim::new_1d(target.cube_units()).into(), ExecutionMode::Checked, AddressType::U32);
    let props = properties(target);
    let target_props = Arc::new(TargetProperties::default());
    let c = |name: &str| {
        spec.constant(name)
            .map(|v| v as usize)
            .ok_or_else(|| EmitError::MissingConstant { kernel: spec.name.clone(), name: name.to_string() })
    };
    let b = || BufferCompilationArg { inplace: None };
    let dtype = spec.weight_dtype.unwrap_or(DType::F32);
    let compile = |definition: KernelDefinition| compile(definition, spec, target);

    // Instantiates a kernel generic over the weight float type with that type.
    macro_rules! typed {
        ($module:ident :: $kernel:ident, $($arg:expr),* $(,)?) => {
            match dtype {
                DType::F32 => compile(k::$module::$kernel::<f32>::new(settings, props, target_props, $($arg),*).define()),
                DType::Bf16 => compile(k::$module::$kernel::<bf16>::new(settings, props, target_props, $($arg),*).define()),
                DType::F16 => compile(k::$module::$kernel::<f16>::new(settings, props, target_props, $($arg),*).define()),
                other => Err(EmitError::Dtype { kernel: spec.name.clone(), dtype: other }),
            }
        };
    }

    match spec.kernel {
        KernelKind::Embed => typed!(embed::Embed, b(), b(), b(), c("d")?),
        KernelKind::MatmulT => typed!(matmul_t::MatmulT, b(), b(), b(), (), c("n_in")?, c("n_out")?),
        KernelKind::RmsNorm => typed!(rms_norm::RmsNorm, b(), b(), b(), (), (), (), c("n")?),
        KernelKind::MoeGates => {
            let renorm = spec.constant("renorm").unwrap_or(0) != 0;
            typed!(moe_gates::MoeGates, b(), b(), b(), b(), (), c("d")?, c("experts")?, c("top_k")?, renorm)
        }
        KernelKind::MoeHidden => {
            typed!(moe_hidden::MoeHidden, b(), b(), b(), b(), (), c("d")?, c("experts")?, c("intermediate")?)
        }
        KernelKind::MoeDown => {
            typed!(moe_down::MoeDown, b(), b(), b(), b(), (), c("d")?, c("experts")?, c("intermediate")?)
        }
        KernelKind::Rope => compile(
            k::rope::Rope::new(settings, props, target_props, b(), b(), b(), (), (), c("width")?, c("head_dim")?)
                .define(),
        ),
        KernelKind::KvWrite => {
            compile(k::kv_write::KvWrite::new(settings, props, target_props, b(), b(), (), (), c("kv_width")?).define())
        }
        KernelKind::Attention => compile(
            k::attention::Attention::new(
                settings,
                props,
                target_props,
                b(),
                b(),
                b(),
                b(),
                (),
                (),
                (),
                c("heads")?,
                c("kv_heads")?,
                c("head_dim")?,
            )
            .define(),
        ),
        KernelKind::Add => compile(k::add::Add::new(settings, props, target_props, b(), b(), b()).define()),
        KernelKind::SliceColumns => compile(
            k::slice_columns::SliceColumns::new(
                settings,
                props,
                target_props,
                b(),
                b(),
                c("width")?,
                c("start")?,
                c("len")?,
            )
            .define(),
        ),
    }
}

fn compile(definition: KernelDefinition, spec: &KernelSpec, target: GpuTarget) -> Result<EmittedKernel, EmitError> {
    let options = CompilationOptions { warp_size: target.warp_size(), ..Default::default() };
    let entry = definition.settings.kernel_name.clone();
    let fail = |reason: String| EmitError::Backend { kernel: spec.name.clone(), target: target.name(), reason };
    let kernel = match target {
        GpuTarget::Cuda => CppCompiler::<cubecl_cpp::target::Cuda>::default().compile(definition, &options),
        GpuTarget::Hip => CppCompiler::<cubecl_cpp::target::Hip>::default().compile(definition, &options),
    }
    .map_err(|e| fail(format!("{e}")))?;
    Ok(EmittedKernel { source: kernel.source, shared_memory_bytes: kernel.shared_memory_size, entry })
}
