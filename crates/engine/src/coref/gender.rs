//! The grammatical gender a name or a title gives a person, so that `he`
//! does not resolve to `Hillary Clinton` nor `she` to `Brian Fallon`.
//!
//! Only what the text shows: an honorific (`Mr.`, `Ms.`), a gendered role
//! (`spokeswoman`), or a first name that is given to one gender far more
//! often than the other in English-language news. A name in neither list
//! has no gender, and any pronoun may stand for it.

use std::sync::OnceLock;

use crate::cuelex::WordSet;

/// A person's grammatical gender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gender {
    /// `he`, `him`.
    Male,
    /// `she`, `her`.
    Female,
}

/// Honorifics and role words of men (lowercase).
const MALE_WORDS: &[&str] = &[
    "chairman",
    "congressman",
    "father",
    "husband",
    "king",
    "lord",
    "mr",
    "mr.",
    "prince",
    "sir",
    "son",
    "spokesman",
];

/// Honorifics and role words of women (lowercase).
const FEMALE_WORDS: &[&str] = &[
    "chairwoman",
    "congresswoman",
    "daughter",
    "dame",
    "lady",
    "miss",
    "mother",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "princess",
    "queen",
    "spokeswoman",
    "wife",
];

/// First names given mostly to men (lowercase, sorted).
const MALE_NAMES: &[&str] = &[
    "aaron",
    "adam",
    "alan",
    "albert",
    "alexander",
    "andrew",
    "anthony",
    "arthur",
    "barack",
    "ben",
    "benjamin",
    "bernie",
    "bill",
    "bob",
    "bobby",
    "brandon",
    "brian",
    "bruce",
    "carl",
    "charles",
    "chris",
    "christopher",
    "chuck",
    "craig",
    "dan",
    "daniel",
    "darrell",
    "dave",
    "david",
    "dennis",
    "dick",
    "donald",
    "doug",
    "douglas",
    "edward",
    "eric",
    "frank",
    "fred",
    "gary",
    "george",
    "gerald",
    "greg",
    "gregory",
    "harold",
    "harry",
    "henry",
    "howard",
    "jack",
    "jacob",
    "james",
    "jared",
    "jason",
    "jeb",
    "jeff",
    "jeffrey",
    "jeremy",
    "jerry",
    "jim",
    "joe",
    "john",
    "johnny",
    "jon",
    "jonathan",
    "jose",
    "joseph",
    "josh",
    "joshua",
    "juan",
    "justin",
    "keith",
    "ken",
    "kenneth",
    "kevin",
    "larry",
    "lawrence",
    "louis",
    "marco",
    "mark",
    "martin",
    "matt",
    "matthew",
    "michael",
    "mike",
    "mitch",
    "mitt",
    "nathan",
    "newt",
    "nicholas",
    "nick",
    "patrick",
    "paul",
    "peter",
    "phil",
    "philip",
    "ralph",
    "rand",
    "randy",
    "raymond",
    "reince",
    "richard",
    "rick",
    "rob",
    "robert",
    "roger",
    "ronald",
    "roy",
    "rudy",
    "russell",
    "ryan",
    "sam",
    "samuel",
    "scott",
    "sean",
    "stephen",
    "steve",
    "steven",
    "ted",
    "terry",
    "thomas",
    "tim",
    "timothy",
    "todd",
    "tom",
    "tony",
    "vladimir",
    "walter",
    "wayne",
    "william",
];

