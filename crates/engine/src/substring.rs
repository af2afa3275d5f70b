//! Substring search for the few places that look for a short literal
//! (`", and"`, `"\n\n"`), without `core`'s two-way searcher: `str::find` and
//! `str::contains` with a `&str` pattern compile it (about 3 KB of wasm) for
//! texts where a plain scan is as fast.

/// Byte index of the first occurrence of `needle` in `hay`.
///
/// ```
/// use claimlens_engine::substring::find;
/// assert_eq!(find("said, and then", ", and"), Some(4));
/// assert_eq!(find("said", ", and"), None);
/// assert_eq!(find("abc", ""), Some(0));
/// ```
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() {
        return Some(0);
    }
    // A match starts and ends on character boundaries, as `needle` is UTF-8.
    h.windows(n.len()).position(|w| w == n)
}

/// Byte index of the last occurrence of `needle` in `hay`.
///
/// ```
/// use claimlens_engine::substring::rfind;
/// assert_eq!(rfind("a. b. c", ". "), Some(4));
/// assert_eq!(rfind("abc", ""), Some(3));
/// ```
pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() {
        return Some(h.len());
    }
    h.windows(n.len()).rposition(|w| w == n)
}

/// Whether `needle` occurs in `hay`.
///
/// ```
/// assert!(claimlens_engine::substring::contains("don't", "n't"));
/// ```
pub fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library() {
        let hays = [
            "",
            "a",
            "aaa",
            "said, and, but",
            "n’t n't",
            "x\n\ny\n\n",
            "été. été. ",
        ];
        let needles = [
            "", "a", "aa", ", and", ", but", "n't", "n’t", "\n\n", ". ", "été",
        ];
        for hay in hays {
            for needle in needles {
                assert_eq!(find(hay, needle), hay.find(needle), "{hay:?} {needle:?}");
                assert_eq!(rfind(hay, needle), hay.rfind(needle), "{hay:?} {needle:?}");
                assert_eq!(contains(hay, needle), hay.contains(needle));
            }
        }
    }
}
