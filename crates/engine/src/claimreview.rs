//! schema.org `ClaimReview` markup: reading it from a page's JSON-LD, mapping
//! its rating to a verification state, and applying it to the claims it reviews.
//!
//! ```
//! use claimlens_engine::claimreview::claim_reviews_from_json_ld;
//! let json = r#"{"@context":"https://schema.org","@type":"ClaimReview",
//!   "claimReviewed":"The mayor said crime fell by half",
//!   "author":{"@type":"Organization","name":"CheckDesk"},
//!   "reviewRating":{"@type":"Rating","alternateName":"Mostly false"}}"#;
//! let reviews = claim_reviews_from_json_ld(json);
//! assert_eq!(reviews[0].rating.as_deref(), Some("Mostly false"));
//! assert_eq!(reviews[0].author.as_deref(), Some("CheckDesk"));
//! ```

use crate::json::{Map, Value};

use crate::model::{Claim, ClaimReview, VerificationState};
use crate::segment::Document;
use crate::verification::topic::{overlap, stem, stems_in};

/// How deep nested JSON is searched for ClaimReview objects.
const MAX_DEPTH: usize = 16;

/// Every `ClaimReview` in a JSON-LD text: a single object, an array, an
/// `@graph`, or nested anywhere (depth-limited). Invalid JSON gives none.
pub fn claim_reviews_from_json_ld(json: &str) -> Vec<ClaimReview> {
    let Ok(value) = crate::json::parse(json) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    collect(&value, 0, &mut out);
    out
}

fn is_claim_review(obj: &Map) -> bool {
    match obj.get("@type") {
        Some(Value::String(t)) => t.ends_with("ClaimReview"),
        Some(Value::Array(ts)) => ts
            .iter()
            .any(|t| t.as_str().is_some_and(|t| t.ends_with("ClaimReview"))),
        _ => false,
    }
}

fn text_of(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Object(o) => text_of(o.get("name")),
        Value::Array(items) => items.iter().find_map(|v| text_of(Some(v))),
        _ => None,
    }
}

fn collect(value: &Value, depth: usize, out: &mut Vec<ClaimReview>) {
    if depth > MAX_DEPTH {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect(v, depth + 1, out)),
        Value::Object(obj) => {
            if is_claim_review(obj) {
                let rating = obj.get("reviewRating").and_then(|r| {
                    text_of(r.get("alternateName")).or_else(|| text_of(r.get("name")))
                });
                out.push(ClaimReview {
                    claim_reviewed: text_of(obj.get("claimReviewed")).unwrap_or_default(),
                    rating,
                    author: text_of(obj.get("author")),
                    url: text_of(obj.get("url")),
                });
            }
            for (key, v) in obj {
                if key != "reviewRating" && key != "author" {
                    collect(v, depth + 1, out);
                }
            }
        }
        _ => {}
    }
}

