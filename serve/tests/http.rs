//! `flexc serve` over real sockets: HTTP/1.1 written and read by hand over TCP, so that what a
//! client sends (including what no library would send) is what the server sees.

use flexc_serve::{Config, Limits};
use flexc_test_support::{compile_artifact, tiny_model};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::time::{Duration, Instant};

struct Server {
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
    _dir: tempfile::TempDir,
}

impl Server {
    /// Compiles `configs` of the tiny model and serves them with `limits`.
    fn start(configs: &[&str], limits: Limits) -> Server {
        Self::start_with(&tiny_model(), configs, limits)
    }

    fn start_with(model: &std::path::Path, configs: &[&str], limits: Limits) -> Server {
        Self::start_engine(model, configs, limits, flexc_runtime::EngineOptions::default())
    }

    fn start_engine(
        model: &std::path::Path,
        configs: &[&str],
        limits: Limits,
        engine: flexc_runtime::EngineOptions,
    ) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("store");
        std::fs::create_dir_all(&store).unwrap();
        let artifacts: Vec<PathBuf> = configs
            .iter()
            .map(|c| {
                let art = dir.path().join(c.replace(',', "+"));
                compile_artifact(model, c, &art, Some(&store));
                art
            })
            .collect();
        let config = Config { artifacts, engine, addr: "127.0.0.1:0".parse().unwrap(), limits };
        let (ready, addr) = std::sync::mpsc::channel();
        let (stop, stopped) = tokio::sync::oneshot::channel();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
            rt.block_on(flexc_serve::serve(config, Some(stopped), |a, _| ready.send(a).unwrap())).unwrap();
        });
        let addr = addr.recv_timeout(Duration::from_secs(120)).expect("the server starts");
        Server { addr, stop: Some(stop), thread: Some(thread), _dir: dir }
    }

    fn stop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            t.join().unwrap();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A response: status, lower-cased headers, body (chunked transfer decoded).
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&self.body)))
    }
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// Reads a whole response from `s` (the server closes, or the body's length is reached).
fn read_reply(s: &mut TcpStream) -> Reply {
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    parse_reply(&raw).unwrap_or_else(|| panic!("not an HTTP response: {:?}", String::from_utf8_lossy(&raw)))
}

fn parse_reply(raw: &[u8]) -> Option<Reply> {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&raw[..end]).ok()?;
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = raw[end + 4..].to_vec();
    if headers.iter().any(|(k, v)| k == "transfer-encoding" && v == "chunked") {
        let mut out = Vec::new();
        let mut rest = &body[..];
        while let Some(nl) = rest.windows(2).position(|w| w == b"\r\n") {
            let n = usize::from_str_radix(std::str::from_utf8(&rest[..nl]).ok()?.trim(), 16).ok()?;
            if n == 0 || rest.len() < nl + 2 + n {
                break;
            }
            out.extend_from_slice(&rest[nl + 2..nl + 2 + n]);
            rest = &rest[nl + 2 + n + 2..];
        }
        body = out;
    }
    Some(Reply { status, headers, body })
}

fn send(addr: SocketAddr, method: &str, path: &str, body: &[u8]) -> Reply {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nhost: test\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    read_reply(&mut s)
}

fn post(addr: SocketAddr, path: &str, body: &Value) -> Reply {
    send(addr, "POST", path, body.to_string().as_bytes())
}

const MODELS: [&str; 2] = ["tiny-flexolmo:public+math+code", "tiny-flexolmo:public+code"];
const PROMPTS: [&str; 4] = ["The math expert", "numbers and code", "The code expert knows", "math"];

fn completion(model: &str, prompt: &str, max_tokens: u64) -> Value {
    json!({"model": model, "prompt": prompt, "max_tokens": max_tokens, "temperature": 0})
}

