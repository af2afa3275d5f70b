//! Stances outside news (papers, biographies): a subject, a verb of stating,
//! thinking or evidence and `that` opening a clause are an attribution even
//! where the tagger finds none.

use claimlens_engine::analyze;

mod common;
use common::joined;

const PAPER: &str = "Discussion\n\nWe hypothesized that the seedlings, which grew in shade, would flower late. Marta Ilves realised that in a similar way, the roots store water for weeks. These examples show that it is possible to predict the timing.\n\nMethods\n\nWe established that protocol in 2019.\n";

/// Every claim as `source / cue / content`.
fn triples(text: &str) -> Vec<String> {
    analyze(text)
        .claims
        .iter()
        .map(|c| {
            format!(
                "{} / {} / {}",
                joined(text, &c.source.spans),
                joined(text, &c.cue.spans),
                joined(text, &c.content.spans)
            )
        })
        .collect()
}

#[test]
fn a_subject_verb_and_that_clause_make_a_claim() {
    let got = triples(PAPER);
    for want in [
        "We / hypothesized / that the seedlings, which grew in shade, would flower late",
        "Marta Ilves / realised / that in a similar way, the roots store water for weeks",
        "These examples / show / that it is possible to predict the timing",
    ] {
        assert!(got.iter().any(|c| c == want), "{want} in {got:?}");
    }
}

#[test]
fn that_as_a_determiner_opens_no_clause() {
    let got = triples(PAPER);
    assert!(
        got.iter().all(|c| !c.contains("/ established /")),
        "{got:?}"
    );
}

#[test]
fn a_pronoun_and_a_verb_of_believing_take_a_clause_without_that() {
    let text = "The mayor met the parents on Monday.\n\nOna Berg also said she believed the new rules had helped the school. Late buses are a problem that they say they can't fix. The mayor said he believes changing the timetable would help.\n";
    let got = triples(text);
    assert!(
        got.iter().any(|c| c == "they / say / they can't fix"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|c| c == "he / believes / changing the timetable would help"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|c| c == "she / believed / the new rules had helped the school"),
        "{got:?}"
    );
}

#[test]
fn a_verb_of_knowing_takes_a_question_clause() {
    let text = "The magic shop opened in 1994.\n\nI bought the big red box, and I didn't even know what it did.\n";
    let got = triples(text);
    assert!(
        got.iter()
            .any(|c| c == "I / didn't even know / what it did"),
        "{got:?}"
    );
}

#[test]
fn a_court_ruled_that() {
    let text = "The appeal was heard in March.\n\nThe district court ruled that the new tax applies to church schools.\n";
    let got = triples(text);
    assert!(
        got.iter()
            .any(|c| c == "The district court / ruled / that the new tax applies to church schools"),
        "{got:?}"
    );
}
