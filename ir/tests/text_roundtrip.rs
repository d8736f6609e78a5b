//! The text form round-trips every graph, and the parser never panics.

use flexc_ir::{parse, print, Attr, DType, Dim, Ffn, Graph, Inst, Op, Piece, Type, Weight};
use proptest::prelude::*;

fn ident() -> impl Strategy<Value = String> {
    "[a-z_][a-z0-9_.]{0,12}"
}

fn weight_name() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9_.-]{0,20}"
}

fn text() -> impl Strategy<Value = String> {
    // Quotes, backslashes, control characters and non-ASCII all have to survive quoting.
    proptest::collection::vec(
        prop_oneof![
            Just('"'),
            Just('\\'),
            Just('\n'),
            Just('\t'),
            Just('\u{1}'),
            Just('é'),
            Just('漢'),
            "[ -~]".prop_map(|s: String| s.chars().next().unwrap())
        ],
        0..12,
    )
    .prop_map(|cs| cs.into_iter().collect())
}

fn dtype() -> impl Strategy<Value = DType> {
    prop_oneof![Just(DType::F32), Just(DType::Bf16), Just(DType::F16), Just(DType::I32)]
}

fn ty() -> impl Strategy<Value = Type> {
    (dtype(), proptest::collection::vec(prop_oneof![Just(Dim::Seq), (0u64..5000).prop_map(Dim::Fixed)], 0..4))
        .prop_map(|(d, s)| Type::new(d, s))
}

fn float() -> impl Strategy<Value = f64> {
    prop_oneof![any::<f64>().prop_filter("finite", |f| f.is_finite()), Just(1e-6), Just(500000.0), Just(-0.0)]
}

