//! What a fuzz target is: an entry point that reads untrusted bytes, with its seeds, its generator
//! and its own mutations. [`crate::targets`] lists flexc's; [`crate::campaign`] drives any of them.

use crate::rng::Rng;

/// How a target's inputs are mutated beyond bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A JSON document: node mutations.
    Json,
    /// Line-oriented text: line and token mutations.
    Text,
    /// Binary: byte mutations only (or the target's own).
    Bytes,
}

/// One entry point under fuzzing.
pub trait Target {
    fn name(&self) -> &'static str;
    fn shape(&self) -> Shape;
    /// Valid inputs to start from.
    fn seeds(&self) -> Vec<Vec<u8>>;
    /// A fresh input from the target's generator, when it has one.
    fn generate(&self, _rng: &mut Rng) -> Option<Vec<u8>> {
        None
    }
    /// A mutation of the target's own (for binary formats with structure), when it has one.
    fn mutate(&self, _rng: &mut Rng, _input: &[u8]) -> Option<Vec<u8>> {
        None
    }
    /// Runs the entry point: `Ok` when the input is accepted, `Err` with flexc's error when it is
    /// refused. A panic is a crash.
    fn run(&mut self, input: &[u8]) -> Result<(), String>;
}
