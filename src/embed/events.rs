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
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
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

/// A `click` listener on an element, removed when dropped (what
/// `gloo::events::EventListener` did here, without its options object and
/// its copy of the closure plumbing per call site).
pub struct Click {
    target: web_sys::EventTarget,
    callback: Closure<dyn FnMut(web_sys::Event)>,
}

impl Click {
    /// Calls `f` on every click on `target` (or inside it).
    pub fn new(target: &web_sys::EventTarget, f: impl FnMut(web_sys::Event) + 'static) -> Click {
        Click::boxed(target, Box::new(f))
    }

    /// [`Click::new`] out of line: one copy for every listener.
    fn boxed(target: &web_sys::EventTarget, f: Box<dyn FnMut(web_sys::Event)>) -> Click {
        let callback = Closure::wrap(f);
        let _ = target.add_event_listener_with_callback("click", callback.as_ref().unchecked_ref());
        Click {
            target: target.clone(),
            callback,
        }
    }
}

impl Drop for Click {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback("click", self.callback.as_ref().unchecked_ref());
    }
}
