//! Source typing and resolution of a source mention to the entity it names.

use crate::model::SourceType;

const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "it", "him", "her", "them"];

/// Whether a mention is a personal pronoun.
pub fn is_pronoun(mention: &str) -> bool {
    mention.len() <= 4 && PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(mention))
}

/// Category of one lowercase word: 1 anonymous, 2 document, 3 government,
/// 4 media, 5 organisation, 0 none (lower numbers win).
fn word_class(w: &str) -> u8 {
    match w {
        "source" | "sources" | "person" | "people" | "insider" | "insiders" => 1,
        "report" | "records" | "record" | "documents" | "document" | "filing" | "filings"
        | "statement" | "study" | "data" | "memo" | "letter" | "transcript" | "audit"
        | "analysis" => 2,
        "ministry" | "department" | "government" | "police" | "pentagon" | "kremlin"
        | "minister" | "spokesman" | "spokeswoman" | "spokesperson" | "official" | "officials"
        | "agency" | "council" | "senator" | "governor" | "mayor" | "president" | "white"
        | "army" | "military" | "court" | "prosecutors" | "commission" | "guard" | "district" => 3,
        "times" | "post" | "reuters" | "ap" | "cnn" | "bbc" | "newspaper" | "magazine"
        | "journal" | "network" | "reporter" | "reporters" | "television" | "tv" | "news"
        | "ledger" | "gazette" | "herald" | "tribune" | "courier" | "chronicle" | "inquirer"
        | "sentinel" | "examiner" | "dispatch" => 4,
        "company" | "campaign" | "party" | "group" | "committee" | "corp" | "inc"
        | "association" | "union" | "foundation" | "university" => 5,
        // Unnamed groups of people, which a sentence-opening capital must not
        // make a person (`Investigators said …`).
        "investigators" | "engineers" | "experts" | "analysts" | "critics" | "residents"
        | "witnesses" | "researchers" | "scientists" | "economists" | "doctors" | "lawyers"
        | "workers" | "protesters" | "activists" | "voters" | "supporters" | "opponents"
        | "neighbors" | "neighbours" | "employees" | "parents" | "teachers" | "farmers"
        | "lawmakers" | "legislators" | "regulators" | "observers" | "diplomats" | "organizers"
        | "firefighters" | "rescuers" | "survivors" | "victims" | "students" => 6,
        _ => 0,
    }
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
            let lower = std::str::from_utf8(b).unwrap_or("");
            (
                word_class(lower),
                if in_head { head_word_class(lower) } else { 0 },
            )
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

/// Category of one lowercase word of a mention's head name (before any
/// apposition), from words that name institutions, as [`word_class`]
/// numbers: consulted only when no word of the mention has a class, so
/// `Corwell Logistics`, `the National Weather Service` or `Independent
/// analyses` are not taken for people.
fn head_word_class(word: &str) -> u8 {
    match word {
        "poll" | "polls" | "survey" | "surveys" | "analysis" | "analyses" | "audit" | "census"
        | "estimate" | "estimates" | "database" | "figures" | "statistics" | "findings"
        | "research" | "review" => 2,
        "service" | "office" | "bureau" | "authority" | "administration" | "legislature"
        | "senate" | "congress" | "parliament" | "cabinet" | "embassy" | "sheriff" => 3,
        "institute" | "institution" | "center" | "centre" | "logistics" | "corporation"
        | "coalition" | "fund" | "bank" | "alliance" | "federation" | "league" | "society"
        | "club" | "desk" | "airlines" | "industries" | "holdings" | "partners" | "systems"
        | "technologies" | "power" | "energy" | "utility" | "utilities" | "hospital"
        | "college" | "school" | "church" | "firm" | "organization" | "organisation" | "co"
        | "llc" | "ltd" | "plc" | "works" | "motors" | "lines" => 5,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
