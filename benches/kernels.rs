//! Kernel benchmarks, each reporting bytes/s of the weights (or cache) it reads, beside the measured
//! memory bandwidth of the device: the memory-bound kernels of decode (batch 1) should approach it.
//!
//!     cargo bench --bench kernels                                          # cubecl's cpu runtime
//!     FLEXC_BENCH_DEVICE=cuda cargo bench --features cuda --bench kernels   # an NVIDIA GPU

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use cubecl::client::Client;
use cubecl::prelude::*;
use cubecl::server::Handle;
use cubecl::Device;
use flexc_kernels as k;
use half::bf16;

/// The device under test: `FLEXC_BENCH_DEVICE` (cpu, or cuda with the `cuda` feature).
fn client() -> Client {
    match std::env::var("FLEXC_BENCH_DEVICE").as_deref() {
        Ok("cpu") | Err(_) => Device::cpu().unwrap().client(),
        #[cfg(feature = "cuda")]
        Ok("cuda") => Device::cuda(0).unwrap().client(),
        Ok(other) => panic!("FLEXC_BENCH_DEVICE={other}: this build runs cpu (and cuda with --features cuda)"),
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

/// GEMV (one token) through the matmul kernel, f32 and bf16 weights.
fn gemv(c: &mut Criterion) {
    let client = client();
    let mut g = c.benchmark_group("gemv");
    g.sample_size(20);
    for (n_in, n_out) in [(512usize, 2048usize), (2048, 2048)] {
        let x = filled(&client, n_in);
        let out = client.empty(n_out * 4);
        let w32 = filled(&client, n_in * n_out);
        let w16 = filled_bf16(&client, n_in * n_out);
        let (count, dim) = grid(&client, n_out);
        for (dtype, bytes) in [("f32", 4), ("bf16", 2)] {
            g.throughput(Throughput::Bytes((n_in * n_out * bytes) as u64));
            g.bench_with_input(BenchmarkId::new(dtype, format!("{n_out}x{n_in}")), &(), |b, _| {
                b.iter(|| {
                    if dtype == "f32" {
                        k::matmul_t::launch::<f32>(
                            &client,
                            count.clone(),
                            dim,
                            buf(&x, n_in),
                            buf(&w32, n_in * n_out),
                            buf(&out, n_out),
                            1,
                            n_in,
                            n_out,
                        );
                    } else {
                        k::matmul_t::launch::<bf16>(
                            &client,
                            count.clone(),
                            dim,
                            buf(&x, n_in),
                            buf(&w16, n_in * n_out),
                            buf(&out, n_out),
                            1,
                            n_in,
                            n_out,
                        );
                    }
                    sync(&client, &out);
                })
            });
        }
    }
    g.finish();
}

/// The fused MoE block for one token (gates, chosen experts, combine) for several E' / k'.
fn moe(c: &mut Criterion) {
    let client = client();
    let (d, inter) = (512usize, 1024usize);
    let mut g = c.benchmark_group("moe_decode");
    g.sample_size(20);
    for (experts, top_k) in [(7usize, 5usize), (3, 3), (1, 1)] {
        let h = filled(&client, d);
        let router = filled(&client, experts * d);
        let gate_up = filled(&client, experts * 2 * inter * d);
        let down = filled(&client, experts * d * inter);
        let no_mask = client.create_from_slice(f32::as_bytes(&vec![0.0f32; experts]));
        let gates = client.empty(experts * 4);
        let hidden = client.empty(experts * inter * 4);
        let y = client.empty(d * 4);
        // Weights of the experts one token reads.
        g.throughput(Throughput::Bytes((top_k * 3 * inter * d * 4 + experts * d * 4) as u64));
        g.bench_function(BenchmarkId::from_parameter(format!("E{experts}_k{top_k}")), |b| {
            b.iter(|| {
                let (c1, d1) = grid(&client, 1);
                k::moe_gates::launch::<f32>(
                    &client,
                    c1,
                    d1,
                    buf(&h, d),
                    buf(&router, experts * d),
                    buf(&no_mask, experts),
                    buf(&gates, experts),
                    1,
                    d,
                    experts,
                    top_k,
                    false,
                );
                let (c2, d2) = grid(&client, experts * inter);
                k::moe_hidden::launch::<f32>(
                    &client,
                    c2,
                    d2,
                    buf(&h, d),
                    buf(&gates, experts),
                    buf(&gate_up, experts * 2 * inter * d),
                    buf(&hidden, experts * inter),
                    1,
                    d,
                    experts,
                    inter,
                );
                let (c3, d3) = grid(&client, d);
                k::moe_down::launch::<f32>(
                    &client,
                    c3,
                    d3,
                    buf(&hidden, experts * inter),
                    buf(&gates, experts),
                    buf(&down, experts * d * inter),
                    buf(&y, d),
                    1,
                    d,
                    experts,
                    inter,
                );
                sync(&client, &y);
            })
        });
    }
    g.finish();
}

/// Attention of one new token over a KV cache.
fn attention_decode(c: &mut Criterion) {
    let client = client();
    let (heads, kv_heads, hd) = (8usize, 8usize, 64usize);
    let kvw = kv_heads * hd;
    let mut g = c.benchmark_group("attention_decode");
    g.sample_size(20);
    for context in [128usize, 512] {
        let q = filled(&client, heads * hd);
        let kc = filled(&client, context * kvw);
        let vc = filled(&client, context * kvw);
        let out = client.empty(heads * hd * 4);
        g.throughput(Throughput::Bytes((2 * context * kvw * 4) as u64));
        g.bench_function(BenchmarkId::from_parameter(context), |b| {
            let (count, dim) = grid(&client, heads);
            b.iter(|| {
                k::attention::launch(
                    &client,
                    count.clone(),
                    dim,
                    buf(&q, heads * hd),
                    buf(&kc, context * kvw),
                    buf(&vc, context * kvw),
                    buf(&out, heads * hd),
                    1,
                    context as u32 - 1,
                    0.125,
                    heads,
                    kv_heads,
                    hd,
                );
                sync(&client, &out);
            })
        });
    }
    g.finish();
}

criterion_group!(benches, memory_bandwidth, device_bandwidth, gemv, moe, attention_decode);
criterion_main!(benches);
