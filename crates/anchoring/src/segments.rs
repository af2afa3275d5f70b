//! Mapping positions in an article's text onto the segments it was built from.
//!
//! A DOM adapter reads an article as a list of text nodes (segments) and joins
//! their contents, with separators (paragraph breaks) between some of them, into
//! one text for the engine. [`SegmentMap`] remembers where each segment lies in
//! that text so that any span of the text can be cut back into per-segment pieces.

/// Where a run of text lies inside one segment: segment index and UTF-16 range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SegmentPosition {
    /// Index of the segment (text node) in the order it was added.
    pub segment: usize,
    /// UTF-16 offset in the segment where the run starts.
    pub start: usize,
    /// UTF-16 offset in the segment where the run ends (exclusive).
    pub end: usize,
}

/// The article text with the location of every segment in it (UTF-16 offsets).
#[derive(Debug, Clone, Default)]
pub struct SegmentMap {
    text: String,
    utf16_len: usize,
    /// (start in the text, length) in UTF-16 units, one per segment, in order.
    segments: Vec<(usize, usize)>,
}

impl SegmentMap {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends text that belongs to no segment (a paragraph break, say).
    pub fn push_separator(&mut self, separator: &str) {
        self.text.push_str(separator);
        self.utf16_len += separator.encode_utf16().count();
    }

    /// Appends the text of the next segment and returns its index.
    pub fn push_segment(&mut self, text: &str) -> usize {
        let len = text.encode_utf16().count();
        self.segments.push((self.utf16_len, len));
        self.text.push_str(text);
        self.utf16_len += len;
        self.segments.len() - 1
    }

    /// The joined text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Number of segments.
    pub fn len(&self) -> usize {
        self.segments.len()
    }

    /// Whether no segment was added.
    pub fn is_empty(&self) -> bool {
        self.segments.is_empty()
    }

    /// Cuts the UTF-16 range `start..end` of the joined text into per-segment
    /// pieces, skipping separators and empty pieces. Out-of-range ends are clamped.
    pub fn locate(&self, start: usize, end: usize) -> Vec<SegmentPosition> {
        let end = end.min(self.utf16_len);
        if start >= end {
            return Vec::new();
        }
        // First segment that ends after `start`.
        let first = self
            .segments
            .partition_point(|&(seg_start, len)| seg_start + len <= start);
        let mut pieces = Vec::new();
        for (index, &(seg_start, len)) in self.segments.iter().enumerate().skip(first) {
            if seg_start >= end {
                break;
            }
            let from = start.max(seg_start) - seg_start;
            let to = end.min(seg_start + len) - seg_start;
            if from < to {
                pieces.push(SegmentPosition {
                    segment: index,
                    start: from,
                    end: to,
                });
            }
        }
        pieces
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn spans_cross_segment_boundaries() {
        let mut map = SegmentMap::new();
        map.push_segment("He said “it ");
        map.push_segment("works");
        map.push_segment("” today.");
        map.push_separator("\n\n");
        map.push_segment("Next.");
        assert_eq!(map.text(), "He said “it works” today.\n\nNext.");
        let pieces = map.locate(8, 18);
        assert_eq!(
            pieces,
            vec![
                SegmentPosition {
                    segment: 0,
                    start: 8,
                    end: 12
                },
                SegmentPosition {
                    segment: 1,
                    start: 0,
                    end: 5
                },
                SegmentPosition {
                    segment: 2,
                    start: 0,
                    end: 1
                },
            ]
        );
        assert_eq!(map.locate(20, 30).len(), 2, "separator is skipped");
    }

    proptest! {
        #[test]
        fn pieces_cover_exactly_the_segment_text(
            parts in proptest::collection::vec("\\PC{0,8}", 1..8),
            a in 0usize..80, b in 0usize..80,
        ) {
            let mut map = SegmentMap::new();
            for (i, part) in parts.iter().enumerate() {
                if i % 3 == 2 { map.push_separator("\n\n"); }
                map.push_segment(part);
            }
            let (start, end) = (a.min(b), a.max(b));
            let units: Vec<u16> = map.text().encode_utf16().collect();
            let end_c = end.min(units.len());
            let mut covered = 0;
            for piece in map.locate(start, end) {
                let seg: Vec<u16> = parts[piece.segment].encode_utf16().collect();
                prop_assert!(piece.start < piece.end && piece.end <= seg.len());
                covered += piece.end - piece.start;
            }
            // Everything covered lies in the range; separators are the only gaps.
            prop_assert!(covered <= end_c.saturating_sub(start));
        }
    }
}
