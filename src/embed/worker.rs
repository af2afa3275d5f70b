//! The embed's bridge to its analysis worker (`www/embed/worker.js`).
//!
//! Long articles are analysed off the main thread so the page stays
//! responsive: the ES module hands the session an *analyzer*, a JS function
//! `(text, claimReviewsJson) => Promise<analysisJson>` that posts the text to a
//! module Worker running the same wasm. Short articles are analysed inline: a
//! worker round trip (and its second wasm instance) would only delay the first
//! highlights.

use claimlens_engine::{Analysis, ClaimReview};
use js_sys::{Function, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Texts at least this long (UTF-8 bytes, about 2,000 words) go to the worker
/// when there is one. Below it, inline analysis takes a few milliseconds once
/// the wasm is warm, less than a worker round trip.
pub const WORKER_MIN_BYTES: usize = 12_000;

/// Analyses `text` with `analyzer` and parses its reply into the engine's
/// model and the plain JS object the page sees (by the browser's own
/// `JSON.parse`, several times faster than building it from Rust); an error
/// message when the worker failed or replied with something that is not an
/// analysis.
pub async fn analyze_in_worker(
    analyzer: &Function,
    text: &str,
    reviews: &[ClaimReview],
) -> Result<(Analysis, JsValue), String> {
    let reviews = serde_json::to_string(reviews).map_err(|e| e.to_string())?;
    let reply = analyzer
        .call2(
            &JsValue::NULL,
            &JsValue::from_str(text),
            &JsValue::from_str(&reviews),
        )
        .map_err(describe)?;
    let promise: Promise = reply
        .dyn_into()
        .map_err(|_| "the analyzer did not return a promise".to_string())?;
    let json = JsFuture::from(promise).await.map_err(describe)?;
    let json = json
        .as_string()
        .ok_or_else(|| "the worker's reply is not a string".to_string())?;
    let analysis = serde_json::from_str(&json)
        .map_err(|e| format!("the worker's reply is not an analysis: {e}"))?;
    let plain = js_sys::JSON::parse(&json).map_err(describe)?;
    Ok((analysis, plain))
}

/// A readable message for a JS error value.
fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the analysis worker failed".to_string())
}