/// 64 clients at once over two configurations get what each request gets alone, token for token;
/// streaming gives the same text; chat renders the checkpoint's template; the models, health and
/// metrics routes answer; a client that goes away frees its sequence.
#[test]
fn sixty_four_concurrent_clients_get_what_each_gets_alone() {
    let server = Server::start(&["public,math,code", "public,code"], Limits::default());
    let addr = server.addr;

    let models = send(addr, "GET", "/v1/models", b"").json();
    let ids: Vec<&str> = models["data"].as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap()).collect();
    assert_eq!(ids, MODELS);

    let mut alone = std::collections::HashMap::new();
    for m in MODELS {
        for p in PROMPTS {
            let r = post(addr, "/v1/completions", &completion(m, p, 24));
            assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
            let v = r.json();
            assert_eq!(
                v["usage"]["completion_tokens"].as_u64().unwrap(),
                v["choices"][0]["token_ids"].as_array().unwrap().len() as u64
            );
            alone.insert((m, p), v["choices"][0].clone());
        }
    }

    let clients: Vec<_> = (0..64)
        .map(|i| {
            let (m, p) = (MODELS[i % 2], PROMPTS[(i / 2) % 4]);
            std::thread::spawn(move || (m, p, post(addr, "/v1/completions", &completion(m, p, 24))))
        })
        .collect();
    for c in clients {
        let (m, p, r) = c.join().unwrap();
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
        let choice = &r.json()["choices"][0];
        assert_eq!(choice["token_ids"], alone[&(m, p)]["token_ids"], "{m} {p:?}: batched differs from alone");
        assert_eq!(choice["text"], alone[&(m, p)]["text"]);
    }

    // Streaming: the same text, in server-sent events, ending with usage and [DONE].
    let mut body = completion(MODELS[0], PROMPTS[0], 24);
    body["stream"] = true.into();
    let r = post(addr, "/v1/completions", &body);
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("text/event-stream"));
    let text = String::from_utf8(r.body).unwrap();
    let events: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix("data: ")).collect();
    assert_eq!(events.last(), Some(&"[DONE]"));
    let chunks: Vec<Value> = events[..events.len() - 1].iter().map(|e| serde_json::from_str(e).unwrap()).collect();
    let streamed: String = chunks.iter().map(|c| c["choices"][0]["text"].as_str().unwrap()).collect();
    assert_eq!(streamed, alone[&(MODELS[0], PROMPTS[0])]["text"].as_str().unwrap());
    assert!(chunks.last().unwrap()["usage"]["completion_tokens"].as_u64().unwrap() > 0);

    // A stop string ends the text before it.
    let full = alone[&(MODELS[1], PROMPTS[2])]["text"].as_str().unwrap().to_string();
    let bytes = full.as_bytes();
    let at = (4..bytes.len().saturating_sub(1))
        .find(|&i| bytes[i].is_ascii_alphabetic() && bytes[i + 1].is_ascii_alphabetic());
    if let Some(cut) = at {
        let stop = &full[cut..cut + 2];
        let mut body = completion(MODELS[1], PROMPTS[2], 24);
        body["stop"] = stop.into();
        let v = post(addr, "/v1/completions", &body).json();
        let got = v["choices"][0]["text"].as_str().unwrap();
        assert_eq!(got, &full[..full.find(stop).unwrap()]);
        assert_eq!(v["choices"][0]["finish_reason"], "stop");
    }

    // Chat: the checkpoint's template, an assistant message.
    let chat = json!({"model": MODELS[0], "messages": [{"role": "user", "content": "2+2?"}], "max_tokens": 8,
                      "temperature": 0});
    let r = post(addr, "/v1/chat/completions", &chat);
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let v = r.json();
    assert_eq!(v["object"], "chat.completion");
    assert_eq!(v["choices"][0]["message"]["role"], "assistant");

    // A client that leaves mid-stream frees its sequence.
    let mut s = TcpStream::connect(addr).unwrap();
    let body = json!({"model": MODELS[0], "prompt": "x", "max_tokens": 200, "stream": true}).to_string();
    write!(s, "POST /v1/completions HTTP/1.1\r\nhost: t\r\ncontent-length: {}\r\n\r\n{body}", body.len()).unwrap();
    let mut first = [0u8; 64];
    s.read_exact(&mut first).unwrap();
    drop(s);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let metrics = String::from_utf8(send(addr, "GET", "/metrics", b"").body).unwrap();
        if metrics.contains(&format!("flexc_running_sequences{{model=\"{}\"}} 0", MODELS[0])) {
            assert!(metrics.contains("flexc_time_to_first_token_seconds_count"), "{metrics}");
            assert!(metrics.contains("flexc_requests_total{route=\"/v1/completions\",status=\"200\"}"), "{metrics}");
            break;
        }
        assert!(Instant::now() < deadline, "the abandoned sequence is still running:\n{metrics}");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(send(addr, "GET", "/health", b"").status, 200);
}

