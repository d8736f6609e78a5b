//! Text -> graph. Every error names the line and column.

use super::lexer::{lex_line, Spanned, Tok};
use crate::graph::{Attr, Graph, Input, Inst, Op, Piece, Weight};
use crate::types::{DType, Dim, Type};
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub col: usize,
    pub msg: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}: {}", self.line, self.col, self.msg)
    }
}

impl std::error::Error for ParseError {}

/// Where each statement of a parsed graph came from, for error messages of later stages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    /// 1-based line of each instruction, by instruction index.
    pub inst_lines: Vec<usize>,
    /// 1-based line of each weight declaration, by weight index.
    pub weight_lines: Vec<usize>,
}

/// Parses the text form.
pub fn parse(src: &str) -> Result<Graph, ParseError> {
    parse_with_source_map(src).map(|(g, _)| g)
}

/// Parses the text form and reports the line of every instruction and weight.
pub fn parse_with_source_map(src: &str) -> Result<(Graph, SourceMap), ParseError> {
    let mut graph: Option<Graph> = None;
    let mut map = SourceMap::default();
    for (idx, line) in src.lines().enumerate() {
        let line_no = idx + 1;
        let toks = lex_line(line).map_err(|(col, msg)| ParseError { line: line_no, col, msg })?;
        if toks.is_empty() {
            continue;
        }
        let mut p = Cursor { toks: &toks, pos: 0, line: line_no, line_len: line.chars().count() };
        match (&toks[0].0, graph.as_mut()) {
            (Tok::Word(w), None) if w == "graph" => {
                p.pos = 1;
                let name = p.string()?;
                p.end()?;
                graph = Some(Graph {
                    name,
                    meta: BTreeMap::new(),
                    inputs: vec![],
                    weights: vec![],
                    insts: vec![],
                    outputs: vec![],
                });
            }
            (_, None) => return Err(p.error_at(0, "expected `graph \"<name>\"` as the first statement")),
            (Tok::Word(w), Some(_)) if w == "graph" => return Err(p.error_at(0, "a second `graph` statement")),
            (Tok::Word(w), Some(g)) if w == "meta" => {
                p.pos = 1;
                let key = p.word()?;
                p.expect(Tok::Equals)?;
                let value = p.attr()?;
                p.end()?;
                if g.meta.insert(key.clone(), value).is_some() {
                    return Err(p.error_at(1, &format!("meta `{key}` given twice")));
                }
            }
            (Tok::Word(w), Some(g)) if w == "input" => {
                p.pos = 1;
                let name = p.value()?;
                p.expect(Tok::Colon)?;
                let ty = p.ty()?;
                p.end()?;
                g.inputs.push(Input { name, ty });
            }
            (Tok::Word(w), Some(g)) if w == "output" => {
                p.pos = 1;
                let name = p.value()?;
                p.end()?;
                g.outputs.push(name);
            }
            (Tok::Word(w), Some(g)) if w == "weight" => {
                p.pos = 1;
                let weight = p.weight()?;
                p.end()?;
                g.weights.push(weight);
                map.weight_lines.push(line_no);
            }
            (Tok::Value(_), Some(g)) => {
                let inst = p.inst()?;
                g.insts.push(inst);
                map.inst_lines.push(line_no);
            }
            (tok, Some(_)) => {
                return Err(p.error_at(
                    0,
                    &format!(
                        "expected `meta`, `input`, `weight`, `output` or an instruction, found {}",
                        tok.describe()
                    ),
                ))
            }
        }
    }
    match graph {
        Some(g) => Ok((g, map)),
        None => Err(ParseError { line: 1, col: 1, msg: "empty graph text: expected `graph \"<name>\"`".into() }),
    }
}

struct Cursor<'a> {
    toks: &'a [Spanned],
    pos: usize,
    line: usize,
    line_len: usize,
}

