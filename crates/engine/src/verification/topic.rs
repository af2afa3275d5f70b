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

/// A set of stems, hashed with the lexicon's word hasher (SipHash made the
/// topic overlaps between neighbouring claims a hot spot).
pub type StemSet = WordSet<String>;

/// [`STOP`] as a set: `stem` runs for every word of every claim.
fn stop_words() -> &'static WordSet<&'static str> {
    static CELL: OnceLock<WordSet<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| {
        STOP.iter()
            .chain(crate::lexicon::AUXILIARIES)
            .copied()
            .collect()
    })
}

/// A crude stem: lower-cased, possessive dropped, one inflection or final `e`
/// dropped (`helped`/`help`, `states`/`state`, `rules`/`rule`), cut to six
/// characters.
pub fn stem(word: &str) -> Option<String> {
    stem_folded(&fold(word))
}

/// [`stem`] of a word already folded ([`crate::segment::Document::folded`]).
pub fn stem_folded(w: &str) -> Option<String> {
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
    // The first six characters, copied at once (ASCII: six bytes).
    let end = if base.is_ascii() {
        base.len().min(6)
    } else {
        base.char_indices().nth(6).map_or(base.len(), |(i, _)| i)
    };
    Some(base[..end].to_string())
}

/// The content-word stems of the tokens inside `spans`.
pub fn stems_in(doc: &Document, spans: &[Span]) -> StemSet {
    let mut out = StemSet::default();
    for span in spans {
        for t in doc.tokens_in(*span) {
            if doc.tokens[t].kind == TokenKind::Word {
                out.extend(stem_folded(doc.folded(t)));
            }
        }
    }
    out
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
            if source.contains("admini") || (source.contains("whit") && source.contains("hous")) {
                source.insert("presid".to_string());
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
        if stems.remove(alias) {
            stems.insert(canonical.to_string());
        }
    }
}

/// Number of shared stems.
pub fn overlap(a: &StemSet, b: &StemSet) -> usize {
    if a.len() <= b.len() {
        a.iter().filter(|w| b.contains(*w)).count()
    } else {
        overlap(b, a)
    }
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
    "account",
    "version",
    "portrayal",
    "description",
];

/// Pronouns that can stand for the claim just made (`denied it`, `disputed that`).
pub const PRONOUNS: &[&str] = &["it", "that", "this", "those", "them", "which"];
