//! Invariants of the offset index (UTF-8 ↔ code points ↔ UTF-16). Shared, through
//! `#[path]`, by the `offsets` fuzz target and the native replay of its seeds
//! (crates/anchoring/tests/fuzz_seeds.rs).

use claimlens_anchoring::OffsetIndex;

/// Checks the index of `data` read two ways: as UTF-8 (what the engine gets)
/// and as UTF-16 code units with lone surrogates allowed (what the DOM gives).
pub fn check_bytes(data: &[u8]) {
    check_text(&String::from_utf8_lossy(data));
    let units: Vec<u16> = data
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    check_dom_units(&units);
}

/// Every conversion agrees with the standard library's own walk of the text and
/// round-trips; positions inside a character round down to its start.
pub fn check_text(text: &str) {
    let index = OffsetIndex::new(text);
    let (mut byte, mut unit) = (0, 0);
    for (ch, c) in text.chars().enumerate() {
        assert_eq!(index.char_to_byte(ch), Some(byte), "char_to_byte({ch})");
        assert_eq!(index.char_to_utf16(ch), Some(unit), "char_to_utf16({ch})");
        assert_eq!(index.byte_to_char(byte), ch, "byte_to_char({byte})");
        assert_eq!(index.utf16_to_char(unit), ch, "utf16_to_char({unit})");
        assert_eq!(index.utf16_to_byte(unit), byte, "utf16_to_byte({unit})");
        assert_eq!(index.byte_to_utf16(byte), unit, "byte_to_utf16({byte})");
        for inner in 1..c.len_utf8() {
            assert_eq!(index.byte_to_char(byte + inner), ch, "inside {c:?}");
        }
        if c.len_utf16() == 2 {
            assert_eq!(index.utf16_to_char(unit + 1), ch, "between surrogates");
            assert_eq!(index.utf16_to_byte(unit + 1), byte, "between surrogates");
        }
        byte += c.len_utf8();
        unit += c.len_utf16();
    }
    let chars = text.chars().count();
    assert_eq!(index.char_len(), chars);
    assert_eq!(index.utf16_len(), unit);
    assert_eq!(
        index.char_to_byte(chars),
        Some(text.len()),
        "end is a valid offset"
    );
    assert_eq!(index.char_to_utf16(chars), Some(unit));
    assert_eq!(index.char_to_byte(chars + 1), None, "past the end");
    assert_eq!(index.byte_to_char(text.len() + 7), chars, "clamped");
    assert_eq!(index.utf16_to_byte(unit + 7), text.len(), "clamped");
}

/// Text from the DOM may hold lone surrogates; crossing into Rust (wasm-bindgen's
/// TextEncoder) turns each into one U+FFFD. That keeps every UTF-16 position, so
/// DOM offsets computed on the original text still point at the same places.
pub fn check_dom_units(units: &[u16]) {
    let text = String::from_utf16_lossy(units);
    let back: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(
        back.len(),
        units.len(),
        "replacement changed the UTF-16 length"
    );
    for (a, b) in units.iter().zip(&back) {
        let lone = (0xD800..=0xDFFF).contains(a) && *b == 0xFFFD;
        assert!(a == b || lone, "unit {a:#x} became {b:#x}");
    }
    check_text(&text);
}
