//! Transcripts: a paragraph opened by a speaker's name and a colon is that
//! speaker's turn: source the name, cue the colon, content the rest of the
//! paragraph. A name in capitals (`WALLACE: Let's start …`) always opens a
//! turn ([`capital_speakers`], run among the repairs, before the headline's
//! speaker); a name as written (`Matthews: Well, speculation is bad.`) only
//! in a transcript, where two speakers take turns and one speaks more than
//! once ([`apply`]; a list of `Sanders: Win in a walk` items is none). A
//! claim inside the turn (`The state auditor said …`) stays, nested in it.

use crate::model::{Claim, KeepWith, Span};
use crate::segment::{Document, TokenKind};

use super::subject::{capitalised, cue_taken, is_word, last_word, lower_is};

/// Longest speaker label, in tokens (`Sen. Elena Ruiz`).
const MAX_LABEL: usize = 5;

/// Labels that head a note or a section, not a speaker's turn.
const NOT_SPEAKERS: &[&str] = &[
    "q",
    "a",
    "update",
    "note",
    "editor's",
    "correction",
    "clarification",
    "related",
    "read",
    "watch",
    "video",
    "photo",
    "source",
    "sources",
    "poll",
    "disclosure",
    "the",
    "editor",
    "updated",
    "breaking",
    "exclusive",
];

/// Fewest words of a turn.
const MIN_TURN: usize = 4;

/// Adds a claim for every speaker's turn, when the article is a transcript:
/// at least two speakers, one of whom speaks more than once (a list of
/// `Sanders: Win in a walk` items, one per name, is no transcript).
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    // (label's first token, colon, last token of the turn)
    let mut turns: Vec<(usize, usize, usize)> = Vec::new();
    for (t0, t1) in (1..doc.paragraphs.len()).filter_map(|p| doc.paragraph_tokens(p)) {
        let colon = (t0 + 1..t1.min(t0 + MAX_LABEL + 1)).find(|&t| doc.token_text(t) == ":");
        let Some(colon) = colon.filter(|&c| speaker(doc, t0, c)) else {
            continue;
        };
        if let Some(last) = last_word(doc, colon + 1, t1) {
            if (colon + 1..=last).filter(|&t| is_word(doc, t)).count() >= MIN_TURN {
                turns.push((t0, colon, last));
            }
        }
    }
    // (The whole label: `Basse Terre` and `Grande Terre` are two places.)
    let name = |&(t0, colon, _): &(usize, usize, usize)| {
        let label = doc.span_of(t0, colon - 1);
        &doc.text[label.start..label.end]
    };
    let repeated = turns.iter().any(|a| {
        turns
            .iter()
            .filter(|b| name(b).eq_ignore_ascii_case(name(a)))
            .count()
            > 1
    });
    let speakers = turns
        .iter()
        .any(|a| turns.iter().any(|b| !name(b).eq_ignore_ascii_case(name(a))));
    if !repeated || !speakers {
        return;
    }
    for (t0, colon, last) in turns {
        let label = doc.span_of(t0, colon - 1);
        let cue = doc.tokens[colon].span;
        if !cue_taken(claims, label) && !cue_taken(claims, cue) {
            claims.push(Claim::new(
                vec![label],
                vec![cue],
                vec![doc.span_of(colon + 1, last)],
            ));
        }
    }
}

/// The contents of the transcript turns among `claims` (a claim whose cue
/// is a colon alone).
pub fn turns(doc: &Document, claims: &[Claim]) -> Vec<Span> {
    claims
        .iter()
        .filter(|c| matches!(c.cue.spans.as_slice(), [cue] if &doc.text[cue.start..cue.end] == ":"))
        .flat_map(|c| c.content.spans.iter().copied())
        .collect()
}

/// Whether tokens `a..colon` name a speaker: capitalised words (and the
/// periods of titles), not a note's or section's head.
fn speaker(doc: &Document, a: usize, colon: usize) -> bool {
    let words =
        (a..colon).all(|t| (is_word(doc, t) && capitalised(doc, t)) || doc.token_text(t) == ".");
    words && is_word(doc, colon - 1) && !lower_is(doc, a, NOT_SPEAKERS)
}

/// `WALLACE: Let's start …` — a paragraph opened by a speaker name in capitals
/// and a colon is that speaker's turn: source the name, cue the colon, content
/// the rest of the paragraph.
pub(super) fn capital_speakers(doc: &Document, claims: &mut Vec<Claim>) {
    for (mut t0, t1) in (0..doc.paragraphs.len()).filter_map(|p| doc.paragraph_tokens(p)) {
        while t0 < t1 && doc.tokens[t0].kind == TokenKind::Quote {
            t0 += 1;
        }
        let Some(colon) = (t0..t1.min(t0 + 4)).find(|&t| doc.token_text(t) == ":") else {
            continue;
        };
        if colon == t0
            || colon + 1 >= t1
            || !(t0..colon).all(|t| is_caps_word(doc, t) || doc.token_text(t) == ".")
            || !(t0..colon).any(|t| doc.token_text(t).chars().count() > 1)
            || lower_is(doc, t0, NOT_SPEAKERS)
        {
            continue;
        }
        let name = doc.span_of(t0, colon - 1);
        let cue = doc.tokens[colon].span;
        let content = doc.span_of(colon + 1, t1 - 1);
        let area = Span::new(name.start, content.end);
        // Claims the tagger found inside the turn are nested: keep them; only
        // content pieces and cue-less fragments covering the turn are
        // replaced. (A claim whose cue is inside the turn keeps its content:
        // `The state auditor said | the delays added …` nests in the turn.)
        for c in claims.iter_mut() {
            c.source.spans.keep_with(&mut |s| !s.overlaps(&name));
            if !c.cue.spans.first().is_some_and(|k| content.contains(k)) {
                c.content.spans.keep_with(&mut |s| !area.contains(s));
            }
        }
        claims.keep_with(&mut |c| {
            (!c.content.spans.is_empty() || !c.cue.spans.is_empty())
                && !c
                    .content
                    .spans
                    .iter()
                    .any(|s| s.contains(&cue) || (s.start < content.start && s.end > content.start))
        });
        claims.push(Claim::new(vec![name], vec![cue], vec![content]));
    }
}

/// Whether token `t` is a word in capitals (`WALLACE`, `O'NEILL`).
fn is_caps_word(doc: &Document, t: usize) -> bool {
    let w = doc.token_text(t);
    doc.tokens[t].kind == TokenKind::Word
        && w.chars().any(char::is_alphabetic)
        && !w.chars().any(char::is_lowercase)
}
