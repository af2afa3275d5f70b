//! The source of `according to X` is the whole phrase after the cue: to its
//! comma, or to the end of the sentence when the content came first.

use claimlens_engine::{analyze, Analysis, Claim};

mod common;
use common::at;

fn according_claims<'a>(text: &str, a: &'a Analysis) -> Vec<&'a Claim> {
    a.claims
        .iter()
        .filter(|c| {
            c.cue
                .spans
                .iter()
                .any(|s| at(text, *s).eq_ignore_ascii_case("according to"))
        })
        .collect()
}

fn sources(text: &str, c: &Claim) -> Vec<String> {
    c.source.spans.iter().map(|s| at(text, *s)).collect()
}

const PARK: &str = "The Orlen gardens are the third most visited site in the valley according to Travelstat. In March, the park had over two million visitors according to Parkwatch Analytics. In April, the lake drew 90,000 anglers according to Fishcount Ltd (full data on its website).\n\nThe ferry to Kessel will stop for a month, according to a harbour report released last week. According to an online posting, the booking server was attacked on Sunday.\n";

#[test]
fn a_closing_according_to_takes_the_phrase_after_it() {
    let a = analyze(PARK);
    let found: Vec<Vec<String>> = according_claims(PARK, &a)
        .iter()
        .map(|c| sources(PARK, c))
        .collect();
    for want in [
        "Travelstat",
        "Parkwatch Analytics",
        "a harbour report released last week",
        "Fishcount Ltd",
    ] {
        assert!(found.iter().any(|s| s == &[want]), "{want}: {found:?}");
    }
    // `visitors` before the cue is no source.
    assert!(!found.iter().any(|s| s == &["visitors"]), "{found:?}");
}

#[test]
fn an_opening_according_to_runs_to_its_comma_and_keeps_the_content() {
    let a = analyze(PARK);
    let c = according_claims(PARK, &a)
        .into_iter()
        .find(|c| sources(PARK, c) == ["an online posting"])
        .unwrap_or_else(|| panic!("{:#?}", a.claims));
    let content: Vec<String> = c.content.spans.iter().map(|s| at(PARK, *s)).collect();
    assert_eq!(content, ["the booking server was attacked on Sunday"]);
    // No claim is left with the noun `posting` as its cue.
    assert!(!a
        .claims
        .iter()
        .any(|c| c.cue.spans.iter().any(|s| at(PARK, *s) == "posting")));
}

#[test]
fn the_phrase_takes_back_what_the_tagger_gave_to_the_content() {
    let text = "The robotics team from Varnia won a silver medal in Geneva on Friday. According to Varnian Ambassador to the United Kingdom Ilse Morrow, the team's success shows progress in the country's schools.";
    let a = analyze(text);
    let c = according_claims(text, &a)[0];
    assert_eq!(
        sources(text, c),
        ["Varnian Ambassador to the United Kingdom Ilse Morrow"]
    );
    let content: Vec<String> = c.content.spans.iter().map(|s| at(text, *s)).collect();
    assert_eq!(
        content,
        ["the team's success shows progress in the country's schools"]
    );
}

/// Written for this test: a document source described by a participle
/// phrase, and a later sentence that leaves its figure unverified.
const BUDGET: &str = "WASHINGTON (Wire) — According to a draft budget document seen by Wire, the bill would also allocate $2.1 billion for surveillance towers. The figure could not be independently verified.\n";

#[test]
fn a_participle_phrase_stays_in_the_source_and_the_clause_is_the_content() {
    let a = analyze(BUDGET);
    let c = according_claims(BUDGET, &a);
    assert_eq!(c.len(), 1, "{:#?}", a.claims);
    assert_eq!(
        sources(BUDGET, c[0]),
        ["a draft budget document seen by Wire"]
    );
    assert_eq!(
        at(BUDGET, c[0].content.spans[0]),
        "the bill would also allocate $2.1 billion for surveillance towers"
    );
    // No claim of `Wire` with the cue `seen`.
    assert!(a
        .claims
        .iter()
        .all(|c| c.cue.spans.iter().all(|s| at(BUDGET, *s) != "seen")));
    // `The figure` refers back to the claim's number.
    assert_eq!(c[0].state, claimlens_engine::VerificationState::Unverified);
}
