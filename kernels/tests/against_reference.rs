//! Every kernel against the reference executor: the same op, on the same inputs and weights, through
//! `flexc_reference::ReferenceExecutor::eval_op` (the burn oracle the whole-model tests trust).
//!
//! The tests run on `FLEXC_TEST_DEVICE` (cpu by default; `cuda` in a build with `--features cuda`),
//! with the launch shape the engine uses on that device, so the same checks cover every runtime.
//! Tolerance: 1e-5 relative (f32 accumulation in both; only the summation order differs).

use cubecl::client::Client;
use cubecl::prelude::*;
use cubecl::server::Handle;
use cubecl::Device;
use flexc_ir::{Ffn, Op};
use flexc_kernels as k;
use flexc_reference::ReferenceExecutor;
use half::bf16;

fn client() -> Client {
    match std::env::var("FLEXC_TEST_DEVICE").as_deref() {
        Ok("cpu") | Err(_) => Device::cpu().expect("the cpu runtime").client(),
        #[cfg(feature = "cuda")]
        Ok("cuda") => Device::cuda(0).expect("a CUDA device").client(),
        Ok(other) => panic!("FLEXC_TEST_DEVICE={other}: this build runs cpu (and cuda with --features cuda)"),
    }
}

/// Deterministic values in [-1, 1).
fn values(n: usize, seed: u32) -> Vec<f32> {
    let mut s = seed.wrapping_mul(2654435761).wrapping_add(7);
    (0..n)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 17;
            s ^= s << 5;
            (s as f32 / u32::MAX as f32) * 2.0 - 1.0
        })
        .collect()
}

struct Run {
    client: Client,
}

impl Run {
    fn new() -> Run {
        Run { client: client() }
    }
    fn up(&self, x: &[f32]) -> Handle {
        self.client.create_from_slice(f32::as_bytes(x))
    }
    fn empty(&self, n: usize) -> Handle {
        self.client.empty(n.max(1) * 4)
    }
    fn read(&self, h: Handle, n: usize) -> Vec<f32> {
        f32::from_bytes(&self.client.read_one(h).expect("kernel ran"))[..n].to_vec()
    }
    /// The engine's launch shape: one unit per work item, up to 256 units per cube.
    fn grid(&self, n: usize) -> (CubeCount, CubeDim) {
        let units = self.client.properties().hardware.max_units_per_cube.clamp(1, 256);
        (CubeCount::Static(n.div_ceil(units as usize).max(1) as u32, 1, 1), CubeDim::new_1d(units))
    }
}

fn buf(h: &Handle, len: usize) -> BufferArg {
    // SAFETY: every handle here holds at least `len` elements.
    unsafe { BufferArg::from_raw_parts(h.clone(), len) }
}

fn assert_close(got: &[f32], want: &[f32], what: &str) {
    assert_eq!(got.len(), want.len(), "{what}: length");
    let scale = want.iter().fold(1.0f32, |m, x| m.max(x.abs()));
    let err = got.iter().zip(want).fold(0.0f32, |m, (g, w)| m.max((g - w).abs())) / scale;
    assert!(err <= 1e-5, "{what}: relative error {err:e}");
}

fn w(name: &str, data: Vec<f32>, rows: usize, cols: usize) -> (String, Vec<f32>, [usize; 2]) {
    (name.to_string(), data, [rows, cols])
}

#[test]
fn embed_matches_the_reference() {
    let r = Run::new();
    let (vocab, d) = (11, 16);
    let table = values(vocab * d, 1);
    let ids = [3u32, 0, 10, 3];
    let oracle = ReferenceExecutor::with_weights([w("emb", table.clone(), vocab, d)]);
    let want = oracle.eval_embed("emb", &ids).unwrap();
    let (ht, hi, ho) = (r.up(&table), r.client.create_from_slice(u32::as_bytes(&ids)), r.empty(ids.len() * d));
    let (c, dim) = r.grid(ids.len() * d);
    k::embed::launch::<f32>(&r.client, c, dim, buf(&ht, table.len()), buf(&hi, ids.len()), buf(&ho, ids.len() * d), d);
    assert_close(&r.read(ho, ids.len() * d), &want, "embed");
}

