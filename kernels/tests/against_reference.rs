//! Every plan kernel against the reference executor: the same op, on the same inputs and weights,
//! through `flexc_reference::ReferenceExecutor::eval_op` (the burn oracle the whole-model tests
//! trust). Kernels are launched the way the engine launches them: a [`Kernel`] value through the
//! kernel table, one unit per work item, the device's cube shape.
//!
//! The tests run on `FLEXC_TEST_DEVICE` (cpu by default; `cuda` in a build with `--features cuda`;
//! `wgpu` or `wgpu:cpu` in a build with `--features wgpu`, e.g. on lavapipe).
//! Tolerance: 1e-5 relative for f32 (only the summation order differs); weights in bf16 or f16 are
//! given to the oracle as the same rounded values, so the same bound holds; a bf16 KV cache rounds
//! keys and values, and is held to 1e-2.

use cubecl::client::Client;
use cubecl::prelude::*;
use cubecl::server::Handle;
use cubecl::Device;
use flexc_codegen::table;
use flexc_ir::{DType, Ffn, Op};
use flexc_lower::{Call, Kernel};
use flexc_reference::ReferenceExecutor;
use flexc_test_support::{relative_error, values};
use half::{bf16, f16};

fn client() -> Client {
    match std::env::var("FLEXC_TEST_DEVICE").as_deref() {
        Ok("cpu") | Err(_) => Device::cpu().expect("the cpu runtime").client(),
        #[cfg(feature = "cuda")]
        Ok("cuda") => Device::cuda(0).expect("a CUDA device").client(),
        #[cfg(feature = "wgpu")]
        Ok("wgpu") => Device::wgpu(cubecl::device::WgpuDeviceKind::DefaultDevice).expect("a wgpu adapter").client(),
        #[cfg(feature = "wgpu")]
        Ok("wgpu:cpu") => Device::wgpu(cubecl::device::WgpuDeviceKind::Cpu).expect("a wgpu CPU adapter").client(),
        Ok(other) => panic!(
            "FLEXC_TEST_DEVICE={other}: this build runs cpu (cuda with --features cuda, wgpu with --features wgpu)"
        ),
    }
}

/// A buffer on the device: its handle and length in elements.
#[derive(Clone)]
struct Buf(Handle, usize);

impl Buf {
    /// The buffer as a kernel argument.
    fn arg(&self) -> BufferArg {
        // SAFETY: every buffer holds the elements it says, of the type its parameter reads.
        unsafe { BufferArg::from_raw_parts(self.0.clone(), self.1) }
    }
}

struct Run {
    client: Client,
    /// The counters of the kernels that deal their work (`Kernel::deals`), as a workspace holds them.
    deal: Buf,
}

impl Run {
    fn new() -> Run {
        let client = client();
        let deal = Buf(table::deal_counters(&client), table::DEAL_COUNTERS);
        let run = Run { client, deal };
        // Only a wgpu adapter may lack a float type; elsewhere a skipped case would be a lost test.
        let wgpu = std::env::var("FLEXC_TEST_DEVICE").is_ok_and(|d| d.starts_with("wgpu"));
        assert!(wgpu || FLOATS.iter().all(|&t| run.holds(t)), "this device lacks a float type");
        // And the GPU-shaped kernels are what a wgpu run is for.
        assert!(!wgpu || !run.gpu_cubes().is_empty(), "this wgpu adapter has no subgroup operations");
        if wgpu {
            let hw = &run.client.properties().hardware;
            eprintln!("planes of {}..={} lanes", hw.plane_size_min, hw.plane_size_max);
        }
        run
    }

    /// `values` stored as `dtype`.
    fn up(&self, values: &[f32], dtype: DType) -> Buf {
        let bytes: Vec<u8> = match dtype {
            DType::F32 => f32::as_bytes(values).to_vec(),
            DType::Bf16 => values.iter().flat_map(|&v| bf16::from_f32(v).to_le_bytes()).collect(),
            DType::F16 => values.iter().flat_map(|&v| f16::from_f32(v).to_le_bytes()).collect(),
            DType::I32 => unreachable!(),
        };
        Buf(self.client.create_from_slice(&bytes), values.len())
    }

    fn up_u32(&self, values: &[u32]) -> Buf {
        Buf(self.client.create_from_slice(u32::as_bytes(values)), values.len())
    }

    fn empty(&self, len: usize, dtype: DType) -> Buf {
        Buf(self.client.empty(len.max(1) * dtype.size_bytes()), len)
    }

    /// Launches `kernel` over `rows` rows as the engine does.
    fn launch(&self, kernel: &Kernel, rows: usize, table_stride: usize, buffers: &[&Buf]) {
        let units = self.client.properties().hardware.max_units_per_cube.clamp(1, 256);
        self.launch_in_cubes_of(units, kernel, rows, table_stride, buffers);
    }

    /// [`Run::launch`] with `units` units a cube (where the kernel does not fix its cube).
    /// A kernel that deals its work gets the counters as its last buffer, as the plan binds them, and
    /// must leave them at zero for the next launch.
    fn launch_in_cubes_of(&self, units: u32, kernel: &Kernel, rows: usize, table_stride: usize, buffers: &[&Buf]) {
        let deals = kernel.deals();
        let args = buffers.iter().copied().chain(deals.then_some(&self.deal)).map(|b| b.arg()).collect();
        let call = Call { rows: rows as u32, table_stride: table_stride as u32 };
        table::launch_call(&self.client, kernel, call, units, args).expect("launch");
        if deals {
            let counts = u32::from_bytes(&self.client.read_one(self.deal.0.clone()).expect("kernel ran")).to_vec();
            assert_eq!(counts, [0; table::DEAL_COUNTERS], "{}: the deal's counters after the launch", kernel.name());
        }
    }

    /// Whether the device's kernels can hold `dtype`: WGSL has no bf16, and f16 needs `shader-f16`.
    /// Cases of a type the device lacks are skipped with a line on stderr (the engine refuses such
    /// artifacts at load: tests/transformers_fixtures.rs); every other device holds all three.
    fn holds(&self, dtype: DType) -> bool {
        let held = table::holds(&self.client, dtype);
        if !held {
            eprintln!("skipped: {dtype} cases (this device's kernels cannot hold {dtype})");
        }
        held
    }

    /// Cube sizes to run the GPU-shaped kernels with: the plans' (64 for wgpu, 256 for cuda and hip)
    /// and an odd one out (32), those the device allows. None on a device without plane operations:
    /// the cpu runtime has no `plane_sum` (its LLVM back end refuses `plane.f_sum`), which is why the
    /// cpu program never uses these kernels; `FLEXC_TEST_DEVICE=wgpu` (lavapipe in CI) runs them.
    fn gpu_cubes(&self) -> Vec<u64> {
        let props = self.client.properties();
        // cubecl reports no plane operations for a CPU wgpu adapter (lavapipe), though its subgroups
        // run them; planes wider than a lane are the test here.
        let planes = props.features.plane.contains(cubecl::features::Plane::Ops) || props.hardware.plane_size_max > 1;
        if !planes {
            return Vec::new();
        }
        let max = props.hardware.max_units_per_cube as u64;
        [64, 256, 32].into_iter().filter(|&c| c <= max).collect()
    }

