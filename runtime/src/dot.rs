//! bf16 dot products for the cpu program's panel kernels: what a plan compiled with
//! `--cpu-bf16-dot` runs, for steps of more than one row, where the CPU has AVX512-BF16.
//!
//! The panel kernels ([`flexc_kernels`]' `matmul_panels`, `moe_hidden_panels`, `moe_down_panels`)
//! multiply f32 activations by bf16 weights widened to f32, one FMA per multiply-add. `vdpbf16ps`
//! multiplies pairs of bf16 inputs by pairs of bf16 weights into f32 lanes: two multiply-adds an
//! instruction, at the FMA's rate on Zen 4 (BENCHMARKS.md, "bf16 dot products on a Zen 4 EPYC"). It
//! takes its activations in bf16, so these kernels round them (round to nearest even, as
//! `vcvtneps2bf16` does) and their results carry bf16's accuracy, not f32's: an opt-in, recorded in the
//! plan, for prefill-heavy deployments that accept it.
//!
//! The weights stay in the panels the load packed for the cubecl kernels (`[k][32]` bf16 per panel of
//! 32 outputs). A unit of work is a panel: turned into `vdpbf16ps`'s layout of input pairs (per pair
//! of inputs, 16 outputs' two weights side by side, twice) while its first tile of rows runs, into a
//! scratch that stays in the core's L2 cache, which the other tiles read. Per pair of inputs and tile
//! of [`ROWS`] rows: 2 weight loads, a broadcast of each row's input pair, 2 dot products a row. The
//! first tile also fetches the panel the worker likely runs next, so that two streams of weights are
//! in flight where one core's single stream holds a short step (16 rows) to about 8 GB/s.
//!
//! Each output is a chain of `vdpbf16ps` over its input pairs in order, whatever rows share its tile:
//! a row's result does not depend on its tile. It does depend on whether its step has one row (the
//! cubecl kernel, in f32) or more (this), so a plan with these kernels gives up the equality of a
//! batched step's rows with the same rows alone.

use crate::error::EngineError;
use crate::load::Buffer;
use cubecl::client::Client;
use flexc_lower::Kernel;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Outputs a panel holds: the cpu panel kernels' 2 vectors of 16 lanes.
pub(crate) const PANEL: usize = 32;

/// Rows a tile: 2 accumulators each, 16 of the 32 vector registers (6, 8, 10, 12 and 14 rows ran a
/// 256 x 2048 -> 4096 GEMM at 192, 183, 177, 180 and 152 G multiply-adds a second on 2 Zen 4 cores).
const ROWS: usize = 8;

/// Whether this CPU has the instructions the bf16 dot-product kernels run (`flexc compile
/// --cpu-bf16-dot`); without them those kernels run as their cubecl kernels, in f32.
pub fn available() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx512f")
            && std::arch::is_x86_feature_detected!("avx512bw")
            && std::arch::is_x86_feature_detected!("avx512bf16")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// The profile's name for a launch of `kernel` run here.
pub(crate) fn function(kernel: &Kernel) -> &'static str {
    match kernel {
        Kernel::MoeHiddenPanels { .. } => "moe_hidden_panels (bf16 dot)",
        Kernel::MoeDownPanels { .. } => "moe_down_panels (bf16 dot)",
        _ => "matmul_panels (bf16 dot)",
    }
}

