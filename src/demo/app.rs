//! The demo page's root component.

use std::rc::Rc;

use claimlens_engine::{Analysis, AnalyzeOptions, ClaimReview};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::fragment::{self, FragmentRequest};
use super::hooks::{current_hash, use_focus_sync, use_hash_change, use_shortcuts};
use super::{ArticleInput, ArticleView, ExportBar};
use crate::export::text_iri;
use crate::samples::{by_id, Sample, SAMPLES};
use crate::ui::{Action, ClaimInfo, Legend, LiveRegion, ShortcutHelp, SummaryPanel, UiState, CSS};

/// The article on show.
#[derive(Debug, Clone, PartialEq)]
struct Doc {
    text: Rc<str>,
    reviews: Rc<Vec<ClaimReview>>,
    sample: Option<&'static str>,
}

impl Doc {
    fn sample(sample: &'static Sample) -> Doc {
        Doc {
            text: Rc::from(sample.text),
            reviews: Rc::new(sample.claim_reviews()),
            sample: Some(sample.id),
        }
    }

    fn text(text: String) -> Doc {
        Doc {
            text: Rc::from(text),
            reviews: Rc::default(),
            sample: None,
        }
    }

    /// The article a `location.hash` asks for (the first sample otherwise).
    fn from_hash(hash: &str) -> Doc {
        match fragment::parse(hash) {
            FragmentRequest::Text(text) => Doc::text(text),
            FragmentRequest::Sample(id) => Doc::sample(by_id(&id).unwrap_or(&SAMPLES[0])),
            FragmentRequest::None => Doc::sample(&SAMPLES[0]),
        }
    }

    fn iri(&self) -> String {
        match self.sample {
            Some(id) => format!("urn:claimlens:sample:{id}"),
            None => text_iri(&self.text),
        }
    }
}

/// The demo page: pick or paste an article, read it annotated, filter, export.
#[function_component(App)]
pub fn app() -> Html {
    let doc = use_state(|| Doc::from_hash(&current_hash()));
    let analysis: Rc<Analysis> = use_memo(
        (doc.text.clone(), doc.reviews.clone()),
        |(text, reviews)| {
            let options = AnalyzeOptions {
                claim_reviews: (**reviews).clone(),
            };
            claimlens_engine::analyze_with(text, &options)
        },
    );
    let ui = use_reducer(UiState::default);
    let dispatch = {
        let ui = ui.dispatcher();
        Callback::from(move |action: Action| ui.dispatch(action))
    };
    {
        let dispatch = dispatch.clone();
        use_effect_with(analysis.clone(), move |analysis| {
            dispatch.emit(Action::Load(ClaimInfo::all(analysis)))
        });
    }
    use_shortcuts(ui.shortcuts, dispatch.clone());
    use_focus_sync(ui.focused_id().map(str::to_string));
    {
        let doc = doc.clone();
        use_hash_change(Callback::from(move |hash: String| {
            doc.set(Doc::from_hash(&hash))
        }));
    }

    let on_sample = {
        let doc = doc.clone();
        Callback::from(move |id: &'static str| {
            if let Some(sample) = by_id(id) {
                let _ = gloo::utils::window()
                    .location()
                    .set_hash(&format!("sample={id}"));
                doc.set(Doc::sample(sample));
            }
        })
    };
    let on_text = {
        let doc = doc.clone();
        Callback::from(move |text: String| {
            // A pasted article stays in this tab: drop any fragment from the link.
            let window = gloo::utils::window();
            if let (Ok(history), Ok(path)) = (window.history(), window.location().pathname()) {
                let search = window.location().search().unwrap_or_default();
                let _ = history.replace_state_with_url(
                    &JsValue::NULL,
                    "",
                    Some(&format!("{path}{search}")),
                );
            }
            doc.set(Doc::text(text));
        })
    };
    let on_share = {
        let (doc, dispatch) = (doc.clone(), dispatch.clone());
        Callback::from(move |_| {
            let hash = match doc.sample {
                Some(id) => format!("#sample={id}"),
                None => fragment::for_text(&doc.text),
            };
            let _ = gloo::utils::window().location().set_hash(&hash);
            dispatch.emit(Action::Announce(
                "The link in the address bar now opens this article. The text stays after the #, which browsers never send to a server.".into(),
            ));
        })
    };
    let on_error = dispatch.reform(Action::Announce);
    let on_jump = dispatch.reform(Action::Focus);
    let empty = doc.text.trim().is_empty();
    let ui_state: Rc<UiState> = Rc::new((*ui).clone());
    html! {
        <div class="cl-demo">
            <style>{ CSS }</style>
            <header class="cl-header">
                <h1>{ "claimlens" }</h1>
                <p class="cl-tagline">{ "Who said what, how firmly, and what the article says about whether it was checked. Everything runs in your browser." }</p>
                <ArticleInput sample={doc.sample} {on_sample} {on_text} />
            </header>
            <main class="cl-layout">
                <div class="cl-main-col">
                    if empty {
                        <div class="cl-empty" id="cl-empty" role="note">
                            <h2>{ "Nothing to annotate yet" }</h2>
                            <p>{ "Paste the text of a news article above and press Annotate, or pick a sample article." }</p>
                        </div>
                    } else {
                        if analysis.claims.is_empty() {
                            <p class="cl-notice" id="cl-no-claims" role="note">{ "No attributed claims found in this text. It is shown as written." }</p>
                        }
                        <ArticleView text={doc.text.clone()} analysis={analysis.clone()} ui={ui_state.clone()} dispatch={dispatch.clone()} />
                    }
                </div>
                <aside class="cl-side" aria-label="Summary, legend and tools">
                    <SummaryPanel analysis={analysis.clone()} {on_jump} />
                    <Legend analysis={analysis.clone()} ui={ui_state.clone()} dispatch={dispatch.clone()} />
                    <ExportBar text={doc.text.clone()} analysis={analysis.clone()} iri={doc.iri()} {on_share} {on_error} />
                    <ShortcutHelp ui={ui_state.clone()} dispatch={dispatch.clone()} />
                </aside>
            </main>
            <LiveRegion message={ui.announcement.clone()} />
        </div>
    }
}