/// First names given mostly to women (lowercase, sorted).
const FEMALE_NAMES: &[&str] = &[
    "alice",
    "alicia",
    "amanda",
    "amy",
    "angela",
    "ann",
    "anna",
    "anne",
    "ashley",
    "barbara",
    "betty",
    "carly",
    "carol",
    "caroline",
    "catherine",
    "cecile",
    "chelsea",
    "christine",
    "claire",
    "cynthia",
    "dana",
    "debbie",
    "deborah",
    "diane",
    "dianne",
    "donna",
    "dorothy",
    "elena",
    "elizabeth",
    "ellen",
    "emily",
    "emma",
    "gennifer",
    "hannah",
    "heather",
    "helen",
    "hillary",
    "huma",
    "ivanka",
    "jane",
    "janet",
    "jennifer",
    "jessica",
    "jill",
    "joan",
    "joyce",
    "judith",
    "judy",
    "julia",
    "julie",
    "kamala",
    "karen",
    "kate",
    "katherine",
    "kathleen",
    "katie",
    "kellyanne",
    "kimberly",
    "kirsten",
    "laura",
    "linda",
    "lisa",
    "loretta",
    "lori",
    "madeleine",
    "margaret",
    "maria",
    "marie",
    "martha",
    "mary",
    "megyn",
    "melania",
    "melanie",
    "melissa",
    "michelle",
    "nancy",
    "nicole",
    "nikki",
    "pamela",
    "patricia",
    "paula",
    "rachel",
    "rebecca",
    "ruth",
    "samantha",
    "sandra",
    "sarah",
    "sharon",
    "shirley",
    "sonia",
    "stephanie",
    "susan",
    "tammy",
    "theresa",
    "valerie",
    "virginia",
    "wendy",
];

/// The gender that the lowercase words of a name's whole run (titles
/// included) show, if any: an honorific or role first, then the first name.
pub(super) fn of_words(words: &[&str]) -> Option<Gender> {
    for w in words {
        if MALE_WORDS.contains(w) {
            return Some(Gender::Male);
        }
        if FEMALE_WORDS.contains(w) {
            return Some(Gender::Female);
        }
    }
    // The first word that is no title names the person.
    let first = words.iter().find(|w| !super::names::is_title(w))?;
    match first_names().bits(*first) {
        MALE => Some(Gender::Male),
        FEMALE => Some(Gender::Female),
        _ => None,
    }
}

/// [`first_names`]' bits of a man's and of a woman's first name.
const MALE: u16 = 1;
const FEMALE: u16 = 2;

/// The first names of both lists as one set, a name's bits saying whose
/// ([`MALE`], [`FEMALE`]; the lists are disjoint): one hash lookup per
/// name mention where two binary searches compared strings by calls.
fn first_names() -> &'static WordSet<&'static str> {
    static CELL: OnceLock<WordSet<&'static str>> = OnceLock::new();
    crate::cuelex::cached_set(&CELL, || {
        let mut set = WordSet::default();
        for (list, bits) in [(MALE_NAMES, MALE), (FEMALE_NAMES, FEMALE)] {
            for &name in list {
                set.add_bits(name, bits);
            }
        }
        set
    })
}

/// The gender a pronoun asks of what it stands for, if any.
pub(super) fn of_pronoun(lower: &str) -> Option<Gender> {
    match lower {
        "he" | "him" => Some(Gender::Male),
        "she" | "her" => Some(Gender::Female),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_lists_are_sorted_lowercase_and_disjoint() {
        for list in [MALE_NAMES, FEMALE_NAMES] {
            assert!(list.windows(2).all(|w| w[0] < w[1]));
            assert!(list
                .iter()
                .all(|w| w.chars().all(|c| c.is_ascii_lowercase())));
        }
        assert!(MALE_NAMES.iter().all(|m| !FEMALE_NAMES.contains(m)));
    }

    #[test]
    fn honorifics_outrank_first_names() {
        assert_eq!(of_words(&["hillary", "clinton"]), Some(Gender::Female));
        assert_eq!(of_words(&["mr.", "dana", "pryor"]), Some(Gender::Male));
        assert_eq!(
            of_words(&["sen.", "elizabeth", "warren"]),
            Some(Gender::Female)
        );
        assert_eq!(of_words(&["the", "associated", "press"]), None);
    }
}
