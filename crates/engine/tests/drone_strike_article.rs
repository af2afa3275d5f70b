//! A contested strike in wire style (`fixtures/attribution/drone_strike.txt`,
//! written for these tests): the lede sets one party's claim against
//! another's in one sentence (`…, the country's Defense Ministry said, but
//! local officials and relatives said …`), and both keep their words; a
//! denial of `that account`, a report said to have turned out false, and
//! anonymous sources.

use claimlens_engine::*;

mod common;
use common::{joined, with_content};

const ARTICLE: &str = include_str!("fixtures/attribution/drone_strike.txt");

#[test]
fn both_parties_of_a_contested_lede_keep_their_claims() {
    let analysis = analyze(ARTICLE);
    let ministry = with_content(ARTICLE, &analysis, "killed 12 militants");
    assert_eq!(
        joined(ARTICLE, &ministry.content.spans),
        "A drone strike in southern Yemen killed 12 militants on Sunday"
    );
    assert_eq!(ministry.source.entity.as_deref(), Some("Defense Ministry"));
    let locals = with_content(ARTICLE, &analysis, "most of the dead were farmers");
    assert_eq!(
        joined(ARTICLE, &locals.source.spans),
        "local officials and relatives"
    );
    assert_eq!(
        joined(ARTICLE, &locals.content.spans),
        "most of the dead were farmers returning from a market"
    );
    // No claim is left with nothing said.
    assert!(analysis.claims.iter().all(|c| !c.content.spans.is_empty()));
}

#[test]
fn the_rest_of_the_story_keeps_its_states() {
    let analysis = analyze(ARTICLE);
    let denial = with_content(ARTICLE, &analysis, "that account");
    assert_eq!(denial.state, VerificationState::Disputed);
    let farmers = with_content(ARTICLE, &analysis, "They had bags of flour");
    assert_eq!(farmers.state, VerificationState::Disputed);
    let school = with_content(ARTICLE, &analysis, "a school had been hit");
    assert_eq!(school.state, VerificationState::False);
    let aid = with_content(ARTICLE, &analysis, "the death toll could rise");
    assert_eq!(aid.source.source_type, SourceType::Anonymous);
}
