//! A science story in wire style (`fixtures/attribution/dementia_study.txt`,
//! written for these tests): an outside expert introduced with a relative
//! clause, a study described by one, posts a scientist calls false, and a
//! finding not yet replicated.

use claimlens_engine::*;

mod common;
use common::{joined, with_content, with_cue};

const ARTICLE: &str = include_str!("fixtures/attribution/dementia_study.txt");

#[test]
fn a_relative_clause_between_speaker_and_cue_stays_with_the_speaker() {
    let text = ARTICLE;
    let analysis = analyze(text);
    // `Dr. Paul Ostrowski of …, who was not involved in the study, said …`:
    // the study inside the clause is not the speaker.
    let expert = with_content(text, &analysis, "healthier to begin with");
    assert_eq!(
        joined(text, &expert.source.spans),
        "Dr. Paul Ostrowski of the University of Edinburgh, who was not involved in the study"
    );
    assert_eq!(expert.source.entity.as_deref(), Some("Paul Ostrowski"));
    // `The study, which followed … patients in Britain …, found`: the
    // study, not the country named in its clause.
    let study = with_cue(text, &analysis, "found");
    assert_eq!(study.source.entity.as_deref(), Some("The study"));
    assert_eq!(study.source.source_type, SourceType::Document);
}

#[test]
fn posts_claiming_something_are_the_source_of_what_they_claim() {
    use VerificationState::*;
    let text = ARTICLE;
    let analysis = analyze(text);
    let posts = with_cue(text, &analysis, "claiming");
    assert_eq!(joined(text, &posts.source.spans), "Social media posts");
    assert_eq!(
        joined(text, &posts.content.spans),
        "that the drug reverses memory loss"
    );
    assert_eq!(posts.state, Disputed);
    // The drug maker's statement shares words with the posts but is no
    // answer to them.
    assert_eq!(
        with_content(text, &analysis, "welcomed the research").state,
        Reported
    );
}

#[test]
fn findings_not_yet_replicated_are_unverified() {
    use VerificationState::*;
    let text = ARTICLE;
    let analysis = analyze(text);
    let finding = with_content(text, &analysis, "may lower the risk of dementia");
    assert_eq!(finding.state, Unverified);
    assert!(finding
        .evidence
        .iter()
        .any(|e| common::at(text, *e) == "not yet been replicated"));
}
