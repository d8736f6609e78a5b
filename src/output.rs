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
