//! `flexc merge`: a FlexOlmo assembled from independently trained experts (see
//! `flexc_import::merge`).

use crate::output::{row, status, Progress};
use anyhow::{bail, Result};
use flexc_import::merge::{merge as merge_checkpoints, MergeOptions};
use std::path::PathBuf;

#[derive(clap::Args, Debug, Clone)]
pub struct MergeArgs {
    /// A FlexOlmo checkpoint whose expert 0 is the public expert: a 2-expert domain model or a merged
    /// model.
    #[arg(long)]
    pub public: PathBuf,
    /// A domain expert as NAME=CHECKPOINT, where CHECKPOINT is a 2-expert domain model (the public
    /// expert and this one's); in order, they become experts 1, 2, ...
    #[arg(long = "expert", value_name = "NAME=CHECKPOINT", required = true, value_parser = name_path)]
    pub experts: Vec<(String, PathBuf)>,
    /// An expert's router row from a domain embedding, as NAME=FILE.npy (a vector of the hidden size,
    /// used in every layer) instead of its model's router row.
    #[arg(long = "router-embedding", value_name = "NAME=FILE", value_parser = name_path)]
    pub router_embeddings: Vec<(String, PathBuf)>,
    /// Experts each token is routed to (default: every expert).
    #[arg(long)]
    pub top_k: Option<u64>,
    /// Average the shared weights and the public expert over the inputs instead of requiring them
    /// identical.
    #[arg(long)]
    pub average_shared: bool,
    /// The most MB of one safetensors shard of the output.
    #[arg(long, default_value_t = 2000)]
    pub max_shard_mb: u64,
    /// The merged checkpoint's directory (must not exist).
    #[arg(short, long)]
    pub output: PathBuf,
}

fn name_path(s: &str) -> Result<(String, PathBuf), String> {
    match s.split_once('=') {
        Some((name, path)) if !name.is_empty() && !path.is_empty() => Ok((name.to_string(), PathBuf::from(path))),
        _ => Err(format!("`{s}`: expected NAME=PATH")),
    }
}

pub fn merge(args: &MergeArgs) -> Result<()> {
    if args.max_shard_mb == 0 {
        bail!("--max-shard-mb must be at least 1");
    }
    let options = MergeOptions {
        public: args.public.clone(),
        experts: args.experts.clone(),
        router_embeddings: args.router_embeddings.clone(),
        top_k: args.top_k,
        average_shared: args.average_shared,
        max_shard_bytes: args.max_shard_mb.saturating_mul(1_000_000),
    };
    let bar = Progress::new("merging", "of tensors written");
    let summary = merge_checkpoints(&options, &args.output, &|done, total| bar.update(done, total))?;
    bar.finish();
    status("wrote", args.output.display());
    row("experts", summary.experts.join(", "));
    row("top-k", summary.top_k);
    row("tensors", format!("{} in {} shard(s), {}", summary.tensors, summary.shards, summary.dtype));
    row("bytes", crate::output::human_bytes(summary.bytes));
    Ok(())
}
