//! Safetensors headers and config.json: malformed input is an error naming the problem, never a panic.

use flexc_format::safetensors::{write, SafetensorsFile, TensorOut};
use flexc_import::FlexOlmoConfig;
use flexc_ir::DType;
use proptest::prelude::*;
use std::collections::BTreeMap;

fn sample_file(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("m.safetensors");
    let a: Vec<u8> = (0..48u8).collect();
    let b: Vec<u8> = (0..16u8).collect();
    write(
        &path,
        &[
            TensorOut { name: "a", dtype: DType::F32, shape: &[3, 4], bytes: &a },
            TensorOut { name: "b", dtype: DType::Bf16, shape: &[8], bytes: &b },
        ],
        &BTreeMap::new(),
    )
    .unwrap();
    path
}

#[test]
fn written_files_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_file(dir.path());
    let f = SafetensorsFile::open(&path).unwrap();
    let a = f.get("a").unwrap();
    assert_eq!((a.dtype, a.shape.clone()), (Some(DType::F32), vec![3, 4]));
    assert_eq!(f.bytes(a.start, a.end).unwrap(), (0..48u8).collect::<Vec<_>>().as_slice());
    assert_eq!(f.get("b").unwrap().dtype, Some(DType::Bf16));
}

#[test]
fn every_truncation_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_file(dir.path());
    let full = std::fs::read(&path).unwrap();
    for len in 0..full.len() {
        std::fs::write(&path, &full[..len]).unwrap();
        let err = SafetensorsFile::open(&path).err().unwrap_or_else(|| panic!("truncated to {len} bytes but opened"));
        let msg = err.to_string();
        assert!(msg.contains("m.safetensors"), "{msg}");
    }
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.safetensors");
        std::fs::write(&path, &bytes).unwrap();
        let _ = SafetensorsFile::open(&path);
    }

    #[test]
    fn arbitrary_headers_never_panic(header in "\\{(\"[a-z]{1,3}\":\\{(\"dtype\":\"(F32|BF16|I8)\",)?(\"shape\":\\[[0-9,]{0,6}\\],)?\"data_offsets\":\\[[0-9]{1,3},[0-9]{1,3}\\]\\},?){0,3}\\}", data in 0usize..64) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.safetensors");
        let mut bytes = (header.len() as u64).to_le_bytes().to_vec();
        bytes.extend_from_slice(header.as_bytes());
        bytes.extend(std::iter::repeat_n(0u8, data));
        std::fs::write(&path, &bytes).unwrap();
        if let Ok(f) = SafetensorsFile::open(&path) {
            for info in f.tensors().values() {
                prop_assert!(f.bytes(info.start, info.end).is_ok());
            }
        }
    }

    #[test]
    fn arbitrary_configs_never_panic(text in "\\PC{0,300}") {
        let _ = FlexOlmoConfig::from_json(&text);
    }

    #[test]
    fn configs_with_random_fields_never_panic(
        hidden in prop_oneof![Just(serde_json::json!(64)), Just(serde_json::json!(-1)), Just(serde_json::json!("x")), Just(serde_json::json!(0)), Just(serde_json::json!(null))],
        heads in 0u64..9, kv in 0u64..9, experts in 0u64..9, k in 0u64..9, head_dim in prop::option::of(0u64..40),
    ) {
        let mut c = serde_json::json!({
            "model_type": "flex_olmo", "vocab_size": 100, "hidden_size": hidden, "intermediate_size": 32,
            "num_hidden_layers": 2, "num_attention_heads": heads, "num_key_value_heads": kv,
            "num_experts": experts, "num_experts_per_tok": k,
        });
        if let Some(hd) = head_dim { c["head_dim"] = hd.into(); }
        if let Ok(cfg) = FlexOlmoConfig::from_json(&c.to_string()) {
            prop_assert!(cfg.num_experts_per_tok <= cfg.num_experts);
            prop_assert!(cfg.num_attention_heads % cfg.num_key_value_heads == 0);
            prop_assert!(cfg.head_dim % 2 == 0 && cfg.head_dim > 0);
        }
    }
}

#[test]
fn config_errors_name_the_field() {
    let base = r#"{"model_type": "flex_olmo", "vocab_size": 100, "hidden_size": 64, "intermediate_size": 32,
        "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 3, "num_experts": 4, "num_experts_per_tok": 2}"#;
    let e = FlexOlmoConfig::from_json(base).unwrap_err();
    assert!(e.contains("num_key_value_heads (3) does not divide num_attention_heads (4)"), "{e}");
    let e = FlexOlmoConfig::from_json(
        &base
            .replace("\"num_key_value_heads\": 3", "\"num_key_value_heads\": 2")
            .replace("\"num_experts_per_tok\": 2", "\"num_experts_per_tok\": 5"),
    )
    .unwrap_err();
    assert!(e.contains("num_experts_per_tok (5) is larger than num_experts (4)"), "{e}");
    let e = FlexOlmoConfig::from_json(&base.replace("\"hidden_size\": 64", "\"hidden_size\": 66")).unwrap_err();
    assert!(e.contains("does not divide hidden_size"), "{e}");
    let e = FlexOlmoConfig::from_json(&base.replace("flex_olmo", "llama")).unwrap_err();
    assert!(e.contains("model_type"), "{e}");
    let e = FlexOlmoConfig::from_json("{\"model_type\": \"flex_olmo\"").unwrap_err();
    assert!(e.contains("not valid JSON"), "{e}");
    let e = FlexOlmoConfig::from_json(&base.replace("\"vocab_size\": 100,", "")).unwrap_err();
    assert!(e.contains("missing field `vocab_size`"), "{e}");
    let ok =
        FlexOlmoConfig::from_json(&base.replace("\"num_key_value_heads\": 3", "\"num_key_value_heads\": 2")).unwrap();
    assert_eq!((ok.head_dim, ok.rope_theta, ok.rms_norm_eps), (16, 500000.0, 1e-6));
}
