//! Which cubecl runtime runs an artifact's program.

use crate::error::EngineError;
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
    /// A wgpu adapter (needs the `wgpu` feature): Vulkan on Linux and Windows, Metal on macOS.
    Wgpu(WgpuAdapter),
}

/// Which wgpu adapter runs an artifact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WgpuAdapter {
    /// The best the machine has (a high-power GPU first; `CUBECL_WGPU_DEFAULT_DEVICE` overrides it).
    Default,
    /// The discrete GPU with this index.
    Discrete(usize),
    /// A CPU adapter: Mesa's lavapipe, which runs the GPU execution model (planes, shared memory,
    /// barriers) on the CPU.
    Cpu,
}

impl DeviceKind {
    /// The spellings [`DeviceKind::parse`] accepts, for error messages.
    pub const SPELLINGS: &'static str = "cpu, cuda, cuda:N, hip, hip:N, wgpu, wgpu:N, wgpu:cpu";

    /// `cpu`, `cuda`, `cuda:1`, `hip`, `hip:0`, `wgpu` (the default adapter), `wgpu:0` (a discrete
    /// GPU), `wgpu:cpu` (a CPU adapter such as lavapipe).
    pub fn parse(s: &str) -> Option<DeviceKind> {
        if s == "wgpu:cpu" {
            return Some(DeviceKind::Wgpu(WgpuAdapter::Cpu));
        }
        let (name, index) = match s.split_once(':') {
            Some((n, i)) => (n, Some(i.parse().ok()?)),
            None => (s, None),
        };
        match name {
            "cpu" if index.unwrap_or(0) == 0 => Some(DeviceKind::Cpu),
            "cuda" => Some(DeviceKind::Cuda(index.unwrap_or(0))),
            "hip" | "rocm" => Some(DeviceKind::Hip(index.unwrap_or(0))),
            "wgpu" => Some(DeviceKind::Wgpu(index.map_or(WgpuAdapter::Default, WgpuAdapter::Discrete))),
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
            DeviceKind::Wgpu(_) => Target::Wgpu,
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
            #[cfg(feature = "wgpu")]
            DeviceKind::Wgpu(adapter) => {
                use cubecl::device::WgpuDeviceKind;
                Device::wgpu(match adapter {
                    WgpuAdapter::Default => WgpuDeviceKind::DefaultDevice,
                    WgpuAdapter::Discrete(i) => WgpuDeviceKind::DiscreteGpu(i),
                    WgpuAdapter::Cpu => WgpuDeviceKind::Cpu,
                })
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_parses_and_nothing_else_does() {
        let cases = [
            ("cpu", DeviceKind::Cpu),
            ("cpu:0", DeviceKind::Cpu),
            ("cuda", DeviceKind::Cuda(0)),
            ("cuda:1", DeviceKind::Cuda(1)),
            ("hip:2", DeviceKind::Hip(2)),
            ("rocm", DeviceKind::Hip(0)),
            ("wgpu", DeviceKind::Wgpu(WgpuAdapter::Default)),
            ("wgpu:1", DeviceKind::Wgpu(WgpuAdapter::Discrete(1))),
            ("wgpu:cpu", DeviceKind::Wgpu(WgpuAdapter::Cpu)),
        ];
        for (s, want) in cases {
            assert_eq!(DeviceKind::parse(s), Some(want), "{s}");
        }
        for s in ["", "cpu:1", "cuda:", "cuda:x", "wgpu:gpu", "tpu", "cuda:-1", "wgpu:cpu:0"] {
            assert_eq!(DeviceKind::parse(s), None, "{s}");
        }
        assert_eq!(DeviceKind::parse("wgpu:cpu").unwrap().target(), Target::Wgpu);
    }
}
