//! Property tests for segmentation and for whole analyses of article-like text:
//! tokens tile the text, sentences tile the tokens, paragraphs tile the
//! sentences, paragraphs are independent, and every analysis is well formed.

#[path = "../../../fuzz/src/analyze_check.rs"]
mod analyze_check;

use claimlens_engine::segment::Document;
use proptest::prelude::*;

/// Article-like text: words, names, cues, hedges, quotes of every style,
/// abbreviations, punctuation, odd spaces and scripts, in any order.
fn article() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "said",
        "told",
        "reporters",
        "according",
        "to",
        "Ana",
        "Ruiz",
        "the",
        "ministry",
        "officials",
        "reportedly",
        "may",
        "denied",
        "confirmed",
        "false",
        "claim",
        "that",
        "he",
        "she",
        "Gen.",
        "U.S.",
        "a.m.",
        "Dr.",
        "J.",
        "3.5",
        "don't",
        "co-founder",
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "'",
        "«",
        "»",
        ".",
        ",",
        "?",
        "!",
        "…",
        ":",
        ";",
        "—",
        "(",
        ")",
        "\n",
        "\n\n",
        "\r\n",
        "\u{a0}",
        "\u{200b}",
        "\u{feff}",
        "e\u{301}",
        "😀",
        "שלום",
        "قال",
        "漢字",
        "\t",
    ]);
    prop::collection::vec((words, prop::bool::ANY), 0..80).prop_map(|v| {
        v.into_iter()
            .map(|(w, space)| {
                if space {
                    format!("{w} ")
                } else {
                    w.to_string()
                }
            })
            .collect()
    })
}

/// Every structural invariant of a segmented document (byte offsets).
fn check_document(text: &str) {
    let doc = Document::new(text);
    let mut covered = vec![false; text.len()];
    let mut last_end = 0;
    for (i, token) in doc.tokens.iter().enumerate() {
        let s = token.span;
        assert!(s.start < s.end && s.end <= text.len(), "token {i} {s:?}");
        assert!(s.start >= last_end, "token {i} overlaps the one before");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(
            !doc.token_text(i).contains(char::is_whitespace),
            "token {i} holds a space"
        );
        covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
        last_end = s.end;
    }
    for (byte, c) in text.char_indices() {
        let skipped = c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}';
        assert_eq!(covered[byte], !skipped, "character {c:?} at byte {byte}");
    }
    // Sentences tile the tokens, paragraphs tile the sentences, none empty.
    let mut next = 0;
    for (i, &(a, b)) in doc.sentences.iter().enumerate() {
        assert!(
            a == next && a < b,
            "sentence {i} = {a}..{b}, expected start {next}"
        );
        for t in a..b {
            assert_eq!(doc.sentence_of(t), i);
        }
        next = b;
    }
    assert_eq!(next, doc.tokens.len(), "sentences leave tokens out");
    let mut next = 0;
    for (p, &(a, b)) in doc.paragraphs.iter().enumerate() {
        assert!(a == next && a < b, "paragraph {p}");
        let span = doc.paragraph_span(p);
        let inside = &text[span.start..span.end];
        let blank_line = inside.split('\n').any(|l| l.trim().is_empty());
        assert!(!blank_line, "paragraph {p} holds a blank line: {inside:?}");
        next = b;
    }
    assert_eq!(next, doc.sentences.len());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(384))]

    #[test]
    fn segmentation_tiles_article_like_text(text in article()) {
        check_document(&text);
    }

    #[test]
    fn segmentation_tiles_any_text(text in "\\PC{0,120}") {
        check_document(&text);
    }

    #[test]
    fn paragraphs_are_segmented_independently(a in article(), b in article()) {
        let joined = format!("{a}\n\n{b}");
        let (da, db, dj) = (Document::new(&a), Document::new(&b), Document::new(&joined));
        let shift = a.len() + 2;
        let mut expected: Vec<(usize, usize)> =
            (0..da.sentences.len()).map(|s| { let x = da.sentence_span(s); (x.start, x.end) }).collect();
        expected.extend((0..db.sentences.len()).map(|s| {
            let x = db.sentence_span(s);
            (x.start + shift, x.end + shift)
        }));
        let got: Vec<(usize, usize)> =
            (0..dj.sentences.len()).map(|s| { let x = dj.sentence_span(s); (x.start, x.end) }).collect();
        prop_assert_eq!(got, expected);
    }

    #[test]
    fn every_analysis_of_article_like_text_is_well_formed(text in article()) {
        analyze_check::analyze_and_check(&text);
    }

    #[test]
    fn analysis_is_deterministic(text in article()) {
        prop_assert_eq!(claimlens_engine::analyze(&text), claimlens_engine::analyze(&text));
    }
}
