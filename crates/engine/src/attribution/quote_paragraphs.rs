//! A quotation that runs over several paragraphs (the wire convention: no
//! closing mark at a paragraph's end, an opening mark on the next) is one
//! statement of the speaker it started with. The tagger reads paragraph by
//! paragraph and can give a later paragraph of it to the claim that follows
//! (`"If they want the money, …" ¶ The bill's sponsor … dismissed the
//! criticism.`); here the whole quotation goes back to its speaker.

use crate::model::{Claim, KeepWith, Span};
use crate::quotes::find_quotations;
use crate::segment::Document;

/// Gives each multi-paragraph quotation whole to the claim that holds its
/// start, taking its later parts from other claims (a claim left with a cue
/// and no content goes).
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for q in find_quotations(doc) {
        let (open, close) = (doc.tokens[q.open].span, doc.tokens[q.close].span);
        let first_paragraph = doc.paragraph_of_sentence(doc.sentence_of(q.open));
        if doc.paragraph_of_sentence(doc.sentence_of(q.close)) == first_paragraph {
            continue;
        }
        let whole = Span::new(open.start, close.end);
        let Some(owner) = claims.iter().position(|c| {
            c.content
                .spans
                .iter()
                .any(|s| s.start <= open.start && open.start < s.end)
        }) else {
            continue;
        };
        // Pieces of the quotation other claims hold move to the owner,
        // paragraph by paragraph as they were (PolNeAR's pieces too).
        let mut moved: Vec<Span> = Vec::new();
        let mut emptied = vec![false; claims.len()];
        for (i, claim) in claims.iter_mut().enumerate() {
            if i != owner && claim.content.spans.iter().any(|s| whole.contains(s)) {
                moved.extend(claim.content.spans.iter().filter(|s| whole.contains(s)));
                claim.content.spans.keep_with(&mut |s| !whole.contains(s));
                emptied[i] = claim.content.spans.is_empty();
            }
        }
        if moved.is_empty() {
            continue;
        }
        let spans = &mut claims[owner].content.spans;
        spans.extend(moved);
        crate::order::spans(spans);
        let mut flags = emptied.into_iter();
        claims.keep_with(&mut |_| !flags.next().unwrap_or(false));
    }
}
