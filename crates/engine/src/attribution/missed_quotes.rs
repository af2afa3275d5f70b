//! Direct quotations the tagger missed or misplaced, given the speaker the
//! quotation rules ([`crate::quotes`]) find next to them:
//!
//! * a quotation no tagged claim touches becomes a claim of its own (after
//!   a verb the rules do not list: [`super::unlisted`]);
//! * `“…,” the letter reads.`: a tagged quotation with neither cue nor
//!   source (a verb the tagger does not know) takes the speaker after it;
//! * a tagged quotation the tagger gave to a cue in another paragraph (a
//!   quotation without a cue of its own joins the nearest one) goes to the
//!   speaker right after it in its own sentence.

use crate::model::{Claim, Span};
use crate::quotes;
use crate::segment::Document;

/// Adds or re-attributes the quotations described in the module docs.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for q in quotes::attribute_quotations(doc) {
        let Some(cue) = q.cue else {
            if let [quote] = q.content[..] {
                super::unlisted::take(doc, quote, claims);
            }
            continue;
        };
        if claims.iter().any(|c| c.touches(&cue)) {
            continue;
        }
        let source: Vec<Span> = q.source.into_iter().collect();
        let after = q.content.last().is_some_and(|s| s.end <= cue.start);
        let holder = claims
            .iter()
            .position(|c| q.content.iter().any(|s| c.touches(s)));
        let Some(h) = holder else {
            claims.push(Claim::new(source, vec![cue], q.content.clone()));
            continue;
        };
        if !after {
            continue;
        }
        let c = &mut claims[h];
        if c.cue.spans.is_empty() && c.source.spans.is_empty() {
            c.cue.spans = vec![cue];
            c.source.spans = source;
        } else if let ([quote], Some(held)) = (q.content.as_slice(), c.cue.spans.first()) {
            let paragraph =
                |s: &Span| doc.paragraph_of_sentence(doc.sentence_of(doc.token_at(s.start)));
            let Some(k) = c.content.spans.iter().position(|s| s == quote) else {
                continue;
            };
            if c.content.spans.len() < 2 || paragraph(held) == paragraph(quote) {
                continue;
            }
            c.content.spans.remove(k);
            claims.push(Claim::new(source, vec![cue], vec![*quote]));
        }
    }
}
