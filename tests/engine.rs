//! The kernel engine as a library: incremental decode through the KV cache gives the logits of a
//! full prefill, sessions are independent, and one engine serves many threads.

mod common;

use common::*;
use flexc_runtime::{DeviceKind, Engine, EngineError, EngineOptions, Sequence};

fn compiled(dir: &std::path::Path, experts: &str) -> std::path::PathBuf {
    let art = dir.join("art");
    let model = root().join("models/tiny-flexolmo");
    ok(&["compile", model.to_str().unwrap(), "--experts", experts, "-o", art.to_str().unwrap()]);
    art
}

#[test]
fn decode_through_the_cache_equals_prefill() {
    let dir = tempfile::tempdir().unwrap();
    let engine = Engine::load(&compiled(dir.path(), "public,math,code"), DeviceKind::Cpu).unwrap();
    let tokens = [5u32, 17, 33, 2, 99, 120, 7];
    let vocab = engine.vocab_size();
    let full = engine.session().forward(&tokens).unwrap();
    let mut session = engine.session();
    let mut stepped = session.forward(&tokens[..3]).unwrap();
    for &t in &tokens[3..] {
        stepped.extend(session.forward(&[t]).unwrap());
    }
    assert_eq!(session.len(), tokens.len());
    assert_eq!(stepped.len(), tokens.len() * vocab);
    let err = relative_error(&stepped, &full);
    assert!(err <= 1e-5, "decode vs prefill relative error {err:e}");
}

#[test]
fn context_and_token_limits_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let engine = Engine::load(&compiled(dir.path(), "public"), DeviceKind::Cpu).unwrap();
    let mut session = engine.session();
    let too_long = vec![1u32; engine.max_positions() + 1];
    assert!(matches!(session.forward(&too_long), Err(EngineError::Context { .. })));
    assert!(matches!(session.forward(&[engine.vocab_size() as u32]), Err(EngineError::Token { .. })));
    assert!(session.is_empty(), "a refused call must not advance the session");
    session.forward(&vec![1u32; engine.max_positions()]).unwrap();
    assert!(matches!(session.forward(&[1]), Err(EngineError::Context { .. })));
}

