//! The embed's options: what `annotate(element, options)` accepts, and what the
//! loader builds from `data-*` attributes (`data-kinds="content source"`,
//! `data-theme`, `data-exclude`, `data-panel`, `data-strings='{…}'`, `data-watch`).
//!
//! Pure data (no DOM), so it is tested natively.

use std::collections::BTreeMap;

use claimlens_engine::ClaimReview;
use serde::Deserialize;

use crate::dom::DEFAULT_EXCLUDE;
use crate::marks::MarkKind;

/// Every highlight kind, in legend order.
pub const ALL_KINDS: [MarkKind; 5] = [
    MarkKind::Content,
    MarkKind::Source,
    MarkKind::Cue,
    MarkKind::Hedge,
    MarkKind::Evidence,
];

/// Colour scheme of highlights and panel.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Light colours.
    Light,
    /// Dark colours.
    Dark,
    /// Follows `prefers-color-scheme` (the default).
    #[default]
    Auto,
}

/// Where the cards, legend and summary go.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PanelPosition {
    /// Right after the annotated element, in the page flow (the default).
    #[default]
    After,
    /// Right before the annotated element.
    Before,
    /// Fixed to the right edge of the viewport.
    Right,
    /// Fixed to the bottom of the viewport.
    Bottom,
    /// No panel: highlights only.
    None,
}

/// Words the panel shows; anything left out keeps its English default.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Strings {
    /// Panel heading.
    pub title: String,
    /// Count of claims; `{n}` is replaced.
    pub claims: String,
    /// Count of hedges; `{n}` is replaced.
    pub hedges: String,
    /// Shown when no claim was found.
    pub empty: String,
    /// Label of the legend group.
    pub legend: String,
    /// Shown for a claim without a source.
    pub no_source: String,
    /// The button that shows the next cards of a long list; `{n}` is replaced.
    pub more: String,
    /// Labels of highlight kinds (`content`, `source`, …) replacing the defaults.
    pub kinds: BTreeMap<String, String>,
    /// Labels of verification states (`reported`, …) replacing the defaults.
    pub states: BTreeMap<String, String>,
}

impl Default for Strings {
    fn default() -> Self {
        Strings {
            title: "Claims in this article".into(),
            claims: "{n} claims".into(),
            hedges: "{n} hedges".into(),
            empty: "No attributed claims found.".into(),
            legend: "Show highlights".into(),
            no_source: "(no source)".into(),
            more: "Show {n} more claims".into(),
            kinds: BTreeMap::new(),
            states: BTreeMap::new(),
        }
    }
}

impl Strings {
    /// The label of a highlight kind.
    pub fn kind(&self, kind: MarkKind) -> String {
        let default = match kind {
            MarkKind::Content => "What was said",
            MarkKind::Source => "Who said it",
            MarkKind::Cue => "Attribution",
            MarkKind::Hedge => "Hedges",
            MarkKind::Evidence => "Evidence",
        };
        self.kinds
            .get(kind.as_str())
            .cloned()
            .unwrap_or_else(|| default.into())
    }

    /// The label of a verification state (`reported`, …).
    pub fn state(&self, state: &str) -> String {
        self.states
            .get(state)
            .cloned()
            .unwrap_or_else(|| state.into())
    }

    /// `template` with `{n}` replaced by `n`.
    pub fn count(template: &str, n: usize) -> String {
        template.replace("{n}", &n.to_string())
    }
}

/// Options of one annotation, as given from JavaScript (camelCase keys).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EmbedOptions {
    /// Highlight kinds shown (`content`, `source`, `cue`, `hedge`, `evidence`); all by default.
    pub kinds: Option<Vec<String>>,
    /// Colour scheme.
    pub theme: Theme,
    /// Elements to skip (a CSS selector list); `None` for [`DEFAULT_EXCLUDE`], `""` for none.
    pub exclude: Option<String>,
    /// Where the panel goes.
    pub panel: PanelPosition,
    /// Panel wording.
    pub strings: Strings,
    /// Re-annotate (debounced) when the element's content changes.
    pub watch: bool,
    /// Milliseconds of quiet before re-annotating a changed element.
    pub debounce: u32,
    /// Read schema.org ClaimReview JSON-LD from the page.
    pub json_ld: bool,
    /// ClaimReview objects given by the caller (added to those in the page).
    pub claim_reviews: Vec<ClaimReview>,
}

impl Default for EmbedOptions {
    fn default() -> Self {
        EmbedOptions {
            kinds: None,
            theme: Theme::Auto,
            exclude: None,
            panel: PanelPosition::After,
            strings: Strings::default(),
            watch: true,
            debounce: 300,
            json_ld: true,
            claim_reviews: Vec::new(),
        }
    }
}

impl EmbedOptions {
    /// The exclude selector in effect.
    pub fn exclude(&self) -> &str {
        self.exclude.as_deref().unwrap_or(DEFAULT_EXCLUDE)
    }

    /// The kinds to highlight, or an error naming an unknown kind.
    pub fn kinds(&self) -> Result<Vec<MarkKind>, String> {
        let Some(names) = &self.kinds else {
            return Ok(ALL_KINDS.to_vec());
        };
        names
            .iter()
            .map(|name| {
                ALL_KINDS
                    .into_iter()
                    .find(|k| k.as_str() == name.trim())
                    .ok_or_else(|| {
                        format!("unknown kind `{name}` (expected content, source, cue, hedge or evidence)")
                    })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Result<EmbedOptions, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn empty_object_gives_defaults() {
        let options = parse("{}").unwrap();
        assert_eq!(options, EmbedOptions::default());
        assert_eq!(options.kinds().unwrap(), ALL_KINDS.to_vec());
        assert_eq!(options.exclude(), DEFAULT_EXCLUDE);
    }

    #[test]
    fn reads_every_option() {
        let options = parse(
            r#"{"kinds":["content","hedge"],"theme":"dark","exclude":"","panel":"right",
                "strings":{"title":"Affirmations","states":{"false":"Faux"}},"watch":false,
                "jsonLd":false,"claimReviews":[{"claimReviewed":"x","rating":"False"}]}"#,
        )
        .unwrap();
        assert_eq!(
            options.kinds().unwrap(),
            vec![MarkKind::Content, MarkKind::Hedge]
        );
        assert_eq!(options.theme, Theme::Dark);
        assert_eq!(options.exclude(), "");
        assert_eq!(options.panel, PanelPosition::Right);
        assert_eq!(options.strings.title, "Affirmations");
        assert_eq!(options.strings.state("false"), "Faux");
        assert_eq!(options.strings.state("disputed"), "disputed");
        assert_eq!(options.strings.empty, Strings::default().empty);
        assert!(!options.watch && !options.json_ld);
        assert_eq!(options.claim_reviews.len(), 1);
    }

    #[test]
    fn bad_values_are_errors_not_defaults() {
        assert!(parse(r#"{"theme":"purple"}"#).is_err());
        assert!(parse(r#"{"panel":5}"#).is_err());
        let unknown = parse(r#"{"kinds":["content","quotes"]}"#).unwrap();
        assert!(unknown.kinds().unwrap_err().contains("quotes"));
    }

    #[test]
    fn count_templates_fill_in_the_number() {
        assert_eq!(Strings::count("{n} claims", 3), "3 claims");
    }
}