/// Runs a launch of `kernel` (one with [`Kernel::dot`]) over `rows` rows on the cpu runtime's
/// `buffers` (bound as its parameters are), on `workers` threads, once the launches before it are
/// done. The buffers are the runtime's own memory: read and written through their host pointers.
pub(crate) fn launch(
    client: &Client,
    kernel: &Kernel,
    rows: usize,
    buffers: &[Buffer],
    scratch: &mut Scratch,
    workers: usize,
) -> Result<(), EngineError> {
    let backend = |e: cubecl::server::ServerError| EngineError::Backend(format!("{e:?}"));
    cubecl::future::block_on(client.sync()).map_err(backend)?;
    let mut resources = Vec::with_capacity(buffers.len());
    let mut places: Vec<(*mut u8, usize)> = Vec::with_capacity(buffers.len());
    for b in buffers {
        let resource =
            client.get_resource::<cubecl::cpu::compute::server::CpuServer>(b.handle.clone()).map_err(backend)?;
        let (ptr, len) = resource.resource().get_write_ptr_and_length();
        if !(ptr as usize).is_multiple_of(4) {
            return Err(EngineError::Backend("a cpu buffer is not aligned to 4 bytes".into()));
        }
        places.push((ptr, len));
        resources.push(resource);
    }
    // The output is the last buffer; no input may share its bytes.
    let (out, inputs) =
        places.split_last().ok_or_else(|| EngineError::Input(format!("{}: no buffers", kernel.name())))?;
    if inputs.iter().any(|&(p, n)| (p as usize) < out.0 as usize + out.1 && (out.0 as usize) < p as usize + n) {
        return Err(EngineError::Input(format!("{}: its output shares bytes with an input", kernel.name())));
    }
    // SAFETY: each place is a live buffer of the runtime (held by `resources`), aligned, that no
    // launch touches until this one returns (the client is synced and this thread is the one that
    // launches); the output overlaps no input (checked above).
    let f32s = |i: usize| unsafe { std::slice::from_raw_parts(places[i].0 as *const f32, places[i].1 / 4) };
    let u16s = |i: usize| unsafe { std::slice::from_raw_parts(places[i].0 as *const u16, places[i].1 / 2) };
    let u32s = |i: usize| unsafe { std::slice::from_raw_parts(places[i].0 as *const u32, places[i].1 / 4) };
    let output = |i: usize| unsafe { std::slice::from_raw_parts_mut(places[i].0 as *mut f32, places[i].1 / 4) };
    let short = || EngineError::Input(format!("{}: a buffer is shorter than {rows} rows need", kernel.name()));
    // The lowering gives these kernels inputs in whole pairs and outputs in whole panels.
    let (k, n) = match *kernel {
        Kernel::MatmulPanels { n_in, n_out, .. } => (n_in, n_out),
        Kernel::MoeHiddenPanels { d, intermediate, .. } => (d, intermediate),
        Kernel::MoeDownPanels { d, intermediate, .. } => (intermediate, d),
        _ => (0, 0),
    };
    if !k.is_multiple_of(2) || !n.is_multiple_of(PANEL as u64) {
        return Err(EngineError::Input(format!("{}: not whole input pairs and panels of {PANEL}", kernel.name())));
    }
    match *kernel {
        Kernel::MatmulPanels { n_in, n_out, .. } => {
            let (n_in, n_out) = (n_in as usize, n_out as usize);
            let (x, w, out) = (f32s(0), u16s(1), output(2));
            if x.len() < rows * n_in || w.len() < n_in * n_out || out.len() < rows * n_out {
                return Err(short());
            }
            matmul(scratch, workers, x, w, out, rows, n_in, n_out);
        }
        Kernel::MoeHiddenPanels { d, experts, intermediate, .. } => {
            let shape = [d as usize, experts as usize, intermediate as usize];
            let (h, gates, gate_up, slots, hidden) = (f32s(0), f32s(1), u16s(2), u32s(3), output(4));
            if h.len() < rows * shape[0] || gates.len() < rows * shape[1] || slots.len() < shape[1] {
                return Err(short());
            }
            check_slots(kernel, slots, shape[1], gate_up.len() / (2 * shape[0] * shape[2]).max(1))?;
            if hidden.len() < rows * shape[1] * shape[2] {
                return Err(short());
            }
            moe_hidden(scratch, workers, h, gates, gate_up, slots, hidden, rows, shape);
        }
        Kernel::MoeDownPanels { d, experts, intermediate, .. } => {
            let shape = [d as usize, experts as usize, intermediate as usize];
            let (hidden, gates, down, slots, y) = (f32s(0), f32s(1), u16s(2), u32s(3), output(4));
            if hidden.len() < rows * shape[1] * shape[2] || gates.len() < rows * shape[1] || slots.len() < shape[1] {
                return Err(short());
            }
            check_slots(kernel, slots, shape[1], down.len() / (shape[0] * shape[2]).max(1))?;
            if y.len() < rows * shape[0] {
                return Err(short());
            }
            moe_down(scratch, workers, hidden, gates, down, slots, y, rows, shape);
        }
        _ => return Err(EngineError::Input(format!("{}: not a kernel run by bf16 dot products", kernel.name()))),
    }
    drop(resources);
    Ok(())
}

/// Every kept expert's stack slot within the `held` experts of its stack.
fn check_slots(kernel: &Kernel, slots: &[u32], experts: usize, held: usize) -> Result<(), EngineError> {
    match slots[..experts].iter().find(|&&s| s as usize >= held) {
        Some(s) => Err(EngineError::Input(format!("{}: expert stack slot {s} of a stack of {held}", kernel.name()))),
        None => Ok(()),
    }
}

/// `x` rounded to bf16 as `vcvtneps2bf16` rounds it: to nearest, ties to even; a NaN stays a (quiet)
/// NaN; a subnormal becomes a zero of its sign.
pub(crate) fn bf16_bits(x: f32) -> u16 {
    let b = x.to_bits();
    if b & 0x7f80_0000 == 0 {
        ((b >> 16) & 0x8000) as u16
    } else if x.is_nan() {
        ((b >> 16) | 0x0040) as u16
    } else {
        (b.wrapping_add(0x7fff + ((b >> 16) & 1)) >> 16) as u16
    }
}

/// The buffers the kernels reuse from step to step: the activations in bf16, and a panel in pair
/// layout for each worker. They grow to the largest step and stay.
#[derive(Default)]
pub(crate) struct Scratch {
    inputs: Vec<u16>,
    panels: Vec<Vec<u16>>,
}

impl Scratch {
    /// `x` rounded to bf16 ([`bf16_bits`]), and a pair-layout scratch of `len` elements for each of
    /// `workers` workers.
    fn prepare(&mut self, x: &[f32], workers: usize, len: usize) -> (&[u16], &mut [Vec<u16>]) {
        if self.inputs.len() < x.len() {
            self.inputs.resize(x.len(), 0);
        }
        round_into(x, &mut self.inputs[..x.len()]);
        self.panels.resize_with(self.panels.len().max(workers), Vec::new);
        for p in &mut self.panels[..workers] {
            if p.len() < len {
                p.resize(len, 0);
            }
        }
        (&self.inputs, &mut self.panels[..workers])
    }
}

fn round_into(x: &[f32], out: &mut [u16]) {
    #[cfg(target_arch = "x86_64")]
    if available() {
        // SAFETY: the CPU has the instructions (checked above).
        unsafe { x86::round_into(x, out) };
        return;
    }
    round_portable(x, out);
}