#[test]
fn one_engine_serves_many_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Engine>();
    let dir = tempfile::tempdir().unwrap();
    let engine = Engine::load(&compiled(dir.path(), "0,2,3,5,6"), DeviceKind::Cpu).unwrap();
    let prompts: Vec<Vec<u32>> = (0..4u32).map(|i| (0..6).map(|j| (i * 31 + j * 7) % 300).collect()).collect();
    let alone: Vec<Vec<f32>> = prompts.iter().map(|p| engine.session().forward(p).unwrap()).collect();
    let together: Vec<Vec<f32>> = std::thread::scope(|s| {
        let handles: Vec<_> = prompts.iter().map(|p| s.spawn(|| engine.session().forward(p).unwrap())).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(alone, together);
}

/// Opting experts out at run time (-inf router logits on the full model, what a generic server does)
/// gives the logits of the artifact specialized for the kept experts.
#[test]
fn runtime_mask_equals_specialization() {
    let dir = tempfile::tempdir().unwrap();
    let full_dir = dir.path().join("full");
    std::fs::create_dir(&full_dir).unwrap();
    let mut full = Engine::load(&compiled(&full_dir, "0,1,2,3,4,5,6"), DeviceKind::Cpu).unwrap();
    let special = Engine::load(&compiled(dir.path(), "public,math,code"), DeviceKind::Cpu).unwrap();
    let tokens = [5u32, 17, 33, 2, 99];
    let unmasked = full.session().forward(&tokens).unwrap();
    full.mask_experts(&[2, 3, 5, 6]).unwrap();
    let masked = full.session().forward(&tokens).unwrap();
    let specialized = special.session().forward(&tokens).unwrap();
    let err = relative_error(&masked, &specialized);
    assert!(err <= 1e-5, "masked vs specialized relative error {err:e}");
    assert!(relative_error(&unmasked, &specialized) > 1e-3, "the mask changed nothing");
    assert!(full.mask_experts(&[0, 1, 2, 3, 4, 5, 6]).is_err());
}

/// The engine runs exactly the artifact's plan: for every fixture configuration, the launches of a
/// prefill and of a decode step are the program's launches (the one `plan.json` records for the
/// device), in order and in count.
#[test]
fn the_engine_runs_exactly_the_plan() {
    let device = DeviceKind::parse(&test_device()).expect("FLEXC_TEST_DEVICE names a device");
    let work = tempfile::tempdir().unwrap();
    let configs = fixture_configs();
    assert!(configs.len() >= 10, "expected every fixture configuration");
    for c in configs {
        let art = work.path().join(format!("{}-{}", c.model, c.name));
        ok(&["compile", c.model_dir.to_str().unwrap(), "--experts", &c.experts.join(","), "-o", art.to_str().unwrap()]);
        let engine = match Engine::load_with(&art, EngineOptions { device, ..EngineOptions::default() }) {
            // WGSL has no bf16: a wgpu adapter refuses the bf16 fixture, saying so.
            Err(EngineError::Device { reason, .. }) if matches!(device, DeviceKind::Wgpu(_)) => {
                assert!(reason.contains("cannot read bf16"), "{}/{}: {reason}", c.model, c.name);
                continue;
            }
            loaded => loaded.unwrap(),
        };
        let recorded = flexc_artifact::Artifact::open(&art).unwrap().plan;
        assert_eq!(Some(engine.program()), recorded.program(device.target()), "{}/{}", c.model, c.name);
        let plan = |rows: usize| -> Vec<&str> {
            engine.program().launched(rows as u64).iter().map(|l| l.instance.as_str()).collect()
        };
        let most = if engine.program().target == flexc_lower::Target::Cpu { 8 } else { 9 };
        assert!(engine.program().launches_per_layer() <= most, "{}/{}", c.model, c.name);
        let mut session = engine.session();
        session.workspace_mut().trace(true);
        session.forward(&c.prompt).unwrap();
        assert_eq!(session.workspace().launched(), plan(c.prompt.len()), "{}/{}: prefill", c.model, c.name);
        session.forward(&c.prompt[..1]).unwrap();
        assert_eq!(session.workspace().launched(), plan(1), "{}/{}: decode", c.model, c.name);
    }
}

/// A load in small chunks (each weight written into its buffer piece by piece, as large models are)
/// gives exactly the logits of a load in one piece per buffer, and both need the verified bytes.
#[test]
fn a_chunked_load_is_the_same_load() {
    let dir = tempfile::tempdir().unwrap();
    let art = compiled(dir.path(), "public,math,code");
    let tokens = [5u32, 17, 33, 2, 99];
    let whole = Engine::load(&art, DeviceKind::Cpu).unwrap().session().forward(&tokens).unwrap();
    let options = EngineOptions { load_chunk_bytes: 100, ..EngineOptions::default() };
    let chunked = Engine::load_with(&art, options).unwrap().session().forward(&tokens).unwrap();
    assert_eq!(whole, chunked);
}

/// The KV cache grows with a session's tokens (in blocks), not with the model's context limit, and a
/// request past the engine's cap is a clear error that leaves the session as it was.
#[test]
fn the_kv_cache_grows_by_need_up_to_its_cap() {
    let dir = tempfile::tempdir().unwrap();
    let art = compiled(dir.path(), "public,math,code");
    let engine = Engine::load(&art, DeviceKind::Cpu).unwrap();
    let per_position = engine.program().kv_bytes_per_position();
    let mut session = engine.session();
    let block = 16 * per_position;
    assert_eq!(engine.kv_cache_bytes(), (0, 0), "nothing before the first token");
    session.forward(&[1, 2, 3]).unwrap();
    assert_eq!(engine.kv_cache_bytes(), (4 * block, block), "one block used of the first four");
    session.forward(&[4; 40]).unwrap();
    assert_eq!(engine.kv_cache_bytes(), (4 * block, 3 * block), "43 positions take 3 blocks");
    session.forward(&[5; 60]).unwrap();
    assert_eq!(engine.kv_cache_bytes(), (8 * block, 7 * block), "103 positions: 7 blocks, the pool doubled");
    drop(session);
    assert_eq!(engine.kv_cache_bytes().1, 0, "a finished session gives its blocks back");

    // A cap of 3 blocks: a fourth is refused, and the session stays where it was.
    let options = EngineOptions { kv_cache_bytes: 3 * 16 * per_position, ..EngineOptions::default() };
    let capped = Engine::load_with(&art, options).unwrap();
    let mut session = capped.session();
    session.forward(&[1; 40]).unwrap();
    let err = session.forward(&[1; 10]).unwrap_err();
    assert!(matches!(err, EngineError::KvCacheFull { .. }), "{err}");
    assert!(err.to_string().contains("KV cache"), "{err}");
    assert_eq!(session.len(), 40);
    session.forward(&[1; 8]).unwrap();
}

/// A bf16 KV cache (`--kv-dtype bf16`: half the memory) keeps the logits within 2e-2 of the f32
/// cache's on every fixture configuration (measured: at most 9.8e-3), and greedy decoding agrees on
/// the prompt's next token.
#[test]
fn a_bf16_kv_cache_is_within_its_tolerance() {
    let work = tempfile::tempdir().unwrap();
    let mut worst = 0.0f32;
    for c in fixture_configs() {
        let art = |kv: &str| {
            let out = work.path().join(format!("{}-{}-{kv}", c.model, c.name));
            let (m, o) = (c.model_dir.to_str().unwrap(), out.to_str().unwrap());
            ok(&["compile", m, "--experts", &c.experts.join(","), "-o", o, "--target", "cpu", "--kv-dtype", kv]);
            Engine::load(&out, DeviceKind::Cpu).unwrap()
        };
        let (f32_engine, bf16_engine) = (art("f32"), art("bf16"));
        assert_eq!(bf16_engine.program().kv_bytes_per_position() * 2, f32_engine.program().kv_bytes_per_position());
        let a = f32_engine.session().forward(&c.prompt).unwrap();
        let b = bf16_engine.session().forward(&c.prompt).unwrap();
        let err = relative_error(&b, &a);
        worst = worst.max(err);
        assert!(err <= 2e-2, "{}/{}: bf16 KV cache relative error {err:e}", c.model, c.name);
        let vocab = f32_engine.vocab_size();
        let last = |l: &[f32]| flexc_runtime::argmax(&l[l.len() - vocab..]);
        assert_eq!(last(&a), last(&b), "{}/{}: next token", c.model, c.name);
    }
    eprintln!("bf16 KV cache: worst relative error {worst:e}");
}

/// Weights are stored as the kernels read them: in every fixture configuration's artifact, each MoE
/// block's experts are stacked in one contiguous run of the weight file (every gate/up in the block's
/// expert order, then every down), so a stack loads as one range.
#[test]
fn experts_are_stacked_in_the_artifact() {
    let work = tempfile::tempdir().unwrap();
    for c in fixture_configs() {
        let out = work.path().join(format!("{}-{}", c.model, c.name));
        let (m, o) = (c.model_dir.to_str().unwrap(), out.to_str().unwrap());
        ok(&["compile", m, "--experts", &c.experts.join(","), "-o", o, "--target", "cpu"]);
        let art = flexc_artifact::Artifact::open(&out).unwrap();
        let file = flexc_format::safetensors::SafetensorsFile::open(&out.join("weights/model.safetensors")).unwrap();
        for inst in &art.graph.insts {
            let flexc_ir::Op::MoeBlock { ffn, .. } = &inst.op else { continue };
            let gate_ups = ffn.iter().flat_map(|f| match f {
                flexc_ir::Ffn::Fused { gate_up, .. } => vec![gate_up.as_str()],
                flexc_ir::Ffn::Split { gate, up, .. } => vec![gate.as_str(), up.as_str()],
            });
            let downs = ffn.iter().map(|f| match f {
                flexc_ir::Ffn::Fused { down, .. } | flexc_ir::Ffn::Split { down, .. } => down.as_str(),
            });
            for stack in [gate_ups.collect::<Vec<_>>(), downs.collect::<Vec<_>>()] {
                let ranges: Vec<(u64, u64)> =
                    stack.iter().map(|w| file.get(w).map(|t| (t.start, t.end)).unwrap()).collect();
                assert!(
                    ranges.windows(2).all(|r| r[0].1 == r[1].0),
                    "{}/{} %{}: {stack:?} are not contiguous: {ranges:?}",
                    c.model,
                    c.name,
                    inst.result
                );
            }
        }
    }
}

/// Generating needs each sequence's last row only (`Engine::step_last`): the plan gives the launches
/// after the last KV-cache access to the output rows alone, and a step puts those rows first. Their
/// logits are those rows of a full step, bit for bit, for sequences fed chunks of different lengths
/// together and then one token each, and for one sequence's prompt alone.
#[test]
fn last_rows_only_equal_those_rows_of_a_full_step() {
    let dir = tempfile::tempdir().unwrap();
    let engine = Engine::load(&compiled(dir.path(), "public,math,code"), DeviceKind::Cpu).unwrap();
    let outputs = engine.program().launches.iter().filter(|l| l.rows == flexc_lower::Rows::Outputs).count();
    assert!(outputs >= 2, "the final norm and the head run on the output rows ({outputs} launches do)");
    let vocab = engine.vocab_size();
    let (mut ws_full, mut ws_last) = (engine.workspace(), engine.workspace());
    let mut full_seqs: Vec<Sequence> = (0..3).map(|_| Sequence::default()).collect();
    let mut last_seqs: Vec<Sequence> = (0..3).map(|_| Sequence::default()).collect();
    let steps: [Vec<Vec<u32>>; 2] =
        [vec![vec![5, 17, 33], vec![2], vec![99, 120, 7, 8, 9]], vec![vec![1], vec![2], vec![3]]];
    for tokens in &steps {
        let mut rows: Vec<(&mut Sequence, &[u32])> =
            full_seqs.iter_mut().zip(tokens).map(|(s, t)| (s, t.as_slice())).collect();
        let full = engine.step(&mut ws_full, &mut rows).unwrap();
        let mut rows: Vec<(&mut Sequence, &[u32])> =
            last_seqs.iter_mut().zip(tokens).map(|(s, t)| (s, t.as_slice())).collect();
        let last = engine.step_last(&mut ws_last, &mut rows).unwrap();
        let mut want = Vec::new();
        let mut row = 0;
        for t in tokens {
            row += t.len();
            want.extend_from_slice(&full[(row - 1) * vocab..row * vocab]);
        }
        assert_eq!(last.len(), tokens.len() * vocab);
        assert!(last == want, "the last rows' logits differ from a full step's");
    }
    for seq in full_seqs.iter_mut().chain(last_seqs.iter_mut()) {
        engine.release(seq);
    }
    // One sequence: the launches for the output rows take one row (the kernels' decode shapes) while
    // the rest of the step takes six.
    let prompt = [4u32, 8, 15, 16, 23, 42];
    let full = engine.session().forward(&prompt).unwrap();
    let last = engine.session().next_logits(&prompt).unwrap();
    assert!(last == full[(prompt.len() - 1) * vocab..], "a prompt's last row differs from its full forward's");
}

/// Prefix caching: a sequence started with `reuse_prefix` takes the whole KV-cache blocks that an
/// earlier sequence computed for the same first tokens, and its logits are those of a sequence that
/// computed everything, bit for bit; the blocks go when their place is needed, and a change of the
/// expert mask empties the cache.
#[test]
fn a_reused_prefix_gives_the_logits_of_computing_it() {
    let dir = tempfile::tempdir().unwrap();
    let art = compiled(dir.path(), "public,math,code");
    let block = 16; // the plan's KV-cache block size
                    // The bytes of a block: the first allocation is 4 blocks.
    let bytes_per_block = {
        let engine = Engine::load(&art, DeviceKind::Cpu).unwrap();
        engine.session().forward(&[1]).unwrap();
        engine.kv_cache_bytes().0 / 4
    };
    // Room for 4 blocks in all, so that the cache must give blocks up.
    let options = EngineOptions { kv_cache_bytes: 4 * bytes_per_block, ..EngineOptions::default() };
    let mut engine = Engine::load_with(&art, options).unwrap();
    let mut ws = engine.workspace();
    let prompt: Vec<u32> = (0..40).map(|i| (i * 11 + 5) % 300 + 1).collect();
    let run = |engine: &Engine, ws: &mut flexc_runtime::Workspace, prompt: &[u32], reuse: bool| {
        let mut seq = Sequence::default();
        let reused = if reuse { engine.reuse_prefix(&mut seq, prompt).unwrap() } else { 0 };
        let logits = engine.step_last(ws, &mut [(&mut seq, &prompt[reused..])]).unwrap();
        engine.release(&mut seq);
        (reused, logits)
    };
    let (_, computed) = run(&engine, &mut ws, &prompt, false);

    // The first sequence finds nothing and offers its two whole blocks (the third holds 8 tokens).
    assert_eq!(run(&engine, &mut ws, &prompt, true).0, 0);
    assert_eq!(engine.idle_cached_blocks(), 2);
    let (reused, logits) = run(&engine, &mut ws, &prompt, true);
    assert_eq!(reused, 2 * block);
    assert!(logits == computed, "logits after a reused prefix differ from computing it");

    // A prompt sharing the first block and a half: the first block only.
    let mut other = prompt.clone();
    other[24] += 1;
    let (_, want) = run(&engine, &mut ws, &other, false);
    let (reused, got) = run(&engine, &mut ws, &other, true);
    assert_eq!(reused, block);
    assert!(got == want);

    // A prompt of exactly two blocks leaves its last token to compute: one block reused.
    assert_eq!(run(&engine, &mut ws, &prompt[..2 * block], true).0, block);

    // A 60-token prompt needs all 4 blocks: the cached ones are given up, and the first prompt is
    // computed again, with the same logits.
    let long: Vec<u32> = (0..60).map(|i| (i * 7 + 3) % 300 + 1).collect();
    run(&engine, &mut ws, &long, true);
    let (reused, logits) = run(&engine, &mut ws, &prompt, true);
    assert_eq!(reused, 0, "the first prompt's blocks were given to the long one");
    assert!(logits == computed);

    // A new expert mask empties the cache.
    run(&engine, &mut ws, &prompt, true);
    assert!(engine.idle_cached_blocks() > 0);
    engine.mask_experts(&[2]).unwrap();
    assert_eq!(engine.idle_cached_blocks(), 0);
    let mut ws = engine.workspace();
    assert_eq!(run(&engine, &mut ws, &prompt, true).0, 0);

    // Only an empty sequence starts on a prefix.
    let mut seq = Sequence::default();
    engine.step_last(&mut ws, &mut [(&mut seq, &prompt[..3])]).unwrap();
    assert!(engine.reuse_prefix(&mut seq, &prompt).is_err());
    engine.release(&mut seq);
}
