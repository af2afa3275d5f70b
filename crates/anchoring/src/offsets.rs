//! Conversion between UTF-8 byte, Unicode code point and UTF-16 code unit offsets.

/// Converts offsets within one text between UTF-8 bytes, code points and UTF-16 units.
///
/// Built once per text in O(n); every lookup is O(log m), m being the number of
/// non-ASCII characters. Offsets at the end of the text are valid (an
/// end-exclusive span may end there).
#[derive(Debug, Clone)]
pub struct OffsetIndex {
    /// Every non-ASCII character, in text order. Between two of them (and
    /// around them) the text is ASCII, where the three offsets advance
    /// together: news text has few non-ASCII characters (curly quotes,
    /// dashes), so this is far smaller and faster to build than a table per
    /// character.
    wide: Vec<Wide>,
    /// The text's length in bytes, code points and UTF-16 units.
    end: Offsets,
}

/// One position in the three units.
#[derive(Debug, Clone, Copy, Default)]
struct Offsets {
    byte: u32,
    ch: u32,
    utf16: u32,
}

/// A non-ASCII character: where it starts, and its UTF-8 and UTF-16 lengths.
#[derive(Debug, Clone, Copy)]
struct Wide {
    at: Offsets,
    bytes: u8,
    units: u8,
}

impl Wide {
    /// The offsets just after this character.
    fn after(&self) -> Offsets {
        Offsets {
            byte: self.at.byte + u32::from(self.bytes),
            ch: self.at.ch + 1,
            utf16: self.at.utf16 + u32::from(self.units),
        }
    }
}

