//! Where the tagger cuts one attribution in two, or splits a verb group
//! between source and cue, put back together:
//!
//! - `According | to state labor figures, the city had …`: the cue stops at
//!   `According` and `to …` opens the content. The cue takes `to`, the words
//!   after it up to the comma become the source, the rest stays content.
//! - `Pell told | supporters that …`: the speaker and verb without a
//!   content, then the verb's object read as a cue of its own with the
//!   content. The object belongs to neither: the first claim takes the
//!   content and the second goes.
//!
//! - `The records do | not mention`: an auxiliary read as the source's last
//!   word goes to the cue it belongs to.

use crate::model::{Claim, Span};
use crate::segment::Document;

use super::subject::{is_word, lower_is, token_at};

/// Longest object between a verb and its `that` content, in tokens.
const MAX_OBJECT: usize = 3;

/// Applies the three repairs.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for claim in claims.iter_mut() {
        according_split(doc, claim);
        auxiliary_to_cue(doc, claim);
    }
    object_split(doc, claims);
}

/// `The records do | not mention`: see the module's note.
fn auxiliary_to_cue(doc: &Document, claim: &mut Claim) {
    let (Some(source), Some(cue)) = (claim.source.spans.last_mut(), claim.cue.spans.first_mut())
    else {
        return;
    };
    let Some(last) = token_at(doc, source.end).checked_sub(1) else {
        return;
    };
    if last == 0
        || token_at(doc, cue.start) != last + 1
        || !lower_is(doc, last, crate::lexicon::AUXILIARIES)
    {
        return;
    }
    cue.start = doc.tokens[last].span.start;
    if token_at(doc, source.start) < last {
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
    let after = token_at(doc, cue.end);
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
    let rest = token_at(doc, to.end);
    let piece_end = token_at(doc, piece.end);
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
        let after = token_at(doc, verb.end);
        // The claim whose one-piece cue is the object right after the verb,
        // with no source, its content opening on `that` right after it.
        let Some(b) = (0..claims.len()).find(|&b| {
            let o = &claims[b];
            b != a
                && !gone[b]
                && o.source.spans.is_empty()
                && o.cue.spans.len() == 1
                && o.cue.spans[0].start
                    == doc.tokens.get(after).map_or(usize::MAX, |t| t.span.start)
        }) else {
            continue;
        };
        let object = claims[b].cue.spans[0];
        let end = token_at(doc, object.end);
        let words = after..end;
        let plain = words.len() <= MAX_OBJECT
            && words.clone().all(|t| is_word(doc, t))
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
        if plain && opens_that {
            claims[a].content.spans = std::mem::take(&mut claims[b].content.spans);
            gone[b] = true;
        }
    }
    super::remove_marked(claims, &gone);
}
