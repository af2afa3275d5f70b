//! The attribution tagger's inner loops: per token feature templates
//! ([`templates`]), weight-row sums ([`sums`]) and Viterbi decoding
//! ([`viterbi`]), over plain slices.
//!
//! They live in their own crate for one reason: the wasm build is optimised
//! for size (`opt-level = "z"`), which inlines almost nothing, and these
//! loops run once per token. The `wasm` profile compiles this crate alone for
//! speed (`[profile.wasm.package.claimlens-tagcore]` in the workspace
//! `Cargo.toml`), which costs a few kilobytes instead of the tens that the
//! whole engine at a higher level would. The engine calls only functions
//! that are not generic, so that they are compiled here, under that profile,
//! and not in their caller; the generic templates ([`templates::Sink`]) are
//! instantiated here by [`emit`] (and by the training for its hash lists).

pub mod emit;
pub mod stacked;
pub mod sums;
pub mod templates;
pub mod viterbi;

/// Number of labels (BIO tags for source, cue and content).
pub const LABELS: usize = 7;