/// Abuse gets the right status (or a closed connection, for a head that never completes) while
/// legitimate requests in flight still succeed; a full queue is 429 with Retry-After; a deadline is
/// 504; shutdown lets in-flight requests finish.
#[test]
fn abuse_is_answered_while_requests_in_flight_succeed() {
    let limits = Limits {
        header_timeout: Duration::from_secs(2),
        body_timeout: Duration::from_secs(2),
        max_sequences: 4,
        max_queue: 8,
        ..Limits::default()
    };
    let mut server = Server::start(&["public,math,code"], limits);
    let addr = server.addr;
    let model = MODELS[0];
    let legit: Vec<_> = (0..6)
        .map(|i| {
            let mut body = completion(model, PROMPTS[i % 4], 120);
            body["ignore_eos"] = true.into();
            std::thread::spawn(move || post(addr, "/v1/completions", &body))
        })
        .collect();

    // Slowloris: a head trickling in is cut off after the head timeout with 408.
    let started = Instant::now();
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(b"POST /v1/completions HTTP/1.1\r\nhost: t\r\n").unwrap();
    for _ in 0..3 {
        std::thread::sleep(Duration::from_millis(500));
        if s.write_all(b"x-slow: 1\r\n").is_err() {
            break;
        }
    }
    let r = read_reply(&mut s);
    assert_eq!(r.status, 408);
    assert!(started.elapsed() < Duration::from_secs(6), "cut off after {:?}", started.elapsed());

    // A 100 MB body: 413 without reading it.
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(s, "POST /v1/completions HTTP/1.1\r\nhost: t\r\ncontent-length: 100000000\r\n\r\n").unwrap();
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..100 {
        if s.write_all(&chunk).is_err() {
            break;
        }
    }
    assert_eq!(read_reply(&mut s).status, 413);

    // 10^5 headers: 431.
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut head = String::from("POST /v1/completions HTTP/1.1\r\nhost: t\r\n");
    for i in 0..100_000 {
        head += &format!("x-h{i}: v\r\n");
    }
    head += "\r\n";
    let _ = s.write_all(head.as_bytes());
    assert_eq!(read_reply(&mut s).status, 431);

    // Invalid UTF-8, truncated JSON, an unknown model, max_tokens beyond the context.
    let r = send(addr, "POST", "/v1/completions", b"{\"prompt\": \"\xff\xfe\", \"max_tokens\": 4}");
    assert_eq!(r.status, 400);
    assert!(r.json()["error"]["message"].as_str().unwrap().contains("not valid JSON"));
    assert_eq!(send(addr, "POST", "/v1/completions", b"{\"prompt\": \"abc\", \"max_tok").status, 400);
    let r = post(addr, "/v1/completions", &completion("no-such-model", "x", 4));
    assert_eq!(r.status, 404);
    assert!(r.json()["error"]["message"].as_str().unwrap().contains(model));
    let r = post(addr, "/v1/completions", &completion(model, "x", 100_000));
    assert_eq!(r.status, 400);
    let r = post(addr, "/v1/completions", &completion(model, "x", 300));
    assert_eq!(r.status, 400);
    assert!(r.json()["error"]["message"].as_str().unwrap().contains("context"), "{}", r.json());
    assert_eq!(send(addr, "GET", "/nowhere", b"").status, 404);

    for l in legit {
        let r = l.join().unwrap();
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
        assert_eq!(r.json()["usage"]["completion_tokens"], 120);
    }

    // A full queue: 429 with Retry-After for what does not fit.
    let burst: Vec<_> = (0..40)
        .map(|i| std::thread::spawn(move || post(addr, "/v1/completions", &completion(model, PROMPTS[i % 4], 60))))
        .collect();
    let replies: Vec<Reply> = burst.into_iter().map(|t| t.join().unwrap()).collect();
    let busy: Vec<&Reply> = replies.iter().filter(|r| r.status == 429).collect();
    assert!(!busy.is_empty(), "4 running and 8 queued cannot take 40 at once");
    assert!(busy.iter().all(|r| r.header("retry-after") == Some("1")));
    assert!(replies.iter().all(|r| r.status == 200 || r.status == 429));

    // Shutdown: the request in flight finishes; the server then stops.
    let inflight = std::thread::spawn(move || post(addr, "/v1/completions", &completion(model, "x", 200)));
    std::thread::sleep(Duration::from_millis(100));
    server.stop();
    let r = inflight.join().unwrap();
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert!(TcpStream::connect(addr).is_err(), "the listener is closed");
}

