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

use crate::open::first_non_finite;
use crate::writer::WriteError;
use flexc_format::paths::{unique_temp, STORE_PREFIX};
use flexc_format::safetensors::{self, HeaderEntry};
use flexc_format::{blake3_hex, sha256_hex, WeightReader};
use flexc_ir::{DType, Ffn, Graph, Op, Piece, Weight};
use std::collections::{BTreeMap, HashSet};
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

/// Reads one source piece of `w` and checks every value is finite.
fn read_finite(reader: &WeightReader, w: &Weight, p: &Piece) -> Result<Vec<u8>, WriteError> {
    let bytes = reader.piece_bytes(w, p)?;
    if let Some(i) = first_non_finite(w.dtype, &bytes) {
        let row_len = w.row_len().max(1) as usize;
        return Err(WriteError::NonFinite {
            weight: w.name.clone(),
            reason: format!(
                "row {} column {} of {:?} in {} is NaN or infinite; flexc refuses non-finite weights",
                p.row_start as usize + i / row_len,
                i % row_len,
                p.tensor,
                p.file
            ),
        });
    }
    Ok(bytes)
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
        let bytes = read_finite(reader, w, &w.pieces[k])?;
        let digest = blake3_hex(&bytes);
        digests.lock().unwrap_or_else(|e| e.into_inner()).insert((i, k), digest);
        file.write_all_at(&bytes, at).map_err(io)
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
        // after it was written fails its check at load instead of running.
        let bytes = read_finite(reader, w, p)?;
        let digest = blake3_hex(&bytes);
        if !path.is_file() {
            let parent = path.parent().expect("objects/<h2>");
            let io = |source| WriteError::Io { path: path.clone(), source };
            std::fs::create_dir_all(parent).map_err(io)?;
            let tmp = unique_temp(&path);
            let written = (|| -> std::io::Result<()> {
                let f = std::fs::File::create(&tmp)?;
                f.write_all_at(&head, 0)?;
                f.write_all_at(&bytes, head.len() as u64)?;
                if durable {
                    f.sync_all()?;
                }
                std::fs::rename(&tmp, &path)
            })();
            if let Err(e) = written {
                let _ = std::fs::remove_file(&tmp);
                return Err(io(e));
            }
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
