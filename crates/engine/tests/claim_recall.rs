//! Claim finding on short wire-style articles written for these tests
//! (invented people and places): patterns that decide which words belong to
//! which claim, so that a verification state lands on the right claim.

use claimlens_engine::{analyze, Analysis, Claim, Span};

mod common;
use common::{joined, listing};

/// The claim whose cue text is `cue`, with its content's text.
fn by_cue<'a>(text: &str, a: &'a Analysis, cue: &str) -> (&'a Claim, String) {
    let c = a
        .claims
        .iter()
        .find(|c| joined(text, &c.cue.spans) == cue)
        .unwrap_or_else(|| {
            let all = listing(text, a);
            panic!("no claim with cue `{cue}` in {all:#?}")
        });
    (c, joined(text, &c.content.spans))
}

/// `“A,” she said. “B.”` then a new paragraph with another cue: B runs on
/// the quote of the speaker of its own paragraph.
#[test]
fn quote_running_on_after_its_cue_stays_in_its_paragraph() {
    let text = "MARLOW, Oregon (AP) — The mayor of Marlow spoke to flood victims on Tuesday.\n\n\
“How long must families here wait for help?” Mayor Ines Corrado said. “In Eastfield, a \
grandmother waited on her roof for a day. This is unacceptable. And it has to change.”\n\n\
“Perhaps the state will listen now,” she added. “We need boats, pumps and people.”\n";
    check_running_quote(text);
    // Some sites break paragraphs with a single line break.
    check_running_quote(&text.replace("\n\n", "\n"));
}

fn check_running_quote(text: &str) {
    let a = analyze(text);
    let (_, said) = by_cue(text, &a, "said");
    assert!(said.contains("How long must families"), "{said}");
    assert!(said.contains("a grandmother waited on her roof"), "{said}");
    let (_, added) = by_cue(text, &a, "added");
    assert!(!added.contains("grandmother"), "{added}");
    assert!(
        added.contains("Perhaps the state will listen now"),
        "{added}"
    );
}

/// `FINDING, a <record> shows.`: the inverted record sentence is a claim,
/// and what a documentary analysis shows is `confirmed`.
#[test]
fn inverted_record_sentence_is_a_confirmed_claim() {
    let text = "BRENTFORD, Maine (AP) — Spending on the county race has soared.\n\n\
Contributions to the two campaigns reached nearly $4.2 million by the end of June, a \
Brentford Herald review of newly filed county finance reports shows. That is twice the \
total of the last race.\n";
    let a = analyze(text);
    let (c, content) = by_cue(text, &a, "shows");
    assert_eq!(
        content,
        "Contributions to the two campaigns reached nearly $4.2 million by the end of June"
    );
    assert_eq!(
        joined(text, &c.source.spans),
        "a Brentford Herald review of newly filed county finance reports"
    );
    assert_eq!(c.state, claimlens_engine::VerificationState::Confirmed);
}

/// `When X was confirmed, Y …`: an agentless passive of verifying makes its
/// subject the confirmed content, not the main clause after the comma.
#[test]
fn agentless_passive_confirmation_takes_its_subject() {
    let text = "OSTRAVA FALLS, Vermont (AP) — The governor was treated last spring, \
her former doctor wrote in a memoir.\n\n\
When Dr. Halvorsen’s diagnosis of a torn ligament was confirmed, the governor refused to stay \
in the clinic and went back to work the next day.\n";
    let a = analyze(text);
    let (c, content) = by_cue(text, &a, "was confirmed");
    assert_eq!(content, "Dr. Halvorsen’s diagnosis of a torn ligament");
    assert_eq!(c.state, claimlens_engine::VerificationState::Confirmed);
}

/// `Citing X, SUBJECT …`: the opening participle is a cue, X what the
/// subject cites; the author calling X unfounded makes it `false`.
#[test]
fn sentence_opening_citing_is_a_claim() {
    let text = "PORT ELLIS, Texas (AP) — The feud between the two councilmen grew on Monday.\n\n\
Citing a long-debunked rumor, Mayor Dale Orsk repeatedly accused Councilman Rudy Vance of \
taking money from a shipping firm. Vance called the charge absurd.\n";
    let a = analyze(text);
    let (c, content) = by_cue(text, &a, "Citing");
    assert_eq!(content, "a long-debunked rumor");
    assert_eq!(joined(text, &c.source.spans), "Mayor Dale Orsk");
}

