//! A debate story with a transcript (`fixtures/attribution/debate_transcript.txt`,
//! written for these tests): each speaker's paragraph is a turn, source the
//! name, cue the colon, content the paragraph, whether the name is in
//! capitals (`ADAMS:`) or as written (`Marsh:`, in a transcript where two
//! speakers take turns); a claim inside a turn keeps its own content, nested
//! in the turn; `I` in a turn is its speaker. A list of `Name: item` lines is
//! no transcript.

use claimlens_engine::*;

mod common;
use common::{joined, with_content, with_cue};

const ARTICLE: &str = include_str!("fixtures/attribution/debate_transcript.txt");

/// The turns: claims whose cue is a colon alone.
fn turns(analysis: &Analysis) -> Vec<&Claim> {
    analysis
        .claims
        .iter()
        .filter(|c| joined(ARTICLE, &c.cue.spans) == ":")
        .collect()
}

#[test]
fn every_paragraph_opened_by_a_speaker_is_a_turn() {
    let analysis = analyze(ARTICLE);
    let speakers: Vec<String> = turns(&analysis)
        .iter()
        .map(|c| joined(ARTICLE, &c.source.spans))
        .collect();
    assert_eq!(
        speakers,
        [
            "MODERATOR",
            "ADAMS",
            "REYES",
            "ADAMS",
            "MODERATOR",
            "REYES",
            "Marsh",
            "Ortiz",
            "Marsh"
        ]
    );
    let ortiz = with_content(ARTICLE, &analysis, "They care about their water bills");
    assert_eq!(
        joined(ARTICLE, &ortiz.content.spans),
        "I don't think voters care who won the exchange. They care about their water bills"
    );
    assert!(ortiz.parent.is_none());
}

#[test]
fn a_claim_inside_a_turn_keeps_its_content() {
    let analysis = analyze(ARTICLE);
    let auditor = analysis
        .claims
        .iter()
        .find(|c| joined(ARTICLE, &c.source.spans) == "The state auditor")
        .expect("the auditor's claim");
    assert!(
        joined(ARTICLE, &auditor.content.spans).starts_with("the delays added about $40 million"),
        "{:?}",
        joined(ARTICLE, &auditor.content.spans)
    );
    let turn = with_content(ARTICLE, &analysis, "The contractor missed two deadlines");
    assert_eq!(joined(ARTICLE, &turn.source.spans), "ADAMS");
    assert_eq!(auditor.parent.as_deref(), Some(turn.id.as_str()));
    let director = with_cue(ARTICLE, &analysis, "told");
    assert_eq!(
        joined(ARTICLE, &director.source.spans),
        "Her own transportation director"
    );
    let blame = with_cue(ARTICLE, &analysis, "saying");
    assert_eq!(joined(ARTICLE, &blame.source.spans), "The governor");
}

#[test]
fn i_in_a_turn_is_its_speaker() {
    let analysis = analyze(ARTICLE);
    let think = analysis
        .claims
        .iter()
        .find(|c| joined(ARTICLE, &c.cue.spans) == "don't think")
        .expect("Ortiz's `I don't think`");
    assert_eq!(joined(ARTICLE, &think.source.spans), "I");
    assert_eq!(think.source.entity.as_deref(), Some("Ortiz"));
}

#[test]
fn a_list_of_named_items_is_no_transcript() {
    let text = "What each candidate needs on Tuesday\n\nThe field narrows after the primary.\n\nSanders: Win in a walk and keep the margin above 20 points.\n\nClinton: Hold the suburbs and cut into his lead with young voters.\n\nKasich: Finish second or close to it in the state he has worked hardest.";
    let analysis = analyze(text);
    assert!(
        analysis
            .claims
            .iter()
            .all(|c| joined(text, &c.cue.spans) != ":"),
        "{:?}",
        analysis
            .claims
            .iter()
            .map(|c| joined(text, &c.cue.spans))
            .collect::<Vec<_>>()
    );
}
