//! Writing the engine's model as JSON by hand.
//!
//! The same text `serde_json::to_string` writes for the derived `Serialize`
//! impls (field order, renames, skipped empty fields, escapes; the test below
//! compares them on real analyses), without those impls and serde_json's
//! serializer in the embed: 1.7 KB less gzipped wasm when written (287,511 ->
//! 285,851 bytes). The page sees the same objects either way.

use claimlens_engine::model::{
    Analysis, Claim, ClaimReview, ClaimSource, Hedge, SourceEntry, Span, SpanSet, Summary,
};
use claimlens_engine::SourceType;

/// A value that writes itself as JSON.
pub trait ToJson {
    /// Appends this value's JSON to `out`.
    fn write_json(&self, out: &mut String);
}

/// `value` as a JSON string.
pub fn to_string<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = String::new();
    value.write_json(&mut out);
    out
}

/// An object being written: `{`, then `"key":value` pairs with commas.
struct Fields<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Fields<'a> {
    /// Opens the object.
    fn new(out: &'a mut String) -> Self {
        out.push('{');
        Fields { out, first: true }
    }

    /// Writes `"key":` (after a comma unless it is the first field).
    fn key(&mut self, key: &str) -> &mut String {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        key.write_json(self.out);
        self.out.push(':');
        self.out
    }

    /// Writes one field.
    fn field(&mut self, key: &str, value: &dyn ToJson) -> &mut Self {
        value.write_json(self.key(key));
        self
    }

    /// Closes the object.
    fn end(&mut self) {
        self.out.push('}');
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut String) {
        // serde_json's escapes: quote, backslash, the short forms of five
        // control characters and `\u00xx` (lower-case hex) for the others.
        // Runs of bytes that need none are copied whole (every byte that
        // does is ASCII, so the runs end on character boundaries).
        out.push('"');
        let mut run = 0;
        for (i, &b) in self.as_bytes().iter().enumerate() {
            if b >= b' ' && b != b'"' && b != b'\\' {
                continue;
            }
            out.push_str(&self[run..i]);
            run = i + 1;
            match b {
                b'"' => out.push_str("\\\""),
                b'\\' => out.push_str("\\\\"),
                b'\n' => out.push_str("\\n"),
                b'\r' => out.push_str("\\r"),
                b'\t' => out.push_str("\\t"),
                8 => out.push_str("\\b"),
                12 => out.push_str("\\f"),
                b => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.push_str("\\u00");
                    out.push(HEX[usize::from(b >> 4)] as char);
                    out.push(HEX[usize::from(b & 15)] as char);
                }
            }
        }
        out.push_str(&self[run..]);
        out.push('"');
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        self.as_str().write_json(out);
    }
}

impl ToJson for usize {
    fn write_json(&self, out: &mut String) {
        // Digits by hand: `to_string` would bring in core's integer formatting
        // path for one more type.
        let mut digits = [0u8; 20];
        let mut n = *self;
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        out.push_str(std::str::from_utf8(&digits[i..]).unwrap_or("0"));
    }
}

