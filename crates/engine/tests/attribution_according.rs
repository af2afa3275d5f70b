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
