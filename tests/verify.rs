//! `flexc verify` and artifact loading catch tampering: a flipped byte, a deleted file, an edited
//! expert list, and an excluded expert's weights put back (by name, and by content with --source).

mod common;

use common::*;
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
    // The last tensor's bytes: its piece hash no longer matches, at verify and at every load.
    let e = fails(&["verify", &art]);
    assert!(e.contains("weights/model.safetensors") && e.contains("lm_head.weight") && e.contains("hash to"), "{e}");
    let e = fails(&["logits", &art, "--tokens", "1,2", "--out", dir.path().join("l.npy").to_str().unwrap()]);
    assert!(e.contains("weights/model.safetensors") && e.contains("hash to"), "{e}");
    // A flipped header byte is caught by the header's hash when the artifact is opened.
    let mut bytes = std::fs::read(&file).unwrap();
    bytes[n - 7] ^= 0x01;
    bytes[20] ^= 0x01;
    std::fs::write(&file, bytes).unwrap();
    let e = fails(&["inspect", &art]);
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

#[test]
fn an_excluded_experts_tensor_put_back_is_caught_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let art = compiled(dir.path());
    tamper_weights(Path::new(&art), |tensors| {
        let kept = tensors.iter().find(|t| t.0 == "model.layers.0.mlp.experts.1.gate_up_proj.weight").unwrap().clone();
        tensors.push(("model.layers.0.mlp.experts.2.gate_up_proj.weight".into(), kept.1, kept.2, kept.3));
    });
    // Bytes in the weight file that no graph piece reads are refused when the artifact is opened.
    let e = fails(&["verify", &art]);
    assert!(e.contains("experts.2.gate_up_proj.weight") && e.contains("not covered by a hash"), "{e}");
    // Declared in the graph and the manifest too (every record consistent), the name gives it away.
    declare_stray_tensors(Path::new(&art));
    let e = fails(&["verify", &art]);
    assert!(e.contains("model.layers.0.mlp.experts.2.gate_up_proj.weight") && e.contains("excluded expert 2"), "{e}");
}

#[test]
fn an_excluded_experts_bytes_under_a_kept_name_are_caught_by_content() {
    let dir = tempfile::tempdir().unwrap();
    let art = compiled(dir.path());
    // The bytes of excluded expert 3 ("academic"), layer 1, stored as kept expert 4's ("code") weight.
    let bytes = source_tensor(&tiny_model(), "model.layers.1.mlp.experts.3.down_proj.weight");
    tamper_weights(Path::new(&art), |tensors| {
        let t = tensors.iter_mut().find(|t| t.0 == "model.layers.1.mlp.experts.4.down_proj.weight").unwrap();
        t.3 = bytes;
    });
    // Hashes are consistent again, so only the content check sees it.
    ok(&["verify", &art]);
    let e = fails(&["verify", &art, "--source", &source()]);
    assert!(e.contains("model.layers.1.mlp.experts.4.down_proj.weight") && e.contains("excluded expert 3"), "{e}");
}
