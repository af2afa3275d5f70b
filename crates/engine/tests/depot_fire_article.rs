//! A depot-fire story in wire style (`fixtures/verification/depot_fire.txt`,
//! written for these tests): the board chair named `Ferris` in the headline
//! and `Doug Ferris` in the text says the fire was set deliberately, and two
//! paragraphs on that it is too early to tell who set it. His doubt about who
//! is no doubt about his own claim, under either name.

use claimlens_engine::*;

mod common;
use common::with_content;

const ARTICLE: &str = include_str!("fixtures/verification/depot_fire.txt");

#[test]
fn a_source_under_a_shorter_name_is_still_the_source_of_its_own_doubt() {
    let analysis = analyze(ARTICLE);
    let headline = with_content(ARTICLE, &analysis, "depot fire was set deliberately");
    assert_eq!(headline.source.entity.as_deref(), Some("Ferris"));
    let lead = with_content(ARTICLE, &analysis, "destroyed three buses");
    assert_eq!(lead.source.entity.as_deref(), Some("Doug Ferris"));
    for claim in [headline, lead] {
        assert_eq!(claim.state, VerificationState::Reported, "{claim:#?}");
    }
    // The doubt itself is unverified.
    let doubt = with_content(ARTICLE, &analysis, "too early to tell");
    assert_eq!(doubt.state, VerificationState::Unverified);
}
