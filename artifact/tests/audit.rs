//! The artifact as a library: opening checks the format version, and the audit behind `flexc verify`
//! proves what an artifact does not hold: by name, and against its source checkpoint by content.

use flexc_artifact::{audit, Artifact, ArtifactError, Manifest, MANIFEST};
use flexc_test_support::{compile_artifact, declare_stray_tensors, source_tensor, tamper_weights, tiny_model};
use std::path::Path;

fn compiled(dir: &Path) -> std::path::PathBuf {
    let art = dir.join("art");
    compile_artifact(&tiny_model(), "public,math,code", &art, None);
    art
}

#[test]
fn a_clean_artifact_passes_by_name_and_by_content() {
    let dir = tempfile::tempdir().unwrap();
    let opened = Artifact::open(&compiled(dir.path())).unwrap();
    let report = audit(&opened, None).unwrap();
    assert!(!report.content_checked && report.files == opened.manifest.files.len());
    assert!(audit(&opened, Some(&tiny_model())).unwrap().content_checked);
}

/// An excluded expert's tensor put back under its own name is refused at open (no graph piece covers
/// it); declared in the graph and the manifest too, every hash recomputed so that the artifact still
/// opens, it is found by name.
#[test]
fn an_excluded_experts_tensor_is_found_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let art = compiled(dir.path());
    tamper_weights(&art, |tensors| {
        let kept = tensors.iter().find(|t| t.0 == "model.layers.0.mlp.experts.1.gate_up_proj.weight").unwrap().clone();
        tensors.push(("model.layers.0.mlp.experts.2.gate_up_proj.weight".into(), kept.1, kept.2, kept.3));
    });
    let err = Artifact::open(&art).err().expect("bytes no piece reads").to_string();
    assert!(err.contains("experts.2.gate_up_proj") && err.contains("not covered by a hash"), "{err}");
    declare_stray_tensors(&art);
    let opened = Artifact::open(&art).expect("every record consistent: it opens");
    let err = audit(&opened, None).unwrap_err().to_string();
    assert!(err.contains("experts.2.gate_up_proj") && err.contains("excluded expert 2"), "{err}");
}

/// An excluded expert's bytes under a kept expert's name pass every name and hash check; only the
/// content check against the source finds them.
#[test]
fn an_excluded_experts_bytes_under_a_kept_name_are_found_by_content() {
    let dir = tempfile::tempdir().unwrap();
    let art = compiled(dir.path());
    let bytes = source_tensor(&tiny_model(), "model.layers.1.mlp.experts.3.down_proj.weight");
    tamper_weights(&art, |tensors| {
        tensors.iter_mut().find(|t| t.0 == "model.layers.1.mlp.experts.4.down_proj.weight").unwrap().3 = bytes;
    });
    let opened = Artifact::open(&art).unwrap();
    audit(&opened, None).expect("names and hashes are consistent");
    let err = audit(&opened, Some(&tiny_model())).unwrap_err().to_string();
    assert!(err.contains("experts.4.down_proj.weight") && err.contains("excluded expert 3"), "{err}");
}

#[test]
fn an_older_format_is_refused_with_a_recompile_hint() {
    let dir = tempfile::tempdir().unwrap();
    let art = dir.path().join("art");
    compile_artifact(&tiny_model(), "public", &art, None);
    let path = art.join(MANIFEST);
    let mut m: Manifest = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    m.format_version = 1;
    std::fs::write(&path, serde_json::to_vec_pretty(&m).unwrap()).unwrap();
    let err = Artifact::open(&art).err().unwrap();
    assert!(matches!(err, ArtifactError::Invalid { .. }));
    let msg = err.to_string();
    assert!(msg.contains("version 1") && msg.contains("recompile"), "{msg}");
}
