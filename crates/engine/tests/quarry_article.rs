//! A county hearing in wire style (`fixtures/attribution/quarry.txt`, written
//! for these tests): `She said:` closing the paragraph before a quotation
//! (the next paragraph opens on another speaker's cue), texts that `read`
//! what they say (`“…,” the petition reads.`, `…, the company's notice
//! reads.`), a recording `saying` what it says, and an opening `according
//! to` whose clause the tagger split (`According to payroll data, Millbrook
//! residents make up | less than a third …`), a quotation between a cue
//! that reports no words (`seemed frustrated:`) and the verb that does (`she
//! wrote`), and a clause before an inverted `said NAME, apposition` that the
//! tagger read as the source; a transcript whose paragraph without a label
//! continues the speaker's turn; `She` after a man's name (`Tom Reyes`)
//! stands for the woman named before him; what someone `called` a remark;
//! `Ortega added:` ending a paragraph before an unquoted one.

use claimlens_engine::*;

mod common;
use common::{joined, with_content};

const ARTICLE: &str = include_str!("fixtures/attribution/quarry.txt");

#[test]
fn a_colon_hands_the_next_paragraphs_quotation_to_its_speaker() {
    let analysis = analyze(ARTICLE);
    let quote = with_content(ARTICLE, &analysis, "We have listened to every complaint");
    assert_eq!(joined(ARTICLE, &quote.source.spans), "She");
    assert_eq!(quote.source.entity.as_deref(), Some("Dana Whitcomb"));
    assert_eq!(joined(ARTICLE, &quote.cue.spans), "said");
    // Not the next paragraph's speaker, who disputes it.
    let ortega = with_content(ARTICLE, &analysis, "that account");
    assert_eq!(
        joined(ARTICLE, &ortega.source.spans),
        "Board member Luis Ortega"
    );
    assert!(joined(ARTICLE, &ortega.cue.spans).starts_with("disagreed"));
    // And no claim is left without what it says.
    assert!(analysis.claims.iter().all(|c| !c.content.spans.is_empty()));
}

#[test]
fn the_verb_after_a_quotation_takes_it_from_the_cue_before() {
    let analysis = analyze(ARTICLE);
    let email = with_content(ARTICLE, &analysis, "We are not the enemy here");
    assert_eq!(joined(ARTICLE, &email.source.spans), "she");
    assert_eq!(joined(ARTICLE, &email.cue.spans), "wrote");
    // `seemed frustrated` reports no words of its own.
    assert!(analysis
        .claims
        .iter()
        .all(|c| !joined(ARTICLE, &c.cue.spans).contains("seemed")));
}

#[test]
fn a_clause_before_an_inverted_said_is_no_source() {
    let analysis = analyze(ARTICLE);
    let marsh = with_content(ARTICLE, &analysis, "The dust settles");
    assert_eq!(
        joined(ARTICLE, &marsh.content.spans),
        "The dust settles on every windowsill from April to October"
    );
    assert!(
        joined(ARTICLE, &marsh.source.spans).starts_with("Ken Marsh, a retired science teacher")
    );
    assert_eq!(marsh.source.entity.as_deref(), Some("Ken Marsh"));
    assert_eq!(joined(ARTICLE, &marsh.cue.spans), "said");
}

#[test]
fn a_text_reads_what_it_says() {
    let analysis = analyze(ARTICLE);
    let petition = with_content(ARTICLE, &analysis, "The trucks start at five");
    assert_eq!(joined(ARTICLE, &petition.source.spans), "the petition");
    assert_eq!(joined(ARTICLE, &petition.cue.spans), "reads");
    assert_eq!(
        joined(ARTICLE, &petition.content.spans),
        "\"The trucks start at five in the morning and they do not stop until dark,\""
    );
    let notice = with_content(ARTICLE, &analysis, "Blasting will be suspended");
    assert_eq!(
        joined(ARTICLE, &notice.source.spans),
        "the company's notice"
    );
    assert_eq!(joined(ARTICLE, &notice.cue.spans), "reads");
    assert_eq!(
        joined(ARTICLE, &notice.content.spans),
        "Blasting will be suspended until the state inspection is complete"
    );
}

