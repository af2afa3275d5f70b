//! Emission scores of a whole document: each feature's weight rows are
//! added to its token's sums as the templates hash it, so no feature list
//! is built and no hash is stored. Stage two's features begin with stage
//! one's, so each stage-one feature is hashed once and looked up in both
//! tables.

use crate::stacked::{self, Labelled};
use crate::sums::{push_scores, AnyRows, Lanes, RowPairs, Rows, SecondOf, ShippedPairs};
use crate::templates::{self, Sink, Tokens};

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

impl<'a> Table<'a> {
    /// The rows as the sums read them when the table is of any size.
    fn any(&self) -> AnyRows<'a> {
        AnyRows {
            rows: self.rows,
            bits: self.bits,
        }
    }
}

/// Stage one's emission scores (`tokens × LABELS`, stage one's rows of
/// `pairs` times `scale`) and stage two's integer sums of the same features
/// (its rows of `pairs`), per token; `None` unless `pairs` has the shipped
/// size ([`crate::sums::SHIPPED_BITS`] for `bits`), whose loops know it at
/// compile time.
pub fn stage_one(
    doc: &Sentences,
    pairs: &[[u64; 2]],
    bits: u32,
    scale: f32,
) -> Option<(Vec<f32>, Vec<[i32; 8]>)> {
    Some(doc.sums(ShippedPairs::new(pairs, bits)?, scale))
}

/// [`stage_one`] for tables of any size (the general loops, for weights
/// trained with other `--bits`; same sums).
pub fn stage_one_any(doc: &Sentences, first: &Table, second: &Table) -> (Vec<f32>, Vec<[i32; 8]>) {
    doc.sums([first.any(), second.any()], first.scale)
}

/// A document's tokens and its sentences and paragraphs, as stage one's
/// templates read them.
#[derive(Clone, Copy)]
pub struct Sentences<'a> {
    /// Per-token facts.
    pub tok: Tokens<'a>,
    /// Sentences as token ranges, in order.
    pub sentences: &'a [(usize, usize)],
    /// Paragraphs as sentence ranges, in order.
    pub paragraphs: &'a [(usize, usize)],
}

impl Sentences<'_> {
    /// The emission scores of every token under `tables[0]` (times `scale`)
    /// and the integer sums under `tables[1]`.
    fn sums<R: RowPairs>(&self, tables: R, scale: f32) -> (Vec<f32>, Vec<[i32; 8]>) {
        let n = self.tok.whash.len();
        let mut sink = StageOne {
            tables,
            scale,
            scores: Vec::with_capacity(n * crate::LABELS),
            kept: Vec::with_capacity(n),
        };
        for (s, &sentence) in self.sentences.iter().enumerate() {
            let paragraph = self.paragraphs.partition_point(|&(_, end)| end <= s);
            let para_first = self
                .paragraphs
                .get(paragraph)
                .is_some_and(|&(p0, _)| p0 == s);
            templates::sentence(&self.tok, sentence, para_first, &mut sink);
        }
        (sink.scores, sink.kept)
    }
}

/// Stage one's sums, token by token, in two tables at once.
struct StageOne<R> {
    /// Stage one's table and stage two's.
    tables: R,
    /// Stage one's multiplier.
    scale: f32,
    /// Stage one's emission scores of the tokens done.
    scores: Vec<f32>,
    /// Stage two's integer sums of the tokens done.
    kept: Vec<[i32; 8]>,
}

/// A token's sums so far: its rows in each table, and how many.
#[derive(Default)]
struct TwoSums {
    lanes: [Lanes; 2],
    rows: usize,
}

impl<R: RowPairs> Sink for StageOne<R> {
    type Token = TwoSums;

    #[inline(always)]
    fn feature(&self, token: &mut TwoSums, hash: u32) {
        let [one, two] = self.tables.rows(hash);
        token.lanes[0].add(one);
        token.lanes[1].add(two);
        token.rows += 1;
    }

    fn end_token(&mut self, token: TwoSums) {
        let (mut one, mut two) = ([0; 8], [0; 8]);
        token.lanes[0].add_to(token.rows, &mut one);
        token.lanes[1].add_to(token.rows, &mut two);
        push_scores(&one, self.scale, &mut self.scores);
        self.kept.push(two);
    }
}

/// Stage two's emission scores (its rows of `pairs`, as in [`stage_one`],
/// times `scale`): each token's integer sums start from `start` (its
/// stage-one features, from [`stage_one`]) and add its label features;
/// `None` unless `pairs` has the shipped size.
pub fn stage_two(
    doc: &Labelled,
    pairs: &[[u64; 2]],
    bits: u32,
    scale: f32,
    start: &[[i32; 8]],
) -> Option<Vec<f32>> {
    let rows = SecondOf(ShippedPairs::new(pairs, bits)?);
    Some(label_sums(doc, rows, scale, start))
}

/// [`stage_two`] for a table of any size (same sums).
pub fn stage_two_any(doc: &Labelled, table: &Table, start: &[[i32; 8]]) -> Vec<f32> {
    label_sums(doc, table.any(), table.scale, start)
}

/// [`stage_two`] with the table read as `rows`.
fn label_sums(doc: &Labelled, rows: impl Rows, scale: f32, start: &[[i32; 8]]) -> Vec<f32> {
    let mut sink = StageTwo {
        rows,
        scale,
        start,
        token: 0,
        scores: Vec::with_capacity(doc.labels.len() * crate::LABELS),
    };
    stacked::features(doc, &mut sink);
    sink.scores
}

/// Stage two's sums, token by token.
struct StageTwo<'a, R> {
    /// Stage two's table.
    rows: R,
    /// Stage two's multiplier.
    scale: f32,
    /// Each token's sums of its stage-one features.
    start: &'a [[i32; 8]],
    /// The current token.
    token: usize,
    /// Emission scores of the tokens done.
    scores: Vec<f32>,
}

/// A token's sums so far: its rows, and how many.
#[derive(Default)]
struct OneSum {
    lanes: Lanes,
    rows: usize,
}

impl<R: Rows> Sink for StageTwo<'_, R> {
    type Token = OneSum;

    #[inline(always)]
    fn feature(&self, token: &mut OneSum, hash: u32) {
        token.lanes.add(self.rows.row(hash));
        token.rows += 1;
    }

    fn end_token(&mut self, token: OneSum) {
        let mut acc = self.start.get(self.token).copied().unwrap_or([0; 8]);
        token.lanes.add_to(token.rows, &mut acc);
        push_scores(&acc, self.scale, &mut self.scores);
        self.token += 1;
    }
}
