//! Reading the bytes a [`Weight`] refers to.
//!
//! A [`WeightReader`] resolves piece files against one directory (a checkpoint or an artifact),
//! keeps each file mapped once, checks every piece against the file's own header, and can
//! re-hash pieces.

use crate::paths::resolve;
use crate::safetensors::{SafetensorsError, SafetensorsFile};
use flexc_ir::{DType, Piece, Weight};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum TensorError {
    #[error(transparent)]
    File(#[from] SafetensorsError),
    #[error("weight @{weight}: {reason}")]
    Weight { weight: String, reason: String },
    #[error("{0}")]
    Path(String),
}

pub struct WeightReader {
    root: PathBuf,
    store: Option<PathBuf>,
    files: HashMap<String, SafetensorsFile>,
}

impl WeightReader {
    pub fn new(root: &Path) -> WeightReader {
        WeightReader { root: root.to_path_buf(), store: None, files: HashMap::new() }
    }

    /// A reader that also resolves `@store/...` files against a shared weight store.
    pub fn with_store(root: &Path, store: Option<&Path>) -> WeightReader {
        WeightReader { root: root.to_path_buf(), store: store.map(Path::to_path_buf), files: HashMap::new() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn file(&mut self, name: &str) -> Result<&SafetensorsFile, TensorError> {
        if !self.files.contains_key(name) {
            let path = resolve(&self.root, self.store.as_deref(), name).ok_or_else(|| {
                TensorError::Path(format!(
                    "weight file {name:?} is not a plain relative path, or names a store that is not configured"
                ))
            })?;
            let f = SafetensorsFile::open(&path)?;
            self.files.insert(name.to_string(), f);
        }
        Ok(&self.files[name])
    }

    /// The bytes of one piece of `w`, after checking the piece against the file header.
    pub fn piece_bytes(&mut self, w: &Weight, p: &Piece) -> Result<&[u8], TensorError> {
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
        let row_bytes = w.row_len() * w.dtype.size_bytes() as u64;
        let start = info.start + p.row_start * row_bytes;
        let end = info.start + p.row_end * row_bytes;
        if end > info.end || row_bytes == 0 || (info.end - info.start) % row_bytes != 0 {
            return Err(bad(format!(
                "rows {}..{} of {} elements do not fit tensor {:?} of shape {:?}",
                p.row_start,
                p.row_end,
                w.row_len(),
                p.tensor,
                info.shape
            )));
        }
        Ok(file.bytes(start, end)?)
    }

    /// All bytes of a weight, pieces concatenated, in its stored dtype.
    pub fn bytes(&mut self, w: &Weight) -> Result<Vec<u8>, TensorError> {
        let mut out = Vec::with_capacity(w.byte_len() as usize);
        for p in &w.pieces {
            out.extend_from_slice(self.piece_bytes(w, p)?);
        }
        Ok(out)
    }

    /// A weight converted to f32.
    pub fn f32(&mut self, w: &Weight) -> Result<Vec<f32>, TensorError> {
        let bytes = self.bytes(w)?;
        Ok(to_f32(w.dtype, &bytes))
    }

    /// Re-hashes every piece of `w` and compares with the recorded sha256.
    pub fn check_hashes(&mut self, w: &Weight) -> Result<(), TensorError> {
        for p in &w.pieces {
            let got = sha256_hex(self.piece_bytes(w, p)?);
            if got != p.sha256 {
                return Err(TensorError::Weight {
                    weight: w.name.clone(),
                    reason: format!(
                        "rows {}..{} of {:?} in {} hash to {got}, expected {}",
                        p.row_start, p.row_end, p.tensor, p.file, p.sha256
                    ),
                });
            }
        }
        Ok(())
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
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
