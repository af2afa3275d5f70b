//! Property tests for offset mapping: the offset index against the standard
//! library's own walk of arbitrary text (lone surrogates from the DOM included),
//! and `SegmentMap::locate` against a unit-by-unit model of the joined text.

// `check_bytes` is the fuzz target's own entry; the proptests call the others.
#[allow(dead_code)]
#[path = "../../../fuzz/src/offsets_check.rs"]
mod offsets_check;

use claimlens_anchoring::{SegmentMap, SegmentPosition};
use proptest::prelude::*;

/// Text drawn from scripts that stress the three encodings: ASCII, Latin with
/// combining marks, RTL, CJK, astral emoji and ZWJ sequences, odd spaces.
fn article_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a",
        " ",
        "said",
        "“",
        "”",
        "\n\n",
        "\r\n",
        "\u{a0}",
        "\u{200b}",
        "e\u{301}",
        "😀",
        "👩\u{200d}👩\u{200d}👧",
        "🇫🇷",
        "שלום",
        "قال",
        "漢字",
        "\u{feff}",
        "\u{10ffff}",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn offsets_agree_with_std_on_any_text(text in "\\PC{0,64}") {
        offsets_check::check_text(&text);
    }

    #[test]
    fn offsets_agree_with_std_on_mixed_scripts(text in article_text()) {
        offsets_check::check_text(&text);
    }

    #[test]
    fn dom_text_with_lone_surrogates_keeps_every_utf16_position(
        units in prop::collection::vec(prop_oneof![any::<u16>(), 0xD800u16..0xE000], 0..64)
    ) {
        offsets_check::check_dom_units(&units);
    }

    #[test]
    fn locate_cuts_any_range_exactly_at_text_node_borders(
        parts in prop::collection::vec((article_text(), any::<bool>()), 0..10),
        a in 0usize..400, b in 0usize..400,
    ) {
        let mut map = SegmentMap::new();
        let mut owner: Vec<Option<(usize, usize)>> = Vec::new();
        let mut joined = String::new();
        for (text, is_separator) in &parts {
            let n = text.encode_utf16().count();
            joined.push_str(text);
            if *is_separator {
                map.push_separator(text);
                owner.extend(std::iter::repeat_n(None, n));
            } else {
                let seg = map.push_segment(text);
                owner.extend((0..n).map(|u| Some((seg, u))));
            }
        }
        prop_assert_eq!(map.text(), joined.as_str());
        let (start, end) = (a.min(b), a.max(b));
        prop_assert_eq!(map.locate(start, end), model(&owner, start, end));
        prop_assert!(map.locate(end, start).is_empty(), "a reversed range is empty");
    }
}

/// The pieces `locate` must return: maximal runs of units of one segment.
fn model(owner: &[Option<(usize, usize)>], start: usize, end: usize) -> Vec<SegmentPosition> {
    let mut out: Vec<SegmentPosition> = Vec::new();
    for &(segment, offset) in owner.iter().take(end).skip(start).flatten() {
        match out.last_mut() {
            Some(last) if last.segment == segment && last.end == offset => last.end += 1,
            _ => out.push(SegmentPosition {
                segment,
                start: offset,
                end: offset + 1,
            }),
        }
    }
    out
}
