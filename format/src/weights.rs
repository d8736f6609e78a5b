//! Reading the bytes a [`Weight`] refers to.
//!
//! A [`WeightReader`] resolves piece files against one directory (a checkpoint or an artifact) and
//! its weight store, keeps each file open once, checks every piece against the file's own header
//! before reading it, and hashes pieces as it reads them.

use crate::paths::locate;
use crate::safetensors::{SafetensorsError, SafetensorsFile};
use flexc_ir::graph::MAX_WEIGHT_BYTES;
use flexc_ir::{DType, Piece, Weight};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

#[derive(Debug, thiserror::Error)]
pub enum TensorError {
    #[error(transparent)]
    File(#[from] SafetensorsError),
    #[error("weight @{weight}: {reason}")]
    Weight { weight: String, reason: String },
    #[error("{0}")]
    Path(String),
}

/// Reads the bytes of weight references. Files are opened once (through [`crate::paths::open_in`]:
/// plain relative paths to regular files, with no symbolic link unless the reader is a checkpoint's)
/// and shared by every thread using the reader.
pub struct WeightReader {
    root: PathBuf,
    store: Option<PathBuf>,
    links: crate::paths::Links,
    files: Mutex<HashMap<String, Arc<SafetensorsFile>>>,
}

/// How many bytes are hashed at a time while reading: small enough to still be in the cache when
/// hashed, large enough for few reads.
const CHUNK: usize = 4 << 20;

impl WeightReader {
    pub fn new(root: &Path) -> WeightReader {
        Self::with_store(root, None)
    }

    /// A reader that also resolves `@store/...` files against a shared weight store.
    pub fn with_store(root: &Path, store: Option<&Path>) -> WeightReader {
        WeightReader {
            root: root.to_path_buf(),
            store: store.map(Path::to_path_buf),
            links: crate::paths::Links::Refuse,
            files: Mutex::new(HashMap::new()),
        }
    }

