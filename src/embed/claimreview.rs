//! schema.org ClaimReview objects out of a page's JSON-LD blocks.
//!
//! Kept here (pure, native-tested) until the engine's own
//! `claimreview::claim_reviews_from_json_ld` lands on main; then this becomes a
//! call to it.

use claimlens_engine::ClaimReview;
use serde_json::Value;

/// How deep the JSON is searched (hostile pages nest deeply).
const MAX_DEPTH: usize = 24;

/// Every `ClaimReview` in one JSON-LD text (a bare object, an array, or a
/// `@graph`). Invalid JSON gives none.
pub fn from_json_ld(json: &str) -> Vec<ClaimReview> {
    let mut out = Vec::new();
    if let Ok(value) = serde_json::from_str::<Value>(json) {
        collect(&value, 0, &mut out);
    }
    out
}

fn collect(value: &Value, depth: usize, out: &mut Vec<ClaimReview>) {
    if depth > MAX_DEPTH {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect(v, depth + 1, out)),
        Value::Object(map) => {
            if is_type(map.get("@type"), "ClaimReview") {
                if let Some(review) = review(value) {
                    out.push(review);
                }
            } else {
                map.values().for_each(|v| collect(v, depth + 1, out));
            }
        }
        _ => {}
    }
}

fn is_type(value: Option<&Value>, name: &str) -> bool {
    match value {
        Some(Value::String(s)) => s == name || s.ends_with(&format!("/{name}")),
        Some(Value::Array(items)) => items.iter().any(|v| is_type(Some(v), name)),
        _ => false,
    }
}

fn review(value: &Value) -> Option<ClaimReview> {
    let text = |v: Option<&Value>| -> Option<String> {
        match v? {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Value::Array(items) => items.first().and_then(|i| i.as_str()).map(str::to_string),
            _ => None,
        }
    };
    let claim_reviewed = text(value.get("claimReviewed"))?;
    let author = match value.get("author") {
        Some(Value::Array(items)) => items.first().and_then(|a| text(a.get("name"))),
        Some(a @ Value::Object(_)) => text(a.get("name")),
        other => text(other),
    };
    Some(ClaimReview {
        claim_reviewed,
        rating: value
            .get("reviewRating")
            .and_then(|r| text(r.get("alternateName"))),
        author,
        url: text(value.get("url")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_graph_with_a_claim_review() {
        let json = r#"{"@context":"https://schema.org","@graph":[
            {"@type":"NewsArticle","headline":"h"},
            {"@type":"ClaimReview","claimReviewed":"The dam was never inspected",
             "reviewRating":{"@type":"Rating","alternateName":"False"},
             "author":{"@type":"Organization","name":"Valley Fact Desk"},
             "url":"https://example.test/review"}]}"#;
        let reviews = from_json_ld(json);
        assert_eq!(reviews.len(), 1);
        assert_eq!(reviews[0].claim_reviewed, "The dam was never inspected");
        assert_eq!(reviews[0].rating.as_deref(), Some("False"));
        assert_eq!(reviews[0].author.as_deref(), Some("Valley Fact Desk"));
    }

    #[test]
    fn bad_or_unrelated_json_gives_nothing() {
        assert!(from_json_ld("{not json").is_empty());
        assert!(from_json_ld(r#"{"@type":"NewsArticle"}"#).is_empty());
        assert!(from_json_ld(r#"{"@type":"ClaimReview"}"#).is_empty());
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert!(from_json_ld(&deep).is_empty());
    }
}
