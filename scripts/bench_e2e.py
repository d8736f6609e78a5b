#!/usr/bin/env python3
"""End-to-end decode speed: flexc's cpu kernels against transformers eager, same checkpoint, same
machine, same thread count, in one run.

    pip install torch transformers safetensors numpy
    python3 scripts/bench_e2e.py [--threads N] [--prompt 32] [--decode 32]

Builds a bench FlexOlmo with transformers (hidden 512, 8 layers, 8 heads, 7 experts of intermediate
1024, top-5, vocab 4096, f32, random weights; written to target/bench-model, not committed), then
for the full model and for the 3-of-7 configuration public,math,code measures prefill and decode
tokens/s of transformers (the sliced checkpoint for the configuration, as opting out is defined) and
of flexc (`flexc bench` on the compiled artifact), and prints the ratios. For the 3-of-7
configuration it also times the full flexc artifact with the excluded experts masked at run time
(-inf router logits, what a server that does not specialize does): the specialization gain.
"""

import argparse
import os
import re
import subprocess
import sys
import time

import torch
from transformers import FlexOlmoConfig, FlexOlmoForCausalLM

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from make_fixtures import randomize, slice_model  # noqa: E402

NAMES = ["public", "math", "news", "academic", "code", "creative", "reddit"]


def build_model(path):
    cfg = FlexOlmoConfig(
        vocab_size=4096, hidden_size=512, intermediate_size=1024, num_hidden_layers=8,
        num_attention_heads=8, num_key_value_heads=8, max_position_embeddings=1024,
        num_experts=7, num_experts_per_tok=5, eos_token_id=None, pad_token_id=None, bos_token_id=None,
    )
    model = FlexOlmoForCausalLM(cfg).to(torch.float32).eval()
    randomize(model, 1234)
    model.save_pretrained(path)
    with open(os.path.join(path, "experts.json"), "w") as f:
        f.write('["' + '", "'.join(NAMES) + '"]')
    return model


@torch.no_grad()
def transformers_speed(model, prompt, decode):
    ids = torch.tensor([prompt])
    model(input_ids=ids, use_cache=True)  # warm-up
    start = time.perf_counter()
    out = model(input_ids=ids, use_cache=True)
    prefill = time.perf_counter() - start
    past = out.past_key_values
    nxt = out.logits[:, -1:].argmax(-1)
    start = time.perf_counter()
    for _ in range(decode):
        out = model(input_ids=nxt, past_key_values=past, use_cache=True)
        past = out.past_key_values
        nxt = out.logits[:, -1:].argmax(-1)
    return len(prompt) / prefill, decode / (time.perf_counter() - start)


def flexc_speed(flexc, model_dir, experts, art, prompt_len, decode, extra=()):
    subprocess.run([flexc, "compile", model_dir, "--experts", experts, "-o", art], check=True, capture_output=True)
    out = subprocess.run(
        [flexc, "bench", art, "--prompt-tokens", str(prompt_len), "--decode-tokens", str(decode), *extra],
        check=True, capture_output=True, text=True,
    ).stdout
    prefill = float(re.search(r"prefill .*: ([\d.]+) tokens/s", out).group(1))
    dec = float(re.search(r"decode .*: ([\d.]+) tokens/s", out).group(1))
    return prefill, dec


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--prompt", type=int, default=32)
    ap.add_argument("--decode", type=int, default=32)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    os.environ["RAYON_NUM_THREADS"] = str(args.threads)
    model_dir = os.path.join(ROOT, "target", "bench-model")
    full = build_model(model_dir)
    subprocess.run(["cargo", "build", "-q"], cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    flexc = os.path.join(target, "debug", "flexc")
    prompt = [(i * 7919 + 13) % 4096 for i in range(args.prompt)]
    print(f"bench model: hidden 512, 8 layers, 7 experts x intermediate 1024, top-5, f32; "
          f"prompt {args.prompt}, decode {args.decode}, {args.threads} threads")
    print(f"{'configuration':<22}{'engine':<14}{'prefill tok/s':>14}{'decode tok/s':>14}")
    for label, kept in [("all 7 experts", list(range(7))), ("public,math,code", [0, 1, 4])]:
        model = full if len(kept) == 7 else slice_model(full, kept)
        t_pre, t_dec = transformers_speed(model, prompt, args.decode)
        art = os.path.join(ROOT, "target", "bench-" + ("all" if len(kept) == 7 else "pmc"))
        f_pre, f_dec = flexc_speed(flexc, model_dir, ",".join(NAMES[i] for i in kept), art, args.prompt, args.decode)
        print(f"{label:<22}{'transformers':<14}{t_pre:>14.1f}{t_dec:>14.2f}")
        print(f"{'':<22}{'flexc cpu':<14}{f_pre:>14.1f}{f_dec:>14.2f}")
        print(f"{'':<22}{'ratio':<14}{f_pre / t_pre:>13.2f}x{f_dec / t_dec:>13.2f}x")
        if len(kept) < 7:
            # What a server that does not specialize does: the full model, the excluded experts'
            # router logits set to -inf at run time.
            excluded = ",".join(str(i) for i in range(7) if i not in kept)
            m_pre, m_dec = flexc_speed(flexc, model_dir, ",".join(NAMES), art + "-masked", args.prompt, args.decode,
                                       ("--mask-experts", excluded))
            print(f"{'':<22}{'flexc masked':<14}{m_pre:>14.1f}{m_dec:>14.2f}")
            print(f"{'':<22}{'specialized/masked':<14}{f_pre / m_pre:>9.2f}x{f_dec / m_dec:>13.2f}x")


if __name__ == "__main__":
    main()
