//! `flexc compile --store`: configurations of one checkpoint share their packed tensors on disk,
//! and artifacts using the store verify and run exactly like self-contained ones.

mod common;

use common::*;
use flexc_runtime::npy;
use std::path::Path;

fn store_objects(store: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for shard in std::fs::read_dir(store.join("objects")).unwrap() {
        for e in std::fs::read_dir(shard.unwrap().path()).unwrap() {
            out.push(e.unwrap().path());
        }
    }
    out
}

#[test]
fn configurations_share_tensors_and_run_identically() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let model = root().join("models/tiny-flexolmo");
    let model = model.to_str().unwrap();
    let store = d.join("store");
    let store_s = store.to_str().unwrap();
    let a = d.join("a");
    let b = d.join("b");
    let plain = d.join("plain");
    ok(&["compile", model, "--experts", "public,math,code", "-o", a.to_str().unwrap(), "--store", store_s]);
    let after_first = store_objects(&store).len();
    ok(&["compile", model, "--experts", "public,math", "-o", b.to_str().unwrap(), "--store", store_s]);
    let after_second = store_objects(&store).len();
    // The second configuration adds nothing: its router rows, attention, norms, embeddings, head
    // and the public and math experts are all objects of the first already.
    assert_eq!(after_second, after_first, "store objects: {after_first} then {after_second}");
    assert!(!a.join("weights/model.safetensors").exists(), "a store artifact holds no weights itself");

    ok(&["compile", model, "--experts", "public,math,code", "-o", plain.to_str().unwrap()]);
    let tokens = "5,17,33,2,99";
    let la = d.join("a.npy");
    let lp = d.join("p.npy");
    ok(&["logits", a.to_str().unwrap(), "--tokens", tokens, "--out", la.to_str().unwrap()]);
    ok(&["logits", plain.to_str().unwrap(), "--tokens", tokens, "--out", lp.to_str().unwrap()]);
    assert_eq!(npy::read_f32(&la).unwrap(), npy::read_f32(&lp).unwrap());

    for art in [&a, &b] {
        let out = ok(&["verify", art.to_str().unwrap(), "--source", model]);
        assert!(out.starts_with("ok"), "{out}");
    }
    // A damaged store object is caught by every artifact that uses it.
    let victim = &store_objects(&store)[0];
    let mut bytes = std::fs::read(victim).unwrap();
    let n = bytes.len();
    bytes[n - 1] ^= 0x80;
    std::fs::write(victim, bytes).unwrap();
    let ea = flexc(&["verify", a.to_str().unwrap()]);
    let eb = flexc(&["verify", b.to_str().unwrap()]);
    let name = victim.file_name().unwrap().to_str().unwrap();
    let caught: Vec<String> = [ea, eb]
        .into_iter()
        .filter(|o| !o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stderr).into_owned())
        .collect();
    assert!(!caught.is_empty(), "a flipped store byte went unnoticed");
    assert!(caught.iter().all(|e| e.contains(name)), "{caught:?}");
}
