//! Packing the kept weights: into the artifact's own `weights/model.safetensors`, or into a shared,
//! content-addressed store.
//!
//! Weights are laid out as the kernels read them: in the order the plan binds them, with each MoE
//! block's experts stacked (every expert's gate/up rows, in the block's expert order, then every
//! expert's down rows), so loading a stack is one contiguous read. Each packed weight keeps its source
//! pieces, re-pointed at the packed file with the same row ranges and the same sha256: packing copies
//! bytes, and every byte of a weight file is covered by a piece's hash. Each packed piece also records
//! the BLAKE3 of its source bytes, the check a load makes as it reads. Every value copied is checked to
//! be finite: a NaN or infinite weight is refused here, at compile time.

use crate::error::WriteError;
use crate::finite::first_non_finite;
use flexc_format::paths::{unique_temp, STORE_PREFIX};
use flexc_format::safetensors::{self, HeaderEntry};
use flexc_format::{sha256_hex, WeightReader};
use flexc_ir::{DType, Ffn, Graph, Op, Piece, Weight};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::os::unix::fs::FileExt;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

pub(crate) const WEIGHTS_FILE: &str = "weights/model.safetensors";
/// The name of the one tensor in each store object.
pub(crate) const STORE_TENSOR: &str = "weight";

/// The weights in the order the kernels bind them: each instruction's weights in turn, a MoE block's
/// experts stacked (all gate/up parts in expert order, then all downs). Indices into `graph.weights`.
pub(crate) fn layout(graph: &Graph) -> Vec<usize> {
    let index: BTreeMap<&str, usize> = graph.weights.iter().enumerate().map(|(i, w)| (w.name.as_str(), i)).collect();
    let mut order = Vec::with_capacity(graph.weights.len());
    let mut placed = HashSet::new();
    let mut place = |name: &str, order: &mut Vec<usize>| {
        if let Some(&i) = index.get(name) {
            if placed.insert(i) {
                order.push(i);
            }
        }
    };
    for inst in &graph.insts {
        match &inst.op {
            Op::MoeBlock { attn_norm, router, ffn, ffn_norm, .. } => {
                place(attn_norm, &mut order);
                if let Some(r) = router {
                    place(r, &mut order);
                }
                for f in ffn {
                    match f {
                        Ffn::Split { gate, up, .. } => {
                            place(gate, &mut order);
                            place(up, &mut order);
                        }
                        Ffn::Fused { gate_up, .. } => place(gate_up, &mut order),
                    }
                }
                for f in ffn {
                    let (Ffn::Split { down, .. } | Ffn::Fused { down, .. }) = f;
                    place(down, &mut order);
                }
                place(ffn_norm, &mut order);
            }
            op => {
                for w in op.weights() {
                    place(w, &mut order);
                }
            }
        }
    }
    for i in 0..graph.weights.len() {
        if placed.insert(i) {
            order.push(i);
        }
    }
    order
}

/// How many bytes packing moves at a time: each chunk is read, checked finite, hashed and written
/// while it is still in the cache, through one buffer per piece (a multiple of every element size).
const PACK_CHUNK: usize = 1 << 20;

/// Streams one source piece of `w` in chunks, each checked finite, hashed with BLAKE3 and handed to
/// `write` with its byte offset in the piece. Returns the BLAKE3 of the piece's bytes.
fn stream_piece(
    reader: &WeightReader,
    w: &Weight,
    p: &Piece,
    mut write: impl FnMut(u64, &[u8]) -> Result<(), WriteError>,
) -> Result<String, WriteError> {
    let (file, start, end) = reader.piece_range(w, p)?;
    let elem = w.dtype.size_bytes();
    let mut buf = vec![0u8; PACK_CHUNK.min((end - start) as usize)];
    let mut hash = blake3::Hasher::new();
    let mut at = 0u64;
    while start + at < end {
        let chunk = &mut buf[..PACK_CHUNK.min((end - start - at) as usize)];
        file.read_into(start + at, chunk).map_err(flexc_format::TensorError::from)?;
        if let Some(i) = first_non_finite(w.dtype, chunk) {
            let row_len = w.row_len().max(1) as usize;
            let elem_index = at as usize / elem + i;
            return Err(WriteError::NonFinite {
                weight: w.name.clone(),
                reason: format!(
                    "row {} column {} of {:?} in {} is NaN or infinite; flexc refuses non-finite weights",
                    p.row_start as usize + elem_index / row_len,
                    elem_index % row_len,
                    p.tensor,
                    p.file
                ),
            });
        }
        hash.update(chunk);
        write(at, chunk)?;
        at += chunk.len() as u64;
    }
    Ok(hash.finalize().to_hex().to_string())
}