#[test]
fn what_a_recording_says_is_the_recordings_claim() {
    let analysis = analyze(ARTICLE);
    let recording = with_content(ARTICLE, &analysis, "All blasting questions");
    assert_eq!(joined(ARTICLE, &recording.source.spans), "a recording");
    assert_eq!(joined(ARTICLE, &recording.cue.spans), "saying");
}

#[test]
fn an_opening_according_to_attributes_its_whole_clause() {
    let analysis = analyze(ARTICLE);
    for (source, clause) in [
        (
            "payroll data",
            "Millbrook residents make up less than a third of the quarry's workforce",
        ),
        (
            "exit polls",
            "the expansion had a six-point lead over the landfill plan among older voters in 2021, but still lost the referendum",
        ),
    ] {
        let claim = with_content(ARTICLE, &analysis, clause);
        assert_eq!(joined(ARTICLE, &claim.source.spans), source);
        assert_eq!(joined(ARTICLE, &claim.content.spans), clause);
        // The tagger's claim on the clause's own verb (`make up`, `had`) is gone.
        assert!(analysis
            .claims
            .iter()
            .filter(|c| joined(ARTICLE, &c.content.spans).contains(&clause[..20]))
            .all(|c| c.kind == ClaimKind::AccordingTo));
    }
}

#[test]
fn a_transcript_paragraph_without_a_label_continues_the_turn() {
    let analysis = analyze(ARTICLE);
    let turn = with_content(ARTICLE, &analysis, "about 140 on a normal day");
    assert_eq!(joined(ARTICLE, &turn.source.spans), "WHITCOMB");
    assert_eq!(joined(ARTICLE, &turn.cue.spans), ":");
    assert!(joined(ARTICLE, &turn.content.spans).contains("the county built this road for us"));
    // The `I think` inside it is hers, nested in the turn.
    let think = with_content(ARTICLE, &analysis, "the people who complain");
    assert_eq!(think.source.entity.as_deref(), Some("WHITCOMB"));
}

#[test]
fn she_is_not_the_man_named_last() {
    let analysis = analyze(ARTICLE);
    let readings = with_content(ARTICLE, &analysis, "publish the readings online");
    assert_eq!(joined(ARTICLE, &readings.source.spans), "She");
    assert_eq!(readings.source.entity.as_deref(), Some("Dana Whitcomb"));
}

#[test]
fn what_someone_calls_a_remark_is_their_claim() {
    let analysis = analyze(ARTICLE);
    let mendes = with_content(ARTICLE, &analysis, "an insult to every family");
    assert_eq!(joined(ARTICLE, &mendes.source.spans), "Carla Mendes");
    assert_eq!(joined(ARTICLE, &mendes.cue.spans), "called");
    assert!(joined(ARTICLE, &mendes.content.spans).starts_with("Ms. Whitcomb's remarks on Tuesday"));
    // `remarks` is the object, no claim of Whitcomb's of its own.
    assert!(analysis
        .claims
        .iter()
        .all(|c| joined(ARTICLE, &c.cue.spans) != "remarks"));
}

#[test]
fn a_speaker_ending_a_paragraph_on_a_colon_introduces_the_next() {
    let analysis = analyze(ARTICLE);
    let added = with_content(ARTICLE, &analysis, "this reeks of fear of a real study");
    assert_eq!(joined(ARTICLE, &added.source.spans), "Ortega");
    assert_eq!(joined(ARTICLE, &added.cue.spans), "added");
    assert_eq!(
        joined(ARTICLE, &added.content.spans),
        "And from a company that says it listens, this reeks of fear of a real study. They know what it would find."
    );
}
