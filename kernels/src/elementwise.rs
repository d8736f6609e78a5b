//! Gathers: one unit per output element.

use cubecl::prelude::*;

/// `out[r, i] = table[ids[r], i]`: embedding rows for token ids.
#[cube(launch)]
pub fn embed<F: Float>(table: &[F], ids: &[u32], out: &mut [f32], rows: u32, #[comptime] d: usize) {
    let pos = ABSOLUTE_POS;
    if pos < rows as usize * d {
        let r = pos / d;
        let i = pos % d;
        let row = ids[r] as usize;
        out[pos] = f32::cast_from(table[row * d + i]);
    }
}

/// `out = a + b`: not part of any plan; the streaming-bandwidth probe the benchmarks measure a device
/// with (two reads and one write per element, nothing else).
#[cube(launch)]
pub fn add(a: &[f32], b: &[f32], out: &mut [f32]) {
    let pos = ABSOLUTE_POS;
    if pos < out.len() {
        out[pos] = a[pos] + b[pos];
    }
}
