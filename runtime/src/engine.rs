//! The engine: runs an artifact's launch plan with flexc's cubecl kernels.
//!
//! [`Engine::load`] opens an artifact (verifying it), picks the program for its device, uploads the
//! weights the program binds and resolves every binding once. A step ([`Engine::step`]) is then a loop
//! over the program's launches: each one's buffers come from its bindings, its scalars and cube count
//! from its kernel and the step's row count, and the kernel table launches it. Nothing here decides a
//! kernel, a size or an order: the plan does. Rows of one step may come from many sequences (a batched
//! step); each sequence's keys and values live in the engine's paged KV cache.

use crate::device::DeviceKind;
use crate::error::EngineError;
use crate::kv::{KvPool, Sequence};
use crate::load::{load_statics, Buffer, LoadProgress, Loaded, Wanted};
use cubecl::client::Client;
use cubecl::prelude::*;
use flexc_artifact::Artifact;
use flexc_codegen::table;
use flexc_ir::{DType, Graph, Op};
use flexc_lower::{Binding, Call, CubeUnits, Kernel, KvPart, Program, Rows, StepInput, Table, When};
use std::collections::HashMap;
use std::path::Path;
use std::sync::RwLock;

/// How an engine is set up.
#[derive(Debug, Clone)]
pub struct EngineOptions {
    pub device: DeviceKind,
    /// The most bytes the KV cache of all sequences together may take (default 4 GiB).
    pub kv_cache_bytes: u64,
    /// The most bytes of activations one step may take (default 1 GiB): longer prompts are run in
    /// several steps of as many rows as fit.
    pub step_bytes: u64,
    /// The weight store, instead of the one the artifact's manifest names.
    pub store: Option<std::path::PathBuf>,
    /// Bytes read, verified and uploaded at a time while loading (default 1 MiB).
    pub load_chunk_bytes: usize,
}

impl Default for EngineOptions {
    fn default() -> Self {
        EngineOptions {
            device: DeviceKind::Cpu,
            kv_cache_bytes: 4 << 30,
            step_bytes: 1 << 30,
            store: None,
            load_chunk_bytes: 1 << 20,
        }
    }
}

/// A launch binding resolved at load.
#[derive(Clone)]
enum Bound {
    /// A weight, an expert stack or a derived table: index into the engine's buffers.
    Static(usize),
    /// The router mask of a MoE block (replaced by [`Engine::mask_experts`]).
    Mask(String),
    Slot(usize),
    Kv(u64, KvPart),
    Step(StepInput),
    Ones,
    /// The workspace's counters for the kernels that deal their work.
    Deal,
}

struct BoundLaunch {
    instance: String,
    kernel: Kernel,
    bindings: Vec<Bound>,
    rows: Rows,
    when: When,
}

/// A loaded artifact, ready to run; shared by sessions and threads.
pub struct Engine {
    client: Client,
    device: DeviceKind,
    graph: Graph,
    program: Program,
    launches: Vec<BoundLaunch>,
    buffers: Vec<Buffer>,
    masks: HashMap<String, Buffer>,
    kv: RwLock<KvPool>,
    /// The slot of the graph's output.
    output_slot: usize,
    /// The most rows one step runs (the activation budget): longer prompts take several steps.
    max_rows: usize,
    vocab: usize,
    max_positions: usize,
    cube_units: u32,
    /// Whether launches of kernels run by bf16 dot products ([`Kernel::dot`]) run so here (the cpu
    /// runtime on a CPU with AVX512-BF16); elsewhere they run as their cubecl kernel.
    dot: bool,
    /// Bytes of the weights and tables its program binds.
    weight_bytes: u64,
    /// Bytes of the weights and tables its load holds on the device, for all the engines loaded with it.
    load_bytes: u64,
}

impl Engine {
    /// Opens, verifies and uploads an artifact with default options on `device`.
    pub fn load(dir: &Path, device: DeviceKind) -> Result<Engine, EngineError> {
        Self::load_with(dir, EngineOptions { device, ..EngineOptions::default() })
    }

    /// Opens, verifies and uploads an artifact.
    pub fn load_with(dir: &Path, options: EngineOptions) -> Result<Engine, EngineError> {
        Self::load_observed(dir, options, &|_, _| {})
    }

