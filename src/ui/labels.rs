//! Words, icons and text excerpts the components show — pure functions, so the
//! demo page and the embed label things the same way.

use claimlens_anchoring::OffsetIndex;
use claimlens_engine::{ClaimKind, HedgeCategory, SourceType, Span, VerificationState};

use crate::marks::MarkKind;

/// The icon that stands for a state beside its colour (never colour alone).
pub fn state_icon(state: VerificationState) -> &'static str {
    match state {
        VerificationState::Reported => "○",
        VerificationState::Confirmed => "✓",
        VerificationState::Unverified => "?",
        VerificationState::Disputed => "⇄",
        VerificationState::False => "✗",
    }
}

/// The state's name for readers.
pub fn state_label(state: VerificationState) -> &'static str {
    match state {
        VerificationState::Reported => "Reported",
        VerificationState::Confirmed => "Confirmed",
        VerificationState::Unverified => "Unverified",
        VerificationState::Disputed => "Disputed",
        VerificationState::False => "False",
    }
}

/// One line on what the state means (the article's own words, not a verdict).
pub fn state_help(state: VerificationState) -> &'static str {
    match state {
        VerificationState::Reported => "relayed with no word on whether it was checked",
        VerificationState::Confirmed => "the article says it was confirmed or shown by records",
        VerificationState::Unverified => "the article says it could not be or was not yet verified",
        VerificationState::Disputed => "another party in the article denies or contradicts it",
        VerificationState::False => {
            "the article says it turned out false, was retracted or debunked"
        }
    }
}

/// The highlight kind's name for readers.
pub fn kind_label(kind: MarkKind) -> &'static str {
    match kind {
        MarkKind::Content => "Claim",
        MarkKind::Source => "Source",
        MarkKind::Cue => "Cue",
        MarkKind::Hedge => "Hedge",
        MarkKind::Evidence => "Evidence",
    }
}

/// How the claim is attributed, for readers.
pub fn claim_kind_label(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Direct => "direct quote",
        ClaimKind::Indirect => "indirect quote",
        ClaimKind::Mixed => "mixed quote",
        ClaimKind::AccordingTo => "“according to”",
        ClaimKind::Noun => "attribution noun",
    }
}

/// The source type, for readers.
pub fn source_type_label(kind: SourceType) -> &'static str {
    match kind {
        SourceType::Person => "person",
        SourceType::Organization => "organisation",
        SourceType::Government => "government",
        SourceType::Anonymous => "anonymous",
        SourceType::Document => "document",
        SourceType::Media => "media",
        SourceType::Unknown => "unknown type",
    }
}

/// The hedge category, for readers.
pub fn hedge_label(category: HedgeCategory) -> &'static str {
    match category {
        HedgeCategory::Modal => "modal",
        HedgeCategory::EpistemicVerb => "epistemic verb",
        HedgeCategory::EpistemicAdverb => "epistemic adverb",
        HedgeCategory::Approximator => "approximator",
        HedgeCategory::Conditional => "conditional",
        HedgeCategory::Shield => "shield",
        HedgeCategory::NegatedCertainty => "negated certainty",
    }
}

/// Cuts code point spans out of an article's text.
pub struct Excerpts<'a> {
    text: &'a str,
    index: OffsetIndex,
}

impl<'a> Excerpts<'a> {
    /// Indexes `text` once for many excerpts.
    pub fn new(text: &'a str) -> Self {
        Excerpts {
            text,
            index: OffsetIndex::new(text),
        }
    }

    /// The text of `span`, clamped to the text (never panics).
    pub fn span(&self, span: Span) -> &'a str {
        let end = self.index.char_to_byte(span.end).unwrap_or(self.text.len());
        let start = self.index.char_to_byte(span.start).unwrap_or(end).min(end);
        &self.text[start..end]
    }

    /// The pieces of a discontinuous span set, joined by ` … `.
    pub fn spans(&self, spans: &[Span]) -> String {
        spans
            .iter()
            .map(|&s| self.span(s))
            .collect::<Vec<_>>()
            .join(" … ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_count_code_points_and_clamp() {
        let e = Excerpts::new("😀 “Yes,” he said.");
        assert_eq!(e.span(Span::new(3, 7)), "Yes,");
        assert_eq!(e.span(Span::new(15, 99)), "d.");
        assert_eq!(e.span(Span::new(50, 60)), "");
        assert_eq!(e.spans(&[Span::new(0, 1), Span::new(12, 16)]), "😀 … said");
    }

    #[test]
    fn every_state_has_a_distinct_icon() {
        let mut icons: Vec<_> = VerificationState::ALL
            .iter()
            .map(|&s| state_icon(s))
            .collect();
        icons.dedup();
        assert_eq!(icons.len(), VerificationState::ALL.len());
    }
}
