#!/usr/bin/env python3
"""Builds the fixtures of `flexc merge`, with transformers, and checks flexc's merge against them.
Run by hand (tests and CI never need torch):

    pip install torch transformers safetensors numpy
    python3 scripts/make_merge_fixtures.py

Writes tests/fixtures/merge/, with fixed seeds, in bf16 (as the released models are stored):
  public/          a tiny 2-expert FlexOlmo; its expert 0 is the public expert (with a tokenizer)
  domain-math/, domain-code/, domain-news/
                   domain models made from it as FlexOlmo's data owners make them: a copy of the public
                   model whose expert 1 FFN and router row 1 are its own (re-drawn with the domain's
                   seed); everything else, the public slot included, is shared
  reference/       the merge by an independent path: the state dicts spliced in Python (public slot
                   from the public model, slot i from domain i's slot 1, router rows likewise), loaded
                   into a 4-expert FlexOlmo and saved by transformers
  merge.json       the prompt and, for two configurations of the merged model, the transformers
                   logits file (logits/*.npy) and the next greedy tokens

Then it runs `flexc merge` on the same inputs and checks, with transformers, that flexc's output
loads and is the reference tensor for tensor (exit status 1 otherwise).
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

import numpy as np
import torch
from transformers import FlexOlmoConfig, FlexOlmoForCausalLM

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from make_fixtures import randomize, reference, slice_model  # noqa: E402

OUT = os.path.join(ROOT, "tests", "fixtures", "merge")
DOMAINS = ["math", "code", "news"]
PROMPT = [279, 361, 267, 280, 289, 85, 77, 66, 322, 270]
CONFIGS = [("all", [0, 1, 2, 3]), ("public-code", [0, 2])]


def save(model, path, tokenizer_from=None):
    model.to(torch.bfloat16).save_pretrained(path)
    gen = os.path.join(path, "generation_config.json")
    if os.path.exists(gen):
        os.remove(gen)
    if tokenizer_from:
        for f in ("tokenizer.json", "tokenizer_config.json"):
            shutil.copy(os.path.join(tokenizer_from, f), os.path.join(path, f))


def load(path):
    return FlexOlmoForCausalLM.from_pretrained(path, dtype=torch.float32).eval()


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(os.path.join(OUT, "logits"))
    cfg = FlexOlmoConfig(
        vocab_size=384, hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=4,
        num_key_value_heads=2, max_position_embeddings=128, num_experts=2, num_experts_per_tok=2,
        eos_token_id=None, pad_token_id=None, bos_token_id=None,
    )
    public = FlexOlmoForCausalLM(cfg).to(torch.float32).eval()
    randomize(public, 4100)
    save(public, os.path.join(OUT, "public"), tokenizer_from=os.path.join(ROOT, "models", "tiny-flexolmo"))
    # What was stored (bf16) is what everyone starts from.
    public = load(os.path.join(OUT, "public"))
    base = public.state_dict()

    domains = []
    for i, name in enumerate(DOMAINS):
        g = torch.Generator().manual_seed(4200 + i)
        state = {k: v.clone() for k, v in base.items()}
        for k, v in state.items():
            if k.endswith("mlp.experts.gate_up_proj") or k.endswith("mlp.experts.down_proj"):
                v[1] = torch.randn(v[1].shape, generator=g) / (v.shape[-1] ** 0.5)
            elif k.endswith("mlp.gate.weight"):
                v[1] = torch.randn(v[1].shape, generator=g) * (4.0 / v.shape[-1] ** 0.5)
        model = FlexOlmoForCausalLM(cfg).to(torch.float32).eval()
        model.load_state_dict(state, strict=True)
        save(model, os.path.join(OUT, f"domain-{name}"))
        domains.append(load(os.path.join(OUT, f"domain-{name}")).state_dict())

    # The reference merge: splice the state dicts.
    merged_cfg = FlexOlmoConfig(**{**cfg.to_dict(), "num_experts": 4, "num_experts_per_tok": 4})
    merged = {}
    for k, v in base.items():
        if k.endswith("mlp.gate.weight") or k.endswith("mlp.experts.gate_up_proj") or k.endswith(
            "mlp.experts.down_proj"
        ):
            merged[k] = torch.cat([v[0:1]] + [d[k][1:2] for d in domains], dim=0)
        else:
            merged[k] = v
    ref = FlexOlmoForCausalLM(merged_cfg).to(torch.float32).eval()
    ref.load_state_dict(merged, strict=True)
    save(ref, os.path.join(OUT, "reference"))
    ref = load(os.path.join(OUT, "reference"))

    entries = []
    names = ["public"] + DOMAINS
    for cfg_name, kept in CONFIGS:
        logits, greedy = reference(slice_model(ref, kept), PROMPT)
        rel = f"tests/fixtures/merge/logits/{cfg_name}.npy"
        np.save(os.path.join(ROOT, rel), logits.astype(np.float32))
        entries.append({"name": cfg_name, "experts": [names[i] for i in kept], "logits": rel, "greedy": greedy})
        print(f"merge/{cfg_name}: kept {kept}, max|logit| {np.abs(logits).max():.3f}, greedy {greedy}")
    with open(os.path.join(OUT, "merge.json"), "w") as f:
        json.dump({"prompt": PROMPT, "tolerance": 1e-2, "experts": names, "configs": entries}, f, indent=1)
        f.write("\n")

    # flexc's merge of the same inputs loads in transformers and is the reference.
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "merged")
        cmd = ["cargo", "run", "-q", "--", "merge", "--public", os.path.join(OUT, "public"), "-o", out]
        for name in DOMAINS:
            cmd += ["--expert", f"{name}={os.path.join(OUT, f'domain-{name}')}"]
        subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        theirs = load(out).state_dict()
        ours = ref.state_dict()
        bad = [k for k in ours if not torch.equal(ours[k], theirs[k])]
        if bad or set(ours) != set(theirs):
            sys.exit(f"flexc merge differs from the reference in {bad or set(ours) ^ set(theirs)}")
        logits, _ = reference(load(out), PROMPT)
        want = np.load(os.path.join(ROOT, entries[0]["logits"]))
        if not np.array_equal(logits, want):
            sys.exit("transformers' logits of flexc's merge differ from the reference's")
    print("flexc merge: loads in transformers, every tensor equal to the reference, same logits")


if __name__ == "__main__":
    main()
