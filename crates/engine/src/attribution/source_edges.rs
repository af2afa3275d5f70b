//! Source edges: a source cut where it runs into its cue, trimmed of clause
//! openers and of what the tagger ran on into, moved from a phrase of manner
//! to the subject before it, and dropped when it is the subject of a passive
//! cue.

use crate::model::{Claim, Span};
use crate::segment::{Document, TokenKind};

use super::subject::{capitalised, is_word, lower_is, lowercase, ly_adverb, ADVERBS};

/// Cuts a source that overlaps its cue at the cue's start.
pub(super) fn trim_into_cue(doc: &Document, claim: &mut Claim) {
    let (Some(&src), Some(&cue)) = (claim.source.spans.first(), claim.cue.spans.first()) else {
        return;
    };
    // A source inside the cue, or a lone adverb or function word (`then`,
    // `promptly`, `with`), is none.
    let a = doc.token_at(src.start);
    let lone_adverb = doc.token_at(src.end) == a + 1
        && lowercase(doc, a)
        && (lower_is(doc, a, ADVERBS)
            || lower_is(
                doc,
                a,
                &[
                    "together", "but", "and", "now", "with", "to", "of", "in", "on", "at", "by",
                    "for", "from", "the", "a", "an", "or", "came", "initial", "heard",
                ],
            )
            || doc.token_text(a).ends_with("ly"));
    if (src.start >= cue.start && src.end <= cue.end) || lone_adverb {
        claim.source.spans.clear();
        return;
    }
    if !src.overlaps(&cue) || src.start >= cue.start {
        return;
    }
    let mut b = doc.token_at(cue.start);
    while b > a && doc.tokens[b - 1].kind != TokenKind::Word {
        b -= 1;
    }
    if b > a {
        claim.source.spans[0] = doc.span_of(a, b - 1);
    } else {
        claim.source.spans.clear();
    }
}

/// Words that open a clause around a source rather than the source itself
/// (`that Mayor Bill de Blasio`, `how experts`, `what Liz Wahl`, `Even China`).
const CLAUSE_OPENERS: &[&str] = &[
    "that",
    "how",
    "what",
    "why",
    "when",
    "where",
    "whether",
    "if",
    "as",
    "because",
    "everything",
    "even",
    "also",
    "only",
];

/// A source without a clause opener at its start and without what the tagger
/// ran on into at its end: a trailing `-ly` adverb (`Gingrich cynically`), a
/// participial phrase (`Trump, speaking to a veterans group`), a
/// parenthesis opening on a lowercase word (`Mr. Burman (a view`), or a
/// relative clause after an apposition (`Michael Mulgrew, president of the
/// union, which represents …`), or a closing `, in a statement`, or a
/// verb in the past after the name (`Ola Brenn toured` + `… and said`),
/// or a span of time before it (`days after | officials`).
pub(super) fn trim_edges(doc: &Document, src: Span) -> Option<Span> {
    let mut a = doc.token_at(src.start);
    let mut b = doc.token_at(src.end);
    if b <= a + 1 {
        return None;
    }
    let (a0, b0) = (a, b);
    while b > a + 1 && lower_is(doc, a, CLAUSE_OPENERS) {
        a += 1;
    }
    // `days after | officials said`: a span of time before the clause.
    if b > a + 2
        && lower_is(
            doc,
            a,
            &["days", "hours", "weeks", "months", "years", "minutes"],
        )
        && lower_is(doc, a + 1, &["after", "before", "since"])
    {
        a += 2;
    }
    if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| {
        (doc.token_text(k) == ","
            && doc.token_text(k + 1).ends_with("ing")
            && lowercase(doc, k + 1))
            || (doc.token_text(k) == "(" && lowercase(doc, k + 1))
            || (doc.token_text(k) == ","
                && lower_is(doc, k + 1, &["in", "at", "on", "during"])
                && !(k + 2..b).any(|j| doc.token_text(j) == ","))
            || (doc.token_text(k) == ","
                && lower_is(doc, k + 1, &["who", "which"])
                && (a..k).any(|j| doc.token_text(j) == ","))
    }) {
        b = k;
    }
    // `Nordvik spokesman Ola Brenn visited (the site …)`, `Ada Voss reviewed
    // Kell`: a name followed by a verb in the past is a subject and its verb.
    if let Some(k) = (a + 1..b).find(|&k| {
        lowercase(doc, k)
            && doc.token_text(k).ends_with("ed")
            && capitalised(doc, k - 1)
            && doc.token_text(k - 1) != "I"
            && (k + 1 == b || capitalised(doc, k + 1))
    }) {
        b = k;
    }
    while b > a + 1 && ly_adverb(doc, b - 1) {
        b -= 1;
    }
    while b != b0 && b > a + 1 && !is_word(doc, b - 1) {
        b -= 1;
    }
    ((a, b) != (a0, b0)).then(|| doc.span_of(a, b - 1))
}

