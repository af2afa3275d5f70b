//! The summary panel: claims per state, sources with their counts, the hedged
//! share. Every entry jumps to its first claim.

use std::rc::Rc;

use claimlens_engine::{Analysis, VerificationState};
use yew::prelude::*;

use super::labels::{source_type_label, state_icon, state_label};

/// Properties of [`SummaryPanel`].
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// The article's analysis.
    pub analysis: Rc<Analysis>,
    /// Called with a claim id when the reader picks an entry.
    pub on_jump: Callback<String>,
}

/// Counts at a glance; entries are buttons carrying `data-cl-jump` (the claim
/// they jump to).
#[function_component(SummaryPanel)]
pub fn summary_panel(props: &SummaryProps) -> Html {
    let a = &props.analysis;
    let jump = |id: Option<String>| {
        let on_jump = props.on_jump.clone();
        let target = id.clone();
        (
            Callback::from(move |_: MouseEvent| {
                if let Some(id) = target.clone() {
                    on_jump.emit(id)
                }
            }),
            id,
        )
    };
    let states = VerificationState::ALL.iter().map(|&state| {
        let mine: Vec<&str> = a.claims.iter().filter(|c| c.state == state).map(|c| c.id.as_str()).collect();
        let (onclick, target) = jump(mine.first().map(|s| s.to_string()));
        html! {
            <li>
                <button type="button" class="cl-jump" data-cl-summary-state={state.as_str()}
                    data-cl-jump={target} disabled={mine.is_empty()} {onclick}>
                    <span class={classes!("cl-badge", format!("cl-state-{}", state.as_str()))} aria-hidden="true">{ state_icon(state) }</span>
                    { state_label(state) }<span class="cl-count">{ mine.len() }</span>
                </button>
            </li>
        }
    });
    let sources = a.sources.iter().map(|s| {
        let (onclick, target) = jump(s.claims.first().cloned());
        let n = s.claims.len();
        html! {
            <li>
                <button type="button" class="cl-jump" data-cl-jump={target} data-cl-summary-source={s.name.clone()} {onclick}>
                    <span class="cl-source-name">{ s.name.clone() }</span>
                    <span class="cl-source-type">{ source_type_label(s.source_type) }</span>
                    <span class="cl-count" aria-label={format!("{n} claim{}", if n == 1 { "" } else { "s" })}>{ n }</span>
                </button>
            </li>
        }
    });
    let hedged = a.claims.iter().filter(|c| !c.hedges.is_empty()).count();
    let share = if a.claims.is_empty() {
        0.0
    } else {
        hedged as f64 / a.claims.len() as f64
    };
    html! {
        <section class="cl-summary" aria-labelledby="cl-summary-title">
            <h2 id="cl-summary-title">{ format!("{} claim{}", a.claims.len(), if a.claims.len() == 1 { "" } else { "s" }) }</h2>
            <ul class="cl-summary-states">{ for states }</ul>
            <p class="cl-summary-hedged" data-cl-summary="hedged">
                <span class="cl-meter" aria-hidden="true"><span style={format!("width:{:.0}%", share * 100.0)}></span></span>
                { format!("{hedged} of {} hedged ({:.0}%) · {} hedge cue{}", a.claims.len(), share * 100.0,
                    a.hedges.len(), if a.hedges.len() == 1 { "" } else { "s" }) }
            </p>
            <h3>{ format!("Sources ({})", a.sources.len()) }</h3>
            if a.sources.is_empty() {
                <p class="cl-hint">{ "No attributed sources." }</p>
            } else {
                <ol class="cl-summary-sources">{ for sources }</ol>
            }
        </section>
    }
}
