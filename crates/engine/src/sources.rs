//! Source typing and resolution of a source mention to the entity it names.

use crate::model::SourceType;

const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "it", "him", "her", "them"];

/// Whether a mention is a personal pronoun.
pub fn is_pronoun(mention: &str) -> bool {
    PRONOUNS.contains(&mention.to_lowercase().as_str())
}

/// Guesses what kind of party a source mention names.
pub fn source_type(mention: &str) -> SourceType {
    let lower = mention.to_lowercase();
    let has = |words: &[&str]| {
        words
            .iter()
            .any(|w| lower.split(|c: char| !c.is_alphanumeric()).any(|t| t == *w))
    };
    if mention.trim().is_empty() {
        SourceType::Unknown
    } else if has(&[
        "source", "sources", "person", "people", "insider", "insiders",
    ]) || lower.starts_with("officials")
        || lower.starts_with("an official")
        || lower.starts_with("a senior")
    {
        SourceType::Anonymous
    } else if has(&[
        "report",
        "records",
        "record",
        "documents",
        "document",
        "filing",
        "filings",
        "statement",
        "study",
        "data",
        "memo",
        "letter",
        "transcript",
    ]) {
        SourceType::Document
    } else if has(&[
        "ministry",
        "department",
        "government",
        "police",
        "pentagon",
        "kremlin",
        "minister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "officials",
        "agency",
        "council",
        "senator",
        "governor",
        "mayor",
        "president",
        "white",
        "army",
        "military",
        "court",
        "prosecutors",
        "commission",
    ]) {
        SourceType::Government
    } else if has(&[
        "times",
        "post",
        "reuters",
        "ap",
        "cnn",
        "bbc",
        "newspaper",
        "magazine",
        "journal",
        "network",
        "reporter",
        "reporters",
        "television",
        "tv",
        "news",
    ]) {
        SourceType::Media
    } else if has(&[
        "company",
        "campaign",
        "party",
        "group",
        "committee",
        "corp",
        "inc",
        "association",
        "union",
        "foundation",
        "university",
    ]) {
        SourceType::Organization
    } else if is_pronoun(&lower) || mention.chars().next().is_some_and(char::is_uppercase) {
        SourceType::Person
    } else {
        SourceType::Unknown
    }
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
    }
}
