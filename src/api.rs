//! Functions exported to JavaScript (the embed, the extension and the demo page
//! call these through the wasm-bindgen glue).

use claimlens_engine::{AnalyzeOptions, ClaimReview};
use serde::Deserialize;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Options accepted by [`analyze`] from JavaScript.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct JsAnalyzeOptions {
    /// ClaimReview objects found on the page.
    claim_reviews: Vec<ClaimReview>,
}

/// Analyses `text` and returns the analysis as a plain JSON-compatible object
/// (the same model as `claimlens analyze`; spans in code points).
///
/// `options` may be `undefined`, `null` or `{ claimReviews: [...] }`.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: JsAnalyzeOptions = if options.is_undefined() || options.is_null() {
        JsAnalyzeOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("claimlens: invalid options: {e}")))?
    };
    let analysis = claimlens_engine::analyze_with(
        text,
        &AnalyzeOptions {
            claim_reviews: options.claim_reviews,
        },
    );
    to_js(&analysis)
}

/// Serialises a value as plain objects and arrays (maps become objects).
pub fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("claimlens: cannot serialise: {e}")))
}

/// The widget version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Mounts the demo page's interface into `root`.
#[wasm_bindgen(js_name = startDemo)]
pub fn start_demo(root: web_sys::Element) {
    yew::Renderer::<crate::demo::App>::with_root(root).render();
}
