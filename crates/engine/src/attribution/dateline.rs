//! A wire story's dateline (`PORT ALDEN, Maine (Wire) —`) belongs to no
//! claim: the tagger sometimes starts the first sentence's source or content
//! on it (`Maine (Wire) — The mayor`), as the dateline's capitals look like
//! a name running into the subject.

use crate::model::{Claim, Span};
use crate::segment::Document;

use super::fronted::after_dateline;

/// Starts every source and content piece that begins on a dateline after it;
/// a piece lying wholly on the dateline is dropped.
pub fn apply(doc: &Document, claims: &mut [Claim]) {
    for claim in claims.iter_mut() {
        for spans in [&mut claim.source.spans, &mut claim.content.spans] {
            spans.retain_mut(|span| match dateline_end(doc, span.start) {
                Some(end) if end >= span.end => false,
                Some(end) => {
                    *span = Span::new(end, span.end);
                    true
                }
                None => true,
            });
        }
    }
}

/// Where the dateline ends (the start of its first word after the dash),
/// when `at` lies on the dateline that opens its sentence.
fn dateline_end(doc: &Document, at: usize) -> Option<usize> {
    let t = doc.token_at(at);
    if t >= doc.tokens.len() {
        return None;
    }
    let (s0, s1) = doc.sentences[doc.sentence_of(t)];
    let first = after_dateline(doc, s0, s1);
    (first > s0 && t < first && first < s1).then(|| doc.tokens[first].span.start)
}
