//! Competing accounts: a strike one side reports and the other denies, the
//! wire's `could not independently verify either account`, a verdict on
//! earlier reports, and a conditional `if confirmed` inside a claim. The
//! article (`fixtures/verification/grain_ship.txt`) was written for these
//! tests in wire style.

use claimlens_engine::*;

mod common;
use common::{joined, with_content, with_cue};

const ARTICLE: &str = include_str!("fixtures/verification/grain_ship.txt");

#[test]
fn either_account_leaves_both_sides_unverified() {
    use VerificationState::*;
    let text = ARTICLE;
    let analysis = analyze(text);
    // The navy's account and the ministry's counter-account are both what
    // the AP could not verify.
    let navy = with_content(text, &analysis, "was struck by a missile");
    assert_eq!(navy.state, Unverified, "{:#?}", navy);
    let ministry = with_content(text, &analysis, "caused by Ukrainian air defenses");
    assert_eq!(ministry.state, Unverified, "{:#?}", ministry);
    assert!(ministry
        .evidence
        .iter()
        .any(|e| common::at(text, *e).contains("could not independently verify")));
    // The denial itself stays disputed.
    assert_eq!(with_cue(text, &analysis, "denied").state, Disputed);
}

#[test]
fn either_account_in_a_short_passage() {
    use VerificationState::*;
    let text = "Ukraine said a missile struck the ship. Russia denied targeting the vessel \
                and said air defenses caused the damage. The Associated Press could not \
                independently verify either account.";
    let analysis = analyze(text);
    assert_eq!(with_content(text, &analysis, "missile").state, Unverified);
    assert_eq!(
        with_content(text, &analysis, "air defenses").state,
        Unverified
    );
    // Without the referring `either account`, only a claim sharing words
    // with the sentence is reached.
    let text = "Ukraine said a missile struck the ship. Russia said air defenses caused \
                the damage. The Associated Press could not independently verify that.";
    let analysis = analyze(text);
    assert_eq!(with_content(text, &analysis, "missile").state, Reported);
}

#[test]
fn reports_called_false_name_their_medium() {
    use VerificationState::*;
    let text = ARTICLE;
    let analysis = analyze(text);
    // `Earlier reports on Ukrainian social media that the ship had sunk were
    // false, the navy said`: the reports are a claim of their own, nested in
    // the navy's.
    let reports = with_cue(text, &analysis, "reports");
    assert_eq!(
        joined(text, &reports.content.spans),
        "that the ship had sunk"
    );
    assert_eq!(reports.state, Disputed);
    let navy = with_content(text, &analysis, "Earlier reports on Ukrainian social media");
    assert_eq!(reports.parent.as_deref(), Some(navy.id.as_str()));
    // The verdict on the reports says nothing against the owner's estimate
    // that shares one word with them.
    assert_eq!(
        with_content(text, &analysis, "out of service for weeks").state,
        Reported
    );
}

#[test]
fn a_conditional_aside_stays_in_its_claim() {
    use VerificationState::*;
    let text = ARTICLE;
    let analysis = analyze(text);
    // `said the attack, if confirmed, would be "a grave blow"`: one claim,
    // conditional on the attack being confirmed.
    let griffiths = with_content(text, &analysis, "the attack, if confirmed, would be");
    assert_eq!(
        joined(text, &griffiths.source.spans),
        "The United Nations' top humanitarian official, Martin Griffiths,"
    );
    assert_eq!(griffiths.state, Unverified);
    assert!(analysis
        .claims
        .iter()
        .all(|c| joined(text, &c.cue.spans) != "confirmed"));
    let hedge = analysis
        .hedges
        .iter()
        .find(|h| h.category == HedgeCategory::Conditional)
        .expect("the conditional hedge");
    assert_eq!(hedge.claim.as_deref(), Some(griffiths.id.as_str()));
}
