//! Attributed claims: who said what, with which words.
//!
//! The learned tagger ([`crate::tagger`]) labels every token as source, cue or
//! content (BIO); [`group`] turns the spans into claims; direct quotations the
//! tagger missed are added from the rule finder ([`crate::quotes`]); each claim
//! gets a kind ([`kind`]) and its source is resolved to the most specific
//! mention in the article ([`crate::coref`]). Offsets are UTF-8 bytes here.

pub mod fixes;
pub mod group;
pub mod kind;

use crate::model::*;
use crate::quotes;
use crate::segment::Document;
use crate::tagger;

use group::{Group, Piece};

/// Finds every attributed claim in the document (byte spans, ids not yet set).
pub fn find_claims(doc: &Document) -> Vec<Claim> {
    let mut claims: Vec<Claim> = match tagger::tag(doc) {
        Some(labels) => group::group(doc, &group::pieces(&labels))
            .iter()
            .map(|g| claim_from_group(doc, g))
            .collect(),
        None => Vec::new(),
    };
    add_missed_quotes(doc, &mut claims);
    fixes::apply(doc, &mut claims);
    let quoted = kind::quotation_spans(doc);
    for claim in &mut claims {
        claim.kind = kind::classify(doc, &quoted, claim);
    }
    crate::coref::resolve_sources(doc, &mut claims);
    claims
}

fn span_of(doc: &Document, p: &Piece) -> Span {
    Span::new(
        doc.tokens[p.start].span.start,
        doc.tokens[p.end - 1].span.end,
    )
}

fn claim_from_group(doc: &Document, g: &Group) -> Claim {
    let spans = |ps: &[Piece]| ps.iter().map(|p| span_of(doc, p)).collect::<Vec<_>>();
    new_claim(spans(&g.source), spans(&g.cue), spans(&g.content))
}

fn new_claim(source: Vec<Span>, cue: Vec<Span>, content: Vec<Span>) -> Claim {
    Claim {
        id: String::new(),
        kind: ClaimKind::Indirect,
        source: ClaimSource {
            spans: source,
            ..ClaimSource::default()
        },
        cue: SpanSet { spans: cue },
        content: SpanSet { spans: content },
        state: VerificationState::Reported,
        evidence: Vec::new(),
        hedges: Vec::new(),
        parent: None,
        notes: Vec::new(),
        review: None,
    }
}

/// Adds direct quotations (with a cue found by the rules) that no tagged claim
/// touches.
fn add_missed_quotes(doc: &Document, claims: &mut Vec<Claim>) {
    for q in quotes::attribute_quotations(doc) {
        let Some(cue) = q.cue else { continue };
        let taken = |s: &Span| {
            claims.iter().any(|c| {
                c.content
                    .spans
                    .iter()
                    .chain(&c.cue.spans)
                    .chain(&c.source.spans)
                    .any(|x| x.overlaps(s))
            })
        };
        if q.content.iter().any(taken) || taken(&cue) {
            continue;
        }
        claims.push(new_claim(
            q.source.into_iter().collect(),
            vec![cue],
            q.content,
        ));
    }
}
