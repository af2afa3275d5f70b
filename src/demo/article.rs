//! The article with its claims highlighted in place, and the card of the
//! hovered or focused claim floating by it.

use std::rc::Rc;

use claimlens_engine::{Analysis, Span};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::layout::lay_out;
use super::Paragraph;
use crate::ui::{Action, ClaimCard, UiState};

/// Properties of [`ArticleView`].
#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    /// The article text.
    pub text: Rc<str>,
    /// Its analysis.
    pub analysis: Rc<Analysis>,
    /// The UI state.
    pub ui: Rc<UiState>,
    /// Where reader actions go.
    pub dispatch: Callback<Action>,
}

/// The annotated article. Pointer and focus events are handled once here (by
/// delegation) rather than on every mark.
#[function_component(ArticleView)]
pub fn article_view(props: &ArticleProps) -> Html {
    let ui = &props.ui;
    let paragraphs = use_memo(
        (
            props.text.clone(),
            props.analysis.clone(),
            ui.hidden_kinds.clone(),
            ui.hidden_states.clone(),
            ui.highlights,
        ),
        |(text, analysis, ..)| lay_out(text, analysis, ui),
    );
    let active = ui
        .active()
        .and_then(|id| props.analysis.claims.iter().find(|c| c.id == id));
    let card = ui.card().map(|id| AttrValue::from(id.to_string()));

    let claim_at = |e: &Event| -> Option<(String, bool)> {
        let el: web_sys::Element = e.target()?.dyn_into().ok()?;
        if el.closest(".cl-card").ok().flatten().is_some() {
            return None;
        }
        let claim = el.closest("[data-cl-claim]").ok().flatten();
        Some((
            claim
                .and_then(|c| c.get_attribute("data-cl-claim"))
                .unwrap_or_default(),
            el.has_attribute("data-cl-focus"),
        ))
    };
    let onmouseover = {
        let (dispatch, hovered) = (props.dispatch.clone(), ui.hovered.clone());
        Callback::from(move |e: MouseEvent| {
            if let Some((id, _)) = claim_at(&e) {
                let id = (!id.is_empty()).then_some(id);
                if id != hovered {
                    dispatch.emit(Action::Hover(id));
                }
            }
        })
    };
    let onmouseleave = {
        let (dispatch, hovered) = (props.dispatch.clone(), ui.hovered.is_some());
        Callback::from(move |_: MouseEvent| {
            if hovered {
                dispatch.emit(Action::Hover(None));
            }
        })
    };
    let focus_from = |event_name_focus_only: bool| {
        let (dispatch, focused) = (props.dispatch.clone(), ui.focused_id().map(str::to_string));
        move |e: Event| {
            if let Some((id, on_target)) = claim_at(&e) {
                let wanted = !id.is_empty() && (on_target || !event_name_focus_only);
                if wanted && (Some(&id) != focused.as_ref() || !event_name_focus_only) {
                    dispatch.emit(Action::Focus(id));
                }
            }
        }
    };
    let onfocusin = {
        let f = focus_from(true);
        Callback::from(move |e: FocusEvent| f(e.into()))
    };
    let onclick = {
        let f = focus_from(false);
        Callback::from(move |e: MouseEvent| f(e.into()))
    };
    let on_close = props.dispatch.reform(|_| Action::CloseCard);
    let on_card_hover = {
        let (dispatch, card) = (props.dispatch.clone(), card.clone());
        Callback::from(move |inside: bool| {
            dispatch.emit(Action::Hover(
                inside
                    .then(|| card.clone())
                    .flatten()
                    .map(|c| c.to_string()),
            ))
        })
    };

    let chain_of = |p: Span| -> Vec<Span> {
        active
            .map(|c| {
                c.source
                    .chain
                    .iter()
                    .copied()
                    .filter(|s| p.contains(s))
                    .collect()
            })
            .unwrap_or_default()
    };
    let holds_active = |p: Span| -> bool {
        active.is_some_and(|c| {
            let mut all = c
                .content
                .spans
                .iter()
                .chain(&c.source.spans)
                .chain(&c.cue.spans);
            all.any(|s| s.overlaps(&p))
                || c.evidence
                    .iter()
                    .chain(&c.source.chain)
                    .any(|s| s.overlaps(&p))
        })
    };
    let anchor_in = |p: Span| -> Option<AttrValue> {
        let id = card.as_deref()?;
        let claim = props.analysis.claims.iter().find(|c| c.id == id)?;
        let first = claim.content.spans.first()?;
        (p.start <= first.start && first.start < p.end).then(|| AttrValue::from(id.to_string()))
    };
    html! {
        <div class="cl-reading" {onmouseover} {onmouseleave} {onfocusin} {onclick}>
            <article class={classes!("cl-article", (!ui.highlights).then_some("cl-plain"))} aria-label="Annotated article">
                { for paragraphs.iter().map(|p| {
                    let lit = holds_active(p.span).then(|| AttrValue::from(active.map(|c| c.id.clone()).unwrap_or_default()));
                    html! {
                        <Paragraph key={p.span.start} span={p.span} text={p.text.clone()} marks={p.marks.clone()}
                            {lit} chain={Rc::new(chain_of(p.span))} anchor={anchor_in(p.span)} />
                    }
                }) }
            </article>
            if let Some(claim) = card {
                <div class="cl-card-float">
                    <ClaimCard analysis={props.analysis.clone()} text={props.text.clone()} {claim}
                        {on_close} on_hover={on_card_hover} />
                </div>
            }
        </div>
    }
}
