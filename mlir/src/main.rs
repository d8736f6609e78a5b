//! `flexc-mlir`: export a flexc artifact to upstream MLIR, or JIT-run it through MLIR.

use anyhow::{bail, Context as _, Result};
use clap::{Parser, Subcommand, ValueEnum};
use flexc_mlir::{export_artifact, run_artifact, ExportOptions, Weights};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "flexc-mlir", version, about = "flexc's MLIR bridge: specialized FlexOlmo graphs as upstream MLIR")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum WeightMode {
    /// Dense constants in the module (self-contained).
    Inline,
    /// Function arguments after the token ids, in the graph's weight order.
    External,
}

#[derive(Subcommand)]
enum Command {
    /// Write the artifact's specialized graph as a verified `func.func @forward` in linalg, tensor,
    /// arith and math, for a fixed sequence length.
    Export {
        artifact: PathBuf,
        #[arg(short, long)]
        out: PathBuf,
        /// The sequence length T the module is specialized for.
        #[arg(long, default_value_t = 8)]
        seq_len: u64,
        #[arg(long, value_enum, default_value_t = WeightMode::External)]
        weights: WeightMode,
        /// Run MLIR's canonicalize and cse passes before writing.
        #[arg(long)]
        canonicalize: bool,
    },
    /// Lower the module to LLVM, JIT-run it on token ids, and print or save the prefill logits.
    Run {
        artifact: PathBuf,
        /// Token ids, comma-separated.
        #[arg(long)]
        tokens: String,
        /// Save the logits as f32 .npy [T, vocab] instead of printing the last row's argmax.
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Export { artifact, out, seq_len, weights, canonicalize } => {
            let weights = match weights {
                WeightMode::Inline => Weights::Inline,
                WeightMode::External => Weights::External,
            };
            export(&artifact, &out, &ExportOptions { seq_len, weights, canonicalize })
        }
        Command::Run { artifact, tokens, out } => run(&artifact, &tokens, out.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn export(artifact: &std::path::Path, out: &std::path::Path, opts: &ExportOptions) -> Result<()> {
    let text = export_artifact(artifact, opts).with_context(|| format!("exporting {}", artifact.display()))?;
    // Written beside the destination and renamed, so a failure leaves nothing half-written.
    let tmp = out.with_extension("mlir.partial");
    std::fs::write(&tmp, &text).with_context(|| format!("writing {}", tmp.display()))?;
    std::fs::rename(&tmp, out).with_context(|| format!("writing {}", out.display()))?;
    eprintln!("wrote        {} ({} bytes, verified)", out.display(), text.len());
    Ok(())
}

fn run(artifact: &std::path::Path, tokens: &str, out: Option<&std::path::Path>) -> Result<()> {
    let ids: Vec<u32> = tokens
        .split(',')
        .map(|t| t.trim().parse::<u32>().with_context(|| format!("--tokens: `{t}` is not a token id")))
        .collect::<Result<_>>()?;
    if ids.is_empty() {
        bail!("--tokens: no token ids");
    }
    let started = std::time::Instant::now();
    let logits =
        run_artifact(artifact, &ids).with_context(|| format!("running {} through MLIR", artifact.display()))?;
    let vocab = logits.len() / ids.len();
    eprintln!("jit-ran      @forward on {} tokens in {:.2}s", ids.len(), started.elapsed().as_secs_f64());
    match out {
        Some(path) => flexc_format::npy::write_f32(path, &[ids.len(), vocab], &logits)
            .with_context(|| format!("writing {}", path.display()))?,
        None => {
            let last = &logits[logits.len() - vocab..];
            let (best, _) =
                last.iter().enumerate().fold((0, f32::NEG_INFINITY), |m, (i, &v)| if v > m.1 { (i, v) } else { m });
            println!("next token {best}");
        }
    }
    Ok(())
}
