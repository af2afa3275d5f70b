//! A council story in wire style (`fixtures/attribution/stadium.txt`, written
//! for these tests): an `I` inside a quotation is the quotation's speaker,
//! named after it (`“I think …,” Benson said`), not the person named in the
//! sentence before (`Council member Derek Olsen`); a quotation interrupted by
//! its speaker and an aside about him (`“…,” said Martin Feld, who filed the
//! lawsuit, “but …”`) stays one claim; a predicate after a parenthetical
//! attribution runs to the sentence's end (`The stadium, Olsen often says, is
//! the greatest threat | facing the city, as well as …`); adding dollars to
//! a bill reports nothing (`The tax increase … adds about | $4 a month`);
//! the words of a concessive clause belong to its claim, not to the main
//! clause's source (`Though Benson has heralded plans to cut the hotel tax,
//! a levy …, as evidence …, economists say …`); `what officials said was …`
//! is the officials' claim, `what` and the predicate its content.

use claimlens_engine::*;

mod common;
use common::{joined, with_content};

const ARTICLE: &str = include_str!("fixtures/attribution/stadium.txt");

#[test]
fn a_quoted_i_is_the_speaker_of_its_quotation() {
    let analysis = analyze(ARTICLE);
    let quote = with_content(ARTICLE, &analysis, "I think the judge will be very fair");
    assert_eq!(quote.source.entity.as_deref(), Some("Carla Benson"));
    let think = analysis
        .claims
        .iter()
        .find(|c| joined(ARTICLE, &c.cue.spans) == "think")
        .expect("the nested `I think` claim");
    assert_eq!(joined(ARTICLE, &think.source.spans), "I");
    assert_eq!(think.source.entity.as_deref(), Some("Carla Benson"));
    assert_eq!(think.source.source_type, SourceType::Person);
    // And the `She` after the quotation is still the mayor.
    let spring = with_content(ARTICLE, &analysis, "construction could still begin");
    assert_eq!(spring.source.entity.as_deref(), Some("Carla Benson"));
}

#[test]
fn an_aside_after_the_speaker_does_not_split_the_quotation() {
    let analysis = analyze(ARTICLE);
    let feld = with_content(ARTICLE, &analysis, "The judge has given me no reason");
    assert_eq!(
        joined(ARTICLE, &feld.content.spans),
        "\"The judge has given me no reason to doubt her,\" | \
         \"but the council has given me every reason to doubt it.\""
    );
    assert_eq!(feld.source.entity.as_deref(), Some("Martin Feld"));
    // The aside keeps only its own words.
    assert!(analysis
        .claims
        .iter()
        .filter(|c| c.id != feld.id)
        .all(|c| !joined(ARTICLE, &c.content.spans).contains("every reason")));
}

#[test]
fn a_parenthetical_attributions_predicate_runs_to_the_sentence_end() {
    let analysis = analyze(ARTICLE);
    let olsen = with_content(ARTICLE, &analysis, "is the greatest threat");
    assert_eq!(
        joined(ARTICLE, &olsen.content.spans),
        "The stadium | is the greatest threat facing the city, as well as a burden already \
         showing up in higher fees"
    );
    assert_eq!(olsen.source.entity.as_deref(), Some("Derek Olsen"));
}

#[test]
fn adding_a_sum_to_a_bill_is_no_claim() {
    let analysis = analyze(ARTICLE);
    assert!(analysis
        .claims
        .iter()
        .all(|c| !joined(ARTICLE, &c.cue.spans).starts_with("adds")));
    // What someone adds in words still is one.
    let text = "\"We will fight it,\" she added. The fee adds $4 a month to a bill, she added.";
    let analysis = analyze(text);
    let added: Vec<String> = analysis
        .claims
        .iter()
        .map(|c| joined(text, &c.content.spans))
        .collect();
    assert!(
        added.contains(&"\"We will fight it,\"".to_string()),
        "{added:?}"
    );
    assert!(
        added.contains(&"The fee adds $4 a month to a bill".to_string()),
        "{added:?}"
    );
}

#[test]
fn a_concessive_clause_keeps_its_words() {
    let analysis = analyze(ARTICLE);
    let economists = with_content(ARTICLE, &analysis, "the effect of those changes");
    assert_eq!(
        joined(ARTICLE, &economists.content.spans),
        "the effect of those changes would be swamped by the bond payments"
    );
    let benson = with_content(ARTICLE, &analysis, "to cut the hotel tax");
    assert_eq!(
        joined(ARTICLE, &benson.content.spans),
        "to cut the hotel tax, a levy important to downtown developers, as evidence of her \
         willingness to take on the rich"
    );
    // The two are set against each other.
    assert_eq!(economists.state, VerificationState::Disputed);
    assert_eq!(benson.state, VerificationState::Disputed);
}

#[test]
fn what_officials_said_was_is_their_claim() {
    let analysis = analyze(ARTICLE);
    let meeting = with_content(ARTICLE, &analysis, "last meeting before the summer break");
    assert_eq!(joined(ARTICLE, &meeting.source.spans), "officials");
    assert_eq!(joined(ARTICLE, &meeting.cue.spans), "said");
    assert_eq!(
        joined(ARTICLE, &meeting.content.spans),
        "what | was the council's last meeting before the summer break"
    );
}
