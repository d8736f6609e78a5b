//! `flexc verify` and artifact loading catch tampering: a flipped byte, a deleted file, an edited
//! expert list, and an excluded expert's weights put back (by name, and by content with --source).

mod common;

use common::*;
use flexc_format::safetensors::{write, SafetensorsFile, TensorOut};
use flexc_format::sha256_hex;
use std::collections::BTreeMap;
use std::path::Path;

fn compiled(dir: &Path) -> String {
    let art = dir.join("art");
    let model = root().join("models/tiny-flexolmo");
    ok(&["compile", model.to_str().unwrap(), "--experts", "public,math,code", "-o", art.to_str().unwrap()]);
    art.to_string_lossy().into_owned()
}

fn source() -> String {
    root().join("models/tiny-flexolmo").to_string_lossy().into_owned()
}

/// Rewrites manifest.json so that every listed file's hash and size match the files again, as a
/// tamperer who edits the manifest would.
fn rehash_manifest(art: &Path) {
    let path = art.join("manifest.json");
    let mut m: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    for f in m["files"].as_array_mut().unwrap() {
        let bytes = std::fs::read(art.join(f["path"].as_str().unwrap())).unwrap();
        f["sha256"] = sha256_hex(&bytes).into();
        f["bytes"] = bytes.len().into();
    }
    std::fs::write(&path, serde_json::to_vec_pretty(&m).unwrap()).unwrap();
}

#[test]
fn a_fresh_artifact_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let art = compiled(dir.path());
    let out = ok(&["verify", &art, "--source", &source()]);
    assert!(out.contains("excluded     news, academic, creative, reddit"), "{out}");
    assert!(out.contains("no packed bytes equal"), "{out}");
}

#[test]
fn a_flipped_weight_byte_is_caught() {
    let dir = tempfile::tempdir().unwrap();
    let art = compiled(dir.path());
    let file = Path::new(&art).join("weights/model.safetensors");
    let mut bytes = std::fs::read(&file).unwrap();
    let n = bytes.len();
    bytes[n - 7] ^= 0x01;
    std::fs::write(&file, bytes).unwrap();
    let e = fails(&["verify", &art]);
    assert!(e.contains("weights/model.safetensors") && e.contains("does not match the manifest"), "{e}");
    let e = fails(&["logits", &art, "--tokens", "1,2", "--out", dir.path().join("l.npy").to_str().unwrap()]);
    assert!(e.contains("weights/model.safetensors"), "{e}");
}

#[test]
fn a_deleted_file_is_caught() {
    let dir = tempfile::tempdir().unwrap();
    let art = compiled(dir.path());
    std::fs::remove_file(Path::new(&art).join("graph.json")).unwrap();
    let e = fails(&["verify", &art]);
    assert!(e.contains("graph.json") && e.contains("unreadable"), "{e}");
}

#[test]
fn an_edited_expert_list_is_caught() {
    let dir = tempfile::tempdir().unwrap();
    let art = compiled(dir.path());
    let path = Path::new(&art).join("manifest.json");
    let mut m: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    // Claim that "news" is kept and "code" excluded.
    let cfg = &mut m["configuration"];
    let code = cfg["kept"].as_array_mut().unwrap().remove(2);
    let news = cfg["excluded"].as_array_mut().unwrap().remove(0);
    cfg["kept"].as_array_mut().unwrap().push(news);
    cfg["excluded"].as_array_mut().unwrap().push(code);
    std::fs::write(&path, serde_json::to_vec_pretty(&m).unwrap()).unwrap();
    let e = fails(&["verify", &art]);
    assert!(e.contains("manifest.json") && e.contains("the manifest keeps experts [0, 1, 2]"), "{e}");
}

