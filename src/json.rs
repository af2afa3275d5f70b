//! Reading plain JSON values ([`claimlens_engine::json::Value`]) by hand.
//!
//! The embed reads its options and the analysis parts from the engine's
//! small JSON reader instead of through derived `Deserialize` impls: that
//! keeps serde_json (its typed deserializer, a copy per type, and the float
//! formatting its error messages pull in) out of the embed altogether.
//! Errors name the field that is missing or mistyped.

use claimlens_engine::json::{Map, Value};
use claimlens_engine::ClaimReview;

/// What went wrong: the field that is missing or mistyped.
pub type Result<T> = std::result::Result<T, String>;

/// A JSON object's fields.
pub type Object = Map;

/// A list, each item read by `item`.
pub fn list<T>(value: &Value, item: fn(&Value) -> Result<T>) -> Result<Vec<T>> {
    let mut out = Vec::new();
    extend(value, &mut out, item)?;
    Ok(out)
}

/// Appends a list's items to `out`, each read by `item`; after an error,
/// `out` holds the items read before it.
pub fn extend<T>(value: &Value, out: &mut Vec<T>, item: fn(&Value) -> Result<T>) -> Result<()> {
    // A loop rather than `collect::<Result<_>>()`, whose adapter is one more
    // copy per item type in the wasm; into the caller's vector, so that no
    // copy of it has to drop a half-read one or move it into another.
    let items = value.as_array().ok_or("expected a list")?;
    out.reserve(items.len());
    for v in items {
        out.push(item(v)?);
    }
    Ok(())
}

/// A ClaimReview as the engine writes it (`claimReviewed`, `rating`, …).
pub fn claim_review(value: &Value) -> Result<ClaimReview> {
    let o = object(value, "a ClaimReview")?;
    Ok(ClaimReview {
        claim_reviewed: match o.get("claimReviewed") {
            None => String::new(),
            Some(_) => string(o, "claimReviewed")?,
        },
        rating: optional(o, "rating")?,
        author: optional(o, "author")?,
        url: optional(o, "url")?,
    })
}

/// The variant of `all` whose name is the string in field `key`.
pub fn name<T: Copy>(
    o: &Object,
    key: &str,
    all: &[T],
    name_of: fn(T) -> &'static str,
) -> Result<T> {
    let value = field(o, key)?.as_str().unwrap_or_default();
    all.iter()
        .copied()
        .find(|&v| name_of(v) == value)
        .ok_or_else(|| format!("`{key}`: unknown name `{value}`"))
}

/// Field `key` of `o`.
pub fn field<'a>(o: &'a Object, key: &str) -> Result<&'a Value> {
    o.get(key).ok_or_else(|| format!("missing field `{key}`"))
}

/// `value` as an object (`what` names it in the error).
pub fn object<'a>(value: &'a Value, what: &str) -> Result<&'a Object> {
    value
        .as_object()
        .ok_or_else(|| format!("expected an object for {what}"))
}

/// A non-negative integer field.
pub fn number(o: &Object, key: &str) -> Result<usize> {
    field(o, key)?
        .as_u64()
        .map(|n| n as usize)
        .ok_or_else(|| format!("`{key}`: expected a count"))
}

/// A string field.
pub fn string(o: &Object, key: &str) -> Result<String> {
    field(o, key)?
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("`{key}`: expected a string"))
}

/// A field that is a string, `null` or absent.
pub fn optional(o: &Object, key: &str) -> Result<Option<String>> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(_) => string(o, key).map(Some),
    }
}

/// A list of strings.
pub fn strings(o: &Object, key: &str) -> Result<Vec<String>> {
    list(field(o, key)?, |v| {
        v.as_str()
            .map(str::to_string)
            .ok_or("expected a string".into())
    })
    .map_err(|e| format!("`{key}`: {e}"))
}

/// `value` in an error message: `` `purple` ``, `5`, `null`, `a list`.
pub fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => format!("`{s}`"),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}
