//! A transit-levy story in wire style (`fixtures/verification/transit_levy.txt`,
//! written for these tests): a taxpayers' group's charge answered four
//! paragraphs later by the agency's reply (`Okafor responded that …`) and the
//! quote that carries the reply on, and a board chair's promise of an audit
//! "within two weeks" that the article says came and went.

use claimlens_engine::*;

mod common;
use common::{at, with_content};

const ARTICLE: &str = include_str!("fixtures/verification/transit_levy.txt");

#[test]
fn a_reply_disputes_the_charge_it_answers_and_the_quote_after_it() {
    let analysis = analyze(ARTICLE);
    let charge = with_content(
        ARTICLE,
        &analysis,
        "went largely to administrative salaries",
    );
    let reply = with_content(
        ARTICLE,
        &analysis,
        "the salaries Keane cited include drivers",
    );
    let quote = with_content(ARTICLE, &analysis, "keeps a bus on the road");
    for claim in [charge, reply, quote] {
        assert_eq!(claim.state, VerificationState::Disputed, "{claim:#?}");
    }
    assert!(charge
        .evidence
        .iter()
        .any(|s| at(ARTICLE, *s).contains("drivers and mechanics")));
    // Keane's own quote shares no word with the reply, and the annual
    // report's figures are no party's charge.
    let payroll = with_content(ARTICLE, &analysis, "a bigger payroll");
    assert_eq!(payroll.state, VerificationState::Reported);
    let ridership = with_content(ARTICLE, &analysis, "Ridership rose 6 percent");
    assert_eq!(ridership.state, VerificationState::Reported);
}
