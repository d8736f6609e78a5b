//! Kernel benchmarks, each reporting bytes/s of the weights (or cache) it reads, beside the measured
//! memory bandwidth of the device: the memory-bound kernels of decode (batch 1) should approach it.
//!
//!     cargo bench --bench kernels                                          # cubecl's cpu runtime
//!     FLEXC_BENCH_DEVICE=cuda cargo bench --features cuda --bench kernels   # an NVIDIA GPU
//!     FLEXC_BENCH_DEVICE=wgpu cargo bench --features wgpu --bench kernels   # Vulkan or Metal (lavapipe too)
//!
//! `gpu_linear` (the GPU plans' projection kernel) runs on cuda and wgpu only.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use cubecl::client::Client;
use cubecl::prelude::*;
use cubecl::server::Handle;
use cubecl::Device;
use flexc_codegen::table;
use flexc_ir::DType;
use flexc_kernels as k;
use flexc_lower::{Call, Kernel};
use half::{bf16, f16};

/// The device under test: `FLEXC_BENCH_DEVICE` (cpu, cuda with the `cuda` feature, wgpu with the
/// `wgpu` feature).
fn client() -> Client {
    match std::env::var("FLEXC_BENCH_DEVICE").as_deref() {
        Ok("cpu") | Err(_) => Device::cpu().unwrap().client(),
        #[cfg(feature = "cuda")]
        Ok("cuda") => Device::cuda(0).unwrap().client(),
        #[cfg(feature = "wgpu")]
        Ok("wgpu") => Device::wgpu(cubecl::device::WgpuDeviceKind::DefaultDevice).expect("a wgpu adapter").client(),
        Ok(other) => panic!(
            "FLEXC_BENCH_DEVICE={other}: this build runs cpu (cuda with --features cuda, wgpu with --features wgpu)"
        ),
    }
}

/// The GPU plan target of the device under test, if it is a GPU.
fn gpu_target() -> Option<flexc_lower::Target> {
    match std::env::var("FLEXC_BENCH_DEVICE").as_deref() {
        Ok("cuda") => Some(flexc_lower::Target::Cuda),
        Ok("wgpu") => Some(flexc_lower::Target::Wgpu),
        _ => None,
    }
}

fn buf(h: &Handle, len: usize) -> BufferArg {
    unsafe { BufferArg::from_raw_parts(h.clone(), len) }
}

fn filled(client: &Client, n: usize) -> Handle {
    let v: Vec<f32> = (0..n).map(|i| ((i % 97) as f32 - 48.0) / 97.0).collect();
    client.create_from_slice(f32::as_bytes(&v))
}

fn filled_bf16(client: &Client, n: usize) -> Handle {
    let v: Vec<bf16> = (0..n).map(|i| bf16::from_f32(((i % 89) as f32 - 44.0) / 89.0)).collect();
    client.create_from_slice(bf16::as_bytes(&v))
}

fn filled_f16(client: &Client, n: usize) -> Handle {
    let v: Vec<f16> = (0..n).map(|i| f16::from_f32(((i % 89) as f32 - 44.0) / 89.0)).collect();
    client.create_from_slice(f16::as_bytes(&v))
}

fn grid(client: &Client, n: usize) -> (CubeCount, CubeDim) {
    let units = client.properties().hardware.max_units_per_cube.clamp(1, 256);
    (CubeCount::Static(n.div_ceil(units as usize).max(1) as u32, 1, 1), CubeDim::new_1d(units))
}

/// Waits for the queued work, and checks the launch that wrote `h` succeeded, without reading it
/// back (on a GPU a read would time the transfer).
fn sync(client: &Client, h: &Handle) {
    cubecl::future::block_on(client.sync_buffers([h])).expect("kernel ran");
}