/// `X was first reported by Y.`: the passive report is a claim with the
/// subject as content and the agent as source.
#[test]
fn passive_report_by_an_outlet_is_a_claim() {
    let text = "LAKE WINTER, Idaho (AP) — The county clerk resigned on Friday.\n\n\
The clerk’s resignation was first reported by the Lake Winter Ledger. She did not \
return calls.\n";
    let a = analyze(text);
    let (c, content) = by_cue(text, &a, "was first reported by");
    assert_eq!(content, "The clerk’s resignation");
    assert_eq!(joined(text, &c.source.spans), "the Lake Winter Ledger");
}

/// `Though X has …, experts say Y`: the concessive clause is the writer's
/// framing, not part of what the experts say. The claim is built by hand as
/// the tagger groups such a sentence (the clause joined to the experts'
/// claim), then repaired.
#[test]
fn concessive_clause_is_not_the_main_sources_content() {
    let text = "GRANT CITY, Iowa (AP) — The governor’s budget plan drew fire on Tuesday.\n\n\
Though she’s touted cuts to the fuel tax, a break prized by trucking firms, as proof of \
her concern for farmers, economists say the benefit of those cuts would be erased by \
her new fees on feed.\n";
    let doc = claimlens_engine::segment::Document::new(text);
    let mut c = common::claim(
        text,
        1,
        "economists",
        "say",
        "the benefit of those cuts would be erased by her new fees on feed",
    );
    let clause = common::span(
        text,
        "Though she’s touted cuts to the fuel tax, a break prized by trucking firms, as proof \
of her concern for farmers",
    );
    c.content.spans.insert(0, clause);
    let mut claims = vec![c];
    claimlens_engine::attribution::fixes::concessive_pieces(&doc, &mut claims);
    assert_eq!(
        joined_bytes(text, &claims[0].content.spans),
        "the benefit of those cuts would be erased by her new fees on feed"
    );
}

/// Text of byte spans, pieces joined by ` | `.
fn joined_bytes(text: &str, spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect::<Vec<_>>()
        .join(" | ")
}

/// `SUBJECT, X said, is …`: the subject before the parenthetical attribution
/// is the content's first piece.
#[test]
fn parenthetical_attribution_keeps_the_subject_piece() {
    let text = "ARDEN HILLS, Ohio (AP) — The school board met late on Thursday.\n\n\
The new bus contract, Superintendent Lena Dorsey said, is the largest expense the \
district has faced in a decade.\n";
    let a = analyze(text);
    let (_, content) = by_cue(text, &a, "said");
    assert_eq!(
        content,
        "The new bus contract | is the largest expense the district has faced in a decade"
    );
}

/// `Video shows that …, contradicting the police's earlier claim that …`: the
/// first `that` clause is the claim of `shows`, not a second piece of the
/// claim, so the record confirms it and shows the police's claim false.
#[test]
fn a_that_piece_after_an_untagged_verb_is_that_verb_s_claim() {
    let text = "Harbour police release footage of Dock Street arrest\n\n\
BRAMLEY — Police in Bramley released footage on Monday of last week's arrest of a dock \
worker, Tomas Ferrant, 34.\n\n\
Video shows that Ferrant had his hands in the air, contradicting the police department's \
earlier claim that he had refused to show his hands. He was not carrying a weapon at the \
time.\n\n\
Mayor Ilse Brandt said the footage was \"deeply troubling.\"\n";
    let a = analyze(text);
    let (shows, content) = by_cue(text, &a, "shows");
    assert_eq!(content, "that Ferrant had his hands in the air");
    assert_eq!(joined(text, &shows.source.spans), "Video");
    assert_eq!(shows.state, claimlens_engine::VerificationState::Confirmed);
    let (claim, content) = by_cue(text, &a, "earlier claim");
    assert_eq!(content, "that he had refused to show his hands");
    assert_eq!(claim.state, claimlens_engine::VerificationState::False);
}

/// `Those talks are continuing, he said.`: a closing attribution the tagger
/// gave no content takes the clause before its comma.
#[test]
fn a_closing_attribution_takes_the_clause_before_its_comma() {
    let text = "GLENHAVEN, W.Va. (AP) — A mine operator wants power plants to pay for its \
cleanup.\n\n\
Owen Markby says he has paid for the cleanup himself so far. He hopes the state will let \
plants pass on the costs. Those talks are continuing, he said.\n\n\
Regulators in Charleston did not comment.\n";
    let a = analyze(text);
    assert!(
        a.claims
            .iter()
            .any(|c| joined(text, &c.content.spans) == "Those talks are continuing"),
        "{:#?}",
        listing(text, &a)
    );
}
