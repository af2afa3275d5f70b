//! A health-study story in wire style (`fixtures/attribution/night_shift.txt`,
//! written for these tests): `according to a study of about 280,000 British
//! adults` (the tagger ran the cue into the source), a quotation over two
//! paragraphs with a clause inside it that the tagger read as a claim of its
//! own, and `that estimate`, a figure pointed back at, not an approximation.

use claimlens_engine::*;

mod common;
use common::{joined, with_content};

const ARTICLE: &str = include_str!("fixtures/attribution/night_shift.txt");

#[test]
fn according_to_a_study_names_the_study() {
    let analysis = analyze(ARTICLE);
    let study = with_content(ARTICLE, &analysis, "may face a higher risk");
    assert_eq!(joined(ARTICLE, &study.cue.spans), "according to");
    assert_eq!(
        joined(ARTICLE, &study.source.spans),
        "a study of about 280,000 British adults published on Wednesday"
    );
    // The number's comma does not end the source's name.
    assert_eq!(
        study.source.entity.as_deref(),
        Some("a study of about 280,000 British adults published on Wednesday")
    );
}

#[test]
fn a_quotation_over_two_paragraphs_holds_each_word_once() {
    let analysis = analyze(ARTICLE);
    let added = with_content(ARTICLE, &analysis, "What we cannot yet say");
    assert_eq!(joined(ARTICLE, &added.source.spans), "she");
    assert!(joined(ARTICLE, &added.content.spans).contains("We saw the pattern"));
    for claim in &analysis.claims {
        let pieces = &claim.content.spans;
        for (i, a) in pieces.iter().enumerate() {
            assert!(
                pieces[i + 1..].iter().all(|b| !a.overlaps(b)),
                "{}: {}",
                claim.id,
                joined(ARTICLE, pieces)
            );
        }
    }
}

#[test]
fn that_estimate_is_no_approximation() {
    let analysis = analyze(ARTICLE);
    let words: Vec<String> = analysis
        .hedges
        .iter()
        .filter(|h| h.category == HedgeCategory::Approximator)
        .map(|h| joined(ARTICLE, &h.spans))
        .collect();
    assert!(words.contains(&"about".to_string()), "{words:?}");
    assert!(words.contains(&"nearly".to_string()), "{words:?}");
    assert!(!words.contains(&"estimate".to_string()), "{words:?}");
}
