//! The DOM layer: reading an article out of real markup and highlighting it in
//! place, for the embed and the browser extension.
//!
//! Selector logic that needs no DOM (offsets, text ↔ segment mapping, which runs
//! to mark) lives in `claimlens_anchoring` and [`crate::marks`]; this module only
//! adapts it to web-sys nodes, in the manner of Apache Annotator's DOM adapters
//! and Hypothesis's highlighter:
//!
//! 1. [`extract`] walks an element and returns its text (paragraph breaks between
//!    blocks) with a [`claimlens_anchoring::SegmentMap`] of the text nodes it
//!    came from;
//! 2. [`highlight`] wraps every text-node piece of every mark in a `<cl-mark>`
//!    element carrying the `data-cl-*` contract, and returns a [`Highlights`]
//!    whose [`Highlights::clear`] restores the DOM exactly (identical
//!    `innerHTML`, the original text nodes kept); [`Painting`] does the same in
//!    slices, so a long article can be highlighted between other tasks.
//!
//! ```text
//! let extraction = extract(&article, DEFAULT_EXCLUDE)?;
//! let analysis = claimlens_engine::analyze(extraction.text());
//! let highlights = highlight(&extraction, &marks(&analysis))?;
//! // … later
//! highlights.clear();
//! ```

mod extract;
mod highlight;
mod styles;

pub use extract::{extract, DomError, Extraction, Reading, DEFAULT_EXCLUDE};
pub use highlight::{highlight, unwrap_stray_marks, Highlights, Painting, MARK_TAG};
pub use styles::{adopt_sheet, release_sheet, MARK_CSS};
