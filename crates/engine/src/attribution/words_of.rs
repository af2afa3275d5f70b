//! `In the words of the chief prosecutor, Ana Ruiz, "the defendants knew the
//! risks."` and `The plan was dead on arrival, in the words of one official.`:
//! the party after `in the words of` said the rest of the sentence. The tagger
//! has seen the cue too rarely to find it; a claim it found on the same words
//! without a source takes the party, and else the sentence becomes a claim of
//! its own, taken out of any other claim's content.

use crate::model::{Claim, KeepWith, Span};
use crate::segment::{Document, TokenKind};

use super::subject::is_word;

/// Longest party after `in the words of`, in tokens.
const MAX_PARTY: usize = 12;

/// Gives every `in the words of X` sentence its claim.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for &(s0, s1) in &doc.sentences {
        let Some(t) = (s0..s1.saturating_sub(4)).find(|&t| opens_cue(doc, t)) else {
            continue;
        };
        let cue = doc.span_of(t, t + 3);
        let Some((source, content)) = parts(doc, s0, s1, t) else {
            continue;
        };
        // Nothing else may claim the party.
        if claims
            .iter()
            .any(|c| c.cue.spans.iter().any(|s| s.overlaps(&source)))
        {
            continue;
        }
        if let Some(c) = claims.iter_mut().find(|c| {
            c.source.spans.is_empty() && c.content.spans.iter().any(|s| s.overlaps(&content))
        }) {
            c.source.spans = vec![source];
            c.cue.spans = vec![cue];
            continue;
        }
        // A claim of another speaker's that ran on over the sentence gives
        // it back (`She argued … | "the voters finally got …"`).
        for c in claims.iter_mut() {
            c.content.spans.keep_with(&mut |s| !content.contains(s));
        }
        claims.push(Claim::new(vec![source], vec![cue], vec![content]));
    }
}

/// Whether tokens `t..t + 4` read `in the words of`.
fn opens_cue(doc: &Document, t: usize) -> bool {
    ["in", "the", "words", "of"]
        .iter()
        .enumerate()
        .all(|(k, w)| doc.folded(t + k) == *w)
}

/// The party and the content of the sentence `s0..s1` whose cue opens at
/// token `t`: when a comma closes the party before more words, the party
/// runs to the last comma before the rest (`the chief prosecutor, Ana Ruiz,`)
/// and the rest is the content; when the party ends the sentence after a
/// comma, the content is everything before that comma.
fn parts(doc: &Document, s0: usize, s1: usize, t: usize) -> Option<(Span, Span)> {
    let a = t + 4;
    let said = |k: usize| is_word(doc, k) || doc.tokens[k].kind == TokenKind::Quote;
    let last_word = (a..s1).rev().find(|&k| is_word(doc, k))?;
    // `In the words of X, …`: the party ends at the comma before a
    // quotation, else before a lowercase word, else at the first comma.
    let commas: Vec<usize> = (a + 1..s1.min(a + MAX_PARTY + 1))
        .filter(|&k| doc.token_text(k) == "," && k < last_word)
        .collect();
    // (A quotation first: `the critic, state Sen. Luis Ortega, "…"`.)
    let before_quote = |k: &usize| doc.tokens[k + 1].kind == TokenKind::Quote;
    let before_lowercase = |k: &usize| super::subject::lowercase(doc, k + 1);
    let end = (commas.iter().copied().find(before_quote))
        .or_else(|| commas.iter().copied().find(before_lowercase))
        .or_else(|| commas.first().copied());
    if let Some(end) = end {
        let from = (end + 1..s1).find(|&k| said(k))?;
        let to = (from..s1).rev().find(|&k| said(k))?;
        return Some((doc.span_of(a, end - 1), doc.span_of(from, to)));
    }
    // `…, in the words of one official.`
    let first = (s0..t).find(|&k| said(k))?;
    if t < 1 || doc.token_text(t - 1) != "," || last_word + 1 - a > MAX_PARTY {
        return None;
    }
    let before = (first..t - 1).rev().find(|&k| said(k))?;
    Some((doc.span_of(a, last_word), doc.span_of(first, before)))
}
