//! The stable text form of a graph (`.fir`): one statement per line, `;` comments.
//!
//! ```text
//! graph "flex_olmo"
//! meta vocab_size = 256
//! input %tokens: i32[T]
//! weight @model.norm.weight: f32[64] = "model.safetensors" "model.norm.weight" at 128 rows 0..1 sha256 "9f…"
//! %x0: f32[T, 64] = embed %tokens, @model.embed_tokens.weight
//! %n0: f32[T, 64] = rms_norm %x0, @model.norm.weight {eps = 1e-6}
//! output %logits
//! ```
//!
//! `parse(&print(g)) == g` for every graph (integer attributes are 64-bit signed in the text form).

mod lexer;
mod parser;
mod printer;

pub(crate) use lexer::{is_name_char, is_value_char};
pub use parser::{parse, parse_with_source_map, ParseError, SourceMap};
pub use printer::{instruction, print};
