//! Source typing and resolution of a source mention to the entity it names.

use crate::cuelex::WordMap;
use crate::model::SourceType;
use std::sync::OnceLock;

const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "it", "him", "her", "them"];

/// Whether a mention is a personal pronoun.
pub fn is_pronoun(mention: &str) -> bool {
    mention.len() <= 4 && PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(mention))
}

/// The words [`word_class`] knows, sorted (a `match` on them took 3 KB of
/// wasm). 6: unnamed groups of people, which a
/// sentence-opening capital must not make a person (`Investigators said …`).
const WORD_CLASSES: &[(&str, u8)] = &[
    ("activists", 6),
    ("agency", 3),
    ("analysis", 2),
    ("analysts", 6),
    ("ap", 4),
    ("army", 3),
    ("association", 5),
    ("audit", 2),
    ("bbc", 4),
    ("campaign", 5),
    ("chronicle", 4),
    ("cnn", 4),
    ("commission", 3),
    ("committee", 5),
    ("company", 5),
    ("corp", 5),
    ("council", 3),
    ("courier", 4),
    ("court", 3),
    ("critics", 6),
    ("data", 2),
    ("department", 3),
    ("diplomats", 6),
    ("dispatch", 4),
    ("district", 3),
    ("doctors", 6),
    ("document", 2),
    ("documents", 2),
    ("economists", 6),
    ("employees", 6),
    ("engineers", 6),
    ("examiner", 4),
    ("experts", 6),
    ("farmers", 6),
    ("filing", 2),
    ("filings", 2),
    ("firefighters", 6),
    ("foundation", 5),
    ("gazette", 4),
    ("government", 3),
    ("governor", 3),
    ("group", 5),
    ("guard", 3),
    ("herald", 4),
    ("inc", 5),
    ("inquirer", 4),
    ("insider", 1),
    ("insiders", 1),
    ("investigators", 6),
    ("journal", 4),
    ("kremlin", 3),
    ("lawmakers", 6),
    ("lawyers", 6),
    ("ledger", 4),
    ("legislators", 6),
    ("letter", 2),
    ("magazine", 4),
    ("mayor", 3),
    ("memo", 2),
    ("military", 3),
    ("minister", 3),
    ("ministry", 3),
    ("neighbors", 6),
    ("neighbours", 6),
    ("network", 4),
    ("news", 4),
    ("newspaper", 4),
    ("observers", 6),
    ("official", 3),
    ("officials", 3),
    ("opponents", 6),
    ("organizers", 6),
    ("parents", 6),
    ("party", 5),
    ("pentagon", 3),
    ("people", 1),
    ("person", 1),
    ("police", 3),
    ("post", 4),
    ("president", 3),
    ("prosecutors", 3),
    ("protesters", 6),
    ("record", 2),
    ("records", 2),
    ("regulators", 6),
    ("report", 2),
    ("reporter", 4),
    ("reporters", 4),
    ("rescuers", 6),
    ("researchers", 6),
    ("residents", 6),
    ("reuters", 4),
    ("scientists", 6),
    ("senator", 3),
    ("sentinel", 4),
    ("source", 1),
    ("sources", 1),
    ("spokesman", 3),
    ("spokesperson", 3),
    ("spokeswoman", 3),
    ("statement", 2),
    ("students", 6),
    ("study", 2),
    ("supporters", 6),
    ("survivors", 6),
    ("teachers", 6),
    ("television", 4),
    ("times", 4),
    ("transcript", 2),
    ("tribune", 4),
    ("tv", 4),
    ("union", 5),
    ("university", 5),
    ("victims", 6),
    ("voters", 6),
    ("white", 3),
    ("witnesses", 6),
    ("workers", 6),
];

/// Category of one lowercase word: 1 anonymous, 2 document, 3 government,
/// 4 media, 5 organisation, 0 none (lower numbers win).
fn word_class(w: &str) -> u8 {
    word_classes(w).0
}

/// [`word_class`] and [`head_word_class`] of one lowercase word, in one
/// lookup.
fn word_classes(w: &str) -> (u8, u8) {
    let both = classes().get(w).copied().unwrap_or(0);
    (both as u8, (both >> 8) as u8)
}