impl Cursor<'_> {
    fn error_at(&self, pos: usize, msg: &str) -> ParseError {
        let col = self.toks.get(pos).map(|t| t.1).unwrap_or(self.line_len + 1);
        ParseError { line: self.line, col, msg: msg.to_string() }
    }

    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|t| &t.0)
    }

    fn next(&mut self, what: &str) -> Result<Tok, ParseError> {
        match self.toks.get(self.pos) {
            Some((t, _)) => {
                self.pos += 1;
                Ok(t.clone())
            }
            None => Err(self.error_at(self.pos, &format!("expected {what}, found end of line"))),
        }
    }

    fn unexpected(&self, what: &str, found: &Tok) -> ParseError {
        self.error_at(self.pos.saturating_sub(1), &format!("expected {what}, found {}", found.describe()))
    }

    fn expect(&mut self, want: Tok) -> Result<(), ParseError> {
        let what = want.describe();
        let t = self.next(&what)?;
        if t == want {
            Ok(())
        } else {
            Err(self.unexpected(&what, &t))
        }
    }

    fn eat(&mut self, want: &Tok) -> bool {
        if self.peek() == Some(want) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn end(&self) -> Result<(), ParseError> {
        match self.peek() {
            None => Ok(()),
            Some(t) => Err(self.error_at(self.pos, &format!("unexpected {} at end of statement", t.describe()))),
        }
    }

    fn word(&mut self) -> Result<String, ParseError> {
        match self.next("a name")? {
            Tok::Word(w) => Ok(w),
            t => Err(self.unexpected("a name", &t)),
        }
    }

    fn keyword(&mut self, kw: &str) -> Result<(), ParseError> {
        let what = format!("`{kw}`");
        match self.next(&what)? {
            Tok::Word(w) if w == kw => Ok(()),
            t => Err(self.unexpected(&what, &t)),
        }
    }

    fn string(&mut self) -> Result<String, ParseError> {
        match self.next("a string")? {
            Tok::Str(s) => Ok(s),
            t => Err(self.unexpected("a string", &t)),
        }
    }

    fn value(&mut self) -> Result<String, ParseError> {
        match self.next("a value `%name`")? {
            Tok::Value(v) => Ok(v),
            t => Err(self.unexpected("a value `%name`", &t)),
        }
    }

    fn uint(&mut self) -> Result<u64, ParseError> {
        match self.next("an integer")? {
            Tok::Int(i) => u64::try_from(i)
                .map_err(|_| self.error_at(self.pos - 1, &format!("{i} is not a non-negative 64-bit integer"))),
            t => Err(self.unexpected("a non-negative integer", &t)),
        }
    }

    fn int(&self, i: i128) -> Result<i64, ParseError> {
        i64::try_from(i).map_err(|_| self.error_at(self.pos - 1, &format!("{i} does not fit a 64-bit integer")))
    }

    fn dtype(&mut self) -> Result<DType, ParseError> {
        let w = self.word()?;
        DType::from_name(&w).ok_or_else(|| {
            self.error_at(self.pos - 1, &format!("unknown dtype `{w}` (expected f32, bf16, f16 or i32)"))
        })
    }

    fn ty(&mut self) -> Result<Type, ParseError> {
        let dtype = self.dtype()?;
        self.expect(Tok::LBracket)?;
        let mut shape = Vec::new();
        if !self.eat(&Tok::RBracket) {
            loop {
                match self.next("a dimension")? {
                    Tok::Int(n) if (0..=u64::MAX as i128).contains(&n) => shape.push(Dim::Fixed(n as u64)),
                    Tok::Word(w) if w == crate::SEQ => shape.push(Dim::Seq),
                    t => return Err(self.unexpected("a dimension (an integer or `T`)", &t)),
                }
                if self.eat(&Tok::RBracket) {
                    break;
                }
                self.expect(Tok::Comma)?;
            }
        }
        Ok(Type::new(dtype, shape))
    }

    fn attr(&mut self) -> Result<Attr, ParseError> {
        match self.next("an attribute value")? {
            Tok::Int(i) => self.int(i).map(Attr::Int),
            Tok::Float(f) => Ok(Attr::Float(f)),
            Tok::Str(s) => Ok(Attr::Str(s)),
            Tok::Word(w) if w == "true" => Ok(Attr::Bool(true)),
            Tok::Word(w) if w == "false" => Ok(Attr::Bool(false)),
            Tok::LBracket => {
                let mut items = Vec::new();
                if !self.eat(&Tok::RBracket) {
                    loop {
                        match self.next("an integer")? {
                            Tok::Int(i) => items.push(self.int(i)?),
                            t => return Err(self.unexpected("an integer", &t)),
                        }
                        if self.eat(&Tok::RBracket) {
                            break;
                        }
                        self.expect(Tok::Comma)?;
                    }
                }
                Ok(Attr::Ints(items))
            }
            t => Err(self.unexpected("an attribute value", &t)),
        }
    }

    fn weight(&mut self) -> Result<Weight, ParseError> {
        let name = match self.next("a weight `@name`")? {
            Tok::WeightRef(n) => n,
            t => return Err(self.unexpected("a weight `@name`", &t)),
        };
        self.expect(Tok::Colon)?;
        let dtype = self.dtype()?;
        self.expect(Tok::LBracket)?;
        let mut shape = Vec::new();
        if !self.eat(&Tok::RBracket) {
            loop {
                shape.push(self.uint()?);
                if self.eat(&Tok::RBracket) {
                    break;
                }
                self.expect(Tok::Comma)?;
            }
        }
        self.expect(Tok::Equals)?;
        let mut pieces = Vec::new();
        loop {
            let file = self.string()?;
            let tensor = self.string()?;
            self.keyword("at")?;
            let offset = self.uint()?;
            self.keyword("rows")?;
            let row_start = self.uint()?;
            self.expect(Tok::DotDot)?;
            let row_end = self.uint()?;
            self.keyword("sha256")?;
            let sha256 = self.string()?;
            let blake3 = if self.eat(&Tok::Word("blake3".into())) { Some(self.string()?) } else { None };
            pieces.push(Piece { file, tensor, offset, row_start, row_end, sha256, blake3 });
            if !self.eat(&Tok::Comma) {
                break;
            }
        }
        Ok(Weight { name, dtype, shape, pieces })
    }

    fn inst(&mut self) -> Result<Inst, ParseError> {
        let result = self.value()?;
        self.expect(Tok::Colon)?;
        let ty = self.ty()?;
        self.expect(Tok::Equals)?;
        let op_pos = self.pos;
        let op_name = self.word()?;
        let mut args = Vec::new();
        let mut weights = Vec::new();
        if matches!(self.peek(), Some(Tok::Value(_)) | Some(Tok::WeightRef(_))) {
            loop {
                match self.next("an operand")? {
                    Tok::Value(v) if weights.is_empty() => args.push(v),
                    Tok::Value(_) => {
                        return Err(self.error_at(self.pos - 1, "value operands must come before weight operands"))
                    }
                    Tok::WeightRef(w) => weights.push(w),
                    t => return Err(self.unexpected("an operand `%value` or `@weight`", &t)),
                }
                if !self.eat(&Tok::Comma) {
                    break;
                }
            }
        }
        let mut attrs = BTreeMap::new();
        if self.eat(&Tok::LBrace) && !self.eat(&Tok::RBrace) {
            loop {
                let key_pos = self.pos;
                let key = self.word()?;
                self.expect(Tok::Equals)?;
                let value = self.attr()?;
                if attrs.insert(key.clone(), value).is_some() {
                    return Err(self.error_at(key_pos, &format!("attribute `{key}` given twice")));
                }
                if self.eat(&Tok::RBrace) {
                    break;
                }
                self.expect(Tok::Comma)?;
            }
        }
        self.end()?;
        let op = Op::build(&op_name, weights, &attrs).map_err(|msg| self.error_at(op_pos, &msg))?;
        Ok(Inst { result, ty, op, args })
    }
}