    fn read(&self, b: &Buf, n: usize) -> Vec<f32> {
        f32::from_bytes(&self.client.read_one(b.0.clone()).expect("kernel ran"))[..n].to_vec()
    }
}

/// `values` as the oracle sees them when stored as `dtype` (rounded).
fn rounded(values: &[f32], dtype: DType) -> Vec<f32> {
    match dtype {
        DType::Bf16 => values.iter().map(|&v| bf16::from_f32(v).to_f32()).collect(),
        DType::F16 => values.iter().map(|&v| f16::from_f32(v).to_f32()).collect(),
        _ => values.to_vec(),
    }
}

fn weight(name: &str, data: Vec<f32>, rows: usize, cols: usize) -> (String, Vec<f32>, [usize; 2]) {
    (name.to_string(), data, [rows, cols])
}

fn assert_close(got: &[f32], want: &[f32], tolerance: f32, what: &str) {
    let err = relative_error(got, want);
    assert!(err <= tolerance, "{what}: relative error {err:e} > {tolerance:e}");
}

const FLOATS: [DType; 3] = [DType::F32, DType::Bf16, DType::F16];

#[test]
fn embed_matches_the_reference() {
    let r = Run::new();
    let (vocab, d) = (11, 16);
    for dtype in FLOATS.into_iter().filter(|&t| r.holds(t)) {
        let table = rounded(&values(vocab * d, 1), dtype);
        let ids = [3u32, 0, 10, 3];
        let want =
            ReferenceExecutor::with_weights([weight("emb", table.clone(), vocab, d)]).eval_embed("emb", &ids).unwrap();
        let out = r.empty(ids.len() * d, DType::F32);
        let kernel = Kernel::Embed { table: dtype, d: d as u64 };
        r.launch(&kernel, ids.len(), 1, &[&r.up(&table, dtype), &r.up_u32(&ids), &out]);
        assert_close(&r.read(&out, ids.len() * d), &want, 1e-6, &format!("embed {dtype}"));
    }
}

/// Row counts around the tile, unit and cube boundaries: 1 (decode), 7, 64, 65, 256.
const ROWS: [usize; 5] = [1, 7, 64, 65, 256];

/// Tile shapes of the dense kernels: (lanes, block, block_rows): the cpu's (vectors of 16, 4 by 4
/// and 4 by 3 tiles), the GPUs' (vectors of 4, one output and row per unit), scalar, and uneven ones.
const SHAPES: [(u64, u64, u64); 6] = [(16, 4, 4), (16, 4, 3), (4, 1, 1), (1, 1, 1), (8, 2, 4), (2, 3, 2)];

/// Shapes of the cpu micro-kernels over panel-packed weights: (lanes, vectors a panel, rows a tile):
/// the plans' (16 lanes, panels of 2 vectors, 8 rows for the projections, 12 for `moe_down` and 6 for
/// `moe_hidden`), 4 rows, the AVX2 plans' (8 lanes, 1 vector, 4 rows), scalar, and uneven ones.
/// bf16 weights in panels of 2 vectors are read in pairs (`table::bf16_pairs`), the others each
/// vector alone.
const PANEL_SHAPES: [(u64, u64, u64); 8] =
    [(16, 2, 8), (16, 2, 4), (16, 2, 12), (16, 2, 6), (8, 1, 4), (1, 1, 1), (4, 3, 5), (2, 2, 7)];

/// `w` (`[n, k]`) packed in panels of `p` rows, as the runtime packs a weight for the panel kernels.
fn packed(w: &[f32], k: usize, p: usize) -> Vec<f32> {
    let mut out = vec![0.0; w.len()];
    for (i, &v) in w.iter().enumerate() {
        out[flexc_kernels::panel_index(i / k, i % k, k, p)] = v;
    }
    out
}

#[test]
fn matmul_matches_the_reference_for_every_weight_dtype() {
    let r = Run::new();
    let (n_in, n_out) = (64, 96);
    for dtype in FLOATS.into_iter().filter(|&t| r.holds(t)) {
        let w = rounded(&values(n_out * n_in, 3), dtype);
        let oracle = ReferenceExecutor::with_weights([weight("w", w.clone(), n_out, n_in)]);
        let hw = r.up(&w, dtype);
        for rows in ROWS {
            let x = values(rows * n_in, 2);
            let want = oracle.eval_op(&Op::MatMul { weight: "w".into() }, &[(&x, n_in)], rows).unwrap();
            let hx = r.up(&x, DType::F32);
            for (lanes, block_out, block_rows) in SHAPES {
                let out = r.empty(rows * n_out, DType::F32);
                let kernel = Kernel::Matmul {
                    weight: dtype,
                    n_in: n_in as u64,
                    n_out: n_out as u64,
                    lanes,
                    block_out,
                    block_rows,
                };
                r.launch(&kernel, rows, 1, &[&hx, &hw, &out]);
                let what = format!("matmul {dtype} rows={rows} lanes={lanes} tile={block_out}x{block_rows}");
                assert_close(&r.read(&out, rows * n_out), &want, 1e-5, &what);
            }
            for (lanes, vecs, block_rows) in PANEL_SHAPES {
                let hp = r.up(&packed(&w, n_in, (lanes * vecs) as usize), dtype);
                let (n_in, n_out) = (n_in as u64, n_out as u64);
                // At one row a unit takes `streams` panels, at more `tile_streams`; each ignores the other.
                let panels = n_out / (lanes * vecs);
                let streams = [1u64, 2, 4].into_iter().filter(|&s| panels.is_multiple_of(s));
                for streams in streams {
                    let (streams, tile_streams) = if rows == 1 { (streams, 1) } else { (1, streams) };
                    let kernel = Kernel::MatmulPanels {
                        weight: dtype,
                        n_in,
                        n_out,
                        lanes,
                        vecs,
                        block_rows,
                        streams,
                        tile_streams,
                        dot: false,
                    };
                    // More rows deal the tiles out by the cube's units: the device's, and 3 (uneven).
                    for cube in [None, Some(3)].into_iter().filter(|c| c.is_none() || rows > 1) {
                        let out = r.empty(rows * n_out as usize, DType::F32);
                        match cube {
                            None => r.launch(&kernel, rows, 1, &[&hx, &hp, &out]),
                            Some(c) => r.launch_in_cubes_of(c, &kernel, rows, 1, &[&hx, &hp, &out]),
                        }
                        let what = format!(
                            "matmul_panels {dtype} rows={rows} panel={lanes}x{vecs} rows a tile={block_rows} \
                             streams={streams} tile_streams={tile_streams} cube={cube:?}"
                        );
                        assert_close(&r.read(&out, rows * n_out as usize), &want, 1e-5, &what);
                    }
                }
            }
            for cube in r.gpu_cubes() {
                for (lanes, outs_per_cube, outs_per_plane, block_rows) in MATMUL_GPU_SHAPES {
                    let out = r.empty(rows * n_out, DType::F32);
                    let kernel = Kernel::MatmulPlanes {
                        weight: dtype,
                        n_in: n_in as u64,
                        n_out: n_out as u64,
                        lanes,
                        outs_per_cube,
                        outs_per_plane,
                        block_rows,
                        cube,
                    };
                    r.launch(&kernel, rows, 1, &[&hx, &hw, &out]);
                    let what = format!(
                        "matmul_planes {dtype} rows={rows} lanes={lanes} outs={outs_per_cube} ({outs_per_plane} a plane) \
                         x{block_rows} cube={cube}"
                    );
                    assert_close(&r.read(&out, rows * n_out), &want, 1e-5, &what);
                }
            }
        }
    }
}

