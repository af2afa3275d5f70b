//! `According to the county sheriff, four people were injured.`: an opening
//! `according to` phrase attributes the rest of its sentence. The tagger
//! sometimes runs the source over the comma into that clause and leaves the
//! content empty; [`super::source_extent`] cuts the source back to the
//! comma, and this gives the claim the clause after it.

use crate::model::{Claim, Span};
use crate::segment::{Document, TokenKind};

use super::subject::{is_word, token_at};

/// Gives every contentless claim that opens its sentence with `according to
/// SOURCE,` the rest of the sentence (no quotation in it, no other claim's
/// words) as content.
pub fn apply(doc: &Document, claims: &mut [Claim]) {
    for i in 0..claims.len() {
        let c = &claims[i];
        let (Some(&cue), Some(&source)) = (c.cue.spans.first(), c.source.spans.last()) else {
            continue;
        };
        if !c.content.spans.is_empty() || cue.start > source.start {
            continue;
        }
        let Some(content) = clause_after(doc, cue, source) else {
            continue;
        };
        if claims.iter().any(|o| o.touches(&content)) {
            continue;
        }
        claims[i].content.spans = vec![content];
    }
}

/// The clause after `according to SOURCE,` when the cue opens its sentence
/// (after any dateline) and a comma closes the source.
fn clause_after(doc: &Document, cue: Span, source: Span) -> Option<Span> {
    let (c0, c1) = (token_at(doc, cue.start), token_at(doc, cue.end));
    if c1 < 2 || doc.folded(c1 - 1) != "to" || doc.folded(c1 - 2) != "according" {
        return None;
    }
    let (s0, s1) = doc.sentences[doc.sentence_of(c0)];
    if c0 != super::fronted::after_dateline(doc, s0, s1) {
        return None;
    }
    let comma = token_at(doc, source.end);
    if comma >= s1 || doc.token_text(comma) != "," {
        return None;
    }
    if (s0..s1).any(|t| doc.tokens[t].kind == TokenKind::Quote) {
        return None;
    }
    let first = (comma + 1..s1).find(|&t| is_word(doc, t))?;
    let last = (first..s1).rev().find(|&t| is_word(doc, t))?;
    Some(Span::new(
        doc.tokens[first].span.start,
        doc.tokens[last].span.end,
    ))
}
