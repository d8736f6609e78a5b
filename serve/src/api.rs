//! The OpenAI-compatible routes: `POST /v1/completions`, `POST /v1/chat/completions`,
//! `GET /v1/models`, plus `GET /health` and `GET /metrics`. Every error is a JSON body
//! `{"error": {"message", "type", "code"}}` with a 4xx or 5xx status.

use crate::scheduler::{Event, Failure, Finish, Job, Rejected, Sampled};
use crate::template::Message;
use crate::text::TextStream;
use crate::{App, Model};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::sse::{Event as SseEvent, Sse};
use axum::response::{IntoResponse, Response};
use flexc_runtime::SamplingParams;
use serde::Deserialize;
use serde_json::{json, Value};
use std::convert::Infallible;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver};

/// An error answer.
pub struct ApiError {
    status: StatusCode,
    message: String,
    retry_after: Option<u64>,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError { status, message: message.into(), retry_after: None }
    }
    fn bad(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
    fn busy(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError { retry_after: Some(1), ..ApiError::new(status, message) }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let kind = match self.status.as_u16() {
            400..=499 => "invalid_request_error",
            _ => "server_error",
        };
        let body = json!({"error": {"message": self.message, "type": kind, "code": self.status.as_u16()}});
        let mut r = (self.status, axum::Json(body)).into_response();
        if let Some(s) = self.retry_after {
            r.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(s));
        }
        r
    }
}

/// `prompt`: text, or token ids.
#[derive(Deserialize)]
#[serde(untagged)]
enum Prompt {
    Text(String),
    Tokens(Vec<u32>),
}

/// `stop`: one string or several.
#[derive(Deserialize)]
#[serde(untagged)]
enum Stop {
    One(String),
    Many(Vec<String>),
}

/// The fields both routes share.
#[derive(Deserialize)]
struct Common {
    model: Option<String>,
    max_tokens: Option<u64>,
    #[serde(alias = "max_completion_tokens")]
    max_completion_tokens: Option<u64>,
    temperature: Option<f32>,
    top_p: Option<f32>,
    top_k: Option<u64>,
    seed: Option<u64>,
    stop: Option<Stop>,
    #[serde(default)]
    stream: bool,
    n: Option<u64>,
    /// Keep generating past end-of-sequence tokens, to `max_tokens` (for benchmarks).
    #[serde(default)]
    ignore_eos: bool,
}

#[derive(Deserialize)]
struct CompletionRequest {
    prompt: Prompt,
    /// Each token's log-probability and this many most likely tokens'.
    logprobs: Option<u64>,
    #[serde(flatten)]
    common: Common,
}

#[derive(Deserialize)]
struct ChatRequest {
    messages: Vec<Message>,
    /// Each token's log-probability, and `top_logprobs` most likely tokens'.
    #[serde(default)]
    logprobs: bool,
    top_logprobs: Option<u64>,
    #[serde(flatten)]
    common: Common,
}

/// The most choices (`n`) one request may ask for.
const MAX_CHOICES: u64 = 16;

/// The most likely tokens a response may list at each position.
const MAX_TOP_LOGPROBS: u64 = 20;

fn top_logprobs(n: u64) -> Result<usize, ApiError> {
    if n > MAX_TOP_LOGPROBS {
        return Err(ApiError::bad(format!("{n} top log-probabilities asked: at most {MAX_TOP_LOGPROBS}")));
    }
    Ok(n as usize)
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Completion,
    Chat,
}

/// Reads the request body within the size limit and the body timeout.
async fn body_of(app: &App, req: Request) -> Result<Vec<u8>, ApiError> {
    let limit = app.limits.max_body_bytes;
    let read = axum::body::to_bytes(req.into_body(), limit);
    match tokio::time::timeout(app.limits.body_timeout, read).await {
        Err(_) => Err(ApiError::new(StatusCode::REQUEST_TIMEOUT, "the request body did not arrive in time")),
        Ok(Err(e)) => {
            // axum reports the limit as a `LengthLimitError` source, whose message names it.
            let mut too_large = false;
            let mut source: Option<&dyn std::error::Error> = Some(&e);
            while let Some(s) = source {
                too_large |= s.to_string().contains("length limit");
                source = s.source();
            }
            if too_large {
                Err(ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    format!("the request body is over the limit of {limit} bytes"),
                ))
            } else {
                Err(ApiError::bad(format!("cannot read the request body: {e}")))
            }
        }
        Ok(Ok(bytes)) => Ok(bytes.to_vec()),
    }
}

fn parse<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(bytes)
        .map_err(|e| ApiError::bad(format!("the request is not valid JSON for this route: {e}")))
}

fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// A prepared generation: the model, the prompt ids and the job's settings.
struct Prepared {
    model: Arc<Model>,
    prompt: Vec<u32>,
    max_tokens: usize,
    sampling: SamplingParams,
    stop: Vec<String>,
    stream: bool,
    ignore_eos: bool,
    /// Each token's log-probability and this many most likely tokens'.
    logprobs: Option<usize>,
    /// Choices, each a sequence of its own: choice `i` samples with seed `seed + i`.
    n: usize,
}

fn prepare(app: &App, common: Common, prompt: Result<Vec<u32>, ApiError>, kind: Kind) -> Result<Prepared, ApiError> {
    let model = app.model(common.model.as_deref())?;
    let prompt = prompt?;
    let n = common.n.unwrap_or(1);
    if n == 0 || n > MAX_CHOICES {
        return Err(ApiError::bad(format!("n = {n}: a request takes 1 to {MAX_CHOICES} choices")));
    }
    if n > 1 && common.stream {
        return Err(ApiError::bad(format!("n = {n} with stream: a stream carries one choice; send n requests")));
    }
    let engine = &model.engine;
    if prompt.is_empty() {
        return Err(ApiError::bad("the prompt is empty"));
    }
    engine.check_prompt(&prompt).map_err(|e| ApiError::bad(e.to_string()))?;
    let room = engine.max_positions().saturating_sub(prompt.len());
    let asked = common.max_tokens.or(common.max_completion_tokens);
    let max_tokens = match (asked, kind) {
        (Some(n), _) => n,
        (None, Kind::Completion) => 16,
        (None, Kind::Chat) => room.min(app.limits.max_tokens) as u64,
    };
    if max_tokens == 0 {
        return Err(ApiError::bad("max_tokens must be at least 1"));
    }
    if max_tokens > app.limits.max_tokens as u64 {
        return Err(ApiError::bad(format!(
            "max_tokens {max_tokens} is over this server's limit of {}",
            app.limits.max_tokens
        )));
    }
    if max_tokens as usize > room {
        return Err(ApiError::bad(format!(
            "the prompt ({} tokens) and max_tokens ({max_tokens}) exceed the model's context of {} tokens",
            prompt.len(),
            engine.max_positions()
        )));
    }
    let temperature = common.temperature.unwrap_or(1.0);
    if !(0.0..=2.0).contains(&temperature) {
        return Err(ApiError::bad(format!("temperature {temperature} is outside [0, 2]")));
    }
    let top_p = common.top_p.unwrap_or(1.0);
    if !(top_p > 0.0 && top_p <= 1.0) {
        return Err(ApiError::bad(format!("top_p {top_p} is outside (0, 1]")));
    }
    let stop = match common.stop {
        None => vec![],
        Some(Stop::One(s)) => vec![s],
        Some(Stop::Many(v)) => v,
    };
    if stop.len() > 4 || stop.iter().any(|s| s.is_empty() || s.len() > 256) {
        return Err(ApiError::bad("stop takes at most 4 non-empty strings of at most 256 bytes"));
    }
    let sampling = SamplingParams {
        temperature,
        top_p,
        top_k: common.top_k.unwrap_or(0).min(engine.vocab_size() as u64) as usize,
        seed: common.seed.unwrap_or(0),
    };
    Ok(Prepared {
        model,
        prompt,
        max_tokens: max_tokens as usize,
        sampling,
        stop,
        stream: common.stream,
        ignore_eos: common.ignore_eos,
        logprobs: None,
        n: n as usize,
    })
}

fn encode(model: &Model, text: &str) -> Result<Vec<u32>, ApiError> {
    let tokenizer = model.tokenizer.as_ref().ok_or_else(|| {
        ApiError::bad(format!(
            "model {} has no tokenizer (its checkpoint had none): give the prompt as token ids",
            model.name
        ))
    })?;
    tokenizer.encode(text).map_err(|e| ApiError::bad(e.to_string()))
}

pub async fn completions(State(app): State<Arc<App>>, req: Request) -> Response {
    let result = async {
        let bytes = body_of(&app, req).await?;
        let r: CompletionRequest = parse(&bytes)?;
        let model = app.model(r.common.model.as_deref())?;
        let prompt = match r.prompt {
            Prompt::Tokens(ids) => Ok(ids),
            Prompt::Text(t) => encode(&model, &t),
        };
        let mut prepared = prepare(&app, r.common, prompt, Kind::Completion)?;
        prepared.logprobs = r.logprobs.map(top_logprobs).transpose()?;
        generate(&app, prepared, Kind::Completion).await
    }
    .await;
    respond(&app, "/v1/completions", result)
}