/// [`WORD_CLASSES`] and [`HEAD_WORD_CLASSES`] in one hash table, a word's
/// class in the low byte and its head class in the high one: one lookup per
/// word of every mention where two binary searches compared about eighteen
/// strings (which the wasm compares byte by byte). The lexicon's own map
/// type: no other hash table code in the wasm.
fn classes() -> &'static WordMap<&'static str, u16> {
    static CELL: OnceLock<WordMap<&'static str, u16>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut map = WordMap::default();
        for (table, shift) in [(WORD_CLASSES, 0), (HEAD_WORD_CLASSES, 8)] {
            for &(word, class) in table {
                *map.entry(word).or_default() |= u16::from(class) << shift;
            }
        }
        map
    })
}

/// Guesses what kind of party a source mention names (one pass over its words,
/// no allocation for ASCII words of up to 24 bytes).
pub fn source_type(mention: &str) -> SourceType {
    let trimmed = mention.trim();
    if trimmed.is_empty() {
        return SourceType::Unknown;
    }
    // The head name (`Ana Ruiz` in `Ana Ruiz, a spokeswoman for …`) ends at the
    // first comma: its words are a prefix of the mention's, so one pass finds
    // both classes.
    let head_end = mention.find(',').unwrap_or(mention.len());
    // A relative clause tells what the source did, not what it is (`Dana
    // Kowal, who shared the post`): its words are not typed.
    // (A byte scan from each comma, not three substring searches: this runs
    // for every source mention.)
    let typed = mention
        .match_indices(',')
        .map(|(i, _)| i)
        .find(|&i| {
            let rest = mention.as_bytes()[i + 1..].trim_ascii_start();
            ["who ", "which ", "whose "]
                .iter()
                .any(|r| rest.starts_with(r.as_bytes()))
        })
        .unwrap_or(mention.len());
    let (mut best, mut head_best) = (0u8, 0u8);
    let mut buf = [0u8; 24];
    for word in mention[..typed].split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        let in_head = word.as_ptr() as usize - mention.as_ptr() as usize + word.len() <= head_end;
        let (class, head) = if word.len() <= buf.len() && word.is_ascii() {
            let b = &mut buf[..word.len()];
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            let (class, head) = word_classes(std::str::from_utf8(b).unwrap_or(""));
            (class, if in_head { head } else { 0 })
        } else {
            let head = if in_head {
                head_word_class(&word.to_ascii_lowercase())
            } else {
                0
            };
            (word_class(&crate::case::lowercase(word)), head)
        };
        for (c, b) in [(class, &mut best), (head, &mut head_best)] {
            if c != 0 && (*b == 0 || c < *b) {
                *b = c;
            }
        }
    }
    let starts = |p: &str| {
        trimmed
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    if best == 0 {
        best = head_best;
    }
    // Whoever asked not to be named is anonymous, whatever their job (`A
    // nurse at the hospital, who asked not to be named …`).
    // (Compared without case byte by byte: no lower-cased copy of every
    // mention, which this function otherwise avoids.)
    let unnamed = ["not to be named", "anonymity", "not authorized to"]
        .iter()
        .any(|p| {
            mention
                .as_bytes()
                .windows(p.len())
                .any(|w| w.eq_ignore_ascii_case(p.as_bytes()))
        });
    if best == 1 || unnamed || starts("officials") || starts("an official") || starts("a senior") {
        return SourceType::Anonymous;
    }
    // `Jonas Weber, director of the … Digital Rights Network`: a name whose
    // apposition opens on a person's role is a person, whatever the role's
    // organisation is.
    if head_best == 0
        && trimmed.starts_with(char::is_uppercase)
        && role_apposition(mention, head_end)
    {
        return SourceType::Person;
    }
    match best {
        2 => SourceType::Document,
        3 => SourceType::Government,
        4 => SourceType::Media,
        5 => SourceType::Organization,
        6 => SourceType::Unknown,
        _ if is_pronoun(trimmed) || mention.chars().next().is_some_and(char::is_uppercase) => {
            SourceType::Person
        }
        _ => SourceType::Unknown,
    }
}

/// Roles of a person that open an apposition (`, director of …`).
const APPOSITION_ROLES: &[&str] = &[
    "adviser",
    "advisor",
    "analyst",
    "attorney",
    "author",
    "chairman",
    "chairwoman",
    "chief",
    "commissioner",
    "director",
    "doctor",
    "economist",
    "editor",
    "executive",
    "founder",
    "governor",
    "head",
    "lawyer",
    "leader",
    "manager",
    "mayor",
    "member",
    "minister",
    "president",
    "professor",
    "researcher",
    "scientist",
    "secretary",
    "senator",
    "spokesman",
    "spokesperson",
    "spokeswoman",
];

