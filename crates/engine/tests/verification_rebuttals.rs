//! Contradictions between the claims of two parties that name no denial verb:
//! one side negates what the other asserts. Short passages written for these
//! tests in wire style.

use claimlens_engine::segment::Document;
use claimlens_engine::verification::assign_states;
use claimlens_engine::*;

mod common;
use common::claim;

fn states(text: &str, claims: &mut [Claim]) -> Vec<VerificationState> {
    let doc = Document::new(text);
    assign_states(&doc, claims, &[]);
    claims.iter().map(|c| c.state).collect()
}

#[test]
fn nothing_negates_like_not() {
    use VerificationState::*;
    let text = "Councillor Ines Varga told reporters the ferry operator had paid nothing in \
                harbour fees since 2019. The operator said it pays harbour fees every quarter.";
    let mut claims = vec![
        claim(
            text,
            1,
            "Councillor Ines Varga",
            "told reporters",
            "the ferry operator had paid nothing in harbour fees since 2019",
        ),
        claim(
            text,
            2,
            "The operator",
            "said",
            "it pays harbour fees every quarter",
        ),
    ];
    assert_eq!(states(text, &mut claims), vec![Disputed, Disputed]);
    // `no` as a determiner negates the same way.
    let text = "The union claimed the depot had no working heaters last winter. The depot \
                manager said the heaters were working all winter.";
    let mut claims = vec![
        claim(
            text,
            1,
            "The union",
            "claimed",
            "the depot had no working heaters last winter",
        ),
        claim(
            text,
            2,
            "The depot manager",
            "said",
            "the heaters were working all winter",
        ),
    ];
    assert_eq!(states(text, &mut claims), vec![Disputed, Disputed]);
}
