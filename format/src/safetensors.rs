//! Reading and writing safetensors files.
//!
//! A reader opens only regular files, reads and parses only the JSON header at open; tensor bytes are
//! read when asked for. Every inconsistency (short file, header past the end, offsets outside the data, a byte length
//! that does not match dtype and shape) is an error naming the file and tensor.

use flexc_ir::DType;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum SafetensorsError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: not a safetensors file: {reason}")]
    Malformed { path: PathBuf, reason: String },
    #[error("{path}: tensor {tensor:?}: {reason}")]
    BadTensor { path: PathBuf, tensor: String, reason: String },
}

/// Where one tensor lives in a file.
#[derive(Debug, Clone, PartialEq)]
pub struct TensorInfo {
    /// The dtype tag as written (`F32`, `BF16`, ...).
    pub dtype_name: String,
    /// The dtype, when it is one flexc computes with.
    pub dtype: Option<DType>,
    pub shape: Vec<u64>,
    /// Absolute byte range of the data in the file.
    pub start: u64,
    pub end: u64,
}

/// An open, header-parsed safetensors file. Tensor bytes are read (never mapped) when asked for, so a
/// file that shrinks underneath is an I/O error, not a crash.
pub struct SafetensorsFile {
    path: PathBuf,
    file: File,
    len: u64,
    modified_ns: u128,
    header_len: u64,
    tensors: BTreeMap<String, TensorInfo>,
}

/// The most header bytes a file may declare (what the reference implementation accepts).
pub const MAX_HEADER_BYTES: u64 = 100 << 20;

impl SafetensorsFile {
    /// Opens the file at `path`, which must be a regular file (not a link, FIFO or device).
    pub fn open(path: &Path) -> Result<SafetensorsFile, SafetensorsError> {
        let io = |source| SafetensorsError::Io { path: path.to_path_buf(), source };
        let file = crate::paths::open_regular_file(path).map_err(io)?;
        Self::from_file(path, file)
    }

    /// Opens `rel` inside `root`: a plain relative path, with no symbolic link on the way, to a
    /// regular file.
    pub fn open_in(root: &Path, rel: &str) -> Result<SafetensorsFile, SafetensorsError> {
        Self::open_in_with(root, rel, crate::paths::Links::Refuse)
    }

    /// Opens `rel` inside `root`, a plain relative path to a regular file, with symbolic links on the
    /// way refused or followed as `links` says.
    pub fn open_in_with(
        root: &Path,
        rel: &str,
        links: crate::paths::Links,
    ) -> Result<SafetensorsFile, SafetensorsError> {
        let file =
            crate::paths::open_in(root, rel, links).map_err(|(path, source)| SafetensorsError::Io { path, source })?;
        Self::from_file(&root.join(rel), file)
    }

