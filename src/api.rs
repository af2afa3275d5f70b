//! Functions exported to JavaScript (the embed, the extension and the demo page
//! call these through the wasm-bindgen glue).

use claimlens_engine::{Analysis, AnalyzeOptions, ClaimReview};
#[cfg(feature = "extension")]
use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::prelude::*;

use crate::json_out::{self, ToJson};

/// Analyses `text` and returns the analysis as a plain JSON-compatible object
/// (the same model as `claimlens analyze`; spans in code points).
///
/// `options` may be `undefined`, `null` or `{ claimReviews: [...], jsonLd: [...] }`
/// (`jsonLd`: the texts of the page's `application/ld+json` scripts).
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    to_js(&run(text, options)?)
}

/// [`analyze`] returning the analysis in parts ([`crate::parts`]): what the
/// embed's worker (`www/embed/worker.js`) sends back to the page, which parses
/// a few parts per task instead of one large object at once.
#[wasm_bindgen(js_name = analyzeParts)]
pub fn analyze_parts(text: &str, options: JsValue) -> Result<Vec<String>, JsError> {
    Ok(crate::parts::split(&run(text, options)?))
}

/// Parses the JavaScript options (`{ claimReviews: [...], jsonLd: [...] }`,
/// both optional; `jsonLd`: the page's raw JSON-LD blocks, whose ClaimReviews
/// the engine's parser adds) and runs the engine.
pub(crate) fn run(text: &str, options: JsValue) -> Result<Analysis, JsError> {
    let invalid = |e: String| JsError::new(&format!("claimlens: invalid options: {e}"));
    let mut claim_reviews: Vec<ClaimReview> = Vec::new();
    if !options.is_undefined() && !options.is_null() {
        let value = json_from_js(&options).map_err(invalid)?;
        let o = crate::json::object(&value, "the options").map_err(invalid)?;
        if let Some(reviews) = o.get("claimReviews") {
            claim_reviews = crate::json::list(reviews, crate::json::claim_review)
                .map_err(|e| invalid(format!("`claimReviews`: {e}")))?;
        }
        if o.get("jsonLd").is_some() {
            for block in crate::json::strings(o, "jsonLd").map_err(invalid)? {
                claim_reviews.extend(claimlens_engine::claimreview::claim_reviews_from_json_ld(
                    &block,
                ));
            }
        }
    }
    Ok(claimlens_engine::analyze_with(
        text,
        &AnalyzeOptions { claim_reviews },
    ))
}

/// Serialises a model value as plain objects and arrays (maps become objects).
///
/// Through a JSON string and the browser's own `JSON.parse`: faster than
/// building the objects from Rust one call at a time. The JSON is written by
/// [`crate::json_out`] (serde_json's text without its serializer in the wasm).
pub fn to_js<T: ToJson + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(&json_out::to_string(value)).map_err(|_| cannot_serialise())
}

/// [`to_js`] for values with only a serde `Serialize` impl (the extension's
/// own structs; the embed has none, so serde_json's serializer stays out of it).
#[cfg(feature = "extension")]
pub fn serde_to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value).map_err(|_| cannot_serialise())?;
    js_sys::JSON::parse(&json).map_err(|_| cannot_serialise())
}

/// The error when the analysis cannot be serialised (which only a bug
/// causes). Without serde_json's message: formatting its errors would bring
/// their text, and std's I/O error texts, into the wasm.
fn cannot_serialise() -> JsError {
    JsError::new("claimlens: cannot serialise")
}

/// Reads a plain JS value (through `JSON.stringify`, so functions and
/// `undefined` fields are dropped); the message says what is wrong.
#[cfg(feature = "extension")]
pub fn from_js<T: DeserializeOwned>(value: &JsValue) -> Result<T, String> {
    serde_json::from_str(&stringify(value)?).map_err(|e| e.to_string())
}

/// A plain JS value as a [`claimlens_engine::json::Value`], read by hand
/// ([`crate::json`]): what the embed uses, so that serde_json stays out of
/// its wasm. (`JSON.stringify` output only fails to parse when nested past
/// the reader's depth limit.)
pub fn json_from_js(value: &JsValue) -> Result<claimlens_engine::json::Value, String> {
    claimlens_engine::json::parse(&stringify(value)?).map_err(|_| "nested too deeply".to_string())
}

/// `JSON.stringify(value)`.
fn stringify(value: &JsValue) -> Result<String, String> {
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| "not plain JSON data".to_string())
}

/// Initialises the engine (tagger weights, lexicons) without analysing an
/// article: the embed calls it while the page is still loading, so the first
/// annotation doesn't pay for it.
#[wasm_bindgen]
pub fn prepare() {
    claimlens_engine::prepare();
}

/// The widget version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

#[cfg(feature = "demo")]
/// Mounts the demo page's interface into `root`.
#[wasm_bindgen(js_name = startDemo)]
pub fn start_demo(root: web_sys::Element) {
    yew::Renderer::<crate::demo::App>::with_root(root).render();
}
