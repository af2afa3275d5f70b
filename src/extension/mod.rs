//! The browser extension's side panel: the Yew interface that runs inside the
//! extension's own page (an iframe the content script adds to the article
//! page), where wasm may compile even when the page's CSP forbids it.
//!
//! JavaScript mounts it with [`ExtensionPanel::mount`] and drives it with
//! [`ExtensionPanel::select`]; the panel reports clicks through callbacks.

pub mod frame_api;
mod panel;

use std::rc::Rc;

use claimlens_engine::Analysis;
use wasm_bindgen::prelude::*;
use yew::{AppHandle, Callback};

pub use panel::{Panel, PanelProps};

/// A mounted panel, kept by the extension page's script.
#[wasm_bindgen]
pub struct ExtensionPanel {
    handle: AppHandle<Panel>,
    props: PanelProps,
}

#[wasm_bindgen]
impl ExtensionPanel {
    /// Renders the panel for `text` and its `analysis` (the object returned by
    /// `analyze` or `analyzeForDom(...).analysis`) into `root`.
    ///
    /// `on_select(claimId)` is called when the reader picks a claim in the
    /// panel; `on_close()` when they ask to clear the annotations.
    pub fn mount(
        root: web_sys::Element,
        text: String,
        analysis: JsValue,
        on_select: js_sys::Function,
        on_close: js_sys::Function,
    ) -> Result<ExtensionPanel, JsError> {
        let analysis: Analysis = crate::api::from_js(&analysis)
            .map_err(|e| JsError::new(&format!("claimlens: invalid analysis: {e}")))?;
        let props = PanelProps {
            text: Rc::from(text),
            analysis: Rc::new(analysis),
            selected: None,
            on_select: Callback::from(move |id: String| {
                // A failing callback is the page script's problem, not the panel's.
                let _ = on_select.call1(&JsValue::NULL, &JsValue::from_str(&id));
            }),
            on_close: Callback::from(move |()| {
                let _ = on_close.call0(&JsValue::NULL);
            }),
        };
        let handle = yew::Renderer::<Panel>::with_root_and_props(root, props.clone()).render();
        Ok(ExtensionPanel { handle, props })
    }

    /// Marks `claim` (an id such as `c2`, or `undefined` for none) as the
    /// selected claim and scrolls it into view in the panel.
    pub fn select(&mut self, claim: Option<String>) {
        self.props.selected = claim;
        self.handle.update(self.props.clone());
    }
}
