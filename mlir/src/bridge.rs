//! Export, verification, lowering and JIT execution of an artifact's graph.

use crate::export::{build_forward, WeightValues, Weights};
use crate::MlirError;
use flexc_artifact::Artifact;
use flexc_format::WeightReader;
use flexc_ir::Graph;
use melior::dialect::DialectRegistry;
use melior::ir::operation::OperationLike;
use melior::ir::{Location, Module};
use melior::pass::PassManager;
use melior::utility::{
    parse_pass_pipeline, register_all_dialects, register_all_llvm_translations, register_all_passes,
};
use melior::{Context, ExecutionEngine};
use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

/// The lowering from the exported tensor-level module to the LLVM dialect, for the JIT.
pub const LOWERING: &str = "builtin.module(\
    one-shot-bufferize{bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map},\
    func.func(convert-linalg-to-loops),\
    expand-strided-metadata,lower-affine,convert-scf-to-cf,\
    convert-math-to-llvm,finalize-memref-to-llvm,convert-arith-to-llvm,convert-index-to-llvm,\
    convert-cf-to-llvm,convert-func-to-llvm,reconcile-unrealized-casts)";

/// An MLIR context with every upstream dialect, pass and LLVM translation registered, collecting
/// diagnostics (with their locations) for error reports.
pub struct Bridge {
    context: Context,
    diagnostics: Rc<RefCell<Vec<String>>>,
}

impl Default for Bridge {
    fn default() -> Self {
        Self::new()
    }
}

impl Bridge {
    pub fn new() -> Bridge {
        let registry = DialectRegistry::new();
        register_all_dialects(&registry);
        register_all_passes();
        let context = Context::new();
        context.append_dialect_registry(&registry);
        context.load_all_available_dialects();
        register_all_llvm_translations(&context);
        let diagnostics = Rc::new(RefCell::new(Vec::new()));
        let sink = diagnostics.clone();
        context.attach_diagnostic_handler(move |d| {
            sink.borrow_mut().push(format!("{}: {}", d.location(), d));
            true
        });
        Bridge { context, diagnostics }
    }

    fn take_diagnostics(&self) -> String {
        let lines: Vec<String> = self.diagnostics.borrow_mut().drain(..).collect();
        if lines.is_empty() {
            "(MLIR reported no diagnostic)".into()
        } else {
            lines.join("\n")
        }
    }

    /// Builds and verifies the module of `artifact`'s graph.
    pub fn module(&self, artifact: &Path, seq_len: u64, weights: Weights) -> Result<Module<'_>, MlirError> {
        let art = Artifact::open(artifact).map_err(|e| MlirError::Artifact(e.to_string()))?;
        self.module_for(&art.graph, &mut art.weight_reader(), seq_len, weights)
    }

    /// Builds and verifies the module of `graph`, reading its weights through `reader` when they are
    /// inlined.
    pub fn module_for(
        &self,
        graph: &Graph,
        reader: &WeightReader,
        seq_len: u64,
        weights: Weights,
    ) -> Result<Module<'_>, MlirError> {
        if seq_len == 0 {
            return Err(MlirError::Graph("the sequence length must be at least 1".into()));
        }
        let max = graph.meta_int("max_position_embeddings").unwrap_or(i64::MAX) as u64;
        if seq_len > max {
            return Err(MlirError::Graph(format!("sequence length {seq_len} exceeds the model's {max} positions")));
        }
        let mut values = WeightValues::new();
        if weights == Weights::Inline {
            for w in &graph.weights {
                let data = reader.f32(w).map_err(|e| MlirError::Artifact(e.to_string()))?;
                values.insert(w.name.clone(), (data, [w.rows(), w.row_len()]));
            }
        }
        let module = Module::new(Location::unknown(&self.context));
        build_forward(&self.context, &module, graph, &values, seq_len, weights)?;
        if !module.as_operation().verify() {
            return Err(MlirError::Verify(self.take_diagnostics()));
        }
        Ok(module)
    }

    /// Prefill logits `[T, vocab]` of `tokens` for `graph`: export with inline weights (T fixed to the
    /// token count), verify, canonicalize, lower to LLVM, JIT-compile and call `@forward`.
    pub fn run(&self, graph: &Graph, reader: &WeightReader, tokens: &[u32]) -> Result<Vec<f32>, MlirError> {
        let t = tokens.len() as u64;
        let vocab = graph.meta_int("vocab_size").unwrap_or(0);
        if let Some((position, token)) = tokens.iter().enumerate().find(|(_, &tok)| tok as i64 >= vocab) {
            return Err(MlirError::Graph(format!(
                "token id {token} at position {position} is outside the vocabulary of {vocab}"
            )));
        }
        let mut module = self.module_for(graph, reader, t, Weights::Inline)?;
        self.run_passes(&mut module, "builtin.module(canonicalize,cse)")?;
        self.run_passes(&mut module, LOWERING)?;
        jit_forward(&module, tokens, vocab)
    }

    /// Runs a textual pass pipeline (`builtin.module(...)`) over `module`.
    pub fn run_passes(&self, module: &mut Module<'_>, pipeline: &str) -> Result<(), MlirError> {
        let manager = PassManager::new(&self.context);
        parse_pass_pipeline(manager.as_operation_pass_manager(), pipeline)
            .map_err(|e| MlirError::Pass { pipeline: pipeline.into(), diagnostics: e.to_string() })?;
        manager
            .run(module)
            .map_err(|_| MlirError::Pass { pipeline: pipeline.into(), diagnostics: self.take_diagnostics() })?;
        if !module.as_operation().verify() {
            return Err(MlirError::Verify(self.take_diagnostics()));
        }
        Ok(())
    }
}