impl ToJson for f64 {
    fn write_json(&self, out: &mut String) {
        // The model's one float is a share to four decimals: written with
        // them, it is serde_json's (shortest) text; `null` when not finite,
        // as serde_json writes. No float formatting from `core` in the wasm.
        out.push_str(&claimlens_engine::json::decimal(*self, 4));
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item.write_json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

impl ToJson for claimlens_engine::Counts {
    fn write_json(&self, out: &mut String) {
        let mut o = Fields::new(out);
        for (k, v) in self.iter() {
            o.field(k, v);
        }
        o.end();
    }
}

impl ToJson for Span {
    fn write_json(&self, out: &mut String) {
        Fields::new(out)
            .field("start", &self.start)
            .field("end", &self.end)
            .end();
    }
}

impl ToJson for SpanSet {
    fn write_json(&self, out: &mut String) {
        Fields::new(out).field("spans", &self.spans).end();
    }
}

impl ToJson for SourceType {
    fn write_json(&self, out: &mut String) {
        // The derived `rename_all = "snake_case"` names.
        match self {
            SourceType::Person => "person",
            SourceType::Organization => "organization",
            SourceType::Government => "government",
            SourceType::Anonymous => "anonymous",
            SourceType::Document => "document",
            SourceType::Media => "media",
            SourceType::Unknown => "unknown",
        }
        .write_json(out);
    }
}

impl ToJson for ClaimSource {
    fn write_json(&self, out: &mut String) {
        Fields::new(out)
            .field("spans", &self.spans)
            .field("entity", &self.entity)
            .field("type", &self.source_type)
            .field("chain", &self.chain)
            .end();
    }
}

impl ToJson for ClaimReview {
    fn write_json(&self, out: &mut String) {
        let mut o = Fields::new(out);
        o.field("claimReviewed", &self.claim_reviewed);
        // Absent fields are left out, as the derive's `skip_serializing_if`.
        for (key, value) in [
            ("rating", &self.rating),
            ("author", &self.author),
            ("url", &self.url),
        ] {
            if let Some(v) = value {
                o.field(key, v);
            }
        }
        o.end();
    }
}

impl ToJson for Claim {
    fn write_json(&self, out: &mut String) {
        let mut o = Fields::new(out);
        o.field("id", &self.id)
            .field("kind", &self.kind.as_str())
            .field("source", &self.source)
            .field("cue", &self.cue)
            .field("content", &self.content)
            .field("state", &self.state.as_str())
            .field("evidence", &self.evidence)
            .field("hedges", &self.hedges);
        if let Some(parent) = &self.parent {
            o.field("parent", parent);
        }
        if !self.notes.is_empty() {
            o.field("notes", &self.notes);
        }
        if let Some(review) = &self.review {
            o.field("review", review);
        }
        o.end();
    }
}

impl ToJson for Hedge {
    fn write_json(&self, out: &mut String) {
        Fields::new(out)
            .field("id", &self.id)
            .field("category", &self.category.as_str())
            .field("spans", &self.spans)
            .field("claim", &self.claim)
            .end();
    }
}

impl ToJson for SourceEntry {
    fn write_json(&self, out: &mut String) {
        Fields::new(out)
            .field("name", &self.name)
            .field("type", &self.source_type)
            .field("claims", &self.claims)
            .end();
    }
}

impl ToJson for Summary {
    fn write_json(&self, out: &mut String) {
        Fields::new(out)
            .field("claims", &self.claims)
            .field("states", &self.states)
            .field("kinds", &self.kinds)
            .field("hedges", &self.hedges)
            .field("hedged_share", &self.hedged_share)
            .end();
    }
}

impl ToJson for Analysis {
    fn write_json(&self, out: &mut String) {
        Fields::new(out)
            .field("text_length", &self.text_length)
            .field("paragraphs", &self.paragraphs)
            .field("sentences", &self.sentences)
            .field("claims", &self.claims)
            .field("hedges", &self.hedges)
            .field("sources", &self.sources)
            .field("summary", &self.summary)
            .end();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimlens_engine::{analyze, ClaimReview};

    /// The hand-written JSON is byte for byte serde_json's, on analyses with
    /// every kind of field (reviews, notes, parents, odd characters).
    #[test]
    fn same_text_as_serde_json() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples");
        let mut seen = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).unwrap();
                let odd = format!("{text}\n\"Tabs\tand \u{1}\u{7f} \\ quotes\", she said.");
                for t in [text, odd] {
                    let a = analyze(&t);
                    assert_eq!(to_string(&a), serde_json::to_string(&a).unwrap());
                    seen += 1;
                }
            }
        }
        assert!(seen >= 4);
        let mut a = analyze("The mayor said the bridge was safe. It was not, critics said.");
        a.summary.hedged_share = 0.3333;
        for (i, c) in a.claims.iter_mut().enumerate() {
            c.parent = (i > 0).then(|| "c1".to_string());
            c.notes = vec!["a \"note\"\u{c}\u{8}\r".into()];
            c.review = Some(ClaimReview {
                claim_reviewed: "x".into(),
                rating: (i == 0).then(|| "False".into()),
                author: None,
                url: Some("https://example.org/?a=1&b=<2>".into()),
            });
        }
        assert_eq!(to_string(&a), serde_json::to_string(&a).unwrap());
        // Every ASCII character, and runs of wider ones between escapes.
        let all: String = (0u8..0x80)
            .map(char::from)
            .chain("é’€😀\"x\n€".chars())
            .collect();
        let mut s = String::new();
        all.as_str().write_json(&mut s);
        assert_eq!(s, serde_json::to_string(&all).unwrap());
        for n in [0usize, 7, 10, 99, 100, 123_456_789, usize::MAX] {
            assert_eq!(to_string(&n), serde_json::to_string(&n).unwrap());
        }
        let reviews = [ClaimReview::default()];
        assert_eq!(
            to_string(&reviews[..]),
            serde_json::to_string(&reviews).unwrap()
        );
        // Every share of hedged claims (to four decimals, as the engine
        // rounds it), and the non-finite case.
        let shares = (0..=10_000u32).map(|k| f64::from(k) / 10_000.0);
        for x in shares.chain([f64::NAN, f64::INFINITY]) {
            let mut s = String::new();
            x.write_json(&mut s);
            assert_eq!(s, serde_json::to_string(&x).unwrap(), "{x}");
        }
    }
}
