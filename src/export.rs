//! Exports of an analysis: its own JSON, and W3C Web Annotation JSON-LD.
//!
//! The Web Annotation export is one `Annotation` per claim, motivation
//! `assessing`, in an `AnnotationCollection`. Each content piece of the claim
//! is one target with a `TextQuoteSelector` (exact text with prefix and suffix)
//! and a `TextPositionSelector`; both count Unicode code points, as the Web
//! Annotation model and the analysis do. No DOM, so it is tested natively.

use claimlens_engine::{Analysis, Claim, Span};
use serde_json::{json, Value};

use crate::ui::labels::{hedge_label, source_type_label, state_label, Excerpts};

/// Code points of context kept before and after a quote.
pub const CONTEXT: usize = 32;

/// The Web Annotation JSON-LD context.
pub const ANNO_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The analysis as pretty-printed JSON (the model of `claimlens analyze`).
pub fn analysis_json(analysis: &Analysis) -> String {
    serde_json::to_string_pretty(analysis).unwrap_or_else(|_| "{}".into())
}

/// An IRI naming `text` when it has no URL of its own: a hash of its content,
/// so the same text always gets the same IRI.
pub fn text_iri(text: &str) -> String {
    // FNV-1a, 64 bits: stable, dependency-free, enough to tell texts apart.
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("urn:claimlens:text:{hash:016x}")
}

/// Web Annotation JSON-LD for every claim of `analysis` over `text`, whose
/// document is named by `source` (a URL or [`text_iri`]).
pub fn web_annotations(text: &str, analysis: &Analysis, source: &str) -> Value {
    let excerpts = Excerpts::new(text);
    let chars: Vec<char> = text.chars().collect();
    let items: Vec<Value> = analysis
        .claims
        .iter()
        .map(|claim| annotation(claim, analysis, &excerpts, &chars, source))
        .collect();
    json!({
        "@context": ANNO_CONTEXT,
        "id": format!("{source}#claimlens"),
        "type": "AnnotationCollection",
        "label": "Attributed claims found by claimlens",
        "total": items.len(),
        "first": {
            "id": format!("{source}#claimlens-page1"),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    })
}

fn annotation(
    claim: &Claim,
    analysis: &Analysis,
    excerpts: &Excerpts,
    chars: &[char],
    source: &str,
) -> Value {
    let state = claim.state;
    let who = claim
        .source
        .entity
        .clone()
        .unwrap_or_else(|| excerpts.spans(&claim.source.spans));
    let mut description = format!("{}.", state_label(state));
    if !who.is_empty() {
        description.push_str(&format!(
            " Source: {who} ({}).",
            source_type_label(claim.source.source_type)
        ));
    }
    if !claim.cue.spans.is_empty() {
        description.push_str(&format!(" Cue: “{}”.", excerpts.spans(&claim.cue.spans)));
    }
    if !claim.evidence.is_empty() {
        description.push_str(&format!(
            " Evidence: “{}”.",
            excerpts.spans(&claim.evidence)
        ));
    }
    let hedges: Vec<String> = analysis
        .hedges
        .iter()
        .filter(|h| claim.hedges.contains(&h.id))
        .map(|h| {
            format!(
                "“{}” ({})",
                excerpts.spans(&h.spans),
                hedge_label(h.category)
            )
        })
        .collect();
    if !hedges.is_empty() {
        description.push_str(&format!(" Hedges: {}.", hedges.join(", ")));
    }
    let targets: Vec<Value> = claim
        .content
        .spans
        .iter()
        .filter(|s| !s.is_empty())
        .map(|&span| target(span, chars, source))
        .collect();
    json!({
        "id": format!("{source}#claimlens-{}", claim.id),
        "type": "Annotation",
        "motivation": "assessing",
        "body": [
            { "type": "TextualBody", "purpose": "assessing", "value": state.as_str(), "format": "text/plain" },
            { "type": "TextualBody", "purpose": "describing", "value": description, "format": "text/plain" },
        ],
        "target": targets,
    })
}

/// One target: the quote with its context, and its code point position.
fn target(span: Span, chars: &[char], source: &str) -> Value {
    let end = span.end.min(chars.len());
    let start = span.start.min(end);
    let piece = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
    json!({
        "source": source,
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": piece(start, end),
                "prefix": piece(start.saturating_sub(CONTEXT), start),
                "suffix": piece(end, (end + CONTEXT).min(chars.len())),
            },
            { "type": "TextPositionSelector", "start": start, "end": end },
        ],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "😀 Intro line here. “We are ready,” said Ana Ruiz, a spokeswoman.";

    #[test]
    fn one_assessing_annotation_per_claim_with_code_point_selectors() {
        let analysis = claimlens_engine::analyze(TEXT);
        assert!(!analysis.claims.is_empty());
        let doc = web_annotations(TEXT, &analysis, "urn:test");
        assert_eq!(doc["@context"], ANNO_CONTEXT);
        let items = doc["first"]["items"].as_array().unwrap();
        assert_eq!(items.len(), analysis.claims.len());
        assert_eq!(doc["total"], items.len());
        let chars: Vec<char> = TEXT.chars().collect();
        for (item, claim) in items.iter().zip(&analysis.claims) {
            assert_eq!(item["motivation"], "assessing");
            assert_eq!(item["body"][0]["value"], claim.state.as_str());
            let targets = item["target"].as_array().unwrap();
            assert_eq!(targets.len(), claim.content.spans.len());
            for (t, span) in targets.iter().zip(&claim.content.spans) {
                let quote = &t["selector"][0];
                let pos = &t["selector"][1];
                assert_eq!(pos["start"], span.start);
                assert_eq!(pos["end"], span.end);
                let exact: String = chars[span.start..span.end].iter().collect();
                assert_eq!(quote["exact"], exact.as_str());
                let before: String = chars[..span.start].iter().collect();
                assert!(before.ends_with(quote["prefix"].as_str().unwrap()));
                let after: String = chars[span.end..].iter().collect();
                assert!(after.starts_with(quote["suffix"].as_str().unwrap()));
            }
        }
        // The emoji counts as one position, not two (UTF-16) or four (UTF-8).
        let first = &items[0]["target"][0]["selector"];
        let quote_at = TEXT.find('“').map(|b| TEXT[..b].chars().count()).unwrap();
        assert_eq!(quote_at, 19);
        assert!(first[1]["start"].as_u64().unwrap() >= quote_at as u64);
        assert!(first[0]["exact"].as_str().unwrap().contains("We are ready"));
    }

    #[test]
    fn context_is_clipped_at_the_text_edges_and_bad_spans_clamp() {
        let chars: Vec<char> = "short text".chars().collect();
        let t = target(Span::new(0, 5), &chars, "urn:x");
        assert_eq!(t["selector"][0]["prefix"], "");
        assert_eq!(t["selector"][0]["suffix"], " text");
        let t = target(Span::new(8, 99), &chars, "urn:x");
        assert_eq!(t["selector"][0]["exact"], "xt");
        assert_eq!(t["selector"][1]["end"], 10);
    }

    #[test]
    fn an_empty_analysis_exports_an_empty_collection() {
        let doc = web_annotations("", &claimlens_engine::analyze(""), &text_iri(""));
        assert_eq!(doc["total"], 0);
        assert!(doc["first"]["items"].as_array().unwrap().is_empty());
        assert_ne!(text_iri("a"), text_iri("b"));
    }
}
