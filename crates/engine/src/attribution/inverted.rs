//! Inverted record claims the tagger misses: `Donations hit $1.1 billion, a
//! USA TODAY analysis of campaign-finance reports shows.` Wire style puts the
//! finding first and closes the sentence with `, <record> shows|found|…`; a
//! non-human source after the comma is rarely tagged. The sentence before the
//! comma is the content, the noun phrase the source, the verb the cue (the
//! verification rules then read the record as confirming, or a poll as
//! reported).

use crate::model::{Claim, Span};
use crate::segment::{Document, TokenKind};

/// Verbs by which a record or study closes an inverted sentence.
const VERBS: &[&str] = &[
    "show",
    "shows",
    "showed",
    "found",
    "finds",
    "indicate",
    "indicates",
    "indicated",
    "reveal",
    "reveals",
    "revealed",
];

/// Head nouns of a record, study or count that can stand as such a source.
const RECORDS: &[&str] = &[
    "analysis",
    "review",
    "records",
    "record",
    "documents",
    "filings",
    "data",
    "figures",
    "statistics",
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "reports",
    "audit",
    "returns",
    "estimates",
    "investigation",
    "count",
    "tally",
    "census",
];

/// Longest source noun phrase, in tokens.
const MAX_SOURCE: usize = 14;
/// Fewest words before the comma for a content.
const MIN_CONTENT: usize = 4;

/// Adds a claim for every inverted record sentence whose content no claim
/// holds yet.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for &(s0, s1) in &doc.sentences {
        let Some(found) = inverted(doc, s0, s1) else {
            continue;
        };
        let (source, cue, content) = found;
        // The tagger often finds the source and the cue but no content: the
        // claim gets the sentence before the comma.
        match claims.iter().position(|c| c.touches(&cue)) {
            Some(i) if claims[i].content.spans.is_empty() => {
                let claim = &mut claims[i];
                claim.content.spans = vec![content];
                if claim.source.spans.is_empty() {
                    claim.source.spans = vec![source];
                }
            }
            Some(_) => {}
            None if claims.iter().any(|c| c.touches(&content)) => {}
            None => claims.push(super::new_claim(vec![source], vec![cue], vec![content])),
        }
    }
}

/// `(source, cue, content)` of sentence `s0..s1` when it has the shape
/// `CONTENT, <determiner or name> … <record noun> … VERB.`.
fn inverted(doc: &Document, s0: usize, s1: usize) -> Option<(Span, Span, Span)> {
    let mut v = s1;
    while v > s0 && doc.tokens[v - 1].kind != TokenKind::Word {
        v -= 1;
    }
    let v = v.checked_sub(1)?;
    let is = |t: usize, list: &[&str]| {
        list.iter()
            .any(|w| w.eq_ignore_ascii_case(doc.token_text(t)))
    };
    if v <= s0 || !is(v, VERBS) {
        return None;
    }
    // Only words (and hyphens, apostrophes inside them) between the comma
    // and the verb: a noun phrase, no clause of its own.
    let mut c = v;
    let inside = |t: usize| {
        doc.tokens[t].kind == TokenKind::Word || ["-", "&", "’", "'"].contains(&doc.token_text(t))
    };
    while c > s0 && v - c <= MAX_SOURCE && inside(c - 1) {
        c -= 1;
    }
    if c == v || c == s0 || doc.token_text(c - 1) != "," {
        return None;
    }
    let first = doc.token_text(c);
    let opens = [
        "a", "an", "the", "his", "her", "their", "its", "our", "new", "recent",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(first))
        || first.chars().next().is_some_and(char::is_uppercase);
    if !opens || !(c..v).any(|t| is(t, RECORDS)) {
        return None;
    }
    let mut a = s0;
    while a < c - 1 && doc.tokens[a].kind != TokenKind::Word {
        a += 1;
    }
    let words = (a..c - 1)
        .filter(|&t| doc.tokens[t].kind == TokenKind::Word)
        .count();
    if words < MIN_CONTENT || (a..c - 1).any(|t| doc.tokens[t].kind == TokenKind::Quote) {
        return None;
    }
    Some((
        Span::new(doc.tokens[c].span.start, doc.tokens[v - 1].span.end),
        doc.tokens[v].span,
        Span::new(doc.tokens[a].span.start, doc.tokens[c - 2].span.end),
    ))
}
