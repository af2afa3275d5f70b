//! Direct quotations the tagger missed or misplaced, given the speaker the
//! quotation rules ([`crate::quotes`]) find next to them:
//!
//! * a quotation no tagged claim touches becomes a claim of its own (after
//!   a verb the rules do not list: [`super::unlisted`]);
//! * `“…,” the letter reads.`: a tagged quotation with neither cue nor
//!   source (a verb the tagger does not know) takes the speaker after it;
//! * a tagged quotation the tagger gave to a cue in another paragraph (a
//!   quotation without a cue of its own joins the nearest one) goes to the
//!   speaker right after it in its own sentence;
//! * a tagged claim on the verb right after a quotation that got no content
//!   (the quotation went to a cue beside it) takes the quotation.

use crate::model::{Claim, KeepWith, Span};
use crate::quotes;
use crate::segment::Document;
use crate::verification::link::paragraph_of;

/// Adds or re-attributes the quotations described in the module docs.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for q in quotes::attribute_quotations(doc) {
        let Some(cue) = q.cue else {
            if let [quote] = q.content[..] {
                super::unlisted::take(doc, quote, claims);
            }
            continue;
        };
        let after = q.content.last().is_some_and(|s| s.end <= cue.start);
        if let Some(k) = claims.iter().position(|c| c.touches(&cue)) {
            if after && claims[k].content.spans.is_empty() {
                take_quote(doc, claims, k, &q.content);
            } else if let [first, rest] = q.content[..] {
                take_rest(doc, claims, k, first, rest);
            }
            continue;
        }
        let source: Vec<Span> = q.source.into_iter().collect();
        let holder = claims
            .iter()
            .position(|c| q.content.iter().any(|s| c.touches(s)));
        let Some(h) = holder else {
            claims.push(Claim::new(source, vec![cue], q.content.clone()));
            continue;
        };
        if !after {
            continue;
        }
        let c = &mut claims[h];
        if c.cue.spans.is_empty() && c.source.spans.is_empty() {
            c.cue.spans = vec![cue];
            c.source.spans = source;
        } else if let ([quote], Some(held)) = (q.content.as_slice(), c.cue.spans.first()) {
            let paragraph = |s: &Span| paragraph_of(doc, s.start);
            let Some(k) = c.content.spans.iter().position(|s| s == quote) else {
                continue;
            };
            if c.content.spans.len() < 2 || paragraph(held) == paragraph(quote) {
                continue;
            }
            c.content.spans.remove(k);
            claims.push(Claim::new(source, vec![cue], vec![*quote]));
        }
    }
}

/// `Clinton seemed irritated: “It's a public statement!,” she wrote.`: the
/// tagger's claim on the verb after a quotation (`she wrote`) got no content
/// and the quotation went to a cue beside it, alone or at the end of a piece
/// (`declared the need for drive: “Change the world,”`); it moves to the
/// closing verb, and a claim left with nothing goes.
fn take_quote(doc: &Document, claims: &mut Vec<Claim>, k: usize, content: &[Span]) {
    let [quote] = content else {
        return;
    };
    // The whole piece, or its end after a colon (not a quotation inside a
    // clause: `Both parties “saw Burma as …,” said Victor Cha`).
    let held = |s: &Span| {
        s.contains(quote)
            && s.end == quote.end
            && (s.start == quote.start || doc.text[s.start..quote.start].trim_end().ends_with(':'))
    };
    let Some(h) = claims.iter().position(|c| c.content.spans.iter().any(held)) else {
        return;
    };
    let pieces = &mut claims[h].content.spans;
    if let Some(piece) = pieces.iter_mut().find(|s| held(s)) {
        end_before(doc, piece, quote.start);
    }
    pieces.keep_with(&mut |s| !s.is_empty());
    claims[k].content.spans = vec![*quote];
    if claims[h].content.spans.is_empty() {
        claims.remove(h);
    }
}

/// `“…,” said Martin Feld, who filed the lawsuit, “but …”`: the rest of an
/// interrupted quotation (`rest`) goes to the speaker's claim `k`, which
/// holds its first part: found by no claim, given by the tagger to the
/// clause of the aside (`who filed the lawsuit, “but …”`), which keeps what
/// it says before it, or to the speaker with the aside.
fn take_rest(doc: &Document, claims: &mut Vec<Claim>, k: usize, first: Span, rest: Span) {
    // A piece that ends with the quotation, perhaps with words before it.
    let held = |s: &Span| s.contains(&rest) && s.end == rest.end;
    let own = &mut claims[k].content.spans;
    if !own.contains(&first) {
        return;
    }
    // (The tagger's own piece may open with the aside: `who filed …, “but
    // …”`; the aside is no part of the quotation.)
    if let Some(piece) = own.iter_mut().find(|s| held(s)) {
        *piece = rest;
        return;
    }
    if own.iter().any(|s| s.overlaps(&rest)) {
        return;
    }
    let holder = claims
        .iter()
        .enumerate()
        .position(|(j, c)| j != k && c.content.spans.iter().any(held));
    if let Some(h) = holder {
        let pieces = &mut claims[h].content.spans;
        if let Some(piece) = pieces.iter_mut().find(|s| held(s)) {
            end_before(doc, piece, rest.start);
        }
        pieces.keep_with(&mut |s| !s.is_empty());
    } else if claims.iter().any(|c| c.touches(&rest)) {
        return;
    }
    claims[k].content.spans.push(rest);
    if let Some(h) = holder.filter(|&h| claims[h].content.spans.is_empty()) {
        claims.remove(h);
    }
}

/// Ends `piece` where a quotation it ran into starts (byte `at`): what stays
/// before it, without the spaces, colon or comma that led into it.
fn end_before(doc: &Document, piece: &mut Span, at: usize) {
    let before = doc.text[piece.start..at].trim_end_matches([' ', ':', ',', '\n']);
    piece.end = piece.start + before.len();
}
