//! A small completions service embedding the flexc runtime: one [`Engine`] shared by every request,
//! a session (KV cache) per request, an OpenAI-style `POST /v1/completions` route.
//!
//! ```sh
//! cargo run --example serve -- target/tiny-public-math-code --addr 127.0.0.1:8080
//! curl -s 127.0.0.1:8080/v1/completions -d '{"prompt": "The math expert", "max_tokens": 16}'
//! ```
//!
//! Request fields: `prompt` (required), `max_tokens` (default 16), `temperature` (0: greedy),
//! `top_k`, `top_p`, `seed`. The reply has `choices[0].text`, `finish_reason` (`stop` or `length`)
//! and token `usage`. `GET /health` answers `ok`.

use flexc_runtime::{generate, DeviceKind, Engine, EngineError, Sampler, SamplingParams, TextTokenizer};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// What every request shares: the engine (weights), the tokenizer and the stop tokens.
pub struct App {
    pub engine: Engine,
    pub tokenizer: TextTokenizer,
    pub model: String,
    stop: Vec<u32>,
    next_id: AtomicU64,
}

/// A completion: generated text, token counts and why it ended.
#[derive(Debug, Clone, PartialEq)]
pub struct Completion {
    pub text: String,
    pub prompt_tokens: usize,
    pub completion_tokens: usize,
    pub finish_reason: &'static str,
}

impl App {
    pub fn load(artifact: &Path) -> Result<App, String> {
        let engine = Engine::load(artifact, DeviceKind::Cpu).map_err(|e| e.to_string())?;
        let tokenizer = TextTokenizer::load(&artifact.join("tokenizer.json")).map_err(|e| e.to_string())?;
        let stop = engine.graph().meta_ints("eos_token_ids").unwrap_or(&[]).iter().map(|&t| t as u32).collect();
        let model = artifact.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        Ok(App { engine, tokenizer, model, stop, next_id: AtomicU64::new(1) })
    }

    /// One completion in its own session.
    pub fn complete(&self, prompt: &str, max_tokens: usize, params: SamplingParams) -> Result<Completion, String> {
        let ids = self.tokenizer.encode(prompt).map_err(|e| e.to_string())?;
        if ids.is_empty() {
            return Err("the prompt encodes to no tokens".into());
        }
        let room = self.engine.max_positions().saturating_sub(ids.len());
        if room == 0 {
            return Err(format!(
                "the prompt is {} tokens; the maximum context is {}",
                ids.len(),
                self.engine.max_positions()
            ));
        }
        let budget = max_tokens.min(room);
        let mut session = self.engine.session();
        let mut sampler = Sampler::new(params);
        let out = generate(
            &ids,
            budget,
            &mut sampler,
            &self.stop,
            |tokens: &[u32]| -> Result<Vec<f32>, EngineError> { session.next_logits(&tokens[session.len()..]) },
            |_| true,
        )
        .map_err(|e| e.to_string())?;
        let stopped = out.last().is_some_and(|t| self.stop.contains(t));
        let text = self.tokenizer.decode(&out).map_err(|e| e.to_string())?;
        Ok(Completion {
            text,
            prompt_tokens: ids.len(),
            completion_tokens: out.len(),
            finish_reason: if stopped { "stop" } else { "length" },
        })
    }

    fn handle_completion(&self, body: &[u8]) -> Result<Value, (u16, String)> {
        let req: Value = serde_json::from_slice(body).map_err(|e| (400, format!("body is not JSON: {e}")))?;
        let prompt =
            req.get("prompt").and_then(Value::as_str).ok_or((400, "`prompt` (a string) is required".to_string()))?;
        let num = |key: &str| req.get(key).and_then(Value::as_f64);
        let max_tokens = req.get("max_tokens").and_then(Value::as_u64).unwrap_or(16) as usize;
        let params = SamplingParams {
            temperature: num("temperature").unwrap_or(0.0) as f32,
            top_k: req.get("top_k").and_then(Value::as_u64).unwrap_or(0) as usize,
            top_p: num("top_p").unwrap_or(1.0) as f32,
            seed: req.get("seed").and_then(Value::as_u64).unwrap_or(0),
        };
        if !(params.temperature >= 0.0 && params.top_p > 0.0 && params.top_p <= 1.0) {
            return Err((400, "temperature must be >= 0 and top_p in (0, 1]".into()));
        }
        let c = self.complete(prompt, max_tokens, params).map_err(|e| (400, e))?;
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let created = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        Ok(json!({
            "id": format!("cmpl-{id}"),
            "object": "text_completion",
            "created": created,
            "model": self.model,
            "choices": [{ "index": 0, "text": c.text, "finish_reason": c.finish_reason }],
            "usage": {
                "prompt_tokens": c.prompt_tokens,
                "completion_tokens": c.completion_tokens,
                "total_tokens": c.prompt_tokens + c.completion_tokens,
            },
        }))
    }
}

/// Serves until `max_requests` connections were handled (forever with `None`); one thread per
/// connection, all sharing `app`.
pub fn serve(listener: TcpListener, app: Arc<App>, max_requests: Option<usize>) -> std::io::Result<()> {
    std::thread::scope(|scope| {
        for (n, stream) in listener.incoming().enumerate() {
            let stream = stream?;
            let app = Arc::clone(&app);
            scope.spawn(move || {
                if let Err(e) = handle(stream, &app) {
                    eprintln!("serve: connection error: {e}");
                }
            });
            if max_requests.is_some_and(|m| n + 1 >= m) {
                break;
            }
        }
        Ok(())
    })
}

const MAX_BODY: usize = 1 << 20;

fn handle(stream: TcpStream, app: &App) -> std::io::Result<()> {
    stream.set_read_timeout(Some(std::time::Duration::from_secs(30)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut content_length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                content_length = value.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let reply = match (method, path) {
        ("GET", "/health") => Ok(json!("ok")),
        ("POST", "/v1/completions") if content_length > MAX_BODY => Err((413, "request body too large".to_string())),
        ("POST", "/v1/completions") => {
            let mut body = vec![0u8; content_length];
            reader.read_exact(&mut body)?;
            app.handle_completion(&body)
        }
        _ => Err((404, format!("no route {method} {path}"))),
    };
    let (status, body) = match reply {
        Ok(v) => (200, v),
        Err((status, message)) => (status, json!({ "error": { "message": message } })),
    };
    let text = body.to_string();
    let reason = match status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        _ => "Payload Too Large",
    };
    let mut stream = stream;
    write!(
        stream,
        "HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{text}",
        text.len()
    )?;
    stream.flush()
}

#[allow(dead_code)]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(artifact) = args.first() else {
        eprintln!("usage: serve <ARTIFACT_DIR> [--addr 127.0.0.1:8080]");
        std::process::exit(2);
    };
    let addr = args.iter().position(|a| a == "--addr").and_then(|i| args.get(i + 1)).map_or("127.0.0.1:8080", |s| s);
    let app = match App::load(Path::new(artifact)) {
        Ok(app) => Arc::new(app),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let listener = match TcpListener::bind(addr) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: cannot listen on {addr}: {e}");
            std::process::exit(1);
        }
    };
    eprintln!("serving {artifact} on http://{addr}/v1/completions");
    if let Err(e) = serve(listener, app, None) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