pub async fn chat_completions(State(app): State<Arc<App>>, req: Request) -> Response {
    let result = async {
        let bytes = body_of(&app, req).await?;
        let r: ChatRequest = parse(&bytes)?;
        let model = app.model(r.common.model.as_deref())?;
        let template = model.template.as_ref().ok_or_else(|| {
            ApiError::bad(format!(
                "model {} has no chat template (its checkpoint's tokenizer_config.json has none): use /v1/completions",
                model.name
            ))
        })?;
        if r.messages.is_empty() {
            return Err(ApiError::bad("messages is empty"));
        }
        let text = template.render(&r.messages).map_err(ApiError::bad)?;
        let prompt = encode(&model, &text);
        let mut prepared = prepare(&app, r.common, prompt, Kind::Chat)?;
        prepared.logprobs = match (r.logprobs, r.top_logprobs) {
            (true, n) => Some(top_logprobs(n.unwrap_or(0))?),
            (false, Some(_)) => return Err(ApiError::bad("top_logprobs needs logprobs: true")),
            (false, None) => None,
        };
        generate(&app, prepared, Kind::Chat).await
    }
    .await;
    respond(&app, "/v1/chat/completions", result)
}

fn respond(app: &App, route: &str, result: Result<Response, ApiError>) -> Response {
    let response = result.unwrap_or_else(IntoResponse::into_response);
    app.metrics.count_request(route, response.status().as_u16());
    response
}

fn finish_name(f: Finish, stopped: bool) -> &'static str {
    match (f, stopped) {
        (_, true) | (Finish::Stop, _) => "stop",
        (Finish::Length, false) => "length",
    }
}

fn failure(f: Failure) -> ApiError {
    match f {
        Failure::Deadline => ApiError::new(StatusCode::GATEWAY_TIMEOUT, "the request's deadline passed"),
        Failure::Capacity(m) => ApiError::busy(StatusCode::SERVICE_UNAVAILABLE, m),
        Failure::Engine(m) => ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, m),
    }
}

async fn generate(app: &Arc<App>, p: Prepared, kind: Kind) -> Result<Response, ApiError> {
    if app.shutting_down.load(Ordering::SeqCst) {
        return Err(ApiError::busy(StatusCode::SERVICE_UNAVAILABLE, "the server is shutting down"));
    }
    let prompt_tokens = p.prompt.len();
    // One sequence per choice; if a later one is refused, dropping the receivers cancels the others.
    let mut rxs = Vec::with_capacity(p.n);
    for i in 0..p.n {
        let (tx, rx) = unbounded_channel();
        app.metrics.count_prompt_tokens(&p.model.name, prompt_tokens as u64);
        let job = Job {
            prompt: p.prompt.clone(),
            max_tokens: p.max_tokens,
            sampling: SamplingParams { seed: p.sampling.seed.wrapping_add(i as u64), ..p.sampling },
            stop_tokens: if p.ignore_eos { Vec::new() } else { p.model.stop_tokens.clone() },
            deadline: Instant::now() + app.limits.request_timeout,
            each_token: p.stream || !p.stop.is_empty(),
            logprobs: p.logprobs,
            events: tx,
        };
        p.model.scheduler.submit(job).map_err(|r| match r {
            Rejected::Busy => ApiError::busy(
                StatusCode::TOO_MANY_REQUESTS,
                format!("model {} has a full queue; retry later", p.model.name),
            ),
            Rejected::Stopped => ApiError::busy(StatusCode::SERVICE_UNAVAILABLE, "the model is stopping"),
        })?;
        rxs.push(rx);
    }
    let id = format!("{}-{}", if kind == Kind::Chat { "chatcmpl" } else { "cmpl" }, app.next_id());
    // A stream has one choice (prepare refuses n > 1 with stream).
    if p.stream && rxs.len() == 1 {
        let rx = rxs.remove(0);
        return Ok(stream(p.model, rx, TextStream::new(p.stop), id, kind, prompt_tokens));
    }
    whole(p.model, rxs, &p.stop, id, kind, prompt_tokens).await
}

