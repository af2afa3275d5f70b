//! Conversion between UTF-8 byte, Unicode code point and UTF-16 code unit offsets.

/// Converts offsets within one text between UTF-8 bytes, code points and UTF-16 units.
///
/// Built once per text in O(n); every lookup is O(log n). Offsets at the end of the
/// text are valid (an end-exclusive span may end there).
#[derive(Debug, Clone)]
pub struct OffsetIndex {
    /// Byte offset of every code point, plus the text length at the end.
    char_bytes: Vec<u32>,
    /// UTF-16 offset of every code point, plus the UTF-16 length at the end.
    char_utf16: Vec<u32>,
}

impl OffsetIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let count = text.chars().count();
        let mut char_bytes = Vec::with_capacity(count + 1);
        let mut char_utf16 = Vec::with_capacity(count + 1);
        let mut utf16 = 0u32;
        for (byte, ch) in text.char_indices() {
            char_bytes.push(byte as u32);
            char_utf16.push(utf16);
            utf16 += ch.len_utf16() as u32;
        }
        char_bytes.push(text.len() as u32);
        char_utf16.push(utf16);
        OffsetIndex {
            char_bytes,
            char_utf16,
        }
    }

    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        self.char_bytes.len() - 1
    }

    /// Number of UTF-16 code units in the text.
    pub fn utf16_len(&self) -> usize {
        *self.char_utf16.last().unwrap_or(&0) as usize
    }

    /// Code point offset of a byte offset. A byte offset inside a multi-byte
    /// character maps to the start of that character.
    pub fn byte_to_char(&self, byte: usize) -> usize {
        match self.char_bytes.binary_search(&(byte as u32)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// UTF-16 offset of a byte offset (rounded down to a character start).
    pub fn byte_to_utf16(&self, byte: usize) -> usize {
        self.char_utf16[self.byte_to_char(byte)] as usize
    }

    /// Byte offset of a code point offset, or `None` past the end.
    pub fn char_to_byte(&self, ch: usize) -> Option<usize> {
        self.char_bytes.get(ch).map(|&b| b as usize)
    }

    /// UTF-16 offset of a code point offset, or `None` past the end.
    pub fn char_to_utf16(&self, ch: usize) -> Option<usize> {
        self.char_utf16.get(ch).map(|&u| u as usize)
    }

    /// Code point offset of a UTF-16 offset. An offset between the two halves
    /// of a surrogate pair maps to the start of that character.
    pub fn utf16_to_char(&self, unit: usize) -> usize {
        match self.char_utf16.binary_search(&(unit as u32)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Byte offset of a UTF-16 offset (rounded down to a character start).
    pub fn utf16_to_byte(&self, unit: usize) -> usize {
        self.char_bytes[self.utf16_to_char(unit).min(self.char_len())] as usize
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
