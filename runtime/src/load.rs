//! Loading an engine's buffers: one [`LoadPlan`] for the artifacts loaded together (each distinct
//! buffer once, by content), read by worker threads that hash every piece as they read it, straight
//! into the cpu runtime's buffers ([`fill_in_place`], packing the panels the cpu kernels read as each
//! chunk arrives) or through this thread's copies to a GPU ([`upload_chunks`]).

use crate::device::DeviceKind;
use crate::error::EngineError;
use cubecl::client::Client;
use cubecl::prelude::*;
use cubecl::server::Handle;
use flexc_artifact::Artifact;
use flexc_format::TensorError;
use flexc_ir::{Ffn, Graph, Op};
use flexc_lower::{Binding, ExpertPart, Table};
use std::collections::HashMap;

/// What a load reports as it goes: weight bytes read and verified, and the total.
pub type LoadProgress<'a> = &'a (dyn Fn(u64, u64) + Sync);

/// A buffer on the device with its length in elements.
#[derive(Clone)]
pub(crate) struct Buffer {
    pub(crate) handle: Handle,
    pub(crate) len: usize,
}

impl Buffer {
    pub(crate) fn arg(&self) -> BufferArg {
        // SAFETY: every buffer is created by this engine with at least `len` elements of the type the
        // kernel parameter it is bound to reads (the plan's bindings and the kernel table agree).
        unsafe { BufferArg::from_raw_parts(self.handle.clone(), self.len) }
    }
}

/// What one artifact of a load asks for: the artifact (its graph, its weights' reader) and the weights
/// and tables its program binds, each once, with the panels its kernels read it packed in (rows a
/// panel, length of a row), if any.
pub(crate) struct Wanted<'a> {
    pub(crate) art: &'a Artifact,
    pub(crate) statics: &'a [(Binding, Option<(u64, u64)>)],
}

/// Reads, verifies and uploads the buffers the programs of one load bind: weights, expert stacks and
/// tables, each distinct buffer once for all the artifacts (see [`LoadPlan`]), each allocated on the
/// device at its exact size, with worker threads (one per core) reading the weights in chunks and
/// hashing each piece as it is read. On the cpu runtime the workers read straight into the device's
/// buffers ([`fill_in_place`]); on a GPU they hand their chunks to this thread, which queues each
/// one's copy ([`upload_chunks`]). A piece that fails its hash fails the load before anything runs.
/// Returns each artifact's buffer per static binding and the bytes its bindings take.
pub(crate) fn load_statics(
    client: &Client,
    arts: &[Wanted<'_>],
    device: DeviceKind,
    chunk_bytes: usize,
    progress: LoadProgress<'_>,
) -> Result<Loaded, (usize, EngineError)> {
    let chunk_bytes = chunk_bytes.max(16);
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
    let buffers = match device {
        DeviceKind::Cpu => fill_in_place(client, &load)?,
        _ => upload_chunks(client, &load)?,
    };
    let mut out = Vec::with_capacity(arts.len());
    for (a, slabs) in plan.bound.iter().enumerate() {
        let bound = slabs
            .iter()
            .zip(arts[a].statics)
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
/// the device thread. A weight the cpu kernels read in panels is packed as it arrives, each chunk's
/// whole panels right after the chunk is hashed, while they are still in the cache. Nothing else runs
/// on the device while they write, and the scope joins them before any buffer is used. (With [`crate::LargeMapped`] as the program's allocator, as in the
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
                    let mut packed = 0usize;
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
                                    if let Some((rows, k)) = slab.panels {
                                        let panel = rows as usize * k as usize * slab.elem_bytes;
                                        let end = filled.len().checked_div(panel).unwrap_or(0) * panel;
                                        if end > packed
                                            && crate::panels::pack_in_place(
                                                &mut filled[packed..end],
                                                rows as usize,
                                                k as usize,
                                                slab.elem_bytes,
                                                &mut scratch,
                                            )
                                        {
                                            packed = end;
                                        }
                                    }
                                    Ok(())
                                })
                                .map_err(EngineError::from)
                        }
                    };
                    // The rest: a derived buffer, or a chunk's part panel. A weight that is not whole
                    // panels is refused.
                    let result = result.and_then(|()| match slab.panels {
                        Some((rows, k))
                            if !crate::panels::pack_in_place(
                                &mut place[packed..],
                                rows as usize,
                                k as usize,
                                slab.elem_bytes,
                                &mut scratch,
                            ) =>
                        {
                            Err(EngineError::Input(format!(
                                "{}: {} bytes are not whole panels of {rows} rows of {k} elements of {} bytes",
                                job.source.name(),
                                job.bytes,
                                slab.elem_bytes
                            )))
                        }
                        _ => Ok(()),
                    });
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
pub(crate) struct Loaded {
    pub(crate) buffers: Vec<Vec<Buffer>>,
    pub(crate) used: Vec<u64>,
    pub(crate) held: u64,
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
    fn new(arts: &'a [Wanted<'a>]) -> Result<LoadPlan<'a>, (usize, EngineError)> {
        let part_index = |p: ExpertPart| match p {
            ExpertPart::GateUp => 0,
            ExpertPart::Down => 1,
        };
        // The expert pools, keyed by block and expert shape; each artifact's slots into them.
        let mut pools: Vec<Pool<'a>> = Vec::new();
        let mut pool_of: HashMap<String, usize> = HashMap::new();
        let mut slots: HashMap<(usize, String), (usize, Vec<u32>)> = HashMap::new();
        for (a, p) in arts.iter().enumerate() {
            for (b, _) in p.statics {
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
            for &(ref b, panels) in p.statics {
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
