//! Mutations: of bytes (any input), of JSON documents (a node at a time, keeping the rest valid) and
//! of line-oriented text (lines and tokens, from a dictionary drawn from the seeds).

use crate::rng::Rng;
use serde_json::Value;

/// The largest input a mutation produces.
pub const MAX_INPUT: usize = 1 << 20;

/// Numbers at the edges: zero, signs, powers of two around every integer width, float extremes and
/// spellings JSON does not allow.
pub const NUMBERS: &[&str] = &[
    "0",
    "-0",
    "1",
    "-1",
    "2",
    "3",
    "7",
    "8",
    "16",
    "64",
    "255",
    "256",
    "65535",
    "65536",
    "2147483647",
    "2147483648",
    "4294967295",
    "4294967296",
    "16777216",
    "1099511627776",
    "9007199254740993",
    "9223372036854775807",
    "9223372036854775808",
    "18446744073709551615",
    "18446744073709551616",
    "-9223372036854775808",
    "-2147483649",
    "123456789012345678901234567890",
    "0.5",
    "-0.5",
    "1.0",
    "1e5",
    "1e308",
    "1e309",
    "-1e309",
    "1e-320",
    "NaN",
    "inf",
    "-inf",
    "Infinity",
];

/// Strings at the edges: paths that leave a directory, device files, store references, empty, long,
/// control and non-ASCII characters, dtype tags.
pub const STRINGS: &[&str] = &[
    "",
    ".",
    "..",
    "../..",
    "/",
    "/etc/hostname",
    "/dev/zero",
    "/proc/self/mem",
    "a/../../b",
    "weights/../../x",
    "@store/",
    "@store/../x",
    "@store/objects/00/00-f32.safetensors",
    "weights/model.safetensors",
    "model.safetensors",
    "config.json",
    "\u{0}",
    "a\u{0}b",
    "\n",
    "é",
    "\u{202e}",
    "F32",
    "BF16",
    "F16",
    "I32",
    "F64",
    "U8",
    "I64",
    "BOOL",
    "f32",
    "bf16",
    "i32",
    "cpu",
    "cuda",
    "hip",
    "wgpu",
    "header",
    "whole",
];

/// A byte-level mutation of `input`, using `others` for splices and `dict` for insertions.
pub fn bytes(rng: &mut Rng, input: &mut Vec<u8>, others: &[Vec<u8>], dict: &[String]) {
    let len = input.len();
    match rng.below(12) {
        0 if len > 0 => {
            let i = rng.below(len);
            input[i] ^= 1 << rng.below(8);
        }
        1 if len > 0 => {
            let i = rng.below(len);
            input[i] = *rng.pick(b"\0\xff\x7f\x80\"{}[],:\n 09-.%@=\\");
        }
        2 if len > 0 => {
            let i = rng.below(len);
            let n = rng.small_len(len - i);
            input.drain(i..(i + n).min(len));
        }
        3 => {
            let i = rng.below(len + 1);
            let n = rng.small_len(64);
            let junk: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
            input.splice(i..i, junk);
        }
        4 if len > 0 => {
            // Copy a range elsewhere (repeats a structure).
            let from = rng.below(len);
            let n = rng.small_len(len - from);
            let piece = input[from..(from + n).min(len)].to_vec();
            let at = rng.below(len + 1);
            input.splice(at..at, piece);
        }
        5 | 6 => {
            let word = if rng.one_in(2) && !dict.is_empty() { rng.pick(dict).as_str() } else { *rng.pick(NUMBERS) };
            let at = rng.below(len + 1);
            input.splice(at..at, word.bytes());
        }
        7 | 8 if len > 0 => {
            // Replace a run of digits with an edge number.
            let start = rng.below(len);
            if let Some(d) = input[start..].iter().position(u8::is_ascii_digit) {
                let s = start + d;
                let e = s + input[s..].iter().take_while(|c| c.is_ascii_digit() || **c == b'.').count();
                let n = rng.pick(NUMBERS);
                input.splice(s..e, n.bytes());
            }
        }
        9 if !others.is_empty() => {
            let other = rng.pick(others);
            let cut = rng.below(len + 1);
            let from = rng.below(other.len() + 1);
            input.truncate(cut);
            input.extend_from_slice(&other[from..]);
        }
        10 if len > 0 => input.truncate(rng.below(len)),
        _ => {
            let at = rng.below(len + 1);
            let s = rng.pick(STRINGS);
            input.splice(at..at, s.bytes());
        }
    }
    input.truncate(MAX_INPUT);
}

