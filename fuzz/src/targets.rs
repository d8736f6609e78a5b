//! The fuzz targets: each is an entry point that reads untrusted bytes, driven the way flexc drives it
//! (from disk where flexc reads from disk), with the checks behind it run on what it accepts.

use crate::mutate;
use crate::rng::Rng;
use crate::target::{Shape, Target};
use flexc_artifact::{audit, Artifact, MANIFEST};
use flexc_format::safetensors::{to_bytes, SafetensorsFile, TensorOut};
use flexc_import::{Checkpoint, FlexOlmoConfig};
use flexc_ir::{parse_with_source_map, print, verify_with_source_map, DType, Graph};
use flexc_lower::{check_runnable, lower, LowerOptions, Target as Backend, PLAN_FILE};
use flexc_passes::Pipeline;
use flexc_runtime::{DeviceKind, Engine};
use flexc_test_support::{compile_artifact, root, tiny_model};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Every target, by name, in report order. `scratch` holds the files the targets write.
pub fn all(scratch: &Path) -> anyhow::Result<Vec<Box<dyn Target>>> {
    let artifact = scratch.join("artifact");
    if !artifact.join(MANIFEST).exists() {
        compile_artifact(&tiny_model(), "public,math,code", &artifact, None);
    }
    Ok(vec![
        Box::new(ConfigTarget::new(scratch)?),
        Box::new(IndexTarget),
        Box::new(SafetensorsTarget { path: scratch.join("fuzz.safetensors") }),
        Box::new(IrTextTarget::new()),
        Box::new(GraphJsonTarget::new(&artifact)),
        Box::new(ArtifactFileTarget::new(scratch, &artifact, MANIFEST)?),
        Box::new(ArtifactFileTarget::new(scratch, &artifact, PLAN_FILE)?),
        Box::new(TokensTarget::new(&artifact)?),
        Box::new(crate::http::HttpTarget::new(&artifact)?),
    ])
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        if e.file_type()?.is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()))?;
        } else {
            std::fs::copy(e.path(), to.join(e.file_name()))?;
        }
    }
    Ok(())
}

fn utf8(input: &[u8]) -> Result<&str, String> {
    std::str::from_utf8(input).map_err(|e| format!("not UTF-8: {e}"))
}

/// `config.json`: parsed, bounded, then a checkpoint directory with it opened and imported against the
/// tiny model's shards, specialized for expert 0 and lowered.
pub struct ConfigTarget {
    dir: PathBuf,
}

impl ConfigTarget {
    fn new(scratch: &Path) -> anyhow::Result<ConfigTarget> {
        let dir = scratch.join("checkpoint");
        copy_dir(&tiny_model(), &dir)?;
        Ok(ConfigTarget { dir })
    }
}

impl Target for ConfigTarget {
    fn name(&self) -> &'static str {
        "config.json"
    }
    fn shape(&self) -> Shape {
        Shape::Json
    }
    fn seeds(&self) -> Vec<Vec<u8>> {
        vec![read(&tiny_model().join("config.json")), read(&root().join("tests/fixtures/tiny-gqa-bf16/config.json"))]
    }
    fn generate(&self, rng: &mut Rng) -> Option<Vec<u8>> {
        let mut dim = || -> Value {
            if rng.one_in(4) {
                serde_json::from_str(rng.pick::<&str>(mutate::NUMBERS)).unwrap_or(Value::Null)
            } else {
                Value::from(1u64 << rng.below(8))
            }
        };
        let doc = serde_json::json!({
            "model_type": "flex_olmo",
            "vocab_size": dim(), "hidden_size": dim(), "intermediate_size": dim(),
            "num_hidden_layers": dim(), "num_attention_heads": dim(), "num_key_value_heads": dim(),
            "num_experts": dim(), "num_experts_per_tok": dim(), "max_position_embeddings": dim(),
            "rms_norm_eps": 1e-6, "rope_theta": 10000.0, "norm_topk_prob": false,
        });
        serde_json::to_vec(&doc).ok()
    }
    fn run(&mut self, input: &[u8]) -> Result<(), String> {
        let text = String::from_utf8_lossy(input);
        let mut config = FlexOlmoConfig::from_json(&text)?;
        config.limit_context(Some(1 << 20))?;
        let _ = (config.total_params(), config.expert_params(), config.active_params(config.num_experts_per_tok));
        std::fs::write(self.dir.join("config.json"), input).map_err(|e| e.to_string())?;
        let ck = Checkpoint::open(&self.dir, None).map_err(|e| e.to_string())?;
        ck.embedding_dtype().map_err(|e| e.to_string())?;
        let mut graph = ck.import().map_err(|e| e.to_string())?;
        flexc_passes::specialize(&[0], &[Backend::Cpu]).run(&mut graph, |_, _| {}).map_err(|e| e.to_string())?;
        lower(&graph, &[Backend::Cpu], LowerOptions::default()).map_err(|e| e.to_string())?;
        Ok(())
    }
}

