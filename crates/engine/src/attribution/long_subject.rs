//! Subjects longer than the tagger and [`super::subject`] reach, taken whole
//! as sources (PolNeAR and GUM keep them whole):
//!
//! * a noun phrase with a restrictive relative clause (`The engineers that
//!   inspected the bridge have concluded …`), where the tagger takes the
//!   clause's object (`the bridge`) or nothing;
//! * a noun phrase with a chain of prepositional phrases (`Tests of the
//!   valves in three labs suggest …`);
//! * a noun phrase with a participle clause (`Body camera footage released
//!   late Monday shows …`), where the tagger takes the clause's last word;
//! * a web address (`Kestrel.com`), which the tokenizer splits at its dot
//!   and the tagger cuts to `com`.
//!
//! Each claim looks at the words between its cue and the start of its
//! clause, a bounded window, so the pass is linear.

use crate::model::{Claim, Span};
use crate::segment::{Document, TokenKind};

use super::source_edges::passive_cue;
use super::source_phrase::{np_word, NP_OPENERS};
use super::source_trim::HEAD_OPENERS;
use super::subject::{capitalised, is_word, lower_is, lowercase, PRONOUNS};

/// Longest subject taken, in tokens.
const MAX_SUBJECT: usize = 20;

/// Relative pronouns that open a restrictive clause inside a subject.
/// Only subject relatives (`whose` and `whom` clauses have subjects of
/// their own, which may be the cue's: `whose sentence Kaine commuted`).
const RELATIVES: &[&str] = &["that", "who", "which"];

/// Prepositions that link a noun phrase to the next one inside a subject.
const LINKS: &[&str] = &[
    "of", "in", "for", "from", "at", "on", "with", "by", "to", "among",
];

/// Applies both repairs to every claim whose source is missing or lies
/// before its cue.
pub fn apply(doc: &Document, claims: &mut [Claim]) {
    for claim in claims.iter_mut() {
        join_address(doc, claim);
        let Some(&cue) = claim.cue.spans.first() else {
            continue;
        };
        // A passive cue's subject is what was said (`… is called`).
        if passive_cue(doc, cue) {
            continue;
        }
        let Some(subject) = subject_before(doc, doc.token_at(cue.start)) else {
            continue;
        };
        // Only where the tagger found nothing or a tail of the subject.
        let replace = match claim.source.spans.as_slice() {
            [] => true,
            [s] => subject.contains(s) && s.end == subject.end && s.start > subject.start,
            _ => false,
        };
        let clash = claim.content.spans.iter().any(|c| c.overlaps(&subject));
        if replace && !clash {
            claim.source.spans = vec![subject];
        }
    }
}

