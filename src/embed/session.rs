//! One annotation of one element: read, analyse, highlight, show the panel,
//! follow changes, and undo it all on [`Session::clear`].
//!
//! Shared as `Rc<RefCell<Session>>` between the JS handle, the panel's
//! callbacks, the click listener and the mutation watcher (the last three hold
//! weak references). Events for the page are dispatched only after the borrow
//! ends, so a listener may call back into the handle. A long article continues
//! in [`background`] after its first slice.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use claimlens_engine::{Analysis, AnalyzeOptions, ClaimReview};
use js_sys::{Function, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ScrollIntoViewOptions, ScrollLogicalPosition};

use super::events::{dispatch, ready_detail, select_detail, Click};
use super::options::{EmbedOptions, PanelPosition};
use super::panel::{Panel, PanelProps};
use super::watch::Watcher;
use super::worker::describe;
use super::worker::WORKER_MIN_BYTES;
use crate::dom::{self, Extraction, Highlights, Painting, MARK_TAG};
use crate::marks::{marks, Mark, MarkKind};

mod background;
use background::Pending;

/// A shared session.
pub type Shared = Rc<RefCell<Session>>;

/// Longest slice of highlighting done in one task on the worker path (ms);
/// the page gets the main thread back between slices.
const SLICE_MS: f64 = 12.0;

/// How long a short article's run waits for a frame before it finishes
/// anyway (ms): a hidden tab renders no frames.
const HIDDEN_FINISH_MS: i32 = 100;

/// The state of one annotated element.
pub struct Session {
    target: Element,
    options: EmbedOptions,
    kinds: Vec<MarkKind>,
    reviews: Vec<ClaimReview>,
    text: Rc<str>,
    analysis: Rc<Analysis>,
    analysis_js: JsValue,
    extraction: Option<Extraction>,
    highlights: Option<Highlights>,
    selected: Option<String>,
    panel: Option<Panel>,
    click: Option<Click>,
    watcher: Option<Watcher>,
    /// Analyses long texts in the worker (`None`: always inline).
    analyzer: Option<Function>,
    /// Bumped by every run, so a worker reply for an older text is dropped.
    generation: u32,
    /// A run has started and not yet finished.
    busy: bool,
    /// `resolve` functions of [`Session::when_ready`] promises.
    waiters: Vec<Function>,
    active: bool,
}

impl Session {
    /// Annotates `target`; on error the page is left as it was. Long texts
    /// are analysed by `analyzer` (the worker) and highlighted in slices, so
    /// this may return before the highlights are on the page: see
    /// [`Session::when_ready`].
    pub fn start(
        target: Element,
        options: EmbedOptions,
        analyzer: Option<Function>,
    ) -> Result<Shared, String> {
        let kinds = options.kinds()?;
        let document = target
            .owner_document()
            .ok_or("the element is not in a document")?;
        let mut reviews = options.claim_reviews.clone();
        if options.json_ld {
            reviews.extend(super::page_claim_reviews(&document));
        }
        let shared = Rc::new(RefCell::new(Session {
            target: target.clone(),
            options,
            kinds,
            reviews,
            text: Rc::from(""),
            analysis: Rc::default(),
            analysis_js: JsValue::NULL,
            extraction: None,
            highlights: None,
            selected: None,
            panel: None,
            click: None,
            watcher: None,
            analyzer,
            generation: 0,
            busy: false,
            waiters: Vec::new(),
            active: true,
        }));
        dom::adopt_sheet(&document)
            .map_err(|e| format!("cannot add styles: {}", describe(&e, "no reason given")))?;
        let started = Session::listen(&shared).and_then(|()| Session::run(&shared));
        if let Err(message) = started {
            // Leave the page exactly as it was.
            shared.borrow_mut().clear();
            return Err(message);
        }
        Ok(shared)
    }

    /// Listens for clicks on highlights and (if asked) for page changes.
    fn listen(shared: &Shared) -> Result<(), String> {
        let mut s = shared.borrow_mut();
        s.click = Some(click_listener(&s.target, Rc::downgrade(shared)));
        if s.options.watch {
            let exclude = s.options.exclude().to_string();
            let delay = s.options.debounce;
            let watcher = Watcher::start(&s.target, delay, exclude, Rc::downgrade(shared))
                .map_err(|e| {
                    format!(
                        "cannot watch for changes: {}",
                        describe(&e, "no reason given")
                    )
                })?;
            s.watcher = Some(watcher);
        }
        Ok(())
    }

