//! Attributed claims: who said what, with which words.
//!
//! The first slice finds direct quotations and the speaker next to them
//! ([`crate::quotes`]); indirect speech, `according to`, attribution nouns and
//! learned span tagging plug in here.

use crate::model::*;
use crate::quotes;
use crate::segment::Document;
use crate::sources;

/// Finds every attributed claim in the document (byte spans, ids not yet set).
pub fn find_claims(doc: &Document) -> Vec<Claim> {
    let mut claims: Vec<Claim> = quotes::attribute_quotations(doc)
        .into_iter()
        .map(|q| Claim {
            id: String::new(),
            kind: ClaimKind::Direct,
            source: ClaimSource {
                spans: q.source.into_iter().collect(),
                ..ClaimSource::default()
            },
            cue: SpanSet {
                spans: q.cue.into_iter().collect(),
            },
            content: SpanSet { spans: q.content },
            state: VerificationState::Reported,
            evidence: Vec::new(),
            hedges: Vec::new(),
            parent: None,
            notes: Vec::new(),
        })
        .collect();
    resolve_sources(doc.text, &mut claims);
    claims
}

/// Names each claim's source: a named mention stands for itself; a pronoun takes
/// the most recent named source before it.
fn resolve_sources(text: &str, claims: &mut [Claim]) {
    let mut last_named: Option<(String, SourceType, Span)> = None;
    for claim in claims.iter_mut() {
        let Some(&mention) = claim.source.spans.first() else {
            continue;
        };
        let mention_text = &text[mention.start..mention.end];
        if sources::is_pronoun(mention_text) {
            if let Some((name, kind, at)) = &last_named {
                claim.source.entity = Some(name.clone());
                claim.source.source_type = *kind;
                claim.source.chain = vec![*at, mention];
            } else {
                claim.source.source_type = sources::source_type(mention_text);
            }
        } else {
            let name = sources::head_name(mention_text).to_string();
            let kind = sources::source_type(mention_text);
            claim.source.entity = Some(name.clone());
            claim.source.source_type = kind;
            claim.source.chain = vec![mention];
            last_named = Some((name, kind, mention));
        }
    }
}
