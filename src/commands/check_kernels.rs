//! `flexc check-kernels`: compiles an artifact's emitted GPU kernels with real offline compilers.
//!
//! CUDA sources go through NVRTC (loaded at run time from NVIDIA's PyPI wheels or a CUDA toolkit) to
//! PTX and to a cubin per architecture, with ptxas' register and shared-memory report. HIP sources
//! go through clang's HIP front end to an AMD code object per architecture, with its resource-usage
//! remarks. No GPU and no GPU driver is involved. Compilers that are not found are reported, and are
//! an error only when `--require` names them.

use anyhow::{bail, Context, Result};
use flexc_artifact::Artifact;
use std::ffi::{c_char, c_int, CStr, CString};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// The architectures each language is compiled for.
pub const CUDA_ARCHS: [&str; 2] = ["sm_90a", "sm_80"];
pub const HIP_ARCHS: [&str; 2] = ["gfx90a", "gfx942"];

/// One kernel source compiled for one architecture.
struct Outcome {
    kernel: String,
    shape: Shape,
    target: &'static str,
    arch: String,
    result: Result<Report, String>,
    seconds: f64,
}

/// What a successful compile reports.
#[derive(Default)]
struct Report {
    /// Registers per thread (CUDA) or VGPRs per lane (AMD).
    registers: Option<u64>,
    /// Static shared memory (CUDA) or LDS (AMD) per block, bytes.
    shared_bytes: Option<u64>,
    /// Bytes spilled (CUDA spill stores, AMD scratch per lane).
    spill_bytes: Option<u64>,
    /// PTX and cubin, or code object, sizes.
    outputs: String,
    /// Set when the compile was skipped for a stated reason.
    skipped: Option<String>,
}

/// How the plan launches a kernel: units per cube and the dynamic shared memory of a cube.
#[derive(Clone, Copy, Default)]
struct Shape {
    threads: u64,
    shared_bytes: u64,
}

/// The resources of one SM of an NVIDIA architecture that bound how many cubes (blocks) it holds.
struct Sm {
    registers: u64,
    max_warps: u64,
    max_blocks: u64,
    shared_bytes: u64,
}

fn sm(arch: &str) -> Option<Sm> {
    match arch {
        // Hopper (H100, H200): 64 K registers, 64 warps, 32 blocks, 228 KiB shared memory.
        "sm_90a" | "sm_90" => Some(Sm { registers: 65536, max_warps: 64, max_blocks: 32, shared_bytes: 228 << 10 }),
        // Ampere A100: the same but 164 KiB of shared memory.
        "sm_80" => Some(Sm { registers: 65536, max_warps: 64, max_blocks: 32, shared_bytes: 164 << 10 }),
        _ => None,
    }
}

/// Theoretical occupancy: the share of an SM's warp slots that resident cubes of `shape` fill, given
/// `registers` per thread and `static_shared` bytes, by NVIDIA's rules (registers allocated per warp
/// in units of 256, 1 KiB of shared memory reserved per block). `None` for an unknown architecture.
fn occupancy(arch: &str, shape: Shape, registers: u64, static_shared: u64) -> Option<f64> {
    let sm = sm(arch)?;
    let warps = shape.threads.div_ceil(32).max(1);
    let regs_per_warp = (registers.max(1) * 32).div_ceil(256) * 256;
    let by_regs = sm.registers / regs_per_warp / warps;
    let by_warps = sm.max_warps / warps;
    let by_shared = sm.shared_bytes / (shape.shared_bytes + static_shared + 1024);
    let blocks = by_regs.min(by_warps).min(by_shared).min(sm.max_blocks);
    Some((blocks * warps) as f64 / sm.max_warps as f64)
}

fn cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("FLEXC_CACHE_DIR") {
        return PathBuf::from(dir);
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(|| PathBuf::from(".cache"));
    base.join("flexc")
}

// ---------------------------------------------------------------------------------------------
// NVRTC

type NvrtcProgram = *mut std::ffi::c_void;
type NvrtcResult = c_int;

