//! Helpers shared by the CLI integration tests: run the `flexc` binary, read the fixtures.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Where the kernel executor runs in the tests: `FLEXC_TEST_DEVICE`, default `cpu`.
pub fn test_device() -> String {
    std::env::var("FLEXC_TEST_DEVICE").unwrap_or_else(|_| "cpu".into())
}

pub fn flexc(args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_flexc")).args(args).output().expect("flexc runs")
}

/// Runs flexc and returns stdout, failing the test with stderr when it exits non-zero.
pub fn ok(args: &[&str]) -> String {
    let out = flexc(args);
    assert!(out.status.success(), "flexc {args:?} failed:\n{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Runs flexc expecting failure; returns stderr. Checks the failure is a reported error, not a panic.
pub fn fails(args: &[&str]) -> String {
    let out = flexc(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!out.status.success(), "flexc {args:?} succeeded but should fail");
    assert_eq!(out.status.code(), Some(1), "flexc {args:?} exited {:?}:\n{stderr}", out.status);
    assert!(!stderr.contains("panicked"), "flexc {args:?} panicked:\n{stderr}");
    assert!(stderr.lines().any(|l| l.starts_with("error: ")), "flexc {args:?} gave no error report:\n{stderr}");
    stderr
}

/// `dir` holds nothing but `allowed` entries: no artifact and no staging directory was left behind.
pub fn assert_nothing_written(dir: &Path, allowed: &[&str]) {
    let entries: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !allowed.contains(&n.as_str()))
        .collect();
    assert!(entries.is_empty(), "left behind in {}: {entries:?}", dir.display());
}

/// Copies a checkpoint directory (flat) into `dst`.
pub fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    for e in std::fs::read_dir(src).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dst.join(e.file_name())).unwrap();
    }
}

pub struct FixtureConfig {
    pub model: String,
    pub model_dir: PathBuf,
    pub name: String,
    pub experts: Vec<String>,
    pub top_k: u64,
    pub logits: PathBuf,
    pub greedy: Vec<u32>,
    pub prompt: Vec<u32>,
    pub tolerance: f32,
    pub eos: Vec<u32>,
}

/// Every (model, configuration) of tests/fixtures/expected.json.
pub fn fixture_configs() -> Vec<FixtureConfig> {
    let root = root();
    let text = std::fs::read_to_string(root.join("tests/fixtures/expected.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut out = Vec::new();
    for (model, m) in v["models"].as_object().unwrap() {
        let model_dir = root.join(m["dir"].as_str().unwrap());
        let cfg: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(model_dir.join("config.json")).unwrap()).unwrap();
        let eos = match &cfg["eos_token_id"] {
            serde_json::Value::Array(a) => a.iter().map(|x| x.as_u64().unwrap() as u32).collect(),
            serde_json::Value::Number(n) => vec![n.as_u64().unwrap() as u32],
            _ => vec![],
        };
        let ids = |x: &serde_json::Value| x.as_array().unwrap().iter().map(|t| t.as_u64().unwrap() as u32).collect();
        for c in m["configs"].as_array().unwrap() {
            out.push(FixtureConfig {
                model: model.clone(),
                model_dir: model_dir.clone(),
                name: c["name"].as_str().unwrap().to_string(),
                experts: c["experts"].as_array().unwrap().iter().map(|e| e.as_str().unwrap().to_string()).collect(),
                top_k: c["top_k"].as_u64().unwrap(),
                logits: root.join(c["logits"].as_str().unwrap()),
                greedy: ids(&c["greedy"]),
                prompt: ids(&m["prompt"]),
                tolerance: m["tolerance"].as_f64().unwrap() as f32,
                eos: eos.clone(),
            });
        }
    }
    out
}

/// max |a - b| / max(1, max |b|).
pub fn relative_error(a: &[f32], b: &[f32]) -> f32 {
    assert_eq!(a.len(), b.len());
    let scale = b.iter().fold(1.0f32, |m, x| m.max(x.abs()));
    a.iter().zip(b).fold(0.0f32, |m, (x, y)| m.max((x - y).abs())) / scale
}

pub fn join(ids: &[u32]) -> String {
    ids.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(",")
}