    /// [`Engine::load_with`], reporting progress. Every weight the program binds is read once, each
    /// piece hashed as it is read and checked against the graph before its bytes are uploaded (the
    /// bytes verified are the bytes run), on every core; nothing else is read.
    pub fn load_observed(
        dir: &Path,
        options: EngineOptions,
        progress: LoadProgress<'_>,
    ) -> Result<Engine, EngineError> {
        let client = options.device.client()?;
        let prepared = Prepared::new(dir, &options, &client)?;
        let Loaded { mut buffers, used, held } =
            load_statics(&client, &[prepared.wanted()], options.device, options.load_chunk_bytes, progress)
                .map_err(|(_, e)| e)?;
        prepared.finish(client, &options, buffers.remove(0), (used[0], held))
    }

    /// Loads several artifacts on one device, holding each distinct weight once. A buffer whose
    /// content (the hashes of the pieces it is made of) another artifact of the load also binds is
    /// read and held once. The experts of a MoE block are pooled: the block's stack holds the union of
    /// the experts the artifacts keep (each expert identified by its weights' hashes), and each
    /// artifact's expert-slot table points its kernels at its own experts in it. Configurations of one
    /// checkpoint thus cost the union of their weights. An error names the index of the artifact that
    /// failed.
    pub fn load_shared(
        dirs: &[std::path::PathBuf],
        options: EngineOptions,
    ) -> Result<Vec<Engine>, (usize, EngineError)> {
        let client = options.device.client().map_err(|e| (0, e))?;
        let prepared: Vec<Prepared> = dirs
            .iter()
            .enumerate()
            .map(|(i, dir)| Prepared::new(dir, &options, &client).map_err(|e| (i, e)))
            .collect::<Result<_, _>>()?;
        let wanted: Vec<Wanted<'_>> = prepared.iter().map(Prepared::wanted).collect();
        let Loaded { buffers, used, held } =
            load_statics(&client, &wanted, options.device, options.load_chunk_bytes, &|_, _| {})?;
        prepared
            .into_iter()
            .zip(buffers.into_iter().zip(used))
            .enumerate()
            .map(|(i, (p, (b, u)))| p.finish(client.clone(), &options, b, (u, held)).map_err(|e| (i, e)))
            .collect()
    }
}

/// Every float type the program's kernels read is one the device's kernels can hold: WGSL has no
/// bf16, and a wgpu adapter without `shader-f16` has no f16. A clear error before anything is loaded.
fn check_dtypes(program: &Program, device: DeviceKind, client: &Client) -> Result<(), EngineError> {
    for instance in &program.kernels {
        for dtype in instance.kernel.dtypes() {
            if !table::holds(client, dtype) {
                let hint = match dtype {
                    DType::Bf16 => "; compile from an f32 or f16 checkpoint, or run on cpu, cuda or hip",
                    _ => "; compile from an f32 checkpoint, or run on cpu, cuda or hip",
                };
                return Err(EngineError::Device {
                    device: device.name(),
                    reason: format!(
                        "this adapter's kernels cannot read {dtype} (kernel {}, and every other reading {dtype}){hint}",
                        instance.name
                    ),
                });
            }
        }
    }
    Ok(())
}

/// Every kernel written for planes of at least N lanes gets them: a narrower device would leave
/// some of attention's output dims uncomputed.
fn check_planes(program: &Program, device: DeviceKind, client: &Client) -> Result<(), EngineError> {
    let lanes = client.properties().hardware.plane_size_min as u64;
    for instance in &program.kernels {
        if let Kernel::AttentionPlanes { min_plane, .. } = instance.kernel {
            if lanes < min_plane {
                return Err(EngineError::Device {
                    device: device.name(),
                    reason: format!(
                        "its planes may be {lanes} lanes wide, and kernel {} is written for at least {min_plane}",
                        instance.name
                    ),
                });
            }
        }
    }
    Ok(())
}

/// An artifact opened and its program's bindings resolved, before its weights are loaded.
struct Prepared {
    art: Artifact,
    program: Program,
    launches: Vec<BoundLaunch>,
    masks: HashMap<String, Buffer>,
    /// The weights and tables the program binds, each once, with the panels its kernels read it
    /// packed in (rows a panel, length of a row), if any.
    statics: Vec<(Binding, Option<(u64, u64)>)>,
}

