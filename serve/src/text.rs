//! A sequence's generated text, decoded as its tokens come and cut at the request's stop strings.
//!
//! Each token costs two decodes of a window of a few tokens, not a decode of everything generated so
//! far: the window starts one decoded token back (`prefix`), so that a token's text is decoded in its
//! context (a decoder may join or space a token by its neighbour), and the text a new token adds is
//! what decoding the window with it gives beyond decoding the window without it. A token that ends
//! inside a character (a byte-level token holding part of a UTF-8 sequence) adds nothing until the
//! token that completes it. Stop strings are looked for only where a new one can be: in the bytes
//! just added and the stop length before them. The first stop string to appear ends the text, before
//! it (one that starts earlier but is complete only later comes too late).

use flexc_runtime::TextTokenizer;

pub(crate) struct TextStream {
    pub(crate) ids: Vec<u32>,
    text: String,
    /// The window's start: where the last decoding that added text started.
    prefix: usize,
    /// The tokens whose text is in `text`.
    read: usize,
    /// The bytes of `text` already handed out.
    sent: usize,
    stop: Vec<String>,
    /// Bytes of a stop string's prefix that may still be completed: held back from what is handed out.
    hold: usize,
    pub(crate) stopped: bool,
}

impl TextStream {
    pub(crate) fn new(stop: Vec<String>) -> TextStream {
        let hold = stop.iter().map(|s| s.len().saturating_sub(1)).max().unwrap_or(0);
        TextStream { ids: vec![], text: String::new(), prefix: 0, read: 0, sent: 0, stop, hold, stopped: false }
    }

    /// Adds a token; returns the text now safe to hand out.
    pub(crate) fn push(&mut self, tokenizer: Option<&TextTokenizer>, id: u32) -> String {
        self.ids.push(id);
        let searched = self.text.len();
        if let Some(t) = tokenizer {
            self.decode_window(t, false);
        }
        if self.cut_at_stop(searched) {
            return self.take(self.text.len());
        }
        self.take(floor_boundary(&self.text, self.text.len().saturating_sub(self.hold)))
    }

    /// Whatever is left at the end, including a last token's incomplete character.
    pub(crate) fn rest(&mut self, tokenizer: Option<&TextTokenizer>) -> String {
        if !self.stopped {
            let searched = self.text.len();
            if let Some(t) = tokenizer {
                self.decode_window(t, true);
            }
            self.cut_at_stop(searched);
        }
        self.take(self.text.len())
    }

    /// Appends the text the tokens past `read` add, unless it ends inside a character (and this is
    /// not the end).
    fn decode_window(&mut self, t: &TextTokenizer, end: bool) {
        if self.read == self.ids.len() {
            return;
        }
        let (Ok(before), Ok(now)) = (t.decode(&self.ids[self.prefix..self.read]), t.decode(&self.ids[self.prefix..]))
        else {
            return;
        };
        if now.len() <= before.len() && !end {
            return; // nothing new yet (a token of no text, or part of a character)
        }
        if !now.starts_with(before.as_str()) {
            // The decoder rewrote the window's text given before: what is new is then what a decode of
            // everything gives beyond the text so far.
            if let Ok(all) = t.decode(&self.ids) {
                if let Some(new) = all.strip_prefix(self.text.as_str()) {
                    if end || !new.ends_with('\u{fffd}') {
                        self.text.push_str(new);
                        self.prefix = self.read;
                        self.read = self.ids.len();
                    }
                }
            }
            return;
        }
        let new = &now[before.len()..];
        if new.ends_with('\u{fffd}') && !end {
            return;
        }
        self.text.push_str(new);
        self.prefix = self.read;
        self.read = self.ids.len();
    }

    /// Cuts the text before the earliest stop string that ends past byte `searched` (any ending
    /// before it was found by an earlier call). True when one was found.
    fn cut_at_stop(&mut self, searched: usize) -> bool {
        let from = floor_boundary(&self.text, searched.saturating_sub(self.hold));
        let tail = &self.text[from..];
        if let Some(at) = self.stop.iter().filter(|s| !s.is_empty()).filter_map(|s| tail.find(s.as_str())).min() {
            self.text.truncate(from + at);
            self.stopped = true;
            return true;
        }
        false
    }

    fn take(&mut self, end: usize) -> String {
        let end = end.max(self.sent).min(self.text.len());
        let out = self.text[self.sent..end].to_string();
        self.sent = end;
        out
    }
}

