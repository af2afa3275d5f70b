//! The learned attribution tagger: a linear model over hashed token features
//! ([`crate::features`]) with first-order label transitions, decoded by Viterbi
//! over the whole document (so a content span may cross sentence and paragraph
//! boundaries).
//!
//! Labels are BIO tags for source, cue and content. The weights are trained by
//! `cargo xtask train attribution` (crate `claimlens-train`, averaged structured
//! perceptron on PolNeAR train) and embedded from `data/attribution_tagger.bin`:
//!
//! ```text
//! magic "CLAT" · version u32 · slot bits u32 · scale f32 ·
//! transitions (LABELS + 1) × LABELS f32 (row LABELS = start) ·
//! weights slots × LABELS i8            (version 1)
//!       | the same, coded by crate::rans in rows of LABELS      (version 3)
//! ```
//! All numbers little endian. A feature hash picks a slot; the slot holds one
//! weight per label, scaled by `scale`. The training writes version 3 (a
//! third smaller in the browser download); version 1 is still read, version 2
//! (the previous `rans` layout, one table per label) no longer is.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::features::{self, FeatureSink, Features, TokenInfo};
use crate::segment::Document;

/// Number of labels.
pub const LABELS: usize = 7;
/// Outside any span.
pub const O: u8 = 0;
/// Begins a source span.
pub const B_SRC: u8 = 1;
/// Continues a source span.
pub const I_SRC: u8 = 2;
/// Begins a cue span.
pub const B_CUE: u8 = 3;
/// Continues a cue span.
pub const I_CUE: u8 = 4;
/// Begins a content span.
pub const B_CON: u8 = 5;
/// Continues a content span.
pub const I_CON: u8 = 6;

/// Role of a label: 0 none, 1 source, 2 cue, 3 content.
pub fn role(label: u8) -> u8 {
    label.div_ceil(2)
}

/// Whether `cur` may follow `prev` (`None` = document start).
pub fn allowed(prev: Option<u8>, cur: u8) -> bool {
    match cur {
        I_SRC | I_CUE | I_CON => prev.is_some_and(|p| p != O && role(p) == role(cur)),
        _ => true,
    }
}

/// Magic bytes of the weight file.
pub const MAGIC: &[u8; 4] = b"CLAT";
/// Version of the weight file format with raw i8 weights.
pub const VERSION: u32 = 1;
/// Version of the weight file format with entropy-coded weights ([`crate::rans`]).
pub const VERSION_PACKED: u32 = 3;

/// Slot of a feature hash in a table of `1 << bits` slots.
#[inline]
pub fn slot(hash: u32, bits: u32) -> usize {
    (hash.wrapping_mul(0x9E37_79B1) >> (32 - bits)) as usize
}

/// A trained model, borrowed from the embedded bytes.
#[derive(Debug, Clone)]
pub struct Model<'a> {
    /// log2 of the number of slots.
    pub bits: u32,
    /// Multiplier of the i8 weights.
    pub scale: f32,
    /// Transition scores, `(LABELS + 1) × LABELS`, last row = start.
    pub transitions: Vec<f32>,
    /// Quantised weights, `slots × LABELS` (borrowed from version 1 bytes,
    /// decoded from version 3).
    pub weights: Cow<'a, [u8]>,
    /// The weights again, one `u64` per slot: byte `y` is label `y`'s weight
    /// plus 128 (byte 7 is 0). Summing rows as four 16-bit lanes of even and
    /// of odd bytes adds all seven labels in a few instructions (no SIMD
    /// needed, so wasm gains too); subtracting 128 per row gives back the
    /// exact integer sums.
    rows: Vec<u64>,
}

impl<'a> Model<'a> {
    /// Parses a weight file; `None` when it is absent, truncated or of another version.
    pub fn parse(bytes: &'a [u8]) -> Option<Self> {
        let u32_at = |o: usize| -> Option<u32> {
            Some(u32::from_le_bytes(bytes.get(o..o + 4)?.try_into().ok()?))
        };
        let version = u32_at(4)?;
        if bytes.get(0..4)? != MAGIC || !(version == VERSION || version == VERSION_PACKED) {
            return None;
        }
        let bits = u32_at(8)?;
        if !(8..=24).contains(&bits) {
            return None;
        }
        let scale = f32::from_bits(u32_at(12)?);
        let ntrans = (LABELS + 1) * LABELS;
        let transitions = (0..ntrans)
            .map(|k| u32_at(16 + 4 * k).map(f32::from_bits))
            .collect::<Option<Vec<f32>>>()?;
        let start = 16 + 4 * ntrans;
        let len = (1usize << bits) * LABELS;
        let weights = if version == VERSION {
            Cow::Borrowed(bytes.get(start..start + len)?)
        } else {
            Cow::Owned(crate::rans::decode(bytes.get(start..)?, LABELS, len)?)
        };
        let rows = weights
            .chunks_exact(LABELS)
            .map(|row| {
                row.iter()
                    .enumerate()
                    .fold(0u64, |r, (y, &x)| r | (((x ^ 0x80) as u64) << (8 * y)))
            })
            .collect();
        Some(Model {
            bits,
            scale,
            transitions,
            weights,
            rows,
        })
    }

