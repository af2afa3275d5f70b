//! Where the tagger cuts one attribution in two, or splits a verb group
//! between source and cue, put back together:
//!
//! - `According | to state labor figures, the city had …`: the cue stops at
//!   `According` and `to …` opens the content. The cue takes `to`, the words
//!   after it up to the comma become the source, the rest stays content.
//! - `Pell told | supporters that …`: the speaker and verb without a
//!   content, then the verb's object read as a cue of its own with the
//!   content (also the object's last word after a frame: `investors on a
//!   conference | call that …`). The object belongs to neither: the first
//!   claim takes the content and the second goes. So does an aside read as
//!   the cue before the `that` clause (`said on Monday, | as expected, |
//!   that …`).
//!
//! - `The records do | not mention`: an auxiliary read as the source's last
//!   word goes to the cue it belongs to.
//! - `The mayor told | reporters the bridge would reopen`: a verb of telling
//!   without a content (or with its addressee read as content) reports the
//!   clause after the addressee; a sourceless claim the tagger made of that
//!   clause's own verb (`would post`) goes.

use crate::model::{Claim, Span};
use crate::segment::Document;

use super::subject::{is_word, lower_is};

/// Longest object with a frame (`investors on a conference call`) between a
/// verb and its `that` content, in tokens.
const MAX_FRAMED: usize = 6;

/// Longest object between a verb and its `that` content, in tokens.
const MAX_OBJECT: usize = 3;

/// Applies the four repairs.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for claim in claims.iter_mut() {
        according_split(doc, claim);
        auxiliary_to_cue(doc, claim);
    }
    object_split(doc, claims);
    told_clause(doc, claims);
}

/// `The records do | not mention`: see the module's note.
fn auxiliary_to_cue(doc: &Document, claim: &mut Claim) {
    let (Some(source), Some(cue)) = (claim.source.spans.last_mut(), claim.cue.spans.first_mut())
    else {
        return;
    };
    let Some(last) = doc.token_at(source.end).checked_sub(1) else {
        return;
    };
    if last == 0
        || doc.token_at(cue.start) != last + 1
        || !lower_is(doc, last, crate::lexicon::AUXILIARIES)
    {
        return;
    }
    cue.start = doc.tokens[last].span.start;
    if doc.token_at(source.start) < last {
        source.end = doc.tokens[last - 1].span.end;
    } else if is_word(doc, last - 1) {
        // The source was the auxiliary alone: the word before it is the
        // subject's head, which the source rules widen to its phrase.
        *source = doc.tokens[last - 1].span;
    } else {
        claim.source.spans.pop();
    }
}

/// `According | to X, …`: see the module's note.
fn according_split(doc: &Document, claim: &mut Claim) {
    let Some(&cue) = claim.cue.spans.last() else {
        return;
    };
    let after = doc.token_at(cue.end);
    if after == 0
        || after >= doc.tokens.len()
        || doc.folded(after - 1) != "according"
        || doc.folded(after) != "to"
    {
        return;
    }
    let to = doc.tokens[after].span;
    let Some(k) = claim.content.spans.iter().position(|p| p.start == to.start) else {
        return;
    };
    let piece = claim.content.spans[k];
    claim.cue.spans.last_mut().expect("checked above").end = to.end;
    let rest = doc.token_at(to.end);
    let piece_end = doc.token_at(piece.end);
    // The source phrase: the piece after `to`, when a comma (or the
    // sentence's end) closes it.
    let closed = piece_end >= doc.tokens.len()
        || doc.token_text(piece_end) == ","
        || doc.sentence_of(piece_end) != doc.sentence_of(rest);
    if rest < piece_end && closed {
        claim.content.spans.remove(k);
        if claim.source.spans.is_empty() {
            claim.source.spans = vec![Span::new(doc.tokens[rest].span.start, piece.end)];
        }
    } else if rest < piece_end {
        claim.content.spans[k].start = doc.tokens[rest].span.start;
    } else {
        claim.content.spans.remove(k);
    }
}