/// Rewrites the artifact's weight file with `edit` applied, then makes graph and manifest hashes
/// consistent again: only a content check can catch what remains.
fn tamper_weights(art: &Path, edit: impl FnOnce(&mut Vec<(String, flexc_ir::DType, Vec<u64>, Vec<u8>)>)) {
    let file = art.join("weights/model.safetensors");
    let f = SafetensorsFile::open(&file).unwrap();
    let mut tensors: Vec<(String, flexc_ir::DType, Vec<u64>, Vec<u8>)> = f
        .tensors()
        .iter()
        .map(|(n, i)| (n.clone(), i.dtype.unwrap(), i.shape.clone(), f.bytes(i.start, i.end).unwrap().to_vec()))
        .collect();
    drop(f);
    let graph_text = std::fs::read_to_string(art.join("graph.fir")).unwrap();
    let old_hashes: BTreeMap<String, String> = tensors.iter().map(|t| (t.0.clone(), sha256_hex(&t.3))).collect();
    edit(&mut tensors);
    let outs: Vec<TensorOut> =
        tensors.iter().map(|(name, dtype, shape, bytes)| TensorOut { name, dtype: *dtype, shape, bytes }).collect();
    let offsets = write(&file, &outs, &BTreeMap::new()).unwrap();
    // Repoint the graph at the new offsets and hashes.
    let mut graph = flexc_ir::parse(&graph_text).unwrap();
    for w in &mut graph.weights {
        if let Some(i) = tensors.iter().position(|t| t.0 == w.name) {
            w.pieces[0].offset = offsets[i];
            w.pieces[0].sha256 = sha256_hex(&tensors[i].3);
        }
    }
    let _ = old_hashes;
    std::fs::write(art.join("graph.fir"), flexc_ir::print(&graph)).unwrap();
    std::fs::write(art.join("graph.json"), serde_json::to_vec_pretty(&graph).unwrap()).unwrap();
    rehash_manifest(art);
}

#[test]
fn an_excluded_experts_tensor_put_back_is_caught_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let art = compiled(dir.path());
    tamper_weights(Path::new(&art), |tensors| {
        let kept = tensors.iter().find(|t| t.0 == "model.layers.0.mlp.experts.1.gate_up_proj.weight").unwrap().clone();
        tensors.push(("model.layers.0.mlp.experts.2.gate_up_proj.weight".into(), kept.1, kept.2, kept.3));
    });
    let e = fails(&["verify", &art]);
    assert!(e.contains("model.layers.0.mlp.experts.2.gate_up_proj.weight") && e.contains("excluded expert 2"), "{e}");
}

#[test]
fn an_excluded_experts_bytes_under_a_kept_name_are_caught_by_content() {
    let dir = tempfile::tempdir().unwrap();
    let art = compiled(dir.path());
    // The bytes of excluded expert 3 ("academic"), layer 1, stored as kept expert 4's ("code") weight.
    let src = SafetensorsFile::open(&root().join("models/tiny-flexolmo/model-00003-of-00004.safetensors"));
    let academic = root().join("models/tiny-flexolmo");
    let mut bytes = None;
    for e in std::fs::read_dir(&academic).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "safetensors") {
            let f = SafetensorsFile::open(&p).unwrap();
            if let Some(i) = f.get("model.layers.1.mlp.experts.3.down_proj.weight") {
                bytes = Some(f.bytes(i.start, i.end).unwrap().to_vec());
            }
        }
    }
    drop(src);
    let bytes = bytes.expect("the source holds expert 3's down_proj");
    tamper_weights(Path::new(&art), |tensors| {
        let t = tensors.iter_mut().find(|t| t.0 == "model.layers.1.mlp.experts.4.down_proj.weight").unwrap();
        t.3 = bytes;
    });
    // Hashes are consistent again, so only the content check sees it.
    ok(&["verify", &art]);
    let e = fails(&["verify", &art, "--source", &source()]);
    assert!(e.contains("model.layers.1.mlp.experts.4.down_proj.weight") && e.contains("excluded expert 3"), "{e}");
}
