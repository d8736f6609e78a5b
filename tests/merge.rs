//! `flexc merge` against its fixtures (scripts/make_merge_fixtures.py): a public model and three
//! domain models made with transformers, and the reference merge spliced in Python. The merge equals
//! the reference tensor for tensor, compiles and runs to transformers' logits on both executors, and
//! every bad input is a clear error that writes nothing.

mod common;

use common::*;
use flexc_format::safetensors::{write, SafetensorsFile, TensorOut};
use flexc_runtime::npy;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    root().join("tests/fixtures/merge")
}

/// Every tensor of a checkpoint directory: name -> (dtype, shape, bytes).
fn tensors(dir: &Path) -> BTreeMap<String, (String, Vec<u64>, Vec<u8>)> {
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        if !name.ends_with(".safetensors") {
            continue;
        }
        let f = SafetensorsFile::open(&dir.join(&name)).unwrap();
        for (t, info) in f.tensors() {
            let bytes = f.bytes(info.start, info.end).unwrap();
            assert!(out.insert(t.clone(), (info.dtype_name.clone(), info.shape.clone(), bytes)).is_none(), "{t} twice");
        }
    }
    out
}

/// `merge --public ... --expert math=... --expert code=... --expert news=...` plus `extra`.
fn merge_args(out: &Path, domains: &[(&str, PathBuf)], extra: &[&str]) -> Vec<String> {
    let mut args =
        vec!["merge".to_string(), "--public".into(), path(&fixtures().join("public")), "-o".into(), path(out)];
    for (name, dir) in domains {
        args.push("--expert".into());
        args.push(format!("{name}={}", path(dir)));
    }
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

fn path(p: &Path) -> String {
    p.to_str().unwrap().to_string()
}

fn domains() -> Vec<(&'static str, PathBuf)> {
    ["math", "code", "news"].iter().map(|n| (*n, fixtures().join(format!("domain-{n}")))).collect()
}

fn run_ok(args: &[String]) -> String {
    ok(&args.iter().map(String::as_str).collect::<Vec<_>>())
}

fn run_fails(args: &[String]) -> String {
    fails(&args.iter().map(String::as_str).collect::<Vec<_>>())
}

#[test]
fn the_merge_is_the_reference_and_runs_like_it_in_transformers() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("merged");
    // Small shards, so that the output is sharded as real merges are.
    run_ok(&merge_args(&out, &domains(), &["--max-shard-mb", "1"]));
    let ours = tensors(&out);
    let reference = tensors(&fixtures().join("reference"));
    assert_eq!(ours.keys().collect::<Vec<_>>(), reference.keys().collect::<Vec<_>>());
    for (name, want) in &reference {
        assert!(ours[name] == *want, "tensor {name} differs from the reference merge");
    }
    let config: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("config.json")).unwrap()).unwrap();
    assert_eq!(config["num_experts"], 4);
    assert_eq!(config["num_experts_per_tok"], 4);
    let experts: Vec<String> = serde_json::from_slice(&std::fs::read(out.join("experts.json")).unwrap()).unwrap();
    assert_eq!(experts, ["public", "math", "code", "news"]);
    let index: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("model.safetensors.index.json")).unwrap()).unwrap();
    assert_eq!(index["weight_map"].as_object().unwrap().len(), ours.len());
    for f in ["tokenizer.json", "tokenizer_config.json"] {
        assert_eq!(std::fs::read(out.join(f)).unwrap(), std::fs::read(fixtures().join("public").join(f)).unwrap());
    }

    // Compiled for a configuration, the merge gives transformers' logits and greedy tokens.
    let spec: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixtures().join("merge.json")).unwrap()).unwrap();
    let prompt: Vec<String> = spec["prompt"].as_array().unwrap().iter().map(|t| t.to_string()).collect();
    let prompt = prompt.join(",");
    let tolerance = spec["tolerance"].as_f64().unwrap() as f32;
    for c in spec["configs"].as_array().unwrap() {
        let experts: Vec<&str> = c["experts"].as_array().unwrap().iter().map(|e| e.as_str().unwrap()).collect();
        let art = dir.path().join(c["name"].as_str().unwrap());
        ok(&["compile", &path(&out), "--experts", &experts.join(","), "-o", &path(&art)]);
        let (_, want) = npy::read_f32(&root().join(c["logits"].as_str().unwrap())).unwrap();
        let greedy: Vec<String> = c["greedy"].as_array().unwrap().iter().map(|t| t.to_string()).collect();
        for executor in ["kernels", "reference"] {
            let logits = dir.path().join(format!("{}-{executor}.npy", c["name"].as_str().unwrap()));
            ok(&["logits", &path(&art), "--tokens", &prompt, "--out", &path(&logits), "--executor", executor]);
            let (_, got) = npy::read_f32(&logits).unwrap();
            let err = relative_error(&got, &want);
            assert!(err <= tolerance, "{} on {executor}: relative error {err:e}", c["name"]);
            let max = greedy.len().to_string();
            let run = ok(&["run", &path(&art), "--tokens", &prompt, "--max-tokens", &max, "--executor", executor]);
            assert_eq!(run.trim(), greedy.join(","), "{} on {executor}: greedy tokens", c["name"]);
        }
    }
}

