//! flexc against transformers: every committed fixture configuration, compiled and run through the
//! CLI, matches the transformers logits (max |a-b| / max(1, max|b|) <= 1e-4 for f32 checkpoints,
//! <= 1e-2 for bf16) and its greedy tokens.

mod common;

use common::*;
use flexc_format::safetensors::{write, SafetensorsFile, TensorOut};
use flexc_runtime::npy;
use std::collections::BTreeMap;
use std::path::Path;

/// Compiles `model` for `experts`; checks logits and greedy tokens against the fixture with every
/// executor: the kernels (default; generation through the KV cache) and the reference executor.
/// The kernels run on `FLEXC_TEST_DEVICE` (default cpu; `cuda` in scripts/gpu-check.sh; `wgpu` on
/// lavapipe in CI).
fn check_config(model: &Path, c: &FixtureConfig, work: &Path) {
    let art = work.join(format!("{}-{}", c.model, c.name));
    let art_s = art.to_str().unwrap();
    ok(&["compile", model.to_str().unwrap(), "--experts", &c.experts.join(","), "-o", art_s]);
    let device = test_device();
    for executor in ["kernels", "reference"] {
        if executor == "kernels" && wgsl_refuses(model, &device) {
            // WGSL has no bf16: the load is refused, naming the type and a kernel, before any weight
            // is read. The reference executor still runs below (on the cpu, as it always does).
            let out = work.join(format!("{}-{}-refused.npy", c.model, c.name));
            let args =
                ["logits", art_s, "--tokens", &join(&c.prompt), "--out", out.to_str().unwrap(), "--device", &device];
            let err = fails(&args);
            assert!(err.contains("cannot read bf16") && err.contains("kernel "), "{}/{}: {err}", c.model, c.name);
            assert!(!out.exists(), "{}/{}: a refused run wrote {}", c.model, c.name, out.display());
            continue;
        }
        let what = format!("{}/{} ({executor} on {device})", c.model, c.name);
        let out = work.join(format!("{}-{}-{executor}.npy", c.model, c.name));
        let out_s = out.to_str().unwrap();
        ok(&[
            "logits",
            art_s,
            "--tokens",
            &join(&c.prompt),
            "--out",
            out_s,
            "--executor",
            executor,
            "--device",
            &device,
        ]);
        let (shape, got) = npy::read_f32(&out).unwrap();
        let (want_shape, want) = npy::read_f32(&c.logits).unwrap();
        assert_eq!(shape, want_shape, "{what}: logits shape");
        let err = relative_error(&got, &want);
        assert!(err <= c.tolerance, "{what}: relative error {err:e} > {:e}", c.tolerance);

        let max = c.greedy.len().to_string();
        let prompt = join(&c.prompt);
        let generated =
            ok(&["run", art_s, "--tokens", &prompt, "--max-tokens", &max, "--executor", executor, "--device", &device]);
        let generated: Vec<u32> = generated.trim().split(',').map(|t| t.parse().unwrap()).collect();
        // flexc stops at an eos token; transformers' reference loop does not.
        let stop = c.greedy.iter().position(|t| c.eos.contains(t)).map_or(c.greedy.len(), |i| i + 1);
        assert_eq!(generated, c.greedy[..stop], "{what}: greedy tokens");
    }
}

/// Whether `device` is a wgpu adapter and `model` a bf16 checkpoint, which WGSL cannot read.
fn wgsl_refuses(model: &Path, device: &str) -> bool {
    let config = std::fs::read_to_string(model.join("config.json")).unwrap();
    let config: serde_json::Value = serde_json::from_str(&config).unwrap();
    let dtype = config.get("dtype").or_else(|| config.get("torch_dtype")).and_then(|d| d.as_str());
    device.starts_with("wgpu") && dtype == Some("bfloat16")
}

#[test]
fn every_fixture_configuration_matches_transformers() {
    let work = tempfile::tempdir().unwrap();
    let configs = fixture_configs();
    assert!(configs.len() >= 10, "expected every fixture configuration, found {}", configs.len());
    for c in &configs {
        check_config(&c.model_dir, c, work.path());
    }
}