/// NVRTC's C API, loaded from a shared library.
struct Nvrtc {
    _lib: libloading::Library,
    _builtins: Option<libloading::os::unix::Library>,
    path: PathBuf,
    include_dirs: Vec<PathBuf>,
    version: (c_int, c_int),
    create: unsafe extern "C" fn(
        *mut NvrtcProgram,
        *const c_char,
        *const c_char,
        c_int,
        *const *const c_char,
        *const *const c_char,
    ) -> NvrtcResult,
    compile: unsafe extern "C" fn(NvrtcProgram, c_int, *const *const c_char) -> NvrtcResult,
    destroy: unsafe extern "C" fn(*mut NvrtcProgram) -> NvrtcResult,
    log_size: unsafe extern "C" fn(NvrtcProgram, *mut usize) -> NvrtcResult,
    log: unsafe extern "C" fn(NvrtcProgram, *mut c_char) -> NvrtcResult,
    ptx_size: unsafe extern "C" fn(NvrtcProgram, *mut usize) -> NvrtcResult,
    cubin_size: unsafe extern "C" fn(NvrtcProgram, *mut usize) -> NvrtcResult,
    error_string: unsafe extern "C" fn(NvrtcResult) -> *const c_char,
}

impl Nvrtc {
    /// `FLEXC_NVRTC`, else the wheels `scripts/install-kernel-compilers.sh` installs, else the system's.
    fn find() -> Result<Nvrtc, String> {
        let mut candidates: Vec<PathBuf> = Vec::new();
        if let Some(p) = std::env::var_os("FLEXC_NVRTC") {
            candidates.push(PathBuf::from(p));
        }
        for dir in [cache_dir().join("cuda-13/nvidia/cu13/lib"), PathBuf::from("/usr/local/cuda/lib64")] {
            candidates.extend(files_starting_with(&dir, "libnvrtc.so"));
        }
        candidates.push(PathBuf::from("libnvrtc.so"));
        let mut tried = Vec::new();
        for path in candidates {
            // NVRTC opens its builtins library by name at compile time; load the one beside it first
            // (globally) so that name resolves without LD_LIBRARY_PATH.
            let builtins = preload_builtins(&path);
            // SAFETY: loading NVRTC runs its initialisers, which have no preconditions.
            match unsafe { libloading::Library::new(&path) } {
                Ok(lib) => return Nvrtc::bind(lib, builtins, path).map_err(|e| e.to_string()),
                Err(e) => tried.push(format!("{}: {e}", path.display())),
            }
        }
        Err(format!(
            "NVRTC not found (run scripts/install-kernel-compilers.sh, or set FLEXC_NVRTC); tried {}",
            tried.join("; ")
        ))
    }

    fn bind(lib: libloading::Library, builtins: Option<libloading::os::unix::Library>, path: PathBuf) -> Result<Nvrtc> {
        // SAFETY: the symbol types are NVRTC's documented C signatures.
        unsafe {
            macro_rules! sym {
                ($name:literal) => {
                    *lib.get($name).with_context(|| format!("{}: missing symbol", path.display()))?
                };
            }
            let version_fn: unsafe extern "C" fn(*mut c_int, *mut c_int) -> NvrtcResult = sym!(b"nvrtcVersion\0");
            let mut version = (0, 0);
            version_fn(&mut version.0, &mut version.1);
            let mut include_dirs = Vec::new();
            if let Some(dir) = std::env::var_os("FLEXC_CUDA_INCLUDE") {
                include_dirs.push(PathBuf::from(dir));
            } else if let Some(root) = path.parent().and_then(Path::parent) {
                for dir in [root.join("include"), root.join("include/cccl")] {
                    if dir.is_dir() {
                        include_dirs.push(dir);
                    }
                }
            }
            Ok(Nvrtc {
                create: sym!(b"nvrtcCreateProgram\0"),
                compile: sym!(b"nvrtcCompileProgram\0"),
                destroy: sym!(b"nvrtcDestroyProgram\0"),
                log_size: sym!(b"nvrtcGetProgramLogSize\0"),
                log: sym!(b"nvrtcGetProgramLog\0"),
                ptx_size: sym!(b"nvrtcGetPTXSize\0"),
                cubin_size: sym!(b"nvrtcGetCUBINSize\0"),
                error_string: sym!(b"nvrtcGetErrorString\0"),
                _lib: lib,
                _builtins: builtins,
                path,
                include_dirs,
                version,
            })
        }
    }

