//! Finding a non-finite value in a weight's bytes, at compile (packing refuses it) and at verify.

/// The first non-finite value of `bytes` (little-endian `dtype`), as an element index.
pub(crate) fn first_non_finite(dtype: flexc_ir::DType, bytes: &[u8]) -> Option<usize> {
    use flexc_ir::DType;
    match dtype {
        DType::F32 => first_where::<4>(bytes, |c| u32::from_le_bytes(*c) & 0x7f80_0000 == 0x7f80_0000),
        DType::Bf16 => first_where::<2>(bytes, |c| u16::from_le_bytes(*c) & 0x7f80 == 0x7f80),
        DType::F16 => first_where::<2>(bytes, |c| u16::from_le_bytes(*c) & 0x7c00 == 0x7c00),
        DType::I32 => None,
    }
}

/// The index of the first `N`-byte element for which `bad` holds. Blocks of elements are tested
/// without branches (so the test vectorizes); only a block that holds one is searched.
fn first_where<const N: usize>(bytes: &[u8], bad: impl Fn(&[u8; N]) -> bool) -> Option<usize> {
    const BLOCK: usize = 256;
    let (elems, _) = bytes.as_chunks::<N>();
    for (b, block) in elems.chunks(BLOCK).enumerate() {
        if block.iter().fold(false, |any, c| any | bad(c)) {
            return block.iter().position(&bad).map(|i| b * BLOCK + i);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::first_non_finite;
    use flexc_ir::DType;

    #[test]
    fn the_first_non_finite_value_is_found_in_any_block() {
        for n in [0usize, 1, 255, 256, 257, 1000] {
            for at in [0usize, 1, 255, 256, 700, 999].into_iter().filter(|&a| a < n) {
                for (dtype, value) in [
                    (DType::F32, f32::NAN.to_le_bytes().to_vec()),
                    (DType::F32, f32::NEG_INFINITY.to_le_bytes().to_vec()),
                    (DType::Bf16, 0x7fc0u16.to_le_bytes().to_vec()),
                    (DType::Bf16, 0xff80u16.to_le_bytes().to_vec()),
                    (DType::F16, 0x7c00u16.to_le_bytes().to_vec()),
                ] {
                    let size = value.len();
                    // Finite values everywhere (1.0 and the largest finite), then the bad one.
                    let finite: &[u8] = match dtype {
                        DType::F32 => &0x7f7f_ffffu32.to_le_bytes(),
                        DType::Bf16 => &0x7f7fu16.to_le_bytes(),
                        _ => &0x7bffu16.to_le_bytes(),
                    };
                    let mut bytes: Vec<u8> = finite.iter().copied().cycle().take(n * size).collect();
                    assert_eq!(first_non_finite(dtype, &bytes), None, "{dtype} n={n}");
                    bytes[at * size..(at + 1) * size].copy_from_slice(&value);
                    let later = (at + 300).min(n - 1);
                    bytes[later * size..(later + 1) * size].copy_from_slice(&value);
                    assert_eq!(first_non_finite(dtype, &bytes), Some(at), "{dtype} n={n} at={at}");
                }
            }
        }
    }
}
