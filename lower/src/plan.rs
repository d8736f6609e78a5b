//! The plan: what the runtime executes and what `plan.json` records. One [`Program`] per target: its
//! kernel instances, its launches in order with typed bindings, and its activation buffer slots.

use crate::kernel::{Call, Kernel, Param};
use crate::Target;
use flexc_ir::DType;
use serde::{Deserialize, Serialize};

pub const PLAN_FILE: &str = "plan.json";
/// Bumped whenever the plan's meaning changes; an artifact with another version must be recompiled.
pub const PLAN_FORMAT_VERSION: u32 = 14;

/// Choices the lowering makes that are not in the graph, recorded so the plan can be re-derived.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LowerOptions {
    /// The KV cache's element type (f32, or bf16/f16 to halve its memory).
    pub kv_dtype: DType,
    /// Positions per KV-cache block.
    pub block_size: u64,
    /// How the cpu program's dense kernels are tiled.
    pub cpu_tile: CpuTile,
    /// The cpu program's bf16 panel kernels run by bf16 dot products at more than one row
    /// ([`crate::Kernel::dot`]): activations rounded to bf16 there, up to twice the multiply-adds a
    /// cycle on CPUs whose `vdpbf16ps` issues at the FMA's rate.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cpu_bf16_dot: bool,
}

impl Default for LowerOptions {
    /// An f32 KV cache in blocks of 16 positions, the cpu tile of the machine compiling, f32 activations.
    fn default() -> Self {
        LowerOptions { kv_dtype: DType::F32, block_size: 16, cpu_tile: CpuTile::host(), cpu_bf16_dot: false }
    }
}

/// The shape of the cpu program's projections and expert FFNs: vectors of up to `lanes` f32 lanes
/// (the widest power of two dividing the dot-product length), and tiles of up to `block_out` outputs
/// by `block_rows` rows per unit, so that each weight vector loaded serves `block_rows` rows and each
/// row vector `block_out` outputs, with `block_out * block_rows` vector accumulators in registers.
/// A tuning choice, not a correctness one: every tile runs everywhere; the best one depends on the
/// CPU's vector width and register count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CpuTile {
    pub lanes: u64,
    pub block_out: u64,
    pub block_rows: u64,
}

impl CpuTile {
    /// The tile for the CPU this runs on. AVX-512 (32 registers of 16 lanes): 16 lanes, 4 x 4.
    /// Other x86-64 (AVX2, 16 registers of 8 lanes): 8 lanes, 2 x 2, since a 4 x 4 tile of 8 or 16
    /// lanes spills (measured: prefill 1.6-2x faster than 4 x 4 on an AVX2 EPYC). Elsewhere (NEON, 32
    /// registers of 4 lanes): 4 lanes, 4 x 4 (not measured).
    pub fn host() -> CpuTile {
        #[cfg(target_arch = "x86_64")]
        {
            if std::arch::is_x86_feature_detected!("avx512f") {
                CpuTile { lanes: 16, block_out: 4, block_rows: 4 }
            } else {
                CpuTile { lanes: 8, block_out: 2, block_rows: 2 }
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            CpuTile { lanes: 4, block_out: 4, block_rows: 4 }
        }
    }

    /// `LANES,OUT,ROWS`, e.g. `8,2,2`.
    pub fn parse(s: &str) -> Result<CpuTile, String> {
        let v: Vec<u64> = s
            .split(',')
            .map(|x| x.trim().parse().map_err(|_| format!("{s:?}: expected LANES,OUT,ROWS, e.g. 8,2,2")))
            .collect::<Result<_, _>>()?;
        let [lanes, block_out, block_rows] = v[..] else {
            return Err(format!("{s:?}: expected three numbers, LANES,OUT,ROWS"));
        };
        let tile = CpuTile { lanes, block_out, block_rows };
        tile.check()?;
        Ok(tile)
    }

    /// Lanes a power of two up to 64; tile edges 1 to 16.
    pub fn check(&self) -> Result<(), String> {
        if !self.lanes.is_power_of_two() || self.lanes > 64 {
            return Err(format!("a cpu tile of {} lanes (a power of two up to 64)", self.lanes));
        }
        if !(1..=16).contains(&self.block_out) || !(1..=16).contains(&self.block_rows) {
            return Err(format!("a cpu tile of {} outputs by {} rows (each 1 to 16)", self.block_out, self.block_rows));
        }
        Ok(())
    }
}

/// The plan of a graph: a program per target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub format_version: u32,
    pub options: LowerOptions,
    pub programs: Vec<Program>,
}

