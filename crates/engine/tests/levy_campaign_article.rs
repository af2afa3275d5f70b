//! A transit-levy story in wire style (`fixtures/verification/levy_campaign.txt`,
//! written for these tests): a taxpayers' group's charge answered four
//! paragraphs later by the agency's reply (`Okafor responded that …`) and the
//! quote that carries the reply on, and a former board member who `said as
//! much`; a board chair's promise of an audit
//! "within two weeks" that the article says came and went; and depot footage
//! that shows, in the same words, what the group's director said paragraphs
//! before, and the doubt right after it about another point.

use claimlens_engine::*;

mod common;
use common::{at, with_content};

const ARTICLE: &str = include_str!("fixtures/verification/levy_campaign.txt");

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

#[test]
fn a_promised_time_that_came_and_went_shows_the_promise_false() {
    let analysis = analyze(ARTICLE);
    let promise = with_content(ARTICLE, &analysis, "would publish an independent audit");
    assert_eq!(promise.state, VerificationState::False, "{promise:#?}");
    assert!(promise
        .evidence
        .iter()
        .any(|s| at(ARTICLE, *s) == "have come and gone"));
}

#[test]
fn a_record_that_repeats_a_claim_in_its_words_confirms_it() {
    let analysis = analyze(ARTICLE);
    let idle = with_content(ARTICLE, &analysis, "parked at the depot for hours");
    assert_eq!(idle.state, VerificationState::Confirmed, "{idle:#?}");
    assert!(idle.evidence.iter().any(|s| at(ARTICLE, *s) == "shows"));
    // (Two shared content words, paragraphs apart: too little by topic
    // alone.) Keane's other words are not repeated.
    let promised = with_content(ARTICLE, &analysis, "Riders were promised new buses");
    assert_eq!(promised.state, VerificationState::Reported);
}

#[test]
fn what_a_record_shows_outweighs_doubt_about_another_point() {
    let analysis = analyze(ARTICLE);
    // `It was not clear when the footage was recorded or whether the coaches
    // in the lot were out of service` reaches the footage only by its words.
    let footage = with_content(ARTICLE, &analysis, "a row of coaches");
    assert_eq!(footage.state, VerificationState::Confirmed, "{footage:#?}");
    assert!(footage
        .evidence
        .iter()
        .all(|s| !at(ARTICLE, *s).contains("not clear")));
}

#[test]
fn saying_as_much_takes_the_state_of_the_claim_before() {
    let analysis = analyze(ARTICLE);
    let ortega = with_content(ARTICLE, &analysis, "as much");
    assert_eq!(ortega.source.entity.as_deref(), Some("Luis Ortega"));
    assert_eq!(ortega.state, VerificationState::Disputed, "{ortega:#?}");
}