fn round_portable(x: &[f32], out: &mut [u16]) {
    for (o, &v) in out.iter_mut().zip(x) {
        *o = bf16_bits(v);
    }
}

/// A raw slice of a cpu runtime buffer that workers write at disjoint places.
#[derive(Clone, Copy)]
struct Shared(*mut f32);

// SAFETY: the kernels below write through it at places no two work items share.
unsafe impl Send for Shared {}
unsafe impl Sync for Shared {}

impl Shared {
    /// `len` elements from element `at` on.
    ///
    /// # Safety
    /// They lie in the buffer, and no one else reads or writes them while the slice lives.
    #[allow(clippy::mut_from_ref)]
    unsafe fn slice(&self, at: usize, len: usize) -> &mut [f32] {
        std::slice::from_raw_parts_mut(self.0.add(at), len)
    }
}

/// Runs `item(state, i)` for every `i < items`, on a thread per state (this one among them), each
/// item once, taken in order as threads come free.
fn share_out<S: Send>(states: &mut [S], items: usize, item: impl Fn(&mut S, usize) + Sync) {
    let next = AtomicUsize::new(0);
    let work = |state: &mut S| loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        if i >= items {
            break;
        }
        item(state, i);
    };
    let Some((first, rest)) = states.split_first_mut() else { return };
    std::thread::scope(|s| {
        for state in rest {
            let work = &work;
            s.spawn(move || work(state));
        }
        work(first);
    });
}

/// The rows of a step that chose expert `e` of `experts` (gate >= 0, or NaN), as the cubecl
/// kernels' `next_tile` finds them.
fn chosen(gates: &[f32], rows: usize, experts: usize, e: usize) -> Vec<usize> {
    (0..rows).filter(|&t| gates[t * experts + e] >= 0.0 || gates[t * experts + e].is_nan()).collect()
}

/// `out[r] = x[r] . w` for `rows` rows: `x [rows, n_in]`, `w` `[n_out, n_in]` bf16 in panels of
/// [`PANEL`] outputs, `out [rows, n_out]`. `n_in` even, `n_out` a multiple of [`PANEL`].
#[allow(clippy::too_many_arguments)]
pub(crate) fn matmul(
    scratch: &mut Scratch,
    workers: usize,
    x: &[f32],
    w: &[u16],
    out: &mut [f32],
    rows: usize,
    n_in: usize,
    n_out: usize,
) {
    assert!(
        n_in.is_multiple_of(2) && n_out.is_multiple_of(PANEL),
        "matmul of {n_in} -> {n_out}: not whole pairs and panels"
    );
    assert!(x.len() >= rows * n_in && w.len() >= n_out * n_in && out.len() >= rows * n_out);
    let (xb, panels) = scratch.prepare(&x[..rows * n_in], workers, PANEL * n_in);
    let out = Shared(out.as_mut_ptr());
    let panel_of = |q: usize| w.get(q * PANEL * n_in..(q + 1) * PANEL * n_in).unwrap_or_default();
    let all: Vec<usize> = (0..rows).collect();
    share_out(panels, n_out / PANEL, |pairs, q| {
        let mut panel = PanelRun::new(panel_of(q), pairs, panel_of(q + workers));
        for tile in all.chunks(ROWS) {
            let offsets: Vec<usize> = tile.iter().map(|&t| t * n_in).collect();
            let acc = panel.tile(xb, &offsets);
            for (r, &t) in tile.iter().enumerate() {
                // SAFETY: panel `q`'s outputs of row `t`: no other item writes them.
                let dst = unsafe { out.slice(t * n_out + q * PANEL, PANEL) };
                dst.copy_from_slice(&acc[r]);
            }
        }
    });
}

/// `moe_hidden_panels` by dot products: `hidden[t, e, i] = silu(gate_e[i] . h[t]) * (up_e[i] . h[t])`
/// for the experts row `t` chose, over `gate_up [S, 2I, d]` in panels of [`PANEL`] rows, expert `e`
/// at stack slot `slots[e]`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn moe_hidden(
    scratch: &mut Scratch,
    workers: usize,
    h: &[f32],
    gates: &[f32],
    gate_up: &[u16],
    slots: &[u32],
    hidden: &mut [f32],
    rows: usize,
    [d, experts, intermediate]: [usize; 3],
) {
    assert!(
        d.is_multiple_of(2) && intermediate.is_multiple_of(PANEL),
        "moe_hidden of {d} -> {intermediate}: not whole pairs and panels"
    );
    assert!(h.len() >= rows * d && gates.len() >= rows * experts && hidden.len() >= rows * experts * intermediate);
    let per_expert = 2 * intermediate * d;
    assert!(slots[..experts].iter().all(|&s| (s as usize + 1) * per_expert <= gate_up.len()));
    let (xb, panels) = scratch.prepare(&h[..rows * d], workers, 2 * PANEL * d);
    let chosen: Vec<Vec<usize>> = (0..experts).map(|e| chosen(gates, rows, experts, e)).collect();
    let hidden = Shared(hidden.as_mut_ptr());
    let per = intermediate / PANEL;
    // An item's gate (`half` 0) or up (1) panel: panel `item % per` of expert `item / per`.
    let panel_of = |item: usize, half: usize| match slots.get(item / per) {
        Some(&slot) if item / per < experts => {
            let at = slot as usize * per_expert + (half * per + item % per) * PANEL * d;
            &gate_up[at..at + PANEL * d]
        }
        _ => &[],
    };
    share_out(panels, experts * per, |both, item| {
        let (e, q) = (item / per, item % per);
        if chosen[e].is_empty() {
            return;
        }
        let (gate, up) = both[..2 * PANEL * d].split_at_mut(PANEL * d);
        let mut gate = PanelRun::new(panel_of(item, 0), gate, panel_of(item + workers, 0));
        let mut up = PanelRun::new(panel_of(item, 1), up, panel_of(item + workers, 1));
        for tile in chosen[e].chunks(ROWS) {
            let offsets: Vec<usize> = tile.iter().map(|&t| t * d).collect();
            let g = gate.tile(xb, &offsets);
            let u = up.tile(xb, &offsets);
            for (r, &t) in tile.iter().enumerate() {
                // SAFETY: hidden units `q` of expert `e` for row `t`: no other item writes them.
                let dst = unsafe { hidden.slice((t * experts + e) * intermediate + q * PANEL, PANEL) };
                silu_times(dst, &g[r], &u[r]);
            }
        }
    });
}

