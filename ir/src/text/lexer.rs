//! Tokens of one line of the text form.

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Tok {
    Word(String),
    Value(String),
    WeightRef(String),
    Str(String),
    Int(i128),
    Float(f64),
    Colon,
    Equals,
    Comma,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    DotDot,
}

impl Tok {
    pub(crate) fn describe(&self) -> String {
        match self {
            Tok::Word(w) => format!("`{w}`"),
            Tok::Value(v) => format!("`%{v}`"),
            Tok::WeightRef(w) => format!("`@{w}`"),
            Tok::Str(s) => format!("string {s:?}"),
            Tok::Int(i) => format!("integer {i}"),
            Tok::Float(f) => format!("number {f:?}"),
            Tok::Colon => "`:`".into(),
            Tok::Equals => "`=`".into(),
            Tok::Comma => "`,`".into(),
            Tok::LBracket => "`[`".into(),
            Tok::RBracket => "`]`".into(),
            Tok::LBrace => "`{`".into(),
            Tok::RBrace => "`}`".into(),
            Tok::DotDot => "`..`".into(),
        }
    }
}

/// A token and the 1-based column it starts at.
pub(crate) type Spanned = (Tok, usize);

pub(crate) fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-'
}

pub(crate) fn is_value_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '.'
}

/// Splits one line into tokens; `;` starts a comment. Errors carry the column.
pub(crate) fn lex_line(line: &str) -> Result<Vec<Spanned>, (usize, String)> {
    let chars: Vec<char> = line.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let col = i + 1;
        match c {
            ' ' | '\t' | '\r' => i += 1,
            ';' => break,
            ':' => {
                toks.push((Tok::Colon, col));
                i += 1
            }
            '=' => {
                toks.push((Tok::Equals, col));
                i += 1
            }
            ',' => {
                toks.push((Tok::Comma, col));
                i += 1
            }
            '[' => {
                toks.push((Tok::LBracket, col));
                i += 1
            }
            ']' => {
                toks.push((Tok::RBracket, col));
                i += 1
            }
            '{' => {
                toks.push((Tok::LBrace, col));
                i += 1
            }
            '}' => {
                toks.push((Tok::RBrace, col));
                i += 1
            }
            '.' if chars.get(i + 1) == Some(&'.') => {
                toks.push((Tok::DotDot, col));
                i += 2
            }
            '%' | '@' => {
                let start = i + 1;
                let mut j = start;
                let ok: fn(char) -> bool = if c == '%' { is_value_char } else { is_name_char };
                while j < chars.len() && ok(chars[j]) {
                    j += 1;
                }
                if j == start {
                    return Err((col, format!("expected a name after `{c}`")));
                }
                let name: String = chars[start..j].iter().collect();
                toks.push((if c == '%' { Tok::Value(name) } else { Tok::WeightRef(name) }, col));
                i = j;
            }
            '"' => {
                let (s, next) = lex_string(&chars, i)?;
                toks.push((Tok::Str(s), col));
                i = next;
            }
            c if c.is_ascii_digit() || (c == '-' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())) => {
                let (tok, next) = lex_number(&chars, i)?;
                toks.push((tok, col));
                i = next;
            }
            c if c.is_ascii_alphabetic() || c == '_' || c == '-' => {
                let mut j = i;
                if chars[j] == '-' {
                    j += 1;
                }
                while j < chars.len() && (chars[j].is_ascii_alphanumeric() || chars[j] == '_') {
                    j += 1;
                }
                let word: String = chars[i..j].iter().collect();
                let tok = match word.as_str() {
                    "inf" => Tok::Float(f64::INFINITY),
                    "-inf" => Tok::Float(f64::NEG_INFINITY),
                    "NaN" => Tok::Float(f64::NAN),
                    _ if word.starts_with('-') => return Err((col, format!("unexpected `{word}`"))),
                    _ => Tok::Word(word),
                };
                toks.push((tok, col));
                i = j;
            }
            other => return Err((col, format!("unexpected character {other:?}"))),
        }
    }
    Ok(toks)
}

fn lex_string(chars: &[char], start: usize) -> Result<(String, usize), (usize, String)> {
    let mut s = String::new();
    let mut i = start + 1;
    loop {
        let Some(&c) = chars.get(i) else {
            return Err((start + 1, "unterminated string".into()));
        };
        match c {
            '"' => return Ok((s, i + 1)),
            '\\' => {
                let esc = chars.get(i + 1).copied();
                match esc {
                    Some('"') => s.push('"'),
                    Some('\\') => s.push('\\'),
                    Some('n') => s.push('\n'),
                    Some('t') => s.push('\t'),
                    Some('r') => s.push('\r'),
                    Some('u') => {
                        let hex: String = chars.get(i + 2..i + 6).map(|h| h.iter().collect()).unwrap_or_default();
                        let ch = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                        match ch {
                            Some(ch) if hex.len() == 4 => s.push(ch),
                            _ => return Err((i + 1, format!("bad escape `\\u{hex}`"))),
                        }
                        i += 4;
                    }
                    _ => return Err((i + 1, "bad escape in string".into())),
                }
                i += 2;
            }
            c => {
                s.push(c);
                i += 1;
            }
        }
    }
}

fn lex_number(chars: &[char], start: usize) -> Result<(Tok, usize), (usize, String)> {
    let mut i = start;
    if chars[i] == '-' {
        i += 1;
    }
    let digits = |i: &mut usize| {
        while *i < chars.len() && chars[*i].is_ascii_digit() {
            *i += 1;
        }
    };
    digits(&mut i);
    let mut float = false;
    if chars.get(i) == Some(&'.') && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
        float = true;
        i += 1;
        digits(&mut i);
    }
    if matches!(chars.get(i), Some('e') | Some('E')) {
        let mut j = i + 1;
        if matches!(chars.get(j), Some('+') | Some('-')) {
            j += 1;
        }
        if chars.get(j).is_some_and(|c| c.is_ascii_digit()) {
            float = true;
            i = j;
            digits(&mut i);
        }
    }
    let text: String = chars[start..i].iter().collect();
    let tok = if float {
        Tok::Float(text.parse().map_err(|_| (start + 1, format!("bad number `{text}`")))?)
    } else {
        Tok::Int(text.parse().map_err(|_| (start + 1, format!("integer `{text}` out of range")))?)
    };
    Ok((tok, i))
}

/// Quotes a string so that [`lex_line`] reads it back unchanged.
pub(crate) fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
