//! Second-stage features: the first-stage tagger's labels, seen from each token
//! (its own and its neighbours' labels, the distance and direction to the
//! nearest predicted cue in the sentence and in nearby sentences, which roles
//! the sentence already holds). The second stage corrects span edges and
//! links that a token-local first stage cannot see.

use claimlens_tagcore::stacked::{self, Labelled};
use claimlens_tagcore::templates::Lists;

use crate::features::{FeatureSink, Features, TokenInfo};
use crate::segment::Document;

/// `doc` with the stage-one labels `prev`, as stage two's templates
/// ([`claimlens_tagcore::stacked`]) read it.
pub fn labelled<'a>(doc: &'a Document, info: &'a TokenInfo, prev: &'a [u8]) -> Labelled<'a> {
    Labelled {
        labels: prev.get(..doc.tokens.len()).unwrap_or(prev),
        sentence: &info.sentence,
        quote: &info.quote,
        shape: &info.shape,
        sentences: &doc.sentences,
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
    let labelled = labelled(doc, info, prev);
    let mut lists = Lists::default();
    stacked::features(&labelled, &mut lists);
    let mut feats: Vec<u32> = Vec::with_capacity(64);
    for (t, own) in lists.tokens().enumerate() {
        match base {
            Some(base) => {
                feats.clear();
                feats.extend_from_slice(base.of(t));
                feats.extend_from_slice(own);
                sink.token(&feats);
            }
            None => sink.token(own),
        }
    }
}
