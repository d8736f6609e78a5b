//! The MLIR bridge on every committed fixture configuration: exported, verified by MLIR,
//! canonicalized, and JIT-run, matching the reference executor (<= 1e-4 relative) and transformers
//! (the fixture's tolerance); a snapshot of one exported module; MLIR errors naming the graph value.
//!
//!     scripts/install-mlir.sh && cargo test -p flexc-mlir --features mlir
//!
//! `FLEXC_BLESS=1` rewrites the snapshot.

use flexc_format::WeightReader;
use flexc_mlir::{Bridge, MlirError, Weights};
use flexc_reference::ReferenceExecutor;
use flexc_test_support::{fixture_configs, relative_error, root, snapshot, specialized, FixtureConfig};
use std::path::Path;

fn configs() -> Vec<FixtureConfig> {
    fixture_configs()
}

#[test]
fn every_fixture_configuration_exports_verifies_and_canonicalizes() {
    let configs = configs();
    assert!(configs.len() >= 10);
    for c in &configs {
        let graph = specialized(&c.model_dir, &c.experts.join(","));
        let bridge = Bridge::new();
        for weights in [Weights::External, Weights::Inline] {
            let mut reader = WeightReader::checkpoint(&c.model_dir);
            let mut module = bridge
                .module_for(&graph, &mut reader, c.prompt.len() as u64, weights)
                .unwrap_or_else(|e| panic!("{}/{}: {e}", c.model, c.name));
            bridge.run_passes(&mut module, "builtin.module(canonicalize,cse)").unwrap();
            let text = module.as_operation().to_string();
            assert!(text.contains("func.func @forward") && text.contains("linalg.generic"), "{}/{}", c.model, c.name);
        }
    }
}

/// The fused moe op lowers over exactly the kept experts: E' is the router width, k' the rank limit.
#[test]
fn the_moe_lowering_is_specialized() {
    let tiny = root().join("models/tiny-flexolmo");
    let text = |experts: &str| {
        let bridge = Bridge::new();
        let module = bridge
            .module_for(&specialized(&tiny, experts), &mut WeightReader::new(&tiny), 4, Weights::External)
            .unwrap();
        module.as_operation().to_string()
    };
    let three = text("public,math,code");
    assert!(three.contains("tensor<4x3xf32>") && !three.contains("tensor<4x7xf32>"), "router over E'=3");
    assert!(!three.contains("arith.cmpf olt"), "k' = E' = 3: the collapsed mixture has no top-k selection");
    let all = text("0,1,2,3,4,5,6");
    assert!(all.contains("tensor<4x7xf32>") && all.contains("arith.cmpf olt"), "E'=7 with a top-5 selection");
    assert!(all.contains("5.000000e+00 : f32"), "k' = 5 is a constant");
}

#[test]
fn tiny_models_jit_run_matches_the_reference_executor_and_transformers() {
    for c in configs() {
        let what = format!("{}/{}", c.model, c.name);
        let graph = specialized(&c.model_dir, &c.experts.join(","));
        let got = Bridge::new()
            .run(&graph, &mut WeightReader::checkpoint(&c.model_dir), &c.prompt)
            .unwrap_or_else(|e| panic!("{what}: {e}"));
        let reference = ReferenceExecutor::load(graph.clone(), &c.model_dir).unwrap().logits(&c.prompt).unwrap();
        let err = relative_error(&got, &reference);
        assert!(err <= 1e-4, "{what}: {err:e} from the reference executor");
        let err = relative_error(&got, &flexc_format::npy::read_f32(&c.logits).unwrap().1);
        assert!(err <= c.tolerance, "{what}: {err:e} from transformers");
    }
}

#[test]
fn exported_module_snapshot() {
    let tiny = root().join("models/tiny-flexolmo");
    let bridge = Bridge::new();
    let mut module =
        bridge.module_for(&specialized(&tiny, "public"), &mut WeightReader::new(&tiny), 4, Weights::External).unwrap();
    bridge.run_passes(&mut module, "builtin.module(canonicalize,cse)").unwrap();
    let got = module.as_operation().to_string();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/tiny-flexolmo-public-t4.mlir");
    snapshot(&path, &got).unwrap();
}

/// An ill-typed graph (the flexc verifier would refuse it; the bridge is handed it directly) fails
/// MLIR verification, and the report names the graph value and the op.
#[test]
fn mlir_errors_name_the_graph_value() {
    let zeros = "0".repeat(64);
    let text = format!(
        "graph \"bad\"\nmeta vocab_size = 16\ninput %tokens: i32[T]\n\
         weight @emb: f32[16, 4] = \"m.safetensors\" \"emb\" at 8 rows 0..16 sha256 \"{zeros}\"\n\
         weight @wide: f32[8, 4] = \"m.safetensors\" \"wide\" at 264 rows 0..8 sha256 \"{zeros}\"\n\
         %x: f32[T, 4] = embed %tokens, @emb\n\
         %w: f32[T, 8] = matmul %x, @wide\n\
         %bad: f32[T, 4] = add %x, %w\n\
         output %bad\n"
    );
    let graph = flexc_ir::parse(&text).unwrap();
    let bridge = Bridge::new();
    let err = bridge.module_for(&graph, &mut WeightReader::new(Path::new(".")), 4, Weights::External).err().unwrap();
    let msg = err.to_string();
    assert!(matches!(err, MlirError::Verify(_)), "{msg}");
    assert!(msg.contains("\"%bad\"") && msg.contains("linalg.generic"), "{msg}");
}

#[test]
fn the_cli_exports_runs_and_reports_errors() {
    let bin = env!("CARGO_BIN_EXE_flexc-mlir");
    let work = tempfile::tempdir().unwrap();
    let missing = work.path().join("missing");
    let out = std::process::Command::new(bin)
        .args(["export", missing.to_str().unwrap(), "-o", work.path().join("m.mlir").to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.starts_with("error: ") && stderr.contains("missing") && !stderr.contains("panicked"), "{stderr}");
    assert!(!work.path().join("m.mlir").exists());
}
