//! An analysis in parts: how the worker hands a large analysis to the page in
//! pieces small enough to parse between other tasks.
//!
//! A 5 MB article's analysis is about 14 MB of JSON; parsing it in one go
//! blocked the page for about a second. The worker sends a list of parts
//! instead, each a field name, a newline and JSON: `head` (the analysis with
//! its lists empty) first, then slices of each list (`paragraphs`,
//! `sentences`, `claims`, `hedges`, `sources`) of at most about
//! [`PART_BYTES`]. [`Assembly`] puts them back together, one part per call.

use claimlens_engine::Analysis;
use wasm_bindgen::{JsCast, JsValue};

use crate::json::extend;
use crate::json_out::{self, ToJson};

mod read;

/// Target size of one part's JSON; a part holds at least one item.
pub const PART_BYTES: usize = 128 * 1024;

/// Splits `analysis` into parts (see the module documentation).
pub fn split(analysis: &Analysis) -> Vec<String> {
    let head = Analysis {
        text_length: analysis.text_length,
        summary: analysis.summary.clone(),
        ..Analysis::default()
    };
    let mut parts = vec![format!("head\n{}", json_out::to_string(&head))];
    slices(&mut parts, "paragraphs", &analysis.paragraphs);
    slices(&mut parts, "sentences", &analysis.sentences);
    slices(&mut parts, "claims", &analysis.claims);
    slices(&mut parts, "hedges", &analysis.hedges);
    slices(&mut parts, "sources", &analysis.sources);
    parts
}

/// Appends `field\n[…]` parts of at most about [`PART_BYTES`] each.
fn slices<T: ToJson>(parts: &mut Vec<String>, field: &str, items: &[T]) {
    let mut part = String::new();
    for item in items {
        if part.is_empty() {
            part = format!("{field}\n[");
        } else {
            part.push(',');
        }
        item.write_json(&mut part);
        if part.len() >= PART_BYTES {
            part.push(']');
            parts.push(std::mem::take(&mut part));
        }
    }
    if !part.is_empty() {
        part.push(']');
        parts.push(part);
    }
}

/// Puts parts back together: the engine's model and the plain JS object the
/// page sees (parsed by the browser's own `JSON.parse`).
#[derive(Default)]
pub struct Assembly {
    analysis: Analysis,
    plain: Option<js_sys::Object>,
}

impl Assembly {
    /// Adds one part; an error names what is wrong with it (and leaves the
    /// assembly incomplete: it is then of no further use).
    pub fn add(&mut self, part: &str) -> Result<(), String> {
        let (field, json) = part.split_once('\n').ok_or("a part without a field name")?;
        let bad = |e: String| format!("part `{field}`: {e}");
        let parsed = claimlens_engine::json::parse(json).map_err(|_| bad("not JSON".into()))?;
        let a = &mut self.analysis;
        // Each list straight into the analysis (on an error the assembly is
        // dropped, half-built, by the caller).
        let read = match field {
            "head" => read::analysis(&parsed).map(|head| {
                a.text_length = head.text_length;
                a.summary = head.summary;
            }),
            "paragraphs" => extend(&parsed, &mut a.paragraphs, read::span),
            "sentences" => extend(&parsed, &mut a.sentences, read::span),
            "claims" => extend(&parsed, &mut a.claims, read::claim),
            "hedges" => extend(&parsed, &mut a.hedges, read::hedge),
            "sources" => extend(&parsed, &mut a.sources, read::source_entry),
            other => return Err(format!("an unknown part `{other}`")),
        };
        read.map_err(bad)?;
        let value = js_sys::JSON::parse(json).map_err(|_| bad("not JSON".into()))?;
        if field == "head" {
            self.plain = Some(value.into());
        } else {
            let plain = self.plain.as_ref().ok_or("a list before the head")?;
            let key = JsValue::from_str(field);
            let list: js_sys::Array = js_sys::Reflect::get(plain, &key)
                .ok()
                .and_then(|v| v.dyn_into().ok())
                .unwrap_or_default();
            let joined = list.concat(&value.into());
            js_sys::Reflect::set(plain, &key, &joined).map_err(|_| "cannot build the analysis")?;
        }
        Ok(())
    }

    /// The analysis, once every part was added.
    pub fn finish(self) -> Result<(Analysis, JsValue), String> {
        let plain = self.plain.ok_or("no head part")?;
        Ok((self.analysis, plain.into()))
    }
}
