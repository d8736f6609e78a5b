//! Every kernel against a plain-Rust transcription of the same math.
//!
//! Each check takes a `Client`, so the same checks run on any cubecl runtime; the `#[test]`s here
//! instantiate them on the cpu runtime.

use cubecl::client::Client;
use cubecl::prelude::*;
use cubecl::server::Handle;
use cubecl::Device;
use flexc_kernels as k;
use half::bf16;

fn cpu() -> Client {
    Device::cpu().expect("the cpu runtime").client()
}

/// Deterministic values in [-1, 1).
fn values(n: usize, seed: u32) -> Vec<f32> {
    let mut s = seed.wrapping_mul(2654435761).wrapping_add(1);
    (0..n)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 17;
            s ^= s << 5;
            (s as f32 / u32::MAX as f32) * 2.0 - 1.0
        })
        .collect()
}

fn upload(client: &Client, x: &[f32]) -> Handle {
    client.create_from_slice(f32::as_bytes(x))
}

fn buf(h: &Handle, len: usize) -> BufferArg {
    unsafe { BufferArg::from_raw_parts(h.clone(), len) }
}

fn read(client: &Client, h: Handle) -> Vec<f32> {
    f32::from_bytes(&client.read_one(h).expect("kernel ran")).to_vec()
}

fn grid(n: usize) -> (CubeCount, CubeDim) {
    (CubeCount::Static(n.div_ceil(4).max(1) as u32, 1, 1), CubeDim::new_1d(4))
}

fn assert_close(got: &[f32], want: &[f32], tol: f32, what: &str) {
    assert_eq!(got.len(), want.len(), "{what}: length");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        assert!((g - w).abs() <= tol * (1.0 + w.abs()), "{what}[{i}]: {g} vs {w}");
    }
}

fn check_matmul(client: &Client) {
    let (rows, n_in, n_out) = (3, 20, 7);
    let x = values(rows * n_in, 1);
    let w = values(n_out * n_in, 2);
    let mut want = vec![0.0f32; rows * n_out];
    for t in 0..rows {
        for o in 0..n_out {
            want[t * n_out + o] = (0..n_in).map(|i| x[t * n_in + i] * w[o * n_in + i]).sum();
        }
    }
    let (hx, hw, ho) = (upload(client, &x), upload(client, &w), client.empty(rows * n_out * 4));
    let (c, d) = grid(rows * n_out);
    k::matmul_t::launch::<f32>(
        client,
        c,
        d,
        buf(&hx, x.len()),
        buf(&hw, w.len()),
        buf(&ho, rows * n_out),
        rows as u32,
        n_in,
        n_out,
    );
    assert_close(&read(client, ho), &want, 1e-5, "matmul f32");

    // bf16 weights are widened exactly: the same result as f32 weights holding the bf16 values.
    let wb: Vec<bf16> = w.iter().map(|&v| bf16::from_f32(v)).collect();
    let mut want = vec![0.0f32; rows * n_out];
    for t in 0..rows {
        for o in 0..n_out {
            want[t * n_out + o] = (0..n_in).map(|i| x[t * n_in + i] * wb[o * n_in + i].to_f32()).sum();
        }
    }
    let hwb = client.create_from_slice(bf16::as_bytes(&wb));
    let ho = client.empty(rows * n_out * 4);
    let (c, d) = grid(rows * n_out);
    k::matmul_t::launch::<bf16>(
        client,
        c,
        d,
        buf(&hx, x.len()),
        buf(&hwb, wb.len()),
        buf(&ho, rows * n_out),
        rows as u32,
        n_in,
        n_out,
    );
    assert_close(&read(client, ho), &want, 1e-5, "matmul bf16");
}

fn check_rms_norm(client: &Client) {
    let (rows, n) = (4, 24);
    let x = values(rows * n, 3);
    let w: Vec<f32> = values(n, 4).iter().map(|v| 1.0 + 0.5 * v).collect();
    let eps = 1e-6f32;
    let mut want = vec![0.0; rows * n];
    for t in 0..rows {
        let row = &x[t * n..(t + 1) * n];
        let inv = 1.0 / (row.iter().map(|v| v * v).sum::<f32>() / n as f32 + eps).sqrt();
        for i in 0..n {
            want[t * n + i] = w[i] * (row[i] * inv);
        }
    }
    let (hx, hw, ho) = (upload(client, &x), upload(client, &w), client.empty(rows * n * 4));
    let (c, d) = grid(rows);
    k::rms_norm::launch::<f32>(
        client,
        c,
        d,
        buf(&hx, x.len()),
        buf(&hw, n),
        buf(&ho, x.len()),
        rows as u32,
        1.0 / n as f32,
        eps,
        n,
    );
    assert_close(&read(client, ho), &want, 1e-5, "rms_norm");
}