/// A request past its deadline is 504.
#[test]
fn a_request_past_its_deadline_is_504() {
    let limits = Limits { request_timeout: Duration::from_millis(1), ..Limits::default() };
    let server = Server::start(&["public"], limits);
    let r = post(server.addr, "/v1/completions", &json!({"prompt": [1, 2, 3], "max_tokens": 50}));
    assert_eq!(r.status, 504, "{}", String::from_utf8_lossy(&r.body));
}

/// An artifact whose checkpoint has no tokenizer takes token ids, and refuses text and chat with 400
/// naming what is missing.
#[test]
fn a_model_without_a_tokenizer_takes_token_ids() {
    let model = flexc_test_support::root().join("tests/fixtures/tiny-gqa-bf16");
    let server = Server::start_with(&model, &["0,2"], Limits::default());
    let r = post(server.addr, "/v1/completions", &json!({"prompt": [1, 2, 3], "max_tokens": 5, "temperature": 0}));
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["choices"][0]["token_ids"].as_array().unwrap().len(), 5);
    let r = post(server.addr, "/v1/completions", &json!({"prompt": "text", "max_tokens": 5}));
    assert_eq!(r.status, 400);
    assert!(r.json()["error"]["message"].as_str().unwrap().contains("no tokenizer"));
    let r = post(server.addr, "/v1/chat/completions", &json!({"messages": [{"role": "user", "content": "hi"}]}));
    assert_eq!(r.status, 400);
    assert!(r.json()["error"]["message"].as_str().unwrap().contains("no chat template"));
    let r = post(server.addr, "/v1/completions", &json!({"prompt": [100000], "max_tokens": 5}));
    assert_eq!(r.status, 400);
    assert!(r.json()["error"]["message"].as_str().unwrap().contains("vocabulary"));
}

