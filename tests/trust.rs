//! The artifact as a trust boundary: artifacts and checkpoints crafted to break flexc get a clear
//! error naming the problem and exit code 1 (never a panic's 101 or an abort's 134), and nothing
//! outside the artifact and its store is read.

mod common;

use common::*;
use flexc_format::safetensors::{write, SafetensorsFile, TensorOut};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn compiled(dir: &Path, extra: &[&str]) -> PathBuf {
    let art = dir.join("art");
    let model = tiny_model();
    let (m, a) = (model.to_str().unwrap(), art.to_str().unwrap());
    let mut args = vec!["compile", m, "--experts", "public,math,code", "-o", a, "--target", "cpu"];
    args.extend_from_slice(extra);
    ok(&args);
    art
}

fn edit_manifest(art: &Path, edit: impl FnOnce(&mut serde_json::Value)) {
    let path = art.join("manifest.json");
    let mut m: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    edit(&mut m);
    std::fs::write(&path, serde_json::to_vec_pretty(&m).unwrap()).unwrap();
}

/// Edits the artifact's graph (text and JSON) and makes every hash consistent again.
fn edit_graph(art: &Path, edit: impl FnOnce(&mut flexc_ir::Graph)) {
    let mut graph = flexc_ir::parse(&std::fs::read_to_string(art.join("graph.fir")).unwrap()).unwrap();
    edit(&mut graph);
    std::fs::write(art.join("graph.fir"), flexc_ir::print(&graph)).unwrap();
    std::fs::write(art.join("graph.json"), serde_json::to_vec_pretty(&graph).unwrap()).unwrap();
    rehash_manifest(art);
}

/// Every command that opens an artifact fails on it with a clear error containing `what`, quickly.
fn refused(art: &Path, what: &str) {
    let a = art.to_str().unwrap();
    let npy = art.parent().unwrap().join("l.npy");
    let commands: [&[&str]; 4] = [
        &["inspect", a],
        &["verify", a],
        &["logits", a, "--tokens", "1,2", "--out", npy.to_str().unwrap()],
        &["run", a, "--tokens", "1,2", "--max-tokens", "2"],
    ];
    for args in commands {
        let started = Instant::now();
        let e = fails(args);
        assert!(e.contains(what), "flexc {args:?}: expected {what:?} in\n{e}");
        assert!(started.elapsed() < Duration::from_secs(30), "flexc {args:?} took {:?}", started.elapsed());
    }
    assert!(!npy.exists(), "nothing is written");
}

#[test]
fn a_store_the_manifest_points_anywhere_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let art = compiled(dir.path(), &["--store", store.to_str().unwrap()]);
    // The store is recorded relative to the artifact.
    let m: serde_json::Value = serde_json::from_slice(&std::fs::read(art.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(m["store"], "../store");
    // The artifact and its store moved together still load.
    let moved = dir.path().join("moved");
    std::fs::create_dir(&moved).unwrap();
    std::fs::rename(&art, moved.join("art")).unwrap();
    std::fs::rename(&store, moved.join("store")).unwrap();
    let art = moved.join("art");
    ok(&["verify", art.to_str().unwrap()]);

    // An absolute store, and a store file that is no store object (here /etc/hostname), are refused.
    edit_manifest(&art, |m| m["store"] = "/".into());
    refused(&art, "is not a relative path");
    edit_manifest(&art, |m| {
        m["store"] = "../store".into();
        m["files"].as_array_mut().unwrap().push(serde_json::json!({
            "path": "@store/etc/hostname", "bytes": 1, "sha256": "0".repeat(64)
        }));
    });
    refused(&art, "@store/etc/hostname");
    // A relative store that climbs to `/` still only yields store objects.
    edit_manifest(&art, |m| {
        m["store"] = "../../../../../../../..".into();
        m["files"].as_array_mut().unwrap().pop();
    });
    let e = fails(&["inspect", art.to_str().unwrap()]);
    assert!(e.contains("objects/") && !e.contains("hostname"), "{e}");
    // The store given on the command line wins.
    ok(&["verify", art.to_str().unwrap(), "--store", moved.join("store").to_str().unwrap()]);
}

#[test]
fn links_fifos_and_devices_are_never_opened() {
    let dir = tempfile::tempdir().unwrap();
    let art = compiled(dir.path(), &[]);
    let weights = art.join("weights/model.safetensors");
    std::fs::remove_file(&weights).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &weights).unwrap();
    refused(&art, "symbolic link");

    let art = compiled(&dir.path().join("fifo").tap_mkdir(), &[]);
    let graph = art.join("graph.fir");
    std::fs::remove_file(&graph).unwrap();
    let c = std::ffi::CString::new(graph.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    refused(&art, "not a regular file");

    let art = compiled(&dir.path().join("dir").tap_mkdir(), &[]);
    std::fs::remove_file(art.join("weights/model.safetensors")).unwrap();
    std::fs::remove_dir(art.join("weights")).unwrap();
    std::os::unix::fs::symlink("/tmp", art.join("weights")).unwrap();
    refused(&art, "symbolic link");
}

#[test]
fn manifest_paths_outside_the_artifact_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let art = compiled(dir.path(), &[]);
    edit_manifest(&art, |m| m["tokenizer"] = "../../../etc/passwd".into());
    refused(&art, "tokenizer");
    edit_manifest(&art, |m| {
        m["tokenizer"] = "tokenizer.json".into();
        m["files"].as_array_mut().unwrap().push(serde_json::json!({
            "path": "../outside.json", "bytes": 1, "sha256": "0".repeat(64)
        }));
    });
    refused(&art, "leaves the artifact");
}