    /// Emission scores of every token, `tokens × LABELS`.
    pub fn emissions(&self, feats: &Features, n: usize) -> Vec<f32> {
        let mut sums = Sums::new(self, n);
        for t in 0..n {
            sums.token(feats.of(t));
        }
        sums.out
    }
}

/// A row of zero weights in the biased form of `Model::rows`.
const ZERO_ROW: u64 = 0x0080_8080_8080_8080;

/// Emission scores under one model, fed token by token.
struct Sums<'m> {
    model: &'m Model<'m>,
    /// Integer sums already known per token (stage two: its weights of the
    /// stage-one features), added to each token's.
    start: Vec<[i32; 8]>,
    /// The integer sums of each token, kept when `keep` (for [`Stage1`]).
    kept: Vec<[i32; 8]>,
    keep: bool,
    out: Vec<f32>,
}

impl<'m> Sums<'m> {
    fn new(model: &'m Model<'m>, n: usize) -> Self {
        Sums {
            model,
            start: Vec::new(),
            kept: Vec::new(),
            keep: false,
            out: Vec::with_capacity(n * LABELS),
        }
    }
}

impl Sums<'_> {
    /// The integer sums a token starts from.
    fn begin(&self) -> [i32; 8] {
        let t = self.out.len() / LABELS;
        self.start.get(t).copied().unwrap_or([0; 8])
    }

    /// Records a token's integer sums as scores.
    fn finish(&mut self, acc: [i32; 8]) {
        let scale = self.model.scale;
        self.out
            .extend(acc[..LABELS].iter().map(|&a| a as f32 * scale));
        if self.keep {
            self.kept.push(acc);
        }
    }
}

/// Lanes of one byte in two of a row (`Model::rows`).
const LANE_MASK: u64 = 0x00FF_00FF_00FF_00FF;

/// Adds summed lanes of `rows` rows, minus their bias, to `acc`.
#[inline]
fn unbias([even, odd]: [u64; 2], rows: usize, acc: &mut [i32; 8]) {
    let bias = 128 * rows as i32;
    for k in 0..4 {
        acc[2 * k] += ((even >> (16 * k)) & 0xFFFF) as i32 - bias;
        acc[2 * k + 1] += ((odd >> (16 * k)) & 0xFFFF) as i32 - bias;
    }
}

/// Adds the weight rows of `hashes` in `model` to `acc`. Rows are summed as
/// 16-bit lanes (even bytes, odd bytes): 256 rows of at most 255 each
/// still fit a lane.
fn add_rows(model: &Model, hashes: &[u32], acc: &mut [i32; 8]) {
    let (rows, bits) = (model.rows.as_slice(), model.bits);
    for chunk in hashes.chunks(256) {
        let mut lanes = [0u64; 2];
        for &h in chunk {
            // `slot` is always below the number of rows (`bits` was checked).
            let row = rows.get(slot(h, bits)).copied().unwrap_or(ZERO_ROW);
            lanes[0] += row & LANE_MASK;
            lanes[1] += (row >> 8) & LANE_MASK;
        }
        unbias(lanes, chunk.len(), acc);
    }
}

/// [`add_rows`] for two models with the same number of slots: each hash's
/// slot is computed once for both.
fn add_rows2(models: [&Model; 2], hashes: &[u32], accs: &mut [[i32; 8]; 2]) {
    let bits = models[0].bits;
    let rows = [models[0].rows.as_slice(), models[1].rows.as_slice()];
    for chunk in hashes.chunks(256) {
        let mut lanes = [[0u64; 2]; 2];
        for &h in chunk {
            let s = slot(h, bits);
            let row = rows[0].get(s).copied().unwrap_or(ZERO_ROW);
            lanes[0][0] += row & LANE_MASK;
            lanes[0][1] += (row >> 8) & LANE_MASK;
            let row = rows[1].get(s).copied().unwrap_or(ZERO_ROW);
            lanes[1][0] += row & LANE_MASK;
            lanes[1][1] += (row >> 8) & LANE_MASK;
        }
        for (lane, acc) in lanes.into_iter().zip(accs.iter_mut()) {
            unbias(lane, chunk.len(), acc);
        }
    }
}

