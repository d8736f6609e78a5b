//! `flexc-fuzz`: runs fuzz campaigns and prints, per target, the inputs run and the crashes.
//!
//! ```text
//! flexc-fuzz [--runs N] [--seed S] [--target NAME]... [--report FILE] [--crashes DIR]
//! ```

use anyhow::{bail, Context, Result};
use flexc_fuzz::campaign::{campaign, capture_panics, Stats};
use flexc_fuzz::targets;
use std::path::PathBuf;

struct Args {
    runs: u64,
    seed: u64,
    targets: Vec<String>,
    report: Option<PathBuf>,
    crashes: Option<PathBuf>,
}

fn parse_args() -> Result<Args> {
    let mut args = Args { runs: 10_000, seed: 1, targets: vec![], report: None, crashes: None };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().with_context(|| format!("{a} needs a value"));
        match a.as_str() {
            "--runs" => args.runs = value()?.parse().context("--runs: not a count")?,
            "--seed" => args.seed = value()?.parse().context("--seed: not an integer")?,
            "--target" => args.targets.push(value()?),
            "--report" => args.report = Some(value()?.into()),
            "--crashes" => args.crashes = Some(value()?.into()),
            "-h" | "--help" => {
                println!("flexc-fuzz [--runs N] [--seed S] [--target NAME]... [--report FILE] [--crashes DIR]");
                std::process::exit(0);
            }
            other => bail!("unknown argument {other:?} (see --help)"),
        }
    }
    Ok(args)
}

fn main() -> Result<()> {
    let args = parse_args()?;
    let scratch = tempfile::tempdir()?;
    // Imports in the campaign use a hash cache of their own.
    std::env::set_var("FLEXC_CACHE_DIR", scratch.path().join("cache"));
    let mut all = targets::all(scratch.path())?;
    let known: Vec<&str> = all.iter().map(|t| t.name()).collect();
    if let Some(bad) = args.targets.iter().find(|t| !known.contains(&t.as_str())) {
        bail!("unknown target {bad:?} (targets: {})", known.join(", "));
    }
    capture_panics();
    let mut results: Vec<Stats> = Vec::new();
    for target in all.iter_mut().filter(|t| args.targets.is_empty() || args.targets.iter().any(|n| n == t.name())) {
        let stats = campaign(target.as_mut(), args.runs, args.seed, |s| {
            eprint!(
                "\r{:<14} {:>9} runs  {:>8.0}/s  {} crashes ",
                s.target,
                s.runs,
                s.runs as f64 / s.seconds,
                s.crashed
            );
        });
        eprintln!("\r{}", " ".repeat(72));
        println!(
            "{:<14} {:>9} runs  {:>9} accepted  {:>9} refused  {:>4} distinct errors  {:>3} crashes  {:>7.1} s",
            stats.target,
            stats.runs,
            stats.accepted,
            stats.rejected,
            stats.distinct_errors,
            stats.crashed,
            stats.seconds
        );
        for c in &stats.crashes {
            println!("  crash: {}", c.message.lines().next().unwrap_or(""));
            if let Some(dir) = &args.crashes {
                std::fs::create_dir_all(dir)?;
                let name =
                    format!("{}-{}", stats.target.replace([' ', '.'], "-"), &flexc_format::sha256_hex(&c.input)[..16]);
                std::fs::write(dir.join(&name), &c.input)?;
                println!("         input: {}", dir.join(&name).display());
            }
        }
        if let Some(path) = &args.report {
            update_report(path, &known, &stats, args.seed)?;
        }
        results.push(stats);
    }
    if results.iter().any(|s| s.crashed > 0) {
        std::process::exit(1);
    }
    Ok(())
}

/// Writes `stats` into the report table at `path`: one row per target, in target order, keeping the
/// rows of targets this run did not run (so that a campaign run target by target, or cut short,
/// still reports what it finished). Rows name the commit they ran at (`FLEXC_FUZZ_COMMIT`).
fn update_report(path: &std::path::Path, targets: &[&str], stats: &Stats, seed: u64) -> Result<()> {
    const HEADER: &str =
        "| target | inputs run | accepted | refused | distinct errors | crashes | seconds | seed | commit |";
    let old = std::fs::read_to_string(path).unwrap_or_default();
    let mut rows: std::collections::BTreeMap<usize, String> = std::collections::BTreeMap::new();
    for line in old.lines().filter(|l| l.starts_with("| ") && *l != HEADER) {
        let name = line.trim_start_matches("| ").split(" |").next().unwrap_or("");
        if let Some(i) = targets.iter().position(|t| *t == name) {
            rows.insert(i, line.to_string());
        }
    }
    let commit = std::env::var("FLEXC_FUZZ_COMMIT").unwrap_or_else(|_| "unknown".into());
    let s = stats;
    let row = format!(
        "| {} | {} | {} | {} | {} | {} | {:.0} | {} | {} |",
        s.target, s.runs, s.accepted, s.rejected, s.distinct_errors, s.crashed, s.seconds, seed, commit
    );
    if let Some(i) = targets.iter().position(|t| *t == s.target) {
        rows.insert(i, row);
    }
    let mut out = format!("{HEADER}\n|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for r in rows.values() {
        out += r;
        out.push('\n');
    }
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, out).with_context(|| tmp.display().to_string())?;
    std::fs::rename(&tmp, path).with_context(|| path.display().to_string())?;
    Ok(())
}
