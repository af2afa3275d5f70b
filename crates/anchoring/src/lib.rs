//! Offsets for claimlens, kept apart from any DOM.
//!
//! The engine works on UTF-8 byte offsets, the DOM counts UTF-16 code units and
//! W3C Web Annotation selectors (and the JSON model) count Unicode code points.
//! This crate converts between the three ([`OffsetIndex`]) and maps positions in
//! an article's concatenated text onto the text segments (DOM text nodes) it was
//! built from ([`SegmentMap`]).
//!
//! ```
//! use claimlens_anchoring::OffsetIndex;
//! let text = "a “é” 😀";
//! let index = OffsetIndex::new(text);
//! let byte = text.find('😀').unwrap();
//! assert_eq!(index.byte_to_char(byte), 6);
//! assert_eq!(index.byte_to_utf16(byte), 6);
//! assert_eq!(index.char_to_byte(6), Some(byte));
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod cursor;
mod offsets;
mod segments;

pub use cursor::CharCursor;
pub use offsets::OffsetIndex;
pub use segments::{SegmentMap, SegmentPosition};
