//! Context checks about who and what a cue quantifies or describes, and the
//! root reading of modals:
//!
//! * generic possibility — `may` with a generic subject (`Severe cases may
//!   require surgery`, `Guests may bring food`) states what can happen in
//!   general (a root modal: possibility or permission), not the writer's doubt
//!   about a fact; the perfect (`may have been`), `may well` and `may or may not`
//!   stay epistemic;
//! * `some` as a pronoun or before a noun compound (`some allied them with …`,
//!   `some pinyon species`): a vague quantity, like `some historians`;
//! * `believe in` (faith or support), not belief that something is so;
//! * naming (`often called`, `commonly known as`): a name in use is a fact about
//!   usage, not a weasel attribution.

use super::context::{looks_plural, Sentence, DETERMINERS};
use crate::model::{Hedge, HedgeCategory};
use crate::segment::Document;

/// Words that are never the head noun of a subject.
const FUNCTION: &[&str] = &[
    "and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "what", "when", "where",
    "while", "if", "because", "although", "though", "there", "it", "he", "she", "they", "we", "i",
    "you", "one", "is", "are", "was", "were", "be", "been", "has", "have", "had", "so", "then",
    "than", "as", "not",
];

/// Words that close a subject noun phrase on its left.
const BOUNDARY: &[&str] = &[
    ",", "(", ";", ":", "-", "--", "—", "and", "or", "of", "in", "for", "with", "on", "at", "from",
    "by", "to", "that", "which", "when", "while", "if", "because", "where", "although", "though",
];

/// Adverbs that may stand between the subject and the modal, or after it.
const ADVERBS: &[&str] = &[
    "also",
    "often",
    "sometimes",
    "occasionally",
    "even",
    "then",
    "still",
    "further",
    "usually",
    "generally",
    "therefore",
    "thus",
    "not",
];

fn is_word(w: &str) -> bool {
    !w.is_empty()
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
}

/// Whether `may` at `at` has a generic subject and a non-perfect verb: a root
/// possibility (`Sleep apnoea may also occur`), not a guess about a fact.
pub fn generic_may(s: &Sentence, at: usize) -> bool {
    // The verb side: `may have been`, `may well`, `may or may not` are epistemic.
    let mut v = at + 1;
    while ADVERBS.contains(&s.word(v)) {
        v += 1;
    }
    let verb = s.word(v);
    if matches!(verb, "well" | "or") || s.word(at + 1) == "or" {
        return false;
    }
    if verb == "have" {
        let w = s.word(v + 1);
        if w == "been"
            || (w.len() > 3 && w.ends_with("ed"))
            || w.ends_with("en")
            || IRREGULAR_PARTICIPLES.contains(&w)
            || w == "had"
        {
            return false;
        }
    }
    // The subject side: a noun without a determiner, up to a phrase boundary.
    let mut j = at;
    while j > 0 && ADVERBS.contains(&s.word(j - 1)) {
        j -= 1;
    }
    if j == 0 {
        return false;
    }
    let head = j - 1;
    let w = s.word(head);
    if !is_word(w)
        || matches!(w, "both" | "all" | "each")
        || FUNCTION.contains(&w)
        || DETERMINERS.contains(&w)
        || w.ends_with("ly")
        || (head > 0 && s.is_capitalized(head))
    {
        return false;
    }
    for k in (0..head).rev().take(4) {
        let w = s.word(k);
        if DETERMINERS.contains(&w)
            || matches!(w, "both" | "either" | "neither" | "all" | "each")
            || (FUNCTION.contains(&w) && !BOUNDARY.contains(&w))
        {
            return false;
        }
        if BOUNDARY.contains(&w) {
            return true;
        }
        if !is_word(w) {
            return !w.chars().any(char::is_alphanumeric);
        }
        if k > 0 && s.is_capitalized(k) {
            return false;
        }
    }
    // Reached the start of the sentence within four words.
    head < 5
}

