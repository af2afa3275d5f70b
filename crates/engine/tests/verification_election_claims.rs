//! An election-fraud claim and its rejection, in wire style
//! (`fixtures/verification/dead_voters.txt`, written for these tests): the
//! claim named inside the rejection, a senator introduced by an indefinite
//! apposition, an unanswered request, and `the dispute` as a plain noun.

use claimlens_engine::*;

mod common;
use common::{joined, with_content, with_cue};

const ARTICLE: &str = include_str!("fixtures/verification/dead_voters.txt");

#[test]
fn claims_by_a_party_inside_a_rejection_are_a_claim_of_their_own() {
    use VerificationState::*;
    let text = ARTICLE;
    let analysis = analyze(text);
    // `rejected claims by a state senator that thousands of ballots …`.
    let senator = with_cue(text, &analysis, "claims");
    assert_eq!(joined(text, &senator.source.spans), "a state senator");
    assert_eq!(
        joined(text, &senator.content.spans),
        "that thousands of ballots had been cast in the names of dead voters"
    );
    assert_eq!(senator.state, Disputed);
    let rejection = with_cue(text, &analysis, "rejected");
    assert_eq!(senator.parent.as_deref(), Some(rejection.id.as_str()));
    assert_eq!(rejection.state, Disputed);
}

#[test]
fn an_indefinite_apposition_names_no_one() {
    let text = ARTICLE;
    let analysis = analyze(text);
    // `Sen. Rick Dorsey, a Republican from Mesa, told …`: Dorsey, not
    // `Republican`.
    let told = with_cue(text, &analysis, "told");
    assert_eq!(told.source.entity.as_deref(), Some("Rick Dorsey"));
    assert_eq!(told.source.source_type, SourceType::Person);
}

#[test]
fn an_unanswered_request_and_a_plain_dispute_are_no_claims_or_cues() {
    use VerificationState::*;
    let text = ARTICLE;
    let analysis = analyze(text);
    // `his office did not respond to repeated requests to see it`.
    assert!(analysis
        .claims
        .iter()
        .all(|c| !joined(text, &c.content.spans).contains("repeated requests")));
    // `Asked whether she expected the dispute to affect turnout`: the noun
    // disputes nothing.
    let asked = with_content(text, &analysis, "the dispute to affect turnout");
    assert_eq!(asked.state, Reported);
    // The verb still does.
    let text = "Residents dispute the account. The mayor said the dispute would end soon.";
    let analysis = analyze(text);
    assert_eq!(with_cue(text, &analysis, "dispute").state, Disputed);
    assert_eq!(
        with_content(text, &analysis, "would end soon").state,
        Reported
    );
}
