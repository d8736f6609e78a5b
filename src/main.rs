//! `flexc`: compile a FlexOlmo checkpoint for one expert configuration (or many), inspect, verify and
//! run the result. Every command is a thin layer over the workspace's libraries, one file each in
//! `commands/`.

mod commands;
mod output;

use clap::{Parser, Subcommand};
use commands::{Executor, LoadArgs};
use std::path::PathBuf;
use std::process::ExitCode;

/// Large blocks (the cpu runtime's weight buffers) are mapped on their own and faulted by the threads
/// that fill them: see [`flexc_runtime::LargeMapped`].
#[global_allocator]
static ALLOC: flexc_runtime::LargeMapped = flexc_runtime::LargeMapped;

#[derive(Parser)]
#[command(
    name = "flexc",
    version,
    about = "Compile FlexOlmo mixture-of-experts models, one artifact per expert opt-out configuration"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Describe a checkpoint (config, experts, parameter counts), a compiled artifact (metadata,
    /// plan, header hashes; `--verify` re-hashes every weight), or a graph text file (.fir, parsed
    /// and verified).
    Inspect {
        /// A HuggingFace checkpoint directory, a flexc artifact directory, or a .fir file.
        path: PathBuf,
        /// Expert names, comma-separated, in index order (overrides experts.json).
        #[arg(long)]
        expert_names: Option<String>,
        /// Also re-hash every weight of an artifact (what `flexc verify` does).
        #[arg(long)]
        verify: bool,
        /// The weight store of an artifact, instead of the one its manifest names.
        #[arg(long)]
        store: Option<PathBuf>,
    },
    /// Compile a checkpoint for a set of kept experts (or for many sets) into artifact directories.
    Compile(commands::compile::CompileArgs),
    /// Prefill logits of a token sequence, saved as f32 .npy of shape [T, vocab].
    Logits {
        artifact: PathBuf,
        /// Token ids, comma-separated.
        #[arg(long)]
        tokens: String,
        /// Output .npy file.
        #[arg(long)]
        out: PathBuf,
        #[arg(long, value_enum, default_value_t = Executor::Kernels)]
        executor: Executor,
        #[command(flatten)]
        load: LoadArgs,
    },
    /// Generate text from a prompt.
    Run {
        artifact: PathBuf,
        /// The prompt text (needs the artifact's tokenizer).
        #[arg(long, required_unless_present = "tokens", conflicts_with = "tokens")]
        prompt: Option<String>,
        /// The prompt as token ids, comma-separated; the generated ids are printed.
        #[arg(long)]
        tokens: Option<String>,
        #[arg(long, default_value_t = 32)]
        max_tokens: usize,
        /// 0 is greedy.
        #[arg(long, default_value_t = 0.0)]
        temperature: f32,
        /// Sample only among the k most likely tokens (0: all).
        #[arg(long, default_value_t = 0)]
        top_k: usize,
        /// Nucleus sampling threshold (1: off).
        #[arg(long, default_value_t = 1.0)]
        top_p: f32,
        #[arg(long, default_value_t = 0)]
        seed: u64,
        #[arg(long, value_enum, default_value_t = Executor::Kernels)]
        executor: Executor,
        #[command(flatten)]
        load: LoadArgs,
    },
    /// Measure prefill and decode speed of an artifact on the kernel executor.
    Bench {
        artifact: PathBuf,
        /// Prompt length in tokens.
        #[arg(long, default_value_t = 32)]
        prompt_tokens: usize,
        /// Tokens to decode after the prompt, one at a time through the KV cache.
        #[arg(long, default_value_t = 32)]
        decode_tokens: usize,
        /// Untimed warm-up runs (kernel compilation happens in the first).
        #[arg(long, default_value_t = 1)]
        warmup: usize,
        /// Opt these experts (indices) out at run time with -inf router logits instead: the
        /// baseline of a server that does not specialize.
        #[arg(long)]
        mask_experts: Option<String>,
        /// Also decode this many sequences together (each prefilled alone with a prompt of its own,
        /// so that their tokens take different experts, as a server's requests do), one batched step
        /// per token for all of them: continuous batching's throughput without a server.
        #[arg(long)]
        batch: Option<usize>,
        #[command(flatten)]
        load: LoadArgs,
    },
    /// Re-hash an artifact, check every weight is finite, and prove it holds no weight of an
    /// excluded expert.
    Verify {
        artifact: PathBuf,
        /// The source checkpoint: also check by content that no packed tensor equals an excluded
        /// expert's source tensor.
        #[arg(long)]
        source: Option<PathBuf>,
        /// The weight store, instead of the one the artifact's manifest names.
        #[arg(long)]
        store: Option<PathBuf>,
    },
    /// Serve artifacts over HTTP with an OpenAI-compatible API (`/v1/completions`,
    /// `/v1/chat/completions`, `/v1/models`), batching the requests of each configuration and sharing
    /// weights between configurations.
    Serve(commands::serve::ServeArgs),
    /// Assemble a FlexOlmo from independently trained experts: the public expert of one model and
    /// expert 1 of each 2-expert domain model, with their router rows (or rows from domain
    /// embeddings); the shared weights must agree (or are averaged). Writes a HuggingFace checkpoint.
    Merge(commands::merge::MergeArgs),
    /// Compile an artifact's emitted CUDA and HIP kernels with the offline compilers found (NVRTC
    /// for sm_90a and sm_80, clang for gfx90a and gfx942) and report registers and shared memory.
    CheckKernels {
        /// One or more artifacts; a kernel source shared by several is compiled once.
        #[arg(required = true)]
        artifacts: Vec<PathBuf>,
        /// Fail when the compiler of one of these targets (cuda, hip) is missing.
        #[arg(long, value_delimiter = ',')]
        require: Vec<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Inspect { path, expert_names, verify, store } => {
            commands::inspect::inspect(&path, expert_names.as_deref(), verify, store)
        }
        Command::Compile(args) => commands::compile::compile(&args),
        Command::Logits { artifact, tokens, out, executor, load } => {
            commands::logits::logits(&artifact, &tokens, &out, executor, &load)
        }
        Command::Run { artifact, prompt, tokens, max_tokens, temperature, top_k, top_p, seed, executor, load } => {
            let params = flexc_runtime::SamplingParams { temperature, top_k, top_p, seed };
            let prompt = match (prompt, tokens) {
                (Some(text), _) => commands::run::Prompt::Text(text),
                (_, Some(ids)) => commands::run::Prompt::Tokens(ids),
                (None, None) => unreachable!("clap requires --prompt or --tokens"),
            };
            commands::run::run(&artifact, prompt, max_tokens, params, executor, &load)
        }
        Command::Serve(args) => commands::serve::serve(&args),
        Command::Merge(args) => commands::merge::merge(&args),
        Command::Verify { artifact, source, store } => commands::verify::verify(&artifact, source.as_deref(), store),
        Command::CheckKernels { artifacts, require } => commands::check_kernels::check_kernels(&artifacts, &require),
        Command::Bench { artifact, prompt_tokens, decode_tokens, warmup, mask_experts, batch, load } => {
            let runs = commands::bench::Runs { prompt_tokens, decode_tokens, warmup, batch };
            commands::bench::bench(&artifact, runs, mask_experts.as_deref(), &load)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