/// `model.safetensors.index.json`: the shard names it lists.
pub struct IndexTarget;

impl Target for IndexTarget {
    fn name(&self) -> &'static str {
        "index.json"
    }
    fn shape(&self) -> Shape {
        Shape::Json
    }
    fn seeds(&self) -> Vec<Vec<u8>> {
        vec![read(&tiny_model().join("model.safetensors.index.json"))]
    }
    fn generate(&self, rng: &mut Rng) -> Option<Vec<u8>> {
        let mut map = serde_json::Map::new();
        for i in 0..rng.below(6) {
            let file = if rng.one_in(3) { rng.pick(mutate::STRINGS).to_string() } else { format!("s{i}.safetensors") };
            map.insert(format!("t{i}"), Value::from(file));
        }
        serde_json::to_vec(&serde_json::json!({"metadata": {}, "weight_map": map})).ok()
    }
    fn run(&mut self, input: &[u8]) -> Result<(), String> {
        let names = flexc_import::shard_names(input)?;
        if names.iter().any(|n| n.contains('/') || n.starts_with('.') || n.is_empty()) {
            panic!("a shard name that leaves the checkpoint was accepted: {names:?}");
        }
        Ok(())
    }
}

/// A safetensors file: written to disk, opened (length prefix, header, every entry), every tensor
/// read back.
pub struct SafetensorsTarget {
    path: PathBuf,
}

fn small_file(tensors: &[(&str, DType, &[u64])]) -> Vec<u8> {
    let data: Vec<Vec<u8>> = tensors
        .iter()
        .map(|(_, dt, shape)| vec![0x3f; shape.iter().product::<u64>() as usize * dt.size_bytes()])
        .collect();
    let outs: Vec<TensorOut<'_>> = tensors
        .iter()
        .zip(&data)
        .map(|((name, dtype, shape), bytes)| TensorOut { name, dtype: *dtype, shape, bytes })
        .collect();
    to_bytes(&outs, &BTreeMap::from([("format".to_string(), "pt".to_string())]))
}

