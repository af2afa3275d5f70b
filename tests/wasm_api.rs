//! The wasm API and the demo component in a real browser (headless Chromium via
//! wasm-bindgen-test-runner). Native runs compile this file to nothing.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("property")
}

#[wasm_bindgen_test]
fn analyze_returns_plain_objects_with_code_point_spans() {
    // The emoji is one code point but two UTF-16 units: spans count code points.
    let text = "😀 “We are ready,” said Ana Ruiz.";
    let result = claimlens_widget::api::analyze(text, JsValue::UNDEFINED).expect("analysis");
    let claims: Array = get(&result, "claims").dyn_into().expect("claims array");
    assert_eq!(claims.length(), 1);
    let claim = claims.get(0);
    let content: Array = get(&get(&claim, "content"), "spans").dyn_into().unwrap();
    let span = content.get(0);
    assert_eq!(get(&span, "start").as_f64(), Some(2.0));
    let source = get(&claim, "source");
    assert_eq!(
        get(&source, "entity").as_string().as_deref(),
        Some("Ana Ruiz")
    );
    // Maps are serialised as plain objects, not JS Map.
    let states = get(&get(&result, "summary"), "states");
    assert_eq!(get(&states, "reported").as_f64(), Some(1.0));
}

#[wasm_bindgen_test]
fn analyze_rejects_malformed_options_with_an_error() {
    let options = js_sys::JSON::parse(r#"{"claimReviews": 5}"#).unwrap();
    let error = claimlens_widget::api::analyze("text", options).err();
    assert!(error.is_some());
}

#[wasm_bindgen_test]
async fn demo_renders_highlights_into_the_dom() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    claimlens_widget::api::start_demo(root.clone());
    // Yew renders on the next tick.
    gloo::timers::future::TimeoutFuture::new(50).await;
    let contents = root
        .query_selector_all("mark[data-cl-kind=\"content\"]")
        .unwrap();
    assert!(contents.length() >= 5, "found {}", contents.length());
    let first = contents
        .get(0)
        .unwrap()
        .dyn_into::<web_sys::Element>()
        .unwrap();
    assert!(first.get_attribute("data-cl-claim").is_some());
    assert!(first.get_attribute("data-cl-state").is_some());
}
