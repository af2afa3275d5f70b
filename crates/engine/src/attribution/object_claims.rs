//! `Minyon Moore called | Mr. Obama's remarks on Saturday “a true wake-up
//! call”`: the tagger can read the object after a cue as a claim of its own
//! (here on the noun `remarks`), leaving the claim of the verb without
//! content. That claim takes the words of the one that follows its cue in
//! the same sentence, which goes.

use crate::model::{Claim, Span};
use crate::segment::Document;

/// Verbs that name their object as something (`called X “a wake-up call”`).
const NAMING: &[&str] = &[
    "called",
    "calls",
    "labeled",
    "branded",
    "dubbed",
    "described",
];

/// Merges each contentless claim of a naming verb with the claim its cue
/// runs straight into.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    let mut i = 0;
    while i < claims.len() {
        let (Some(&cue), true) = (
            claims[i].cue.spans.last(),
            claims[i].content.spans.is_empty(),
        ) else {
            i += 1;
            continue;
        };
        if claims[i].source.spans.is_empty() {
            i += 1;
            continue;
        }
        let verb = doc.token_at(cue.end).saturating_sub(1);
        if !crate::lexicon::is_one_of(doc.folded(verb), NAMING) {
            i += 1;
            continue;
        }
        // The object may open with a title (`Mr. | Obama's remarks`).
        let next = verb + 1..verb + 4;
        let sentence = doc.sentence_of(doc.token_at(cue.start));
        let object = claims.iter().position(|o| {
            let first = o.role_spans().map(|s| s.start).min();
            first.is_some_and(|s| next.contains(&doc.token_at(s)))
                && !o.content.spans.is_empty()
                && o.role_spans()
                    .all(|s| doc.sentence_of(doc.token_at(s.start)) == sentence)
        });
        let Some(k) = object else {
            i += 1;
            continue;
        };
        let o = &claims[k];
        // From the word after the verb, title included.
        let start = doc.tokens[verb + 1].span.start;
        let end = o.role_spans().map(|s| s.end).max().unwrap_or(cue.end);
        claims[i].content.spans = vec![Span::new(start, end)];
        claims.remove(k);
        if k < i {
            i -= 1;
        }
        i += 1;
    }
}
