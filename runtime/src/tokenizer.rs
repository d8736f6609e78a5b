//! `tokenizer.json` through the `tokenizers` crate.

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
#[error("{path}: {reason}")]
pub struct TokenizerError {
    pub path: PathBuf,
    pub reason: String,
}

pub struct TextTokenizer {
    inner: tokenizers::Tokenizer,
    path: PathBuf,
}

impl TextTokenizer {
    pub fn load(path: &Path) -> Result<TextTokenizer, TokenizerError> {
        let inner = tokenizers::Tokenizer::from_file(path)
            .map_err(|e| TokenizerError { path: path.to_path_buf(), reason: format!("cannot read tokenizer: {e}") })?;
        Ok(TextTokenizer { inner, path: path.to_path_buf() })
    }

    /// A tokenizer from the bytes of a `tokenizer.json` (as an artifact hashed them); `path` names it
    /// in errors.
    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<TextTokenizer, TokenizerError> {
        let inner = tokenizers::Tokenizer::from_bytes(bytes)
            .map_err(|e| TokenizerError { path: path.to_path_buf(), reason: format!("cannot read tokenizer: {e}") })?;
        Ok(TextTokenizer { inner, path: path.to_path_buf() })
    }

    pub fn encode(&self, text: &str) -> Result<Vec<u32>, TokenizerError> {
        let enc = self.inner.encode(text, false).map_err(|e| TokenizerError {
            path: self.path.clone(),
            reason: format!("cannot encode the prompt: {e}"),
        })?;
        Ok(enc.get_ids().to_vec())
    }

    pub fn decode(&self, ids: &[u32]) -> Result<String, TokenizerError> {
        self.inner
            .decode(ids, true)
            .map_err(|e| TokenizerError { path: self.path.clone(), reason: format!("cannot decode tokens: {e}") })
    }
}
