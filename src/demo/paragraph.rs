//! One paragraph of the article with its highlights.

use std::rc::Rc;

use claimlens_anchoring::OffsetIndex;
use claimlens_engine::Span;
use yew::prelude::*;

use super::layout::Shown;
use crate::marks::segments_with;

/// Properties of [`Paragraph`]. Only paragraphs that hold the active claim get
/// `lit`/`chain`/`anchor`, so hovering re-renders just those.
#[derive(Properties, PartialEq)]
pub struct ParagraphProps {
    /// Code point span of the paragraph in the article.
    pub span: Span,
    /// Its text.
    pub text: AttrValue,
    /// Visible marks overlapping it.
    pub marks: Rc<Vec<Shown>>,
    /// The claim to light up, if it has marks or source mentions here.
    #[prop_or_default]
    pub lit: Option<AttrValue>,
    /// Mentions of the lit claim's source in this paragraph.
    #[prop_or_default]
    pub chain: Rc<Vec<Span>>,
    /// The claim whose card is open, if it starts here (the card is placed by it).
    #[prop_or_default]
    pub anchor: Option<AttrValue>,
}

/// A `<p>` whose highlighted runs are `<mark>` elements carrying the DOM
/// contract: `data-cl-kind`, `data-cl-claim`, and `data-cl-state` on content.
#[function_component(Paragraph)]
pub fn paragraph(props: &ParagraphProps) -> Html {
    let index = OffsetIndex::new(&props.text);
    let plain: Vec<_> = props.marks.iter().map(|s| s.mark.clone()).collect();
    let slice = |span: Span| -> String {
        let a = span.start.saturating_sub(props.span.start);
        let b = span.end.saturating_sub(props.span.start);
        let end = index.char_to_byte(b).unwrap_or(props.text.len());
        let start = index.char_to_byte(a).unwrap_or(end).min(end);
        props.text[start..end].to_string()
    };
    let pieces = segments_with(&plain, &props.chain, props.span)
        .into_iter()
        .map(|seg| {
            let mut inner = html! { { slice(seg.span) } };
            if props.chain.iter().any(|c| c.contains(&seg.span)) {
                inner = html! { <span class="cl-mention cl-lit">{ inner }</span> };
            }
            seg.marks.iter().rev().fold(inner, |inner, &i| {
                wrap(
                    &props.marks[i],
                    seg.span,
                    inner,
                    props.lit.as_deref(),
                    props.anchor.as_deref(),
                )
            })
        });
    html! { <p>{ for pieces }</p> }
}

fn wrap(shown: &Shown, seg: Span, inner: Html, lit: Option<&str>, anchor: Option<&str>) -> Html {
    let mark = &shown.mark;
    let kind = mark.kind.as_str();
    let start = shown
        .start_label
        .clone()
        .filter(|_| seg.start == mark.span.start);
    let end = shown.end_label.clone().filter(|_| seg.end == mark.span.end);
    let is_lit = lit.is_some() && mark.claim.as_deref() == lit;
    let is_anchor = start.is_some() && anchor.is_some() && mark.claim.as_deref() == anchor;
    html! {
        <mark
            class={classes!(
                "cl-mark",
                format!("cl-{kind}"),
                mark.state.map(|s| format!("cl-state-{s}")),
                is_lit.then_some("cl-lit"),
                is_anchor.then_some("cl-anchor"),
            )}
            data-cl-kind={kind}
            data-cl-claim={mark.claim.clone()}
            data-cl-state={mark.state}
            data-cl-hedge={mark.hedge.clone()}
            data-cl-start={start.clone()}
            data-cl-focus={start.as_ref().map(|_| "true")}
            tabindex={start.as_ref().map(|_| "0")}
            data-cl-end={end.as_ref().map(|e| e.0.clone())}
            data-cl-end-sr={end.as_ref().map(|e| e.1.clone())}
        >{ inner }</mark>
    }
}
