//! Token ids as people type them: `3,17,5` on the command line.

/// The most ids one list may hold: more than any context flexc runs, far less than memory.
pub const MAX_TOKEN_IDS: usize = 1 << 24;

/// A non-empty comma-separated list of token ids (`3, 17,5`; empty items are skipped). Each id must
/// fit in 32 bits; whether it is in the vocabulary is the engine's check ([`crate::Engine::check_prompt`]).
pub fn parse_token_ids(text: &str) -> Result<Vec<u32>, String> {
    let mut ids = Vec::new();
    for item in text.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if ids.len() == MAX_TOKEN_IDS {
            return Err(format!("more than {MAX_TOKEN_IDS} token ids"));
        }
        let id = item.parse::<u32>().map_err(|_| {
            let shown: String = item.chars().take(40).collect();
            format!("{shown:?} is not a token id (an integer from 0 to {})", u32::MAX)
        })?;
        ids.push(id);
    }
    if ids.is_empty() {
        return Err("no token ids given".into());
    }
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_and_junk_is_named() {
        assert_eq!(parse_token_ids(" 3, 17,,5 ").unwrap(), vec![3, 17, 5]);
        assert!(parse_token_ids(" , ").unwrap_err().contains("no token ids"));
        assert!(parse_token_ids("3,-1").unwrap_err().contains("\"-1\" is not a token id"));
        assert!(parse_token_ids("4294967296").unwrap_err().contains("is not a token id"));
    }
}
