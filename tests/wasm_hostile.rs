//! Hostile input through the real wasm API in headless Chromium: what a page's
//! DOM can hand over (lone surrogates, junk code units, megabytes of text) gives
//! a clear result or a clear error. Native runs compile this file to nothing.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("property")
}

fn claims(result: &JsValue) -> Array {
    get(result, "claims").dyn_into().expect("claims array")
}

/// Text as the DOM holds it (UTF-16 units), crossing into Rust the way every
/// wasm-bindgen `&str` argument does.
fn from_dom(units: &[u16]) -> String {
    JsString::from_char_code(units)
        .as_string()
        .expect("a JS string converts")
}

#[wasm_bindgen_test]
fn empty_and_blank_texts_give_empty_analyses() {
    for text in ["", "   ", "\n\n\r\n\t\u{a0}\u{200b}"] {
        let result = claimlens_widget::api::analyze(text, JsValue::NULL).expect("analysis");
        assert_eq!(claims(&result).length(), 0, "{text:?}");
        let len = get(&result, "text_length").as_f64();
        assert_eq!(len, Some(text.chars().count() as f64));
    }
}

#[wasm_bindgen_test]
fn junk_code_units_give_a_result_not_a_trap() {
    let mut state = 0x9E37_79B9u32;
    let units: Vec<u16> = (0..40_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state as u16
        })
        .collect();
    let text = from_dom(&units);
    let result = claimlens_widget::api::analyze(&text, JsValue::UNDEFINED).expect("analysis");
    let len = get(&result, "text_length").as_f64();
    assert_eq!(len, Some(text.chars().count() as f64));
}

#[wasm_bindgen_test]
fn markup_in_claim_reviews_stays_a_string() {
    let options = js_sys::JSON::parse(
        r#"{"claimReviews": [{"claimReviewed": "<img src=x onerror=alert(1)>", "author": "<script>alert(2)</script>"}]}"#,
    )
    .unwrap();
    let text = "“<img src=x onerror=alert(1)>,” said Irene Dalby.";
    let result = claimlens_widget::api::analyze(text, options).expect("analysis");
    let json = js_sys::JSON::stringify(&result)
        .unwrap()
        .as_string()
        .unwrap();
    assert!(json.starts_with('{'));
    let bad = js_sys::JSON::parse(r#"{"claimReviews": [{"claimReviewed": 7}]}"#).unwrap();
    assert!(
        claimlens_widget::api::analyze(text, bad).is_err(),
        "a clear error for a bad review"
    );
}
