//! Server metrics in the Prometheus text format (`GET /metrics`): requests by route and status,
//! tokens, time to first token, inter-token latency, queue depth, running sequences and batch sizes.

use flexc_runtime::KvUsage;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Duration;

/// Upper bounds (seconds) of the latency histograms.
const LATENCY_BUCKETS: &[f64] = &[0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0];
/// Upper bounds of the batch-size histogram (sequences per step).
const BATCH_BUCKETS: &[f64] = &[1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0];

#[derive(Clone, Default)]
struct Histogram {
    counts: Vec<u64>,
    sum: f64,
    count: u64,
}

impl Histogram {
    fn observe(&mut self, bounds: &[f64], v: f64) {
        if self.counts.is_empty() {
            self.counts = vec![0; bounds.len()];
        }
        for (c, b) in self.counts.iter_mut().zip(bounds) {
            if v <= *b {
                *c += 1;
            }
        }
        self.sum += v;
        self.count += 1;
    }

    fn render(&self, out: &mut String, name: &str, labels: &str, bounds: &[f64]) {
        for (i, b) in bounds.iter().enumerate() {
            let c = self.counts.get(i).copied().unwrap_or(0);
            let _ = writeln!(out, "{name}_bucket{{{labels},le=\"{b}\"}} {c}");
        }
        let _ = writeln!(out, "{name}_bucket{{{labels},le=\"+Inf\"}} {}", self.count);
        let _ = writeln!(out, "{name}_sum{{{labels}}} {}", self.sum);
        let _ = writeln!(out, "{name}_count{{{labels}}} {}", self.count);
    }
}

#[derive(Clone, Default)]
struct ModelStats {
    tokens: u64,
    prompt_tokens: u64,
    cached_prompt_tokens: u64,
    preemptions: u64,
    first_token: Histogram,
    inter_token: Histogram,
    batch: Histogram,
    rows: u64,
    steps: u64,
    queued: usize,
    running: usize,
    kv: KvUsage,
}

#[derive(Default)]
struct State {
    /// (route, status) -> count.
    requests: BTreeMap<(String, u16), u64>,
    models: BTreeMap<String, ModelStats>,
}

/// Every counter of a server, behind one lock taken briefly.
#[derive(Default)]
pub struct Metrics {
    state: Mutex<State>,
}