/// A JSON document with one node changed, or `None` when `input` is not JSON.
pub fn json(rng: &mut Rng, input: &[u8]) -> Option<Vec<u8>> {
    let mut doc: Value = serde_json::from_slice(input).ok()?;
    let mut count = 0usize;
    count_nodes(&doc, &mut count);
    let target = rng.below(count);
    let mut raw = None;
    let mut seen = 0usize;
    let mut donor = pick_node(&doc, rng.below(count)).cloned();
    mutate_node(rng, &mut doc, target, &mut seen, &mut raw, &mut donor);
    let mut out = if rng.one_in(2) { serde_json::to_vec(&doc) } else { serde_json::to_vec_pretty(&doc) }.ok()?;
    if let Some(raw) = raw {
        // A value JSON cannot hold (1e309, NaN, 2^64, bare words) replaces its marker as text.
        let marker = serde_json::to_string(RAW_MARKER).expect("a string serializes");
        if let Some(at) = find(&out, marker.as_bytes()) {
            out.splice(at..at + marker.len(), raw.bytes());
        }
    }
    out.truncate(MAX_INPUT);
    Some(out)
}

const RAW_MARKER: &str = "\u{1}raw\u{1}";

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn count_nodes(v: &Value, n: &mut usize) {
    *n += 1;
    match v {
        Value::Array(a) => a.iter().for_each(|x| count_nodes(x, n)),
        Value::Object(o) => o.values().for_each(|x| count_nodes(x, n)),
        _ => {}
    }
}

fn pick_node(v: &Value, mut i: usize) -> Option<&Value> {
    fn walk<'a>(v: &'a Value, i: &mut usize) -> Option<&'a Value> {
        if *i == 0 {
            return Some(v);
        }
        *i -= 1;
        match v {
            Value::Array(a) => a.iter().find_map(|x| walk(x, i)),
            Value::Object(o) => o.values().find_map(|x| walk(x, i)),
            _ => None,
        }
    }
    walk(v, &mut i)
}

fn mutate_node(
    rng: &mut Rng,
    v: &mut Value,
    target: usize,
    seen: &mut usize,
    raw: &mut Option<String>,
    donor: &mut Option<Value>,
) -> bool {
    if *seen == target {
        change(rng, v, raw, donor.take());
        return true;
    }
    *seen += 1;
    match v {
        Value::Array(a) => {
            for x in a.iter_mut() {
                if mutate_node(rng, x, target, seen, raw, donor) {
                    return true;
                }
            }
            false
        }
        Value::Object(o) => {
            for x in o.values_mut() {
                if mutate_node(rng, x, target, seen, raw, donor) {
                    return true;
                }
            }
            false
        }
        _ => false,
    }
}

fn change(rng: &mut Rng, v: &mut Value, raw: &mut Option<String>, donor: Option<Value>) {
    match rng.below(10) {
        0 | 1 => {
            *raw = Some(rng.pick(NUMBERS).to_string());
            *v = Value::String(RAW_MARKER.into());
        }
        2 => *v = Value::String(rng.pick(STRINGS).to_string()),
        3 => {
            *v = match rng.below(5) {
                0 => Value::Null,
                1 => Value::Bool(rng.one_in(2)),
                2 => Value::Array(vec![]),
                3 => Value::Object(Default::default()),
                _ => Value::String("A".repeat(rng.small_len(100_000))),
            }
        }
        4 => {
            if let Some(d) = donor {
                *v = d;
            }
        }
        5 => match v {
            Value::Array(a) if !a.is_empty() => {
                let i = rng.below(a.len());
                if rng.one_in(2) {
                    a.remove(i);
                } else {
                    let x = a[i].clone();
                    a.insert(rng.below(a.len() + 1), x);
                }
            }
            Value::Object(o) if !o.is_empty() => {
                let key = o.keys().nth(rng.below(o.len())).cloned().unwrap_or_default();
                if rng.one_in(2) {
                    o.remove(&key);
                } else if let Some(x) = o.get(&key).cloned() {
                    o.insert(format!("{key}{}", rng.below(3)), x);
                }
            }
            _ => *v = Value::Null,
        },
        6 => {
            // Nesting, deep enough to reach any recursion limit.
            let depth = rng.small_len(300);
            let mut x = std::mem::take(v);
            for _ in 0..depth {
                x = Value::Array(vec![x]);
            }
            *v = x;
        }
        7 => {
            if let Value::Number(n) = v {
                let x = n.as_i64().unwrap_or(1);
                *v = Value::from(match rng.below(4) {
                    0 => x.wrapping_add(1),
                    1 => x.wrapping_sub(1),
                    2 => x.wrapping_mul(2),
                    _ => x.wrapping_neg(),
                });
            } else if let Value::String(s) = v {
                s.push_str(rng.pick::<&str>(STRINGS));
            }
        }
        8 => {
            if let Value::String(s) = v {
                let mut b = s.clone().into_bytes();
                if !b.is_empty() {
                    let i = rng.below(b.len());
                    b[i] = b[i].wrapping_add(1 + rng.below(3) as u8);
                }
                *v = Value::String(String::from_utf8_lossy(&b).into_owned());
            }
        }
        _ => {
            *raw = Some(format!("\"{}\"", rng.pick(STRINGS).escape_default()));
            *v = Value::String(RAW_MARKER.into());
        }
    }
}