#[test]
fn router_rows_from_embeddings_top_k_and_averaging() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let vector: Vec<f32> = (0..32).map(|i| (i as f32 - 16.0) / 8.0).collect();
    let npy_path = d.join("code.npy");
    npy::write_f32(&npy_path, &[32], &vector).unwrap();
    let out = d.join("merged");
    run_ok(&merge_args(
        &out,
        &domains(),
        &["--router-embedding", &format!("code={}", path(&npy_path)), "--top-k", "2"],
    ));
    let ours = tensors(&out);
    let reference = tensors(&fixtures().join("reference"));
    for l in 0..2 {
        let name = format!("model.layers.{l}.mlp.gate.weight");
        let (dtype, shape, bytes) = &ours[&name];
        assert_eq!((dtype.as_str(), shape.as_slice()), ("BF16", &[4u64, 32][..]));
        // Row 2 (code) is the embedding in bf16; the other rows are the models' own.
        let row = |b: &[u8], r: usize| b[r * 64..(r + 1) * 64].to_vec();
        let want: Vec<u8> = vector.iter().flat_map(|v| half::bf16::from_f32(*v).to_le_bytes()).collect();
        assert_eq!(row(bytes, 2), want);
        for r in [0, 1, 3] {
            assert_eq!(row(bytes, r), row(&reference[&name].2, r), "{name} row {r}");
        }
    }
    let config: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("config.json")).unwrap()).unwrap();
    assert_eq!(config["num_experts_per_tok"], 2);

    // A domain whose shared weight drifted: refused by default, averaged on request.
    let drifted = d.join("drifted");
    copy_dir(&fixtures().join("domain-news"), &drifted);
    let name = "model.norm.weight";
    rewrite(&drifted, name, |b| b[1] ^= 0x01);
    let mut inputs = domains();
    inputs[2].1 = drifted.clone();
    let err = run_fails(&merge_args(&d.join("refused"), &inputs, &[]));
    assert!(err.contains(name) && err.contains("drifted") && err.contains("--average-shared"), "{err}");
    assert!(!d.join("refused").exists());
    let averaged = d.join("averaged");
    run_ok(&merge_args(&averaged, &inputs, &["--average-shared"]));
    let got = &tensors(&averaged)[name].2;
    let want = &reference[name].2;
    let drift = &tensors(&drifted)[name].2;
    let f = |b: &[u8]| half::bf16::from_le_bytes([b[0], b[1]]).to_f32();
    // Element 0: three inputs agree, one drifted; the mean in f32, rounded to bf16. The rest agree.
    let (w, w2) = (f(&want[..2]), f(&drift[..2]));
    assert_ne!(w, w2);
    assert_eq!(f(&got[..2]), half::bf16::from_f32((w + w + w + w2) / 4.0).to_f32());
    assert_eq!(got[2..], want[2..]);
}

/// Rewrites tensor `name` of the checkpoint in `dir` (wherever it is stored) with `change`.
fn rewrite(dir: &Path, name: &str, change: impl Fn(&mut Vec<u8>)) {
    rewrite_file(dir, |tensors| {
        if let Some(t) = tensors.iter_mut().find(|t| t.0 == name) {
            change(&mut t.3);
            true
        } else {
            false
        }
    });
}