/// Plain Rust reading a 256 MiB buffer on every hardware thread: the memory-read bandwidth.
fn memory_bandwidth(c: &mut Criterion) {
    let n = 64 << 20;
    let data: Vec<f32> = vec![1.0; n];
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get());
    let mut g = c.benchmark_group("memory");
    g.throughput(Throughput::Bytes((n * 4) as u64));
    g.sample_size(10);
    g.bench_function("read", |b| {
        b.iter(|| {
            std::thread::scope(|s| {
                let chunks: Vec<_> = data
                    .chunks(n.div_ceil(threads))
                    .map(|chunk| {
                        // Sixteen independent sums, so the loads (not the add latency) set the pace.
                        s.spawn(move || {
                            let mut acc = [0.0f32; 16];
                            for block in chunk.chunks_exact(16) {
                                for (a, x) in acc.iter_mut().zip(block) {
                                    *a += x;
                                }
                            }
                            acc.iter().sum::<f32>()
                        })
                    })
                    .collect();
                chunks.into_iter().map(|h| h.join().unwrap()).sum::<f32>()
            })
        })
    });
    g.finish();
}

/// The device's own streaming bandwidth: the `add` kernel over 3 x 64 MiB (two reads, one write).
fn device_bandwidth(c: &mut Criterion) {
    let client = client();
    let n = 16 << 20;
    let a = filled(&client, n);
    let b = filled(&client, n);
    let out = client.empty(n * 4);
    let (count, dim) = grid(&client, n);
    let mut g = c.benchmark_group("memory");
    g.throughput(Throughput::Bytes((3 * n * 4) as u64));
    g.sample_size(10);
    g.bench_function("device_add", |bench| {
        bench.iter(|| {
            k::add::launch(&client, count.clone(), dim, buf(&a, n), buf(&b, n), buf(&out, n));
            sync(&client, &out);
        })
    });
    g.finish();
}

/// Launches a plan kernel over `rows` rows as the engine does.
fn run(client: &Client, kernel: &Kernel, rows: usize, table_stride: usize, buffers: &[(&Handle, usize)]) {
    thread_local! {
        /// The counters of the kernels that deal their work, as a workspace holds them.
        static DEAL: std::cell::OnceCell<Handle> = const { std::cell::OnceCell::new() };
    }
    let units = client.properties().hardware.max_units_per_cube.clamp(1, 256);
    let mut args: Vec<_> = buffers.iter().map(|(h, len)| buf(h, *len)).collect();
    if kernel.deals() {
        let deal = DEAL.with(|d| d.get_or_init(|| table::deal_counters(client)).clone());
        args.push(buf(&deal, table::DEAL_COUNTERS));
    }
    let call = Call { rows: rows as u32, table_stride: table_stride as u32 };
    table::launch_call(client, kernel, call, units, args).expect("launch");
}

/// The projection kernel as the cpu plan shapes it, f32 and bf16 weights: one row (decode, a GEMV),
/// 16 rows (a batched decode step) and 256 rows (a prefill, a GEMM). Throughput counts the weight
/// bytes once per launch: what a launch must read at least.
fn linear(c: &mut Criterion) {
    let client = client();
    let mut g = c.benchmark_group("linear");
    g.sample_size(20);
    for (n_in, n_out) in [(512usize, 2048usize), (2048, 2048)] {
        for (dtype, w) in
            [(DType::F32, filled(&client, n_in * n_out)), (DType::Bf16, filled_bf16(&client, n_in * n_out))]
        {
            let kernel = flexc_lower::matmul_kernel(
                flexc_lower::Target::Cpu,
                flexc_lower::CpuTile::host(),
                dtype,
                n_in as u64,
                n_out as u64,
            );
            for rows in [1usize, 16, 256] {
                let x = filled(&client, rows * n_in);
                let out = client.empty(rows * n_out * 4);
                g.throughput(Throughput::Bytes((n_in * n_out * dtype.size_bytes()) as u64));
                let id = BenchmarkId::new(dtype.name(), format!("{n_out}x{n_in}/rows{rows}"));
                g.bench_with_input(id, &(), |b, _| {
                    b.iter(|| {
                        run(&client, &kernel, rows, 1, &[(&x, rows * n_in), (&w, n_in * n_out), (&out, rows * n_out)]);
                        sync(&client, &out);
                    })
                });
            }
        }
    }
    g.finish();
}