/// `X told | supporters that …`: see the module's note.
fn object_split(doc: &Document, claims: &mut Vec<Claim>) {
    let mut gone = vec![false; claims.len()];
    for a in 0..claims.len() {
        let c = &claims[a];
        let Some(&verb) = c.cue.spans.last() else {
            continue;
        };
        if !c.content.spans.is_empty() || c.source.spans.is_empty() {
            continue;
        }
        let after = doc.token_at(verb.end);
        // The claim whose one-piece cue is the object after the verb (or the
        // last word of the object and a frame: `investors on a conference |
        // call`), with no source, its content opening on `that` right after
        // it.
        let Some(b) = (0..claims.len()).find(|&b| {
            let o = &claims[b];
            b != a
                && !gone[b]
                && o.source.spans.is_empty()
                && o.cue.spans.len() == 1
                && (after..(after + MAX_FRAMED).min(doc.tokens.len()))
                    .any(|k| o.cue.spans[0].start == doc.tokens[k].span.start)
        }) else {
            continue;
        };
        let object = claims[b].cue.spans[0];
        let end = doc.token_at(object.end);
        let words = after..end;
        let framed = words.len() > MAX_OBJECT;
        let plain = words.len() <= if framed { MAX_FRAMED } else { MAX_OBJECT }
            && words.clone().all(|t| is_word(doc, t))
            && (!framed || words.clone().any(|t| super::content::frame_word(doc, t)))
            && !words
                .clone()
                .any(|t| crate::lexicon::is_speech_cue(doc.token_text(t)));
        let opens_that = claims[b]
            .content
            .spans
            .first()
            .is_some_and(|p| end < doc.tokens.len() && p.start == doc.tokens[end].span.start)
            && end < doc.tokens.len()
            && doc.folded(end) == "that";
        // `The mayor said on Monday, | as expected, | that …`: an aside read
        // as the cue, between commas before the `that` clause.
        let start = doc.token_at(object.start);
        let aside = start > after
            && doc.token_text(start - 1) == ","
            && doc.folded(start) == "as"
            && (after..start - 1).all(|t| is_word(doc, t))
            && end + 1 < doc.tokens.len()
            && doc.token_text(end) == ","
            && doc.folded(end + 1) == "that"
            && claims[b]
                .content
                .spans
                .first()
                .is_some_and(|p| p.start == doc.tokens[end + 1].span.start);
        if (plain && opens_that) || aside {
            claims[a].content.spans = std::mem::take(&mut claims[b].content.spans);
            gone[b] = true;
        }
    }
    super::remove_marked(claims, &gone);
}

/// Words that open a clause's subject after an addressee (`reporters | the
/// bridge would …`, `Reuters | it had …`).
const SUBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "he", "she",
    "they", "it", "we", "i", "there", "that",
];

/// Object pronouns that are a whole addressee (`told him the …`).
const OBJECT_PRONOUNS: &[&str] = &["me", "him", "us", "them", "you"];

