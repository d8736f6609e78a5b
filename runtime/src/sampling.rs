//! Next-token choice from logits: greedy, or temperature with optional top-k / top-p, seeded.

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SamplingParams {
    /// 0 means greedy.
    pub temperature: f32,
    /// Keep only the `top_k` most likely tokens (0: all).
    pub top_k: usize,
    /// Keep the smallest set of tokens whose probability reaches `top_p` (1: all).
    pub top_p: f32,
    pub seed: u64,
}

impl Default for SamplingParams {
    fn default() -> Self {
        SamplingParams { temperature: 0.0, top_k: 0, top_p: 1.0, seed: 0 }
    }
}

/// A deterministic sampler: the same seed and logits give the same tokens.
pub struct Sampler {
    params: SamplingParams,
    state: u64,
}

impl Sampler {
    pub fn new(params: SamplingParams) -> Sampler {
        Sampler { params, state: params.seed ^ 0x9e37_79b9_7f4a_7c15 }
    }

    /// splitmix64: small, fast, and reproducible across platforms.
    fn next_f32(&mut self) -> f32 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        (z >> 40) as f32 / (1u64 << 24) as f32
    }

    /// The next token. Linear in the vocabulary: with neither top-k nor top-p nothing is sorted;
    /// top-k selects its k tokens; top-p finds its nucleus by halving (a selection around the middle,
    /// keeping the half the nucleus ends in) and sorts only the nucleus.
    pub fn sample(&mut self, logits: &[f32]) -> u32 {
        let p = self.params;
        if p.temperature <= 0.0 || logits.len() < 2 {
            return argmax(logits) as u32;
        }
        let n = logits.len();
        let max = logits[argmax(logits)];
        let r = self.next_f32();
        // Candidates as (logit, then weight, id): every token, or the top k.
        let mut c: Vec<(f32, u32)> = logits.iter().zip(0..n as u32).map(|(&x, i)| (x, i)).collect();
        if p.top_k > 0 && p.top_k < n {
            c.select_nth_unstable_by(p.top_k - 1, most_likely_first);
            c.truncate(p.top_k);
        }
        for x in &mut c {
            x.0 = ((x.0 - max) / p.temperature).exp();
        }
        if p.top_p < 1.0 {
            let total: f32 = c.iter().map(|x| x.0).sum();
            let keep = nucleus(&mut c, p.top_p * total);
            c.truncate(keep);
            c.sort_unstable_by(most_likely_first);
        } else if p.top_k > 0 {
            c.sort_unstable_by(most_likely_first);
        }
        // With neither, the whole distribution in vocabulary order.
        let total: f32 = c.iter().map(|x| x.0).sum();
        let target = r * total;
        let mut acc = 0.0;
        for &(w, i) in &c {
            acc += w;
            if target < acc {
                return i;
            }
        }
        c.iter().max_by(|a, b| most_likely_first(b, a)).map_or(0, |x| x.1)
    }
}

/// Larger value first; the lower id first on ties.
fn most_likely_first(a: &(f32, u32), b: &(f32, u32)) -> std::cmp::Ordering {
    b.0.total_cmp(&a.0).then(a.1.cmp(&b.1))
}

/// Reorders `c` (weight, id) so that its first entries, returned as their count, are the fewest of
/// the largest weights whose sum reaches `mass` (all of them if none do). Linear on average: the
/// range the boundary lies in halves at each selection.
fn nucleus(c: &mut [(f32, u32)], mass: f32) -> usize {
    let (mut lo, mut hi, mut need) = (0, c.len(), mass);
    while hi - lo > 64 {
        let mid = lo + (hi - lo) / 2;
        c[lo..hi].select_nth_unstable_by(mid - lo, most_likely_first);
        let upper: f32 = c[lo..mid].iter().map(|x| x.0).sum();
        if upper >= need {
            hi = mid;
        } else {
            need -= upper;
            lo = mid;
        }
    }
    c[lo..hi].sort_unstable_by(most_likely_first);
    let mut acc = 0.0;
    for (j, x) in c[lo..hi].iter().enumerate() {
        acc += x.0;
        if acc >= need {
            return lo + j + 1;
        }
    }
    hi
}

