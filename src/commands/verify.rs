//! `flexc verify`: re-hash an artifact and prove it holds no weight of an excluded expert.

use crate::output::row;
use anyhow::Result;
use flexc_artifact::{audit, Artifact, OpenOptions};
use std::path::{Path, PathBuf};

pub fn verify(artifact: &Path, source: Option<&Path>, store: Option<PathBuf>) -> Result<()> {
    let art = Artifact::open_with(artifact, &OpenOptions { store })?;
    let checked = art.verify_weights()?;
    let report = audit(&art, source)?;
    let m = &art.manifest;
    let labels = |experts: &[flexc_artifact::Expert]| -> Vec<String> { experts.iter().map(|e| e.label()).collect() };
    let excluded = labels(&m.configuration.excluded);
    row("ok", artifact.display());
    row(
        "files",
        format!(
            "{} checked against the manifest; {} of weights re-hashed piece by piece, every value finite",
            report.files,
            crate::output::human_bytes(checked)
        ),
    );
    row("kept", labels(&m.configuration.kept).join(", "));
    row(
        "excluded",
        format!(
            "{}: no tensor by name{}",
            if excluded.is_empty() { "(none)".to_string() } else { excluded.join(", ") },
            if report.content_checked {
                ", and no packed bytes equal to any of their source rows"
            } else {
                " (give --source <MODEL> to check content too)"
            }
        ),
    );
    Ok(())
}
