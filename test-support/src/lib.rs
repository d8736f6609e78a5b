//! What flexc's tests and benches share, written once: the workspace root, the transformers fixtures,
//! the error measure every tolerance is stated in, deterministic test values, importing and
//! specializing a checkpoint, and snapshots with the one bless rule (`FLEXC_BLESS=1` rewrites expected
//! output on purpose; any other value, or none, compares).

use flexc_import::{resolve_experts, Checkpoint};
use flexc_ir::Graph;
use flexc_lower::Target;
use std::path::{Path, PathBuf};

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("test-support lives in the workspace").to_path_buf()
}

/// The embedded tiny model.
pub fn tiny_model() -> PathBuf {
    root().join("models/tiny-flexolmo")
}

/// Whether expected output is being rewritten on purpose: `FLEXC_BLESS=1`, nothing else.
pub fn bless() -> bool {
    std::env::var("FLEXC_BLESS").is_ok_and(|v| v == "1")
}

/// Compares `got` with the snapshot at `path`, or writes it there when blessing. The error says how
/// to accept the change.
pub fn snapshot(path: &Path, got: &str) -> Result<(), String> {
    if bless() {
        std::fs::create_dir_all(path.parent().expect("a snapshot file")).map_err(|e| e.to_string())?;
        return std::fs::write(path, got).map_err(|e| e.to_string());
    }
    match std::fs::read_to_string(path) {
        Ok(want) if want == got => Ok(()),
        Ok(_) => Err(format!("{} differs (FLEXC_BLESS=1 to accept the new output)", path.display())),
        Err(e) => Err(format!("{}: {e} (FLEXC_BLESS=1 to create it)", path.display())),
    }
}

/// The error every logits tolerance is stated in: max |a - b| / max(1, max finite |b|). Equal values
/// (infinities of one sign, or NaN on both sides) differ by 0; a NaN on one side only is an infinite
/// error (`f32::max` alone would pass over it, so a NaN leaking into an output could not fail a test).
pub fn relative_error(a: &[f32], b: &[f32]) -> f32 {
    assert_eq!(a.len(), b.len(), "comparing {} values with {}", a.len(), b.len());
    let scale = b.iter().filter(|x| x.is_finite()).fold(1.0f32, |m, x| m.max(x.abs()));
    let diff = |x: f32, y: f32| {
        if x == y || (x.is_nan() && y.is_nan()) {
            0.0
        } else if x.is_nan() || y.is_nan() {
            f32::INFINITY
        } else {
            (x - y).abs()
        }
    };
    a.iter().zip(b).fold(0.0f32, |m, (&x, &y)| m.max(diff(x, y))) / scale
}

/// Deterministic values in [-1, 1) (xorshift), the same on every machine.
pub fn values(n: usize, seed: u32) -> Vec<f32> {
    let mut s = seed.wrapping_mul(2654435761).wrapping_add(7);
    (0..n)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 17;
            s ^= s << 5;
            (s as f32 / u32::MAX as f32) * 2.0 - 1.0
        })
        .collect()
}

/// A checkpoint imported and specialized by the full pipeline for `experts` (names or indices), as
/// `flexc compile` does, for the cpu target.
pub fn specialized(model: &Path, experts: &str) -> Graph {
    let ck = Checkpoint::open(model, None).unwrap_or_else(|e| panic!("{}: {e}", model.display()));
    let kept = resolve_experts(experts, ck.expert_names.as_deref(), ck.config.num_experts).expect("experts");
    let mut graph = ck.import().expect("import");
    flexc_passes::specialize(&kept, &[Target::Cpu]).run(&mut graph, |_, _| {}).expect("specialize");
    graph
}

/// Compiles `experts` of `model` into an artifact at `out` through the libraries, as
/// `flexc compile --target cpu` does (no GPU sources), packing into `store` when given.
pub fn compile_artifact(model: &Path, experts: &str, out: &Path, store: Option<&Path>) -> flexc_artifact::Manifest {
    let ck = Checkpoint::open(model, None).unwrap_or_else(|e| panic!("{}: {e}", model.display()));
    let kept = resolve_experts(experts, ck.expert_names.as_deref(), ck.config.num_experts).expect("experts");
    let mut graph = ck.import().expect("import");
    let pipeline = flexc_passes::specialize(&kept, &[Target::Cpu]);
    pipeline.run(&mut graph, |_, _| {}).expect("specialize");
    let plan = flexc_lower::lower(&graph, &[Target::Cpu], Default::default()).expect("lower");
    let input = flexc_artifact::ArtifactInput {
        graph: &graph,
        source_dir: model,
        config_bytes: &ck.config_bytes,
        source_dtype: graph.weights[0].dtype.name().into(),
        source_num_experts: ck.config.num_experts,
        source_top_k: ck.config.num_experts_per_tok,
        expert_names: ck.expert_names.as_deref(),
        kept: &kept,
        pipeline: pipeline.specs(),
        imported_op_counts: Default::default(),
        store,
        plan: &plan,
        kernel_sources: &Default::default(),
        durable: false,
        cache: None,
    };
    flexc_artifact::write_artifact(&input, out).expect("write the artifact")
}