fn check_rope(client: &Client) {
    let (rows, heads, hd, pos0) = (3usize, 2usize, 8usize, 5u32);
    let width = heads * hd;
    let x = values(rows * width, 5);
    let inv_freq: Vec<f32> = (0..hd / 2).map(|i| 1.0 / 10000f32.powf((2 * i) as f32 / hd as f32)).collect();
    let mut want = x.clone();
    for t in 0..rows {
        for h in 0..heads {
            for j in 0..hd / 2 {
                let angle = (pos0 as usize + t) as f32 * inv_freq[j];
                let base = t * width + h * hd;
                let (a, b) = (x[base + j], x[base + j + hd / 2]);
                want[base + j] = a * angle.cos() - b * angle.sin();
                want[base + j + hd / 2] = b * angle.cos() + a * angle.sin();
            }
        }
    }
    let (hx, hf, ho) = (upload(client, &x), upload(client, &inv_freq), client.empty(x.len() * 4));
    let (c, d) = grid(x.len() / 2);
    k::rope::launch(
        client,
        c,
        d,
        buf(&hx, x.len()),
        buf(&hf, inv_freq.len()),
        buf(&ho, x.len()),
        rows as u32,
        pos0,
        width,
        hd,
    );
    assert_close(&read(client, ho), &want, 1e-5, "rope");
}

/// Plain causal GQA attention of rows at positions `pos0..`, over `keys` cached rows.
fn attention_ref(
    q: &[f32],
    kc: &[f32],
    vc: &[f32],
    rows: usize,
    pos0: usize,
    heads: usize,
    kv: usize,
    hd: usize,
) -> Vec<f32> {
    let mut out = vec![0.0; rows * heads * hd];
    for t in 0..rows {
        for h in 0..heads {
            let g = h / (heads / kv);
            let qv = &q[t * heads * hd + h * hd..][..hd];
            let scores: Vec<f32> = (0..=pos0 + t)
                .map(|j| (0..hd).map(|i| qv[i] * kc[j * kv * hd + g * hd + i]).sum::<f32>() / (hd as f32).sqrt())
                .collect();
            let m = scores.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
            let p: Vec<f32> = scores.iter().map(|s| (s - m).exp()).collect();
            let z: f32 = p.iter().sum();
            for i in 0..hd {
                out[t * heads * hd + h * hd + i] =
                    (0..p.len()).map(|j| p[j] * vc[j * kv * hd + g * hd + i]).sum::<f32>() / z;
            }
        }
    }
    out
}

fn check_attention(client: &Client) {
    let (heads, kv, hd, max) = (4usize, 2usize, 8usize, 16usize);
    let kvw = kv * hd;
    let kc_host = values(max * kvw, 6);
    let vc_host = values(max * kvw, 7);
    // Prefill of 5 rows at position 0, then a decode row at position 5: the cache holds keys and
    // values written by kv_write.
    let kc = client.empty(max * kvw * 4);
    let vc = client.empty(max * kvw * 4);
    for (rows, pos0, seed) in [(5usize, 0usize, 8u32), (1, 5, 9)] {
        let new_k = upload(client, &kc_host[pos0 * kvw..(pos0 + rows) * kvw]);
        let new_v = upload(client, &vc_host[pos0 * kvw..(pos0 + rows) * kvw]);
        let (c, d) = grid(rows * kvw);
        for (new, cache) in [(&new_k, &kc), (&new_v, &vc)] {
            k::kv_write::launch(
                client,
                c.clone(),
                d,
                buf(new, rows * kvw),
                buf(cache, max * kvw),
                rows as u32,
                pos0 as u32,
                kvw,
            );
        }
        let q = values(rows * heads * hd, seed);
        let (hq, ho) = (upload(client, &q), client.empty(q.len() * 4));
        let (c, d) = grid(rows * heads);
        k::attention::launch(
            client,
            c,
            d,
            buf(&hq, q.len()),
            buf(&kc, max * kvw),
            buf(&vc, max * kvw),
            buf(&ho, q.len()),
            rows as u32,
            pos0 as u32,
            1.0 / (hd as f32).sqrt(),
            heads,
            kv,
            hd,
        );
        let want = attention_ref(&q, &kc_host, &vc_host, rows, pos0, heads, kv, hd);
        assert_close(&read(client, ho), &want, 1e-5, &format!("attention rows={rows} pos0={pos0}"));
    }
}