/// Shapes of the GPU-shaped dense kernels: (lanes, outputs per cube, rows per tile): the plans'
/// (16-byte vectors, 8 outputs a cube, 8 rows of f32 vectors or 4 of bf16), scalar with an output
/// and a row a cube, and uneven ones.
const GPU_SHAPES: [(u64, u64, u64); 5] = [(4, 8, 8), (8, 8, 4), (1, 1, 1), (2, 3, 3), (4, 8, 5)];

/// Shapes of the GPU-shaped projection kernel: (lanes, outputs per cube, outputs per plane, rows per
/// tile): the plans' at more than one row (16-byte vectors, two outputs a plane, 16 a cube) and at
/// decode (one a plane, 8 a cube), scalar, and uneven ones.
const MATMUL_GPU_SHAPES: [(u64, u64, u64, u64); 7] =
    [(4, 16, 2, 8), (8, 16, 2, 4), (4, 8, 1, 1), (4, 8, 1, 8), (1, 1, 1, 1), (2, 6, 3, 3), (4, 12, 4, 5)];

#[test]
fn norms_match_the_reference() {
    let r = Run::new();
    let eps = 1e-6;
    for (n, dtype) in [(24usize, DType::F32), (128, DType::Bf16), (40, DType::F16)] {
        if !r.holds(dtype) {
            continue;
        }
        let rows = 3;
        let (x, y) = (values(rows * n, 4), values(rows * n, 5));
        let w: Vec<f32> = rounded(&values(n, 6).iter().map(|v| 1.0 + 0.5 * v).collect::<Vec<_>>(), dtype);
        let oracle = ReferenceExecutor::with_weights([weight("norm", w.clone(), 1, n)]);
        let hw = r.up(&w, dtype);
        let want = oracle.eval_op(&Op::RmsNorm { weight: "norm".into(), eps }, &[(&x, n)], rows).unwrap();
        let out = r.empty(rows * n, DType::F32);
        r.launch(
            &Kernel::RmsNorm { weight: dtype, n: n as u64, eps: eps as f32 },
            rows,
            1,
            &[&r.up(&x, DType::F32), &hw, &out],
        );
        assert_close(&r.read(&out, rows * n), &want, 1e-5, &format!("rms_norm n={n} {dtype}"));

        let op = Op::ResidualNorm { weight: "norm".into(), eps };
        let want = oracle.eval_op(&op, &[(&x, n), (&y, n)], rows).unwrap();
        let out = r.empty(rows * n, DType::F32);
        r.launch(
            &Kernel::ResidualNorm { weight: dtype, n: n as u64, eps: eps as f32 },
            rows,
            1,
            &[&r.up(&x, DType::F32), &r.up(&y, DType::F32), &hw, &out],
        );
        assert_close(&r.read(&out, rows * n), &want, 1e-5, &format!("residual_norm n={n} {dtype}"));
        for cube in r.gpu_cubes() {
            let out = r.empty(rows * n, DType::F32);
            let kernel = Kernel::ResidualNormCube { weight: dtype, n: n as u64, eps: eps as f32, cube };
            r.launch(&kernel, rows, 1, &[&r.up(&x, DType::F32), &r.up(&y, DType::F32), &hw, &out]);
            assert_close(
                &r.read(&out, rows * n),
                &want,
                1e-5,
                &format!("residual_norm_cube n={n} {dtype} cube={cube}"),
            );
        }

        let want = oracle.eval_op(&Op::RmsNorm { weight: "norm".into(), eps }, &[(&x, n)], rows).unwrap();
        for cube in r.gpu_cubes() {
            let out = r.empty(rows * n, DType::F32);
            let kernel = Kernel::RmsNormCube { weight: dtype, n: n as u64, eps: eps as f32, cube };
            r.launch(&kernel, rows, 1, &[&r.up(&x, DType::F32), &hw, &out]);
            assert_close(&r.read(&out, rows * n), &want, 1e-5, &format!("rms_norm_cube n={n} {dtype} cube={cube}"));
        }
    }
}

