//! The long-article path of a session, after its first slice: read on in
//! slices, analyse in the worker, take the reply back part by part and
//! highlight in slices, giving the page the main thread in between. Any step
//! may find the run outdated (a newer run, `clear()`) and stop.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use js_sys::{Function, Promise};
use wasm_bindgen::{JsCast, JsValue};

use super::{report, Session, Shared, SLICE_MS};
use crate::dom::{self, Painting};
use crate::embed::worker::{analyze_in_worker, WORKER_MIN_BYTES};
use crate::marks::MarkKind;
use crate::parts::Assembly;

/// A long-article run after its first slice.
pub(super) struct Pending {
    pub(super) analyzer: Function,
    pub(super) generation: u32,
    /// The watcher's change count when the run began.
    pub(super) changes: u32,
    pub(super) reading: dom::Reading,
    /// The reading is complete.
    pub(super) read: bool,
}

impl Session {
    /// The long-article path after its first slice (see [`Session::run`]).
    pub(super) async fn in_background(session: Weak<RefCell<Session>>, pending: Pending) {
        let Pending {
            analyzer,
            generation,
            changes,
            mut reading,
            mut read,
        } = pending;
        // Whether the run is still the session's latest; the borrow ends at once.
        let current = |session: &Weak<RefCell<Session>>| -> Option<Shared> {
            let shared = session.upgrade()?;
            let ok = shared
                .try_borrow()
                .is_ok_and(|s| s.active && s.generation == generation);
            ok.then_some(shared)
        };
        while !read {
            yield_now().await;
            if current(&session).is_none() {
                return;
            }
            let deadline = js_sys::Date::now() + SLICE_MS;
            read = reading.step(|| js_sys::Date::now() >= deadline);
        }
        let (text, reviews) = {
            let Some(shared) = current(&session) else {
                return;
            };
            let mut s = shared.borrow_mut();
            s.take_reading(reading);
            (s.text.clone(), s.reviews.clone())
        };
        let (analysis, plain) = if text.len() < WORKER_MIN_BYTES {
            // Much markup, little text: not worth the worker.
            let Some(shared) = current(&session) else {
                return;
            };
            let analysis = shared.borrow().analyze_here();
            let plain = crate::api::to_js(&analysis).unwrap_or(JsValue::NULL);
            (analysis, plain)
        } else {
            let parts = match analyze_in_worker(&analyzer, &text, &reviews).await {
                Ok(parts) => parts,
                Err(message) => {
                    Session::fall_back(current(&session), &message);
                    return;
                }
            };
            let mut assembly = Assembly::default();
            let mut deadline = js_sys::Date::now() + SLICE_MS;
            for part in parts.iter() {
                if js_sys::Date::now() >= deadline {
                    yield_now().await;
                    if current(&session).is_none() {
                        return;
                    }
                    deadline = js_sys::Date::now() + SLICE_MS;
                }
                let added = part
                    .dyn_into::<js_sys::Uint8Array>()
                    .ok()
                    .and_then(|bytes| String::from_utf8(bytes.to_vec()).ok())
                    .ok_or_else(|| "a part is not UTF-8 bytes".to_string())
                    .and_then(|part| assembly.add(&part));
                if let Err(message) = added {
                    Session::fall_back(current(&session), &format!("its reply: {message}"));
                    return;
                }
            }
            match assembly.finish() {
                Ok(reply) => reply,
                Err(message) => {
                    Session::fall_back(current(&session), &format!("its reply: {message}"));
                    return;
                }
            }
        };
        {
            let Some(shared) = current(&session) else {
                return;
            };
            let mut s = shared.borrow_mut();
            if s.changes() != changes {
                // The page changed the text meanwhile: the watcher's refresh follows.
                return;
            }
            s.analysis_js = plain;
            s.analysis = Rc::new(analysis);
        }
        yield_now().await;
        let mut painting: Option<(Vec<MarkKind>, Painting)> = None;
        loop {
            let Some(shared) = current(&session) else {
                return;
            };
            let done = {
                let mut s = shared.borrow_mut();
                // (Re)start when the shown kinds changed meanwhile; the marks
                // of a long article take a task of their own.
                if painting.as_ref().is_none_or(|(kinds, _)| *kinds != s.kinds) {
                    s.with_watcher_paused(Self::unpaint);
                    painting = s.painting().map(|p| (s.kinds.clone(), p));
                    painting.is_none()
                } else if let Some((_, p)) = painting.as_mut() {
                    let deadline = js_sys::Date::now() + SLICE_MS;
                    s.with_watcher_paused(|s| s.paint_some(p, deadline))
                } else {
                    true
                }
            };
            if done {
                break;
            }
            yield_now().await;
        }
        if let Some(shared) = current(&session) {
            report(Session::finish(&shared));
        }
    }

    /// The worker failed: analyse on the page from now on, starting again.
    fn fall_back(shared: Option<Shared>, message: &str) {
        let Some(shared) = shared else {
            return;
        };
        web_sys::console::warn_1(
            &format!(
                "claimlens: the analysis worker failed ({message}); analysing on the page instead"
            )
            .into(),
        );
        shared.borrow_mut().analyzer = None;
        report(Session::run(&shared));
    }
}

/// Gives the page the main thread until its next task: `scheduler.yield()`
/// where the browser has it (it resumes ahead of other queued work), else a
/// zero timeout (clamped to 4 ms once nested, so slower over many slices).
async fn yield_now() {
    let global = js_sys::global();
    let scheduled = js_sys::Reflect::get(&global, &JsValue::from_str("scheduler"))
        .ok()
        .filter(|s| s.is_object())
        .and_then(|scheduler| {
            let f = js_sys::Reflect::get(&scheduler, &JsValue::from_str("yield")).ok()?;
            let f: Function = f.dyn_into().ok()?;
            f.call0(&scheduler).ok()?.dyn_into::<Promise>().ok()
        });
    // The zero timeout as a promise too: one awaiting path (`JsFuture`), and
    // no channel-based timer future in the wasm.
    let promise = scheduled.unwrap_or_else(|| {
        Promise::new(&mut |resolve, _| {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
            } else {
                let _ = resolve.call0(&JsValue::NULL);
            }
        })
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
