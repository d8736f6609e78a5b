//! The KV cache: per attention layer, one pool of keys and one of values, in blocks of `block_size`
//! positions, shared by every sequence of an engine. A sequence holds the blocks its positions occupy
//! (its block table), so its memory grows with its tokens, not with the model's context limit, and a
//! batched step reaches every sequence's cache through one buffer per layer. The pools start empty and
//! double when a sequence needs blocks no sequence has freed, up to the engine's limit; past it, a
//! request is refused with a clear error.
//!
//! Prefix caching: a sequence started with [`crate::Engine::reuse_prefix`] offers each block it fills
//! for reuse, keyed by the block before it and its tokens, so that a key names a whole prefix exactly
//! (no hash stands for tokens). A later sequence whose prompt begins with the same whole blocks takes
//! them instead of computing them: the keys and values of a position depend only on the tokens up to
//! it, and every kernel computes a row the same whatever rows share its step, so a reused block holds
//! what the sequence would have written. A block is held by every sequence that uses it; one that no
//! sequence holds stays cached until its place is needed, the least recently held first, and goes
//! with the blocks after it.

use crate::error::EngineError;
use cubecl::client::Client;
use cubecl::server::Handle;
use flexc_lower::{KvLayer, KvPart};
use std::collections::{BTreeMap, HashMap};

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
    /// Sequences holding each block.
    refs: Vec<u32>,
    cache: PrefixCache,
}

/// Where the KV cache's bytes are, counted in whole blocks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KvUsage {
    /// Bytes of the blocks sequences hold.
    pub held_bytes: u64,
    /// Bytes of the blocks the prefix cache keeps that no sequence holds: given up first when room
    /// is needed.
    pub cached_bytes: u64,
    /// Bytes of the blocks allocated on the device: held, cached or free.
    pub allocated_bytes: u64,
    /// Bytes of the most blocks the cache may take.
    pub limit_bytes: u64,
}

/// The parent of a prompt's first block.
const ROOT: u32 = u32::MAX;

