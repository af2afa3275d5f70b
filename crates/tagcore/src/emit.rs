//! Emission scores of a whole document: each token's feature hashes are
//! summed in the weight tables as they are made, and no feature list is
//! built. Stage two's features begin with stage one's, so each stage-one
//! feature is hashed once and looked up in both tables.

use crate::stacked::{self, Labelled};
use crate::sums::{add_rows, add_rows2, push_scores};
use crate::templates::{self, Tokens};

/// A weight table in the biased row form of [`crate::sums`].
#[derive(Debug, Clone, Copy)]
pub struct Table<'a> {
    /// One row per slot.
    pub rows: &'a [u64],
    /// log2 of the number of slots.
    pub bits: u32,
    /// Multiplier of the integer sums.
    pub scale: f32,
}

/// Stage one's emission scores (`tokens × LABELS`, under `first`) and, with
/// `second`, stage two's integer sums of the same features, per token.
/// `sentences` are token ranges, `paragraphs` sentence ranges, both in order.
pub fn stage_one(
    tok: &Tokens,
    sentences: &[(usize, usize)],
    paragraphs: &[(usize, usize)],
    first: &Table,
    second: Option<&Table>,
) -> (Vec<f32>, Vec<[i32; 8]>) {
    let n = tok.whash.len();
    let mut scores = Vec::with_capacity(n * crate::LABELS);
    let mut kept = Vec::with_capacity(if second.is_some() { n } else { 0 });
    let (mut hashes, mut ends) = (Vec::with_capacity(64 * 48), Vec::with_capacity(64));
    for (s, &sentence) in sentences.iter().enumerate() {
        let paragraph = paragraphs.partition_point(|&(_, end)| end <= s);
        let para_first = paragraphs.get(paragraph).is_some_and(|&(p0, _)| p0 == s);
        templates::sentence(tok, sentence, para_first, &mut hashes, &mut ends);
        let mut start = 0;
        for &end in &ends {
            let feats = &hashes[start..end];
            start = end;
            match second {
                Some(second) if second.bits == first.bits => {
                    let mut accs = [[0; 8]; 2];
                    add_rows2([first.rows, second.rows], first.bits, feats, &mut accs);
                    push_scores(&accs[0], first.scale, &mut scores);
                    kept.push(accs[1]);
                }
                Some(second) => {
                    let (mut one, mut two) = ([0; 8], [0; 8]);
                    add_rows(first.rows, first.bits, feats, &mut one);
                    add_rows(second.rows, second.bits, feats, &mut two);
                    push_scores(&one, first.scale, &mut scores);
                    kept.push(two);
                }
                None => {
                    let mut acc = [0; 8];
                    add_rows(first.rows, first.bits, feats, &mut acc);
                    push_scores(&acc, first.scale, &mut scores);
                }
            }
        }
    }
    (scores, kept)
}

/// Stage two's emission scores under `table`: each token's integer sums
/// start from `start` (its stage-one features, from [`stage_one`]) and add
/// its label features.
pub fn stage_two(doc: &Labelled, table: &Table, start: &[[i32; 8]]) -> Vec<f32> {
    // Sized for every token's label features (at most 16) up front: grown
    // by doubling, the list was copied a dozen times per article.
    let n = doc.labels.len();
    let (mut hashes, mut ends) = (Vec::with_capacity(16 * n), Vec::with_capacity(n));
    stacked::features(doc, &mut hashes, &mut ends);
    let mut scores = Vec::with_capacity(ends.len() * crate::LABELS);
    let mut from = 0;
    for (t, &end) in ends.iter().enumerate() {
        let mut acc = start.get(t).copied().unwrap_or([0; 8]);
        add_rows(table.rows, table.bits, &hashes[from..end], &mut acc);
        push_scores(&acc, table.scale, &mut scores);
        from = end;
    }
    scores
}
