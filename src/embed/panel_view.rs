//! The panel's content inside the shadow root: a summary, a legend that toggles
//! highlight kinds, and one card per claim. Every control is a `<button>`, so the
//! panel works by keyboard (Tab, Enter, Space). The cards are built a page at
//! a time ([`super::panel_cards`]).
//!
//! Built with plain DOM calls rather than Yew: the embed is the one surface
//! whose download size publishers weigh, and the Yew runtime alone cost about
//! 60 KB gzip of its wasm. The content is small and changes in two ways only —
//! a new analysis (rebuilt) or a new selection / set of kinds (attributes
//! updated in place, so keyboard focus stays where it is). The demo page and the
//! extension panel keep their Yew components.

use std::cell::RefCell;
use std::rc::Rc;

use claimlens_engine::Analysis;
use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

use super::events::Click;
use super::options::{Strings, ALL_KINDS};
use super::panel::PanelProps;
use super::panel_cards::{CardList, SharedCards};
use crate::marks::MarkKind;

/// The rendered panel content and its listeners.
pub struct PanelView {
    section: Element,
    analysis: Rc<Analysis>,
    strings: Rc<Strings>,
    toggles: Vec<(MarkKind, Element)>,
    cards: Option<SharedCards>,
    /// Kinds shown now, read by the legend's listeners when clicked.
    kinds: Rc<RefCell<Vec<MarkKind>>>,
    /// Dropping a listener removes it from its element.
    _listeners: Vec<Click>,
}

impl PanelView {
    /// Renders `props` into `mount`.
    pub fn render(mount: &Element, props: PanelProps) -> Result<PanelView, JsValue> {
        let document = mount
            .owner_document()
            .ok_or_else(|| JsValue::from_str("no document"))?;
        let kinds = Rc::new(RefCell::new(props.kinds.clone()));
        let mut listeners = Vec::new();
        let strings = &props.strings;
        let analysis = &props.analysis;

        let section = el(&document, "section", "panel")?;
        section.set_attribute("aria-label", &strings.title)?;
        let node = text_el(&document, "h2", "", &strings.title)?;
        section.append_child(&node)?;
        let counts = format!(
            "{} · {}",
            Strings::count(&strings.claims, analysis.summary.claims),
            Strings::count(&strings.hedges, analysis.summary.hedges)
        );
        let node = text_el(&document, "p", "counts", &counts)?;
        section.append_child(&node)?;
        let states = el(&document, "ul", "states")?;
        for (state, n) in analysis.summary.states.iter().filter(|(_, n)| **n > 0) {
            let item = text_el(
                &document,
                "li",
                "state",
                &format!("{} {n}", strings.state(state)),
            )?;
            item.set_attribute("data-state", state)?;
            states.append_child(&item)?;
        }
        section.append_child(&states)?;

        let legend = el(&document, "div", "legend")?;
        legend.set_attribute("role", "group")?;
        legend.set_attribute("aria-label", &strings.legend)?;
        let mut toggles = Vec::new();
        for kind in ALL_KINDS {
            let button = el(&document, "button", "toggle")?;
            button.set_attribute("type", "button")?;
            button.set_attribute("data-kind", kind.as_str())?;
            let swatch = el(&document, "span", "swatch")?;
            swatch.set_attribute("data-kind", kind.as_str())?;
            swatch.set_attribute("aria-hidden", "true")?;
            button.append_child(&swatch)?;
            button.append_child(&document.create_text_node(&strings.kind(kind)))?;
            let (shown, on_kinds) = (kinds.clone(), props.on_kinds.clone());
            listeners.push(Click::new(&button, move |_| {
                // Compute first, then call out with no borrow held: the
                // callback updates this view.
                let next: Vec<MarkKind> = {
                    let current = shown.borrow();
                    let on = current.contains(&kind);
                    ALL_KINDS
                        .into_iter()
                        .filter(|k| if *k == kind { !on } else { current.contains(k) })
                        .collect()
                };
                on_kinds(next);
            }));
            legend.append_child(&button)?;
            toggles.push((kind, button));
        }
        section.append_child(&legend)?;

        let mut cards = None;
        if analysis.claims.is_empty() {
            let node = text_el(&document, "p", "empty", &strings.empty)?;
            section.append_child(&node)?;
        } else {
            cards = Some(CardList::render(&document, &section, &props)?);
        }
        mount.append_child(&section)?;
        let view = PanelView {
            section,
            analysis: props.analysis.clone(),
            strings: props.strings.clone(),
            toggles,
            cards,
            kinds,
            _listeners: listeners,
        };
        view.refresh(&props)?;
        Ok(view)
    }

    /// Whether `props` shows the same analysis and wording (so only the
    /// selection and kinds may differ).
    pub fn same_content(&self, props: &PanelProps) -> bool {
        Rc::ptr_eq(&self.analysis, &props.analysis) && self.strings == props.strings
    }

    /// Updates the pressed state of toggles and cards in place.
    pub fn refresh(&self, props: &PanelProps) -> Result<(), JsValue> {
        *self.kinds.borrow_mut() = props.kinds.clone();
        for (kind, button) in &self.toggles {
            let shown = props.kinds.contains(kind);
            button.set_attribute("aria-pressed", if shown { "true" } else { "false" })?;
        }
        if let Some(cards) = &self.cards {
            if let Ok(mut cards) = cards.try_borrow_mut() {
                cards.select(props.selected.as_deref())?;
            }
        }
        Ok(())
    }

    /// Removes the content (listeners go with the view).
    pub fn remove(self) {
        self.section.remove();
    }
}

fn el(document: &Document, tag: &str, class: &str) -> Result<Element, JsValue> {
    let element = document.create_element(tag)?;
    if !class.is_empty() {
        element.set_class_name(class);
    }
    Ok(element)
}

/// An element holding `text` as a text node (never parsed as HTML).
fn text_el(document: &Document, tag: &str, class: &str, text: &str) -> Result<Element, JsValue> {
    let element = el(document, tag, class)?;
    element.set_text_content(Some(text));
    Ok(element)
}
