//! The NVPTX initialisers of LLVM's C API, for `--features cuda` builds.
//!
//! cubecl's CUDA runtime carries two compilers: CUDA C++ through NVRTC, which flexc uses (the `cpp`
//! feature makes it the default, and the artifacts record that source), and a PTX path through LLVM,
//! which is never taken. That path still links LLVM's NVPTX back end, which the static LLVM of the
//! cpu runtime (scripts/bootstrap-llvm.sh) does not build. These stand in for its four initialisers,
//! so that a CUDA build links; were the PTX path ever taken, they stop the process with a message
//! instead of running an LLVM without the target.

fn no_nvptx(what: &str) -> ! {
    eprintln!(
        "flexc: {what}: this build's LLVM has no NVPTX back end; flexc compiles CUDA through NVRTC (cubecl's \
         CUDA C++ compiler), never through LLVM"
    );
    std::process::abort()
}

#[no_mangle]
pub extern "C" fn LLVMInitializeNVPTXTargetInfo() {
    no_nvptx("LLVMInitializeNVPTXTargetInfo")
}

#[no_mangle]
pub extern "C" fn LLVMInitializeNVPTXTarget() {
    no_nvptx("LLVMInitializeNVPTXTarget")
}

#[no_mangle]
pub extern "C" fn LLVMInitializeNVPTXTargetMC() {
    no_nvptx("LLVMInitializeNVPTXTargetMC")
}

#[no_mangle]
pub extern "C" fn LLVMInitializeNVPTXAsmPrinter() {
    no_nvptx("LLVMInitializeNVPTXAsmPrinter")
}
