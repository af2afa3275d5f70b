//! The legend, which doubles as the filters: one toggle per highlight kind and
//! per verification state, each with its swatch, icon and count.

use std::rc::Rc;

use claimlens_engine::{Analysis, VerificationState};
use yew::prelude::*;

use super::labels::{kind_label, state_help, state_icon, state_label};
use super::state::{Action, UiState, KINDS};
use crate::marks::marks;

/// Properties of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// The article's analysis (for the counts).
    pub analysis: Rc<Analysis>,
    /// The UI state (which filters are on).
    pub ui: Rc<UiState>,
    /// Where toggles go.
    pub dispatch: Callback<Action>,
}

/// Legend and filters. Buttons carry `aria-pressed` (pressed = shown) and
/// `data-cl-filter-kind` / `data-cl-filter-state`.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let counts = use_memo(props.analysis.clone(), |a| {
        let all = marks(a);
        KINDS.map(|k| all.iter().filter(|m| m.kind == k).count())
    });
    let ui = &props.ui;
    let kinds = KINDS.iter().zip(counts.iter()).map(|(&kind, &n)| {
        let shown = !ui.hidden_kinds.contains(&kind);
        let onclick = props.dispatch.reform(move |_: MouseEvent| Action::ToggleKind(kind));
        html! {
            <button type="button" class="cl-filter" aria-pressed={shown.to_string()}
                data-cl-filter-kind={kind.as_str()} {onclick} disabled={!ui.highlights}>
                <span class={classes!("cl-swatch", format!("cl-swatch-{}", kind.as_str()))} aria-hidden="true"></span>
                { kind_label(kind) }<span class="cl-count">{ n }</span>
            </button>
        }
    });
    let states = VerificationState::ALL.iter().map(|&state| {
        let shown = !ui.hidden_states.contains(&state);
        let n = props.analysis.claims.iter().filter(|c| c.state == state).count();
        let onclick = props.dispatch.reform(move |_: MouseEvent| Action::ToggleState(state));
        html! {
            <button type="button" class="cl-filter" aria-pressed={shown.to_string()}
                data-cl-filter-state={state.as_str()} title={state_help(state)} {onclick} disabled={!ui.highlights}>
                <span class={classes!("cl-badge", format!("cl-state-{}", state.as_str()))} aria-hidden="true">{ state_icon(state) }</span>
                { state_label(state) }<span class="cl-count">{ n }</span>
            </button>
        }
    });
    let toggle_all = props
        .dispatch
        .reform(|_: MouseEvent| Action::ToggleHighlights);
    html! {
        <section class="cl-legend" aria-labelledby="cl-legend-title">
            <h2 id="cl-legend-title">{ "Legend" }<span class="cl-hint">{ " · click to hide or show" }</span></h2>
            <div class="cl-filter-group" role="group" aria-label="Highlight kinds">{ for kinds }</div>
            <div class="cl-filter-group" role="group" aria-label="Verification states">{ for states }</div>
            <button type="button" class="cl-filter cl-filter-all" aria-pressed={ui.highlights.to_string()}
                data-cl-filter="highlights" onclick={toggle_all}>
                { if ui.highlights { "Highlights on" } else { "Highlights off" } }
            </button>
        </section>
    }
}
