#!/usr/bin/env python3
"""End-to-end speed: flexc against transformers eager (and, optionally, against another flexc build or
the run-time masked baseline), on the same checkpoint, same machine, same thread count.

    pip install torch transformers safetensors numpy
    python3 scripts/bench_e2e.py [--model bench|scale] [--threads 2] [--prompts 32,256] [--decode 64]
                                 [--runs 5] [--configs all,public,math,code] [--masked]
                                 [--baseline-flexc PATH] [--no-transformers] [--compile-args ARGS]

Every engine runs `--runs` times per configuration and prompt length, interleaved (flexc, transformers,
flexc, transformers, ...), so that drift of a shared machine hits both alike. The script prints, per
engine, the median prefill and decode tokens/s with the min and max, and per pair of engines the
ratio of each run's pair, as median [min, max].

Models (written to target/, never committed):
- `bench`: hidden 512, 8 layers, 8 heads, 7 experts of intermediate 1024, top-5, vocab 4096, f32.
- `scale`: the released models' proportions at 1.57 B parameters (scripts/make_scale_model.py), bf16.

Configurations are `;`-separated expert lists (`all` for every expert); transformers runs the sliced
checkpoint of a configuration, as opting out is defined. `--masked` also times the full flexc artifact
with the excluded experts' router logits set to -inf at run time (what a server that does not
specialize does). `--baseline-flexc PATH` also times another flexc binary (its own compile of the
same configuration), e.g. a build of an earlier commit. `--compile-args` adds options to the flexc
engine's compile only (e.g. `--compile-args=--cpu-bf16-dot`, with `--baseline-flexc` the same binary
to time the artifact without them beside it).
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import time

import torch
from transformers import FlexOlmoConfig, FlexOlmoForCausalLM

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from make_fixtures import randomize, slice_model  # noqa: E402

NAMES = ["public", "math", "news", "academic", "code", "creative", "reddit"]


def build_bench_model(path):
    if os.path.exists(os.path.join(path, "config.json")):
        return FlexOlmoForCausalLM.from_pretrained(path, torch_dtype=torch.float32).eval()
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


def load_model(name):
    path = os.path.join(ROOT, "target", f"{name}-model")
    if name == "bench":
        return path, build_bench_model(path)
    if not os.path.exists(os.path.join(path, "config.json")):
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "make_scale_model.py"), path], check=True)
    return path, FlexOlmoForCausalLM.from_pretrained(path, torch_dtype=torch.bfloat16).eval()


@torch.no_grad()
def transformers_run(model, prompt, decode):
    ids = torch.tensor([prompt])
    start = time.perf_counter()
    # The last position's logits only, as generate() asks for them (and as `flexc bench` steps do).
    out = model(input_ids=ids, use_cache=True, logits_to_keep=1)
    prefill = time.perf_counter() - start
    past = out.past_key_values
    nxt = out.logits[:, -1:].argmax(-1)
    start = time.perf_counter()
    for _ in range(decode):
        out = model(input_ids=nxt, past_key_values=past, use_cache=True, logits_to_keep=1)
        past = out.past_key_values
        nxt = out.logits[:, -1:].argmax(-1)
    return len(prompt) / prefill, decode / (time.perf_counter() - start)


def flexc_compile(flexc, model_dir, experts, art, extra=()):
    subprocess.run([flexc, "compile", model_dir, "--experts", experts, "-o", art, "--target", "cpu", *extra],
                   check=True, capture_output=True)


def flexc_run(flexc, art, prompt_len, decode, extra=()):
    out = subprocess.run(
        [flexc, "bench", art, "--prompt-tokens", str(prompt_len), "--decode-tokens", str(decode), *extra],
        check=True, capture_output=True, text=True,
    ).stdout
    prefill = float(re.search(r"prefill .*: ([\d.]+) tokens/s", out).group(1))
    dec = float(re.search(r"decode .*: ([\d.]+) tokens/s", out).group(1))
    return prefill, dec


def spread(values):
    return f"{statistics.median(values):8.2f} [{min(values):.2f}, {max(values):.2f}]"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", choices=["bench", "scale"], default="bench")
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--prompts", default="32")
    ap.add_argument("--decode", type=int, default=64)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--configs", default="all;public,math,code")
    ap.add_argument("--masked", action="store_true")
    ap.add_argument("--baseline-flexc")
    ap.add_argument("--no-transformers", action="store_true")
    ap.add_argument("--compile-args", default="")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    model_dir, full = load_model(args.model)
    subprocess.run(["cargo", "build", "-q", "--bin", "flexc"], cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    flexc = os.path.join(target, "debug", "flexc")
    vocab = full.config.vocab_size
    n_experts = full.config.num_experts
    print(f"{args.model} model: hidden {full.config.hidden_size}, {full.config.num_hidden_layers} layers, "
          f"{n_experts} experts x intermediate {full.config.intermediate_size}, top-{full.config.num_experts_per_tok}, "
          f"{str(next(full.parameters()).dtype).replace('torch.', '')}; decode {args.decode} tokens, {args.threads} threads, "
          f"{args.runs} interleaved runs per engine; tokens/s as median [min, max]")
    for config in args.configs.split(";"):
        kept = list(range(n_experts)) if config == "all" else [NAMES.index(n) for n in config.split(",")]
        label = "all experts" if config == "all" else config
        model = None if args.no_transformers else (full if len(kept) == n_experts else slice_model(full, kept))
        experts = ",".join(NAMES[i] for i in kept)
        slug = "all" if config == "all" else "-".join(config.split(","))
        arts = {"flexc": os.path.join(target, f"bench-{args.model}-{slug}")}
        flexc_compile(flexc, model_dir, experts, arts["flexc"], args.compile_args.split())
        engines = {"flexc": lambda p, a=arts["flexc"]: flexc_run(flexc, a, p, args.decode)}
        if model is not None:
            engines["transformers"] = lambda p: transformers_run(model, [(i * 7919 + 13) % vocab for i in range(p)],
                                                                  args.decode)
        if args.baseline_flexc:
            art = os.path.join(target, f"bench-{args.model}-{slug}-baseline")
            flexc_compile(args.baseline_flexc, model_dir, experts, art)
            engines["baseline flexc"] = lambda p, a=art: flexc_run(args.baseline_flexc, a, p, args.decode)
        if args.masked and len(kept) < n_experts:
            art = os.path.join(target, f"bench-{args.model}-full")
            flexc_compile(flexc, model_dir, ",".join(NAMES[:n_experts]), art)
            excluded = ",".join(str(i) for i in range(n_experts) if i not in kept)
            engines["flexc masked"] = lambda p, a=art: flexc_run(flexc, a, p, args.decode, ("--mask-experts", excluded))
        for prompt in [int(p) for p in args.prompts.split(",")]:
            results = {name: [] for name in engines}
            for _ in range(args.runs):
                for name, run in engines.items():
                    results[name].append(run(prompt))
            print(f"\n{label}, prompt {prompt}:")
            print(f"  {'engine':<16}{'prefill tokens/s':>30}{'decode tokens/s':>30}")
            for name, rs in results.items():
                print(f"  {name:<16}{spread([r[0] for r in rs]):>30}{spread([r[1] for r in rs]):>30}")
            for other in [n for n in engines if n != "flexc"]:
                pre = [a[0] / b[0] for a, b in zip(results["flexc"], results[other])]
                dec = [a[1] / b[1] for a, b in zip(results["flexc"], results[other])]
                print(f"  {'flexc / ' + other:<16}{spread(pre):>29}x{spread(dec):>29}x")


if __name__ == "__main__":
    main()
