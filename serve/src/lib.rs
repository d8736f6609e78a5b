//! `flexc serve`: an OpenAI-compatible HTTP server for flexc artifacts.
//!
//! Every artifact given is one configuration (a `model`, named by its checkpoint and kept experts).
//! Each has a scheduler thread doing continuous batching over its engine ([`scheduler`]); artifacts
//! that share weights hold them once ([`flexc_runtime::Engine::load_shared`]). HTTP is hyper's, with
//! limits on connections, header count and size, body size and time, and request deadlines
//! ([`Limits`]); `SIGTERM` or `SIGINT` stops accepting, lets in-flight requests finish, and exits.

mod api;
mod http;
pub mod metrics;
pub mod scheduler;
pub mod template;
mod text;

use api::ApiError;
use axum::http::StatusCode;
use flexc_artifact::Artifact;
use flexc_runtime::{Engine, EngineOptions, TextTokenizer};
use metrics::Metrics;
use scheduler::{Scheduler, SchedulerLimits};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use template::ChatTemplate;

/// What a server refuses beyond, and how long it waits.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Bytes of a request body (413 beyond).
    pub max_body_bytes: usize,
    /// Header lines of a request (431 beyond).
    pub max_headers: usize,
    /// Bytes of a request's head: request line and headers (431 beyond).
    pub max_header_bytes: usize,
    /// Time to receive a request's head once a connection is open or idle (the connection closes).
    pub header_timeout: Duration,
    /// Time to receive a request body (408 beyond).
    pub body_timeout: Duration,
    /// A request's deadline, from its arrival to its last token (504 beyond).
    pub request_timeout: Duration,
    /// The most tokens a request may ask for.
    pub max_tokens: usize,
    /// Sequences one configuration runs at once; more wait in its queue.
    pub max_sequences: usize,
    /// Requests waiting per configuration; beyond it, 429 with Retry-After.
    pub max_queue: usize,
    /// Tokens one step of a configuration takes at most, decodes and prompt chunks together (also
    /// bounded by what the engine's workspace holds): a long prompt is prefilled a chunk a step, so
    /// the sequences decoding beside it wait one chunk's step for their next token, not the prompt's.
    pub max_batch_tokens: usize,
    /// Whether a request's prompt starts on the KV cache of earlier requests with the same first
    /// tokens, in whole KV-cache blocks (see [`flexc_runtime::Engine::reuse_prefix`]).
    pub prefix_caching: bool,
    /// Open connections; more wait to be accepted.
    pub max_connections: usize,
    /// How long a shutdown waits for in-flight requests.
    pub shutdown_grace: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_body_bytes: 1 << 20,
            max_headers: 64,
            max_header_bytes: 16 << 10,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
            request_timeout: Duration::from_secs(600),
            max_tokens: 4096,
            max_sequences: 64,
            max_queue: 256,
            max_batch_tokens: 256,
            prefix_caching: true,
            max_connections: 1024,
            shutdown_grace: Duration::from_secs(60),
        }
    }
}

/// A server's configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub artifacts: Vec<PathBuf>,
    pub engine: EngineOptions,
    pub addr: SocketAddr,
    pub limits: Limits,
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("{path}: {reason}")]
    Load { path: PathBuf, reason: String },
    #[error("two artifacts are both model {0}: serve each configuration once")]
    Duplicate(String),
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
}

/// One configuration being served.
pub struct Model {
    /// `<checkpoint>:<kept experts joined by '+'>`.
    pub name: String,
    pub experts: Vec<String>,
    pub engine: Arc<Engine>,
    pub tokenizer: Option<TextTokenizer>,
    pub template: Option<ChatTemplate>,
    pub stop_tokens: Vec<u32>,
    pub scheduler: Scheduler,
}

/// What every request shares.
pub struct App {
    pub models: Vec<Arc<Model>>,
    pub limits: Limits,
    pub metrics: Arc<Metrics>,
    shutting_down: AtomicBool,
    created: u64,
    ids: AtomicU64,
}