impl Prepared {
    fn wanted(&self) -> Wanted<'_> {
        Wanted { art: &self.art, statics: &self.statics }
    }

    fn new(dir: &Path, options: &EngineOptions, client: &Client) -> Result<Prepared, EngineError> {
        let art = Artifact::open_with(dir, &flexc_artifact::OpenOptions { store: options.store.clone() })?;
        let target = options.device.target();
        let program = art.plan.program(target).cloned().ok_or_else(|| EngineError::NoProgram {
            target: target.name(),
            have: art.targets().iter().map(|t| t.name()).collect::<Vec<_>>().join(", "),
        })?;
        check_dtypes(&program, options.device, client)?;
        check_planes(&program, options.device, client)?;
        let mut masks = HashMap::new();
        let mut statics: Vec<(Binding, Option<(u64, u64)>)> = Vec::new();
        let mut launches = Vec::with_capacity(program.launches.len());
        for launch in &program.launches {
            let mut bindings = Vec::with_capacity(launch.bindings.len());
            let packed = launch.kernel.weight_panels();
            for (j, b) in launch.bindings.iter().enumerate() {
                let layout = packed.filter(|(param, ..)| *param == j).map(|(_, p, k)| (p, k));
                bindings.push(match b {
                    Binding::Activation { slot, .. } => Bound::Slot(*slot),
                    Binding::KvCache { layer, part } => Bound::Kv(*layer, *part),
                    Binding::Step { input } => Bound::Step(*input),
                    Binding::Table { table: Table::Ones } => Bound::Ones,
                    Binding::Table { table: Table::Deal } => Bound::Deal,
                    Binding::Table { table: Table::RouterMask { value, experts } } => {
                        let zeros = vec![0.0f32; *experts as usize];
                        masks.entry(value.clone()).or_insert_with(|| Buffer {
                            handle: client.create_from_slice(f32::as_bytes(&zeros)),
                            len: zeros.len(),
                        });
                        Bound::Mask(value.clone())
                    }
                    other => Bound::Static(match statics.iter().position(|(s, _)| s == other) {
                        Some(i) if statics[i].1 == layout => i,
                        Some(i) => {
                            let show = |l: Option<(u64, u64)>| match l {
                                Some((p, _)) => format!("in panels of {p} rows"),
                                None => "in its stored layout".to_string(),
                            };
                            return Err(EngineError::Input(format!(
                                "launch {} ({}) reads {other:?} {}, an earlier launch {}",
                                launch.inst,
                                launch.instance,
                                show(layout),
                                show(statics[i].1)
                            )));
                        }
                        None => {
                            statics.push((other.clone(), layout));
                            statics.len() - 1
                        }
                    }),
                });
            }
            launches.push(BoundLaunch {
                instance: launch.instance.clone(),
                kernel: launch.kernel.clone(),
                bindings,
                rows: launch.rows,
                when: launch.when,
            });
        }
        Ok(Prepared { art, program, launches, masks, statics })
    }

    fn finish(
        self,
        client: Client,
        options: &EngineOptions,
        buffers: Vec<Buffer>,
        (weight_bytes, load_bytes): (u64, u64),
    ) -> Result<Engine, EngineError> {
        let Prepared { art, program, launches, masks, .. } = self;
        let graph = art.graph;
        let output = format!("%{}", graph.outputs.first().ok_or_else(|| EngineError::Input("no output".into()))?);
        let output_slot = *program
            .slot_of()
            .get(output.as_str())
            .ok_or_else(|| EngineError::Input(format!("the plan has no slot for the output {output}")))?;
        let vocab = graph.meta_int("vocab_size").unwrap_or(0) as usize;
        let max_positions = graph.meta_int("max_position_embeddings").unwrap_or(4096) as usize;
        let cube_units = match program.cube_units {
            CubeUnits::Device => client.properties().hardware.max_units_per_cube.clamp(1, 256),
            CubeUnits::Fixed(n) => n,
        };
        let kv = KvPool::new(&program.kv, art.plan.options.block_size as usize, options.kv_cache_bytes);
        let row_bytes: u64 = program.slots.iter().map(|s| s.elems_per_row * 4).sum::<u64>() + 16;
        let max_rows = (options.step_bytes / row_bytes.max(1)).clamp(1, max_positions as u64) as usize;
        Ok(Engine {
            client,
            device: options.device,
            graph,
            program,
            launches,
            buffers,
            masks,
            kv: RwLock::new(kv),
            output_slot,
            max_rows,
            vocab,
            max_positions,
            cube_units,
            dot: options.device == DeviceKind::Cpu && crate::dot::available(),
            weight_bytes,
            load_bytes,
        })
    }
}

