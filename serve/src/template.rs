//! Chat templates: the checkpoint's `tokenizer_config.json` `chat_template` (carried into the artifact),
//! rendered with minijinja the way transformers renders it (`messages`, `add_generation_prompt`,
//! `bos_token`, `eos_token`, `raise_exception`).

use minijinja::{Environment, ErrorKind};
use serde::Serialize;
use serde_json::Value;

/// A message of a chat request.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct Message {
    pub role: String,
    pub content: String,
}

/// A parsed chat template with its special tokens.
pub struct ChatTemplate {
    env: Environment<'static>,
    bos: String,
    eos: String,
}

/// A special token of tokenizer_config.json: a string, or an object with `content`.
fn token(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Object(o)) => o.get("content").and_then(Value::as_str).unwrap_or("").to_string(),
        _ => String::new(),
    }
}

impl ChatTemplate {
    /// The template of a `tokenizer_config.json`, or `None` when it has none. A template that does not
    /// compile is an error naming the problem.
    pub fn from_tokenizer_config(bytes: &[u8]) -> Result<Option<ChatTemplate>, String> {
        let cfg: Value = serde_json::from_slice(bytes).map_err(|e| format!("tokenizer_config.json: {e}"))?;
        let source = match cfg.get("chat_template") {
            Some(Value::String(s)) => s.clone(),
            // A list of named templates: the one named "default".
            Some(Value::Array(list)) => list
                .iter()
                .find(|t| t.get("name").and_then(Value::as_str) == Some("default"))
                .and_then(|t| t.get("template").and_then(Value::as_str))
                .map(str::to_string)
                .ok_or("tokenizer_config.json: chat_template lists no template named \"default\"")?,
            _ => return Ok(None),
        };
        let mut env = Environment::new();
        env.add_function("raise_exception", |msg: String| -> Result<String, minijinja::Error> {
            Err(minijinja::Error::new(ErrorKind::InvalidOperation, msg))
        });
        env.add_template_owned("chat", source).map_err(|e| format!("tokenizer_config.json: chat_template: {e}"))?;
        Ok(Some(ChatTemplate { env, bos: token(cfg.get("bos_token")), eos: token(cfg.get("eos_token")) }))
    }

    /// The prompt text of `messages`, ending with the assistant's turn.
    pub fn render(&self, messages: &[Message]) -> Result<String, String> {
        let template = self.env.get_template("chat").map_err(|e| e.to_string())?;
        template
            .render(minijinja::context! {
                messages => messages,
                add_generation_prompt => true,
                bos_token => self.bos,
                eos_token => self.eos,
            })
            .map_err(|e| format!("the chat template: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tiny_models_template_renders_an_assistant_turn() {
        let bytes =
            std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../models/tiny-flexolmo/tokenizer_config.json"))
                .unwrap();
        let t = ChatTemplate::from_tokenizer_config(&bytes).unwrap().expect("a template");
        let text = t
            .render(&[
                Message { role: "system".into(), content: "Be brief.".into() },
                Message { role: "user".into(), content: "2+2?".into() },
            ])
            .unwrap();
        assert_eq!(text, "<|endoftext|><|system|>\nBe brief.\n<|user|>\n2+2?\n<|assistant|>\n");
        assert!(ChatTemplate::from_tokenizer_config(b"{}").unwrap().is_none());
        assert!(ChatTemplate::from_tokenizer_config(br#"{"chat_template": "{% if %}"}"#).is_err());
    }
}
