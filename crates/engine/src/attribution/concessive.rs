//! `Though Governor Reyes has promised that the toll cut will help commuters,
//! independent economists say …`: a claim in a concessive clause (or one
//! closed by `notwithstanding`) ends where the main clause begins. The tagger
//! often runs the conceded content on over the main clause's own source and
//! speech verb; cut back, the main clause is left for
//! [`super::orphan_speech`] to take as a claim of its own.

use crate::model::{Claim, Span};
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
    return_conceded_pieces(doc, claims);
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

/// `Though he's heralded plans to go after carried interest, | a loophole
/// …, as evidence of his willingness to turn on the rich, | experts say …`:
/// a piece of the concessive clause that the tagger gave to the main
/// clause's claim goes back to the conceded claim (the one whose cue is in
/// that clause), which runs on to its end; with no such claim it is dropped:
/// the main clause's source does not say it. Only when the main clause's
/// verb takes its content straight after it: in `While …, that is cause for
/// celebration, he said, because …` the piece before the source is the
/// main clause itself.
fn return_conceded_pieces(doc: &Document, claims: &mut [Claim]) {
    for i in 0..claims.len() {
        let (Some(&source), Some(&cue)) =
            (claims[i].source.spans.first(), claims[i].cue.spans.last())
        else {
            continue;
        };
        let (s, v) = (doc.token_at(source.start), doc.token_at(cue.end));
        if s == 0 || v >= doc.tokens.len() || doc.token_text(v) == "," {
            continue;
        }
        let (s0, _) = doc.sentences[doc.sentence_of(s)];
        let opens = (s0..s).find(|&t| is_word(doc, t));
        if !opens.is_some_and(|t| lower_is(doc, t, OPENERS))
            || !main_clause_at(doc, s - 1, (s + 5).min(doc.tokens.len()))
            || !claims[i].content.spans.iter().any(|p| p.start >= cue.end)
        {
            continue;
        }
        // Every piece of the clause, one by one.
        let clause = Span::new(doc.tokens[s0].span.start, source.start);
        while let Some(k) = claims[i]
            .content
            .spans
            .iter()
            .position(|p| clause.contains(p))
        {
            let piece = claims[i].content.spans.remove(k);
            let conceded = (0..claims.len()).rev().find(|&j| {
                j != i
                    && claims[j]
                        .cue
                        .spans
                        .first()
                        .is_some_and(|c| clause.contains(c))
                    && claims[j]
                        .content
                        .spans
                        .last()
                        .is_some_and(|l| l.end <= piece.start)
            });
            if let Some(last) = conceded.and_then(|j| claims[j].content.spans.last_mut()) {
                last.end = piece.end;
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
