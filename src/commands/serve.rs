//! `flexc serve`: the OpenAI-compatible server over one or more artifacts (see `flexc-serve`).

use super::LoadArgs;
use anyhow::{Context, Result};
use flexc_serve::{Config, Limits};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Limits a deployment is likely to tune; the rest keep `Limits::default()`.
#[derive(clap::Args, Debug, Clone)]
pub struct ServeArgs {
    /// One artifact per configuration; artifacts of one checkpoint share their common weights.
    #[arg(required = true)]
    pub artifacts: Vec<PathBuf>,
    /// Where to listen.
    #[arg(long, default_value = "127.0.0.1:8000")]
    pub addr: SocketAddr,
    /// Sequences a configuration runs at once (its batch); more requests wait in its queue.
    #[arg(long, default_value_t = 64)]
    pub max_sequences: usize,
    /// Requests waiting per configuration; beyond it, 429 with Retry-After.
    #[arg(long, default_value_t = 256)]
    pub max_queue: usize,
    /// Tokens one step of a configuration takes at most, decodes first, then prompt chunks: a long
    /// prompt is prefilled a chunk a step, so the sequences decoding beside it are not held up for
    /// the whole prompt.
    #[arg(long, default_value_t = 256)]
    pub max_batch_tokens: usize,
    /// Compute every prompt in full, instead of starting it on the KV cache earlier requests with the
    /// same first tokens left (in whole KV-cache blocks).
    #[arg(long)]
    pub no_prefix_caching: bool,
    /// The most tokens one request may ask for.
    #[arg(long, default_value_t = 4096)]
    pub max_tokens: usize,
    /// Seconds a request may take from arrival to its last token (504 beyond).
    #[arg(long, default_value_t = 600)]
    pub request_timeout: u64,
    /// Bytes of a request body (413 beyond).
    #[arg(long, default_value_t = 1 << 20)]
    pub max_body_bytes: usize,
    #[command(flatten)]
    pub load: LoadArgs,
}

pub fn serve(args: &ServeArgs) -> Result<()> {
    let limits = Limits {
        max_sequences: args.max_sequences.max(1),
        max_queue: args.max_queue.max(1),
        max_batch_tokens: args.max_batch_tokens.max(1),
        prefix_caching: !args.no_prefix_caching,
        max_tokens: args.max_tokens.max(1),
        request_timeout: Duration::from_secs(args.request_timeout.max(1)),
        max_body_bytes: args.max_body_bytes,
        ..Limits::default()
    };
    let config =
        Config { artifacts: args.artifacts.clone(), engine: args.load.engine_options(), addr: args.addr, limits };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the runtime")?;
    eprintln!("loading      {} artifact(s)", config.artifacts.len());
    runtime.block_on(flexc_serve::serve(config, None, |addr, app| {
        for m in &app.models {
            eprintln!("model        {} ({} MB of weights on {})", m.name, m.engine.weight_bytes() / 1_000_000, m.engine.device().name());
            if m.engine.bf16_dot_launches() > 0 {
                eprintln!(
                    "             bf16 dot products in steps of more than one row (--cpu-bf16-dot): answers may differ from a request's alone"
                );
            }
        }
        eprintln!("listening    http://{addr} (POST /v1/completions, /v1/chat/completions; GET /v1/models, /health, /metrics)");
    }))?;
    eprintln!("stopped");
    Ok(())
}