impl OffsetIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        // Offsets at the end of the last non-ASCII character seen.
        let mut last = Offsets::default();
        let bytes = text.as_bytes();
        let mut byte = 0;
        while byte < bytes.len() {
            if bytes[byte] < 0x80 {
                byte += 1;
                continue;
            }
            let ch = text[byte..].chars().next().unwrap_or('\0');
            let skipped = byte as u32 - last.byte;
            let at = Offsets {
                byte: byte as u32,
                ch: last.ch + skipped,
                utf16: last.utf16 + skipped,
            };
            let w = Wide {
                at,
                bytes: ch.len_utf8() as u8,
                units: ch.len_utf16() as u8,
            };
            last = w.after();
            wide.push(w);
            byte += ch.len_utf8();
        }
        let rest = text.len() as u32 - last.byte;
        let end = Offsets {
            byte: text.len() as u32,
            ch: last.ch + rest,
            utf16: last.utf16 + rest,
        };
        OffsetIndex { wide, end }
    }

    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        self.end.ch as usize
    }

    /// Number of UTF-16 code units in the text.
    pub fn utf16_len(&self) -> usize {
        self.end.utf16 as usize
    }

    /// The offsets of the character holding the position `key(o) == at`
    /// (rounded down to its start), `at` being clamped to the text's end.
    fn locate(&self, at: usize, key: fn(&Offsets) -> u32) -> Offsets {
        let at = (at as u32).min(key(&self.end));
        // The last non-ASCII character starting at or before `at`.
        let k = self.wide.partition_point(|w| key(&w.at) <= at);
        let Some(w) = k.checked_sub(1).map(|k| self.wide[k]) else {
            return Offsets {
                byte: at,
                ch: at,
                utf16: at,
            };
        };
        let after = w.after();
        if at < key(&after) {
            return w.at;
        }
        let ascii = at - key(&after);
        Offsets {
            byte: after.byte + ascii,
            ch: after.ch + ascii,
            utf16: after.utf16 + ascii,
        }
    }

    /// Code point offset of a byte offset. A byte offset inside a multi-byte
    /// character maps to the start of that character.
    pub fn byte_to_char(&self, byte: usize) -> usize {
        self.locate(byte, |o| o.byte).ch as usize
    }

    /// UTF-16 offset of a byte offset (rounded down to a character start).
    pub fn byte_to_utf16(&self, byte: usize) -> usize {
        self.locate(byte, |o| o.byte).utf16 as usize
    }

    /// Byte offset of a code point offset, or `None` past the end.
    pub fn char_to_byte(&self, ch: usize) -> Option<usize> {
        (ch <= self.char_len()).then(|| self.locate(ch, |o| o.ch).byte as usize)
    }

    /// UTF-16 offset of a code point offset, or `None` past the end.
    pub fn char_to_utf16(&self, ch: usize) -> Option<usize> {
        (ch <= self.char_len()).then(|| self.locate(ch, |o| o.ch).utf16 as usize)
    }

    /// Code point offset of a UTF-16 offset. An offset between the two halves
    /// of a surrogate pair maps to the start of that character.
    pub fn utf16_to_char(&self, unit: usize) -> usize {
        self.locate(unit, |o| o.utf16).ch as usize
    }

    /// Byte offset of a UTF-16 offset (rounded down to a character start).
    pub fn utf16_to_byte(&self, unit: usize) -> usize {
        self.locate(unit, |o| o.utf16).byte as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ascii_is_identity() {
        let index = OffsetIndex::new("hello");
        for i in 0..=5 {
            assert_eq!(index.byte_to_char(i), i);
            assert_eq!(index.byte_to_utf16(i), i);
        }
    }

    #[test]
    fn astral_characters_take_two_utf16_units() {
        let text = "x😀y";
        let index = OffsetIndex::new(text);
        assert_eq!(index.char_len(), 3);
        assert_eq!(index.utf16_len(), 4);
        assert_eq!(index.char_to_utf16(2), Some(3));
        assert_eq!(
            index.utf16_to_char(2),
            1,
            "middle of a surrogate pair rounds down"
        );
        assert_eq!(
            index.byte_to_char(2),
            1,
            "inside a UTF-8 sequence rounds down"
        );
    }

    proptest! {
        /// Every byte and UTF-16 offset, inside characters and past the end
        /// too, against a per-character reference table.
        #[test]
        fn rounding_matches_a_reference(text in "\\PC{0,30}") {
            let index = OffsetIndex::new(&text);
            let mut starts: Vec<(usize, usize)> = Vec::new(); // (byte, utf16) per char
            let mut unit = 0;
            for (b, c) in text.char_indices() {
                starts.push((b, unit));
                unit += c.len_utf16();
            }
            starts.push((text.len(), unit));
            for byte in 0..=text.len() + 2 {
                let ch = starts.iter().rposition(|&(b, _)| b <= byte.min(text.len())).unwrap();
                prop_assert_eq!(index.byte_to_char(byte), ch);
                prop_assert_eq!(index.byte_to_utf16(byte), starts[ch].1);
            }
            for u in 0..=unit + 2 {
                let ch = starts.iter().rposition(|&(_, x)| x <= u.min(unit)).unwrap();
                prop_assert_eq!(index.utf16_to_char(u), ch);
                prop_assert_eq!(index.utf16_to_byte(u), starts[ch].0);
            }
            prop_assert_eq!(index.char_to_byte(starts.len()), None);
            prop_assert_eq!(index.char_to_utf16(starts.len()), None);
        }

        #[test]
        fn conversions_round_trip(text in "\\PC{0,40}") {
            let index = OffsetIndex::new(&text);
            prop_assert_eq!(index.char_len(), text.chars().count());
            prop_assert_eq!(index.utf16_len(), text.encode_utf16().count());
            for ch in 0..=index.char_len() {
                let byte = index.char_to_byte(ch).unwrap();
                prop_assert!(text.is_char_boundary(byte));
                prop_assert_eq!(index.byte_to_char(byte), ch);
                let unit = index.char_to_utf16(ch).unwrap();
                prop_assert_eq!(index.utf16_to_char(unit), ch);
                prop_assert_eq!(index.utf16_to_byte(unit), byte);
            }
        }
    }
}