/// transformers 5 keeps experts fused in memory (`experts.gate_up_proj [E, 2I, d]`, gate rows first;
/// `experts.down_proj [E, d, I]`). A checkpoint stored that way must give the same results.
#[test]
fn fused_expert_layout_matches_too() {
    let work = tempfile::tempdir().unwrap();
    let configs: Vec<FixtureConfig> = fixture_configs().into_iter().filter(|c| c.model == "tiny-flexolmo").collect();
    let src = &configs[0].model_dir;
    let fused = work.path().join("fused");
    std::fs::create_dir_all(&fused).unwrap();
    for f in ["config.json", "experts.json", "tokenizer.json"] {
        std::fs::copy(src.join(f), fused.join(f)).unwrap();
    }
    // Gather every tensor of the sharded checkpoint.
    let mut tensors: BTreeMap<String, (flexc_ir::DType, Vec<u64>, Vec<u8>)> = BTreeMap::new();
    for e in std::fs::read_dir(src).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "safetensors") {
            let f = SafetensorsFile::open(&p).unwrap();
            for (name, info) in f.tensors() {
                let bytes = f.bytes(info.start, info.end).unwrap().to_vec();
                tensors.insert(name.clone(), (info.dtype.unwrap(), info.shape.clone(), bytes));
            }
        }
    }
    let cfg: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(src.join("config.json")).unwrap()).unwrap();
    let (layers, experts) = (cfg["num_hidden_layers"].as_u64().unwrap(), cfg["num_experts"].as_u64().unwrap());
    let (d, i) = (cfg["hidden_size"].as_u64().unwrap(), cfg["intermediate_size"].as_u64().unwrap());
    for l in 0..layers {
        let mut gate_up = Vec::new();
        let mut down = Vec::new();
        for e in 0..experts {
            let p = format!("model.layers.{l}.mlp.experts.{e}");
            gate_up.extend(tensors.remove(&format!("{p}.gate_proj.weight")).unwrap().2);
            gate_up.extend(tensors.remove(&format!("{p}.up_proj.weight")).unwrap().2);
            down.extend(tensors.remove(&format!("{p}.down_proj.weight")).unwrap().2);
        }
        let dt = flexc_ir::DType::F32;
        tensors.insert(format!("model.layers.{l}.mlp.experts.gate_up_proj"), (dt, vec![experts, 2 * i, d], gate_up));
        tensors.insert(format!("model.layers.{l}.mlp.experts.down_proj"), (dt, vec![experts, d, i], down));
    }
    let outs: Vec<TensorOut> =
        tensors.iter().map(|(name, (dtype, shape, bytes))| TensorOut { name, dtype: *dtype, shape, bytes }).collect();
    write(&fused.join("model.safetensors"), &outs, &BTreeMap::new()).unwrap();

    for c in &configs {
        check_config(&fused, c, work.path());
    }
}

/// A copy of the checkpoint `src` at `dst` with every tensor stored as `dtype` (f16 or bf16), rounded
/// to nearest from its f32 values.
fn stored_as(src: &Path, dst: &Path, dtype: flexc_ir::DType) {
    copy_dir(src, dst);
    for e in std::fs::read_dir(dst).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_none_or(|x| x != "safetensors") {
            continue;
        }
        let f = SafetensorsFile::open(&p).unwrap();
        let converted: Vec<(String, Vec<u64>, Vec<u8>)> = f
            .tensors()
            .iter()
            .map(|(name, info)| {
                let bytes = f.bytes(info.start, info.end).unwrap();
                let halves: Vec<u8> = bytes
                    .chunks_exact(4)
                    .flat_map(|c| {
                        let v = f32::from_le_bytes([c[0], c[1], c[2], c[3]]);
                        match dtype {
                            flexc_ir::DType::Bf16 => half::bf16::from_f32(v).to_le_bytes(),
                            _ => half::f16::from_f32(v).to_le_bytes(),
                        }
                    })
                    .collect();
                (name.clone(), info.shape.clone(), halves)
            })
            .collect();
        drop(f);
        let outs: Vec<TensorOut> =
            converted.iter().map(|(name, shape, bytes)| TensorOut { name, dtype, shape, bytes }).collect();
        write(&p, &outs, &BTreeMap::new()).unwrap();
    }
}

/// The f32 embedded model stored in f16 must still match transformers within the f16 tolerance: the
/// loader reads F16 tensors, and flexc computes in f32 from them.
#[test]
fn f16_checkpoint_matches_within_half_precision() {
    let work = tempfile::tempdir().unwrap();
    let configs: Vec<FixtureConfig> = fixture_configs().into_iter().filter(|c| c.model == "tiny-flexolmo").collect();
    let half_dir = work.path().join("f16");
    stored_as(&configs[0].model_dir, &half_dir, flexc_ir::DType::F16);
    // The shard index still names the same files and tensors.
    let inspect = ok(&["inspect", half_dir.to_str().unwrap()]);
    assert!(inspect.contains("weights      f16"), "{inspect}");
    for c in &configs {
        let (got, _) = logits_of(&half_dir, &c.experts, &work.path().join(&c.name), &[], &c.prompt);
        let (_, want) = npy::read_f32(&c.logits).unwrap();
        let err = relative_error(&got, &want);
        assert!(err <= 1e-2, "{}: f16 relative error {err:e}", c.name);
        assert!(err > 0.0, "{}: f16 weights should perturb the logits at least slightly", c.name);
    }
}