/// A prompt longer than `max_batch_tokens` is prefilled a chunk a step (so that sequences decoding
/// beside it wait one chunk's step, not the prompt's), and its answer is the one prefilled at once.
#[test]
fn a_long_prompt_is_prefilled_a_chunk_a_step() {
    let prompt: Vec<u32> = (0..60).map(|i| (i * 7 + 3) % 380 + 1).collect();
    let body = json!({"model": MODELS[0], "prompt": prompt, "max_tokens": 6, "temperature": 0, "ignore_eos": true});
    let steps = |addr: SocketAddr| -> (u64, u64) {
        let metrics = String::from_utf8(send(addr, "GET", "/metrics", b"").body).unwrap();
        let value = |name: &str| -> u64 {
            let line = format!("{name}{{model=\"{}\"}} ", MODELS[0]);
            let at = metrics.find(&line).unwrap_or_else(|| panic!("no {line} in\n{metrics}"));
            metrics[at + line.len()..].lines().next().unwrap().trim().parse().unwrap()
        };
        (value("flexc_steps_total"), value("flexc_step_rows_total"))
    };
    let mut answers = Vec::new();
    for (max_batch_tokens, expected_steps) in [(256, 1 + 5), (8, 8 + 5)] {
        let server = Server::start(&["public,math,code"], Limits { max_batch_tokens, ..Limits::default() });
        let r = post(server.addr, "/v1/completions", &body);
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
        assert_eq!(steps(server.addr), (expected_steps, 60 + 5), "max_batch_tokens {max_batch_tokens}");
        answers.push(r.json()["choices"][0]["token_ids"].clone());
    }
    assert_eq!(answers[0].as_array().unwrap().len(), 6);
    assert_eq!(answers[0], answers[1], "chunked prefill changed the answer");
}

/// A prompt whose first whole KV-cache blocks an earlier request computed starts on them: the answer
/// is the same, token for token, and `/metrics` counts the prompt tokens found; with prefix caching
/// off, none are.
#[test]
fn a_repeated_prompt_starts_on_the_cached_prefix() {
    let prompt: Vec<u32> = (0..40).map(|i| (i * 11 + 5) % 380 + 1).collect();
    let body = json!({"model": MODELS[0], "prompt": prompt, "max_tokens": 8, "temperature": 0, "ignore_eos": true});
    let cached = |addr: SocketAddr| -> u64 {
        let metrics = String::from_utf8(send(addr, "GET", "/metrics", b"").body).unwrap();
        let line = format!("flexc_prompt_tokens_cached_total{{model=\"{}\"}} ", MODELS[0]);
        let at = metrics.find(&line).unwrap_or_else(|| panic!("no {line} in\n{metrics}"));
        metrics[at + line.len()..].lines().next().unwrap().trim().parse().unwrap()
    };
    let mut first = Vec::new();
    for prefix_caching in [true, false] {
        let server = Server::start(&["public,math,code"], Limits { prefix_caching, ..Limits::default() });
        let answers: Vec<Value> = (0..2)
            .map(|_| {
                let r = post(server.addr, "/v1/completions", &body);
                assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
                r.json()["choices"][0]["token_ids"].clone()
            })
            .collect();
        assert_eq!(answers[0], answers[1], "prefix caching {prefix_caching}: the second answer differs");
        // Two whole blocks of 16 of the 40 prompt tokens, the second time.
        assert_eq!(cached(server.addr), if prefix_caching { 32 } else { 0 });
        first.push(answers[0].clone());
    }
    assert_eq!(first[0], first[1]);
}

