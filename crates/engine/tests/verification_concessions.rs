//! Claims a sentence sets against each other with a concessive frame
//! (`Though X says …, experts say …`; `X's promises notwithstanding, analysts
//! agree …`; `the gap between what X says and what Y says`): both are
//! `disputed`; so is the reason a party gives with its denial. Passages written
//! for these tests in wire style, analysed whole.

use claimlens_engine::*;

mod common;
use common::with_content;

/// The state of the claim whose content contains `words`.
fn state_of(analysis: &Analysis, text: &str, words: &str) -> VerificationState {
    with_content(text, analysis, words).state
}

#[test]
fn a_concessive_clause_and_the_answer_to_it_are_both_disputed() {
    let text = "Though Governor Alma Reyes has promised that the toll cut will mostly help \
                commuters, independent economists say the largest savings would go to freight \
                companies.";
    let analysis = analyze(text);
    assert_eq!(
        state_of(&analysis, text, "mostly help commuters"),
        VerificationState::Disputed
    );
    assert_eq!(
        state_of(&analysis, text, "largest savings"),
        VerificationState::Disputed
    );
}

#[test]
fn notwithstanding_sets_one_claim_against_the_next() {
    let text = "The mayor's pledge that the new levy would spare renters notwithstanding, \
                housing analysts agree that landlords will pass most of it on.";
    let analysis = analyze(text);
    assert_eq!(
        state_of(&analysis, text, "landlords will pass"),
        VerificationState::Disputed
    );
}

#[test]
fn a_speaker_set_against_his_own_deeds_is_no_dispute() {
    // One party in both clauses, and the second clause tells what he did.
    let text = "Though Senator Paul Hendry said the audit was overdue, he voted to delay it \
                for another year.";
    let analysis = analyze(text);
    assert_eq!(
        state_of(&analysis, text, "audit was overdue"),
        VerificationState::Reported
    );
    // A temporal `while` is no concession either.
    let text = "While the storm was passing, the harbour master said the ferries would \
                resume at noon.";
    let analysis = analyze(text);
    assert_eq!(
        state_of(&analysis, text, "ferries would resume"),
        VerificationState::Reported
    );
}

#[test]
fn the_reason_given_with_a_denial_is_disputed_too() {
    // Written for this test.
    let text = "The audit found that Meridian Civil Works billed the city for steel it had \
                not delivered. Meridian Civil Works denied the finding on Tuesday, saying \
                every invoice matched a delivery receipt.";
    let analysis = analyze(text);
    assert_eq!(
        state_of(&analysis, text, "every invoice matched"),
        VerificationState::Disputed
    );
}