/// Blocks kept for reuse, by (the block before, the block's tokens).
#[derive(Default)]
struct PrefixCache {
    blocks: HashMap<(u32, Vec<u32>), u32>,
    key_of: HashMap<u32, (u32, Vec<u32>)>,
    children: HashMap<u32, Vec<u32>>,
    /// Cached blocks no sequence holds, by when they were let go (oldest first).
    idle: BTreeMap<u64, u32>,
    idle_at: HashMap<u32, u64>,
    tick: u64,
    /// Changes when the cache is emptied (the model's computation changed): a sequence started before
    /// offers no more blocks.
    generation: u64,
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
            refs: Vec::new(),
            cache: PrefixCache::default(),
        }
    }

    pub(crate) fn block_size(&self) -> usize {
        self.block_size
    }

    /// Bytes the pool holds on the device (in use or free).
    pub(crate) fn allocated_bytes(&self) -> u64 {
        self.capacity as u64 * self.bytes_per_block
    }

    /// Bytes of the blocks sequences hold or the prefix cache keeps.
    pub(crate) fn used_bytes(&self) -> u64 {
        (self.capacity - self.free.len()) as u64 * self.bytes_per_block
    }

    pub(crate) fn usage(&self) -> KvUsage {
        let (used, idle) = ((self.capacity - self.free.len()) as u64, self.cache.idle.len() as u64);
        KvUsage {
            held_bytes: (used - idle) * self.bytes_per_block,
            cached_bytes: idle * self.bytes_per_block,
            allocated_bytes: self.capacity as u64 * self.bytes_per_block,
            limit_bytes: self.limit_blocks as u64 * self.bytes_per_block,
        }
    }

    /// Blocks the prefix cache keeps that no sequence holds.
    pub(crate) fn idle_blocks(&self) -> usize {
        self.cache.idle.len()
    }

    /// Blocks sequences could still take: free ones, cached ones no sequence holds, and those the
    /// limit lets the pools grow by.
    pub(crate) fn room_blocks(&self) -> usize {
        self.free.len() + self.cache.idle.len() + self.limit_blocks.saturating_sub(self.capacity)
    }

    /// `n` more blocks: freed ones, then cached ones no sequence holds (the least recently held
    /// first), then new ones, growing the pools.
    pub(crate) fn allocate(&mut self, client: &Client, n: usize) -> Result<Vec<u32>, EngineError> {
        while self.free.len() < n && self.evict_oldest() {}
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
        let blocks = self.free.split_off(at);
        for &b in &blocks {
            self.refs[b as usize] = 1;
        }
        Ok(blocks)
    }

    /// Lets go of a sequence's blocks: each one no other sequence holds is freed, or kept idle when
    /// it is cached (the last block first in line to go).
    pub(crate) fn release(&mut self, blocks: &mut Vec<u32>) {
        for b in blocks.drain(..).rev() {
            let refs = &mut self.refs[b as usize];
            *refs = refs.saturating_sub(1);
            if *refs > 0 {
                continue;
            }
            if self.cache.key_of.contains_key(&b) {
                self.cache.tick += 1;
                self.cache.idle.insert(self.cache.tick, b);
                self.cache.idle_at.insert(b, self.cache.tick);
            } else {
                self.free.push(b);
            }
        }
    }

    /// Frees the cached block let go longest ago, with the blocks cached after it. False when no
    /// cached block is idle.
    fn evict_oldest(&mut self) -> bool {
        let Some((_, b)) = self.cache.idle.pop_first() else { return false };
        self.cache.idle_at.remove(&b);
        self.uncache(b);
        true
    }

    /// Takes `b` and the blocks cached after it out of the cache; those no sequence holds are freed
    /// (a held one is freed when its sequence lets it go).
    fn uncache(&mut self, b: u32) {
        let mut stack = vec![b];
        while let Some(b) = stack.pop() {
            let Some(key) = self.cache.key_of.remove(&b) else { continue };
            self.cache.blocks.remove(&key);
            if let Some(siblings) = self.cache.children.get_mut(&key.0) {
                siblings.retain(|&c| c != b);
            }
            stack.extend(self.cache.children.remove(&b).unwrap_or_default());
            if let Some(t) = self.cache.idle_at.remove(&b) {
                self.cache.idle.remove(&t);
            }
            // A cached block no sequence holds is idle, never free: it is freed here, once.
            if self.refs[b as usize] == 0 {
                self.free.push(b);
            }
        }
    }

    /// Empties the prefix cache: what the blocks hold is no longer what the model computes.
    pub(crate) fn clear_cache(&mut self) {
        let cached: Vec<u32> = self.cache.key_of.keys().copied().collect();
        for b in cached {
            self.uncache(b);
        }
        self.cache.generation += 1;
    }

    /// Starts the empty `seq` on the cached blocks of the longest run of whole blocks that begins
    /// `prompt` and leaves at least its last token to compute; returns the positions reused.
    pub(crate) fn reuse(&mut self, seq: &mut Sequence, prompt: &[u32]) -> usize {
        debug_assert!(seq.blocks.is_empty() && seq.len == 0);
        let bs = self.block_size;
        let mut parent = ROOT;
        let mut n = 0;
        while (n + 1) * bs < prompt.len() {
            let key = (parent, prompt[n * bs..(n + 1) * bs].to_vec());
            let Some(&b) = self.cache.blocks.get(&key) else { break };
            self.refs[b as usize] += 1;
            if let Some(t) = self.cache.idle_at.remove(&b) {
                self.cache.idle.remove(&t);
            }
            seq.blocks.push(b);
            parent = b;
            n += 1;
        }
        seq.len = n * bs;
        seq.caching = Some(Caching { parent, full: n, tail: Vec::new(), generation: self.cache.generation });
        n * bs
    }

    /// After a step wrote `tokens` to `seq`'s cache: offers the blocks they filled for reuse. A block
    /// whose prefix is cached already (another sequence computed it at the same time) stays the
    /// sequence's own, and so do the blocks after it.
    pub(crate) fn offer(&mut self, seq: &mut Sequence, tokens: &[u32]) {
        let bs = self.block_size;
        let Some(mut c) = seq.caching.take() else { return };
        if c.generation != self.cache.generation {
            return;
        }
        c.tail.extend_from_slice(tokens);
        while c.tail.len() >= bs {
            let b = seq.blocks[c.full];
            let key = (c.parent, c.tail[..bs].to_vec());
            if self.cache.blocks.contains_key(&key) {
                return;
            }
            self.cache.blocks.insert(key.clone(), b);
            self.cache.key_of.insert(b, key);
            self.cache.children.entry(c.parent).or_default().push(b);
            c.parent = b;
            c.full += 1;
            c.tail.drain(..bs);
        }
        seq.caching = Some(c);
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
        self.refs.resize(blocks, 0);
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
    /// Set when the sequence takes part in prefix caching.
    pub(crate) caching: Option<Caching>,
}

/// Where a sequence stands in offering its blocks for reuse.
#[derive(Debug)]
pub(crate) struct Caching {
    /// The last block offered or reused ([`ROOT`] before the first).
    parent: u32,
    /// Blocks offered or reused.
    full: usize,
    /// The tokens written since, not a whole block yet.
    tail: Vec<u32>,
    generation: u64,
}

impl Sequence {
    /// Positions the sequence holds.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// KV-cache blocks the sequence holds.
    pub fn blocks(&self) -> usize {
        self.blocks.len()
    }

    /// The cache row of position `p`.
    pub(crate) fn slot(&self, p: usize, block_size: usize) -> u32 {
        self.blocks[p / block_size] * block_size as u32 + (p % block_size) as u32
    }
}