impl Target for SafetensorsTarget {
    fn name(&self) -> &'static str {
        "safetensors"
    }
    fn shape(&self) -> Shape {
        Shape::Bytes
    }
    fn seeds(&self) -> Vec<Vec<u8>> {
        vec![
            small_file(&[("a", DType::F32, &[2, 3]), ("b", DType::Bf16, &[4]), ("c", DType::I32, &[1])]),
            small_file(&[("model.embed_tokens.weight", DType::F16, &[3, 2]), ("s", DType::F32, &[])]),
            small_file(&[("empty", DType::F32, &[0, 4])]),
            small_file(&[]),
        ]
    }
    fn generate(&self, rng: &mut Rng) -> Option<Vec<u8>> {
        let n = rng.below(4);
        let names = ["x", "y", "z", "w"];
        let specs: Vec<(&str, DType, Vec<u64>)> = (0..n)
            .map(|i| {
                let dtype = *rng.pick(&[DType::F32, DType::Bf16, DType::F16, DType::I32]);
                let shape = (0..rng.below(3)).map(|_| rng.below(5) as u64).collect();
                (names[i], dtype, shape)
            })
            .collect();
        let refs: Vec<(&str, DType, &[u64])> = specs.iter().map(|(n, d, s)| (*n, *d, s.as_slice())).collect();
        Some(small_file(&refs))
    }
    /// The header as JSON (its length prefix kept right most of the time), or the length prefix.
    fn mutate(&self, rng: &mut Rng, input: &[u8]) -> Option<Vec<u8>> {
        let n = u64::from_le_bytes(input.get(..8)?.try_into().ok()?) as usize;
        let header = input.get(8..8usize.checked_add(n)?)?;
        let data = &input[8 + n..];
        if rng.one_in(8) {
            let mut out = input.to_vec();
            let len =
                *rng.pick(&[0u64, 1, 2, n as u64 + 1, (n as u64).saturating_sub(1), u64::MAX, 1 << 40, 100 << 20]);
            out[..8].copy_from_slice(&len.to_le_bytes());
            return Some(out);
        }
        let header = mutate::json(rng, header)?;
        let mut out = (header.len() as u64).to_le_bytes().to_vec();
        out.extend_from_slice(&header);
        out.extend_from_slice(data);
        Some(out)
    }
    fn run(&mut self, input: &[u8]) -> Result<(), String> {
        std::fs::write(&self.path, input).map_err(|e| e.to_string())?;
        let file = SafetensorsFile::open(&self.path).map_err(|e| e.to_string())?;
        for info in file.tensors().values() {
            let bytes = file.bytes(info.start, info.end).map_err(|e| e.to_string())?;
            assert_eq!(bytes.len() as u64, info.end - info.start);
        }
        Ok(())
    }
}

/// IR text (`.fir`): parsed and verified; what verifies must print and parse back to itself, and is
/// run through the pipeline its `; pipeline:` line names (else every generic pass) and lowered for
/// every target.
pub struct IrTextTarget {
    default: Pipeline,
}

const GENERIC_PIPELINE: &str = "router-collapse,fuse-moe,fuse-qkv,fuse-gate-up,fuse-attention,fuse-residual-norm,\
                                fuse-moe-block,cse,dce,legalize{targets=cpu,cuda,hip,wgpu}";

impl IrTextTarget {
    fn new() -> IrTextTarget {
        IrTextTarget { default: Pipeline::parse(GENERIC_PIPELINE).expect("the generic pipeline parses") }
    }
}

/// Every `.fir` file under tests/filetests, and each one's expected output as a graph of its own.
fn filetest_graphs() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut dirs = vec![root().join("tests/filetests")];
    while let Some(d) = dirs.pop() {
        let mut entries: Vec<PathBuf> =
            std::fs::read_dir(&d).into_iter().flatten().flatten().map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "fir") {
                let text = String::from_utf8(read(&p)).unwrap_or_default();
                if let Some((_, expected)) = text.split_once("; expected:\n") {
                    let graph: String =
                        expected.lines().map(|l| l.strip_prefix("; ").unwrap_or(l)).collect::<Vec<_>>().join("\n");
                    out.push(graph.into_bytes());
                }
                out.push(text.into_bytes());
            }
        }
    }
    out
}

fn lower_everywhere(graph: &Graph) -> Result<(), String> {
    check_runnable(graph).map_err(|e| e.to_string())?;
    lower(graph, &[Backend::Cpu, Backend::Cuda, Backend::Hip, Backend::Wgpu], LowerOptions::default())
        .map_err(|e| e.to_string())?;
    Ok(())
}

