//! Lowering: a specialized graph becomes its launch plan, the program the runtime executes.
//!
//! For each target (cpu, cuda, hip, wgpu) a [`Program`] lists typed kernel instances ([`Kernel`]: one
//! enum whose variants carry their comptime constants and run-time scalars), the launches in order
//! with typed [`Binding`]s (activation slot, weight, expert stack, KV-cache layer, step input, table),
//! and the activation buffer slots. The plan is a pure function of the graph and [`LowerOptions`]; the
//! artifact records it (`plan.json`), the GPU back ends emit its instances, and the runtime walks its
//! launches. The choice of a kernel variant per target is made here and nowhere else.

mod error;
mod kernel;
mod lowering;
mod plan;
mod slots;

pub use error::LowerError;
pub use kernel::{
    attention_splits, decode_streams, moe_down_group, Call, Const, Elem, Kernel, Param, ParamKind, Scalar,
};
pub use lowering::{
    check_runnable, expert_kernels, fusion_hint, has_kernel, lower, matmul_kernel, row_major_matmul, ATTENTION_ROWS,
    MAX_POSITIONS,
};
pub use plan::{
    Binding, CpuTile, CubeUnits, ExpertPart, Instance, KvLayer, KvPart, Launch, LowerOptions, Plan, Program, Rows,
    Slot, Source, StepInput, Table, When, PLAN_FILE, PLAN_FORMAT_VERSION,
};

use serde::{Deserialize, Serialize};

/// Where a program runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    /// cubecl's cpu runtime (kernels JIT-compiled through LLVM at load).
    Cpu,
    /// NVIDIA GPUs: CUDA C++ for NVRTC.
    Cuda,
    /// AMD GPUs: HIP C++ for clang/hipcc.
    Hip,
    /// Vulkan, Metal or DirectX 12 through wgpu (WGSL).
    Wgpu,
}

impl Target {
    pub const ALL: [Target; 4] = [Target::Cpu, Target::Cuda, Target::Hip, Target::Wgpu];

    pub fn name(self) -> &'static str {
        match self {
            Target::Cpu => "cpu",
            Target::Cuda => "cuda",
            Target::Hip => "hip",
            Target::Wgpu => "wgpu",
        }
    }

    pub fn from_name(s: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.name() == s || (s == "rocm" && *t == Target::Hip))
    }

    /// `cpu,cuda,hip`: a non-empty list without unknown names (duplicates removed, sorted).
    pub fn parse_list(list: &str) -> Result<Vec<Target>, String> {
        let mut out = Vec::new();
        for name in list.split(',').map(str::trim) {
            match Target::from_name(name) {
                Some(t) => out.push(t),
                None if name.is_empty() => return Err(format!("empty target in {list:?}")),
                None => return Err(format!("unknown target `{name}` (choose from cpu, cuda, hip, wgpu)")),
            }
        }
        out.sort();
        out.dedup();
        Ok(out)
    }
}