/// The attention of a layer from its qkv projection: q/k norms, RoPE, the KV-cache write (through a
/// shuffled block table, rows crossing block boundaries), then attention over the cache, against the
/// reference `self_attention` op; with grouped kv heads, for an f32, f16 and bf16 cache. Blocks of 4
/// and 16 positions, the cache's unwritten rows NaN. On a GPU-shaped device, the cube-per-row norms
/// and RoPE too.
#[test]
fn self_attention_matches_the_reference_through_a_paged_cache() {
    let r = Run::new();
    let (heads, kv_heads, hd) = (4usize, 2usize, 32usize);
    let (qw, kvw) = (heads * hd, kv_heads * hd);
    let width = qw + 2 * kvw;
    let (theta, eps) = (10000.0f64, 1e-6);
    let q_norm: Vec<f32> = values(qw, 21).iter().map(|v| 1.0 + 0.3 * v).collect();
    let k_norm: Vec<f32> = values(kvw, 22).iter().map(|v| 1.0 + 0.3 * v).collect();
    let oracle =
        ReferenceExecutor::with_weights([weight("qn", q_norm.clone(), 1, qw), weight("kn", k_norm.clone(), 1, kvw)]);
    let op = Op::SelfAttention {
        q_norm: "qn".into(),
        k_norm: "kn".into(),
        heads: heads as u64,
        kv_heads: kv_heads as u64,
        head_dim: hd as u64,
        layer: 0,
        theta,
        eps,
    };
    let inv_freq: Vec<f32> = (0..hd / 2).map(|i| 1.0 / (theta as f32).powf((2 * i) as f32 / hd as f32)).collect();
    for (cache, tolerance) in [(DType::F32, 1e-5), (DType::F16, 2e-3), (DType::Bf16, 1e-2)] {
        if !r.holds(cache) {
            continue;
        }
        for (block, rows) in [(4usize, 1usize), (4, 7), (4, 13), (16, 37)] {
            let qkv = values(rows * width, 20 + rows as u32);
            let want = oracle.eval_op(&op, &[(&qkv, width)], rows).unwrap();
            // Blocks handed out in reverse, as a pool reused by other sequences would.
            let blocks: Vec<u32> = (0..rows.div_ceil(block) as u32).rev().map(|b| b + 3).collect();
            let positions: Vec<u32> = (0..rows as u32).collect();
            let slots: Vec<u32> =
                positions.iter().map(|&p| blocks[p as usize / block] * block as u32 + p % block as u32).collect();
            let capacity = (blocks.iter().max().unwrap() + 1) as usize * block;
            let (hpos, hseq, htable) = (r.up_u32(&positions), r.up_u32(&vec![0; rows]), r.up_u32(&blocks));
            let inputs = [
                r.up(&qkv, DType::F32),
                r.up(&q_norm, DType::F32),
                r.up(&k_norm, DType::F32),
                r.up(&inv_freq, DType::F32),
                r.up_u32(&slots),
            ];
            // q and the caches as `prep` (QkNormRope or its cube variant) leaves them. The caches start
            // as NaN, as stale rows of blocks another sequence left might hold: no row past a
            // sequence's last key (the rest of its last block) may reach the output.
            let prepared = |prep: &Kernel| {
                let stale = vec![f32::NAN; capacity * kvw];
                let (kc, vc) = (r.up(&stale, cache), r.up(&stale, cache));
                let q = r.empty(rows * qw, DType::F32);
                let [qkv, qn, kn, freq, slots] = &inputs;
                r.launch(prep, rows, blocks.len(), &[qkv, qn, kn, freq, &hpos, slots, &q, &kc, &vc]);
                (q, kc, vc)
            };
            let (q, kc, vc) = prepared(&Kernel::QkNormRope {
                norm: DType::F32,
                cache,
                heads: heads as u64,
                kv_heads: kv_heads as u64,
                head_dim: hd as u64,
                block_size: block as u64,
                eps: eps as f32,
            });
            // The attention (a unit per row and head, vectors of `lanes`) over q and the caches.
            let attention = |lanes: u64, block_rows: u64, (q, kc, vc): (&Buf, &Buf, &Buf)| {
                let attend = Kernel::Attention {
                    cache,
                    heads: heads as u64,
                    kv_heads: kv_heads as u64,
                    head_dim: hd as u64,
                    block_size: block as u64,
                    scale: 1.0 / (hd as f32).sqrt(),
                    lanes,
                    block_rows,
                };
                let out = r.empty(rows * qw, DType::F32);
                r.launch(&attend, rows, blocks.len(), &[q, kc, vc, &hpos, &hseq, &htable, &out]);
                r.read(&out, rows * qw)
            };
            // Vectors of the plans' widths (16 lanes dividing the head, or fewer) and scalar; tiles
            // of the plans' rows, of one row, and of 3 (a partial last tile at most lengths). The
            // cpu program's kernel: on a GPU-shaped device (whose plans never run it) only chunks of
            // up to 4 keys in tiles of up to 3 rows, since lavapipe's shader compiler takes minutes
            // over the fully unrolled larger ones.
            let gpu = !r.gpu_cubes().is_empty();
            let lane_counts =
                [16u64, 8, 4, 1].into_iter().filter(|&l| (hd as u64).is_multiple_of(l) && (!gpu || l <= 4));
            for lanes in lane_counts {
                for block_rows in [flexc_lower::ATTENTION_ROWS, 1, 3].into_iter().filter(|&t| !gpu || t <= 3) {
                    let what =
                        format!("self_attention {cache} rows={rows} block={block} lanes={lanes} tile={block_rows}");
                    assert_close(&attention(lanes, block_rows, (&q, &kc, &vc)), &want, tolerance, &what);
                }
            }
            // Split over the cache: 8 planes taking keys (the plans'), and 2 (most planes idle); the
            // plans' splits over cubes (one at these lengths), and splits of a few positions each, the
            // keys of a row shared by up to 4 or 3 cubes (a share of 1 or more keys, or none), merged
            // by the combine kernel.
            for cube in r.gpu_cubes() {
                // Registers for planes of 4 lanes (the wgpu plans'), and for exactly the device's.
                let device_plane = r.client.properties().hardware.plane_size_min as u64;
                let shapes = [(8u64, 4u64, 8u64, 512u64), (2, 4, 8, 512), (8, device_plane, 4, 8), (2, 4, 3, 5)];
                for (max_planes, min_plane, splits, partition) in shapes {
                    let attend = Kernel::AttentionPlanes {
                        cache,
                        heads: heads as u64,
                        kv_heads: kv_heads as u64,
                        head_dim: hd as u64,
                        block_size: block as u64,
                        scale: 1.0 / (hd as f32).sqrt(),
                        max_planes,
                        min_plane: min_plane.min(device_plane),
                        splits,
                        partition,
                        fill: 1 << 20,
                        cube,
                    };
                    let partials = r.empty(rows * heads * splits as usize * (hd + 2), DType::F32);
                    let out = r.empty(rows * qw, DType::F32);
                    r.launch(&attend, rows, blocks.len(), &[&q, &kc, &vc, &hpos, &hseq, &htable, &partials, &out]);
                    let combine = Kernel::AttentionCombine {
                        heads: heads as u64,
                        head_dim: hd as u64,
                        block_size: block as u64,
                        splits,
                        partition,
                        fill: 1 << 20,
                        cube,
                    };
                    r.launch(&combine, rows, blocks.len(), &[&partials, &out]);
                    let count = flexc_lower::attention_splits(
                        rows as u64,
                        blocks.len() as u64,
                        heads as u64,
                        block as u64,
                        splits,
                        partition,
                        1 << 20,
                    );
                    let what = format!(
                        "paged_attention_planes {cache} rows={rows} block={block} planes<={max_planes} min_plane={min_plane} splits={count} of {splits} cube={cube}"
                    );
                    assert_close(&r.read(&out, rows * qw), &want, tolerance, &what);
                }
                // The GPU-shaped norms and RoPE (a cube per row) into caches of their own, then the
                // same attention over them.
                let (q_cube, kc_cube, vc_cube) = prepared(&Kernel::QkNormRopeCube {
                    norm: DType::F32,
                    cache,
                    heads: heads as u64,
                    kv_heads: kv_heads as u64,
                    head_dim: hd as u64,
                    block_size: block as u64,
                    eps: eps as f32,
                    cube,
                });
                let what = format!("qk_norm_rope_cube {cache} rows={rows} block={block} cube={cube}");
                assert_close(&r.read(&q_cube, rows * qw), &r.read(&q, rows * qw), 1e-5, &format!("{what}: q"));
                let got = attention(4, 1, (&q_cube, &kc_cube, &vc_cube));
                assert_close(&got, &want, tolerance, &format!("{what}: attention"));
            }
        }
    }
}