/// A checkpoint whose config.json declares `max` positions.
fn with_positions(dir: &Path, max: &str) -> PathBuf {
    let model = dir.join(format!("positions-{max}"));
    copy_dir(&tiny_model(), &model);
    let path = model.join("config.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut config: serde_json::Value = serde_json::from_str(&text).unwrap();
    config["max_position_embeddings"] = serde_json::from_str(max).unwrap();
    std::fs::write(&path, serde_json::to_vec_pretty(&config).unwrap()).unwrap();
    model
}

#[test]
fn positions_beyond_what_flexc_addresses_are_refused_or_capped() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("art");
    for max in ["1099511627776", "18446744073709551615"] {
        let model = with_positions(dir.path(), max);
        let e = fails(&["compile", model.to_str().unwrap(), "--experts", "public", "-o", out.to_str().unwrap()]);
        assert!(e.contains("max_position_embeddings") && e.contains("--max-context"), "{e}");
        assert!(!out.exists());
        let args = ["compile", model.to_str().unwrap(), "--experts", "public", "-o", out.to_str().unwrap()];
        ok(&[&args[..], &["--max-context", "64", "--target", "cpu"]].concat());
        let e = fails(&["run", out.to_str().unwrap(), "--tokens", &vec!["1"; 65].join(","), "--max-tokens", "1"]);
        assert!(e.contains("maximum context is 64"), "{e}");
        std::fs::remove_dir_all(&out).unwrap();
    }
    // An artifact edited to claim 2^40 positions (hashes recomputed) does not load.
    let art = compiled(dir.path(), &[]);
    edit_graph(&art, |g| {
        g.meta.insert("max_position_embeddings".into(), flexc_ir::Attr::Int(1 << 40));
    });
    refused(&art, "max_position_embeddings");
}

#[test]
fn vocabulary_metadata_must_match_the_weights() {
    let dir = tempfile::tempdir().unwrap();
    for vocab in [1_000_000_000i64, -1, 0] {
        let art = compiled(&dir.path().join(vocab.to_string()).tap_mkdir(), &[]);
        edit_graph(&art, |g| {
            g.meta.insert("vocab_size".into(), flexc_ir::Attr::Int(vocab));
        });
        refused(&art, "vocab_size");
    }
}

#[test]
fn crafted_graphs_the_engine_cannot_run_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    // The output is the token input itself: no instruction computes it.
    let art = compiled(&dir.path().join("a").tap_mkdir(), &[]);
    edit_graph(&art, |g| g.outputs = vec!["tokens".into()]);
    refused(&art, "output %tokens is an input");
    // An embedding of f32 values instead of token ids.
    let art = compiled(&dir.path().join("b").tap_mkdir(), &[]);
    edit_graph(&art, |g| {
        let i = g.insts.iter().position(|i| matches!(i.op, flexc_ir::Op::Embed { .. })).unwrap();
        let mut twice = g.insts[i].clone();
        twice.result = "again".into();
        twice.args = vec![g.insts[i].result.clone()];
        g.insts.insert(i + 1, twice);
    });
    refused(&art, "token ids");
    // An expert's weight also read by a matmul.
    let art = compiled(&dir.path().join("c").tap_mkdir(), &[]);
    edit_graph(&art, |g| {
        let expert = g.weights.iter().find(|w| w.name.contains("experts.1.down_proj")).unwrap().name.clone();
        let head = g.insts.iter_mut().find(|i| i.result == "l0.o").unwrap();
        head.op = flexc_ir::Op::MatMul { weight: expert };
    });
    refused(&art, "expert weight");
    // A weight declared far larger than any file: refused before anything is allocated for it.
    let art = compiled(&dir.path().join("d").tap_mkdir(), &[]);
    edit_graph(&art, |g| {
        let w = g.weights.iter_mut().find(|w| w.name == "model.norm.weight").unwrap();
        w.shape = vec![1 << 40];
        w.pieces[0].row_end = 1;
    });
    refused(&art, "larger than flexc handles");
}

