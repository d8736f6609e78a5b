#!/usr/bin/env python3
"""The device checks, through the CLI alone: what `scripts/gpu-check.sh` runs on a GPU machine, and what
runs anywhere with `--device cpu` (or `wgpu`) to try the same steps first.

    python3 scripts/device_check.py --flexc PATH [--device cuda] [--out target/device-check]
                                    [--skip-bench]

Needs python3 with numpy; the bench step also needs torch and transformers (it builds the bench model of
scripts/bench_e2e.py) and, on cuda, measures the card's streaming bandwidth with torch.

1. Fixtures. For every model and configuration of tests/fixtures/expected.json (transformers' logits and
   greedy tokens, committed): `flexc compile`, then `flexc logits --device D` against transformers'
   logits within the fixture's tolerance (max |diff| / max(1, max |logit|), as
   tests/transformers_fixtures.rs measures), and `flexc run --tokens ... --device D` against transformers' greedy tokens, exactly.
2. Bench (unless --skip-bench). The bench model (hidden 512, 8 layers, 7 experts of 1024, top-5, f32)
   for every expert: `flexc bench --device D` with FLEXC_PROFILE, a 1-token prompt and 64 decoded
   tokens. Prints decode tokens/s and the expert kernels' weight bytes per second (the chosen experts'
   gate_up and down read per launch, over the kernels' profiled time), next to the device's measured
   streaming bandwidth (cuda: a 1 GiB device-to-device copy, read plus write). Then, unprofiled, a
   256-token prompt's prefill tokens/s and 16 sequences decoding together (`--batch 16`): the tiled
   kernel shapes, which a 1-token decode never launches.

Exits non-zero if any fixture check fails. Everything is written under --out.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def flexc(binary, *args, env=None):
    done = subprocess.run([binary, *args], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"flexc {' '.join(args)}: exit {done.returncode}\n{done.stderr.strip()}")
    return done.stdout


def fixtures(binary, device, out):
    expected = json.load(open(os.path.join(ROOT, "tests", "fixtures", "expected.json")))
    failures = 0
    for model, spec in expected["models"].items():
        prompt = ",".join(str(t) for t in spec["prompt"])
        for config in spec["configs"]:
            name = f"{model}-{config['name']}"
            art = os.path.join(out, "artifacts", name)
            try:
                flexc(binary, "compile", os.path.join(ROOT, spec["dir"]), "--experts", ",".join(config["experts"]),
                      "-o", art)
                npy = os.path.join(out, f"{name}.npy")
                flexc(binary, "logits", art, "--tokens", prompt, "--out", npy, "--device", device)
                got = np.load(npy)
                want = np.load(os.path.join(ROOT, config["logits"]))
                err = float(np.abs(got - want).max() / max(1.0, float(np.abs(want).max())))
                greedy = [int(t) for t in flexc(binary, "run", art, "--tokens", prompt, "--max-tokens",
                                                str(len(config["greedy"])), "--device", device).strip().split(",")]
                ok = err <= spec["tolerance"] and greedy == config["greedy"]
                print(f"  {'ok  ' if ok else 'FAIL'} {name:<32} logits rel. error {err:.2e} (tolerance "
                      f"{spec['tolerance']:.0e}), greedy {'equal' if greedy == config['greedy'] else greedy}")
            except (RuntimeError, ValueError, OSError) as e:
                ok = False
                print(f"  FAIL {name}: {e}")
            failures += not ok
    return failures


def streaming_bandwidth(device):
    """Bytes per second of a device-to-device copy (read plus write), or None where not measured."""
    if not device.startswith("cuda"):
        return None
    import torch

    dev = torch.device(device)
    x = torch.empty(1 << 28, dtype=torch.float32, device=dev)
    y = torch.empty_like(x)
    for _ in range(3):
        y.copy_(x)
    torch.cuda.synchronize(dev)
    start = time.perf_counter()
    n = 20
    for _ in range(n):
        y.copy_(x)
    torch.cuda.synchronize(dev)
    return 2 * x.numel() * 4 * n / (time.perf_counter() - start)


def bench(binary, device, out):
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    from bench_e2e import NAMES, build_bench_model  # noqa: E402 (needs torch and transformers)

    model_dir = os.path.join(out, "bench-model")
    cfg = build_bench_model(model_dir).config
    art = os.path.join(out, "artifacts", "bench-all")
    flexc(binary, "compile", model_dir, "--experts", ",".join(NAMES[: cfg.num_experts]), "-o", art)
    env = dict(os.environ, FLEXC_PROFILE="1")
    text = flexc(binary, "bench", art, "--prompt-tokens", "1", "--decode-tokens", "64", "--device", device, env=env)
    with open(os.path.join(out, "bench.txt"), "w") as f:
        f.write(text)
    print(text.rstrip())
    decode = float(re.search(r"decode .*: ([\d.]+) tokens/s", text).group(1))
    # Weight bytes of one launch of each expert kernel at one token: the k chosen experts' rows.
    k, d, inter, size = cfg.num_experts_per_tok, cfg.hidden_size, cfg.intermediate_size, 4
    per_launch = {"moe_hidden": k * 2 * inter * d * size, "moe_down": k * d * inter * size}
    moved, secs = 0, 0.0
    for line in text.splitlines():
        m = re.match(r"\s+(moe_hidden|moe_down)\w*\s+(\d+) runs\s+([\d.]+) ms", line)
        if m:
            moved += per_launch[m.group(1)] * int(m.group(2))
            secs += float(m.group(3)) / 1e3
    print(f"\n  decode {decode:.1f} tokens/s on {device}")
    if secs > 0:
        print(f"  expert kernels: {moved / secs / 1e9:.1f} GB/s of weights (profiled, each launch waited for alone)")
    bandwidth = streaming_bandwidth(device)
    if bandwidth:
        print(f"  device streaming bandwidth: {bandwidth / 1e9:.1f} GB/s (1 GiB copy, read plus write); "
              f"expert kernels at {moved / secs / bandwidth:.0%} of it")
    # The tiled shapes: a long prompt's prefill, and a batched decode step of 16 sequences.
    text = flexc(binary, "bench", art, "--prompt-tokens", "256", "--decode-tokens", "16", "--batch", "16",
                 "--device", device)
    with open(os.path.join(out, "bench-tiled.txt"), "w") as f:
        f.write(text)
    prefill = re.search(r"prefill .*: ([\d.]+) tokens/s", text)
    batched = re.search(r"batched .*: ([\d.]+) tokens/s, ([\d.]+)x", text)
    if prefill and batched:
        print(f"  prefill of 256 tokens {float(prefill.group(1)):.1f} tokens/s; 16 sequences decoding together "
              f"{float(batched.group(1)):.1f} tokens/s ({batched.group(2)}x one sequence's)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--flexc", required=True)
    ap.add_argument("--device", default="cuda")
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "device-check"))
    ap.add_argument("--skip-bench", action="store_true")
    args = ap.parse_args()
    os.makedirs(os.path.join(args.out, "artifacts"), exist_ok=True)
    print(f"fixtures on {args.device}: logits and greedy tokens against transformers")
    failures = fixtures(args.flexc, args.device, args.out)
    if not args.skip_bench:
        print(f"\nbench model on {args.device}")
        bench(args.flexc, args.device, args.out)
    if failures:
        print(f"\n{failures} fixture check(s) failed")
        sys.exit(1)
    print("\nevery fixture configuration matches transformers")


if __name__ == "__main__":
    main()