/// The MoE kernels (attention post-norm + residual + router gates, the chosen experts' SwiGLU, the
/// weighted combine, the FFN post-norm + residual) against the reference `moe_block`, for top-k with
/// and without renormalisation (k' < E'), the collapsed mixture (k' = E'), the dense FFN of a single
/// kept expert, every weight dtype, and row counts across unit boundaries.
/// A MoE block's expert stacks on the device: `gate_up`, `down` and the slot of each kept expert.
struct Stack {
    gate_up: Buf,
    down: Buf,
    slots: Buf,
}

impl Stack {
    /// The experts stacked in order, as an engine of its own stacks them.
    fn identity(r: &Run, gate_up: &[f32], down: &[f32], dtype: DType, experts: usize) -> Stack {
        let slots: Vec<u32> = (0..experts as u32).collect();
        Stack { gate_up: r.up(gate_up, dtype), down: r.up(down, dtype), slots: r.up_u32(&slots) }
    }

    /// The same stacks packed in panels of `p` rows (`gate_up` rows of `d`, `down` rows of `inter`).
    fn panels(r: &Run, gate_up: &[f32], down: &[f32], dtype: DType, [d, inter, experts, p]: [usize; 4]) -> Stack {
        Stack::identity(r, &packed(gate_up, d, p), &packed(down, inter, p), dtype, experts)
    }
}

/// The widest power of two up to `lanes` dividing a dot product's length `n`, as the lowering picks.
fn fit_lanes(lanes: u64, n: usize) -> u64 {
    (0..=lanes.trailing_zeros()).rev().map(|p| 1u64 << p).find(|l| (n as u64).is_multiple_of(*l)).unwrap()
}

/// The largest block up to `block` dividing `n`, as the lowering picks.
fn fit_block(block: u64, n: usize) -> u64 {
    (1..=block).rev().find(|b| (n as u64).is_multiple_of(*b)).unwrap()
}

/// `moe_hidden` then `moe_down` of a tile shape: the combined expert output `y`.
fn expert_ffn(
    r: &Run,
    (dtype, d, experts, inter): (DType, usize, usize, usize),
    (lanes, block, block_rows): (u64, u64, u64),
    rows: usize,
    [h, gates]: [&Buf; 2],
    stack: &Stack,
) -> Buf {
    let hidden = r.empty(rows * experts * inter, DType::F32);
    let kernel = Kernel::MoeHidden {
        weight: dtype,
        d: d as u64,
        experts: experts as u64,
        intermediate: inter as u64,
        lanes: fit_lanes(lanes, d),
        block_i: fit_block(block, inter),
        block_rows,
    };
    r.launch(&kernel, rows, 1, &[h, gates, &stack.gate_up, &stack.slots, &hidden]);
    let y = r.empty(rows * d, DType::F32);
    let kernel = Kernel::MoeDown {
        weight: dtype,
        d: d as u64,
        experts: experts as u64,
        intermediate: inter as u64,
        lanes: fit_lanes(lanes, inter),
        block_out: fit_block(block, d),
        block_rows,
    };
    r.launch(&kernel, rows, 1, &[&hidden, gates, &stack.down, &stack.slots, &y]);
    y
}

/// The most streams, up to `most`, that divide `panels`: a unit's panels at one row.
fn fit_streams(most: u64, panels: u64) -> u64 {
    (1..=most).rev().find(|s| panels.is_multiple_of(*s)).unwrap_or(1)
}

/// `moe_hidden_panels` then `moe_down_panels` over the stacks packed in panels of `lanes x vecs`
/// rows, a unit at one row taking up to `most_hidden` and `most_down` panels, and a unit of
/// `moe_down` at more rows up to `most_tile`, where they divide the panels: the combined expert
/// output `y`.
fn expert_ffn_panels(
    r: &Run,
    (dtype, d, experts, inter): (DType, usize, usize, usize),
    (lanes, vecs, block_rows): (u64, u64, u64),
    (most_hidden, most_down, most_tile): (u64, u64, u64),
    rows: usize,
    [h, gates]: [&Buf; 2],
    stack: &Stack,
) -> Buf {
    let hidden = r.empty(rows * experts * inter, DType::F32);
    let (dd, e, i, w) = (d as u64, experts as u64, inter as u64, dtype);
    let streams = fit_streams(most_hidden, i / (lanes * vecs));
    let kernel = Kernel::MoeHiddenPanels {
        weight: w,
        d: dd,
        experts: e,
        intermediate: i,
        lanes,
        vecs,
        block_rows,
        streams,
        dot: false,
    };
    r.launch(&kernel, rows, 1, &[h, gates, &stack.gate_up, &stack.slots, &hidden]);
    let y = r.empty(rows * d, DType::F32);
    let panels = dd / (lanes * vecs);
    let (streams, tile_streams) = (fit_streams(most_down, panels), fit_streams(most_tile, panels));
    let kernel = Kernel::MoeDownPanels {
        weight: w,
        d: dd,
        experts: e,
        intermediate: i,
        lanes,
        vecs,
        block_rows,
        streams,
        tile_streams,
        dot: false,
    };
    r.launch(&kernel, rows, 1, &[&hidden, gates, &stack.down, &stack.slots, &y]);
    y
}

/// `moe_hidden_planes` then `moe_down_planes` with a cube of `cube` units, `lanes` and `block`
/// narrowed to divide the lengths as the lowering does, and `outs` outputs a plane of `moe_down` (one
/// where they do not pair up): the combined expert output `y`.
fn expert_ffn_planes(
    r: &Run,
    (dtype, d, experts, inter): (DType, usize, usize, usize),
    (lanes, block, outs, block_rows, cube): (u64, u64, u64, u64, u64),
    rows: usize,
    [h, gates]: [&Buf; 2],
    stack: &Stack,
) -> Buf {
    let hidden = r.empty(rows * experts * inter, DType::F32);
    let (dd, e, i) = (d as u64, experts as u64, inter as u64);
    let outs = if (d as u64).is_multiple_of(fit_block(block, d) * outs) { outs } else { 1 };
    let kernel = Kernel::MoeHiddenPlanes {
        weight: dtype,
        d: dd,
        experts: e,
        intermediate: i,
        lanes: fit_lanes(lanes, d),
        block_i: fit_block(block, inter),
        block_rows,
        cube,
    };
    r.launch(&kernel, rows, 1, &[h, gates, &stack.gate_up, &stack.slots, &hidden]);
    let y = r.empty(rows * d, DType::F32);
    let kernel = Kernel::MoeDownPlanes {
        weight: dtype,
        d: dd,
        experts: e,
        intermediate: i,
        lanes: fit_lanes(lanes, inter),
        block_out: fit_block(block, d) * outs,
        outs_per_plane: outs,
        block_rows,
        cube,
    };
    r.launch(&kernel, rows, 1, &[&hidden, gates, &stack.down, &stack.slots, &y]);
    y
}

