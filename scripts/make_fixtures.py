#!/usr/bin/env python3
"""Builds flexc's tiny FlexOlmo checkpoints and their transformers reference outputs.

Run by hand (tests and CI never need torch):

    pip install torch transformers safetensors tokenizers numpy
    python3 scripts/make_fixtures.py

Writes, with fixed seeds:
  models/tiny-flexolmo/        the embedded default model: 7 named experts, top-5, f32, sharded into
                               several safetensors files, with a byte-level BPE tokenizer.json
  tests/fixtures/tiny-gqa-bf16/ a GQA model (8 heads, 2 kv heads) stored in bf16, 5 experts, top-3,
                               no expert names (indices only)
  tests/fixtures/expected.json  for every model and expert configuration: the kept experts, the prompt,
                               the prefill logits file and the next greedy tokens
  tests/fixtures/logits/*.npy   f32 prefill logits [T, vocab]

The reference for a configuration is transformers on the checkpoint sliced as opting out is defined:
router rows and expert FFNs of the excluded experts deleted, num_experts = E', num_experts_per_tok =
min(k, E'). Weights are loaded as float32 and the forward runs in float32 on the CPU (a bf16
checkpoint is upcast exactly), so the logits are the f32 forward of the stored weights.
"""

import json
import math
import os
import shutil
import sys

import numpy as np
import torch
import transformers
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import FlexOlmoConfig, FlexOlmoForCausalLM

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GREEDY_TOKENS = 8

CORPUS = """\
FlexOlmo is a mixture of experts language model built for flexible data use. Each data owner trains
its own expert on data that never leaves its hands, against a frozen public model, and the experts are
merged with no joint training. At inference any expert can be switched off: its parameters, and so
everything learned from its data, take no part in the answer. The public expert knows general text.
The math expert knows numbers, proofs, algebra and geometry. The news expert knows events and reports.
The academic expert knows papers and citations. The code expert knows functions, loops, types and
compilers. The creative expert knows stories, poems and dialogue. The reddit expert knows threads,
comments and replies. A compiler turns every opt-out configuration into its own program, smaller and
faster, that provably holds only the kept experts. Once upon a time a model was compiled for a
hospital that could use only public and math knowledge, and it answered with care.
"""

EXPERT_NAMES = ["public", "math", "news", "academic", "code", "creative", "reddit"]


