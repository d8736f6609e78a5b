#!/usr/bin/env python3
"""`flexc serve` under load, on loopback: decode throughput against concurrency, and the memory of
several configurations served from one store.

    python3 scripts/serve_load.py [--runs 3] [--concurrency 1,4,16,64] [--decode 64] [--skip-chunking]
                                  [--skip-prefix] [--skip-scale] [--flexc PATH] [--baseline-flexc PATH]

1. Throughput. The bench model (scripts/bench_e2e.py builds it into target/, with transformers) is
   compiled for every expert and served. For each concurrency N, N clients each send one completion
   at once (a 16-token prompt, `--decode` tokens, greedy, ignore_eos; 64 by default, so that the
   steps where late arrivals' prompts join the batch are a small part of a round); throughput is the
   completion tokens of all N over the wall time from the first request to the last answer. Decode
   throughput leaves the prompts out: the same round is run again with a quarter of the tokens, and
   the difference in tokens over the difference in time is what decoding alone gives (the prompts,
   the first tokens and the HTTP round trips cancel). After one untimed round at each concurrency (the
   first batch of a size grows the engine's workspace), the concurrencies are run `--runs` times,
   interleaved, and reported as median [min, max], with each run's ratio to the same run's single
   sequence. The server's own measure is reported too: from `/metrics`, the time between a
   sequence's tokens (the inter-token histogram's sum and count over the long round), which is the
   time of the steps that decode it; N sequences then decode N / (mean inter-token time) tokens/s.
   With `--baseline-flexc`, a second server runs that binary beside the first (both started
   afresh each run, taking turns to start), their rounds alternate, and each run's ratio of this
   build to the baseline is reported.
2. Chunked prefill (skipped with --skip-chunking). 8 sequences decode 150 tokens each while a
   1000-token prompt arrives, under `--max-batch-tokens` 1024 (the bench model's context: the whole
   prompt in one step), 256 (the default) and 64: the long request's time to its answer, and how many
   of the decoders' inter-token gaps (the server's histogram) passed 0.1 s and 0.25 s.
3. Prefix caching (skipped with --skip-prefix). Requests sharing a 960-token prefix (a long system
   prompt), each with a 16-token ending of its own and one token asked, one at a time: their time to
   the answer, with the server's prefix cache and with `--no-prefix-caching` (the first request of a
   server, which computes the prefix, left out).
4. Memory (skipped with --skip-scale). Two configurations of the scale model (public,math,code and
   public,math,news: two experts in common) are compiled into one store and served by one server.
   After a request to each, the server's peak RSS (VmHWM) is compared with the union of the two
   artifacts' weights, counted from their graphs: each distinct weight (by its pieces' hashes) once.

Only the standard library is needed beyond what builds the models. Everything is written under
target/; the binary is the README's build (CARGO_TARGET_DIR is respected).
"""

import argparse
import concurrent.futures
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def spread(values, fmt="{:.1f}"):
    return f"{fmt.format(statistics.median(values))} [{fmt.format(min(values))}, {fmt.format(max(values))}]"


