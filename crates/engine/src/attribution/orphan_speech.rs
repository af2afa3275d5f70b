//! `…, though officials said the comparison did not account for the city's
//! older pipes.`: a speech verb with its own subject and clause that no claim
//! holds once the rules have cut other contents back (the tagger had read it
//! as part of the claim before the `though`). It becomes a claim of its own.

use crate::model::{Claim, Span};
use crate::segment::{Document, TokenKind};

use super::subject::{is_word, lower_is, lowercase};

/// Speech verbs that take a clause directly (not `told`, whose object comes
/// first).
pub(super) const VERBS: &[&str] = &[
    "said",
    "says",
    "added",
    "argued",
    "warned",
    "noted",
    "insisted",
    "countered",
    // The main clause after a concessive one (`Though …, economists say
    // …`, `super::concessive`).
    "say",
    "agree",
    "agreed",
];

/// Words after which a clause with its own subject may start.
const OPENERS: &[&str] = &[
    ",",
    "though",
    "although",
    "but",
    "while",
    "whereas",
    "and",
    ";",
    // `The pledge notwithstanding, analysts agree …`
    "notwithstanding",
];

/// Longest subject, in tokens.
const MAX_SUBJECT: usize = 4;
/// Fewest words of the clause after the verb.
const MIN_CONTENT: usize = 3;

/// Adds a claim for every such speech verb.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    let mut added = Vec::new();
    for &(s0, s1) in &doc.sentences {
        if (s0..s1).any(|t| doc.tokens[t].kind == TokenKind::Quote) {
            continue;
        }
        for v in s0 + 1..s1 {
            // The class first: a bit test, cheaper than the case of the
            // first letter, and false for most words.
            if !super::wordclass::is(doc, v, super::wordclass::ORPHAN_VERBS) || !lowercase(doc, v) {
                continue;
            }
            if let Some(claim) = orphan(doc, claims, (s0, s1), v) {
                added.push(claim);
            }
        }
    }
    claims.extend(added);
}

/// The claim of the verb at `v` in sentence `s0..s1`, when it has the shape
/// and no claim holds any of it.
fn orphan(doc: &Document, claims: &[Claim], (s0, s1): (usize, usize), v: usize) -> Option<Claim> {
    let word = |t: usize| is_word(doc, t);
    // The subject: plain words back to a clause opener inside the sentence
    // (a clause opening the sentence is no leftover of another claim).
    let mut a = v;
    while a > s0 && v - a < MAX_SUBJECT && word(a - 1) && !lower_is(doc, a - 1, OPENERS) {
        a -= 1;
    }
    if a == v || a == s0 || !lower_is(doc, a - 1, OPENERS) {
        return None;
    }
    if (a..v).any(|t| matches!(doc.folded(t), "that" | "which" | "who" | "it" | "this")) {
        return None;
    }
    clause_claim(doc, claims, a, v, s1)
}

/// The claim whose source is tokens `a..v`, whose cue is the verb at `v` and
/// whose content is the clause after it (past a `that`) to the last word of
/// its sentence, which ends before token `s1`; none when the clause has fewer
/// than [`MIN_CONTENT`] words or any claim holds some of it. Shared with
/// [`super::record_claims`].
pub(super) fn clause_claim(
    doc: &Document,
    claims: &[Claim],
    a: usize,
    v: usize,
    s1: usize,
) -> Option<Claim> {
    let word = |t: usize| is_word(doc, t);
    let mut c = v + 1;
    if c < s1 && doc.folded(c) == "that" {
        c += 1;
    }
    let last = (c..s1).rev().find(|&t| word(t))?;
    if (c..=last).filter(|&t| word(t)).count() < MIN_CONTENT {
        return None;
    }
    let (source, cue, content) = (
        doc.span_of(a, v - 1),
        doc.span_of(v, v),
        doc.span_of(c, last),
    );
    let whole = Span::new(source.start, content.end);
    if claims.iter().any(|k| k.touches(&whole)) {
        return None;
    }
    Some(Claim::new(vec![source], vec![cue], vec![content]))
}
