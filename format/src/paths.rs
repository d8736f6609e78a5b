//! Where the files a graph or manifest names live: always inside a given directory (a checkpoint, an
//! artifact) or a weight store, never anywhere else.

use std::path::{Component, Path, PathBuf};

/// Piece files starting with this prefix live in a shared weight store, not in the directory itself.
pub const STORE_PREFIX: &str = "@store/";

/// `dir/rel` when `rel` is a plain relative path that stays inside `dir`.
pub fn safe_join(dir: &Path, rel: &str) -> Option<PathBuf> {
    let p = Path::new(rel);
    if rel.is_empty() || p.is_absolute() || p.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    Some(dir.join(p))
}

/// Where a piece's file lives: `root/file`, or `store/rest` for `@store/rest`.
pub fn resolve(root: &Path, store: Option<&Path>, file: &str) -> Option<PathBuf> {
    match file.strip_prefix(STORE_PREFIX) {
        Some(rest) => safe_join(store?, rest),
        None => safe_join(root, file),
    }
}
