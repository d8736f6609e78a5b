//! The CUDA and HIP kernels `flexc compile` emits: snapshots, visible specialization, the plan, and
//! real offline compilers.
//!
//! Snapshots live in `tests/snapshots/tiny-flexolmo/{cuda,hip}/`: the union of the kernels of three
//! configurations of the embedded model (all 7 experts, public,math,code, public alone). A kernel
//! change shows up there as a reviewable diff; `FLEXC_BLESS=1 cargo test --test gpu_kernels`
//! rewrites them on purpose.

mod common;

use common::*;
use flexc_artifact::{Artifact, Manifest, MANIFEST};
use flexc_format::sha256_hex;
use flexc_lower::{Plan, Target, PLAN_FILE, PLAN_FORMAT_VERSION};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const CONFIGS: [(&str, &str); 3] = [("all", "0,1,2,3,4,5,6"), ("three", "public,math,code"), ("dense", "public")];

fn compile(dir: &Path, name: &str, experts: &str, extra: &[&str]) -> PathBuf {
    let out = dir.join(name);
    let model = root().join("models/tiny-flexolmo");
    let mut args = vec!["compile", model.to_str().unwrap(), "--experts", experts, "-o", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    ok(&args);
    out
}

fn manifest(art: &Path) -> Manifest {
    serde_json::from_slice(&std::fs::read(art.join(MANIFEST)).unwrap()).unwrap()
}

fn source(art: &Path, kernel: &str, target: &str) -> String {
    let m = manifest(art);
    let k = m.kernels.iter().find(|k| k.name == kernel && k.target == target).unwrap_or_else(|| {
        panic!(
            "{}: no {target} kernel {kernel}; have {:?}",
            art.display(),
            m.kernels.iter().map(|k| &k.name).collect::<Vec<_>>()
        )
    });
    std::fs::read_to_string(art.join(&k.path)).unwrap()
}

#[test]
fn emitted_kernels_match_the_snapshots() {
    let work = tempfile::tempdir().unwrap();
    let snapshots = root().join("tests/snapshots/tiny-flexolmo");
    let bless = bless();
    let mut produced = BTreeSet::new();
    let mut mismatched = Vec::new();
    for (name, experts) in CONFIGS {
        let art = compile(work.path(), name, experts, &[]);
        let m = manifest(&art);
        assert!(!m.kernels.is_empty(), "{name}: no kernels emitted");
        for k in &m.kernels {
            let got = std::fs::read_to_string(art.join(&k.path)).unwrap();
            let ext = Path::new(&k.path).extension().unwrap().to_string_lossy().into_owned();
            let rel = format!("{}/{}.{ext}", k.target, k.name);
            let snap = snapshots.join(&rel);
            if !produced.insert(rel.clone()) {
                continue;
            }
            if bless {
                std::fs::create_dir_all(snap.parent().unwrap()).unwrap();
                std::fs::write(&snap, &got).unwrap();
            } else if std::fs::read_to_string(&snap).ok().as_deref() != Some(got.as_str()) {
                mismatched.push(rel);
            }
        }
    }
    // A snapshot no configuration produces any more is stale.
    let mut stale = Vec::new();
    for target in ["cuda", "hip"] {
        for e in std::fs::read_dir(snapshots.join(target)).into_iter().flatten() {
            let rel = format!("{target}/{}", e.unwrap().file_name().to_string_lossy());
            if !produced.contains(&rel) {
                if bless {
                    std::fs::remove_file(snapshots.join(&rel)).unwrap();
                } else {
                    stale.push(rel);
                }
            }
        }
    }
    assert!(
        mismatched.is_empty() && stale.is_empty(),
        "emitted kernels differ from tests/snapshots/tiny-flexolmo (rerun with FLEXC_BLESS=1 if intended):\n\
         changed or new: {mismatched:?}\nstale: {stale:?}"
    );
    assert!(produced.len() >= 20, "expected the kernels of three configurations, got {}", produced.len());
}

#[test]
fn specialization_is_visible_in_the_source() {
    let work = tempfile::tempdir().unwrap();
    let all = compile(work.path(), "all", CONFIGS[0].1, &[]);
    let three = compile(work.path(), "three", CONFIGS[1].1, &[]);
    let dense = compile(work.path(), "dense", CONFIGS[2].1, &[]);
    for target in ["cuda", "hip"] {
        // The full model routes 7 experts to 5; public,math,code keeps 3, all chosen (no top-k).
        let full = source(&all, "residual_norm_router_cube_f32_f32_d64_experts7_top_k5_renorm0_cube256", target);
        let kept = source(&three, "residual_norm_router_cube_f32_f32_d64_experts3_top_k3_renorm0_cube256", target);
        assert_ne!(full, kept);
        assert!(full.contains("array<float, 7>") && !full.contains("array<float, 3>"), "{target}: E'=7 constant");
        assert!(kept.contains("array<float, 3>") && !kept.contains("array<float, 7>"), "{target}: E'=3 constant");
        let hidden = source(
            &three,
            "moe_hidden_planes_f32_lanes4_d64_experts3_intermediate64_block_i8_block_rows8_cube256",
            target,
        );
        assert!(hidden.contains("24"), "{target}: E' * I / 8 = 24 cubes per token is a constant bound");
    }
    // One expert kept: the router is gone, so no gates kernel; the FFN kernels have E' = 1.
    let m = manifest(&dense);
    assert!(m.kernels.iter().all(|k| !k.name.starts_with("residual_norm_router")), "{:?}", m.kernels);
    assert!(m.kernels.iter().any(|k| k.name.starts_with("moe_hidden_planes_f32_lanes4_d64_experts1_intermediate64_")));
    let plan: Plan = serde_json::from_slice(&std::fs::read(dense.join(PLAN_FILE)).unwrap()).unwrap();
    for program in &plan.programs {
        assert!(program.launches.iter().all(|l| !l.instance.starts_with("residual_norm_router")));
    }
}

#[test]
fn the_plan_records_launches_and_is_checked_against_the_graph() {
    let work = tempfile::tempdir().unwrap();
    let art = compile(work.path(), "three", CONFIGS[1].1, &[]);
    let plan: Plan = serde_json::from_slice(&std::fs::read(art.join(PLAN_FILE)).unwrap()).unwrap();
    let targets: Vec<Target> = plan.programs.iter().map(|p| p.target).collect();
    assert_eq!(targets, [Target::Cpu, Target::Cuda, Target::Hip, Target::Wgpu]);
    for program in &plan.programs {
        for k in &program.kernels {
            assert_eq!(k.params, k.kernel.params(), "{}: the parameters are the kernel's", k.name);
            match program.target {
                Target::Cpu | Target::Wgpu => {
                    assert!(k.source.is_none(), "{}: the cpu and wgpu runtimes compile at load", k.name)
                }
                _ => {
                    let s = k.source.as_ref().unwrap_or_else(|| panic!("{}: no source", k.name));
                    assert!(!s.entry.is_empty() && art.join(&s.path).is_file(), "{s:?}");
                }
            }
        }
        // Every launch names one of the program's instances; activations share slots.
        assert!(program.launches.iter().all(|l| program.instance(&l.instance).is_some()));
        let values: usize = program.slots.iter().map(|s| s.values.len()).sum();
        assert!(program.slots.len() * 2 < values, "{} slots for {values} values", program.slots.len());
        // 8 a layer, and on GPUs attention's combine of its splits over the cache.
        let per_layer = if program.target == Target::Cpu { 8 } else { 9 };
        assert_eq!(program.launches_per_layer(), per_layer, "{:?}", program.target);
    }

    // A plan edited by hand (hashes recomputed) no longer matches the graph: the artifact is refused.
    let mut edited = plan.clone();
    edited.programs[0].launches.swap(0, 1);
    let bytes = serde_json::to_vec_pretty(&edited).unwrap();
    replace_plan(&art, &bytes);
    let err = Artifact::open(&art).err().expect("an edited plan is refused");
    assert!(err.to_string().contains("is not the launch plan"), "{err}");

    // A plan of an earlier format, whose kernels need not parse as this format's, asks for a
    // recompile rather than being called malformed.
    let mut old = serde_json::to_value(&plan).unwrap();
    old["format_version"] = (PLAN_FORMAT_VERSION - 1).into();
    old["programs"][0]["kernels"][0]["kernel"]["retired_field"] = 1.into();
    let bytes = serde_json::to_vec_pretty(&old).unwrap();
    replace_plan(&art, &bytes);
    let err = Artifact::open(&art).err().expect("a plan of another format is refused");
    assert!(err.to_string().contains("recompile"), "{err}");
}

/// Writes `bytes` as the artifact's plan, its manifest entry re-hashed.
fn replace_plan(art: &Path, bytes: &[u8]) {
    std::fs::write(art.join(PLAN_FILE), bytes).unwrap();
    let mut m = manifest(art);
    let entry = m.files.iter_mut().find(|f| f.path == PLAN_FILE).unwrap();
    entry.sha256 = sha256_hex(bytes);
    entry.bytes = bytes.len() as u64;
    std::fs::write(art.join(MANIFEST), serde_json::to_vec_pretty(&m).unwrap()).unwrap();
}

#[test]
fn target_selects_what_is_emitted() {
    let work = tempfile::tempdir().unwrap();
    let cpu = compile(work.path(), "cpu", "public,math,code", &["--target", "cpu"]);
    assert!(manifest(&cpu).kernels.is_empty());
    assert!(!cpu.join("kernels").exists());
    assert!(cpu.join(PLAN_FILE).is_file(), "the plan is written for every target");
    let cuda = compile(work.path(), "cuda", "public,math,code", &["--target", "cpu,cuda"]);
    assert!(manifest(&cuda).kernels.iter().all(|k| k.target == "cuda" && k.path.ends_with(".cu")));
    let only_cuda = compile(work.path(), "only-cuda", "public,math,code", &["--target", "cuda"]);
    let err = fails(&["logits", only_cuda.to_str().unwrap(), "--tokens", "1,2,3", "--out", "x.npy"]);
    assert!(err.contains("no cpu program") && err.contains("--target cpu"), "{err}");
    // The cpu program is unchanged by emission: same logits with and without GPU sources.
    let a = work.path().join("a.npy");
    let b = work.path().join("b.npy");
    ok(&["logits", cpu.to_str().unwrap(), "--tokens", "1,2,3", "--out", a.to_str().unwrap()]);
    ok(&["logits", cuda.to_str().unwrap(), "--tokens", "1,2,3", "--out", b.to_str().unwrap()]);
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());

    let model = root().join("models/tiny-flexolmo");
    let out = work.path().join("bad");
    let err = fails(&[
        "compile",
        model.to_str().unwrap(),
        "--experts",
        "0",
        "-o",
        out.to_str().unwrap(),
        "--target",
        "cuda,metal",
    ]);
    assert!(err.contains("unknown target `metal`"), "{err}");
    assert!(!out.exists());
}