/// Whether the claim's source is the subject of a passive cue (`He has been
/// harshly criticized`, `Mr. Quiros was accused of`, `a curfew was
/// announced`): the one acted on, not the one speaking (PolNeAR marks the
/// `by` agent, or no source).
pub(super) fn passive_subject(doc: &Document, claim: &Claim) -> bool {
    let (Some(src), Some(cue)) = (claim.source.spans.first(), claim.cue.spans.first()) else {
        return false;
    };
    src.end <= cue.start && passive_cue(doc, *cue)
}

/// Participles that, after `be`, are adjectives of a state of mind whose
/// subject holds the belief (`Local farmers are concerned the ministry …`,
/// `she was convinced that …`): no passive, the subject is the source.
const STATES_OF_MIND: &[&str] = &[
    "concerned",
    "convinced",
    "worried",
    "satisfied",
    "disappointed",
    "surprised",
    "pleased",
    "alarmed",
    "determined",
    "unconvinced",
];

/// The forms of `be` of a passive cue.
pub(super) const BE_FORMS: &[&str] = &["was", "were", "is", "are", "been", "be", "being", "am"];

/// Whether a cue is passive: a form of `be` followed by a participle (not
/// one of [`STATES_OF_MIND`]), and not one whose subject speaks (`was quoted
/// as saying`).
pub(super) fn passive_cue(doc: &Document, cue: Span) -> bool {
    let a = doc.token_at(cue.start);
    let b = doc.token_at(cue.end).min(a + 6);
    if b > a && super::wordclass::is(doc, b - 1, super::wordclass::SAYING) {
        return false;
    }
    let be = (a..b).find(|&t| super::wordclass::is(doc, t, super::wordclass::BE_FORMS));
    be.is_some_and(|k| {
        (k + 1..b).any(|t| {
            let w = doc.token_text(t);
            lowercase(doc, t)
                && !STATES_OF_MIND.contains(&w)
                && (w.ends_with("ed")
                    || w.ends_with("en")
                    || matches!(w, "known" | "told" | "said" | "thought" | "found"))
        })
    })
}

/// `Trump in his speech said`, `Residents in their letter to the council
/// stated`, `the union on appeal says`: a source inside a phrase of manner
/// or medium between the subject and its cue (`his speech`, `the council`,
/// or the whole `the union on appeal`) is the subject before that phrase,
/// when the subject opens its clause. Only phrases opening with a possessive,
/// `a`/`an` or a bare noun right before the cue count, not `in Washington`
/// or `in most states`, which describe the subject.
pub(super) fn manner_phrase_owner(doc: &Document, claim: &mut Claim) {
    let (Some(&src), Some(&cue)) = (claim.source.spans.first(), claim.cue.spans.first()) else {
        return;
    };
    let (a, b) = (doc.token_at(src.start), doc.token_at(src.end));
    // A pronoun is a subject of its own (`In an interview with RT he said`).
    if b != doc.token_at(cue.start)
        || b >= doc.tokens.len()
        || a == 0
        || super::wordclass::is(doc, a, super::wordclass::PRONOUN_SOURCES)
    {
        return;
    }
    let (s0, _) = doc.sentences[doc.sentence_of(a)];
    let Some(p) = (s0 + 1..b - 1)
        .rev()
        .take(8)
        .find(|&k| lower_is(doc, k, &["in", "on"]))
    else {
        return;
    };
    let opener = lower_is(
        doc,
        p + 1,
        &["his", "her", "their", "its", "our", "a", "an"],
    ) || (p + 2 == b && lowercase(doc, p + 1));
    // Nothing but words from the subject to the cue.
    if !opener || (p.min(a)..b).any(|k| !is_word(doc, k)) {
        return;
    }
    // The subject: a capitalised run or a determiner phrase of up to three
    // words before the preposition, opening the clause.
    let mut n = p;
    while n > s0 && p - n < 4 && super::source_phrase::np_word(doc, n - 1) {
        n -= 1;
    }
    let clause_start =
        n == s0 || !is_word(doc, n - 1) || lower_is(doc, n - 1, &["and", "but", "that"]);
    let head = lower_is(doc, n, &["the", "a", "an"])
        || doc.tokens[n].kind == TokenKind::Word && !lowercase(doc, n);
    if n < p && clause_start && head && n <= a {
        claim.source.spans[0] = doc.span_of(n, p - 1);
    }
}
