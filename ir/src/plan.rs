//! The launch plan of a specialized graph: which kernel instances run, with which compile-time
//! constants, how many units each launch needs per token, in what order they run, and which buffer
//! slot every activation lives in.
//!
//! The plan is a pure function of the graph. The code generator emits one CUDA and one HIP source per
//! [`KernelSpec`] from it and records it in the artifact (`plan.json`); the runtime allocates its
//! activation buffers from its [`Slot`]s. Every kernel takes one unit per output element, row or
//! token, so a launch needs `units_per_token * T` units, whatever the target's cube shape.

use crate::graph::{Ffn, Graph, Op};
use crate::types::DType;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

/// The `#[cube]` kernels of `flexc-kernels`, by the name of their function.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KernelKind {
    Embed,
    MatmulT,
    RmsNorm,
    Rope,
    KvWrite,
    Attention,
    Add,
    SliceColumns,
    MoeGates,
    MoeHidden,
    MoeDown,
}

/// One runtime argument of a kernel, in launch order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Param {
    pub name: Cow<'static, str>,
    /// `buffer` or `scalar`.
    pub kind: Cow<'static, str>,
    /// Element type; `weight` is the kernel's generic weight float type.
    pub elem: Cow<'static, str>,
    pub writes: bool,
}

const fn param(name: &'static str, kind: &'static str, elem: &'static str, writes: bool) -> Param {
    Param { name: Cow::Borrowed(name), kind: Cow::Borrowed(kind), elem: Cow::Borrowed(elem), writes }
}
const fn buf(name: &'static str, elem: &'static str) -> Param {
    param(name, "buffer", elem, false)
}
const fn out(name: &'static str) -> Param {
    param(name, "buffer", "f32", true)
}
const fn scalar(name: &'static str, elem: &'static str) -> Param {
    param(name, "scalar", elem, false)
}

impl KernelKind {
    /// The kernel function's name in `flexc-kernels`.
    pub fn name(self) -> &'static str {
        match self {
            KernelKind::Embed => "embed",
            KernelKind::MatmulT => "matmul_t",
            KernelKind::RmsNorm => "rms_norm",
            KernelKind::Rope => "rope",
            KernelKind::KvWrite => "kv_write",
            KernelKind::Attention => "attention",
            KernelKind::Add => "add",
            KernelKind::SliceColumns => "slice_columns",
            KernelKind::MoeGates => "moe_gates",
            KernelKind::MoeHidden => "moe_hidden",
            KernelKind::MoeDown => "moe_down",
        }
    }

    /// Its runtime arguments in order (the comptime constants follow, see [`KernelSpec::comptime`]).
    pub fn params(self) -> &'static [Param] {
        match self {
            KernelKind::Embed => const { &[buf("table", "weight"), buf("ids", "u32"), out("out")] },
            KernelKind::MatmulT => const { &[buf("x", "f32"), buf("w", "weight"), out("out"), scalar("rows", "u32")] },
            KernelKind::RmsNorm => {
                const {
                    &[
                        buf("x", "f32"),
                        buf("w", "weight"),
                        out("out"),
                        scalar("rows", "u32"),
                        scalar("inv_n", "f32"),
                        scalar("eps", "f32"),
                    ]
                }
            }
            KernelKind::Rope => {
                const { &[buf("x", "f32"), buf("inv_freq", "f32"), out("out"), scalar("rows", "u32"), scalar("pos0", "u32")] }
            }
            KernelKind::KvWrite => {
                const { &[buf("new", "f32"), out("cache"), scalar("rows", "u32"), scalar("pos0", "u32")] }
            }
            KernelKind::Attention => {
                const {
                    &[
                        buf("q", "f32"),
                        buf("k_cache", "f32"),
                        buf("v_cache", "f32"),
                        out("out"),
                        scalar("rows", "u32"),
                        scalar("pos0", "u32"),
                        scalar("scale", "f32"),
                    ]
                }
            }
            KernelKind::Add => const { &[buf("a", "f32"), buf("b", "f32"), out("out")] },
            KernelKind::SliceColumns => const { &[buf("x", "f32"), out("out")] },
            KernelKind::MoeGates => {
                const {
                    &[
                        buf("h", "f32"),
                        buf("router", "weight"),
                        buf("logit_mask", "f32"),
                        out("gates"),
                        scalar("rows", "u32"),
                    ]
                }
            }
            KernelKind::MoeHidden => {
                const {
                    &[
                        buf("h", "f32"),
                        buf("gates", "f32"),
                        buf("gate_up", "weight"),
                        out("hidden"),
                        scalar("rows", "u32"),
                    ]
                }
            }
            KernelKind::MoeDown => {
                const { &[buf("hidden", "f32"), buf("gates", "f32"), buf("down", "weight"), out("y"), scalar("rows", "u32")] }
            }
        }
    }
}

