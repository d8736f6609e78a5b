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

/// Configurations loaded together hold each weight once, experts included: two 3-of-7 configurations
/// that share two experts hold four experts' weights, not six, and each runs exactly as it does alone.
#[test]
fn configurations_loaded_together_hold_the_union_of_their_weights() {
    use flexc_runtime::{Engine, EngineOptions};
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let model = root().join("models/tiny-flexolmo");
    let model = model.to_str().unwrap();
    let store = d.join("store");
    let (a, b) = (d.join("a"), d.join("b"));
    for (art, experts) in [(&a, "public,math,code"), (&b, "public,math,news")] {
        ok(&["compile", model, "--experts", experts, "-o", art.to_str().unwrap(), "--store", store.to_str().unwrap()]);
    }
    let engines = Engine::load_shared(&[a.clone(), b.clone()], EngineOptions::default()).unwrap();
    let alone: Vec<Engine> = [&a, &b].iter().map(|p| Engine::load_with(p, EngineOptions::default()).unwrap()).collect();

    // The union, from the graphs' own declarations: each distinct weight (by its pieces' hashes) once.
    let mut seen = std::collections::HashSet::new();
    let mut union = 0u64;
    for art in [&a, &b] {
        let art = flexc_artifact::Artifact::open(art).unwrap();
        for w in &art.graph.weights {
            let key: Vec<String> = w.pieces.iter().map(|p| p.sha256.clone()).collect();
            if seen.insert(key) {
                union += w.checked_byte_len().unwrap();
            }
        }
    }
    let held = engines[0].load_bytes();
    assert_eq!(held, engines[1].load_bytes());
    let separate = alone[0].weight_bytes() + alone[1].weight_bytes();
    // Beyond the weights, only the derived tables (rotary frequencies, expert slots): a few KB.
    assert!(held >= union && held - union < 4096, "held {held} bytes for a union of {union}");
    assert!(held < separate, "held {held} bytes, as much as two separate loads ({separate})");
    assert_eq!(engines[0].weight_bytes(), alone[0].weight_bytes());

    let tokens = [5u32, 17, 33, 2, 99, 120, 7];
    for (shared, own) in engines.iter().zip(&alone) {
        assert_eq!(shared.session().forward(&tokens).unwrap(), own.session().forward(&tokens).unwrap());
    }
}

/// `--configurations FILE --store`: one artifact per listed configuration, named by its experts,
/// each identical in weights and logits to the same configuration compiled alone (the source pieces
/// are read once and reused across configurations); a configuration that fails is named and the
/// others are written.
#[test]
fn many_configurations_in_one_compile() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let model = root().join("models/tiny-flexolmo");
    let model = model.to_str().unwrap();
    let list = d.join("configurations.txt");
    std::fs::write(&list, "# three deployments\npublic,math,code\n\ncode\n0,1\n").unwrap();
    let (store, out) = (d.join("store"), d.join("out"));
    let (list_s, store_s) = (list.to_str().unwrap(), store.to_str().unwrap());
    let many = ["compile", model, "--configurations", list_s, "--store", store_s, "-o"];
    ok(&[&many[..], &[out.to_str().unwrap()]].concat());
    let mut names: Vec<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["code", "public+math", "public+math+code"]);

    let alone_store = d.join("alone-store");
    for (name, experts) in [("public+math+code", "public,math,code"), ("code", "code"), ("public+math", "public,math")]
    {
        let art = out.join(name);
        let alone = d.join(format!("alone-{name}"));
        let alone_s = alone.to_str().unwrap();
        ok(&["compile", model, "--experts", experts, "--store", alone_store.to_str().unwrap(), "-o", alone_s]);
        // The same pieces, the same hashes (sha256 and BLAKE3) and objects of the same bytes.
        let graph = |a: &Path| std::fs::read_to_string(a.join("graph.json")).unwrap();
        assert_eq!(graph(&art), graph(&alone), "{name}: the graph differs from the one compiled alone");
        let verified = ok(&["verify", art.to_str().unwrap(), "--source", model]);
        assert!(verified.starts_with("ok"), "{name}: {verified}");
        let (la, lb) = (d.join(format!("{name}-many.npy")), d.join(format!("{name}-alone.npy")));
        ok(&["logits", art.to_str().unwrap(), "--tokens", "5,17,33", "--out", la.to_str().unwrap()]);
        ok(&["logits", alone_s, "--tokens", "5,17,33", "--out", lb.to_str().unwrap()]);
        assert_eq!(npy::read_f32(&la).unwrap(), npy::read_f32(&lb).unwrap(), "{name}");
    }
    let object_names = |s: &Path| {
        let mut n: Vec<_> = store_objects(s).iter().map(|p| p.file_name().unwrap().to_owned()).collect();
        n.sort();
        n
    };
    assert_eq!(object_names(&store), object_names(&alone_store), "one store holds what the three alone made");

    // A destination that is not an artifact fails that configuration only, by name.
    let out2 = d.join("out2");
    std::fs::create_dir_all(out2.join("code")).unwrap();
    std::fs::write(out2.join("code/notes.txt"), "mine").unwrap();
    let e = fails(&[&many[..], &[out2.to_str().unwrap()]].concat());
    assert!(e.contains("configuration code:") && e.contains("1 configurations failed"), "{e}");
    assert_eq!(std::fs::read_to_string(out2.join("code/notes.txt")).unwrap(), "mine");
    for name in ["public+math", "public+math+code"] {
        let verified = ok(&["verify", out2.join(name).to_str().unwrap()]);
        assert!(verified.starts_with("ok"), "{name}: {verified}");
    }

    // A bad line is refused before anything is compiled, naming the file and line.
    std::fs::write(&list, "public\nnot-an-expert\n").unwrap();
    let out3 = d.join("out3");
    let e = fails(&[&many[..], &[out3.to_str().unwrap()]].concat());
    assert!(e.contains("configurations.txt:2"), "{e}");
    assert!(!out3.exists(), "nothing is written for a bad list");
}