/// The subject ending right before token `cue`, when it is a noun phrase
/// with a relative clause or with two or more prepositional links, opening
/// its sentence or a clause after a comma.
fn subject_before(doc: &Document, cue: usize) -> Option<Span> {
    // The cue opens with a verb, not a preposition (`for refusing`).
    if cue == 0 || cue >= doc.tokens.len() || lower_is(doc, cue, LINKS) {
        return None;
    }
    let (s0, _) = doc.sentences[doc.sentence_of(cue)];
    // Back to the clause start: words, hyphens and apostrophes only.
    let mut a = cue;
    while a > s0 && cue - a < MAX_SUBJECT && is_word(doc, a - 1) {
        a -= 1;
    }
    let opens = a == s0
        || doc.token_text(a - 1) == ","
        || (doc.tokens[a - 1].kind == TokenKind::Quote && a - 1 == s0);
    if !opens || cue - a >= MAX_SUBJECT {
        return None;
    }
    while a < cue && lower_is(doc, a, HEAD_OPENERS) {
        a += 1;
    }
    if a + 3 > cue || lower_is(doc, a, PRONOUNS) || !opens_phrase(doc, a) {
        return None;
    }
    // The head noun phrase, then links to further noun phrases, or a
    // relative clause that runs to the cue.
    let mut k = a;
    let mut links = 0;
    while k < cue {
        if lower_is(doc, k, RELATIVES) && k > a {
            // A clause of a few words with a verb, not ending on a word
            // that leaves it open (`and`, `that`).
            // Its first word is its verb (`who sent`, `that have looked`).
            let clause = k + 1..cue;
            let ok = clause.len() >= 2
                && lowercase(doc, k + 1)
                && !lower_is(doc, k + 1, NP_OPENERS)
                && clause.len() <= 12
                && !lower_is(doc, cue - 1, LINKS)
                && !lower_is(doc, cue - 1, &["and", "or", "the", "a", "an"]);
            return ok.then(|| span(doc, a, cue));
        }
        // A participle clause (`Body camera footage released late Monday`,
        // `records obtained by the Post`) after the head noun runs to the cue.
        // (After a common noun: `Politifact seized on` is a verb.)
        if k > a
            && np_word(doc, k - 1)
            && lowercase(doc, k - 1)
            && !lower_is(doc, k - 1, LINKS)
            && !lower_is(doc, k - 1, NP_OPENERS)
            && lowercase(doc, k)
            && !doc.token_text(k).bytes().any(|b| b == b'-')
            && doc.folded(k).ends_with("ed")
            && !lower_is(doc, k, &["said", "reported"])
        {
            let clause = k + 1..cue;
            let ok = !clause.is_empty()
                && clause.len() <= 8
                && !lower_is(doc, k + 1, NP_OPENERS)
                && !lower_is(doc, cue - 1, LINKS)
                && !lower_is(doc, cue - 1, &["and", "or", "the", "a", "an"]);
            return ok.then(|| span(doc, a, cue));
        }
        if lower_is(doc, k, LINKS) && k > a && k + 1 < cue {
            links += 1;
            k += 1;
            continue;
        }
        let noun = np_word(doc, k) || lower_is(doc, k, NP_OPENERS);
        // A plain word before a determiner is a verb (`runs the tests`), and
        // so is one between a noun and a name (`the panel held Ames`).
        let plain = |j: usize| lowercase(doc, j) && !lower_is(doc, j, NP_OPENERS);
        let verb = plain(k)
            && (lower_is(doc, k + 1, NP_OPENERS)
                || (k > a && plain(k - 1) && capitalised(doc, k + 1)));
        if !noun || verb {
            return None;
        }
        k += 1;
    }
    (links >= 2).then(|| span(doc, a, cue))
}

/// Whether token `a` may open a subject: a determiner, a name, or a
/// capitalised common noun at the start of a sentence (no possessive).
fn opens_phrase(doc: &Document, a: usize) -> bool {
    let w = doc.token_text(a);
    // No participle (`Based on …`), no contraction (`I'm`, `I’m`: 0xE2
    // opens `’`).
    let participle =
        w.ends_with("ed") || w.ends_with("ing") || w.bytes().any(|b| b == b'\'' || b == 0xE2);
    lower_is(doc, a, NP_OPENERS) || (capitalised(doc, a) && np_word(doc, a) && !participle)
}

/// Tokens `a..b` as a span.
fn span(doc: &Document, a: usize, b: usize) -> Span {
    doc.span_of(a, b - 1)
}

/// `Kestrel.com`: a source that starts right after a dot glued to the word
/// before it takes that word and the dot back.
fn join_address(doc: &Document, claim: &mut Claim) {
    let Some(src) = claim.source.spans.first_mut() else {
        return;
    };
    let a = doc.token_at(src.start);
    // The dot glued to the words on both sides (one byte between them).
    if a >= 2
        && a < doc.tokens.len()
        && doc.tokens[a - 2].span.end + 1 == src.start
        && doc.token_text(a - 1) == "."
        && lowercase(doc, a)
    {
        src.start = doc.tokens[a - 2].span.start;
    }
}