/// Every kernel of every committed fixture configuration compiles with NVRTC (sm_90a, sm_80) and
/// clang HIP (gfx90a, gfx942). The compilers come from scripts/install-kernel-compilers.sh; CI sets
/// FLEXC_REQUIRE_KERNEL_COMPILERS=1 so that a missing compiler fails instead of skipping.
#[test]
fn every_fixture_kernel_compiles_with_nvrtc_and_clang_hip() {
    let required = std::env::var_os("FLEXC_REQUIRE_KERNEL_COMPILERS").is_some();
    let work = tempfile::tempdir().unwrap();
    let mut arts = Vec::new();
    for c in fixture_configs() {
        let out = work.path().join(format!("{}-{}", c.model, c.name));
        ok(&["compile", c.model_dir.to_str().unwrap(), "--experts", &c.experts.join(","), "-o", out.to_str().unwrap()]);
        arts.push(out.to_string_lossy().into_owned());
    }
    let mut args = vec!["check-kernels"];
    args.extend(arts.iter().map(String::as_str));
    if required {
        args.extend(["--require", "cuda,hip"]);
    }
    let out = flexc(&args);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "check-kernels failed:\n{stdout}\n{stderr}");
    let found_cuda = stderr.contains("cuda: NVRTC");
    let found_hip = stderr.contains("hip:  ") && !stderr.contains("hip:  clang++-19 not found");
    if !found_cuda && !found_hip {
        eprintln!(
            "SKIPPED: no offline GPU compiler found (scripts/install-kernel-compilers.sh installs them)\n{stderr}"
        );
        return;
    }
    let summary = stdout.lines().last().unwrap_or_default().to_string();
    let failed: usize = summary.split(" failed").next().and_then(|s| s.rsplit(' ').next()).unwrap().parse().unwrap();
    assert_eq!(failed, 0, "{summary}");
    let rows: Vec<&str> = stdout.lines().filter(|l| l.contains(" ok ") || l.contains(" skipped ")).collect();
    for row in &rows {
        if row.contains(" skipped ") {
            // Only bf16 on Debian's HIP 5.2 headers may be skipped, and the row says so.
            assert!(row.contains(" hip ") && row.contains("_bf16_") && row.contains("hip_bf16.h"), "{row}");
        }
    }
    if found_cuda {
        for arch in ["sm_90a", "sm_80"] {
            let n = rows.iter().filter(|r| r.contains(" cuda ") && r.contains(arch) && r.contains(" ok ")).count();
            assert!(n >= 20, "{arch}: only {n} kernels compiled\n{stdout}");
        }
        // ptxas reports registers for every cubin.
        assert!(rows.iter().filter(|r| r.contains(" cuda ")).all(|r| !r.contains(" ok ") || r.contains("cubin")));
    }
    if found_hip {
        for arch in ["gfx90a", "gfx942"] {
            let n = rows.iter().filter(|r| r.contains(" hip ") && r.contains(arch) && r.contains(" ok ")).count();
            assert!(n >= 15, "{arch}: only {n} kernels compiled\n{stdout}");
        }
    }
}

