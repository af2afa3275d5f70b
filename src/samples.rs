//! Sample articles shown on the demo page, embedded at build time.
//!
//! Every sample is written for claimlens (realistic wire style; the people and
//! places are invented) and lives in `www/samples/`.

/// One sample article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample {
    /// Short id used in URLs and the sample picker.
    pub id: &'static str,
    /// Title shown in the picker.
    pub title: &'static str,
    /// The article text (paragraphs separated by blank lines).
    pub text: &'static str,
}

/// Every sample, the default first.
pub const SAMPLES: &[Sample] = &[Sample {
    id: "bridge-collapse",
    title: "Bridge collapse: officials, witnesses and a long quote",
    text: include_str!("../www/samples/bridge-collapse.txt"),
}];

/// The sample with `id`, if any.
pub fn by_id(id: &str) -> Option<&'static Sample> {
    SAMPLES.iter().find(|s| s.id == id)
}