/// Tokens of a line: runs of word characters (letters, digits, `_ . % @ -`) and single other
/// characters.
pub fn tokens(line: &str) -> Vec<&str> {
    let word = |c: char| c.is_alphanumeric() || "_.%@-".contains(c);
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        match (start, word(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push(&line[s..i]);
                out.push(&line[i..i + c.len_utf8()]);
                start = None;
            }
            (None, false) => out.push(&line[i..i + c.len_utf8()]),
            (Some(_), true) => {}
        }
    }
    if let Some(s) = start {
        out.push(&line[s..]);
    }
    out
}

/// A line-oriented text with one line or token changed.
pub fn text(rng: &mut Rng, input: &[u8], others: &[Vec<u8>], dict: &[String]) -> Option<Vec<u8>> {
    let text = std::str::from_utf8(input).ok()?;
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    let n = lines.len();
    match rng.below(8) {
        0 => {
            lines.remove(rng.below(n));
        }
        1 => {
            let l = lines[rng.below(n)].clone();
            lines.insert(rng.below(n + 1), l);
        }
        2 => lines.swap(rng.below(n), rng.below(n)),
        3 => {
            let other = std::str::from_utf8(rng.pick::<Vec<u8>>(others)).unwrap_or("");
            let pool: Vec<&str> = other.lines().collect();
            if !pool.is_empty() {
                let l = rng.pick(&pool).to_string();
                lines.insert(rng.below(n + 1), l);
            }
        }
        _ => {
            let i = rng.below(n);
            let mut toks: Vec<String> = tokens(&lines[i]).into_iter().map(str::to_string).collect();
            let t = rng.below(toks.len() + 1);
            let word = match rng.below(3) {
                0 => rng.pick(NUMBERS).to_string(),
                1 if !dict.is_empty() => rng.pick(dict).clone(),
                _ => rng.pick(STRINGS).to_string(),
            };
            match rng.below(3) {
                0 if t < toks.len() => {
                    toks.remove(t);
                }
                1 => toks.insert(t, word),
                _ if t < toks.len() => toks[t] = word,
                _ => toks.push(word),
            }
            lines[i] = toks.concat();
        }
    }
    let mut out = lines.join("\n").into_bytes();
    out.push(b'\n');
    out.truncate(MAX_INPUT);
    Some(out)
}

/// Every distinct word token of `seeds` (identifiers, numbers, names), for text mutations.
pub fn dictionary(seeds: &[Vec<u8>]) -> Vec<String> {
    let mut words = std::collections::BTreeSet::new();
    for s in seeds {
        for line in String::from_utf8_lossy(s).lines() {
            for t in tokens(line) {
                if t.len() <= 64 && t.chars().next().is_some_and(|c| c.is_alphanumeric() || "_%@-".contains(c)) {
                    words.insert(t.to_string());
                }
            }
        }
    }
    words.into_iter().take(4096).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_mutations_stay_json_unless_raw() {
        let mut rng = Rng::new(1);
        let seed = br#"{"a": [1, 2, {"b": "c"}], "d": 4}"#;
        let mut parsed = 0;
        for _ in 0..200 {
            let out = json(&mut rng, seed).expect("a JSON seed mutates");
            assert_ne!(out.as_slice(), seed.as_slice());
            parsed += serde_json::from_slice::<Value>(&out).is_ok() as usize;
        }
        // Most mutations keep the document valid JSON (so the checks behind the parser are reached);
        // some write values JSON cannot hold.
        assert!(parsed > 100 && parsed < 200, "{parsed}");
    }

    #[test]
    fn tokens_split_words_from_punctuation() {
        assert_eq!(
            tokens("%x: f32[T, 4] = add %a, @w"),
            vec!["%x", ":", " ", "f32", "[", "T", ",", " ", "4", "]", " ", "=", " ", "add", " ", "%a", ",", " ", "@w"]
        );
    }

    #[test]
    fn byte_mutations_change_inputs_and_stay_bounded() {
        let mut rng = Rng::new(2);
        let mut changed = 0;
        for _ in 0..500 {
            let mut v = b"{\"n\": 12}".to_vec();
            bytes(&mut rng, &mut v, &[b"xyz".to_vec()], &["word".into()]);
            changed += (v != b"{\"n\": 12}") as usize;
            assert!(v.len() <= MAX_INPUT);
        }
        assert!(changed > 400, "{changed}");
    }
}
