//! The kernel executor: runs a specialized graph with flexc's cubecl kernels.
//!
//! An [`Engine`] loads an artifact once (verifying every hash), uploads its weights to the device
//! (the MoE experts of each layer stacked so one launch covers all kept experts), and can be shared
//! by many [`Session`]s, each with its own KV cache. A session runs a prefill over a prompt and then
//! one token at a time against its cache.

use cubecl::client::Client;
use cubecl::prelude::*;
use cubecl::server::Handle;
use cubecl::Device;
use flexc_ir::artifact::{Artifact, ArtifactError};
use flexc_ir::plan::{Plan, PlanError};
use flexc_ir::tensors::TensorError;
use flexc_ir::{DType, Ffn, Graph, Op};
use flexc_kernels as k;
use half::{bf16, f16};
use std::collections::HashMap;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(transparent)]
    Artifact(#[from] ArtifactError),
    #[error(transparent)]
    Weights(#[from] TensorError),
    #[error("{0}")]
    Plan(#[from] PlanError),
    #[error("the {device} device is unavailable: {reason}")]
    Device { device: &'static str, reason: String },
    #[error("weight @{weight}: {reason}")]
    Weight { weight: String, reason: String },
    #[error("token id {token} at position {position} is outside the vocabulary of {vocab}")]
    Token { token: u32, position: usize, vocab: usize },
    #[error("{tokens} tokens exceed the model's maximum context of {max}")]
    Context { tokens: usize, max: usize },
    #[error("{0}")]
    Input(String),
    #[error("device: {0}")]
    Backend(String),
}

/// Which cubecl runtime runs the kernels.
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
        match self {
            DeviceKind::Cpu => "cpu",
            DeviceKind::Cuda(_) => "cuda",
            DeviceKind::Hip(_) => "hip",
        }
    }

    fn client(self) -> Result<Client, EngineError> {
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

/// A weight on the device with its stored float type.
struct DeviceWeight {
    handle: Handle,
    dtype: DType,
    len: usize,
}

/// One MoE block's (or dense FFN's) experts, stacked: gate_up `[E', 2I, d]`, down `[E', d, I]`.
struct ExpertStack {
    gate_up: DeviceWeight,
    down: DeviceWeight,
    intermediate: usize,
}

/// A loaded artifact, ready to run; shared by sessions.
pub struct Engine {
    client: Client,
    device: DeviceKind,
    graph: Graph,
    weights: HashMap<String, DeviceWeight>,
    experts: HashMap<String, ExpertStack>,
    inv_freq: HashMap<(u64, u64), Handle>,
    /// `max_positions` gates of 1.0: the weight of a dense FFN's single expert.
    ones: Handle,
    /// Per MoE op: router logit offsets, 0 or -inf for experts opted out at run time.
    logit_masks: HashMap<String, Handle>,
    vocab: usize,
    max_positions: usize,
    units: u32,
    /// The plan's activation slots: f32 elements per token of each.
    slot_elems: Vec<usize>,
    /// Per instruction, the slots of its buffers (looked up once here, not per call).
    inst_slots: Vec<InstSlots>,
}

/// The plan's slots of one instruction's buffers: its result, and a MoE block's gates and hidden
/// activations.
#[derive(Clone, Copy)]
struct InstSlots {
    out: usize,
    gates: Option<usize>,
    hidden: Option<usize>,
}

/// Dispatches a generic kernel launch on a weight's stored dtype.
macro_rules! launch_typed {
    ($dtype:expr, $kernel:ident, $($arg:expr),* $(,)?) => {
        match $dtype {
            DType::F32 => k::$kernel::launch::<f32>($($arg),*),
            DType::Bf16 => k::$kernel::launch::<bf16>($($arg),*),
            DType::F16 => k::$kernel::launch::<f16>($($arg),*),
            DType::I32 => unreachable!("the verifier allows only float weights"),
        }
    };
}

fn buffer(handle: &Handle, len: usize) -> BufferArg {
    // SAFETY: every handle passed here was created by this engine with at least `len` elements.
    unsafe { BufferArg::from_raw_parts(handle.clone(), len) }
}

impl Engine {
    /// Opens, verifies and uploads an artifact.
    pub fn load(dir: &Path, device: DeviceKind) -> Result<Engine, EngineError> {
        let art = Artifact::open(dir)?;
        let graph = art.graph.clone();
        // Artifact::open has checked that a recorded plan.json is this plan.
        let plan = Plan::build(&graph)?;
        let client = device.client()?;
        let mut reader = art.weight_reader();
        let mut stacked = std::collections::HashSet::new();
        let mut experts = HashMap::new();
        let upload = |client: &Client, bytes: &[u8], dtype: DType| DeviceWeight {
            handle: client.create_from_slice(bytes),
            dtype,
            len: bytes.len() / dtype.size_bytes(),
        };
        for inst in &graph.insts {
            let (ffns, router) = match &inst.op {
                Op::Moe { ffn, router, .. } => (ffn.clone(), Some(router)),
                Op::DenseFfn { ffn, .. } => (vec![ffn.clone()], None),
                _ => continue,
            };
            let mut gate_up = Vec::new();
            let mut down = Vec::new();
            let mut dtype = None;
            let mut intermediate = 0;
            for f in &ffns {
                let parts: Vec<&str> = match f {
                    Ffn::Split { gate, up, .. } => vec![gate, up],
                    Ffn::Fused { gate_up, .. } => vec![gate_up],
                };
                let down_name = match f {
                    Ffn::Split { down, .. } | Ffn::Fused { down, .. } => down,
                };
                for name in parts.iter().copied().chain([down_name.as_str()]) {
                    let w = graph.weight(name).expect("verified graph");
                    if *dtype.get_or_insert(w.dtype) != w.dtype {
                        return Err(EngineError::Weight {
                            weight: name.into(),
                            reason: "the experts of one MoE block must share a dtype".into(),
                        });
                    }
                    let bytes = reader.bytes(w)?;
                    if name == down_name {
                        intermediate = w.shape[1] as usize;
                        down.extend_from_slice(&bytes);
                    } else {
                        gate_up.extend_from_slice(&bytes);
                    }
                    stacked.insert(name.to_string());
                }
            }
            let dtype = dtype.expect("at least one expert");
            experts.insert(
                inst.result.clone(),
                ExpertStack {
                    gate_up: upload(&client, &gate_up, dtype),
                    down: upload(&client, &down, dtype),
                    intermediate,
                },
            );
            if let Some(router) = router {
                stacked.remove(router.as_str());
            }
        }
        let mut weights = HashMap::new();
        for w in &graph.weights {
            if stacked.contains(&w.name) {
                continue;
            }
            let bytes = reader.bytes(w)?;
            weights.insert(w.name.clone(), upload(&client, &bytes, w.dtype));
        }
        let mut inv_freq = HashMap::new();
        for inst in &graph.insts {
            if let Op::Rope { head_dim, theta } = inst.op {
                inv_freq.entry((head_dim, theta.to_bits())).or_insert_with(|| {
                    let freqs: Vec<f32> = (0..head_dim / 2)
                        .map(|i| 1.0 / (theta as f32).powf((2 * i) as f32 / head_dim as f32))
                        .collect();
                    client.create_from_slice(f32::as_bytes(&freqs))
                });
            }
        }
        let vocab = graph.meta_int("vocab_size").unwrap_or(0) as usize;
        let max_positions = graph.meta_int("max_position_embeddings").unwrap_or(4096) as usize;
        let units = client.properties().hardware.max_units_per_cube.clamp(1, 256);
        let slot_of = plan.slot_of();
        let inst_slots = graph
            .insts
            .iter()
            .map(|inst| {
                let slot = |suffix: &str| slot_of.get(format!("%{}{suffix}", inst.result).as_str()).copied();
                InstSlots {
                    out: slot("").expect("the plan gives every result a slot"),
                    gates: slot("#gates"),
                    hidden: slot("#hidden"),
                }
            })
            .collect();
        let ones = client.create_from_slice(f32::as_bytes(&vec![1.0f32; max_positions]));
        let mut engine = Engine {
            client,
            device,
            graph,
            weights,
            experts,
            inv_freq,
            ones,
            logit_masks: HashMap::new(),
            vocab,
            max_positions,
            units,
            slot_elems: plan.slots.iter().map(|s| s.elems_per_token as usize).collect(),
            inst_slots,
        };
        engine.mask_experts(&[])?;
        Ok(engine)
    }

    /// Opts experts out at run time, the way a server without flexc's specialization does: their
    /// router logits become -inf, while their weights stay loaded and the top-k still counts them.
    /// An empty list removes the mask. This is the baseline flexc's specialized artifacts are
    /// measured against (`flexc bench --mask-experts`); it gives the same logits.
    pub fn mask_experts(&mut self, excluded: &[u64]) -> Result<(), EngineError> {
        let mut masks = HashMap::new();
        for inst in &self.graph.insts {
            match &inst.op {
                Op::Moe { experts, .. } => {
                    let mask: Vec<f32> =
                        experts.iter().map(|e| if excluded.contains(e) { f32::NEG_INFINITY } else { 0.0 }).collect();
                    if mask.iter().all(|m| m.is_infinite()) {
                        return Err(EngineError::Input(format!("%{} would keep no expert", inst.result)));
                    }
                    masks.insert(inst.result.clone(), self.client.create_from_slice(f32::as_bytes(&mask)));
                }
                Op::DenseFfn { expert, .. } if excluded.contains(expert) => {
                    return Err(EngineError::Input(format!(
                        "%{} is the dense FFN of expert {expert} alone",
                        inst.result
                    )));
                }
                _ => {}
            }
        }
        self.logit_masks = masks;
        Ok(())
    }

    /// The device the kernels run on.
    pub fn device(&self) -> DeviceKind {
        self.device
    }

    pub fn graph(&self) -> &Graph {
        &self.graph
    }

    pub fn vocab_size(&self) -> usize {
        self.vocab
    }

    pub fn max_positions(&self) -> usize {
        self.max_positions
    }

    /// A new session with an empty KV cache.
    pub fn session(&self) -> Session<'_> {
        let scratch = Scratch { slots: vec![None; self.slot_elems.len()] };
        Session { engine: self, caches: HashMap::new(), scratch, len: 0, profile: HashMap::new() }
    }

    fn launch_dims(&self, work: usize) -> (CubeCount, CubeDim) {
        let units = self.units as usize;
        (CubeCount::Static(work.div_ceil(units).max(1) as u32, 1, 1), CubeDim::new_1d(self.units))
    }

    fn weight(&self, name: &str) -> &DeviceWeight {
        &self.weights[name]
    }
}

/// One conversation: a KV cache and its length.
pub struct Session<'e> {
    engine: &'e Engine,
    /// Per attention layer: key and value caches `[max_positions, kv_width]`.
    caches: HashMap<u64, (Handle, Handle)>,
    scratch: Scratch,
    len: usize,
    /// With `FLEXC_PROFILE` set: launches and seconds per op name (each op waited for alone).
    profile: HashMap<&'static str, (usize, f64)>,
}

/// A session's activation buffers: one per slot of the artifact's plan (values whose lifetimes do not
/// overlap share a slot), each sized for the longest call so far. The first call (the prompt)
/// allocates them, and every later call that fits (each decode step) reuses them, so decoding
/// allocates nothing.
struct Scratch {
    slots: Vec<Option<(Handle, usize)>>,
}

impl Scratch {
    /// The buffer of `slot`, holding at least `rows` tokens.
    fn get(&mut self, engine: &Engine, slot: usize, rows: usize) -> Handle {
        let elems = rows * engine.slot_elems[slot];
        match &self.slots[slot] {
            Some((h, cap)) if *cap >= elems => h.clone(),
            _ => {
                let h = engine.client.empty(elems.max(1) * 4);
                self.slots[slot] = Some((h.clone(), elems));
                h
            }
        }
    }
}

impl Session<'_> {
    /// Per op name: how many ran and their seconds, when `FLEXC_PROFILE` is set (empty otherwise).
    pub fn profile(&self) -> Vec<(&'static str, usize, f64)> {
        let mut rows: Vec<_> = self.profile.iter().map(|(k, (n, t))| (*k, *n, *t)).collect();
        rows.sort_by(|a, b| b.2.total_cmp(&a.2));
        rows
    }

    /// Tokens processed so far.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Runs `tokens` after what the session has seen; returns their logits `[T, vocab]`, row-major.
    pub fn forward(&mut self, tokens: &[u32]) -> Result<Vec<f32>, EngineError> {
        let e = self.engine;
        if tokens.is_empty() {
            return Err(EngineError::Input("no tokens given".into()));
        }
        if self.len + tokens.len() > e.max_positions {
            return Err(EngineError::Context { tokens: self.len + tokens.len(), max: e.max_positions });
        }
        if let Some((position, &token)) = tokens.iter().enumerate().find(|(_, &t)| t as usize >= e.vocab) {
            return Err(EngineError::Token { token, position, vocab: e.vocab });
        }
        let out = self.run(tokens)?;
        self.len += tokens.len();
        let bytes = e.client.read_one(out).map_err(|err| EngineError::Backend(format!("{err:?}")))?;
        // The output buffer may be larger than this call (it is reused from a longer one).
        Ok(f32::from_bytes(&bytes)[..tokens.len() * e.vocab].to_vec())
    }

    /// The logits of the last of `tokens`.
    pub fn next_logits(&mut self, tokens: &[u32]) -> Result<Vec<f32>, EngineError> {
        let logits = self.forward(tokens)?;
        let vocab = self.engine.vocab;
        Ok(logits[logits.len() - vocab..].to_vec())
    }

    fn run(&mut self, tokens: &[u32]) -> Result<Handle, EngineError> {
        let e = self.engine;
        let client = &e.client;
        let g = &e.graph;
        let rows = tokens.len();
        let t = rows as u32;
        let pos0 = self.len as u32;
        let mut values: HashMap<&str, (Handle, usize)> = HashMap::new();
        let profile = std::env::var_os("FLEXC_PROFILE").is_some();
        for (inst, slots) in g.insts.iter().zip(&e.inst_slots) {
            let started = std::time::Instant::now();
            let width = inst.ty.seq_width().expect("verified activations are [T, n]") as usize;
            let arg = |i: usize| values[inst.args[i].as_str()].clone();
            let out = self.scratch.get(e, slots.out, rows);
            let n = rows * width;
            let (count, dim) = e.launch_dims(n);
            match &inst.op {
                Op::Embed { table } => {
                    let w = e.weight(table);
                    let ids = client.create_from_slice(u32::as_bytes(tokens));
                    launch_typed!(
                        w.dtype,
                        embed,
                        client,
                        count,
                        dim,
                        buffer(&w.handle, w.len),
                        buffer(&ids, rows),
                        buffer(&out, n),
                        width
                    );
                }
                Op::MatMul { weight } => {
                    let w = e.weight(weight);
                    let (x, n_in) = arg(0);
                    launch_typed!(
                        w.dtype,
                        matmul_t,
                        client,
                        count,
                        dim,
                        buffer(&x, rows * n_in),
                        buffer(&w.handle, w.len),
                        buffer(&out, n),
                        t,
                        n_in,
                        width
                    );
                }
                Op::RmsNorm { weight, eps } => {
                    let w = e.weight(weight);
                    let (x, _) = arg(0);
                    let (count, dim) = e.launch_dims(rows);
                    launch_typed!(
                        w.dtype,
                        rms_norm,
                        client,
                        count,
                        dim,
                        buffer(&x, n),
                        buffer(&w.handle, w.len),
                        buffer(&out, n),
                        t,
                        1.0 / width as f32,
                        *eps as f32,
                        width
                    );
                }
                Op::Rope { head_dim, theta } => {
                    let (x, _) = arg(0);
                    let freqs = &e.inv_freq[&(*head_dim, theta.to_bits())];
                    let (count, dim) = e.launch_dims(n / 2);
                    k::rope::launch(
                        client,
                        count,
                        dim,
                        buffer(&x, n),
                        buffer(freqs, *head_dim as usize / 2),
                        buffer(&out, n),
                        t,
                        pos0,
                        width,
                        *head_dim as usize,
                    );
                }
                Op::Attention { heads, kv_heads, head_dim, layer } => {
                    let (q, _) = arg(0);
                    let (kx, kv_width) = arg(1);
                    let (vx, _) = arg(2);
                    let max = e.max_positions;
                    let (kc, vc) = self
                        .caches
                        .entry(*layer)
                        .or_insert_with(|| (client.empty(max * kv_width * 4), client.empty(max * kv_width * 4)))
                        .clone();
                    let (wc, wd) = e.launch_dims(rows * kv_width);
                    for (new, cache) in [(&kx, &kc), (&vx, &vc)] {
                        k::kv_write::launch(
                            client,
                            wc.clone(),
                            wd,
                            buffer(new, rows * kv_width),
                            buffer(cache, max * kv_width),
                            t,
                            pos0,
                            kv_width,
                        );
                    }
                    let (count, dim) = e.launch_dims(rows * *heads as usize);
                    let scale = 1.0 / (*head_dim as f32).sqrt();
                    k::attention::launch(
                        client,
                        count,
                        dim,
                        buffer(&q, n),
                        buffer(&kc, max * kv_width),
                        buffer(&vc, max * kv_width),
                        buffer(&out, n),
                        t,
                        pos0,
                        scale,
                        *heads as usize,
                        *kv_heads as usize,
                        *head_dim as usize,
                    );
                }
                Op::Add => {
                    let (a, _) = arg(0);
                    let (b, _) = arg(1);
                    k::add::launch(client, count, dim, buffer(&a, n), buffer(&b, n), buffer(&out, n));
                }
                Op::Slice { start, len } => {
                    let (x, in_width) = arg(0);
                    k::slice_columns::launch(
                        client,
                        count,
                        dim,
                        buffer(&x, rows * in_width),
                        buffer(&out, n),
                        in_width,
                        *start as usize,
                        *len as usize,
                    );
                }
                Op::Moe { router, experts, top_k, renorm, .. } => {
                    let (h, _) = arg(0);
                    let r = e.weight(router);
                    let n_experts = experts.len();
                    let gates = self.scratch.get(e, slots.gates.expect("a moe op has a gates slot"), rows);
                    let (gc, gd) = e.launch_dims(rows);
                    launch_typed!(
                        r.dtype,
                        moe_gates,
                        client,
                        gc,
                        gd,
                        buffer(&h, n),
                        buffer(&r.handle, r.len),
                        buffer(&e.logit_masks[&inst.result], n_experts),
                        buffer(&gates, rows * n_experts),
                        t,
                        width,
                        n_experts,
                        *top_k as usize,
                        *renorm
                    );
                    self.experts(&inst.result, *slots, &h, &gates, n_experts, &out, rows, width);
                }
                Op::DenseFfn { .. } => {
                    let (h, _) = arg(0);
                    let ones = e.ones.clone();
                    self.experts(&inst.result, *slots, &h, &ones, 1, &out, rows, width);
                }
                other => unreachable!("Plan::build at load rejects `{}`", other.name()),
            }
            // Hand each launch to the device at once: on the cpu runtime, letting launches queue up
            // halves decode speed (measured with `flexc bench`).
            client.flush().map_err(|err| EngineError::Backend(format!("{err:?}")))?;
            if profile {
                // Wait for this op alone, then charge its time to the op name.
                client.read_one(out.clone()).map_err(|err| EngineError::Backend(format!("{err:?}")))?;
                let times = self.profile.entry(inst.op.name()).or_insert((0, 0.0));
                times.0 += 1;
                times.1 += started.elapsed().as_secs_f64();
            }
            values.insert(&inst.result, (out, width));
        }
        Ok(values.remove(g.outputs[0].as_str()).expect("verified output").0)
    }

    /// The chosen experts' SwiGLU FFNs and their gate-weighted sum, into `out` `[T, d]`.
    #[allow(clippy::too_many_arguments)]
    fn experts(
        &mut self,
        value: &str,
        slots: InstSlots,
        h: &Handle,
        gates: &Handle,
        n_experts: usize,
        out: &Handle,
        rows: usize,
        d: usize,
    ) {
        let e = self.engine;
        let client = &e.client;
        let stack = &e.experts[value];
        let inter = stack.intermediate;
        let t = rows as u32;
        let hidden = self.scratch.get(e, slots.hidden.expect("an expert block has a hidden slot"), rows);
        let (hc, hd) = e.launch_dims(rows * n_experts * inter);
        launch_typed!(
            stack.gate_up.dtype,
            moe_hidden,
            client,
            hc,
            hd,
            buffer(h, rows * d),
            buffer(gates, rows * n_experts),
            buffer(&stack.gate_up.handle, stack.gate_up.len),
            buffer(&hidden, rows * n_experts * inter),
            t,
            d,
            n_experts,
            inter
        );
        let (dc, dd) = e.launch_dims(rows * d);
        launch_typed!(
            stack.down.dtype,
            moe_down,
            client,
            dc,
            dd,
            buffer(&hidden, rows * n_experts * inter),
            buffer(gates, rows * n_experts),
            buffer(&stack.down.handle, stack.down.len),
            buffer(out, rows * d),
            t,
            d,
            n_experts,
            inter
        );
    }
}