impl Target for IrTextTarget {
    fn name(&self) -> &'static str {
        "ir-text"
    }
    fn shape(&self) -> Shape {
        Shape::Text
    }
    /// An attribute (`{k = 3, ...}`) set to another small value: graphs that still verify, with
    /// configurations the passes and lowering must handle.
    fn mutate(&self, rng: &mut Rng, input: &[u8]) -> Option<Vec<u8>> {
        let text = std::str::from_utf8(input).ok()?;
        let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with(';')).collect();
        let candidates: Vec<&str> = lines.into_iter().filter(|l| l.contains(" = ") && l.contains('{')).collect();
        if candidates.is_empty() {
            return None;
        }
        let line = *rng.pick(&candidates);
        let open = line.find('{')?;
        let digits: Vec<usize> = line[open..]
            .char_indices()
            .filter(|(i, c)| c.is_ascii_digit() && !line[open..][..*i].ends_with(|p: char| p.is_ascii_digit()))
            .map(|(i, _)| open + i)
            .collect();
        if digits.is_empty() {
            return None;
        }
        let at = *rng.pick(&digits);
        let end = at + line[at..].find(|c: char| !c.is_ascii_digit()).unwrap_or(line.len() - at);
        let changed = format!("{}{}{}", &line[..at], rng.below(9), &line[end..]);
        Some(text.replacen(line, &changed, 1).into_bytes())
    }
    fn seeds(&self) -> Vec<Vec<u8>> {
        let mut seeds = filetest_graphs();
        let ck = Checkpoint::open(&tiny_model(), None).expect("the tiny model opens");
        let mut graph = ck.import().expect("the tiny model imports");
        seeds.push(print(&graph).into_bytes());
        flexc_passes::specialize(&[0, 1, 4], &[Backend::Cpu]).run(&mut graph, |_, _| {}).expect("specializes");
        seeds.push(print(&graph).into_bytes());
        seeds
    }
    fn run(&mut self, input: &[u8]) -> Result<(), String> {
        let text = utf8(input)?;
        let (mut graph, map) = parse_with_source_map(text).map_err(|e| e.to_string())?;
        verify_with_source_map(&graph, Some(&map)).map_err(|e| e.to_string())?;
        let printed = print(&graph);
        let back = flexc_ir::parse(&printed).unwrap_or_else(|e| panic!("printed graph does not parse: {e}\n{printed}"));
        assert!(back == graph, "print/parse round trip changed the graph:\n{printed}");
        let named = text.lines().find_map(|l| l.strip_prefix("; pipeline:")).map(|s| s.trim().to_string());
        let pipeline = match &named {
            Some(spec) => Pipeline::parse(spec).map_err(|e| e.to_string())?,
            None => std::mem::take(&mut self.default),
        };
        let result = pipeline.run(&mut graph, |_, _| {});
        if named.is_none() {
            self.default = pipeline;
        }
        if let Err(flexc_passes::PassError::Invalid { pass, error }) = &result {
            panic!("pass {pass} turned a verified graph into an invalid one: {error}\n{text}");
        }
        result.map_err(|e| e.to_string())?;
        lower_everywhere(&graph)
    }
}

/// `graph.json`: deserialized, verified, lowered for every target.
pub struct GraphJsonTarget {
    artifact: PathBuf,
}

impl GraphJsonTarget {
    fn new(artifact: &Path) -> GraphJsonTarget {
        GraphJsonTarget { artifact: artifact.to_path_buf() }
    }
}

impl Target for GraphJsonTarget {
    fn name(&self) -> &'static str {
        "graph.json"
    }
    fn shape(&self) -> Shape {
        Shape::Json
    }
    fn seeds(&self) -> Vec<Vec<u8>> {
        let mut seeds = vec![read(&self.artifact.join(flexc_artifact::GRAPH_JSON))];
        for text in filetest_graphs().into_iter().take(8) {
            if let Ok(g) = flexc_ir::parse(&String::from_utf8_lossy(&text)) {
                seeds.push(serde_json::to_vec(&g).expect("a graph serializes"));
            }
        }
        seeds
    }
    fn run(&mut self, input: &[u8]) -> Result<(), String> {
        let graph: Graph = serde_json::from_slice(input).map_err(|e| e.to_string())?;
        flexc_ir::verify(&graph).map_err(|e| e.to_string())?;
        let back = flexc_ir::parse(&print(&graph)).unwrap_or_else(|e| panic!("printed graph does not parse: {e}"));
        assert!(back == graph, "a verified JSON graph does not survive the text form");
        lower_everywhere(&graph)
    }
}

