//! Hashing a checkpoint's pieces: every piece once, on every core, and once per version of a file.
//!
//! A compile records the sha256 of every source piece it packs. Hashing is most of what a compile
//! reads, so it runs on all cores, and its results are cached per checkpoint directory, keyed by each
//! shard's path, size and modification time: a later compile of the same checkpoint (another
//! configuration, or `--configurations all`) reads no byte twice. The cache trusts that a file whose
//! size and mtime are unchanged has unchanged bytes; an artifact is verified piece by piece when it is
//! loaded, so a stale entry can only make that load fail, never pass. `FLEXC_NO_HASH_CACHE=1`
//! bypasses it.

use crate::ImportError;
use flexc_format::safetensors::SafetensorsFile;
use flexc_format::weights::hash_range;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;

/// One byte range of one shard to hash.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Job {
    pub file: String,
    pub start: u64,
    pub end: u64,
}

/// Progress of a long step: bytes done and the total.
pub type Progress<'a> = &'a (dyn Fn(u64, u64) + Sync);

fn cache_path(dir: &Path) -> Option<PathBuf> {
    if std::env::var("FLEXC_NO_HASH_CACHE").is_ok_and(|v| v == "1") {
        return None;
    }
    let base = std::env::var_os("FLEXC_CACHE_DIR").map(PathBuf::from).or_else(|| {
        let xdg = std::env::var_os("XDG_CACHE_HOME").map(PathBuf::from);
        xdg.or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache"))).map(|c| c.join("flexc"))
    })?;
    let canonical = dir.canonicalize().ok()?;
    let key = flexc_format::sha256_hex(canonical.to_string_lossy().as_bytes());
    Some(base.join("hashes").join(format!("{key}.json")))
}

/// `(length, mtime in ns)` of a shard: what a cache entry is valid for.
fn stamp(f: &SafetensorsFile) -> Value {
    json!([f.len(), f.modified_ns()])
}

/// The sha256 of every job's bytes, in job order.
pub(crate) fn hash_jobs(
    dir: &Path,
    files: &BTreeMap<String, SafetensorsFile>,
    jobs: &[Job],
    progress: Progress<'_>,
) -> Result<Vec<String>, ImportError> {
    let path = cache_path(dir);
    let mut cache: Map<String, Value> = path
        .as_ref()
        .and_then(|p| std::fs::read(p).ok())
        .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
        .and_then(|v| v.as_object().cloned())
        .unwrap_or_default();
    // Entries of a shard whose size or mtime changed are gone.
    for (name, f) in files {
        if cache.get(name).and_then(|e| e.get("stamp")) != Some(&stamp(f)) {
            cache.insert(name.clone(), json!({ "stamp": stamp(f), "pieces": {} }));
        }
    }
    let key = |j: &Job| format!("{}-{}", j.start, j.end);
    let mut out: Vec<Option<String>> =
        jobs.iter().map(|j| cache.get(&j.file)?.get("pieces")?.get(key(j))?.as_str().map(String::from)).collect();
    let todo: Vec<usize> = {
        let mut t: Vec<usize> = (0..jobs.len()).filter(|&i| out[i].is_none()).collect();
        // Largest first, so the cores finish together.
        t.sort_by_key(|&i| std::cmp::Reverse(jobs[i].end - jobs[i].start));
        t
    };
    let total: u64 = todo.iter().map(|&i| jobs[i].end - jobs[i].start).sum();
    let done = AtomicU64::new(0);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Result<String, ImportError>)>> = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(todo.len().max(1));
    progress(0, total);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                let mut buf = vec![0u8; 4 << 20];
                loop {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&i) = todo.get(n) else { break };
                    let j = &jobs[i];
                    let r = hash_range(&files[&j.file], j.start, j.end, &mut buf).map_err(ImportError::from);
                    let now = done.fetch_add(j.end - j.start, Ordering::Relaxed) + (j.end - j.start);
                    progress(now, total);
                    results.lock().unwrap_or_else(|e| e.into_inner()).push((i, r));
                }
            });
        }
    });
    for (i, r) in results.into_inner().unwrap_or_else(|e| e.into_inner()) {
        let sha = r?;
        if let Some(pieces) =
            cache.get_mut(&jobs[i].file).and_then(|e| e.get_mut("pieces")).and_then(|p| p.as_object_mut())
        {
            pieces.insert(key(&jobs[i]), Value::String(sha.clone()));
        }
        out[i] = Some(sha);
    }
    if let Some(path) = path.filter(|_| !todo.is_empty()) {
        // Best effort: a cache that cannot be written only costs a re-hash next time.
        let _ = write_atomically(&path, &serde_json::to_vec(&Value::Object(cache)).unwrap_or_default());
    }
    Ok(out.into_iter().map(|s| s.expect("every job hashed")).collect())
}

fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().ok_or_else(|| std::io::Error::other("no parent"))?;
    std::fs::create_dir_all(dir)?;
    let tmp = flexc_format::paths::unique_temp(path);
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
