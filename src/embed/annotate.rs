//! The wasm-bindgen exports the embed's ES module calls.

use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::options::EmbedOptions;
use super::session::{Session, Shared};

/// Annotates `target` in place and returns its handle.
///
/// `options` may be `undefined`, `null` or an object (see
/// [`EmbedOptions`]; camelCase keys). Bad options or an invalid exclude
/// selector are errors, and the page is left untouched.
///
/// `analyzer` (optional): `(text, claimReviewsJson) => Promise<analysisJson>`,
/// which the ES module backs with its worker. Long texts then leave the main
/// thread, and the highlights arrive in slices: await
/// [`Annotation::when_ready`] before reading the result. Without it everything
/// is done before this returns.
#[wasm_bindgen(js_name = annotateElement)]
pub fn annotate_element(
    target: Element,
    options: JsValue,
    analyzer: Option<Function>,
) -> Result<Annotation, JsError> {
    let options: EmbedOptions = if options.is_undefined() || options.is_null() {
        EmbedOptions::default()
    } else {
        crate::api::json_from_js(&options)
            .and_then(|v| EmbedOptions::from_json(&v))
            .map_err(|e| JsError::new(&format!("claimlens: invalid options: {e}")))?
    };
    let session = Session::start(target, options, analyzer)
        .map_err(|e| JsError::new(&format!("claimlens: {e}")))?;
    Ok(Annotation { session })
}

/// The handle of one annotation.
#[wasm_bindgen]
pub struct Annotation {
    session: Shared,
}

#[wasm_bindgen]
impl Annotation {
    /// Resolves once the highlights and the panel are on the page (at once
    /// when they already are, or after `clear`).
    #[wasm_bindgen(js_name = whenReady)]
    pub fn when_ready(&self) -> Promise {
        Session::when_ready(&self.session)
    }

    /// The analysis (plain JSON: the `claimlens analyze` model, spans in code
    /// points of [`Annotation::text`]).
    #[wasm_bindgen(getter)]
    pub fn analysis(&self) -> JsValue {
        self.session.borrow().analysis_js()
    }

    /// The text read from the element and analysed.
    #[wasm_bindgen(getter)]
    pub fn text(&self) -> String {
        self.session.borrow().text().to_string()
    }

    /// The schema.org ClaimReview objects given to the analysis (read from the
    /// page's JSON-LD, plus any passed in `options.claimReviews`).
    #[wasm_bindgen(getter, js_name = claimReviews)]
    pub fn claim_reviews(&self) -> JsValue {
        crate::api::to_js(&self.session.borrow().claim_reviews()).unwrap_or(JsValue::NULL)
    }

    /// Whether the annotation is still on the page (false after `clear`).
    #[wasm_bindgen(getter)]
    pub fn active(&self) -> bool {
        self.session.borrow().is_active()
    }

    /// Selects claim `id` (as a click on its card would); false if unknown.
    pub fn select(&self, id: &str) -> bool {
        Session::select(&self.session, id)
    }

    /// Reads, analyses and highlights the element again now.
    pub fn refresh(&self) -> Result<(), JsError> {
        Session::refresh(&self.session).map_err(|e| JsError::new(&format!("claimlens: {e}")))
    }

    /// Shows only the given highlight kinds (array of names).
    #[wasm_bindgen(js_name = setKinds)]
    pub fn set_kinds(&self, kinds: Vec<String>) -> Result<(), JsError> {
        let options = EmbedOptions {
            kinds: Some(kinds),
            ..EmbedOptions::default()
        };
        let kinds = options
            .kinds()
            .map_err(|e| JsError::new(&format!("claimlens: {e}")))?;
        Session::set_kinds(&self.session, kinds);
        Ok(())
    }

    /// Removes every highlight, the panel and the listeners: the element's
    /// `innerHTML` is exactly as before.
    pub fn clear(&self) {
        if let Ok(mut session) = self.session.try_borrow_mut() {
            session.clear();
        }
    }
}