#[test]
fn matmul_matches_the_reference_for_f32_and_bf16_weights() {
    let r = Run::new();
    let (rows, n_in, n_out) = (5, 64, 24);
    let x = values(rows * n_in, 2);
    let weight = values(n_out * n_in, 3);
    let weight_bf16: Vec<bf16> = weight.iter().map(|&v| bf16::from_f32(v)).collect();
    let oracle = ReferenceExecutor::with_weights([
        w("w", weight.clone(), n_out, n_in),
        w("w16", weight_bf16.iter().map(|v| v.to_f32()).collect(), n_out, n_in),
    ]);
    let hx = r.up(&x);
    let (c, d) = r.grid(rows * n_out);
    for (name, handle) in [("w", r.up(&weight)), ("w16", r.client.create_from_slice(bf16::as_bytes(&weight_bf16)))] {
        let want = oracle.eval_op(&Op::MatMul { weight: name.into() }, &[(&x, n_in)], rows).unwrap();
        let out = r.empty(rows * n_out);
        let args = (buf(&hx, x.len()), buf(&handle, n_in * n_out), buf(&out, rows * n_out));
        if name == "w" {
            k::matmul_t::launch::<f32>(&r.client, c.clone(), d, args.0, args.1, args.2, rows as u32, n_in, n_out);
        } else {
            k::matmul_t::launch::<bf16>(&r.client, c.clone(), d, args.0, args.1, args.2, rows as u32, n_in, n_out);
        }
        assert_close(&r.read(out, rows * n_out), &want, name);
    }
}

#[test]
fn rms_norm_matches_the_reference_including_full_width_qk_norm() {
    let r = Run::new();
    // 24: a per-layer norm; 128: the full-width q/k norm of 8 heads x 16.
    for n in [24usize, 128] {
        let rows = 3;
        let x = values(rows * n, 4);
        let weight: Vec<f32> = values(n, 5).iter().map(|v| 1.0 + 0.5 * v).collect();
        let eps = 1e-6;
        let oracle = ReferenceExecutor::with_weights([w("norm", weight.clone(), 1, n)]);
        let want = oracle.eval_op(&Op::RmsNorm { weight: "norm".into(), eps }, &[(&x, n)], rows).unwrap();
        let (hx, hw, ho) = (r.up(&x), r.up(&weight), r.empty(rows * n));
        let (c, d) = r.grid(rows);
        k::rms_norm::launch::<f32>(
            &r.client,
            c,
            d,
            buf(&hx, x.len()),
            buf(&hw, n),
            buf(&ho, x.len()),
            rows as u32,
            1.0 / n as f32,
            eps as f32,
            n,
        );
        assert_close(&r.read(ho, rows * n), &want, &format!("rms_norm n={n}"));
    }
}

#[test]
fn rope_matches_the_reference() {
    let r = Run::new();
    let (rows, heads, hd, theta) = (6usize, 3usize, 16usize, 10000.0f64);
    let width = heads * hd;
    let x = values(rows * width, 6);
    let want = ReferenceExecutor::with_weights([])
        .eval_op(&Op::Rope { head_dim: hd as u64, theta }, &[(&x, width)], rows)
        .unwrap();
    // The engine's inverse frequencies.
    let inv_freq: Vec<f32> = (0..hd / 2).map(|i| 1.0 / (theta as f32).powf((2 * i) as f32 / hd as f32)).collect();
    let (hx, hf, ho) = (r.up(&x), r.up(&inv_freq), r.empty(rows * width));
    let (c, d) = r.grid(rows * width / 2);
    k::rope::launch(
        &r.client,
        c,
        d,
        buf(&hx, x.len()),
        buf(&hf, inv_freq.len()),
        buf(&ho, x.len()),
        rows as u32,
        0,
        width,
        hd,
    );
    assert_close(&r.read(ho, rows * width), &want, "rope");
}

#[test]
fn attention_matches_the_reference_with_grouped_kv_heads() {
    let r = Run::new();
    let (rows, heads, kv_heads, hd) = (7usize, 4usize, 2usize, 8usize);
    let (qw, kvw) = (heads * hd, kv_heads * hd);
    let (q, kx, vx) = (values(rows * qw, 7), values(rows * kvw, 8), values(rows * kvw, 9));
    let op = Op::Attention { heads: heads as u64, kv_heads: kv_heads as u64, head_dim: hd as u64, layer: 0 };
    let want = ReferenceExecutor::with_weights([]).eval_op(&op, &[(&q, qw), (&kx, kvw), (&vx, kvw)], rows).unwrap();
    let max = 16;
    let (kc, vc) = (r.empty(max * kvw), r.empty(max * kvw));
    let (wc, wd) = r.grid(rows * kvw);
    for (new, cache) in [(r.up(&kx), &kc), (r.up(&vx), &vc)] {
        k::kv_write::launch(
            &r.client,
            wc.clone(),
            wd,
            buf(&new, rows * kvw),
            buf(cache, max * kvw),
            rows as u32,
            0,
            kvw,
        );
    }
    let (hq, ho) = (r.up(&q), r.empty(rows * qw));
    let (c, d) = r.grid(rows * heads);
    k::attention::launch(
        &r.client,
        c,
        d,
        buf(&hq, q.len()),
        buf(&kc, max * kvw),
        buf(&vc, max * kvw),
        buf(&ho, rows * qw),
        rows as u32,
        0,
        1.0 / (hd as f32).sqrt(),
        heads,
        kv_heads,
        hd,
    );
    assert_close(&r.read(ho, rows * qw), &want, "attention");
}

