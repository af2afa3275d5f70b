//! The panel's content (rendered by Yew inside the shadow root): a summary, a
//! legend that toggles highlight kinds, and one card per claim. Every control is
//! a `<button>`, so the panel works by keyboard (Tab, Enter, Space).
//!
//! A shell until the demo page's shared components (`src/ui/`) land: the card,
//! legend and summary below are meant to be replaced by them.

use claimlens_anchoring::OffsetIndex;
use claimlens_engine::{Claim, Span};
use yew::prelude::*;

use super::options::{Strings, ALL_KINDS};
use super::panel::PanelProps;

/// Longest content excerpt on a card, in characters.
const EXCERPT: usize = 160;

/// The panel component.
#[function_component(PanelView)]
pub fn panel_view(props: &PanelProps) -> Html {
    let strings = &props.strings;
    let analysis = &props.analysis;
    let summary = analysis.summary.states.iter().filter(|(_, n)| **n > 0).map(|(state, n)| {
        html! { <li class="state" data-state={state.clone()}>{ format!("{} {n}", strings.state(state)) }</li> }
    });
    html! {
        <section class="panel" aria-label={strings.title.clone()}>
            <h2>{ strings.title.clone() }</h2>
            <p class="counts">
                { Strings::count(&strings.claims, analysis.summary.claims) }
                { " · " }
                { Strings::count(&strings.hedges, analysis.summary.hedges) }
            </p>
            <ul class="states">{ for summary }</ul>
            { legend(props) }
            if analysis.claims.is_empty() {
                <p class="empty">{ strings.empty.clone() }</p>
            } else {
                <ol class="cards">{ for analysis.claims.iter().map(|c| card(props, c)) }</ol>
            }
        </section>
    }
}

/// Toggle buttons, one per highlight kind, with `aria-pressed`.
fn legend(props: &PanelProps) -> Html {
    let buttons = ALL_KINDS.into_iter().map(|kind| {
        let shown = props.kinds.contains(&kind);
        let onclick = {
            let kinds = props.kinds.clone();
            let on_kinds = props.on_kinds.clone();
            Callback::from(move |_: MouseEvent| {
                let next = ALL_KINDS
                    .into_iter()
                    .filter(|k| {
                        if *k == kind {
                            !shown
                        } else {
                            kinds.contains(k)
                        }
                    })
                    .collect();
                on_kinds.emit(next);
            })
        };
        html! {
            <button type="button" class="toggle" data-kind={kind.as_str()}
                aria-pressed={shown.to_string()} {onclick}>
                <span class="swatch" data-kind={kind.as_str()} aria-hidden="true"></span>
                { props.strings.kind(kind) }
            </button>
        }
    });
    html! {
        <div class="legend" role="group" aria-label={props.strings.legend.clone()}>
            { for buttons }
        </div>
    }
}

/// One claim as a button: who, the cue, the state and an excerpt.
fn card(props: &PanelProps, claim: &Claim) -> Html {
    let index = OffsetIndex::new(&props.text);
    let slice = |spans: &[Span]| -> String {
        let text = &props.text;
        spans
            .iter()
            .map(|s| {
                let a = index.char_to_byte(s.start).unwrap_or(text.len());
                let b = index.char_to_byte(s.end).unwrap_or(text.len());
                text[a..b.max(a)].trim().to_string()
            })
            .collect::<Vec<_>>()
            .join(" … ")
    };
    let who = claim
        .source
        .entity
        .clone()
        .or_else(|| Some(slice(&claim.source.spans)).filter(|s| !s.is_empty()))
        .unwrap_or_else(|| props.strings.no_source.clone());
    let mut what = slice(&claim.content.spans);
    if what.chars().count() > EXCERPT {
        what = what.chars().take(EXCERPT).collect::<String>() + "…";
    }
    let state = claim.state.as_str();
    let selected = props.selected.as_deref() == Some(claim.id.as_str());
    let onclick = {
        let id = claim.id.clone();
        let on_select = props.on_select.clone();
        Callback::from(move |_: MouseEvent| on_select.emit(id.clone()))
    };
    html! {
        <li>
            <button type="button" class={classes!("card", selected.then_some("selected"))}
                data-cl-claim={claim.id.clone()} aria-pressed={selected.to_string()} {onclick}>
                <span class="who">{ who }</span>
                { " " }
                <span class="cue">{ slice(&claim.cue.spans) }</span>
                { " " }
                <span class="badge" data-state={state}>{ props.strings.state(state) }</span>
                <span class="what">{ what }</span>
            </button>
        </li>
    }
}
