//! `flexc run`: generate text (or token ids) from a prompt.

use super::{parse_tokens, Executor, LoadArgs, Loaded};
use anyhow::{bail, Context, Result};
use flexc_runtime::{generate, Sampler, SamplingParams, TextTokenizer};
use std::io::Write;
use std::path::Path;
use std::time::Instant;

pub enum Prompt {
    Text(String),
    Tokens(String),
}

pub fn run(
    artifact: &Path,
    prompt: Prompt,
    max_tokens: usize,
    params: SamplingParams,
    executor: Executor,
    load: &LoadArgs,
) -> Result<()> {
    if !(params.temperature >= 0.0 && params.temperature.is_finite()) {
        bail!("--temperature must be a non-negative number");
    }
    if !(params.top_p > 0.0 && params.top_p <= 1.0) {
        bail!("--top-p must be in (0, 1]");
    }
    let (art, exec) = Loaded::open(artifact, executor, load)?;
    let (prompt, tokenizer) = match prompt {
        Prompt::Tokens(ids) => (parse_tokens(&ids)?, None),
        Prompt::Text(text) => {
            let tokenizer_file = art.manifest.tokenizer.as_deref().with_context(|| {
                format!(
                    "{}: the artifact has no tokenizer.json (its checkpoint had none); give --tokens instead",
                    artifact.display()
                )
            })?;
            let tokenizer = TextTokenizer::load(&art.dir.join(tokenizer_file))?;
            let ids = tokenizer.encode(&text)?;
            if ids.is_empty() {
                bail!("the prompt encodes to no tokens");
            }
            print!("{text}");
            (ids, Some(tokenizer))
        }
    };
    let prompt_ids = prompt;
    let max_context = art.graph.meta_int("max_position_embeddings").unwrap_or(i64::MAX) as usize;
    if prompt_ids.len() >= max_context {
        bail!("the prompt is {} tokens; the model's maximum context is {max_context}", prompt_ids.len());
    }
    let budget = max_tokens.min(max_context - prompt_ids.len());
    if budget < max_tokens {
        eprintln!("note: generating {budget} tokens, the rest of the model's {max_context}-token context");
    }
    let stop: Vec<u32> = art.graph.meta_ints("eos_token_ids").unwrap_or(&[]).iter().map(|&t| t as u32).collect();
    let mut sampler = Sampler::new(params);
    let started = Instant::now();
    let mut stdout = std::io::stdout();
    let mut generated: Vec<u32> = Vec::new();
    let mut shown = String::new();
    let mut decode_error = None;
    let out = generate(&prompt_ids, budget, &mut sampler, &stop, exec.next_logits(), |token| {
        generated.push(token);
        let Some(tokenizer) = &tokenizer else {
            print!("{}{token}", if generated.len() > 1 { "," } else { "" });
            let _ = stdout.flush();
            return true;
        };
        match tokenizer.decode(&generated) {
            Ok(text) => {
                if let Some(new) = text.strip_prefix(shown.as_str()) {
                    print!("{new}");
                    let _ = stdout.flush();
                }
                shown = text;
                true
            }
            Err(e) => {
                decode_error = Some(e);
                false
            }
        }
    })?;
    println!();
    if let Some(e) = decode_error {
        return Err(e.into());
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{} tokens in {secs:.2}s ({:.1} tokens/s, {})",
        out.len(),
        out.len() as f64 / secs.max(1e-9),
        exec.name()
    );
    Ok(())
}