/// `moe_down_panels` by dot products: `y[t, o] = sum_e gates[t, e] * (down_e[o] . hidden[t, e])` over
/// the experts row `t` chose, in expert order, over `down [S, d, I]` in panels of [`PANEL`] rows.
#[allow(clippy::too_many_arguments)]
pub(crate) fn moe_down(
    scratch: &mut Scratch,
    workers: usize,
    hidden: &[f32],
    gates: &[f32],
    down: &[u16],
    slots: &[u32],
    y: &mut [f32],
    rows: usize,
    [d, experts, intermediate]: [usize; 3],
) {
    assert!(
        intermediate.is_multiple_of(2) && d.is_multiple_of(PANEL),
        "moe_down of {intermediate} -> {d}: not whole pairs and panels"
    );
    assert!(hidden.len() >= rows * experts * intermediate && gates.len() >= rows * experts && y.len() >= rows * d);
    let per_expert = d * intermediate;
    assert!(slots[..experts].iter().all(|&s| (s as usize + 1) * per_expert <= down.len()));
    let (xb, panels) = scratch.prepare(&hidden[..rows * experts * intermediate], workers, PANEL * intermediate);
    let chosen: Vec<Vec<usize>> = (0..experts).map(|e| chosen(gates, rows, experts, e)).collect();
    let y = Shared(y.as_mut_ptr());
    // Expert `e`'s panel `p` of outputs.
    let panel_of = |e: usize, p: usize| match slots.get(e) {
        Some(&slot) if e < experts && p < d / PANEL => {
            let at = slot as usize * per_expert + p * PANEL * intermediate;
            &down[at..at + PANEL * intermediate]
        }
        _ => &[],
    };
    share_out(panels, d / PANEL, |pairs, p| {
        // SAFETY: outputs of panel `p` of every row: no other item writes them.
        let out = |t: usize| unsafe { y.slice(t * d + p * PANEL, PANEL) };
        for t in 0..rows {
            out(t).fill(0.0);
        }
        for (e, rows_of_e) in chosen.iter().enumerate() {
            if rows_of_e.is_empty() {
                continue;
            }
            let ahead = if e + 1 < experts { panel_of(e + 1, p) } else { panel_of(0, p + workers) };
            let mut panel = PanelRun::new(panel_of(e, p), pairs, ahead);
            for tile in rows_of_e.chunks(ROWS) {
                let offsets: Vec<usize> = tile.iter().map(|&t| (t * experts + e) * intermediate).collect();
                let acc = panel.tile(xb, &offsets);
                for (r, &t) in tile.iter().enumerate() {
                    let g = gates[t * experts + e];
                    for (o, v) in out(t).iter_mut().enumerate() {
                        *v += g * acc[r][o];
                    }
                }
            }
        }
    });
}

/// `dst = silu(gate) * up`, as the cubecl kernels compute it.
fn silu_times(dst: &mut [f32], gate: &[f32; PANEL], up: &[f32; PANEL]) {
    for ((d, &g), &u) in dst.iter_mut().zip(gate).zip(up) {
        *d = g / (1.0 + (-g).exp()) * u;
    }
}

/// A weight panel run against tiles of rows: turned into `vdpbf16ps`'s layout ([`to_pairs`]) in a
/// scratch during its first tile, in the same pass over its weights, and read from the scratch by the
/// others. The first tile also prefetches `ahead`, the panel its worker likely runs next: with it a
/// 16-token prefill of the scale model ran 1.27x [1.18, 1.35] faster and 16 sequences decoding together
/// 1.38x (the next panel but one instead: 0.94x).
struct PanelRun<'a> {
    panel: &'a [u16],
    pairs: &'a mut [u16],
    turned: bool,
    /// The panel a worker likely runs next, fetched into the cache during the first tile.
    ahead: &'a [u16],
}

impl<'a> PanelRun<'a> {
    /// `panel` `[k][32]`, with `scratch` at least as long.
    fn new(panel: &'a [u16], scratch: &'a mut [u16], ahead: &'a [u16]) -> Self {
        let pairs = &mut scratch[..panel.len()];
        PanelRun { panel, pairs, turned: false, ahead }
    }