impl App {
    /// Loads every artifact (weights shared between them where their content is the same) and starts
    /// a scheduler per configuration.
    pub fn load(config: &Config) -> Result<App, ServeError> {
        let metrics = Arc::new(Metrics::default());
        let engines = Engine::load_shared(&config.artifacts, config.engine.clone())
            .map_err(|(i, e)| ServeError::Load { path: config.artifacts[i].clone(), reason: e.to_string() })?;
        let mut models: Vec<Arc<Model>> = Vec::new();
        for (path, engine) in config.artifacts.iter().zip(engines) {
            let load = |reason: String| ServeError::Load { path: path.clone(), reason };
            let art = Artifact::open_with(path, &flexc_artifact::OpenOptions { store: config.engine.store.clone() })
                .map_err(|e| load(e.to_string()))?;
            let experts: Vec<String> = art.manifest.configuration.kept.iter().map(|e| e.label()).collect();
            let checkpoint = std::path::Path::new(&art.manifest.source.path)
                .file_name()
                .map_or("model".to_string(), |n| n.to_string_lossy().into_owned());
            let name = format!("{checkpoint}:{}", experts.join("+"));
            if models.iter().any(|m| m.name == name) {
                return Err(ServeError::Duplicate(name));
            }
            let tokenizer = match &art.manifest.tokenizer {
                Some(t) => Some(
                    TextTokenizer::from_bytes(art.file_bytes(t).unwrap_or_default(), &path.join(t))
                        .map_err(|e| load(e.to_string()))?,
                ),
                None => None,
            };
            let template = match &art.manifest.tokenizer_config {
                Some(t) => ChatTemplate::from_tokenizer_config(art.file_bytes(t).unwrap_or_default()).map_err(load)?,
                None => None,
            };
            let stop_tokens =
                engine.graph().meta_ints("eos_token_ids").unwrap_or(&[]).iter().map(|&t| t as u32).collect();
            let engine = Arc::new(engine);
            let limits = SchedulerLimits {
                max_sequences: config.limits.max_sequences,
                max_queue: config.limits.max_queue,
                max_batch_tokens: config.limits.max_batch_tokens,
                prefix_caching: config.limits.prefix_caching,
            };
            let scheduler = Scheduler::start(name.clone(), engine.clone(), limits, metrics.clone());
            models.push(Arc::new(Model { name, experts, engine, tokenizer, template, stop_tokens, scheduler }));
        }
        let created = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        Ok(App {
            models,
            limits: config.limits.clone(),
            metrics,
            shutting_down: AtomicBool::new(false),
            created,
            ids: AtomicU64::new(1),
        })
    }

    /// The model a request names; with one model served, a request may leave it out.
    fn model(&self, name: Option<&str>) -> Result<Arc<Model>, ApiError> {
        match name {
            None if self.models.len() == 1 => Ok(self.models[0].clone()),
            None => {
                Err(ApiError::new(StatusCode::BAD_REQUEST, "give `model`: this server has several (GET /v1/models)"))
            }
            Some(n) => self.models.iter().find(|m| m.name == n).cloned().ok_or_else(|| {
                let known: Vec<&str> = self.models.iter().map(|m| m.name.as_str()).collect();
                ApiError::new(StatusCode::NOT_FOUND, format!("no model {n:?}; this server has {}", known.join(", ")))
            }),
        }
    }

    fn next_id(&self) -> u64 {
        self.ids.fetch_add(1, Ordering::Relaxed)
    }

    /// New requests get 503 from now on; running ones finish.
    pub fn begin_shutdown(&self) {
        self.shutting_down.store(true, Ordering::SeqCst);
    }
}

/// The routes of a server.
pub fn router(app: Arc<App>) -> axum::Router {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/v1/completions", post(api::completions))
        .route("/v1/chat/completions", post(api::chat_completions))
        .route("/v1/models", get(api::models))
        .route("/health", get(api::health))
        .route("/metrics", get(api::metrics))
        .fallback(api::not_found)
        .with_state(app)
}

/// Serves `config` until `shutdown` resolves (or SIGTERM / SIGINT when `shutdown` is `None`), then
/// drains: new requests get 503, in-flight ones finish within the grace period, schedulers stop.
/// `on_ready` is told the address listened on once the artifacts are loaded.
pub async fn serve(
    config: Config,
    shutdown: Option<tokio::sync::oneshot::Receiver<()>>,
    on_ready: impl FnOnce(SocketAddr, &App),
) -> Result<(), ServeError> {
    http::raise_open_file_limit();
    let app = Arc::new(tokio::task::block_in_place(|| App::load(&config))?);
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|source| ServeError::Bind { addr: config.addr, source })?;
    let addr = listener.local_addr().map_err(|source| ServeError::Bind { addr: config.addr, source })?;
    on_ready(addr, &app);
    let stop = async move {
        match shutdown {
            Some(rx) => {
                let _ = rx.await;
            }
            None => http::signal().await,
        }
    };
    http::accept_loop(listener, router(app.clone()), &config.limits, app.clone(), stop).await;
    // Every connection has finished or the grace period is over: stop the schedulers.
    if let Ok(app) = Arc::try_unwrap(app) {
        for m in app.models {
            if let Ok(m) = Arc::try_unwrap(m) {
                m.scheduler.shutdown();
            }
        }
    }
    Ok(())
}
