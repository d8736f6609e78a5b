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

    pub fn sample(&mut self, logits: &[f32]) -> u32 {
        let p = self.params;
        if p.temperature <= 0.0 {
            return argmax(logits) as u32;
        }
        let mut order: Vec<usize> = (0..logits.len()).collect();
        order.sort_by(|&a, &b| logits[b].total_cmp(&logits[a]).then(a.cmp(&b)));
        if p.top_k > 0 {
            order.truncate(p.top_k);
        }
        let max = logits[order[0]];
        let mut probs: Vec<f32> = order.iter().map(|&i| ((logits[i] - max) / p.temperature).exp()).collect();
        let total: f32 = probs.iter().sum();
        probs.iter_mut().for_each(|x| *x /= total);
        if p.top_p < 1.0 {
            let mut acc = 0.0;
            let keep = probs.iter().position(|&x| {
                acc += x;
                acc >= p.top_p
            });
            let keep = keep.map_or(probs.len(), |i| i + 1);
            order.truncate(keep);
            probs.truncate(keep);
            let total: f32 = probs.iter().sum();
            probs.iter_mut().for_each(|x| *x /= total);
        }
        let r = self.next_f32();
        let mut acc = 0.0;
        for (i, &x) in probs.iter().enumerate() {
            acc += x;
            if r < acc {
                return order[i] as u32;
            }
        }
        order[order.len() - 1] as u32
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

    #[test]
    fn tiny_top_p_is_greedy() {
        let logits = [0.0, 5.0, 1.0, 4.9];
        let mut s = Sampler::new(SamplingParams { temperature: 1.0, top_k: 0, top_p: 0.01, seed: 7 });
        for _ in 0..10 {
            assert_eq!(s.sample(&logits), 1);
        }
    }
}
