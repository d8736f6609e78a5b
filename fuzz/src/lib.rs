//! Fuzzing flexc on stable Rust. Every entry point that reads untrusted bytes (config.json, the shard
//! index, safetensors files, IR text, graph JSON, an artifact's manifest and plan, token ids, and HTTP
//! requests to `flexc serve`) is a [`target::Target`] ([`targets`] lists them); [`campaign::campaign`]
//! drives one with structure-aware generators and mutations of valid inputs, in process, and counts
//! every panic as a crash. `scripts/fuzz.sh` runs the long campaign and writes `fuzz/REPORT.md`; the
//! crate's tests run a short one on every target and replay every input in `fuzz/regressions/`.

pub mod campaign;
pub mod http;
pub mod mutate;
pub mod rng;
pub mod target;
pub mod targets;