    /// A reader of a checkpoint's files, which may be symbolic links to regular files (as in the
    /// HuggingFace cache); an artifact's reader refuses links.
    pub fn checkpoint(root: &Path) -> WeightReader {
        WeightReader { links: crate::paths::Links::Follow, ..Self::new(root) }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The open file a piece names.
    pub fn file(&self, name: &str) -> Result<Arc<SafetensorsFile>, TensorError> {
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(f) = files.get(name) {
            return Ok(f.clone());
        }
        let (dir, rel) = locate(&self.root, self.store.as_deref(), name).ok_or_else(|| {
            TensorError::Path(format!(
                "weight file {name:?} is neither a plain relative path nor a store object (@store/objects/..), \
                 or names a store that is not configured"
            ))
        })?;
        let f = Arc::new(SafetensorsFile::open_in_with(dir, rel, self.links)?);
        files.insert(name.to_string(), f.clone());
        Ok(f)
    }

    /// The file and absolute byte range of one piece of `w`, after checking the piece against the
    /// file's header (tensor present, dtype, offset, rows within the tensor).
    pub fn piece_range(&self, w: &Weight, p: &Piece) -> Result<(Arc<SafetensorsFile>, u64, u64), TensorError> {
        let bad = |reason: String| TensorError::Weight { weight: w.name.clone(), reason };
        let file = self.file(&p.file)?;
        let info = file
            .get(&p.tensor)
            .ok_or_else(|| bad(format!("tensor {:?} is not in {}", p.tensor, file.path().display())))?;
        if info.dtype != Some(w.dtype) {
            return Err(bad(format!("tensor {:?} is {} but the weight is {}", p.tensor, info.dtype_name, w.dtype)));
        }
        if info.start != p.offset {
            return Err(bad(format!(
                "tensor {:?} starts at byte {} of {}, the graph says {}",
                p.tensor,
                info.start,
                file.path().display(),
                p.offset
            )));
        }
        let row_bytes = w.row_len().saturating_mul(w.dtype.size_bytes() as u64);
        let range = p.row_start.checked_mul(row_bytes).zip(p.row_end.checked_mul(row_bytes));
        let fits = |(s, e): (u64, u64)| {
            info.start.checked_add(e).is_some_and(|end| end <= info.end)
                && s <= e
                && (info.end - info.start) % row_bytes == 0
        };
        match range {
            Some(r) if row_bytes > 0 && fits(r) => Ok((file.clone(), info.start + r.0, info.start + r.1)),
            _ => Err(bad(format!(
                "rows {}..{} of {} elements do not fit tensor {:?} of shape {:?}",
                p.row_start,
                p.row_end,
                w.row_len(),
                p.tensor,
                info.shape
            ))),
        }
    }

    /// The bytes of one piece of `w`, after checking the piece against the file header.
    pub fn piece_bytes(&self, w: &Weight, p: &Piece) -> Result<Vec<u8>, TensorError> {
        let (file, start, end) = self.piece_range(w, p)?;
        Ok(file.bytes(start, end)?)
    }

    /// The weight's byte length, checked against the bounds every weight must keep.
    fn byte_len(w: &Weight) -> Result<usize, TensorError> {
        w.checked_byte_len().filter(|&n| n <= MAX_WEIGHT_BYTES).map(|n| n as usize).ok_or_else(|| TensorError::Weight {
            weight: w.name.clone(),
            reason: format!("shape {:?} is larger than flexc reads ({MAX_WEIGHT_BYTES} bytes at most)", w.shape),
        })
    }

    /// All bytes of a weight, pieces concatenated, in its stored dtype (not checked against the
    /// graph's hashes: see [`WeightReader::verified_bytes`]).
    pub fn bytes(&self, w: &Weight) -> Result<Vec<u8>, TensorError> {
        let mut out = vec![0u8; Self::byte_len(w)?];
        self.read_into(w, &mut out, false)?;
        Ok(out)
    }

    /// All bytes of a weight, each piece hashed as it is read and compared with the graph's sha256:
    /// the bytes returned are the bytes verified.
    pub fn verified_bytes(&self, w: &Weight) -> Result<Vec<u8>, TensorError> {
        let mut out = vec![0u8; Self::byte_len(w)?];
        self.read_into(w, &mut out, true)?;
        Ok(out)
    }

    /// Fills `out` (exactly the weight's bytes) with its pieces in order, hashing each piece as it is
    /// read when `verify` is set.
    pub fn read_into(&self, w: &Weight, out: &mut [u8], verify: bool) -> Result<(), TensorError> {
        self.read_into_observed(w, out, verify, CHUNK, |_| Ok(()))
    }

    /// [`WeightReader::read_into`], reading and hashing `chunk` bytes at a time (each hashed while it
    /// is still in the cache) and calling `each` after every chunk with the bytes of `out` read so far,
    /// which may stop the read with an error. Those bytes are hashed and never read again, so `each`
    /// may rewrite them in place (a weight packed for its kernels while its bytes are in the cache). A
    /// piece whose hash differs fails the read after its bytes are in `out`: the caller discards `out`
    /// then.
    pub fn read_into_observed(
        &self,
        w: &Weight,
        out: &mut [u8],
        verify: bool,
        chunk: usize,
        mut each: impl FnMut(&mut [u8]) -> Result<(), TensorError>,
    ) -> Result<(), TensorError> {
        let chunk = chunk.max(1);
        let mut at = 0usize;
        for p in &w.pieces {
            let (file, start, end) = self.piece_range(w, p)?;
            let len = (end - start) as usize;
            if out.len() < at + len {
                return Err(TensorError::Weight {
                    weight: w.name.clone(),
                    reason: format!("its pieces hold more than its shape {:?}", w.shape),
                });
            }
            let mut hash = PieceHash::for_piece(p);
            let mut read = 0usize;
            while read < len {
                let n = chunk.min(len - read);
                let part = &mut out[at + read..at + read + n];
                file.read_into(start + read as u64, part)?;
                if verify {
                    hash.update(part);
                }
                read += n;
                each(&mut out[..at + read])?;
            }
            if verify {
                hash.check(w, p)?;
            }
            at += len;
        }
        if at != out.len() {
            return Err(TensorError::Weight {
                weight: w.name.clone(),
                reason: format!("its pieces hold {at} bytes, its shape {:?} {} bytes", w.shape, out.len()),
            });
        }
        Ok(())
    }

    /// Reads the weight's bytes in order, in owned chunks of at most `chunk` bytes (buffers of exactly
    /// the given length from `buffer`) handed to `sink`,
    /// hashing each piece as it is read and failing on a piece whose hash differs. The chunks of a
    /// failing piece may already have reached the sink: the caller discards the whole weight then,
    /// so the bytes used are always bytes verified.
    pub fn stream_verified(
        &self,
        w: &Weight,
        chunk: usize,
        mut buffer: impl FnMut(usize) -> Vec<u8>,
        mut sink: impl FnMut(Vec<u8>) -> Result<(), TensorError>,
    ) -> Result<(), TensorError> {
        let total = Self::byte_len(w)?;
        let mut sent = 0usize;
        for p in &w.pieces {
            let (file, start, end) = self.piece_range(w, p)?;
            let mut hash = PieceHash::for_piece(p);
            let mut at = start;
            while at < end {
                let n = chunk.max(1).min((end - at) as usize);
                let mut buf = buffer(n);
                file.read_into(at, &mut buf)?;
                hash.update(&buf);
                sent += n;
                if sent > total {
                    return Err(TensorError::Weight {
                        weight: w.name.clone(),
                        reason: format!("its pieces hold more than its shape {:?}", w.shape),
                    });
                }
                sink(buf)?;
                at += n as u64;
            }
            hash.check(w, p)?;
        }
        if sent != total {
            return Err(TensorError::Weight {
                weight: w.name.clone(),
                reason: format!("its pieces hold {sent} bytes, its shape {:?} {total} bytes", w.shape),
            });
        }
        Ok(())
    }

    /// A weight converted to f32, verified against the graph's hashes.
    pub fn f32(&self, w: &Weight) -> Result<Vec<f32>, TensorError> {
        let bytes = self.verified_bytes(w)?;
        Ok(to_f32(w.dtype, &bytes))
    }

    /// Re-hashes every piece of `w` with every hash recorded for it (sha256, and BLAKE3 when
    /// present), streaming, and calls `each` with every chunk read (for checks of the values).
    pub fn check_all_hashes(
        &self,
        w: &Weight,
        mut each: impl FnMut(&[u8]) -> Result<(), TensorError>,
    ) -> Result<(), TensorError> {
        let mut buf = vec![0u8; CHUNK];
        for p in &w.pieces {
            let (file, start, end) = self.piece_range(w, p)?;
            let mut sha = Sha256::new();
            let mut b3 = blake3::Hasher::new();
            let mut at = start;
            while at < end {
                let n = buf.len().min((end - at) as usize);
                file.read_into(at, &mut buf[..n])?;
                sha.update(&buf[..n]);
                if p.blake3.is_some() {
                    b3.update(&buf[..n]);
                }
                each(&buf[..n])?;
                at += n as u64;
            }
            check_hash(w, p, "sha256", &p.sha256, &hex(sha.finalize()))?;
            if let Some(want) = &p.blake3 {
                check_hash(w, p, "blake3", want, &b3.finalize().to_hex())?;
            }
        }
        Ok(())
    }
}

/// The hash a load checks a piece with: BLAKE3 when the piece records one (every packed piece does),
/// else sha256.
enum PieceHash {
    Blake3(Box<blake3::Hasher>),
    Sha256(Sha256),
}

impl PieceHash {
    fn for_piece(p: &Piece) -> PieceHash {
        match p.blake3 {
            Some(_) => PieceHash::Blake3(Box::new(blake3::Hasher::new())),
            None => PieceHash::Sha256(Sha256::new()),
        }
    }

