//! Reads the engine's model back from parsed JSON ([`claimlens_engine::json::Value`]).
//!
//! Hand-written instead of the model's derived `Deserialize`, to keep
//! serde_json's typed deserializer out of the embed ([`crate::json`]). Only
//! what [`super::split`] writes has to be read back, so a missing or
//! mistyped field is an error naming it.

use claimlens_engine::json::Value;
use claimlens_engine::{
    Analysis, Claim, ClaimKind, ClaimSource, Counts, Hedge, HedgeCategory, SourceEntry, SourceType,
    Span, SpanSet, Summary, VerificationState,
};

use crate::json::{
    claim_review, field, list, name, number, object, optional, string, strings, Object, Result,
};

/// The `head` part: an analysis whose lists are empty.
pub fn analysis(value: &Value) -> Result<Analysis> {
    let o = object(value, "analysis")?;
    Ok(Analysis {
        text_length: number(o, "text_length")?,
        summary: summary(field(o, "summary")?)?,
        ..Analysis::default()
    })
}

/// A span.
pub fn span(value: &Value) -> Result<Span> {
    let o = object(value, "span")?;
    Ok(Span {
        start: number(o, "start")?,
        end: number(o, "end")?,
    })
}

/// A claim.
pub fn claim(value: &Value) -> Result<Claim> {
    let o = object(value, "claim")?;
    let source = object(field(o, "source")?, "source")?;
    Ok(Claim {
        id: string(o, "id")?,
        kind: name(o, "kind", &ClaimKind::ALL, |k| k.as_str())?,
        source: ClaimSource {
            spans: spans(source, "spans")?,
            entity: optional(source, "entity")?,
            source_type: source_type(source)?,
            chain: spans(source, "chain")?,
        },
        cue: SpanSet {
            spans: spans(object(field(o, "cue")?, "cue")?, "spans")?,
        },
        content: SpanSet {
            spans: spans(object(field(o, "content")?, "content")?, "spans")?,
        },
        state: name(o, "state", &VerificationState::ALL, |s| s.as_str())?,
        evidence: spans(o, "evidence")?,
        hedges: strings(o, "hedges")?,
        parent: optional(o, "parent")?,
        notes: match o.get("notes") {
            None => Vec::new(),
            Some(_) => strings(o, "notes")?,
        },
        review: match o.get("review") {
            None | Some(Value::Null) => None,
            Some(review) => Some(claim_review(review)?),
        },
    })
}

/// A hedge.
pub fn hedge(value: &Value) -> Result<Hedge> {
    let o = object(value, "hedge")?;
    Ok(Hedge {
        id: string(o, "id")?,
        category: name(o, "category", &HedgeCategory::ALL, |c| c.as_str())?,
        spans: spans(o, "spans")?,
        claim: optional(o, "claim")?,
    })
}

/// A source entry.
pub fn source_entry(value: &Value) -> Result<SourceEntry> {
    let o = object(value, "source")?;
    Ok(SourceEntry {
        name: string(o, "name")?,
        source_type: source_type(o)?,
        claims: strings(o, "claims")?,
    })
}

/// The summary's counts.
fn summary(value: &Value) -> Result<Summary> {
    let o = object(value, "summary")?;
    Ok(Summary {
        claims: number(o, "claims")?,
        states: counts(o, "states")?,
        kinds: counts(o, "kinds")?,
        hedges: number(o, "hedges")?,
        hedged_share: field(o, "hedged_share")?
            .as_f64()
            .ok_or("`hedged_share`: expected a number")?,
    })
}

/// A source type (its snake_case name in the `type` field).
fn source_type(o: &Object) -> Result<SourceType> {
    use SourceType::*;
    let all = [
        Person,
        Organization,
        Government,
        Anonymous,
        Document,
        Media,
        Unknown,
    ];
    name(o, "type", &all, |t| match t {
        Person => "person",
        Organization => "organization",
        Government => "government",
        Anonymous => "anonymous",
        Document => "document",
        Media => "media",
        Unknown => "unknown",
    })
}

/// A list of spans.
fn spans(o: &Object, key: &str) -> Result<Vec<Span>> {
    list(field(o, key)?, span).map_err(|e| format!("`{key}`: {e}"))
}

/// Counts by name.
fn counts(o: &Object, key: &str) -> Result<Counts> {
    let counts = object(field(o, key)?, key)?;
    let mut out = Counts::default();
    for (name, n) in counts {
        let n = n
            .as_u64()
            .ok_or_else(|| format!("`{key}`: expected counts"))?;
        out.add(name, n as usize);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimlens_engine::{AnalyzeOptions, ClaimReview};

    /// Reads every part [`super::super::split`] writes back, as the embed does.
    fn round_trip(analysis: &Analysis) -> Analysis {
        let mut out = Analysis::default();
        for part in super::super::split(analysis) {
            let (field, json) = part.split_once('\n').unwrap();
            let value = claimlens_engine::json::parse(json).unwrap();
            match field {
                "head" => {
                    let head = self::analysis(&value).unwrap();
                    out.text_length = head.text_length;
                    out.summary = head.summary;
                }
                "paragraphs" => out.paragraphs.extend(list(&value, span).unwrap()),
                "sentences" => out.sentences.extend(list(&value, span).unwrap()),
                "claims" => out.claims.extend(list(&value, claim).unwrap()),
                "hedges" => out.hedges.extend(list(&value, hedge).unwrap()),
                "sources" => out.sources.extend(list(&value, source_entry).unwrap()),
                other => panic!("unknown part {other}"),
            }
        }
        out
    }

    #[test]
    fn reads_back_what_split_writes() {
        let text = "“We may be ready soon,” said Ana Ruiz, a spokeswoman for the ministry. \
            Officials claimed the bridge is unsafe, but the report denied that. \
            “I think it could work,” he said, according to Reuters.\n\n\
            The company said prices would probably rise.";
        let review = ClaimReview {
            claim_reviewed: "the bridge is unsafe".into(),
            rating: Some("False".into()),
            author: Some("Fact Desk".into()),
            url: None,
        };
        let analysis = claimlens_engine::analyze_with(
            text,
            &AnalyzeOptions {
                claim_reviews: vec![review],
            },
        );
        assert!(analysis.claims.len() >= 3 && !analysis.hedges.is_empty());
        assert!(analysis.claims.iter().any(|c| c.review.is_some()));
        assert_eq!(round_trip(&analysis), analysis);
    }

    #[test]
    fn names_a_missing_field() {
        let value = claimlens_engine::json::parse(r#"{"start": 1}"#).unwrap();
        assert_eq!(span(&value).unwrap_err(), "missing field `end`");
    }
}