def flexc_binary():
    subprocess.run(["cargo", "build", "-q", "--bin", "flexc"], cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    return os.path.join(target, "debug", "flexc")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, flexc, artifacts, extra=()):
        self.port = free_port()
        # The server's log goes to a file: a pipe nobody reads would stall it.
        self.log = os.path.join(ROOT, "target", "serve-load", f"server-{self.port}.log")
        with open(self.log, "w") as log:
            self.proc = subprocess.Popen([flexc, "serve", *artifacts, "--addr", f"127.0.0.1:{self.port}", *extra],
                                         stdout=log, stderr=log)
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                with open(self.log) as log:
                    sys.exit(f"flexc serve exited ({self.proc.returncode}):\n{log.read()}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.2)
        else:
            sys.exit("flexc serve did not become healthy in 600 s")
        self.models = [m["id"] for m in self.get("/v1/models")["data"]]

    def get(self, path):
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=60) as r:
            return json.load(r)

    def metric_lines(self, prefix):
        """The lines of the server's /metrics that start with `prefix`."""
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/metrics", timeout=60) as r:
            text = r.read().decode()
        return [line for line in text.splitlines() if line.startswith(prefix)]

    def inter_token(self):
        """The server's inter-token histogram so far: (sum of seconds, count), over every model."""
        total, count = 0.0, 0
        for line in self.metric_lines("flexc_inter_token_seconds"):
            if line.startswith("flexc_inter_token_seconds_sum"):
                total += float(line.split()[-1])
            elif line.startswith("flexc_inter_token_seconds_count"):
                count += int(float(line.split()[-1]))
        return total, count

    def complete(self, model, prompt, max_tokens):
        body = json.dumps({"model": model, "prompt": prompt, "max_tokens": max_tokens, "temperature": 0,
                           "ignore_eos": True}).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}/v1/completions", data=body,
                                     headers={"content-type": "application/json"})
        with urllib.request.urlopen(req, timeout=600) as r:
            answer = json.load(r)
        return answer["usage"]["completion_tokens"]

    def inter_token_over(self):
        """Inter-token gaps so far over 0.1 s and over 0.25 s, from the histogram, every model."""
        buckets = {}
        for line in self.metric_lines("flexc_inter_token_seconds_bucket"):
            le = line.split('le="')[1].split('"')[0]
            buckets[le] = buckets.get(le, 0) + int(float(line.split()[-1]))
        return buckets["+Inf"] - buckets["0.1"], buckets["+Inf"] - buckets["0.25"]

    def peak_rss(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
        return 0

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=120)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def round_secs(server, model, n, decode):
    """Wall time of `n` clients each asking at once for `decode` tokens after a 16-token prompt."""
    prompts = [[(7 * i + 13 * j) % 4000 + 1 for j in range(16)] for i in range(n)]
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=n) as pool:
        tokens = sum(pool.map(lambda p: server.complete(model, p, decode), prompts))
    secs = time.monotonic() - started
    if tokens != n * decode:
        sys.exit(f"{n} clients got {tokens} tokens, expected {n * decode}")
    return secs


def chunked_prefill(flexc, art, runs):
    """A 1000-token prompt arriving while 8 sequences decode, at three prefill chunk sizes."""
    caps = [1024, 256, 64]
    results = {cap: [] for cap in caps}
    for _ in range(runs):
        for cap in caps:
            server = Server(flexc, [art], ["--max-batch-tokens", str(cap)])
            model = server.models[0]
            round_secs(server, model, 8, 4)  # warm up
            before = server.inter_token_over()
            decoders = [threading.Thread(target=server.complete,
                                         args=(model, [(7 * i + j) % 4000 + 1 for j in range(16)], 150))
                        for i in range(8)]
            for d in decoders:
                d.start()
            time.sleep(0.4)
            started = time.monotonic()
            server.complete(model, [(13 * j) % 4000 + 1 for j in range(1000)], 1)
            answered = time.monotonic() - started
            for d in decoders:
                d.join()
            after = server.inter_token_over()
            server.stop()
            results[cap].append((answered, after[0] - before[0], after[1] - before[1]))
    print(f"\nbench model, a 1000-token prompt arriving while 8 sequences decode ({runs} runs, median [min, max])")
    for cap in caps:
        r = results[cap]
        print(f"  --max-batch-tokens {cap:>4}  answered in {spread([x[0] for x in r], '{:.3f}')} s   "
              f"decoders' gaps > 0.1 s: {spread([x[1] for x in r], '{:.0f}')}   "
              f"> 0.25 s: {spread([x[2] for x in r], '{:.0f}')}")