/// With a KV cache that holds one request but not four, the requests that arrived last give their
/// blocks up when it fills and are computed again when there is room: every request succeeds with
/// what it gets served alone, token for token, with prefix caching (the preempted sequence takes its
/// own blocks back) and without it (it computes them all again); /metrics counts the preemptions.
#[test]
fn requests_the_kv_cache_cannot_hold_together_take_turns() {
    let prompts: Vec<Vec<u32>> =
        (0..4u32).map(|p| (0..24).map(|i| (i * 13 + p * 29 + 7) % 380 + 1).collect()).collect();
    let body =
        |p: &Vec<u32>| json!({"model": MODELS[0], "prompt": p, "max_tokens": 40, "temperature": 0, "ignore_eos": true});
    let alone: Vec<Value> = {
        let server = Server::start(&["public,math,code"], Limits::default());
        prompts
            .iter()
            .map(|p| {
                let r = post(server.addr, "/v1/completions", &body(p));
                assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
                r.json()["choices"][0]["token_ids"].clone()
            })
            .collect()
    };
    // The tiny model's KV cache takes 16 KiB a block of 16 positions (2 layers, keys and values of
    // 64 f32s); a request runs 24 + 39 positions, 4 blocks, and the cache holds 6.
    let engine = flexc_runtime::EngineOptions { kv_cache_bytes: 6 * (16 << 10), ..Default::default() };
    for prefix_caching in [true, false] {
        let limits = Limits { prefix_caching, ..Limits::default() };
        let server = Server::start_engine(&tiny_model(), &["public,math,code"], limits, engine.clone());
        let addr = server.addr;
        let start = std::sync::Arc::new(std::sync::Barrier::new(prompts.len()));
        let clients: Vec<_> = prompts
            .iter()
            .map(|p| {
                let (b, start) = (body(p), start.clone());
                std::thread::spawn(move || {
                    start.wait();
                    post(addr, "/v1/completions", &b)
                })
            })
            .collect();
        for (i, c) in clients.into_iter().enumerate() {
            let r = c.join().unwrap();
            assert_eq!(r.status, 200, "prefix caching {prefix_caching}: {}", String::from_utf8_lossy(&r.body));
            let got = &r.json()["choices"][0]["token_ids"];
            assert_eq!(got, &alone[i], "prefix caching {prefix_caching}, prompt {i}: differs from alone");
        }
        let preemptions = metric(addr, "flexc_preemptions_total");
        assert!(preemptions > 0, "prefix caching {prefix_caching}: four requests of 4 blocks fit a cache of 6");
        assert_eq!(metric(addr, "flexc_kv_cache_limit_bytes"), 6 * (16 << 10));
        // Once the scheduler has seen the last sequence go, no block is held.
        let deadline = Instant::now() + Duration::from_secs(20);
        while metric(addr, "flexc_kv_cache_held_bytes") != 0 {
            assert!(Instant::now() < deadline, "KV-cache blocks still held after every request was answered");
            std::thread::sleep(Duration::from_millis(20));
        }
        let cached = metric(addr, "flexc_kv_cache_cached_bytes");
        assert_eq!(cached > 0, prefix_caching, "{cached} bytes kept for prefix reuse");
        assert!(metric(addr, "flexc_kv_cache_allocated_bytes") <= 6 * (16 << 10));
    }
}

/// The value of `name` for the first model in the server's /metrics.
fn metric(addr: SocketAddr, name: &str) -> u64 {
    let metrics = String::from_utf8(send(addr, "GET", "/metrics", b"").body).unwrap();
    let line = format!("{name}{{model=\"{}\"}} ", MODELS[0]);
    let at = metrics.find(&line).unwrap_or_else(|| panic!("no {line} in\n{metrics}"));
    metrics[at + line.len()..].lines().next().unwrap().trim().parse().unwrap()
}