    fn error(&self, code: NvrtcResult) -> String {
        // SAFETY: nvrtcGetErrorString returns a static NUL-terminated string for any code.
        unsafe { CStr::from_ptr((self.error_string)(code)).to_string_lossy().into_owned() }
    }

    /// Compiles `source` for `arch`: PTX (compute_XX) and cubin (sm_XX), with ptxas' verbose report.
    fn compile(&self, source: &str, name: &str, arch: &str) -> Result<Report, String> {
        let virtual_arch = arch.replace("sm_", "compute_");
        let (ptx_bytes, _) = self.compile_one(source, name, &virtual_arch, false)?;
        let (cubin_bytes, log) = self.compile_one(source, name, arch, true)?;
        let number = |key: &str| -> Option<u64> {
            // "ptxas info    : Used 40 registers, used 0 barriers, 8 bytes smem, 380 bytes cmem[0]"
            log.lines().filter(|l| l.contains("Used")).find_map(|l| {
                let words: Vec<&str> = l.split([' ', ',']).filter(|w| !w.is_empty()).collect();
                words.windows(2).find(|w| w[1] == key).and_then(|w| w[0].parse().ok())
            })
        };
        let spills = log.lines().find_map(|l| {
            let i = l.find("bytes spill stores")?;
            l[..i].split_whitespace().last()?.parse().ok()
        });
        Ok(Report {
            registers: number("registers"),
            shared_bytes: number("smem").or(Some(0)),
            spill_bytes: spills,
            outputs: format!(
                "ptx {}, cubin {}",
                crate::output::human_bytes(ptx_bytes as u64),
                crate::output::human_bytes(cubin_bytes as u64)
            ),
            skipped: None,
        })
    }

    /// One NVRTC compile; returns the size of the PTX (or of the cubin) and the program log.
    fn compile_one(&self, source: &str, name: &str, arch: &str, cubin: bool) -> Result<(usize, String), String> {
        let src = CString::new(source).map_err(|_| "the source contains a NUL byte".to_string())?;
        let cname = CString::new(name).map_err(|_| "the name contains a NUL byte".to_string())?;
        let mut options = vec![format!("--gpu-architecture={arch}"), "-lineinfo".into(), "-std=c++17".into()];
        for dir in &self.include_dirs {
            options.push(format!("--include-path={}", dir.display()));
        }
        if cubin {
            options.push("--ptxas-options=-v".into());
        }
        let options: Vec<CString> = options.into_iter().map(|o| CString::new(o).expect("no NUL")).collect();
        let option_ptrs: Vec<*const c_char> = options.iter().map(|o| o.as_ptr()).collect();
        let mut program: NvrtcProgram = std::ptr::null_mut();
        // SAFETY: every pointer passed is valid for the call; the program is destroyed below.
        unsafe {
            let code = (self.create)(&mut program, src.as_ptr(), cname.as_ptr(), 0, std::ptr::null(), std::ptr::null());
            if code != 0 {
                return Err(format!("nvrtcCreateProgram: {}", self.error(code)));
            }
            let code = (self.compile)(program, option_ptrs.len() as c_int, option_ptrs.as_ptr());
            let mut log_len = 0usize;
            (self.log_size)(program, &mut log_len);
            let mut log_buf = vec![0u8; log_len.max(1)];
            (self.log)(program, log_buf.as_mut_ptr() as *mut c_char);
            let log =
                CStr::from_bytes_until_nul(&log_buf).map(|c| c.to_string_lossy().into_owned()).unwrap_or_default();
            let mut size = 0usize;
            let got = if code != 0 {
                Err(format!("{} for {arch}:\n{}", self.error(code), log.trim_end()))
            } else {
                let code =
                    if cubin { (self.cubin_size)(program, &mut size) } else { (self.ptx_size)(program, &mut size) };
                if code != 0 {
                    Err(format!("{} for {arch}", self.error(code)))
                } else {
                    Ok((size, log))
                }
            };
            (self.destroy)(&mut program);
            got
        }
    }
}

