//! Embedding the server in a program of your own: two configurations of one checkpoint behind the
//! OpenAI-compatible routes, with tighter limits than `flexc serve`'s defaults, stopped by Ctrl-C.
//!
//! ```sh
//! cargo run --example serve -- target/tiny-public-math-code target/tiny-public-code
//! curl -s 127.0.0.1:8000/v1/completions -d '{"model": "tiny-flexolmo:public+code", "prompt": "The code expert"}'
//! ```

use flexc_runtime::EngineOptions;
use flexc_serve::{Config, Limits};
use std::time::Duration;

/// Large buffers mapped on their own and faulted by the threads that fill them, so that weights load
/// on every core (see `flexc_runtime::LargeMapped`).
#[global_allocator]
static ALLOC: flexc_runtime::LargeMapped = flexc_runtime::LargeMapped;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = Config {
        artifacts: std::env::args().skip(1).map(Into::into).collect(),
        engine: EngineOptions { kv_cache_bytes: 512 << 20, ..EngineOptions::default() },
        addr: "127.0.0.1:8000".parse()?,
        limits: Limits {
            max_sequences: 16,
            max_tokens: 256,
            request_timeout: Duration::from_secs(60),
            ..Limits::default()
        },
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(flexc_serve::serve(config, None, |addr, app| {
        let names: Vec<&str> = app.models.iter().map(|m| m.name.as_str()).collect();
        println!("serving {} on http://{addr}", names.join(", "));
    }))?;
    Ok(())
}
