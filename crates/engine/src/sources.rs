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
        | "statement" | "study" | "data" | "memo" | "letter" | "transcript" => 2,
        "ministry" | "department" | "government" | "police" | "pentagon" | "kremlin"
        | "minister" | "spokesman" | "spokeswoman" | "spokesperson" | "official" | "officials"
        | "agency" | "council" | "senator" | "governor" | "mayor" | "president" | "white"
        | "army" | "military" | "court" | "prosecutors" | "commission" => 3,
        "times" | "post" | "reuters" | "ap" | "cnn" | "bbc" | "newspaper" | "magazine"
        | "journal" | "network" | "reporter" | "reporters" | "television" | "tv" | "news" => 4,
        "company" | "campaign" | "party" | "group" | "committee" | "corp" | "inc"
        | "association" | "union" | "foundation" | "university" => 5,
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
    let mut best = 0u8;
    let mut buf = [0u8; 24];
    for word in mention.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        let class = if word.len() <= buf.len() && word.is_ascii() {
            let b = &mut buf[..word.len()];
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            std::str::from_utf8(b).map_or(0, word_class)
        } else {
            word_class(&word.to_lowercase())
        };
        if class != 0 && (best == 0 || class < best) {
            best = class;
        }
    }
    let starts = |p: &str| {
        trimmed
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    if best == 0 {
        best = head_class(trimmed);
    }
    if best == 1 || starts("officials") || starts("an official") || starts("a senior") {
        return SourceType::Anonymous;
    }
    match best {
        2 => SourceType::Document,
        3 => SourceType::Government,
        4 => SourceType::Media,
        5 => SourceType::Organization,
        _ if is_pronoun(trimmed) || mention.chars().next().is_some_and(char::is_uppercase) => {
            SourceType::Person
        }
        _ => SourceType::Unknown,
    }
}

/// Category of a mention's head name (before any apposition) from words that
/// name institutions, as [`word_class`] numbers: consulted only when no word
/// of the mention has a class, so `Corwell Logistics`, `the National Weather
/// Service` or `Independent analyses` are not taken for people.
fn head_class(mention: &str) -> u8 {
    let mut best = 0u8;
    for word in head_name(mention).split(|c: char| !c.is_alphanumeric()) {
        let class = match word.to_ascii_lowercase().as_str() {
            "poll" | "polls" | "survey" | "surveys" | "analysis" | "analyses" | "audit"
            | "census" | "estimate" | "estimates" | "database" | "figures" | "statistics"
            | "findings" | "research" | "review" => 2,
            "service" | "office" | "bureau" | "authority" | "administration" | "legislature"
            | "senate" | "congress" | "parliament" | "cabinet" | "embassy" | "sheriff" => 3,
            "institute" | "institution" | "center" | "centre" | "logistics" | "corporation"
            | "coalition" | "fund" | "bank" | "alliance" | "federation" | "league" | "society"
            | "club" | "desk" | "airlines" | "industries" | "holdings" | "partners" | "systems"
            | "technologies" | "power" | "energy" | "utility" | "utilities" | "hospital"
            | "college" | "school" | "church" | "firm" | "organization" | "organisation" | "co"
            | "llc" | "ltd" | "plc" => 5,
            _ => 0,
        };
        if class != 0 && (best == 0 || class < best) {
            best = class;
        }
    }
    best
}

/// The name part of a mention: `Ana Ruiz` for `Ana Ruiz, a spokeswoman for …`.
pub fn head_name(mention: &str) -> &str {
    mention.split(',').next().unwrap_or(mention).trim()
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
        assert_eq!(source_type("Corwell Logistics"), SourceType::Organization);
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
