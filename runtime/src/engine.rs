//! The engine: runs an artifact's launch plan with flexc's cubecl kernels.
//!
//! [`Engine::load`] opens an artifact (verifying it), picks the program for its device, uploads the
//! weights the program binds and resolves every binding once. A step ([`Engine::step`]) is then a loop
//! over the program's launches: each one's buffers come from its bindings, its scalars and cube count
//! from its kernel and the step's row count, and the kernel table launches it. Nothing here decides a
//! kernel, a size or an order: the plan does. Rows of one step may come from many sequences (a batched
//! step); each sequence's keys and values live in the engine's paged KV cache.

use crate::device::DeviceKind;
use crate::kv::{KvPool, Sequence};
use cubecl::client::Client;
use cubecl::prelude::*;
use cubecl::server::Handle;
use flexc_artifact::{Artifact, ArtifactError};
use flexc_codegen::table::{self, TableError};
use flexc_format::TensorError;
use flexc_ir::{DType, Ffn, Graph, Op};
use flexc_lower::{Binding, Call, CubeUnits, ExpertPart, Kernel, KvPart, Program, Rows, StepInput, Table, When};
use std::collections::HashMap;
use std::path::Path;
use std::sync::RwLock;

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(transparent)]
    Artifact(#[from] ArtifactError),
    #[error(transparent)]
    Weights(#[from] TensorError),
    #[error(transparent)]
    Kernel(#[from] TableError),
    #[error("the {device} device is unavailable: {reason}")]
    Device { device: &'static str, reason: String },
    #[error("the artifact has no {target} program (it was compiled for {have}); recompile with `--target {target}`")]
    NoProgram { target: &'static str, have: String },
    #[error("weight @{weight}: {reason}")]
    Weight { weight: String, reason: String },
    #[error("token id {token} at position {position} is outside the vocabulary of {vocab}")]
    Token { token: u32, position: usize, vocab: usize },
    #[error("{tokens} tokens exceed the model's maximum context of {max}")]
    Context { tokens: usize, max: usize },
    #[error(
        "the KV cache would need {needed} bytes, over the engine's limit of {limit} bytes; finish other sequences \
         or raise the limit"
    )]
    KvCacheFull { needed: u64, limit: u64 },
    #[error("row {row} of the output is not finite (a NaN or infinite weight or activation)")]
    NonFinite { row: usize },
    #[error("{0}")]
    Input(String),
    #[error("device: {0}")]
    Backend(String),
}

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

/// What a load reports as it goes: weight bytes read and verified, and the total.
pub type LoadProgress<'a> = &'a (dyn Fn(u64, u64) + Sync);

/// A buffer on the device with its length in elements.
#[derive(Clone)]
struct Buffer {
    handle: Handle,
    len: usize,
}

impl Buffer {
    fn arg(&self) -> BufferArg {
        // SAFETY: every buffer is created by this engine with at least `len` elements of the type the
        // kernel parameter it is bound to reads (the plan's bindings and the kernel table agree).
        unsafe { BufferArg::from_raw_parts(self.handle.clone(), self.len) }
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
            load_statics(&client, std::slice::from_ref(&prepared), &options, progress).map_err(|(_, e)| e)?;
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
        let Loaded { buffers, used, held } = load_statics(&client, &prepared, &options, &|_, _| {})?;
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
            inputs: HashMap::new(),
            trace: None,
            profile: HashMap::new(),
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
            let mut args = Vec::with_capacity(launch.bindings.len());
            for b in &launch.bindings {
                let buffer = match b {
                    Bound::Static(i) => self.buffers[*i].clone(),
                    Bound::Mask(value) => self.masks[value].clone(),
                    Bound::Slot(s) => ws.slots[*s].clone().expect("reserved for the step"),
                    Bound::Ones => ws.ones.clone().expect("reserved for the step"),
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
                args.push(buffer.arg());
            }
            table::launch_call(&self.client, &launch.kernel, call, self.cube_units, args)?;
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
                let entry = ws.profile.entry(launch.kernel.function()).or_insert((0, 0.0));
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

/// Reads, verifies and uploads the buffers the programs of one load bind: weights, expert stacks and
/// tables, each distinct buffer once for all the artifacts (see [`LoadPlan`]), each allocated on the
/// device at its exact size, with worker threads (one per core) reading the weights in chunks and
/// hashing each piece as it is read. On the cpu runtime the workers read straight into the device's
/// buffers ([`fill_in_place`]); on a GPU they hand their chunks to this thread, which queues each
/// one's copy ([`upload_chunks`]). A piece that fails its hash fails the load before anything runs.
/// Returns each artifact's buffer per static binding and the bytes its bindings take.
fn load_statics(
    client: &Client,
    arts: &[Prepared],
    options: &EngineOptions,
    progress: LoadProgress<'_>,
) -> Result<Loaded, (usize, EngineError)> {
    let chunk_bytes = options.load_chunk_bytes.max(16);
    let plan = LoadPlan::new(arts)?;
    let readers: Vec<_> = arts.iter().map(|p| p.art.weight_reader()).collect();
    let load = Load {
        plan: &plan,
        readers: &readers,
        chunk_bytes,
        total: plan.jobs.iter().map(|j| j.bytes).sum(),
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()).min(plan.jobs.len().max(1)),
        progress,
    };
    progress(0, load.total);
    let buffers = match options.device {
        DeviceKind::Cpu => fill_in_place(client, &load)?,
        _ => upload_chunks(client, &load)?,
    };
    let mut out = Vec::with_capacity(arts.len());
    for (a, slabs) in plan.bound.iter().enumerate() {
        let bound = slabs
            .iter()
            .zip(&arts[a].statics)
            .map(|(&s, (b, _))| {
                buffers[s]
                    .clone()
                    .ok_or_else(|| (a, EngineError::Input(format!("{b:?} was bound but nothing was read for it"))))
            })
            .collect::<Result<Vec<_>, _>>()?;
        out.push(bound);
    }
    let held = plan.slabs.iter().map(|s| s.size).sum();
    Ok(Loaded { buffers: out, used: plan.used, held })
}

/// What the two ways of filling a load's buffers share.
#[derive(Clone, Copy)]
struct Load<'p, 'a> {
    plan: &'p LoadPlan<'a>,
    readers: &'p [flexc_format::WeightReader],
    chunk_bytes: usize,
    total: u64,
    threads: usize,
    progress: LoadProgress<'p>,
}

/// Asks Linux to back the whole 2 MiB pages of `len` bytes at `base` with huge pages when they are
/// first written (transparent huge pages in `madvise` mode, the common default): a weight buffer is
/// then faulted in 2 MiB at a time by the load's workers instead of 4 KiB. Only a hint; elsewhere,
/// nothing.
fn advise_huge_pages(base: *mut u8, len: usize) {
    #[cfg(target_os = "linux")]
    {
        const HUGE: usize = 2 << 20;
        let start = (base as usize).next_multiple_of(HUGE);
        let end = (base as usize + len) / HUGE * HUGE;
        if end > start {
            // SAFETY: the range lies inside the buffer `base..base + len`, which is alive and ours;
            // `madvise` with `MADV_HUGEPAGE` changes how its pages are backed, never their contents.
            unsafe { libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE) };
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (base, len);
}

/// The cpu runtime's buffers are host memory. Every buffer is allocated first, then the workers read
/// each weight straight into its place, largest first, hashing each chunk while it is in the cache:
/// one copy of every byte (the page cache's into the buffer), made on every core, and none through
/// the device thread. Nothing else runs on the device while they write, and the scope joins them
/// before any buffer is used. (With [`crate::LargeMapped`] as the program's allocator, as in the
/// `flexc` binary, a large buffer's pages are also faulted by the worker that first writes them,
/// not zeroed by the device thread when it is allocated.)
fn fill_in_place(client: &Client, load: &Load<'_, '_>) -> Result<Vec<Option<Buffer>>, (usize, EngineError)> {
    use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
    let plan = load.plan;
    // The writes go through raw pointers: every place must lie inside its buffer, and no two places
    // of one buffer may overlap.
    let mut places: Vec<usize> = (0..plan.jobs.len()).collect();
    places.sort_unstable_by_key(|&k| (plan.jobs[k].slab, plan.jobs[k].offset));
    let mut end_of_last: Option<(usize, u64)> = None;
    for &k in &places {
        let job = &plan.jobs[k];
        let end = job.offset.checked_add(job.bytes).filter(|&e| e <= plan.slabs[job.slab].size);
        let overlaps = matches!(end_of_last, Some((slab, last)) if slab == job.slab && last > job.offset);
        let Some(end) = end.filter(|_| !overlaps) else {
            return Err((
                job.art,
                EngineError::Input(format!(
                    "{}: bytes {}..+{} of a device buffer of {} bytes overlap another weight or run past its end",
                    job.source.name(),
                    job.offset,
                    job.bytes,
                    plan.slabs[job.slab].size
                )),
            ));
        };
        end_of_last = Some((job.slab, end));
    }
    let backend = |e: cubecl::server::ServerError| (0, EngineError::Backend(format!("{e:?}")));
    let mut buffers = Vec::with_capacity(plan.slabs.len());
    let mut resources = Vec::with_capacity(plan.slabs.len());
    let mut bases = Vec::with_capacity(plan.slabs.len());
    for slab in &plan.slabs {
        let handle = client.memory_persistent_allocation(slab.size, |size| client.empty(size as usize));
        let resource =
            client.get_resource::<cubecl::cpu::compute::server::CpuServer>(handle.clone()).map_err(backend)?;
        let (base, len) = resource.resource().get_write_ptr_and_length();
        if (len as u64) < slab.size {
            return Err((
                0,
                EngineError::Backend(format!("a buffer of {} bytes came back {len} bytes long", slab.size)),
            ));
        }
        advise_huge_pages(base, slab.size as usize);
        bases.push(Base(base));
        resources.push(resource);
        buffers.push(Some(Buffer { handle, len: (slab.size / slab.elem_bytes as u64) as usize }));
    }
    // The largest reads first, so that the last ones, which a worker may run alone, are short: a
    // weight's piece is read and hashed by one worker, and the head or the embedding can be a fifth
    // of the model.
    let mut order: Vec<usize> = (0..plan.jobs.len()).collect();
    order.sort_by_key(|&k| std::cmp::Reverse(plan.jobs[k].bytes));
    let next = AtomicUsize::new(0);
    let done = AtomicU64::new(0);
    let failure: std::sync::Mutex<Option<(usize, EngineError)>> = std::sync::Mutex::new(None);
    let failed = AtomicBool::new(false);
    std::thread::scope(|s| {
        for _ in 0..load.threads {
            s.spawn(|| {
                let mut scratch = Vec::new();
                loop {
                    if failed.load(Ordering::Acquire) {
                        break;
                    }
                    let Some(&k) = order.get(next.fetch_add(1, Ordering::Relaxed)) else { break };
                    let job = &plan.jobs[k];
                    // SAFETY: the place lies inside its buffer and no other job's place overlaps it
                    // (checked above); the buffer is alive (`resources`) and nothing else touches it until
                    // the scope has joined every worker.
                    let place = unsafe {
                        std::slice::from_raw_parts_mut(bases[job.slab].0.add(job.offset as usize), job.bytes as usize)
                    };
                    let count = |n: usize| {
                        let now = done.fetch_add(n as u64, Ordering::Relaxed) + n as u64;
                        (load.progress)(now, load.total);
                    };
                    let slab = &plan.slabs[job.slab];
                    // A weight its kernels read in panels is packed a chunk's whole panels at a time,
                    // right after the chunk is read and hashed, while its bytes are in the cache.
                    let panel = slab.panels.map(|(rows, k)| (rows as usize, k as usize));
                    let panel_bytes = panel.map_or(0, |(rows, k)| rows * k * slab.elem_bytes);
                    let mut packed = 0usize;
                    let mut pack = |bytes: &mut [u8], whole: bool| match panel {
                        Some((rows, k)) if panel_bytes > 0 => {
                            let end = if whole { bytes.len() } else { bytes.len() / panel_bytes * panel_bytes };
                            if end > packed {
                                if !crate::panels::pack_in_place(
                                    &mut bytes[packed..end],
                                    rows,
                                    k,
                                    slab.elem_bytes,
                                    &mut scratch,
                                ) {
                                    return false;
                                }
                                packed = end;
                            }
                            true
                        }
                        Some(_) => false,
                        None => true,
                    };
                    let not_panels = || {
                        let (rows, k) = slab.panels.unwrap_or_default();
                        EngineError::Input(format!(
                            "{}: {} bytes are not whole panels of {rows} rows of {k} elements of {} bytes",
                            job.source.name(),
                            job.bytes,
                            slab.elem_bytes
                        ))
                    };
                    let result = match &job.source {
                        Source::Derived(bytes) => {
                            place.copy_from_slice(bytes);
                            count(bytes.len());
                            Ok(())
                        }
                        Source::Weight(w) => {
                            let mut counted = 0usize;
                            load.readers[job.art]
                                .read_into_observed(w, place, true, load.chunk_bytes, |filled| {
                                    if failed.load(Ordering::Acquire) {
                                        return Err(TensorError::Path("load stopped".into()));
                                    }
                                    count(filled.len() - counted);
                                    counted = filled.len();
                                    // A chunk's part panel waits for the next chunk; a weight that is
                                    // not whole panels fails below.
                                    pack(filled, false);
                                    Ok(())
                                })
                                .map_err(EngineError::from)
                        }
                    };
                    // What is left: a derived weight, or a tail that is not a whole panel (refused).
                    let result = result.and_then(|()| if pack(place, true) { Ok(()) } else { Err(not_panels()) });
                    if let Err(e) = result {
                        // The first failure is the one reported; the others stop at their next chunk.
                        failure.lock().unwrap_or_else(|p| p.into_inner()).get_or_insert((job.art, e));
                        failed.store(true, Ordering::Release);
                        break;
                    }
                }
            });
        }
    });
    drop(resources);
    match failure.into_inner().unwrap_or_else(|p| p.into_inner()) {
        Some(e) => Err(e),
        None => Ok(buffers),
    }
}

/// The start of a cpu device buffer, written by the load's workers at places that do not overlap.
struct Base(*mut u8);

// SAFETY: the workers write through it only at disjoint places (see `fill_in_place`).
unsafe impl Sync for Base {}

/// Workers (one per core) read each weight in chunks, hashing each piece as it is read, and this
/// thread writes each chunk into its place in the device buffer as it arrives. Host memory holds a
/// few chunks at a time, whatever the model's size.
fn upload_chunks(client: &Client, load: &Load<'_, '_>) -> Result<Vec<Option<Buffer>>, (usize, EngineError)> {
    let Load { plan, readers, chunk_bytes, total, threads, progress } = *load;
    if plan.slabs.iter().any(|s| s.panels.is_some()) {
        return Err((
            0,
            EngineError::Input(
                "weights packed in panels are read by the cpu program only, which loads in place".into(),
            ),
        ));
    }
    let mut buffers: Vec<Option<Buffer>> = vec![None; plan.slabs.len()];
    let done = std::sync::atomic::AtomicU64::new(0);
    let next = std::sync::atomic::AtomicUsize::new(0);
    type Chunk = Result<(usize, u64, Vec<u8>), (usize, EngineError)>;
    let pool = crate::chunks::ChunkPool::default();
    let (tx, rx) = std::sync::mpsc::sync_channel::<Chunk>(threads);
    std::thread::scope(|s| -> Result<(), (usize, EngineError)> {
        for _ in 0..threads {
            let tx = tx.clone();
            let (done, next, pool) = (&done, &next, &pool);
            s.spawn(move || loop {
                let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(job) = plan.jobs.get(k) else { break };
                let stopped = || EngineError::Input("load stopped".into());
                let result = match &job.source {
                    Source::Derived(bytes) => tx.send(Ok((k, 0, bytes.clone()))).map_err(|_| stopped()),
                    Source::Weight(w) => {
                        let mut offset = 0u64;
                        readers[job.art]
                            .stream_verified(
                                w,
                                chunk_bytes,
                                |n| pool.take(n),
                                |chunk| {
                                    let n = chunk.len() as u64;
                                    let now = done.fetch_add(n, std::sync::atomic::Ordering::Relaxed) + n;
                                    progress(now, total);
                                    tx.send(Ok((k, offset, chunk)))
                                        .map_err(|_| flexc_format::TensorError::Path("load stopped".into()))?;
                                    offset += n;
                                    Ok(())
                                },
                            )
                            .map_err(EngineError::from)
                    }
                };
                if let Err(e) = result {
                    let _ = tx.send(Err((job.art, e)));
                    break;
                }
            });
        }
        drop(tx);
        // Writes are queued to the device; waiting for them every few chunks keeps the queue (and
        // host memory) at a few chunks while the workers keep reading.
        let sync = |art: usize| {
            cubecl::future::block_on(client.sync()).map_err(|e| (art, EngineError::Backend(format!("{e:?}"))))
        };
        let mut in_flight = 0usize;
        for chunk in rx {
            let (k, offset, bytes) = chunk?;
            let job = &plan.jobs[k];
            let slab = &plan.slabs[job.slab];
            let (n, at) = (bytes.len() as u64, job.offset + offset);
            // Weights live as long as the engines: exact-fit, outside the pools steps allocate from. A
            // buffer that arrives in one chunk is created from it; a larger one is reserved at its
            // first chunk and each chunk is written into its range.
            if at == 0 && n == slab.size {
                let handle = client.memory_persistent_allocation(pool.bytes(bytes), |bytes| client.create(bytes));
                buffers[job.slab] = Some(Buffer { handle, len: (slab.size / slab.elem_bytes as u64) as usize });
            } else {
                let buffer = buffers[job.slab].get_or_insert_with(|| Buffer {
                    handle: client.memory_persistent_allocation(slab.size, |size| client.empty(size as usize)),
                    len: (slab.size / slab.elem_bytes as u64) as usize,
                });
                let place = buffer.handle.clone().offset_start(at).offset_end(slab.size - at - n);
                client.write(&place, pool.bytes(bytes));
            }
            in_flight += n as usize;
            if in_flight >= 64 * chunk_bytes {
                sync(job.art)?;
                in_flight = 0;
            }
        }
        sync(0)?;
        Ok(())
    })?;
    Ok(buffers)
}

/// What a load uploaded: each artifact's buffer per static binding, the bytes each artifact's
/// bindings take, and the bytes held on the device for all of them.
struct Loaded {
    buffers: Vec<Vec<Buffer>>,
    used: Vec<u64>,
    held: u64,
}

/// Where the bytes of one part of a static buffer come from.
enum Source<'a> {
    /// A table the runtime derives.
    Derived(Vec<u8>),
    /// A weight of the job's artifact, streamed and verified.
    Weight(&'a flexc_ir::Weight),
}

impl Source<'_> {
    /// What the bytes are, for errors.
    fn name(&self) -> String {
        match self {
            Source::Derived(_) => "a table the runtime derives".into(),
            Source::Weight(w) => format!("weight @{}", w.name),
        }
    }
}

/// One read of a load: `bytes` bytes from `source` (of artifact `art`) into `slab` at `offset`.
struct Job<'a> {
    art: usize,
    slab: usize,
    offset: u64,
    bytes: u64,
    source: Source<'a>,
}

/// A device buffer of a load, shared by every binding (of any artifact) that holds its content.
struct Slab {
    size: u64,
    elem_bytes: usize,
    /// Packed in panels of this many rows of this many elements after each read (see `panels`).
    panels: Option<(u64, u64)>,
}

/// The experts of one MoE block across the artifacts of a load: the union of the experts they keep,
/// each once, in the order they are first met.
struct Pool<'a> {
    /// Each expert of the union: the artifact it is read from and its weights for each part.
    members: Vec<(usize, [Vec<&'a flexc_ir::Weight>; 2])>,
    /// The union index of each expert content key.
    index: HashMap<String, u32>,
    /// Bytes of one expert's gate_up and of its down.
    part_bytes: [u64; 2],
    elem_bytes: usize,
}

/// What a load reads and where it puts it: the distinct buffers (slabs) of all artifacts, the reads
/// that fill them, and each artifact's binding of each of its statics to a slab.
struct LoadPlan<'a> {
    slabs: Vec<Slab>,
    jobs: Vec<Job<'a>>,
    bound: Vec<Vec<usize>>,
    /// Bytes of weights and tables each artifact's program binds.
    used: Vec<u64>,
}

impl<'a> LoadPlan<'a> {
    fn new(arts: &'a [Prepared]) -> Result<LoadPlan<'a>, (usize, EngineError)> {
        let part_index = |p: ExpertPart| match p {
            ExpertPart::GateUp => 0,
            ExpertPart::Down => 1,
        };
        // The expert pools, keyed by block and expert shape; each artifact's slots into them.
        let mut pools: Vec<Pool<'a>> = Vec::new();
        let mut pool_of: HashMap<String, usize> = HashMap::new();
        let mut slots: HashMap<(usize, String), (usize, Vec<u32>)> = HashMap::new();
        for (a, p) in arts.iter().enumerate() {
            for (b, _) in &p.statics {
                let Binding::Experts { value, .. } = b else { continue };
                if slots.contains_key(&(a, value.clone())) {
                    continue;
                }
                let experts = expert_weights(&p.art.graph, value).map_err(|e| (a, e))?;
                let signature = experts.first().map(|e| shape_key(&e[0]) + "|" + &shape_key(&e[1])).unwrap_or_default();
                if let Some(odd) = experts.iter().find(|e| shape_key(&e[0]) + "|" + &shape_key(&e[1]) != signature) {
                    let w = odd[0].first().or(odd[1].first()).map_or(value.clone(), |w| w.name.clone());
                    return Err((
                        a,
                        EngineError::Weight {
                            weight: w,
                            reason: format!("the experts of {value} differ in shape or dtype"),
                        },
                    ));
                }
                let key = format!("{value} {signature}");
                let pool_index = *pool_of.entry(key).or_insert_with(|| {
                    pools.push(Pool { members: Vec::new(), index: HashMap::new(), part_bytes: [0; 2], elem_bytes: 1 });
                    pools.len() - 1
                });
                let pool = &mut pools[pool_index];
                let mut mine = Vec::with_capacity(experts.len());
                for parts in experts {
                    let mut bytes = [0u64; 2];
                    for (i, ws) in parts.iter().enumerate() {
                        let (size, elem) = weights_size(value, ws).map_err(|e| (a, e))?;
                        bytes[i] = size;
                        pool.elem_bytes = elem;
                    }
                    pool.part_bytes = bytes;
                    let key = content_key(b, &parts[0]) + "|" + &content_key(b, &parts[1]);
                    let next = pool.members.len() as u32;
                    let slot = *pool.index.entry(key).or_insert_with(|| {
                        pool.members.push((a, parts));
                        next
                    });
                    mine.push(slot);
                }
                slots.insert((a, value.clone()), (pool_index, mine));
            }
        }
        let mut plan = LoadPlan { slabs: Vec::new(), jobs: Vec::new(), bound: Vec::new(), used: Vec::new() };
        let mut slab_of: HashMap<String, usize> = HashMap::new();
        for (a, p) in arts.iter().enumerate() {
            let mut bound = Vec::with_capacity(p.statics.len());
            let mut used = 0u64;
            for &(ref b, panels) in &p.statics {
                let (key, size, elem_bytes): (String, u64, usize) = match b {
                    Binding::Table { table: Table::InvFreq { head_dim, .. } } => {
                        (format!("{b:?}"), head_dim / 2 * 4, 4)
                    }
                    Binding::Table { table: Table::ExpertSlots { value, experts } } => {
                        let (pool, mine) = slots.get(&(a, value.clone())).ok_or_else(|| {
                            (
                                a,
                                EngineError::Input(format!(
                                    "the plan binds expert slots of {value} but not its experts"
                                )),
                            )
                        })?;
                        if mine.len() as u64 != *experts {
                            return Err((
                                a,
                                EngineError::Input(format!(
                                    "{value}: the plan's expert-slot table has {experts} entries for {} experts",
                                    mine.len()
                                )),
                            ));
                        }
                        (format!("slots of pool {pool}: {mine:?}"), mine.len() as u64 * 4, 4)
                    }
                    Binding::Experts { value, part } => {
                        let (pool, mine) = &slots[&(a, value.clone())];
                        let pool_ref = &pools[*pool];
                        let part_bytes = pool_ref.part_bytes[part_index(*part)];
                        used += part_bytes * mine.len() as u64;
                        let size = part_bytes.checked_mul(pool_ref.members.len() as u64).ok_or_else(|| {
                            (a, EngineError::Input(format!("{value}: the stack of its experts overflows")))
                        })?;
                        (format!("pool {pool} {part:?}"), size, pool_ref.elem_bytes)
                    }
                    _ => {
                        let weights = weights_of(&p.art.graph, b).map_err(|e| (a, e))?;
                        let (size, elem) = static_size(b, &weights).map_err(|e| (a, e))?;
                        (content_key(b, &weights), size, elem)
                    }
                };
                if !matches!(b, Binding::Experts { .. }) {
                    used += size;
                }
                let key = match panels {
                    Some((rows, k)) => format!("{key} in panels of {rows}x{k}"),
                    None => key,
                };
                let slab = match slab_of.get(&key) {
                    Some(&s) => s,
                    None => {
                        let slab = plan.slabs.len();
                        plan.slabs.push(Slab { size, elem_bytes, panels });
                        slab_of.insert(key, slab);
                        plan.fill(a, slab, b, &p.art.graph, &slots, &pools).map_err(|e| (a, e))?;
                        slab
                    }
                };
                bound.push(slab);
            }
            plan.bound.push(bound);
            plan.used.push(used);
        }
        Ok(plan)
    }

    /// Adds the reads that fill a new slab for binding `b` of artifact `a`.
    fn fill(
        &mut self,
        a: usize,
        slab: usize,
        b: &Binding,
        graph: &'a Graph,
        slots: &HashMap<(usize, String), (usize, Vec<u32>)>,
        pools: &[Pool<'a>],
    ) -> Result<(), EngineError> {
        let mut push = |art: usize, offset: u64, source: Source<'a>| {
            let bytes = match &source {
                Source::Derived(d) => d.len() as u64,
                Source::Weight(w) => w.checked_byte_len().unwrap_or(0),
            };
            self.jobs.push(Job { art, slab, offset, bytes, source });
        };
        match b {
            Binding::Table { table: Table::InvFreq { head_dim, theta_bits } } => {
                push(a, 0, Source::Derived(inv_freq(*head_dim, *theta_bits)))
            }
            Binding::Table { table: Table::ExpertSlots { value, .. } } => {
                let mine = &slots[&(a, value.clone())].1;
                push(a, 0, Source::Derived(mine.iter().flat_map(|s| s.to_le_bytes()).collect()))
            }
            Binding::Experts { value, part } => {
                let pool = &pools[slots[&(a, value.clone())].0];
                let i = match part {
                    ExpertPart::GateUp => 0,
                    ExpertPart::Down => 1,
                };
                for (m, (art, parts)) in pool.members.iter().enumerate() {
                    let mut offset = m as u64 * pool.part_bytes[i];
                    for w in &parts[i] {
                        push(*art, offset, Source::Weight(w));
                        offset += w.checked_byte_len().unwrap_or(0);
                    }
                }
            }
            _ => {
                let mut offset = 0;
                for w in weights_of(graph, b)? {
                    push(a, offset, Source::Weight(w));
                    offset += w.checked_byte_len().unwrap_or(0);
                }
            }
        }
        Ok(())
    }
}

/// The dtype and shapes of a list of weights, as a key.
fn shape_key(weights: &[&flexc_ir::Weight]) -> String {
    weights.iter().map(|w| format!("{}{:?};", w.dtype, w.shape)).collect()
}

/// The byte size and element size of the weights of one part of one expert, all of one dtype.
fn weights_size(value: &str, weights: &[&flexc_ir::Weight]) -> Result<(u64, usize), EngineError> {
    static_size(&Binding::Experts { value: value.to_string(), part: ExpertPart::GateUp }, weights)
}

/// Each expert's weights of a MoE block (`value`): its gate and up (or fused gate_up), and its down.
fn expert_weights<'g>(graph: &'g Graph, value: &str) -> Result<Vec<[Vec<&'g flexc_ir::Weight>; 2]>, EngineError> {
    let Some(Op::MoeBlock { ffn, .. }) = graph.inst(value.trim_start_matches('%')).map(|i| &i.op) else {
        return Err(EngineError::Input(format!("the plan stacks the experts of {value}, not a moe_block")));
    };
    let weight = |name: &str| {
        graph.weight(name).ok_or_else(|| EngineError::Weight {
            weight: name.to_string(),
            reason: "bound by the plan but not declared by the graph".into(),
        })
    };
    ffn.iter()
        .map(|f| {
            Ok(match f {
                Ffn::Split { gate, up, down } => [vec![weight(gate)?, weight(up)?], vec![weight(down)?]],
                Ffn::Fused { gate_up, down } => [vec![weight(gate_up)?], vec![weight(down)?]],
            })
        })
        .collect()
}

/// What a static buffer holds, as a key equal for equal bytes: its table's parameters, or each of its
/// weights' dtype, shape and piece hashes in order.
fn content_key(binding: &Binding, weights: &[&flexc_ir::Weight]) -> String {
    if let Binding::Table { table } = binding {
        return format!("table {table:?}");
    }
    let mut key = String::new();
    for w in weights {
        key += &format!("{}{:?}", w.dtype, w.shape);
        for p in &w.pieces {
            key += &format!(" {}:{}-{}", p.sha256, p.row_start, p.row_end);
        }
        key.push(';');
    }
    key
}

/// RoPE's inverse frequencies `theta^(-2i/head_dim)` in f32, as transformers computes them.
fn inv_freq(head_dim: u64, theta_bits: u64) -> Vec<u8> {
    let theta = f64::from_bits(theta_bits) as f32;
    let freqs: Vec<f32> = (0..head_dim / 2).map(|i| 1.0 / theta.powf((2 * i) as f32 / head_dim as f32)).collect();
    f32::as_bytes(&freqs).to_vec()
}

/// The byte size and element size of a static binding's buffer.
fn static_size(binding: &Binding, weights: &[&flexc_ir::Weight]) -> Result<(u64, usize), EngineError> {
    match binding {
        Binding::Table { table: Table::InvFreq { head_dim, .. } } => return Ok((head_dim / 2 * 4, 4)),
        Binding::Table { table: Table::ExpertSlots { experts, .. } } => {
            return Ok((experts.checked_mul(4).ok_or_else(|| EngineError::Input("too many experts".into()))?, 4))
        }
        _ => {}
    }
    let dtype =
        weights.first().map(|w| w.dtype).ok_or_else(|| EngineError::Input(format!("{binding:?} binds nothing")))?;
    if let Some(w) = weights.iter().find(|w| w.dtype != dtype) {
        return Err(EngineError::Weight {
            weight: w.name.clone(),
            reason: "the experts of one MoE block differ in dtype".into(),
        });
    }
    let total = weights.iter().try_fold(0u64, |a, w| a.checked_add(w.checked_byte_len()?));
    let total = total.filter(|&n| n <= flexc_ir::graph::MAX_WEIGHT_BYTES.saturating_mul(64));
    let total = total.ok_or_else(|| EngineError::Input(format!("{binding:?}: its weights' size overflows")))?;
    Ok((total, dtype.size_bytes()))
}

/// The weights a static binding is made of (none for a derived table).
fn weights_of<'g>(graph: &'g Graph, binding: &Binding) -> Result<Vec<&'g flexc_ir::Weight>, EngineError> {
    let weight = |name: &str| {
        graph.weight(name).ok_or_else(|| EngineError::Weight {
            weight: name.to_string(),
            reason: "bound by the plan but not declared by the graph".into(),
        })
    };
    match binding {
        Binding::Weight { name } => Ok(vec![weight(name)?]),
        Binding::Experts { value, part } => {
            let Some(Op::MoeBlock { ffn, .. }) = graph.inst(value.trim_start_matches('%')).map(|i| &i.op) else {
                return Err(EngineError::Input(format!("the plan stacks the experts of {value}, not a moe_block")));
            };
            let mut out = Vec::new();
            for f in ffn {
                let names: Vec<&str> = match (f, part) {
                    (Ffn::Split { gate, up, .. }, ExpertPart::GateUp) => vec![gate, up],
                    (Ffn::Fused { gate_up, .. }, ExpertPart::GateUp) => vec![gate_up],
                    (Ffn::Split { down, .. } | Ffn::Fused { down, .. }, ExpertPart::Down) => vec![down],
                };
                for n in names {
                    out.push(weight(n)?);
                }
            }
            Ok(out)
        }
        _ => Ok(Vec::new()),
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
    inputs: HashMap<StepInput, Buffer>,
    /// When tracing: the instance name of each launch of the last step.
    trace: Option<Vec<String>>,
    /// With `FLEXC_PROFILE` set: launches and seconds per kernel function.
    profile: HashMap<&'static str, (usize, f64)>,
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
