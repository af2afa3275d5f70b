//! The wasm functions the extension's frame (`www/extension/frame.js`) calls:
//! the content script highlights in JavaScript (Rust can't run on strict-CSP
//! pages), so it needs the marks in UTF-16 offsets and the highlight CSS. Only
//! in the full build: the embed has its own DOM layer in Rust.

use claimlens_anchoring::OffsetIndex;
use claimlens_engine::Analysis;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::api::{run, serde_to_js};

/// One highlight run for a DOM layer written in JavaScript: the same marks as
/// [`crate::marks::marks`], but in UTF-16 offsets, which is what JS strings and
/// DOM text nodes count.
#[derive(Serialize)]
struct DomMark<'a> {
    start: usize,
    end: usize,
    kind: &'static str,
    claim: Option<&'a str>,
    state: Option<&'static str>,
    hedge: Option<&'a str>,
}

/// What [`analyze_for_dom`] returns.
#[derive(Serialize)]
struct DomAnalysis<'a> {
    analysis: &'a Analysis,
    marks: Vec<DomMark<'a>>,
}

/// Analyses `text` and returns `{ analysis, marks }`: the analysis (spans in
/// code points, as [`crate::api::analyze`]) and every highlight run (outer kinds first)
/// with `start`/`end` in UTF-16 units of `text`, plus `kind`, `claim`, `state`
/// and `hedge`. The browser extension's content script highlights from these
/// without a wasm module of its own.
#[wasm_bindgen(js_name = analyzeForDom)]
pub fn analyze_for_dom(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let analysis = run(text, options)?;
    let index = OffsetIndex::new(text);
    let utf16 = |ch: usize| index.char_to_utf16(ch).unwrap_or(index.utf16_len());
    let all = crate::marks::marks(&analysis);
    let marks = all
        .iter()
        .map(|m| DomMark {
            start: utf16(m.span.start),
            end: utf16(m.span.end),
            kind: m.kind.as_str(),
            claim: m.claim.as_deref(),
            state: m.state,
            hedge: m.hedge.as_deref(),
        })
        .collect();
    serde_to_js(&DomAnalysis {
        analysis: &analysis,
        marks,
    })
}

/// The highlight stylesheet for `<cl-mark>` wrappers (the embed's
/// [`crate::dom::MARK_CSS`]), for surfaces that insert it themselves: the
/// browser extension hands it to `scripting.insertCSS`.
#[wasm_bindgen(js_name = markCss)]
pub fn mark_css() -> String {
    crate::dom::MARK_CSS.to_string()
}
