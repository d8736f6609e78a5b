//! The specialization pipeline changes no answer: for random small FlexOlmo checkpoints (random
//! shapes, random weights) and random non-empty expert subsets, the reference executor gives the
//! same logits for
//!   (a) the fully specialized graph (the whole pipeline: pruning, router collapse, every fusion), and
//!   (b) the unspecialized graph with the excluded experts' router logits set to -inf,
//! within max |a-b| / max(1, max|b|) <= 1e-5 (f32 summation order differs, nothing else).

use flexc_format::safetensors::{write, TensorOut};
use flexc_import::Checkpoint;
use flexc_ir::DType;
use flexc_reference::ReferenceExecutor;
use flexc_test_support::relative_error;
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;

/// The shape of a random checkpoint; Debug output is the readable counterexample.
#[derive(Debug, Clone)]
struct Shape {
    layers: u64,
    heads: u64,
    kv_heads: u64,
    head_dim: u64,
    intermediate: u64,
    experts: u64,
    top_k: u64,
    vocab: u64,
    renorm: bool,
}

fn shape() -> impl Strategy<Value = Shape> {
    (1u64..=2, prop_oneof![Just((2u64, 1u64)), Just((2, 2)), Just((4, 2))], prop_oneof![Just(4u64), Just(8)], 1u64..=6)
        .prop_flat_map(|(layers, (heads, kv_heads), head_dim, experts)| {
            (1u64..=experts, prop_oneof![Just(4u64), Just(12)], 16u64..40, any::<bool>()).prop_map(
                move |(top_k, intermediate, vocab, renorm)| Shape {
                    layers,
                    heads,
                    kv_heads,
                    head_dim,
                    intermediate,
                    experts,
                    top_k,
                    vocab,
                    renorm,
                },
            )
        })
}

/// Deterministic pseudo-random values in [-scale, scale).
fn values(seed: &mut u64, n: u64, scale: f32) -> Vec<u8> {
    (0..n)
        .flat_map(|_| {
            *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let unit = (*seed >> 40) as f32 / (1u64 << 24) as f32;
            ((unit * 2.0 - 1.0) * scale).to_le_bytes()
        })
        .collect()
}

fn write_checkpoint(dir: &Path, s: &Shape, mut seed: u64) {
    let d = s.heads * s.head_dim;
    let (q, kv) = (s.heads * s.head_dim, s.kv_heads * s.head_dim);
    let config = serde_json::json!({
        "model_type": "flex_olmo", "vocab_size": s.vocab, "hidden_size": d, "intermediate_size": s.intermediate,
        "num_hidden_layers": s.layers, "num_attention_heads": s.heads, "num_key_value_heads": s.kv_heads,
        "num_experts": s.experts, "num_experts_per_tok": s.top_k, "norm_topk_prob": s.renorm,
        "max_position_embeddings": 64, "eos_token_id": 0,
    });
    std::fs::write(dir.join("config.json"), config.to_string()).unwrap();
    let mut tensors: Vec<(String, Vec<u64>, Vec<u8>)> = Vec::new();
    let mut add = |name: String, shape: Vec<u64>, scale: f32, offset: f32, seed: &mut u64| {
        let n = shape.iter().product();
        let mut bytes = values(seed, n, scale);
        if offset != 0.0 {
            for c in bytes.chunks_exact_mut(4) {
                let v = f32::from_le_bytes([c[0], c[1], c[2], c[3]]) + offset;
                c.copy_from_slice(&v.to_le_bytes());
            }
        }
        tensors.push((name, shape, bytes));
    };
    let proj = |fan_in: u64| 1.7 / (fan_in as f32).sqrt();
    add("model.embed_tokens.weight".into(), vec![s.vocab, d], 1.7, 0.0, &mut seed);
    for l in 0..s.layers {
        let p = format!("model.layers.{l}");
        add(format!("{p}.self_attn.q_proj.weight"), vec![q, d], proj(d), 0.0, &mut seed);
        add(format!("{p}.self_attn.k_proj.weight"), vec![kv, d], proj(d), 0.0, &mut seed);
        add(format!("{p}.self_attn.v_proj.weight"), vec![kv, d], proj(d), 0.0, &mut seed);
        add(format!("{p}.self_attn.o_proj.weight"), vec![d, q], proj(q), 0.0, &mut seed);
        add(format!("{p}.self_attn.q_norm.weight"), vec![q], 0.5, 1.0, &mut seed);
        add(format!("{p}.self_attn.k_norm.weight"), vec![kv], 0.5, 1.0, &mut seed);
        add(format!("{p}.post_attention_layernorm.weight"), vec![d], 0.5, 1.0, &mut seed);
        add(format!("{p}.post_feedforward_layernorm.weight"), vec![d], 0.5, 1.0, &mut seed);
        add(format!("{p}.mlp.gate.weight"), vec![s.experts, d], 4.0 * proj(d), 0.0, &mut seed);
        for e in 0..s.experts {
            let x = format!("{p}.mlp.experts.{e}");
            add(format!("{x}.gate_proj.weight"), vec![s.intermediate, d], proj(d), 0.0, &mut seed);
            add(format!("{x}.up_proj.weight"), vec![s.intermediate, d], proj(d), 0.0, &mut seed);
            add(format!("{x}.down_proj.weight"), vec![d, s.intermediate], proj(s.intermediate), 0.0, &mut seed);
        }
    }
    add("model.norm.weight".into(), vec![d], 0.5, 1.0, &mut seed);
    add("lm_head.weight".into(), vec![s.vocab, d], proj(d), 0.0, &mut seed);
    let outs: Vec<TensorOut> =
        tensors.iter().map(|(name, shape, bytes)| TensorOut { name, dtype: DType::F32, shape, bytes }).collect();
    write(&dir.join("model.safetensors"), &outs, &BTreeMap::new()).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn specialized_equals_masked(
        shape in shape(),
        seed in any::<u64>(),
        subset in any::<u64>(),
        tokens in proptest::collection::vec(0u32..16, 1..7),
    ) {
        let kept: Vec<u64> = (0..shape.experts).filter(|e| subset >> e & 1 == 1).collect();
        let kept = if kept.is_empty() { vec![subset % shape.experts] } else { kept };
        let excluded: Vec<u64> = (0..shape.experts).filter(|e| !kept.contains(e)).collect();
        let dir = tempfile::tempdir().unwrap();
        write_checkpoint(dir.path(), &shape, seed);
        let ck = Checkpoint::open(dir.path(), None).unwrap();
        let full = ck.import().unwrap();

        let mut specialized = full.clone();
        flexc_passes::specialize(&kept, &[flexc_lower::Target::Cpu]).run(&mut specialized, |_, _| {}).unwrap();
        let a = ReferenceExecutor::load(specialized, dir.path()).unwrap().logits(&tokens).unwrap();

        let mut masked = ReferenceExecutor::load(full, dir.path()).unwrap();
        masked.mask_experts(&excluded);
        let b = masked.logits(&tokens).unwrap();

        let err = relative_error(&a, &b);
        prop_assert!(err <= 1e-5, "kept {:?}: relative error {:e}", kept, err);
    }
}

