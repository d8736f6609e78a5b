//! The mutation loop: inputs from a target's seeds, generator and mutations, each run under
//! `catch_unwind`; accepted inputs and inputs that reach an error not seen before join the corpus, so
//! that the campaign walks past the first checks of each format.

use crate::mutate;
use crate::rng::Rng;
use crate::target::{Shape, Target};
use std::cell::RefCell;
use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

/// The most inputs a corpus holds.
const MAX_CORPUS: usize = 2048;
/// The most distinct crashes kept per target.
const MAX_CRASHES: usize = 32;

/// One crash: the panic message and the input that caused it.
#[derive(Debug, Clone)]
pub struct Crash {
    pub message: String,
    pub input: Vec<u8>,
}

/// What a campaign on one target did.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    pub target: String,
    pub runs: u64,
    pub accepted: u64,
    pub rejected: u64,
    /// Inputs that panicked (all of them; [`Stats::crashes`] keeps one per distinct message).
    pub crashed: u64,
    pub crashes: Vec<Crash>,
    /// Distinct error messages reached (numbers and quoted text masked).
    pub distinct_errors: usize,
    pub corpus: usize,
    pub seconds: f64,
}

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
    static IN_RUN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Routes the panic messages of inputs run to the campaign instead of stderr (call once per
/// process); any other panic is reported as usual.
pub fn capture_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !IN_RUN.with(|r| r.get()) {
            if let Some((campaign, stray)) = STRAY.get() {
                if *campaign != std::thread::current().id() {
                    // A thread an input set working (a server's) panicked: the input's run reports it.
                    *stray.lock().unwrap_or_else(|e| e.into_inner()) = Some(message(info));
                    return;
                }
            }
            return default(info);
        }
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(message(info)));
    }));
}

fn message(info: &std::panic::PanicHookInfo<'_>) -> String {
    let payload = info.payload();
    let text = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".into());
    let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
    format!("{text}{at}")
}

/// Panics of threads other than the campaign's, once [`watch_other_threads`] is called.
static STRAY: std::sync::OnceLock<(std::thread::ThreadId, std::sync::Mutex<Option<String>>)> =
    std::sync::OnceLock::new();

/// From now on, a panic on any thread but this one (a server's worker, say) is kept for
/// [`take_other_thread_panic`] instead of printed.
pub fn watch_other_threads() {
    STRAY.get_or_init(|| (std::thread::current().id(), std::sync::Mutex::new(None)));
}

/// The last panic of another thread since the last call, if any.
pub fn take_other_thread_panic() -> Option<String> {
    STRAY.get()?.1.lock().unwrap_or_else(|e| e.into_inner()).take()
}

/// An error message with what varies between inputs (numbers, quoted text) masked, so that messages
/// of the same check compare equal.
pub fn error_key(message: &str) -> String {
    let mut out = String::new();
    let mut quoted = false;
    for c in message.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                out.push('"');
            }
            _ if quoted => {}
            '0'..='9' => {
                if !out.ends_with('#') {
                    out.push('#');
                }
            }
            _ => out.push(c),
        }
        if out.len() >= 96 {
            break;
        }
    }
    out
}

/// Runs one input, catching a panic as a crash message.
pub fn run_one(target: &mut dyn Target, input: &[u8]) -> Result<Result<(), String>, String> {
    LAST_PANIC.with(|p| p.borrow_mut().take());
    IN_RUN.with(|r| r.set(true));
    let result = catch_unwind(AssertUnwindSafe(|| target.run(input)));
    IN_RUN.with(|r| r.set(false));
    result.map_err(|_| LAST_PANIC.with(|p| p.borrow_mut().take()).unwrap_or_else(|| "a panic".into()))
}

