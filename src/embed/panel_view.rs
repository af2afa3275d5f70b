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
use wasm_bindgen::{JsValue, UnwrapThrowExt};
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

        let section = el(&document, "section", "panel");
        set(&section, "aria-label", &strings.title);
        add_text(&document, &section, "h2", "", &strings.title);
        let mut counts = Strings::count(&strings.claims, analysis.summary.claims);
        counts.push_str(" · ");
        counts.push_str(&Strings::count(&strings.hedges, analysis.summary.hedges));
        add_text(&document, &section, "p", "counts", &counts);
        let states = add(&document, &section, "ul", "states");
        for (state, n) in analysis.summary.states.iter().filter(|(_, n)| **n > 0) {
            let mut label = strings.state(state);
            label.push(' ');
            label.push_str(&n.to_string());
            let item = add_text(&document, &states, "li", "state", &label);
            set(&item, "data-state", state);
        }

        let legend = add(&document, &section, "div", "legend");
        set(&legend, "role", "group");
        set(&legend, "aria-label", &strings.legend);
        let mut toggles = Vec::new();
        for kind in ALL_KINDS {
            let button = add(&document, &legend, "button", "toggle");
            set(&button, "type", "button");
            set(&button, "data-kind", kind.as_str());
            let swatch = add(&document, &button, "span", "swatch");
            set(&swatch, "data-kind", kind.as_str());
            set(&swatch, "aria-hidden", "true");
            append(&button, &document.create_text_node(&strings.kind(kind)));
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
            toggles.push((kind, button));
        }

        let mut cards = None;
        if analysis.claims.is_empty() {
            add_text(&document, &section, "p", "empty", &strings.empty);
        } else {
            cards = Some(CardList::render(&document, &section, &props));
        }
        append(mount, &section);
        let view = PanelView {
            section,
            analysis: props.analysis.clone(),
            strings: props.strings.clone(),
            toggles,
            cards,
            kinds,
            _listeners: listeners,
        };
        view.refresh(&props);
        Ok(view)
    }

    /// Whether `props` shows the same analysis and wording (so only the
    /// selection and kinds may differ).
    pub fn same_content(&self, props: &PanelProps) -> bool {
        Rc::ptr_eq(&self.analysis, &props.analysis) && self.strings == props.strings
    }

    /// Updates the pressed state of toggles and cards in place.
    pub fn refresh(&self, props: &PanelProps) {
        *self.kinds.borrow_mut() = props.kinds.clone();
        for (kind, button) in &self.toggles {
            set(
                button,
                "aria-pressed",
                true_false(props.kinds.contains(kind)),
            );
        }
        if let Some(cards) = &self.cards {
            if let Ok(mut cards) = cards.try_borrow_mut() {
                cards.select(props.selected.as_deref());
            }
        }
    }

    /// Removes the content (listeners go with the view).
    pub fn remove(self) {
        self.section.remove();
    }
}

// The panel's DOM calls cannot fail: every element is new, its tag and
// attribute names are fixed and valid, and nothing is appended to itself or
// an ancestor. So they are made here without `Result`s, which would give every
// call a path that drops what was built so far.

/// A new `<tag class="class">` (no class when empty).
pub(super) fn el(document: &Document, tag: &str, class: &str) -> Element {
    let element = document.create_element(tag).unwrap_throw();
    if !class.is_empty() {
        element.set_class_name(class);
    }
    element
}

/// [`el`] appended to `parent`.
pub(super) fn add(document: &Document, parent: &Element, tag: &str, class: &str) -> Element {
    let element = el(document, tag, class);
    append(parent, &element);
    element
}

/// [`add`] holding `text` as a text node (never parsed as HTML).
pub(super) fn add_text(
    document: &Document,
    parent: &Element,
    tag: &str,
    class: &str,
    text: &str,
) -> Element {
    let element = add(document, parent, tag, class);
    element.set_text_content(Some(text));
    element
}

/// Appends `child` to `parent`.
pub(super) fn append(parent: &Element, child: &web_sys::Node) {
    let _ = parent.append_child(child);
}

/// Sets attribute `name`.
pub(super) fn set(element: &Element, name: &str, value: &str) {
    let _ = element.set_attribute(name, value);
}

/// `"true"` or `"false"` (for `aria-pressed`).
pub(super) fn true_false(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}
