//! Claims the sentence itself sets against each other. A concessive frame
//! grants one party's claim and answers it with another's: `Though he has
//! heralded plans to …, experts say the sting of those changes would be
//! swamped …`; `His promises to stick it to the rich notwithstanding,
//! independent analyses agree …`; `the gap between what Trump says his plan
//! would do and how experts say it would shape tax law`. The writer presents
//! the second claim as the answer to the first, so by the guidelines both are
//! `disputed` (a rebuttal disputes the claim it rebuts, and is disputed by it).
//!
//! Only claims of two different parties count: `While Trump has railed
//! against the provisions, he has sought to protect …` sets a speaker against
//! his own deeds, which is no dispute between sources.

use super::Vote;
use crate::model::Claim;
use crate::segment::Document;

/// How many claims on each side are compared (keeps the pass linear).
const NEIGHBOURS: usize = 6;

/// Words that open a concessive clause at the start of a sentence.
const CONCESSIVE_OPENERS: &[&str] = &["though", "although", "while", "whereas", "despite"];

/// Nouns that name a mismatch between two accounts (`the gap between …`).
const MISMATCH_NOUNS: &[&str] = &["gap", "difference", "disconnect", "mismatch", "contrast"];

/// The first token of a claim's attribution (cue, else content).
fn anchor(doc: &Document, claim: &Claim) -> Option<usize> {
    let span = claim.cue.spans.first().or(claim.content.spans.first())?;
    Some(doc.tokens_in(*span).start)
}

/// The last token of a claim's content (or cue).
fn last(doc: &Document, claim: &Claim) -> Option<usize> {
    let end = claim
        .content
        .spans
        .iter()
        .chain(&claim.cue.spans)
        .map(|s| s.end)
        .max()?;
    Some(doc.tokens_in(crate::model::Span::new(end - 1, end)).start)
}

/// Whether the two claims come from different parties.
fn different_parties(doc: &Document, a: &Claim, b: &Claim) -> bool {
    let (Some(sa), Some(sb)) = (a.source.spans.first(), b.source.spans.first()) else {
        return false;
    };
    match (&a.source.entity, &b.source.entity) {
        (Some(ea), Some(eb)) => ea != eb,
        _ => !doc.text[sa.start..sa.end].eq_ignore_ascii_case(&doc.text[sb.start..sb.end]),
    }
}

/// Whether a claim's cue is an answering assertion
/// ([`crate::attribution::concessive::ANSWER_VERBS`]: `Though she called it
/// outrageous, Clinton restricted her comments …` answers nothing).
fn answers(doc: &Document, claim: &Claim) -> bool {
    claim.cue.spans.iter().any(|&span| {
        doc.tokens_in(span).any(|t| {
            crate::lexicon::is_one_of(doc.folded(t), crate::attribution::concessive::ANSWER_VERBS)
        })
    })
}

/// Whether sentence tokens `from..to` hold one of `words` (folded).
fn has_word(doc: &Document, from: usize, to: usize, words: &[&str]) -> bool {
    (from..to).any(|t| words.contains(&doc.folded(t)))
}

/// Whether the sentence frames claim `a` (before) as conceded and `b` as the
/// answer: `a` in a clause opened by a concessive word and closed by a comma
/// before `b`, `a` followed by `notwithstanding`, or both after `the gap
/// between`, joined by `and`. `ta`, `tb`: the claims' first attribution
/// tokens; `ea`: `a`'s last token.
fn conceded(doc: &Document, ta: usize, tb: usize, ea: usize) -> bool {
    let s = doc.sentence_of(ta);
    if ta >= tb || ea >= tb || doc.sentence_of(tb) != s {
        return false;
    }
    let (s0, _) = doc.sentences[s];
    // The sentence's first word, past a leading `And` / `But`.
    let first = (s0..ta)
        .find(|&t| !matches!(doc.folded(t), "and" | "but" | "\"" | "“"))
        .map(|t| doc.folded(t));
    let comma_between = (ea..tb).any(|t| doc.token_text(t) == ",");
    (first.is_some_and(|w| CONCESSIVE_OPENERS.contains(&w)) && comma_between)
        || has_word(doc, ea, tb, &["notwithstanding"])
        || ((s0 + 1..ta)
            .any(|t| doc.folded(t) == "between" && MISMATCH_NOUNS.contains(&doc.folded(t - 1)))
            && has_word(doc, ea, tb, &["and"]))
}

/// Marks both claims of each concessive pair `disputed`, each with the other's
/// content as evidence.
pub fn concessions(doc: &Document, claims: &[Claim], votes: &mut [Vec<Vote>]) {
    // Each claim's first and last token, found once (not once per pair).
    let ends: Vec<Option<(usize, usize)>> = claims
        .iter()
        .map(|c| Some((anchor(doc, c)?, last(doc, c)?)))
        .collect();
    for b in 0..claims.len() {
        let Some((tb, _)) = ends[b] else { continue };
        // Whether `b` answers at all, asked once and not of every neighbour.
        let mut answering = None;
        // Given claims need not be in text order; `conceded` checks it.
        for a in b.saturating_sub(NEIGHBOURS)..(b + NEIGHBOURS + 1).min(claims.len()) {
            let (ca, cb) = (&claims[a], &claims[b]);
            let Some((ta, ea)) = ends[a] else { continue };
            if a == b
                || !conceded(doc, ta, tb, ea)
                || !different_parties(doc, ca, cb)
                || !*answering.get_or_insert_with(|| answers(doc, cb))
            {
                continue;
            }
            super::dispute_each_other(
                claims,
                votes,
                (a, b),
                (
                    "Set against another source's claim in the same sentence.",
                    "Answers another source's claim in the same sentence.",
                ),
            );
        }
    }
}
