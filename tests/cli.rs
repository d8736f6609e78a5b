//! The CLI contract: inspect, compile, logits, run, bench; and bad input giving a clear error, a non-zero
//! exit, no panic and nothing written.

mod common;

use common::*;
use flexc_format::safetensors::{write, SafetensorsFile, TensorOut};
use std::collections::BTreeMap;
use std::path::Path;

fn tiny() -> String {
    root().join("models/tiny-flexolmo").to_string_lossy().into_owned()
}

fn gqa() -> std::path::PathBuf {
    root().join("tests/fixtures/tiny-gqa-bf16")
}

#[test]
fn inspect_lists_the_seven_experts_by_name() {
    let out = ok(&["inspect", &tiny()]);
    for (i, name) in ["public", "math", "news", "academic", "code", "creative", "reddit"].iter().enumerate() {
        assert!(out.lines().any(|l| l.trim_start().starts_with(&format!("{i}  {name} "))), "{name} missing:\n{out}");
    }
    assert!(out.contains("top-5 per token"), "{out}");
}

#[test]
fn compile_inspect_and_run_with_a_prompt() {
    let dir = tempfile::tempdir().unwrap();
    let art = dir.path().join("art");
    let art = art.to_str().unwrap();
    ok(&["compile", &tiny(), "--experts", "public,math,code", "-o", art]);
    let out = ok(&["inspect", art]);
    assert!(out.contains("kept         public (0), math (1), code (4)"), "{out}");
    assert!(out.contains("excluded     news (2), academic (3), creative (5), reddit (6)"), "{out}");
    let row = |op: &str| {
        out.lines()
            .find(|l| l.split_whitespace().next() == Some(op))
            .map(|l| l.split_whitespace().skip(1).collect::<Vec<_>>().join(" "))
    };
    assert_eq!(row("expert_ffn").as_deref(), Some("14 0"), "{out}");
    assert_eq!(row("moe_block").as_deref(), Some("0 2"), "{out}");
    assert_eq!(row("self_attention").as_deref(), Some("0 2"), "{out}");
    // The plan: 8 launches per decoder layer (19 per forward of the 2-layer model) on the cpu, and
    // attention's combine of its splits over the cache on the GPU targets.
    for (target, count) in [("cpu", "19 launches per forward of one row (19 of more), at most 8")]
        .into_iter()
        .chain(["cuda", "hip", "wgpu"].map(|t| (t, "21 launches per forward of one row (21 of more), at most 9")))
    {
        let line = format!("{target} program");
        let line = out.lines().find(|l| l.starts_with(&line)).unwrap_or_else(|| panic!("no {target} program:\n{out}"));
        assert!(line.ends_with(&format!("{count} per decoder layer")), "{line}");
    }
    assert_eq!(row("softmax_topk").as_deref(), Some("2 0"), "{out}");
    // What a decode step reads: all 3 kept experts are chosen (k' = E'); one embedding row of the table.
    let reads = out.lines().find(|l| l.starts_with("decode reads")).unwrap_or_else(|| panic!("{out}"));
    assert!(reads.contains("(3 chosen experts per block)") && reads.ends_with("plus the KV cache"), "{reads}");
    // The GPU programs say which kernels launch fewer cubes than an H200 has SMs at one token, and why.
    for target in ["cuda", "hip", "wgpu"] {
        let few =
            out.lines().skip_while(|l| !l.starts_with(&format!("{target} < 132 cubes"))).take(4).collect::<Vec<_>>();
        let attention = "paged_attention_planes 4, attention_combine 4 (a cube per token and head at short contexts";
        assert!(few.iter().any(|l| l.contains(attention)), "{out}");
        assert!(few.iter().any(|l| l.contains("qk_norm_rope_cube 1, residual_norm_router_cube 1, ")), "{out}");
        assert!(few.iter().any(|l| l.contains("embed 1 (a unit per value of the token's embedding row")), "{out}");
        // The decode shapes only (8 outputs a cube), not the tiled shapes a one-token step never launches.
        let narrow = few.iter().find(|l| l.contains("(a cube per 8 outputs")).unwrap_or_else(|| panic!("{out}"));
        let listed: Vec<&str> = narrow.split(" (").next().unwrap().split(", ").map(|e| e.trim()).collect();
        for decode in ["matmul_planes 8", "moe_down_planes 8"] {
            assert!(listed.iter().any(|e| e.ends_with(decode)), "no {decode} in {narrow}");
        }
        for tiled in ["matmul_planes 4", "matmul_planes 12", "moe_down_planes 4"] {
            assert!(!listed.iter().any(|e| e.ends_with(tiled)), "{tiled} in {narrow}");
        }
    }
    // Bytes are attributed to the router and to each kept expert, also inside the fused moe op.
    for kind in ["router", "expert public", "expert math", "expert code", "attention", "embedding", "head", "norm"] {
        assert!(out.lines().any(|l| l.trim_start().starts_with(&format!("{kind} "))), "no `{kind}` bytes:\n{out}");
    }
    assert!(!out.contains("expert news"), "{out}");
    let text = ok(&["run", art, "--prompt", "The math expert", "--max-tokens", "6"]);
    assert!(text.starts_with("The math expert") && text.len() > "The math expert".len(), "{text:?}");
    // Seeded sampling is reproducible.
    let a = ok(&["run", art, "--prompt", "The", "--max-tokens", "8", "--temperature", "0.8", "--seed", "3"]);
    let b = ok(&["run", art, "--prompt", "The", "--max-tokens", "8", "--temperature", "0.8", "--seed", "3"]);
    assert_eq!(a, b);
    // Recompiling over an artifact replaces it.
    ok(&["compile", &tiny(), "--experts", "public", "-o", art]);
    assert!(ok(&["inspect", art]).contains("kept         public (0)\n"));
    assert_nothing_written(dir.path(), &["art"]);
}