    fn update(&mut self, bytes: &[u8]) {
        match self {
            PieceHash::Blake3(h) => {
                h.update(bytes);
            }
            PieceHash::Sha256(h) => h.update(bytes),
        }
    }

    fn check(self, w: &Weight, p: &Piece) -> Result<(), TensorError> {
        match self {
            PieceHash::Blake3(h) => {
                check_hash(w, p, "blake3", p.blake3.as_deref().unwrap_or(""), &h.finalize().to_hex())
            }
            PieceHash::Sha256(h) => check_hash(w, p, "sha256", &p.sha256, &hex(h.finalize())),
        }
    }
}

fn check_hash(w: &Weight, p: &Piece, kind: &str, want: &str, got: &str) -> Result<(), TensorError> {
    if got == want {
        return Ok(());
    }
    Err(TensorError::Weight {
        weight: w.name.clone(),
        reason: format!(
            "rows {}..{} of {:?} in {} hash to {kind} {got}, expected {want}",
            p.row_start, p.row_end, p.tensor, p.file
        ),
    })
}

/// The hex sha256 of `[start, end)` of `file`, read in chunks through `buf`.
pub fn hash_range(file: &SafetensorsFile, start: u64, end: u64, buf: &mut [u8]) -> Result<String, TensorError> {
    let mut hash = Sha256::new();
    let mut at = start;
    while at < end {
        let n = buf.len().min((end - at) as usize);
        file.read_into(at, &mut buf[..n])?;
        hash.update(&buf[..n]);
        at += n as u64;
    }
    Ok(hex(hash.finalize()))
}

fn hex(digest: impl AsRef<[u8]>) -> String {
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(Sha256::digest(bytes))
}

pub fn blake3_hex(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

/// Converts little-endian stored values to f32.
pub fn to_f32(dtype: DType, bytes: &[u8]) -> Vec<f32> {
    match dtype {
        DType::F32 => bytes.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect(),
        DType::Bf16 => bytes.chunks_exact(2).map(|c| half::bf16::from_le_bytes([c[0], c[1]]).to_f32()).collect(),
        DType::F16 => bytes.chunks_exact(2).map(|c| half::f16::from_le_bytes([c[0], c[1]]).to_f32()).collect(),
        DType::I32 => bytes.chunks_exact(4).map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]) as f32).collect(),
    }
}