/// A compile-time constant of a kernel instance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Const {
    Int(u64),
    Bool(bool),
}

impl Const {
    pub fn int(self) -> u64 {
        match self {
            Const::Int(v) => v,
            Const::Bool(b) => b as u64,
        }
    }
}

/// One specialized kernel: a kernel function with its weight dtype and comptime constants fixed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct KernelSpec {
    /// Unique within the plan, usable as a file and symbol name: `moe_gates_f32_d64_experts3_top_k3_renorm1`.
    pub name: String,
    pub kernel: KernelKind,
    /// The stored float type of the weight the kernel reads, for the kernels generic over it.
    pub weight_dtype: Option<DType>,
    /// The `#[comptime]` parameters in the kernel's declaration order.
    pub comptime: Vec<(String, Const)>,
    /// Units a launch needs per token of the call.
    pub units_per_token: u64,
}

impl KernelSpec {
    fn new(kernel: KernelKind, weight_dtype: Option<DType>, comptime: &[(&str, Const)], units_per_token: u64) -> Self {
        let mut name = kernel.name().to_string();
        if let Some(dtype) = weight_dtype {
            name += &format!("_{dtype}");
        }
        for (key, value) in comptime {
            name += &format!("_{key}{}", value.int());
        }
        KernelSpec {
            name,
            kernel,
            weight_dtype,
            comptime: comptime.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
            units_per_token,
        }
    }

    /// A comptime constant by name.
    pub fn constant(&self, key: &str) -> Option<u64> {
        self.comptime.iter().find(|(k, _)| k == key).map(|(_, v)| v.int())
    }

    /// Cubes per launch as a formula in the call's token count `T` and a target's `cube_units`.
    pub fn cube_count(&self) -> String {
        format!("ceil(T * {} / cube_units)", self.units_per_token)
    }
}

/// One launch of the forward, in execution order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Launch {
    /// The instruction it belongs to (`%value`).
    pub inst: String,
    /// The [`KernelSpec::name`] it launches.
    pub kernel: String,
    /// The buffers bound, in the kernel's parameter order: `%value` (an activation), `%value#gates` or
    /// `%value#hidden` (MoE scratch), `@weight`, `cache.k<layer>`/`cache.v<layer>`, `ids`, `inv_freq`,
    /// `logit_mask`, `ones`.
    pub buffers: Vec<String>,
}

/// A reusable activation buffer: every value assigned to it holds `elems_per_token * T` f32 at most,
/// and no two of them are live at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    pub elems_per_token: u64,
    pub values: Vec<String>,
}

/// The whole plan of a graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Distinct kernel instances, in first-use order.
    pub kernels: Vec<KernelSpec>,
    pub launches: Vec<Launch>,
    pub slots: Vec<Slot>,
}

#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    #[error("%{value}: op `{op}` has no kernel; compile with the full pipeline (fuse-moe) to run it")]
    Unsupported { op: &'static str, value: String },
    #[error("%{value}: {reason}")]
    Invalid { value: String, reason: String },
}

