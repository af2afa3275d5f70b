//! The list of claims beside the article.

use std::rc::Rc;

use claimlens_anchoring::OffsetIndex;
use claimlens_engine::{Analysis, Span};
use yew::prelude::*;

/// Properties of [`ClaimList`].
#[derive(Properties, PartialEq)]
pub struct ClaimListProps {
    /// The article text.
    pub text: Rc<str>,
    /// Its analysis.
    pub analysis: Rc<Analysis>,
}

/// Every claim with its speaker and cue, in text order.
#[function_component(ClaimList)]
pub fn claim_list(props: &ClaimListProps) -> Html {
    let index = OffsetIndex::new(&props.text);
    let text_of = |spans: &[Span]| -> String {
        spans
            .iter()
            .map(|s| {
                let a = index.char_to_byte(s.start).unwrap_or(0);
                let b = index.char_to_byte(s.end).unwrap_or(props.text.len());
                props.text[a..b].to_string()
            })
            .collect::<Vec<_>>()
            .join(" … ")
    };
    html! {
        <aside class="cl-claims" aria-label="Claims">
            <h2>{ format!("{} claims", props.analysis.claims.len()) }</h2>
            <ol>
                { for props.analysis.claims.iter().map(|c| {
                    let who = c.source.entity.clone().unwrap_or_else(|| {
                        let s = text_of(&c.source.spans);
                        if s.is_empty() { "(no source)".to_string() } else { s }
                    });
                    html! {
                        <li class="cl-claim-item" data-cl-claim={c.id.clone()}>
                            <span class="cl-speaker">{ who }</span>
                            { " " }
                            <span class="cl-cue">{ text_of(&c.cue.spans) }</span>
                            <span class="cl-quote">{ text_of(&c.content.spans) }</span>
                        </li>
                    }
                }) }
            </ol>
        </aside>
    }
}
