//! Converting code point offsets by walking the text from the last position.

/// Converts code point offsets of one text to UTF-8 bytes and UTF-16 units by
/// walking from the previous query, without indexing the whole text.
///
/// [`crate::OffsetIndex`] answers any query in O(log n) but costs eight bytes
/// per code point up front: 40 MB and tens of milliseconds for a 5 MB
/// article. Queries that arrive roughly in text order (the highlights of
/// successive claims, the excerpts of successive cards) cost only the distance
/// walked. The cursor keeps no reference to the text: pass the same text to
/// every call.
///
/// ```
/// use claimlens_anchoring::CharCursor;
/// let text = "a€😀b";
/// let mut cursor = CharCursor::default();
/// assert_eq!(cursor.seek(text, 2), (4, 2)); // after "a€"
/// assert_eq!(cursor.seek(text, 3), (8, 4)); // the emoji is 4 bytes, 2 units
/// assert_eq!(cursor.seek(text, 0), (0, 0));
/// assert_eq!(cursor.seek(text, 99), (9, 5)); // past the end: the end
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CharCursor {
    ch: usize,
    byte: usize,
    utf16: usize,
}

impl CharCursor {
    /// Moves to code point `ch` (the end of `text` if `ch` is past it) and
    /// returns its (byte, UTF-16) offsets.
    pub fn seek(&mut self, text: &str, ch: usize) -> (usize, usize) {
        if self.byte > text.len() || !text.is_char_boundary(self.byte) {
            // Another text than before: start over.
            *self = CharCursor::default();
        }
        if ch < self.ch && ch <= self.ch - ch {
            // Nearer the start than here.
            *self = CharCursor::default();
        }
        if ch >= self.ch {
            for c in text[self.byte..].chars() {
                if self.ch == ch {
                    break;
                }
                self.ch += 1;
                self.byte += c.len_utf8();
                self.utf16 += c.len_utf16();
            }
        } else {
            for c in text[..self.byte].chars().rev() {
                if self.ch == ch {
                    break;
                }
                self.ch -= 1;
                self.byte -= c.len_utf8();
                self.utf16 -= c.len_utf16();
            }
        }
        (self.byte, self.utf16)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::OffsetIndex;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn agrees_with_the_offset_index(text in "\\PC{0,60}", queries in proptest::collection::vec(0usize..70, 0..30)) {
            let index = OffsetIndex::new(&text);
            let mut cursor = CharCursor::default();
            for ch in queries {
                let clamped = ch.min(index.char_len());
                let expected = (
                    index.char_to_byte(clamped).unwrap_or(text.len()),
                    index.char_to_utf16(clamped).unwrap_or(index.utf16_len()),
                );
                prop_assert_eq!(cursor.seek(&text, ch), expected);
            }
        }
    }

    #[test]
    fn a_new_text_starts_over_instead_of_slicing_out_of_bounds() {
        let mut cursor = CharCursor::default();
        assert_eq!(cursor.seek("héllo world", 8), (9, 8));
        assert_eq!(cursor.seek("hé", 5), (3, 2));
    }
}
