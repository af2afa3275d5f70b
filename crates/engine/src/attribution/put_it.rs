//! `As one fisherman put it, “The sea took everything.”` and `“…,” as the
//! chief put it`: the party before `put it` is the quotation's speaker. The
//! tagger, which knows no such cue, may hand the quotation to a speaker in
//! another paragraph; the quotation leaves that claim and becomes its own.

use crate::model::{Claim, KeepWith, Span};
use crate::quotes::find_quotations;
use crate::segment::Document;

use super::subject::{is_word, lower_is};

/// Longest party between `as` and `put it`, in tokens.
const MAX_PARTY: usize = 5;

/// Adds a claim for every `as X put it` quotation and takes the quotation
/// out of any other claim's content.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for q in find_quotations(doc) {
        let Some((source, cue)) = speaker(doc, q.open, q.close) else {
            continue;
        };
        let quote = doc.span_of(q.open, q.close);
        for c in claims.iter_mut() {
            c.content.spans.keep_with(&mut |p| !quote.contains(p));
        }
        claims.push(Claim::new(vec![source], vec![cue], vec![quote]));
    }
}

/// The party and the `put it` of an `as X put it` right before the
/// quotation's opening mark (and its comma) or right after its closing one.
fn speaker(doc: &Document, open: usize, close: usize) -> Option<(Span, Span)> {
    // `As X put it, “…”`: `it` and a comma just before the opening mark.
    let before = open
        .checked_sub(2)
        .filter(|&k| doc.token_text(k + 1) == "," && lower_is(doc, k, &["it"]))
        .and_then(|it| party(doc, it, true));
    // `“…,” as X put it`.
    let after = || {
        let a = close + 1;
        (a < doc.tokens.len() && lower_is(doc, a, &["as"]))
            .then(|| {
                (a + 2..(a + MAX_PARTY + 3).min(doc.tokens.len()))
                    .find(|&k| lower_is(doc, k, &["it"]) && lower_is(doc, k - 1, &["put"]))
            })
            .flatten()
            .and_then(|it| party(doc, it, false))
    };
    before.or_else(after)
}

/// For the `it` of `put it` at token `it`: the party after the `as` before it
/// (all words, at most [`MAX_PARTY`]) and the cue `put it`. `opening` asks
/// for the `as` to open its sentence.
fn party(doc: &Document, it: usize, opening: bool) -> Option<(Span, Span)> {
    let put = it.checked_sub(1).filter(|&p| lower_is(doc, p, &["put"]))?;
    let as_at = (put.saturating_sub(MAX_PARTY + 1)..put)
        .rev()
        .find(|&k| lower_is(doc, k, &["as"]))?;
    let first = as_at + 1;
    let words = (first..put).all(|k| is_word(doc, k));
    let opens = !opening || doc.sentences[doc.sentence_of(as_at)].0 == as_at;
    (first < put && words && opens).then(|| (doc.span_of(first, put - 1), doc.span_of(put, it)))
}
