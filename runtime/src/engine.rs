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
use flexc_ir::{Ffn, Graph, Op};
use flexc_lower::{Binding, Call, CubeUnits, ExpertPart, Kernel, KvPart, Program, StepInput, Table};
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
    /// Bytes of the weights and tables uploaded at load.
    weight_bytes: u64,
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
        Self::load_into(dir, &options, progress, &client, &mut HashMap::new())
    }

    /// Loads several artifacts on one device, holding each distinct weight once: a buffer whose
    /// content (the hashes of the pieces it is made of) another artifact already loaded is shared, not
    /// read again. Configurations of one checkpoint thus cost the union of their weights. An error
    /// names the index of the artifact that failed.
    pub fn load_shared(
        dirs: &[std::path::PathBuf],
        options: EngineOptions,
    ) -> Result<Vec<Engine>, (usize, EngineError)> {
        let client = options.device.client().map_err(|e| (0, e))?;
        let mut shared = HashMap::new();
        dirs.iter()
            .enumerate()
            .map(|(i, dir)| Self::load_into(dir, &options, &|_, _| {}, &client, &mut shared).map_err(|e| (i, e)))
            .collect()
    }

    fn load_into(
        dir: &Path,
        options: &EngineOptions,
        progress: LoadProgress<'_>,
        client: &Client,
        shared: &mut HashMap<String, Buffer>,
    ) -> Result<Engine, EngineError> {
        let art = Artifact::open_with(dir, &flexc_artifact::OpenOptions { store: options.store.clone() })?;
        let client = client.clone();
        let target = options.device.target();
        let program = art.plan.program(target).cloned().ok_or_else(|| EngineError::NoProgram {
            target: target.name(),
            have: art.targets().iter().map(|t| t.name()).collect::<Vec<_>>().join(", "),
        })?;
        let graph = art.graph.clone();
        let mut masks = HashMap::new();
        let mut statics: Vec<Binding> = Vec::new();
        let mut launches = Vec::with_capacity(program.launches.len());
        for launch in &program.launches {
            let mut bindings = Vec::with_capacity(launch.bindings.len());
            for b in &launch.bindings {
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
                    other => Bound::Static(match statics.iter().position(|s| s == other) {
                        Some(i) => i,
                        None => {
                            statics.push(other.clone());
                            statics.len() - 1
                        }
                    }),
                });
            }
            launches.push(BoundLaunch { instance: launch.instance.clone(), kernel: launch.kernel.clone(), bindings });
        }
        let (buffers, weight_bytes) =
            load_statics(&client, &art, &statics, options.load_chunk_bytes, progress, shared)?;
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
        })
    }

    /// Bytes of the weights (and derived tables) the engine holds on its device.
    pub fn weight_bytes(&self) -> u64 {
        self.weight_bytes
    }

    /// Opts experts out at run time, the way a server without flexc's specialization does: their
    /// router logits become -inf, while their weights stay loaded and the top-k still counts them.
    /// An empty list removes the mask. This is the baseline flexc's specialized artifacts are
    /// measured against (`flexc bench --mask-experts`); it gives the same logits.
    pub fn mask_experts(&mut self, excluded: &[u64]) -> Result<(), EngineError> {
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

    /// Gives a sequence's KV-cache blocks back to the engine.
    pub fn release(&self, seq: &mut Sequence) {
        self.kv.write().unwrap_or_else(|e| e.into_inner()).release(&mut seq.blocks);
        seq.len = 0;
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
        let mut inputs: HashMap<StepInput, Vec<u32>> = HashMap::new();
        for (i, (seq, tokens)) in seqs.iter().enumerate() {
            for (j, &token) in tokens.iter().enumerate() {
                let p = seq.len + j;
                inputs.entry(StepInput::Tokens).or_default().push(token);
                inputs.entry(StepInput::Positions).or_default().push(p as u32);
                inputs.entry(StepInput::CacheSlots).or_default().push(seq.slot(p, block_size));
                inputs.entry(StepInput::Sequences).or_default().push(i as u32);
            }
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
            self.run(ws, &kv, Call { rows: rows as u32, table_stride: table_stride as u32 })?
        };
        if let Some(row) = logits.chunks(self.vocab.max(1)).position(|r| r.iter().any(|v| !v.is_finite())) {
            return Err(EngineError::NonFinite { row });
        }
        for (seq, tokens) in seqs.iter_mut() {
            seq.len += tokens.len();
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

    /// The program's launches, in order, for a step whose inputs are in `ws`.
    fn run(&self, ws: &mut Workspace, kv: &KvPool, call: Call) -> Result<Vec<f32>, EngineError> {
        let rows = call.rows as usize;
        let profile = std::env::var_os("FLEXC_PROFILE").is_some();
        if let Some(trace) = &mut ws.trace {
            trace.clear();
        }
        for launch in &self.launches {
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
            // Hand each launch to the device at once: on the cpu runtime, letting launches queue up
            // halves decode speed (measured with `flexc bench`).
            self.client.flush().map_err(|e| EngineError::Backend(format!("{e:?}")))?;
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
        Ok(f32::from_bytes(&bytes)[..rows * self.vocab].to_vec())
    }
}

/// Reads, verifies and uploads the buffers the program binds at load: weights, expert stacks and
/// tables. Each buffer is allocated on the device at its exact size first; worker threads (one per
/// core) then read its weights in chunks, hashing each piece as it is read, and this thread writes
/// each chunk into its place as it arrives. Host memory holds a few chunks at a time, whatever the
/// model's size, and a piece that fails its hash fails the load before anything runs.
fn load_statics(
    client: &Client,
    art: &Artifact,
    statics: &[Binding],
    chunk_bytes: usize,
    progress: LoadProgress<'_>,
    shared: &mut HashMap<String, Buffer>,
) -> Result<(Vec<Buffer>, u64), EngineError> {
    let chunk_bytes = chunk_bytes.max(16);
    let graph = &art.graph;
    let reader = art.weight_reader();
    // Each binding's weights, in order: one weight, or a MoE block's stacked experts.
    let parts: Vec<Vec<&flexc_ir::Weight>> = statics.iter().map(|b| weights_of(graph, b)).collect::<Result<_, _>>()?;
    let sizes: Vec<(u64, usize)> =
        statics.iter().zip(&parts).map(|(b, w)| static_size(b, w)).collect::<Result<_, _>>()?;
    let keys: Vec<String> = statics.iter().zip(&parts).map(|(b, w)| content_key(b, w)).collect();
    // What another artifact of this load already holds is shared; only the rest is read.
    let mut buffers: Vec<Option<Buffer>> = keys.iter().map(|k| shared.get(k).cloned()).collect();
    let all: u64 = sizes.iter().map(|s| s.0).sum();
    let total: u64 = sizes.iter().zip(&buffers).filter(|(_, b)| b.is_none()).map(|(s, _)| s.0).sum();
    let todo: Vec<usize> = (0..statics.len()).filter(|&i| buffers[i].is_none()).collect();
    let done = std::sync::atomic::AtomicU64::new(0);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(todo.len().max(1));
    type Chunk = Result<(usize, u64, Vec<u8>), EngineError>;
    let pool = crate::chunks::ChunkPool::default();
    let (tx, rx) = std::sync::mpsc::sync_channel::<Chunk>(threads);
    progress(0, total);
    std::thread::scope(|s| -> Result<(), EngineError> {
        for _ in 0..threads {
            let tx = tx.clone();
            let (parts, reader, done, next, pool, todo) = (&parts, &reader, &done, &next, &pool, &todo);
            s.spawn(move || loop {
                let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(&i) = todo.get(k) else { break };
                let binding = &statics[i];
                let mut offset = 0u64;
                let result = match binding {
                    Binding::Table { table: Table::InvFreq { head_dim, theta_bits } } => tx
                        .send(Ok((i, 0, inv_freq(*head_dim, *theta_bits))))
                        .map_err(|_| EngineError::Input(String::new())),
                    _ => parts[i].iter().try_for_each(|w| {
                        reader
                            .stream_verified(
                                w,
                                chunk_bytes,
                                |n| pool.take(n),
                                |chunk| {
                                    let n = chunk.len() as u64;
                                    let now = done.fetch_add(n, std::sync::atomic::Ordering::Relaxed) + n;
                                    progress(now, total);
                                    tx.send(Ok((i, offset, chunk)))
                                        .map_err(|_| flexc_format::TensorError::Path("load stopped".into()))?;
                                    offset += n;
                                    Ok(())
                                },
                            )
                            .map_err(EngineError::from)
                    }),
                };
                if let Err(e) = result {
                    let _ = tx.send(Err(e));
                    break;
                }
            });
        }
        drop(tx);
        // Writes are queued to the device; waiting for them every few chunks keeps the queue (and
        // host memory) at a few chunks while the workers keep reading.
        let mut in_flight = 0usize;
        for chunk in rx {
            let (i, offset, bytes) = chunk?;
            let (size, elem_bytes) = sizes[i];
            let n = bytes.len() as u64;
            // Weights live as long as the engine: exact-fit, outside the pools steps allocate from. A
            // buffer that arrives in one chunk is created from it; a larger one is reserved at its
            // first chunk and each chunk is written into its range.
            if offset == 0 && n == size {
                let handle = client.memory_persistent_allocation(pool.bytes(bytes), |bytes| client.create(bytes));
                buffers[i] = Some(Buffer { handle, len: (size / elem_bytes as u64) as usize });
            } else {
                let buffer = buffers[i].get_or_insert_with(|| Buffer {
                    handle: client.memory_persistent_allocation(size, |size| client.empty(size as usize)),
                    len: (size / elem_bytes as u64) as usize,
                });
                let place = buffer.handle.clone().offset_start(offset).offset_end(size - offset - n);
                client.write(&place, pool.bytes(bytes));
            }
            in_flight += n as usize;
            if in_flight >= 64 * chunk_bytes {
                cubecl::future::block_on(client.sync()).map_err(|e| EngineError::Backend(format!("{e:?}")))?;
                in_flight = 0;
            }
        }
        cubecl::future::block_on(client.sync()).map_err(|e| EngineError::Backend(format!("{e:?}")))?;
        Ok(())
    })?;
    let buffers: Vec<Buffer> = buffers
        .into_iter()
        .zip(statics)
        .map(|(b, s)| b.ok_or_else(|| EngineError::Input(format!("{s:?} was bound but nothing was read for it"))))
        .collect::<Result<_, _>>()?;
    for (key, b) in keys.into_iter().zip(&buffers) {
        shared.entry(key).or_insert_with(|| b.clone());
    }
    Ok((buffers, all))
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
    if let Binding::Table { table: Table::InvFreq { head_dim, .. } } = binding {
        return Ok((head_dim / 2 * 4, 4));
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
        let e = self.engine;
        e.check_tokens(&self.seq, tokens)?;
        let before = self.seq.len;
        let mut logits = Vec::with_capacity(tokens.len().saturating_mul(e.vocab));
        for chunk in tokens.chunks(e.max_rows) {
            match e.step(&mut self.workspace, &mut [(&mut self.seq, chunk)]) {
                Ok(l) => logits.extend_from_slice(&l),
                Err(err) => {
                    self.seq.len = before;
                    return Err(err);
                }
            }
        }
        Ok(logits)
    }

    /// The logits of the last of `tokens`.
    pub fn next_logits(&mut self, tokens: &[u32]) -> Result<Vec<f32>, EngineError> {
        let logits = self.forward(tokens)?;
        let vocab = self.engine.vocab;
        Ok(logits[logits.len() - vocab..].to_vec())
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