impl FeatureSink for Sums<'_> {
    fn token(&mut self, hashes: &[u32]) {
        let mut acc = self.begin();
        add_rows(self.model, hashes, &mut acc);
        self.finish(acc);
    }
}

/// Stage one's emissions and, from the same features, stage two's sums of
/// them: stage two's features begin with stage one's, so each stage-one
/// feature is hashed once and looked up in both tables, and no feature list
/// is built.
struct Stage1<'m> {
    first: Sums<'m>,
    second: Option<Sums<'m>>,
}

impl FeatureSink for Stage1<'_> {
    fn token(&mut self, hashes: &[u32]) {
        match &mut self.second {
            Some(second) if second.model.bits == self.first.model.bits => {
                let mut accs = [self.first.begin(), second.begin()];
                add_rows2([self.first.model, second.model], hashes, &mut accs);
                self.first.finish(accs[0]);
                second.finish(accs[1]);
            }
            Some(second) => {
                self.first.token(hashes);
                second.token(hashes);
            }
            None => self.first.token(hashes),
        }
    }
}

/// The embedded model, parsed once; `None` when no trained weights are embedded.
pub fn model() -> Option<&'static Model<'static>> {
    static BYTES: &[u8] = include_bytes!("../data/attribution_tagger.bin");
    static CELL: OnceLock<Option<Model<'static>>> = OnceLock::new();
    CELL.get_or_init(|| Model::parse(BYTES)).as_ref()
}

/// Best label sequence under `emissions` (`n × LABELS`) and `transitions`
/// (`(LABELS + 1) × LABELS`, last row = start), respecting [`allowed`].
pub fn viterbi(emissions: &[f32], transitions: &[f32], n: usize) -> Vec<u8> {
    if n == 0 || emissions.len() < n * LABELS || transitions.len() < (LABELS + 1) * LABELS {
        return vec![O; n];
    }
    // Transition scores with the forbidden moves at minus infinity.
    let mut trans = [[f32::NEG_INFINITY; LABELS]; LABELS];
    for (p, row) in trans.iter_mut().enumerate() {
        for (y, cell) in row.iter_mut().enumerate() {
            if allowed(Some(p as u8), y as u8) {
                *cell = transitions[p * LABELS + y];
            }
        }
    }
    let mut score = [f32::NEG_INFINITY; LABELS];
    let mut back = vec![0u8; n * LABELS];
    for y in 0..LABELS {
        if allowed(None, y as u8) {
            score[y] = emissions[y] + transitions[LABELS * LABELS + y];
        }
    }
    for t in 1..n {
        let mut next = [f32::NEG_INFINITY; LABELS];
        let em = &emissions[t * LABELS..(t + 1) * LABELS];
        let bk = &mut back[t * LABELS..(t + 1) * LABELS];
        // `O` and `B-x` may follow any label; `I-x` only `B-x` (= I-x − 1)
        // or `I-x` (the test `viterbi_shortcut_matches_allowed` checks this
        // against [`allowed`]), so the other moves, at minus infinity and
        // never winning a strict `>`, are skipped.
        // (Plain `while` loops over indices: the size-optimised wasm build
        // does not inline iterator adapters, which made this loop slow there.)
        const OPEN: [usize; 4] = [O as usize, B_SRC as usize, B_CUE as usize, B_CON as usize];
        let mut k = 0;
        while k < OPEN.len() {
            let y = OPEN[k];
            let (mut best, mut arg) = (f32::NEG_INFINITY, 0u8);
            let mut p = 0;
            while p < LABELS {
                let s = score[p] + trans[p][y];
                if s > best {
                    best = s;
                    arg = p as u8;
                }
                p += 1;
            }
            next[y] = best + em[y];
            bk[y] = arg;
            k += 1;
        }
        let mut y = I_SRC as usize;
        while y <= I_CON as usize {
            // From `B-x` (= y − 1), then `I-x`.
            let (mut best, mut arg) = (f32::NEG_INFINITY, 0u8);
            let s = score[y - 1] + trans[y - 1][y];
            if s > best {
                best = s;
                arg = (y - 1) as u8;
            }
            let s = score[y] + trans[y][y];
            if s > best {
                best = s;
                arg = y as u8;
            }
            next[y] = best + em[y];
            bk[y] = arg;
            y += 2;
        }
        score = next;
    }
    let mut y = (0..LABELS)
        .max_by(|&a, &b| score[a].total_cmp(&score[b]))
        .unwrap_or(0) as u8;
    let mut labels = vec![0u8; n];
    for t in (0..n).rev() {
        labels[t] = y;
        y = back[t * LABELS + y as usize];
    }
    labels
}