/// The mask itself is not a no-op: opting experts out changes the answer (so the property above
/// compares two things that could differ).
#[test]
fn masking_changes_the_logits() {
    let shape = Shape {
        layers: 1,
        heads: 2,
        kv_heads: 1,
        head_dim: 4,
        intermediate: 12,
        experts: 4,
        top_k: 2,
        vocab: 20,
        renorm: false,
    };
    let dir = tempfile::tempdir().unwrap();
    write_checkpoint(dir.path(), &shape, 5);
    let full = Checkpoint::open(dir.path(), None).unwrap().import().unwrap();
    let mut exec = ReferenceExecutor::load(full, dir.path()).unwrap();
    let all = exec.logits(&[1, 2, 3]).unwrap();
    exec.mask_experts(&[0, 1]);
    let masked = exec.logits(&[1, 2, 3]).unwrap();
    assert!(relative_error(&masked, &all) > 1e-3, "masking experts 0 and 1 changed nothing");
}

/// The fusions change no answer: on every committed fixture configuration, the graph after the whole
/// pipeline gives, on the reference executor, the logits of the graph specialized without the
/// attention, residual-norm and MoE-block fusions, within 1e-5.
#[test]
fn fused_equals_unfused_on_every_fixture_configuration() {
    let configs = flexc_test_support::fixture_configs();
    assert!(configs.len() >= 10, "expected every fixture configuration");
    for c in configs {
        let ck = Checkpoint::open(&c.model_dir, None).unwrap();
        let kept =
            flexc_import::resolve_experts(&c.experts.join(","), ck.expert_names.as_deref(), ck.config.num_experts)
                .unwrap();
        let full = ck.import().unwrap();
        let keep: Vec<String> = kept.iter().map(|e| e.to_string()).collect();
        let unfused_spec =
            format!("expert-prune{{keep={}}},router-collapse,fuse-moe,fuse-qkv,fuse-gate-up,cse,dce", keep.join(","));
        let mut unfused = full.clone();
        flexc_passes::Pipeline::parse(&unfused_spec).unwrap().run(&mut unfused, |_, _| {}).unwrap();
        let mut fused = full;
        flexc_passes::specialize(&kept, &[flexc_lower::Target::Cpu]).run(&mut fused, |_, _| {}).unwrap();
        let ops = |g: &flexc_ir::Graph, name: &str| g.insts.iter().filter(|i| i.op.name() == name).count();
        assert!(ops(&fused, "self_attention") > 0 && ops(&fused, "moe_block") > 0, "{}: nothing fused", c.name);
        assert_eq!(ops(&unfused, "self_attention") + ops(&unfused, "moe_block"), 0);
        let a = ReferenceExecutor::load(fused, &c.model_dir).unwrap().logits(&c.prompt).unwrap();
        let b = ReferenceExecutor::load(unfused, &c.model_dir).unwrap().logits(&c.prompt).unwrap();
        let err = relative_error(&a, &b);
        assert!(err <= 1e-5, "{}/{}: fused vs unfused relative error {err:e}", c.model, c.name);
    }
}
