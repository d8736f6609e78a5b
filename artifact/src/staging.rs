//! Writing an artifact so that it appears whole or not at all: everything goes into a fresh
//! directory beside the destination, which one rename commits (an exchange with the earlier artifact
//! when there is one), and the parent directory is synced. A staging directory that is not committed
//! is removed.

use crate::error::WriteError;
use flexc_format::paths::{parent_of, sync_dir, unique_temp, CreatedDirs};
use std::path::{Path, PathBuf};

pub(crate) struct Staging {
    pub dir: PathBuf,
    parent: PathBuf,
    committed: bool,
    /// The destination's parent directories this write created: removed again, once the staging
    /// directory is, if the write fails.
    created: CreatedDirs,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> WriteError + '_ {
    move |source| WriteError::Io { path: path.to_path_buf(), source }
}

impl Staging {
    pub fn new(out: &Path) -> Result<Staging, WriteError> {
        let parent = parent_of(out);
        let created = CreatedDirs::create(&parent).map_err(|e| WriteError::Destination {
            path: out.to_path_buf(),
            reason: format!("its parent directory {} cannot be created: {e}", parent.display()),
        })?;
        if !parent.is_dir() {
            return Err(WriteError::Destination {
                path: out.to_path_buf(),
                reason: "its parent is not a directory".into(),
            });
        }
        let dir = unique_temp(&parent.join(out.file_name().unwrap_or("artifact".as_ref())));
        std::fs::create_dir(&dir).map_err(io(&dir))?;
        Ok(Staging { dir, parent, committed: false, created })
    }

    /// Makes the staged artifact `out`, in one rename.
    pub fn commit(mut self, out: &Path) -> Result<(), WriteError> {
        sync_dir(&self.dir).map_err(io(&self.dir))?;
        if out.exists() {
            exchange(&self.dir, out).map_err(io(out))?;
            // The staging name now holds the earlier artifact.
            let _ = std::fs::remove_dir_all(&self.dir);
        } else {
            std::fs::rename(&self.dir, out).map_err(io(out))?;
        }
        self.committed = true;
        self.created.keep();
        sync_dir(&self.parent).map_err(io(&self.parent))
    }
}

/// Swaps two directory entries atomically.
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| std::ffi::CString::new(p.as_os_str().as_bytes()).map_err(std::io::Error::other);
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: two valid NUL-terminated paths; renameat2 reads them and nothing else.
    let r = unsafe { libc::renameat2(libc::AT_FDCWD, a.as_ptr(), libc::AT_FDCWD, b.as_ptr(), libc::RENAME_EXCHANGE) };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}
