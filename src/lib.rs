//! The claimlens browser widget.
//!
//! Compiled to WebAssembly, this crate puts the [`claimlens_engine`] analysis
//! into a page: the demo page's Yew interface ([`demo`]), reusable Yew
//! components ([`ui`]), exports ([`export`]) and the functions the JavaScript
//! surfaces call ([`api`]). Logic that needs no DOM (which text runs to
//! highlight, [`marks`]; the UI reducer; exports) is kept apart from code that
//! touches it, so it is tested natively.

#![warn(missing_docs)]

pub mod api;
pub mod demo;
pub mod export;
pub mod marks;
pub mod samples;
pub mod ui;
