//! A quotation that runs over several paragraphs (the wire convention: no
//! closing mark at a paragraph's end, an opening mark on the next) is one
//! statement of the speaker it started with. The tagger reads paragraph by
//! paragraph and can give a later paragraph of it to the claim that follows
//! (`"If they want the money, …" ¶ The bill's sponsor … dismissed the
//! criticism.`); here the whole quotation goes back to its speaker. A
//! speaker whose paragraph ends on `added:` introduces the next paragraph
//! ([`introduced_paragraph`]).

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
        // (Not a claim nested in what the owner already holds: `“We saw the
        // pattern …` keeps its own `We saw`.)
        let held: Vec<Span> = claims[owner].content.spans.clone();
        let moves = |s: &Span| whole.contains(s) && !held.iter().any(|h| h.overlaps(s));
        let mut moved: Vec<Span> = Vec::new();
        let mut emptied = vec![false; claims.len()];
        for (i, claim) in claims.iter_mut().enumerate() {
            if i != owner && claim.content.spans.iter().any(moves) {
                moved.extend(claim.content.spans.iter().filter(|s| moves(s)));
                claim.content.spans.keep_with(&mut |s| !moves(s));
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

/// `The governor added: ¶ It's typical of Hillary Clinton. …`: a claim
/// without content whose speaker and verb end their paragraph on a colon
/// introduces the next paragraph (a block quotation, with or without
/// marks), unless a claim from elsewhere holds some of it.
pub fn introduced_paragraph(doc: &Document, claims: &mut [Claim]) {
    for i in 0..claims.len() {
        let c = &claims[i];
        let Some(end) = c.role_spans().map(|s| s.end).max() else {
            continue;
        };
        if !c.content.spans.is_empty() || c.cue.spans.is_empty() {
            continue;
        }
        let colon = doc.token_at(end);
        if colon >= doc.tokens.len() || doc.token_text(colon) != ":" {
            continue;
        }
        let p = doc.paragraph_of_sentence(doc.sentence_of(colon));
        if p + 1 >= doc.paragraphs.len()
            || doc.paragraph_of_sentence(doc.sentence_of(colon + 1)) != p + 1
        {
            continue;
        }
        // Claims inside the paragraph stay, nested in it; not one whose
        // cue lies elsewhere and holds some of it.
        let next = doc.paragraph_span(p + 1);
        let elsewhere = |o: &Claim| {
            o.content.spans.iter().any(|s| s.overlaps(&next))
                && !o.cue.spans.iter().all(|q| next.contains(q))
        };
        if !claims.iter().any(elsewhere) {
            claims[i].content.spans = vec![next];
        }
    }
}