/// What the compiles of one process learn about source pieces: the BLAKE3 of each piece's bytes,
/// checked finite when they were read, by the store object they pack into (which names the piece's
/// sha256 and dtype). The configurations of one `--configurations` compile share it, so a piece whose
/// store object exists is read once, by the first configuration that keeps it, however many keep it.
#[derive(Default)]
pub struct PackCache {
    digests: Mutex<HashMap<String, String>>,
}

impl PackCache {
    fn get(&self, object: &str) -> Option<String> {
        self.digests.lock().unwrap_or_else(|e| e.into_inner()).get(object).cloned()
    }

    fn insert(&self, object: String, blake3: &str) {
        self.digests.lock().unwrap_or_else(|e| e.into_inner()).insert(object, blake3.to_string());
    }
}

/// Runs `job` on every index of `0..n` over all cores; the first error wins.
fn parallel(n: usize, job: impl Fn(usize) -> Result<(), WriteError> + Sync) -> Result<(), WriteError> {
    let next = AtomicUsize::new(0);
    let error: Mutex<Option<WriteError>> = Mutex::new(None);
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get()).min(n.max(1));
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= n || error.lock().map(|e| e.is_some()).unwrap_or(true) {
                    break;
                }
                if let Err(e) = job(i) {
                    error.lock().unwrap_or_else(|p| p.into_inner()).get_or_insert(e);
                }
            });
        }
    });
    match error.into_inner().unwrap_or_else(|p| p.into_inner()) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// A packed weight file: its path in the manifest, size, and the sha256 of its header (the data is
/// covered piece by piece by the graph's hashes).
pub(crate) struct Packed {
    pub path: String,
    pub bytes: u64,
    pub header_sha256: String,
}

/// Packs every weight into one `weights/model.safetensors` in [`layout`] order and re-points the
/// graph's pieces at it. Pieces are copied on every core.
pub(crate) fn into_artifact(
    graph: &mut Graph,
    reader: &WeightReader,
    dir: &Path,
    durable: bool,
) -> Result<Vec<Packed>, WriteError> {
    let order = layout(graph);
    let entries: Vec<HeaderEntry> = order
        .iter()
        .map(|&i| {
            let w = &graph.weights[i];
            HeaderEntry { name: &w.name, dtype: w.dtype, shape: &w.shape, byte_len: w.byte_len() }
        })
        .collect();
    let header = safetensors::header(&entries, &BTreeMap::new());
    let mut head = (header.len() as u64).to_le_bytes().to_vec();
    head.extend_from_slice(&header);
    let path = dir.join(WEIGHTS_FILE);
    let io = |source| WriteError::Io { path: path.clone(), source };
    std::fs::create_dir_all(path.parent().expect("weights/")).map_err(io)?;
    let file = std::fs::File::create(&path).map_err(io)?;
    file.write_all_at(&head, 0).map_err(io)?;
    // Every piece with the file offset its bytes go to, and its new row range in the packed tensor.
    let mut copies = Vec::new();
    let mut offset = head.len() as u64;
    let mut repointed: Vec<(usize, Vec<Piece>)> = Vec::new();
    for &i in &order {
        let w = &graph.weights[i];
        let row_bytes = w.row_len() * w.dtype.size_bytes() as u64;
        let mut row = 0;
        let mut pieces = Vec::with_capacity(w.pieces.len());
        for (k, p) in w.pieces.iter().enumerate() {
            copies.push((i, k, offset + row * row_bytes));
            let rows = p.row_count();
            pieces.push(Piece {
                file: WEIGHTS_FILE.into(),
                tensor: w.name.clone(),
                offset,
                row_start: row,
                row_end: row + rows,
                sha256: p.sha256.clone(),
                blake3: None,
            });
            row += rows;
        }
        offset += w.byte_len();
        repointed.push((i, pieces));
    }
    let digests: Mutex<BTreeMap<(usize, usize), String>> = Mutex::new(BTreeMap::new());
    parallel(copies.len(), |n| {
        let (i, k, at) = copies[n];
        let w = &graph.weights[i];
        let digest =
            stream_piece(reader, w, &w.pieces[k], |off, bytes| file.write_all_at(bytes, at + off).map_err(io))?;
        digests.lock().unwrap_or_else(|e| e.into_inner()).insert((i, k), digest);
        Ok(())
    })?;
    let digests = digests.into_inner().unwrap_or_else(|e| e.into_inner());
    if durable {
        file.sync_all().map_err(io)?;
    }
    for (i, mut pieces) in repointed {
        for (k, p) in pieces.iter_mut().enumerate() {
            p.blake3 = digests.get(&(i, k)).cloned();
        }
        graph.weights[i].pieces = pieces;
    }
    Ok(vec![Packed { path: WEIGHTS_FILE.into(), bytes: offset, header_sha256: sha256_hex(&head) }])
}