    /// Reads the target and analyses it. A short article is read, analysed
    /// and highlighted before this returns. A long one (not read within one
    /// slice, or of [`WORKER_MIN_BYTES`] or more) continues in the background
    /// when there is a worker: read in slices, analysed in the worker, taken
    /// back part by part and highlighted in slices, the page getting the main
    /// thread back in between.
    fn run(shared: &Shared) -> Result<(), String> {
        let pending = {
            let Ok(mut s) = shared.try_borrow_mut() else {
                return Ok(());
            };
            if !s.active {
                return Ok(());
            }
            s.generation = s.generation.wrapping_add(1);
            s.busy = true;
            s.with_watcher_paused(|s| {
                s.unpaint();
                // Wrappers copied by the page itself would otherwise be wrapped again.
                dom::unwrap_stray_marks(&s.target);
            });
            let mut reading = dom::Reading::new(&s.target, s.options.exclude()).map_err(|e| e.0)?;
            let deadline = js_sys::Date::now() + SLICE_MS;
            let read = reading.step(|| js_sys::Date::now() >= deadline);
            match s.analyzer.clone() {
                Some(analyzer) if !read || reading.len() >= WORKER_MIN_BYTES => Some(Pending {
                    analyzer,
                    generation: s.generation,
                    changes: s.changes(),
                    reading,
                    read,
                }),
                _ => {
                    reading.step(|| false);
                    s.take_reading(reading);
                    let analysis = s.analyze_here();
                    s.adopt(analysis)?;
                    s.with_watcher_paused(Self::paint);
                    None
                }
            }
        };
        match pending {
            None => {
                Session::finish_after_paint(shared);
                Ok(())
            }
            Some(pending) => {
                wasm_bindgen_futures::spawn_local(Session::in_background(
                    Rc::downgrade(shared),
                    pending,
                ));
                Ok(())
            }
        }
    }

    /// Shows the panel (mounting it the first time), dispatches
    /// `claimlens:ready` and resolves [`Session::when_ready`] promises.
    fn finish(shared: &Shared) -> Result<(), String> {
        let (target, detail, waiters) = {
            let Ok(mut s) = shared.try_borrow_mut() else {
                return Ok(());
            };
            if !s.active {
                return Ok(());
            }
            s.busy = false;
            if s.panel.is_none() && s.options.panel != PanelPosition::None {
                let props = s.panel_props(shared);
                let panel = Panel::mount(&s.target, s.options.panel, s.options.theme, props)
                    .map_err(|e| {
                        format!("cannot show the panel: {}", describe(&e, "no reason given"))
                    })?;
                s.panel = Some(panel);
            } else {
                s.update_panel(shared);
            }
            let detail = ready_detail(&s.analysis_js);
            (s.target.clone(), detail, std::mem::take(&mut s.waiters))
        };
        dispatch(&target, "claimlens:ready", &detail);
        for resolve in waiters {
            let _ = resolve.call0(&JsValue::NULL);
        }
        Ok(())
    }

