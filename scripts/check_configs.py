#!/usr/bin/env python3
"""flexc against transformers on random FlexOlmo configurations, through the CLI.

For each seed: a FlexOlmo of random shape (hidden size, heads and kv heads, head_dim apart from
hidden / heads, intermediate size, layers, experts, top-k, vocabulary, tied embeddings,
norm_topk_prob, RoPE theta, RMSNorm eps) saved by transformers in f32, bf16 or f16, a random kept
set and a random prompt length. `flexc compile` builds the kept set, `flexc logits` gives the
prefill logits and `flexc run --tokens` the next greedy tokens, against transformers on the
checkpoint sliced as opting out is defined (scripts/make_fixtures.py: weights upcast to f32, the
forward in f32). A case fails when max |a-b| / max(1, max|b|) passes the fixtures' tolerance (1e-4
for f32 weights, 1e-2 for bf16 and f16), when the greedy tokens differ, or when a command fails.

    python3 scripts/check_configs.py [--seeds 1-40] [--flexc target/release/flexc] [--keep DIR]

Needs torch and transformers (`pip install torch transformers safetensors numpy`); prints one line a
case and exits non-zero when any case fails.
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile

import numpy as np
import torch
from transformers import FlexOlmoConfig, FlexOlmoForCausalLM

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from make_fixtures import randomize, slice_model  # noqa: E402

GREEDY_TOKENS = 6


def seeds(spec):
    out = []
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        out.extend(range(int(lo), int(hi or lo) + 1))
    return out


def random_case(seed):
    r = random.Random(seed)
    # One case in five as wide as the panel kernels' multi-stream and multi-panel shapes need.
    wide = r.random() < 0.2
    head_dim = r.choice([64, 128] if wide else [8, 16, 24, 32, 40, 64])
    heads = r.choice([2, 4, 8] if wide else [1, 2, 3, 4, 6])
    kv_heads = r.choice([h for h in range(1, heads + 1) if heads % h == 0])
    # Mostly hidden = heads x head_dim; otherwise head_dim stands apart from the hidden size.
    hidden = heads * head_dim if r.random() < 0.7 else r.choice([320, 512] if wide else [48, 64, 80, 96])
    experts = r.randint(1, 8)
    config = FlexOlmoConfig(
        vocab_size=r.choice([1000, 2048] if wide else [97, 256, 300, 515]),
        hidden_size=hidden,
        intermediate_size=r.choice([256, 384, 1024] if wide else [16, 32, 40, 64, 72, 96, 128]),
        num_hidden_layers=r.randint(1, 3),
        num_attention_heads=heads,
        num_key_value_heads=kv_heads,
        head_dim=head_dim,
        max_position_embeddings=256,
        num_experts=experts,
        num_experts_per_tok=r.randint(1, experts),
        rms_norm_eps=r.choice([1e-6, 1e-5]),
        rope_parameters={"rope_theta": r.choice([10000.0, 500000.0]), "rope_type": "default"},
        tie_word_embeddings=r.random() < 0.3,
        norm_topk_prob=r.random() < 0.3,
        pad_token_id=0,
        eos_token_id=1,
    )
    dtype = r.choice([torch.float32, torch.bfloat16, torch.float16])
    kept = sorted(r.sample(range(experts), r.randint(1, experts)))
    prompt = [r.randrange(config.vocab_size) for _ in range(r.choice([1, 5, 17, 37, 70]))]
    return config, dtype, kept, prompt


@torch.no_grad()
def transformers_reference(model, prompt):
    """Prefill logits, and the greedy tokens up to GREEDY_TOKENS or the end-of-text token, which
    `flexc run` stops at (and prints)."""
    logits = model(input_ids=torch.tensor([prompt]), use_cache=False).logits[0].float().numpy()
    tokens, greedy = list(prompt), []
    for _ in range(GREEDY_TOKENS):
        nxt = int(torch.argmax(model(input_ids=torch.tensor([tokens]), use_cache=False).logits[0, -1]))
        greedy.append(nxt)
        tokens.append(nxt)
        if nxt == model.config.eos_token_id:
            break
    return logits, greedy


def flexc(binary, *args):
    done = subprocess.run([binary, *args], capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"flexc {args[0]} failed: {done.stderr.strip()[-400:]}")
    return done.stdout


def check(binary, seed, work):
    config, dtype, kept, prompt = random_case(seed)
    c = config
    case = (
        f"seed {seed}: hidden {c.hidden_size}, {c.num_attention_heads} heads ({c.num_key_value_heads} kv) of "
        f"{c.head_dim}, intermediate {c.intermediate_size}, {c.num_hidden_layers} layers, {c.num_experts} "
        f"experts top-{c.num_experts_per_tok} keeping {kept}, vocab {c.vocab_size}, tied {c.tie_word_embeddings}, "
        f"norm_topk_prob {c.norm_topk_prob}, {str(dtype).replace('torch.', '')}, {len(prompt)} tokens"
    )
    torch.manual_seed(seed)
    model = FlexOlmoForCausalLM(config).to(torch.float32).eval()
    randomize(model, seed)
    checkpoint = os.path.join(work, f"model-{seed}")
    model.to(dtype).save_pretrained(checkpoint)
    full = FlexOlmoForCausalLM.from_pretrained(checkpoint, dtype=torch.float32).eval()
    want, want_greedy = transformers_reference(slice_model(full, kept), prompt)

    artifact = os.path.join(work, f"art-{seed}")
    out = os.path.join(work, f"logits-{seed}.npy")
    ids = ",".join(map(str, prompt))
    try:
        flexc(binary, "compile", checkpoint, "--experts", ",".join(map(str, kept)), "-o", artifact, "--target", "cpu")
        flexc(binary, "logits", artifact, "--tokens", ids, "--out", out)
        greedy = [int(t) for t in flexc(binary, "run", artifact, "--tokens", ids, "--max-tokens", str(GREEDY_TOKENS)).split(",")]
    except RuntimeError as e:
        return False, f"{case}: {e}"
    got = np.load(out)
    err = float(np.abs(got - want).max()) / max(1.0, float(np.abs(want).max()))
    tolerance = 1e-4 if dtype == torch.float32 else 1e-2
    ok = err <= tolerance and greedy == want_greedy
    verdict = f"relative error {err:.1e} (tolerance {tolerance:.0e}), greedy {'equal' if greedy == want_greedy else f'{greedy} against {want_greedy}'}"
    return ok, f"{case}: {verdict}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default="1-40", help="seeds, as 1-40 or 3,7,9-12")
    ap.add_argument("--flexc", default=os.path.join(ROOT, "target", "release", "flexc"))
    ap.add_argument("--keep", help="write the checkpoints and artifacts here and leave them")
    args = ap.parse_args()
    if not os.path.exists(args.flexc):
        sys.exit(f"{args.flexc}: no flexc binary (cargo build --release, or pass --flexc)")
    work = args.keep or tempfile.mkdtemp(prefix="flexc-configs-")
    os.makedirs(work, exist_ok=True)
    failed = 0
    try:
        for seed in seeds(args.seeds):
            ok, line = check(args.flexc, seed, work)
            failed += not ok
            print(("ok    " if ok else "FAIL  ") + line, flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{failed} of {len(seeds(args.seeds))} configurations failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