/// Log-probabilities against transformers: the first token generated after the fixture prompt, and
/// the most likely tokens at its position, have the log-softmax of transformers' logits at the
/// prompt's last position (the committed fixture; its logits agree within `tolerance` relative to
/// the largest, so a log-softmax within twice that). Greedy tokens are the fixture's, each the most
/// likely of its position; streaming carries the same values; chat gives them in its own form; more
/// than 20 top tokens, or top_logprobs without logprobs, is a 400.
#[test]
fn logprobs_match_transformers() {
    let c = flexc_test_support::fixture_configs()
        .into_iter()
        .find(|c| c.model == "tiny-flexolmo" && c.name == "public-math-code")
        .expect("the fixture configuration public-math-code");
    let (shape, logits) = flexc_runtime::npy::read_f32(&c.logits).unwrap();
    let vocab = shape[1];
    let last: Vec<f64> = logits[(shape[0] - 1) * vocab..].iter().map(|&x| x as f64).collect();
    let max = last.iter().cloned().fold(f64::MIN, f64::max);
    let log_total = max + last.iter().map(|x| (x - max).exp()).sum::<f64>().ln();
    let mut want: Vec<f64> = last.iter().map(|x| x - log_total).collect();
    let tol = 2.0 * c.tolerance as f64 * last.iter().fold(1.0f64, |m, x| m.max(x.abs()));
    let first_token_want = want[c.greedy[0] as usize];
    want.sort_by(|a, b| b.total_cmp(a));

    let server = Server::start(&["public,math,code"], Limits::default());
    let body = json!({"model": MODELS[0], "prompt": c.prompt, "max_tokens": c.greedy.len(), "temperature": 0,
                      "ignore_eos": true, "logprobs": 5});
    let r = post(server.addr, "/v1/completions", &body);
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let v = r.json();
    let ids: Vec<u32> = serde_json::from_value(v["choices"][0]["token_ids"].clone()).unwrap();
    assert_eq!(ids, c.greedy, "greedy tokens differ from transformers'");
    let lp = &v["choices"][0]["logprobs"];
    let token_logprobs: Vec<f64> = serde_json::from_value(lp["token_logprobs"].clone()).unwrap();
    let top = lp["top_logprobs"].as_array().unwrap();
    assert_eq!(token_logprobs.len(), ids.len());
    assert_eq!(top.len(), ids.len());
    assert_eq!(lp["tokens"].as_array().unwrap().len(), ids.len());
    assert!(
        (token_logprobs[0] - first_token_want).abs() <= tol,
        "first token: {} against transformers' {first_token_want} (tolerance {tol})",
        token_logprobs[0]
    );
    let mut first_top: Vec<f64> = top[0].as_object().unwrap().values().map(|x| x.as_f64().unwrap()).collect();
    first_top.sort_by(|a, b| b.total_cmp(a));
    assert!(!first_top.is_empty() && first_top.len() <= 5, "{first_top:?}: the 5 most likely and the chosen");
    for (i, got) in first_top.iter().enumerate() {
        // A dictionary keyed by token text holds one entry for tokens that decode alike.
        assert!(want[..6].iter().any(|w| (got - w).abs() <= tol), "top {i}: {got} is none of {:?}", &want[..6]);
    }
    assert!((first_top[0] - want[0]).abs() <= tol);
    for (i, (t, tops)) in token_logprobs.iter().zip(top).enumerate() {
        let best = tops.as_object().unwrap().values().map(|x| x.as_f64().unwrap()).fold(f64::MIN, f64::max);
        assert!(*t <= 0.0 && t.is_finite(), "token {i}: log-probability {t}");
        assert_eq!(*t, best, "token {i}: a greedy token is the most likely of its position");
    }

    // Streaming: the chunks carry the same log-probabilities, token by token.
    let mut streaming = body.clone();
    streaming["stream"] = true.into();
    let text = String::from_utf8(post(server.addr, "/v1/completions", &streaming).body).unwrap();
    let streamed: Vec<f64> = text
        .lines()
        .filter_map(|l| l.strip_prefix("data: "))
        .filter(|e| *e != "[DONE]")
        .flat_map(|e| {
            let c: Value = serde_json::from_str(e).unwrap();
            let l = &c["choices"][0]["logprobs"]["token_logprobs"];
            l.as_array().cloned().unwrap_or_default().into_iter().map(|x| x.as_f64().unwrap())
        })
        .collect();
    assert_eq!(streamed, token_logprobs);

    // Chat: an entry per token, with its top tokens.
    let chat = json!({"model": MODELS[0], "messages": [{"role": "user", "content": "2+2?"}], "max_tokens": 6,
                      "temperature": 0, "ignore_eos": true, "logprobs": true, "top_logprobs": 3});
    let r = post(server.addr, "/v1/chat/completions", &chat);
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let content = r.json()["choices"][0]["logprobs"]["content"].as_array().unwrap().clone();
    assert_eq!(content.len(), 6);
    for e in &content {
        let tops = e["top_logprobs"].as_array().unwrap();
        assert_eq!(tops.len(), 3);
        assert_eq!(e["logprob"], tops[0]["logprob"], "{e}: greedy takes the most likely");
        assert_eq!(e["token"], tops[0]["token"]);
        assert_eq!(e["bytes"].as_array().unwrap().len(), e["token"].as_str().unwrap().len());
    }

    for (route, bad) in [
        ("/v1/completions", json!({"model": MODELS[0], "prompt": "x", "logprobs": 21})),
        (
            "/v1/chat/completions",
            json!({"model": MODELS[0], "messages": [{"role": "user", "content": "x"}],
                                         "logprobs": true, "top_logprobs": 21}),
        ),
        (
            "/v1/chat/completions",
            json!({"model": MODELS[0], "messages": [{"role": "user", "content": "x"}],
                                         "top_logprobs": 2}),
        ),
    ] {
        let r = post(server.addr, route, &bad);
        assert_eq!(r.status, 400, "{route} {bad}: {}", String::from_utf8_lossy(&r.body));
    }
    // Without logprobs asked, none given.
    let r = post(server.addr, "/v1/completions", &completion(MODELS[0], "x", 2)).json();
    assert_eq!(r["choices"][0]["logprobs"], Value::Null);
}

