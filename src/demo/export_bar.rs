//! Export and share: the analysis JSON, Web Annotation JSON-LD, and a link
//! that carries the article in its fragment.

use std::rc::Rc;

use claimlens_engine::Analysis;
use yew::prelude::*;

use super::download::download;
use crate::export::{analysis_json, web_annotations};

/// Properties of [`ExportBar`].
#[derive(Properties, PartialEq)]
pub struct ExportBarProps {
    /// The article text.
    pub text: Rc<str>,
    /// Its analysis.
    pub analysis: Rc<Analysis>,
    /// The IRI naming the article in annotations.
    pub iri: AttrValue,
    /// Called when the reader asks for a share link.
    pub on_share: Callback<()>,
    /// Called with a message when an export fails.
    pub on_error: Callback<String>,
}

/// Buttons `#cl-export-json`, `#cl-export-annotations` and `#cl-share`.
#[function_component(ExportBar)]
pub fn export_bar(props: &ExportBarProps) -> Html {
    /// What an export button saves: contents, file name, MIME type.
    type Make = fn(&str, &Analysis, &str) -> (String, &'static str, &'static str);
    let save = |make: Make| {
        let (text, analysis, iri, on_error) = (
            props.text.clone(),
            props.analysis.clone(),
            props.iri.clone(),
            props.on_error.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (contents, name, mime) = make(&text, &analysis, &iri);
            if let Err(e) = download(name, mime, &contents) {
                on_error.emit(format!("Export failed: {e:?}"));
            }
        })
    };
    let json = save(|_, a, _| {
        (
            analysis_json(a),
            "claimlens-analysis.json",
            "application/json",
        )
    });
    let annotations = save(|text, a, iri| {
        let doc = web_annotations(text, a, iri);
        let pretty = serde_json::to_string_pretty(&doc).unwrap_or_default();
        (
            pretty,
            "claimlens-annotations.jsonld",
            "application/ld+json",
        )
    });
    let share = props.on_share.reform(|_: MouseEvent| ());
    html! {
        <section class="cl-export" aria-labelledby="cl-export-title">
            <h2 id="cl-export-title">{ "Export & share" }</h2>
            <div class="cl-export-buttons">
                <button type="button" id="cl-export-json" class="cl-button" onclick={json}>{ "Analysis JSON" }</button>
                <button type="button" id="cl-export-annotations" class="cl-button" onclick={annotations}
                    title="W3C Web Annotation JSON-LD: one annotation per claim">{ "Web Annotations" }</button>
                <button type="button" id="cl-share" class="cl-button" onclick={share}
                    title="Put the article in this page's link (after #, never sent to a server)">{ "Share link" }</button>
            </div>
        </section>
    }
}