/// The projection kernel as the GPU plans shape it (`matmul_planes`), f32 and 16-bit weights (bf16 on
/// cuda, f16 on wgpu, which has no bf16): at one row the decode shape (a plane per output); at 16
/// and 256 rows the tiled shape, two outputs a plane, beside the same tiles with one output a plane
/// (`/1-out`), so that the two compare on one device. Throughput counts the weight bytes once per
/// launch. cuda and wgpu only.
fn gpu_linear(c: &mut Criterion) {
    let Some(target) = gpu_target() else { return };
    let client = client();
    let mut g = c.benchmark_group("gpu_linear");
    g.sample_size(10);
    let (n_in, n_out) = (2048usize, 2048usize);
    let half = match target {
        flexc_lower::Target::Wgpu => (DType::F16, filled_f16(&client, n_in * n_out)),
        _ => (DType::Bf16, filled_bf16(&client, n_in * n_out)),
    };
    for (dtype, w) in [(DType::F32, filled(&client, n_in * n_out)), half] {
        let tiled = flexc_lower::matmul_kernel(target, flexc_lower::CpuTile::host(), dtype, n_in as u64, n_out as u64);
        let mut one_out = tiled.clone();
        match &mut one_out {
            Kernel::MatmulPlanes { outs_per_cube, outs_per_plane, .. } if *outs_per_plane > 1 => {
                *outs_per_cube /= *outs_per_plane;
                *outs_per_plane = 1;
            }
            _ => panic!("a GPU plan's projection at many rows is matmul_planes with two outputs a plane"),
        }
        let decode = tiled.at_one_row().expect("a decode shape");
        let shapes = [
            (1usize, decode, ""),
            (16, tiled.clone(), ""),
            (16, one_out.clone(), "/1-out"),
            (256, tiled, ""),
            (256, one_out, "/1-out"),
        ];
        for (rows, kernel, tag) in shapes {
            let x = filled(&client, rows * n_in);
            let out = client.empty(rows * n_out * 4);
            g.throughput(Throughput::Bytes((n_in * n_out * dtype.size_bytes()) as u64));
            let id = BenchmarkId::new(dtype.name(), format!("{n_out}x{n_in}/rows{rows}{tag}"));
            g.bench_with_input(id, &(), |b, _| {
                b.iter(|| {
                    run(&client, &kernel, rows, 1, &[(&x, rows * n_in), (&w, n_in * n_out), (&out, rows * n_out)]);
                    sync(&client, &out);
                })
            });
        }
    }
    g.finish();
}

/// The MoE block for one token (post-norm + router gates, chosen experts, combine, post-norm) for
/// several E' / k'.
fn moe(c: &mut Criterion) {
    let client = client();
    let (d, inter) = (512usize, 1024usize);
    let mut g = c.benchmark_group("moe_decode");
    g.sample_size(20);
    for (experts, top_k) in [(7usize, 5usize), (3, 3), (1, 1)] {
        let (x, o, norm) = (filled(&client, d), filled(&client, d), filled(&client, d));
        let router = filled(&client, experts * d);
        let gate_up = filled(&client, experts * 2 * inter * d);
        let down = filled(&client, experts * d * inter);
        let no_mask = client.create_from_slice(f32::as_bytes(&vec![0.0f32; experts]));
        let ones = client.create_from_slice(f32::as_bytes(&[1.0f32]));
        let (h, gates) = (client.empty(d * 4), client.empty(experts * 4));
        let hidden = client.empty(experts * inter * 4);
        let (y, out) = (client.empty(d * 4), client.empty(d * 4));
        let w = DType::F32;
        let dims = (d as u64, experts as u64, inter as u64);
        let router_kernel = Kernel::ResidualNormRouter {
            norm: w,
            router: w,
            d: dims.0,
            experts: dims.1,
            top_k: top_k as u64,
            renorm: false,
            eps: 1e-6,
        };
        let residual = Kernel::ResidualNorm { weight: w, n: dims.0, eps: 1e-6 };
        let (hidden_kernel, down_kernel) = flexc_lower::expert_kernels(
            flexc_lower::Target::Cpu,
            flexc_lower::CpuTile::host(),
            w,
            dims.0,
            dims.1,
            dims.2,
        );
        let slots = client.create_from_slice(u32::as_bytes(&(0..experts as u32).collect::<Vec<_>>()));
        // Weights of the experts one token reads.
        g.throughput(Throughput::Bytes((top_k * 3 * inter * d * 4 + experts * d * 4) as u64));
        g.bench_function(BenchmarkId::from_parameter(format!("E{experts}_k{top_k}")), |b| {
            b.iter(|| {
                let gates = if experts > 1 {
                    let bufs = [
                        (&x, d),
                        (&o, d),
                        (&norm, d),
                        (&router, experts * d),
                        (&no_mask, experts),
                        (&h, d),
                        (&gates, experts),
                    ];
                    run(&client, &router_kernel, 1, 1, &bufs);
                    &gates
                } else {
                    run(&client, &residual, 1, 1, &[(&x, d), (&o, d), (&norm, d), (&h, d)]);
                    &ones
                };
                let bufs = [
                    (&h, d),
                    (gates, experts),
                    (&gate_up, experts * 2 * inter * d),
                    (&slots, experts),
                    (&hidden, experts * inter),
                ];
                run(&client, &hidden_kernel, 1, 1, &bufs);
                let bufs = [
                    (&hidden, experts * inter),
                    (gates, experts),
                    (&down, experts * d * inter),
                    (&slots, experts),
                    (&y, d),
                ];
                run(&client, &down_kernel, 1, 1, &bufs);
                run(&client, &residual, 1, 1, &[(&h, d), (&y, d), (&norm, d), (&out, d)]);
                sync(&client, &out);
            })
        });
    }
    g.finish();
}