    fn from_file(path: &Path, file: File) -> Result<SafetensorsFile, SafetensorsError> {
        let io = |source| SafetensorsError::Io { path: path.to_path_buf(), source };
        let malformed = |reason: String| SafetensorsError::Malformed { path: path.to_path_buf(), reason };
        let meta = file.metadata().map_err(io)?;
        let len = meta.len();
        let modified_ns =
            meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos());
        if len < 8 {
            return Err(malformed(format!("file is {len} bytes, shorter than the 8-byte header length")));
        }
        let mut prefix = [0u8; 8];
        file.read_exact_at(&mut prefix, 0).map_err(io)?;
        let header_len = u64::from_le_bytes(prefix);
        if header_len > MAX_HEADER_BYTES || 8 + header_len > len {
            return Err(malformed(format!(
                "header length {header_len} runs past the end of the file ({len} bytes) or over {MAX_HEADER_BYTES}: truncated?"
            )));
        }
        let mut header = vec![0u8; header_len as usize];
        file.read_exact_at(&mut header, 8).map_err(io)?;
        let tensors = parse_header(path, &header, len)?;
        Ok(SafetensorsFile { path: path.to_path_buf(), file, len, modified_ns, header_len, tensors })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file's length in bytes.
    pub fn len(&self) -> u64 {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The file's modification time when opened, in ns since the epoch (0 when unknown).
    pub fn modified_ns(&self) -> u128 {
        self.modified_ns
    }

    /// Where the tensor data starts: after the 8-byte length and the JSON header.
    pub fn data_start(&self) -> u64 {
        8 + self.header_len
    }

    /// The 8-byte length and the JSON header, as stored.
    pub fn header_bytes(&self) -> Result<Vec<u8>, SafetensorsError> {
        self.bytes(0, self.data_start())
    }

    pub fn tensors(&self) -> &BTreeMap<String, TensorInfo> {
        &self.tensors
    }

    pub fn get(&self, name: &str) -> Option<&TensorInfo> {
        self.tensors.get(name)
    }

    fn check_range(&self, start: u64, end: u64) -> Result<(), SafetensorsError> {
        if start > end || end > self.len {
            return Err(SafetensorsError::Malformed {
                path: self.path.clone(),
                reason: format!("byte range {start}..{end} is outside the file ({} bytes)", self.len),
            });
        }
        Ok(())
    }

    /// The bytes of the absolute range `[start, end)`, checked against the file length.
    pub fn bytes(&self, start: u64, end: u64) -> Result<Vec<u8>, SafetensorsError> {
        self.check_range(start, end)?;
        let mut out = vec![0u8; (end - start) as usize];
        self.read_into(start, &mut out)?;
        Ok(out)
    }

    /// Fills `buf` from byte `start`, checked against the file length.
    pub fn read_into(&self, start: u64, buf: &mut [u8]) -> Result<(), SafetensorsError> {
        self.check_range(start, start.saturating_add(buf.len() as u64))?;
        self.file.read_exact_at(buf, start).map_err(|source| SafetensorsError::Io { path: self.path.clone(), source })
    }
}

/// The tensors a safetensors header (the JSON, without its 8-byte length) describes in a file of
/// `file_len` bytes, every entry checked: dtype, shape, offsets within the data, byte length.
pub fn parse_header(
    path: &Path,
    header: &[u8],
    file_len: u64,
) -> Result<BTreeMap<String, TensorInfo>, SafetensorsError> {
    let malformed = |reason: String| SafetensorsError::Malformed { path: path.to_path_buf(), reason };
    let data_start = 8 + header.len() as u64;
    if data_start > file_len {
        return Err(malformed(format!("the header runs past the end of the file ({file_len} bytes)")));
    }
    let header: Value =
        serde_json::from_slice(header).map_err(|e| malformed(format!("header is not valid JSON: {e}")))?;
    let Value::Object(entries) = header else {
        return Err(malformed("header is not a JSON object".into()));
    };
    let mut tensors = BTreeMap::new();
    let data_len = file_len - data_start;
    for (name, entry) in entries {
        if name == "__metadata__" {
            continue;
        }
        let bad =
            |reason: String| SafetensorsError::BadTensor { path: path.to_path_buf(), tensor: name.clone(), reason };
        let dtype_name =
            entry.get("dtype").and_then(Value::as_str).ok_or_else(|| bad("missing string `dtype`".into()))?.to_string();
        let shape = entry
            .get("shape")
            .and_then(Value::as_array)
            .and_then(|dims| dims.iter().map(Value::as_u64).collect::<Option<Vec<u64>>>())
            .ok_or_else(|| bad("missing or malformed `shape`".into()))?;
        let offsets = entry
            .get("data_offsets")
            .and_then(Value::as_array)
            .and_then(|o| o.iter().map(Value::as_u64).collect::<Option<Vec<u64>>>())
            .filter(|o| o.len() == 2)
            .ok_or_else(|| bad("missing or malformed `data_offsets`".into()))?;
        let (begin, end) = (offsets[0], offsets[1]);
        if begin > end || end > data_len {
            return Err(bad(format!(
                "data_offsets [{begin}, {end}] lie outside the {data_len} data bytes of the file: truncated?"
            )));
        }
        let dtype = DType::from_safetensors_name(&dtype_name);
        if let Some(dt) = dtype {
            let numel = shape.iter().try_fold(1u64, |acc, &d| acc.checked_mul(d));
            let expected = numel.and_then(|n| n.checked_mul(dt.size_bytes() as u64));
            if expected != Some(end - begin) {
                return Err(bad(format!(
                    "{} bytes stored for {dtype_name} shape {shape:?} (expected {})",
                    end - begin,
                    expected.map_or("an overflowing size".to_string(), |e| e.to_string())
                )));
            }
        }
        tensors.insert(name, TensorInfo { dtype_name, dtype, shape, start: data_start + begin, end: data_start + end });
    }
    Ok(tensors)
}

/// One tensor to write.
pub struct TensorOut<'a> {
    pub name: &'a str,
    pub dtype: DType,
    pub shape: &'a [u64],
    pub bytes: &'a [u8],
}

