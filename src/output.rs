//! How the CLI prints: labelled rows (`label        value`), byte counts and large numbers, in one
//! place so every command reads the same.

/// Prints `label` padded to the value column, then `value`.
pub fn row(label: &str, value: impl std::fmt::Display) {
    println!("{label:<12} {value}");
}

/// Prints a continuation line under a row's value.
pub fn more(value: impl std::fmt::Display) {
    println!("{:<12} {value}", "");
}

/// `label value` on stderr: progress and summaries that are not the command's output.
pub fn status(label: &str, value: impl std::fmt::Display) {
    eprintln!("{label:<12} {value}");
}

/// Progress of a long step over bytes: a bar on a terminal, else one line when it starts and one when
/// it ends (so logs stay readable).
pub struct Progress {
    label: &'static str,
    what: &'static str,
    bar: Option<indicatif::ProgressBar>,
    started: std::time::Instant,
    total: std::sync::atomic::AtomicU64,
}

impl Progress {
    pub fn new(label: &'static str, what: &'static str) -> Progress {
        use std::io::IsTerminal;
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = indicatif::ProgressBar::new(0);
            let style = format!("{label:<12} {{bar:30}} {{bytes}}/{{total_bytes}} {{binary_bytes_per_sec}} {what}");
            bar.set_style(indicatif::ProgressStyle::with_template(&style).expect("a valid template"));
            bar
        });
        Progress { label, what, bar, started: std::time::Instant::now(), total: Default::default() }
    }

    /// `done` of `total` bytes.
    pub fn update(&self, done: u64, total: u64) {
        let before = self.total.swap(total, std::sync::atomic::Ordering::Relaxed);
        match &self.bar {
            Some(bar) => {
                bar.set_length(total);
                bar.set_position(done);
            }
            None if before == 0 && total > 0 => status(self.label, format!("{} {}", human_bytes(total), self.what)),
            None => {}
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        let total = self.total.load(std::sync::atomic::Ordering::Relaxed);
        if total > 0 {
            let secs = self.started.elapsed().as_secs_f64();
            status(
                self.label,
                format!(
                    "{} {} in {secs:.2}s ({}/s)",
                    human_bytes(total),
                    self.what,
                    human_bytes((total as f64 / secs.max(1e-9)) as u64)
                ),
            );
        }
    }
}

pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1024.0 && u + 1 < UNITS.len() {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}

/// `1234567` -> `1,234,567`.
pub fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_read_well() {
        assert_eq!(super::thousands(1234567), "1,234,567");
        assert_eq!(super::thousands(12), "12");
        assert_eq!(super::human_bytes(1023), "1023 B");
        assert_eq!(super::human_bytes(1536), "1.5 KiB");
    }
}
