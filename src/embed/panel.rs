//! The embed's panel host: a `<claim-lens-panel>` element beside the article
//! whose shadow root holds the cards, legend and summary, so no style leaks in
//! or out. The host is never inside the annotated element, so the article's
//! `innerHTML` and text are untouched; shadow content is not part of the page's
//! `textContent` either.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use claimlens_engine::Analysis;
use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, Element, ShadowRootInit, ShadowRootMode};

use super::options::{PanelPosition, Strings, Theme};
use super::panel_css::PANEL_CSS;
use super::panel_view::{el, set, PanelView};
use super::session::Session;
use crate::marks::MarkKind;

/// The tag of the panel host element.
pub const PANEL_TAG: &str = "claim-lens-panel";

/// A callback from the panel to its session.
pub type Callback<T> = Rc<dyn Fn(T)>;

/// What the panel shows and where its actions go.
#[derive(Clone)]
pub struct PanelProps {
    /// The analysed text.
    pub text: Rc<str>,
    /// Its analysis.
    pub analysis: Rc<Analysis>,
    /// Wording.
    pub strings: Rc<Strings>,
    /// Kinds currently highlighted.
    pub kinds: Vec<MarkKind>,
    /// The selected claim, if any.
    pub selected: Option<String>,
    /// A card was chosen (claim id).
    pub on_select: Callback<String>,
    /// The legend changed the kinds shown.
    pub on_kinds: Callback<Vec<MarkKind>>,
}

impl PanelProps {
    /// Props whose callbacks reach `session` (if it still exists).
    pub fn new(
        text: Rc<str>,
        analysis: Rc<Analysis>,
        strings: Rc<Strings>,
        kinds: Vec<MarkKind>,
        selected: Option<String>,
        session: Weak<RefCell<Session>>,
    ) -> Self {
        let for_select = session.clone();
        PanelProps {
            text,
            analysis,
            strings,
            kinds,
            selected,
            on_select: Rc::new(move |id: String| {
                if let Some(shared) = for_select.upgrade() {
                    Session::select(&shared, &id);
                }
            }),
            on_kinds: Rc::new(move |kinds: Vec<MarkKind>| {
                if let Some(shared) = session.upgrade() {
                    Session::set_kinds(&shared, kinds);
                }
            }),
        }
    }
}

/// A mounted panel.
pub struct Panel {
    host: Element,
    mount: Element,
    view: Option<PanelView>,
}

impl Panel {
    /// Creates the host next to `target` (or fixed in the viewport) and renders.
    pub fn mount(
        target: &Element,
        position: PanelPosition,
        theme: Theme,
        props: PanelProps,
    ) -> Result<Panel, JsValue> {
        let document = target
            .owner_document()
            .ok_or_else(|| JsValue::from_str("no document"))?;
        let host = el(&document, PANEL_TAG, "");
        set(&host, "data-position", position_name(position));
        set(&host, "data-theme", theme_name(theme));
        match position {
            PanelPosition::Before => target.before_with_node_1(&host)?,
            PanelPosition::Right | PanelPosition::Bottom => document
                .body()
                .ok_or_else(|| JsValue::from_str("no body"))?
                .append_child(&host)
                .map(|_| ())?,
            _ => target.after_with_node_1(&host)?,
        }
        let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(PANEL_CSS)?;
        shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        let mount = el(&document, "div", "");
        shadow.append_child(&mount)?;
        let view = PanelView::render(&mount, props)?;
        Ok(Panel {
            host,
            mount,
            view: Some(view),
        })
    }

    /// Shows new props: in place when only the selection or kinds changed
    /// (keeping keyboard focus), rebuilt for a new analysis.
    pub fn update(&mut self, props: PanelProps) {
        if let Some(view) = self.view.as_ref().filter(|v| v.same_content(&props)) {
            view.refresh(&props);
            return;
        }
        if let Some(old) = self.view.take() {
            old.remove();
        }
        self.view = PanelView::render(&self.mount, props).ok();
    }

    /// Removes the content and the host.
    pub fn destroy(mut self) {
        if let Some(view) = self.view.take() {
            view.remove();
        }
        self.host.remove();
    }
}

fn position_name(position: PanelPosition) -> &'static str {
    match position {
        PanelPosition::After => "after",
        PanelPosition::Before => "before",
        PanelPosition::Right => "right",
        PanelPosition::Bottom => "bottom",
        PanelPosition::None => "none",
    }
}

fn theme_name(theme: Theme) -> &'static str {
    match theme {
        Theme::Light => "light",
        Theme::Dark => "dark",
        Theme::Auto => "auto",
    }
}
