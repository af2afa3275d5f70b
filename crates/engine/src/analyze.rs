//! The pipeline: segment, find claims, hedges and states, summarise, and convert
//! byte offsets to code points once at the end.

use std::collections::BTreeMap;

use claimlens_anchoring::OffsetIndex;

use crate::model::*;
use crate::segment::Document;
use crate::{attribution, hedges, verification};

/// Inputs to an analysis besides the text.
#[derive(Debug, Clone, Default)]
pub struct AnalyzeOptions {
    /// schema.org ClaimReview objects found on the page; a claim matching one
    /// takes its rating as verification state.
    pub claim_reviews: Vec<ClaimReview>,
}

/// Analyses an article and returns every claim, hedge and source found in it.
///
/// Never panics; an empty or blank text gives an empty analysis. All spans in
/// the result are code point offsets into `text`, end exclusive.
///
/// ```
/// let analysis = claimlens_engine::analyze("“It works,” she said.");
/// assert_eq!(analysis.claims.len(), 1);
/// assert_eq!(analysis.claims[0].cue.spans[0].start, 16);
/// ```
pub fn analyze(text: &str) -> Analysis {
    analyze_with(text, &AnalyzeOptions::default())
}

/// [`analyze`] with options (ClaimReview objects from the page).
pub fn analyze_with(text: &str, options: &AnalyzeOptions) -> Analysis {
    let doc = Document::new(text);
    let mut claims = attribution::find_claims(&doc);
    number_claims(&mut claims);
    let mut hedges = hedges::find_hedges(&doc, &mut claims);
    for (i, hedge) in hedges.iter_mut().enumerate() {
        hedge.id = format!("h{}", i + 1);
    }
    verification::assign_states(&doc, &mut claims, &options.claim_reviews);
    let mut analysis = Analysis {
        text_length: 0,
        paragraphs: (0..doc.paragraphs.len())
            .map(|p| doc.paragraph_span(p))
            .collect(),
        sentences: (0..doc.sentences.len())
            .map(|s| doc.sentence_span(s))
            .collect(),
        claims,
        hedges,
        ..Analysis::default()
    };
    summarize(&mut analysis);
    let index = OffsetIndex::new(text);
    analysis.text_length = index.char_len();
    analysis.map_spans(|s| Span::new(index.byte_to_char(s.start), index.byte_to_char(s.end)));
    analysis
}

/// Puts claims in text order and gives them ids `c1`, `c2`, ….
fn number_claims(claims: &mut [Claim]) {
    claims.sort_by_key(|c| c.content.spans.first().map_or(usize::MAX, |s| s.start));
    for (i, claim) in claims.iter_mut().enumerate() {
        claim.id = format!("c{}", i + 1);
    }
}

/// Fills in the source list and the summary counts.
fn summarize(analysis: &mut Analysis) {
    let mut sources: Vec<SourceEntry> = Vec::new();
    for claim in &analysis.claims {
        let Some(name) = &claim.source.entity else {
            continue;
        };
        match sources.iter_mut().find(|s| &s.name == name) {
            Some(entry) => entry.claims.push(claim.id.clone()),
            None => sources.push(SourceEntry {
                name: name.clone(),
                source_type: claim.source.source_type,
                claims: vec![claim.id.clone()],
            }),
        }
    }
    analysis.sources = sources;
    let mut states: BTreeMap<String, usize> = VerificationState::ALL
        .iter()
        .map(|s| (s.as_str().to_string(), 0))
        .collect();
    let mut kinds: BTreeMap<String, usize> = ClaimKind::ALL
        .iter()
        .map(|k| (k.as_str().to_string(), 0))
        .collect();
    for claim in &analysis.claims {
        *states.entry(claim.state.as_str().to_string()).or_default() += 1;
        *kinds.entry(claim.kind.as_str().to_string()).or_default() += 1;
    }
    let hedged = analysis
        .claims
        .iter()
        .filter(|c| !c.hedges.is_empty())
        .count();
    analysis.summary = Summary {
        claims: analysis.claims.len(),
        states,
        kinds,
        hedges: analysis.hedges.len(),
        hedged_share: if analysis.claims.is_empty() {
            0.0
        } else {
            hedged as f64 / analysis.claims.len() as f64
        },
    };
}
