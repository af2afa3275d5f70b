//! The highlight colours, adopted by the document as a constructable stylesheet.
//!
//! Constructable stylesheets need no `<style>` element (so the page's markup is
//! untouched) and are not blocked by a `style-src` policy without
//! `'unsafe-inline'`. Every colour is a CSS custom property with a default, so a
//! publisher themes highlights with e.g. `:root { --claimlens-content: #fe9; }`.
//! The defaults are translucent, so they read on light and dark pages alike.

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, Document};

/// Highlight rules for `<cl-mark>` wrappers in the light DOM.
pub const MARK_CSS: &str = r#"
claim-lens { display: block; }
cl-mark { color: inherit; border-radius: 2px; }
cl-mark[data-cl-kind="content"] { background: var(--claimlens-content, rgba(255, 204, 0, 0.35)); }
cl-mark[data-cl-kind="source"] { background: var(--claimlens-source, rgba(43, 108, 196, 0.25)); }
cl-mark[data-cl-kind="cue"] { background: var(--claimlens-cue, rgba(128, 64, 224, 0.22)); }
cl-mark[data-cl-kind="hedge"] { background: var(--claimlens-hedge, rgba(240, 100, 40, 0.3)); text-decoration: underline dotted; }
cl-mark[data-cl-kind="evidence"] { background: var(--claimlens-evidence, rgba(31, 160, 80, 0.3)); text-decoration: underline; }
cl-mark[data-cl-state="confirmed"] { box-shadow: inset 0 -2px 0 var(--claimlens-confirmed, #1f8a4c); }
cl-mark[data-cl-state="disputed"] { box-shadow: inset 0 -2px 0 var(--claimlens-disputed, #c47a00); }
cl-mark[data-cl-state="false"] { box-shadow: inset 0 -2px 0 var(--claimlens-false, #c4272b); }
cl-mark[data-cl-selected] { outline: 2px solid var(--claimlens-focus, #1a56db); outline-offset: 1px; }
"#;

thread_local! {
    /// The shared sheet and how many annotations use it.
    static SHEET: RefCell<Option<(CssStyleSheet, usize)>> = const { RefCell::new(None) };
}

/// Adds the highlight sheet to `document` (once, however many annotations).
pub fn adopt_sheet(document: &Document) -> Result<(), JsValue> {
    SHEET.with(|cell| {
        let mut cell = cell.borrow_mut();
        if let Some((_, users)) = cell.as_mut() {
            *users += 1;
            return Ok(());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(MARK_CSS)?;
        let sheets = document.adopted_style_sheets();
        sheets.push(&sheet);
        document.set_adopted_style_sheets(&sheets);
        *cell = Some((sheet, 1));
        Ok(())
    })
}

/// Drops one use of the sheet; the last one removes it from `document`.
pub fn release_sheet(document: &Document) {
    SHEET.with(|cell| {
        let mut cell = cell.borrow_mut();
        let Some((sheet, users)) = cell.as_mut() else {
            return;
        };
        *users -= 1;
        if *users > 0 {
            return;
        }
        let kept = js_sys::Array::new();
        for s in document.adopted_style_sheets().iter() {
            if &s != AsRef::<JsValue>::as_ref(sheet) {
                kept.push(&s);
            }
        }
        document.set_adopted_style_sheets(&kept);
        *cell = None;
    });
}
