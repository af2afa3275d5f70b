//! Linking each hedge to the claim it softens.
//!
//! A hedge inside a claim's content softens that claim (the innermost one when
//! claims nest). A hedge on the attribution itself — inside the cue or source, or
//! right next to the cue in the same sentence (`reportedly said`, `appeared to
//! suggest`, `sources suggest`) — softens the claim of that cue. Any other hedge
//! is the author's own and stays unlinked.

use crate::model::{Claim, Hedge, Span};
use crate::segment::Document;

/// How far (in bytes) a hedge may sit before or after a cue to count as part of
/// the attribution: a few short words.
const CUE_REACH: usize = 24;

/// How many claims on each side of a position are considered (claims are in
/// text order): keeps linking linear in the length of the text.
pub const WINDOW: usize = 24;

/// Indices of the claims near byte offset `at`: `reach` claims on each side of
/// the first claim whose content starts after `at`.
pub fn nearby(claims: &[Claim], at: usize, reach: usize) -> std::ops::Range<usize> {
    let pos = claims.partition_point(|c| c.content.spans.first().map_or(0, |s| s.start) <= at);
    pos.saturating_sub(reach)..(pos + reach).min(claims.len())
}

/// Sets `hedge.claim` and pushes hedge ids onto the claims they soften.
pub fn link(doc: &Document, hedges: &mut [Hedge], claims: &mut [Claim]) {
    for hedge in hedges.iter_mut() {
        if let Some(c) = owner(doc, hedge, claims) {
            hedge.claim = Some(claims[c].id.clone());
            claims[c].hedges.push(hedge.id.clone());
        }
    }
}

/// The index of the claim `hedge` softens, as [`link`] links it.
pub fn owner(doc: &Document, hedge: &Hedge, claims: &[Claim]) -> Option<usize> {
    let &at = hedge.spans.first()?;
    in_content(at, claims).or_else(|| on_attribution(doc, at, claims))
}

/// The innermost claim whose content holds the hedge.
fn in_content(at: Span, claims: &[Claim]) -> Option<usize> {
    nearby(claims, at.start, WINDOW)
        .map(|i| (i, &claims[i]))
        .filter_map(|(i, c)| {
            c.content
                .spans
                .iter()
                .find(|s| s.contains(&at))
                .map(|s| (i, s.len()))
        })
        .min_by_key(|&(_, len)| len)
        .map(|(i, _)| i)
}

/// The claim whose cue or source holds the hedge, or whose cue sits right next
/// to it in the same sentence.
fn on_attribution(doc: &Document, at: Span, claims: &[Claim]) -> Option<usize> {
    let sentence = sentence_span(doc, at);
    let mut best: Option<(usize, usize)> = None;
    for i in nearby(claims, at.start, WINDOW) {
        let c = &claims[i];
        let pieces = c.cue.spans.iter().chain(c.source.spans.iter());
        for piece in pieces {
            let distance = if piece.overlaps(&at) || piece.contains(&at) {
                0
            } else if at.end <= piece.start {
                piece.start - at.end
            } else {
                at.start.saturating_sub(piece.end)
            };
            let same_sentence = sentence.is_some_and(|s| s.contains(piece));
            if distance <= CUE_REACH
                && (distance == 0 || same_sentence)
                && best.is_none_or(|(_, d)| distance < d)
            {
                best = Some((i, distance));
            }
        }
    }
    best.map(|(i, _)| i)
}

/// The byte span of the sentence holding `at`.
fn sentence_span(doc: &Document, at: Span) -> Option<Span> {
    let t = doc.tokens.partition_point(|tok| tok.span.end <= at.start);
    if t >= doc.tokens.len() {
        return None;
    }
    Some(doc.sentence_span(doc.sentence_of(t)))
}
