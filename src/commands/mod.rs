//! The CLI commands, one file each. Errors become reports here (anyhow); everything below is typed.

pub mod bench;
pub mod check_kernels;
pub mod compile;
pub mod inspect;
pub mod logits;
pub mod merge;
pub mod run;
pub mod serve;
pub mod verify;

use anyhow::{bail, Context, Result};
use flexc_artifact::{Artifact, OpenOptions};
use flexc_reference::ReferenceExecutor;
use flexc_runtime::{DeviceKind, Engine, EngineOptions};
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Executor {
    /// flexc's cubecl kernels, running the artifact's plan with a KV cache, on the `--device` (the cpu
    /// runtime by default).
    #[value(name = "kernels", alias = "cpu")]
    Kernels,
    /// The burn reference executor (the numeric oracle; recomputes the whole sequence per token).
    Reference,
}

/// `--device cpu|cuda[:N]|hip[:N]`.
pub fn parse_device(s: &str) -> Result<DeviceKind, String> {
    DeviceKind::parse(s).ok_or_else(|| format!("unknown device `{s}` ({})", DeviceKind::SPELLINGS))
}

/// How the commands that run an artifact load it.
#[derive(clap::Args, Debug, Clone)]
pub struct LoadArgs {
    /// Where the kernels run: cpu, cuda[:N] or hip[:N] (GPUs need a build with that feature).
    #[arg(long, default_value = "cpu", value_parser = parse_device)]
    pub device: DeviceKind,
    /// The weight store, instead of the one the artifact's manifest names.
    #[arg(long)]
    pub store: Option<PathBuf>,
    /// The most MiB the KV cache of all sequences may take: past it a step is refused, and `serve`
    /// preempts the sequence that arrived last until there is room.
    #[arg(long, default_value_t = 4096)]
    pub kv_cache_mb: u64,
}

impl LoadArgs {
    pub fn engine_options(&self) -> EngineOptions {
        EngineOptions {
            device: self.device,
            kv_cache_bytes: self.kv_cache_mb.saturating_mul(1 << 20),
            store: self.store.clone(),
            ..EngineOptions::default()
        }
    }

    /// Loads the artifact on the kernel engine, showing the load's progress.
    pub fn engine(&self, artifact: &Path) -> Result<Engine> {
        let bar = crate::output::Progress::new("loading", "of weights, each piece verified");
        let engine = Engine::load_observed(artifact, self.engine_options(), &|done, total| bar.update(done, total));
        bar.finish();
        Ok(engine?)
    }
}

/// An artifact loaded for one executor.
pub enum Loaded {
    Reference(Box<ReferenceExecutor>),
    Kernels(Box<Engine>),
}

/// Given the whole sequence so far, the logits of its last position.
pub type NextLogits<'a> = Box<dyn FnMut(&[u32]) -> Result<Vec<f32>> + 'a>;

impl Loaded {
    pub fn open(artifact: &Path, executor: Executor, load: &LoadArgs) -> Result<(Artifact, Loaded)> {
        let art = Artifact::open_with(artifact, &OpenOptions { store: load.store.clone() })?;
        let loaded = match executor {
            Executor::Reference => {
                Loaded::Reference(Box::new(ReferenceExecutor::load_with(art.graph.clone(), &art.weight_reader())?))
            }
            Executor::Kernels => Loaded::Kernels(Box::new(load.engine(artifact)?)),
        };
        Ok((art, loaded))
    }

    pub fn name(&self) -> String {
        match self {
            Loaded::Reference(_) => "reference executor".into(),
            Loaded::Kernels(e) => format!("{} kernels", e.device().name()),
        }
    }

    /// Prefill logits `[T, vocab]` of `tokens`.
    pub fn logits(&self, tokens: &[u32]) -> Result<Vec<f32>> {
        Ok(match self {
            Loaded::Reference(exec) => exec.logits(tokens)?,
            Loaded::Kernels(engine) => engine.session().forward(tokens)?,
        })
    }

    /// A next-token function for [`flexc_runtime::generate`]: given the whole sequence so far, the
    /// logits of its last position. The kernel executor feeds only the tokens its KV cache has not
    /// seen.
    pub fn next_logits(&self) -> NextLogits<'_> {
        match self {
            Loaded::Reference(exec) => Box::new(move |tokens: &[u32]| {
                let logits = exec.logits(tokens)?;
                let vocab = logits.len() / tokens.len();
                Ok(logits[logits.len() - vocab..].to_vec())
            }),
            Loaded::Kernels(engine) => {
                let mut session = engine.session();
                Box::new(move |tokens: &[u32]| Ok(session.next_logits(&tokens[session.len()..])?))
            }
        }
    }
}

/// `--tokens 3,17,5`.
pub fn parse_tokens(text: &str) -> Result<Vec<u32>> {
    flexc_runtime::parse_token_ids(text).map_err(|e| anyhow::anyhow!("--tokens: {e}"))
}

/// A non-empty comma-separated list of ids given to `flag` (`one`: "a token id", `many`: "token ids").
pub fn parse_ids(text: &str, flag: &str, one: &str, many: &str) -> Result<Vec<u32>> {
    let ids: Vec<u32> = text
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<u32>().with_context(|| format!("{flag}: {s:?} is not {one}")))
        .collect::<Result<_>>()?;
    if ids.is_empty() {
        bail!("{flag}: no {many} given");
    }
    Ok(ids)
}

/// `--expert-names a,b,c`.
pub fn split_names(names: Option<&str>) -> Option<Vec<String>> {
    names.map(|n| n.split(',').map(|s| s.trim().to_string()).collect())
}
