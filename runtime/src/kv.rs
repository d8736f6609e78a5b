//! The KV cache: per attention layer, one pool of keys and one of values, in blocks of `block_size`
//! positions, shared by every sequence of an engine. A sequence holds the blocks its positions occupy
//! (its block table), so its memory grows with its tokens, not with the model's context limit, and a
//! batched step reaches every sequence's cache through one buffer per layer. The pools start empty and
//! double when a sequence needs blocks no sequence has freed, up to the engine's limit; past it, a
//! request is refused with a clear error.

use crate::engine::EngineError;
use cubecl::client::Client;
use cubecl::server::Handle;
use flexc_lower::{KvLayer, KvPart};

pub(crate) struct KvPool {
    block_size: usize,
    layers: Vec<LayerPool>,
    /// Blocks allocated per layer.
    capacity: usize,
    free: Vec<u32>,
    /// Most blocks the limit allows.
    limit_blocks: usize,
    limit_bytes: u64,
    bytes_per_block: u64,
}

struct LayerPool {
    layer: u64,
    /// Elements per position.
    width: usize,
    elem_bytes: usize,
    k: Option<Handle>,
    v: Option<Handle>,
}

impl KvPool {
    pub(crate) fn new(layers: &[KvLayer], block_size: usize, limit_bytes: u64) -> KvPool {
        let layers: Vec<LayerPool> = layers
            .iter()
            .map(|l| LayerPool {
                layer: l.layer,
                width: l.width as usize,
                elem_bytes: l.dtype.size_bytes(),
                k: None,
                v: None,
            })
            .collect();
        let bytes_per_block: u64 =
            layers.iter().map(|l| 2 * (block_size * l.width * l.elem_bytes) as u64).sum::<u64>().max(1);
        KvPool {
            block_size,
            layers,
            capacity: 0,
            free: Vec::new(),
            limit_blocks: (limit_bytes / bytes_per_block) as usize,
            limit_bytes,
            bytes_per_block,
        }
    }

    pub(crate) fn block_size(&self) -> usize {
        self.block_size
    }

    /// Bytes the pool holds on the device (in use or free).
    pub(crate) fn allocated_bytes(&self) -> u64 {
        self.capacity as u64 * self.bytes_per_block
    }

    /// Bytes of the blocks sequences hold.
    pub(crate) fn used_bytes(&self) -> u64 {
        (self.capacity - self.free.len()) as u64 * self.bytes_per_block
    }

    /// `n` more blocks, growing the pools when no freed ones are left.
    pub(crate) fn allocate(&mut self, client: &Client, n: usize) -> Result<Vec<u32>, EngineError> {
        if self.free.len() < n {
            let needed = self.capacity - self.free.len() + n;
            if needed > self.limit_blocks {
                return Err(EngineError::KvCacheFull {
                    needed: needed as u64 * self.bytes_per_block,
                    limit: self.limit_bytes,
                });
            }
            let grown = (self.capacity * 2).max(needed).max(4).min(self.limit_blocks);
            self.grow(client, grown)?;
        }
        let at = self.free.len() - n;
        Ok(self.free.split_off(at))
    }

    /// Returns a sequence's blocks.
    pub(crate) fn release(&mut self, blocks: &mut Vec<u32>) {
        self.free.append(blocks);
    }

    fn grow(&mut self, client: &Client, blocks: usize) -> Result<(), EngineError> {
        let positions = blocks * self.block_size;
        for l in &mut self.layers {
            let bytes = positions * l.width * l.elem_bytes;
            let old_bytes = self.capacity * self.block_size * l.width * l.elem_bytes;
            for part in [&mut l.k, &mut l.v] {
                let new = client.empty(bytes);
                if let Some(old) = part.take() {
                    // Sequences keep their block ids, so the old contents move to the same offsets.
                    let data = client.read_one(old).map_err(|e| EngineError::Backend(format!("{e:?}")))?;
                    client.write(&new.clone().offset_end((bytes - old_bytes) as u64), data);
                }
                *part = Some(new);
            }
        }
        self.free.extend((self.capacity as u32..blocks as u32).rev());
        self.capacity = blocks;
        Ok(())
    }

    /// The pool of one layer's keys or values, with its length in elements.
    pub(crate) fn buffer(&self, layer: u64, part: KvPart) -> Option<(Handle, usize)> {
        let l = self.layers.iter().find(|l| l.layer == layer)?;
        let handle = match part {
            KvPart::K => l.k.as_ref(),
            KvPart::V => l.v.as_ref(),
        }?;
        Some((handle.clone(), self.capacity * self.block_size * l.width))
    }
}

/// One sequence's place in the KV cache: its blocks, in position order, and how many positions it
/// holds.
#[derive(Debug, Default)]
pub struct Sequence {
    pub(crate) blocks: Vec<u32>,
    pub(crate) len: usize,
}

impl Sequence {
    /// Positions the sequence holds.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The cache row of position `p`.
    pub(crate) fn slot(&self, p: usize, block_size: usize) -> u32 {
        self.blocks[p / block_size] * block_size as u32 + (p % block_size) as u32
    }
}