    /// The outputs of the panel for the rows whose bf16 inputs start at `offsets` in `xb` ([`dot_tile`]).
    fn tile(&mut self, xb: &[u16], offsets: &[usize]) -> [[f32; PANEL]; ROWS] {
        if self.turned {
            return dot_tile(xb, offsets, self.pairs);
        }
        // A first tile of one row is the panel's only one (tiles are taken in order, whole but the
        // last): the panel is not kept turned.
        if offsets.len() == 1 {
            return first_tile(xb, offsets, self.panel, None, self.ahead);
        }
        self.turned = true;
        first_tile(xb, offsets, self.panel, Some(self.pairs), self.ahead)
    }
}

/// [`dot_tile`] over `panel` `[k][32]`, turning it into `pairs` ([`to_pairs`]) on the way when given
/// them (to keep for the panel's other tiles).
fn first_tile(
    xb: &[u16],
    offsets: &[usize],
    panel: &[u16],
    pairs: Option<&mut [u16]>,
    ahead: &[u16],
) -> [[f32; PANEL]; ROWS] {
    let k = panel.len() / PANEL;
    assert!(k.is_multiple_of(2) && pairs.as_ref().is_none_or(|p| p.len() == panel.len()));
    assert!(offsets.len() <= ROWS && offsets.iter().all(|&o| o + k <= xb.len()));
    #[cfg(target_arch = "x86_64")]
    if available() {
        // SAFETY: the CPU has the instructions; every row's `k` inputs lie in `xb` and the pairs fit
        // (checked above).
        return unsafe { x86::first_tile(xb, offsets, panel, pairs, ahead) };
    }
    let mut own = Vec::new();
    let pairs = match pairs {
        Some(p) => p,
        None => {
            own.resize(panel.len(), 0);
            &mut own[..]
        }
    };
    to_pairs(panel, pairs);
    dot_tile_portable(xb, offsets, pairs)
}

/// A panel `[k][32]` turned into `vdpbf16ps`'s layout: per pair of inputs `j`, outputs 0-15 then
/// 16-31, each output's weights for inputs `2j` and `2j + 1` side by side ([`pair_index`]).
fn to_pairs(panel: &[u16], pairs: &mut [u16]) {
    for (at, &v) in panel.iter().enumerate() {
        pairs[pair_index(at % PANEL, at / PANEL)] = v;
    }
}

/// Where output `o` (< [`PANEL`]) of input `k` sits in a panel in pair layout.
fn pair_index(o: usize, k: usize) -> usize {
    (k / 2) * 2 * PANEL + (o / 16) * PANEL + (o % 16) * 2 + k % 2
}

/// The outputs of a panel in pair layout for the rows whose bf16 inputs start at `offsets` in `xb`
/// (at most [`ROWS`]): each a chain of dot products over the input pairs in order.
fn dot_tile(xb: &[u16], offsets: &[usize], pairs: &[u16]) -> [[f32; PANEL]; ROWS] {
    let k = pairs.len() / PANEL;
    assert!(offsets.len() <= ROWS && offsets.iter().all(|&o| o + k <= xb.len()));
    #[cfg(target_arch = "x86_64")]
    if available() {
        // SAFETY: the CPU has the instructions; every row's `k` inputs lie in `xb` (checked above).
        return unsafe { x86::dot_tile(xb, offsets, pairs) };
    }
    dot_tile_portable(xb, offsets, pairs)
}

