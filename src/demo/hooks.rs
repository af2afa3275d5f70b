//! Custom hooks of the demo page: keyboard shortcuts, the URL fragment, and
//! keeping DOM focus on the focused claim.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ui::keys::action_for;
use crate::ui::Action;

/// Listens for shortcut keys on the document while mounted. Keys typed into a
/// form field, or with a modifier, are left alone.
#[hook]
pub fn use_shortcuts(enabled: bool, dispatch: Callback<Action>) {
    use_effect_with(enabled, move |&enabled| {
        let document = gloo::utils::document();
        // Not passive: a handled shortcut must stop the page from scrolling.
        let options = EventListenerOptions::enable_prevent_default();
        let listener =
            EventListener::new_with_options(&document, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if event.ctrl_key() || event.meta_key() || event.alt_key() || in_form_field(event) {
                    return;
                }
                if let Some(action) = action_for(&event.key(), enabled) {
                    event.prevent_default();
                    dispatch.emit(action);
                }
            });
        move || drop(listener)
    });
}

/// Whether the key belongs to the element it was typed into: any key in a
/// text field or list, Enter or Space on a button, link or disclosure.
fn in_form_field(event: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    let activates = matches!(event.key().as_str(), "Enter" | " ");
    matches!(tag.as_str(), "input" | "textarea" | "select")
        || (activates && matches!(tag.as_str(), "button" | "a" | "summary"))
        || el.closest("[contenteditable]").ok().flatten().is_some()
}

/// Calls `on_change` with `location.hash` whenever it changes.
#[hook]
pub fn use_hash_change(on_change: Callback<String>) {
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        let listener = EventListener::new(&window, "hashchange", move |_| {
            on_change.emit(current_hash());
        });
        move || drop(listener)
    });
}

/// The page's `location.hash` (empty when unavailable).
pub fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Moves DOM focus to the focused claim's start mark when the focus changes
/// (keyboard move, summary jump), unless it is already there.
#[hook]
pub fn use_focus_sync(focused: Option<String>) {
    use_effect_with(focused, |focused| {
        if let Some(id) = focused {
            let selector = format!("mark[data-cl-focus][data-cl-claim=\"{id}\"]");
            let document = gloo::utils::document();
            if let Ok(Some(el)) = document.query_selector(&selector) {
                let active = document.active_element();
                if active.as_ref() != Some(&el) {
                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                }
            }
        }
    });
}
