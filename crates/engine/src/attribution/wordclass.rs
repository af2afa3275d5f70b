//! Word classes of the tokens: which of the word lists the rules test on
//! nearly every token each token's folded form is in, found once per
//! document with one hash lookup per word.
//!
//! [`super::subject::lower_is`] scans its list for the token's fold at each
//! call, and the rules below ask it of every token of every sentence
//! (`rules`, `by`, `on` after a noun …): on PolNeAR dev about 430,000 calls,
//! 5 % of the instructions of `analyze`. A class test is one load and one
//! `and`. Each class is a list the rules already had (or the union of lists
//! one test takes together), so the answers are the same.

use std::sync::OnceLock;

use crate::cuelex::WordSet;
use crate::segment::{Document, TokenKind};

/// A set of word classes, one bit each (the lexicon table's value type, so
/// the wasm carries no second hash table).
pub(crate) type Classes = u16;

/// `on`, `in`, `across`, `from` after a report noun ([`super::noun_cues`]).
pub(crate) const MEDIUM_PREPOSITIONS: Classes = 1 << 0;
/// `by`, `from` before a claim noun's party ([`super::noun_cues`]).
pub(crate) const PARTY_PREPOSITIONS: Classes = 1 << 1;
/// A court's finite verbs of decision ([`super::rulings::FINITE`]).
pub(crate) const RULED: Classes = 1 << 2;
/// Speech verbs that take a clause directly ([`super::orphan_speech`]).
pub(crate) const ORPHAN_VERBS: Classes = 1 << 3;
/// `notwithstanding` ([`super::concessive`]).
pub(crate) const NOTWITHSTANDING: Classes = 1 << 4;
/// Verbs of records that show something ([`super::record_claims`]).
pub(crate) const RECORD_VERBS: Classes = 1 << 5;
/// `that`.
pub(crate) const THAT: Classes = 1 << 6;
/// Words that open a question clause ([`super::that_clause`]).
pub(crate) const QUESTION_WORDS: Classes = 1 << 7;
/// Words that never sit inside a noun phrase before its head
/// ([`super::source_phrase::np_word`]'s four lists).
pub(crate) const NOT_IN_NP: Classes = 1 << 8;
/// Auxiliaries, adverbs and the like between a subject and its verb
/// ([`super::that_clause`]'s three lists).
pub(crate) const BEFORE_VERB: Classes = 1 << 9;
/// Units of time ([`super::fixes`]).
pub(crate) const TIME_UNITS: Classes = 1 << 10;
/// Forms of `be` that make a cue passive ([`super::source_edges`]).
pub(crate) const BE_FORMS: Classes = 1 << 11;
/// `saying`, `telling`.
pub(crate) const SAYING: Classes = 1 << 12;
/// Pronoun sources ([`super::source_phrase::PRONOUN_SOURCES`]).
pub(crate) const PRONOUN_SOURCES: Classes = 1 << 13;

/// The words of each class.
const LISTS: &[(Classes, &[&str])] = &[
    (MEDIUM_PREPOSITIONS, super::noun_cues::MEDIUM_PREPOSITIONS),
    (PARTY_PREPOSITIONS, super::noun_cues::PARTY_PREPOSITIONS),
    (RULED, super::rulings::FINITE),
    (ORPHAN_VERBS, super::orphan_speech::VERBS),
    (NOTWITHSTANDING, &["notwithstanding"]),
    (RECORD_VERBS, super::record_claims::VERBS),
    (THAT, &["that"]),
    (QUESTION_WORDS, super::that_clause::QUESTION_WORDS),
    (NOT_IN_NP, super::source_phrase::NOT_IN_NP),
    (NOT_IN_NP, crate::lexicon::AUXILIARIES),
    (NOT_IN_NP, super::subject::ADVERBS),
    (NOT_IN_NP, super::source_phrase::LINK_VERBS),
    (BEFORE_VERB, crate::lexicon::AUXILIARIES),
    (BEFORE_VERB, super::that_clause::BEFORE_VERB),
    (BEFORE_VERB, super::subject::ADVERBS),
    (TIME_UNITS, super::fixes::TIME_UNITS),
    (BE_FORMS, super::source_edges::BE_FORMS),
    (SAYING, &["saying", "telling"]),
    (PRONOUN_SOURCES, super::source_phrase::PRONOUN_SOURCES),
];

/// Word → its classes, built once (through [`crate::cuelex::cached_set`],
/// which the wasm already holds, rather than a `OnceLock` of its own: each
/// `get_or_init` closure compiles its own copy of the initialisation).
fn table() -> &'static WordSet<&'static str> {
    static CELL: OnceLock<WordSet<&'static str>> = OnceLock::new();
    crate::cuelex::cached_set(&CELL, || {
        let mut set = WordSet::default();
        for &(class, words) in LISTS {
            for &w in words {
                set.add_bits(w, class);
            }
        }
        set
    })
}

/// The classes of every token of `doc` (none for marks: every listed word
/// is a word token's fold), for [`Document::new`]. A loop rather than a
/// `collect`, which would compile another `fold`; out of line, and through
/// the out-of-line [`Document::folded`], so that `Document::new` does not
/// grow by a copy of the folding.
#[inline(never)]
pub(crate) fn classes(doc: &Document) -> Vec<Classes> {
    let table = table();
    let mut out = Vec::with_capacity(doc.tokens.len());
    for t in 0..doc.tokens.len() {
        out.push(match doc.tokens[t].kind {
            TokenKind::Word => table.bits(doc.folded(t)),
            _ => 0,
        });
    }
    out
}

/// Whether token `t` is in one of `classes`: [`super::subject::lower_is`]
/// with the class's list, without the scan.
#[inline(never)]
pub(crate) fn is(doc: &Document, t: usize, classes: Classes) -> bool {
    doc.word_classes.as_slice()[t] & classes != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_the_lists() {
        let doc = Document::new(
            "The court ruled that reports on TV, notwithstanding doubts, showed how he was \
             saying it. Rules: “That” (which) RULED",
        );
        for t in 0..doc.tokens.len() {
            for &(class, words) in LISTS {
                let listed = words.contains(&doc.folded(t));
                let mut union = LISTS.iter().filter(|(c, _)| *c == class);
                let in_union = union.any(|(_, w)| w.contains(&doc.folded(t)));
                assert_eq!(is(&doc, t, class), in_union, "{}", doc.token_text(t));
                assert!(!listed || is(&doc, t, class));
            }
        }
    }

    /// Marks get no class: no listed word is one. (A listed word that is
    /// not its own fold, as `it’s`, matches no token here or in `lower_is`.)
    #[test]
    fn listed_words_are_word_tokens() {
        for &(_, words) in LISTS {
            for w in words {
                let doc = Document::new(w);
                assert_eq!(doc.tokens.len(), 1, "{w}");
                assert_eq!(doc.tokens[0].kind, TokenKind::Word, "{w}");
            }
        }
    }
}
