//! `fuse-residual-norm`: a post-norm and the residual add around it, in one op.
//!
//! FlexOlmo normalises each sub-block's output before adding it to the residual stream:
//! `add %x, rms_norm(%y)`. Each such `add` (the norm on either side, the right one preferred) becomes
//! `residual_norm %x, %y, @weight`, one kernel that reads `y` once and writes the sum. The norm is
//! left dead for `dce` unless something else reads it.
//! Guarantee: bit-identical values (`x + n` is `n + x` in floating point).

use crate::{Pass, PassError};
use flexc_ir::{Graph, Op};

pub struct FuseResidualNorm;

impl Pass for FuseResidualNorm {
    fn name(&self) -> &'static str {
        "fuse-residual-norm"
    }

    fn run(&self, graph: &mut Graph) -> Result<(), PassError> {
        for i in 0..graph.insts.len() {
            if graph.insts[i].op != Op::Add {
                continue;
            }
            let args = graph.insts[i].args.clone();
            let norm_of = |value: &str| match graph.inst(value) {
                Some(inst) => match &inst.op {
                    Op::RmsNorm { weight, eps } => Some((inst.args[0].clone(), weight.clone(), *eps)),
                    _ => None,
                },
                None => None,
            };
            let (residual, (normed, weight, eps)) = match (norm_of(&args[1]), norm_of(&args[0])) {
                (Some(n), _) => (args[0].clone(), n),
                (None, Some(n)) => (args[1].clone(), n),
                (None, None) => continue,
            };
            graph.insts[i].op = Op::ResidualNorm { weight, eps };
            graph.insts[i].args = vec![residual, normed];
        }
        Ok(())
    }
}
