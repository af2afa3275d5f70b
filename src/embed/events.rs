//! The DOM events the embed dispatches on the annotated element.
//!
//! Both bubble and are `composed`, so a listener on `document` hears every
//! annotation on the page:
//! - `claimlens:ready` — `detail.analysis` (plain JSON, the `claimlens analyze`
//!   model), after the first annotation and after each re-annotation;
//! - `claimlens:select` — `detail.claimId` and `detail.claim`, when a claim is
//!   selected in the panel, by clicking a highlight or by `handle.select(id)`.

use claimlens_engine::Claim;
use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

/// Dispatches a bubbling, composed `CustomEvent` named `name` on `target`.
pub fn dispatch(target: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// `{ analysis }`.
pub fn ready_detail(analysis: &JsValue) -> JsValue {
    object(&[("analysis", analysis.clone())])
}

/// `{ claimId, claim }`.
pub fn select_detail(claim: &Claim) -> JsValue {
    let claim_js = crate::api::to_js(claim).unwrap_or(JsValue::NULL);
    object(&[
        ("claimId", JsValue::from_str(&claim.id)),
        ("claim", claim_js),
    ])
}

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let obj = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&obj, &JsValue::from_str(key), value);
    }
    obj.into()
}
