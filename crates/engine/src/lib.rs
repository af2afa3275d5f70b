//! The claimlens analysis engine.
//!
//! [`analyze`] reads a news article and returns an [`Analysis`]: every attributed
//! claim with its source, cue and content, hedges, verification states and a
//! summary. Pure Rust with no web dependencies: the same code runs natively (CLI,
//! evaluation, benchmarks) and in the browser (through the widget crate).
//!
//! Spans in the returned [`Analysis`] are Unicode code point offsets, end
//! exclusive; internally the pipeline works on UTF-8 byte offsets.
//!
//! ```
//! let analysis = claimlens_engine::analyze("“We are ready,” said Ana Ruiz, a spokeswoman for the ministry.");
//! let claim = &analysis.claims[0];
//! assert_eq!(claim.source.entity.as_deref(), Some("Ana Ruiz"));
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod analyze;
pub mod attribution;
pub mod case;
pub mod claimreview;
pub mod coref;
pub mod cuelex;
pub mod features;
pub mod hedges;
pub mod json;
pub mod lexicon;
pub mod model;
pub mod order;
pub mod quotes;
pub mod rans;
pub mod segment;
pub mod sources;
pub mod stacked;
pub mod substring;
pub mod tagger;
pub mod verification;

pub use analyze::{analyze, analyze_with, prepare, AnalyzeOptions};
pub use model::*;
