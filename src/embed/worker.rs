//! The embed's bridge to its analysis worker (`www/embed/worker.js`).
//!
//! Long articles are analysed off the main thread so the page stays
//! responsive: the ES module hands the session an *analyzer*, a JS function
//! `(textUtf8, claimReviewsJson) => Promise<Uint8Array[]>` (the analysis in
//! UTF-8 JSON parts, [`crate::parts`]) that posts the text to a
//! module Worker running the same wasm. Short articles are analysed inline: a
//! worker round trip (and its second wasm instance) would only delay the first
//! highlights.

use claimlens_engine::ClaimReview;
use js_sys::{Function, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Texts at least this long (UTF-8 bytes, about 2,000 words) go to the worker
/// when there is one. Below it, inline analysis takes a few milliseconds once
/// the wasm is warm, less than a worker round trip.
pub const WORKER_MIN_BYTES: usize = 12_000;

/// Analyses `text` with `analyzer`; its reply is the analysis in parts
/// ([`crate::parts`]), which the session parses a few at a time. An error
/// message when the worker failed or replied with something else.
pub async fn analyze_in_worker(
    analyzer: &Function,
    text: &str,
    reviews: &[ClaimReview],
) -> Result<js_sys::Array, String> {
    let reviews = crate::json_out::to_string(reviews);
    // UTF-8 bytes in a buffer of their own, transferred to the worker: no
    // UTF-16 string of the whole article on the main thread.
    let bytes = js_sys::Uint8Array::from(text.as_bytes());
    let reply = analyzer
        .call2(&JsValue::NULL, &bytes, &JsValue::from_str(&reviews))
        .map_err(|e| describe(&e, FAILED))?;
    let promise: Promise = reply
        .dyn_into()
        .map_err(|_| "the analyzer did not return a promise".to_string())?;
    let parts = JsFuture::from(promise)
        .await
        .map_err(|e| describe(&e, FAILED))?;
    // Each part becomes a Rust string only when it is parsed: converting 14 MB
    // of them at once was a long task of its own.
    parts
        .dyn_into()
        .map_err(|_| "the worker's reply is not a list of parts".to_string())
}

/// The message when the worker gives no reason.
const FAILED: &str = "the analysis worker failed";

/// A readable message for a JS error value: its `message`, or the value
/// itself when it is a string, else `fallback`. (Not `{:?}`: JsValue's Debug
/// text brings the Unicode tables of string escaping into the wasm.)
pub(crate) fn describe(error: &JsValue, fallback: &str) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| fallback.to_string())
}
