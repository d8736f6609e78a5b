//! Packing a weight into the panels the cpu program's micro-kernels read (`Kernel::weight_panels`):
//! a weight `[n, k]` becomes `n / p` panels `[k][p]`, each in the bytes its `p` rows occupied, so a
//! weight is packed in place, right after it is read, one panel at a time.

/// Packs `bytes` (whole rows of `k` elements of `elem` bytes, a multiple of `p` of them) in place
/// into panels of `p` rows, through `scratch` (one panel). Returns `false`, touching nothing, when the
/// bytes are not whole panels or the element size is not 2 or 4.
pub(crate) fn pack_in_place(bytes: &mut [u8], p: usize, k: usize, elem: usize, scratch: &mut Vec<u8>) -> bool {
    let panel = p * k * elem;
    if panel == 0 || !bytes.len().is_multiple_of(panel) || !matches!(elem, 2 | 4) {
        return false;
    }
    scratch.resize(panel, 0);
    for chunk in bytes.chunks_exact_mut(panel) {
        scratch.copy_from_slice(chunk);
        match elem {
            2 => transpose::<2>(chunk, scratch, p, k),
            _ => transpose::<4>(chunk, scratch, p, k),
        }
    }
    true
}

/// `dst[kk][r] = src[r][kk]` for a panel of `p` rows of `k` elements of `E` bytes: in blocks of 8 rows
/// by 8 elements (a block read row by row, written out column by column, all in registers) where both
/// divide by 8, which runs at several GB/s a core; element by element otherwise.
fn transpose<const E: usize>(dst: &mut [u8], src: &[u8], p: usize, k: usize) {
    let (src, _) = src.as_chunks::<E>();
    let (dst, _) = dst.as_chunks_mut::<E>();
    if p.is_multiple_of(8) && k.is_multiple_of(8) {
        for r0 in (0..p).step_by(8) {
            let rows: [&[[u8; E]]; 8] = std::array::from_fn(|i| &src[(r0 + i) * k..(r0 + i + 1) * k]);
            for k0 in (0..k).step_by(8) {
                let block: [[[u8; E]; 8]; 8] = std::array::from_fn(|j| std::array::from_fn(|i| rows[i][k0 + j]));
                for (j, column) in block.iter().enumerate() {
                    dst[(k0 + j) * p + r0..][..8].copy_from_slice(column);
                }
            }
        }
        return;
    }
    for (kk, out) in dst.chunks_exact_mut(p).enumerate() {
        for (r, o) in out.iter_mut().enumerate() {
            *o = src[r * k + kk];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_element_lands_where_the_kernels_read_it() {
        for (p, k, panels, elem) in
            [(4usize, 3usize, 2usize, 2usize), (32, 7, 3, 4), (8, 1, 1, 2), (32, 24, 2, 2), (16, 64, 3, 4)]
        {
            let n = p * panels;
            let rows: Vec<u8> = (0..n * k * elem).map(|i| (i * 7 % 251) as u8).collect();
            let mut packed = rows.clone();
            assert!(pack_in_place(&mut packed, p, k, elem, &mut Vec::new()));
            for row in 0..n {
                for kk in 0..k {
                    let at = flexc_kernels::panel_index(row, kk, k, p) * elem;
                    let was = (row * k + kk) * elem;
                    assert_eq!(packed[at..at + elem], rows[was..was + elem], "row {row}, input {kk}");
                }
            }
        }
    }

    #[test]
    fn bytes_that_are_not_whole_panels_are_left_alone() {
        let mut bytes = vec![1u8; 4 * 3 * 2 + 2];
        assert!(!pack_in_place(&mut bytes, 4, 3, 2, &mut Vec::new()));
        assert!(bytes.iter().all(|&b| b == 1));
        assert!(!pack_in_place(&mut bytes[..24], 4, 3, 1, &mut Vec::new()));
    }
}
