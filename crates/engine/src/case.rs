//! Lower-casing for matching words, without Unicode's case tables.
//!
//! `str::to_lowercase` links the standard library's case-mapping tables,
//! which cost 8.4 KB of the embed's gzip budget (measured 2026-11-26). The
//! engine lower-cases only to compare words: its lexicons are English, and
//! beyond ASCII what has to fold is names and words in European scripts
//! (`ÉMILE` = `Émile`). This module folds the capitals of ASCII, Latin-1,
//! Latin Extended-A, basic Greek and basic Cyrillic by arithmetic and keeps
//! every other character as it is. Each character folds on its own, so a
//! word's fold is the concatenation of its characters' folds (a capital sigma
//! is always `σ`).
//!
//! ```
//! use claimlens_engine::case::lowercase;
//! assert_eq!(lowercase("ÉMILE Zola"), "émile zola");
//! assert_eq!(lowercase("ŁÓDŹ"), "łódź");
//! assert_eq!(lowercase("МОСКВА"), "москва");
//! ```

/// The lower-case form of `c` when it is a capital this module folds, else `c`.
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let folded = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3A9 | 0x410..=0x42F => {
            u + 0x20
        }
        0x400..=0x40F => u + 0x50,
        // Latin Extended-A pairs capitals and small letters; which of a pair
        // comes first changes at the letters that have no partner.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x130 => 'i' as u32,
        0x178 => 0xFF,
        _ => u,
    };
    char::from_u32(folded).unwrap_or(c)
}

/// `word` lower-cased by [`lower_char`].
pub fn lowercase(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    push_lowercase(word, &mut out);
    out
}

/// Appends `word` lower-cased by [`lower_char`] to `out`; ASCII words take a
/// byte-wise fast path.
pub fn push_lowercase(word: &str, out: &mut String) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
    } else {
        out.extend(word.chars().map(lower_char));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_like_unicode_where_it_folds() {
        // Every capital this module folds lower-cases to the same single
        // character in Unicode's tables (but `İ`, which Unicode folds to
        // `i` + a combining dot).
        let mut folded = 0;
        for c in (0..0x500).filter_map(char::from_u32) {
            let lower = lower_char(c);
            if lower != c {
                folded += 1;
                if c != 'İ' {
                    assert_eq!(
                        c.to_lowercase().collect::<String>(),
                        lower.to_string(),
                        "{c}"
                    );
                }
            }
        }
        assert_eq!(folded, 191);
    }

    #[test]
    fn leaves_small_letters_and_other_characters_alone() {
        for c in (0..0x500)
            .filter_map(char::from_u32)
            .filter(|c| !c.is_uppercase())
        {
            assert_eq!(lower_char(c), c, "{c}");
        }
        for c in ['中', '😀', 'ﬀ', '\u{301}', 'Ա', 'ẞ'] {
            assert_eq!(lower_char(c), c);
        }
    }

    #[test]
    fn words_fold_character_by_character() {
        assert_eq!(lowercase("CLINTON'S"), "clinton's");
        assert_eq!(lowercase("ΟΔΟΣ"), "οδοσ");
        assert_eq!(lowercase("İSTANBUL"), "istanbul");
        assert_eq!(lowercase("Straße"), "straße");
        let mut out = String::from("x");
        push_lowercase("Ÿ É", &mut out);
        assert_eq!(out, "xÿ é");
    }
}