def train_tokenizer(vocab_size):
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=["<|endoftext|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator([CORPUS] * 4, trainer=trainer)
    return tok


def randomize(model, seed):
    """Weights with a scale that makes every part of the forward matter: unit embeddings, 1/sqrt(fan_in)
    projections, norm weights in [0.5, 1.5], and a router large enough that routing is decisive."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if p.dim() == 1:
                p.copy_(0.5 + torch.rand(p.shape, generator=g))
            elif name.endswith("embed_tokens.weight"):
                p.copy_(torch.randn(p.shape, generator=g))
            elif name.endswith("mlp.gate.weight"):
                p.copy_(torch.randn(p.shape, generator=g) * (4.0 / math.sqrt(p.shape[-1])))
            else:
                # [out, in] matrices and fused expert stacks [E, out, in]: scale by fan-in.
                p.copy_(torch.randn(p.shape, generator=g) / math.sqrt(p.shape[-1]))


def slice_model(full, kept):
    """The checkpoint with only the experts in `kept`: what opting out the others means."""
    cfg = FlexOlmoConfig(**{**full.config.to_dict()})
    cfg.num_experts = len(kept)
    cfg.num_experts_per_tok = min(full.config.num_experts_per_tok, len(kept))
    sliced = FlexOlmoForCausalLM(cfg).to(torch.float32).eval()
    state = full.state_dict()
    out = {}
    idx = torch.tensor(kept)
    for name, t in state.items():
        if name.endswith("mlp.gate.weight") or name.endswith("mlp.experts.gate_up_proj") or name.endswith(
            "mlp.experts.down_proj"
        ):
            out[name] = t.index_select(0, idx).clone()
        else:
            out[name] = t
    sliced.load_state_dict(out, strict=True)
    return sliced


@torch.no_grad()
def reference(model, prompt):
    ids = torch.tensor([prompt])
    logits = model(input_ids=ids, use_cache=False).logits[0].to(torch.float32).numpy()
    tokens = list(prompt)
    greedy = []
    for _ in range(GREEDY_TOKENS):
        step = model(input_ids=torch.tensor([tokens]), use_cache=False).logits[0, -1]
        nxt = int(torch.argmax(step))
        greedy.append(nxt)
        tokens.append(nxt)
    return logits, greedy


# The OLMo 2 instruct chat template (as in the released tokenizer_config.json), so that the server's chat
# route is tested against a template in the form checkpoints ship it.
CHAT_TEMPLATE = (
    "{{ bos_token }}{% for message in messages %}{% if message['role'] == 'system' %}"
    "{{ '<|system|>\\n' + message['content'] + '\\n' }}{% elif message['role'] == 'user' %}"
    "{{ '<|user|>\\n' + message['content'] + '\\n' }}{% elif message['role'] == 'assistant' %}"
    "{% if not loop.last %}{{ '<|assistant|>\\n'  + message['content'] + eos_token + '\\n' }}"
    "{% else %}{{ '<|assistant|>\\n'  + message['content'] + eos_token }}{% endif %}{% endif %}"
    "{% if loop.last and add_generation_prompt %}{{ '<|assistant|>\\n' }}{% endif %}{% endfor %}"
)


def write_tokenizer_config(out_dir, max_length):
    cfg = {
        "bos_token": "<|endoftext|>",
        "eos_token": "<|endoftext|>",
        "pad_token": "<|endoftext|>",
        "model_max_length": max_length,
        "tokenizer_class": "PreTrainedTokenizerFast",
        "chat_template": CHAT_TEMPLATE,
    }
    with open(os.path.join(out_dir, "tokenizer_config.json"), "w") as f:
        json.dump(cfg, f, indent=2)
        f.write("\n")


def build(name, out_dir, config, seed, dtype, configs, prompt, expert_names=None, tokenizer=None, shard=None):
    torch.manual_seed(seed)
    model = FlexOlmoForCausalLM(config).to(torch.float32).eval()
    randomize(model, seed)
    if os.path.exists(out_dir):
        shutil.rmtree(out_dir)
    os.makedirs(out_dir)
    saved = model.to(dtype)
    kwargs = {"max_shard_size": shard} if shard else {}
    saved.save_pretrained(out_dir, **kwargs)
    for extra in ("generation_config.json",):
        path = os.path.join(out_dir, extra)
        if os.path.exists(path):
            os.remove(path)
    if expert_names:
        with open(os.path.join(out_dir, "experts.json"), "w") as f:
            json.dump(expert_names, f)
    if tokenizer:
        tokenizer.save(os.path.join(out_dir, "tokenizer.json"))
        write_tokenizer_config(out_dir, config.max_position_embeddings)

    # The reference loads what was written, as float32.
    full = FlexOlmoForCausalLM.from_pretrained(out_dir, dtype=torch.float32).eval()
    entries = []
    for cfg_name, kept in configs:
        sliced = slice_model(full, kept)
        logits, greedy = reference(sliced, prompt)
        rel = f"tests/fixtures/logits/{name}-{cfg_name}.npy"
        np.save(os.path.join(ROOT, rel), logits.astype(np.float32))
        entries.append(
            {
                "name": cfg_name,
                "experts": [expert_names[i] for i in kept] if expert_names else [str(i) for i in kept],
                "kept_indices": kept,
                "top_k": min(config.num_experts_per_tok, len(kept)),
                "logits": rel,
                "max_abs_logit": float(np.abs(logits).max()),
                "greedy": greedy,
            }
        )
        print(f"{name}/{cfg_name}: kept {kept}, max|logit| {np.abs(logits).max():.3f}, greedy {greedy}")
    return {
        "dir": os.path.relpath(out_dir, ROOT),
        "dtype": str(dtype).replace("torch.", ""),
        "tolerance": 1e-4 if dtype == torch.float32 else 1e-2,
        "prompt": prompt,
        "configs": entries,
    }


def main():
    os.makedirs(os.path.join(ROOT, "tests/fixtures/logits"), exist_ok=True)
    for f in os.listdir(os.path.join(ROOT, "tests/fixtures/logits")):
        os.remove(os.path.join(ROOT, "tests/fixtures/logits", f))
    tok = train_tokenizer(384)
    vocab = tok.get_vocab_size()
    eos = tok.token_to_id("<|endoftext|>")

    tiny = FlexOlmoConfig(
        vocab_size=vocab,
        hidden_size=64,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=4,
        max_position_embeddings=256,
        num_experts=7,
        num_experts_per_tok=5,
        eos_token_id=eos,
        pad_token_id=eos,
        bos_token_id=None,
        tie_word_embeddings=False,
    )
    prompt_a = tok.encode("The math expert knows numbers and the code expert").ids
    a = build(
        "tiny-flexolmo",
        os.path.join(ROOT, "models/tiny-flexolmo"),
        tiny,
        seed=7,
        dtype=torch.float32,
        configs=[
            ("all", [0, 1, 2, 3, 4, 5, 6]),
            ("public-math-code", [0, 1, 4]),
            ("public", [0]),
            ("no-public", [1, 2, 3, 4, 5, 6]),
            ("no-reddit", [0, 1, 2, 3, 4, 5]),
            ("five", [0, 2, 3, 5, 6]),
        ],
        prompt=prompt_a,
        expert_names=EXPERT_NAMES,
        tokenizer=tok,
        shard="400KB",
    )

    gqa = FlexOlmoConfig(
        vocab_size=256,
        hidden_size=64,
        intermediate_size=48,
        num_hidden_layers=2,
        num_attention_heads=8,
        num_key_value_heads=2,
        max_position_embeddings=128,
        num_experts=5,
        num_experts_per_tok=3,
        eos_token_id=1,
        pad_token_id=1,
        bos_token_id=None,
        tie_word_embeddings=False,
    )
    b = build(
        "tiny-gqa-bf16",
        os.path.join(ROOT, "tests/fixtures/tiny-gqa-bf16"),
        gqa,
        seed=11,
        dtype=torch.bfloat16,
        configs=[
            ("all", [0, 1, 2, 3, 4]),
            ("three", [0, 2, 4]),
            ("public", [0]),
            ("no-public", [1, 2, 3, 4]),
            ("no-last", [0, 1, 2, 3]),
        ],
        prompt=[3, 17, 5, 200, 42, 99, 7, 128, 64, 31],
    )

    expected = {
        "generator": {"transformers": transformers.__version__, "torch": torch.__version__},
        "greedy_tokens": GREEDY_TOKENS,
        "models": {"tiny-flexolmo": a, "tiny-gqa-bf16": b},
    }
    with open(os.path.join(ROOT, "tests/fixtures/expected.json"), "w") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    sys.exit(main())