/// A token's log-probability under the model (the log-softmax of the logits, before temperature,
/// top-k or top-p) and the `top` most likely tokens' at that position, most likely first.
#[derive(Debug, Clone, PartialEq)]
pub struct Logprobs {
    pub logprob: f32,
    pub top: Vec<(u32, f32)>,
}

impl Logprobs {
    /// `token`'s log-probability under `logits`, and the `top` most likely tokens' (the lower id
    /// first on ties). Linear in the vocabulary.
    pub fn of(logits: &[f32], token: u32, top: usize) -> Logprobs {
        let max = logits.iter().fold(f32::NEG_INFINITY, |m, &x| m.max(x));
        let sum: f64 = logits.iter().map(|&x| f64::from((x - max).exp())).sum();
        let log_total = max as f64 + sum.ln();
        let lp = |i: u32| (f64::from(logits[i as usize]) - log_total) as f32;
        let top = top.min(logits.len());
        let mut c: Vec<(f32, u32)> = logits.iter().zip(0..logits.len() as u32).map(|(&x, i)| (x, i)).collect();
        if top > 0 && top < c.len() {
            c.select_nth_unstable_by(top - 1, most_likely_first);
        }
        c.truncate(top);
        c.sort_unstable_by(most_likely_first);
        Logprobs { logprob: lp(token), top: c.into_iter().map(|(_, i)| (i, lp(i))).collect() }
    }
}

/// Index of the largest value (the first on ties).
pub fn argmax(xs: &[f32]) -> usize {
    let mut best = 0;
    for (i, &x) in xs.iter().enumerate() {
        if x > xs[best] {
            best = i;
        }
    }
    best
}

