//! The extension's wasm side in a real browser: `analyzeForDom` (marks in
//! UTF-16 units for the JS content script) and the panel component.
#![cfg(target_arch = "wasm32")]

use claimlens_widget::extension::ExtensionPanel;
use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("property")
}

#[wasm_bindgen_test]
fn marks_count_utf16_units_and_cover_the_quote() {
    // The emoji is one code point but two UTF-16 units.
    let text = "😀 “We are ready,” said Ana Ruiz.";
    let result = claimlens_widget::extension::frame_api::analyze_for_dom(text, JsValue::NULL)
        .expect("analysis");
    let marks: Array = get(&result, "marks").dyn_into().expect("marks array");
    let content = marks
        .iter()
        .find(|m| get(m, "kind").as_string().as_deref() == Some("content"))
        .expect("a content mark");
    let start = get(&content, "start").as_f64().unwrap() as u32;
    let end = get(&content, "end").as_f64().unwrap() as u32;
    assert_eq!(start, 3, "after the surrogate pair and the space");
    let js_text = js_sys::JsString::from(text);
    assert_eq!(
        String::from(js_text.substring(start, end)),
        "“We are ready,”"
    );
    assert_eq!(
        get(&content, "state").as_string().as_deref(),
        Some("reported")
    );
    assert_eq!(get(&content, "claim").as_string().as_deref(), Some("c1"));
    // The analysis beside it keeps code points, as `analyze` does.
    let claims: Array = get(&get(&result, "analysis"), "claims").dyn_into().unwrap();
    let spans: Array = get(&get(&claims.get(0), "content"), "spans")
        .dyn_into()
        .unwrap();
    assert_eq!(get(&spans.get(0), "start").as_f64(), Some(2.0));
}

#[wasm_bindgen_test]
async fn panel_lists_claims_and_reports_picks() {
    let text = "“We are ready,” said Ana Ruiz. “It will hold,” the mayor told reporters.";
    let result =
        claimlens_widget::extension::frame_api::analyze_for_dom(text, JsValue::NULL).unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    // The callbacks record what the panel reports on `window.picked`.
    let on_select = Function::new_with_args("id", "window.picked = id;");
    let on_close = Function::new_no_args("window.picked = 'closed';");
    let mut panel = ExtensionPanel::mount(
        root.clone(),
        text.into(),
        get(&result, "analysis"),
        on_select,
        on_close,
    )
    .expect("mounted");
    gloo::timers::future::TimeoutFuture::new(50).await;
    let items = root.query_selector_all(".cl-claim-item").unwrap();
    assert_eq!(items.length(), 2);
    let second: web_sys::HtmlElement = items.get(1).unwrap().dyn_into().unwrap();
    second.click();
    let window: JsValue = web_sys::window().unwrap().into();
    assert_eq!(get(&window, "picked").as_string().as_deref(), Some("c2"));
    panel.select(Some("c2".into()));
    gloo::timers::future::TimeoutFuture::new(50).await;
    let pressed = root
        .query_selector(".cl-claim-item[aria-pressed=\"true\"]")
        .unwrap()
        .expect("a selected claim");
    assert_eq!(
        pressed.get_attribute("data-cl-claim").as_deref(),
        Some("c2")
    );
    let close: web_sys::HtmlElement = root
        .query_selector(".cl-panel-close")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    close.click();
    assert_eq!(
        get(&window, "picked").as_string().as_deref(),
        Some("closed")
    );
}
