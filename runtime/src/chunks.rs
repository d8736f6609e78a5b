//! Host buffers for loading: chunks handed to the device as [`Bytes`] and returned to a pool when the
//! device has copied them, so a load of any size reuses a few buffers instead of faulting in fresh
//! pages for every chunk.

use cubecl::bytes::{AccessError, AccessPolicy, AllocationController, AllocationProperty, Bytes};
use std::mem::MaybeUninit;
use std::sync::{Arc, Mutex};

/// Buffers, reused.
#[derive(Clone, Default)]
pub(crate) struct ChunkPool {
    free: Arc<Mutex<Vec<Vec<u8>>>>,
}

impl ChunkPool {
    /// A buffer of `len` bytes (contents unspecified: the caller overwrites them). Only bytes a
    /// recycled buffer never held are zeroed.
    pub fn take(&self, len: usize) -> Vec<u8> {
        let mut buf = self.free.lock().unwrap_or_else(|e| e.into_inner()).pop().unwrap_or_default();
        buf.resize(len, 0);
        buf
    }

    /// `buf` as device-bound bytes; the buffer returns to the pool when they are dropped.
    pub fn bytes(&self, buf: Vec<u8>) -> Bytes {
        let len = buf.len();
        let controller = Recycled { buf, pool: self.free.clone() };
        // SAFETY: the controller's memory is `len` initialised bytes that it owns until dropped.
        unsafe { Bytes::from_controller(Box::new(controller), len) }
    }
}

struct Recycled {
    buf: Vec<u8>,
    pool: Arc<Mutex<Vec<Vec<u8>>>>,
}

impl AllocationController for Recycled {
    fn alloc_align(&self) -> usize {
        1
    }

    fn property(&self) -> AllocationProperty {
        AllocationProperty::Native
    }

    unsafe fn memory_mut(&mut self, _policy: AccessPolicy) -> Result<&mut [MaybeUninit<u8>], AccessError> {
        // SAFETY: u8 and MaybeUninit<u8> have the same layout; every byte is initialised.
        Ok(unsafe { &mut *(self.buf.as_mut_slice() as *mut [u8] as *mut [MaybeUninit<u8>]) })
    }

    fn memory(&self, _policy: AccessPolicy) -> Result<&[MaybeUninit<u8>], AccessError> {
        // SAFETY: as above, read-only.
        Ok(unsafe { &*(self.buf.as_slice() as *const [u8] as *const [MaybeUninit<u8>]) })
    }
}

impl Drop for Recycled {
    fn drop(&mut self) {
        let buf = std::mem::take(&mut self.buf);
        self.pool.lock().unwrap_or_else(|e| e.into_inner()).push(buf);
    }
}