/// What `vdpbf16ps` computes, lane by lane (but for its flushing of subnormals): per input pair, the
/// odd input's product, then the even one's, each rounded; a product of two bf16 values is exact in
/// f32.
fn dot_tile_portable(xb: &[u16], offsets: &[usize], pairs: &[u16]) -> [[f32; PANEL]; ROWS] {
    let k = pairs.len() / PANEL;
    let f = |b: u16| f32::from_bits((b as u32) << 16);
    let mut acc = [[0.0f32; PANEL]; ROWS];
    for (r, &start) in offsets.iter().enumerate() {
        for j in 0..k / 2 {
            let (x0, x1) = (f(xb[start + 2 * j]), f(xb[start + 2 * j + 1]));
            for (o, a) in acc[r].iter_mut().enumerate() {
                let w0 = f(pairs[pair_index(o, 2 * j)]);
                let w1 = f(pairs[pair_index(o, 2 * j + 1)]);
                *a = w0.mul_add(x0, w1.mul_add(x1, *a));
            }
        }
    }
    acc
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use super::{PANEL, ROWS};
    use std::arch::x86_64::*;

    #[target_feature(enable = "avx512f,avx512bw,avx512bf16")]
    pub(super) unsafe fn round_into(x: &[f32], out: &mut [u16]) {
        let n = x.len().min(out.len());
        let mut i = 0;
        while i + 16 <= n {
            let v = _mm512_loadu_ps(x.as_ptr().add(i));
            let b: __m256i = std::mem::transmute(_mm512_cvtneps_pbh(v));
            _mm256_storeu_si256(out.as_mut_ptr().add(i).cast(), b);
            i += 16;
        }
        for j in i..n {
            out[j] = super::bf16_bits(x[j]);
        }
    }

    /// [`super::dot_tile`]: tiles of [`ROWS`] rows; a shorter tile repeats its first row.
    #[target_feature(enable = "avx512f,avx512bw,avx512bf16")]
    pub(super) unsafe fn dot_tile(xb: &[u16], offsets: &[usize], pairs: &[u16]) -> [[f32; PANEL]; ROWS] {
        let w = pairs.as_ptr();
        tile(xb, offsets, pairs.len() / PANEL, |j| {
            (_mm512_loadu_si512(w.add(j * 2 * PANEL).cast()), _mm512_loadu_si512(w.add(j * 2 * PANEL + PANEL).cast()))
        })
    }

    /// [`super::first_tile`]: each pair of panel rows turned with two permutes, stored where kept, and
    /// used.
    #[target_feature(enable = "avx512f,avx512bw,avx512bf16")]
    pub(super) unsafe fn first_tile(
        xb: &[u16],
        offsets: &[usize],
        panel: &[u16],
        pairs: Option<&mut [u16]>,
        ahead: &[u16],
    ) -> [[f32; PANEL]; ROWS] {
        // Lane 2i of the first vector takes output i of input 2j, lane 2i + 1 output i of input 2j + 1;
        // the second vector the same for outputs 16 + i.
        let lo: [u16; 32] = std::array::from_fn(|l| if l % 2 == 0 { (l / 2) as u16 } else { 32 + (l / 2) as u16 });
        let lo = _mm512_loadu_si512(lo.as_ptr().cast());
        let hi = _mm512_add_epi16(lo, _mm512_set1_epi16(16));
        let (src, dst) = (panel.as_ptr(), pairs.map(|p| p.as_mut_ptr()));
        let fetch = (ahead.len() >= panel.len()).then_some(ahead.as_ptr());
        tile(xb, offsets, panel.len() / PANEL, |j| {
            if let Some(next) = fetch {
                _mm_prefetch::<_MM_HINT_T1>(next.add(2 * j * PANEL).cast());
                _mm_prefetch::<_MM_HINT_T1>(next.add((2 * j + 1) * PANEL).cast());
            }
            let even = _mm512_loadu_si512(src.add(2 * j * PANEL).cast());
            let odd = _mm512_loadu_si512(src.add((2 * j + 1) * PANEL).cast());
            let (w0, w1) = (_mm512_permutex2var_epi16(even, lo, odd), _mm512_permutex2var_epi16(even, hi, odd));
            if let Some(dst) = dst {
                _mm512_storeu_si512(dst.add(j * 2 * PANEL).cast(), w0);
                _mm512_storeu_si512(dst.add(j * 2 * PANEL + PANEL).cast(), w1);
            }
            (w0, w1)
        })
    }

    /// The tile's dot products over `k` inputs, the weights of input pair `j` from `weights(j)` (outputs
    /// 0-15 and 16-31).
    #[inline(always)]
    unsafe fn tile(
        xb: &[u16],
        offsets: &[usize],
        k: usize,
        weights: impl FnMut(usize) -> (__m512i, __m512i),
    ) -> [[f32; PANEL]; ROWS] {
        // A tile of one row (an expert only one of the step's rows chose, the last of a tile's worth
        // and one) runs that row alone, not as the tile's first row repeated.
        if offsets.len() == 1 {
            tile_of::<1>(xb, offsets, k, weights)
        } else {
            tile_of::<ROWS>(xb, offsets, k, weights)
        }
    }

    /// [`tile`] over `R` rows (at most [`ROWS`]); the rows of the result past `R` are zeros.
    #[inline(always)]
    unsafe fn tile_of<const R: usize>(
        xb: &[u16],
        offsets: &[usize],
        k: usize,
        mut weights: impl FnMut(usize) -> (__m512i, __m512i),
    ) -> [[f32; PANEL]; ROWS] {
        let mut starts = [offsets[0]; R];
        starts[..offsets.len()].copy_from_slice(offsets);
        let mut acc = [[_mm512_setzero_ps(); 2]; R];
        let x = xb.as_ptr();
        for j in 0..k / 2 {
            let (w0, w1) = weights(j);
            let (w0, w1) = (std::mem::transmute::<__m512i, __m512bh>(w0), std::mem::transmute::<__m512i, __m512bh>(w1));
            for r in 0..R {
                let pair = (x.add(starts[r] + 2 * j) as *const i32).read_unaligned();
                let b: __m512bh = std::mem::transmute(_mm512_set1_epi32(pair));
                acc[r][0] = _mm512_dpbf16_ps(acc[r][0], w0, b);
                acc[r][1] = _mm512_dpbf16_ps(acc[r][1], w1, b);
            }
        }
        let mut out = [[0.0f32; PANEL]; ROWS];
        for r in 0..R {
            _mm512_storeu_ps(out[r].as_mut_ptr(), acc[r][0]);
            _mm512_storeu_ps(out[r].as_mut_ptr().add(16), acc[r][1]);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic stream of values around 1 in magnitude, both signs.
    fn values(seed: &mut u64, n: usize) -> Vec<f32> {
        (0..n)
            .map(|_| {
                *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                ((*seed >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
            })
            .collect()
    }

    fn bf16s(x: &[f32]) -> Vec<u16> {
        x.iter().map(|&v| bf16_bits(v)).collect()
    }

    fn widened(b: u16) -> f32 {
        f32::from_bits((b as u32) << 16)
    }

    /// `w [n, k]` (bf16 bits) packed in panels of [`PANEL`] rows by the load's own packer.
    fn packed(w: &[u16], n: usize, k: usize) -> Vec<u16> {
        let mut bytes: Vec<u8> = w[..n * k].iter().flat_map(|v| v.to_le_bytes()).collect();
        assert!(crate::panels::pack_in_place(&mut bytes, PANEL, k, 2, &mut Vec::new()), "{n} x {k}: not whole panels");
        bytes.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]])).collect()
    }

    /// `w . x` in f64 over bf16 `w` and `x` rounded to bf16, and the sum of the magnitudes of its
    /// terms (the scale of an f32 sum's rounding).
    fn exact(w: &[u16], x: &[f32]) -> (f64, f64) {
        let terms = w.iter().zip(x).map(|(&w, &x)| widened(w) as f64 * widened(bf16_bits(x)) as f64);
        terms.fold((0.0, 0.0), |(s, m), t| (s + t, m + t.abs()))
    }

    fn assert_near(got: f32, (want, scale): (f64, f64), what: &str) {
        let err = (got as f64 - want).abs();
        assert!(err <= 1e-6 * scale.max(1e-30), "{what}: {got} against {want} (terms' magnitudes {scale})");
    }

    #[test]
    fn rounding_to_bf16_is_the_instructions() {
        let one = 1.0f32.to_bits();
        // Ties go to even; a subnormal to a zero of its sign; NaN stays NaN; the largest finite f32
        // rounds to infinity.
        assert_eq!(bf16_bits(f32::from_bits(one | 0x8000)), 0x3f80);
        assert_eq!(bf16_bits(f32::from_bits(one | 0x1_8000)), 0x3f82);
        assert_eq!(bf16_bits(f32::from_bits(one | 0x8001)), 0x3f81);
        assert_eq!(bf16_bits(-1e-40), 0x8000);
        assert_eq!(bf16_bits(f32::MAX), 0x7f80);
        assert!(widened(bf16_bits(f32::NAN)).is_nan());
        if !available() {
            eprintln!("no AVX512-BF16 here: the vector rounding is not run");
            return;
        }
        let mut x = values(&mut 7, 4099);
        x.extend([0.0, -0.0, 1e-40, -1e-40, f32::MIN_POSITIVE, f32::INFINITY, f32::NEG_INFINITY, f32::MAX, -f32::MAX]);
        x.extend((0..64).map(|i| f32::from_bits(one | 0x8000 | (i << 16))));
        let (mut vector, mut scalar) = (vec![0u16; x.len()], vec![0u16; x.len()]);
        round_into(&x, &mut vector);
        round_portable(&x, &mut scalar);
        assert_eq!(vector, scalar);
        // A NaN's payload may differ, not its being one.
        let nan = [f32::NAN, -f32::NAN];
        let mut out = [0u16; 16];
        round_into(&[nan[0]; 16], &mut out);
        assert!(out.iter().all(|&b| widened(b).is_nan()));
        round_into(&[nan[1]; 16], &mut out);
        assert!(out.iter().all(|&b| widened(b).is_nan()));
    }

    #[test]
    fn the_dot_products_are_two_fmas_a_pair_bit_for_bit() {
        let mut seed = 11;
        for k in [2, 6, 64, 130] {
            let panel = bf16s(&values(&mut seed, PANEL * k));
            let mut pairs = vec![0u16; panel.len()];
            to_pairs(&panel, &mut pairs);
            let xb = bf16s(&values(&mut seed, 5 * k));
            for rows in [1, 5, ROWS] {
                let offsets: Vec<usize> = (0..rows).map(|r| (r * 3) % 5 * k).collect();
                let want = dot_tile_portable(&xb, &offsets, &pairs);
                let got = dot_tile(&xb, &offsets, &pairs);
                assert_eq!(&got[..rows], &want[..rows], "k = {k}, {rows} rows");
                // The first tile of a panel turns it into pairs on the way.
                let mut turned = vec![0u16; panel.len()];
                let first = first_tile(&xb, &offsets, &panel, Some(&mut turned), &panel);
                assert_eq!(turned, pairs, "pair layout, k = {k}");
                assert_eq!(&first[..rows], &want[..rows], "first tile, k = {k}, {rows} rows");
                let alone = first_tile(&xb, &offsets, &panel, None, &panel);
                assert_eq!(&alone[..rows], &want[..rows], "first tile, not kept, k = {k}, {rows} rows");
            }
        }
        if !available() {
            eprintln!("no AVX512-BF16 here: the portable loop was compared with itself");
        }
    }

    #[test]
    fn matmul_matches_an_exact_sum_of_the_rounded_inputs() {
        let mut seed = 3;
        let (n_in, n_out) = (70, 64);
        let w = bf16s(&values(&mut seed, n_out * n_in));
        let panels = packed(&w, n_out, n_in);
        for rows in [1, 7, 8, 9, 64, 65, 256] {
            let x = values(&mut seed, rows * n_in);
            let mut out = vec![f32::NAN; rows * n_out];
            matmul(&mut Scratch::default(), 2, &x, &panels, &mut out, rows, n_in, n_out);
            for t in 0..rows {
                for o in 0..n_out {
                    let want = exact(&w[o * n_in..(o + 1) * n_in], &x[t * n_in..(t + 1) * n_in]);
                    assert_near(out[t * n_out + o], want, &format!("{rows} rows: row {t}, output {o}"));
                }
            }
        }
    }

    /// Gates of `rows` rows over `experts` experts, each row choosing `top` of them (the others -1).
    fn gates(seed: &mut u64, rows: usize, experts: usize, top: usize) -> Vec<f32> {
        let mut g = vec![-1.0f32; rows * experts];
        for t in 0..rows {
            let first = (values(seed, 1)[0].abs() * experts as f32) as usize % experts;
            for j in 0..top {
                g[t * experts + (first + j) % experts] = 0.25 + 0.5 * values(seed, 1)[0].abs();
            }
        }
        g
    }

    #[test]
    fn the_expert_ffn_matches_an_exact_sum_of_the_rounded_inputs() {
        let mut seed = 5;
        let (d, inter, experts) = (64, 96, 3);
        // Two stack slots more than the experts, used out of order, as a shared stack is.
        let slots = [3u32, 0, 2];
        let gate_up = bf16s(&values(&mut seed, 5 * 2 * inter * d));
        let down = bf16s(&values(&mut seed, 5 * d * inter));
        let gate_up_p: Vec<u16> = gate_up.chunks(2 * inter * d).flat_map(|s| packed(s, 2 * inter, d)).collect();
        let down_p: Vec<u16> = down.chunks(d * inter).flat_map(|s| packed(s, d, inter)).collect();
        for (rows, top) in [(1, 2), (7, 2), (9, 3), (64, 2), (65, 3), (256, 3)] {
            let h = values(&mut seed, rows * d);
            let g = gates(&mut seed, rows, experts, top);
            let mut hidden = vec![0.0f32; rows * experts * inter];
            moe_hidden(&mut Scratch::default(), 2, &h, &g, &gate_up_p, &slots, &mut hidden, rows, [d, experts, inter]);
            for t in 0..rows {
                for e in (0..experts).filter(|&e| g[t * experts + e] >= 0.0) {
                    let stack = &gate_up[slots[e] as usize * 2 * inter * d..];
                    let x = &h[t * d..(t + 1) * d];
                    for i in 0..inter {
                        let (gs, scale_g) = exact(&stack[i * d..(i + 1) * d], x);
                        let (us, scale_u) = exact(&stack[(inter + i) * d..(inter + i + 1) * d], x);
                        let silu = gs / (1.0 + (-gs).exp());
                        let want = silu * us;
                        let scale = (scale_g * us.abs() + scale_u * silu.abs()).max(1e-30);
                        let got = hidden[(t * experts + e) * inter + i] as f64;
                        assert!(
                            (got - want).abs() <= 1e-5 * scale,
                            "{rows} rows: row {t}, expert {e}, unit {i}: {got} against {want}"
                        );
                    }
                }
            }
            let mut y = vec![f32::NAN; rows * d];
            moe_down(&mut Scratch::default(), 2, &hidden, &g, &down_p, &slots, &mut y, rows, [d, experts, inter]);
            for t in 0..rows {
                for o in 0..d {
                    let (mut want, mut scale) = (0.0, 0.0);
                    for e in (0..experts).filter(|&e| g[t * experts + e] >= 0.0) {
                        let w = &down[(slots[e] as usize * d + o) * inter..][..inter];
                        let (s, m) = exact(w, &hidden[(t * experts + e) * inter..][..inter]);
                        let gate = g[t * experts + e] as f64;
                        want += gate * s;
                        scale += gate * m;
                    }
                    assert_near(y[t * d + o], (want, scale), &format!("moe_down, {rows} rows: row {t}, output {o}"));
                }
            }
        }
    }

    #[test]
    fn an_expert_row_does_not_depend_on_its_step() {
        let mut seed = 13;
        let (d, inter, experts, rows) = (64, 64, 3, 19);
        let slots = [1u32, 2, 0];
        let gate_up: Vec<u16> = bf16s(&values(&mut seed, 3 * 2 * inter * d))
            .chunks(2 * inter * d)
            .flat_map(|s| packed(s, 2 * inter, d))
            .collect();
        let down: Vec<u16> =
            bf16s(&values(&mut seed, 3 * d * inter)).chunks(d * inter).flat_map(|s| packed(s, d, inter)).collect();
        let h = values(&mut seed, rows * d);
        let g = gates(&mut seed, rows, experts, 2);
        let ffn = |rows: usize, h: &[f32], g: &[f32]| {
            let mut hidden = vec![0.0f32; rows * experts * inter];
            moe_hidden(&mut Scratch::default(), 2, h, g, &gate_up, &slots, &mut hidden, rows, [d, experts, inter]);
            let mut y = vec![0.0f32; rows * d];
            moe_down(&mut Scratch::default(), 2, &hidden, g, &down, &slots, &mut y, rows, [d, experts, inter]);
            y
        };
        let all = ffn(rows, &h, &g);
        for t in 0..rows {
            let one = ffn(1, &h[t * d..(t + 1) * d], &g[t * experts..(t + 1) * experts]);
            assert_eq!(one, all[t * d..(t + 1) * d], "row {t}");
        }
    }

    #[test]
    fn a_row_does_not_depend_on_its_tile() {
        let mut seed = 9;
        let (n_in, n_out, rows) = (64, 32, 29);
        let panels = packed(&bf16s(&values(&mut seed, n_out * n_in)), n_out, n_in);
        let x = values(&mut seed, rows * n_in);
        let mut all = vec![0.0f32; rows * n_out];
        matmul(&mut Scratch::default(), 2, &x, &panels, &mut all, rows, n_in, n_out);
        for t in [0, 11, 12, 28] {
            let mut one = vec![0.0f32; n_out];
            matmul(&mut Scratch::default(), 1, &x[t * n_in..(t + 1) * n_in], &panels, &mut one, 1, n_in, n_out);
            assert_eq!(one, all[t * n_out..(t + 1) * n_out], "row {t}");
        }
    }
}