/// The expert kernels of a batched decode step (`moe_hidden` then `moe_down`, d 512, I 1024, 7
/// experts, top-5) at 1 and 16 rows, as the bench model's layers run them: eight layers' weights
/// taken in turn, so that each launch reads its weights from memory, not from a cache the previous
/// one warmed. Row `t` skips experts `t % 7` and `(t + 3) % 7`, so 16 rows choose every expert (about
/// 11 rows each), as different requests do. Throughput counts the chosen experts' weights once.
fn moe_batch(c: &mut Criterion) {
    let client = client();
    let (d, inter, experts, layers) = (512usize, 1024usize, 7usize, 8usize);
    let mut g = c.benchmark_group("moe_batch");
    g.sample_size(20);
    let (hidden_kernel, down_kernel) = flexc_lower::expert_kernels(
        flexc_lower::Target::Cpu,
        flexc_lower::CpuTile::host(),
        DType::F32,
        d as u64,
        experts as u64,
        inter as u64,
    );
    let weights: Vec<(Handle, Handle)> =
        (0..layers).map(|_| (filled(&client, experts * 2 * inter * d), filled(&client, experts * d * inter))).collect();
    let slots = client.create_from_slice(u32::as_bytes(&(0..experts as u32).collect::<Vec<_>>()));
    for rows in [1usize, 16] {
        let gates: Vec<f32> = (0..rows * experts)
            .map(|i| {
                let (t, e) = (i / experts, i % experts);
                if e == t % experts || e == (t + 3) % experts {
                    -1.0
                } else {
                    0.2
                }
            })
            .collect();
        let chosen = (0..experts).filter(|e| (0..rows).any(|i| gates[i * experts + e] >= 0.0)).count();
        let gates = client.create_from_slice(f32::as_bytes(&gates));
        let h = filled(&client, rows * d);
        let hidden = client.empty(rows * experts * inter * 4);
        let y = client.empty(rows * d * 4);
        g.throughput(Throughput::Bytes((chosen * 3 * inter * d * 4 * layers) as u64));
        g.bench_function(BenchmarkId::from_parameter(format!("rows{rows}")), |b| {
            b.iter(|| {
                for (gate_up, down) in &weights {
                    let bufs = [
                        (&h, rows * d),
                        (&gates, rows * experts),
                        (gate_up, experts * 2 * inter * d),
                        (&slots, experts),
                        (&hidden, rows * experts * inter),
                    ];
                    run(&client, &hidden_kernel, rows, 1, &bufs);
                    let bufs = [
                        (&hidden, rows * experts * inter),
                        (&gates, rows * experts),
                        (down, experts * d * inter),
                        (&slots, experts),
                        (&y, rows * d),
                    ];
                    run(&client, &down_kernel, rows, 1, &bufs);
                }
                sync(&client, &y);
            })
        });
    }
    g.finish();
}