#[test]
fn moe_block_matches_the_reference() {
    let r = Run::new();
    // d = 128 takes the down kernel's grouped blocks (`moe_down_group`) at rows > 1; an intermediate
    // size of 96 the plans' panels of 32 rows (16 lanes x 2 vectors), which only the cpu micro-kernels
    // are run with (the other kernels are run at 12).
    for (d, inter) in [(16usize, 12usize), (128, 12), (128, 96)] {
        let eps = 1e-6;
        let panels_only = inter == 96;
        let wgpu = std::env::var("FLEXC_TEST_DEVICE").is_ok_and(|d| d.starts_with("wgpu"));
        let cases = [
            (4usize, 2usize, false, DType::F32),
            (4, 2, true, DType::Bf16),
            (3, 3, false, DType::F16),
            (1, 1, false, DType::F32),
            (7, 5, false, DType::Bf16),
        ];
        for (experts, top_k, renorm, dtype) in cases {
            if !r.holds(dtype) {
                continue;
            }
            let router = rounded(&values(experts * d, 13).iter().map(|v| 2.0 * v).collect::<Vec<_>>(), dtype);
            let attn_norm = rounded(&values(d, 14).iter().map(|v| 1.0 + 0.2 * v).collect::<Vec<_>>(), dtype);
            let ffn_norm = rounded(&values(d, 15).iter().map(|v| 1.0 + 0.2 * v).collect::<Vec<_>>(), dtype);
            let mut weights = vec![
                weight("router", router.clone(), experts, d),
                weight("attn_norm", attn_norm.clone(), 1, d),
                weight("ffn_norm", ffn_norm.clone(), 1, d),
            ];
            let (mut gate_up, mut down, mut ffn) = (Vec::new(), Vec::new(), Vec::new());
            for e in 0..experts as u32 {
                let gu = rounded(&values(2 * inter * d, 20 + e), dtype);
                let dn = rounded(&values(d * inter, 60 + e), dtype);
                gate_up.extend_from_slice(&gu);
                down.extend_from_slice(&dn);
                weights.push(weight(&format!("gate_up{e}"), gu, 2 * inter, d));
                weights.push(weight(&format!("down{e}"), dn, d, inter));
                ffn.push(Ffn::Fused { gate_up: format!("gate_up{e}"), down: format!("down{e}") });
            }
            let op = Op::MoeBlock {
                attn_norm: "attn_norm".into(),
                router: (experts > 1).then(|| "router".into()),
                experts: (0..experts as u64).collect(),
                top_k: top_k as u64,
                renorm,
                ffn,
                ffn_norm: "ffn_norm".into(),
                eps,
            };
            let oracle = ReferenceExecutor::with_weights(weights);
            let stack = Stack::identity(&r, &gate_up, &down, dtype, experts);
            let (han, hfn, hr) = (r.up(&attn_norm, dtype), r.up(&ffn_norm, dtype), r.up(&router, dtype));
            let mask = r.up(&vec![0.0; experts], DType::F32);
            for rows in ROWS {
                let what = format!("E'={experts} k'={top_k} renorm={renorm} {dtype} rows={rows}");
                let (x, o) = (values(rows * d, 16 + rows as u32), values(rows * d, 17));
                let want = oracle.eval_op(&op, &[(&x, d), (&o, d)], rows).unwrap();
                let h = r.empty(rows * d, DType::F32);
                let gates = if experts > 1 {
                    let gates = r.empty(rows * experts, DType::F32);
                    let kernel = Kernel::ResidualNormRouter {
                        norm: dtype,
                        router: dtype,
                        d: d as u64,
                        experts: experts as u64,
                        top_k: top_k as u64,
                        renorm,
                        eps: eps as f32,
                    };
                    r.launch(
                        &kernel,
                        rows,
                        1,
                        &[&r.up(&x, DType::F32), &r.up(&o, DType::F32), &han, &hr, &mask, &h, &gates],
                    );
                    gates
                } else {
                    let kernel = Kernel::ResidualNorm { weight: dtype, n: d as u64, eps: eps as f32 };
                    r.launch(&kernel, rows, 1, &[&r.up(&x, DType::F32), &r.up(&o, DType::F32), &han, &h]);
                    r.up(&vec![1.0; rows], DType::F32)
                };
                for (lanes, block, block_rows) in SHAPES.into_iter().filter(|_| !panels_only) {
                    let y = expert_ffn(
                        &r,
                        (dtype, d, experts, inter),
                        (lanes, block, block_rows),
                        rows,
                        [&h, &gates],
                        &stack,
                    );
                    let out = r.empty(rows * d, DType::F32);
                    let kernel = Kernel::ResidualNorm { weight: dtype, n: d as u64, eps: eps as f32 };
                    r.launch(&kernel, rows, 1, &[&h, &y, &hfn, &out]);
                    let what = format!("{what} lanes={lanes} tile={block}x{block_rows}");
                    assert_close(&r.read(&out, rows * d), &want, 1e-5, &what);
                }
                for (lanes, vecs, block_rows) in PANEL_SHAPES {
                    let p = (lanes * vecs) as usize;
                    if !inter.is_multiple_of(p) || !d.is_multiple_of(p) {
                        continue;
                    }
                    // On lavapipe the cpu-shaped expert kernels with panels (or tiles) narrower than 8
                    // lanes give wrong sums at 256 rows and an intermediate size of 48 or 96 (relative
                    // error 0.7-0.98; right at 12, and on the cpu runtime at every size). No wgpu
                    // plan launches them; the GPU-shaped kernels above pass at every size there.
                    if wgpu && panels_only && p < 8 {
                        continue;
                    }
                    let stack = Stack::panels(&r, &gate_up, &down, dtype, [d, inter, experts, p]);
                    let shape = (dtype, d, experts, inter);
                    // (most_hidden, most_down, most_tile): at one row a unit takes several panels
                    // (`moe_hidden` a gate and an up panel each), at more rows `moe_down` 2.
                    let streams: &[(u64, u64, u64)] =
                        if rows == 1 { &[(1, 1, 1), (2, 4, 1)] } else { &[(1, 1, 1), (1, 1, 2)] };
                    for &streams in streams {
                        let tile = (lanes, vecs, block_rows);
                        let y = expert_ffn_panels(&r, shape, tile, streams, rows, [&h, &gates], &stack);
                        let out = r.empty(rows * d, DType::F32);
                        let kernel = Kernel::ResidualNorm { weight: dtype, n: d as u64, eps: eps as f32 };
                        r.launch(&kernel, rows, 1, &[&h, &y, &hfn, &out]);
                        let what =
                            format!("{what} panels of {lanes}x{vecs}, {block_rows} rows a tile, streams {streams:?}");
                        assert_close(&r.read(&out, rows * d), &want, 1e-5, &what);
                    }
                }
                // The GPU-shaped kernels: router and norms a cube per row, experts a plane per output.
                for cube in r.gpu_cubes().into_iter().filter(|_| !panels_only) {
                    let (hx, ho) = (r.up(&x, DType::F32), r.up(&o, DType::F32));
                    let h = r.empty(rows * d, DType::F32);
                    let gates = if experts > 1 {
                        let gates = r.empty(rows * experts, DType::F32);
                        let kernel = Kernel::ResidualNormRouterCube {
                            norm: dtype,
                            router: dtype,
                            d: d as u64,
                            experts: experts as u64,
                            top_k: top_k as u64,
                            renorm,
                            eps: eps as f32,
                            cube,
                        };
                        r.launch(&kernel, rows, 1, &[&hx, &ho, &han, &hr, &mask, &h, &gates]);
                        gates
                    } else {
                        let kernel = Kernel::ResidualNormCube { weight: dtype, n: d as u64, eps: eps as f32, cube };
                        r.launch(&kernel, rows, 1, &[&hx, &ho, &han, &h]);
                        r.up(&vec![1.0; rows], DType::F32)
                    };
                    for ((lanes, block, block_rows), outs) in GPU_SHAPES.into_iter().flat_map(|s| [(s, 1), (s, 2)]) {
                        let y = expert_ffn_planes(
                            &r,
                            (dtype, d, experts, inter),
                            (lanes, block, outs, block_rows, cube),
                            rows,
                            [&h, &gates],
                            &stack,
                        );
                        let out = r.empty(rows * d, DType::F32);
                        let kernel = Kernel::ResidualNormCube { weight: dtype, n: d as u64, eps: eps as f32, cube };
                        r.launch(&kernel, rows, 1, &[&h, &y, &hfn, &out]);
                        let what = format!(
                            "{what} planes lanes={lanes} block={block}x{block_rows} ({outs} a plane) cube={cube}"
                        );
                        assert_close(&r.read(&out, rows * d), &want, 1e-5, &what);
                    }
                }
            }
        }
    }
}