#[test]
fn bench_times_prefill_decode_and_a_batch() {
    let dir = tempfile::tempdir().unwrap();
    let art = dir.path().join("art");
    let art = art.to_str().unwrap();
    ok(&["compile", &tiny(), "--experts", "public,math,code", "-o", art, "--target", "cpu"]);
    let out = ok(&["bench", art, "--prompt-tokens", "5", "--decode-tokens", "3", "--warmup", "0", "--batch", "4"]);
    for (row, want) in
        [("prefill", "5 tokens in "), ("decode", "3 tokens in "), ("batched", "4 sequences x 3 tokens in ")]
    {
        let line = out.lines().find(|l| l.starts_with(row)).unwrap_or_else(|| panic!("no {row} row:\n{out}"));
        assert!(line.contains(want) && line.contains("tokens/s"), "{line}");
    }
    let err = fails(&["bench", art, "--batch", "0"]);
    assert!(err.contains("--batch 0"), "{err}");
}

#[test]
fn print_after_and_emit_ir_show_the_graph() {
    let dir = tempfile::tempdir().unwrap();
    let art = dir.path().join("art");
    let out =
        ok(&["compile", &tiny(), "--experts", "0,4", "-o", art.to_str().unwrap(), "--print-after", "expert-prune"]);
    assert!(out.starts_with("; after expert-prune\ngraph \"flex_olmo\""), "{out}");
    assert!(out.contains("moe_combine") && out.contains("experts = [0, 4]"), "{out}");
    let graph = dir.path().join("g.fir");
    let out = ok(&["compile", &tiny(), "--experts", "0,4", "-o", art.to_str().unwrap(), "--emit-ir"]);
    std::fs::write(&graph, &out).unwrap();
    let summary = ok(&["inspect", graph.to_str().unwrap()]);
    assert!(summary.contains("verified"), "{summary}");
    assert!(summary.lines().any(|l| l.split_whitespace().collect::<Vec<_>>() == ["moe_block", "2"]), "{summary}");
    let e = fails(&["compile", &tiny(), "--experts", "0", "-o", art.to_str().unwrap(), "--print-after", "nope"]);
    assert!(e.contains("no such pass"), "{e}");
}

