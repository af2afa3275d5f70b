//! Sample articles shown on the demo page, embedded at build time.
//!
//! Every sample is written for claimlens (realistic wire style; the people and
//! places are invented) and lives in `www/samples/`. Together they exercise
//! direct, indirect and mixed quotes, pronoun and anonymous sources, every hedge
//! category, every verification state (with evidence sentences away from the
//! claim) and a schema.org ClaimReview carried as JSON-LD beside the text.

use claimlens_engine::claimreview::claim_reviews_from_json_ld;
use claimlens_engine::ClaimReview;

/// One sample article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample {
    /// Short id used in URLs and the sample picker.
    pub id: &'static str,
    /// Title shown in the picker.
    pub title: &'static str,
    /// The article text (paragraphs separated by blank lines).
    pub text: &'static str,
    /// ClaimReview JSON-LD the article's page would carry (empty when none).
    pub review_json_ld: &'static str,
}

impl Sample {
    /// The ClaimReviews of the sample, parsed from its JSON-LD.
    pub fn claim_reviews(&self) -> Vec<ClaimReview> {
        claim_reviews_from_json_ld(self.review_json_ld)
    }
}

/// Every sample, the default first.
pub const SAMPLES: &[Sample] = &[
    Sample {
        id: "warehouse-fire",
        title: "Warehouse fire: a denial, an anonymous source, a false report",
        text: include_str!("../www/samples/warehouse-fire.txt"),
        review_json_ld: "",
    },
    Sample {
        id: "bridge-collapse",
        title: "Bridge collapse: officials, witnesses and a long quote",
        text: include_str!("../www/samples/bridge-collapse.txt"),
        review_json_ld: "",
    },
    Sample {
        id: "storm-outage",
        title: "Storm outage: hedges of every kind, a confirmed figure",
        text: include_str!("../www/samples/storm-outage.txt"),
        review_json_ld: "",
    },
    Sample {
        id: "council-jobs",
        title: "Mayoral race: a claim rated False by a fact-checker (ClaimReview)",
        text: include_str!("../www/samples/council-jobs.txt"),
        review_json_ld: include_str!("../www/samples/council-jobs.review.json"),
    },
];

/// The sample with `id`, if any.
pub fn by_id(id: &str) -> Option<&'static Sample> {
    SAMPLES.iter().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_texts_are_not_empty() {
        assert!(SAMPLES.len() >= 4);
        for (i, s) in SAMPLES.iter().enumerate() {
            assert!(!s.text.trim().is_empty(), "{} is empty", s.id);
            assert_eq!(by_id(s.id).map(|x| x.id), Some(SAMPLES[i].id));
        }
    }

    #[test]
    fn the_fact_check_sample_carries_a_false_rating() {
        let reviews = by_id("council-jobs").unwrap().claim_reviews();
        assert_eq!(reviews.len(), 1);
        assert_eq!(reviews[0].rating.as_deref(), Some("False"));
        assert_eq!(reviews[0].author.as_deref(), Some("Ohio Fact Desk"));
        assert!(by_id("bridge-collapse").unwrap().claim_reviews().is_empty());
    }
}
