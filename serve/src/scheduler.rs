//! Continuous batching for one configuration: a thread that owns the engine's step loop. Requests
//! join between steps; each step advances every running sequence at once (prompts in chunks, then one
//! token per sequence), so the weights are read once per step for all of them; finished, cancelled
//! and expired sequences leave between steps and give their KV-cache blocks back.
//!
//! When the KV cache cannot hold the next step of every running sequence, the one that arrived last
//! is preempted: it gives its blocks back and waits, ahead of new requests, until the cache has room
//! for it again, then computes its prompt and the tokens it had generated again (from the prefix
//! cache, where its blocks are still there) and goes on. Its client sees only a pause: the tokens
//! sent stay sent, and the next ones are those it would have had (a step computes a row the same
//! whatever rows share it, so a recomputed prefix gives the same logits, bit for bit).

use crate::metrics::Metrics;
use flexc_runtime::{Engine, EngineError, Logprobs, Sampler, SamplingParams, Sequence};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender, TryRecvError, TrySendError};
use std::sync::Arc;
use std::time::Instant;
use tokio::sync::mpsc::UnboundedSender;

/// What a generation sends back, in order: tokens (an end-of-sequence token too), then one `Done` or
/// `Failed`.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A token, as it is sampled (for a job that asked for each one).
    Token(Sampled),
    /// The end: for a job that did not ask for each token, `tokens` holds all it generated.
    Done {
        finish: Finish,
        prompt_tokens: usize,
        completion_tokens: usize,
        tokens: Vec<Sampled>,
    },
    Failed(Failure),
}

/// A sampled token, with its log-probabilities where the job asked for them.
#[derive(Debug, Clone, PartialEq)]
pub struct Sampled {
    pub id: u32,
    pub logprobs: Option<Logprobs>,
}

/// Why a generation ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finish {
    /// An end-of-sequence token.
    Stop,
    /// `max_tokens` generated.
    Length,
}

/// Why a generation failed after it was accepted.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// Its deadline passed.
    Deadline,
    /// The KV cache could not hold it, even running alone.
    Capacity(String),
    /// The engine refused a step.
    Engine(String),
}

/// One generation request.
pub struct Job {
    pub prompt: Vec<u32>,
    pub max_tokens: usize,
    pub sampling: SamplingParams,
    pub stop_tokens: Vec<u32>,
    pub deadline: Instant,
    /// Whether each token is sent as it is sampled (to stream it, or to watch for stop strings);
    /// otherwise they all come with [`Event::Done`], sparing a wake-up per token.
    pub each_token: bool,
    /// Each token's log-probability and this many most likely tokens' (`None`: none).
    pub logprobs: Option<usize>,
    pub events: UnboundedSender<Event>,
}

/// Limits of one scheduler.
#[derive(Debug, Clone, Copy)]
pub struct SchedulerLimits {
    /// Sequences advanced together at most.
    pub max_sequences: usize,
    /// Requests waiting for a place at most; beyond it a submission is refused.
    pub max_queue: usize,
    /// Rows (tokens of all sequences) one step takes at most, within the engine's own bound.
    pub max_batch_tokens: usize,
    /// Whether a prompt starts on the KV cache earlier requests left ([`Engine::reuse_prefix`]).
    pub prefix_caching: bool,
}

/// Why a job was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejected {
    /// The queue is full: retry later.
    Busy,
    /// The scheduler has stopped.
    Stopped,
}

