//! `flexc logits`: one prefill's logits as an f32 .npy `[T, vocab]`.

use super::{parse_tokens, Executor, LoadArgs, Loaded};
use crate::output::status;
use anyhow::{Context, Result};
use flexc_runtime::npy;
use std::path::Path;

pub fn logits(artifact: &Path, tokens: &str, out: &Path, executor: Executor, load: &LoadArgs) -> Result<()> {
    let tokens = parse_tokens(tokens)?;
    let (_, exec) = Loaded::open(artifact, executor, load)?;
    let logits = exec.logits(&tokens)?;
    let vocab = logits.len() / tokens.len();
    npy::write_f32(out, &[tokens.len(), vocab], &logits).with_context(|| format!("writing {}", out.display()))?;
    status("wrote", format!("{} [{}, {vocab}] f32", out.display(), tokens.len()));
    Ok(())
}
