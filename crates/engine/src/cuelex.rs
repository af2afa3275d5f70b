//! The attribution lexicon (`data/attribution_lexicon.txt`): cue verbs, attribution
//! nouns and source nouns, each with a category.
//!
//! Lookup folds case and strips regular inflection (`warns`, `warned`, `warning`,
//! `planned`, `denies`), so the list holds lemmas plus irregular forms.
//!
//! ```
//! use claimlens_engine::cuelex::{categories, SPEECH, INTENT};
//! assert!(categories("Warned") & SPEECH != 0);
//! assert!(categories("planned") & INTENT != 0);
//! assert_eq!(categories("table"), 0);
//! ```

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::sync::OnceLock;

/// A small multiplicative hasher for the short lowercase keys of the lexicon
/// (SipHash is needlessly slow for a static table looked up once per token).
/// Also used for the engine's other static word tables ([`WordMap`], [`WordSet`]).
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl WordHasher {
    #[inline]
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

/// The bytes of `rest` (at most seven) as a little-endian word, zero-padded;
/// from four bytes on, two overlapping reads of its first and last four,
/// or'ed together (a byte both reads hold lands in the same place in
/// both), in place of a loop over the bytes (this runs for every word
/// looked up).
fn tail_word(rest: &[u8]) -> u64 {
    let word = |at: usize| u32::from_le_bytes([rest[at], rest[at + 1], rest[at + 2], rest[at + 3]]);
    match *rest {
        [] => 0,
        [a] => a as u64,
        [a, b] => u16::from_le_bytes([a, b]) as u64,
        [a, b, c] => u32::from_le_bytes([a, b, c, 0]) as u64,
        _ => word(0) as u64 | (word(rest.len() - 4) as u64) << (8 * (rest.len() - 4)),
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes at a time, the last chunk zero-padded (built byte by
        // byte: a variable-length copy would call memcpy per word).
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            self.mix(word);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.mix(tail_word(rest));
        }
    }
    fn write_u8(&mut self, b: u8) {
        self.mix(b as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map keyed by words, hashed with [`WordHasher`].
pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
/// A hash set of words, hashed with [`WordHasher`]: a [`WordMap`] to `u16`,
/// the lexicon table's own type, so that the wasm carries one copy of the
/// hash table's code for the sets and the maps of words (a `HashSet` of its
/// own compiled a second one: 1.08 KB of embed).
///
/// ```
/// use claimlens_engine::cuelex::WordSet;
/// let set: WordSet<&str> = ["may", "might"].into_iter().collect();
/// assert!(set.contains("may") && !set.contains("could"));
/// ```
#[derive(Debug, Clone)]
pub struct WordSet<K>(WordMap<K, u16>);

/// The word set in `cell`, built by `build` on first use. One function for
/// every cached word set, so that the wasm holds one copy of `OnceLock`'s
/// initialisation instead of one per set.
#[inline(never)]
pub fn cached_set(
    cell: &'static std::sync::OnceLock<WordSet<&'static str>>,
    build: fn() -> WordSet<&'static str>,
) -> &'static WordSet<&'static str> {
    cell.get_or_init(build)
}

impl<K> Default for WordSet<K> {
    fn default() -> Self {
        WordSet(WordMap::default())
    }
}

impl<K: Hash + Eq> WordSet<K> {
    /// Adds `word`; whether it was new.
    pub fn insert(&mut self, word: K) -> bool {
        self.0.insert(word, 0).is_none()
    }

    /// Adds `word` with `bits` or'ed into its value (0 for a word added by
    /// [`WordSet::insert`]): a set of words with a few bits each, on the same
    /// hash table code.
    pub fn add_bits(&mut self, word: K, bits: u16) {
        *self.0.entry(word).or_default() |= bits;
    }

    /// The bits of `word` ([`WordSet::add_bits`]; 0 when it is not in the set).
    pub fn bits<Q: Hash + Eq + ?Sized>(&self, word: &Q) -> u16
    where
        K: std::borrow::Borrow<Q>,
    {
        self.0.get(word).copied().unwrap_or(0)
    }

    /// Whether `word` is in the set.
    pub fn contains<Q: Hash + Eq + ?Sized>(&self, word: &Q) -> bool
    where
        K: std::borrow::Borrow<Q>,
    {
        self.0.contains_key(word)
    }
}

impl<K: Hash + Eq> FromIterator<K> for WordSet<K> {
    fn from_iter<I: IntoIterator<Item = K>>(words: I) -> Self {
        let mut set = WordSet::default();
        for w in words {
            set.insert(w);
        }
        set
    }
}

type Table = WordMap<&'static str, u16>;

/// Lists of items grouped by word (`either` → the hedge patterns it opens,
/// an entity → its mentions), in the order they were added.
///
/// The word indexes the lists through the lexicon table's own map type
/// (word → `u16`), so the wasm carries one copy of its hashing code for all
/// of them instead of one per list type. At most 65,535 words.
///
/// ```
/// use claimlens_engine::cuelex::WordLists;
/// let mut by_word = WordLists::default();
/// by_word.push("may", 1);
/// by_word.push("might", 2);
/// by_word.push("may", 3);
/// assert_eq!(by_word.get("may"), Some(&[1, 3][..]));
/// assert_eq!(by_word.get("could"), None);
/// ```
#[derive(Debug, Clone)]
pub struct WordLists<'w, T> {
    index: WordMap<&'w str, u16>,
    lists: Vec<Vec<T>>,
}

impl<T> Default for WordLists<'_, T> {
    fn default() -> Self {
        WordLists {
            index: WordMap::default(),
            lists: Vec::new(),
        }
    }
}

impl<'w, T> WordLists<'w, T> {
    /// Adds `item` to the list of `word`.
    pub fn push(&mut self, word: &'w str, item: T) {
        let next = self.lists.len() as u16;
        let list = *self.index.entry(word).or_insert(next);
        if list == next {
            self.lists.push(Vec::new());
        }
        self.lists[usize::from(list)].push(item);
    }

    /// The list of `word`, if anything was added for it.
    pub fn get(&self, word: &str) -> Option<&[T]> {
        Some(&self.lists[usize::from(*self.index.get(word)?)])
    }

    /// The list of `word`, to change in place.
    pub fn get_mut(&mut self, word: &str) -> Option<&mut Vec<T>> {
        Some(&mut self.lists[usize::from(*self.index.get(word)?)])
    }

    /// Every list, to change in place.
    pub fn lists_mut(&mut self) -> impl Iterator<Item = &mut Vec<T>> {
        self.lists.iter_mut()
    }
}

/// Verbs of saying.
pub const SPEECH: u16 = 1;
/// Verbs of thinking, knowing and feeling.
pub const BELIEF: u16 = 1 << 1;
/// Intentions and commitments.
pub const INTENT: u16 = 1 << 2;
/// Acts that take a position (`urge`, `accuse`, `oppose`).
pub const STANCE: u16 = 1 << 3;
/// What findings and documents show.
pub const EVIDENCE: u16 = 1 << 4;
/// Attribution nouns (`claim`, `statement`, `report`).
pub const NOUN: u16 = 1 << 5;
/// `according` (to).
pub const ACCORDING: u16 = 1 << 6;
/// Nouns that typically head a source (`official`, `spokesman`).
pub const SRCNOUN: u16 = 1 << 7;
/// Words of anonymous sourcing (`source`, `familiar`, `anonymity`).
pub const ANON: u16 = 1 << 8;

/// Every verb-like cue category.
pub const ANY_CUE: u16 = SPEECH | BELIEF | INTENT | STANCE | EVIDENCE | ACCORDING;

/// Verbs of stating and thinking that take a `that` clause (`We hypothesized
/// that …`) but are not in the lexicon file, in the forms that do: the
/// tagger's features read that file, and its weights were trained without
/// them. The rules (`attribution::that_clause`) use them.
pub const THAT_VERBS: &[&str] = &[
    "hypothesized",
    "hypothesised",
    "hypothesize",
    "posit",
    "posited",
    "realised",
    "realise",
    "proposed",
    "propose",
    "exclaimed",
    "presume",
    "presumed",
    "establish",
    "established",
    "ruled",
];

/// Category names as written in the lexicon file, with their bits.
const NAMES: [(&str, u16); 9] = [
    ("speech", SPEECH),
    ("belief", BELIEF),
    ("intent", INTENT),
    ("stance", STANCE),
    ("evidence", EVIDENCE),
    ("noun", NOUN),
    ("according", ACCORDING),
    ("srcnoun", SRCNOUN),
    ("anon", ANON),
];

fn table() -> &'static Table {
    static CELL: OnceLock<Table> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut map = Table::default();
        for line in crate::lexicon::lines(include_str!(concat!(
            env!("OUT_DIR"),
            "/attribution_lexicon.txt"
        ))) {
            let Some((cat, word)) = line.split_once('\t') else {
                continue;
            };
            let bit = NAMES
                .iter()
                .find(|(n, _)| *n == cat.trim())
                .map_or(0, |&(_, b)| b);
            *map.entry(word.trim()).or_default() |= bit;
        }
        map
    })
}

