//! The CLI integration tests' own helpers: run the `flexc` binary. Everything else they share comes
//! from `flexc-test-support`.
#![allow(dead_code)]

pub use flexc_test_support::*;
use std::path::Path;
use std::process::Output;

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
