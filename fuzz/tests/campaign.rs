//! A short campaign on every target (the long one is `scripts/fuzz.sh`), and every input that once
//! crashed a target, replayed.

use flexc_fuzz::campaign::{campaign, capture_panics, run_one};
use flexc_fuzz::targets;
use std::path::Path;

/// Inputs per target in the test: `FLEXC_FUZZ_RUNS`, else 3000.
fn runs() -> u64 {
    std::env::var("FLEXC_FUZZ_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(3000)
}

#[test]
fn every_target_survives_a_campaign_and_every_regression_input() {
    let scratch = tempfile::tempdir().unwrap();
    std::env::set_var("FLEXC_CACHE_DIR", scratch.path().join("cache"));
    let mut all = targets::all(scratch.path()).unwrap();
    capture_panics();

    let regressions = Path::new(env!("CARGO_MANIFEST_DIR")).join("regressions");
    let mut replayed = 0;
    for dir in std::fs::read_dir(&regressions).unwrap() {
        let dir = dir.unwrap().path();
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let target = all.iter_mut().find(|t| t.name() == name).unwrap_or_else(|| panic!("no target {name}"));
        for input in std::fs::read_dir(&dir).unwrap() {
            let path = input.unwrap().path();
            let outcome = run_one(target.as_mut(), &std::fs::read(&path).unwrap());
            let refused = outcome.unwrap_or_else(|crash| panic!("{}: {crash}", path.display()));
            assert!(refused.is_err(), "{}: every regression input here is one flexc must refuse", path.display());
            replayed += 1;
        }
    }
    assert!(replayed > 0, "no regression input replayed from {}", regressions.display());

    for target in all.iter_mut() {
        let stats = campaign(target.as_mut(), runs(), 7, |_| {});
        let crashes: Vec<&str> = stats.crashes.iter().map(|c| c.message.as_str()).collect();
        assert_eq!(stats.crashed, 0, "{}: {crashes:#?}", stats.target);
        // The campaign reaches both sides of each target's checks.
        assert!(stats.accepted > 0 && stats.rejected > 0, "{}: {stats:?}", stats.target);
    }
}
