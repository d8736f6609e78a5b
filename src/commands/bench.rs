//! `flexc bench`: prefill and decode speed of an artifact on the kernel executor.

use super::{parse_ids, LoadArgs};
use crate::output::{more, row};
use anyhow::{bail, Result};
use flexc_runtime::{argmax, Engine, Sequence};
use std::path::Path;
use std::time::Instant;

/// What `flexc bench` times.
pub struct Runs {
    /// Prompt length.
    pub prompt_tokens: usize,
    /// Greedy steps after the prompt.
    pub decode_tokens: usize,
    /// Untimed runs first.
    pub warmup: usize,
    /// Sequences decoded together, if any.
    pub batch: Option<usize>,
}

type Profile = Vec<(&'static str, usize, f64)>;

/// Prefill and decode throughput: a prompt of `prompt_tokens` ids, then `decode_tokens` greedy steps
/// through the KV cache, after `warmup` untimed runs; with `batch`, also `batch` sequences decoded
/// together.
pub fn bench(artifact: &Path, runs: Runs, mask_experts: Option<&str>, load: &LoadArgs) -> Result<()> {
    let Runs { prompt_tokens, decode_tokens, warmup, batch } = runs;
    if batch == Some(0) {
        bail!("--batch 0: a batch needs at least one sequence");
    }
    let started = Instant::now();
    let mut engine = load.engine(artifact)?;
    let load_secs = started.elapsed().as_secs_f64();
    if let Some(mask) = mask_experts {
        let ids = parse_ids(mask, "--mask-experts", "an expert index", "expert indices")?;
        engine.mask_experts(&ids.iter().map(|&e| e as u64).collect::<Vec<_>>())?;
    }
    if prompt_tokens == 0 || prompt_tokens + decode_tokens > engine.max_positions() {
        bail!("need 1 <= prompt + decode tokens <= the model's {} positions", engine.max_positions());
    }
    let vocab = engine.vocab_size() as u32;
    let prompt: Vec<u32> = (0..prompt_tokens as u32).map(|i| (i * 7919 + 13) % vocab).collect();
    let run = || -> Result<(f64, f64, Profile)> {
        let mut session = engine.session();
        let started = Instant::now();
        // As generating runs them: each step computes the logits of its last row only.
        let logits = session.next_logits(&prompt)?;
        let prefill = started.elapsed().as_secs_f64();
        let mut next = argmax(&logits) as u32;
        let started = Instant::now();
        for _ in 0..decode_tokens {
            let logits = session.next_logits(&[next])?;
            next = argmax(&logits) as u32;
        }
        Ok((prefill, started.elapsed().as_secs_f64(), session.workspace().profile()))
    };
    // The engine runs the plan as recorded: one traced step's launches are the program's, in order.
    let mut session = engine.session();
    session.workspace_mut().trace(true);
    session.forward(&prompt[..1])?;
    let planned: Vec<&str> = engine.program().launched(1).iter().map(|l| l.instance.as_str()).collect();
    if session.workspace().launched() != planned {
        bail!("the engine's launches differ from the plan's: {:?} vs {planned:?}", session.workspace().launched());
    }
    drop(session);
    for _ in 0..warmup {
        run()?;
    }
    let (prefill, decode, profile) = run()?;
    let batched = match batch {
        Some(n) => Some(batched_decode(&engine, &prompt, n, decode_tokens)?),
        None => None,
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let program = engine.program();
    row("artifact", artifact.display());
    let gb = engine.weight_bytes() as f64 / 1e9;
    row("load", format!("{gb:.3} GB of weights in {load_secs:.2} s: {:.2} GB/s, every piece verified", gb / load_secs));
    if let Some(peak) = peak_rss_bytes() {
        let (kv_allocated, _) = engine.kv_cache_bytes();
        row(
            "memory",
            format!(
                "peak RSS {:.3} GB: {:.3}x the weights plus the KV cache allocated ({:.1} MB)",
                peak as f64 / 1e9,
                peak as f64 / (engine.weight_bytes() + kv_allocated) as f64,
                kv_allocated as f64 / 1e6
            ),
        );
    }
    row(
        "prefill",
        format!("{prompt_tokens} tokens in {:.1} ms: {:.1} tokens/s", prefill * 1e3, prompt_tokens as f64 / prefill),
    );
    // The weights a token reads (each MoE block's top-k experts) over its time: how close decode is
    // to the memory's rate, the bound of a one-row step.
    let chosen = engine.graph().meta_int("source_top_k").unwrap_or(1).max(1) as u64;
    let token_gb = program.decode_weight_bytes(chosen) as f64 / 1e9;
    let per_token = decode / decode_tokens.max(1) as f64;
    row(
        "decode",
        format!(
            "{decode_tokens} tokens in {:.1} ms: {:.2} tokens/s ({:.2} ms/token, reading {token_gb:.3} GB of weights: {:.1} GB/s)",
            decode * 1e3,
            decode_tokens as f64 / decode,
            per_token * 1e3,
            token_gb / per_token
        ),
    );
    row(
        "executor",
        format!(
            "{} kernels, {} launches per step (the plan's, checked), {threads} hardware threads{}{}",
            load.device.name(),
            program.launched(1).len(),
            mask_experts.map(|m| format!(", experts {m} masked at run time")).unwrap_or_default(),
            match engine.bf16_dot_launches() {
                0 => String::new(),
                n => format!(", {n} launches of a step of more rows by bf16 dot products"),
            }
        ),
    );
    print_profile("(FLEXC_PROFILE: each launch waited for alone, prefill and decode together)", profile);
    if let (Some(n), Some((secs, profile))) = (batch, batched) {
        let tokens = (n * decode_tokens) as f64;
        row(
            "batched",
            format!(
                "{n} sequences x {decode_tokens} tokens in {:.1} ms: {:.2} tokens/s, {:.2}x one sequence's decode",
                secs * 1e3,
                tokens / secs,
                (tokens / secs) / (decode_tokens as f64 / decode)
            ),
        );
        print_profile("(FLEXC_PROFILE: the batched decode steps)", profile);
    }
    Ok(())
}

fn print_profile(what: &str, profile: Profile) {
    if !profile.is_empty() {
        row("profile", what);
        for (kernel, n, secs) in profile {
            more(format!("{kernel:<22} {n:>6} runs {:>9.2} ms", secs * 1e3));
        }
    }
}

/// Decodes `batch` sequences together: each prefilled alone with a prompt of its own (`prompt`'s
/// length, the first sequence `prompt` itself), one untimed batched step (which sizes the workspace),
/// then `decode_tokens` timed steps of one greedy token for every sequence. Returns the seconds of the
/// timed steps and their profile. The prompts differ so that, as in a server, the sequences' tokens
/// differ and are routed to different experts: identical sequences would all take the same top-k
/// and read only those experts' weights.
fn batched_decode(engine: &Engine, prompt: &[u32], batch: usize, decode_tokens: usize) -> Result<(f64, Profile)> {
    if prompt.len() + decode_tokens + 1 > engine.max_positions() {
        bail!("--batch: need prompt + decode + 1 tokens <= the model's {} positions", engine.max_positions());
    }
    let vocab = engine.vocab_size();
    let prompts: Vec<Vec<u32>> = (0..batch as u64)
        .map(|s| prompt.iter().map(|&t| ((t as u64 + s * 104_729) % vocab as u64) as u32).collect())
        .collect();
    let mut seqs: Vec<Sequence> = (0..batch).map(|_| Sequence::default()).collect();
    let mut next = vec![0u32; batch];
    let mut ws = engine.workspace();
    let result = (|| -> Result<(f64, Profile)> {
        for ((seq, next), prompt) in seqs.iter_mut().zip(next.iter_mut()).zip(&prompts) {
            for chunk in prompt.chunks(engine.max_rows()) {
                let logits = engine.step_last(&mut ws, &mut [(&mut *seq, chunk)])?;
                *next = argmax(&logits) as u32;
            }
        }
        let mut step = |ws: &mut flexc_runtime::Workspace, next: &mut [u32]| -> Result<()> {
            let tokens: Vec<[u32; 1]> = next.iter().map(|&t| [t]).collect();
            let mut rows: Vec<(&mut Sequence, &[u32])> =
                seqs.iter_mut().zip(&tokens).map(|(s, t)| (s, &t[..])).collect();
            let logits = engine.step_last(ws, &mut rows)?;
            for (i, next) in next.iter_mut().enumerate() {
                *next = argmax(&logits[i * vocab..(i + 1) * vocab]) as u32;
            }
            Ok(())
        };
        step(&mut ws, &mut next)?;
        ws.clear_profile();
        let started = Instant::now();
        for _ in 0..decode_tokens {
            step(&mut ws, &mut next)?;
        }
        Ok((started.elapsed().as_secs_f64(), ws.profile()))
    })();
    for seq in &mut seqs {
        engine.release(seq);
    }
    result
}

/// The process's peak resident set (VmHWM), where the platform reports it.
fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}
