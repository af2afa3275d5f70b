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
//!       | the same, coded by crate::rans in rows of LABELS      (version 4)
//! ```
//! All numbers little endian. A feature hash picks a slot; the slot holds one
//! weight per label, scaled by `scale`. The training writes version 4 (a
//! third smaller in the browser download than version 1, and each row's
//! zero weights cost one decoding step together); version 1 is still read,
//! versions 2 and 3 (earlier `rans` layouts) no longer are.

use std::sync::OnceLock;

use claimlens_tagcore::emit::{self, Sentences, Table};
use claimlens_tagcore::sums;

use crate::features::{Features, TokenInfo};
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
/// Version of the weight file format with entropy-coded weights ([`crate::rans`];
/// 4: rows as a mask and their non-zero weights, 3 coded every weight).
pub const VERSION_PACKED: u32 = 4;

/// Slot of a feature hash in a table of `1 << bits` slots.
#[inline]
pub fn slot(hash: u32, bits: u32) -> usize {
    // The training's slots are the tagging's (crates/tagcore).
    sums::slot(hash, bits)
}

/// A trained model, read from the embedded bytes.
#[derive(Debug, Clone)]
pub struct Model {
    /// log2 of the number of slots.
    pub bits: u32,
    /// Multiplier of the i8 weights.
    pub scale: f32,
    /// Transition scores, `(LABELS + 1) × LABELS`, last row = start.
    pub transitions: Vec<f32>,
    /// The quantised weights, one `u64` per slot: byte `y` is label `y`'s weight
    /// plus 128 (byte 7 is 0). Summing rows as four 16-bit lanes of even and
    /// of odd bytes adds all seven labels in a few instructions (no SIMD
    /// needed, so wasm gains too); subtracting 128 per row gives back the
    /// exact integer sums.
    rows: Vec<u64>,
}

impl Model {
    /// Parses a weight file; `None` when it is absent, truncated or of another version.
    pub fn parse(bytes: &[u8]) -> Option<Self> {
        let mut model = Model::header(bytes)?;
        let mut rows = Vec::with_capacity(1 << model.bits);
        read_rows(bytes, model.bits, |row| rows.push(row))?;
        model.rows = rows;
        Some(model)
    }

    /// The model of weight file `bytes` without its rows (`rows` empty).
    fn header(bytes: &[u8]) -> Option<Self> {
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
        let transitions = (0..TRANSITIONS)
            .map(|k| u32_at(16 + 4 * k).map(f32::from_bits))
            .collect::<Option<Vec<f32>>>()?;
        Some(Model {
            bits,
            scale,
            transitions,
            rows: Vec::new(),
        })
    }

    /// Emission scores of every token, `tokens × LABELS`.
    pub fn emissions(&self, feats: &Features, n: usize) -> Vec<f32> {
        let mut out = Vec::with_capacity(n * LABELS);
        for t in 0..n {
            let mut acc = [0; 8];
            sums::add_rows(&self.rows, self.bits, feats.of(t), &mut acc);
            sums::push_scores(&acc, self.scale, &mut out);
        }
        out
    }

    /// The weights as [`emit`] reads them.
    fn table(&self) -> Table<'_> {
        Table {
            rows: &self.rows,
            bits: self.bits,
            scale: self.scale,
        }
    }
}

/// Transition scores in a weight file: `(LABELS + 1) × LABELS`.
const TRANSITIONS: usize = (LABELS + 1) * LABELS;

/// Gives the `1 << bits` weight rows of weight file `bytes` (whose header
/// [`Model::header`] accepted) to `put`, in slot order and in the biased
/// form; `None` when they are truncated.
fn read_rows(bytes: &[u8], bits: u32, mut put: impl FnMut(u64)) -> Option<()> {
    let start = 16 + 4 * TRANSITIONS;
    let len = (1usize << bits) * LABELS;
    // The biased form: flipping the top bit of each weight byte adds 128
    // to the i8 (byte 7, past the labels, stays 0).
    let mut biased = |row: u64| put(row ^ sums::ZERO_ROW);
    // Rows of one weight per label, byte `y` for label `y`; the rows are
    // all the scoring reads.
    if bytes.get(4..8)? == VERSION.to_le_bytes() {
        let weights = bytes.get(start..start + len)?;
        for w in weights.chunks_exact(LABELS) {
            biased((0..LABELS).fold(0u64, |r, y| r | u64::from(w[y]) << (8 * y)));
        }
        Some(())
    } else {
        crate::rans::decode_packed_into(bytes.get(start..)?, LABELS, len, biased)
    }
}