/// Loads `libnvrtc-builtins.so*` from the directory of `nvrtc` with RTLD_GLOBAL, if there is one.
fn preload_builtins(nvrtc: &Path) -> Option<libloading::os::unix::Library> {
    let found = files_starting_with(nvrtc.parent()?, "libnvrtc-builtins.so");
    let path = found.first()?;
    use libloading::os::unix::{Library, RTLD_GLOBAL, RTLD_NOW};
    // SAFETY: the builtins library has no initialisers with preconditions.
    unsafe { Library::open(Some(path), RTLD_NOW | RTLD_GLOBAL).ok() }
}

/// The files in `dir` whose names start with `prefix`, sorted (none if `dir` is unreadable).
fn files_starting_with(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(prefix)))
        .collect();
    found.sort();
    found
}

// ---------------------------------------------------------------------------------------------
// HIP through clang

struct HipClang {
    clang: PathBuf,
    device_libs: PathBuf,
    version: String,
}

impl HipClang {
    /// `FLEXC_HIP_CLANG`, else clang++-19 or clang++ on PATH; the device libraries from
    /// `FLEXC_ROCM_DEVICE_LIBS`, else the cache the install script fills, else Debian's.
    fn find() -> Result<HipClang, String> {
        let candidates: Vec<PathBuf> = match std::env::var_os("FLEXC_HIP_CLANG") {
            Some(p) => vec![PathBuf::from(p)],
            None => vec!["clang++-19".into(), "clang++".into()],
        };
        let mut found = None;
        for c in candidates {
            if let Ok(out) = Command::new(&c).arg("--version").output() {
                if out.status.success() {
                    let version = String::from_utf8_lossy(&out.stdout).lines().next().unwrap_or("").to_string();
                    found = Some((c, version));
                    break;
                }
            }
        }
        let (clang, version) =
            found.ok_or("clang++-19 not found (run scripts/install-kernel-compilers.sh, or set FLEXC_HIP_CLANG)")?;
        let device_libs = [
            std::env::var_os("FLEXC_ROCM_DEVICE_LIBS").map(PathBuf::from),
            Some(cache_dir().join("rocm-device-libs")),
            Some(PathBuf::from("/usr/lib/x86_64-linux-gnu/amdgcn/bitcode")),
        ]
        .into_iter()
        .flatten()
        .find(|d| d.join("ocml.bc").is_file())
        .ok_or("the ROCm device libraries (ocml.bc) were not found (apt-get install rocm-device-libs)")?;
        Ok(HipClang { clang, device_libs, version })
    }

    fn has_header(&self, header: &str) -> bool {
        ["/usr/include", "/opt/rocm/include"].iter().any(|d| Path::new(d).join(header).is_file())
    }

    fn compile(&self, file: &Path, arch: &str, scratch: &Path) -> Result<Report, String> {
        let source = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
        if source.contains("hip/hip_bf16.h") && !self.has_header("hip/hip_bf16.h") {
            return Ok(Report {
                skipped: Some("bf16: these HIP headers (Debian's HIP 5.2) have no hip/hip_bf16.h".into()),
                ..Report::default()
            });
        }
        let isa = arch.trim_start_matches("gfx");
        if !self.device_libs.join(format!("oclc_isa_version_{isa}.bc")).is_file() {
            return Ok(Report {
                skipped: Some(format!(
                    "{arch}: no oclc_isa_version_{isa}.bc in {} (scripts/install-kernel-compilers.sh adds it)",
                    self.device_libs.display()
                )),
                ..Report::default()
            });
        }
        let out = scratch.join(format!(
            "{}.{arch}.co",
            file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
        ));
        let output = Command::new(&self.clang)
            .args(["-x", "hip", &format!("--offload-arch={arch}")])
            .arg(format!("--rocm-device-lib-path={}", self.device_libs.display()))
            .args(["--cuda-device-only", "--no-gpu-bundle-output", "-O3", "-std=c++17", "-D__HIPCC_RTC__"])
            .args(["-include", "hip/hip_runtime.h", "-include", "hip/hip_fp16.h"])
            .args(["-include", "hip/amd_detail/amd_warp_functions.h"])
            .arg("-Rpass-analysis=kernel-resource-usage")
            .arg("-c")
            .arg(file)
            .arg("-o")
            .arg(&out)
            .output()
            .map_err(|e| format!("{}: {e}", self.clang.display()))?;
        let log = String::from_utf8_lossy(&output.stderr).into_owned();
        if !output.status.success() {
            let errors: Vec<&str> = log.lines().filter(|l| !l.contains("remark:")).collect();
            return Err(format!("clang exited with {} for {arch}:\n{}", output.status, errors.join("\n")));
        }
        let remark = |key: &str| -> Option<u64> {
            log.lines().find_map(|l| {
                let rest = l.split("remark:").nth(1)?.trim();
                let value = rest.strip_prefix(key)?.trim_start().strip_prefix(':')?;
                value.split_whitespace().next()?.parse().ok()
            })
        };
        let size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
        Ok(Report {
            registers: remark("VGPRs"),
            shared_bytes: remark("LDS Size [bytes/block]"),
            spill_bytes: remark("ScratchSize [bytes/lane]"),
            outputs: format!("code object {}", crate::output::human_bytes(size)),
            skipped: None,
        })
    }
}

