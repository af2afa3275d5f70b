//! A court story in wire style (`fixtures/attribution/redistricting.txt`,
//! written for these tests): a ruling with a time phrase before its clause,
//! sources whose noun phrases hold a participle, a quoted name, `such as` or
//! a preposition, how long someone spoke, `in the words of`, and a
//! headline's `court rules` with its clause.

use claimlens_engine::*;

mod common;
use common::{joined, with_content, with_cue};

const ARTICLE: &str = include_str!("fixtures/attribution/redistricting.txt");

#[test]
fn a_court_ruling_on_a_day_is_the_courts_claim() {
    let analysis = analyze(ARTICLE);
    let ruling = with_cue(ARTICLE, &analysis, "ruled");
    assert_eq!(
        joined(ARTICLE, &ruling.source.spans),
        "The state supreme court"
    );
    assert_eq!(
        joined(ARTICLE, &ruling.content.spans),
        "that the congressional map drawn by the legislature last year was unlawful and must be redrawn before the spring primary"
    );
    // The headline's `strikes down` is the court's own act, not a dispute of
    // its ruling.
    assert_eq!(ruling.state, VerificationState::Reported);
}

#[test]
fn records_obtained_by_a_paper_are_the_source_not_the_paper() {
    let analysis = analyze(ARTICLE);
    let records = with_content(ARTICLE, &analysis, "met with party donors");
    assert_eq!(
        joined(ARTICLE, &records.source.spans),
        "Records obtained by the Hartfield Ledger"
    );
    assert_ne!(
        records.source.entity.as_deref(),
        Some("the Hartfield Ledger")
    );
    let figures = with_content(ARTICLE, &analysis, "a record number of voters");
    assert_eq!(
        joined(ARTICLE, &figures.source.spans),
        "Figures released by the elections board on Monday"
    );
    assert_eq!(joined(ARTICLE, &figures.cue.spans), "show");
}

#[test]
fn a_source_keeps_its_quoted_name_its_examples_and_its_preposition() {
    let analysis = analyze(ARTICLE);
    let outlets = with_content(ARTICLE, &analysis, "mapping software");
    assert_eq!(
        joined(ARTICLE, &outlets.source.spans),
        "Rival outlets such as Capitol Beat"
    );
    // The example is not the source.
    assert_ne!(outlets.source.entity.as_deref(), Some("Capitol Beat"));
    let chapter = with_cue(ARTICLE, &analysis, "explains");
    assert_eq!(
        joined(ARTICLE, &chapter.source.spans),
        "The \"Methods\" chapter of the court's opinion"
    );
    let posts = with_cue(ARTICLE, &analysis, "claimed");
    assert_eq!(
        joined(ARTICLE, &posts.source.spans),
        "Posts on the legislature's internal forum"
    );
}

#[test]
fn how_long_someone_spoke_is_no_claim() {
    let analysis = analyze(ARTICLE);
    let text = |c: &Claim| joined(ARTICLE, &c.content.spans);
    assert!(
        !analysis.claims.iter().any(|c| text(c).contains("an hour")),
        "{:?}",
        analysis.claims.iter().map(text).collect::<Vec<_>>()
    );
    let argued = with_content(ARTICLE, &analysis, "overstepped its authority");
    assert_eq!(joined(ARTICLE, &argued.cue.spans), "argued");
    assert_eq!(
        joined(ARTICLE, &argued.content.spans),
        "that the court had overstepped its authority"
    );
    assert_eq!(argued.source.entity.as_deref(), Some("Dana Whitcomb"));
}

#[test]
fn in_the_words_of_names_the_speaker_before_or_after() {
    let analysis = analyze(ARTICLE);
    let critic = with_content(ARTICLE, &analysis, "got their districts back");
    assert_eq!(joined(ARTICLE, &critic.cue.spans), "In the words of");
    assert_eq!(
        joined(ARTICLE, &critic.source.spans),
        "the map's chief critic, state Sen. Luis Ortega"
    );
    assert_eq!(critic.source.entity.as_deref(), Some("Luis Ortega"));
    assert_eq!(critic.kind, ClaimKind::Direct);
    // Whitcomb's claim before it does not run on over the quotation.
    let argued = with_content(ARTICLE, &analysis, "overstepped its authority");
    assert!(!joined(ARTICLE, &argued.content.spans).contains("districts back"));

    let official = with_content(ARTICLE, &analysis, "little time to act");
    assert_eq!(
        joined(ARTICLE, &official.source.spans),
        "one senior elections official"
    );
    assert_eq!(
        joined(ARTICLE, &official.content.spans),
        "The ruling leaves the legislature with little time to act"
    );
}

#[test]
fn a_headlines_court_rules_a_clause_but_not_against_a_party() {
    let analysis = analyze(ARTICLE);
    let appeals = with_content(ARTICLE, &analysis, "early voting cuts");
    assert_eq!(joined(ARTICLE, &appeals.source.spans), "Appeals court");
    assert_eq!(joined(ARTICLE, &appeals.cue.spans), "rules");
    assert_eq!(
        joined(ARTICLE, &appeals.content.spans),
        "early voting cuts are lawful"
    );
    // `rules against the county` is a decision, not a reported clause.
    assert!(analysis
        .claims
        .iter()
        .all(|c| !joined(ARTICLE, &c.content.spans).contains("ballot printing")));
}