impl Plan {
    /// Plans a verified graph.
    pub fn build(graph: &Graph) -> Result<Plan, PlanError> {
        let mut kernels: Vec<KernelSpec> = Vec::new();
        let mut launches = Vec::new();
        let mut add = |spec: KernelSpec, inst: &str, buffers: Vec<String>| {
            if !kernels.iter().any(|k| k.name == spec.name) {
                kernels.push(spec.clone());
            }
            launches.push(Launch { inst: inst.to_string(), kernel: spec.name, buffers });
        };
        let dtype_of = |weight: &str, value: &str| {
            graph.weight(weight).map(|w| w.dtype).ok_or_else(|| PlanError::Invalid {
                value: value.to_string(),
                reason: format!("weight @{weight} is not declared"),
            })
        };
        let width_of = |name: &str| -> Result<u64, PlanError> {
            if let Some(inst) = graph.inst(name) {
                return inst.ty.seq_width().ok_or_else(|| PlanError::Invalid {
                    value: name.to_string(),
                    reason: format!("type {} is not [T, n]", inst.ty),
                });
            }
            Err(PlanError::Invalid { value: name.to_string(), reason: "is not an activation".into() })
        };
        for inst in &graph.insts {
            let v = inst.result.as_str();
            let value = |name: &str| format!("%{name}");
            let width = inst.ty.seq_width().ok_or_else(|| PlanError::Invalid {
                value: v.to_string(),
                reason: format!("type {} is not [T, n]", inst.ty),
            })?;
            let args: Vec<String> = inst.args.iter().map(|a| value(a)).collect();
            use Const::Int;
            match &inst.op {
                Op::Embed { table } => add(
                    KernelSpec::new(KernelKind::Embed, Some(dtype_of(table, v)?), &[("d", Int(width))], width),
                    v,
                    vec![format!("@{table}"), "ids".into(), value(v)],
                ),
                Op::MatMul { weight } => {
                    let n_in = width_of(&inst.args[0])?;
                    add(
                        KernelSpec::new(
                            KernelKind::MatmulT,
                            Some(dtype_of(weight, v)?),
                            &[("n_in", Int(n_in)), ("n_out", Int(width))],
                            width,
                        ),
                        v,
                        vec![args[0].clone(), format!("@{weight}"), value(v)],
                    )
                }
                Op::RmsNorm { weight, .. } => add(
                    KernelSpec::new(KernelKind::RmsNorm, Some(dtype_of(weight, v)?), &[("n", Int(width))], 1),
                    v,
                    vec![args[0].clone(), format!("@{weight}"), value(v)],
                ),
                Op::Rope { head_dim, .. } => add(
                    KernelSpec::new(
                        KernelKind::Rope,
                        None,
                        &[("width", Int(width)), ("head_dim", Int(*head_dim))],
                        width / 2,
                    ),
                    v,
                    vec![args[0].clone(), format!("inv_freq{head_dim}"), value(v)],
                ),
                Op::Attention { heads, kv_heads, head_dim, layer } => {
                    let kv_width = kv_heads * head_dim;
                    let write = KernelSpec::new(KernelKind::KvWrite, None, &[("kv_width", Int(kv_width))], kv_width);
                    add(write.clone(), v, vec![args[1].clone(), format!("cache.k{layer}")]);
                    add(write, v, vec![args[2].clone(), format!("cache.v{layer}")]);
                    add(
                        KernelSpec::new(
                            KernelKind::Attention,
                            None,
                            &[("heads", Int(*heads)), ("kv_heads", Int(*kv_heads)), ("head_dim", Int(*head_dim))],
                            *heads,
                        ),
                        v,
                        vec![args[0].clone(), format!("cache.k{layer}"), format!("cache.v{layer}"), value(v)],
                    )
                }
                Op::Add => add(
                    KernelSpec::new(KernelKind::Add, None, &[], width),
                    v,
                    vec![args[0].clone(), args[1].clone(), value(v)],
                ),
                Op::Slice { start, len } => {
                    let in_width = width_of(&inst.args[0])?;
                    add(
                        KernelSpec::new(
                            KernelKind::SliceColumns,
                            None,
                            &[("width", Int(in_width)), ("start", Int(*start)), ("len", Int(*len))],
                            *len,
                        ),
                        v,
                        vec![args[0].clone(), value(v)],
                    )
                }
                Op::Moe { router, experts, top_k, renorm, ffn } => {
                    let n = experts.len() as u64;
                    add(
                        KernelSpec::new(
                            KernelKind::MoeGates,
                            Some(dtype_of(router, v)?),
                            &[
                                ("d", Int(width)),
                                ("experts", Int(n)),
                                ("top_k", Int(*top_k)),
                                ("renorm", Const::Bool(*renorm)),
                            ],
                            1,
                        ),
                        v,
                        vec![args[0].clone(), format!("@{router}"), format!("logit_mask.{v}"), format!("%{v}#gates")],
                    );
                    expert_launches(graph, v, ffn, n, width, &args[0], &format!("%{v}#gates"), &mut add)?;
                }
                Op::DenseFfn { ffn, .. } => {
                    expert_launches(graph, v, std::slice::from_ref(ffn), 1, width, &args[0], "ones", &mut add)?
                }
                other => return Err(PlanError::Unsupported { op: other.name(), value: v.to_string() }),
            }
        }
        let slots = plan_slots(graph);
        Ok(Plan { kernels, launches, slots })
    }

