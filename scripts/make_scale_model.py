#!/usr/bin/env python3
"""A FlexOlmo at real scale for benchmarks: the released models' proportions (vocab 100352, hidden 2048,
16 heads of 128, 7 experts of intermediate 4096, top-7) in 6 layers: 1.57 B parameters, bf16, random
weights, saved by transformers in 2 GB shards with an experts.json. Written to target/ (or the given
directory), never committed.

    pip install torch transformers safetensors
    python3 scripts/make_scale_model.py [target/scale-model]
"""

import json
import os
import sys

import torch
from transformers import FlexOlmoConfig, FlexOlmoForCausalLM

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from make_fixtures import randomize  # noqa: E402

NAMES = ["public", "math", "news", "academic", "code", "creative", "reddit"]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "scale-model")
    if os.path.exists(os.path.join(out, "config.json")):
        print(f"{out} exists")
        return
    cfg = FlexOlmoConfig(
        vocab_size=100352, hidden_size=2048, intermediate_size=4096, num_hidden_layers=6,
        num_attention_heads=16, num_key_value_heads=16, head_dim=128, max_position_embeddings=4096,
        num_experts=7, num_experts_per_tok=7, rope_theta=500000.0,
        eos_token_id=None, pad_token_id=None, bos_token_id=None,
    )
    torch.manual_seed(0)
    model = FlexOlmoForCausalLM(cfg).to(torch.bfloat16).eval()
    randomize(model, 2025)
    params = sum(p.numel() for p in model.parameters())
    tmp = out + ".partial"
    model.save_pretrained(tmp, max_shard_size="2GB")
    with open(os.path.join(tmp, "experts.json"), "w") as f:
        json.dump(NAMES, f)
    os.replace(tmp, out)
    print(f"{out}: {params / 1e9:.2f} B parameters, bf16")


if __name__ == "__main__":
    main()
