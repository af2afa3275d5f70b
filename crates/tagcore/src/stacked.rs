//! Stage two's own feature templates: the first stage's labels, seen from
//! each token (its own and its neighbours' labels, the distance and
//! direction to the nearest predicted cue in the sentence and in nearby
//! sentences, which roles the sentence already holds).

use crate::templates::{bucket, Sink, H};

/// Label that begins a cue span.
const B_CUE: u8 = 3;

/// Hash of template `template` (numbered from 100, apart from stage one's)
/// and its values.
#[inline]
fn h(template: u8, values: &[u32]) -> u32 {
    values.iter().fold(H::new(template + 100), |h, &v| h.n(v)).0
}

/// A document as stage two sees it, one entry per token unless noted.
#[derive(Debug, Clone, Copy)]
pub struct Labelled<'a> {
    /// Stage one's labels (`O`, then `B-x`, `I-x` for source, cue, content).
    pub labels: &'a [u8],
    /// Sentence index of each token.
    pub sentence: &'a [u32],
    /// Quote role: 0 outside, 1 inside, 2 opening mark, 3 closing mark.
    pub quote: &'a [u8],
    /// Word shape class (5 = comma).
    pub shape: &'a [u8],
    /// Sentences as token ranges, in order (one entry per sentence).
    pub sentences: &'a [(usize, usize)],
}

/// The label features of every token, in order, into `sink` (one
/// [`Sink::end_token`] per token).
pub fn features<S: Sink>(doc: &Labelled, sink: &mut S) {
    let Labelled {
        labels,
        sentence,
        quote,
        shape: shapes,
        sentences,
    } = *doc;
    let n = labels.len().min(sentence.len());
    let ns = sentences.len();
    let label = |t: isize| -> u32 {
        if t < 0 || t as usize >= n {
            9
        } else {
            labels[t as usize] as u32
        }
    };
    // Sentence-level facts: which roles occur, where the cues are (`cues`
    // in token order, `cues[first[s]..first[s + 1]]` those of sentence `s`).
    let mut roles_in = vec![0u32; ns];
    let mut cues = Vec::new();
    let mut first = vec![0usize; ns + 1];
    for (t, &label) in labels[..n].iter().enumerate() {
        let s = sentence[t] as usize;
        let r = label.div_ceil(2);
        if r > 0 {
            roles_in[s] |= 1 << (r - 1);
        }
        if label == B_CUE {
            cues.push(t);
            first[s + 1] = cues.len();
        }
    }
    // Sentences without cues start where the previous one ended.
    for s in 1..=ns {
        first[s] = first[s].max(first[s - 1]);
    }
    let has_cue = |s: usize| first[s + 1] > first[s];
    let near = |s: usize, dir: isize| -> u32 {
        (1..=3)
            .find(|&d| {
                let k = s as isize + dir * d;
                k >= 0 && (k as usize) < ns && has_cue(k as usize)
            })
            .map_or(0, |d| d as u32)
    };
    // Commas before each token, counted once: the commas between a token
    // and its nearest cues are then a difference, where counting them
    // scanned every token between (per token, per side).
    let mut comma_at = Vec::with_capacity(n + 1);
    comma_at.push(0u32);
    for &shape in shapes.iter().take(n) {
        comma_at.push(comma_at[comma_at.len() - 1] + u32::from(shape == 5));
    }
    let commas = |a: usize, b: usize| (comma_at[b] - comma_at[a]).min(2);
    // The cues of nearby sentences, found once per sentence.
    let mut nearby = (usize::MAX, 0, 0);
    // The labels with two of "none" (9) on each side: each token's five
    // are then a window, read without a range test per label.
    let padded: Vec<u32> = [9, 9]
        .into_iter()
        .chain(labels[..n].iter().map(|&l| u32::from(l)))
        .chain([9, 9])
        .collect();
    // The first and last labels of the current sentence.
    let mut edges = (0, 0);
    for (t, around) in padded.windows(5).enumerate() {
        let &[pmm, pm, p0, pp, ppp] = around else {
            continue;
        };
        let s = sentence[t] as usize;
        let (s0, s1) = sentences[s];
        if nearby.0 != s {
            nearby = (s, near(s, -1), near(s, 1));
            edges = (label(s0 as isize), label(s1 as isize - 1));
        }
        let q = quote[t] as u32;
        let shape = shapes[t] as u32;
        // 16 templates at most.
        let mut features = S::Token::default();
        let mut push = |hash: u32| sink.feature(&mut features, hash);
        push(h(0, &[p0]));
        push(h(1, &[pm, p0]));
        push(h(2, &[p0, pp]));
        push(h(3, &[pm, p0, pp]));
        push(h(4, &[pmm, pm, p0]));
        push(h(5, &[p0, pp, ppp]));
        push(h(6, &[p0, shape, q]));
        // Nearest predicted cue in the sentence.
        let in_sentence = &cues[first[s]..first[s + 1]];
        let k = in_sentence.partition_point(|&c| c < t);
        let left = k.checked_sub(1).map(|k| in_sentence[k]);
        let right = in_sentence[k..].iter().copied().find(|&c| c > t);
        let lb = left.map_or(8, |c| bucket(t - c));
        let rb = right.map_or(8, |c| bucket(c - t));
        let lc = left.map_or(3, |c| commas(c, t));
        let rc = right.map_or(3, |c| commas(t, c));
        push(h(7, &[lb, rb, p0]));
        push(h(8, &[lb.min(4), lc, rb.min(4), rc, q]));
        push(h(9, &[lb, shape]));
        push(h(10, &[rb, shape]));
        if let Some(c) = right {
            push(h(11, &[rb.min(5), bucket(s1 - c), rc]));
        }
        // Cues in nearby sentences.
        push(h(12, &[has_cue(s) as u32, nearby.1, nearby.2, q, p0]));
        push(h(13, &[roles_in[s], p0]));
        let prev_roles = if s > 0 { roles_in[s - 1] } else { 8 };
        let next_roles = if s + 1 < ns { roles_in[s + 1] } else { 8 };
        push(h(
            14,
            &[prev_roles, roles_in[s], next_roles, (t == s0) as u32],
        ));
        push(h(15, &[edges.0, edges.1, p0]));
        sink.end_token(features);
    }
}
