//! A small JSON reader: the page's JSON-LD (ClaimReviews), the embed's
//! options and the analysis parts its worker sends back are all read with
//! it. serde_json's parser and `Value` deserializer cost the embed about
//! 4 KB of gzip; this does the same job in a fraction of that.
//!
//! ```
//! use claimlens_engine::json::{parse, Value};
//!
//! let v = parse(r#"{"rating": {"alternateName": "False"}, "n": [1, 2.5]}"#).unwrap();
//! assert_eq!(v.get("rating").and_then(|r| r.get("alternateName")).and_then(Value::as_str), Some("False"));
//! assert_eq!(v.get("n").and_then(Value::as_array).map(Vec::len), Some(2));
//! assert!(parse("[1,").is_err());
//! ```

use std::fmt;

/// An object's members, in the order written. Looking a key up finds its
/// last occurrence, as serde_json keeps the last of duplicate keys;
/// iterating visits every member written, duplicates included. A vector,
/// not a `BTreeMap`: objects here are small, lookups few, parsing stays
/// linear on any input, and the embed already carries a `BTreeMap` of
/// another type (the summary's counts) whose code a second one would repeat.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Map {
    members: Vec<(String, Value)>,
}

impl Map {
    /// An empty object.
    pub fn new() -> Self {
        Map::default()
    }

    /// The value of the last member named `key`, if any.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.members
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// Adds a member at the end (a later duplicate shadows an earlier one).
    pub fn push(&mut self, key: String, value: Value) {
        self.members.push((key, value));
    }

    /// How many members were written, duplicates included.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether there are no members.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// The members in the order written.
    pub fn iter(&self) -> std::slice::Iter<'_, (String, Value)> {
        self.members.iter()
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = &'a (String, Value);
    type IntoIter = std::slice::Iter<'a, (String, Value)>;

    fn into_iter(self) -> Self::IntoIter {
        self.members.iter()
    }
}

/// How deep arrays and objects may nest (serde_json's limit too): deeper
/// input is an error, not a stack overflow.
pub const MAX_DEPTH: usize = 128;

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Number),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object.
    Object(Map),
}

/// A JSON number: a non-negative integer, a negative integer, or any other
/// number as a float.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    /// An integer ≥ 0 that fits a `u64`.
    Unsigned(u64),
    /// An integer < 0 that fits an `i64`.
    Negative(i64),
    /// Anything else.
    Float(f64),
}

impl fmt::Display for Number {
    /// Integers exactly; floats to six decimals (error messages only, so
    /// the float formatting of `core` stays out of the wasm).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Number::Unsigned(n) => write!(f, "{n}"),
            Number::Negative(n) => write!(f, "{n}"),
            Number::Float(x) => f.write_str(&decimal(*x, 6)),
        }
    }
}

/// `x` written with up to `places` decimals (trailing zeros dropped, at
/// least one kept: `0.5`, `1.0`), by integer arithmetic; `null` when not
/// finite, and without the decimals when too large for them.
pub fn decimal(x: f64, places: u32) -> String {
    if !x.is_finite() {
        return "null".into();
    }
    let scale = 10u64.pow(places);
    let scaled = (x.abs() * scale as f64).round();
    if scaled >= u64::MAX as f64 {
        return format!("{}", x as i64);
    }
    let scaled = scaled as u64;
    let (whole, mut frac) = (scaled / scale, scaled % scale);
    let mut digits = places as usize;
    while digits > 1 && frac % 10 == 0 {
        frac /= 10;
        digits -= 1;
    }
    let sign = if x < 0.0 && scaled > 0 { "-" } else { "" };
    format!("{sign}{whole}.{frac:0digits$}")
}

impl Value {
    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The integer, if this is a non-negative integer.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(Number::Unsigned(n)) => Some(*n),
            _ => None,
        }
    }

    /// The number as a float, if this is a number.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(Number::Unsigned(n)) => Some(*n as f64),
            Value::Number(Number::Negative(n)) => Some(*n as f64),
            Value::Number(Number::Float(x)) => Some(*x),
            _ => None,
        }
    }

    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The items, if this is an array.
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The members, if this is an object.
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(members) => Some(members),
            _ => None,
        }
    }

    /// Whether this is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Member `key`, if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }
}