pub struct ExportOptions {
    pub seq_len: u64,
    pub weights: Weights,
    /// Run `canonicalize,cse` before writing.
    pub canonicalize: bool,
}

/// The artifact's graph as MLIR text, verified.
pub fn export_artifact(artifact: &Path, opts: &ExportOptions) -> Result<String, MlirError> {
    let bridge = Bridge::new();
    let mut module = bridge.module(artifact, opts.seq_len, opts.weights)?;
    if opts.canonicalize {
        bridge.run_passes(&mut module, "builtin.module(canonicalize,cse)")?;
    }
    Ok(module.as_operation().to_string())
}

/// A ranked memref descriptor as MLIR's LLVM lowering passes and returns it.
#[repr(C)]
struct MemRef<T, const N: usize> {
    allocated: *mut T,
    aligned: *mut T,
    offset: i64,
    sizes: [i64; N],
    strides: [i64; N],
}

/// Prefill logits `[T, vocab]` of `tokens` through the MLIR path (see [`Bridge::run`]).
pub fn run_artifact(artifact: &Path, tokens: &[u32]) -> Result<Vec<f32>, MlirError> {
    let art = Artifact::open(artifact).map_err(|e| MlirError::Artifact(e.to_string()))?;
    Bridge::new().run(&art.graph, &mut art.weight_reader(), tokens)
}

/// JIT-compiles a lowered module and calls `@forward` on `tokens`.
fn jit_forward(module: &Module<'_>, tokens: &[u32], vocab: i64) -> Result<Vec<f32>, MlirError> {
    let t = tokens.len() as u64;
    let engine = ExecutionEngine::new(module, 2, &[], false, false);
    if engine.lookup("_mlir_ciface_forward").is_null() {
        return Err(MlirError::Jit("the JIT-compiled module has no @forward".into()));
    }
    let mut ids: Vec<i32> = tokens.iter().map(|&t| t as i32).collect();
    let mut ids_desc = MemRef::<i32, 1> {
        allocated: ids.as_mut_ptr(),
        aligned: ids.as_mut_ptr(),
        offset: 0,
        sizes: [t as i64],
        strides: [1],
    };
    let mut result = MemRef::<f32, 2> {
        allocated: std::ptr::null_mut(),
        aligned: std::ptr::null_mut(),
        offset: 0,
        sizes: [0; 2],
        strides: [0; 2],
    };
    let mut result_ptr: *mut MemRef<f32, 2> = &mut result;
    let mut ids_ptr: *mut MemRef<i32, 1> = &mut ids_desc;
    // SAFETY: the C API calls `_mlir_ciface_forward(MemRef2 *result, MemRef1 *ids)` through its packed
    // wrapper, which takes a pointer to each argument; everything lives across the call.
    unsafe {
        engine
            .invoke_packed(
                "forward",
                &mut [
                    &mut result_ptr as *mut *mut MemRef<f32, 2> as *mut (),
                    &mut ids_ptr as *mut *mut MemRef<i32, 1> as *mut (),
                ],
            )
            .map_err(|e| MlirError::Jit(e.to_string()))?;
    }
    let [rows, cols] = result.sizes;
    if result.aligned.is_null() || rows as u64 != t || cols != vocab {
        return Err(MlirError::Jit(format!("@forward returned a [{rows}, {cols}] result, expected [{t}, {vocab}]")));
    }
    let mut out = Vec::with_capacity((rows * cols) as usize);
    for r in 0..rows {
        for c in 0..cols {
            let i = result.offset + r * result.strides[0] + c * result.strides[1];
            // SAFETY: the descriptor came from the JIT-compiled function and describes [rows, cols].
            out.push(unsafe { *result.aligned.add(i as usize) });
        }
    }
    Ok(out)
}
