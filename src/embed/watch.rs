//! Following a dynamic page: when the annotated element's content changes, the
//! session re-annotates after a quiet period (debounced).
//!
//! The watcher is paused while the session changes the DOM itself, so its own
//! wrapping never triggers a re-annotation. Changes inside elements the
//! extraction skips (a rotating ad slot, say) are ignored.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use js_sys::{Array, Function};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, MutationObserver, MutationObserverInit, MutationRecord, Node};

use super::session::Session;

/// A mutation observer with a debounce timer.
pub struct Watcher {
    observer: MutationObserver,
    /// The pending re-annotation's `setTimeout` handle.
    timer: Rc<Cell<Option<i32>>>,
    /// Relevant change batches seen so far (the session compares counts to
    /// know whether the page changed while the worker analysed).
    changes: Rc<Cell<u32>>,
    // Kept alive as long as the observer may call it.
    _callback: Closure<dyn FnMut(Array, MutationObserver)>,
    /// What the debounce timer calls (one closure for every change).
    _refresh: Closure<dyn FnMut()>,
}

impl Watcher {
    /// Watches `target`'s subtree (ignoring parts matching `exclude`); `delay` ms after the last change, refreshes
    /// the session (if it still exists).
    pub fn start(
        target: &Element,
        delay: u32,
        exclude: String,
        session: Weak<RefCell<Session>>,
    ) -> Result<Self, JsValue> {
        let timer: Rc<Cell<Option<i32>>> = Rc::default();
        let pending = timer.clone();
        let refresh = Closure::<dyn FnMut()>::new(move || {
            if let Some(shared) = session.upgrade() {
                if let Err(message) = Session::refresh(&shared) {
                    web_sys::console::error_1(&format!("claimlens: {message}").into());
                }
            }
        });
        let refresh_fn: Function = refresh.as_ref().unchecked_ref::<Function>().clone();
        let changes: Rc<Cell<u32>> = Rc::default();
        let counter = changes.clone();
        let root = target.clone();
        let callback =
            Closure::<dyn FnMut(Array, MutationObserver)>::new(move |records: Array, _| {
                let relevant = records
                    .iter()
                    .filter_map(|r| r.dyn_into::<MutationRecord>().ok())
                    .any(|r| concerns_article(&r, &root, &exclude));
                if !relevant {
                    return;
                }
                counter.set(counter.get().wrapping_add(1));
                // A new timeout replaces (cancels) the previous one.
                if let Some(window) = web_sys::window() {
                    if let Some(old) = pending.take() {
                        window.clear_timeout_with_handle(old);
                    }
                    pending.set(
                        window
                            .set_timeout_with_callback_and_timeout_and_arguments_0(
                                &refresh_fn,
                                delay as i32,
                            )
                            .ok(),
                    );
                }
            });
        let observer = MutationObserver::new(callback.as_ref().unchecked_ref())?;
        let watcher = Watcher {
            observer,
            timer,
            changes,
            _callback: callback,
            _refresh: refresh,
        };
        watcher.resume(target);
        Ok(watcher)
    }

    /// How many relevant change batches the page has made so far.
    pub fn changes(&self) -> u32 {
        self.changes.get()
    }

    /// Stops observing (changes made meanwhile are not reported).
    pub fn pause(&self) {
        self.observer.disconnect();
    }

    /// Observes `target` again.
    pub fn resume(&self, target: &Element) {
        let init = MutationObserverInit::new();
        init.set_child_list(true);
        init.set_character_data(true);
        init.set_subtree(true);
        let _ = self.observer.observe_with_options(target, &init);
    }

    /// Stops observing and cancels a pending re-annotation.
    pub fn stop(self) {
        self.observer.disconnect();
        // (Dropping cancels the timer.)
    }
}

impl Drop for Watcher {
    /// Cancels a pending re-annotation, whose closure goes with the watcher.
    fn drop(&mut self) {
        if let (Some(handle), Some(window)) = (self.timer.take(), web_sys::window()) {
            window.clear_timeout_with_handle(handle);
        }
    }
}

/// Whether a change can alter the article text (not inside a skipped part).
fn concerns_article(record: &MutationRecord, root: &Element, exclude: &str) -> bool {
    let Some(node) = record.target() else {
        return false;
    };
    let element = match node.dyn_ref::<Element>() {
        Some(el) => Some(el.clone()),
        None => node.parent_element(),
    };
    let Some(element) = element else {
        return true;
    };
    // Inside an excluded element below the root: invisible to the extraction.
    if !exclude.is_empty() {
        if let Ok(Some(skipped)) = element.closest(exclude) {
            let below_root = root.contains(Some(skipped.unchecked_ref::<Node>()))
                && !skipped.is_same_node(Some(root.unchecked_ref::<Node>()));
            if below_root {
                return false;
            }
        }
    }
    true
}