/// The handle requests use to reach a configuration's scheduler thread.
pub struct Scheduler {
    jobs: SyncSender<Job>,
    queued: Arc<AtomicUsize>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Scheduler {
    /// Starts the step loop of `engine` on a thread of its own.
    pub fn start(name: String, engine: Arc<Engine>, limits: SchedulerLimits, metrics: Arc<Metrics>) -> Scheduler {
        let (jobs, rx) = sync_channel(limits.max_queue.max(1));
        let queued = Arc::new(AtomicUsize::new(0));
        let q = queued.clone();
        let thread = std::thread::Builder::new()
            .name(format!("flexc-sched-{name}"))
            .spawn(move || Loop::new(name, engine, limits, metrics, q).run(rx))
            .expect("a scheduler thread starts");
        Scheduler { jobs, queued, thread: Some(thread) }
    }

    /// Queues `job`, or refuses it when the queue is full.
    pub fn submit(&self, job: Job) -> Result<(), Rejected> {
        self.queued.fetch_add(1, Ordering::SeqCst);
        match self.jobs.try_send(job) {
            Ok(()) => Ok(()),
            Err(e) => {
                self.queued.fetch_sub(1, Ordering::SeqCst);
                Err(match e {
                    TrySendError::Full(_) => Rejected::Busy,
                    TrySendError::Disconnected(_) => Rejected::Stopped,
                })
            }
        }
    }

    /// Requests waiting for a place.
    pub fn queued(&self) -> usize {
        self.queued.load(Ordering::SeqCst)
    }

    /// Stops taking jobs and waits for the running ones to finish.
    pub fn shutdown(mut self) {
        let (dead, _) = sync_channel(1);
        drop(std::mem::replace(&mut self.jobs, dead));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// One running (or preempted) sequence.
struct Running {
    seq: Sequence,
    /// The prompt, then every token sampled: the sequence has run the first `seq.len()`, the steps
    /// feed the rest (the prompt in chunks, then the last sampled token).
    tokens: Vec<u32>,
    prompt_tokens: usize,
    max_tokens: usize,
    sampler: Sampler,
    stop_tokens: Vec<u32>,
    deadline: Instant,
    each_token: bool,
    logprobs: Option<usize>,
    /// The tokens generated, for a job that has them all at the end.
    held: Vec<Sampled>,
    events: UnboundedSender<Event>,
    /// When the request arrived: the first to arrive is the last to be preempted.
    admitted: Instant,
    last_token: Option<Instant>,
}

impl Running {
    /// Tokens the next steps feed.
    fn pending(&self) -> &[u32] {
        &self.tokens[self.seq.len()..]
    }

    /// Tokens sampled so far.
    fn generated(&self) -> usize {
        self.tokens.len() - self.prompt_tokens
    }

    /// Whether it leaves before its next step, and with what to send: nothing when its client has
    /// gone, a failure when its deadline has passed.
    fn leaving(&self, now: Instant) -> Option<Option<Event>> {
        if self.events.is_closed() {
            Some(None)
        } else if now >= self.deadline {
            Some(Some(Event::Failed(Failure::Deadline)))
        } else {
            None
        }
    }
}

struct Loop {
    name: String,
    engine: Arc<Engine>,
    limits: SchedulerLimits,
    metrics: Arc<Metrics>,
    queued: Arc<AtomicUsize>,
    running: Vec<Running>,
    /// Sequences that gave their KV-cache blocks up, holding none, to run again before new requests.
    preempted: Vec<Running>,
}

impl Loop {
    fn new(
        name: String,
        engine: Arc<Engine>,
        limits: SchedulerLimits,
        metrics: Arc<Metrics>,
        queued: Arc<AtomicUsize>,
    ) -> Loop {
        Loop { name, engine, limits, metrics, queued, running: Vec::new(), preempted: Vec::new() }
    }

    fn run(mut self, rx: Receiver<Job>) {
        let mut ws = self.engine.workspace();
        let mut open = true;
        loop {
            if self.running.is_empty() && self.preempted.is_empty() {
                self.metrics.set_gauges(&self.name, self.queued.load(Ordering::SeqCst), 0, self.engine.kv_usage());
                if !open {
                    return;
                }
                match rx.recv() {
                    Ok(job) => self.admit(job),
                    Err(_) => return,
                }
            }
            self.resume_preempted();
            // New requests wait while a preempted sequence does: they would take its room.
            while open && self.preempted.is_empty() && self.running.len() < self.limits.max_sequences {
                match rx.try_recv() {
                    Ok(job) => self.admit(job),
                    Err(TryRecvError::Empty) => break,
                    Err(TryRecvError::Disconnected) => open = false,
                }
            }
            let waiting = self.queued.load(Ordering::SeqCst) + self.preempted.len();
            self.metrics.set_gauges(&self.name, waiting, self.running.len(), self.engine.kv_usage());
            self.retire_gone();
            if !self.running.is_empty() {
                self.step(&mut ws);
            }
        }
    }

    fn admit(&mut self, job: Job) {
        self.queued.fetch_sub(1, Ordering::SeqCst);
        let mut seq = Sequence::default();
        if self.limits.prefix_caching {
            // The engine refuses only a sequence that is not empty, and this one is.
            let cached = self.engine.reuse_prefix(&mut seq, &job.prompt).unwrap_or(0);
            self.metrics.count_cached_prompt_tokens(&self.name, cached as u64);
        }
        self.running.push(Running {
            seq,
            prompt_tokens: job.prompt.len(),
            tokens: job.prompt,
            max_tokens: job.max_tokens,
            sampler: Sampler::new(job.sampling),
            stop_tokens: job.stop_tokens,
            deadline: job.deadline,
            each_token: job.each_token,
            logprobs: job.logprobs,
            held: Vec::new(),
            events: job.events,
            admitted: Instant::now(),
            last_token: None,
        });
    }

    /// Runs preempted sequences again, the first to arrive first, while the KV cache has room for
    /// each one's tokens and every running sequence's tokens still to feed, each with a block more to
    /// grow into (so that the next steps fit, and a sequence does not go back only to be preempted at
    /// once); with none running, the first goes back whatever the room.
    fn resume_preempted(&mut self) {
        let block = self.engine.kv_block_size().max(1);
        let blocks = |positions: usize| positions.div_ceil(block);
        while let Some(i) = (0..self.preempted.len()).min_by_key(|&i| self.preempted[i].admitted) {
            if self.running.len() >= self.limits.max_sequences {
                return;
            }
            if !self.running.is_empty() {
                let running: usize =
                    self.running.iter().map(|r| blocks(r.tokens.len() + block).saturating_sub(r.seq.blocks())).sum();
                let needed = running + blocks(self.preempted[i].tokens.len() + block);
                if self.engine.kv_room_blocks() < needed {
                    return;
                }
            }
            let mut r = self.preempted.swap_remove(i);
            if self.limits.prefix_caching {
                // Its own blocks, if no other sequence has taken their place since.
                self.engine.reuse_prefix(&mut r.seq, &r.tokens).unwrap_or(0);
            }
            self.running.push(r);
        }
    }

    /// Takes sequence `i` out of the batch: its KV-cache blocks go back (kept in the prefix cache
    /// when it takes part), and it waits to be computed again.
    fn preempt(&mut self, i: usize) {
        let mut r = self.running.swap_remove(i);
        self.engine.release(&mut r.seq);
        self.metrics.count_preemption(&self.name);
        self.preempted.push(r);
    }

    /// Ends sequences whose client has gone or whose deadline has passed.
    fn retire_gone(&mut self) {
        let now = Instant::now();
        // A preempted sequence holds no blocks: it only has to be told.
        self.preempted.retain(|r| match r.leaving(now) {
            None => true,
            Some(event) => {
                if let Some(e) = event {
                    let _ = r.events.send(e);
                }
                false
            }
        });
        let mut i = 0;
        while i < self.running.len() {
            match self.running[i].leaving(now) {
                Some(event) => self.finish(i, event),
                None => i += 1,
            }
        }
    }

    /// Removes sequence `i`, sending `event` and giving its KV blocks back.
    fn finish(&mut self, i: usize, event: Option<Event>) {
        let mut r = self.running.swap_remove(i);
        if let Some(e) = event {
            let _ = r.events.send(e);
        }
        self.engine.release(&mut r.seq);
    }

    /// One batched step over every running sequence: decodes first (one row each), then prompt
    /// chunks in the rows left.
    fn step(&mut self, ws: &mut flexc_runtime::Workspace) {
        // At least a row for each running sequence, so that none waits for a step of its own.
        let mut budget = self.engine.max_rows().min(self.limits.max_batch_tokens.max(self.running.len())).max(1);
        let mut feed: Vec<usize> = vec![0; self.running.len()];
        let mut order: Vec<usize> = (0..self.running.len()).collect();
        order.sort_by_key(|&i| self.running[i].pending().len());
        for i in order {
            let n = self.running[i].pending().len().min(budget);
            feed[i] = n;
            budget -= n;
        }
        let result = {
            let mut seqs: Vec<(&mut Sequence, &[u32])> = self
                .running
                .iter_mut()
                .zip(&feed)
                .filter(|(_, &n)| n > 0)
                .map(|(r, &n)| {
                    let at = r.seq.len();
                    (&mut r.seq, &r.tokens[at..at + n])
                })
                .collect();
            let rows: usize = seqs.iter().map(|(_, t)| t.len()).sum();
            self.metrics.observe_batch(&self.name, seqs.len(), rows);
            self.engine.step_last(ws, &mut seqs)
        };
        let logits = match result {
            Ok(l) => l,
            Err(EngineError::KvCacheFull { .. }) if self.running.len() > 1 => {
                // The last to arrive gives way; the others retry at the next step.
                let newest = (0..self.running.len()).max_by_key(|&i| self.running[i].admitted).unwrap_or(0);
                self.preempt(newest);
                return;
            }
            Err(e @ EngineError::KvCacheFull { .. }) => {
                self.finish(0, Some(Event::Failed(Failure::Capacity(e.to_string()))));
                return;
            }
            Err(e) => {
                let msg = e.to_string();
                while !self.running.is_empty() {
                    self.finish(0, Some(Event::Failed(Failure::Engine(msg.clone()))));
                }
                return;
            }
        };
        let vocab = self.engine.vocab_size();
        // One row of logits per sequence fed, in order: the last of its rows.
        let mut fed = 0;
        let mut done = Vec::new();
        let now = Instant::now();
        for (i, r) in self.running.iter_mut().enumerate() {
            let n = feed[i];
            if n == 0 {
                continue;
            }
            fed += 1;
            if !r.pending().is_empty() {
                continue; // more of the prompt to feed
            }
            let row = &logits[(fed - 1) * vocab..fed * vocab];
            let token = r.sampler.sample(row);
            let sampled = Sampled { id: token, logprobs: r.logprobs.map(|top| Logprobs::of(row, token, top)) };
            match r.last_token {
                None => self.metrics.observe_first_token(&self.name, now - r.admitted),
                Some(t) => self.metrics.observe_inter_token(&self.name, now - t),
            }
            r.last_token = Some(now);
            self.metrics.count_tokens(&self.name, 1);
            let stopped = r.stop_tokens.contains(&token);
            if !r.each_token {
                r.held.push(sampled);
            } else if r.events.send(Event::Token(sampled)).is_err() {
                done.push((i, None));
                continue;
            }
            r.tokens.push(token);
            let finish = if stopped {
                Some(Finish::Stop)
            } else if r.generated() >= r.max_tokens {
                Some(Finish::Length)
            } else {
                None
            };
            if let Some(finish) = finish {
                let (tokens, prompt_tokens, completion_tokens) =
                    (std::mem::take(&mut r.held), r.prompt_tokens, r.generated());
                done.push((i, Some(Event::Done { finish, prompt_tokens, completion_tokens, tokens })));
            }
        }
        // Highest index first, so that swap_remove keeps the remaining indices valid.
        done.sort_by_key(|d| std::cmp::Reverse(d.0));
        for (i, event) in done {
            self.finish(i, event);
        }
    }
}