/// The state a rating stands for (`False`, `Pants on Fire` → false; `True`,
/// `Mostly true` → confirmed; `Half true`, `Misleading` → disputed;
/// `Unproven` → unverified). Unknown ratings give `None`.
pub fn state_for_rating(rating: &str) -> Option<VerificationState> {
    // Words of letters and digits, one space apart (`Pants-on-Fire!` →
    // `pants on fire`).
    let mut r = String::new();
    for c in crate::case::lowercase(rating).chars() {
        if c.is_alphanumeric() {
            r.push(c);
        } else if !r.is_empty() && !r.ends_with(' ') {
            r.push(' ');
        }
    }
    let r = r.trim_end();
    let has = |words: &[&str]| {
        words.iter().any(|w| {
            r.strip_prefix(*w)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
    };
    if has(&[
        "half true",
        "half false",
        "mixture",
        "mixed",
        "misleading",
        "partly false",
        "partly true",
        "partially true",
        "partially false",
        "missing context",
        "out of context",
        "exaggerated",
        "exaggeration",
        "needs context",
        "cherry picks",
        "distorts the facts",
        "spins the facts",
        "two pinocchios",
        "three pinocchios",
        "lacks context",
    ]) {
        Some(VerificationState::Disputed)
    } else if has(&[
        "false",
        "pants on fire",
        "mostly false",
        "fake",
        "incorrect",
        "fabricated",
        "wrong",
        "not true",
        "hoax",
        "baseless",
        "four pinocchios",
        "untrue",
        "inaccurate",
        "debunked",
        "scam",
        "satire",
    ]) {
        Some(VerificationState::False)
    } else if has(&[
        "unproven",
        "unverified",
        "unsupported",
        "no evidence",
        "unsubstantiated",
        "research in progress",
        "unconfirmed",
        "undetermined",
        "lacks evidence",
        "unclear",
        "in the works",
    ]) {
        Some(VerificationState::Unverified)
    } else if has(&[
        "true",
        "mostly true",
        "correct",
        "accurate",
        "verified",
        "confirmed",
        "geppetto checkmark",
        "mostly correct",
        "mostly accurate",
    ]) {
        Some(VerificationState::Confirmed)
    } else {
        None
    }
}

/// Share of the review's content words a claim must contain to match it.
const MIN_SHARE: f64 = 0.5;

/// Gives every claim matching a review (token overlap with `claimReviewed`) the
/// review's state, a note naming the review, and no text evidence (the review
/// is the evidence). Reviews without a known rating are ignored.
pub fn apply(doc: &Document, claims: &mut [Claim], reviews: &[ClaimReview]) {
    for review in reviews {
        let Some(state) = review.rating.as_deref().and_then(state_for_rating) else {
            continue;
        };
        let wanted: crate::verification::topic::StemSet = review
            .claim_reviewed
            .split(|c: char| {
                c.is_whitespace()
                    || matches!(c, ',' | '.' | '"' | '“' | '”' | ';' | ':' | '?' | '!')
            })
            .filter_map(stem)
            .collect();
        if wanted.is_empty() {
            continue;
        }
        for claim in claims.iter_mut() {
            let have = stems_in(doc, &claim.content.spans);
            let shared = overlap(&wanted, &have);
            let share = shared as f64 / wanted.len() as f64;
            if share < MIN_SHARE || shared < wanted.len().min(2) {
                continue;
            }
            let own = claim.state;
            claim.state = state;
            claim.evidence.clear();
            // The text's own notes explained the state the review replaces.
            claim.notes.clear();
            let by = review.author.as_deref().unwrap_or("a fact-checker");
            let rating = review.rating.as_deref().unwrap_or_default();
            let mut note = format!("Rated “{rating}” by {by} (schema.org ClaimReview on this page");
            if let Some(url) = &review.url {
                note.push_str(": ");
                note.push_str(url);
            }
            note.push_str(").");
            claim.notes.push(note);
            if own != state {
                claim.notes.push(format!(
                    "The article's own text alone gives: {}.",
                    own.as_str()
                ));
            }
            claim.review = Some(review.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_arrays_and_author_strings() {
        let json = r#"[{"@context":"https://schema.org","@graph":[
            {"@type":"WebPage","name":"x"},
            {"@type":["ClaimReview"],"claimReviewed":"A","author":"Desk","url":"https://e.x/1",
             "reviewRating":{"alternateName":"Pants on Fire"}}]},
            {"@type":"ClaimReview","claimReviewed":"B","reviewRating":{"name":"True"}}]"#;
        let r = claim_reviews_from_json_ld(json);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].author.as_deref(), Some("Desk"));
        assert_eq!(r[0].url.as_deref(), Some("https://e.x/1"));
        assert_eq!(r[1].rating.as_deref(), Some("True"));
        assert!(claim_reviews_from_json_ld("not json {").is_empty());
        assert!(claim_reviews_from_json_ld("").is_empty());
    }

    #[test]
    fn ratings_map_to_states() {
        use VerificationState::*;
        assert_eq!(state_for_rating("False"), Some(False));
        assert_eq!(state_for_rating("Pants on Fire!"), Some(False));
        assert_eq!(state_for_rating("Mostly false"), Some(False));
        assert_eq!(state_for_rating("Misleading"), Some(Disputed));
        assert_eq!(state_for_rating("Half True"), Some(Disputed));
        assert_eq!(state_for_rating("Mostly True"), Some(Confirmed));
        assert_eq!(state_for_rating("TRUE"), Some(Confirmed));
        assert_eq!(state_for_rating("Unproven"), Some(Unverified));
        assert_eq!(state_for_rating("Whatever"), None);
    }
}