    /// The slot of every activation and MoE scratch buffer (`%v`, `%v#gates`, `%v#hidden`).
    pub fn slot_of(&self) -> HashMap<&str, usize> {
        let mut map = HashMap::new();
        for (i, slot) in self.slots.iter().enumerate() {
            for v in &slot.values {
                map.insert(v.as_str(), i);
            }
        }
        map
    }
}

/// The two launches of the chosen experts' SwiGLU FFNs (`E'` stacked): hidden activations, then the
/// down projection with the gate-weighted sum.
#[allow(clippy::too_many_arguments)]
fn expert_launches(
    graph: &Graph,
    v: &str,
    ffn: &[Ffn],
    experts: u64,
    d: u64,
    h: &str,
    gates: &str,
    add: &mut impl FnMut(KernelSpec, &str, Vec<String>),
) -> Result<(), PlanError> {
    let invalid = |reason: String| PlanError::Invalid { value: v.to_string(), reason };
    let first = ffn.first().ok_or_else(|| invalid("has no expert".into()))?;
    let (gate_up, down) = match first {
        Ffn::Split { gate, down, .. } => (gate, down),
        Ffn::Fused { gate_up, down } => (gate_up, down),
    };
    let down_w = graph.weight(down).ok_or_else(|| invalid(format!("weight @{down} is not declared")))?;
    let dtype = graph.weight(gate_up).ok_or_else(|| invalid(format!("weight @{gate_up} is not declared")))?.dtype;
    let intermediate = *down_w.shape.get(1).ok_or_else(|| invalid(format!("@{down} is not [d, I]")))?;
    use Const::Int;
    let dims = [("d", Int(d)), ("experts", Int(experts)), ("intermediate", Int(intermediate))];
    let hidden = format!("%{v}#hidden");
    add(
        KernelSpec::new(KernelKind::MoeHidden, Some(dtype), &dims, experts * intermediate),
        v,
        vec![h.to_string(), gates.to_string(), format!("experts.{v}.gate_up"), hidden.clone()],
    );
    add(
        KernelSpec::new(KernelKind::MoeDown, Some(down_w.dtype), &dims, d),
        v,
        vec![hidden, gates.to_string(), format!("experts.{v}.down"), format!("%{v}")],
    );
    Ok(())
}