/// A store object's path for a piece: named by the piece's sha256 and dtype, so identical bytes of
/// one type exist once whichever configurations use them.
fn object_path(sha256: &str, dtype: DType) -> String {
    format!("objects/{}/{sha256}-{dtype}.safetensors", &sha256[..2])
}

/// Packs every piece into the shared store as its own object (written only if absent, atomically)
/// and re-points the graph's pieces at the objects.
pub(crate) fn into_store(
    graph: &mut Graph,
    reader: &WeightReader,
    store: &Path,
    durable: bool,
    cache: Option<&PackCache>,
) -> Result<Vec<Packed>, WriteError> {
    let mut jobs: Vec<(usize, usize)> = Vec::new();
    for (i, w) in graph.weights.iter().enumerate() {
        jobs.extend((0..w.pieces.len()).map(|k| (i, k)));
    }
    let packed: Mutex<BTreeMap<(usize, usize), (Piece, Packed)>> = Mutex::new(BTreeMap::new());
    parallel(jobs.len(), |n| {
        let (i, k) = jobs[n];
        let w = &graph.weights[i];
        let p = &w.pieces[k];
        let rel = object_path(&p.sha256, w.dtype);
        let path = store.join(&rel);
        let elems = p.row_count() * w.row_len();
        let shape = [elems];
        let entry = HeaderEntry {
            name: STORE_TENSOR,
            dtype: w.dtype,
            shape: &shape,
            byte_len: elems * w.dtype.size_bytes() as u64,
        };
        let header = safetensors::header(&[entry], &BTreeMap::new());
        let mut head = (header.len() as u64).to_le_bytes().to_vec();
        head.extend_from_slice(&header);
        // The BLAKE3 the artifact records comes from the source bytes, so a store object changed
        // after it was written fails its check at load instead of running. An object that exists is
        // not written again, and not even read when this process has already read its piece.
        let exists = path.is_file();
        let digest = match cache.and_then(|c| c.get(&rel)) {
            Some(digest) if exists => digest,
            _ if exists => stream_piece(reader, w, p, |_, _| Ok(()))?,
            _ => {
                let parent = path.parent().expect("objects/<h2>");
                let io = |source| WriteError::Io { path: path.clone(), source };
                std::fs::create_dir_all(parent).map_err(io)?;
                let tmp = unique_temp(&path);
                let tmp_io = |source| WriteError::Io { path: tmp.clone(), source };
                let written = (|| -> Result<String, WriteError> {
                    let f = std::fs::File::create(&tmp).map_err(tmp_io)?;
                    f.write_all_at(&head, 0).map_err(tmp_io)?;
                    let at = head.len() as u64;
                    let digest =
                        stream_piece(reader, w, p, |off, bytes| f.write_all_at(bytes, at + off).map_err(tmp_io))?;
                    if durable {
                        f.sync_all().map_err(tmp_io)?;
                    }
                    std::fs::rename(&tmp, &path).map_err(io)?;
                    Ok(digest)
                })();
                if written.is_err() {
                    let _ = std::fs::remove_file(&tmp);
                }
                written?
            }
        };
        if let Some(cache) = cache {
            cache.insert(rel.clone(), &digest);
        }
        let piece = Piece {
            file: format!("{STORE_PREFIX}{rel}"),
            tensor: STORE_TENSOR.into(),
            offset: head.len() as u64,
            row_start: 0,
            row_end: p.row_count(),
            sha256: p.sha256.clone(),
            blake3: Some(digest),
        };
        let file = Packed {
            path: piece.file.clone(),
            bytes: head.len() as u64 + entry_bytes(w, p),
            header_sha256: sha256_hex(&head),
        };
        packed.lock().unwrap_or_else(|e| e.into_inner()).insert((i, k), (piece, file));
        Ok(())
    })?;
    let mut files: BTreeMap<String, Packed> = BTreeMap::new();
    for ((i, k), (piece, file)) in packed.into_inner().unwrap_or_else(|e| e.into_inner()) {
        graph.weights[i].pieces[k] = piece;
        files.entry(file.path.clone()).or_insert(file);
    }
    Ok(files.into_values().collect())
}

