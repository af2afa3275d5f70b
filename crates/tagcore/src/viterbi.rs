//! First-order Viterbi decoding of the tagger's seven BIO labels.

use crate::LABELS;

/// Best label sequence of `n` tokens under `emissions` (`n × LABELS`),
/// `trans[p][y]` (the score of `y` after `p`, minus infinity when forbidden)
/// and `start[y]` (the score of `y` first, minus infinity when forbidden).
///
/// Labels are `O`, then `B-x`, `I-x` for three roles: `O` and `B-x` may
/// follow any label, `I-x` only `B-x` or `I-x`; the engine's tests check
/// that its `allowed` agrees. Ties go to the lowest previous label, as in a
/// strict `>` scan.
pub fn decode(
    emissions: &[f32],
    trans: &[[f32; LABELS]; LABELS],
    start: &[f32; LABELS],
    n: usize,
) -> Vec<u8> {
    if n == 0 || emissions.len() < n * LABELS {
        return vec![0; n];
    }
    // Each token's best score per label, kept for the walk back: the
    // forward pass then takes only maxima (an add and a max per move, no
    // branch), and the walk back finds the argmax of one label per token
    // (the same strict `>` scan over the same sums) instead of the forward
    // pass storing seven per token. The NaN-free scores make both the same
    // as tracking the argmax forward.
    let mut scores: Vec<[f32; LABELS]> = Vec::with_capacity(n);
    let mut score = [f32::NEG_INFINITY; LABELS];
    for y in 0..LABELS {
        score[y] = emissions[y] + start[y];
    }
    scores.push(score);
    for em in emissions[LABELS..n * LABELS].chunks_exact(LABELS) {
        let mut next = [f32::NEG_INFINITY; LABELS];
        // `O`, `B-src`, `B-cue`, `B-con`: any previous label.
        for y in [0, 1, 3, 5] {
            let mut best = score[0] + trans[0][y];
            for p in 1..LABELS {
                let s = score[p] + trans[p][y];
                best = if s > best { s } else { best };
            }
            next[y] = best + em[y];
        }
        // `I-x`: from `B-x` (= y − 1), then `I-x`.
        for y in [2, 4, 6] {
            let (b, i) = (score[y - 1] + trans[y - 1][y], score[y] + trans[y][y]);
            next[y] = if i > b { i } else { b } + em[y];
        }
        score = next;
        scores.push(score);
    }
    let mut y = (0..LABELS)
        .max_by(|&a, &b| score[a].total_cmp(&score[b]))
        .unwrap_or(0) as u8;
    let mut labels = vec![0u8; n];
    for t in (0..n).rev() {
        labels[t] = y;
        if t > 0 {
            y = best_previous(&scores[t - 1], trans, y as usize);
        }
    }
    labels
}

/// The label before `y` on the best path: the first `p` (in label order)
/// with the highest `prev[p] + trans[p][y]` among the labels `y` may follow.
fn best_previous(prev: &[f32; LABELS], trans: &[[f32; LABELS]; LABELS], y: usize) -> u8 {
    let from = if matches!(y, 2 | 4 | 6) {
        y - 1..y + 1
    } else {
        0..LABELS
    };
    let (mut best, mut arg) = (f32::NEG_INFINITY, 0u8);
    for p in from {
        let s = prev[p] + trans[p][y];
        if s > best {
            best = s;
            arg = p as u8;
        }
    }
    arg
}