/// Why a text is not JSON: what was wrong and at which byte.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// What was wrong.
    pub message: &'static str,
    /// The byte offset where it was found.
    pub at: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.message, self.at)
    }
}

impl std::error::Error for ParseError {}

/// Parses one JSON value (whitespace around it allowed, nothing else).
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut p = Parser {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = p.value(0)?;
    p.skip_space();
    if p.at < p.bytes.len() {
        return Err(p.error("text after the value"));
    }
    Ok(value)
}

/// The value of a JSON number's text (already checked): exact when its
/// digits fit 2^53 and its power of ten is at most 22 either way (every
/// share the engine writes, [`crate::model::Summary::hedged_share`]), else
/// within an ulp or so. `core`'s exact parser would add 10 KB to the wasm.
fn float(text: &str) -> f64 {
    let (mantissa_text, exponent) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], text[i + 1..].parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let negative = mantissa_text.starts_with('-');
    let (mut digits, mut shift, mut dropped) = (0u64, exponent, 0i32);
    let mut after_dot = false;
    for b in mantissa_text.bytes() {
        match b {
            b'.' => after_dot = true,
            b'0'..=b'9' => {
                if digits < (1 << 53) / 10 {
                    digits = digits * 10 + u64::from(b - b'0');
                    if after_dot {
                        shift -= 1;
                    }
                } else if !after_dot {
                    dropped += 1;
                }
            }
            _ => {}
        }
    }
    shift += dropped;
    let mut x = digits as f64;
    // Powers of ten up to 1e22 are exact doubles: one multiplication or
    // division is then correctly rounded.
    let mut rest = shift;
    while rest > 22 {
        x *= 1e22;
        rest -= 22;
    }
    while rest < -22 {
        x /= 1e22;
        rest += 22;
    }
    let power = 10f64.powi(rest.abs());
    x = if rest >= 0 { x * power } else { x / power };
    if negative {
        -x
    } else {
        x
    }
}

struct Parser<'t> {
    bytes: &'t [u8],
    at: usize,
}

