#!/usr/bin/env python3
"""Compile, load and memory at real scale, on the scale model (scripts/make_scale_model.py: 1.57 B
parameters, bf16, 2 shards), and the all-configurations compile into one store.

    pip install torch transformers safetensors
    python3 scripts/bench_scale.py [--runs 3] [--experts public,math,code] [--skip-all]

Measured, each `--runs` times (the runs of different measurements interleaved), reported as median
[min, max]:
- compile of one configuration, durable (fsync) and `--no-sync`, from a cold source-hash cache
  (FLEXC_NO_HASH_CACHE=1: the whole source is read and hashed) and with the cache warm; as seconds
  and as GB of source per second;
- load of that artifact with a warm page cache (`flexc bench`'s load line: every piece verified as it
  is uploaded), GB/s of weights: the first load after the compile, and the next one;
- peak RSS of a run (`flexc bench`, prompt 16, decode 16) against the weights plus the KV cache;
- `--configurations all` (every non-empty expert subset, 127 for 7 experts) into one store, against one
  compile of `--experts` and one of every expert (which writes the same weights as the 127) in the
  same cache state, and the store's bytes against the source's.

Everything is written under target/ (CARGO_TARGET_DIR is respected for the binary).
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def spread(values, fmt="{:.2f}"):
    return f"{fmt.format(statistics.median(values))} [{fmt.format(min(values))}, {fmt.format(max(values))}]"


def timed(cmd, env=None):
    """Runs `cmd`; returns (seconds, stdout)."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    out, err = proc.communicate()
    secs = time.monotonic() - started
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    return secs, out


def du(path):
    total = 0
    for dirpath, _, files in os.walk(path):
        for f in files:
            p = os.path.join(dirpath, f)
            if not os.path.islink(p):
                total += os.stat(p).st_blocks * 512
    return total