/// Assigns activations to reusable slots by liveness: a value's slot is free again after its last
/// use, and an instruction's result never shares a slot with its own arguments (the kernels do not
/// run in place). Greedy first fit on the free slots, largest first.
fn plan_slots(graph: &Graph) -> Vec<Slot> {
    let mut last_use: HashMap<&str, usize> = HashMap::new();
    for (i, inst) in graph.insts.iter().enumerate() {
        for a in &inst.args {
            last_use.insert(a.as_str(), i);
        }
    }
    for out in &graph.outputs {
        last_use.insert(out.as_str(), usize::MAX);
    }
    let mut slots: Vec<Slot> = Vec::new();
    let mut free: Vec<usize> = Vec::new();
    let mut holder: BTreeMap<String, usize> = BTreeMap::new();
    let take = |slots: &mut Vec<Slot>, free: &mut Vec<usize>, name: String, elems: u64| -> usize {
        // Prefer the smallest free slot that is large enough, else grow the largest free one.
        free.sort_by_key(|&s| slots[s].elems_per_token);
        let pick = free.iter().position(|&s| slots[s].elems_per_token >= elems).or(free.len().checked_sub(1));
        let slot = match pick {
            Some(p) => free.remove(p),
            None => {
                slots.push(Slot { elems_per_token: 0, values: Vec::new() });
                slots.len() - 1
            }
        };
        slots[slot].elems_per_token = slots[slot].elems_per_token.max(elems);
        slots[slot].values.push(name);
        slot
    };
    for (i, inst) in graph.insts.iter().enumerate() {
        let width = inst.ty.seq_width().expect("checked by Plan::build");
        let result = format!("%{}", inst.result);
        let slot = take(&mut slots, &mut free, result.clone(), width);
        holder.insert(result, slot);
        let scratch: Vec<(String, u64)> = match &inst.op {
            Op::Moe { experts, ffn, .. } => {
                let e = experts.len() as u64;
                vec![
                    (format!("%{}#gates", inst.result), e),
                    (format!("%{}#hidden", inst.result), e * intermediate(graph, ffn)),
                ]
            }
            Op::DenseFfn { ffn, .. } => {
                vec![(format!("%{}#hidden", inst.result), intermediate(graph, std::slice::from_ref(ffn)))]
            }
            _ => Vec::new(),
        };
        let scratch_slots: Vec<usize> =
            scratch.into_iter().map(|(name, elems)| take(&mut slots, &mut free, name, elems)).collect();
        free.extend(scratch_slots);
        for a in inst.args.iter().collect::<std::collections::BTreeSet<_>>() {
            if last_use.get(a.as_str()) == Some(&i) {
                if let Some(s) = holder.remove(&format!("%{a}")) {
                    free.push(s);
                }
            }
        }
        if !last_use.contains_key(inst.result.as_str()) {
            // Dead value: its slot is free at once.
            if let Some(s) = holder.remove(&format!("%{}", inst.result)) {
                free.push(s);
            }
        }
    }
    slots
}

fn intermediate(graph: &Graph, ffn: &[Ffn]) -> u64 {
    ffn.first()
        .and_then(|f| match f {
            Ffn::Split { down, .. } | Ffn::Fused { down, .. } => graph.weight(down),
        })
        .and_then(|w| w.shape.get(1).copied())
        .unwrap_or(0)
}

/// `plan.json` in an artifact: the plan with, per kernel, its launch facts and emitted sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanFile {
    pub format_version: u32,
    /// Units per cube of the GPU targets emitted (the cpu runtime picks its own).
    pub targets: Vec<TargetLaunch>,
    pub kernels: Vec<PlannedKernel>,
    pub launches: Vec<Launch>,
    pub slots: Vec<Slot>,
}

pub const PLAN_FILE: &str = "plan.json";
pub const PLAN_FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetLaunch {
    pub target: String,
    pub cube_units: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlannedKernel {
    #[serde(flatten)]
    pub spec: KernelSpec,
    /// Runtime arguments in launch order; the comptime constants are baked into the source.
    pub params: Vec<Param>,
    /// Cubes per launch as a function of the call's token count `T`, per target.
    pub cube_count: String,
    pub sources: Vec<KernelSource>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KernelSource {
    pub target: String,
    /// Relative to the artifact.
    pub path: String,
    /// The `extern "C"` entry point.
    pub entry: String,
    pub shared_memory_bytes: u64,
}

impl PlanFile {
    /// The plan this file describes, for comparison with the graph's.
    pub fn plan(&self) -> Plan {
        Plan {
            kernels: self.kernels.iter().map(|k| k.spec.clone()).collect(),
            launches: self.launches.clone(),
            slots: self.slots.clone(),
        }
    }
}
