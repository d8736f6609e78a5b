//! f32 `.npy` files (version 1.0, little-endian, C order): what `flexc logits` writes and the
//! transformers fixtures are stored as.

use std::io::Write;
use std::path::Path;

/// Writes `data` with `shape` to `path` atomically: into a uniquely named temporary file beside it,
/// flushed to disk, then renamed into place, the directory synced. Missing parent directories are
/// created; a failure leaves no file, and no directory it created.
pub fn write_f32(path: &Path, shape: &[usize], data: &[f32]) -> std::io::Result<()> {
    if shape.iter().product::<usize>() != data.len() {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, "shape and data disagree"));
    }
    let dims: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
    let shape_text = if dims.len() == 1 { format!("({},)", dims[0]) } else { format!("({})", dims.join(", ")) };
    let mut header = format!("{{'descr': '<f4', 'fortran_order': False, 'shape': {shape_text}, }}");
    // Magic (6) + version (2) + header length (2) + header + '\n' is a multiple of 64.
    while (10 + header.len() + 1) % 64 != 0 {
        header.push(' ');
    }
    header.push('\n');
    let dir = crate::paths::parent_of(path);
    let mut created = crate::paths::CreatedDirs::create(&dir)?;
    let tmp = crate::paths::unique_temp(path);
    let written = (|| -> std::io::Result<()> {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
        f.write_all(b"\x93NUMPY\x01\x00")?;
        f.write_all(&(header.len() as u16).to_le_bytes())?;
        f.write_all(header.as_bytes())?;
        for x in data {
            f.write_all(&x.to_le_bytes())?;
        }
        f.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written?;
    created.keep();
    crate::paths::sync_dir(&dir)
}

/// Reads an f32 little-endian C-order `.npy` file: (shape, data).
pub fn read_f32(path: &Path) -> Result<(Vec<usize>, Vec<f32>), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let bad = |why: &str| format!("{}: not an f32 .npy file: {why}", path.display());
    if bytes.len() < 10 || &bytes[..6] != b"\x93NUMPY" {
        return Err(bad("missing magic"));
    }
    let (header_len, start) = match bytes[6] {
        1 => (u16::from_le_bytes([bytes[8], bytes[9]]) as usize, 10),
        2 | 3 if bytes.len() >= 12 => (u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize, 12),
        _ => return Err(bad("unsupported version")),
    };
    let header = std::str::from_utf8(bytes.get(start..start + header_len).ok_or_else(|| bad("short header"))?)
        .map_err(|_| bad("header is not UTF-8"))?;
    if !header.contains("'descr': '<f4'") || !header.contains("'fortran_order': False") {
        return Err(bad("expected descr '<f4' in C order"));
    }
    let open = header.find("'shape': (").ok_or_else(|| bad("no shape"))? + "'shape': (".len();
    let close = header[open..].find(')').ok_or_else(|| bad("no shape"))? + open;
    let shape: Vec<usize> = header[open..close]
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().map_err(|_| bad("bad shape")))
        .collect::<Result<_, _>>()?;
    let data_bytes = &bytes[start + header_len..];
    let n: usize = shape.iter().product();
    if data_bytes.len() != n * 4 {
        return Err(bad(&format!("{} data bytes for shape {shape:?}", data_bytes.len())));
    }
    let data = data_bytes.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
    Ok((shape, data))
}