/// The embedded weight file of stage one.
const STAGE_ONE: &[u8] = include_bytes!("../data/attribution_tagger.bin");
/// The embedded weight file of stage two ([`crate::stacked`]).
const STAGE_TWO: &[u8] = include_bytes!("../data/attribution_tagger2.bin");

/// The slot bits in the header of weight file `bytes` (0 when it is too short).
const fn header_bits(bytes: &[u8]) -> u32 {
    match bytes {
        [_, _, _, _, _, _, _, _, a, b, c, d, ..] => u32::from_le_bytes([*a, *b, *c, *d]),
        _ => 0,
    }
}

/// Whether both embedded weight files have the shipped table size, known at
/// compile time: [`tag`] then calls only tagcore's loops for that size, and
/// the general ones (for weights trained with other `--bits`) are left out
/// of the build, where a test of the size at run time kept both copies of
/// the templates (3.6 KB of the embed's gzip).
const SHIPPED_SIZE: bool =
    header_bits(STAGE_ONE) == sums::SHIPPED_BITS && header_bits(STAGE_TWO) == sums::SHIPPED_BITS;

/// The embedded model, parsed once; `None` when no trained weights are embedded.
pub fn model() -> Option<&'static Model> {
    static CELL: OnceLock<Option<Model>> = OnceLock::new();
    cached_model(&CELL, || Model::parse(STAGE_ONE))
}

/// Best label sequence under `emissions` (`n × LABELS`) and `transitions`
/// (`(LABELS + 1) × LABELS`, last row = start), respecting [`allowed`].
pub fn viterbi(emissions: &[f32], transitions: &[f32], n: usize) -> Vec<u8> {
    if n == 0 || emissions.len() < n * LABELS || transitions.len() < (LABELS + 1) * LABELS {
        return vec![O; n];
    }
    // Transition scores with the forbidden moves at minus infinity.
    let mut trans = [[f32::NEG_INFINITY; LABELS]; LABELS];
    let mut start = [f32::NEG_INFINITY; LABELS];
    for (y, cell) in start.iter_mut().enumerate() {
        if allowed(None, y as u8) {
            *cell = transitions[LABELS * LABELS + y];
        }
        for (p, row) in trans.iter_mut().enumerate() {
            if allowed(Some(p as u8), y as u8) {
                row[y] = transitions[p * LABELS + y];
            }
        }
    }
    claimlens_tagcore::viterbi::decode(emissions, &trans, &start, n)
}

/// The embedded second-stage model ([`crate::stacked`]), if any.
pub fn model2() -> Option<&'static Model> {
    static CELL: OnceLock<Option<Model>> = OnceLock::new();
    cached_model(&CELL, || Model::parse(STAGE_TWO))
}

/// The model in `cell`, parsed by `parse` on first use (one copy of
/// `OnceLock`'s initialisation for both models; [`tag`] reads its own
/// [`Stages`], so the wasm, which only tags, carries neither).
#[inline(never)]
fn cached_model(
    cell: &'static OnceLock<Option<Model>>,
    parse: fn() -> Option<Model>,
) -> Option<&'static Model> {
    cell.get_or_init(parse).as_ref()
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
    let stages = stages()?;
    let model = &stages.first;
    let info = TokenInfo::new(doc);
    let n = doc.tokens.len();
    let sentences = Sentences {
        tok: info.tokens(),
        sentences: &doc.sentences,
        paragraphs: &doc.paragraphs,
    };
    // With SHIPPED_SIZE the pairs have the shipped size, so `?` never
    // returns. Without a second stage its sums are unused.
    let (scores, kept) = if SHIPPED_SIZE {
        emit::stage_one(&sentences, &stages.pairs, model.bits, model.scale)?
    } else {
        let second = stages.second.as_ref().unwrap_or(model);
        emit::stage_one_any(&sentences, &model.table(), &second.table())
    };
    let first = viterbi(&scores, &model.transitions, n);
    let Some(second) = &stages.second else {
        return Some(first);
    };
    let labelled = crate::stacked::labelled(doc, &info, &first);
    let scores = if SHIPPED_SIZE {
        emit::stage_two(&labelled, &stages.pairs, second.bits, second.scale, &kept)?
    } else {
        emit::stage_two_any(&labelled, &second.table(), &kept)
    };
    Some(viterbi(&scores, &second.transitions, n))
}