/// The bytes of a safetensors file holding `tensors` (in the given order).
pub fn to_bytes(tensors: &[TensorOut<'_>], metadata: &BTreeMap<String, String>) -> Vec<u8> {
    let header = header_of(tensors, metadata);
    let mut out = Vec::with_capacity(8 + header.len() + tensors.iter().map(|t| t.bytes.len()).sum::<usize>());
    out.extend_from_slice(&(header.len() as u64).to_le_bytes());
    out.extend_from_slice(&header);
    for t in tensors {
        out.extend_from_slice(t.bytes);
    }
    out
}

/// One tensor entry of a header: name, dtype, shape and byte length, stored back to back in order.
pub struct HeaderEntry<'a> {
    pub name: &'a str,
    pub dtype: DType,
    pub shape: &'a [u64],
    pub byte_len: u64,
}

/// The JSON header (without its length prefix) of a file holding `entries` back to back, padded so
/// that the data starts 8-byte aligned, as the reference implementation does.
pub fn header(entries: &[HeaderEntry<'_>], metadata: &BTreeMap<String, String>) -> Vec<u8> {
    let mut header = serde_json::Map::new();
    if !metadata.is_empty() {
        header.insert("__metadata__".into(), serde_json::to_value(metadata).expect("string map"));
    }
    let mut offset = 0u64;
    for t in entries {
        let end = offset + t.byte_len;
        header.insert(
            t.name.to_string(),
            serde_json::json!({ "dtype": t.dtype.safetensors_name(), "shape": t.shape, "data_offsets": [offset, end] }),
        );
        offset = end;
    }
    let mut bytes = serde_json::to_vec(&header).expect("JSON of plain values");
    while !bytes.len().is_multiple_of(8) {
        bytes.push(b' ');
    }
    bytes
}

fn header_of(tensors: &[TensorOut<'_>], metadata: &BTreeMap<String, String>) -> Vec<u8> {
    let entries: Vec<HeaderEntry> = tensors
        .iter()
        .map(|t| HeaderEntry { name: t.name, dtype: t.dtype, shape: t.shape, byte_len: t.bytes.len() as u64 })
        .collect();
    header(&entries, metadata)
}

/// Writes tensors (in the given order) to a new safetensors file; returns the absolute data offset of
/// each tensor, in the same order.
pub fn write(path: &Path, tensors: &[TensorOut<'_>], metadata: &BTreeMap<String, String>) -> std::io::Result<Vec<u64>> {
    let header_bytes = header_of(tensors, metadata);
    let mut out = std::io::BufWriter::new(File::create(path)?);
    out.write_all(&(header_bytes.len() as u64).to_le_bytes())?;
    out.write_all(&header_bytes)?;
    let mut offsets = Vec::with_capacity(tensors.len());
    let mut offset = 8 + header_bytes.len() as u64;
    for t in tensors {
        out.write_all(t.bytes)?;
        offsets.push(offset);
        offset += t.bytes.len() as u64;
    }
    out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
    Ok(offsets)
}
