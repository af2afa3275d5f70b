//! The demo page's root component.

use std::rc::Rc;

use claimlens_engine::Analysis;
use yew::prelude::*;

use super::{ArticleView, ClaimList};
use crate::samples::SAMPLES;

/// The demo page: a sample picker, the annotated article and its claims.
#[function_component(App)]
pub fn app() -> Html {
    let sample = use_state(|| 0usize);
    let text: Rc<str> = Rc::from(SAMPLES[*sample].text);
    let analysis: Rc<Analysis> = {
        let text = text.clone();
        use_memo(text, |text| claimlens_engine::analyze(text))
    };
    let on_pick = {
        let sample = sample.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(i) = select.value().parse::<usize>() {
                sample.set(i.min(SAMPLES.len() - 1));
            }
        })
    };
    html! {
        <div class="cl-demo">
            <header class="cl-header">
                <h1>{ "claimlens" }</h1>
                <p class="cl-tagline">{ "Who said what, how firmly, and what the article says about whether it was checked." }</p>
                <label>
                    { "Sample article " }
                    <select id="cl-sample" onchange={on_pick}>
                        { for SAMPLES.iter().enumerate().map(|(i, s)| html! {
                            <option value={i.to_string()} selected={i == *sample}>{ s.title }</option>
                        }) }
                    </select>
                </label>
            </header>
            <main class="cl-layout">
                <ArticleView text={text.clone()} analysis={analysis.clone()} />
                <ClaimList text={text} analysis={analysis} />
            </main>
        </div>
    }
}