impl Engine {
    /// Bytes of the weights and tables the engine's program binds (with weights shared between
    /// engines counted in each).
    pub fn weight_bytes(&self) -> u64 {
        self.weight_bytes
    }

    /// Bytes of the weights and tables held on the device by the load this engine came from: its own
    /// for [`Engine::load`], the union of all the engines' for [`Engine::load_shared`].
    pub fn load_bytes(&self) -> u64 {
        self.load_bytes
    }

    /// Opts experts out at run time, the way a server without flexc's specialization does: their
    /// router logits become -inf, while their weights stay loaded and the top-k still counts them.
    /// An empty list removes the mask. This is the baseline flexc's specialized artifacts are
    /// measured against (`flexc bench --mask-experts`); it gives the same logits.
    pub fn mask_experts(&mut self, excluded: &[u64]) -> Result<(), EngineError> {
        // The cached keys and values were computed under the mask before.
        self.kv.get_mut().unwrap_or_else(|e| e.into_inner()).clear_cache();
        for inst in &self.graph.insts {
            let Op::MoeBlock { experts, router, .. } = &inst.op else { continue };
            if router.is_none() {
                if excluded.contains(&experts[0]) {
                    return Err(EngineError::Input(format!(
                        "%{} is the dense FFN of expert {} alone",
                        inst.result, experts[0]
                    )));
                }
                continue;
            }
            let mask: Vec<f32> =
                experts.iter().map(|e| if excluded.contains(e) { f32::NEG_INFINITY } else { 0.0 }).collect();
            if mask.iter().all(|m| m.is_infinite()) {
                return Err(EngineError::Input(format!("%{} would keep no expert", inst.result)));
            }
            let handle = self.client.create_from_slice(f32::as_bytes(&mask));
            self.masks.insert(format!("%{}", inst.result), Buffer { handle, len: mask.len() });
        }
        Ok(())
    }

    /// Launches of a step of more than one row that run by bf16 dot products here (a plan compiled
    /// with `--cpu-bf16-dot`, on a CPU with AVX512-BF16): 0 when every launch runs its cubecl kernel.
    /// With some, a step's rows compute in bf16 where a step of one row computes in f32, so a row's
    /// result depends on whether its step has others.
    pub fn bf16_dot_launches(&self) -> usize {
        if self.dot {
            self.program.bf16_dot_launches()
        } else {
            0
        }
    }

    /// The device the kernels run on.
    pub fn device(&self) -> DeviceKind {
        self.device
    }

    pub fn graph(&self) -> &Graph {
        &self.graph
    }

    /// The program this engine runs (its device's program of the artifact's plan).
    pub fn program(&self) -> &Program {
        &self.program
    }

    pub fn vocab_size(&self) -> usize {
        self.vocab
    }

    pub fn max_positions(&self) -> usize {
        self.max_positions
    }

    /// Bytes the KV cache holds on the device, and bytes of it sequences use.
    pub fn kv_cache_bytes(&self) -> (u64, u64) {
        let kv = self.kv.read().unwrap_or_else(|e| e.into_inner());
        (kv.allocated_bytes(), kv.used_bytes())
    }