/// One configuration of a committed transformers fixture.
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
    let text = std::fs::read_to_string(root.join("tests/fixtures/expected.json")).expect("expected.json");
    let v: serde_json::Value = serde_json::from_str(&text).expect("expected.json is JSON");
    let mut out = Vec::new();
    for (model, m) in v["models"].as_object().expect("models") {
        let model_dir = root.join(m["dir"].as_str().expect("dir"));
        let cfg: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(model_dir.join("config.json")).expect("config.json"))
                .expect("config.json is JSON");
        let eos = match &cfg["eos_token_id"] {
            serde_json::Value::Array(a) => a.iter().filter_map(|x| x.as_u64()).map(|x| x as u32).collect(),
            serde_json::Value::Number(n) => n.as_u64().map(|x| vec![x as u32]).unwrap_or_default(),
            _ => vec![],
        };
        let ids = |x: &serde_json::Value| -> Vec<u32> {
            x.as_array().expect("ids").iter().map(|t| t.as_u64().expect("id") as u32).collect()
        };
        for c in m["configs"].as_array().expect("configs") {
            out.push(FixtureConfig {
                model: model.clone(),
                model_dir: model_dir.clone(),
                name: c["name"].as_str().expect("name").to_string(),
                experts: c["experts"]
                    .as_array()
                    .expect("experts")
                    .iter()
                    .map(|e| e.as_str().unwrap().to_string())
                    .collect(),
                top_k: c["top_k"].as_u64().expect("top_k"),
                logits: root.join(c["logits"].as_str().expect("logits")),
                greedy: ids(&c["greedy"]),
                prompt: ids(&m["prompt"]),
                tolerance: m["tolerance"].as_f64().expect("tolerance") as f32,
                eos: eos.clone(),
            });
        }
    }
    out
}

/// `a,b,c` of ids.
pub fn join(ids: &[u32]) -> String {
    ids.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(",")
}

/// One tensor of a safetensors file: name, dtype, shape, bytes.
pub type TensorBytes = (String, flexc_ir::DType, Vec<u64>, Vec<u8>);

/// The bytes of tensor `name` in any safetensors file of checkpoint `model`.
pub fn source_tensor(model: &Path, name: &str) -> Vec<u8> {
    for e in std::fs::read_dir(model).expect("the checkpoint directory") {
        let p = e.expect("a directory entry").path();
        if p.extension().is_some_and(|x| x == "safetensors") {
            let f = flexc_format::safetensors::SafetensorsFile::open(&p).expect("a safetensors file");
            if let Some(i) = f.get(name) {
                return f.bytes(i.start, i.end).expect("in the file").to_vec();
            }
        }
    }
    panic!("{}: no tensor {name}", model.display())
}

/// Rewrites manifest.json so that every listed file's hash and size match the files again, as a
/// tamperer who edits the manifest would.
pub fn rehash_manifest(art: &Path) {
    let path = art.join(flexc_artifact::MANIFEST);
    let mut m: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    for f in m["files"].as_array_mut().unwrap() {
        let bytes = std::fs::read(art.join(f["path"].as_str().unwrap())).unwrap();
        // A weight file's manifest hash covers its header: the 8-byte length and the JSON.
        let covered = match f["covers"].as_str() {
            Some("header") => 8 + u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize,
            _ => bytes.len(),
        };
        f["sha256"] = flexc_format::sha256_hex(&bytes[..covered]).into();
        f["bytes"] = bytes.len().into();
    }
    std::fs::write(&path, serde_json::to_vec_pretty(&m).unwrap()).unwrap();
}

/// Rewrites a self-contained artifact's weight file with `edit` applied, then makes the graph's
/// pieces and the manifest's hashes consistent again, as a careful tamperer would: only the audit can
/// catch what remains.
pub fn tamper_weights(art: &Path, edit: impl FnOnce(&mut Vec<TensorBytes>)) {
    use flexc_format::safetensors::{write, SafetensorsFile, TensorOut};
    let file = art.join("weights/model.safetensors");
    let f = SafetensorsFile::open(&file).unwrap();
    let mut tensors: Vec<TensorBytes> = f
        .tensors()
        .iter()
        .map(|(n, i)| (n.clone(), i.dtype.unwrap(), i.shape.clone(), f.bytes(i.start, i.end).unwrap().to_vec()))
        .collect();
    drop(f);
    edit(&mut tensors);
    let outs: Vec<TensorOut> =
        tensors.iter().map(|(name, dtype, shape, bytes)| TensorOut { name, dtype: *dtype, shape, bytes }).collect();
    let offsets = write(&file, &outs, &std::collections::BTreeMap::new()).unwrap();
    let mut graph = flexc_ir::parse(&std::fs::read_to_string(art.join("graph.fir")).unwrap()).unwrap();
    for w in &mut graph.weights {
        if let Some(i) = tensors.iter().position(|t| t.0 == w.name) {
            let row_bytes = (w.row_len() * w.dtype.size_bytes() as u64) as usize;
            for p in &mut w.pieces {
                p.offset = offsets[i];
                let rows = &tensors[i].3[p.row_start as usize * row_bytes..p.row_end as usize * row_bytes];
                p.sha256 = flexc_format::sha256_hex(rows);
                p.blake3 = p.blake3.is_some().then(|| flexc_format::blake3_hex(rows));
            }
        }
    }
    std::fs::write(art.join("graph.fir"), flexc_ir::print(&graph)).unwrap();
    std::fs::write(art.join("graph.json"), serde_json::to_vec_pretty(&graph).unwrap()).unwrap();
    sync_provenance(art);
    rehash_manifest(art);
}

