//! `Griffiths said the attack, if confirmed, would be “a grave blow”`: a
//! conditional aside about checking (`, if confirmed,`, `, if true,`, `, once
//! verified,`) interrupts the claim's content; it is not a claim of its own.
//! The tagger reads `confirmed` as a cue and starts a sourceless claim there;
//! this joins it back to the claim whose content stops at the aside.

use crate::model::{Claim, Span};
use crate::segment::Document;

use super::subject::lower_is;

/// Words that open the aside.
const OPENERS: &[&str] = &["if", "unless", "once", "when"];
/// The aside's verdict.
const CHECKED: &[&str] = &[
    "confirmed",
    "verified",
    "true",
    "proven",
    "accurate",
    "correct",
];

/// Joins each sourceless claim cued by a conditional aside to the claim it
/// interrupts.
pub fn apply(doc: &Document, claims: &mut [Claim]) {
    for x in 0..claims.len() {
        let Some((comma, end)) = aside(doc, &claims[x]) else {
            continue;
        };
        // The claim whose last content piece ends right before the comma.
        let before = |c: &Claim| {
            c.content.spans.last().is_some_and(|p| {
                p.end <= comma.start && doc.text[p.end..comma.start].trim().is_empty()
            })
        };
        let Some(y) = (0..claims.len()).find(|&y| y != x && before(&claims[y])) else {
            continue;
        };
        if let Some(last) = claims[y].content.spans.last_mut() {
            last.end = end;
            // Left without source and content, the aside's claim is dropped
            // with the tagger's other leftovers (`find_claims`).
            claims[x].content.spans.clear();
            claims[x].cue.spans.clear();
        }
    }
}

/// The comma before the aside and the end of the content after it, when the
/// claim is a sourceless one cued by `, if confirmed,`.
fn aside(doc: &Document, claim: &Claim) -> Option<(Span, usize)> {
    let ([cue], [content]) = (claim.cue.spans.as_slice(), claim.content.spans.as_slice()) else {
        return None;
    };
    if !claim.source.spans.is_empty() || content.start < cue.end {
        return None;
    }
    let r = doc.tokens_in(*cue);
    let t = r.start;
    let comma_after = r.end < doc.tokens.len() && doc.token_text(r.end) == ",";
    if r.len() != 1
        || t < 2
        || !comma_after
        || !lower_is(doc, t, CHECKED)
        || !lower_is(doc, t - 1, OPENERS)
        || doc.token_text(t - 2) != ","
    {
        return None;
    }
    Some((doc.tokens[t - 2].span, content.end))
}
