//! `Though Governor Reyes has promised that the toll cut will help commuters,
//! independent economists say …`: a claim in a concessive clause (or one
//! closed by `notwithstanding`) ends where the main clause begins. The tagger
//! often runs the conceded content on over the main clause's own source and
//! speech verb; cut back, the main clause is left for
//! [`super::orphan_speech`] to take as a claim of its own.

use crate::model::Claim;
use crate::segment::Document;

use super::subject::{is_word, lower_is, lowercase};

/// Words that open a concessive clause at the start of a sentence.
const OPENERS: &[&str] = &["though", "although", "while", "whereas"];

/// Verbs of an answering assertion, shared with the verification pass that
/// pairs the two claims ([`crate::verification::concession`]): the main
/// clause states something against the conceded claim (`experts say`,
/// `analyses agree`, `records show`).
pub const ANSWER_VERBS: &[&str] = &[
    "say",
    "says",
    "said",
    "agree",
    "agrees",
    "agreed",
    "argue",
    "argues",
    "argued",
    "note",
    "notes",
    "noted",
    "contend",
    "contends",
    "insist",
    "insists",
    "maintain",
    "maintains",
    "counter",
    "counters",
    "countered",
    "warn",
    "warns",
    "warned",
    "find",
    "finds",
    "found",
    "conclude",
    "concluded",
    "estimate",
    "estimated",
    "show",
    "shows",
    "showed",
];

/// Longest subject of the main clause, in tokens.
const MAX_SUBJECT: usize = 4;

/// Cuts contents back to the end of their concessive clause.
pub fn apply(doc: &Document, claims: &mut [Claim]) {
    for claim in claims.iter_mut() {
        let Some(cue) = claim.cue.spans.first().copied() else {
            continue;
        };
        for piece in claim.content.spans.iter_mut() {
            if piece.start < cue.end {
                continue;
            }
            let r = doc.tokens_in(*piece);
            if r.is_empty() {
                continue;
            }
            let (s0, _) = doc.sentences[doc.sentence_of(r.start)];
            let concessive = (s0..r.start)
                .find(|&t| !lower_is(doc, t, &["and", "but"]) && is_word(doc, t))
                .is_some_and(|t| lower_is(doc, t, OPENERS));
            let Some(cut) = r.clone().find(|&t| {
                (concessive && main_clause_at(doc, t, r.end))
                    || (super::wordclass::is(doc, t, super::wordclass::NOTWITHSTANDING)
                        && t + 1 < doc.tokens.len()
                        && doc.token_text(t + 1) == ",")
            }) else {
                continue;
            };
            // The last word before the cut.
            if let Some(last) = (r.start..cut).rev().find(|&t| is_word(doc, t)) {
                piece.end = doc.tokens[last].span.end;
            }
        }
    }
}

/// Whether a main clause with a speech verb starts after the comma at `t`:
/// `, independent economists say`.
fn main_clause_at(doc: &Document, t: usize, end: usize) -> bool {
    if doc.token_text(t) != "," {
        return false;
    }
    (t + 2..end.min(t + 2 + MAX_SUBJECT)).any(|v| {
        lower_is(doc, v, ANSWER_VERBS)
            && lowercase(doc, v)
            && (t + 1..v).all(|s| is_word(doc, s) && !lower_is(doc, s, &["that", "which", "who"]))
    })
}
