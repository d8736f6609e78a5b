//! Which cubecl runtime runs an artifact's program.

use crate::engine::EngineError;
use cubecl::client::Client;
use cubecl::Device;
use flexc_lower::Target;

/// A device to run kernels on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceKind {
    /// cubecl's cpu runtime (kernels JIT-compiled through LLVM at load).
    Cpu,
    /// The CUDA GPU with this index (needs the `cuda` feature).
    Cuda(usize),
    /// The ROCm/HIP GPU with this index (needs the `hip` feature).
    Hip(usize),
}

impl DeviceKind {
    /// `cpu`, `cuda`, `cuda:1`, `hip`, `hip:0`.
    pub fn parse(s: &str) -> Option<DeviceKind> {
        let (name, index) = match s.split_once(':') {
            Some((n, i)) => (n, i.parse().ok()?),
            None => (s, 0),
        };
        match name {
            "cpu" if index == 0 => Some(DeviceKind::Cpu),
            "cuda" => Some(DeviceKind::Cuda(index)),
            "hip" | "rocm" => Some(DeviceKind::Hip(index)),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        self.target().name()
    }

    /// The plan target whose program this device runs.
    pub fn target(self) -> Target {
        match self {
            DeviceKind::Cpu => Target::Cpu,
            DeviceKind::Cuda(_) => Target::Cuda,
            DeviceKind::Hip(_) => Target::Hip,
        }
    }

    pub(crate) fn client(self) -> Result<Client, EngineError> {
        let unavailable = |reason: String| EngineError::Device { device: self.name(), reason };
        let device = match self {
            DeviceKind::Cpu => Device::cpu(),
            #[cfg(feature = "cuda")]
            DeviceKind::Cuda(i) => Device::cuda(i),
            #[cfg(feature = "hip")]
            DeviceKind::Hip(i) => Device::rocm(i),
            #[allow(unreachable_patterns)]
            other => {
                return Err(unavailable(format!(
                    "this build has no {0} runtime; rebuild with `cargo build --release --features {0}`",
                    other.name()
                )))
            }
        };
        Ok(device.map_err(|e| unavailable(format!("{e:?}")))?.client())
    }
}
