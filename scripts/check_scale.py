#!/usr/bin/env python3
"""flexc against transformers on the scale model (scripts/make_scale_model.py: 1.57 B parameters,
bf16): the logits of a prompt for one configuration, from the kernel engine, against transformers
running the sliced checkpoint with the bf16 weights upcast to f32 (as flexc computes). Prints the
relative error (max |a-b| / max(1, max |b|)) and the greedy-token agreement, and fails beyond 2e-3.

    python3 scripts/check_scale.py [--experts public,math,code] [--tokens 16]
"""

import argparse
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch
from transformers import FlexOlmoForCausalLM

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from make_fixtures import slice_model  # noqa: E402

NAMES = ["public", "math", "news", "academic", "code", "creative", "reddit"]
TOLERANCE = 2e-3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--experts", default="public,math,code")
    ap.add_argument("--tokens", type=int, default=16)
    args = ap.parse_args()
    model_dir = os.path.join(ROOT, "target", "scale-model")
    if not os.path.exists(os.path.join(model_dir, "config.json")):
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "make_scale_model.py"), model_dir], check=True)
    subprocess.run(["cargo", "build", "-q", "--bin", "flexc"], cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    flexc = os.path.join(target, "debug", "flexc")
    full = FlexOlmoForCausalLM.from_pretrained(model_dir, dtype=torch.float32).eval()
    kept = [NAMES.index(n) for n in args.experts.split(",")]
    model = full if len(kept) == full.config.num_experts else slice_model(full, kept)
    del full
    prompt = [(i * 7919 + 13) % model.config.vocab_size for i in range(args.tokens)]
    with torch.no_grad():
        want = model(input_ids=torch.tensor([prompt]), use_cache=False).logits[0].float().numpy()
    with tempfile.TemporaryDirectory() as tmp:
        art, out = os.path.join(tmp, "art"), os.path.join(tmp, "logits.npy")
        subprocess.run([flexc, "compile", model_dir, "--experts", args.experts, "-o", art, "--target", "cpu",
                        "--no-sync"], check=True, capture_output=True)
        subprocess.run([flexc, "logits", art, "--tokens", ",".join(map(str, prompt)), "--out", out], check=True,
                       capture_output=True)
        got = np.load(out).reshape(want.shape)
    err = np.abs(got - want).max() / max(1.0, np.abs(want).max())
    agree = (got.argmax(-1) == want.argmax(-1)).mean()
    print(f"scale model {args.experts}, {args.tokens} tokens: relative error {err:.2e} (tolerance {TOLERANCE:.0e}), "
          f"argmax agreement {agree:.0%}")
    sys.exit(0 if err <= TOLERANCE else 1)


if __name__ == "__main__":
    main()
