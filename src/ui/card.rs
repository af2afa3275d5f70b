//! The card of one claim: resolved source and its type, cue, state with the
//! evidence words, hedges.

use std::rc::Rc;

use claimlens_engine::Analysis;
use yew::prelude::*;

use super::labels::{
    claim_kind_label, hedge_label, source_type_label, state_help, state_icon, state_label, Excerpts,
};

/// Longest content excerpt a card shows, in characters.
const CONTENT_MAX: usize = 280;

/// Properties of [`ClaimCard`].
#[derive(Properties, PartialEq)]
pub struct ClaimCardProps {
    /// The article's analysis.
    pub analysis: Rc<Analysis>,
    /// The article text.
    pub text: Rc<str>,
    /// Id of the claim to show.
    pub claim: AttrValue,
    /// Called when the reader closes the card.
    #[prop_or_default]
    pub on_close: Callback<()>,
    /// Called when the pointer enters (`true`) or leaves (`false`) the card, so
    /// a hover card can stay while it is read.
    #[prop_or_default]
    pub on_hover: Callback<bool>,
}

/// A claim's card; renders nothing for an unknown claim id. Every field carries
/// `data-cl-card-field` so tests and integrators can read it.
#[function_component(ClaimCard)]
pub fn claim_card(props: &ClaimCardProps) -> Html {
    let Some(claim) = props.analysis.claims.iter().find(|c| *c.id == *props.claim) else {
        return html! {};
    };
    let excerpts = Excerpts::new(&props.text);
    let mention = excerpts.spans(&claim.source.spans);
    let who = claim.source.entity.clone().unwrap_or_else(|| {
        if mention.is_empty() {
            "No source named".into()
        } else {
            mention.clone()
        }
    });
    let content = shorten(&excerpts.spans(&claim.content.spans));
    let cue = excerpts.spans(&claim.cue.spans);
    let evidence: Vec<&str> = claim.evidence.iter().map(|&s| excerpts.span(s)).collect();
    let hedges: Vec<String> = props
        .analysis
        .hedges
        .iter()
        .filter(|h| claim.hedges.contains(&h.id) || h.claim.as_deref() == Some(&*claim.id))
        .map(|h| {
            format!(
                "“{}” ({})",
                excerpts.spans(&h.spans),
                hedge_label(h.category)
            )
        })
        .collect();
    let state = claim.state;
    let close = props.on_close.reform(|_: MouseEvent| ());
    let enter = props.on_hover.reform(|_: MouseEvent| true);
    let leave = props.on_hover.reform(|_: MouseEvent| false);
    html! {
        <section class="cl-card" id="cl-card" role="region" aria-label={format!("Claim {} details", claim.id)}
            data-cl-card-claim={claim.id.clone()} onmouseenter={enter} onmouseleave={leave}>
            <header class="cl-card-head">
                <span class={classes!("cl-badge", format!("cl-state-{}", state.as_str()))}
                    data-cl-card-field="state" data-cl-state={state.as_str()}>
                    <span aria-hidden="true">{ state_icon(state) }</span>{ " " }{ state_label(state) }
                </span>
                <span class="cl-card-kind">{ claim_kind_label(claim.kind) }</span>
                <button type="button" class="cl-card-close" aria-label="Close card" onclick={close}>{ "×" }</button>
            </header>
            <p class="cl-card-content" data-cl-card-field="content">{ content }</p>
            <dl class="cl-card-fields">
                <dt>{ "Source" }</dt>
                <dd data-cl-card-field="source">
                    <strong>{ who }</strong>{ " · " }
                    <span data-cl-card-field="source-type">{ source_type_label(claim.source.source_type) }</span>
                    if !mention.is_empty() && claim.source.entity.as_deref() != Some(mention.as_str()) {
                        <span class="cl-card-mention">{ format!(" (as “{mention}”)") }</span>
                    }
                </dd>
                <dt>{ "Cue" }</dt>
                <dd data-cl-card-field="cue">{ if cue.is_empty() { "none".to_string() } else { format!("“{cue}”") } }</dd>
                <dt>{ "State" }</dt>
                <dd data-cl-card-field="evidence">
                    { state_help(state) }
                    if !evidence.is_empty() {
                        { ": " }
                        { for evidence.iter().map(|e| html! { <q class="cl-card-evidence">{ *e }</q> }) }
                    }
                </dd>
                <dt>{ "Hedges" }</dt>
                <dd data-cl-card-field="hedges">{ if hedges.is_empty() { "none".to_string() } else { hedges.join(", ") } }</dd>
                if let Some(review) = &claim.review {
                    <dt>{ "Fact-check" }</dt>
                    <dd data-cl-card-field="review">
                        <strong>{ review.rating.clone().unwrap_or_else(|| "Reviewed".into()) }</strong>
                        { review.author.as_ref().map(|a| format!(" by {a}")).unwrap_or_default() }
                        if let Some(url) = review.url.as_ref().filter(|u| u.starts_with("https://")) {
                            { " · " }<a href={url.clone()} target="_blank" rel="noopener noreferrer">{ "read" }</a>
                        }
                    </dd>
                }
                if !claim.notes.is_empty() {
                    <dt>{ "Notes" }</dt>
                    <dd data-cl-card-field="notes">{ claim.notes.join(" ") }</dd>
                }
            </dl>
        </section>
    }
}

/// Cuts long content to [`CONTENT_MAX`] characters at a word boundary.
fn shorten(text: &str) -> String {
    if text.chars().count() <= CONTENT_MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(CONTENT_MAX).collect();
    let end = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", &cut[..end])
}