/// `n` choices are sequences of their own, run together: choice `i` is what a request of one choice
/// with seed `seed + i` gets, token for token; usage counts the prompt once and every choice's
/// tokens; n of 0, over 16, or with stream is a 400.
#[test]
fn n_choices_are_what_single_requests_with_successive_seeds_get() {
    let server = Server::start(&["public,math,code"], Limits::default());
    let addr = server.addr;
    let body = |n: u64, seed: u64| {
        json!({"model": MODELS[0], "prompt": PROMPTS[2], "max_tokens": 12, "temperature": 0.9, "seed": seed,
               "ignore_eos": true, "n": n})
    };
    let r = post(addr, "/v1/completions", &body(3, 5));
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let v = r.json();
    let choices = v["choices"].as_array().unwrap();
    assert_eq!(choices.len(), 3);
    let mut prompt_tokens = 0;
    for (i, c) in choices.iter().enumerate() {
        assert_eq!(c["index"], i);
        let one = post(addr, "/v1/completions", &body(1, 5 + i as u64)).json();
        assert_eq!(c["token_ids"], one["choices"][0]["token_ids"], "choice {i} differs from seed {}", 5 + i);
        assert_eq!(c["text"], one["choices"][0]["text"]);
        prompt_tokens = one["usage"]["prompt_tokens"].as_u64().unwrap();
    }
    assert_ne!(choices[0]["token_ids"], choices[1]["token_ids"], "different seeds at temperature 0.9");
    assert_eq!(v["usage"]["prompt_tokens"].as_u64().unwrap(), prompt_tokens);
    assert_eq!(v["usage"]["completion_tokens"], 36);

    let chat = json!({"model": MODELS[0], "messages": [{"role": "user", "content": "2+2?"}], "max_tokens": 4,
                      "temperature": 0, "n": 2});
    let v = post(addr, "/v1/chat/completions", &chat).json();
    let choices = v["choices"].as_array().unwrap();
    assert_eq!(choices.len(), 2);
    assert_eq!(choices[0]["message"], choices[1]["message"], "greedy choices are the same");

    for (n, stream) in [(0, false), (17, false), (2, true)] {
        let mut b = body(n, 1);
        b["stream"] = stream.into();
        let r = post(addr, "/v1/completions", &b);
        assert_eq!(r.status, 400, "n {n}, stream {stream}: {}", String::from_utf8_lossy(&r.body));
    }
}
