//! [`LargeMapped`], a global allocator for programs that load models onto the cpu runtime.
//!
//! cubecl's cpu runtime allocates every device buffer zeroed with 64-byte alignment. The system
//! allocator serves that with an aligned `malloc` and a `memset`, so each page of every weight buffer
//! is faulted and cleared by the runtime's one device thread when the buffer is allocated, before
//! anything is written into it: at a few GB of weights, that is most of a load. Fresh anonymous
//! mappings are already zero, so with this allocator a large zeroed allocation costs one `mmap`, and
//! each of its pages is faulted when first written, by the thread writing it: the load's workers,
//! on every core ([`crate::Engine::load`]).
//!
//! ```no_run
//! #[global_allocator]
//! static ALLOC: flexc_runtime::LargeMapped = flexc_runtime::LargeMapped;
//! ```

use std::alloc::{GlobalAlloc, Layout, System};

/// The system allocator, except that blocks of at least [`LargeMapped::MIN_BYTES`] (with at most
/// page alignment) are anonymous mappings of their own, as glibc's `malloc` already makes blocks of
/// 32 MiB and more, and zeroed ones are not cleared again. Elsewhere than Unix, the system allocator.
pub struct LargeMapped;

impl LargeMapped {
    /// The smallest block given its own mapping.
    pub const MIN_BYTES: usize = 1 << 21;
    /// The largest alignment a mapping (page-aligned) is sure to have.
    const MAX_ALIGN: usize = 4096;

    fn mapped(layout: &Layout) -> bool {
        cfg!(unix) && layout.size() >= Self::MIN_BYTES && layout.align() <= Self::MAX_ALIGN
    }
}

#[cfg(unix)]
unsafe fn map(size: usize) -> *mut u8 {
    // SAFETY: a fresh private anonymous mapping; no existing memory is touched.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            size,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        std::ptr::null_mut()
    } else {
        p.cast()
    }
}

#[cfg(unix)]
unsafe fn unmap(ptr: *mut u8, size: usize) {
    // SAFETY: `ptr..ptr + size` is a whole mapping `map` made (the caller's contract).
    unsafe { libc::munmap(ptr.cast(), size) };
}

#[cfg(not(unix))]
unsafe fn map(_size: usize) -> *mut u8 {
    unreachable!("blocks are mapped on Unix only")
}

#[cfg(not(unix))]
unsafe fn unmap(_ptr: *mut u8, _size: usize) {
    unreachable!("blocks are mapped on Unix only")
}

// SAFETY: mapped blocks are page-aligned (at least `layout.align()`, which `mapped` bounds), at least
// `layout.size()` long, zero when fresh, and freed by `munmap` exactly when `mapped` held at their
// allocation (the same size decides both); every other block is the system allocator's.
unsafe impl GlobalAlloc for LargeMapped {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if Self::mapped(&layout) {
            unsafe { map(layout.size()) }
        } else {
            unsafe { System.alloc(layout) }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if Self::mapped(&layout) {
            unsafe { map(layout.size()) }
        } else {
            unsafe { System.alloc_zeroed(layout) }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if Self::mapped(&layout) {
            unsafe { unmap(ptr, layout.size()) }
        } else {
            unsafe { System.dealloc(ptr, layout) }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees `new_size`, rounded up to the alignment, does not overflow.
        let new = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (Self::mapped(&layout), Self::mapped(&new)) {
            (false, false) => unsafe { System.realloc(ptr, layout, new_size) },
            #[cfg(target_os = "linux")]
            (true, true) => {
                // SAFETY: `ptr` is a whole mapping of `layout.size()` bytes; on failure it is left as is.
                let p = unsafe { libc::mremap(ptr.cast(), layout.size(), new_size, libc::MREMAP_MAYMOVE) };
                if p == libc::MAP_FAILED {
                    std::ptr::null_mut()
                } else {
                    p.cast()
                }
            }
            _ => {
                let p = unsafe { self.alloc(new) };
                if !p.is_null() {
                    // SAFETY: both blocks are live, distinct, and at least this long.
                    unsafe {
                        std::ptr::copy_nonoverlapping(ptr, p, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                }
                p
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LargeMapped;
    use std::alloc::{GlobalAlloc, Layout};

    /// Zeroed, aligned, and grown or shrunk within and across the threshold with the bytes both
    /// blocks hold kept.
    #[test]
    fn blocks_either_side_of_the_threshold_are_zeroed_aligned_and_keep_their_bytes() {
        let a = LargeMapped;
        let min = LargeMapped::MIN_BYTES;
        let sizes = [64, min - 1, min, 3 * min + 5];
        for size in sizes {
            for new_size in [32, size / 2 + 1, min + 1, 2 * size] {
                let layout = Layout::from_size_align(size, 64).unwrap();
                // SAFETY: each block is used within its length and freed once, with its layout.
                unsafe {
                    let p = a.alloc_zeroed(layout);
                    assert!(!p.is_null());
                    assert_eq!(p as usize % 64, 0, "{size} bytes not aligned");
                    let block = std::slice::from_raw_parts_mut(p, size);
                    assert!(block.iter().all(|&b| b == 0), "{size} bytes not zeroed");
                    block.iter_mut().enumerate().for_each(|(i, b)| *b = (i % 251) as u8);
                    let q = a.realloc(p, layout, new_size);
                    assert!(!q.is_null());
                    let kept = std::slice::from_raw_parts(q, size.min(new_size));
                    assert!(kept.iter().enumerate().all(|(i, &b)| b == (i % 251) as u8), "{size} -> {new_size}");
                    a.dealloc(q, Layout::from_size_align(new_size, 64).unwrap());
                }
            }
        }
    }
}