    /// A new session with an empty KV cache.
    pub fn session(&self) -> Session<'_> {
        Session { engine: self, seq: Sequence::default(), workspace: self.workspace() }
    }

    /// Buffers for steps: allocated at the first step and reused by every later one that fits.
    pub fn workspace(&self) -> Workspace {
        Workspace {
            rows: 0,
            table: 0,
            slots: vec![None; self.program.slots.len()],
            ones: None,
            deal: None,
            inputs: HashMap::new(),
            trace: None,
            profile: HashMap::new(),
            dot: crate::dot::Scratch::default(),
        }
    }

    /// Gives a sequence's KV-cache blocks back to the engine (those it offered for reuse stay cached
    /// until their place is needed).
    pub fn release(&self, seq: &mut Sequence) {
        self.kv.write().unwrap_or_else(|e| e.into_inner()).release(&mut seq.blocks);
        seq.len = 0;
        seq.caching = None;
    }

    /// Starts an empty sequence for `prompt` on the KV cache other sequences left: the longest run of
    /// whole KV-cache blocks that begins `prompt` and that a sequence started this way computed
    /// before, leaving at least the prompt's last token to run (its logits are the step's output).
    /// Returns how many of the prompt's tokens are in the cache already: the steps feed the rest. The
    /// sequence's own blocks are offered for reuse in turn, as its steps fill them. A step gives the
    /// same logits with reused blocks as without (a block holds what the sequence would have written).
    pub fn reuse_prefix(&self, seq: &mut Sequence, prompt: &[u32]) -> Result<usize, EngineError> {
        if !seq.is_empty() || !seq.blocks.is_empty() {
            return Err(EngineError::Input("a prefix can only start an empty sequence".into()));
        }
        Ok(self.kv.write().unwrap_or_else(|e| e.into_inner()).reuse(seq, prompt))
    }

    /// KV-cache blocks kept for reuse that no sequence holds.
    pub fn idle_cached_blocks(&self) -> usize {
        self.kv.read().unwrap_or_else(|e| e.into_inner()).idle_blocks()
    }

    /// Where the KV cache's bytes are: held by sequences, kept for prefix reuse, allocated, and the
    /// limit.
    pub fn kv_usage(&self) -> crate::KvUsage {
        self.kv.read().unwrap_or_else(|e| e.into_inner()).usage()
    }

    /// Blocks the KV cache can still give sequences: free blocks, cached blocks no sequence holds,
    /// and what its limit lets it grow by.
    pub fn kv_room_blocks(&self) -> usize {
        self.kv.read().unwrap_or_else(|e| e.into_inner()).room_blocks()
    }

    /// Positions per KV-cache block: a sequence takes its blocks whole.
    pub fn kv_block_size(&self) -> usize {
        self.kv.read().unwrap_or_else(|e| e.into_inner()).block_size()
    }

    /// The most rows (tokens of all sequences together) one step takes.
    pub fn max_rows(&self) -> usize {
        self.max_rows
    }

    /// Checks a prompt for a new sequence: not empty, within the vocabulary and the context.
    pub fn check_prompt(&self, tokens: &[u32]) -> Result<(), EngineError> {
        self.check_tokens(&Sequence::default(), tokens)
    }

    /// Checks tokens a sequence is about to be given: within the vocabulary and the context.
    fn check_tokens(&self, seq: &Sequence, tokens: &[u32]) -> Result<(), EngineError> {
        if tokens.is_empty() {
            return Err(EngineError::Input("no tokens given".into()));
        }
        if seq.len + tokens.len() > self.max_positions {
            return Err(EngineError::Context { tokens: seq.len + tokens.len(), max: self.max_positions });
        }
        if let Some((position, &token)) = tokens.iter().enumerate().find(|(_, &t)| t as usize >= self.vocab) {
            return Err(EngineError::Token { token, position, vocab: self.vocab });
        }
        Ok(())
    }

    /// Runs one step: for each sequence, its new tokens after what it has seen (at most
    /// [`Engine::max_rows`] tokens in all). Returns the logits of every row, `[rows, vocab]`
    /// row-major, rows in the order given. On error no sequence advances.
    pub fn step(&self, ws: &mut Workspace, seqs: &mut [(&mut Sequence, &[u32])]) -> Result<Vec<f32>, EngineError> {
        self.step_for(ws, seqs, false)
    }

    /// [`Engine::step`], returning only the logits of each sequence's last token, `[sequences,
    /// vocab]`: what generating needs. The launches the plan gives the output rows only (the last
    /// layer's feed-forward, the final norm and the head) run on those rows alone. The logits are
    /// the same, bit for bit, as those rows of [`Engine::step`]'s.
    pub fn step_last(&self, ws: &mut Workspace, seqs: &mut [(&mut Sequence, &[u32])]) -> Result<Vec<f32>, EngineError> {
        self.step_for(ws, seqs, true)
    }

    fn step_for(
        &self,
        ws: &mut Workspace,
        seqs: &mut [(&mut Sequence, &[u32])],
        last_only: bool,
    ) -> Result<Vec<f32>, EngineError> {
        let rows: usize = seqs.iter().map(|(_, t)| t.len()).sum();
        if seqs.is_empty() {
            return Err(EngineError::Input("no sequence given".into()));
        }
        for (seq, tokens) in seqs.iter() {
            self.check_tokens(seq, tokens)?;
        }
        if rows > self.max_rows {
            return Err(EngineError::Input(format!(
                "a step of {rows} rows is more than the {} the engine's activation budget holds",
                self.max_rows
            )));
        }
        let block_size = self.reserve(seqs)?;
        let table_stride = seqs.iter().map(|(s, _)| s.blocks.len()).max().unwrap_or(1);
        // The rows in step order, as (sequence, token): the output rows first. Every kernel computes a
        // row the same whatever rows share its step, so the order changes no result.
        let mut order: Vec<(usize, usize)> = Vec::with_capacity(rows);
        if last_only {
            order.extend(seqs.iter().enumerate().map(|(i, (_, t))| (i, t.len() - 1)));
            for (i, (_, tokens)) in seqs.iter().enumerate() {
                order.extend((0..tokens.len() - 1).map(|j| (i, j)));
            }
        } else {
            for (i, (_, tokens)) in seqs.iter().enumerate() {
                order.extend((0..tokens.len()).map(|j| (i, j)));
            }
        }
        let outputs = if last_only { seqs.len() } else { rows };
        let mut inputs: HashMap<StepInput, Vec<u32>> = HashMap::new();
        for &(i, j) in &order {
            let (seq, tokens) = &seqs[i];
            let p = seq.len + j;
            inputs.entry(StepInput::Tokens).or_default().push(tokens[j]);
            inputs.entry(StepInput::Positions).or_default().push(p as u32);
            inputs.entry(StepInput::CacheSlots).or_default().push(seq.slot(p, block_size));
            inputs.entry(StepInput::Sequences).or_default().push(i as u32);
        }
        for (seq, _) in seqs.iter() {
            let table = inputs.entry(StepInput::BlockTables).or_default();
            table.extend(&seq.blocks);
            table.extend(std::iter::repeat_n(0, table_stride - seq.blocks.len()));
        }
        let logits = {
            let kv = self.kv.read().unwrap_or_else(|e| e.into_inner());
            ws.reserve(self, rows, seqs.len() * table_stride);
            for (input, values) in &inputs {
                ws.write(self, *input, values);
            }
            self.run(ws, &kv, Call { rows: rows as u32, table_stride: table_stride as u32 }, outputs)?
        };
        if let Some(row) = logits.chunks(self.vocab.max(1)).position(|r| r.iter().any(|v| !v.is_finite())) {
            return Err(EngineError::NonFinite { row });
        }
        for (seq, tokens) in seqs.iter_mut() {
            seq.len += tokens.len();
        }
        // Only sequences started on a prefix offer their blocks: the cache is locked for them alone.
        if seqs.iter().any(|(seq, _)| seq.caching.is_some()) {
            let mut kv = self.kv.write().unwrap_or_else(|e| e.into_inner());
            for (seq, tokens) in seqs.iter_mut() {
                kv.offer(seq, tokens);
            }
        }
        Ok(logits)
    }

    /// Gives every sequence the KV-cache blocks its new positions need; returns the block size.
    fn reserve(&self, seqs: &mut [(&mut Sequence, &[u32])]) -> Result<usize, EngineError> {
        let mut kv = self.kv.write().unwrap_or_else(|e| e.into_inner());
        let block_size = kv.block_size();
        let mut granted: Vec<(usize, usize)> = Vec::new();
        for (i, (seq, tokens)) in seqs.iter_mut().enumerate() {
            let needed = (seq.len + tokens.len()).div_ceil(block_size).saturating_sub(seq.blocks.len());
            if needed == 0 {
                continue;
            }
            match kv.allocate(&self.client, needed) {
                Ok(blocks) => {
                    seq.blocks.extend(blocks);
                    granted.push((i, needed));
                }
                Err(e) => {
                    // Give back what this step took, so a refused step changes nothing.
                    for (j, n) in granted {
                        let seq = &mut seqs[j].0;
                        let mut taken = seq.blocks.split_off(seq.blocks.len() - n);
                        kv.release(&mut taken);
                    }
                    return Err(e);
                }
            }
        }
        Ok(block_size)
    }

    /// The program's launches, in order, for a step whose inputs are in `ws`; the launches for the
    /// output rows take the first `outputs` rows. Returns the logits of those rows.
    fn run(&self, ws: &mut Workspace, kv: &KvPool, call: Call, outputs: usize) -> Result<Vec<f32>, EngineError> {
        let profile = std::env::var_os("FLEXC_PROFILE").is_some();
        if let Some(trace) = &mut ws.trace {
            trace.clear();
        }
        let mut launched = 0usize;
        for launch in &self.launches {
            let call = match launch.rows {
                Rows::Step => call,
                Rows::Outputs => Call { rows: outputs as u32, ..call },
            };
            if !launch.when.runs(call.rows as u64) {
                continue;
            }
            let started = std::time::Instant::now();
            let mut buffers = Vec::with_capacity(launch.bindings.len());
            for b in &launch.bindings {
                let buffer = match b {
                    Bound::Static(i) => self.buffers[*i].clone(),
                    Bound::Mask(value) => self.masks[value].clone(),
                    Bound::Slot(s) => ws.slots[*s].clone().expect("reserved for the step"),
                    Bound::Ones => ws.ones.clone().expect("reserved for the step"),
                    Bound::Deal => ws.deal.clone().expect("reserved for the step"),
                    Bound::Step(input) => ws.inputs[input].clone(),
                    Bound::Kv(layer, part) => {
                        let (handle, len) = kv.buffer(*layer, *part).ok_or_else(|| {
                            EngineError::Input(format!(
                                "the plan binds KV-cache layer {layer}, which it does not declare"
                            ))
                        })?;
                        Buffer { handle, len }
                    }
                };
                buffers.push(buffer);
            }
            let dot = self.dot && launch.kernel.dot();
            if dot {
                let workers = self.cube_units as usize;
                crate::dot::launch(&self.client, &launch.kernel, call.rows as usize, &buffers, &mut ws.dot, workers)?;
            } else {
                let args = buffers.iter().map(Buffer::arg).collect();
                table::launch_call(&self.client, &launch.kernel, call, self.cube_units, args)?;
            }
            // Hand the step's launches to the device early but not one by one: a flush waits for the
            // device thread (a round trip that, on the cpu runtime, competes for the cores with the
            // kernel workers), while launches left queued until the step's read leave the workers
            // idle. Flushing after the 1st, 2nd, 4th, 8th, ... launch starts the workers at once and
            // keeps them fed (this thread runs far ahead of them) with a handful of round trips a
            // step: decode 1.18x [1.01, 1.33] the per-launch flush on the bench model (11 paired
            // runs), 1.05x [0.76, 1.20] on the scale model (9); never flushing was 0.71x on the
            // bench model.
            launched += 1;
            if launched.is_power_of_two() {
                self.client.flush().map_err(|e| EngineError::Backend(format!("{e:?}")))?;
            }
            if let Some(trace) = &mut ws.trace {
                trace.push(launch.instance.clone());
            }
            if profile {
                cubecl::future::block_on(self.client.sync()).map_err(|e| EngineError::Backend(format!("{e:?}")))?;
                let function = if dot { crate::dot::function(&launch.kernel) } else { launch.kernel.function() };
                let entry = ws.profile.entry(function).or_insert((0, 0.0));
                entry.0 += 1;
                entry.1 += started.elapsed().as_secs_f64();
            }
        }
        let out = ws.slots[self.output_slot].clone().expect("reserved for the step");
        let bytes = self.client.read_one(out.handle).map_err(|e| EngineError::Backend(format!("{e:?}")))?;
        // The slot may be larger than this step (it is reused from a longer one).
        Ok(f32::from_bytes(&bytes)[..outputs * self.vocab].to_vec())
    }
}