/// The specialized graph of `experts`, from `--emit-ir`.
fn specialized_graph(experts: &str) -> flexc_ir::Graph {
    let dir = tempfile::tempdir().unwrap();
    let art = dir.path().join("art");
    let ir = ok(&["compile", &tiny(), "--experts", experts, "-o", art.to_str().unwrap(), "--emit-ir"]);
    flexc_ir::parse(&ir).unwrap()
}

#[test]
fn public_only_is_a_dense_model() {
    let graph = specialized_graph("public");
    let ops: Vec<&str> = graph.insts.iter().map(|i| i.op.name()).collect();
    for gone in ["router", "softmax_topk", "softmax", "moe", "moe_combine", "expert_ffn"] {
        assert!(!ops.contains(&gone), "`{gone}` left in the dense graph: {ops:?}");
    }
    let blocks: Vec<_> = graph
        .insts
        .iter()
        .filter_map(|i| match &i.op {
            flexc_ir::Op::MoeBlock { router, experts, .. } => Some((router.is_none(), experts.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(blocks, vec![(true, vec![0]), (true, vec![0])], "two dense FFN blocks without a router: {ops:?}");
}

#[test]
fn three_of_seven_with_top_five_has_no_top_k() {
    let dir = tempfile::tempdir().unwrap();
    let art = dir.path().join("art");
    let ir = ok(&["compile", &tiny(), "--experts", "public,math,code", "-o", art.to_str().unwrap(), "--emit-ir"]);
    let graph = flexc_ir::parse(&ir).unwrap();
    assert!(!graph.insts.iter().any(|i| i.op.name() == "softmax_topk"));
    let moes: Vec<_> = graph
        .insts
        .iter()
        .filter_map(|i| match &i.op {
            flexc_ir::Op::MoeBlock { experts, top_k, .. } => Some((experts.clone(), *top_k)),
            _ => None,
        })
        .collect();
    assert_eq!(moes, vec![(vec![0, 1, 4], 3), (vec![0, 1, 4], 3)]);
    // Six of seven still choose five: the top-k stays, fused with the constants E' = 6, k' = 5.
    let ir = ok(&["compile", &tiny(), "--experts", "0,1,2,3,4,5", "-o", art.to_str().unwrap(), "--emit-ir"]);
    assert!(ir.contains("{experts = [0, 1, 2, 3, 4, 5], top_k = 5, renorm = false, eps = 1e-6}"), "{ir}");
}

#[test]
fn bad_expert_selections_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let art = dir.path().join("art");
    let art = art.to_str().unwrap();
    let e = fails(&["compile", &tiny(), "--experts", "public,physics", "-o", art]);
    assert!(e.contains("unknown expert \"physics\"") && e.contains("public, math, news"), "{e}");
    let e = fails(&["compile", &tiny(), "--experts", "", "-o", art]);
    assert!(e.contains("the expert set is empty"), "{e}");
    let e = fails(&["compile", &tiny(), "--experts", " , ", "-o", art]);
    assert!(e.contains("the expert set is empty"), "{e}");
    let e = fails(&["compile", &tiny(), "--experts", "7", "-o", art]);
    assert!(e.contains("expert index 7 is out of range"), "{e}");
    let e = fails(&["compile", &tiny(), "--experts", "math,1", "-o", art]);
    assert!(e.contains("listed twice"), "{e}");
    let e = fails(&["compile", gqa().to_str().unwrap(), "--experts", "public", "-o", art]);
    assert!(e.contains("no expert names") && e.contains("indices 0..4"), "{e}");
    let e = fails(&["compile", gqa().to_str().unwrap(), "--experts", "a", "--expert-names", "a,b", "-o", art]);
    assert!(e.contains("names 2 experts but the checkpoint has 5"), "{e}");
    // --expert-names gives an unnamed checkpoint names.
    ok(&["compile", gqa().to_str().unwrap(), "--experts", "pub,c", "--expert-names", "pub,b,c,d,e", "-o", art]);
    assert!(ok(&["inspect", art]).contains("kept         pub (0), c (2)"));
    std::fs::remove_dir_all(art).unwrap();
    assert_nothing_written(dir.path(), &[]);
}

/// Rewrites the bf16 GQA checkpoint in `dst` with `edit` applied to its tensor list.
fn edited_checkpoint(dst: &Path, edit: impl FnOnce(&mut BTreeMap<String, (flexc_ir::DType, Vec<u64>, Vec<u8>)>)) {
    copy_dir(&gqa(), dst);
    let f = SafetensorsFile::open(&dst.join("model.safetensors")).unwrap();
    let mut tensors: BTreeMap<String, (flexc_ir::DType, Vec<u64>, Vec<u8>)> = f
        .tensors()
        .iter()
        .map(|(n, i)| (n.clone(), (i.dtype.unwrap(), i.shape.clone(), f.bytes(i.start, i.end).unwrap().to_vec())))
        .collect();
    drop(f);
    edit(&mut tensors);
    let outs: Vec<TensorOut> =
        tensors.iter().map(|(name, (dtype, shape, bytes))| TensorOut { name, dtype: *dtype, shape, bytes }).collect();
    write(&dst.join("model.safetensors"), &outs, &BTreeMap::new()).unwrap();
}

#[test]
fn broken_checkpoints_are_clear_errors_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let art = dir.path().join("art");
    let art_s = art.to_str().unwrap();
    let compile_fails = |model: &Path| {
        let e = fails(&["compile", model.to_str().unwrap(), "--experts", "0,1", "-o", art_s]);
        assert_nothing_written(dir.path(), &["missing", "shape", "truncated", "config", "invalid", "dtype"]);
        e
    };

    let missing = dir.path().join("missing");
    edited_checkpoint(&missing, |t| {
        t.remove("model.layers.1.self_attn.k_norm.weight");
    });
    let e = compile_fails(&missing);
    assert!(e.contains("missing tensor \"model.layers.1.self_attn.k_norm.weight\""), "{e}");

    let shape = dir.path().join("shape");
    edited_checkpoint(&shape, |t| {
        let w = t.get_mut("model.layers.0.mlp.experts.3.up_proj.weight").unwrap();
        w.1 = vec![w.1[1], w.1[0]];
    });
    let e = compile_fails(&shape);
    assert!(e.contains("model.layers.0.mlp.experts.3.up_proj.weight") && e.contains("expected [48, 64]"), "{e}");

    let dtype = dir.path().join("dtype");
    edited_checkpoint(&dtype, |t| {
        t.get_mut("model.norm.weight").unwrap().0 = flexc_ir::DType::I32;
        let w = t.get_mut("model.norm.weight").unwrap();
        w.2.extend(vec![0u8; w.2.len()]);
    });
    let e = compile_fails(&dtype);
    assert!(e.contains("\"model.norm.weight\" has dtype I32"), "{e}");

    let truncated = dir.path().join("truncated");
    copy_dir(&gqa(), &truncated);
    let file = truncated.join("model.safetensors");
    let bytes = std::fs::read(&file).unwrap();
    std::fs::write(&file, &bytes[..bytes.len() - 100]).unwrap();
    let e = compile_fails(&truncated);
    assert!(e.contains("model.safetensors") && e.contains("truncated"), "{e}");

    let config = dir.path().join("config");
    copy_dir(&gqa(), &config);
    std::fs::write(config.join("config.json"), "{\"model_type\": \"flex_olmo\", \"hidden_size\": ").unwrap();
    let e = compile_fails(&config);
    assert!(e.contains("config.json") && e.contains("not valid JSON"), "{e}");

    let invalid = dir.path().join("invalid");
    copy_dir(&gqa(), &invalid);
    let text = std::fs::read_to_string(invalid.join("config.json")).unwrap();
    std::fs::write(
        invalid.join("config.json"),
        text.replace("\"num_experts_per_tok\": 3", "\"num_experts_per_tok\": 9"),
    )
    .unwrap();
    let e = compile_fails(&invalid);
    assert!(e.contains("config.json") && e.contains("num_experts_per_tok (9) is larger than num_experts (5)"), "{e}");

    let e = fails(&["compile", dir.path().join("nowhere").to_str().unwrap(), "--experts", "0", "-o", art_s]);
    assert!(e.contains("not a directory"), "{e}");
}

#[test]
fn outputs_get_their_missing_parent_directories() {
    let dir = tempfile::tempdir().unwrap();
    let art = dir.path().join("new/nested/art");
    let out = flexc(&["compile", &tiny(), "--experts", "public,math", "-o", art.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(art.join("manifest.json").is_file());
    let npy = dir.path().join("logits/of/art.npy");
    let out = flexc(&["logits", art.to_str().unwrap(), "--tokens", "1,2,3", "--out", npy.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(flexc_format::npy::read_f32(&npy).unwrap().0, vec![3, 384]);
    // A file in the way of a parent is a clear error, and nothing is written.
    std::fs::write(dir.path().join("file"), "").unwrap();
    let e = fails(&["compile", &tiny(), "--experts", "0", "-o", dir.path().join("file/art").to_str().unwrap()]);
    assert!(e.contains("file/art: its parent is not a directory"), "{e}");
    let e = fails(&["compile", &tiny(), "--experts", "0", "-o", dir.path().join("file/sub/art").to_str().unwrap()]);
    assert!(e.contains("file/sub/art: its parent directory") && e.contains("cannot be created"), "{e}");
    assert_nothing_written(dir.path(), &["new", "logits", "file"]);
}

#[test]
fn refuses_to_replace_something_that_is_not_an_artifact() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("precious");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("notes.txt"), "keep me").unwrap();
    let e = fails(&["compile", &tiny(), "--experts", "0", "-o", target.to_str().unwrap()]);
    assert!(e.contains("not a flexc artifact"), "{e}");
    assert_eq!(std::fs::read_to_string(target.join("notes.txt")).unwrap(), "keep me");
    assert_nothing_written(dir.path(), &["precious"]);
}

#[test]
fn malformed_ir_text_is_reported_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.fir");
    std::fs::write(&bad, "graph \"g\"\ninput %t: i32[T]\n%x: f32[T, 4] = embed %t @w\noutput %x\n").unwrap();
    let e = fails(&["inspect", bad.to_str().unwrap()]);
    assert!(e.contains("bad.fir") && e.contains("line 3"), "{e}");
    std::fs::write(&bad, "graph \"g\"\ninput %t: i32[T]\n%x: f32[T, 4] = add %t, %t\noutput %x\n").unwrap();
    let e = fails(&["inspect", bad.to_str().unwrap()]);
    assert!(e.contains("line 3") && e.contains("operand %t must be f32[T, n]"), "{e}");
}

#[test]
fn bad_tokens_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let art = dir.path().join("art");
    let art = art.to_str().unwrap();
    let out = dir.path().join("l.npy");
    let out = out.to_str().unwrap();
    ok(&["compile", &tiny(), "--experts", "public", "-o", art]);
    let e = fails(&["logits", art, "--tokens", "3,x", "--out", out]);
    assert!(e.contains("\"x\" is not a token id"), "{e}");
    let e = fails(&["logits", art, "--tokens", "3,384", "--out", out]);
    assert!(e.contains("token id 384 at position 1 is outside the vocabulary of 384"), "{e}");
    let e = fails(&["logits", art, "--tokens", ",", "--out", out]);
    assert!(e.contains("no token ids"), "{e}");
    let long = vec!["1"; 257].join(",");
    let e = fails(&["logits", art, "--tokens", &long, "--out", out]);
    assert!(e.contains("257 tokens exceed the model's maximum context of 256"), "{e}");
    assert!(!Path::new(out).exists());
}
