//! A content fronted before its attribution (`Repairs … will not begin before
//! June, county officials said on Tuesday.`) is the whole clause from the
//! sentence's start (after a dateline, `RIVERMOUTH —`) to the comma before
//! the source or cue. The tagger sometimes starts such a content a few words
//! late or stops it a few words early (`the spillway gates … will not
//! begin`); this closes those gaps when only plain words fill them.

use crate::model::{Claim, Span};
use crate::segment::{Document, TokenKind};

/// Longest gap closed at either end, in tokens.
const MAX_GAP: usize = 6;

/// Longest dateline (`GRANT CITY, Iowa (AP) —`), in tokens.
const MAX_DATELINE: usize = 10;

/// Widens the first content piece of every fronted claim to its clause.
pub fn apply(doc: &Document, claims: &mut [Claim]) {
    let held: Vec<Span> = claims.iter().flat_map(Claim::role_spans).copied().collect();
    for claim in claims.iter_mut() {
        let (Some(&cue), Some(&piece)) = (claim.cue.spans.first(), claim.content.spans.first())
        else {
            continue;
        };
        let attribution = claim
            .source
            .spans
            .first()
            .map_or(cue.start, |s| s.start.min(cue.start));
        // One piece before the attribution (another may follow it).
        let before = claim
            .content
            .spans
            .iter()
            .filter(|p| p.start < attribution)
            .count();
        if before != 1 || piece.end > attribution {
            continue;
        }
        let (a, b) = (doc.token_at(piece.start), doc.token_at(piece.end));
        let g = doc.token_at(attribution);
        let s = doc.sentence_of(a);
        let s0 = doc.sentences[s].0;
        if a >= b || g == 0 || doc.sentence_of(g) != s || doc.token_text(g - 1) != "," {
            continue;
        }
        // Another claim's words in a gap stop the widening.
        let free = |x: usize, y: usize| {
            x >= y || {
                let gap = doc.span_of(x, y - 1);
                !held.iter().any(|h| h.overlaps(&gap) && !piece.overlaps(h))
            }
        };
        let plain = |x: usize, y: usize| {
            y - x <= MAX_GAP && (x..y).all(|t| doc.tokens[t].kind == TokenKind::Word) && free(x, y)
        };
        let mut widened = piece;
        if b < g - 1 && plain(b, g - 1) {
            widened.end = doc.tokens[g - 2].span.end;
        }
        let start = after_dateline(doc, s0, a);
        if start < a && plain(start, a) {
            widened.start = doc.tokens[start].span.start;
        }
        claim.content.spans[0] = widened;
    }
}

/// The first token after a dateline that opens the sentence at `s0` (capital
/// words, commas and `(AP)` before a dash), or `s0`; never past `limit`.
pub(super) fn after_dateline(doc: &Document, s0: usize, limit: usize) -> usize {
    let dash =
        (s0..limit.min(s0 + MAX_DATELINE)).find(|&t| matches!(doc.token_text(t), "—" | "–" | "--"));
    let Some(dash) = dash else {
        return s0;
    };
    let dateline = (s0..dash).all(|t| {
        let w = doc.token_text(t);
        matches!(w, "," | "(" | ")" | ".") || w.chars().next().is_some_and(char::is_uppercase)
    });
    if dateline && dash > s0 {
        dash + 1
    } else {
        s0
    }
}