/// How many tokens from `t` are the addressee of a verb of telling, when a
/// clause's subject follows them: a pronoun (`him`), a bare plural
/// (`reporters`), a name of up to three words (`Reuters`, `The Associated
/// Press`), a determiner with a noun (`the committee`), or a plain word
/// before the subject's determiner or pronoun (`parliament`, `police`). 0
/// when no addressee is seen.
fn addressee_len(doc: &Document, t: usize, end: usize) -> usize {
    let subject_at = |k: usize| {
        k < end
            && (lower_is(doc, k, SUBJECT_OPENERS)
                || doc.token_text(k).starts_with(char::is_uppercase))
    };
    let word = |k: usize| k < end && is_word(doc, k);
    if !word(t) {
        return 0;
    }
    let text = doc.token_text(t);
    let len = if lower_is(doc, t, OBJECT_PRONOUNS) {
        1
    } else if text.starts_with(char::is_uppercase) {
        (t..end.min(t + 3))
            .take_while(|&k| doc.token_text(k).starts_with(char::is_uppercase) && word(k))
            .count()
    } else if lower_is(doc, t, &["the", "a", "an", "his", "her", "their", "its"]) {
        // `the committee`; not `the truth | about …`.
        if !word(t + 1) || lower_is(doc, t + 1, SUBJECT_OPENERS) || is_preposition(doc, t + 2) {
            return 0;
        }
        2
    } else if text.ends_with('s') && !text.ends_with("ss") {
        1
    } else if t + 1 < end
        && !lower_is(doc, t, SUBJECT_OPENERS)
        && !lower_is(
            doc,
            t,
            &["if", "whether", "when", "how", "what", "why", "so", "as"],
        )
        && !is_preposition(doc, t)
        && lower_is(doc, t + 1, SUBJECT_OPENERS)
        && !lower_is(doc, t + 1, &["that"])
        && !["ed", "ing", "ly"].iter().any(|e| text.ends_with(e))
    {
        // `told parliament | the budget …`, `told police | he …`.
        1
    } else {
        return 0;
    };
    if subject_at(t + len) {
        len
    } else {
        0
    }
}

/// Whether token `k` is a preposition that continues a noun phrase.
fn is_preposition(doc: &Document, k: usize) -> bool {
    k < doc.tokens.len()
        && lower_is(
            doc,
            k,
            &["about", "at", "for", "from", "in", "of", "on", "to", "with"],
        )
}

/// `The mayor told | reporters the bridge would reopen`: see the module's note.
fn told_clause(doc: &Document, claims: &mut Vec<Claim>) {
    let mut gone = vec![false; claims.len()];
    for a in 0..claims.len() {
        let c = &claims[a];
        let Some(&verb) = c.cue.spans.last() else {
            continue;
        };
        let v = doc.token_at(verb.end);
        if c.source.spans.is_empty()
            || v == 0
            || !lower_is(doc, v - 1, super::content::TELLING)
            || c.content.spans.len() > 1
        {
            continue;
        }
        // Content missing, or opening right on the verb (with the addressee).
        let opens_on_verb = match c.content.spans.first() {
            None => true,
            Some(p) => v < doc.tokens.len() && p.start == doc.tokens[v].span.start,
        };
        if !opens_on_verb {
            continue;
        }
        let (_, s_end) = doc.sentences[doc.sentence_of(v - 1)];
        let n = addressee_len(doc, v, s_end);
        if n == 0 {
            continue;
        }
        let start = v + n;
        // The clause runs to the sentence's last word, or to a second verb
        // of saying (`… and says he will …`: a claim of its own).
        let speech_at = (start..s_end).find(|&k| {
            claims.iter().enumerate().any(|(b, o)| {
                b != a
                    && o.cue
                        .spans
                        .first()
                        .is_some_and(|s| doc.token_at(s.start) == k)
                    && crate::lexicon::is_speech_cue(doc.token_text(k))
            })
        });
        let mut end = speech_at.unwrap_or(s_end);
        while end > start && (!is_word(doc, end - 1) || lower_is(doc, end - 1, &["and"])) {
            end -= 1;
        }
        if end < start + 2 {
            continue;
        }
        let clause = Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
        // Another claim with a source of its own inside the clause is
        // nested speech: leave the tagger's reading.
        let others: Vec<usize> = (0..claims.len())
            .filter(|&b| b != a && claims[b].cue.spans.iter().any(|s| clause.contains(s)))
            .collect();
        if others.iter().any(|&b| !claims[b].source.spans.is_empty()) {
            continue;
        }
        for &b in &others {
            gone[b] = true;
        }
        claims[a].content.spans = vec![clause];
    }
    super::remove_marked(claims, &gone);
}
