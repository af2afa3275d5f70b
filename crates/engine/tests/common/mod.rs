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
    Claim {
        id: format!("c{n}"),
        kind: ClaimKind::Indirect,
        source: ClaimSource {
            spans: vec![span(text, source)],
            entity: Some(source.to_string()),
            ..ClaimSource::default()
        },
        cue: SpanSet {
            spans: vec![span(text, cue)],
        },
        content: SpanSet {
            spans: vec![span(text, content)],
        },
        state: VerificationState::Reported,
        evidence: Vec::new(),
        hedges: Vec::new(),
        parent: None,
        notes: Vec::new(),
        review: None,
    }
}
