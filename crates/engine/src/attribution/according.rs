//! The source of `according to X` is the phrase after the cue, to its comma
//! or to the end of the sentence: `…, according to a poll released last
//! week.`, `According to a new report by Politico, …`. The tagger often
//! stops such a phrase short (`a poll released` + `last week`) or, after a
//! content, takes a noun before the cue for the source (`the most visited
//! site according to Travelstat`). Used by [`super::source_extent`], whose
//! widening then keeps the new span off other claims.

use crate::model::{Claim, Span};
use crate::segment::{Document, TokenKind};

use super::subject::{is_word, last_word, lower_is};

/// Longest source phrase after `according to`, in tokens.
const MAX_PHRASE: usize = 16;

/// Index of the token right after a cue ending in `according to`, if the cue
/// ends so and a word follows.
pub(super) fn object_start(doc: &Document, cue: Span) -> Option<usize> {
    let e = doc.token_at(cue.end);
    (e >= 2
        && e < doc.tokens.len()
        && lower_is(doc, e - 2, &["according"])
        && lower_is(doc, e - 1, &["to"])
        && is_word(doc, e))
    .then_some(e)
}

/// Nouns of a manner or a model, after which `according to` says how
/// something is done, not who says it (`according to the West European
/// system`).
const MANNER: &[&str] = &[
    "system",
    "theory",
    "model",
    "method",
    "methods",
    "principles",
    "tradition",
];

/// Whether `claim` is an `according to` phrase of manner (its source ends
/// in one of [`MANNER`]), which attributes nothing. Someone's theory
/// (`according to your theory`) is a view and stays.
pub fn is_manner(doc: &Document, claim: &Claim) -> bool {
    let (Some(&cue), Some(&source)) = (claim.cue.spans.last(), claim.source.spans.last()) else {
        return false;
    };
    let (a, b) = (doc.token_at(source.start), doc.token_at(source.end));
    object_start(doc, cue) == Some(a)
        && lower_is(doc, b - 1, MANNER)
        && !lower_is(doc, a, &["my", "your", "his", "her", "our", "their"])
}

/// `the most visited site according to Travelstat.`: a claim whose source
/// is not the phrase after its `according to` gets that phrase's first word
/// as its source (the widening runs it to its end), unless the claim's own
/// content already holds that word.
pub fn object_source(doc: &Document, claim: &mut Claim) {
    let Some(&cue) = claim.cue.spans.first() else {
        return;
    };
    let Some(k) = object_start(doc, cue) else {
        return;
    };
    let first = doc.tokens[k].span;
    if claim
        .source
        .spans
        .first()
        .is_some_and(|s| s.start == first.start)
        || claim.content.spans.iter().any(|c| c.contains(&first))
    {
        return;
    }
    claim.source.spans = vec![first];
}

/// The end (exclusive token index) of the source `a..b` after an `according
/// to` cue: the comma that closes its phrase, or the end of the sentence
/// when the content came before the cue (`…, according to X.`), or an
/// opening bracket. `None` when the cue is not `according to`, the source
/// already runs past that point, or the phrase is long or holds a quotation
/// or clause punctuation.
pub fn object_end(
    doc: &Document,
    cue: Span,
    a: usize,
    b: usize,
    content_before: bool,
) -> Option<usize> {
    if object_start(doc, cue)? != a {
        return None;
    }
    let (_, s1) = doc.sentences[doc.sentence_of(a)];
    let mut e = a;
    while e < s1 && e < a + MAX_PHRASE {
        let w = doc.token_text(e);
        if matches!(w, "," | "(") {
            break;
        }
        if doc.tokens[e].kind == TokenKind::Quote || matches!(w, ";" | ":" | "—" | "–") {
            return None;
        }
        e += 1;
    }
    // A comma or a bracketed aside (`Google Analytics (full data: …)`) closes it.
    let at_comma = e < s1 && matches!(doc.token_text(e), "," | "(");
    if !at_comma {
        // The sentence's end, past its closing punctuation.
        while e > a && !is_word(doc, e - 1) {
            e -= 1;
        }
        let ends = (e..s1).all(|k| !is_word(doc, k));
        if !ends || !content_before {
            return None;
        }
    }
    (e > b).then_some(e)
}

/// `According to police, the suspect fled.`: an `according to` claim that
/// opens its sentence with no content, whose source runs over the phrase's
/// comma, reports the clause after that comma (to the sentence's last word);
/// the source ends at the comma.
pub fn content_after_comma(doc: &Document, claim: &mut Claim) {
    let (Some(&cue), Some(&src)) = (claim.cue.spans.first(), claim.source.spans.first()) else {
        return;
    };
    if !claim.content.spans.is_empty() || object_start(doc, cue).is_none() {
        return;
    }
    let t = doc.token_at(cue.start);
    let (s0, s1) = doc.sentences[doc.sentence_of(t)];
    let (a, b) = (doc.token_at(src.start), doc.token_at(src.end).min(s1));
    let Some(k) = (a + 1..b).find(|&k| doc.token_text(k) == ",") else {
        return;
    };
    if (s0..t).any(|j| is_word(doc, j)) {
        return;
    }
    if let Some(last) = last_word(doc, k + 1, b).filter(|&l| l > k + 1) {
        claim.source.spans[0] = Span::new(src.start, doc.tokens[k - 1].span.end);
        claim.content.spans = vec![doc.span_of(k + 1, last)];
    }
}
