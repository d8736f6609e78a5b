//! CUDA and HIP source for the kernels of a plan, without any GPU or GPU toolkit.
//!
//! Each kernel instance of a cuda or hip program is instantiated through the kernel table with the
//! configuration's dtypes and comptime constants (E', k', hidden and intermediate sizes, head counts),
//! and cubecl's C++ back ends turn its definition into source text. The cube shape is fixed per target
//! ([`GpuTarget::cube_units`]); the cube count is `ceil(units_per_row * rows / cube_units)`.

use crate::table::{define, TableError};
use cubecl::prelude::*;
use cubecl::Compiler;
use cubecl_cpp::shared::{CompilationOptions, CppCompiler};
use flexc_lower::{Kernel, Target};
use std::sync::Arc;

/// A GPU source language flexc emits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GpuTarget {
    Cuda,
    Hip,
}

impl GpuTarget {
    pub const ALL: [GpuTarget; 2] = [GpuTarget::Cuda, GpuTarget::Hip];

    /// The C++ language of a plan target, if it has one.
    pub fn of(target: Target) -> Option<GpuTarget> {
        match target {
            Target::Cuda => Some(GpuTarget::Cuda),
            Target::Hip => Some(GpuTarget::Hip),
            Target::Cpu | Target::Wgpu => None,
        }
    }

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
    #[error("kernel {kernel}: the {target} back end failed: {reason}")]
    Backend { kernel: String, target: &'static str, reason: String },
    #[error(transparent)]
    Table(#[from] TableError),
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

/// Emits `kernel` for `target`, with the cube shape of the target's program.
pub fn emit(kernel: &Kernel, target: GpuTarget) -> Result<EmittedKernel, EmitError> {
    let settings =
        KernelSettings::new(CubeDim::new_1d(target.cube_units()).into(), ExecutionMode::Checked, AddressType::U32);
    let definition = define(kernel, settings, properties(target), Arc::new(TargetProperties::default()))?;
    compile(definition, kernel, target)
}

fn compile(definition: KernelDefinition, kernel: &Kernel, target: GpuTarget) -> Result<EmittedKernel, EmitError> {
    let options = CompilationOptions { warp_size: target.warp_size(), ..Default::default() };
    let generated = definition.settings.kernel_name.clone();
    // The entry point is the instance's own name: cubecl's name carries a hash of the build, which
    // would make the same kernel's source differ between two builds of flexc.
    let entry = kernel.name();
    let fail = |reason: String| EmitError::Backend { kernel: kernel.name(), target: target.name(), reason };
    let kernel = match target {
        GpuTarget::Cuda => CppCompiler::<cubecl_cpp::target::Cuda>::default().compile(definition, &options),
        GpuTarget::Hip => CppCompiler::<cubecl_cpp::target::Hip>::default().compile(definition, &options),
    }
    .map_err(|e| fail(format!("{e}")))?;
    let source = kernel.source.replace(&generated, &entry);
    Ok(EmittedKernel { source, shared_memory_bytes: kernel.shared_memory_size, entry })
}
