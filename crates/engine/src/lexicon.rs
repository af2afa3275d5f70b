//! Word lists embedded at build time from `data/*.txt`.
//!
//! Each list is one entry per line; blank lines and lines starting with `#` are
//! comments, which the build script (`build.rs`) leaves out of the embedded
//! copies. Lists are parsed once, on first use.

use crate::cuelex::WordSet;
use std::sync::OnceLock;

/// The entries of an embedded list: trimmed, without blanks and comments.
pub fn lines(source: &'static str) -> impl Iterator<Item = &'static str> {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Finite auxiliaries and modals (`has`, `did`, `would`, `must`), lowercase: a
/// verb phrase's first words, shared by the rules that step over or stop at them.
pub const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might",
    "should", "must",
];

/// Days named relative to today (`said | yesterday`, `… jobs | today.`).
pub const NEARBY_DAYS: &[&str] = &["yesterday", "today", "tonight"];

/// Day names, lowercase.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether `word` is one of `list`, as `list.contains(&word)`, comparing
/// the length and the first byte before the bytes themselves: most words
/// of a list differ from `word` in one of them, and the full comparison is
/// a call. The rules ask this of nearly every token.
pub fn is_one_of(word: &str, list: &[&str]) -> bool {
    let word = word.as_bytes();
    list.iter().any(|w| {
        let w = w.as_bytes();
        w.len() == word.len() && w.first() == word.first() && w == word
    })
}

/// Whether `lower` (lowercase) names a day or a month (`may` never does).
pub fn is_calendar_word(lower: &str) -> bool {
    is_one_of(lower, WEEKDAYS)
        || matches!(
            lower,
            "january"
                | "february"
                | "march"
                | "april"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
        )
}

/// Reporting verbs that attribute a direct quotation (`said`, `told`, `added`).
pub fn speech_cues() -> &'static WordSet<&'static str> {
    static CELL: OnceLock<WordSet<&'static str>> = OnceLock::new();
    crate::cuelex::cached_set(&CELL, || {
        lines(include_str!(concat!(env!("OUT_DIR"), "/speech_cues.txt"))).collect()
    })
}

/// Whether `word` (any case) is a speech cue.
pub fn is_speech_cue(word: &str) -> bool {
    // Most words are lower-case ASCII already: no copy to lower-case them.
    if word.bytes().all(|b| !b.is_ascii_uppercase() && b < 0x80) {
        return speech_cues().contains(word);
    }
    let lower = crate::case::lowercase(word);
    speech_cues().contains(lower.as_str())
}