/// One file of an artifact (manifest.json or plan.json) replaced by the input, the manifest's hash of
/// it recomputed as a careful tamperer would, and the artifact opened and audited.
pub struct ArtifactFileTarget {
    name: &'static str,
    file: &'static str,
    dir: PathBuf,
    seed: Vec<u8>,
    manifest: Value,
}

impl ArtifactFileTarget {
    fn new(scratch: &Path, artifact: &Path, file: &'static str) -> anyhow::Result<ArtifactFileTarget> {
        let dir = scratch.join(format!("artifact-{file}"));
        copy_dir(artifact, &dir)?;
        let seed = read(&dir.join(file));
        let manifest = serde_json::from_slice(&read(&dir.join(MANIFEST)))?;
        let name = if file == MANIFEST { "manifest.json" } else { "plan.json" };
        Ok(ArtifactFileTarget { name, file, dir, seed, manifest })
    }
}

impl Target for ArtifactFileTarget {
    fn name(&self) -> &'static str {
        self.name
    }
    fn shape(&self) -> Shape {
        Shape::Json
    }
    fn seeds(&self) -> Vec<Vec<u8>> {
        vec![self.seed.clone()]
    }
    fn run(&mut self, input: &[u8]) -> Result<(), String> {
        std::fs::write(self.dir.join(self.file), input).map_err(|e| e.to_string())?;
        if self.file != MANIFEST {
            let mut m = self.manifest.clone();
            if let Some(files) = m["files"].as_array_mut() {
                for f in files.iter_mut().filter(|f| f["path"] == self.file) {
                    f["sha256"] = flexc_format::sha256_hex(input).into();
                    f["bytes"] = input.len().into();
                }
            }
            std::fs::write(self.dir.join(MANIFEST), serde_json::to_vec(&m).expect("JSON"))
                .map_err(|e| e.to_string())?;
        }
        let art = Artifact::open(&self.dir).map_err(|e| e.to_string())?;
        audit(&art, None).map_err(|e| e.to_string())?;
        Ok(())
    }
}

/// Token ids as typed on the command line: parsed, then checked by a loaded engine against its
/// vocabulary and context.
pub struct TokensTarget {
    engine: Engine,
}

impl TokensTarget {
    fn new(artifact: &Path) -> anyhow::Result<TokensTarget> {
        Ok(TokensTarget { engine: Engine::load(artifact, DeviceKind::Cpu)? })
    }
}

impl Target for TokensTarget {
    fn name(&self) -> &'static str {
        "token ids"
    }
    fn shape(&self) -> Shape {
        Shape::Text
    }
    fn seeds(&self) -> Vec<Vec<u8>> {
        vec![b"3,17,5".to_vec(), b" 1, 2 ,3,, 4 ".to_vec(), b"0".to_vec()]
    }
    fn generate(&self, rng: &mut Rng) -> Option<Vec<u8>> {
        let n = rng.small_len(2000);
        let mut out = String::new();
        for i in 0..n {
            if i > 0 {
                out.push_str(rng.pick::<&str>(&[",", ", ", " ,", ",,", ";", " "]));
            }
            if rng.one_in(8) {
                out.push_str(rng.pick::<&str>(mutate::NUMBERS));
            } else {
                out.push_str(&rng.below(300).to_string());
            }
        }
        Some(out.into_bytes())
    }
    fn run(&mut self, input: &[u8]) -> Result<(), String> {
        let ids = flexc_runtime::parse_token_ids(utf8(input)?)?;
        self.engine.check_prompt(&ids).map_err(|e| e.to_string())
    }
}