/// Each of the `rows` rows of `all` (`width` values a row) is, bit for bit, what `alone(t)` computes
/// for row `t` by itself.
fn assert_rows_alone(all: &[f32], rows: usize, width: usize, what: &str, alone: impl Fn(usize) -> Vec<f32>) {
    let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    for t in 0..rows {
        assert_eq!(bits(&alone(t)), bits(&all[t * width..(t + 1) * width]), "{what}: row {t} of {rows}");
    }
}

/// Router gates of `rows` rows choosing two of `experts` each, by a pattern that leaves each tile
/// some rows without each expert (-1: not chosen).
fn two_experts_a_row(rows: usize, experts: usize) -> Vec<f32> {
    let mut gates = vec![-1.0f32; rows * experts];
    for t in 0..rows {
        for e in [t % experts, (t * 2 + 1) % experts] {
            gates[t * experts + e] = 0.25 + 0.5 * (e as f32 + 1.0) / experts as f32;
        }
    }
    gates
}

/// The GPU-shaped dense kernels give each row of a tile exactly what their decode shape (tiles of
/// one row) gives it alone, bit for bit: a batched step's tokens are each sequence's own. 13 rows
/// over tiles of 4 (the last tile partial), top-2 of 3 experts so the tiles mix chosen and not chosen.
#[test]
fn gpu_shaped_rows_in_a_tile_equal_the_rows_alone() {
    let r = Run::new();
    let (d, inter, experts, rows) = (32usize, 16usize, 3usize, 13usize);
    for cube in r.gpu_cubes() {
        let (lanes, block, block_rows) = (4u64, 8u64, 4u64);
        let w = r.up(&values(inter * d, 3), DType::F32);
        let x = values(rows * d, 4);
        let matmul = Kernel::MatmulPlanes {
            weight: DType::F32,
            n_in: d as u64,
            n_out: inter as u64,
            lanes,
            outs_per_cube: 2 * block,
            outs_per_plane: 2,
            block_rows,
            cube,
        };
        let out = r.empty(rows * inter, DType::F32);
        r.launch(&matmul, rows, 1, &[&r.up(&x, DType::F32), &w, &out]);
        let all = r.read(&out, rows * inter);
        // The plan's decode shape: tiles of one row.
        let decode = matmul.at_one_row().expect("a decode shape");
        assert_rows_alone(&all, rows, inter, &format!("matmul_planes, cube {cube}"), |t| {
            let one = r.empty(inter, DType::F32);
            r.launch(&decode, 1, 1, &[&r.up(&x[t * d..(t + 1) * d], DType::F32), &w, &one]);
            r.read(&one, inter)
        });

        let h = values(rows * d, 5);
        let gates = two_experts_a_row(rows, experts);
        let stack = Stack::identity(
            &r,
            &values(experts * 2 * inter * d, 6),
            &values(experts * d * inter, 7),
            DType::F32,
            experts,
        );
        let shape = (DType::F32, d, experts, inter);
        let tile = (lanes, block, 2, block_rows, cube);
        let y = expert_ffn_planes(&r, shape, tile, rows, [&r.up(&h, DType::F32), &r.up(&gates, DType::F32)], &stack);
        let all = r.read(&y, rows * d);
        assert_rows_alone(&all, rows, d, &format!("moe planes, cube {cube}"), |t| {
            let (ht, gt) = (&h[t * d..(t + 1) * d], &gates[t * experts..(t + 1) * experts]);
            let decode = (lanes, block, 1, 1, cube);
            let one = expert_ffn_planes(&r, shape, decode, 1, [&r.up(ht, DType::F32), &r.up(gt, DType::F32)], &stack);
            r.read(&one, d)
        });
    }
}

