//! Text ↔ DOM positions: an article built from text segments (DOM text nodes)
//! and separators, analysed, and every highlight cut back into per-segment
//! pieces. Shared, through `#[path]`, by the `segments` fuzz target and the native
//! replay of its seeds (crates/engine/tests/hostile_seeds.rs).

use claimlens_anchoring::{OffsetIndex, SegmentMap, SegmentPosition};

/// Splits `data` at NUL into pieces (a piece starting with U+0001 is a
/// separator, the others are text nodes), builds the map, analyses the joined
/// text and checks that every highlight and a few arbitrary ranges map back
/// exactly onto the segments. Returns the number of ranges checked.
pub fn check_bytes(data: &[u8]) -> usize {
    let text = String::from_utf8_lossy(data);
    let mut map = SegmentMap::new();
    let mut segments: Vec<Vec<u16>> = Vec::new();
    // Owner of every UTF-16 unit of the joined text: (segment, offset) or None.
    let mut owner: Vec<Option<(usize, usize)>> = Vec::new();
    for piece in text.split('\0') {
        let units: Vec<u16> = piece.encode_utf16().collect();
        if piece.starts_with('\u{1}') {
            map.push_separator(piece);
            owner.extend(units.iter().map(|_| None));
        } else {
            let seg = map.push_segment(piece);
            assert_eq!(seg, segments.len(), "segment index");
            owner.extend((0..units.len()).map(|u| Some((seg, u))));
            segments.push(units);
        }
    }
    let joined: Vec<u16> = map.text().encode_utf16().collect();
    assert_eq!(joined.len(), owner.len(), "joined text length");
    assert_eq!(map.len(), segments.len());

    let mut ranges = highlight_ranges(map.text());
    let highlights = ranges.len();
    // A few arbitrary ranges, possibly past the end, reversed, or splitting a
    // surrogate pair (so only the highlights must fall on character boundaries).
    for pair in data.chunks_exact(2).take(8) {
        ranges.push((pair[0] as usize * 3, pair[1] as usize * 3));
    }
    for (i, &(start, end)) in ranges.iter().enumerate() {
        let got = map.locate(start, end);
        assert_eq!(got, expected(&owner, start, end), "locate({start}, {end})");
        for piece in got.iter().filter(|_| i < highlights) {
            let units = &segments[piece.segment][piece.start..piece.end];
            assert!(
                String::from_utf16(units).is_ok(),
                "piece {piece:?} splits a character"
            );
        }
    }
    ranges.len()
}

/// Every highlight span of the analysis, in UTF-16 units of `text`.
fn highlight_ranges(text: &str) -> Vec<(usize, usize)> {
    let analysis = claimlens_engine::analyze(text);
    let index = OffsetIndex::new(text);
    let mut spans: Vec<claimlens_engine::Span> = Vec::new();
    for claim in &analysis.claims {
        spans.extend(&claim.content.spans);
        spans.extend(&claim.cue.spans);
        spans.extend(&claim.source.spans);
        spans.extend(&claim.evidence);
    }
    for hedge in &analysis.hedges {
        spans.extend(&hedge.spans);
    }
    spans.extend(&analysis.sentences);
    spans
        .iter()
        .map(|s| {
            let a = index.char_to_utf16(s.start).expect("span start in bounds");
            let b = index.char_to_utf16(s.end).expect("span end in bounds");
            (a, b)
        })
        .collect()
}

/// The pieces `locate` must return: maximal runs of units owned by one segment.
fn expected(owner: &[Option<(usize, usize)>], start: usize, end: usize) -> Vec<SegmentPosition> {
    let end = end.min(owner.len());
    let mut out: Vec<SegmentPosition> = Vec::new();
    for unit in owner.iter().take(end).skip(start).flatten() {
        let (segment, offset) = *unit;
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