impl Plan {
    pub fn program(&self, target: Target) -> Option<&Program> {
        self.programs.iter().find(|p| p.target == target)
    }

    /// The same plan without the emitted-source records (what the graph alone determines).
    pub fn without_sources(&self) -> Plan {
        let mut plan = self.clone();
        for p in &mut plan.programs {
            for k in &mut p.kernels {
                k.source = None;
            }
        }
        plan
    }
}

/// How many units a cube holds on a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CubeUnits {
    /// As many as the device runs in parallel (the cpu runtime: one per core).
    Device,
    Fixed(u32),
}

/// Everything one target runs for a forward.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Program {
    pub target: Target,
    pub cube_units: CubeUnits,
    /// Distinct kernel instances (by name), in first-use order.
    pub kernels: Vec<Instance>,
    pub launches: Vec<Launch>,
    pub slots: Vec<Slot>,
    /// The KV cache: one entry per attention layer.
    pub kv: Vec<KvLayer>,
}

/// A compiled kernel: what is emitted as one source file and compiled once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instance {
    pub name: String,
    /// The kernel of its first launch (launches of one instance differ at most in run-time scalars).
    pub kernel: Kernel,
    pub params: Vec<Param>,
    /// The emitted source, for targets that carry one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

/// An emitted kernel source in the artifact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Relative to the artifact.
    pub path: String,
    /// The `extern "C"` entry point.
    pub entry: String,
    pub shared_memory_bytes: u64,
}

/// One kernel launch of the forward.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Launch {
    /// The graph instruction it belongs to (`%value`).
    pub inst: String,
    /// The decoder layer the instruction belongs to, when it belongs to one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layer: Option<u64>,
    /// The [`Instance`] it launches.
    pub instance: String,
    /// The kernel with this launch's run-time scalars.
    pub kernel: Kernel,
    /// One binding per buffer parameter, in order.
    pub bindings: Vec<Binding>,
    /// The rows it runs on: the step's, or only its output rows.
    #[serde(default, skip_serializing_if = "Rows::is_step")]
    pub rows: Rows,
    /// The steps it runs in, by the rows it runs on.
    #[serde(default, skip_serializing_if = "When::is_always")]
    pub when: When,
}

/// Which rows of a step a launch runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rows {
    /// Every row of the step.
    #[default]
    Step,
    /// The step's output rows only (the rows whose logits the caller asks for), which the runtime
    /// puts first. The launches after the last one that touches the KV cache compute each row from
    /// that row alone, so the other rows' results there are never used: when a caller wants each
    /// sequence's last row only (generating), the last layer's feed-forward, the final norm and the
    /// head run on those rows alone.
    Outputs,
}

impl Rows {
    fn is_step(&self) -> bool {
        *self == Rows::Step
    }
}

/// Which steps a launch runs in, by the number of rows it runs on (after [`Rows`]). A GPU-shaped dense
/// kernel comes as two launches, its decode shape for one row and its tiled shape for more, of which
/// each step runs one: the tiles' accumulators would otherwise cost the decode shape its occupancy
/// (a kernel's registers are its largest path's), and a row gets the same result from both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum When {
    #[default]
    Always,
    OneRow,
    ManyRows,
}

impl When {
    fn is_always(&self) -> bool {
        *self == When::Always
    }

    /// Whether a launch of this kind runs on `rows` rows.
    pub fn runs(self, rows: u64) -> bool {
        match self {
            When::Always => true,
            When::OneRow => rows <= 1,
            When::ManyRows => rows > 1,
        }
    }
}

impl Launch {
    /// Units of work for a call of `rows` rows.
    pub fn units(&self, rows: u64) -> u64 {
        self.kernel.units(rows)
    }

    /// The scalar arguments of a call.
    pub fn scalars(&self, call: Call) -> Vec<crate::Scalar> {
        self.kernel.scalars(call)
    }
}