fn attr() -> impl Strategy<Value = Attr> {
    prop_oneof![
        any::<i64>().prop_map(Attr::Int),
        float().prop_map(Attr::Float),
        any::<bool>().prop_map(Attr::Bool),
        text().prop_map(Attr::Str),
        proptest::collection::vec(any::<i64>(), 0..5).prop_map(Attr::Ints),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    let w = weight_name;
    prop_oneof![
        w().prop_map(|table| Op::Embed { table }),
        w().prop_map(|weight| Op::MatMul { weight }),
        (w(), float()).prop_map(|(weight, eps)| Op::RmsNorm { weight, eps }),
        (0u64..512, float()).prop_map(|(head_dim, theta)| Op::Rope { head_dim, theta }),
        (0u64..64, 0u64..64, 0u64..256, 0u64..100).prop_map(|(heads, kv_heads, head_dim, layer)| Op::Attention {
            heads,
            kv_heads,
            head_dim,
            layer
        }),
        Just(Op::Add),
        w().prop_map(|weight| Op::Router { weight }),
        (0u64..16, any::<bool>()).prop_map(|(k, renorm)| Op::SoftmaxTopK { k, renorm }),
        (0u64..16, ffn()).prop_map(|(expert, ffn)| Op::ExpertFfn { expert, ffn }),
        proptest::collection::vec(0u64..64, 0..8).prop_map(|experts| Op::MoeCombine { experts }),
        Just(Op::Softmax),
        (0u64..16, ffn()).prop_map(|(expert, ffn)| Op::DenseFfn { expert, ffn }),
        (w(), any::<bool>(), proptest::collection::vec((0u64..64, w(), w(), w()), 1..4), 0u64..8, any::<bool>())
            .prop_map(|(router, fused, ffns, top_k, renorm)| Op::Moe {
                router,
                experts: ffns.iter().map(|f| f.0).collect(),
                top_k,
                renorm,
                // One layout for all experts, as the text form requires.
                ffn: ffns
                    .into_iter()
                    .map(|(_, g, u, d)| if fused {
                        Ffn::Fused { gate_up: g, down: d }
                    } else {
                        Ffn::Split { gate: g, up: u, down: d }
                    })
                    .collect(),
            }),
        (0..=i64::MAX as u64, 0..=i64::MAX as u64).prop_map(|(start, len)| Op::Slice { start, len }),
    ]
}

fn ffn() -> impl Strategy<Value = Ffn> {
    prop_oneof![
        (weight_name(), weight_name(), weight_name()).prop_map(|(gate, up, down)| Ffn::Split { gate, up, down }),
        (weight_name(), weight_name()).prop_map(|(gate_up, down)| Ffn::Fused { gate_up, down }),
    ]
}

fn piece() -> impl Strategy<Value = Piece> {
    (text(), text(), any::<u64>(), any::<u64>(), any::<u64>(), "[0-9a-f]{64}").prop_map(
        |(file, tensor, offset, row_start, row_end, sha256)| {
            let blake3 = (offset % 2 == 0).then(|| sha256.chars().rev().collect());
            Piece { file, tensor, offset, row_start, row_end, sha256, blake3 }
        },
    )
}

fn graph() -> impl Strategy<Value = Graph> {
    (
        text(),
        proptest::collection::btree_map("[a-z_][a-z0-9_]{0,10}", attr(), 0..4),
        proptest::collection::vec((ident(), ty()), 0..3),
        proptest::collection::vec(
            (
                weight_name(),
                dtype(),
                proptest::collection::vec(0u64..100_000, 0..4),
                proptest::collection::vec(piece(), 1..3),
            ),
            0..4,
        ),
        proptest::collection::vec((ident(), ty(), op(), proptest::collection::vec(ident(), 0..4)), 0..6),
        proptest::collection::vec(ident(), 0..3),
    )
        .prop_map(|(name, meta, inputs, weights, insts, outputs)| Graph {
            name,
            meta,
            inputs: inputs.into_iter().map(|(name, ty)| flexc_ir::graph::Input { name, ty }).collect(),
            weights: weights
                .into_iter()
                .map(|(name, dtype, shape, pieces)| Weight { name, dtype, shape, pieces })
                .collect(),
            insts: insts.into_iter().map(|(result, ty, op, args)| Inst { result, ty, op, args }).collect(),
            outputs,
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn print_then_parse_is_identity(g in graph()) {
        let text = print(&g);
        let back = parse(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(back, g);
    }

    #[test]
    fn json_round_trips(g in graph()) {
        let json = serde_json::to_string(&g).unwrap();
        let back: Graph = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, g);
    }

    #[test]
    fn parser_never_panics_on_arbitrary_text(s in "\\PC{0,200}") {
        let _ = parse(&s);
    }

    #[test]
    fn parser_never_panics_on_damaged_graphs(g in graph(), cut in any::<prop::sample::Index>(), junk in "[%@:=,\\[\\]{}\"0-9a-z .-]{0,6}") {
        let text = print(&g);
        let at = cut.index(text.len() + 1);
        let at = (0..=at).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        let damaged = format!("{}{junk}{}", &text[..at], &text[at..]);
        if let Ok(g2) = parse(&damaged) {
            // Whatever parses must print and parse back to itself.
            prop_assert_eq!(parse(&print(&g2)).unwrap(), g2);
        }
    }
}

#[test]
fn errors_name_the_line_and_column() {
    let text = "graph \"g\"\ninput %t: i32[T]\n%x: f32[T, 4] = frobnicate %t\noutput %x\n";
    let e = parse(text).unwrap_err();
    assert_eq!((e.line, e.col), (3, 17), "{e}");
    assert!(e.to_string().contains("unknown op `frobnicate`"), "{e}");

    let e = parse("graph \"g\"\n%x: f32[T, 4 = add %a, %b\n").unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.to_string().contains("expected"), "{e}");

    let e = parse("input %t: i32[T]\n").unwrap_err();
    assert!(e.to_string().contains("expected `graph"), "{e}");

    let e = parse("graph \"g\"\n%x: f32[T] = rms_norm %a, @w {eps = 1e-6, eps = 2.0}\n").unwrap_err();
    assert!(e.to_string().contains("given twice"), "{e}");

    let e = parse("graph \"g\"\n%x: f32[T] = rope %a {head_dim = 4}\n").unwrap_err();
    assert!(e.to_string().contains("missing attribute `theta`"), "{e}");
}
