//! What the article view renders, computed once per analysis and filter
//! change: for each paragraph its text and the visible marks over it, with the
//! start and end labels of each claim. No DOM here.

use std::collections::HashMap;
use std::rc::Rc;

use claimlens_engine::{Analysis, Span, VerificationState};
use yew::AttrValue;

use crate::marks::{claim_start, marks, Mark, MarkKind};
use crate::ui::labels::{state_icon, Excerpts};
use crate::ui::UiState;

/// A mark with what the renderer adds at a claim's start and end.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// The mark.
    pub mark: Mark,
    /// Read out where the claim starts (its first content mark, or source or
    /// cue mark for a claim without content); the element
    /// there is also the claim's keyboard focus target.
    pub start_label: Option<AttrValue>,
    /// Visible badge and spoken text where the claim ends (its last content mark).
    pub end_label: Option<(AttrValue, AttrValue)>,
}

/// One paragraph ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct ParaData {
    /// Code point span of the paragraph in the article.
    pub span: Span,
    /// Its text.
    pub text: AttrValue,
    /// Visible marks overlapping it.
    pub marks: Rc<Vec<Shown>>,
}

/// Where a claim's content starts and ends, with the labels shown there.
type ClaimEnds = (
    (MarkKind, usize),
    (MarkKind, usize),
    AttrValue,
    (AttrValue, AttrValue),
);

/// Lays out `text` by the paragraphs of `analysis`, keeping only the marks the
/// filters of `ui` show.
pub fn lay_out(text: &str, analysis: &Analysis, ui: &UiState) -> Vec<ParaData> {
    let states: HashMap<&str, VerificationState> = analysis
        .claims
        .iter()
        .map(|c| (c.id.as_str(), c.state))
        .collect();
    let visible: Vec<Mark> = marks(analysis)
        .into_iter()
        .filter(|m| ui.shows_kind(m.kind))
        .filter(|m| {
            m.claim
                .as_deref()
                .and_then(|id| states.get(id))
                .is_none_or(|&s| ui.shows_state(s))
        })
        .collect();
    let excerpts = Excerpts::new(text);
    let mut labels: HashMap<&str, ClaimEnds> = HashMap::new();
    for claim in &analysis.claims {
        let Some((kind, start_at)) = claim_start(claim) else {
            continue;
        };
        // The badge closes the content; a claim without content gets it on its start mark.
        let end_at = match claim.content.spans.iter().rfind(|s| !s.is_empty()) {
            Some(last) => (MarkKind::Content, last.end),
            None => (kind, usize::MAX),
        };
        let who = claim
            .source
            .entity
            .clone()
            .unwrap_or_else(|| excerpts.spans(&claim.source.spans));
        let state = claim.state.as_str();
        let start = if who.is_empty() {
            format!("Claim, {state}: ")
        } else {
            format!("Claim by {who}, {state}: ")
        };
        let badge = format!("{} {state}", state_icon(claim.state));
        let end = format!(", end of claim, {state}");
        labels.insert(
            claim.id.as_str(),
            (
                (kind, start_at),
                end_at,
                start.into(),
                (badge.into(), end.into()),
            ),
        );
    }
    analysis
        .paragraphs
        .iter()
        .map(|&span| {
            let marks = visible
                .iter()
                .filter(|m| m.span.overlaps(&span))
                .map(|m| {
                    let label = m.claim.as_deref().and_then(|id| labels.get(id));
                    let starts = label.filter(|l| l.0 == (m.kind, m.span.start));
                    let ends = label.filter(|l| {
                        l.1 == (m.kind, m.span.end)
                            || (l.1 == (m.kind, usize::MAX) && l.0 == (m.kind, m.span.start))
                    });
                    Shown {
                        mark: m.clone(),
                        start_label: starts.map(|l| l.2.clone()),
                        end_label: ends.map(|l| l.3.clone()),
                    }
                })
                .collect();
            ParaData {
                span,
                text: AttrValue::from(excerpts.span(span).to_string()),
                marks: Rc::new(marks),
            }
        })
        .collect()
}
