#!/usr/bin/env python3
"""What a bf16 dot-product kernel would do to flexc's accuracy on bf16 checkpoints.

The CPU's bf16 dot-product instructions (AVX512-BF16's `vdpbf16ps`, AMX's `tdpbf16ps`) multiply bf16 by
bf16: a GEMM on them reads its activations rounded to bf16, where flexc's kernels widen the bf16 weights
and multiply f32 activations. This script measures what that rounding costs against the reference every
flexc test uses, transformers' float32 forward of the bf16 weights, at the bf16 tolerance of the
fixtures (relative error 1e-2, `max |a - b| / max(1, max |b|)`) and with equal greedy tokens:

- `rounded`: transformers' float32 forward with the input of every projection, expert FFN and head
  rounded to bf16 (the router's gate, which flexc does not run as a GEMM, left in f32): what a bf16
  dot-product kernel computes, accumulating in f32;
- `split`: each such input split into two bf16 parts, `hi = bf16(x)` and `lo = bf16(x - hi)`, and both
  multiplied: what a kernel makes of two passes of a bf16 dot product (16 bits of each activation's
  24): on a CPU whose bf16 unit runs more than twice the f32 FMA rate (AMX), still faster;
- `bf16 eager`: transformers' own bf16 forward (`model.to(torch.bfloat16)`), for comparison.

Cases: the committed bf16 fixture (tests/fixtures/tiny-gqa-bf16, each of its configurations), then
random bf16 configurations made as scripts/check_configs.py makes them (`--seeds`).

    pip install torch transformers safetensors numpy
    python3 scripts/bf16_activations.py [--seeds 1-20]
"""

import argparse
import json
import os
import sys
import tempfile

import numpy as np
import torch
import torch.nn.functional as F
from transformers import FlexOlmoForCausalLM

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from check_configs import random_case, seeds, transformers_reference  # noqa: E402
from make_fixtures import randomize, slice_model  # noqa: E402

LINEAR = F.linear


def bf16(x):
    return x.to(torch.bfloat16).to(torch.float32)


class RoundedInputs:
    """Within the block, every `F.linear` but the routers' reads its input rounded to bf16, or with
    `split`, as the sum of two bf16 parts."""

    def __init__(self, model, split=False):
        self.routers = {id(layer.mlp.gate.weight) for layer in model.model.layers}
        self.split = split

    def linear(self, x, w, b=None):
        if id(w) in self.routers:
            return LINEAR(x, w, b)
        hi = bf16(x)
        if not self.split:
            return LINEAR(hi, w, b)
        return LINEAR(hi, w, b) + LINEAR(bf16(x - hi), w)

    def __enter__(self):
        F.linear = self.linear
        return self

    def __exit__(self, *_):
        F.linear = LINEAR


def compare(got, want, greedy, want_greedy, tolerance=1e-2):
    err = float(np.abs(got - want).max()) / max(1.0, float(np.abs(want).max()))
    ok = err <= tolerance and greedy == want_greedy
    return ok, f"{err:.1e}{'' if err <= tolerance else ' (over)'}, greedy {'equal' if greedy == want_greedy else 'differs'}"


def measure(model_f32, prompt, want, want_greedy):
    with RoundedInputs(model_f32):
        got, greedy = transformers_reference(model_f32, prompt)
    rounded = compare(got, want, greedy, want_greedy)
    with RoundedInputs(model_f32, split=True):
        got, greedy = transformers_reference(model_f32, prompt)
    split = compare(got, want, greedy, want_greedy)
    eager = model_f32.to(torch.bfloat16)
    got, greedy = transformers_reference(eager, prompt)
    model_f32.to(torch.float32)
    return rounded, split, compare(np.asarray(got, dtype=np.float32), want, greedy, want_greedy)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default="1-20", help="random bf16 configurations, as check_configs.py makes them")
    args = ap.parse_args()
    torch.set_grad_enabled(False)
    rows = []

    expected = json.load(open(os.path.join(ROOT, "tests/fixtures/expected.json")))
    fixture = expected["models"]["tiny-gqa-bf16"]
    full = FlexOlmoForCausalLM.from_pretrained(os.path.join(ROOT, fixture["dir"]), dtype=torch.float32).eval()
    for c in fixture["configs"]:
        want = np.load(os.path.join(ROOT, c["logits"]))
        # The fixture's greedy tokens run to a fixed count; the reference here stops at end-of-text.
        sliced = slice_model(full, c["kept_indices"])
        _, want_greedy = transformers_reference(sliced, fixture["prompt"])
        rows.append((f"fixture tiny-gqa-bf16/{c['name']}", *measure(sliced, fixture["prompt"], want, want_greedy)))

    with tempfile.TemporaryDirectory() as work:
        for seed in seeds(args.seeds):
            config, _, kept, prompt = random_case(seed)
            torch.manual_seed(seed)
            model = FlexOlmoForCausalLM(config).to(torch.float32).eval()
            randomize(model, seed)
            checkpoint = os.path.join(work, f"model-{seed}")
            model.to(torch.bfloat16).save_pretrained(checkpoint)
            full = FlexOlmoForCausalLM.from_pretrained(checkpoint, dtype=torch.float32).eval()
            sliced = slice_model(full, kept)
            want, want_greedy = transformers_reference(sliced, prompt)
            rows.append((f"seed {seed}", *measure(sliced, prompt, want, want_greedy)))

    print("against transformers' float32 forward of the bf16 weights (tolerance 1e-2, greedy tokens equal):")
    print(f"{'case':34} {'rounded GEMM inputs':34} {'split GEMM inputs':34} bf16 eager")
    for name, (_, rounded), (_, split), (_, eager) in rows:
        print(f"{name:34} {rounded:34} {split:34} {eager}")
    passed = [sum(r[i][0] for r in rows) for i in (1, 2, 3)]
    print(
        f"within tolerance with equal greedy tokens, of {len(rows)}: rounded {passed[0]}, split {passed[1]}, "
        f"bf16 eager {passed[2]}"
    )


if __name__ == "__main__":
    main()