fn check_moe(client: &Client) {
    let (rows, d, e, inter, top_k) = (3usize, 8usize, 4usize, 6usize, 2usize);
    let h = values(rows * d, 10);
    let router: Vec<f32> = values(e * d, 11).iter().map(|v| 3.0 * v).collect();
    let gate_up = values(e * 2 * inter * d, 12);
    let down = values(e * d * inter, 13);
    // Plain Rust: softmax over all, top-k in place, SwiGLU of the chosen experts, weighted sum.
    // Experts not chosen get the gate -1.
    let mut want_gates = vec![-1.0f32; rows * e];
    let mut want_y = vec![0.0f32; rows * d];
    for t in 0..rows {
        let logits: Vec<f32> = (0..e).map(|x| (0..d).map(|i| h[t * d + i] * router[x * d + i]).sum()).collect();
        let m = logits.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
        let z: f32 = logits.iter().map(|l| (l - m).exp()).sum();
        let p: Vec<f32> = logits.iter().map(|l| (l - m).exp() / z).collect();
        let mut order: Vec<usize> = (0..e).collect();
        order.sort_by(|&a, &b| p[b].total_cmp(&p[a]).then(a.cmp(&b)));
        for &x in &order[..top_k] {
            want_gates[t * e + x] = p[x];
            let hidden: Vec<f32> = (0..inter)
                .map(|i| {
                    let g: f32 = (0..d).map(|c| h[t * d + c] * gate_up[(x * 2 * inter + i) * d + c]).sum();
                    let u: f32 = (0..d).map(|c| h[t * d + c] * gate_up[(x * 2 * inter + inter + i) * d + c]).sum();
                    g / (1.0 + (-g).exp()) * u
                })
                .collect();
            for o in 0..d {
                let dot: f32 = (0..inter).map(|i| hidden[i] * down[(x * d + o) * inter + i]).sum();
                want_y[t * d + o] += p[x] * dot;
            }
        }
    }
    let (hh, hr, hgu, hd_) =
        (upload(client, &h), upload(client, &router), upload(client, &gate_up), upload(client, &down));
    let no_mask = upload(client, &vec![0.0f32; e]);
    let gates = client.empty(rows * e * 4);
    let (c, dd) = grid(rows);
    k::moe_gates::launch::<f32>(
        client,
        c,
        dd,
        buf(&hh, h.len()),
        buf(&hr, router.len()),
        buf(&no_mask, e),
        buf(&gates, rows * e),
        rows as u32,
        d,
        e,
        top_k,
        false,
    );
    let hidden = client.empty(rows * e * inter * 4);
    let (c, dd) = grid(rows * e * inter);
    k::moe_hidden::launch::<f32>(
        client,
        c,
        dd,
        buf(&hh, h.len()),
        buf(&gates, rows * e),
        buf(&hgu, gate_up.len()),
        buf(&hidden, rows * e * inter),
        rows as u32,
        d,
        e,
        inter,
    );
    let y = client.empty(rows * d * 4);
    let (c, dd) = grid(rows * d);
    k::moe_down::launch::<f32>(
        client,
        c,
        dd,
        buf(&hidden, rows * e * inter),
        buf(&gates, rows * e),
        buf(&hd_, down.len()),
        buf(&y, rows * d),
        rows as u32,
        d,
        e,
        inter,
    );
    assert_close(&read(client, gates), &want_gates, 1e-5, "moe gates");
    assert_close(&read(client, y), &want_y, 1e-4, "moe output");
}

fn check_elementwise(client: &Client) {
    let (rows, width) = (3usize, 10usize);
    let a = values(rows * width, 14);
    let b = values(rows * width, 15);
    let (ha, hb, ho) = (upload(client, &a), upload(client, &b), client.empty(a.len() * 4));
    let (c, d) = grid(a.len());
    k::add::launch(client, c, d, buf(&ha, a.len()), buf(&hb, b.len()), buf(&ho, a.len()));
    let want: Vec<f32> = a.iter().zip(&b).map(|(x, y)| x + y).collect();
    assert_close(&read(client, ho), &want, 0.0, "add");

    let (start, len) = (4usize, 5usize);
    let ho = client.empty(rows * len * 4);
    let (c, d) = grid(rows * len);
    k::slice_columns::launch(client, c, d, buf(&ha, a.len()), buf(&ho, rows * len), width, start, len);
    let want: Vec<f32> = (0..rows).flat_map(|t| a[t * width + start..t * width + start + len].to_vec()).collect();
    assert_close(&read(client, ho), &want, 0.0, "slice");

    let table: Vec<bf16> = values(7 * width, 16).iter().map(|&v| bf16::from_f32(v)).collect();
    let ids = [6u32, 0, 3];
    let (ht, hi, ho) = (
        client.create_from_slice(bf16::as_bytes(&table)),
        client.create_from_slice(u32::as_bytes(&ids)),
        client.empty(3 * width * 4),
    );
    let (c, d) = grid(3 * width);
    k::embed::launch::<bf16>(client, c, d, buf(&ht, table.len()), buf(&hi, 3), buf(&ho, 3 * width), width);
    let want: Vec<f32> =
        ids.iter().flat_map(|&id| table[id as usize * width..][..width].iter().map(|v| v.to_f32())).collect();
    assert_close(&read(client, ho), &want, 0.0, "embed");
}

#[test]
fn matmul_cpu() {
    check_matmul(&cpu());
}

#[test]
fn rms_norm_cpu() {
    check_rms_norm(&cpu());
}

#[test]
fn rope_cpu() {
    check_rope(&cpu());
}

#[test]
fn attention_prefill_and_decode_cpu() {
    check_attention(&cpu());
}

#[test]
fn moe_cpu() {
    check_moe(&cpu());
}

#[test]
fn elementwise_cpu() {
    check_elementwise(&cpu());
}
