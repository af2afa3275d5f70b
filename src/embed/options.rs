//! The embed's options: what `annotate(element, options)` accepts, and what the
//! loader builds from `data-*` attributes (`data-kinds="content source"`,
//! `data-theme`, `data-exclude`, `data-panel`, `data-strings='{…}'`, `data-watch`).
//!
//! Pure data (no DOM), so it is tested natively.

use claimlens_engine::json::Value;
use claimlens_engine::ClaimReview;

use crate::dom::DEFAULT_EXCLUDE;
use crate::json::{self, object, optional};
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
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
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
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// Labels of highlight kinds (`content`, `source`, …) replacing the
    /// defaults, as (name, label) pairs (a list, not a map: a few entries at
    /// most, and no map type of its own in the wasm).
    pub kinds: Vec<(String, String)>,
    /// Labels of verification states (`reported`, …) replacing the defaults,
    /// as (name, label) pairs.
    pub states: Vec<(String, String)>,
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
            kinds: Vec::new(),
            states: Vec::new(),
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
        label(&self.kinds, kind.as_str()).unwrap_or_else(|| default.into())
    }

    /// The label of a verification state (`reported`, …).
    pub fn state(&self, state: &str) -> String {
        label(&self.states, state).unwrap_or_else(|| state.into())
    }

    /// `template` with `{n}` replaced by `n`.
    pub fn count(template: &str, n: usize) -> String {
        // (Not `str::replace`: see `claimlens_engine::substring`.)
        let (mut out, mut rest) = (String::new(), template);
        while let Some(i) = claimlens_engine::substring::find(rest, "{n}") {
            out.push_str(&rest[..i]);
            out.push_str(&n.to_string());
            rest = &rest[i + 3..];
        }
        out + rest
    }
}

/// The label for `name` in (name, label) `pairs`.
fn label(pairs: &[(String, String)], name: &str) -> Option<String> {
    pairs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, l)| l.clone())
}

/// Options of one annotation, as given from JavaScript (camelCase keys).
#[derive(Debug, Clone, PartialEq)]
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

impl EmbedOptions {
    /// Reads options given from JavaScript (as parsed JSON): absent fields keep
    /// their defaults, unknown ones are ignored, a mistyped one is an error
    /// naming it.
    pub fn from_json(value: &Value) -> Result<EmbedOptions, String> {
        let o = object(value, "the options")?;
        // Each field present overwrites its default in place (fields in
        // declaration order, so the first mistyped one is the one named):
        // one default value instead of a second to pick from, in less code.
        let mut options = EmbedOptions::default();
        if o.get("kinds").is_some_and(|v| !v.is_null()) {
            options.kinds = Some(json::strings(o, "kinds")?);
        }
        if let Some(v) = o.get("theme") {
            let all = [Theme::Light, Theme::Dark, Theme::Auto];
            options.theme = pick(v, &all, &["light", "dark", "auto"])
                .ok_or_else(|| wrong("theme", "light, dark or auto", v))?;
        }
        options.exclude = optional(o, "exclude")?;
        if let Some(v) = o.get("panel") {
            use PanelPosition::*;
            let names = ["after", "before", "right", "bottom", "none"];
            options.panel = pick(v, &[After, Before, Right, Bottom, None], &names)
                .ok_or_else(|| wrong("panel", "after, before, right, bottom or none", v))?;
        }
        if let Some(v) = o.get("strings") {
            strings(v, &mut options.strings)
                .ok_or_else(|| wrong("strings", "an object of strings", v))?;
        }
        if let Some(v) = o.get("watch") {
            options.watch = v
                .as_bool()
                .ok_or_else(|| wrong("watch", "true or false", v))?;
        }
        if let Some(v) = o.get("debounce") {
            options.debounce = v
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .ok_or_else(|| wrong("debounce", "milliseconds", v))?;
        }
        if let Some(v) = o.get("jsonLd") {
            options.json_ld = v
                .as_bool()
                .ok_or_else(|| wrong("jsonLd", "true or false", v))?;
        }
        if let Some(v) = o.get("claimReviews") {
            options.claim_reviews =
                json::list(v, json::claim_review).map_err(|e| format!("`claimReviews`: {e}"))?;
        }
        Ok(options)
    }
}

/// The error of a mistyped field `key`, out of line: one copy of the
/// formatting for every field.
#[inline(never)]
fn wrong(key: &str, expected: &str, v: &Value) -> String {
    format!("`{key}`: expected {expected}, not {}", json::describe(v))
}

/// The variant of `all` named by the string `v` (`names` in the same order).
fn pick<T: Copy>(v: &Value, all: &[T], names: &[&str]) -> Option<T> {
    let name = v.as_str()?;
    names.iter().position(|n| *n == name).map(|i| all[i])
}

/// Reads the panel's words over the defaults in `s`: strings, and maps of
/// strings for `kinds` and `states`; `None` when one is mistyped. (Loops
/// over the fields: one copy of the reading, not one per field.)
fn strings(v: &Value, s: &mut Strings) -> Option<()> {
    let o = v.as_object()?;
    for (key, text) in [
        ("title", &mut s.title),
        ("claims", &mut s.claims),
        ("hedges", &mut s.hedges),
        ("empty", &mut s.empty),
        ("legend", &mut s.legend),
        ("noSource", &mut s.no_source),
        ("more", &mut s.more),
    ] {
        if let Some(v) = o.get(key) {
            *text = v.as_str()?.to_string();
        }
    }
    for (key, pairs) in [("kinds", &mut s.kinds), ("states", &mut s.states)] {
        if let Some(v) = o.get(key) {
            for (k, v) in v.as_object()? {
                pairs.push((k.clone(), v.as_str()?.to_string()));
            }
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Result<EmbedOptions, String> {
        EmbedOptions::from_json(&claimlens_engine::json::parse(json).unwrap())
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
        assert_eq!(
            parse(r#"{"theme":"purple"}"#).unwrap_err(),
            "`theme`: expected light, dark or auto, not `purple`"
        );
        assert!(parse(r#"{"panel":5}"#).unwrap_err().contains("not 5"));
        assert!(parse(r#"{"watch":null}"#).is_err());
        assert!(parse(r#"{"debounce":-1}"#).is_err());
        assert!(parse(r#"{"strings":{"title":7}}"#).is_err());
        assert!(parse(r#"{"claimReviews":[{"claimReviewed":7}]}"#).is_err());
        let unknown = parse(r#"{"kinds":["content","quotes"]}"#).unwrap();
        assert!(unknown.kinds().unwrap_err().contains("quotes"));
    }

    #[test]
    fn count_templates_fill_in_the_number() {
        assert_eq!(Strings::count("{n} claims", 3), "3 claims");
    }
}