def prefix_caching(flexc, art, runs):
    """Requests sharing a 960-token prefix, with and without the prefix cache."""
    prefix = [(17 * j) % 4000 + 1 for j in range(960)]
    results = {"prefix cache": [], "--no-prefix-caching": []}
    for _ in range(runs):
        for name, extra in [("prefix cache", []), ("--no-prefix-caching", ["--no-prefix-caching"])]:
            server = Server(flexc, [art], extra)
            model = server.models[0]
            server.complete(model, prefix + list(range(1, 17)), 1)  # computes the prefix
            times = []
            for i in range(5):
                started = time.monotonic()
                server.complete(model, prefix + [(i * 16 + j) % 4000 + 100 for j in range(16)], 1)
                times.append(time.monotonic() - started)
            server.stop()
            results[name].append(statistics.median(times))
    print(f"\nbench model, requests sharing a 960-token prefix, 16 tokens of their own, one at a time "
          f"({runs} runs of 5 requests, median [min, max] of the runs' medians)")
    base = results["--no-prefix-caching"]
    for name, r in results.items():
        ratios = [b / x for b, x in zip(base, r)]
        print(f"  {name:<20}  answered in {spread(r, '{:.3f}')} s   {spread(ratios, '{:.1f}')}x faster than computing it")


def union_weight_bytes(artifacts):
    sizes = {"f32": 4, "bf16": 2, "f16": 2}
    seen, total = set(), 0
    for art in artifacts:
        with open(os.path.join(art, "graph.json")) as f:
            graph = json.load(f)
        for w in graph["weights"]:
            key = tuple(p["sha256"] for p in w["pieces"])
            if key in seen:
                continue
            seen.add(key)
            n = sizes[w["dtype"]]
            for d in w["shape"]:
                n *= d
            total += n
    return total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--concurrency", default="1,4,16,64")
    ap.add_argument("--decode", type=int, default=64)
    ap.add_argument("--skip-chunking", action="store_true")
    ap.add_argument("--skip-prefix", action="store_true")
    ap.add_argument("--skip-scale", action="store_true")
    ap.add_argument("--flexc", help="a flexc binary to serve with (default: the README's build), e.g. an earlier commit's")
    ap.add_argument("--baseline-flexc", help="a second flexc binary, served beside the first: the throughput rounds "
                    "alternate between the two, and each run's ratio is reported")
    args = ap.parse_args()
    flexc = args.flexc or flexc_binary()
    work = os.path.join(ROOT, "target", "serve-load")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)

    bench = os.path.join(ROOT, "target", "bench-model")
    if not os.path.exists(os.path.join(bench, "config.json")):
        sys.path.insert(0, os.path.join(ROOT, "scripts"))
        from bench_e2e import build_bench_model
        build_bench_model(bench)
    experts = "public,math,news,academic,code,creative,reddit"
    builds = {"flexc": flexc}
    if args.baseline_flexc:
        builds["baseline"] = args.baseline_flexc
    levels = [int(c) for c in args.concurrency.split(",")]
    arts = {}
    for name, binary in builds.items():
        arts[name] = os.path.join(work, f"bench-all-{name}")
        subprocess.run([binary, "compile", bench, "--experts", experts, "-o", arts[name]], check=True,
                       stdout=subprocess.DEVNULL)
    art = arts["flexc"]
    short = max(1, args.decode // 4)
    names = list(builds)
    rates = {name: {n: [] for n in levels} for name in names}
    decode_rates = {name: {n: [] for n in levels} for name in names}
    step_rates = {name: {n: [] for n in levels} for name in names}
    servers = {}
    for run in range(args.runs):
        # With a baseline, the two servers are started afresh each run, taking turns to start and to
        # go first (a server started second on this machine measured faster than the same binary
        # started first), and their rounds alternate level by level.
        order = names if run % 2 == 0 else names[::-1]
        if run == 0 or len(names) > 1:
            for server in servers.values():
                server.stop()
            servers = {name: Server(builds[name], [arts[name]], ["--max-sequences", str(max(levels))])
                       for name in order}
            # Warm up at every concurrency: the first step of a larger batch than any before grows
            # the engine's workspace and takes KV-cache blocks, which a measured round should not
            # pay for.
            for server in servers.values():
                for n in levels:
                    round_secs(server, server.models[0], n, short)
        for n in levels:
            for name in order:
                server = servers[name]
                model = server.models[0]
                before = server.inter_token()
                secs = round_secs(server, model, n, args.decode)
                after = server.inter_token()
                gaps, count = after[0] - before[0], after[1] - before[1]
                step_rates[name][n].append(n * count / max(gaps, 1e-9))
                short_secs = round_secs(server, model, n, short)
                rates[name][n].append(n * args.decode / secs)
                # The same requests cut short: their difference is decode alone (the prompts, the
                # first token and the HTTP round trips cancel).
                decode_rates[name][n].append(n * (args.decode - short) / max(secs - short_secs, 1e-9))
    for server in servers.values():
        server.stop()
    print(f"bench model, every expert, {args.decode} tokens per request (16-token prompts), "
          f"{args.runs} runs, median [min, max]; decode alone from rounds of {args.decode} and {short} tokens")
    for name in names:
        if len(names) > 1:
            print(f" {name} ({builds[name]}):")
        base = rates[name][levels[0]]
        decode_base, step_base = decode_rates[name][levels[0]], step_rates[name][levels[0]]
        for n in levels:
            ratios = [r / b for r, b in zip(rates[name][n], base)]
            decode_ratios = [r / b for r, b in zip(decode_rates[name][n], decode_base)]
            step_ratios = [r / b for r, b in zip(step_rates[name][n], step_base)]
            print(f"  {n:>3} concurrent  {spread(rates[name][n])} tokens/s   {spread(ratios, '{:.2f}')}x {levels[0]}"
                  f"   decode {spread(decode_rates[name][n])} tokens/s   {spread(decode_ratios, '{:.2f}')}x {levels[0]}"
                  f"   server's decode {spread(step_rates[name][n])} tokens/s   {spread(step_ratios, '{:.2f}')}x {levels[0]}")
    if len(names) > 1:
        print(" this build against the baseline, run by run:")
        for n in levels:
            paired = lambda m: spread([a / b for a, b in zip(m["flexc"][n], m["baseline"][n])], "{:.2f}")
            print(f"  {n:>3} concurrent  tokens/s {paired(rates)}x   decode {paired(decode_rates)}x"
                  f"   server's decode {paired(step_rates)}x")

    if not args.skip_chunking:
        chunked_prefill(flexc, art, args.runs)
    if not args.skip_prefix:
        prefix_caching(flexc, art, args.runs)
    if args.skip_scale:
        return
    model_dir = os.path.join(ROOT, "target", "scale-model")
    if not os.path.exists(os.path.join(model_dir, "config.json")):
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "make_scale_model.py"), model_dir], check=True)
    store = os.path.join(work, "store")
    arts = []
    for experts in ["public,math,code", "public,math,news"]:
        a = os.path.join(work, experts.replace(",", "+"))
        subprocess.run([flexc, "compile", model_dir, "--experts", experts, "-o", a, "--store", store],
                       check=True, stdout=subprocess.DEVNULL)
        arts.append(a)
    union = union_weight_bytes(arts)
    peaks = []
    for _ in range(args.runs):
        server = Server(flexc, arts)
        for m in server.models:
            server.complete(m, list(range(1, 17)), 4)
        peaks.append(server.peak_rss())
        server.stop()
    ratios = [p / union for p in peaks]
    print(f"\nscale model, public,math,code and public,math,news from one store, one server "
          f"({args.runs} runs)")
    print(f"  union of their weights  {union / 1e9:.3f} GB")
    print(f"  peak RSS                {spread([p / 1e9 for p in peaks], '{:.3f}')} GB = "
          f"{spread(ratios, '{:.3f}')}x the union")


if __name__ == "__main__":
    main()
