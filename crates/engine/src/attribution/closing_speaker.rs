//! `Earlier reports that the state had frozen the funding turned out to be
//! false, a spokesman for the governor said.`: a claim whose source and cue
//! close the sentence after a comma, but which got no content (the tagger
//! gave the clause to a claim inside it, here `reports`), takes the clause
//! before the comma. The claim inside stays, nested in it
//! (`nest` in `attribution.rs`).

use crate::model::Claim;
use crate::segment::Document;

/// Gives contentless closing speakers the clause before their comma.
pub fn apply(doc: &Document, claims: &mut [Claim]) {
    for claim in claims.iter_mut() {
        let (Some(&src), Some(&cue)) = (claim.source.spans.first(), claim.cue.spans.first()) else {
            continue;
        };
        if !claim.content.spans.is_empty() || src.end > cue.start {
            continue;
        }
        let a = doc.tokens_in(src).start;
        let verb = doc.tokens_in(cue);
        let (s0, s1) = doc.sentences[doc.sentence_of(verb.start)];
        // The cue ends the sentence (but for a time: `… said on Monday.`)
        // and the source follows a comma.
        let closes = super::inverted::closes_sentence(doc, verb.end, s1);
        if !closes || a == 0 || a <= s0 || doc.token_text(a - 1) != "," {
            continue;
        }
        let Some(content) = super::inverted::clause_before(doc, s0, a - 1) else {
            continue;
        };
        claim.content.spans = vec![content];
    }
}
