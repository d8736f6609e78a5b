//! The example completions service: started on loopback, concurrent requests get exactly the
//! answers a single-threaded caller gets.

#[path = "../examples/serve.rs"]
#[allow(dead_code)]
mod serve;

mod common;

use common::*;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;

fn post(addr: std::net::SocketAddr, body: &str) -> (u16, serde_json::Value) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(60))).unwrap();
    write!(s, "POST /v1/completions HTTP/1.1\r\nHost: localhost\r\nContent-Length: {}\r\n\r\n{body}", body.len())
        .unwrap();
    let mut reply = String::new();
    s.read_to_string(&mut reply).unwrap();
    let status: u16 = reply.split_whitespace().nth(1).unwrap().parse().unwrap();
    let json = reply.split_once("\r\n\r\n").unwrap().1;
    (status, serde_json::from_str(json).unwrap())
}

#[test]
fn concurrent_requests_match_single_threaded_answers() {
    let dir = tempfile::tempdir().unwrap();
    let art = dir.path().join("art");
    let model = root().join("models/tiny-flexolmo");
    ok(&["compile", model.to_str().unwrap(), "--experts", "public,math,code", "-o", art.to_str().unwrap()]);
    let app = Arc::new(serve::App::load(&art).unwrap());
    let prompts = ["The math expert", "Once upon a time", "The code expert knows", "A compiler turns"];
    let params = flexc_runtime::SamplingParams::default();
    let expected: Vec<String> = prompts.iter().map(|p| app.complete(p, 12, params).unwrap().text).collect();

    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let requests = prompts.len() + 2;
    let server = {
        let app = Arc::clone(&app);
        std::thread::spawn(move || serve::serve(listener, app, Some(requests)))
    };
    let answers: Vec<(u16, serde_json::Value)> = std::thread::scope(|s| {
        let handles: Vec<_> = prompts
            .iter()
            .map(|p| s.spawn(move || post(addr, &serde_json::json!({ "prompt": p, "max_tokens": 12 }).to_string())))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for ((status, body), want) in answers.iter().zip(&expected) {
        assert_eq!(*status, 200, "{body}");
        assert_eq!(body["object"], "text_completion");
        assert_eq!(body["choices"][0]["text"].as_str().unwrap(), want, "{body}");
        assert!(body["usage"]["completion_tokens"].as_u64().unwrap() >= 1);
    }
    let (status, body) = post(addr, "{\"max_tokens\": 3}");
    assert_eq!(status, 400);
    assert!(body["error"]["message"].as_str().unwrap().contains("prompt"), "{body}");
    let (status, _) = post(addr, "not json");
    assert_eq!(status, 400);
    server.join().unwrap().unwrap();
}
