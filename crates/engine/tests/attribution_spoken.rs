//! Spoken English (court transcripts, interviews): the speaker of a stance is
//! the pronoun alone, without the interjection, address or contracted
//! auxiliary before or on it, and `you know,` / `I mean,` are fillers.

use claimlens_engine::analyze;

mod common;
use common::joined;

const HEARING: &str = "The hearing resumed after lunch.\n\nOkay. Uh I do think the contract was clear. Well I believe he paid late. Mr. Ortega I know you disagree, but I'm saying the invoice was wrong. So I’m not sure the judge saw it.\n\nYou know, the roof leaked for weeks. I mean, nobody checked the gutters. The inspector, you know, never came back. Um, the builder said the gutters were fine.\n";

/// Every claim as `source / cue`.
fn pairs(text: &str) -> Vec<String> {
    analyze(text)
        .claims
        .iter()
        .map(|c| {
            format!(
                "{} / {}",
                joined(text, &c.source.spans),
                joined(text, &c.cue.spans)
            )
        })
        .collect()
}

#[test]
fn a_spoken_stance_is_the_pronoun_s_alone() {
    let got = pairs(HEARING);
    for want in [
        "I / do think",
        "I / believe",
        "I / know",
        "I / saying",
        "I / not sure",
    ] {
        assert!(got.iter().any(|p| p == want), "{want} in {got:?}");
    }
    assert!(
        got.iter()
            .all(|p| !p.starts_with("Uh") && !p.starts_with("Mr.")),
        "{got:?}"
    );
}

#[test]
fn an_interjection_opens_no_source() {
    let got = pairs(HEARING);
    assert!(got.iter().any(|p| p == "the builder / said"), "{got:?}");
}

#[test]
fn fillers_attribute_nothing() {
    let got = pairs(HEARING);
    assert!(
        got.iter()
            .all(|p| !p.ends_with("/ know") || p == "I / know")
            && got.iter().all(|p| !p.ends_with("/ mean")),
        "{got:?}"
    );
}

#[test]
fn a_contracted_subject_opens_the_content_not_the_cue() {
    let text = "The court heard both sides.\n\nI know there's a lot of confusion between our side and theirs.\n";
    let a = analyze(text);
    let c = a
        .claims
        .iter()
        .find(|c| joined(text, &c.source.spans) == "I")
        .unwrap_or_else(|| panic!("{:#?}", a.claims));
    assert_eq!(joined(text, &c.cue.spans), "know");
    assert!(joined(text, &c.content.spans).starts_with("there's"));
}