/// How far logits computed by bf16 dot products (`flexc compile --cpu-bf16-dot`) may be from
/// transformers' f32 forward of the same bf16 weights: max |a-b| / max(1, max|b|). The committed bf16
/// fixture's configurations reach 2.2e-2 (`all`) with their activations rounded to bf16.
const DOT_TOLERANCE: f32 = 3e-2;

/// Compiles `model` for `experts` into `art` with `extra` options; returns its logits for `prompt`
/// and the names of its plan's kernel instances.
fn logits_of(model: &Path, experts: &[String], art: &Path, extra: &[&str], prompt: &[u32]) -> (Vec<f32>, String) {
    let art_s = art.to_str().unwrap();
    let experts = experts.join(",");
    let mut args = vec!["compile", model.to_str().unwrap(), "--experts", &experts, "-o", art_s];
    args.extend_from_slice(extra);
    ok(&args);
    let out = art.with_extension("npy");
    ok(&["logits", art_s, "--tokens", &join(prompt), "--out", out.to_str().unwrap()]);
    let plan = std::fs::read_to_string(art.join("plan.json")).unwrap();
    (npy::read_f32(&out).unwrap().1, plan)
}

/// With `--cpu-bf16-dot` (and the AVX-512 tile, so that the plan has the dot-product kernels whatever
/// machine compiles it) the bf16 fixture's configurations stay within [`DOT_TOLERANCE`] of
/// transformers (their projections and head by dot products), and the f32 model stored in bf16 (its
/// expert FFNs too, 64 wide) stays as near its logits computed in f32 from the same weights. Where the CPU has AVX512-BF16 the dot products
/// must have run: the logits differ from those of the same weights in f32.
#[test]
fn bf16_dot_products_stay_within_their_tolerance() {
    let work = tempfile::tempdir().unwrap();
    let dot = ["--cpu-tile", "16,4,4", "--cpu-bf16-dot"];
    let f32_tile = ["--cpu-tile", "16,4,4"];
    let bf16_dir = work.path().join("bf16");
    let f32_model: Vec<FixtureConfig> = fixture_configs().into_iter().filter(|c| c.model == "tiny-flexolmo").collect();
    stored_as(&f32_model[0].model_dir, &bf16_dir, flexc_ir::DType::Bf16);
    let bf16_fixture: Vec<FixtureConfig> =
        fixture_configs().into_iter().filter(|c| c.model == "tiny-gqa-bf16").collect();
    assert!(!bf16_fixture.is_empty() && !f32_model.is_empty());
    let mut cases: Vec<(&Path, &FixtureConfig)> = bf16_fixture.iter().map(|c| (c.model_dir.as_path(), c)).collect();
    cases.extend(f32_model.iter().map(|c| (bf16_dir.as_path(), c)));
    for (model, c) in cases {
        let what = format!("{} ({}) / {}", c.model, model.display(), c.name);
        let tag = format!("{}-{}", model.file_name().unwrap().to_string_lossy(), c.name);
        let (got, plan) = logits_of(model, &c.experts, &work.path().join(format!("{tag}-dot")), &dot, &c.prompt);
        let (f32s, _) = logits_of(model, &c.experts, &work.path().join(format!("{tag}-f32")), &f32_tile, &c.prompt);
        // The bf16 fixture's experts are 48 wide, not whole panels of 32: its experts are row-major.
        let mut kernels = vec!["matmul_panels"];
        if model == bf16_dir {
            kernels.extend(["moe_hidden_panels", "moe_down_panels"]);
        }
        for kernel in kernels {
            let by_dots = plan.lines().any(|l| l.contains(&format!("\"{kernel}_")) && l.contains("_dot1\""));
            assert!(by_dots, "{what}: no {kernel} by dot products in the plan");
        }
        let inspect = ok(&["inspect", work.path().join(format!("{tag}-dot")).to_str().unwrap()]);
        assert!(inspect.contains("by bf16 dot products"), "{what}: inspect does not say so:\n{inspect}");
        // The fixture's own logits for the bf16 checkpoint; for the f32 model stored in bf16, its
        // logits computed in f32 from the same bf16 weights.
        let want = if model == bf16_dir { f32s.clone() } else { npy::read_f32(&c.logits).unwrap().1 };
        let err = relative_error(&got, &want);
        assert!(err <= DOT_TOLERANCE, "{what}: relative error {err:e} > {DOT_TOLERANCE:e}");
        if flexc_runtime::bf16_dot_available() {
            assert_ne!(got, f32s, "{what}: the dot products did not run");
        } else {
            eprintln!("{what}: this CPU has no AVX512-BF16; the dot-product kernels ran in f32");
        }
    }
}
