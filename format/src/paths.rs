//! Where the files a graph or manifest names live, and how they are opened: always inside a given
//! directory (a checkpoint, an artifact) or a weight store, through no symbolic link, and only when
//! they are regular files (never a FIFO that blocks, a device that never ends, or a link out).

use std::fs::File;
use std::io;
use std::os::unix::fs::OpenOptionsExt;
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

/// A store object's path, `objects/<2 hex>/<64 hex>-<dtype>.safetensors` (the sha256 of its data and
/// its element type): the only files a store holds.
pub fn is_store_object(rel: &str) -> bool {
    let parts: Vec<&str> = rel.split('/').collect();
    let hex = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    let Some(["objects", shard, name]) = Some(parts.as_slice()) else { return false };
    let Some((sha, dtype)) = name.strip_suffix(".safetensors").and_then(|n| n.split_once('-')) else { return false };
    hex(shard, 2) && hex(sha, 64) && sha.starts_with(shard) && ["f32", "bf16", "f16"].contains(&dtype)
}

/// Where a piece's file lives: `root/file`, or `store/rest` for `@store/rest` when `rest` is a store
/// object's path.
pub fn resolve(root: &Path, store: Option<&Path>, file: &str) -> Option<PathBuf> {
    match file.strip_prefix(STORE_PREFIX) {
        Some(rest) if is_store_object(rest) => safe_join(store?, rest),
        Some(_) => None,
        None => safe_join(root, file),
    }
}

/// The directory and relative path of a file a graph or manifest names, per [`resolve`].
pub fn locate<'a>(root: &'a Path, store: Option<&'a Path>, file: &'a str) -> Option<(&'a Path, &'a str)> {
    match file.strip_prefix(STORE_PREFIX) {
        Some(rest) if is_store_object(rest) => Some((store?, rest)),
        Some(_) => None,
        None => safe_join(root, file).map(|_| (root, file)),
    }
}

fn not_regular(path: &Path, what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, format!("{} is {what}, not a regular file", path.display()))
}

/// Whether symbolic links may lie on the way to a file. An artifact and a weight store refuse them
/// (a link could point anywhere); a checkpoint follows them (the HuggingFace cache links every
/// file of a snapshot to its blob), and its files must still be regular files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    Refuse,
    Follow,
}

/// Opens `path` for reading if it is a regular file: a symbolic link (as the last component) is
/// refused without being followed, and a FIFO or device is refused without blocking on it.
pub fn open_regular_file(path: &Path) -> io::Result<File> {
    open_regular(path, Links::Refuse)
}

fn open_regular(path: &Path, links: Links) -> io::Result<File> {
    let nofollow = if links == Links::Refuse { libc::O_NOFOLLOW } else { 0 };
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(nofollow | libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(path)
        .map_err(|e| match e.raw_os_error() {
            Some(libc::ELOOP) => not_regular(path, "a symbolic link"),
            _ => e,
        })?;
    let kind = file.metadata()?.file_type();
    if !kind.is_file() {
        return Err(not_regular(path, if kind.is_dir() { "a directory" } else { "a special file" }));
    }
    Ok(file)
}

/// Opens `root/rel` where `rel` is a plain relative path and no component below `root` is a symbolic
/// link, and the file is regular. The error carries the path it concerns.
pub fn open_within(root: &Path, rel: &str) -> Result<File, (PathBuf, io::Error)> {
    open_in(root, rel, Links::Refuse)
}

/// Opens `root/rel` where `rel` is a plain relative path and the file is regular; symbolic links
/// below `root` are refused or followed as `links` says.
pub fn open_in(root: &Path, rel: &str, links: Links) -> Result<File, (PathBuf, io::Error)> {
    let path = safe_join(root, rel).ok_or_else(|| {
        let err = io::Error::new(io::ErrorKind::InvalidInput, format!("{rel:?} is not a plain relative path"));
        (root.join(rel), err)
    })?;
    if links == Links::Follow {
        return open_regular(&path, links).map_err(|e| (path, e));
    }
    let mut at = root.to_path_buf();
    let components: Vec<Component> = Path::new(rel).components().collect();
    for c in &components[..components.len().saturating_sub(1)] {
        at.push(c);
        match std::fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => return Err((at.clone(), not_regular(&at, "a symbolic link"))),
            Ok(_) => {}
            Err(e) => return Err((at, e)),
        }
    }
    open_regular_file(&path).map_err(|e| (path, e))
}

/// Reads a whole small file inside `root` (see [`open_within`]) if it is at most `limit` bytes.
pub fn read_within(root: &Path, rel: &str, limit: u64) -> Result<Vec<u8>, (PathBuf, io::Error)> {
    read_in(root, rel, limit, Links::Refuse)
}

/// Reads a whole small file inside `root` (see [`open_in`]) if it is at most `limit` bytes.
pub fn read_in(root: &Path, rel: &str, limit: u64, links: Links) -> Result<Vec<u8>, (PathBuf, io::Error)> {
    use std::io::Read;
    let path = root.join(rel);
    let file = open_in(root, rel, links)?;
    let len = file.metadata().map_err(|e| (path.clone(), e))?.len();
    if len > limit {
        let err = io::Error::new(io::ErrorKind::InvalidData, format!("{len} bytes, over the limit of {limit}"));
        return Err((path, err));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(limit).read_to_end(&mut bytes).map_err(|e| (path, e))?;
    Ok(bytes)
}

/// A fresh name beside `path` for writing before renaming into place: hidden, and unique per process,
/// time and call, so concurrent writers never share one.
pub fn unique_temp(path: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!(".{name}.tmp-{}-{nanos}-{n}", std::process::id()))
}