type Owned = (String, flexc_ir::DType, Vec<u64>, Vec<u8>);

/// Applies `edit` to the tensors of each safetensors file of `dir`, rewriting the files it changes.
fn rewrite_file(dir: &Path, edit: impl Fn(&mut Vec<Owned>) -> bool) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_none_or(|x| x != "safetensors") {
            continue;
        }
        let f = SafetensorsFile::open(&p).unwrap();
        let mut owned: Vec<Owned> = f
            .tensors()
            .iter()
            .map(|(n, i)| (n.clone(), i.dtype.unwrap(), i.shape.clone(), f.bytes(i.start, i.end).unwrap()))
            .collect();
        drop(f);
        if edit(&mut owned) {
            let out: Vec<TensorOut> =
                owned.iter().map(|(n, d, s, b)| TensorOut { name: n, dtype: *d, shape: s, bytes: b }).collect();
            let mut meta = BTreeMap::new();
            meta.insert("format".to_string(), "pt".to_string());
            std::fs::remove_file(&p).unwrap();
            write(&p, &out, &meta).unwrap();
        }
    }
}

#[test]
fn bad_inputs_are_clear_errors_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = d.join("merged");
    let check = |args: Vec<String>, needles: &[&str]| {
        let err = run_fails(&args);
        for n in needles {
            assert!(err.contains(n), "expected {n:?} in:\n{err}");
        }
        assert_nothing_written(d, &["tiny", "no-router", "wide", "exists", "code.npy"]);
    };
    // A model of 7 experts is not a domain model.
    let tiny = root().join("models/tiny-flexolmo");
    check(merge_args(&out, &[("tiny", tiny)], &[]), &["2 experts", "has 7"]);
    // Names: reserved, repeated, malformed; an embedding for no expert.
    fn two(a: &'static str, b: &'static str) -> Vec<(&'static str, PathBuf)> {
        vec![(a, fixtures().join("domain-math")), (b, fixtures().join("domain-code"))]
    }
    check(merge_args(&out, &two("public", "code"), &[]), &["\"public\" is given twice"]);
    check(merge_args(&out, &two("math", "math"), &[]), &["\"math\" is given twice"]);
    check(merge_args(&out, &two("a,b", "code"), &[]), &["a,b"]);
    check(merge_args(&out, &domains(), &["--router-embedding", "poetry=x.npy"]), &["poetry", "no such expert"]);
    check(merge_args(&out, &domains(), &["--top-k", "5"]), &["--top-k 5", "4 experts"]);
    check(merge_args(&out, &domains(), &["--top-k", "0"]), &["--top-k 0"]);
    // A router embedding of the wrong width.
    npy::write_f32(&d.join("code.npy"), &[16], &[0.5; 16]).unwrap();
    check(
        merge_args(&out, &domains(), &["--router-embedding", &format!("code={}", path(&d.join("code.npy")))]),
        &["code.npy", "expected a vector of 32"],
    );
    // A domain model without its router rows.
    let no_router = d.join("no-router");
    copy_dir(&fixtures().join("domain-code"), &no_router);
    rewrite_file(&no_router, |t| {
        let n = t.len();
        t.retain(|x| x.0 != "model.layers.1.mlp.gate.weight");
        t.len() != n
    });
    check(merge_args(&out, &[("code", no_router)], &[]), &["model.layers.1.mlp.gate.weight", "no-router"]);
    // A domain model of another width.
    let wide = d.join("wide");
    copy_dir(&fixtures().join("domain-math"), &wide);
    let config = std::fs::read_to_string(wide.join("config.json")).unwrap();
    std::fs::write(
        wide.join("config.json"),
        config.replace("\"max_position_embeddings\": 128", "\"max_position_embeddings\": 256"),
    )
    .unwrap();
    check(merge_args(&out, &[("math", wide)], &[]), &["max_position_embeddings is 256", "128"]);
    // An output that exists is never replaced.
    std::fs::create_dir(d.join("exists")).unwrap();
    check(merge_args(&d.join("exists"), &domains(), &[]), &["exists"]);
}