/// Whether the words after the comma at `head_end` open, within three words,
/// on a person's role (`, the director of`, `, a senior analyst at`).
fn role_apposition(mention: &str, head_end: usize) -> bool {
    mention
        .get(head_end + 1..)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .any(|w| APPOSITION_ROLES.contains(&crate::case::lowercase(w).as_str()))
}

/// The words [`head_word_class`] knows, sorted.
const HEAD_WORD_CLASSES: &[(&str, u8)] = &[
    ("administration", 3),
    ("airlines", 5),
    ("alliance", 5),
    ("analyses", 2),
    ("analysis", 2),
    ("audit", 2),
    ("authority", 3),
    ("bank", 5),
    ("bureau", 3),
    ("cabinet", 3),
    ("census", 2),
    ("center", 5),
    ("centre", 5),
    ("church", 5),
    ("club", 5),
    ("co", 5),
    ("coalition", 5),
    ("college", 5),
    ("congress", 3),
    ("corporation", 5),
    ("database", 2),
    ("desk", 5),
    ("embassy", 3),
    ("energy", 5),
    ("estimate", 2),
    ("estimates", 2),
    ("federation", 5),
    ("figures", 2),
    ("findings", 2),
    ("firm", 5),
    ("fund", 5),
    ("holdings", 5),
    ("hospital", 5),
    ("industries", 5),
    ("institute", 5),
    ("institution", 5),
    ("league", 5),
    ("legislature", 3),
    ("lines", 5),
    ("llc", 5),
    ("logistics", 5),
    ("ltd", 5),
    ("motors", 5),
    ("office", 3),
    ("organisation", 5),
    ("organization", 5),
    ("parliament", 3),
    ("partners", 5),
    ("plc", 5),
    ("poll", 2),
    ("polls", 2),
    ("power", 5),
    ("research", 2),
    ("review", 2),
    ("school", 5),
    ("senate", 3),
    ("service", 3),
    ("sheriff", 3),
    ("society", 5),
    ("statistics", 2),
    ("survey", 2),
    ("surveys", 2),
    ("systems", 5),
    ("technologies", 5),
    ("utilities", 5),
    ("utility", 5),
    ("works", 5),
];

/// Category of one lowercase word of a mention's head name (before any
/// apposition), from words that name institutions, as [`word_class`]
/// numbers: consulted only when no word of the mention has a class, so
/// `Corwell Logistics`, `the National Weather Service` or `Independent
/// analyses` are not taken for people.
fn head_word_class(word: &str) -> u8 {
    word_classes(word).1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_class_tables_are_sorted_without_repeats() {
        // (A repeated word would have its classes or'ed in the hash table.)
        for table in [WORD_CLASSES, HEAD_WORD_CLASSES] {
            assert!(table.windows(2).all(|w| w[0].0 < w[1].0));
        }
        assert_eq!(word_class("officials"), 3);
        assert_eq!(head_word_class("bank"), 5);
        assert_eq!(word_class("bridge"), 0);
    }

    #[test]
    fn types_common_sources() {
        assert_eq!(source_type("he"), SourceType::Person);
        assert_eq!(source_type("Ana Ruiz"), SourceType::Person);
        assert_eq!(source_type("the Defense Ministry"), SourceType::Government);
        assert_eq!(
            source_type("a source familiar with the talks"),
            SourceType::Anonymous
        );
        assert_eq!(source_type("court records"), SourceType::Document);
        assert_eq!(source_type("The New York Times"), SourceType::Media);
        assert_eq!(source_type(""), SourceType::Unknown);
        assert_eq!(source_type("Investigators"), SourceType::Unknown);
        assert_eq!(source_type("The Ellsworth Ledger"), SourceType::Media);
        assert_eq!(
            source_type("A nurse at the hospital, who asked not to be named"),
            SourceType::Anonymous
        );
        assert_eq!(source_type("Some residents"), SourceType::Unknown);
        assert_eq!(source_type("Corwell Logistics"), SourceType::Organization);
        assert_eq!(source_type("Blue Strait Lines"), SourceType::Organization);
        assert_eq!(source_type("the coast guard"), SourceType::Government);
        assert_eq!(source_type("The district"), SourceType::Government);
        assert_eq!(
            source_type("State Rep. Dana Kowal, who shared the post"),
            SourceType::Person
        );
        assert_eq!(
            source_type("the National Weather Service"),
            SourceType::Government
        );
        assert_eq!(source_type("Independent analyses"), SourceType::Document);
        // An institution in the apposition does not make the person one.
        assert_eq!(
            source_type("Ana Ruiz, who studied at the Urban Institute"),
            SourceType::Person
        );
    }
}