/// The log-probabilities of `tokens` in the form of the route (`null` where none were asked): for a
/// completion, OpenAI's `tokens`, `token_logprobs` and `top_logprobs` (the most likely tokens and
/// the one chosen); for a chat, a `content` entry per token. A token's text is its own decoding
/// (`token_id:N` with no tokenizer).
fn logprobs_json(model: &Model, kind: Kind, tokens: &[Sampled]) -> Value {
    let Some(all) = tokens.iter().map(|t| t.logprobs.as_ref().map(|l| (t.id, l))).collect::<Option<Vec<_>>>() else {
        return Value::Null;
    };
    if all.is_empty() {
        return Value::Null;
    }
    let name = |id: u32| match model.tokenizer.as_ref().and_then(|t| t.decode(&[id]).ok()) {
        Some(s) => s,
        None => format!("token_id:{id}"),
    };
    match kind {
        Kind::Completion => {
            let top: Vec<Value> = all
                .iter()
                .map(|(id, l)| {
                    let mut m = serde_json::Map::new();
                    for &(t, lp) in l.top.iter().chain(std::iter::once(&(*id, l.logprob))) {
                        m.entry(name(t)).or_insert(json!(lp));
                    }
                    Value::Object(m)
                })
                .collect();
            json!({
                "tokens": all.iter().map(|(id, _)| name(*id)).collect::<Vec<_>>(),
                "token_logprobs": all.iter().map(|(_, l)| l.logprob).collect::<Vec<_>>(),
                "top_logprobs": top,
            })
        }
        Kind::Chat => {
            let entry = |id: u32, lp: f32| {
                let s = name(id);
                json!({"token": s, "logprob": lp, "bytes": s.as_bytes()})
            };
            let content: Vec<Value> = all
                .iter()
                .map(|(id, l)| {
                    let mut e = entry(*id, l.logprob);
                    e["top_logprobs"] = l.top.iter().map(|&(t, lp)| entry(t, lp)).collect();
                    e
                })
                .collect();
            json!({ "content": content })
        }
    }
}

