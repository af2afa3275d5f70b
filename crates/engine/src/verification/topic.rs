//! Topic overlap between a claim and other text: the content words they share
//! (crudely stemmed), used to link evidence sentences away from a claim to it.

use std::sync::OnceLock;

use crate::cuelex::WordSet;

use crate::hedges::fold;
use crate::model::{Claim, Span};
use crate::segment::{Document, TokenKind};

/// Function words and reporting words that say nothing about a topic (the
/// auxiliaries of [`crate::lexicon::AUXILIARIES`] too).
const STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "it",
    "its",
    "it's",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "we",
    "you",
    "i",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "him",
    "them",
    "us",
    "me",
    "who",
    "whom",
    "which",
    "what",
    "when",
    "where",
    "why",
    "how",
    "not",
    "no",
    "n't",
    "said",
    "says",
    "say",
    "told",
    "tell",
    "about",
    "after",
    "before",
    "into",
    "over",
    "than",
    "then",
    "there",
    "here",
    "also",
    "just",
    "more",
    "most",
    "some",
    "any",
    "all",
    "very",
    "so",
    "if",
    "out",
    "up",
    "one",
    "new",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "been",
    "such",
    "other",
    "only",
    "even",
    "because",
    "while",
    "people",
    "according",
    "claim",
    "claims",
    "report",
    "reports",
    "statement",
    "said.",
    "like",
    "get",
    "got",
    "going",
    "make",
    "made",
    "year",
    "years",
    "time",
    "now",
    "still",
    "well",
    "much",
    "many",
    "way",
    "think",
    "know",
    "don't",
    "i'm",
    "that's",
    "he's",
    "she's",
    "there's",
    "we're",
    "they're",
    "you're",
];

/// A stem as a number: its bytes packed into a `u64` when it has at most
/// eight (every ASCII stem: stems are cut to six characters), else a hash of
/// them with the top bit set. Comparing and sorting numbers instead of
/// hashing strings keeps topic sets cheap; `0` is no stem.
pub type Stem = u64;

/// The number of a stem's text ([`Stem`]).
pub fn stem_key(text: &str) -> Stem {
    let bytes = text.as_bytes();
    if bytes.len() <= 8 {
        // No word holds a NUL byte, so the zero padding is unambiguous.
        let mut packed = [0u8; 8];
        packed[..bytes.len()].copy_from_slice(bytes);
        u64::from_le_bytes(packed)
    } else {
        // FNV-1a; the top bit keeps it apart from packed ASCII stems.
        let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        hash | 1 << 63
    }
}

/// A set of stems: sorted, without repeats. Claims have a few dozen stems,
/// so a sorted vector beats a hash set in both building and overlapping.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StemSet(Vec<Stem>);

impl StemSet {
    /// Number of stems.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `stem` is in the set.
    pub fn contains(&self, stem: Stem) -> bool {
        self.0.binary_search(&stem).is_ok()
    }

    /// Whether the stem written `text` (already a stem: `"presid"`) is in the set.
    pub fn has(&self, text: &str) -> bool {
        self.contains(stem_key(text))
    }

    /// Adds `stem`.
    pub fn insert(&mut self, stem: Stem) {
        if let Err(at) = self.0.binary_search(&stem) {
            self.0.insert(at, stem);
        }
    }

    /// Removes `stem`; whether it was there.
    pub fn remove(&mut self, stem: Stem) -> bool {
        match self.0.binary_search(&stem) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    /// Keeps the stems for which `keep` holds.
    pub fn retain(&mut self, keep: impl FnMut(&Stem) -> bool) {
        self.0.retain(keep);
    }

    /// The stems, in ascending order of their numbers.
    pub fn iter(&self) -> impl Iterator<Item = Stem> + '_ {
        self.0.iter().copied()
    }
}

// Built by insertion: sets are small (a claim's few dozen stems), and a
// general sort of `u64` would add its own code to the wasm for no gain.
impl FromIterator<Stem> for StemSet {
    fn from_iter<I: IntoIterator<Item = Stem>>(stems: I) -> Self {
        let mut set = StemSet::default();
        set.extend(stems);
        set
    }
}

impl Extend<Stem> for StemSet {
    fn extend<I: IntoIterator<Item = Stem>>(&mut self, stems: I) {
        for stem in stems {
            self.insert(stem);
        }
    }
}

/// [`STOP`] as a set: `stem` runs for every word of every claim.
fn stop_words() -> &'static WordSet<&'static str> {
    static CELL: OnceLock<WordSet<&'static str>> = OnceLock::new();
    crate::cuelex::cached_set(&CELL, || {
        STOP.iter()
            .chain(crate::lexicon::AUXILIARIES)
            .copied()
            .collect()
    })
}

/// A crude stem: lower-cased, possessive dropped, one inflection or final `e`
/// dropped (`helped`/`help`, `states`/`state`, `rules`/`rule`), cut to six
/// characters.
pub fn stem(word: &str) -> Option<Stem> {
    stem_folded(&fold(word))
}

/// [`stem`] of a word already folded ([`crate::segment::Document::folded`]).
pub fn stem_folded(w: &str) -> Option<Stem> {
    // `trim_end_matches("'s")` without building a substring searcher.
    let mut w = w;
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    // Cheap checks first (a byte length under three is under three
    // characters; ASCII words skip the Unicode tables), the stop list last.
    let short = if w.is_ascii() {
        w.len() < 3 || !w.bytes().any(|b| b.is_ascii_alphanumeric())
    } else {
        w.chars().count() < 3 || !w.chars().any(char::is_alphanumeric)
    };
    if short || stop_words().contains(w) {
        return None;
    }
    let n = w.len();
    let base = if n > 5 && w.ends_with("ing") {
        &w[..n - 3]
    } else if n > 4 && (w.ends_with("ed") || w.ends_with("es")) {
        &w[..n - 2]
    } else if n > 3 && (w.ends_with('s') && !w.ends_with("ss") || w.ends_with('e')) {
        &w[..n - 1]
    } else {
        w
    };
    // The first six characters (ASCII: six bytes).
    let end = if base.is_ascii() {
        base.len().min(6)
    } else {
        base.char_indices().nth(6).map_or(base.len(), |(i, _)| i)
    };
    Some(stem_key(&base[..end]))
}