/// Category bits of a lowercase word, trying regular inflections.
pub fn categories_lower(lower: &str) -> u16 {
    let map = table();
    if let Some(&bits) = map.get(lower) {
        return bits;
    }
    // Words longer than any lexicon entry plus an inflection are not cues.
    if lower.len() > 40 {
        return 0;
    }
    // Every inflection tried below ends in `s`, `d` or `g`: a word ending
    // otherwise (most words that are not cues) has none to strip.
    if !matches!(lower.as_bytes().last(), Some(b's' | b'd' | b'g')) {
        return 0;
    }
    let try_stem = |stem: &str| map.get(stem).copied().unwrap_or(0);
    // `stem` + `e`/`y` built in a stack buffer, without allocating.
    let with = |stem: &str, last: u8| -> u16 {
        let mut buf = [0u8; 48];
        let n = stem.len();
        if n + 1 > buf.len() {
            return 0;
        }
        buf[..n].copy_from_slice(stem.as_bytes());
        buf[n] = last;
        std::str::from_utf8(&buf[..n + 1]).map_or(0, try_stem)
    };
    let mut bits = 0;
    if let Some(stem) = lower.strip_suffix("ies") {
        bits |= with(stem, b'y');
    }
    if let Some(stem) = lower.strip_suffix("ied") {
        bits |= with(stem, b'y');
    }
    for suffix in ["ing", "ed", "es", "s", "d"] {
        if bits != 0 {
            break;
        }
        let Some(stem) = lower.strip_suffix(suffix) else {
            continue;
        };
        if stem.len() < 2 {
            continue;
        }
        bits |= try_stem(stem);
        if bits == 0 && (suffix == "ing" || suffix == "ed") {
            bits |= with(stem, b'e');
            // planned → plan, committing → commit
            let b = stem.as_bytes();
            if bits == 0 && b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] {
                bits |= stem.get(..stem.len() - 1).map_or(0, try_stem);
            }
        }
    }
    bits
}

/// Category bits of a word in any case (0 when it is not in the lexicon).
pub fn categories(word: &str) -> u16 {
    categories_lower(&crate::case::lowercase(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_words_are_the_zero_padded_bytes() {
        let bytes = b"abcdefg\xff";
        for n in 0..8 {
            let rest = &bytes[8 - n..];
            let padded = rest
                .iter()
                .enumerate()
                .fold(0u64, |w, (i, &b)| w | (b as u64) << (8 * i));
            assert_eq!(tail_word(rest), padded, "{n} bytes");
        }
    }

    #[test]
    fn inflections_are_found() {
        for w in [
            "says",
            "denies",
            "denied",
            "warns",
            "argued",
            "pledges",
            "committed",
        ] {
            assert!(categories(w) & ANY_CUE != 0, "{w}");
        }
        assert!(categories("according") & ACCORDING != 0);
        assert!(categories("officials") & SRCNOUN != 0);
        assert!(categories("sources") & ANON != 0);
    }
}
