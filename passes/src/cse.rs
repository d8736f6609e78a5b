//! `cse`: common subexpression elimination.
//!
//! Two instructions with the same op, attributes, weights and operands compute the same value (ops
//! are pure); every use of the later one is redirected to the earlier, which leaves the later dead
//! for `dce`. Guarantee: outputs unchanged; no two live instructions compute the same expression.

use crate::{Pass, PassError};
use flexc_ir::text::instruction;
use flexc_ir::Graph;
use std::collections::HashMap;

pub struct Cse;

impl Pass for Cse {
    fn name(&self) -> &'static str {
        "cse"
    }

    fn run(&self, graph: &mut Graph) -> Result<(), PassError> {
        let mut seen: HashMap<String, String> = HashMap::new();
        let mut rename: HashMap<String, String> = HashMap::new();
        for inst in &mut graph.insts {
            for a in &mut inst.args {
                if let Some(to) = rename.get(a) {
                    *a = to.clone();
                }
            }
            // The instruction's text without its result name is its expression (type included).
            let text = instruction(inst);
            let expr = text[text.find(':').unwrap_or(0)..].to_string();
            match seen.get(&expr) {
                Some(first) => {
                    rename.insert(inst.result.clone(), first.clone());
                }
                None => {
                    seen.insert(expr, inst.result.clone());
                }
            }
        }
        for o in &mut graph.outputs {
            if let Some(to) = rename.get(o) {
                *o = to.clone();
            }
        }
        Ok(())
    }
}