/// Attention of a decode step through the paged layout: one new token over a KV cache of `context`
/// positions, for one sequence and for 16 (a batched step, each sequence its own blocks).
fn attention_decode(c: &mut Criterion) {
    let client = client();
    let (heads, kv_heads, hd, block) = (8usize, 8usize, 64usize, 16usize);
    let kvw = kv_heads * hd;
    let mut g = c.benchmark_group("attention_decode");
    g.sample_size(20);
    for (rows, context) in [(1usize, 128usize), (1, 512), (16, 32), (16, 512)] {
        let q = filled(&client, rows * heads * hd);
        let kc = filled(&client, rows * context * kvw);
        let vc = filled(&client, rows * context * kvw);
        let out = client.empty(rows * heads * hd * 4);
        let stride = context / block;
        let blocks: Vec<u32> = (0..(rows * stride) as u32).collect();
        let table = client.create_from_slice(u32::as_bytes(&blocks));
        let position = client.create_from_slice(u32::as_bytes(&vec![context as u32 - 1; rows]));
        let sequences: Vec<u32> = (0..rows as u32).collect();
        let sequence = client.create_from_slice(u32::as_bytes(&sequences));
        let kernel = Kernel::Attention {
            cache: DType::F32,
            heads: heads as u64,
            kv_heads: kv_heads as u64,
            head_dim: hd as u64,
            block_size: block as u64,
            scale: 0.125,
            lanes: 16,
            block_rows: flexc_lower::ATTENTION_ROWS,
        };
        g.throughput(Throughput::Bytes((2 * rows * context * kvw * 4) as u64));
        let id = if rows == 1 { context.to_string() } else { format!("{context}_x{rows}") };
        g.bench_function(BenchmarkId::from_parameter(id), |b| {
            b.iter(|| {
                let bufs = [
                    (&q, rows * heads * hd),
                    (&kc, rows * context * kvw),
                    (&vc, rows * context * kvw),
                    (&position, rows),
                    (&sequence, rows),
                    (&table, blocks.len()),
                    (&out, rows * heads * hd),
                ];
                run(&client, &kernel, rows, stride, &bufs);
                sync(&client, &out);
            })
        });
    }
    g.finish();
}

/// Choosing the next token from a row of the released models' vocabulary (100352 logits, normal with
/// a standard deviation of 3): greedy, temperature alone, with top-k 40, with top-p 0.95, and the
/// log-probabilities of the chosen token and the 5 most likely. Host code, on every device.
fn sampling(c: &mut Criterion) {
    use flexc_runtime::{Logprobs, Sampler, SamplingParams};
    let vocab = 100_352;
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut uniform = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        ((state >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    };
    let logits: Vec<f32> = (0..vocab)
        .map(|_| (3.0 * (-2.0 * uniform().ln()).sqrt() * (std::f64::consts::TAU * uniform()).cos()) as f32)
        .collect();
    let mut g = c.benchmark_group("sampling");
    g.throughput(Throughput::Elements(vocab as u64));
    let settings =
        [("greedy", 0.0, 0, 1.0), ("temperature", 0.8, 0, 1.0), ("top_k40", 0.8, 40, 1.0), ("top_p0.95", 0.8, 0, 0.95)];
    for (name, temperature, top_k, top_p) in settings {
        let mut s = Sampler::new(SamplingParams { temperature, top_k, top_p, seed: 1 });
        g.bench_function(name, |b| b.iter(|| s.sample(std::hint::black_box(&logits))));
    }
    g.bench_function("logprobs_top5", |b| b.iter(|| Logprobs::of(std::hint::black_box(&logits), 7, 5)));
    g.finish();
}

criterion_group!(
    benches,
    memory_bandwidth,
    device_bandwidth,
    linear,
    gpu_linear,
    moe,
    moe_batch,
    attention_decode,
    sampling
);
criterion_main!(benches);