/// The buffers one step needs beyond the engine's: the activation slots, the ones of dense gates, and
/// the step's inputs, each sized for the largest step so far, so that every step that fits (each decode
/// step) allocates nothing.
pub struct Workspace {
    rows: usize,
    table: usize,
    slots: Vec<Option<Buffer>>,
    ones: Option<Buffer>,
    /// The counters of the kernels that deal their work ([`flexc_lower::Table::Deal`]), zero between
    /// launches: this workspace's own, so that steps of other workspaces may run beside its.
    deal: Option<Buffer>,
    inputs: HashMap<StepInput, Buffer>,
    /// When tracing: the instance name of each launch of the last step.
    trace: Option<Vec<String>>,
    /// With `FLEXC_PROFILE` set: launches and seconds per kernel function.
    profile: HashMap<&'static str, (usize, f64)>,
    /// The bf16 dot-product kernels' scratch.
    dot: crate::dot::Scratch,
}

impl Workspace {
    /// Records the instance name of every launch of each step from now on (see [`Workspace::launched`]).
    pub fn trace(&mut self, on: bool) {
        self.trace = on.then(Vec::new);
    }

    /// Instance names of the last step's launches, in order, when tracing.
    pub fn launched(&self) -> &[String] {
        self.trace.as_deref().unwrap_or_default()
    }

