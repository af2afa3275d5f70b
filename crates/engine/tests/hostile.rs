//! Hostile input, natively: every input gives a well-formed analysis (the fuzz
//! target's invariants: spans in bounds and ordered, nothing of the text lost),
//! and where the input is a disguised version of an ordinary article, the same
//! claims as the ordinary one. Sizes are printed, not timed: speed is measured by
//! `cargo xtask bench`, in release builds.

#[allow(dead_code)]
#[path = "../../../fuzz/src/analyze_check.rs"]
mod analyze_check;

use analyze_check::analyze_and_check;
use claimlens_anchoring::{OffsetIndex, SegmentMap};
use claimlens_engine::{Analysis, Span};

/// A short article written for these tests (people invented).
const PLAIN: &str = "“The pumps were running all night,” said Irene Dalby, the harbour master.\n\n\
Port workers said the water rose fast. “We lost the lower dock,” Tomas Wrenn told reporters.";

fn text_of(text: &str, span: Span) -> String {
    text.chars().skip(span.start).take(span.len()).collect()
}

/// (source entity, content text) of every claim, the part a reader sees.
fn claims(text: &str, analysis: &Analysis) -> Vec<(Option<String>, String)> {
    analysis
        .claims
        .iter()
        .map(|c| {
            let content: Vec<String> = c.content.spans.iter().map(|&s| text_of(text, s)).collect();
            (c.source.entity.clone(), content.join(" … "))
        })
        .collect()
}

#[test]
fn the_plain_article_has_its_two_quotes() {
    let analysis = analyze_and_check(PLAIN);
    let found = claims(PLAIN, &analysis);
    assert!(found.len() >= 2, "{found:?}");
    assert!(found
        .iter()
        .any(|(s, c)| s.as_deref() == Some("Irene Dalby") && c.contains("pumps")));
    assert!(found
        .iter()
        .any(|(s, c)| s.as_deref() == Some("Tomas Wrenn") && c.contains("lower dock")));
}

#[test]
fn empty_and_blank_texts_give_empty_analyses() {
    for text in [
        "",
        " ",
        "\n\n\n",
        "\t \r\n \u{a0}\u{2003}\n",
        "\u{200b}\u{feff}\u{200b}",
    ] {
        let analysis = analyze_and_check(text);
        assert!(
            analysis.claims.is_empty() && analysis.sentences.is_empty(),
            "{text:?}"
        );
        assert_eq!(analysis.text_length, text.chars().count());
    }
}

#[test]
fn spacing_variants_keep_the_same_claims() {
    let expected = claims(PLAIN, &analyze_and_check(PLAIN));
    let variants = [
        ("CRLF", PLAIN.replace('\n', "\r\n")),
        ("NBSP", PLAIN.replace(' ', "\u{a0}")),
        (
            "zero-width spaces between words",
            PLAIN.replace(' ', " \u{200b}"),
        ),
        ("BOM in front", format!("\u{feff}{PLAIN}")),
        (
            "tabs and ideographic spaces",
            PLAIN.replace(' ', "\t\u{3000}"),
        ),
    ];
    for (name, text) in variants {
        let got = claims(&text, &analyze_and_check(&text));
        let strip = |v: &[(Option<String>, String)]| -> Vec<(Option<String>, String)> {
            v.iter()
                .map(|(s, c)| {
                    // Compared without spacing: the variants change only spaces.
                    // (Entity names keep a zero-width space: reported upstream,
                    // tested in hostile_blocked.rs.)
                    let squeeze = |t: &str| -> String {
                        t.split(|ch: char| ch.is_whitespace() || ch == '\u{200b}')
                            .collect()
                    };
                    (s.as_deref().map(squeeze), squeeze(c))
                })
                .collect()
        };
        assert_eq!(strip(&got), strip(&expected), "{name}");
    }
}

#[test]
fn emoji_combining_marks_and_mixed_scripts_stay_whole() {
    let text = "“Zoe\u{308} was sure 👩\u{200d}👩\u{200d}👧 🇫🇷,” said Irene Dalby.\n\n\
        قال الوزير إن الجسر آمن. “שלום לכולם,” אמר דן. “It holds,” said Tomas Wrenn.";
    let analysis = analyze_and_check(text);
    let found = claims(text, &analysis);
    let dalby = found
        .iter()
        .find(|(s, _)| s.as_deref() == Some("Irene Dalby"));
    let (_, content) = dalby.unwrap_or_else(|| panic!("no Dalby claim in {found:?}"));
    assert!(
        content.contains("Zoe\u{308}") && content.contains("👩\u{200d}👩\u{200d}👧 🇫🇷"),
        "{content}"
    );
    assert!(
        found
            .iter()
            .any(|(s, _)| s.as_deref() == Some("Tomas Wrenn")),
        "{found:?}"
    );
}