/// The embedded second-stage model ([`crate::stacked`]), if any.
pub fn model2() -> Option<&'static Model<'static>> {
    static BYTES: &[u8] = include_bytes!("../data/attribution_tagger2.bin");
    static CELL: OnceLock<Option<Model<'static>>> = OnceLock::new();
    CELL.get_or_init(|| Model::parse(BYTES)).as_ref()
}

/// Decodes `feats` with `model`.
pub fn decode(model: &Model, feats: &Features, n: usize) -> Vec<u8> {
    viterbi(&model.emissions(feats, n), &model.transitions, n)
}

/// Tags every token of `doc` (stage one, then stage two when embedded);
/// `None` when no model is embedded.
///
/// The same scores as decoding `features::extract` with stage one and
/// `stacked::extract` with stage two (integer sums, added in another order),
/// without building either feature list.
pub fn tag(doc: &Document) -> Option<Vec<u8>> {
    let model = model()?;
    let info = TokenInfo::new(doc);
    let n = doc.tokens.len();
    let mut stage1 = Stage1 {
        first: Sums::new(model, n),
        second: model2().map(|m2| Sums {
            keep: true,
            ..Sums::new(m2, 0)
        }),
    };
    features::extract_into(doc, &info, &mut stage1);
    let first = viterbi(&stage1.first.out, &model.transitions, n);
    let Some(second) = stage1.second else {
        return Some(first);
    };
    let mut sums = Sums {
        start: second.kept,
        ..Sums::new(second.model, n)
    };
    crate::stacked::extract_into(doc, &info, None, &first, &mut sums);
    Some(viterbi(&sums.out, &second.model.transitions, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viterbi_respects_bio_constraints() {
        let n = 3;
        // Emissions prefer I_CON everywhere; the first must become B_CON.
        let mut e = vec![0f32; n * LABELS];
        for t in 0..n {
            e[t * LABELS + I_CON as usize] = 2.0;
            e[t * LABELS + B_CON as usize] = 1.0;
        }
        let tr = vec![0f32; (LABELS + 1) * LABELS];
        assert_eq!(viterbi(&e, &tr, n), vec![B_CON, I_CON, I_CON]);
        assert!(viterbi(&[], &tr, 0).is_empty());
    }

    #[test]
    fn fused_tagging_matches_decoding_the_feature_lists() {
        let text = "“The bridge will reopen in May,” Mayor Ana Ruiz said on Monday, \
            adding that inspectors had found no cracks.\n\nCritics, however, \
            said the repairs were rushed. According to a city report, costs rose.";
        let doc = Document::new(text);
        let (m1, m2) = (model().expect("stage one"), model2().expect("stage two"));
        let info = TokenInfo::new(&doc);
        let n = doc.tokens.len();
        let base = features::extract(&doc, &info);
        let first = decode(m1, &base, n);
        let second = decode(m2, &crate::stacked::extract(&doc, &info, &base, &first), n);
        assert_eq!(tag(&doc), Some(second));
        // The emission scores themselves agree bit for bit.
        let mut stage1 = Stage1 {
            first: Sums::new(m1, n),
            second: None,
        };
        features::extract_into(&doc, &info, &mut stage1);
        let listed = m1.emissions(&base, n);
        assert!(stage1
            .first
            .out
            .iter()
            .zip(&listed)
            .all(|(a, b)| a.to_bits() == b.to_bits()));
        assert_eq!(stage1.first.out.len(), listed.len());
    }

    #[test]
    fn viterbi_shortcut_matches_allowed() {
        for y in 0..LABELS as u8 {
            let from: Vec<u8> = (0..LABELS as u8).filter(|&p| allowed(Some(p), y)).collect();
            match y {
                I_SRC | I_CUE | I_CON => assert_eq!(from, vec![y - 1, y]),
                _ => assert_eq!(from.len(), LABELS),
            }
        }
    }

    #[test]
    fn bad_model_bytes_are_rejected() {
        assert!(Model::parse(b"").is_none());
        assert!(Model::parse(b"CLAT\x01\0\0\0\x10\0\0\0").is_none());
    }
}