def source_bytes(model):
    return sum(os.path.getsize(os.path.join(model, f)) for f in os.listdir(model) if f.endswith(".safetensors"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--experts", default="public,math,code")
    ap.add_argument("--skip-all", action="store_true", help="skip the all-configurations compile")
    ap.add_argument("--all-only", action="store_true", help="only the all-configurations compile")
    args = ap.parse_args()

    model = os.path.join(ROOT, "target", "scale-model")
    if not os.path.exists(os.path.join(model, "config.json")):
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "make_scale_model.py"), model], check=True)
    subprocess.run(["cargo", "build", "-q", "--bin", "flexc"], cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    flexc = os.path.join(target, "debug", "flexc")
    work = os.path.join(ROOT, "target", "bench-scale")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    src = source_bytes(model)
    print(f"scale model: {src / 1e9:.2f} GB of safetensors; {args.runs} runs each, median [min, max]")

    art = os.path.join(work, "art")
    compile_cmd = [flexc, "compile", model, "--experts", args.experts, "-o", art, "--target", "cpu"]
    results = {k: [] for k in ["cold", "cold-nosync", "warm", "warm-nosync", "load", "load-again", "rss", "rss-ratio",
                               "decode"]}
    for _ in range(0 if args.all_only else args.runs):
        for key, extra, env in [
            ("cold", [], {"FLEXC_NO_HASH_CACHE": "1"}),
            ("cold-nosync", ["--no-sync"], {"FLEXC_NO_HASH_CACHE": "1"}),
            ("warm", [], {}),
            ("warm-nosync", ["--no-sync"], {}),
        ]:
            shutil.rmtree(art, ignore_errors=True)
            secs, _ = timed(compile_cmd + extra, env)
            results[key].append(secs)
        # The artifact just written with --no-sync is still being flushed: load with no writeback
        # under way and the page cache warm (a first read of pages just written back runs at about
        # half speed here), as a server restarting on a machine that has the artifact loads.
        os.sync()
        for dirpath, _, files in os.walk(art):
            for f in files:
                with open(os.path.join(dirpath, f), "rb") as fh:
                    while fh.read(1 << 24):
                        pass
        proc = subprocess.Popen([flexc, "bench", art, "--prompt-tokens", "16", "--decode-tokens", "16",
                                 "--warmup", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        out, err = proc.communicate()
        if proc.returncode != 0:
            sys.exit(f"flexc bench failed:\n{err}")
        load = re.search(r"load .*: ([\d.]+) GB/s", out)
        mem = re.search(r"memory +peak RSS ([\d.]+) GB: ([\d.]+)x", out)
        dec = re.search(r"decode .*: ([\d.]+) tokens/s", out)
        results["load"].append(float(load.group(1)))
        # And again, as the next load of the same artifact. On the VMs these numbers were taken on, the
        # first load after the compile also pays for the host backing freshly allocated memory, which a
        # load repeated right after does not: there, numpy touching 2 GB of new memory right after a
        # compile took 9.5 s, and 0.6 s when run again.
        again = subprocess.run([flexc, "bench", art, "--prompt-tokens", "1", "--decode-tokens", "1", "--warmup", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=True).stdout
        results["load-again"].append(float(re.search(r"load .*: ([\d.]+) GB/s", again).group(1)))
        results["rss"].append(float(mem.group(1)))
        results["rss-ratio"].append(float(mem.group(2)))
        results["decode"].append(float(dec.group(1)))
    if args.all_only:
        return all_configurations(args, flexc, model, work, art, src)
    weights = du(os.path.join(art, "weights"))
    print(f"\ncompile --experts {args.experts} ({weights / 1e9:.2f} GB of weights packed)")
    for key, label in [("cold", "source hashed, fsync"), ("cold-nosync", "source hashed, --no-sync"),
                       ("warm", "hash cache warm, fsync"), ("warm-nosync", "hash cache warm, --no-sync")]:
        rates = [src / s / 1e9 for s in results[key]]
        print(f"  {label:<28} {spread(results[key])} s   {spread(rates)} GB of source/s")
    print(f"\nload (warm page cache, every piece verified)  {spread(results['load'])} GB/s first after the compile, "
          f"{spread(results['load-again'])} GB/s the next")
    print(f"peak RSS of a run (prompt 16, decode 16)     {spread(results['rss'])} GB = "
          f"{spread(results['rss-ratio'], '{:.3f}')}x the weights plus the KV cache")
    print(f"decode                                        {spread(results['decode'])} tokens/s")

    if not args.skip_all:
        all_configurations(args, flexc, model, work, art, src)


def all_configurations(args, flexc, model, work, art, src):
    """`--configurations all` into a fresh store against one compile of `--experts` and one of every
    expert (the configuration whose weights are all of the 127's), each into a fresh store of its own,
    interleaved."""
    with open(os.path.join(model, "config.json")) as f:
        every = ",".join(str(e) for e in range(json.load(f)["num_experts"]))
    store = os.path.join(work, "store")
    out_dir = os.path.join(work, "all")
    one_store = os.path.join(work, "store-one")
    one, full, many = [], [], []
    for _ in range(args.runs):
        for experts, into in [(args.experts, one), (every, full)]:
            shutil.rmtree(art, ignore_errors=True)
            shutil.rmtree(one_store, ignore_errors=True)
            secs, _ = timed([flexc, "compile", model, "--experts", experts, "-o", art, "--target", "cpu",
                             "--store", one_store])
            into.append(secs)
        shutil.rmtree(one_store, ignore_errors=True)
        shutil.rmtree(store, ignore_errors=True)
        shutil.rmtree(out_dir, ignore_errors=True)
        secs, _ = timed([flexc, "compile", model, "--configurations", "all", "--store", store, "-o", out_dir,
                         "--target", "cpu"])
        many.append(secs)
    count = len(os.listdir(out_dir))
    store_bytes = du(store)
    print(f"\n--configurations all: {count} artifacts into one store (hash cache warm, fsync)")
    print(f"  --experts {args.experts:<22} {spread(one)} s")
    print(f"  every expert ({every}) {spread(full)} s")
    print(f"  all {count:<3}                      {spread(many)} s = "
          f"{spread([m / o for m, o in zip(many, one)])}x --experts {args.experts}, "
          f"{spread([m / o for m, o in zip(many, full)])}x every expert")
    print(f"  store                        {store_bytes / 1e9:.2f} GB = {store_bytes / src:.2f}x the source")


if __name__ == "__main__":
    main()
