//! `amounting to what the senators said was economic gerrymandering`, `The
//! fire started in what officials said was a faulty heater`: in a free
//! relative with a speech verb the source is the words between `what` and
//! the verb, and the content is `what` and the predicate after the verb
//! (PolNeAR marks `what | was economic gerrymandering`). The tagger tends to
//! run the source back over the sentence (`The fire started in what
//! officials`) or to miss the claim.

use crate::model::{Claim, KeepWith, Span};
use crate::segment::{Document, TokenKind};

use super::subject::{is_word, lower_is};

/// Verbs of saying or believing that take a free relative this way.
const VERBS: &[&str] = &[
    "said", "say", "says", "called", "calls", "believe", "believes", "believed",
];

/// Words that open the predicate after the verb.
const COPULAS: &[&str] = &["was", "is", "were", "are", "would", "had", "has", "will"];

/// Longest source between `what` and the verb, in tokens.
const MAX_SOURCE: usize = 5;

/// Sets source and content of every such claim, adding the claim when the
/// tagger missed it.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    let n = doc.tokens.len();
    for w in 0..n.saturating_sub(3) {
        if !lower_is(doc, w, &["what"]) {
            continue;
        }
        // The verb after one to five words, the copula right after it.
        let Some(v) = (w + 2..(w + 2 + MAX_SOURCE).min(n - 1))
            .take_while(|&t| is_word(doc, t - 1))
            .find(|&t| lower_is(doc, t, VERBS) && lower_is(doc, t + 1, COPULAS))
        else {
            continue;
        };
        let (_, end) = doc.sentences[doc.sentence_of(v)];
        // (Up to a dash: `what he believes are their shared assets - youth,
        // charisma … - he disavows …` runs on into the sentence's own verb.)
        let end = (v + 1..end)
            .find(|&t| matches!(doc.token_text(t), "-" | "--" | "—" | "–"))
            .unwrap_or(end);
        let mut last = end;
        while last > v + 1 && doc.tokens[last - 1].kind == TokenKind::Punct {
            last -= 1;
        }
        if last <= v + 1 || (w..last).any(|t| doc.tokens[t].kind == TokenKind::Quote) {
            continue;
        }
        let source = doc.span_of(w + 1, v - 1);
        let cue = doc.tokens[v].span;
        let k = match claims
            .iter()
            .position(|c| c.cue.spans.iter().any(|s| s.overlaps(&cue)))
        {
            Some(k) => k,
            None => {
                claims.push(Claim::new(Vec::new(), Vec::new(), Vec::new()));
                claims.len() - 1
            }
        };
        let claim = &mut claims[k];
        claim.source.spans = vec![source];
        claim.cue.spans = vec![cue];
        // The tagger's pieces after the verb stay; else the predicate runs to
        // the end of the clause.
        claim.content.spans.keep_with(&mut |s| s.start > cue.end);
        if claim.content.spans.is_empty() {
            let mut predicate =
                Span::new(doc.tokens[v + 1].span.start, doc.tokens[last - 1].span.end);
            super::content::cut_piece(doc, &mut predicate);
            claim.content.spans.push(predicate);
        }
        claim.content.spans.insert(0, doc.tokens[w].span);
    }
}