/// `some` before a noun compound or an unmarked noun phrase ending in a plural
/// (`some pinyon species`, `some short patches`), or as a pronoun before a
/// past-tense verb or an adverb (`some allied them`, `some initially talked`).
pub fn vague_some(s: &Sentence, at: usize) -> bool {
    let next = s.word(at + 1);
    if next.len() > 4 && (next.ends_with("ed") || next.ends_with("ly")) {
        return true;
    }
    for i in at + 1..at + 4 {
        let w = s.word(i);
        if looks_plural(w) {
            return true;
        }
        if !is_word(w) || FUNCTION.contains(&w) || BOUNDARY.contains(&w) {
            return false;
        }
    }
    false
}

/// `believe in` (faith, support): not a belief that something is so.
pub fn believe_in(s: &Sentence, at: usize) -> bool {
    s.word(at + 1) == "in"
}

/// Verbs of naming: `often called`, `commonly known as`, `usually referred to`.
const NAMING: &[&str] = &["called", "known", "referred", "named", "termed", "dubbed"];

/// Whether a shield is a naming convention (`often called X`, `commonly known
/// as`): the cue's last word is a verb of naming.
pub fn naming(s: &Sentence, last: usize) -> bool {
    NAMING.contains(&s.word(last))
}

/// Whether a `may` hedge of the document expresses generic possibility (see
/// [`generic_may`]). The engine reports it as a modal hedge; an evaluation of
/// the writer's uncertainty about facts (CoNLL-2010) may leave it out.
pub fn is_generic_possibility(doc: &Document, hedge: &Hedge) -> bool {
    if hedge.category != HedgeCategory::Modal {
        return false;
    }
    let Some(first) = hedge.spans.first() else {
        return false;
    };
    let at = doc.tokens.partition_point(|t| t.span.start < first.start);
    if at >= doc.tokens.len() || doc.folded(at) != "may" {
        return false;
    }
    let Some(s) = doc
        .sentences
        .iter()
        .position(|&(t0, t1)| t0 <= at && at < t1)
    else {
        return false;
    };
    let (t0, t1) = doc.sentences[s];
    let lower: Vec<&str> = (t0..t1).map(|t| doc.folded(t)).collect();
    let raw: Vec<&str> = (t0..t1).map(|t| doc.token_text(t)).collect();
    let sentence = Sentence {
        lower: &lower,
        raw: &raw,
    };
    generic_may(&sentence, at - t0)
}

/// Past participles that do not end in `-ed`.
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "made", "seen", "found", "shown", "given", "taken", "known", "done", "built", "held", "told",
    "said", "set", "put", "cut", "kept", "left", "brought", "bought", "sold", "paid", "won",
    "written", "drawn", "grown", "split", "spent", "sent", "worn", "thrown", "chosen", "driven",
    "thought",
];

/// A root (not epistemic) reading of `may`/`could`: a possibility in the nature
/// of things rather than the writer's guess (Coates 1983). Two marks: the
/// composition of a class (`may include`, `may consist of`, `may vary`) and the
/// passive of a generic procedure (`may be used`, `may be combined`). Perfect
/// `may have been` and `may well` stay epistemic.
pub(crate) fn root_modal(s: &Sentence, at: usize) -> bool {
    const COMPOSITION: &[&str] = &[
        "include",
        "consist",
        "contain",
        "comprise",
        "range",
        "vary",
        "differ",
        "encompass",
        "involve",
        "feature",
        "refer",
    ];
    let mut i = at + 1;
    if s.word(i) == "also" {
        i += 1;
    }
    let verb = s.word(i);
    if COMPOSITION.contains(&verb) {
        return true;
    }
    if verb != "be" {
        return false;
    }
    let mut j = i + 1;
    while s.word(j).ends_with("ly") && s.word(j).len() > 3 {
        j += 1;
    }
    let w = s.word(j);
    // `could be explained by other factors`, `may be linked to`: a guess at
    // a cause, not a procedure.
    if CAUSAL_PARTICIPLES.contains(&w) {
        return false;
    }
    (w.len() >= 4 && w.ends_with("ed")) || IRREGULAR_PARTICIPLES.contains(&w)
}

/// Passive participles of explaining a cause: epistemic after a modal.
const CAUSAL_PARTICIPLES: &[&str] = &[
    "explained",
    "caused",
    "linked",
    "attributed",
    "connected",
    "tied",
    "triggered",
];