/// Both embedded stages as [`tag`] reads them.
struct Stages {
    /// Stage one (its rows in `pairs` when they are not empty).
    first: Model,
    /// Stage two, when embedded (likewise).
    second: Option<Model>,
    /// With [`SHIPPED_SIZE`], both stages' rows in one table
    /// ([`sums::ShippedPairs`]); otherwise empty, and the models hold
    /// their rows.
    pairs: Vec<[u64; 2]>,
}

impl Stages {
    /// Reads the embedded weight files; `None` without stage one. The
    /// paired rows are decoded straight into their table: no separate
    /// tables are made first (the wasm's memory would keep their peak).
    fn load() -> Option<Stages> {
        if !SHIPPED_SIZE {
            return Some(Stages {
                first: Model::parse(STAGE_ONE)?,
                second: Model::parse(STAGE_TWO),
                pairs: Vec::new(),
            });
        }
        let first = Model::header(STAGE_ONE)?;
        let mut pairs = vec![[sums::ZERO_ROW; 2]; 1 << first.bits];
        let mut column = |bytes: &[u8], bits: u32, k: usize| {
            let mut slots = pairs.iter_mut();
            read_rows(bytes, bits, |row| {
                if let Some(pair) = slots.next() {
                    pair[k] = row;
                }
            })
        };
        column(STAGE_ONE, first.bits, 0)?;
        // A stage two that fails to decode is left out (its rows, however
        // far they got, are then never read).
        let second =
            Model::header(STAGE_TWO).filter(|two| column(STAGE_TWO, two.bits, 1).is_some());
        Some(Stages {
            first,
            second,
            pairs,
        })
    }
}

/// The embedded stages, read once; `None` when no trained weights are embedded.
fn stages() -> Option<&'static Stages> {
    static CELL: OnceLock<Option<Stages>> = OnceLock::new();
    CELL.get_or_init(Stages::load).as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features;

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
        assert_eq!(tag(&doc), Some(second.clone()));
        // The emission scores themselves agree bit for bit, in the shipped
        // loops and in the general ones.
        let sentences = Sentences {
            tok: info.tokens(),
            sentences: &doc.sentences,
            paragraphs: &doc.paragraphs,
        };
        let (t1, t2) = (m1.table(), m2.table());
        let pairs = &stages().expect("stages").pairs;
        let shipped = emit::stage_one(&sentences, pairs, m1.bits, m1.scale).expect("shipped size");
        let general = emit::stage_one_any(&sentences, &t1, &t2);
        let listed = m1.emissions(&base, n);
        let same = |a: &[f32], b: &[f32]| {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.to_bits() == y.to_bits())
        };
        assert!(same(&shipped.0, &listed) && same(&general.0, &listed));
        assert_eq!(shipped.1, general.1);
        let labelled = crate::stacked::labelled(&doc, &info, &first);
        let two = emit::stage_two(&labelled, pairs, m2.bits, m2.scale, &shipped.1);
        let two = two.expect("shipped size");
        assert!(same(&two, &emit::stage_two_any(&labelled, &t2, &general.1)));
        // The compile-time size test reads the headers as the parser does.
        let parsed = [m1.bits, m2.bits] == [sums::SHIPPED_BITS; 2];
        assert_eq!(SHIPPED_SIZE, parsed);
        assert!(parsed, "the embedded tables have the shipped size");
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
