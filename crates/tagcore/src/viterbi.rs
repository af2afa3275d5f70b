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
    let mut back = vec![[0u8; LABELS]; n];
    let mut score = [f32::NEG_INFINITY; LABELS];
    for y in 0..LABELS {
        score[y] = emissions[y] + start[y];
    }
    for (t, em) in emissions[..n * LABELS]
        .chunks_exact(LABELS)
        .enumerate()
        .skip(1)
    {
        let mut next = [f32::NEG_INFINITY; LABELS];
        let bk = &mut back[t];
        // `O`, `B-src`, `B-cue`, `B-con`: any previous label.
        for y in [0, 1, 3, 5] {
            let (mut best, mut arg) = (f32::NEG_INFINITY, 0u8);
            for p in 0..LABELS {
                let s = score[p] + trans[p][y];
                if s > best {
                    best = s;
                    arg = p as u8;
                }
            }
            next[y] = best + em[y];
            bk[y] = arg;
        }
        // `I-x`: from `B-x` (= y − 1), then `I-x`.
        for y in [2, 4, 6] {
            let (mut best, mut arg) = (f32::NEG_INFINITY, 0u8);
            for p in [y - 1, y] {
                let s = score[p] + trans[p][y];
                if s > best {
                    best = s;
                    arg = p as u8;
                }
            }
            next[y] = best + em[y];
            bk[y] = arg;
        }
        score = next;
    }
    let mut y = (0..LABELS)
        .max_by(|&a, &b| score[a].total_cmp(&score[b]))
        .unwrap_or(0) as u8;
    let mut labels = vec![0u8; n];
    for t in (0..n).rev() {
        labels[t] = y;
        y = back[t][y as usize];
    }
    labels
}
