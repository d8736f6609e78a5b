//! `config.json` of a FlexOlmo checkpoint: every field the forward uses, validated.

use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
#[error("{path}: {reason}")]
pub struct ConfigError {
    pub path: PathBuf,
    pub reason: String,
}

/// The most positions a compiled model may have.
pub const MAX_POSITIONS: u64 = 1 << 24;

/// The model hyper-parameters flexc compiles from.
#[derive(Debug, Clone, PartialEq)]
pub struct FlexOlmoConfig {
    pub vocab_size: u64,
    pub hidden_size: u64,
    pub intermediate_size: u64,
    pub num_hidden_layers: u64,
    pub num_attention_heads: u64,
    pub num_key_value_heads: u64,
    pub head_dim: u64,
    pub max_position_embeddings: u64,
    pub rms_norm_eps: f64,
    pub rope_theta: f64,
    pub num_experts: u64,
    pub num_experts_per_tok: u64,
    pub norm_topk_prob: bool,
    pub tie_word_embeddings: bool,
    pub eos_token_ids: Vec<i64>,
    pub bos_token_id: Option<i64>,
    pub pad_token_id: Option<i64>,
}

impl FlexOlmoConfig {
    pub fn load(path: &Path) -> Result<FlexOlmoConfig, ConfigError> {
        let err = |reason: String| ConfigError { path: path.to_path_buf(), reason };
        let text = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
        Self::from_json(&text).map_err(err)
    }

    /// Parses and validates the JSON text of a `config.json`.
    pub fn from_json(text: &str) -> Result<FlexOlmoConfig, String> {
        let value: Value = serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
        let Value::Object(obj) = value else {
            return Err("expected a JSON object".into());
        };
        let c = Fields(&obj);
        match c.0.get("model_type") {
            Some(Value::String(t)) if t == "flex_olmo" => {}
            Some(other) => return Err(format!("model_type is {other}, expected \"flex_olmo\"")),
            None => return Err("missing field `model_type` (expected \"flex_olmo\")".into()),
        }
        if let Some(act) = c.0.get("hidden_act").filter(|v| !v.is_null()) {
            if act != "silu" {
                return Err(format!("hidden_act is {act}; FlexOlmo experts are SwiGLU (\"silu\")"));
            }
        }
        if c.bool_or("attention_bias", false)? {
            return Err("attention_bias = true is not part of FlexOlmo (its projections have no biases)".into());
        }
        let (rope_theta, rope_type) = match c.0.get("rope_parameters").filter(|v| !v.is_null()) {
            Some(Value::Object(rope)) => {
                let r = Fields(rope);
                (r.float_or("rope_theta", 500000.0)?, r.string_or("rope_type", "default")?)
            }
            Some(other) => return Err(format!("rope_parameters must be an object, found {other}")),
            None => {
                let rope_type = match c.0.get("rope_scaling").filter(|v| !v.is_null()) {
                    Some(Value::Object(s)) => Fields(s).string_or("rope_type", "default")?,
                    Some(other) => return Err(format!("rope_scaling must be an object or null, found {other}")),
                    None => "default".to_string(),
                };
                (c.float_or("rope_theta", 500000.0)?, rope_type)
            }
        };
        if rope_type != "default" {
            return Err(format!("RoPE scaling type {rope_type:?} is not supported (only unscaled \"default\" RoPE)"));
        }

        let hidden_size = c.uint("hidden_size", None)?;
        let num_attention_heads = c.uint("num_attention_heads", None)?;
        let num_key_value_heads = c.uint("num_key_value_heads", Some(num_attention_heads))?;
        if num_attention_heads == 0 || hidden_size == 0 {
            return Err("hidden_size and num_attention_heads must be positive".into());
        }
        let head_dim = match c.0.get("head_dim").filter(|v| !v.is_null()) {
            Some(_) => c.uint("head_dim", None)?,
            None => {
                if hidden_size % num_attention_heads != 0 {
                    return Err(format!(
                        "num_attention_heads ({num_attention_heads}) does not divide hidden_size ({hidden_size})"
                    ));
                }
                hidden_size / num_attention_heads
            }
        };
        let cfg = FlexOlmoConfig {
            vocab_size: c.uint("vocab_size", None)?,
            hidden_size,
            intermediate_size: c.uint("intermediate_size", None)?,
            num_hidden_layers: c.uint("num_hidden_layers", None)?,
            num_attention_heads,
            num_key_value_heads,
            head_dim,
            max_position_embeddings: c.uint("max_position_embeddings", Some(4096))?,
            rms_norm_eps: c.float_or("rms_norm_eps", 1e-6)?,
            rope_theta,
            num_experts: c.uint("num_experts", Some(7))?,
            num_experts_per_tok: c.uint("num_experts_per_tok", Some(5))?,
            norm_topk_prob: c.bool_or("norm_topk_prob", false)?,
            tie_word_embeddings: c.bool_or("tie_word_embeddings", false)?,
            eos_token_ids: c.token_ids("eos_token_id")?,
            bos_token_id: c.token_ids("bos_token_id")?.first().copied(),
            pad_token_id: c.token_ids("pad_token_id")?.first().copied(),
        };
        cfg.validate()?;
        Ok(cfg)
    }