/// Generates up to `max_tokens` tokens after `prompt`. `next_logits` returns the logits of the last
/// position for a token sequence; `on_token` sees each token as it is chosen (for streaming) and may
/// stop generation by returning false. Stops early at a stop token (which is included).
pub fn generate<E>(
    prompt: &[u32],
    max_tokens: usize,
    sampler: &mut Sampler,
    stop_tokens: &[u32],
    mut next_logits: impl FnMut(&[u32]) -> Result<Vec<f32>, E>,
    mut on_token: impl FnMut(u32) -> bool,
) -> Result<Vec<u32>, E> {
    let mut tokens = prompt.to_vec();
    let mut out = Vec::with_capacity(max_tokens);
    for _ in 0..max_tokens {
        let logits = next_logits(&tokens)?;
        let next = sampler.sample(&logits);
        out.push(next);
        tokens.push(next);
        if !on_token(next) || stop_tokens.contains(&next) {
            break;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greedy_picks_the_first_maximum() {
        let mut s = Sampler::new(SamplingParams::default());
        assert_eq!(s.sample(&[0.1, 3.0, 3.0, -1.0]), 1);
    }

    #[test]
    fn same_seed_same_tokens_and_top_k_restricts() {
        let logits: Vec<f32> = (0..50).map(|i| (i as f32 * 0.37).sin()).collect();
        let params = SamplingParams { temperature: 1.0, top_k: 3, top_p: 1.0, seed: 42 };
        let a: Vec<u32> = {
            let mut s = Sampler::new(params);
            (0..20).map(|_| s.sample(&logits)).collect()
        };
        let b: Vec<u32> = {
            let mut s = Sampler::new(params);
            (0..20).map(|_| s.sample(&logits)).collect()
        };
        assert_eq!(a, b);
        let mut top3: Vec<usize> = (0..50).collect();
        top3.sort_by(|&x, &y| logits[y].total_cmp(&logits[x]));
        assert!(a.iter().all(|t| top3[..3].contains(&(*t as usize))), "{a:?} outside the top 3");
        assert!(a.iter().any(|&t| t != a[0]), "temperature 1 over 3 close tokens should vary: {a:?}");
    }

    /// The sampled frequencies follow the distribution each setting leaves: all tokens, the top k,
    /// and the nucleus (renormalised), over 20000 draws.
    #[test]
    fn samples_follow_the_kept_distribution() {
        let logits: Vec<f32> = (0..200).map(|i| ((i * 37 % 200) as f32 * 0.05).sin() * 3.0).collect();
        let mut sorted: Vec<usize> = (0..logits.len()).collect();
        sorted.sort_by(|&a, &b| logits[b].total_cmp(&logits[a]));
        let softmax = |ids: &[usize]| -> Vec<(usize, f64)> {
            let max = logits[ids[0]] as f64;
            let w: Vec<f64> = ids.iter().map(|&i| (logits[i] as f64 - max).exp()).collect();
            let total: f64 = w.iter().sum();
            ids.iter().zip(w).map(|(&i, w)| (i, w / total)).collect()
        };
        let nucleus = {
            let all = softmax(&sorted);
            let mut acc = 0.0;
            let keep = all.iter().position(|(_, q)| {
                acc += q;
                acc >= 0.5
            });
            sorted[..keep.unwrap() + 1].to_vec()
        };
        for (top_k, top_p, kept) in [(0, 1.0, sorted.clone()), (7, 1.0, sorted[..7].to_vec()), (0, 0.5, nucleus)] {
            let mut s = Sampler::new(SamplingParams { temperature: 1.0, top_k, top_p, seed: 11 });
            let draws = 20000;
            let mut counts = vec![0usize; logits.len()];
            for _ in 0..draws {
                counts[s.sample(&logits) as usize] += 1;
            }
            let want = softmax(&kept);
            let outside: usize = (0..logits.len()).filter(|i| !kept.contains(i)).map(|i| counts[i]).sum();
            assert_eq!(outside, 0, "top_k {top_k}, top_p {top_p}: tokens outside the kept set drawn");
            for (i, q) in want {
                let got = counts[i] as f64 / draws as f64;
                // Five standard deviations of a binomial frequency.
                let sd = (q * (1.0 - q) / draws as f64).sqrt();
                assert!(
                    (got - q).abs() <= 5.0 * sd + 1e-3,
                    "top_k {top_k}, top_p {top_p}: token {i} drawn {got}, p {q}"
                );
            }
        }
    }

    #[test]
    fn logprobs_are_the_log_softmax() {
        let logits: Vec<f32> = (0..1000).map(|i| ((i * 7919 % 1000) as f32 * 0.013).cos() * 5.0).collect();
        let got = Logprobs::of(&logits, 17, 5);
        let max = logits.iter().cloned().fold(f32::MIN, f32::max) as f64;
        let log_total = max + logits.iter().map(|&x| (x as f64 - max).exp()).sum::<f64>().ln();
        assert!((got.logprob as f64 - (logits[17] as f64 - log_total)).abs() < 1e-5);
        let mut sorted: Vec<usize> = (0..logits.len()).collect();
        sorted.sort_by(|&a, &b| logits[b].total_cmp(&logits[a]).then(a.cmp(&b)));
        let ids: Vec<u32> = got.top.iter().map(|t| t.0).collect();
        assert_eq!(ids, sorted[..5].iter().map(|&i| i as u32).collect::<Vec<_>>());
        for (id, lp) in &got.top {
            assert!((*lp as f64 - (logits[*id as usize] as f64 - log_total)).abs() < 1e-5);
        }
        let mass: f64 = Logprobs::of(&logits, 0, logits.len()).top.iter().map(|t| (t.1 as f64).exp()).sum();
        assert!((mass - 1.0).abs() < 1e-4, "the probabilities sum to {mass}");
        assert!(Logprobs::of(&logits, 3, 0).top.is_empty());
        assert_eq!(Logprobs::of(&logits[..3], 0, 10).top.len(), 3);
    }

    #[test]
    fn tiny_top_p_is_greedy() {
        let logits = [0.0, 5.0, 1.0, 4.9];
        let mut s = Sampler::new(SamplingParams { temperature: 1.0, top_k: 0, top_p: 0.01, seed: 7 });
        for _ in 0..10 {
            assert_eq!(s.sample(&logits), 1);
        }
    }
}
