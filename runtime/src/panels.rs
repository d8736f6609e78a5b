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

/// `dst[kk][r] = src[r][kk]` for a panel of `p` rows of `k` elements of `E` bytes: with SSE2 on
/// x86-64 ([`sse2::transpose`], about 3x the portable loop on a 2048-wide bf16 panel), otherwise in
/// blocks of 8 rows by 8 elements (a block read row by row, written out column by column, all in
/// registers) where both divide by 8, and element by element where they do not.
fn transpose<const E: usize>(dst: &mut [u8], src: &[u8], p: usize, k: usize) {
    #[cfg(target_arch = "x86_64")]
    if sse2::transpose::<E>(dst, src, p, k) {
        return;
    }
    portable::<E>(dst, src, p, k);
}

fn portable<const E: usize>(dst: &mut [u8], src: &[u8], p: usize, k: usize) {
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

/// Panel transposes in 128-bit registers (SSE2, which every x86-64 core has): blocks of 8 x 8 2-byte
/// elements or 4 x 4 4-byte ones, each row one load and each column one store, the block turned with
/// unpacks of 16-, 32- and 64-bit lanes.
#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::*;

    /// [`super::transpose`] for `E`-byte elements, or `false` (nothing written) where the panel is
    /// not whole blocks.
    pub(super) fn transpose<const E: usize>(dst: &mut [u8], src: &[u8], p: usize, k: usize) -> bool {
        if E != 2 && E != 4 {
            return false;
        }
        // A block is 16 bytes a row: 8 elements of 2 bytes or 4 of 4.
        let n = 16 / E;
        let bytes = p * k * E;
        if !p.is_multiple_of(n) || !k.is_multiple_of(n) || src.len() < bytes || dst.len() < bytes {
            return false;
        }
        for r0 in (0..p).step_by(n) {
            for k0 in (0..k).step_by(n) {
                let (to, from) =
                    (dst.as_mut_ptr().wrapping_add((k0 * p + r0) * E), src.as_ptr().wrapping_add((r0 * k + k0) * E));
                // SAFETY: rows r0..r0 + n by elements k0..k0 + n lie inside `src` (`[p][k]`) and
                // elements k0..k0 + n by rows r0..r0 + n inside `dst` (`[k][p]`): `p` and `k` are
                // multiples of n and both hold `p * k` elements (checked above).
                unsafe {
                    if E == 2 {
                        block16(to, from, p, k)
                    } else {
                        block32(to, from, p, k)
                    }
                }
            }
        }
        true
    }

    /// The 8 x 8 block of 2-byte elements at `src` (rows `k` elements apart) written transposed at
    /// `dst` (rows `p` elements apart).
    ///
    /// # Safety
    /// 8 rows of 16 bytes must be readable at `src` and writable at `dst`, at those strides.
    unsafe fn block16(dst: *mut u8, src: *const u8, p: usize, k: usize) {
        // SAFETY: the caller's bounds.
        let row = |i: usize| unsafe { _mm_loadu_si128(src.add(i * k * 2).cast()) };
        let (r0, r1, r2, r3, r4, r5, r6, r7) = (row(0), row(1), row(2), row(3), row(4), row(5), row(6), row(7));
        // Rows i and i + 1 interleaved: pairs of one column.
        let (a0, a1) = (_mm_unpacklo_epi16(r0, r1), _mm_unpackhi_epi16(r0, r1));
        let (a2, a3) = (_mm_unpacklo_epi16(r2, r3), _mm_unpackhi_epi16(r2, r3));
        let (a4, a5) = (_mm_unpacklo_epi16(r4, r5), _mm_unpackhi_epi16(r4, r5));
        let (a6, a7) = (_mm_unpacklo_epi16(r6, r7), _mm_unpackhi_epi16(r6, r7));
        // Quads of one column: rows 0-3 (b0..b3) and 4-7 (b4..b7), two columns a register.
        let (b0, b1) = (_mm_unpacklo_epi32(a0, a2), _mm_unpackhi_epi32(a0, a2));
        let (b2, b3) = (_mm_unpacklo_epi32(a1, a3), _mm_unpackhi_epi32(a1, a3));
        let (b4, b5) = (_mm_unpacklo_epi32(a4, a6), _mm_unpackhi_epi32(a4, a6));
        let (b6, b7) = (_mm_unpacklo_epi32(a5, a7), _mm_unpackhi_epi32(a5, a7));
        let columns = [
            _mm_unpacklo_epi64(b0, b4),
            _mm_unpackhi_epi64(b0, b4),
            _mm_unpacklo_epi64(b1, b5),
            _mm_unpackhi_epi64(b1, b5),
            _mm_unpacklo_epi64(b2, b6),
            _mm_unpackhi_epi64(b2, b6),
            _mm_unpacklo_epi64(b3, b7),
            _mm_unpackhi_epi64(b3, b7),
        ];
        for (j, column) in columns.into_iter().enumerate() {
            // SAFETY: the caller's bounds.
            unsafe { _mm_storeu_si128(dst.add(j * p * 2).cast(), column) };
        }
    }

    /// The 4 x 4 block of 4-byte elements at `src` written transposed at `dst`, as [`block16`].
    ///
    /// # Safety
    /// 4 rows of 16 bytes must be readable at `src` and writable at `dst`, at those strides.
    unsafe fn block32(dst: *mut u8, src: *const u8, p: usize, k: usize) {
        // SAFETY: the caller's bounds.
        let row = |i: usize| unsafe { _mm_loadu_si128(src.add(i * k * 4).cast()) };
        let (r0, r1, r2, r3) = (row(0), row(1), row(2), row(3));
        let (a0, a1) = (_mm_unpacklo_epi32(r0, r1), _mm_unpackhi_epi32(r0, r1));
        let (a2, a3) = (_mm_unpacklo_epi32(r2, r3), _mm_unpackhi_epi32(r2, r3));
        let columns = [
            _mm_unpacklo_epi64(a0, a2),
            _mm_unpackhi_epi64(a0, a2),
            _mm_unpacklo_epi64(a1, a3),
            _mm_unpackhi_epi64(a1, a3),
        ];
        for (j, column) in columns.into_iter().enumerate() {
            // SAFETY: the caller's bounds.
            unsafe { _mm_storeu_si128(dst.add(j * p * 4).cast(), column) };
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

    /// Every shape the packing meets, through the register transposes where the target has them and
    /// through the portable loop, element for element.
    #[test]
    fn the_register_transposes_agree_with_the_portable_loop() {
        for (p, k) in [(8usize, 8usize), (4, 4), (4, 12), (16, 8), (32, 24), (8, 40), (12, 8), (32, 2048), (6, 5)] {
            for elem in [2usize, 4] {
                let src: Vec<u8> = (0..p * k * elem).map(|i| (i * 31 % 253) as u8).collect();
                let (mut fast, mut slow) = (vec![0u8; src.len()], vec![0u8; src.len()]);
                match elem {
                    2 => {
                        transpose::<2>(&mut fast, &src, p, k);
                        portable::<2>(&mut slow, &src, p, k);
                    }
                    _ => {
                        transpose::<4>(&mut fast, &src, p, k);
                        portable::<4>(&mut slow, &src, p, k);
                    }
                }
                assert_eq!(fast, slow, "{p} rows of {k} elements of {elem} bytes");
            }
        }
    }

    proptest::proptest! {
        /// Any panel height, row length and element size, packed a panel at a time or all at once
        /// (the load packs each chunk's whole panels as it arrives): every element lands where the
        /// kernels read it.
        #[test]
        fn packing_puts_every_element_where_the_kernels_read_it(
            p in 1usize..41,
            k in 1usize..71,
            panels in 1usize..4,
            four in proptest::bool::ANY,
            split in proptest::bool::ANY,
        ) {
            let elem = if four { 4 } else { 2 };
            let n = p * panels;
            let rows: Vec<u8> = (0..n * k * elem).map(|i| (i * 131 % 251) as u8).collect();
            let mut packed = rows.clone();
            let mut scratch = Vec::new();
            if split {
                for chunk in packed.chunks_mut(p * k * elem) {
                    proptest::prop_assert!(pack_in_place(chunk, p, k, elem, &mut scratch));
                }
            } else {
                proptest::prop_assert!(pack_in_place(&mut packed, p, k, elem, &mut scratch));
            }
            for row in 0..n {
                for kk in 0..k {
                    let at = flexc_kernels::panel_index(row, kk, k, p) * elem;
                    let was = (row * k + kk) * elem;
                    proptest::prop_assert_eq!(&packed[at..at + elem], &rows[was..was + elem], "row {}, input {}", row, kk);
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
