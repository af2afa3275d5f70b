//! A content the tagger ends on a word that cannot end a phrase (`… had
//! been posted on its` | `website in March`), or on a subject whose verb
//! follows (`found the study` | `was posted on March 14`; `records show the
//! ferry` | `failed two inspections`), runs on to its clause's end: the plain
//! words up to the next punctuation mark, when no other claim holds them.

use crate::model::{Claim, Span};
use crate::segment::Document;

use super::subject::{is_word, lower_is};

/// Words no phrase ends on: articles, possessives, prepositions, conjunctions.
const DANGLING: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "of", "on", "in", "at",
    "to", "for", "with", "by", "from", "and", "or",
];

/// Longest run added, in tokens.
const MAX_TAIL: usize = 8;

/// Runs every such last content piece on to its clause's end.
pub fn apply(doc: &Document, claims: &mut [Claim]) {
    for i in 0..claims.len() {
        let Some(&piece) = claims[i].content.spans.last() else {
            continue;
        };
        let end = doc.token_at(piece.end);
        if end == 0 || end >= doc.tokens.len() {
            continue;
        }
        let dangling = lower_is(doc, end - 1, DANGLING);
        // (Not after a relative pronoun: `…, who | is 70` was cut on purpose.)
        let verb_follows = lower_is(doc, end, super::parenthetical::FINITE)
            && is_word(doc, end - 1)
            && !lower_is(doc, end - 1, &["who", "which", "that"]);
        // `the state had added | 40,000 jobs`: a perfect participle wants
        // its object.
        let perfect = end >= 2
            && is_word(doc, end)
            && super::subject::lowercase(doc, end - 1)
            && doc.folded(end - 1).ends_with("ed")
            && lower_is(doc, end - 2, &["had", "has", "have"]);
        let when = time_closes(doc, end);
        if !dangling
            && !verb_follows
            && !perfect
            && !when
            && !past_tense_follows(doc, &claims[i], piece, end)
        {
            continue;
        }
        let (_, s1) = doc.sentences[doc.sentence_of(end - 1)];
        let stop = (end..s1.min(end + MAX_TAIL + 1))
            .find(|&t| !is_word(doc, t))
            .unwrap_or(s1);
        if stop == end || stop - end > MAX_TAIL {
            continue;
        }
        let tail = doc.span_of(end, stop - 1);
        if claims.iter().any(|c| c.touches(&tail)) {
            continue;
        }
        if let Some(last) = claims[i].content.spans.last_mut() {
            last.end = tail.end;
        }
    }
}

/// Words that open a closing time phrase (`last year`, `this week`).
const TIME_OPENERS: &[&str] = &["last", "this", "next", "earlier", "later"];

/// Words a closing time phrase ends on.
const TIME_UNITS: &[&str] = &[
    "year", "week", "month", "weekend", "spring", "summer", "fall",
];

/// Whether tokens from `t` are only a time phrase closing the sentence
/// (`… 40,000 jobs | last year.`, `| on Monday.`, `| yesterday.`): the tagger
/// sometimes leaves one outside the content it belongs to.
fn time_closes(doc: &Document, t: usize) -> bool {
    let closes = |k: usize| {
        k < doc.tokens.len() && !is_word(doc, k) && matches!(doc.token_text(k), "." | "!" | "?")
    };
    let at = |k: usize, list: &[&str]| k < doc.tokens.len() && lower_is(doc, k, list);
    (at(t, crate::lexicon::NEARBY_DAYS) && closes(t + 1))
        || (at(t, TIME_OPENERS) && at(t + 1, TIME_UNITS) && closes(t + 2))
        || (at(t, &["on"])
            && t + 1 < doc.tokens.len()
            && super::subject::calendar(doc, t + 1)
            && closes(t + 2))
}

/// `records show | the ferry | failed two of its last three inspections`: a
/// short noun phrase after a verb that takes a clause, followed by a past
/// tense (not a participle with `by`), is the subject of that clause.
fn past_tense_follows(doc: &Document, claim: &Claim, piece: Span, end: usize) -> bool {
    use crate::cuelex::{categories_lower, BELIEF, EVIDENCE, SPEECH};
    let [cue] = claim.cue.spans.as_slice() else {
        return false;
    };
    let c = doc.tokens_in(*cue);
    let r = doc.tokens_in(piece);
    c.len() == 1
        && categories_lower(doc.folded(c.start)) & (SPEECH | BELIEF | EVIDENCE) != 0
        && r.len() <= 4
        && r.clone().all(|t| is_word(doc, t))
        && super::subject::lowercase(doc, end)
        && doc.folded(end).ends_with("ed")
        && !(end + 1 < doc.tokens.len() && lower_is(doc, end + 1, &["by"]))
}