impl Metrics {
    fn with<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        f(&mut self.state.lock().unwrap_or_else(|e| e.into_inner()))
    }

    fn model<R>(&self, model: &str, f: impl FnOnce(&mut ModelStats) -> R) -> R {
        self.with(|s| f(s.models.entry(model.to_string()).or_default()))
    }

    pub fn count_request(&self, route: &str, status: u16) {
        self.with(|s| *s.requests.entry((route.to_string(), status)).or_default() += 1);
    }

    pub fn count_tokens(&self, model: &str, n: u64) {
        self.model(model, |m| m.tokens += n);
    }

    pub fn count_prompt_tokens(&self, model: &str, n: u64) {
        self.model(model, |m| m.prompt_tokens += n);
    }

    /// Prompt tokens whose keys and values came from the prefix cache.
    pub fn count_cached_prompt_tokens(&self, model: &str, n: u64) {
        self.model(model, |m| m.cached_prompt_tokens += n);
    }

    /// A sequence that gave its KV-cache blocks up for the others, to be computed again later.
    pub fn count_preemption(&self, model: &str) {
        self.model(model, |m| m.preemptions += 1);
    }

    pub fn observe_first_token(&self, model: &str, d: Duration) {
        self.model(model, |m| m.first_token.observe(LATENCY_BUCKETS, d.as_secs_f64()));
    }

    pub fn observe_inter_token(&self, model: &str, d: Duration) {
        self.model(model, |m| m.inter_token.observe(LATENCY_BUCKETS, d.as_secs_f64()));
    }

    pub fn observe_batch(&self, model: &str, sequences: usize, rows: usize) {
        self.model(model, |m| {
            m.batch.observe(BATCH_BUCKETS, sequences as f64);
            m.rows += rows as u64;
            m.steps += 1;
        });
    }

    pub fn set_gauges(&self, model: &str, queued: usize, running: usize, kv: KvUsage) {
        self.model(model, |m| {
            m.queued = queued;
            m.running = running;
            m.kv = kv;
        });
    }

    /// The Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        let s = self.with(|s| (s.requests.clone(), s.models.clone()));
        let (requests, models) = s;
        let mut out = String::new();
        out += "# HELP flexc_requests_total HTTP requests answered, by route and status.\n";
        out += "# TYPE flexc_requests_total counter\n";
        for ((route, status), n) in &requests {
            let _ = writeln!(out, "flexc_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}");
        }
        type Value = fn(&ModelStats) -> u64;
        let series: [(&str, &str, &str, Value); 12] = [
            ("flexc_generated_tokens_total", "counter", "Tokens generated.", |m| m.tokens),
            ("flexc_prompt_tokens_total", "counter", "Prompt tokens accepted.", |m| m.prompt_tokens),
            ("flexc_prompt_tokens_cached_total", "counter", "Prompt tokens found in the prefix cache.", |m| {
                m.cached_prompt_tokens
            }),
            (
                "flexc_preemptions_total",
                "counter",
                "Sequences that gave their KV cache up when it was full, to be computed again.",
                |m| m.preemptions,
            ),
            ("flexc_queue_depth", "gauge", "Requests waiting for a place in the batch.", |m| m.queued as u64),
            ("flexc_running_sequences", "gauge", "Sequences in the running batch.", |m| m.running as u64),
            ("flexc_steps_total", "counter", "Batched engine steps.", |m| m.steps),
            ("flexc_step_rows_total", "counter", "Rows (tokens) run by all steps.", |m| m.rows),
            ("flexc_kv_cache_held_bytes", "gauge", "KV-cache bytes sequences hold.", |m| m.kv.held_bytes),
            (
                "flexc_kv_cache_cached_bytes",
                "gauge",
                "KV-cache bytes kept for prefix reuse that no sequence holds (given up first when room is needed).",
                |m| m.kv.cached_bytes,
            ),
            ("flexc_kv_cache_allocated_bytes", "gauge", "KV-cache bytes allocated on the device.", |m| {
                m.kv.allocated_bytes
            }),
            ("flexc_kv_cache_limit_bytes", "gauge", "The most bytes the KV cache may take.", |m| m.kv.limit_bytes),
        ];
        for (name, kind, help, value) in series {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
            for (model, m) in &models {
                let _ = writeln!(out, "{name}{{model=\"{model}\"}} {}", value(m));
            }
        }
        for (name, help, pick, bounds) in [
            (
                "flexc_time_to_first_token_seconds",
                "From admission to the first token.",
                (|m: &ModelStats| &m.first_token) as fn(&ModelStats) -> &Histogram,
                LATENCY_BUCKETS,
            ),
            (
                "flexc_inter_token_seconds",
                "Between consecutive tokens of a sequence.",
                |m| &m.inter_token,
                LATENCY_BUCKETS,
            ),
            ("flexc_batch_size", "Sequences per batched step.", |m: &ModelStats| &m.batch, BATCH_BUCKETS),
        ] {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} histogram");
            for (model, m) in &models {
                pick(m).render(&mut out, name, &format!("model=\"{model}\""), bounds);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histograms_are_cumulative_and_counters_labelled() {
        let m = Metrics::default();
        m.count_request("/v1/completions", 200);
        m.observe_first_token("a", Duration::from_millis(30));
        m.observe_first_token("a", Duration::from_millis(300));
        m.observe_batch("a", 3, 10);
        let kv = KvUsage { held_bytes: 4096, cached_bytes: 1024, allocated_bytes: 8192, limit_bytes: 65536 };
        m.set_gauges("a", 2, 3, kv);
        let text = m.render();
        assert!(text.contains("flexc_requests_total{route=\"/v1/completions\",status=\"200\"} 1"), "{text}");
        assert!(text.contains("flexc_time_to_first_token_seconds_bucket{model=\"a\",le=\"0.05\"} 1"), "{text}");
        assert!(text.contains("flexc_time_to_first_token_seconds_bucket{model=\"a\",le=\"0.5\"} 2"), "{text}");
        assert!(text.contains("flexc_time_to_first_token_seconds_count{model=\"a\"} 2"), "{text}");
        assert!(text.contains("flexc_batch_size_bucket{model=\"a\",le=\"4\"} 1"), "{text}");
        assert!(text.contains("flexc_step_rows_total{model=\"a\"} 10"), "{text}");
        assert!(text.contains("flexc_queue_depth{model=\"a\"} 2"), "{text}");
        assert!(text.contains("flexc_kv_cache_held_bytes{model=\"a\"} 4096"), "{text}");
        assert!(text.contains("flexc_kv_cache_cached_bytes{model=\"a\"} 1024"), "{text}");
        assert!(text.contains("flexc_kv_cache_limit_bytes{model=\"a\"} 65536"), "{text}");
        assert!(text.contains("# TYPE flexc_kv_cache_held_bytes gauge"), "{text}");
    }
}