/// `runs` inputs against `target`, from `seed`; `progress` is called every 1024 runs.
pub fn campaign(target: &mut dyn Target, runs: u64, seed: u64, mut progress: impl FnMut(&Stats)) -> Stats {
    let mut rng = Rng::new(seed);
    let seeds = target.seeds();
    let dict = mutate::dictionary(&seeds);
    // Accepted inputs (the seeds first) and inputs that reached an error not seen before: most
    // mutations start from an accepted input, so that they probe the checks behind the parser.
    let mut valid = Pool::new(seeds.clone());
    let mut frontier = Pool::new(vec![]);
    let mut errors = HashSet::new();
    let mut crash_keys = HashSet::new();
    let mut stats = Stats { target: target.name().to_string(), ..Stats::default() };
    let start = Instant::now();
    for i in 0..runs {
        // Seeds first, as they are, then generated and mutated inputs.
        let input = if (i as usize) < seeds.len() {
            seeds[i as usize].clone()
        } else if rng.one_in(8) {
            target.generate(&mut rng).unwrap_or_else(|| valid.pick(&mut rng).clone())
        } else {
            let pool = if !frontier.items.is_empty() && rng.one_in(4) { &frontier } else { &valid };
            let mut x = pool.pick(&mut rng).clone();
            for _ in 0..1 + rng.below(3) {
                x = mutate_once(target, &mut rng, x, &valid.items, &dict);
            }
            x
        };
        match run_one(target, &input) {
            Ok(Ok(())) => {
                stats.accepted += 1;
                valid.add(&mut rng, input, seeds.len());
            }
            Ok(Err(message)) => {
                stats.rejected += 1;
                if errors.insert(error_key(&message)) {
                    frontier.add(&mut rng, input, 0);
                }
            }
            Err(message) => {
                stats.crashed += 1;
                if crash_keys.insert(error_key(&message)) && stats.crashes.len() < MAX_CRASHES {
                    stats.crashes.push(Crash { message, input });
                }
            }
        }
        stats.runs = i + 1;
        if stats.runs % 1024 == 0 {
            stats.distinct_errors = errors.len();
            stats.corpus = valid.items.len() + frontier.items.len();
            stats.seconds = start.elapsed().as_secs_f64();
            progress(&stats);
        }
    }
    stats.distinct_errors = errors.len();
    stats.corpus = valid.items.len() + frontier.items.len();
    stats.seconds = start.elapsed().as_secs_f64();
    stats
}

/// A bounded set of distinct inputs.
struct Pool {
    items: Vec<Vec<u8>>,
    members: HashSet<Vec<u8>>,
}

impl Pool {
    fn new(items: Vec<Vec<u8>>) -> Pool {
        let members = items.iter().cloned().collect();
        Pool { items, members }
    }

    fn pick(&self, rng: &mut Rng) -> &Vec<u8> {
        rng.pick(&self.items)
    }

    /// Adds `input` unless present; when full, it replaces an entry after the first `keep`.
    fn add(&mut self, rng: &mut Rng, input: Vec<u8>, keep: usize) {
        if self.members.contains(&input) {
            return;
        }
        self.members.insert(input.clone());
        if self.items.len() < MAX_CORPUS {
            self.items.push(input);
        } else {
            let at = keep + rng.below(self.items.len() - keep);
            self.members.remove(&self.items[at]);
            self.items[at] = input;
        }
    }
}

fn mutate_once(target: &dyn Target, rng: &mut Rng, mut input: Vec<u8>, corpus: &[Vec<u8>], dict: &[String]) -> Vec<u8> {
    if rng.one_in(2) {
        if let Some(out) = target.mutate(rng, &input) {
            return out;
        }
    }
    if !rng.one_in(4) {
        let structured = match target.shape() {
            Shape::Json => mutate::json(rng, &input),
            Shape::Text => mutate::text(rng, &input, corpus, dict),
            Shape::Bytes => None,
        };
        if let Some(out) = structured {
            return out;
        }
    }
    mutate::bytes(rng, &mut input, corpus, dict);
    input
}