/// Rewrites the manifest's provenance of every tensor (its source pieces' rows and hashes) from the
/// artifact's graph, keeping the recorded source names, as a careful tamperer would.
pub fn sync_provenance(art: &Path) {
    let graph = flexc_ir::parse(&std::fs::read_to_string(art.join("graph.fir")).unwrap()).unwrap();
    let manifest_path = art.join(flexc_artifact::MANIFEST);
    let mut m: flexc_artifact::Manifest = serde_json::from_slice(&std::fs::read(&manifest_path).unwrap()).unwrap();
    for t in &mut m.tensors {
        let w = graph.weight(&t.name).expect("every manifest tensor is a graph weight");
        if t.sources.len() != w.pieces.len() {
            t.sources = w
                .pieces
                .iter()
                .map(|p| flexc_artifact::SourcePiece {
                    file: p.file.clone(),
                    tensor: p.tensor.clone(),
                    rows: [p.row_start, p.row_end],
                    sha256: String::new(),
                    expert: t.expert,
                })
                .collect();
        }
        for (s, p) in t.sources.iter_mut().zip(&w.pieces) {
            s.sha256 = p.sha256.clone();
        }
    }
    std::fs::write(&manifest_path, serde_json::to_vec_pretty(&m).unwrap()).unwrap();
}

/// Declares every tensor of a self-contained artifact's weight file that the graph does not read as a
/// graph weight (one piece) and a manifest tensor (an unattributed attention weight), then rehashes:
/// the artifact opens again, with everything consistent but the names.
pub fn declare_stray_tensors(art: &Path) {
    use flexc_format::safetensors::SafetensorsFile;
    let f = SafetensorsFile::open(&art.join("weights/model.safetensors")).unwrap();
    let mut graph = flexc_ir::parse(&std::fs::read_to_string(art.join("graph.fir")).unwrap()).unwrap();
    let manifest_path = art.join(flexc_artifact::MANIFEST);
    let mut m: flexc_artifact::Manifest = serde_json::from_slice(&std::fs::read(&manifest_path).unwrap()).unwrap();
    for (name, info) in f.tensors() {
        if graph.weight(name).is_some() {
            continue;
        }
        let bytes = f.bytes(info.start, info.end).unwrap();
        let rows = info.shape[..info.shape.len() - 1].iter().product();
        graph.weights.push(flexc_ir::Weight {
            name: name.clone(),
            dtype: info.dtype.unwrap(),
            shape: info.shape.clone(),
            pieces: vec![flexc_ir::Piece {
                file: "weights/model.safetensors".into(),
                tensor: name.clone(),
                offset: info.start,
                row_start: 0,
                row_end: rows,
                sha256: flexc_format::sha256_hex(&bytes),
                blake3: None,
            }],
        });
        m.tensors.push(flexc_artifact::TensorEntry {
            name: name.clone(),
            kind: flexc_artifact::TensorKind::Attention,
            expert: None,
            bytes: bytes.len() as u64,
            sources: Vec::new(),
        });
    }
    std::fs::write(art.join("graph.fir"), flexc_ir::print(&graph)).unwrap();
    std::fs::write(art.join("graph.json"), serde_json::to_vec_pretty(&graph).unwrap()).unwrap();
    std::fs::write(&manifest_path, serde_json::to_vec_pretty(&m).unwrap()).unwrap();
    sync_provenance(art);
    rehash_manifest(art);
}

#[cfg(test)]
mod tests {
    use super::relative_error;

    #[test]
    fn a_nan_on_one_side_is_an_infinite_error_and_equal_values_none() {
        assert_eq!(relative_error(&[1.0, 2.0], &[1.0, 2.5]), 0.2); // 0.5 over the largest, 2.5
        assert_eq!(relative_error(&[f32::NAN, 2.0], &[1.0, 2.0]), f32::INFINITY);
        assert_eq!(relative_error(&[1.0, 2.0], &[1.0, f32::NAN]), f32::INFINITY);
        assert_eq!(relative_error(&[f32::NAN, f32::INFINITY], &[f32::NAN, f32::INFINITY]), 0.0);
        assert_eq!(relative_error(&[f32::NEG_INFINITY], &[f32::INFINITY]), f32::INFINITY);
        // The scale is the largest finite value: an infinity elsewhere does not hide an error.
        assert_eq!(relative_error(&[f32::INFINITY, 3.0], &[f32::INFINITY, 1.0]), 2.0);
    }
}
