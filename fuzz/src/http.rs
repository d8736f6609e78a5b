//! HTTP requests to `flexc serve`: raw bytes written to a real server on loopback (the same accept
//! loop, limits and handlers as `flexc serve`), each on a connection of its own. A panic on any of
//! the server's threads, or a connection left with no answer, is a crash.

use crate::campaign::{take_other_thread_panic, watch_other_threads};
use crate::mutate;
use crate::rng::Rng;
use crate::target::{Shape, Target};
use flexc_serve::{Config, Limits};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::time::Duration;

/// How long a request may take before it counts as a hang: well above the server's own deadlines.
const ANSWER_WITHIN: Duration = Duration::from_secs(30);

pub struct HttpTarget {
    addr: SocketAddr,
    model: String,
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl HttpTarget {
    /// Serves `artifact` on a loopback port, with limits small enough that every request ends quickly.
    pub fn new(artifact: &Path) -> anyhow::Result<HttpTarget> {
        let limits = Limits {
            max_body_bytes: 64 << 10,
            max_tokens: 16,
            header_timeout: Duration::from_secs(2),
            body_timeout: Duration::from_secs(2),
            request_timeout: Duration::from_secs(10),
            shutdown_grace: Duration::from_secs(1),
            ..Limits::default()
        };
        let config = Config {
            artifacts: vec![artifact.to_path_buf()],
            engine: flexc_runtime::EngineOptions::default(),
            addr: "127.0.0.1:0".parse()?,
            limits,
        };
        let (ready, ready_rx) = std::sync::mpsc::channel();
        let (stop, stopped) = tokio::sync::oneshot::channel();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build();
            let Ok(rt) = rt else { return };
            let served = rt.block_on(flexc_serve::serve(config, Some(stopped), |addr, app| {
                let _ = ready.send((addr, app.models[0].name.clone()));
            }));
            if let Err(e) = served {
                eprintln!("the fuzz server failed: {e}");
            }
        });
        let (addr, model) = ready_rx.recv_timeout(Duration::from_secs(300))?;
        watch_other_threads();
        Ok(HttpTarget { addr, model, _stop: stop })
    }

    fn request(method: &str, path: &str, headers: &[(String, String)], body: &[u8]) -> Vec<u8> {
        let mut out = format!("{method} {path} HTTP/1.1\r\nhost: fuzz\r\n").into_bytes();
        for (k, v) in headers {
            out.extend_from_slice(format!("{k}: {v}\r\n").as_bytes());
        }
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(body);
        out
    }

    fn post(path: &str, body: &str) -> Vec<u8> {
        let headers = [
            ("content-type".to_string(), "application/json".to_string()),
            ("content-length".to_string(), body.len().to_string()),
        ];
        Self::request("POST", path, &headers, body.as_bytes())
    }

    /// A completion or chat body with a random selection of the API's fields and values.
    fn body(&self, rng: &mut Rng, chat: bool) -> String {
        let mut fields: Vec<String> = Vec::new();
        let model = match rng.below(8) {
            0 => "\"no-such-model\"".to_string(),
            1 => rng.pick(mutate::STRINGS).to_string(),
            _ => format!("{:?}", self.model),
        };
        if !rng.one_in(10) {
            fields.push(format!("\"model\": {model}"));
        }
        let text = || -> &'static [&'static str] { &["Hello", "", "a b c", "\\u00e9\\ud800", "<|endoftext|>"] };
        if chat {
            let n = rng.small_len(4);
            let messages: Vec<String> = (0..n)
                .map(|_| {
                    let role = rng.pick(&["system", "user", "assistant", "tool", "nobody"]);
                    format!("{{\"role\": \"{role}\", \"content\": \"{}\"}}", rng.pick(text()))
                })
                .collect();
            fields.push(format!("\"messages\": [{}]", messages.join(", ")));
        } else {
            let prompt = match rng.below(4) {
                0 => {
                    let ids: Vec<String> = (0..rng.small_len(12)).map(|_| rng.below(400).to_string()).collect();
                    format!("[{}]", ids.join(","))
                }
                1 => rng.pick(mutate::NUMBERS).to_string(),
                _ => format!("\"{}\"", rng.pick(text())),
            };
            fields.push(format!("\"prompt\": {prompt}"));
        }
        let numbers = |rng: &mut Rng, usual: &[&str]| -> String {
            if rng.one_in(4) {
                rng.pick(mutate::NUMBERS).to_string()
            } else {
                rng.pick(usual).to_string()
            }
        };
        for (name, usual) in [
            ("max_tokens", &["0", "1", "3", "8", "16", "17"][..]),
            ("temperature", &["0", "0.7", "1.0", "2"][..]),
            ("top_p", &["0", "0.5", "1"][..]),
            ("top_k", &["0", "1", "5", "1000"][..]),
            ("seed", &["0", "7", "12345678901"][..]),
        ] {
            if rng.one_in(2) {
                fields.push(format!("\"{name}\": {}", numbers(rng, usual)));
            }
        }
        if rng.one_in(3) {
            fields.push(format!("\"stream\": {}", rng.pick(&["true", "false", "1", "null"])));
        }
        if rng.one_in(4) {
            fields.push(format!("\"stop\": {}", rng.pick(&["\"x\"", "[\"a\", \"\"]", "[]", "7"])));
        }
        if rng.one_in(6) {
            fields.push(format!("\"ignore_eos\": {}", rng.pick(&["true", "false"])));
        }
        if rng.one_in(8) {
            fields.push(format!("\"{}\": {}", rng.pick(mutate::STRINGS).trim_matches('"'), rng.pick(mutate::NUMBERS)));
        }
        // Shuffle by rotation, so that field order varies.
        if !fields.is_empty() {
            let k = rng.below(fields.len());
            fields.rotate_left(k);
        }
        format!("{{{}}}", fields.join(", "))
    }
}

