//! A data-breach story in wire style (`fixtures/verification/bank_breach.txt`,
//! written for these tests): a hackers' group's claim whose evidence (`what it
//! said was a sample of customer records`) the next sentence says could not
//! be checked (`The authenticity of the sample could not be independently
//! verified`), an anonymous source, a conditional on a past fact, a denial,
//! and the hedges of the bank's own statement.

use claimlens_engine::*;

mod common;
use common::{at, joined, with_content};

const ARTICLE: &str = include_str!("fixtures/verification/bank_breach.txt");

#[test]
fn an_unchecked_sample_leaves_the_claim_it_supports_unverified() {
    let analysis = analyze(ARTICLE);
    // `posted what it said was a sample …` and the `it said` inside it.
    let sample: Vec<&Claim> = analysis
        .claims
        .iter()
        .filter(|c| joined(ARTICLE, &c.content.spans).contains("a sample of customer records"))
        .collect();
    assert!(!sample.is_empty());
    for claim in sample {
        assert_eq!(claim.state, VerificationState::Unverified);
        assert!(claim
            .evidence
            .iter()
            .any(|s| at(ARTICLE, *s).contains("independently verified")));
    }
    // Not the bank's own account, told paragraphs before.
    let bank = with_content(ARTICLE, &analysis, "discovered the intrusion on Monday");
    assert_eq!(bank.state, VerificationState::Reported);
}

#[test]
fn the_rest_of_the_story_keeps_its_states_and_sources() {
    let analysis = analyze(ARTICLE);
    let person = with_content(ARTICLE, &analysis, "appeared to have entered");
    assert_eq!(person.source.source_type, SourceType::Anonymous);
    let attorney = with_content(ARTICLE, &analysis, "would be a serious violation");
    assert_eq!(attorney.state, VerificationState::Unverified);
    assert_eq!(attorney.source.entity.as_deref(), Some("Dana Whitfield"));
    let denial = with_content(ARTICLE, &analysis, "it had delayed any notice");
    assert_eq!(denial.state, VerificationState::Disputed);
    // `about 2 million customers` is an approximator on the bank's claim.
    let stolen = with_content(ARTICLE, &analysis, "hackers may have stolen");
    let on_stolen: Vec<HedgeCategory> = analysis
        .hedges
        .iter()
        .filter(|h| h.claim.as_deref() == Some(stolen.id.as_str()))
        .map(|h| h.category)
        .collect();
    assert!(
        on_stolen.contains(&HedgeCategory::Approximator),
        "{on_stolen:?}"
    );
    assert!(on_stolen.contains(&HedgeCategory::Modal), "{on_stolen:?}");
}
