//! Two parties telling one event in opposite words, paragraphs apart and with
//! no denial word: both accounts are `disputed`. A claim that only says the
//! question is open takes no side. The article is written for these tests in
//! wire style and analysed whole.

use claimlens_engine::*;

mod common;
use common::with_content;

const SHOOTING: &str = "MERRITT FALLS, Ohio (Wire) — A police officer shot and wounded a man outside a grocery store on Saturday night, the city said.\n\nThe man's brother, Dale Okoro, told reporters that Samuel Okoro was unarmed and had his hands raised.\n\nThe shooting drew about 200 people to a vigil outside the store on Sunday.\n\nCity officials said the store's cameras were being reviewed.\n\nPolice Chief Rita Vance said officers saw Okoro pull a handgun from his waistband.\n\nA neighbour, Ana Belko, said the recording she made did not show whether he held anything.\n";

fn claim<'a>(analysis: &'a Analysis, words: &str) -> &'a Claim {
    with_content(SHOOTING, analysis, words)
}

#[test]
fn unarmed_and_a_handgun_dispute_each_other_paragraphs_apart() {
    let analysis = analyze(SHOOTING);
    let brother = claim(&analysis, "was unarmed");
    let chief = claim(&analysis, "pull a handgun");
    assert_eq!(brother.state, VerificationState::Disputed);
    assert_eq!(chief.state, VerificationState::Disputed);
    assert!(
        brother.notes.iter().any(|n| n.contains("opposite")),
        "{:?}",
        brother.notes
    );
    // Each has the other's content as evidence.
    assert!(brother.evidence.contains(&chief.content.spans[0]));
    assert!(chief.evidence.contains(&brother.content.spans[0]));
}

#[test]
fn a_claim_that_leaves_the_question_open_takes_no_side() {
    let analysis = analyze(SHOOTING);
    let neighbour = claim(&analysis, "did not show whether");
    assert_ne!(neighbour.state, VerificationState::Disputed);
}

#[test]
fn one_party_on_both_sides_is_no_dispute() {
    let text = "Chief Rita Vance said the suspect was unarmed when officers reached him. \
                Vance said officers later found a rifle in his truck.";
    let analysis = analyze(text);
    assert!(
        analysis
            .claims
            .iter()
            .all(|c| c.state != VerificationState::Disputed),
        "{:#?}",
        analysis.claims
    );
}
