//! A wildfire story in wire style (`fixtures/verification/wildfire.txt`,
//! written for these tests): earlier reports said to have turned out false
//! are `false`, and the correction beside them (`Earlier reports that a
//! resident had died turned out to be false, he said; the man had been
//! rescued …`) is not: a report of the same thing shares its words.

use claimlens_engine::*;

mod common;
use common::{joined, with_content};

const ARTICLE: &str = include_str!("fixtures/verification/wildfire.txt");

#[test]
fn a_report_that_turned_out_false_is_false() {
    let analysis = analyze(ARTICLE);
    let died = with_content(ARTICLE, &analysis, "a resident had died");
    assert_eq!(died.state, VerificationState::False);
    assert!(died
        .evidence
        .iter()
        .any(|s| joined(ARTICLE, &[*s]) == "turned out to be false"));
}

#[test]
fn the_correction_beside_a_false_report_is_not_false() {
    let analysis = analyze(ARTICLE);
    let rescued = with_content(ARTICLE, &analysis, "the man had been rescued");
    assert_eq!(rescued.source.entity.as_deref(), Some("Tom Aldana"));
    assert_eq!(
        rescued.state,
        VerificationState::Reported,
        "{:?}",
        rescued.notes
    );
}
