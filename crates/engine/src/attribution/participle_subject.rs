//! `Inspection records released by the county show that …, confirming
//! Brandt's account.`: a participle tail (`, confirming …`) has the subject
//! of its sentence's main verb. When the rules gave the participle's claim
//! a source but left the main verb's claim without one, both take the
//! subject: all of it when only plain words lead up to the main verb. When
//! the main verb's claim has the whole subject, the participle's takes it.

use crate::model::{Claim, Span};
use crate::segment::Document;

use super::subject::{lowercase, plain_subject};

/// Shares each participle claim's source with its sentence's sourceless
/// main-verb claim.
pub fn apply(doc: &Document, claims: &mut [Claim]) {
    for p in 0..claims.len() {
        let (Some(&source), Some(&cue)) =
            (claims[p].source.spans.first(), claims[p].cue.spans.first())
        else {
            continue;
        };
        let w = doc.token_at(cue.start);
        let participle = w > 0
            && doc.token_text(w - 1) == ","
            && doc.token_at(cue.end) == w + 1
            && doc.token_text(w).ends_with("ing")
            && lowercase(doc, w);
        if !participle {
            continue;
        }
        let a = doc.token_at(source.start);
        let sentence = doc.sentence_of(w);
        // The main verb's claim: its cue between the source and the
        // participle, in the same sentence, no source of its own.
        let Some(m) = (0..claims.len()).find(|&m| {
            m != p
                && (claims[m].source.spans.is_empty()
                    // Or the main verb's source already whole, the
                    // participle's a piece of it.
                    || claims[m].source.spans.first().is_some_and(|s| {
                        s.start == source.start && s.end > source.end
                    }))
                && claims[m].cue.spans.first().is_some_and(|c| {
                    let v = doc.token_at(c.start);
                    c.start >= source.end && c.end <= cue.start && doc.sentence_of(v) == sentence
                })
        }) else {
            continue;
        };
        if let Some(&whole) = claims[m].source.spans.first() {
            claims[p].source.spans = vec![whole];
            continue;
        }
        let v = doc.token_at(claims[m].cue.spans[0].start);
        let subject = plain_subject(doc, a, v).map_or(source, |s| Span::new(source.start, s.end));
        claims[m].source.spans = vec![subject];
        claims[p].source.spans = vec![subject];
    }
}
