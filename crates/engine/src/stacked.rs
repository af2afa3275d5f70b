//! Second-stage features: the first-stage tagger's labels, seen from each token
//! (its own and its neighbours' labels, the distance and direction to the
//! nearest predicted cue in the sentence and in nearby sentences, which roles
//! the sentence already holds). The second stage corrects span edges and
//! links that a token-local first stage cannot see.

use crate::features::{FeatureSink, Features, TokenInfo};
use crate::segment::Document;
use crate::tagger::role;

/// Hash of a template and its values (multiply-rotate mixing, as in
/// [`crate::features`]).
#[inline(always)]
fn h(template: u8, values: &[u32]) -> u32 {
    let mut x = (0x811c_9dc5u32 ^ (template as u32 + 100)).wrapping_mul(0x0100_0193);
    for &v in values {
        x = (x.rotate_left(5) ^ v).wrapping_mul(0x2722_0A95) ^ 0x9E37_79B9;
    }
    x
}

fn bucket(d: usize) -> u32 {
    match d {
        0..=3 => d as u32,
        4..=5 => 4,
        6..=8 => 5,
        9..=15 => 6,
        _ => 7,
    }
}

/// Stage-one features `base` plus features of the stage-one labels `prev`.
pub fn extract(doc: &Document, info: &TokenInfo, base: &Features, prev: &[u8]) -> Features {
    let n = doc.tokens.len();
    let mut out = Features {
        offsets: Vec::with_capacity(n + 1),
        hashes: Vec::with_capacity(base.hashes.len() + n * 16),
    };
    out.offsets.push(0);
    extract_into(doc, info, Some(base), prev, &mut out);
    out
}

/// [`extract`] into `sink`, token after token; with `base` `None` only the
/// features of the labels (the tagger adds them to the stage-two sums it
/// already holds for the stage-one features).
pub fn extract_into(
    doc: &Document,
    info: &TokenInfo,
    base: Option<&Features>,
    prev: &[u8],
    sink: &mut impl FeatureSink,
) {
    let n = doc.tokens.len();
    // Slices, not `Vec`s: the size-optimised wasm build calls `Vec`'s
    // `Index` out of line.
    let (sentence, quote, shapes, sentences) = (
        info.sentence.as_slice(),
        info.quote.as_slice(),
        info.shape.as_slice(),
        doc.sentences.as_slice(),
    );
    let label = |t: isize| -> u32 {
        if t < 0 || t as usize >= n {
            9
        } else {
            prev[t as usize] as u32
        }
    };
    // Sentence-level facts: which roles occur, where the cues are.
    let ns = doc.sentences.len();
    let mut roles_in = vec![0u32; ns];
    let mut cue_at: Vec<Vec<usize>> = vec![Vec::new(); ns];
    for (t, &label) in prev.iter().enumerate().take(n) {
        let s = sentence[t] as usize;
        let r = role(label);
        if r > 0 {
            roles_in[s] |= 1 << (r - 1);
        }
        if label == crate::tagger::B_CUE {
            cue_at[s].push(t);
        }
    }
    let mut feats: Vec<u32> = Vec::with_capacity(24);
    for t in 0..n {
        feats.clear();
        if let Some(base) = base {
            feats.extend_from_slice(base.of(t));
        }
        let s = sentence[t] as usize;
        let (s0, s1) = sentences[s];
        let ti = t as isize;
        let (p0, pm, pp) = (label(ti), label(ti - 1), label(ti + 1));
        let q = quote[t] as u32;
        let shape = shapes[t] as u32;
        feats.push(h(0, &[p0]));
        feats.push(h(1, &[pm, p0]));
        feats.push(h(2, &[p0, pp]));
        feats.push(h(3, &[pm, p0, pp]));
        feats.push(h(4, &[label(ti - 2), pm, p0]));
        feats.push(h(5, &[p0, pp, label(ti + 2)]));
        feats.push(h(6, &[p0, shape, q]));
        // Nearest predicted cue in the sentence.
        let left = cue_at[s].iter().rev().find(|&&c| c < t).copied();
        let right = cue_at[s].iter().find(|&&c| c > t).copied();
        let commas = |a: usize, b: usize| (a..b).filter(|&k| shapes[k] == 5).count().min(2) as u32;
        let lb = left.map_or(8, |c| bucket(t - c));
        let rb = right.map_or(8, |c| bucket(c - t));
        let lc = left.map_or(3, |c| commas(c, t));
        let rc = right.map_or(3, |c| commas(t, c));
        feats.push(h(7, &[lb, rb, p0]));
        feats.push(h(8, &[lb.min(4), lc, rb.min(4), rc, q]));
        feats.push(h(9, &[lb, shape]));
        feats.push(h(10, &[rb, shape]));
        if let Some(c) = right {
            feats.push(h(11, &[rb.min(5), bucket(s1 - c), rc]));
        }
        // Cues in nearby sentences.
        let near = |dir: isize| -> u32 {
            (1..=3)
                .find(|&d| {
                    let k = s as isize + dir * d;
                    k >= 0 && (k as usize) < ns && !cue_at[k as usize].is_empty()
                })
                .map_or(0, |d| d as u32)
        };
        let has_cue = !cue_at[s].is_empty() as u32;
        feats.push(h(12, &[has_cue, near(-1), near(1), q, p0]));
        feats.push(h(13, &[roles_in[s], p0]));
        let prev_roles = if s > 0 { roles_in[s - 1] } else { 8 };
        let next_roles = if s + 1 < ns { roles_in[s + 1] } else { 8 };
        feats.push(h(
            14,
            &[prev_roles, roles_in[s], next_roles, (t == s0) as u32],
        ));
        feats.push(h(15, &[label(s0 as isize), label(s1 as isize - 1), p0]));
        sink.token(&feats);
    }
}
