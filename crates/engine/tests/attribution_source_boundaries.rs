//! Source boundaries on a short article written for these tests: long
//! subjects with a participle (`A new report documenting … has revealed`),
//! a head noun after a name that the tagger gave to the cue (`Dock workers
//! at Harwich harbour claim`), a subject before a phrase of manner (`Trump
//! in his speech said`), a subject the tagger gave to the content (`it is
//! vital that small shop owners believe that …`), and a source that starts
//! inside an introductory phrase.

use claimlens_engine::{analyze, Analysis, Claim};

mod common;
use common::{at, joined};

const FERRY: &str = "The ferry service will end in March, the operator announced on Monday. Dock workers at Harwich harbour claim that the company never consulted them. \n\nA new report documenting passenger numbers since 2010 has revealed that fewer people use the ferry each winter. Now, the union on appeal says that the closure breaks the contract. Residents in their letter to the council stated that the route was vital. Officials in Harwich say the plan is dead. The results of a survey published by the port this week show that most travellers now drive to the bridge.\n";

const TOWN: &str = "The ferry will stop.\n\nIn short, it is vital that small shop owners believe that their leases will not be cancelled by the port.\n\nI suspect the trouble has been that in most of the hearings that were held, the councils have stated that there is no money for the route.\n\nFor the town, it matters that regular passengers feel that the service will return next year.\n\nAfter the vote, the harbour traders have argued that the crossing pays for itself.\n\nDiscussing his concern in a public statement, Denmark's Transport Minister, Lars Holm said, \"We are talking to every port on the route.\"\n";

fn claim_with_cue<'a>(text: &str, a: &'a Analysis, cue: &str) -> &'a Claim {
    a.claims
        .iter()
        .find(|c| c.cue.spans.iter().any(|s| at(text, *s).ends_with(cue)))
        .unwrap_or_else(|| panic!("no claim with cue {cue}: {:#?}", a.claims))
}

#[test]
fn a_long_subject_with_a_participle_is_the_source() {
    let a = analyze(FERRY);
    let c = claim_with_cue(FERRY, &a, "revealed");
    assert_eq!(
        joined(FERRY, &c.source.spans),
        "A new report documenting passenger numbers since 2010"
    );
    let c = claim_with_cue(FERRY, &a, "show");
    assert_eq!(
        joined(FERRY, &c.source.spans),
        "The results of a survey published by the port this week"
    );
}

#[test]
fn a_head_noun_after_a_name_stays_in_the_source() {
    let a = analyze(FERRY);
    let c = claim_with_cue(FERRY, &a, "claim");
    assert_eq!(joined(FERRY, &c.cue.spans), "claim");
    assert_eq!(
        joined(FERRY, &c.source.spans),
        "Dock workers at Harwich harbour"
    );
}

#[test]
fn a_subject_before_a_phrase_of_manner_is_the_source() {
    let a = analyze(FERRY);
    for (cue, source) in [
        ("says", "the union"),
        ("stated", "Residents"),
        ("say", "Officials in Harwich"),
    ] {
        let c = claim_with_cue(FERRY, &a, cue);
        assert_eq!(joined(FERRY, &c.source.spans), source);
    }
}

#[test]
fn a_subject_given_to_the_content_is_the_source() {
    let a = analyze(TOWN);
    let c = claim_with_cue(TOWN, &a, "believe");
    assert_eq!(joined(TOWN, &c.source.spans), "small shop owners");
    assert!(
        joined(TOWN, &c.content.spans).starts_with("that their leases"),
        "{}",
        joined(TOWN, &c.content.spans)
    );
}

#[test]
fn a_source_starts_after_the_introductory_phrase() {
    let a = analyze(TOWN);
    let c = claim_with_cue(TOWN, &a, "said");
    assert_eq!(
        joined(TOWN, &c.source.spans),
        "Denmark's Transport Minister, Lars Holm"
    );
}

/// Written for this test: discourse asides between the source and its cue.
const ASIDES: &str = "Republican Tom Vance backed the levy on Monday. Democratic candidate Jill Ames, by contrast, said the levy would hurt farmers.\n\nThe ministry, for its part, argued that the levy was temporary.\n";

#[test]
fn a_source_ends_before_an_aside_between_commas() {
    let a = analyze(ASIDES);
    let c = claim_with_cue(ASIDES, &a, "said");
    assert_eq!(
        joined(ASIDES, &c.source.spans),
        "Democratic candidate Jill Ames"
    );
    assert_eq!(c.source.entity.as_deref(), Some("Jill Ames"));
    let c = claim_with_cue(ASIDES, &a, "argued");
    assert_eq!(joined(ASIDES, &c.source.spans), "The ministry");
}

#[test]
fn a_plural_cue_word_before_a_past_cue_is_the_sources_noun() {
    // `posts` is a speech verb too, but no verb in `-s` comes before a past
    // tense: the tagger's cue `posts claimed` gives `posts` to the source.
    let text = "A wildfire destroyed 40 homes on Sunday. Social media posts claimed that a power line sparked the blaze near Route 9.";
    let a = analyze(text);
    let c = claim_with_cue(text, &a, "claimed");
    assert_eq!(joined(text, &c.source.spans), "Social media posts");
    assert_eq!(joined(text, &c.cue.spans), "claimed");
}