impl Target for HttpTarget {
    fn name(&self) -> &'static str {
        "http request"
    }
    fn shape(&self) -> Shape {
        Shape::Text
    }
    fn seeds(&self) -> Vec<Vec<u8>> {
        let m = &self.model;
        vec![
            Self::request("GET", "/health", &[], b""),
            Self::request("GET", "/v1/models", &[], b""),
            Self::request("GET", "/metrics", &[], b""),
            Self::post("/v1/completions", &format!("{{\"model\": {m:?}, \"prompt\": \"Hello\", \"max_tokens\": 4}}")),
            Self::post(
                "/v1/completions",
                &format!(
                    "{{\"model\": {m:?}, \"prompt\": [3, 17, 5], \"max_tokens\": 3, \"temperature\": 0.7, \"top_p\": \
                     0.9, \"top_k\": 5, \"seed\": 3, \"stop\": [\"x\"], \"stream\": true}}"
                ),
            ),
            Self::post(
                "/v1/chat/completions",
                &format!(
                    "{{\"model\": {m:?}, \"messages\": [{{\"role\": \"user\", \"content\": \"Hi\"}}], \"max_tokens\": 2}}"
                ),
            ),
        ]
    }
    fn generate(&self, rng: &mut Rng) -> Option<Vec<u8>> {
        let path = *rng.pick(&[
            "/v1/completions",
            "/v1/chat/completions",
            "/v1/models",
            "/health",
            "/metrics",
            "/v1/completions?x=1",
            "/",
            "/v1/../health",
            "*",
            "http://fuzz/v1/completions",
        ]);
        let method = *rng.pick(&["POST", "POST", "POST", "GET", "PUT", "HEAD", "OPTIONS", "BREW", ""]);
        let body = match rng.below(6) {
            0 => rng.pick(mutate::STRINGS).to_string(),
            _ => self.body(rng, path.contains("chat")),
        };
        let mut body = body.into_bytes();
        if rng.one_in(16) {
            // Invalid UTF-8 inside the JSON.
            let at = rng.below(body.len() + 1);
            body.insert(at, *rng.pick(&[0xff, 0xc3, 0x80, 0xed]));
        }
        let mut headers: Vec<(String, String)> = Vec::new();
        if !rng.one_in(8) {
            headers.push(("content-type".into(), rng.pick(&["application/json", "text/plain", ""]).to_string()));
        }
        match rng.below(10) {
            0 => {}
            1 => headers.push(("content-length".into(), rng.pick(mutate::NUMBERS).to_string())),
            2 => headers.push(("content-length".into(), (body.len() + rng.below(8)).to_string())),
            3 => {
                // Chunked, with a chunk size that may lie.
                headers.push(("transfer-encoding".into(), "chunked".into()));
                let size = if rng.one_in(4) { body.len() + 3 } else { body.len() };
                let mut chunked = format!("{size:x}\r\n").into_bytes();
                chunked.extend_from_slice(&body);
                chunked.extend_from_slice(b"\r\n0\r\n\r\n");
                body = chunked;
            }
            _ => headers.push(("content-length".into(), body.len().to_string())),
        }
        for _ in 0..rng.small_len(4) {
            let name = rng.pick(&["x-a", "accept", "connection", "expect", "content-length", "host", "\u{7f}"]);
            headers.push((name.to_string(), rng.pick(&["close", "100-continue", "*/*", "1", ""]).to_string()));
        }
        if rng.one_in(64) {
            // More headers than the server takes.
            for i in 0..100 {
                headers.push((format!("x-{i}"), "y".into()));
            }
        }
        let mut out = Self::request(method, path, &headers, &body);
        if rng.one_in(16) {
            // Cut anywhere: a truncated head or body.
            out.truncate(rng.below(out.len() + 1));
        }
        if rng.one_in(16) {
            // A second request on the same connection.
            let again = out.clone();
            out.extend_from_slice(&again);
        }
        Some(out)
    }
    fn run(&mut self, input: &[u8]) -> Result<(), String> {
        let mut stream = TcpStream::connect(self.addr).map_err(|e| format!("connect: {e}"))?;
        let _ = stream.set_read_timeout(Some(ANSWER_WITHIN));
        let _ = stream.set_write_timeout(Some(ANSWER_WITHIN));
        // The server may answer and close before it has read everything (413, 431): a failed write
        // is not the server's failure.
        let _ = stream.write_all(input);
        let _ = stream.shutdown(std::net::Shutdown::Write);
        let mut answer = Vec::new();
        let read = stream.read_to_end(&mut answer);
        no_time_wait(&stream);
        if let Some(panic) = take_other_thread_panic() {
            panic!("the server panicked: {panic}");
        }
        if let Err(e) = read {
            if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) {
                panic!("no answer within {} s", ANSWER_WITHIN.as_secs());
            }
        }
        let head = answer.split(|&b| b == b'\n').next().unwrap_or_default();
        let status = String::from_utf8_lossy(head);
        let code = status.split_whitespace().nth(1).unwrap_or("");
        if code.starts_with('2') {
            Ok(())
        } else if code.is_empty() {
            Err("closed with no answer".into())
        } else {
            // The error's message (the JSON body's first line, numbers masked by the campaign).
            let text = String::from_utf8_lossy(&answer);
            let message = text.split("\"message\":").nth(1).and_then(|m| m.split('"').nth(1)).unwrap_or("");
            Err(format!("{code} {message}"))
        }
    }
}

/// Closes with a reset rather than a FIN, so that a million connections leave no TIME_WAIT behind to
/// run loopback out of ports.
fn no_time_wait(stream: &TcpStream) {
    use std::os::fd::AsRawFd;
    let linger = libc::linger { l_onoff: 1, l_linger: 0 };
    // SAFETY: setsockopt on the stream's open descriptor with a correctly sized linger value.
    unsafe {
        libc::setsockopt(
            stream.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_LINGER,
            (&linger as *const libc::linger).cast(),
            std::mem::size_of::<libc::linger>() as libc::socklen_t,
        );
    }
}
