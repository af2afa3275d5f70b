//! A ballot-measure story in wire style (`fixtures/attribution/transit_levy.txt`,
//! written for these tests): a poll is the source of what it found, whether
//! it opens the sentence (`In a … poll released Thursday, 54 percent …`,
//! with the voters' `said` nested inside) or closes the finding (`Whitlock
//! leads Okafor by 7 points in the latest poll`), but not when it is part of
//! someone else's source or claim (`Voters in the survey said`, `Brandt said
//! Okafor is ahead … in the campaign's own polling`); `were quick to point
//! out` keeps its subject; `the county` is the county, not the county
//! executive named before.

use claimlens_engine::*;

mod common;
use common::{joined, with_content, with_cue};

const ARTICLE: &str = include_str!("fixtures/attribution/transit_levy.txt");

#[test]
fn a_poll_that_opens_the_sentence_is_the_source_of_its_finding() {
    let analysis = analyze(ARTICLE);
    let poll = with_content(ARTICLE, &analysis, "54 percent of likely voters said");
    assert_eq!(
        joined(ARTICLE, &poll.source.spans),
        "a Pacific Research Group poll released Thursday"
    );
    assert_eq!(joined(ARTICLE, &poll.cue.spans), "In");
    assert_eq!(
        joined(ARTICLE, &poll.content.spans),
        "54 percent of likely voters said they would vote for the levy, up from 46 percent in June"
    );
    assert_eq!(poll.state, VerificationState::Reported);
    // The voters' own claim stays, nested in the poll's.
    let voters = with_cue(ARTICLE, &analysis, "said");
    assert_eq!(
        joined(ARTICLE, &voters.content.spans),
        "they would vote for the levy"
    );
    assert_eq!(voters.parent.as_deref(), Some(poll.id.as_str()));
    let same = with_content(ARTICLE, &analysis, "support among voters over 65");
    assert_eq!(joined(ARTICLE, &same.source.spans), "the same survey");
}

#[test]
fn a_poll_that_closes_a_finding_is_its_source() {
    let analysis = analyze(ARTICLE);
    let lead = with_content(ARTICLE, &analysis, "leads challenger Ray Okafor");
    assert_eq!(joined(ARTICLE, &lead.source.spans), "the latest poll");
    assert_eq!(joined(ARTICLE, &lead.cue.spans), "in");
    assert_eq!(
        joined(ARTICLE, &lead.content.spans),
        "County Executive Dana Whitlock leads challenger Ray Okafor by 7 points"
    );
}

#[test]
fn a_poll_inside_another_source_or_claim_is_no_source_of_its_own() {
    let analysis = analyze(ARTICLE);
    let voters = with_content(ARTICLE, &analysis, "traffic was their top concern");
    assert_eq!(
        joined(ARTICLE, &voters.source.spans),
        "Voters in the survey"
    );
    let brandt = with_content(ARTICLE, &analysis, "Okafor is ahead among rural voters");
    assert_eq!(brandt.source.entity.as_deref(), Some("Lisa Brandt"));
    assert_eq!(
        joined(ARTICLE, &brandt.content.spans),
        "Okafor is ahead among rural voters in the campaign's own polling"
    );
    // Only the two opening polls and the closing one take `in` as a cue.
    let by_in = analysis
        .claims
        .iter()
        .filter(|c| joined(ARTICLE, &c.cue.spans).eq_ignore_ascii_case("in"))
        .count();
    assert_eq!(by_in, 3);
}

#[test]
fn quick_to_point_out_keeps_its_subject() {
    let analysis = analyze(ARTICLE);
    let backers = with_content(ARTICLE, &analysis, "no property tax component");
    assert_eq!(joined(ARTICLE, &backers.source.spans), "The levy's backers");
}

#[test]
fn the_county_is_not_the_county_executive() {
    let analysis = analyze(ARTICLE);
    let county = with_content(ARTICLE, &analysis, "the title was filed on time");
    assert_eq!(joined(ARTICLE, &county.source.spans), "The county");
    assert_ne!(
        county.source.entity.as_deref(),
        Some("County Executive Dana Whitlock")
    );
    assert_eq!(
        county.source.entity.as_deref(),
        Some("The county"),
        "{:?}",
        county.source
    );
}
