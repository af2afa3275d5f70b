//! A museum study in wire style (`fixtures/attribution/labels.txt`, written
//! for these tests): findings that close a sentence (`…, a study released on
//! Thursday found`, a headline's `…, eye-tracking study finds`), a source
//! that keeps its participle phrase (`the results reported here show`), an
//! example's `say` inside a content, a source after `with one`, a poem's
//! `Let me say`, where a poet writes (no claim), `According to Whitlock the museum …` without a comma, and
//! `according to` a classification system (manner, not attribution).

use claimlens_engine::*;

mod common;
use common::{joined, span, with_content};

const ARTICLE: &str = include_str!("fixtures/attribution/labels.txt");

#[test]
fn a_finding_that_closes_a_sentence_is_the_studys_claim() {
    let analysis = analyze(ARTICLE);
    let study = with_content(ARTICLE, &analysis, "less than four seconds");
    assert_eq!(
        joined(ARTICLE, &study.source.spans),
        "a study released on Thursday"
    );
    assert_eq!(joined(ARTICLE, &study.cue.spans), "found");
    assert_eq!(
        joined(ARTICLE, &study.content.spans),
        "Visitors to a regional art museum spend less than four seconds on the average wall label"
    );
    // `label` the noun is no cue of a claim of its own.
    assert!(analysis
        .claims
        .iter()
        .all(|c| !joined(ARTICLE, &c.cue.spans).starts_with("label")));
    // The headline drops its article.
    let headline = with_content(ARTICLE, &analysis, "skim wall labels");
    assert_eq!(
        joined(ARTICLE, &headline.source.spans),
        "eye-tracking study"
    );
    assert_eq!(joined(ARTICLE, &headline.cue.spans), "finds");
}

#[test]
fn results_keep_the_participle_that_describes_them() {
    let analysis = analyze(ARTICLE);
    let results = with_content(ARTICLE, &analysis, "returned to a label");
    assert_eq!(
        joined(ARTICLE, &results.source.spans),
        "the results reported here"
    );
    assert_eq!(joined(ARTICLE, &results.cue.spans), "show");
    assert!(joined(ARTICLE, &results.content.spans).starts_with("that most visitors"));
}

#[test]
fn an_examples_say_is_no_claim_and_stays_in_the_content() {
    let analysis = analyze(ARTICLE);
    let whitlock = with_content(ARTICLE, &analysis, "labels could be cut");
    assert_eq!(
        joined(ARTICLE, &whitlock.content.spans),
        "labels could be cut to, say, 40 words without losing what curators want visitors to know"
    );
    // No claim of its own: the only `say` claim is the poem's.
    let says: Vec<String> = analysis
        .claims
        .iter()
        .filter(|c| joined(ARTICLE, &c.cue.spans) == "say")
        .map(|c| joined(ARTICLE, &c.content.spans))
        .collect();
    assert_eq!(says, ["\"the eye is never done with looking.\""]);
}

#[test]
fn one_poster_is_the_source_and_let_me_say_is_the_poets() {
    let analysis = analyze(ARTICLE);
    let poster = with_content(ARTICLE, &analysis, "Nobody reads the labels");
    assert_eq!(joined(ARTICLE, &poster.source.spans), "one poster");
    assert_eq!(joined(ARTICLE, &poster.cue.spans), "writing");
    let poem = with_content(ARTICLE, &analysis, "the eye is never done");
    assert_eq!(joined(ARTICLE, &poem.source.spans), "me");
    assert_eq!(joined(ARTICLE, &poem.cue.spans), "say");
    // Where the poet writes (`has written for The Atlantic`, `wrote for the
    // museum`) is no claim.
    let cues: Vec<String> = analysis
        .claims
        .iter()
        .map(|c| joined(ARTICLE, &c.cue.spans))
        .collect();
    assert!(!cues.iter().any(|c| c.ends_with("for")), "{cues:?}");
}

#[test]
fn according_to_without_a_comma_ends_its_source_before_the_clause() {
    let analysis = analyze(ARTICLE);
    let whitlock = with_content(ARTICLE, &analysis, "had never measured");
    assert_eq!(joined(ARTICLE, &whitlock.source.spans), "Whitlock");
    assert_eq!(joined(ARTICLE, &whitlock.cue.spans), "According to");
    assert!(joined(ARTICLE, &whitlock.content.spans).starts_with("the museum had never measured"));
}

#[test]
fn according_to_a_classification_system_attributes_nothing() {
    let analysis = analyze(ARTICLE);
    let sentence = span(
        ARTICLE,
        "Researchers coded every glance according to the Brennan classification system.",
    );
    let touching: Vec<&Claim> = analysis
        .claims
        .iter()
        .filter(|c| c.role_spans().any(|s| s.overlaps(&sentence)))
        .collect();
    assert!(touching.is_empty(), "{touching:#?}");
}
