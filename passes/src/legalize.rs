//! `legalize`: the conversion target check at the end of every pipeline.
//!
//! Changes nothing. Fails, naming the instruction, its op and the target, when an op left in the graph
//! has no kernel on one of the requested targets (as MLIR's conversion targets declare which ops are
//! legal). What is legal is the lowering's own answer ([`flexc_lower::has_kernel`]), so the check and
//! the lowering cannot disagree.
//! Guarantee: the graph lowers to a plan for every requested target.

use crate::{Pass, PassError};
use flexc_ir::Graph;
use flexc_lower::Target;

pub struct Legalize {
    targets: Vec<Target>,
}

impl Legalize {
    pub fn new(mut targets: Vec<Target>) -> Legalize {
        targets.sort();
        targets.dedup();
        Legalize { targets }
    }
}

impl Pass for Legalize {
    fn name(&self) -> &'static str {
        "legalize"
    }

    fn spec(&self) -> String {
        let names: Vec<&str> = self.targets.iter().map(|t| t.name()).collect();
        format!("legalize{{targets={}}}", names.join(","))
    }

    fn run(&self, graph: &mut Graph) -> Result<(), PassError> {
        for inst in &graph.insts {
            for &target in &self.targets {
                if !flexc_lower::has_kernel(&inst.op, target) {
                    return Err(PassError::Failed {
                        pass: self.name().into(),
                        reason: format!(
                            "%{}: op `{}` has no {} kernel{}",
                            inst.result,
                            inst.op.name(),
                            target.name(),
                            flexc_lower::fusion_hint(&inst.op)
                        ),
                    });
                }
            }
        }
        Ok(())
    }
}