/// What a buffer parameter is bound to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "bind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Binding {
    /// An activation: the plan's buffer slot `slot`, holding `value` (a graph value, or an op's
    /// scratch `%value#part`) at this point.
    Activation { slot: usize, value: String },
    /// A graph weight.
    Weight { name: String },
    /// The stacked experts of a MoE block (`gate_up [E', 2I, d]` or `down [E', d, I]`, in the order of
    /// the op's experts), made of the op's expert weights.
    Experts { value: String, part: ExpertPart },
    /// One layer of the KV cache.
    KvCache { layer: u64, part: KvPart },
    /// An input of the step.
    Step { input: StepInput },
    /// A table the runtime derives from the plan.
    Table { table: Table },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExpertPart {
    GateUp,
    Down,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KvPart {
    K,
    V,
}

/// Per-step inputs: one entry per row, or per sequence for the block tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepInput {
    /// Token id of each row.
    Tokens,
    /// Position of each row in its sequence.
    Positions,
    /// The KV-cache row each row's keys and values are written to.
    CacheSlots,
    /// The sequence (block-table row) each row belongs to.
    Sequences,
    /// Per sequence, the KV-cache blocks of its positions (`table_stride` entries each).
    BlockTables,
}

/// Tables derived from the plan at load.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "table", rename_all = "snake_case", deny_unknown_fields)]
pub enum Table {
    /// RoPE's inverse frequencies `theta^(-2i/head_dim)`, f32 (`theta` as its f64 bits, exactly).
    InvFreq { head_dim: u64, theta_bits: u64 },
    /// 1.0 per row: the gate of a single expert.
    Ones,
    /// Two u32 counters, zero between launches, through which the units of a kernel that deals its
    /// work ([`crate::Kernel::deals`]) take its items as they come free. Each step's workspace has
    /// its own.
    Deal,
    /// The router's run-time logit offsets (0, or -inf for an expert opted out at run time) of a MoE
    /// block (`value`), one per kept expert.
    RouterMask { value: String, experts: u64 },
    /// The stack slot of each kept expert of a MoE block (`value`), u32: `0..experts` for an engine of
    /// its own, the place of each expert in a stack shared with other configurations otherwise.
    ExpertSlots { value: String, experts: u64 },
}

/// A reusable activation buffer: every value assigned to it holds at most `elems_per_row * rows` f32,
/// and no two of them are live at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slot {
    pub elems_per_row: u64,
    pub values: Vec<String>,
}

/// One attention layer's KV cache: a pool of blocks of `block_size` positions (the plan's option),
/// for keys and for values each. A block holds each kv head's positions together, `[kv_heads]
/// [block_size][head_dim]`, so that attention, which walks one kv head's positions, reads a block's
/// keys of that head as one run of memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KvLayer {
    pub layer: u64,
    /// `kv_heads * head_dim` values per position, for keys and for values each.
    pub width: u64,
    pub dtype: DType,
}

impl Program {
    /// The instance a launch runs.
    pub fn instance(&self, name: &str) -> Option<&Instance> {
        self.kernels.iter().find(|k| k.name == name)
    }

    /// The launches a step of `rows` rows runs, in order (every launch taking all of its rows).
    pub fn launched(&self, rows: u64) -> Vec<&Launch> {
        self.launches.iter().filter(|l| l.when.runs(rows)).collect()
    }

    /// The weight bytes a step of one row reads, each once, when each MoE block's row chooses
    /// `chosen` of its experts: what decode must stream per token besides the KV cache.
    pub fn decode_weight_bytes(&self, chosen: u64) -> u64 {
        self.launched(1).iter().map(|l| l.kernel.weight_bytes_per_row(chosen)).sum()
    }

    /// Launches of a step of more than one row whose kernels run by bf16 dot products where the CPU
    /// has them ([`crate::Kernel::dot`]).
    pub fn bf16_dot_launches(&self) -> usize {
        self.launched(2).iter().filter(|l| l.kernel.dot()).count()
    }

    /// Launches per decoder layer in one step: the most any one layer runs, at one row or at more.
    pub fn launches_per_layer(&self) -> u64 {
        let mut most = 0;
        for rows in [1, 2] {
            let mut per: std::collections::BTreeMap<u64, u64> = Default::default();
            for l in self.launched(rows) {
                if let Some(layer) = l.layer {
                    *per.entry(layer).or_default() += 1;
                }
            }
            most = most.max(per.values().copied().max().unwrap_or(0));
        }
        most
    }

    /// The slot of every activation buffer (`%value`, `%value#part`).
    pub fn slot_of(&self) -> std::collections::HashMap<&str, usize> {
        let mut map = std::collections::HashMap::new();
        for (i, s) in self.slots.iter().enumerate() {
            for v in &s.values {
                map.insert(v.as_str(), i);
            }
        }
        map
    }

    /// Bytes of KV cache one position takes across all layers.
    pub fn kv_bytes_per_position(&self) -> u64 {
        self.kv.iter().map(|l| 2 * l.width * l.dtype.size_bytes() as u64).sum()
    }
}