    /// Per kernel function: launches and seconds, when `FLEXC_PROFILE` is set (empty otherwise).
    pub fn profile(&self) -> Vec<(&'static str, usize, f64)> {
        let mut rows: Vec<_> = self.profile.iter().map(|(k, (n, t))| (*k, *n, *t)).collect();
        rows.sort_by(|a, b| b.2.total_cmp(&a.2));
        rows
    }

    /// Forgets the profile so far, so that the next steps' is reported alone.
    pub fn clear_profile(&mut self) {
        self.profile.clear();
    }

    /// Makes every buffer hold at least `rows` rows and the block tables `table` entries.
    fn reserve(&mut self, engine: &Engine, rows: usize, table: usize) {
        let client = &engine.client;
        if rows > self.rows {
            for (slot, spec) in self.slots.iter_mut().zip(&engine.program.slots) {
                let len = (rows * spec.elems_per_row as usize).max(1);
                *slot = Some(Buffer { handle: client.empty(len * 4), len });
            }
            let ones = vec![1.0f32; rows];
            self.ones = Some(Buffer { handle: client.create_from_slice(f32::as_bytes(&ones)), len: rows });
            for input in [StepInput::Tokens, StepInput::Positions, StepInput::CacheSlots, StepInput::Sequences] {
                self.inputs.insert(input, Buffer { handle: client.empty(rows * 4), len: rows });
            }
            self.rows = rows;
        }
        if self.deal.is_none() {
            self.deal = Some(Buffer { handle: table::deal_counters(client), len: table::DEAL_COUNTERS });
        }
        if table > self.table || !self.inputs.contains_key(&StepInput::BlockTables) {
            let len = table.max(self.table).max(1);
            self.inputs.insert(StepInput::BlockTables, Buffer { handle: client.empty(len * 4), len });
            self.table = len;
        }
    }