/// The largest char boundary of `s` at or before `at`.
fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::TextStream;
    use flexc_runtime::TextTokenizer;
    use std::path::Path;

    fn tokenizer() -> TextTokenizer {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../models/tiny-flexolmo/tokenizer.json");
        TextTokenizer::load(Path::new(path)).unwrap()
    }

    /// Streams `ids` one at a time; returns the pieces handed out (the last from `rest`).
    fn stream(t: &TextTokenizer, ids: &[u32], stop: &[&str]) -> (Vec<String>, bool) {
        let mut s = TextStream::new(stop.iter().map(|s| s.to_string()).collect());
        let mut pieces = Vec::new();
        for &id in ids {
            pieces.push(s.push(Some(t), id));
            if s.stopped {
                return (pieces, true);
            }
        }
        pieces.push(s.rest(Some(t)));
        (pieces, false)
    }

    #[test]
    fn streamed_pieces_join_to_the_decode_of_every_token() {
        let t = tokenizer();
        let texts = [
            "The math expert solves 12 + 30 = 42.",
            "naïve café, 東京 and emoji 🎉🚀 split over byte tokens",
            "  leading spaces\nand\ttabs  ",
        ];
        let mut cases: Vec<Vec<u32>> = texts.iter().map(|s| t.encode(s).unwrap()).collect();
        // Arbitrary ids too, whose bytes need not be valid UTF-8 at all.
        let mut x = 0x2545_f491_u32;
        for len in [1, 2, 7, 40, 200] {
            cases.push(
                (0..len)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        x % 385
                    })
                    .collect(),
            );
        }
        for ids in cases {
            let (pieces, stopped) = stream(&t, &ids, &[]);
            assert!(!stopped);
            assert_eq!(pieces.concat(), t.decode(&ids).unwrap(), "ids {ids:?}");
        }
        // A character split over tokens is handed out whole, once complete.
        let ids = t.encode("🎉").unwrap();
        assert!(ids.len() > 1, "the emoji is more than one byte token: {ids:?}");
        let (pieces, _) = stream(&t, &ids, &[]);
        assert!(pieces[..ids.len() - 1].iter().all(|p| p.is_empty()), "{pieces:?}");
        assert_eq!(pieces[ids.len() - 1], "🎉");
    }

    #[test]
    fn a_stop_string_ends_the_text_before_it_even_across_tokens() {
        let t = tokenizer();
        let full = "one two three, four five";
        let ids = t.encode(full).unwrap();
        for stop in ["three", "e, f", "o", "five"] {
            let (pieces, stopped) = stream(&t, &ids, &[stop, "absent"]);
            assert!(stopped, "{stop:?}");
            assert_eq!(pieces.concat(), &full[..full.find(stop).unwrap()], "{stop:?}");
        }
        // The earliest of several stops wins, whichever is listed first.
        let (pieces, _) = stream(&t, &ids, &["four", "two"]);
        assert_eq!(pieces.concat(), "one ");
        // A stop's first bytes are held back until the text shows it is not one.
        let (pieces, stopped) = stream(&t, &ids, &["three!"]);
        assert!(!stopped);
        assert_eq!(pieces.concat(), full);
        for i in 0..ids.len() {
            let out = pieces[..=i].concat().len();
            let decoded = t.decode(&ids[..=i]).unwrap().len();
            assert!(out + "three".len() <= decoded || out == 0, "token {i}: {out} of {decoded} bytes out");
        }
    }

    /// What streaming must give, the slow way: after each token, the text of all of them, and in it,
    /// once it ends on a whole character, the earliest stop string; at the end, the text as it is.
    fn decoded_then_cut(t: &TextTokenizer, ids: &[u32], stop: &[String]) -> String {
        let earliest = |text: &str| stop.iter().filter(|s| !s.is_empty()).filter_map(|s| text.find(s.as_str())).min();
        for i in 1..=ids.len() {
            let text = t.decode(&ids[..i]).unwrap();
            if text.ends_with('\u{fffd}') && i < ids.len() {
                continue;
            }
            if let Some(at) = earliest(&text) {
                return text[..at].to_string();
            }
        }
        t.decode(ids).unwrap()
    }

    proptest::proptest! {
        /// Any ids (their bytes need not be UTF-8) and stop strings taken from the text or not in it:
        /// the pieces streamed join to the decode of every token, cut before the first stop string
        /// to appear.
        #[test]
        fn streaming_equals_decoding_everything(
            ids in proptest::collection::vec(0u32..385, 0..80),
            picks in proptest::collection::vec((0.0f64..1.0, 1usize..5), 0..3),
            absent in proptest::bool::ANY,
        ) {
            let t = tokenizer();
            let text = t.decode(&ids).unwrap();
            let mut stop: Vec<String> = picks
                .iter()
                .filter_map(|&(at, len)| {
                    let start = super::floor_boundary(&text, (at * text.len() as f64) as usize);
                    let end = super::floor_boundary(&text, start + len);
                    (end > start).then(|| text[start..end].to_string())
                })
                .collect();
            if absent {
                stop.push("\u{1}never".into());
            }
            let refs: Vec<&str> = stop.iter().map(String::as_str).collect();
            let (pieces, _) = stream(&t, &ids, &refs);
            let expected = decoded_then_cut(&t, &ids, &stop);
            proptest::prop_assert_eq!(pieces.concat(), expected);
        }
    }

    #[test]
    fn without_a_tokenizer_only_the_ids_are_kept() {
        let mut s = TextStream::new(vec!["x".into()]);
        assert_eq!(s.push(None, 5), "");
        assert_eq!(s.push(None, 6), "");
        assert_eq!(s.rest(None), "");
        assert_eq!(s.ids, [5, 6]);
        assert!(!s.stopped);
    }
}