    fn validate(&self) -> Result<(), String> {
        let positive = [
            ("vocab_size", self.vocab_size),
            ("intermediate_size", self.intermediate_size),
            ("num_hidden_layers", self.num_hidden_layers),
            ("num_key_value_heads", self.num_key_value_heads),
            ("head_dim", self.head_dim),
            ("max_position_embeddings", self.max_position_embeddings),
            ("num_experts", self.num_experts),
            ("num_experts_per_tok", self.num_experts_per_tok),
        ];
        if let Some((name, _)) = positive.iter().find(|(_, v)| *v == 0) {
            return Err(format!("{name} must be positive"));
        }
        if !self.num_attention_heads.is_multiple_of(self.num_key_value_heads) {
            return Err(format!(
                "num_key_value_heads ({}) does not divide num_attention_heads ({})",
                self.num_key_value_heads, self.num_attention_heads
            ));
        }
        if !self.head_dim.is_multiple_of(2) {
            return Err(format!("head_dim ({}) must be even for rotate-half RoPE", self.head_dim));
        }
        if self.num_experts_per_tok > self.num_experts {
            return Err(format!(
                "num_experts_per_tok ({}) is larger than num_experts ({})",
                self.num_experts_per_tok, self.num_experts
            ));
        }
        if !(self.rms_norm_eps.is_finite() && self.rms_norm_eps > 0.0) {
            return Err(format!("rms_norm_eps must be a positive number, found {}", self.rms_norm_eps));
        }
        if !(self.rope_theta.is_finite() && self.rope_theta > 0.0) {
            return Err(format!("rope_theta must be a positive number, found {}", self.rope_theta));
        }
        if let Some(bad) = self.eos_token_ids.iter().find(|&&t| t < 0 || t as u64 >= self.vocab_size) {
            return Err(format!("eos_token_id {bad} is outside the vocabulary of {}", self.vocab_size));
        }
        // Bounds far above any real model that keep every size flexc computes within u64.
        let bounded = [
            ("vocab_size", self.vocab_size, 1 << 24),
            ("hidden_size", self.hidden_size, 1 << 20),
            ("intermediate_size", self.intermediate_size, 1 << 22),
            ("num_hidden_layers", self.num_hidden_layers, 1 << 16),
            ("num_attention_heads", self.num_attention_heads, 1 << 16),
            ("head_dim", self.head_dim, 1 << 16),
            ("num_experts", self.num_experts, 1 << 10),
        ];
        if let Some((name, v, max)) = bounded.iter().find(|(_, v, max)| v > max) {
            return Err(format!("{name} = {v} is larger than flexc supports ({max} at most)"));
        }
        Ok(())
    }

    /// Caps the context at `max_context` positions when given, then checks it is one flexc can run:
    /// positions are exact in RoPE's f32 up to 2^24.
    pub fn limit_context(&mut self, max_context: Option<u64>) -> Result<(), String> {
        if let Some(n) = max_context {
            if n == 0 {
                return Err("--max-context must be positive".into());
            }
            self.max_position_embeddings = self.max_position_embeddings.min(n);
        }
        if self.max_position_embeddings > MAX_POSITIONS {
            return Err(format!(
                "max_position_embeddings = {} is more positions than flexc can address (RoPE positions are exact in \
                 f32 up to {MAX_POSITIONS}); compile with --max-context N to use at most N",
                self.max_position_embeddings
            ));
        }
        Ok(())
    }

