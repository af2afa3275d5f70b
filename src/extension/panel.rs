//! The panel's Yew component: a summary of the article's claims by
//! verification state and the list of claims, each selectable.

use std::rc::Rc;

use claimlens_anchoring::OffsetIndex;
use claimlens_engine::{Analysis, Claim, Span, VerificationState};
use yew::prelude::*;

/// Properties of [`Panel`].
#[derive(Properties, PartialEq, Clone)]
pub struct PanelProps {
    /// The article text as the content script extracted it.
    pub text: Rc<str>,
    /// Its analysis.
    pub analysis: Rc<Analysis>,
    /// The selected claim's id.
    pub selected: Option<String>,
    /// Called with a claim id when the reader picks it.
    pub on_select: Callback<String>,
    /// Called when the reader asks to clear the annotations.
    pub on_close: Callback<()>,
}

/// Longest excerpt of a claim's content shown in the list, in characters.
const EXCERPT: usize = 160;

/// The side panel: header with a close button, counts per state, claims.
#[function_component(Panel)]
pub fn panel(props: &PanelProps) -> Html {
    let analysis = &props.analysis;
    let index = OffsetIndex::new(&props.text);
    let slice = |spans: &[Span]| -> String {
        spans
            .iter()
            .filter_map(|s| {
                let a = index.char_to_byte(s.start)?;
                let b = index.char_to_byte(s.end)?;
                Some(props.text[a..b].trim().to_string())
            })
            .collect::<Vec<_>>()
            .join(" … ")
    };
    let selected = props.selected.clone();
    // Scroll the selected claim into view once it is rendered.
    use_effect_with(selected.clone(), |selected| {
        if let Some(id) = selected {
            let query = format!(".cl-claim-item[data-cl-claim=\"{id}\"]");
            if let Some(el) = gloo::utils::document()
                .query_selector(&query)
                .ok()
                .flatten()
            {
                el.scroll_into_view();
            }
        }
    });
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <section class="cl-panel" aria-label="claimlens">
            <header class="cl-panel-header">
                <h1>{ "claimlens" }</h1>
                <button class="cl-panel-close" type="button" title="Clear annotations"
                        aria-label="Clear annotations" onclick={close}>{ "×" }</button>
            </header>
            <p class="cl-panel-count">
                { format!("{} claims · {} hedges", analysis.summary.claims, analysis.summary.hedges) }
            </p>
            <ul class="cl-panel-states" aria-label="Claims by verification state">
                { for VerificationState::ALL.iter().map(|s| {
                    let n = analysis.summary.states.get(s.as_str()).copied().unwrap_or(0);
                    html! { <li data-cl-state={s.as_str()}>{ format!("{} {n}", s.as_str()) }</li> }
                }) }
            </ul>
            if analysis.claims.is_empty() {
                <p class="cl-panel-empty">{ "No attributed claims found in this article." }</p>
            } else {
                <ol class="cl-panel-claims">
                    { for analysis.claims.iter().map(|c| item(c, &slice, &selected, &props.on_select)) }
                </ol>
            }
        </section>
    }
}

/// One claim in the list: state, who, cue and an excerpt of what was said.
fn item(
    claim: &Claim,
    slice: &dyn Fn(&[Span]) -> String,
    selected: &Option<String>,
    on_select: &Callback<String>,
) -> Html {
    let who = claim.source.entity.clone().unwrap_or_else(|| {
        let s = slice(&claim.source.spans);
        if s.is_empty() {
            "(no source)".to_string()
        } else {
            s
        }
    });
    let mut what = slice(&claim.content.spans);
    if what.chars().count() > EXCERPT {
        what = what.chars().take(EXCERPT).collect::<String>() + "…";
    }
    let evidence = slice(&claim.evidence);
    let is_selected = selected.as_deref() == Some(claim.id.as_str());
    let id = claim.id.clone();
    let onclick = on_select.reform(move |_: MouseEvent| id.clone());
    html! {
        <li>
            <button type="button" onclick={onclick} aria-pressed={is_selected.to_string()}
                    class={classes!("cl-claim-item", is_selected.then_some("cl-selected"))}
                    data-cl-claim={claim.id.clone()} data-cl-state={claim.state.as_str()}>
                <span class="cl-badge">{ claim.state.as_str() }</span>
                <span class="cl-speaker">{ who }</span>
                { " " }
                <span class="cl-cue">{ slice(&claim.cue.spans) }</span>
                <span class="cl-quote">{ what }</span>
                if !evidence.is_empty() {
                    <span class="cl-evidence">{ format!("evidence: {evidence}") }</span>
                }
                { for claim.notes.iter().map(|n| html! { <span class="cl-note">{ n.clone() }</span> }) }
                if !claim.hedges.is_empty() {
                    <span class="cl-hedged">{ format!("hedged ×{}", claim.hedges.len()) }</span>
                }
            </button>
        </li>
    }
}