/// The stem of token `t` of `doc` (`0`: none), computed for every token of
/// the document on first use: a word's stem is asked for by every claim, cue
/// and sentence that holds it.
fn token_stem(doc: &Document, t: usize) -> Stem {
    let stems = doc.stems.get_or_init(|| {
        (0..doc.tokens.len())
            .map(|t| match doc.tokens[t].kind {
                TokenKind::Word => stem_folded(doc.folded(t)).unwrap_or(0),
                _ => 0,
            })
            .collect()
    });
    stems.get(t).copied().unwrap_or(0)
}

/// The content-word stems of the tokens inside `spans`.
pub fn stems_in(doc: &Document, spans: &[Span]) -> StemSet {
    spans
        .iter()
        .flat_map(|span| doc.tokens_in(*span))
        .map(|t| token_stem(doc, t))
        .filter(|&s| s != 0)
        .collect()
}

/// The stems of one claim's content and of its source mention.
pub struct ClaimTopic {
    /// Content-word stems of the content.
    pub content: StemSet,
    /// Stems of the source mention and entity name.
    pub source: StemSet,
}

/// Topics of every claim.
pub fn claim_topics(doc: &Document, claims: &[Claim]) -> Vec<ClaimTopic> {
    claims
        .iter()
        .map(|c| {
            let mut source = stems_in(doc, &c.source.spans);
            if let Some(name) = &c.source.entity {
                source.extend(name.split_whitespace().filter_map(stem));
            }
            let mut content = stems_in(doc, &c.content.spans);
            canonical_aliases(&mut source);
            // `the president's claims` are those of the White House or of the
            // administration.
            if source.has("admini") || (source.has("whit") && source.has("hous")) {
                source.insert(stem_key("presid"));
            }
            canonical_aliases(&mut content);
            ClaimTopic { content, source }
        })
        .collect()
}

/// Party names that news uses interchangeably (stems): a party named one way
/// in a claim and the other way in its reply is the same party.
const ALIASES: &[(&str, &str)] = &[("gop", "republ"), ("dem", "democr")];

/// Replaces an alias by its canonical stem (`gop` → `republ`).
fn canonical_aliases(stems: &mut StemSet) {
    for &(alias, canonical) in ALIASES {
        if stems.remove(stem_key(alias)) {
            stems.insert(stem_key(canonical));
        }
    }
}

/// Number of shared stems (a walk through both sorted sets).
pub fn overlap(a: &StemSet, b: &StemSet) -> usize {
    let (a, b) = (&a.0, &b.0);
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// Nouns that refer back to a claim (`the charges`, `the information`).
pub const ANAPHORS: &[&str] = &[
    "claim",
    "claims",
    "charge",
    "charges",
    "allegation",
    "allegations",
    "report",
    "reports",
    "information",
    "account",
    "accounts",
    "statement",
    "statements",
    "assertion",
    "assertions",
    "accusation",
    "accusations",
    "story",
    "stories",
    "rumor",
    "rumors",
    "rumour",
    "rumours",
    "tweet",
    "tweets",
    "comment",
    "comments",
    "remarks",
    "remark",
    "idea",
    "suggestion",
    "criticism",
    "finding",
    "findings",
    "ruling",
    "rulings",
    "decision",
    "verdict",
    "conclusion",
    "conclusions",
    "argument",
    "contention",
    "characterization",
    "news",
    "reporting",
    "theory",
    // `The authenticity of the sample could not be independently verified`:
    // what a claim offered as evidence, checked.
    "authenticity",
    "veracity",
    // Numbers a claim gave: `The figure could not be independently verified`.
    "figure",
    "figures",
    "toll",
    "tally",
    "estimate",
    "account",
    "version",
    "portrayal",
    "description",
];

/// Pronouns that can stand for the claim just made (`denied it`, `disputed that`).
pub const PRONOUNS: &[&str] = &["it", "that", "this", "those", "them", "which"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stem_sets_are_sorted_sets_and_overlap_counts_shared_stems() {
        let a: StemSet = ["budget", "vote", "budget", "council"]
            .into_iter()
            .filter_map(stem)
            .collect();
        assert_eq!(a.len(), 3);
        assert!(a.iter().zip(a.iter().skip(1)).all(|(x, y)| x < y));
        let b: StemSet = ["voted", "councils", "tax"]
            .into_iter()
            .filter_map(stem)
            .collect();
        assert_eq!(overlap(&a, &b), 2);
        assert_eq!(overlap(&b, &a), 2);
        assert!(a.has("budget") && a.contains(stem_key("vot")));
        let mut c = a.clone();
        assert!(c.remove(stem_key("budget")) && !c.remove(stem_key("budget")));
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn stem_keys_tell_stems_apart() {
        // Packed (up to eight bytes) and hashed (longer, non-ASCII) keys.
        let words = [
            "a",
            "ab",
            "ba",
            "abcdefgh",
            "abcdefg",
            "żółwie",
            "żółwia",
            "řeč",
        ];
        let keys: Vec<Stem> = words.iter().map(|w| stem_key(w)).collect();
        for (i, k) in keys.iter().enumerate() {
            assert_ne!(*k, 0);
            assert!(keys[i + 1..].iter().all(|o| o != k), "{}", words[i]);
        }
    }
}
