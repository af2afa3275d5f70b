//! Where the article comes from: a sample picker and a paste box.

use yew::prelude::*;

use crate::samples::SAMPLES;

/// Properties of [`ArticleInput`].
#[derive(Properties, PartialEq)]
pub struct ArticleInputProps {
    /// Id of the sample on show, if the article is a sample.
    pub sample: Option<&'static str>,
    /// Called with a sample id when the reader picks one.
    pub on_sample: Callback<&'static str>,
    /// Called with pasted text when the reader asks to annotate it.
    pub on_text: Callback<String>,
}

/// The sample `<select id="cl-sample">` and the paste box
/// (`#cl-paste`, annotated by `#cl-annotate` or Ctrl+Enter).
#[function_component(ArticleInput)]
pub fn article_input(props: &ArticleInputProps) -> Html {
    let draft = use_state(String::new);
    let on_pick = {
        let on_sample = props.on_sample.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(s) = SAMPLES.iter().find(|s| s.id == select.value()) {
                on_sample.emit(s.id);
            }
        })
    };
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            draft.set(area.value());
        })
    };
    let annotate = {
        let (draft, on_text) = (draft.clone(), props.on_text.clone());
        Callback::from(move |_: ()| on_text.emit((*draft).clone()))
    };
    let onkeydown = {
        let annotate = annotate.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                annotate.emit(());
            }
        })
    };
    let clear = {
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| draft.set(String::new()))
    };
    html! {
        <div class="cl-input">
            <label class="cl-pick">
                <span>{ "Sample article" }</span>
                <select id="cl-sample" onchange={on_pick}>
                    if props.sample.is_none() {
                        <option value="" selected=true>{ "— your own text —" }</option>
                    }
                    { for SAMPLES.iter().map(|s| html! {
                        <option value={s.id} selected={props.sample == Some(s.id)}>{ s.title }</option>
                    }) }
                </select>
            </label>
            <details class="cl-paste-box">
                <summary>{ "…or paste an article" }</summary>
                <label for="cl-paste" class="cl-sr-only">{ "Article text" }</label>
                <textarea id="cl-paste" rows="8" placeholder="Paste the text of a news article here, then Annotate (Ctrl+Enter)."
                    value={(*draft).clone()} {oninput} {onkeydown} />
                <div class="cl-paste-actions">
                    <button type="button" id="cl-annotate" class="cl-button cl-primary"
                        onclick={annotate.reform(|_: MouseEvent| ())}>{ "Annotate" }</button>
                    <button type="button" class="cl-button" onclick={clear}>{ "Clear" }</button>
                    <span class="cl-hint">{ format!("{} characters", draft.chars().count()) }</span>
                </div>
            </details>
        </div>
    }
}