/// The directory an output is written into: `out`'s parent, or `.`.
pub fn parent_of(out: &Path) -> PathBuf {
    match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Output directories created for a write, removed again unless the write is kept: an output whose
/// parent directories do not exist yet gets them, and a write that fails leaves none behind.
#[derive(Debug, Default)]
pub struct CreatedDirs {
    /// Innermost first.
    dirs: Vec<PathBuf>,
}

impl CreatedDirs {
    /// Creates `dir` and any of its missing ancestors.
    pub fn create(dir: &Path) -> io::Result<CreatedDirs> {
        let mut dirs = Vec::new();
        let mut at = Some(dir);
        while let Some(d) = at.filter(|d| !d.as_os_str().is_empty() && std::fs::symlink_metadata(d).is_err()) {
            dirs.push(d.to_path_buf());
            at = d.parent();
        }
        let mut created = CreatedDirs::default();
        for d in dirs.iter().rev() {
            std::fs::create_dir(d)?;
            created.dirs.insert(0, d.clone());
        }
        Ok(created)
    }

    /// Keeps the directories: the write they were made for is committed.
    pub fn keep(&mut self) {
        self.dirs.clear();
    }
}

impl Drop for CreatedDirs {
    fn drop(&mut self) {
        // Only empty directories go: anything another process put there stays.
        for d in &self.dirs {
            let _ = std::fs::remove_dir(d);
        }
    }
}

/// Flushes a directory's entries (a rename or a new file in it) to disk.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn created_output_directories_go_unless_kept() {
        let root = std::env::temp_dir().join(unique_temp(Path::new("flexc-created-dirs")).file_name().unwrap());
        std::fs::create_dir(&root).unwrap();
        let deep = root.join("a/b/c");
        let created = CreatedDirs::create(&deep).unwrap();
        assert!(deep.is_dir());
        drop(created);
        assert!(!root.join("a").exists(), "directories made for a write that failed stay behind");
        let mut created = CreatedDirs::create(&deep).unwrap();
        created.keep();
        drop(created);
        assert!(deep.is_dir());
        // Existing directories are never removed, nor created ones another process filled.
        let mut first = CreatedDirs::create(&deep).unwrap();
        assert!(first.dirs.is_empty());
        first.keep();
        let more = CreatedDirs::create(&root.join("a/x/y")).unwrap();
        std::fs::write(root.join("a/x/file"), b"kept").unwrap();
        drop(more);
        assert!(root.join("a/x/file").is_file() && !root.join("a/x/y").exists());
        // A file in the way is an error.
        std::fs::write(root.join("f"), b"").unwrap();
        assert!(CreatedDirs::create(&root.join("f/g")).is_err());
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn store_paths_are_store_objects_only() {
        let sha = "ab".to_string() + &"0".repeat(62);
        assert!(is_store_object(&format!("objects/ab/{sha}-bf16.safetensors")));
        assert!(!is_store_object(&format!("objects/ab/{sha}-i64.safetensors")));
        assert!(!is_store_object(&format!("objects/ab/{sha}.safetensors")));
        assert!(!is_store_object(&format!("objects/cd/{sha}-f32.safetensors")));
        assert!(!is_store_object("etc/hostname"));
        assert!(!is_store_object("zero"));
        assert!(resolve(Path::new("/a"), Some(Path::new("/")), "@store/etc/hostname").is_none());
        assert!(resolve(Path::new("/a"), None, "../b").is_none());
        assert!(resolve(Path::new("/a"), None, "/etc/hostname").is_none());
    }

    #[test]
    fn links_fifos_and_devices_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("f"), b"x").unwrap();
        std::os::unix::fs::symlink("/dev/zero", d.join("zero")).unwrap();
        std::os::unix::fs::symlink(d, d.join("loop")).unwrap();
        let fifo = std::ffi::CString::new(d.join("fifo").to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
        assert!(open_within(d, "f").is_ok());
        for bad in ["zero", "fifo", "loop/f", "../f", "/dev/zero"] {
            let err = open_within(d, bad).err().unwrap_or_else(|| panic!("{bad} opened"));
            assert!(!err.1.to_string().is_empty(), "{bad}");
        }
        assert!(open_regular_file(Path::new("/dev/zero")).is_err());
        assert!(read_within(d, "f", 0).is_err(), "over the limit");
        // A checkpoint follows links to regular files, and only to them.
        std::os::unix::fs::symlink(d.join("f"), d.join("link")).unwrap();
        assert!(open_within(d, "link").is_err());
        assert_eq!(read_in(d, "link", 1, Links::Follow).unwrap(), b"x");
        for bad in ["zero", "fifo", "../f", "loop"] {
            assert!(open_in(d, bad, Links::Follow).is_err(), "{bad}");
        }
    }
}
