//! Names for the values and weights that fusing passes create.

use std::collections::HashSet;

/// `model.layers.0.self_attn.q_proj.weight`, `...k_proj.weight`, `...v_proj.weight` ->
/// `model.layers.0.self_attn.qkv_proj.weight`; `l0.q`, `l0.k`, `l0.v` -> `l0.qkv`: the common prefix
/// and suffix kept, the differing middles concatenated with `joiner`.
pub(crate) fn fused_name_with(names: &[&str], joiner: &str) -> String {
    let first = names[0];
    let prefix = (0..=first.len())
        .rev()
        .find(|&n| first.is_char_boundary(n) && names.iter().all(|s| s.starts_with(&first[..n])))
        .unwrap_or(0);
    let suffix = (0..=first.len() - prefix)
        .rev()
        .find(|&n| {
            first.is_char_boundary(first.len() - n)
                && names.iter().all(|s| s.len() >= prefix + n && s.ends_with(&first[first.len() - n..]))
        })
        .unwrap_or(0);
    let middles: Vec<&str> = names.iter().map(|s| &s[prefix..s.len() - suffix]).collect();
    format!("{}{}{}", &first[..prefix], middles.join(joiner), &first[first.len() - suffix..])
}

pub(crate) fn fused_name(names: &[&str]) -> String {
    fused_name_with(names, "")
}

/// `name`, or `name.fused`, `name.fused2`, ... when taken; the result is recorded as taken.
pub(crate) fn unique(name: String, taken: &mut HashSet<String>) -> String {
    let mut candidate = name.clone();
    let mut n = 1;
    while taken.contains(&candidate) {
        candidate = if n == 1 { format!("{name}.fused") } else { format!("{name}.fused{n}") };
        n += 1;
    }
    taken.insert(candidate.clone());
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_prefix_and_suffix() {
        let w = ["m.l0.self_attn.q_proj.weight", "m.l0.self_attn.k_proj.weight", "m.l0.self_attn.v_proj.weight"];
        assert_eq!(fused_name(&w), "m.l0.self_attn.qkv_proj.weight");
        assert_eq!(fused_name(&["l0.q", "l0.k", "l0.v"]), "l0.qkv");
        assert_eq!(fused_name_with(&["e.3.gate_proj.weight", "e.3.up_proj.weight"], "_"), "e.3.gate_up_proj.weight");
        assert_eq!(fused_name(&["a", "a"]), "a");
        let mut taken: HashSet<String> = ["x".to_string(), "x.fused".to_string()].into();
        assert_eq!(unique("x".into(), &mut taken), "x.fused2");
        assert_eq!(unique("y".into(), &mut taken), "y");
    }
}