    /// Writes a step input into the front of its buffer.
    fn write(&mut self, engine: &Engine, input: StepInput, values: &[u32]) {
        let buffer = &self.inputs[&input];
        let bytes = u32::as_bytes(values);
        let spare = (buffer.len - values.len()) * 4;
        // The end offset is set even when it is 0: cubecl writes into the range the offsets give.
        let target = buffer.handle.clone().offset_end(spare as u64);
        engine.client.write(&target, cubecl::bytes::Bytes::from_bytes_vec(bytes.to_vec()));
    }
}

/// One conversation: a sequence in the engine's KV cache and a workspace.
pub struct Session<'e> {
    engine: &'e Engine,
    seq: Sequence,
    workspace: Workspace,
}

impl Session<'_> {
    /// Tokens processed so far.
    pub fn len(&self) -> usize {
        self.seq.len()
    }

    pub fn is_empty(&self) -> bool {
        self.seq.is_empty()
    }

    /// Runs `tokens` after what the session has seen; returns their logits `[T, vocab]`, row-major.
    /// A prompt longer than one step holds runs in several steps. On error the session is as before.
    pub fn forward(&mut self, tokens: &[u32]) -> Result<Vec<f32>, EngineError> {
        let mut logits = Vec::with_capacity(tokens.len().saturating_mul(self.engine.vocab));
        self.steps(tokens, false, |l| logits.extend_from_slice(&l))?;
        Ok(logits)
    }

    /// The logits of the last of `tokens` (each step computing the last row's only: see
    /// [`Engine::step_last`]).
    pub fn next_logits(&mut self, tokens: &[u32]) -> Result<Vec<f32>, EngineError> {
        let mut logits = Vec::new();
        self.steps(tokens, true, |l| logits = l)?;
        Ok(logits)
    }

    /// Runs `tokens` in steps of as many rows as the engine holds, each step's logits (every row's,
    /// or its last row's) handed to `each`. On error the session is as before.
    fn steps(&mut self, tokens: &[u32], last_only: bool, mut each: impl FnMut(Vec<f32>)) -> Result<(), EngineError> {
        let e = self.engine;
        e.check_tokens(&self.seq, tokens)?;
        let before = self.seq.len;
        for chunk in tokens.chunks(e.max_rows) {
            match e.step_for(&mut self.workspace, &mut [(&mut self.seq, chunk)], last_only) {
                Ok(l) => each(l),
                Err(err) => {
                    self.seq.len = before;
                    return Err(err);
                }
            }
        }
        Ok(())
    }

    /// The workspace of this session's steps (launch trace, profile).
    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    pub fn workspace_mut(&mut self) -> &mut Workspace {
        &mut self.workspace
    }
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        self.engine.release(&mut self.seq);
    }
}
