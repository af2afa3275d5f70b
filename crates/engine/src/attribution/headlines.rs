//! Headlines and connectives: `Pence: Gennifer Flowers Won’t Be at Debate`
//! quotes the name before the colon; `That said, …` reports nothing.

use crate::model::{Claim, KeepWith, Span};
use crate::segment::Document;

use super::repairs::clear_area;
use super::subject::capitalised;

/// `Pence: Gennifer Flowers Won’t Be at Debate` — a headline (the first
/// paragraph) opened by a one- or two-word name and a colon quotes that name:
/// source the name, cue the colon, content the rest of the line.
pub(super) fn headline_speaker(doc: &Document, claims: &mut Vec<Claim>) {
    let Some((t0, t1)) = doc.paragraph_tokens(0) else {
        return;
    };
    let Some(colon) = (t0..t1.min(t0 + 3)).find(|&t| doc.token_text(t) == ":") else {
        return;
    };
    if colon == t0
        || colon + 3 > t1
        || !(t0..colon).all(|t| capitalised(doc, t))
        || [
            "the",
            "update",
            "watch",
            "video",
            "breaking",
            "exclusive",
            "opinion",
            "editorial",
        ]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(doc.token_text(t0)))
        || claims.iter().any(|c| {
            c.cue
                .spans
                .iter()
                .any(|s| s.overlaps(&doc.tokens[colon].span))
        })
    {
        return;
    }
    let name = doc.span_of(t0, colon - 1);
    let content = doc.span_of(colon + 1, t1 - 1);
    for c in claims.iter_mut() {
        c.source.spans.keep_with(&mut |s| !s.overlaps(&name));
    }
    clear_area(claims, Span::new(name.start, content.end));
    claims.push(Claim::new(
        vec![name],
        vec![doc.tokens[colon].span],
        vec![content],
    ));
}

/// `That said, …` / `Having said that, …` / `…, say, …`: a discourse
/// connective, no report.
pub(super) fn that_said(doc: &Document, claim: &Claim) -> bool {
    let Some(cue) = claim.cue.spans.first() else {
        return false;
    };
    let t = doc.tokens.partition_point(|x| x.span.start < cue.start);
    if t == 0
        || t + 1 >= doc.tokens.len()
        || !["said", "say"]
            .iter()
            .any(|w| doc.token_text(t).eq_ignore_ascii_case(w))
    {
        return false;
    }
    let prev = doc.token_text(t - 1);
    let next = doc.token_text(t + 1);
    // `…, say, of same-sex relationships`: `for example`.
    if doc.token_text(t).eq_ignore_ascii_case("say") && prev == "," && next == "," {
        return true;
    }
    let opener = (prev == "That" && doc.sentences[doc.sentence_of(t)].0 == t - 1)
        || (next.eq_ignore_ascii_case("that") && prev.eq_ignore_ascii_case("having"));
    opener && (next == "," || next.eq_ignore_ascii_case("that"))
}
