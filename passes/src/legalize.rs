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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_op_without_a_kernel_is_named_with_its_target() {
        let zeros = "0".repeat(63) + "1";
        let text = format!(
            "graph \"g\"\ninput %tokens: i32[T]\n\
             weight @emb: f32[16, 8] = \"m.safetensors\" \"emb\" at 8 rows 0..16 sha256 \"{zeros}\"\n\
             %x: f32[T, 8] = embed %tokens, @emb\n\
             %r: f32[T, 8] = rope %x {{head_dim = 4, theta = 10000.0}}\n\
             output %r\n"
        );
        let mut graph = flexc_ir::parse(&text).unwrap();
        let err = Legalize::new(vec![Target::Cuda, Target::Cpu]).run(&mut graph).unwrap_err().to_string();
        assert!(err.contains("%r: op `rope` has no cpu kernel") && err.contains("fuse-attention"), "{err}");
        graph.insts.pop();
        graph.outputs = vec!["x".into()];
        Legalize::new(Target::ALL.to_vec()).run(&mut graph).unwrap();
    }
}
