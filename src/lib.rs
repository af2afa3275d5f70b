//! The claimlens browser widget.
//!
//! Compiled to WebAssembly, this crate puts the [`claimlens_engine`] analysis
//! into a page: the demo page's Yew interface ([`demo`]), reusable Yew
//! components ([`ui`]), exports ([`export`]), the functions the JavaScript
//! surfaces call ([`api`]), the embed for news sites ([`embed`]) and the
//! extension's panel ([`extension`]), on top of the DOM layer ([`dom`]: text
//! extraction, in-place highlighting). Logic that needs no DOM (which text runs
//! to highlight, [`marks`]; the UI reducer; exports) is kept apart from code
//! that touches it, so it is tested natively.

#![warn(missing_docs)]

pub mod api;
#[cfg(feature = "demo")]
pub mod demo;
pub mod dom;
pub mod embed;
#[cfg(feature = "demo")]
pub mod export;
#[cfg(feature = "extension")]
pub mod extension;
pub mod heap;
pub mod json;
pub mod json_out;
pub mod marks;
pub mod parts;
#[cfg(feature = "demo")]
pub mod samples;
#[cfg(feature = "demo")]
pub mod ui;

/// The wasm build's allocator: size classes on free lists over the module's
/// memory ([`heap`]).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: heap::Heap<heap::Memory> = heap::Heap::new(heap::Memory);