    /// Parameters of the whole checkpoint (saturating, as every count below: the sizes are bounded,
    /// their products need not fit).
    pub fn total_params(&self) -> u64 {
        let experts = self.num_hidden_layers.saturating_mul(self.num_experts).saturating_mul(self.expert_params());
        self.shared_params().saturating_add(experts)
    }

    /// Parameters one token reads with `kept` experts of which `top_k` are active.
    pub fn active_params(&self, top_k: u64) -> u64 {
        let experts = self.num_hidden_layers.saturating_mul(top_k).saturating_mul(self.expert_params());
        self.shared_params().saturating_add(experts)
    }

    /// Parameters of one expert FFN in one layer.
    pub fn expert_params(&self) -> u64 {
        3u64.saturating_mul(self.hidden_size).saturating_mul(self.intermediate_size)
    }

    /// Parameters of the router of one layer.
    pub fn router_params(&self) -> u64 {
        self.num_experts.saturating_mul(self.hidden_size)
    }

    /// Parameters outside the experts and routers: embeddings, attention, norms, head.
    pub fn dense_params(&self) -> u64 {
        let d = self.hidden_size;
        let q = self.num_attention_heads.saturating_mul(self.head_dim);
        let kv = self.num_key_value_heads.saturating_mul(self.head_dim);
        let attention = [d.saturating_mul(q), 2u64.saturating_mul(d).saturating_mul(kv), q.saturating_mul(d), q, kv]
            .into_iter()
            .fold(0u64, u64::saturating_add);
        let per_layer = attention.saturating_add(2 * d);
        let embedding = self.vocab_size.saturating_mul(d);
        let head = if self.tie_word_embeddings { 0 } else { embedding };
        [embedding, self.num_hidden_layers.saturating_mul(per_layer), d, head].into_iter().fold(0, u64::saturating_add)
    }

    fn shared_params(&self) -> u64 {
        self.dense_params().saturating_add(self.num_hidden_layers.saturating_mul(self.router_params()))
    }
}

struct Fields<'a>(&'a Map<String, Value>);

impl Fields<'_> {
    fn uint(&self, key: &str, default: Option<u64>) -> Result<u64, String> {
        match (self.0.get(key), default) {
            (None | Some(Value::Null), Some(d)) => Ok(d),
            (None | Some(Value::Null), None) => Err(format!("missing field `{key}`")),
            (Some(v), _) => v.as_u64().ok_or_else(|| format!("`{key}` must be a non-negative integer, found {v}")),
        }
    }

    fn float_or(&self, key: &str, default: f64) -> Result<f64, String> {
        match self.0.get(key) {
            None | Some(Value::Null) => Ok(default),
            Some(v) => v.as_f64().ok_or_else(|| format!("`{key}` must be a number, found {v}")),
        }
    }

    fn bool_or(&self, key: &str, default: bool) -> Result<bool, String> {
        match self.0.get(key) {
            None | Some(Value::Null) => Ok(default),
            Some(v) => v.as_bool().ok_or_else(|| format!("`{key}` must be true or false, found {v}")),
        }
    }

    fn string_or(&self, key: &str, default: &str) -> Result<String, String> {
        match self.0.get(key) {
            None | Some(Value::Null) => Ok(default.to_string()),
            Some(Value::String(s)) => Ok(s.clone()),
            Some(v) => Err(format!("`{key}` must be a string, found {v}")),
        }
    }

    fn token_ids(&self, key: &str) -> Result<Vec<i64>, String> {
        match self.0.get(key) {
            None | Some(Value::Null) => Ok(vec![]),
            Some(Value::Array(items)) => items
                .iter()
                .map(|v| v.as_i64().ok_or_else(|| format!("`{key}` must hold integers, found {v}")))
                .collect(),
            Some(v) => {
                v.as_i64().map(|i| vec![i]).ok_or_else(|| format!("`{key}` must be an integer or a list, found {v}"))
            }
        }
    }
}