impl Parser<'_> {
    fn error(&self, message: &'static str) -> ParseError {
        ParseError {
            message,
            at: self.at,
        }
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    /// [`Parser::eat_byte`] after any whitespace.
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        self.eat_byte(byte)
    }

    fn literal(&mut self, word: &[u8], value: Value) -> Result<Value, ParseError> {
        if self.bytes[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("unknown word"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, ParseError> {
        self.skip_space();
        match self.bytes.get(self.at) {
            None => Err(self.error("unexpected end")),
            Some(b'n') => self.literal(b"null", Value::Null),
            Some(b't') => self.literal(b"true", Value::Bool(true)),
            Some(b'f') => self.literal(b"false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'[') | Some(b'{') if depth >= MAX_DEPTH => Err(self.error("nested too deeply")),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.error("expected `,` or `]`"));
                        }
                    }
                }
                Ok(Value::Array(items))
            }
            Some(b'{') => {
                self.at += 1;
                let mut members = Map::new();
                if !self.eat(b'}') {
                    loop {
                        self.skip_space();
                        if self.bytes.get(self.at) != Some(&b'"') {
                            return Err(self.error("expected a key"));
                        }
                        let key = self.string()?;
                        if !self.eat(b':') {
                            return Err(self.error("expected `:`"));
                        }
                        let value = self.value(depth + 1)?;
                        members.push(key, value);
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.error("expected `,` or `}`"));
                        }
                    }
                }
                Ok(Value::Object(members))
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("unexpected character")),
        }
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.at;
        let digits = |p: &mut Self| {
            let from = p.at;
            while p.bytes.get(p.at).is_some_and(u8::is_ascii_digit) {
                p.at += 1;
            }
            p.at > from
        };
        self.eat_byte(b'-');
        let int_start = self.at;
        if !digits(self) {
            return Err(self.error("expected digits"));
        }
        if self.bytes[int_start] == b'0' && self.at - int_start > 1 {
            return Err(self.error("leading zero"));
        }
        let mut integral = true;
        if self.eat_byte(b'.') {
            integral = false;
            if !digits(self) {
                return Err(self.error("expected digits"));
            }
        }
        if self.eat_byte(b'e') || self.eat_byte(b'E') {
            integral = false;
            if !self.eat_byte(b'+') {
                self.eat_byte(b'-');
            }
            if !digits(self) {
                return Err(self.error("expected digits"));
            }
        }
        // Only ASCII digits, signs, dots and exponents were consumed.
        let text = std::str::from_utf8(&self.bytes[start..self.at]).unwrap_or("0");
        let number = match (integral, text.starts_with('-')) {
            (true, false) => text.parse().map(Number::Unsigned).ok(),
            (true, true) => text.parse().map(Number::Negative).ok(),
            _ => None,
        };
        Ok(Value::Number(
            number.unwrap_or_else(|| Number::Float(float(text))),
        ))
    }

    /// Takes `byte` if it is next; whether it was.
    fn eat_byte(&mut self, byte: u8) -> bool {
        let found = self.bytes.get(self.at) == Some(&byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            let run = self.at;
            while let Some(&b) = self.bytes.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // The input is a `str` and the run stops only at ASCII bytes, so
            // it is whole characters.
            out.push_str(std::str::from_utf8(&self.bytes[run..self.at]).unwrap_or(""));
            match self.bytes.get(self.at) {
                None => return Err(self.error("unterminated string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = self.bytes.get(self.at).copied();
                    self.at += 1;
                    match escaped {
                        Some(b'"') => out.push('"'),
                        Some(b'\\') => out.push('\\'),
                        Some(b'/') => out.push('/'),
                        Some(b'b') => out.push('\u{8}'),
                        Some(b'f') => out.push('\u{c}'),
                        Some(b'n') => out.push('\n'),
                        Some(b'r') => out.push('\r'),
                        Some(b't') => out.push('\t'),
                        Some(b'u') => out.push(self.unicode_escape()?),
                        _ => return Err(self.error("bad escape")),
                    }
                }
                Some(_) => return Err(self.error("control character in string")),
            }
        }
    }

    /// The character of `\uXXXX` (the `\u` read), joining a surrogate pair;
    /// a lone surrogate becomes U+FFFD.
    fn unicode_escape(&mut self) -> Result<char, ParseError> {
        let high = self.hex4()?;
        if !(0xD800..0xDC00).contains(&high) {
            return Ok(char::from_u32(high).unwrap_or('\u{FFFD}'));
        }
        if self.bytes[self.at..].starts_with(b"\\u") {
            let save = self.at;
            self.at += 2;
            let low = self.hex4()?;
            if (0xDC00..0xE000).contains(&low) {
                let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                return Ok(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
            self.at = save;
        }
        Ok('\u{FFFD}')
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let digits = self
            .bytes
            .get(self.at..self.at + 4)
            .ok_or_else(|| self.error("short \\u escape"))?;
        let mut code = 0;
        for &d in digits {
            let v = (d as char)
                .to_digit(16)
                .ok_or_else(|| self.error("bad \\u escape"))?;
            code = code * 16 + v;
        }
        self.at += 4;
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_of_duplicate_keys_is_found_and_every_member_is_kept() {
        let v = parse(r#"{"b": 1, "a": 2, "b": 3}"#).unwrap();
        assert_eq!(v.get("b").and_then(Value::as_u64), Some(3));
        assert_eq!(v.get("a").and_then(Value::as_u64), Some(2));
        assert_eq!(v.get("c"), None);
        let keys: Vec<&str> = v
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(keys, ["b", "a", "b"]);
    }

    #[test]
    fn reads_what_serde_json_reads() {
        let cases = [
            r#"{"a": [1, -2, 3.5, 1e3, -0.25E-2, 0], "b": {"c": null, "d": true, "e": false}}"#,
            r#""caf\u00e9 \ud83c\udf0a \"q\" \\ \/ \n\t""#,
            r#"  [ ]  "#,
            r#"{}"#,
            r#"[18446744073709551615, -9223372036854775808, 0.3333, 0.0005, 12.5e-3]"#,
            r#"{"b": 1, "a": 2, "b": 3}"#,
            "\"naïve “quotes” 🌊\"",
        ];
        for text in cases {
            let ours = parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
            assert_eq!(same(&ours, &theirs), Ok(()), "{text}");
        }
    }

    /// Whether two values agree (numbers as floats).
    fn same(ours: &Value, theirs: &serde_json::Value) -> Result<(), String> {
        use serde_json::Value as J;
        let ok = match (ours, theirs) {
            (Value::Null, J::Null) => true,
            (Value::Bool(a), J::Bool(b)) => a == b,
            (Value::Number(_), J::Number(b)) => {
                ours.as_f64() == b.as_f64() && ours.as_u64() == b.as_u64()
            }
            (Value::String(a), J::String(b)) => a == b,
            (Value::Array(a), J::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y).is_ok())
            }
            // serde_json keeps the last of duplicate keys, as `get` does.
            (Value::Object(a), J::Object(b)) => {
                a.iter().all(|(k, _)| b.contains_key(k))
                    && b.iter()
                        .all(|(k, y)| a.get(k).is_some_and(|x| same(x, y).is_ok()))
            }
            _ => false,
        };
        ok.then_some(())
            .ok_or_else(|| format!("{ours:?} vs {theirs:?}"))
    }

    #[test]
    fn long_or_huge_numbers_are_close() {
        for text in [
            "18446744073709551616",
            "0.14285714285714285",
            "-1.7976931348623157e308",
            "5e-324",
        ] {
            let ours = parse(text).unwrap().as_f64().unwrap();
            let theirs: f64 = text.parse().unwrap();
            assert!(
                (ours - theirs).abs() <= theirs.abs() * 1e-15,
                "{text}: {ours} vs {theirs}"
            );
        }
    }

    #[test]
    fn decimals_are_written_short() {
        assert_eq!(decimal(0.3333, 4), "0.3333");
        assert_eq!(decimal(1.0, 4), "1.0");
        assert_eq!(decimal(0.0, 4), "0.0");
        assert_eq!(decimal(0.05, 4), "0.05");
        assert_eq!(decimal(-2.5, 6), "-2.5");
        assert_eq!(decimal(f64::NAN, 4), "null");
    }

    #[test]
    fn rejects_what_is_not_json() {
        for text in [
            "",
            "[1,",
            "[1,]",
            "{\"a\" 1}",
            "{a: 1}",
            "01",
            "1.",
            "-",
            "tru",
            "\"\\x\"",
            "\"a",
            "[1] 2",
            "\"tab\there\"",
            "NaN",
            "{\"a\":1,}",
        ] {
            assert!(parse(text).is_err(), "{text:?}");
            assert!(
                serde_json::from_str::<serde_json::Value>(text).is_err(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        assert_eq!(
            parse(&deep).map_err(|e| e.message),
            Err("nested too deeply")
        );
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
    }

    proptest::proptest! {
        /// Any text: a value or an error, never a panic; and whatever
        /// serde_json accepts is read to the same value.
        #[test]
        fn never_panics_and_agrees_with_serde_json(text in "[\\[\\]{}\",:0-9eE.+\\-a-z\\\\ \t\n\u{e9}\u{1F30A}]{0,40}") {
            let ours = parse(&text);
            if let Ok(theirs) = serde_json::from_str::<serde_json::Value>(&text) {
                let ours = ours.expect("serde_json read it");
                let big = |v: &serde_json::Value| v.to_string().len() > 15;
                if !big(&theirs) {
                    proptest::prop_assert_eq!(same(&ours, &theirs), Ok(()));
                }
            }
        }
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        assert_eq!(parse(r#""\ud800x""#).unwrap().as_str(), Some("\u{FFFD}x"));
    }
}
