//! The verifier rejects ill-typed and dangling graphs, naming the value and the line.

use flexc_ir::text::parse_with_source_map;
use flexc_ir::verify::verify_with_source_map;

const SHA: &str = "0000000000000000000000000000000000000000000000000000000000000000";

fn check(body: &str) -> Result<(), String> {
    let text = format!(
        "graph \"g\"\ninput %tokens: i32[T]\n\
         weight @emb: f32[10, 4] = \"m.safetensors\" \"emb\" at 8 rows 0..10 sha256 \"{SHA}\"\n\
         weight @w: f32[6, 4] = \"m.safetensors\" \"w\" at 8 rows 0..6 sha256 \"{SHA}\"\n\
         weight @n: f32[4] = \"m.safetensors\" \"n\" at 8 rows 0..1 sha256 \"{SHA}\"\n\
         %x: f32[T, 4] = embed %tokens, @emb\n{body}"
    );
    let (g, map) = parse_with_source_map(&text).map_err(|e| format!("parse: {e}"))?;
    verify_with_source_map(&g, Some(&map)).map_err(|e| e.to_string())
}

#[test]
fn a_well_typed_graph_passes() {
    check("%y: f32[T, 6] = matmul %x, @w\n%z: f32[T, 4] = rms_norm %x, @n {eps = 1e-6}\noutput %y\n").unwrap();
}

#[test]
fn use_before_definition_names_value_and_line() {
    let e = check("%y: f32[T, 6] = matmul %nope, @w\noutput %y\n").unwrap_err();
    assert!(e.contains("line 7") && e.contains("%nope is used before it is defined"), "{e}");
}

#[test]
fn wrong_result_type_is_reported() {
    let e = check("%y: f32[T, 5] = matmul %x, @w\noutput %y\n").unwrap_err();
    assert!(e.contains("line 7") && e.contains("declared f32[T, 5]") && e.contains("f32[T, 6]"), "{e}");
}

#[test]
fn shape_mismatch_of_weight_is_reported() {
    let e = check("%y: f32[T, 6] = matmul %x, @w\n%z: f32[T, 6] = matmul %y, @w\noutput %z\n").unwrap_err();
    assert!(e.contains("line 8") && e.contains("@w is [6, 4] but %y has width 6"), "{e}");
}

#[test]
fn undeclared_weight_duplicate_value_and_missing_output() {
    let e = check("%y: f32[T, 6] = matmul %x, @ghost\noutput %y\n").unwrap_err();
    assert!(e.contains("weight @ghost is not declared"), "{e}");
    let e = check("%x: f32[T, 4] = add %x, %x\noutput %x\n").unwrap_err();
    assert!(e.contains("%x is defined twice"), "{e}");
    let e = check("output %y\n").unwrap_err();
    assert!(e.contains("output %y is not defined"), "{e}");
    let e = check("").unwrap_err();
    assert!(e.contains("no output"), "{e}");
}

#[test]
fn moe_and_attention_constraints() {
    let e = check("%g: f32[T, 6] = softmax_topk %y {k = 7, renorm = false}\noutput %g\n").unwrap_err();
    assert!(e.contains("%y is used before"), "{e}");
    let e =
        check("%r: f32[T, 6] = matmul %x, @w\n%g: f32[T, 6] = softmax_topk %r {k = 7, renorm = false}\noutput %g\n")
            .unwrap_err();
    assert!(e.contains("k = 7 must be between 1 and the number of experts 6"), "{e}");
    let e =
        check("%a: f32[T, 4] = attention %x, %x, %x {heads = 3, kv_heads = 2, head_dim = 2, layer = 0}\noutput %a\n")
            .unwrap_err();
    assert!(e.contains("kv_heads 2 must be non-zero and divide heads 3"), "{e}");
}

#[test]
fn pieces_must_cover_the_weight() {
    let text = format!(
        "graph \"g\"\ninput %tokens: i32[T]\nweight @emb: f32[10, 4] = \"m\" \"emb\" at 8 rows 0..9 sha256 \"{SHA}\"\n\
         %x: f32[T, 4] = embed %tokens, @emb\noutput %x\n"
    );
    let (g, map) = parse_with_source_map(&text).unwrap();
    let e = verify_with_source_map(&g, Some(&map)).unwrap_err().to_string();
    assert!(e.contains("line 3") && e.contains("pieces cover 9 rows"), "{e}");
}

/// A NaN meta value is refused (a graph holding one is unequal to itself); an infinite one is a value.
#[test]
fn a_nan_meta_value_is_refused() {
    let graph = |meta: &str| {
        format!(
            "graph \"g\"\nmeta {meta}\ninput %tokens: i32[T]\n\
             weight @emb: f32[10, 4] = \"m.safetensors\" \"emb\" at 8 rows 0..10 sha256 \"{SHA}\"\n\
             %x: f32[T, 4] = embed %tokens, @emb\noutput %x\n"
        )
    };
    let verify = |text: &str| {
        let (g, map) = parse_with_source_map(text).unwrap();
        verify_with_source_map(&g, Some(&map)).map_err(|e| e.to_string())
    };
    let e = verify(&graph("max_position_embeddings = NaN")).unwrap_err();
    assert!(e.contains("meta `max_position_embeddings` is NaN"), "{e}");
    verify(&graph("rope_scale = inf")).unwrap();
}