/// A kernel source that does not compile is reported by name, with the compiler's message, and
/// fails the command.
#[test]
fn a_broken_kernel_fails_the_check() {
    let work = tempfile::tempdir().unwrap();
    let art = compile(work.path(), "broken", "public,math,code", &["--target", "cuda,hip"]);
    let mut m = manifest(&art);
    let name = "embed_f32_d64".to_string();
    for k in m.kernels.iter_mut().filter(|k| k.name == name) {
        let path = art.join(&k.path);
        let text = std::fs::read_to_string(&path).unwrap().replacen("extern \"C\"", "extern \"C\" this_is_not_cuda", 1);
        std::fs::write(&path, &text).unwrap();
        k.sha256 = sha256_hex(text.as_bytes());
        let f = m.files.iter_mut().find(|f| f.path == k.path).unwrap();
        f.sha256 = k.sha256.clone();
        f.bytes = text.len() as u64;
    }
    std::fs::write(art.join(MANIFEST), serde_json::to_vec_pretty(&m).unwrap()).unwrap();
    let out = flexc(&["check-kernels", art.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !stderr.contains("cuda: NVRTC") && !stderr.contains("hip:  Debian clang") {
        assert!(std::env::var_os("FLEXC_REQUIRE_KERNEL_COMPILERS").is_none(), "compilers missing:\n{stderr}");
        eprintln!("SKIPPED: no offline GPU compiler found\n{stderr}");
        return;
    }
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(stdout.lines().any(|l| l.starts_with("embed_f32_d64 ") && l.contains("FAILED")), "{stdout}");
    assert!(stdout.contains("this_is_not_cuda"), "the compiler's message is shown:\n{stdout}");
    assert!(stderr.contains("failed"), "{stderr}");
}

/// Without the `cuda` feature, `--device cuda` is a clear error (not a panic), and so is an unknown
/// device.
#[cfg(not(feature = "cuda"))]
#[test]
fn a_gpu_device_needs_its_feature() {
    let work = tempfile::tempdir().unwrap();
    let art = compile(work.path(), "three", "public,math,code", &[]);
    let err = fails(&["run", art.to_str().unwrap(), "--tokens", "1,2", "--max-tokens", "1", "--device", "cuda"]);
    assert!(err.contains("no cuda runtime") && err.contains("--features cuda"), "{err}");
    if !cfg!(feature = "wgpu") {
        let err =
            fails(&["run", art.to_str().unwrap(), "--tokens", "1,2", "--max-tokens", "1", "--device", "wgpu:cpu"]);
        assert!(err.contains("no wgpu runtime") && err.contains("--features wgpu"), "{err}");
    }
    // A usage error, reported by the argument parser (exit code 2).
    let out = flexc(&["run", art.to_str().unwrap(), "--tokens", "1,2", "--device", "tpu"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("unknown device `tpu`") && err.contains("wgpu:cpu"), "{err}");
}
