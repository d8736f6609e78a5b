//! `flexc`: compile a FlexOlmo checkpoint for one expert configuration, inspect, verify and run the
//! result. Every command is a thin layer over the workspace's libraries.

mod commands;
mod output;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

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
    /// Describe a checkpoint (config, experts, parameter counts), a compiled artifact, or a graph
    /// text file (.fir, parsed and verified).
    Inspect {
        /// A HuggingFace checkpoint directory, a flexc artifact directory, or a .fir file.
        path: PathBuf,
        /// Expert names, comma-separated, in index order (overrides experts.json).
        #[arg(long)]
        expert_names: Option<String>,
    },
    /// Compile a checkpoint for a set of kept experts into an artifact directory.
    Compile {
        /// The HuggingFace checkpoint directory (config.json + safetensors).
        model: PathBuf,
        /// The experts to keep: names or indices, comma-separated (e.g. public,math,code or 0,1,4).
        #[arg(long)]
        experts: String,
        /// Expert names, comma-separated, in index order (overrides experts.json).
        #[arg(long)]
        expert_names: Option<String>,
        /// The artifact directory to write (replaced if it holds an earlier artifact).
        #[arg(short, long)]
        out: PathBuf,
        /// Print the graph after the named pass (or `all`, or `import` for the imported graph).
        #[arg(long, long_help = print_after_help())]
        print_after: Option<String>,
        /// Print the final specialized graph.
        #[arg(long)]
        emit_ir: bool,
        /// Pack weights into this shared, content-addressed store instead of the artifact, so that
        /// tensors shared by many configurations exist once on disk.
        #[arg(long)]
        store: Option<PathBuf>,
        /// The targets to plan for, comma-separated: cpu (the runtime JIT-compiles the plan's kernels
        /// at load), cuda (.cu for NVRTC), hip (.hip for clang/hipcc). Each gets its own program.
        #[arg(long, default_value = "cpu,cuda,hip")]
        target: String,
        /// The KV cache's element type: f32, or bf16 / f16 to halve its memory.
        #[arg(long, default_value = "f32")]
        kv_dtype: String,
    },
    /// Prefill logits of a token sequence, saved as f32 .npy of shape [T, vocab].
    Logits {
        artifact: PathBuf,
        /// Token ids, comma-separated.
        #[arg(long)]
        tokens: String,
        /// Output .npy file.
        #[arg(long)]
        out: PathBuf,
        #[arg(long, value_enum, default_value_t = commands::Executor::Kernels)]
        executor: commands::Executor,
        /// Where the kernels run: cpu, cuda[:N] or hip[:N] (GPUs need a build with that feature).
        #[arg(long, default_value = "cpu", value_parser = commands::parse_device)]
        device: flexc_runtime::DeviceKind,
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
        #[arg(long, value_enum, default_value_t = commands::Executor::Kernels)]
        executor: commands::Executor,
        /// Where the kernels run: cpu, cuda[:N] or hip[:N] (GPUs need a build with that feature).
        #[arg(long, default_value = "cpu", value_parser = commands::parse_device)]
        device: flexc_runtime::DeviceKind,
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
        /// Where the kernels run: cpu, cuda[:N] or hip[:N] (GPUs need a build with that feature).
        #[arg(long, default_value = "cpu", value_parser = commands::parse_device)]
        device: flexc_runtime::DeviceKind,
        /// Opt these experts (indices) out at run time with -inf router logits instead: the
        /// baseline of a server that does not specialize.
        #[arg(long)]
        mask_experts: Option<String>,
    },
    /// Re-hash an artifact and prove it holds no weight of an excluded expert.
    Verify {
        artifact: PathBuf,
        /// The source checkpoint: also check by content that no packed tensor equals an excluded
        /// expert's source tensor.
        #[arg(long)]
        source: Option<PathBuf>,
    },
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

/// `--print-after`'s long help: the pass registry.
fn print_after_help() -> String {
    format!(
        "Print the graph after the named pass (or `all`, or `import` for the imported graph).\n\n{}",
        flexc_passes::help()
    )
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Inspect { path, expert_names } => commands::inspect::inspect(&path, expert_names.as_deref()),
        Command::Compile { model, experts, expert_names, out, print_after, emit_ir, store, target, kv_dtype } => {
            commands::compile::compile(&commands::compile::CompileOptions {
                model: &model,
                experts: &experts,
                expert_names: expert_names.as_deref(),
                out: &out,
                print_after: print_after.as_deref(),
                emit_ir,
                store: store.as_deref(),
                targets: &target,
                kv_dtype: &kv_dtype,
            })
        }
        Command::Logits { artifact, tokens, out, executor, device } => {
            commands::logits::logits(&artifact, &tokens, &out, executor, device)
        }
        Command::Run { artifact, prompt, tokens, max_tokens, temperature, top_k, top_p, seed, executor, device } => {
            let params = flexc_runtime::SamplingParams { temperature, top_k, top_p, seed };
            let prompt = match (prompt, tokens) {
                (Some(text), _) => commands::run::Prompt::Text(text),
                (_, Some(ids)) => commands::run::Prompt::Tokens(ids),
                (None, None) => unreachable!("clap requires --prompt or --tokens"),
            };
            commands::run::run(&artifact, prompt, max_tokens, params, executor, device)
        }
        Command::Verify { artifact, source } => commands::verify::verify(&artifact, source.as_deref()),
        Command::CheckKernels { artifacts, require } => commands::check_kernels::check_kernels(&artifacts, &require),
        Command::Bench { artifact, prompt_tokens, decode_tokens, warmup, mask_experts, device } => {
            commands::bench::bench(&artifact, prompt_tokens, decode_tokens, warmup, mask_experts.as_deref(), device)
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
