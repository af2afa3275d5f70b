//! `In the words of the chief prosecutor, Ana Ruiz, "the defendants knew the
//! risks."` and `The plan was dead on arrival, in the words of one official.`:
//! the party after `in the words of` said the rest of the sentence. The tagger
//! has seen the cue too rarely to find it; the sentence becomes a claim of
//! its own, taken out of any other claim's content (a sourceless claim the
//! tagger found on it is then left empty, and dropped).

use crate::model::{Claim, KeepWith, Span};
use crate::segment::{Document, TokenKind};

use super::subject::{is_word, lowercase};

/// Longest party after `in the words of`, in tokens.
const MAX_PARTY: usize = 12;

/// Gives every `in the words of X` its claim.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for t in 0..doc.tokens.len().saturating_sub(5) {
        if doc.folded(t) != "in"
            || doc.folded(t + 1) != "the"
            || doc.folded(t + 2) != "words"
            || doc.folded(t + 3) != "of"
        {
            continue;
        }
        let Some((source, content)) = parts(doc, t) else {
            continue;
        };
        // Nothing else may claim the party.
        if super::subject::cue_taken(claims, source) {
            continue;
        }
        for c in claims.iter_mut() {
            c.content.spans.keep_with(&mut |s| !content.contains(s));
        }
        claims.push(Claim::new(
            vec![source],
            vec![doc.span_of(t, t + 3)],
            vec![content],
        ));
    }
}

/// The party and the content of the sentence whose cue opens at token `t`:
/// when a comma closes the party before more words (the comma before a
/// quotation, else before a lowercase word, else the first: `the chief
/// prosecutor, Ana Ruiz,`), the rest is the content; when the party ends the
/// sentence after a comma, the content is everything before that comma.
fn parts(doc: &Document, t: usize) -> Option<(Span, Span)> {
    let (s0, s1) = doc.sentences[doc.sentence_of(t)];
    let said = |k: usize| is_word(doc, k) || doc.tokens[k].kind == TokenKind::Quote;
    let a = t + 4;
    let last = (a..s1).rev().find(|&k| said(k))?;
    let (mut first, mut before_lowercase, mut end) = (None, None, None);
    for k in a + 1..last.min(a + MAX_PARTY + 1) {
        if doc.token_text(k) != "," {
            continue;
        }
        if doc.tokens[k + 1].kind == TokenKind::Quote {
            end = Some(k);
            break;
        }
        first = first.or(Some(k));
        if lowercase(doc, k + 1) {
            before_lowercase = before_lowercase.or(Some(k));
        }
    }
    if let Some(end) = end.or(before_lowercase).or(first) {
        let from = (end + 1..s1).find(|&k| said(k))?;
        return Some((doc.span_of(a, end - 1), doc.span_of(from, last)));
    }
    // `…, in the words of one official.`
    let from = (s0..t).find(|&k| said(k))?;
    if t < from + 2 || doc.token_text(t - 1) != "," || last + 1 > a + MAX_PARTY {
        return None;
    }
    Some((doc.span_of(a, last), doc.span_of(from, t - 2)))
}
