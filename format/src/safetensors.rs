//! Reading and writing safetensors files.
//!
//! A reader maps the file and parses only its JSON header; tensor bytes are touched only when asked
//! for. Every inconsistency (short file, header past the end, offsets outside the data, a byte length
//! that does not match dtype and shape) is an error naming the file and tensor.

use flexc_ir::DType;
use memmap2::Mmap;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
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

/// An open, header-parsed safetensors file.
pub struct SafetensorsFile {
    path: PathBuf,
    mmap: Mmap,
    tensors: BTreeMap<String, TensorInfo>,
}

impl SafetensorsFile {
    pub fn open(path: &Path) -> Result<SafetensorsFile, SafetensorsError> {
        let io = |source| SafetensorsError::Io { path: path.to_path_buf(), source };
        let file = File::open(path).map_err(io)?;
        // SAFETY: the map is read-only; flexc never writes files it has mapped.
        let mmap = unsafe { Mmap::map(&file) }.map_err(io)?;
        let tensors = parse_header(path, &mmap)?;
        Ok(SafetensorsFile { path: path.to_path_buf(), mmap, tensors })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn tensors(&self) -> &BTreeMap<String, TensorInfo> {
        &self.tensors
    }

    pub fn get(&self, name: &str) -> Option<&TensorInfo> {
        self.tensors.get(name)
    }

    /// The bytes of the absolute range `[start, end)`, checked against the file length.
    pub fn bytes(&self, start: u64, end: u64) -> Result<&[u8], SafetensorsError> {
        if start > end || end > self.mmap.len() as u64 {
            return Err(SafetensorsError::Malformed {
                path: self.path.clone(),
                reason: format!("byte range {start}..{end} is outside the file ({} bytes)", self.mmap.len()),
            });
        }
        Ok(&self.mmap[start as usize..end as usize])
    }
}

fn parse_header(path: &Path, data: &[u8]) -> Result<BTreeMap<String, TensorInfo>, SafetensorsError> {
    let malformed = |reason: String| SafetensorsError::Malformed { path: path.to_path_buf(), reason };
    if data.len() < 8 {
        return Err(malformed(format!("file is {} bytes, shorter than the 8-byte header length", data.len())));
    }
    let header_len = u64::from_le_bytes(data[..8].try_into().expect("8 bytes"));
    let data_start = 8u64.checked_add(header_len).filter(|&end| end <= data.len() as u64).ok_or_else(|| {
        malformed(format!(
            "header length {header_len} runs past the end of the file ({} bytes): truncated?",
            data.len()
        ))
    })?;
    let header: Value = serde_json::from_slice(&data[8..data_start as usize])
        .map_err(|e| malformed(format!("header is not valid JSON: {e}")))?;
    let Value::Object(entries) = header else {
        return Err(malformed("header is not a JSON object".into()));
    };
    let mut tensors = BTreeMap::new();
    let data_len = data.len() as u64 - data_start;
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
