//! Long subjects with a participle as sources: `A new study documenting
//! iodine levels in school children has revealed …`, `The results of the
//! survey published in the journal this week show …`. The subject finder
//! ([`super::subject`]) stops at short noun phrases, so a cue after such a
//! subject is left without a source.

use crate::model::{Claim, Span};
use crate::segment::{Document, TokenKind};

use super::subject::{is_word, lower_is, lowercase};

/// Words that end a subject: auxiliaries and finite verbs, relative
/// pronouns, coordination and negation, so a sentence with a clause before
/// the cue (`The mayor said the results show …`) keeps looking elsewhere.
const NOT_IN_SUBJECT: &[&str] = &[
    "is", "was", "are", "were", "be", "has", "had", "have", "will", "would", "can", "could", "may",
    "might", "should", "must", "do", "does", "did", "not", "who", "which", "that", "and", "or",
    "but", "said", "says", "told", "if", "when", "because",
];

/// Gives a claim without a source the subject that opens its sentence when
/// that subject starts with an article, holds a participle after a word that
/// is no participle or adverb itself (`study documenting`, `Study
/// published`), and runs as words without a finite verb, clause opener or
/// punctuation right up to the cue.
pub fn apply(doc: &Document, claims: &mut [Claim]) {
    for claim in claims.iter_mut() {
        if claim.source.spans.is_empty() {
            if let Some(s) = claim.cue.spans.first().and_then(|c| subject(doc, c.start)) {
                claim.source.spans.push(s);
            }
        }
    }
}

/// The long subject before the cue starting at byte `cue`, if any.
fn subject(doc: &Document, cue: usize) -> Option<Span> {
    let l = doc.token_at(cue);
    if l >= doc.tokens.len() {
        return None;
    }
    let (s0, _) = doc.sentences[doc.sentence_of(l)];
    let mut a = s0;
    while a < l && doc.tokens[a].kind != TokenKind::Word {
        a += 1;
    }
    // A participle or `-ly` adverb, which never ends the subject.
    let participle = |k: usize| {
        let w = doc.token_text(k);
        lowercase(doc, k) && (w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ly"))
    };
    if l < a + 4 || l > a + 25 || !lower_is(doc, a, &["a", "an", "the"]) || participle(l - 1) {
        return None;
    }
    // The participle follows a noun (`study documenting`), never the
    // article or an adjective before the noun (`the reported results`).
    let has_participle = (a + 2..l - 1)
        .any(|k| participle(k) && !doc.token_text(k).ends_with("ly") && !participle(k - 1));
    let plain = (a + 1..l).all(|k| {
        is_word(doc, k)
            && !lower_is(doc, k, NOT_IN_SUBJECT)
            && !doc.token_text(k).contains(['\'', '’'])
    });
    (has_participle && plain).then(|| doc.span_of(a, l - 1))
}