#[test]
fn binary_junk_is_analysed_without_loss() {
    // A fixed pseudo-random stream (64 KiB), read as UTF-8 with replacement.
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let bytes: Vec<u8> = (0..65_536)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    analyze_and_check(&String::from_utf8_lossy(&bytes));
    analyze_and_check(&bytes.iter().map(|&b| b as char).collect::<String>());
}

#[test]
fn stray_closing_quotes_do_not_swallow_the_next_paragraph() {
    let later = "“The dock is gone,” Tomas Wrenn told reporters.";
    let alone = claims(later, &analyze_and_check(later));
    assert!(!alone.is_empty(), "baseline has no claim");
    // Stray closing marks. (Opening marks left unclosed are merged with the
    // next paragraph's quote: reported upstream, tested in hostile_blocked.rs.)
    for opening in ["It was fine.” They left. ”", "” ” ’ It was fine."] {
        let text = format!("{opening}\n\n{later}");
        let found = claims(&text, &analyze_and_check(&text));
        assert!(
            found.iter().any(|c| alone.contains(c)),
            "{opening:?} → {found:?}, alone {alone:?}"
        );
    }
}

#[test]
fn nested_quotes_are_well_formed() {
    let text =
        "“Mia told me, ‘Leo said “it is done,” and I believe him,’ and so do I,” said Irene Dalby.";
    let analysis = analyze_and_check(text);
    let found = claims(text, &analysis);
    assert!(
        found
            .iter()
            .any(|(s, c)| s.as_deref() == Some("Irene Dalby") && c.contains("Mia")),
        "{found:?}"
    );
}

/// `n` sentences in one paragraph; every tenth a quote with a named speaker.
fn long_paragraph(n: usize) -> String {
    (0..n)
        .map(|i| {
            if i % 10 == 9 {
                format!("“Crate {i} is dry,” said Irene Dalby. ")
            } else {
                format!("Crate {i} was moved to the north shed. ")
            }
        })
        .collect()
}

#[test]
fn a_ten_thousand_sentence_paragraph_loses_no_sentence_and_no_quote() {
    let text = long_paragraph(10_000);
    let analysis = analyze_and_check(&text);
    assert_eq!(analysis.paragraphs.len(), 1);
    assert_eq!(analysis.sentences.len(), 10_000);
    let quoted = analysis
        .claims
        .iter()
        .filter(|c| c.source.entity.as_deref() == Some("Irene Dalby"))
        .count();
    assert_eq!(quoted, 1_000, "one claim per quote");
}

#[test]
fn one_sentence_over_a_thousand_text_nodes_maps_back_piece_by_piece() {
    // Each word of a quote in its own text node, as in a page that wraps every
    // word in a <span>.
    let words: Vec<String> = (0..997).map(|i| format!("w{i} ")).collect();
    let mut nodes = vec!["“".to_string()];
    nodes.extend(words);
    nodes.push("end,” said ".to_string());
    nodes.push("Irene Dalby.".to_string());
    let mut map = SegmentMap::new();
    for node in &nodes {
        map.push_segment(node);
    }
    assert_eq!(map.len(), 1_000);
    let text = map.text().to_string();
    let analysis = analyze_and_check(&text);
    let claim = analysis.claims.first().expect("the quote is found");
    let index = OffsetIndex::new(&text);
    let span = claim.content.spans[0];
    let (a, b) = (
        index.char_to_utf16(span.start).unwrap(),
        index.char_to_utf16(span.end).unwrap(),
    );
    let pieces = map.locate(a, b);
    assert!(pieces.len() >= 998, "{} pieces", pieces.len());
    let rebuilt: String = pieces
        .iter()
        .map(|p| {
            let units: Vec<u16> = nodes[p.segment].encode_utf16().collect();
            String::from_utf16(&units[p.start..p.end]).expect("on a character boundary")
        })
        .collect();
    assert_eq!(rebuilt, text_of(&text, span));
}
