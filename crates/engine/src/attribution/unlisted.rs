//! Quotations introduced by a verb the speech list lacks: `Captain Idris
//! Moller proudly exclaimed: "…"`, `The port authority reasoned, "…"`.
//! Neither the tagger nor the quotation finder knows such a verb, so the
//! quotation had no cue of its own and was grouped under the next sentence's
//! cue (`Lena Quist observed, "…"`) or left as a claim without cue or source;
//! it moves to a claim of its own.

use crate::model::{Claim, KeepWith, Span};
use crate::segment::Document;

use super::subject::{capitalised, is_word, lower_is, lowercase};

/// Adds a claim for quotation `quote` (one without a cue) when it follows
/// `SUBJECT VERB-ed:` or `SUBJECT VERB-ed,` in its own sentence, taking it
/// from claims whose cue lies in another sentence (a claim that held nothing
/// but the quotation goes).
pub fn take(doc: &Document, quote: Span, claims: &mut Vec<Claim>) {
    let open = doc.tokens.partition_point(|t| t.span.start < quote.start);
    let Some((first, verb)) = speaker(doc, open) else {
        return;
    };
    let cue = doc.tokens[verb].span;
    let (s0, s1) = doc.sentences[doc.sentence_of(verb)];
    let own = doc.tokens[s0].span.start..doc.tokens[s1 - 1].span.end;
    if claims.iter().any(|c| {
        c.touches(&cue)
            || (c.content.spans.iter().any(|s| s.overlaps(&quote))
                && c.cue.spans.first().is_some_and(|k| own.contains(&k.start)))
    }) {
        return;
    }
    claims.retain_mut(|c| {
        let had = !c.content.spans.is_empty();
        c.content.spans.keep_with(&mut |s| !s.overlaps(&quote));
        !had || !c.content.spans.is_empty()
    });
    let source = doc.span_of(first, verb - 1);
    claims.push(Claim::new(vec![source], vec![cue], vec![quote]));
}

/// Subject pronouns: a lone one may be the speaker, one inside the words
/// before the verb makes them a clause (`When she arrived, "…"`).
const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i"];

/// Words that open a subordinate clause, not a subject.
const SUBORDINATORS: &[&str] = &[
    "when", "after", "as", "if", "once", "while", "because", "before", "since",
];

/// `(first subject token, verb)` before the quotation opening at token
/// `open`: a lowercase past tense right before the colon or comma, after a
/// subject of up to six words that opens the sentence or follows a comma and
/// is no subordinate clause, opened by a capital without a pronoun after it
/// (not `When she arrived, "…"`), or a lone pronoun.
fn speaker(doc: &Document, open: usize) -> Option<(usize, usize)> {
    let (s0, _) = doc.sentences[doc.sentence_of(open)];
    let verb = open.checked_sub(2).filter(|&v| v > s0)?;
    let w = doc.token_text(verb);
    if !matches!(doc.token_text(open - 1), ":" | ",")
        || w.len() < 5
        || !w.ends_with("ed")
        || !lowercase(doc, verb)
    {
        return None;
    }
    let mut first = verb;
    while first > s0 && is_word(doc, first - 1) {
        first -= 1;
    }
    let n = verb - first;
    ((first == s0 || doc.token_text(first - 1) == ",")
        && (1..=6).contains(&n)
        && !lower_is(doc, first, SUBORDINATORS)
        && !(first + 1..verb).any(|t| lower_is(doc, t, PRONOUNS))
        && (capitalised(doc, first) || (n == 1 && lower_is(doc, first, PRONOUNS))))
    .then_some((first, verb))
}