// ---------------------------------------------------------------------------------------------

/// Runs the check over the kernels of `artifacts` (each distinct source once); `require` lists the
/// targets whose compiler must be present.
/// The plan's launch shape of kernel `name` in the `target` program of `art`.
fn launch_shape(art: &Artifact, target: &str, name: &str) -> Shape {
    let program = art.plan.programs.iter().find(|p| p.target.name() == target);
    let Some((program, instance)) = program.and_then(|p| Some((p, p.instance(name)?))) else {
        return Shape::default();
    };
    let threads = match (instance.kernel.cube_units(), program.cube_units) {
        (Some(units), _) => units,
        (None, flexc_lower::CubeUnits::Fixed(units)) => units as u64,
        (None, flexc_lower::CubeUnits::Device) => 0,
    };
    Shape { threads, shared_bytes: instance.kernel.shared_bytes() }
}

pub fn check_kernels(artifacts: &[PathBuf], require: &[String]) -> Result<()> {
    for r in require {
        if r != "cuda" && r != "hip" {
            bail!("--require: unknown target `{r}` (choose from cuda, hip)");
        }
    }
    // (kernel name, target, source path, launch shape), one per distinct (target, sha256)
    let mut sources: Vec<(String, String, PathBuf, Shape)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut listed = 0;
    for artifact in artifacts {
        let art = Artifact::open(artifact).with_context(|| format!("opening {}", artifact.display()))?;
        if art.manifest.kernels.is_empty() {
            bail!("{}: the artifact has no GPU kernels (compile it with --target cuda,hip)", artifact.display());
        }
        for k in &art.manifest.kernels {
            listed += 1;
            if k.target != "cuda" && k.target != "hip" {
                bail!("{}: kernel {} has unknown target {}", artifact.display(), k.name, k.target);
            }
            if seen.insert((k.target.clone(), k.sha256.clone())) {
                let shape = launch_shape(&art, &k.target, &k.name);
                sources.push((k.name.clone(), k.target.clone(), art.dir.join(&k.path), shape));
            }
        }
    }
    let nvrtc = Nvrtc::find();
    let clang = HipClang::find();
    match &nvrtc {
        Ok(n) => eprintln!(
            "cuda: NVRTC {}.{} ({}), architectures {}",
            n.version.0,
            n.version.1,
            n.path.display(),
            CUDA_ARCHS.join(", ")
        ),
        Err(e) => eprintln!("cuda: {e}"),
    }
    match &clang {
        Ok(c) => eprintln!("hip:  {} ({}), architectures {}", c.version, c.clang.display(), HIP_ARCHS.join(", ")),
        Err(e) => eprintln!("hip:  {e}"),
    }
    for (target, found) in [("cuda", nvrtc.is_ok()), ("hip", clang.is_ok())] {
        if !found && require.iter().any(|r| r == target) {
            bail!("--require {target}: its compiler was not found (see above)");
        }
    }
    let scratch = tempfile::tempdir().context("creating a scratch directory")?;
    let mut outcomes = Vec::new();
    for (name, target, path, shape) in &sources {
        match target.as_str() {
            "cuda" => {
                let Ok(nvrtc) = &nvrtc else { continue };
                let source = std::fs::read_to_string(path).with_context(|| format!("{}", path.display()))?;
                let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                for arch in CUDA_ARCHS {
                    let started = Instant::now();
                    let result = nvrtc.compile(&source, &file_name, arch);
                    let seconds = started.elapsed().as_secs_f64();
                    outcomes.push(Outcome {
                        kernel: name.clone(),
                        shape: *shape,
                        target: "cuda",
                        arch: arch.into(),
                        result,
                        seconds,
                    });
                }
            }
            _ => {
                let Ok(clang) = &clang else { continue };
                for arch in HIP_ARCHS {
                    let started = Instant::now();
                    let result = clang.compile(path, arch, scratch.path());
                    let seconds = started.elapsed().as_secs_f64();
                    outcomes.push(Outcome {
                        kernel: name.clone(),
                        shape: *shape,
                        target: "hip",
                        arch: arch.into(),
                        result,
                        seconds,
                    });
                }
            }
        }
    }
    let row = |kernel: &str, lang: &str, arch: &str, result: &str, numbers: [&str; 5], tail: &str| {
        println!(
            "{kernel:<48} {lang:<5} {arch:<7} {result:<7} {:>7} {:>5} {:>7} {:>6} {:>5}  {tail}",
            numbers[0], numbers[1], numbers[2], numbers[3], numbers[4]
        )
    };
    row("kernel", "lang", "arch", "result", ["threads", "regs", "shared", "spill", "occ"], "output");
    let opt = |v: Option<u64>| v.map(|v| v.to_string()).unwrap_or_else(|| "-".into());
    let mut failed = 0;
    let mut skipped = 0;
    for o in &outcomes {
        match &o.result {
            Ok(Report { skipped: Some(reason), .. }) => {
                skipped += 1;
                row(&o.kernel, o.target, &o.arch, "skipped", ["-"; 5], reason);
            }
            Ok(r) => {
                // Shared memory: the compiler's static figure plus the plan's dynamic scratch.
                let shared = r.shared_bytes.map(|s| s + o.shape.shared_bytes);
                let occ = r
                    .registers
                    .and_then(|regs| occupancy(&o.arch, o.shape, regs, r.shared_bytes.unwrap_or(0)))
                    .map_or_else(|| "-".into(), |f| format!("{:.0}%", f * 100.0));
                let n = [o.shape.threads.to_string(), opt(r.registers), opt(shared), opt(r.spill_bytes), occ];
                let tail = format!("{} in {:.2}s", r.outputs, o.seconds);
                row(&o.kernel, o.target, &o.arch, "ok", [&n[0], &n[1], &n[2], &n[3], &n[4]], &tail);
            }
            Err(e) => {
                failed += 1;
                println!("{:<48} {:<5} {:<7} FAILED", o.kernel, o.target, o.arch);
                for line in e.lines().take(20) {
                    println!("    {line}");
                }
            }
        }
    }
    let ok = outcomes.len() - failed - skipped;
    println!(
        "{ok} compiled, {skipped} skipped, {failed} failed ({} distinct of {listed} kernel sources in {} artifact(s))",
        sources.len(),
        artifacts.len()
    );
    if failed > 0 {
        bail!("{failed} kernel compile(s) failed");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn occupancy_follows_the_register_warp_and_shared_memory_limits() {
        let cube = |threads, shared_bytes| Shape { threads, shared_bytes };
        // 32 registers: 8 cubes of 8 warps fill the 64 warp slots.
        assert_eq!(occupancy("sm_90a", cube(256, 0), 32, 0), Some(1.0));
        // 48 registers: 1536 per warp, 42 warps' worth, 5 whole cubes.
        assert_eq!(occupancy("sm_90a", cube(256, 0), 48, 0), Some(40.0 / 64.0));
        // 128 registers: 2 cubes.
        assert_eq!(occupancy("sm_80", cube(256, 0), 128, 0), Some(16.0 / 64.0));
        // 100 KiB of shared memory a cube: 2 fit in Hopper's 228 KiB, 1 in Ampere's 164 KiB.
        assert_eq!(occupancy("sm_90a", cube(256, 100 << 10), 32, 0), Some(16.0 / 64.0));
        assert_eq!(occupancy("sm_80", cube(256, 100 << 10), 32, 0), Some(8.0 / 64.0));
        // Small cubes hit the 32-block limit.
        assert_eq!(occupancy("sm_90a", cube(32, 0), 16, 0), Some(32.0 / 64.0));
        assert_eq!(occupancy("gfx90a", cube(256, 0), 32, 0), None);
    }
}
