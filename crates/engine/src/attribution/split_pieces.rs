//! Content pieces that belong elsewhere. The tagger may give one cue two
//! `that` clauses when the first one's verb went untagged (`Video shows that
//! …, contradicting the police's earlier claim that …`): a piece that opens on
//! `that` right after a verb of saying, thinking or showing outside the
//! claim's cue is that verb's claim, its source filled later from the
//! sentence (see [`super::subject`]). And a piece right after the source,
//! before the cue, opening on `that`/`who`/`which`, is the source's relative
//! clause.

use crate::cuelex;
use crate::model::{Claim, KeepWith, Span};
use crate::segment::Document;

/// Splits such pieces off into claims of their own, or hands them to the
/// source.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    let mut added: Vec<Claim> = Vec::new();
    for claim in claims.iter_mut() {
        if claim.content.spans.len() < 2 {
            continue;
        }
        let mut k = 0;
        while k < claim.content.spans.len() && claim.content.spans.len() > 1 {
            let piece = claim.content.spans[k];
            let t = doc.token_at(piece.start);
            let verb = t.checked_sub(1).filter(|&v| {
                let cue = cuelex::SPEECH | cuelex::BELIEF | cuelex::EVIDENCE;
                doc.folded(t) == "that"
                    && !claim
                        .cue
                        .spans
                        .iter()
                        .any(|c| c.contains(&doc.tokens[v].span))
                    && cuelex::categories(doc.token_text(v)) & cue != 0
            });
            if relative_clause(doc, claim, piece, t) {
                claim.content.spans.remove(k);
                if let Some(s) = claim.source.spans.last_mut() {
                    s.end = piece.end;
                }
                continue;
            }
            match verb {
                Some(v) => {
                    claim.content.spans.remove(k);
                    // A subject before that verb, in its sentence, is its
                    // source too (`Records … show that …, confirming …`: the
                    // participle's subject is the main verb's).
                    let verb = doc.tokens[v].span;
                    let sentence = doc.sentence_of(v);
                    let shared = claim.source.spans.iter().all(|s| {
                        s.end <= verb.start && doc.sentence_of(doc.token_at(s.start)) == sentence
                    });
                    let source = if shared {
                        // The whole plain subject when the tagger took its
                        // first word only (`Inspection` | `records released
                        // by the county`).
                        if let Some(subject) = whole_subject(doc, &claim.source.spans, v) {
                            claim.source.spans = vec![subject];
                        }
                        claim.source.spans.clone()
                    } else {
                        Vec::new()
                    };
                    added.push(Claim::new(source, vec![verb], vec![piece]));
                }
                None => k += 1,
            }
        }
    }
    claims.extend(added);
    for claim in claims.iter_mut() {
        stray_earlier_pieces(doc, claim);
    }
}

/// The words from the sentence's start (after a dateline) to just before
/// verb `v`, when `source` starts there and only words lie between
/// ([`super::subject::plain_subject`]).
fn whole_subject(doc: &Document, source: &[Span], v: usize) -> Option<Span> {
    let first = source.first()?;
    let (s0, s1) = doc.sentences[doc.sentence_of(v)];
    let a = super::fronted::after_dateline(doc, s0, s1);
    if doc.token_at(first.start) != a {
        return None;
    }
    super::subject::plain_subject(doc, a, v)
}

/// `A mine operator wants plants to pay for its cleanup.` ¶ `Markby says he
/// has paid …`: an unquoted piece from a paragraph before the cue's, when
/// another piece sits in the cue's own paragraph, is a neighbour's words the
/// tagger carried over (a quotation running over paragraphs opens on its
/// quote mark and stays).
fn stray_earlier_pieces(doc: &Document, claim: &mut Claim) {
    use crate::verification::link::paragraph_of;
    let (Some(cue), true) = (claim.cue.spans.first(), claim.content.spans.len() > 1) else {
        return;
    };
    let home = paragraph_of(doc, cue.start);
    if !claim
        .content
        .spans
        .iter()
        .any(|s| paragraph_of(doc, s.start) == home)
    {
        return;
    }
    claim.content.spans.keep_with(&mut |s| {
        let t = doc.token_at(s.start);
        doc.tokens[t].kind == crate::segment::TokenKind::Quote || paragraph_of(doc, s.start) >= home
    });
}

/// `A USA TODAY analysis of super PACs that have raised $1 million … shows
/// …`: whether `piece` (starting at token `t`) is a relative clause right
/// after the claim's source and before its cue.
#[inline(never)]
fn relative_clause(doc: &Document, claim: &Claim, piece: Span, t: usize) -> bool {
    matches!(doc.folded(t), "that" | "who" | "which")
        && t > 0
        && claim
            .source
            .spans
            .last()
            .is_some_and(|s| doc.tokens[t - 1].span.end == s.end)
        && claim
            .cue
            .spans
            .first()
            .is_some_and(|c| piece.end <= c.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(text: &str, needle: &str) -> Span {
        let start = text.find(needle).expect(needle);
        Span::new(start, start + needle.len())
    }

    /// The tagger's shape: the relative clause of the source tagged as a
    /// first content piece before the cue.
    #[test]
    fn a_relative_clause_before_the_cue_joins_the_source() {
        let text = "A Denver Post analysis of super PACs that have raised $2 million or \
                    more since March shows Democratic groups outpacing Republicans.";
        let doc = Document::new(text);
        let mut claims = vec![Claim::new(
            vec![span(text, "A Denver Post analysis of super PACs")],
            vec![span(text, "shows")],
            vec![
                span(text, "that have raised $2 million or more since March"),
                span(text, "Democratic groups outpacing Republicans"),
            ],
        )];
        apply(&doc, &mut claims);
        let source = claims[0].source.spans[0];
        assert_eq!(
            &text[source.start..source.end],
            "A Denver Post analysis of super PACs that have raised $2 million or more since March"
        );
        assert_eq!(
            claims[0].content.spans,
            vec![span(text, "Democratic groups outpacing Republicans")]
        );
    }
}