#[test]
fn add_and_slice_match_the_reference() {
    let r = Run::new();
    let (rows, n) = (3usize, 30usize);
    let (a, b) = (values(rows * n, 10), values(rows * n, 11));
    let oracle = ReferenceExecutor::with_weights([]);
    let want = oracle.eval_op(&Op::Add, &[(&a, n), (&b, n)], rows).unwrap();
    let (ha, hb, ho) = (r.up(&a), r.up(&b), r.empty(rows * n));
    let (c, d) = r.grid(rows * n);
    k::add::launch(&r.client, c, d, buf(&ha, a.len()), buf(&hb, b.len()), buf(&ho, rows * n));
    assert_close(&r.read(ho, rows * n), &want, "add");

    let (start, len) = (12usize, 10usize);
    let want = oracle.eval_op(&Op::Slice { start: start as u64, len: len as u64 }, &[(&a, n)], rows).unwrap();
    let ho = r.empty(rows * len);
    let (c, d) = r.grid(rows * len);
    k::slice_columns::launch(&r.client, c, d, buf(&ha, a.len()), buf(&ho, rows * len), n, start, len);
    assert_close(&r.read(ho, rows * len), &want, "slice");
}

/// The fused MoE kernels (gates, chosen experts' SwiGLU, weighted combine) against the reference
/// `moe` op, for top-k with and without renormalisation, the collapsed mixture (k = E'), and the
/// dense FFN of a single kept expert (`dense_ffn`, gate 1).
#[test]
fn moe_matches_the_reference_for_top_k_mixture_and_dense() {
    let r = Run::new();
    let (rows, d, inter) = (4usize, 16usize, 12usize);
    let h = values(rows * d, 12);
    for (experts, top_k, renorm) in [(4usize, 2usize, false), (4, 2, true), (3, 3, false), (1, 1, false)] {
        let what = format!("E'={experts} k'={top_k} renorm={renorm}");
        let router: Vec<f32> = values(experts * d, 13).iter().map(|v| 2.0 * v).collect();
        let mut weights = vec![w("router", router.clone(), experts, d)];
        let (mut gate_up, mut down, mut ffn) = (Vec::new(), Vec::new(), Vec::new());
        for e in 0..experts {
            let (g, u, dn) =
                (values(inter * d, 20 + e as u32), values(inter * d, 40 + e as u32), values(d * inter, 60 + e as u32));
            gate_up.extend_from_slice(&g);
            gate_up.extend_from_slice(&u);
            down.extend_from_slice(&dn);
            let names = [format!("gate{e}"), format!("up{e}"), format!("down{e}")];
            weights.push(w(&names[0], g, inter, d));
            weights.push(w(&names[1], u, inter, d));
            weights.push(w(&names[2], dn, d, inter));
            let [gate, up, down] = names;
            ffn.push(Ffn::Split { gate, up, down });
        }
        let op = if experts == 1 {
            Op::DenseFfn { expert: 0, ffn: ffn[0].clone() }
        } else {
            Op::Moe {
                router: "router".into(),
                experts: (0..experts as u64).collect(),
                top_k: top_k as u64,
                renorm,
                ffn,
            }
        };
        let want = ReferenceExecutor::with_weights(weights).eval_op(&op, &[(&h, d)], rows).unwrap();

        let hh = r.up(&h);
        let gates = if experts == 1 {
            r.up(&vec![1.0f32; rows])
        } else {
            let (hr, mask, gates) = (r.up(&router), r.up(&vec![0.0f32; experts]), r.empty(rows * experts));
            let (c, dim) = r.grid(rows);
            k::moe_gates::launch::<f32>(
                &r.client,
                c,
                dim,
                buf(&hh, h.len()),
                buf(&hr, router.len()),
                buf(&mask, experts),
                buf(&gates, rows * experts),
                rows as u32,
                d,
                experts,
                top_k,
                renorm,
            );
            gates
        };
        let (hgu, hdn) = (r.up(&gate_up), r.up(&down));
        let hidden = r.empty(rows * experts * inter);
        let (c, dim) = r.grid(rows * experts * inter);
        k::moe_hidden::launch::<f32>(
            &r.client,
            c,
            dim,
            buf(&hh, h.len()),
            buf(&gates, rows * experts),
            buf(&hgu, gate_up.len()),
            buf(&hidden, rows * experts * inter),
            rows as u32,
            d,
            experts,
            inter,
        );
        let y = r.empty(rows * d);
        let (c, dim) = r.grid(rows * d);
        k::moe_down::launch::<f32>(
            &r.client,
            c,
            dim,
            buf(&hidden, rows * experts * inter),
            buf(&gates, rows * experts),
            buf(&hdn, down.len()),
            buf(&y, rows * d),
            rows as u32,
            d,
            experts,
            inter,
        );
        assert_close(&r.read(y, rows * d), &want, &what);
    }
}
