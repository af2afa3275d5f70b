//! One annotation of one element: read, analyse, highlight, show the panel,
//! follow changes, and undo it all on [`Session::clear`].
//!
//! Shared as `Rc<RefCell<Session>>` between the JS handle, the panel's
//! callbacks, the click listener and the mutation watcher (the last three hold
//! weak references). Events for the page are dispatched only after the borrow
//! ends, so a listener may call back into the handle.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use claimlens_engine::{Analysis, AnalyzeOptions, ClaimReview};
use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ScrollIntoViewOptions, ScrollLogicalPosition};

use super::events::{dispatch, ready_detail, select_detail};
use super::options::{EmbedOptions, PanelPosition};
use super::panel::{Panel, PanelProps};
use super::watch::Watcher;
use crate::dom::{self, Extraction, Highlights, MARK_TAG};
use crate::marks::{marks, MarkKind};

/// A shared session.
pub type Shared = Rc<RefCell<Session>>;

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
    click: Option<EventListener>,
    watcher: Option<Watcher>,
    active: bool,
}

impl Session {
    /// Annotates `target`; on error the page is left as it was.
    pub fn start(target: Element, options: EmbedOptions) -> Result<Shared, String> {
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
            active: true,
        }));
        dom::adopt_sheet(&document).map_err(|e| format!("cannot add styles: {e:?}"))?;
        let started = shared.borrow_mut().begin(&shared);
        if let Err(message) = started {
            // Leave the page exactly as it was.
            shared.borrow_mut().clear();
            return Err(message);
        }
        let detail = ready_detail(&shared.borrow().analysis_js);
        dispatch(&target, "claimlens:ready", &detail);
        Ok(shared)
    }

    /// Highlights, mounts the panel, listens for clicks and changes.
    fn begin(&mut self, shared: &Shared) -> Result<(), String> {
        self.annotate()?;
        if self.options.panel != PanelPosition::None {
            let props = self.panel_props(shared);
            let panel = Panel::mount(&self.target, self.options.panel, self.options.theme, props)
                .map_err(|e| format!("cannot show the panel: {e:?}"))?;
            self.panel = Some(panel);
        }
        self.click = Some(click_listener(&self.target, Rc::downgrade(shared)));
        if self.options.watch {
            let exclude = self.options.exclude().to_string();
            let delay = self.options.debounce;
            let watcher = Watcher::start(&self.target, delay, exclude, Rc::downgrade(shared))
                .map_err(|e| format!("cannot watch for changes: {e:?}"))?;
            self.watcher = Some(watcher);
        }
        Ok(())
    }

    /// Extracts, analyses and highlights the target (nothing highlighted before).
    fn annotate(&mut self) -> Result<(), String> {
        // Wrappers copied by the page itself would otherwise be wrapped again.
        dom::unwrap_stray_marks(&self.target);
        let extraction = dom::extract(&self.target, self.options.exclude()).map_err(|e| e.0)?;
        let analysis = claimlens_engine::analyze_with(
            extraction.text(),
            &AnalyzeOptions {
                claim_reviews: self.reviews.clone(),
            },
        );
        self.analysis_js = crate::api::to_js(&analysis).map_err(|_| "cannot serialise")?;
        self.text = Rc::from(extraction.text());
        self.analysis = Rc::new(analysis);
        self.extraction = Some(extraction);
        self.selected = None;
        self.paint();
        Ok(())
    }

    /// Highlights the shown kinds (after any earlier highlights were cleared).
    fn paint(&mut self) {
        let Some(extraction) = &self.extraction else {
            return;
        };
        let shown: Vec<_> = marks(&self.analysis)
            .into_iter()
            .filter(|m| self.kinds.contains(&m.kind))
            .collect();
        self.highlights = Some(dom::highlight(extraction, &shown, &[]));
    }

    /// Removes the highlights (the DOM is as before).
    fn unpaint(&mut self) {
        if let Some(h) = self.highlights.take() {
            h.clear();
        }
    }

    /// Re-reads the target after the page changed it, and re-highlights.
    pub fn refresh(shared: &Shared) -> Result<(), String> {
        let target = {
            let Ok(mut s) = shared.try_borrow_mut() else {
                return Ok(());
            };
            if !s.active {
                return Ok(());
            }
            let watcher = s.watcher.take();
            if let Some(w) = &watcher {
                w.pause();
            }
            s.unpaint();
            let result = s.annotate();
            if let Some(w) = &watcher {
                w.resume(&s.target);
            }
            s.watcher = watcher;
            result?;
            s.update_panel(shared);
            s.target.clone()
        };
        let detail = ready_detail(&shared.borrow().analysis_js);
        dispatch(&target, "claimlens:ready", &detail);
        Ok(())
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

    fn with_watcher_paused(&mut self, f: impl FnOnce(&mut Self)) {
        let watcher = self.watcher.take();
        if let Some(w) = &watcher {
            w.pause();
        }
        f(self);
        if let Some(w) = &watcher {
            w.resume(&self.target);
        }
        self.watcher = watcher;
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

/// Clicking a highlight in the article selects its claim.
fn click_listener(target: &Element, session: Weak<RefCell<Session>>) -> EventListener {
    EventListener::new(target, "click", move |event| {
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