fn usage(prompt: usize, completion: usize) -> Value {
    json!({"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion})
}

/// One choice's whole answer.
struct Answer {
    content: String,
    ids: Vec<u32>,
    sampled: Vec<Sampled>,
    reason: &'static str,
    completion_tokens: usize,
}

/// Reads a choice's events to its end.
async fn answer(model: &Model, mut rx: UnboundedReceiver<Event>, mut text: TextStream) -> Result<Answer, ApiError> {
    let mut content = String::new();
    let mut sampled = Vec::new();
    let (finish, completion_tokens) = loop {
        match rx.recv().await {
            Some(Event::Token(t)) => {
                content += &text.push(model.tokenizer.as_ref(), t.id);
                sampled.push(t);
                if text.stopped {
                    // Dropping the receiver ends the sequence at the next step.
                    break (Finish::Stop, text.ids.len());
                }
            }
            Some(Event::Done { finish, completion_tokens, tokens, .. }) => {
                // A request with no stop string has its tokens all at once, at the end.
                for t in tokens {
                    content += &text.push(model.tokenizer.as_ref(), t.id);
                    sampled.push(t);
                }
                break (finish, completion_tokens);
            }
            Some(Event::Failed(f)) => return Err(failure(f)),
            None => return Err(ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "the scheduler stopped")),
        }
    };
    content += &text.rest(model.tokenizer.as_ref());
    let reason = finish_name(finish, text.stopped);
    Ok(Answer { content, ids: std::mem::take(&mut text.ids), sampled, reason, completion_tokens })
}

/// The whole answer of every choice, in one response. The choices' sequences run together; their
/// answers are read in order (a failure ends the request, and dropping the others' receivers
/// cancels them).
async fn whole(
    model: Arc<Model>,
    rxs: Vec<UnboundedReceiver<Event>>,
    stop: &[String],
    id: String,
    kind: Kind,
    prompt_tokens: usize,
) -> Result<Response, ApiError> {
    let mut choices = Vec::with_capacity(rxs.len());
    let mut completion_tokens = 0;
    for (index, rx) in rxs.into_iter().enumerate() {
        let a = answer(&model, rx, TextStream::new(stop.to_vec())).await?;
        completion_tokens += a.completion_tokens;
        let logprobs = logprobs_json(&model, kind, &a.sampled);
        choices.push(match kind {
            Kind::Completion => json!({"index": index, "text": a.content, "token_ids": a.ids,
                                       "finish_reason": a.reason, "logprobs": logprobs}),
            Kind::Chat => json!({"index": index, "message": {"role": "assistant", "content": a.content},
                                 "token_ids": a.ids, "finish_reason": a.reason, "logprobs": logprobs}),
        });
    }
    let object = if kind == Kind::Chat { "chat.completion" } else { "text_completion" };
    Ok(axum::Json(json!({
        "id": id, "object": object, "created": unix_now(), "model": model.name,
        "choices": choices, "usage": usage(prompt_tokens, completion_tokens),
    }))
    .into_response())
}

fn stream(
    model: Arc<Model>,
    rx: UnboundedReceiver<Event>,
    text: TextStream,
    id: String,
    kind: Kind,
    prompt_tokens: usize,
) -> Response {
    let created = unix_now();
    let object = if kind == Kind::Chat { "chat.completion.chunk" } else { "text_completion" };
    let model_for_text = model.clone();
    let model_for_chunk = model.clone();
    let name = model.name.clone();
    let chunk = move |piece: &str, tokens: &mut Vec<Sampled>, finish: Option<&str>, usage_value: Option<Value>| {
        let logprobs = logprobs_json(&model_for_chunk, kind, tokens);
        tokens.clear();
        let choice = match kind {
            Kind::Completion => json!({"index": 0, "text": piece, "finish_reason": finish, "logprobs": logprobs}),
            Kind::Chat => {
                json!({"index": 0, "delta": {"content": piece}, "finish_reason": finish, "logprobs": logprobs})
            }
        };
        let mut body = json!({"id": id, "object": object, "created": created, "model": name, "choices": [choice]});
        if let Some(u) = usage_value {
            body["usage"] = u;
        }
        SseEvent::default().data(body.to_string())
    };
    struct St {
        rx: UnboundedReceiver<Event>,
        text: TextStream,
        /// Tokens whose log-probabilities the next chunk carries (a token may add no text yet).
        tokens: Vec<Sampled>,
        done: bool,
        sent_done: bool,
    }
    let state = St { rx, text, tokens: Vec::new(), done: false, sent_done: false };
    let events = futures_util::stream::unfold(state, move |mut st| {
        let chunk = chunk.clone();
        let model = model_for_text.clone();
        async move {
            if st.sent_done {
                return None;
            }
            if st.done {
                st.sent_done = true;
                return Some((Ok::<_, Infallible>(SseEvent::default().data("[DONE]")), st));
            }
            loop {
                match st.rx.recv().await {
                    Some(Event::Token(t)) => {
                        let piece = st.text.push(model.tokenizer.as_ref(), t.id);
                        st.tokens.push(t);
                        if st.text.stopped {
                            st.done = true;
                            let n = st.text.ids.len();
                            let e = chunk(&piece, &mut st.tokens, Some("stop"), Some(usage(prompt_tokens, n)));
                            return Some((Ok(e), st));
                        }
                        if !piece.is_empty() {
                            return Some((Ok(chunk(&piece, &mut st.tokens, None, None)), st));
                        }
                    }
                    Some(Event::Done { finish, prompt_tokens, completion_tokens, .. }) => {
                        st.done = true;
                        let rest = st.text.rest(model.tokenizer.as_ref());
                        let reason = finish_name(finish, st.text.stopped);
                        let usage = Some(usage(prompt_tokens, completion_tokens));
                        let e = chunk(&rest, &mut st.tokens, Some(reason), usage);
                        return Some((Ok(e), st));
                    }
                    Some(Event::Failed(f)) => {
                        st.done = true;
                        let e = failure(f);
                        let body =
                            json!({"error": {"message": e.message, "type": "server_error", "code": e.status.as_u16()}});
                        return Some((Ok(SseEvent::default().data(body.to_string())), st));
                    }
                    None => return None,
                }
            }
        }
    });
    Sse::new(events).into_response()
}

pub async fn models(State(app): State<Arc<App>>) -> Response {
    let data: Vec<Value> = app
        .models
        .iter()
        .map(|m| {
            json!({"id": m.name, "object": "model", "created": app.created, "owned_by": "flexc",
                   "experts": m.experts, "max_context": m.engine.max_positions()})
        })
        .collect();
    respond(&app, "/v1/models", Ok(axum::Json(json!({"object": "list", "data": data})).into_response()))
}

pub async fn health(State(app): State<Arc<App>>) -> Response {
    let status =
        if app.shutting_down.load(Ordering::SeqCst) { StatusCode::SERVICE_UNAVAILABLE } else { StatusCode::OK };
    (status, if status == StatusCode::OK { "ok\n" } else { "shutting down\n" }).into_response()
}

pub async fn metrics(State(app): State<Arc<App>>) -> Response {
    let mut r = Response::new(Body::from(app.metrics.render()));
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; version=0.0.4"));
    r
}

pub async fn not_found(State(app): State<Arc<App>>, req: Request) -> Response {
    let e = ApiError::new(StatusCode::NOT_FOUND, format!("no route {} {}", req.method(), req.uri().path()));
    respond(&app, "other", Err(e))
}
