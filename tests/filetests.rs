//! Pass filetests, in the style of Cranelift's: each `tests/filetests/<pass>/*.fir` names a pipeline
//! in a `; pipeline:` header, holds the input graph, and states the expected output after a
//! `; expected:` line, commented out so that the whole file is also the input. `FLEXC_BLESS=1`
//! rewrites the expected output on purpose.

use flexc_ir::{parse, print, verify};
use flexc_passes::Pipeline;
use std::path::{Path, PathBuf};

const EXPECTED: &str = "; expected:";

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "fir") {
            out.push(p);
        }
    }
}

fn run_one(path: &Path, bless: bool) -> Result<(), String> {
    let text = std::fs::read_to_string(path).unwrap();
    let spec =
        text.lines().find_map(|l| l.strip_prefix("; pipeline:")).ok_or("no `; pipeline:` header")?.trim().to_string();
    let mut graph = parse(&text).map_err(|e| format!("input: {e}"))?;
    verify(&graph).map_err(|e| format!("input does not verify: {e}"))?;
    let pipeline = Pipeline::parse(&spec).map_err(|e| e.to_string())?;
    pipeline.run(&mut graph, |_, _| {}).map_err(|e| e.to_string())?;
    let actual = print(&graph);
    let head = text.split(EXPECTED).next().unwrap_or(&text).trim_end();
    let expected: String = match text.split_once(EXPECTED) {
        Some((_, tail)) => tail
            .lines()
            .skip(1)
            .map(|l| l.strip_prefix("; ").or_else(|| l.strip_prefix(';')).unwrap_or(l).to_string() + "\n")
            .collect(),
        None => String::new(),
    };
    if actual == expected {
        return Ok(());
    }
    if bless {
        let commented: String = actual.lines().map(|l| format!("; {l}\n")).collect();
        std::fs::write(path, format!("{head}\n\n{EXPECTED}\n{commented}")).unwrap();
        return Ok(());
    }
    let first = actual.lines().zip(expected.lines()).position(|(a, b)| a != b).unwrap_or(0);
    Err(format!(
        "output differs from the expected (first at output line {}):\n--- expected\n{expected}--- actual\n{actual}\n(FLEXC_BLESS=1 to accept)",
        first + 1
    ))
}

#[test]
fn filetests() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/filetests");
    let bless = flexc_test_support::bless();
    let mut paths = Vec::new();
    files(&root, &mut paths);
    paths.sort();
    assert!(paths.len() >= 8, "expected the filetests, found {}", paths.len());
    let failures: Vec<String> = paths
        .iter()
        .filter_map(|p| run_one(p, bless).err().map(|e| format!("{}: {e}", p.strip_prefix(&root).unwrap().display())))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} filetests failed:\n\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n\n")
    );
}
