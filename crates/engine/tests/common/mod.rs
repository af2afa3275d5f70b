//! Helpers shared by the engine's integration tests: hand-built claims over
//! test articles, addressed by the words they contain.

// Each test file uses some of these.
#![allow(dead_code)]

use claimlens_engine::*;

/// The byte span of the first `needle` in `text` (panics with the needle when
/// it is missing, so a typo in a test names itself).
pub fn span(text: &str, needle: &str) -> Span {
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not in the text"));
    Span::new(start, start + needle.len())
}

/// A claim from the words of its source, cue and content (byte spans).
pub fn claim(text: &str, n: usize, source: &str, cue: &str, content: &str) -> Claim {
    let mut claim = Claim::new(
        vec![span(text, source)],
        vec![span(text, cue)],
        vec![span(text, content)],
    );
    claim.id = format!("c{n}");
    claim.source.entity = Some(source.to_string());
    claim
}

/// Text of a code point span.
pub fn at(text: &str, s: Span) -> String {
    text.chars().skip(s.start).take(s.len()).collect()
}

/// Texts of code point spans, joined by ` | `.
pub fn joined(text: &str, spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| at(text, *s))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Every claim of an analysis as `cue / content` text, for a failing test's
/// message.
pub fn listing(text: &str, a: &Analysis) -> Vec<String> {
    a.claims
        .iter()
        .map(|c| {
            format!(
                "{} / {}",
                joined(text, &c.cue.spans),
                joined(text, &c.content.spans)
            )
        })
        .collect()
}

/// The first claim of `analysis` whose content (code point spans into
/// `text`) contains `words` (panics with the claims when none does).
pub fn with_content<'a>(text: &str, analysis: &'a Analysis, words: &str) -> &'a Claim {
    analysis
        .claims
        .iter()
        .find(|c| c.content.spans.iter().any(|s| at(text, *s).contains(words)))
        .unwrap_or_else(|| panic!("no claim with {words:?}: {:#?}", analysis.claims))
}

/// The first claim of `analysis` with a cue piece reading exactly `cue`
/// (panics with the claims when none has).
pub fn with_cue<'a>(text: &str, analysis: &'a Analysis, cue: &str) -> &'a Claim {
    analysis
        .claims
        .iter()
        .find(|c| c.cue.spans.iter().any(|s| at(text, *s) == cue))
        .unwrap_or_else(|| panic!("no claim with cue {cue:?}: {:#?}", analysis.claims))
}

/// The first claim of `analysis` with a source piece reading exactly
/// `source` (panics with the claims when none has).
pub fn with_source<'a>(text: &str, analysis: &'a Analysis, source: &str) -> &'a Claim {
    analysis
        .claims
        .iter()
        .find(|c| c.source.spans.iter().any(|s| at(text, *s) == source))
        .unwrap_or_else(|| panic!("no claim with source {source:?}: {:#?}", analysis.claims))
}