fn entry_bytes(w: &Weight, p: &Piece) -> u64 {
    p.row_count() * w.row_len() * w.dtype.size_bytes() as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use flexc_format::safetensors::{write, TensorOut};

    /// A 2-piece f32 weight of 600 rows of 1024 in a file of its own, with `nan` at (row, column).
    fn weight_with_nan(dir: &Path, nan: (usize, usize)) -> Weight {
        let mut values = vec![0.5f32; 600 * 1024];
        values[nan.0 * 1024 + nan.1] = f32::INFINITY;
        let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
        let shape = [600u64, 1024];
        let offsets = write(
            &dir.join("w.safetensors"),
            &[TensorOut { name: "w", dtype: DType::F32, shape: &shape, bytes: &bytes }],
            &BTreeMap::new(),
        )
        .unwrap();
        let piece = |rows: [u64; 2]| Piece {
            file: "w.safetensors".into(),
            tensor: "w".into(),
            offset: offsets[0],
            row_start: rows[0],
            row_end: rows[1],
            sha256: String::new(),
            blake3: None,
        };
        Weight {
            name: "w".into(),
            dtype: DType::F32,
            shape: shape.to_vec(),
            pieces: vec![piece([0, 200]), piece([200, 600])],
        }
    }

    /// A non-finite value is reported at its row and column of the source tensor, also when it lies
    /// chunks into a piece that starts rows into the tensor.
    #[test]
    fn a_non_finite_value_is_located_in_any_chunk_of_any_piece() {
        let dir = tempfile::tempdir().unwrap();
        for (nan, piece) in [((3, 7), 0), ((199, 1023), 0), ((200, 0), 1), ((555, 9), 1)] {
            let w = weight_with_nan(dir.path(), nan);
            let reader = WeightReader::new(dir.path());
            let e = stream_piece(&reader, &w, &w.pieces[piece], |_, _| Ok(())).unwrap_err().to_string();
            assert!(e.contains(&format!("row {} column {} of \"w\"", nan.0, nan.1)), "{nan:?}: {e}");
            let other = stream_piece(&reader, &w, &w.pieces[1 - piece], |_, _| Ok(()));
            assert!(other.is_ok(), "{nan:?}: the other piece holds no NaN");
        }
    }

    /// The chunks handed on are the piece's bytes at their offsets, and the digest is their BLAKE3.
    #[test]
    fn streamed_chunks_are_the_piece_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let w = weight_with_nan(dir.path(), (0, 0));
        let reader = WeightReader::new(dir.path());
        let p = &w.pieces[1];
        let mut got = vec![0u8; (p.row_count() * 1024 * 4) as usize];
        let digest = stream_piece(&reader, &w, p, |at, bytes| {
            got[at as usize..at as usize + bytes.len()].copy_from_slice(bytes);
            Ok(())
        })
        .unwrap();
        assert_eq!(got, reader.piece_bytes(&w, p).unwrap());
        assert_eq!(digest, flexc_format::blake3_hex(&got));
    }
}
