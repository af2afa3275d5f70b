//! Cue edges as PolNeAR marks them: adverbs and auxiliaries right before a
//! cue verb belong to the cue (`then pointed out`, `even suggesting`, `often
//! says`, `have expressed`, `would have described`). In PolNeAR train, `also`
//! opens 321 cues and stands just before 25; `was` opens 339 and precedes 22.
//! A contracted subject at a cue's end (`know there's`) opens the content.

use crate::model::Claim;
use crate::segment::{Document, TokenKind};

/// Words pulled into the start of a cue.
const LEAD: &[&str] = &[
    "also",
    "then",
    "even",
    "often",
    "repeatedly",
    "later",
    "first",
    "recently",
    "has",
    "have",
    "had",
    "is",
    "was",
    "are",
    "were",
    "would",
    "will",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "be",
    "been",
    "has",
    "never",
    "not",
    "publicly",
    "forcefully",
    "previously",
    "again",
    "already",
    "now",
    "just",
    "frequently",
    "once",
];

/// How many words a cue may grow by at its start.
const MAX_LEAD: usize = 4;

/// Speech verbs after which PolNeAR ends the cue before a prepositional phrase.
const SPEECH: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "wrote", "reported", "writes",
];

/// Prepositions mostly left out of a cue after a speech verb (PolNeAR train:
/// `said on` 28 in, 71 out; `at` 19/40; `to` 7/29; `of` 28/38).
const AFTER_SPEECH: &[&str] = &["on", "at", "to", "of", "after", "this"];

/// Cuts a cue that runs from a speech verb into a prepositional phrase
/// (`said on`, `says at a campaign stop`) after the verb.
fn cut_after_speech(doc: &Document, claim: &mut Claim) {
    let Some(cue) = claim.cue.spans.last_mut() else {
        return;
    };
    let a = doc.tokens.partition_point(|x| x.span.start < cue.start);
    let b = doc.tokens.partition_point(|x| x.span.start < cue.end);
    let is = |t: usize, list: &[&str]| {
        list.iter()
            .any(|w| w.eq_ignore_ascii_case(doc.token_text(t)))
    };
    if let Some(v) = (a..b.saturating_sub(1)).find(|&t| is(t, SPEECH)) {
        if is(v + 1, AFTER_SPEECH) {
            cue.end = doc.tokens[v].span.end;
        }
    }
}

/// `I know there's a …`: a cue ending on a contracted subject (`there's`,
/// `it's`, `he'll`) gives it to the clause it opens, the content.
fn subject_to_content(doc: &Document, claim: &mut Claim) {
    let Some(cue) = claim.cue.spans.last_mut() else {
        return;
    };
    let last = doc.tokens.partition_point(|x| x.span.start < cue.end);
    let first = doc.tokens.partition_point(|x| x.span.start < cue.start);
    if last < first + 2 || last > doc.tokens.len() {
        return;
    }
    let t = last - 1;
    let w = doc.token_text(t);
    let there = ["there's", "there’s"]
        .iter()
        .any(|x| w.eq_ignore_ascii_case(x));
    if contraction(w).is_none() && !there {
        return;
    }
    let token = doc.tokens[t].span;
    cue.end = doc.tokens[t - 1].span.end;
    if let Some(c) = claim
        .content
        .spans
        .iter_mut()
        .find(|c| c.start >= token.end)
    {
        if doc.text[token.end..c.start].trim().is_empty() {
            c.start = token.start;
        }
    }
}

/// A cue that ends on a colon or comma after a word (`thought:`) ends at the
/// word: the mark opens the content. (A colon alone, a transcript's, stays a cue.)
fn trailing_mark(doc: &Document, claim: &mut Claim) {
    let Some(cue) = claim.cue.spans.last_mut() else {
        return;
    };
    let r = doc.tokens_in(*cue);
    if r.len() > 1 && matches!(doc.token_text(r.end - 1), ":" | ",") {
        cue.end = doc.tokens[r.end - 2].span.end;
    }
}

/// Extends every claim's first cue piece over the words of `LEAD` before it.
pub fn apply(doc: &Document, claims: &mut [Claim]) {
    for claim in claims.iter_mut() {
        trailing_mark(doc, claim);
        cut_after_speech(doc, claim);
        subject_to_content(doc, claim);
        let Some(cue) = claim.cue.spans.first_mut() else {
            continue;
        };
        let t = doc.tokens.partition_point(|x| x.span.start < cue.start);
        if t >= doc.tokens.len() || doc.tokens[t].kind != TokenKind::Word {
            continue;
        }
        let s0 = doc.sentences[doc.sentence_of(t)].0;
        let mut a = t;
        while a > s0
            && t - a < MAX_LEAD
            && doc.tokens[a - 1].kind == TokenKind::Word
            && LEAD
                .iter()
                .any(|w| w.eq_ignore_ascii_case(doc.token_text(a - 1)))
        {
            a -= 1;
        }
        if a < t {
            cue.start = doc.tokens[a].span.start;
        }
        // `He’s claiming`: the contracted auxiliary is cue, the pronoun source.
        if a > s0 {
            if let Some(split) = contraction(doc.token_text(a - 1)) {
                let at = doc.tokens[a - 1].span.start + split;
                cue.start = at;
                let token_end = doc.tokens[a - 1].span.end;
                for src in claim.source.spans.iter_mut() {
                    if src.end == token_end && src.start < at {
                        src.end = at;
                    }
                }
            }
        }
    }
}

/// Byte offset of the apostrophe in a pronoun with a contracted auxiliary
/// (`He’s`, `they've`), if the token is one.
fn contraction(word: &str) -> Option<usize> {
    let (i, c) = word.char_indices().find(|&(_, c)| c == '\'' || c == '’')?;
    let (head, tail) = (&word[..i], &word[i + c.len_utf8()..]);
    let pronoun = ["he", "she", "it", "they", "we", "i", "you", "who", "that"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(head));
    let aux = ["s", "ve", "re", "d", "ll"]
        .iter()
        .any(|x| x.eq_ignore_ascii_case(tail));
    (pronoun && aux).then_some(i)
}
