//! Highlighting marks in place by wrapping text-node pieces, and undoing it.
//!
//! Like Hypothesis's highlighter: a mark that crosses element boundaries is cut
//! into one piece per text node; each piece is split off with `splitText` and
//! wrapped in `<cl-mark>` elements (one per mark covering it, outermost first).
//! The text itself is never changed. [`Highlights::clear`] unwraps every wrapper
//! and merges the split pieces back into the original text nodes, so the DOM —
//! and its `innerHTML` — is exactly as before.

use claimlens_anchoring::CharCursor;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Text};

use super::Extraction;
use crate::marks::Mark;

/// The tag of highlight wrappers (a custom element name, so it never clashes
/// with the publisher's markup and renders inline by default).
pub const MARK_TAG: &str = "cl-mark";

/// The highlights made by [`highlight`]; [`Highlights::clear`] removes them.
#[derive(Debug, Default)]
pub struct Highlights {
    /// Every wrapper element created, outer before inner.
    wrappers: Vec<Element>,
    /// Each text node that was split, with the nodes split off it in text order.
    splits: Vec<(Text, Vec<Text>)>,
}

/// Wraps every piece of `marks` (code point spans of `extraction.text()`) in
/// `<cl-mark>` elements carrying `data-cl-kind`, `data-cl-claim`,
/// `data-cl-state` (content) and `data-cl-hedge` (hedges), plus `extra`
/// attributes. Whitespace-only pieces are left unwrapped.
///
/// Text nodes the page removed since the extraction are skipped, never revived.
pub fn highlight(extraction: &Extraction, marks: &[Mark], extra: &[(&str, &str)]) -> Highlights {
    let extra: Vec<(String, String)> = extra
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let mut painting = Painting::new(extraction, marks.to_vec(), extra);
    let mut out = Highlights::default();
    painting.step(extraction, &mut out, || false);
    out
}

/// [`highlight`] in slices: the pieces are located once, then wrapped text node
/// by text node in as many [`Painting::step`] calls as the caller likes, so a
/// long article never blocks the page for long (the embed yields between steps).
///
/// Each text node is split and wrapped on its own, so the nodes not yet reached
/// stay valid while earlier ones are wrapped.
#[derive(Debug)]
pub struct Painting {
    /// Walks the text from mark to mark (marks come roughly in text order; a
    /// full offset index of a 5 MB article took tens of milliseconds at once).
    cursor: CharCursor,
    /// (start, end, mark) pieces per text node, in UTF-16 units of the node.
    pieces: Vec<Vec<(usize, usize, usize)>>,
    marks: Vec<Mark>,
    extra: Vec<(String, String)>,
    /// Marks located so far.
    located: usize,
    /// The next text node to wrap.
    next: usize,
}

impl Painting {
    /// A painting of `marks` over `extraction`'s text nodes; the work is done
    /// by [`Painting::step`].
    pub fn new(extraction: &Extraction, marks: Vec<Mark>, extra: Vec<(String, String)>) -> Self {
        Painting {
            cursor: CharCursor::default(),
            pieces: vec![Vec::new(); extraction.nodes.len()],
            marks,
            extra,
            located: 0,
            next: 0,
        }
    }

    /// Locates the marks, then wraps text nodes into `out`, until all is done
    /// (returns true) or `enough()` says to stop (returns false; call again
    /// later with the same extraction).
    pub fn step(
        &mut self,
        extraction: &Extraction,
        out: &mut Highlights,
        mut enough: impl FnMut() -> bool,
    ) -> bool {
        let text = extraction.text();
        while self.located < self.marks.len() {
            let m = self.located;
            self.located += 1;
            let span = self.marks[m].span;
            let (_, start) = self.cursor.seek(text, span.start);
            let (_, end) = self.cursor.seek(text, span.end);
            for p in extraction.map.locate(start, end) {
                if let Some(node) = self.pieces.get_mut(p.segment) {
                    node.push((p.start, p.end, m));
                }
            }
            if self.located % 256 == 0 && enough() {
                return false;
            }
        }
        let extra: Vec<(&str, &str)> = self
            .extra
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        while self.next < self.pieces.len() {
            let k = self.next;
            self.next += 1;
            let (Some(node), pieces) = (extraction.nodes.get(k), &self.pieces[k]) else {
                continue;
            };
            if !pieces.is_empty() && node.parent_node().is_some() {
                out.highlight_node(node, pieces, &self.marks, &extra);
                if enough() {
                    return self.next >= self.pieces.len();
                }
            }
        }
        true
    }
}