/// The cpu micro-kernels give each row of a tile exactly what a call of that row alone gives it, bit
/// for bit: a batched step's tokens are each sequence's own. 13 rows over tiles of 4 and 8, top-2 of 3
/// experts so the tiles mix chosen and not chosen: experts 0 and 1 take 9 rows each and expert 2
/// takes 4, so expert tiles of 6 run full, half (3) and two-thirds (4) high.
#[test]
fn panel_rows_in_a_tile_equal_the_rows_alone() {
    let r = Run::new();
    let (d, inter, experts, rows) = (32usize, 64usize, 3usize, 13usize);
    let (lanes, vecs) = (8u64, 2u64);
    let p = (lanes * vecs) as usize;
    let w = values(inter * d, 3);
    let hw = r.up(&packed(&w, d, p), DType::F32);
    let x = values(rows * d, 4);
    // A call of one row takes 4 panels a unit (`streams`), as decode steps do; more rows 1 or 2.
    for (block_rows, tile_streams) in [(4u64, 1u64), (8, 1), (4, 2)] {
        let (n_in, n_out) = (d as u64, inter as u64);
        let matmul = Kernel::MatmulPanels {
            weight: DType::F32,
            n_in,
            n_out,
            lanes,
            vecs,
            block_rows,
            streams: 4,
            tile_streams,
            dot: false,
        };
        let out = r.empty(rows * inter, DType::F32);
        r.launch(&matmul, rows, 1, &[&r.up(&x, DType::F32), &hw, &out]);
        let all = r.read(&out, rows * inter);
        let what = format!("matmul_panels, tiles of {block_rows} by {tile_streams} panels");
        assert_rows_alone(&all, rows, inter, &what, |t| {
            let one = r.empty(inter, DType::F32);
            r.launch(&matmul, 1, 1, &[&r.up(&x[t * d..(t + 1) * d], DType::F32), &hw, &one]);
            r.read(&one, inter)
        });
    }

    let h = values(rows * d, 5);
    let gates = two_experts_a_row(rows, experts);
    let (gate_up, down) = (values(experts * 2 * inter * d, 6), values(experts * d * inter, 7));
    let stack = Stack::panels(&r, &gate_up, &down, DType::F32, [d, inter, experts, p]);
    let shape = (DType::F32, d, experts, inter);
    for block_rows in [4u64, 6, 8, 12] {
        let (tile, streams) = ((lanes, vecs, block_rows), (2, 2, 2));
        let (hh, hg) = (r.up(&h, DType::F32), r.up(&gates, DType::F32));
        let y = expert_ffn_panels(&r, shape, tile, streams, rows, [&hh, &hg], &stack);
        let all = r.read(&y, rows * d);
        assert_rows_alone(&all, rows, d, &format!("moe panels, tiles of {block_rows}"), |t| {
            let (ht, gt) = (&h[t * d..(t + 1) * d], &gates[t * experts..(t + 1) * experts]);
            let (ht, gt) = (r.up(ht, DType::F32), r.up(gt, DType::F32));
            let one = expert_ffn_panels(&r, shape, tile, streams, 1, [&ht, &gt], &stack);
            r.read(&one, d)
        });
    }
}

/// A NaN router weight makes the block's output NaN (never a silent zero contribution).
#[test]
fn a_nan_router_logit_reaches_the_output() {
    let r = Run::new();
    let (d, inter, experts, rows) = (8usize, 4usize, 3usize, 2usize);
    let mut router = values(experts * d, 1);
    router[3] = f32::NAN;
    let ones = vec![1.0f32; d];
    let (h, gates) = (r.empty(rows * d, DType::F32), r.empty(rows * experts, DType::F32));
    let kernel = Kernel::ResidualNormRouter {
        norm: DType::F32,
        router: DType::F32,
        d: d as u64,
        experts: experts as u64,
        top_k: 2,
        renorm: false,
        eps: 1e-6,
    };
    r.launch(
        &kernel,
        rows,
        1,
        &[
            &r.up(&values(rows * d, 2), DType::F32),
            &r.up(&values(rows * d, 3), DType::F32),
            &r.up(&ones, DType::F32),
            &r.up(&router, DType::F32),
            &r.up(&vec![0.0; experts], DType::F32),
            &h,
            &gates,
        ],
    );
    let stack =
        Stack::identity(&r, &values(experts * 2 * inter * d, 4), &values(experts * d * inter, 5), DType::F32, experts);
    let y = expert_ffn(&r, (DType::F32, d, experts, inter), (16, 4, 4), rows, [&h, &gates], &stack);
    let y = r.read(&y, rows * d);
    assert!(y.iter().all(|v| v.is_nan()), "every output of a row with a NaN logit is NaN: {y:?}");
}

/// `count` vectors of `acc` summed lane by lane, once by [`flexc_kernels::tile_sums`] (the tile
/// epilogue of the cpu matmul and expert kernels) into `folded`, once by `lane_sum` each into `tree`.
#[cube(launch)]
fn epilogue_sums<N: Size>(acc: &[Vector<f32, N>], folded: &mut [f32], tree: &mut [f32], #[comptime] count: usize) {
    let mut v = Array::<Vector<f32, N>>::new(count);
    #[unroll]
    for a in 0..count {
        v[a] = acc[a];
    }
    let mut sums = Array::<f32>::new(count);
    flexc_kernels::tile_sums::<N>(&v, &mut sums, count);
    #[unroll]
    for a in 0..count {
        folded[a] = sums[a];
        tree[a] = flexc_kernels::lane_sum::<N>(v[a]);
    }
}

/// `count` accumulators of `lanes` lanes from `acc` summed by [`epilogue_sums`]: (folded, tree).
fn epilogue(r: &Run, acc: &[f32], lanes: usize, count: usize) -> (Vec<f32>, Vec<f32>) {
    let input = r.up(acc, DType::F32);
    let (folded, tree) = (r.empty(count, DType::F32), r.empty(count, DType::F32));
    let (one, unit) = (CubeCount::Static(1, 1, 1), CubeDim::new_1d(1));
    epilogue_sums::launch(&r.client, one, unit, lanes, input.arg(), folded.arg(), tree.arg(), count);
    (r.read(&folded, count), r.read(&tree, count))
}

/// The folded epilogue gives each accumulator bit for bit what its own lane sum gives (the same
/// tree of adds), for 1 to 33 accumulators (odd counts included) and every vector width up to 16
/// lanes; each sum is within rounding of the exact one, and exact where that can be checked (small
/// integers).
#[test]
fn tile_sums_are_the_lane_sums_bit_for_bit() {
    let r = Run::new();
    if std::env::var("FLEXC_TEST_DEVICE").is_ok_and(|d| d != "cpu") {
        eprintln!("skipped: the folded epilogue is the cpu program's");
        return;
    }
    for lanes in [1usize, 2, 4, 8, 16] {
        for count in [1usize, 2, 3, 4, 5, 6, 7, 8, 9, 12, 15, 16, 17, 24, 32, 33] {
            // Values of mixed magnitudes, so that a different order of adds would round differently.
            let acc: Vec<f32> = values(count * lanes, (lanes * 100 + count) as u32)
                .iter()
                .enumerate()
                .map(|(i, v)| v * [1.0, 1e-3, 1e4, 0.37][i % 4])
                .collect();
            let (folded, tree) = epilogue(&r, &acc, lanes, count);
            for a in 0..count {
                assert_eq!(folded[a].to_bits(), tree[a].to_bits(), "{lanes} lanes, {count} accumulators, #{a}");
                let direct: f64 = acc[a * lanes..(a + 1) * lanes].iter().map(|&v| v as f64).sum();
                let scale: f64 = acc[a * lanes..(a + 1) * lanes].iter().map(|&v| v.abs() as f64).sum();
                assert!((folded[a] as f64 - direct).abs() <= 1e-6 * scale.max(1e-30), "{lanes} lanes, {count}: #{a}");
            }
        }
    }
    // Integers sum exactly in any order: a check on which lanes each sum took.
    let acc: Vec<f32> = (0..16 * 16).map(|i| i as f32).collect();
    let want: Vec<f32> = (0..16).map(|a| (0..16).map(|l| (a * 16 + l) as f32).sum()).collect();
    assert_eq!(epilogue(&r, &acc, 16, 16).0, want);
}
