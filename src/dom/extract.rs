//! Reading an article's text out of real markup.
//!
//! Paragraphs, headings and other block elements become paragraphs separated by
//! a blank line (what the engine reads as a paragraph break); inline elements
//! (`a`, `em`, `strong`, `span`, `q`, …) are read through; `<br>` is a line
//! break. Scripts, styles, `noscript`, figure captions, form controls, hidden
//! elements and anything matching the exclude selector are skipped.

use claimlens_anchoring::SegmentMap;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Text};

/// What the embed skips by default besides the elements it never reads: common
/// ad slots, related-link boxes, share bars, newsletter sign-ups and hidden parts.
pub const DEFAULT_EXCLUDE: &str = "nav, aside, [hidden], [aria-hidden=\"true\"], \
    .ad, .ads, .advert, .advertisement, [class*=\"ad-slot\"], [id^=\"ad-\"], [data-ad], \
    .related, .related-links, .more-stories, .newsletter, .share, .social";

/// Elements whose text is never part of the article.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "figcaption",
    "textarea",
    "select",
    "option",
    "button",
    "input",
    "svg",
    "math",
    "iframe",
    "object",
    "canvas",
    "video",
    "audio",
    "head",
    "title",
    "meta",
    "link",
    // The embed's own panel host (its content lives in a shadow root anyway).
    "claim-lens-panel",
];

/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "figure",
    "table",
    "tr",
    "td",
    "th",
    "thead",
    "tbody",
    "tfoot",
    "caption",
    "pre",
    "hr",
    "address",
    "details",
    "summary",
    "form",
    "fieldset",
    "body",
    "center",
];

/// Why a DOM operation could not run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomError(pub String);

impl std::fmt::Display for DomError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "claimlens: {}", self.0)
    }
}

impl std::error::Error for DomError {}

/// An article's text and the text nodes it was read from.
#[derive(Debug, Clone)]
pub struct Extraction {
    /// The joined text (with `\n\n` between blocks) and where each node lies in it.
    pub map: SegmentMap,
    /// The text nodes, in the order of `map`'s segments.
    pub nodes: Vec<Text>,
}

impl Extraction {
    /// The text handed to the engine.
    pub fn text(&self) -> &str {
        self.map.text()
    }
}

/// Reads the article inside `root`, skipping elements that match `exclude`
/// (a CSS selector list; empty for none).
///
/// Fails only when `exclude` is not a valid selector.
pub fn extract(root: &Element, exclude: &str) -> Result<Extraction, DomError> {
    let mut reading = Reading::new(root, exclude)?;
    reading.step(|| false);
    Ok(reading.finish())
}

/// [`extract`] in slices: the walk keeps its place between [`Reading::step`]
/// calls, so a very large article can be read between other tasks.
pub struct Reading {
    walker: Walker,
    /// Open elements: the next child to visit and whether the element is a block.
    stack: Vec<(Option<Node>, bool)>,
}

impl Reading {
    /// Starts reading `root` (see [`extract`]).
    pub fn new(root: &Element, exclude: &str) -> Result<Reading, DomError> {
        let exclude = exclude.trim();
        if !exclude.is_empty() && root.matches(exclude).is_err() {
            return Err(DomError(format!("invalid exclude selector `{exclude}`")));
        }
        Ok(Reading {
            walker: Walker {
                exclude: exclude.to_string(),
                map: SegmentMap::new(),
                nodes: Vec::new(),
                need_break: false,
                in_flow: false,
            },
            stack: vec![(root.first_child(), false)],
        })
    }

    /// Reads on until done (true) or until `enough()` says to stop (false;
    /// call again later). `enough` is asked every few dozen nodes.
    pub fn step(&mut self, mut enough: impl FnMut() -> bool) -> bool {
        let mut visited = 0u32;
        while let Some((next, block)) = self.stack.last_mut() {
            let Some(node) = next.take() else {
                let block = *block;
                self.stack.pop();
                if block {
                    self.walker.boundary();
                }
                continue;
            };
            *next = node.next_sibling();
            match node.node_type() {
                Node::TEXT_NODE => self.walker.text(node.unchecked_ref()),
                Node::ELEMENT_NODE => {
                    if let Some(block) = self.walker.open(node.unchecked_ref()) {
                        self.stack.push((node.first_child(), block));
                    }
                }
                _ => {}
            }
            visited += 1;
            if visited % 64 == 0 && enough() {
                return self.stack.is_empty();
            }
        }
        true
    }

    /// The text read so far and its nodes (all of it once `step` returned true).
    pub fn finish(self) -> Extraction {
        Extraction {
            map: self.walker.map,
            nodes: self.walker.nodes,
        }
    }

    /// Bytes of text read so far.
    pub fn len(&self) -> usize {
        self.walker.map.text().len()
    }

    /// Whether no text was read yet.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

struct Walker {
    exclude: String,
    map: SegmentMap,
    nodes: Vec<Text>,
    /// A block boundary was passed since the last text.
    need_break: bool,
    /// Text was read since the last block boundary (inline whitespace counts).
    in_flow: bool,
}

impl Walker {
    fn text(&mut self, text: &Text) {
        let data = text.data();
        if data.is_empty() {
            return;
        }
        let blank = data.chars().all(char::is_whitespace);
        // Whitespace between blocks is indentation, not article text.
        if blank && (self.need_break || !self.in_flow) {
            return;
        }
        if self.need_break && !self.map.text().is_empty() {
            self.map.push_separator("\n\n");
        }
        self.need_break = false;
        self.in_flow = true;
        // Source line breaks inside a paragraph are spaces to a reader; mapping
        // each to one space keeps every UTF-16 offset of the node unchanged.
        let flat: String = data
            .chars()
            .map(|c| {
                if matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        self.map.push_segment(&flat);
        self.nodes.push(text.clone());
    }

    /// Enters `element`: `Some(is_block)` when its children are to be read
    /// (a block's opening boundary is already passed), `None` when it is
    /// skipped (or a `<br>`, handled here).
    fn open(&mut self, element: &Element) -> Option<bool> {
        let tag = element.local_name();
        if SKIPPED.contains(&tag.as_str())
            || (!self.exclude.is_empty() && element.matches(&self.exclude).unwrap_or(false))
        {
            return None;
        }
        if tag == "br" {
            if self.in_flow && !self.need_break {
                self.map.push_separator("\n");
            }
            return None;
        }
        let block = BLOCKS.contains(&tag.as_str());
        if block {
            self.boundary();
        }
        Some(block)
    }

    fn boundary(&mut self) {
        self.need_break = true;
        self.in_flow = false;
    }
}