    /// Calls [`Session::finish`] once the browser has painted the highlights
    /// (the task after the next animation frame), so the highlights — what
    /// the reader came for — reach the screen without waiting for the panel.
    /// A page that never renders a frame (a hidden tab) is finished by a
    /// timer instead. Skipped when a newer run or `clear` came first.
    fn finish_after_paint(shared: &Shared) {
        let generation = shared.borrow().generation;
        let weak = Rc::downgrade(shared);
        let done = Rc::new(std::cell::Cell::new(false));
        let finish = move || {
            if done.replace(true) {
                return;
            }
            if let Some(shared) = weak.upgrade() {
                if shared
                    .try_borrow()
                    .is_ok_and(|s| s.generation == generation)
                {
                    report(Session::finish(&shared));
                }
            }
        };
        let Some(window) = web_sys::window() else {
            return finish();
        };
        let after_frame = {
            let finish = finish.clone();
            let window = window.clone();
            Closure::once_into_js(move || {
                let next_task = Closure::once_into_js(finish);
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                    next_task.unchecked_ref(),
                    0,
                );
            })
        };
        let fallback = Closure::once_into_js(finish.clone());
        let scheduled = window
            .request_animation_frame(after_frame.unchecked_ref())
            .and_then(|_| {
                window.set_timeout_with_callback_and_timeout_and_arguments_0(
                    fallback.unchecked_ref(),
                    HIDDEN_FINISH_MS,
                )
            });
        if scheduled.is_err() {
            finish();
        }
    }

    /// A promise that resolves once the current run has finished (at once
    /// when none is under way, or after `clear`).
    pub fn when_ready(shared: &Shared) -> Promise {
        let mut resolver = None;
        let promise = Promise::new(&mut |resolve, _| resolver = Some(resolve));
        if let Some(resolve) = resolver {
            match shared.try_borrow_mut() {
                Ok(mut s) if s.active && s.busy => s.waiters.push(resolve),
                _ => {
                    let _ = resolve.call0(&JsValue::NULL);
                }
            }
        }
        promise
    }

    /// Takes a finished reading as the current text.
    fn take_reading(&mut self, reading: dom::Reading) {
        let extraction = reading.finish();
        self.text = Rc::from(extraction.text());
        self.extraction = Some(extraction);
        self.selected = None;
    }

    /// Analyses the current text here, on the main thread.
    fn analyze_here(&self) -> Analysis {
        claimlens_engine::analyze_with(
            &self.text,
            &AnalyzeOptions {
                claim_reviews: self.reviews.clone(),
            },
        )
    }

    /// Takes `analysis` as the current one.
    fn adopt(&mut self, analysis: Analysis) -> Result<(), String> {
        self.analysis_js = crate::api::to_js(&analysis).map_err(|_| "cannot serialise")?;
        self.analysis = Rc::new(analysis);
        Ok(())
    }

    /// The marks of the shown kinds.
    fn shown_marks(&self) -> Vec<Mark> {
        marks(&self.analysis)
            .into_iter()
            .filter(|m| self.kinds.contains(&m.kind))
            .collect()
    }

    /// Highlights the shown kinds (after any earlier highlights were cleared).
    fn paint(&mut self) {
        if let Some(extraction) = &self.extraction {
            self.highlights = Some(dom::highlight(extraction, &self.shown_marks(), &[]));
        }
    }

    /// A painting of the shown kinds, to be done in slices.
    fn painting(&self) -> Option<Painting> {
        let extraction = self.extraction.as_ref()?;
        Some(Painting::new(extraction, self.shown_marks(), Vec::new()))
    }

    /// One slice of `painting`, until `deadline` (`Date.now()` ms); true when done.
    fn paint_some(&mut self, painting: &mut Painting, deadline: f64) -> bool {
        let Some(extraction) = &self.extraction else {
            return true;
        };
        let highlights = self.highlights.get_or_insert_with(Highlights::default);
        painting.step(extraction, highlights, || js_sys::Date::now() >= deadline)
    }

    /// Removes the highlights (the DOM is as before).
    fn unpaint(&mut self) {
        if let Some(h) = self.highlights.take() {
            h.clear();
        }
    }

    /// The watcher's change count (0 when not watching).
    fn changes(&self) -> u32 {
        self.watcher.as_ref().map_or(0, Watcher::changes)
    }

    /// Re-reads the target after the page changed it, and re-highlights.
    pub fn refresh(shared: &Shared) -> Result<(), String> {
        Session::run(shared)
    }

    /// Shows only `kinds` (re-highlighting without analysing again).
    pub fn set_kinds(shared: &Shared, kinds: Vec<MarkKind>) {
        let Ok(mut s) = shared.try_borrow_mut() else {
            return;
        };
        if !s.active {
            return;
        }
        s.kinds = kinds;
        if s.busy {
            // The run under way highlights the new kinds when it paints.
            return;
        }
        s.with_watcher_paused(|s| {
            s.unpaint();
            s.paint();
        });
        let selected = s.selected.take();
        if let Some(id) = selected {
            s.mark_selected(&id);
        }
        s.update_panel(shared);
    }

    /// Selects claim `id`: marks and scrolls to its highlights, updates the panel
    /// and dispatches `claimlens:select`. Returns whether the claim exists.
    pub fn select(shared: &Shared, id: &str) -> bool {
        let (target, detail) = {
            let Ok(mut s) = shared.try_borrow_mut() else {
                return false;
            };
            let Some(claim) = s.analysis.claims.iter().find(|c| c.id == id).cloned() else {
                return false;
            };
            if !s.active {
                return false;
            }
            s.mark_selected(id);
            s.update_panel(shared);
            (s.target.clone(), select_detail(&claim))
        };
        dispatch(&target, "claimlens:select", &detail);
        true
    }

    /// Moves `data-cl-selected` to claim `id`'s wrappers and scrolls to them.
    fn mark_selected(&mut self, id: &str) {
        if let Some(h) = &self.highlights {
            if let Some(old) = &self.selected {
                for el in h.for_claim(old) {
                    let _ = el.remove_attribute("data-cl-selected");
                }
            }
            let now = h.for_claim(id);
            for el in &now {
                let _ = el.set_attribute("data-cl-selected", "");
            }
            if let Some(first) = now.first() {
                let options = ScrollIntoViewOptions::new();
                options.set_block(ScrollLogicalPosition::Center);
                first.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
        self.selected = Some(id.to_string());
    }

    /// Undoes everything: highlights, panel, listeners, watcher, styles.
    pub fn clear(&mut self) {
        if !self.active {
            return;
        }
        self.active = false;
        self.busy = false;
        for resolve in std::mem::take(&mut self.waiters) {
            let _ = resolve.call0(&JsValue::NULL);
        }
        if let Some(w) = self.watcher.take() {
            w.stop();
        }
        self.click = None;
        self.unpaint();
        if let Some(panel) = self.panel.take() {
            panel.destroy();
        }
        if let Some(document) = self.target.owner_document() {
            dom::release_sheet(&document);
        }
    }

    /// Runs `f` with the watcher paused, so the session's own DOM changes are
    /// not taken for the page's.
    fn with_watcher_paused<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let watcher = self.watcher.take();
        if let Some(w) = &watcher {
            w.pause();
        }
        let result = f(self);
        if let Some(w) = &watcher {
            w.resume(&self.target);
        }
        self.watcher = watcher;
        result
    }

    fn panel_props(&self, shared: &Shared) -> PanelProps {
        PanelProps::new(
            self.text.clone(),
            self.analysis.clone(),
            Rc::new(self.options.strings.clone()),
            self.kinds.clone(),
            self.selected.clone(),
            Rc::downgrade(shared),
        )
    }

    fn update_panel(&mut self, shared: &Shared) {
        let props = self.panel_props(shared);
        if let Some(panel) = &mut self.panel {
            panel.update(props);
        }
    }

    /// The analysis as a plain JS object.
    pub fn analysis_js(&self) -> JsValue {
        self.analysis_js.clone()
    }

    /// The text that was analysed.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The ClaimReview objects passed to the analysis (page JSON-LD and options).
    pub fn claim_reviews(&self) -> &[ClaimReview] {
        &self.reviews
    }

    /// Whether the annotation is still on the page.
    pub fn is_active(&self) -> bool {
        self.active
    }
}

/// Logs a failed run (there is no caller left to return it to).
fn report(result: Result<(), String>) {
    if let Err(message) = result {
        web_sys::console::error_1(&format!("claimlens: {message}").into());
    }
}

/// Clicking a highlight in the article selects its claim.
fn click_listener(target: &Element, session: Weak<RefCell<Session>>) -> Click {
    Click::new(target, move |event| {
        let Some(el) = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| {
                t.closest(&format!("{MARK_TAG}[data-cl-claim]"))
                    .ok()
                    .flatten()
            })
        else {
            return;
        };
        if let (Some(id), Some(shared)) = (el.get_attribute("data-cl-claim"), session.upgrade()) {
            Session::select(&shared, &id);
        }
    })
}