#[test]
fn non_finite_weights_are_refused_at_compile_and_reported_by_verify() {
    let dir = tempfile::tempdir().unwrap();
    // A checkpoint with a NaN in a router row.
    let model = dir.path().join("nan");
    copy_dir(&tiny_model(), &model);
    let shard = (1..=4)
        .map(|i| model.join(format!("model-0000{i}-of-00004.safetensors")))
        .find(|p| SafetensorsFile::open(p).unwrap().get("model.layers.1.mlp.gate.weight").is_some())
        .unwrap();
    let f = SafetensorsFile::open(&shard).unwrap();
    let mut tensors: Vec<(String, flexc_ir::DType, Vec<u64>, Vec<u8>)> = f
        .tensors()
        .iter()
        .map(|(n, i)| (n.clone(), i.dtype.unwrap(), i.shape.clone(), f.bytes(i.start, i.end).unwrap()))
        .collect();
    drop(f);
    let router = tensors.iter_mut().find(|t| t.0 == "model.layers.1.mlp.gate.weight").unwrap();
    router.3[4..8].copy_from_slice(&f32::NAN.to_le_bytes());
    let outs: Vec<TensorOut> =
        tensors.iter().map(|(n, d, s, b)| TensorOut { name: n, dtype: *d, shape: s, bytes: b }).collect();
    write(&shard, &outs, &BTreeMap::new()).unwrap();
    let out = dir.path().join("art");
    let e = fails(&["compile", model.to_str().unwrap(), "--experts", "public,math", "-o", out.to_str().unwrap()]);
    assert!(e.contains("model.layers.1.mlp.gate.weight") && e.contains("NaN or infinite"), "{e}");
    assert!(e.contains("row 0 column 1"), "the NaN is element 1 of row 0: {e}");
    assert!(!out.exists());

    // The same NaN planted in a compiled artifact (hashes recomputed): verify reports it, and a
    // run refuses the non-finite output rather than sampling from it.
    let art = compiled(dir.path(), &[]);
    tamper_weights(&art, |tensors| {
        let t = tensors.iter_mut().find(|t| t.0 == "model.layers.1.mlp.gate.weight").unwrap();
        t.3[4..8].copy_from_slice(&f32::NAN.to_le_bytes());
    });
    let e = fails(&["verify", art.to_str().unwrap()]);
    assert!(e.contains("model.layers.1.mlp.gate.weight") && e.contains("NaN or infinite"), "{e}");
    let e = fails(&["run", art.to_str().unwrap(), "--tokens", "1,2,3", "--max-tokens", "2"]);
    assert!(e.contains("not finite"), "{e}");
}

/// A checkpoint laid out as the HuggingFace cache lays out a snapshot (every file a symbolic link to a
/// blob) compiles and runs; the artifact it makes holds regular files only.
#[test]
fn a_checkpoint_of_links_as_in_the_huggingface_cache_compiles() {
    let dir = tempfile::tempdir().unwrap();
    let (blobs, snapshot) = (dir.path().join("blobs"), dir.path().join("snapshots/abc"));
    std::fs::create_dir_all(&blobs).unwrap();
    std::fs::create_dir_all(&snapshot).unwrap();
    for e in std::fs::read_dir(tiny_model()).unwrap() {
        let e = e.unwrap();
        let blob = blobs.join(format!("blob-{}", e.file_name().to_string_lossy()));
        std::fs::copy(e.path(), &blob).unwrap();
        std::os::unix::fs::symlink(&blob, snapshot.join(e.file_name())).unwrap();
    }
    let art = dir.path().join("art");
    let (m, a) = (snapshot.to_str().unwrap(), art.to_str().unwrap());
    ok(&["compile", m, "--experts", "public,code", "-o", a, "--target", "cpu"]);
    ok(&["verify", a, "--source", m]);
    ok(&["run", a, "--tokens", "1,2,3", "--max-tokens", "2"]);
    // A link to a device is still refused, naming the file.
    let shard = snapshot.join("model-00004-of-00004.safetensors");
    std::fs::remove_file(&shard).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &shard).unwrap();
    let e = fails(&["compile", m, "--experts", "public", "-o", dir.path().join("b").to_str().unwrap()]);
    assert!(e.contains("model-00004-of-00004.safetensors") && e.contains("not a regular file"), "{e}");
}

trait TapMkdir {
    fn tap_mkdir(self) -> Self;
}

impl TapMkdir for PathBuf {
    fn tap_mkdir(self) -> Self {
        std::fs::create_dir_all(&self).unwrap();
        self
    }
}
