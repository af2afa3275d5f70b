//! The article with its claims highlighted in place.

use std::rc::Rc;

use claimlens_anchoring::OffsetIndex;
use claimlens_engine::{Analysis, Span};
use yew::prelude::*;

use crate::marks::{marks, segments, Mark};

/// Properties of [`ArticleView`].
#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    /// The article text.
    pub text: Rc<str>,
    /// Its analysis.
    pub analysis: Rc<Analysis>,
}

/// Renders each paragraph, wrapping every highlighted run in `<mark>` elements
/// that carry the `data-cl-*` contract (kind, claim, state).
#[function_component(ArticleView)]
pub fn article_view(props: &ArticleProps) -> Html {
    let index = OffsetIndex::new(&props.text);
    let all = marks(&props.analysis);
    let slice = |span: Span| -> &str {
        let start = index.char_to_byte(span.start).unwrap_or(props.text.len());
        let end = index.char_to_byte(span.end).unwrap_or(props.text.len());
        &props.text[start..end]
    };
    html! {
        <article class="cl-article" aria-label="Annotated article">
            { for props.analysis.paragraphs.iter().map(|&para| html! {
                <p>
                    { for segments(&all, para).into_iter().map(|seg| {
                        let inner = html! { { slice(seg.span).to_string() } };
                        seg.marks.iter().rev().fold(inner, |inner, &m| wrap(&all[m], inner))
                    }) }
                </p>
            }) }
        </article>
    }
}

fn wrap(mark: &Mark, inner: Html) -> Html {
    let kind = mark.kind.as_str();
    html! {
        <mark
            class={classes!("cl-mark", format!("cl-{kind}"), mark.state.map(|s| format!("cl-state-{s}")))}
            data-cl-kind={kind}
            data-cl-claim={mark.claim.clone()}
            data-cl-state={mark.state}
        >{ inner }</mark>
    }
}
