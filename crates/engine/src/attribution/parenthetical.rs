//! An attribution set inside its own content: `Loyalty, he noted, is what
//! Trump prizes most.` The words before the source are the content's
//! subject, so they are its first piece (PolNeAR marks `Loyalty` | `is what
//! …`); the tagger usually finds only the predicate after the cue. On
//! PolNeAR dev the engine had 6 such claims without the subject piece, all 6
//! with the gold content holding it.

use crate::model::{Claim, Span};
use crate::segment::{Document, TokenKind};

/// Finite verbs that open the predicate right after `, CUE ,` (and that show
/// a `that` clause was cut off at its subject, [`super::fixes::cut_clauses`]).
pub const FINITE: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "must", "does", "did", "do", "remains",
];

/// Longest subject piece, in tokens.
const MAX_SUBJECT: usize = 20;

/// Adds the subject piece to every claim of that shape that lacks it.
pub fn apply(doc: &Document, claims: &mut [Claim]) {
    let held: Vec<Span> = claims.iter().flat_map(Claim::role_spans).copied().collect();
    for claim in claims.iter_mut() {
        let (Some(&src), Some(&cue), Some(first)) = (
            claim.source.spans.first(),
            claim.cue.spans.last(),
            claim.content.spans.first(),
        ) else {
            continue;
        };
        if first.start < src.start {
            continue;
        }
        let Some(subject) = subject_before(doc, src, cue) else {
            continue;
        };
        if held.iter().any(|h| h.overlaps(&subject)) {
            continue;
        }
        claim.content.spans.insert(0, subject);
    }
}

/// The sentence's opening words up to `, SOURCE CUE , FINITE`, when the
/// source and cue are set off that way.
fn subject_before(doc: &Document, src: Span, cue: Span) -> Option<Span> {
    let s = doc.tokens.partition_point(|t| t.span.start < src.start);
    let c = doc.tokens.partition_point(|t| t.span.start < cue.end);
    if s == 0 || c + 1 >= doc.tokens.len() || doc.token_text(s - 1) != "," {
        return None;
    }
    if doc.token_text(c) != ","
        || !FINITE
            .iter()
            .any(|w| w.eq_ignore_ascii_case(doc.token_text(c + 1)))
    {
        return None;
    }
    let comma = s - 1;
    let (s0, _) = doc.sentences[doc.sentence_of(comma)];
    let mut a = s0;
    while a < comma && doc.tokens[a].kind == TokenKind::Punct {
        a += 1;
    }
    if a >= comma || comma - a > MAX_SUBJECT || (a..comma).any(|t| doc.token_text(t) == ",") {
        return None;
    }
    Some(Span::new(
        doc.tokens[a].span.start,
        doc.tokens[comma - 1].span.end,
    ))
}