impl Highlights {
    /// Splits `node` at every piece boundary and wraps the covered parts.
    fn highlight_node(
        &mut self,
        node: &Text,
        pieces: &[(usize, usize, usize)],
        marks: &[Mark],
        extra: &[(&str, &str)],
    ) {
        let len = node.length() as usize;
        let mut cuts: Vec<usize> = pieces
            .iter()
            .flat_map(|&(a, b, _)| [a, b])
            .filter(|&c| c > 0 && c < len)
            .collect();
        claimlens_engine::order::sorted_unique(&mut cuts);
        // Splitting from the end keeps the earlier offsets valid; the original
        // node keeps the first part, so references the page holds stay useful.
        let mut split_off = Vec::with_capacity(cuts.len());
        for &cut in cuts.iter().rev() {
            match node.split_text(cut as u32) {
                Ok(part) => split_off.push(part),
                Err(_) => break,
            }
        }
        split_off.reverse();
        if split_off.len() != cuts.len() {
            // Could not split everywhere (the node changed under us): undo.
            self.splits.push((node.clone(), split_off));
            return;
        }
        let bounds: Vec<usize> = std::iter::once(0)
            .chain(cuts.iter().copied())
            .chain(std::iter::once(len))
            .collect();
        let parts: Vec<Text> = std::iter::once(node.clone())
            .chain(split_off.iter().cloned())
            .collect();
        for (k, part) in parts.iter().enumerate() {
            let (a, b) = (bounds[k], bounds[k + 1]);
            let mut covering: Vec<usize> = pieces
                .iter()
                .filter(|&&(s, e, _)| s <= a && b <= e)
                .map(|&(_, _, m)| m)
                .collect();
            claimlens_engine::order::sorted_unique(&mut covering);
            if !covering.is_empty() && !part.data().chars().all(char::is_whitespace) {
                self.wrap(part, &covering, marks, extra);
            }
        }
        if !split_off.is_empty() {
            self.splits.push((node.clone(), split_off));
        }
    }

    /// Wraps one text part in nested wrappers, one per covering mark.
    fn wrap(&mut self, part: &Text, covering: &[usize], marks: &[Mark], extra: &[(&str, &str)]) {
        let (Some(parent), Some(document)) = (part.parent_node(), part.owner_document()) else {
            return;
        };
        let mut chain: Vec<Element> = Vec::with_capacity(covering.len());
        for &m in covering {
            let Ok(el) = document.create_element(MARK_TAG) else {
                return;
            };
            set_mark_attributes(&el, &marks[m], extra);
            if let Some(outer) = chain.last() {
                let _ = outer.append_child(&el);
            }
            chain.push(el);
        }
        let (Some(outer), Some(inner)) = (chain.first(), chain.last()) else {
            return;
        };
        if parent.insert_before(outer, Some(part)).is_ok() {
            let _ = inner.append_child(part);
            self.wrappers.extend(chain);
        }
    }

    /// Number of wrapper elements (a piece covered by two marks has two).
    pub fn len(&self) -> usize {
        self.wrappers.len()
    }

    /// Whether nothing was wrapped.
    pub fn is_empty(&self) -> bool {
        self.wrappers.is_empty()
    }

    /// The wrappers of claim `id` (every kind), in document order.
    pub fn for_claim(&self, id: &str) -> Vec<Element> {
        self.wrappers
            .iter()
            .filter(|w| w.get_attribute("data-cl-claim").as_deref() == Some(id))
            .cloned()
            .collect()
    }

    /// Removes every wrapper and merges split text back: the DOM is as before
    /// [`highlight`]. Parts the page itself moved or removed meanwhile are left
    /// where the page put them.
    pub fn clear(self) {
        for wrapper in self.wrappers.iter().rev() {
            unwrap(wrapper);
        }
        for (node, parts) in &self.splits {
            for part in parts {
                let adjacent = part
                    .previous_sibling()
                    .is_some_and(|prev| prev.is_same_node(Some(node.unchecked_ref::<Node>())));
                if adjacent {
                    let _ = node.append_data(&part.data());
                    part.remove();
                }
            }
        }
    }
}

/// Puts the `data-cl-*` contract on a wrapper.
fn set_mark_attributes(el: &Element, mark: &Mark, extra: &[(&str, &str)]) {
    let _ = el.set_attribute("data-cl-kind", mark.kind.as_str());
    if let Some(claim) = &mark.claim {
        let _ = el.set_attribute("data-cl-claim", claim);
    }
    if let Some(state) = mark.state {
        let _ = el.set_attribute("data-cl-state", state);
    }
    if let Some(hedge) = &mark.hedge {
        let _ = el.set_attribute("data-cl-hedge", hedge);
    }
    for (name, value) in extra {
        let _ = el.set_attribute(name, value);
    }
}

/// Replaces `el` by its children.
fn unwrap(el: &Element) {
    let Some(parent) = el.parent_node() else {
        return;
    };
    while let Some(child) = el.first_child() {
        if parent.insert_before(&child, Some(el)).is_err() {
            break;
        }
    }
    el.remove();
}

/// Unwraps any `<cl-mark>` under `root` that no [`Highlights`] owns (copied by
/// the page's own scripts, say) and merges the text it leaves, so annotating
/// again never nests wrappers. Returns how many were removed.
pub fn unwrap_stray_marks(root: &Element) -> u32 {
    let Ok(found) = root.query_selector_all(MARK_TAG) else {
        return 0;
    };
    let mut parents = Vec::new();
    for i in 0..found.length() {
        if let Some(el) = found.get(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            if let Some(parent) = el.parent_node() {
                parents.push(parent);
            }
            unwrap(&el);
        }
    }
    for parent in &parents {
        parent.normalize();
    }
    found.length()
}
