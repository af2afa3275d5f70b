//! The noun phrase of a source before its cue: which words may open or sit
//! inside it, and how far left it reaches (`Voting rights advocates`, `one of
//! Mr. Obama's advisers`, `His former business partner at Lenox, Lawrence B.
//! Cummings`, `Records obtained by the Ledger`, `Rival outlets such as
//! Politico`, `The "Methods" chapter of the opinion`). Used by
//! [`super::source_extent`].

use crate::cuelex;
use crate::segment::{Document, TokenKind};

use super::subject::{calendar, capitalised, is_word, lower_is, lowercase};

/// Determiners and quantifiers that open a source's noun phrase.
pub(super) const NP_OPENERS: &[&str] = &[
    "the", "a", "an", "all", "both", "my", "his", "her", "their", "its", "our", "your", "no",
    "not", "only", "one", "two", "three", "several", "many", "some", "most", "each", "every",
    "other", "another", "these", "those", "this", "few",
];

/// Words that cannot sit inside a source's noun phrase before its head (nor
/// can [`crate::lexicon::AUXILIARIES`]).
pub(super) const NOT_IN_NP: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "said",
    "says",
    "told",
    "in",
    "on",
    "at",
    "by",
    "with",
    "from",
    "to",
    "for",
    "after",
    "before",
    "during",
    "about",
    "over",
    "under",
    "into",
    "than",
    "like",
    "since",
    "until",
    "between",
    "against",
    "among",
    "upon",
    "through",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "how",
    "why",
    "when",
    "where",
    "while",
    "as",
    "if",
    "because",
    "although",
    "though",
    "but",
    "so",
    "yet",
    "or",
    "nor",
    "then",
    "now",
    "there",
    "here",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "him",
    "them",
    "us",
    "me",
    "last",
    "next",
    "week",
    "month",
    "year",
    "today",
    "yesterday",
    "tonight",
    "meanwhile",
    "however",
    "instead",
    "later",
    "earlier",
    "again",
    "also",
    "still",
    "even",
    "just",
    "first",
    "finally",
    "indeed",
    "perhaps",
    "maybe",
    "already",
    "recently",
    "it's",
    "it’s",
    "that's",
    "that’s",
    "there's",
    "there’s",
    "what's",
    "what’s",
    "here's",
    "here’s",
    "everything",
    "something",
    "anything",
    "nothing",
    "someone",
    "anyone",
    "whoever",
    "whatever",
    "lest",
    "much",
    "too",
    "please",
    "very",
];

/// Words before a preposition that make it a verb's or an adverbial's, not
/// a link inside a noun phrase (`took to Twitter`, `Contrary to`).
pub(super) const LINK_VERBS: &[&str] = &[
    "took", "take", "takes", "uses", "use", "reeks", "went", "go", "goes", "came", "come", "comes",
    "turned", "turn", "contrary", "due", "thanks", "next", "close", "prior", "similar", "compared",
    "listen", "talk", "talks", "spoke", "speaks", "look", "looks", "belongs", "points", "refers",
    "responds", "reacts", "amounts", "adds", "leads", "owes", "gets", "got",
];

/// Sources that are never widened: pronouns and relative pronouns.
pub(super) const PRONOUN_SOURCES: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "him", "her", "them",
    "me", "us",
];

/// Pronouns that are a clause's subject and a source on their own.
pub(super) const SUBJECT_PRONOUNS: &[&str] = &["i", "you", "we", "they", "he", "she"];

/// Tokens that may stand right before a source's noun phrase: a sentence
/// start, punctuation, or a clause-opening word.
fn boundary(doc: &Document, k: usize) -> bool {
    !is_word(doc, k)
        || lower_is(
            doc,
            k,
            &[
                "when", "while", "as", "that", "because", "but", "so", "if", "although", "though",
                "since", "where", "whether", "and", "after", "before", "until", "unless", "once",
            ],
        )
}

/// Whether token `k` may sit inside a noun phrase before its head.
pub(super) fn np_word(doc: &Document, k: usize) -> bool {
    if !is_word(doc, k) || super::wordclass::is(doc, k, super::wordclass::NOT_IN_NP) {
        return false;
    }
    let w = doc.token_text(k);
    let lower = crate::case::lowercase(w);
    if lowercase(doc, k)
        && (lower.ends_with("ly")
            || lower.ends_with("ed")
            || lower.ends_with("ing")
            || cuelex::categories_lower(&lower) & (cuelex::ANY_CUE & !cuelex::NOUN) != 0)
    {
        return false;
    }
    true
}

/// Whether word `p` (after the sentence's first token) is an -ing modifier
/// inside a noun phrase: no cue verb (`saying`), and after a determiner or a
/// modifier that is no plural noun (`people using …` is a reduced clause).
fn ing_modifier(doc: &Document, p: usize) -> bool {
    let w = doc.token_text(p);
    let before = doc.token_text(p - 1);
    lowercase(doc, p)
        && w.len() > 5
        && w.ends_with("ing")
        && cuelex::categories_lower(w) & cuelex::ANY_CUE == 0
        && (lower_is(doc, p - 1, NP_OPENERS)
            || (np_word(doc, p - 1) && !(lowercase(doc, p - 1) && before.ends_with('s'))))
}

/// The start of a source before its cue, moved left over the words that open
/// its noun phrase (`Voting rights` + `advocates`) when they reach back to a
/// clause boundary; `None` when nothing changes.
pub(super) fn left_start(doc: &Document, a: usize) -> Option<usize> {
    if super::wordclass::is(doc, a, super::wordclass::PRONOUN_SOURCES) {
        return None;
    }
    let (s0, _) = doc.sentences[doc.sentence_of(a)];
    let mut k = a;
    let mut linked = false;
    while k > s0 && a - k < 9 {
        let p = k - 1;
        if doc.token_text(p) == "."
            && p > s0
            && crate::segment::is_title_abbreviation(doc.token_text(p - 1))
        {
            // A title before the name (`Sen.` + `Lindsey Graham`).
            k -= 2;
            continue;
        }
        // `The "Risks" chapter of the filing`: a short quoted name inside
        // the phrase, after its determiner.
        if let Some(q) = quoted_name_start(doc, s0, p) {
            k = q;
            continue;
        }
        // (Before the boundary test, which stops at `as`.)
        if !linked
            && p > s0 + 1
            && lower_is(doc, p, &["as"])
            && lower_is(doc, p - 1, &["such"])
            && np_word(doc, p - 2)
        {
            // `Other outlets such as` + `Politico`.
            linked = true;
            k -= 2;
            continue;
        }
        if boundary(doc, p) && !lower_is(doc, p, &["and"]) {
            break;
        }
        if !linked && p > s0 + 1 && reduced_relative(doc, p) {
            // `Records obtained by` + `the newspaper` show …: the records
            // speak, not the newspaper.
            linked = true;
            k -= 2;
            continue;
        }
        if !linked
            && p > s0
            && lower_is(doc, p, &["of", "to", "for", "from", "at", "by", "on", "in"])
            && np_word(doc, p - 1)
            && !lower_is(doc, p - 1, NP_OPENERS)
            && !lower_is(doc, p - 1, LINK_VERBS)
            && (!lower_is(doc, p, &["on", "in"]) || plural_noun(doc, p - 1))
        {
            // One prepositional link inside the phrase (`advisers to` + `Mr.
            // Obama`, `a 2014 study by` + `Harvard`, `Posts on` + `the
            // forum`, `Voters in` + `the survey`, but not `began on` +
            // `August 10`).
            linked = true;
        } else if lowercase(doc, p)
            && p > s0
            && lower_is(doc, p - 1, NP_OPENERS)
            && np_word(doc, p + 1)
            && !lower_is(doc, p, crate::lexicon::AUXILIARIES)
            && cuelex::categories_lower(&crate::case::lowercase(doc.token_text(p)))
                & cuelex::ANY_CUE
                != 0
        {
            // A cue word between a determiner and a noun is a modifier
            // (`The state` + `supreme court`, `the report` + `findings`).
        } else if lower_is(doc, p, &["and"]) {
            // Coordination (`Obama and Clinton`, `state and local`): only
            // between two noun-phrase words.
            if p == s0 || !np_word(doc, p - 1) {
                break;
            }
        } else if lower_is(doc, p, &["of"]) {
            // `one of`, `most of`: a quantifier before `of`.
            if p == s0
                || !lower_is(
                    doc,
                    p - 1,
                    &[
                        "one", "some", "many", "most", "all", "none", "each", "both", "more",
                    ],
                )
            {
                break;
            }
        } else if p > s0 && ing_modifier(doc, p) {
            // `Local farming groups`, `the ruling party`: an -ing word
            // between an opener or a modifier and the rest of the phrase.
        } else if (!np_word(doc, p) && !lower_is(doc, p, NP_OPENERS)) || contracted(doc, p) {
            return None;
        } else if lowercase(doc, p)
            && !lower_is(doc, p, NP_OPENERS)
            && lower_is(doc, p + 1, NP_OPENERS)
        {
            // A plain word before a determiner is a verb (`features a New
            // York Times`, `send a strong …`), not part of the phrase.
            return None;
        }
        k -= 1;
    }
    if k == a {
        return None;
    }
    // The phrase must reach a boundary, and not start on a dangling `and`/`of`.
    if k > s0 && !boundary(doc, k - 1) {
        return None;
    }
    if lower_is(doc, k, &["and", "of"]) {
        return None;
    }
    Some(k)
}

/// The opening quotation mark of a quoted name of at most three words that
/// closes at token `p` and follows a determiner (`The "Risks"` + `chapter`),
/// if there is one.
fn quoted_name_start(doc: &Document, s0: usize, p: usize) -> Option<usize> {
    if doc.tokens[p].kind != TokenKind::Quote {
        return None;
    }
    let q = (p.saturating_sub(4).max(s0 + 1)..p)
        .rev()
        .find(|&t| doc.tokens[t].kind == TokenKind::Quote)?;
    let named = q + 1 < p && (q + 1..p).all(|t| is_word(doc, t) && !lowercase(doc, t));
    (named && lower_is(doc, q - 1, NP_OPENERS)).then_some(q)
}

/// Whether token `k` looks like a plural noun (`posts`, `Reports`).
fn plural_noun(doc: &Document, k: usize) -> bool {
    let w = doc.folded(k);
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

/// Whether `by` at token `p` closes a participle phrase on the noun before
/// it (`Records obtained by`, `figures published by`).
fn reduced_relative(doc: &Document, p: usize) -> bool {
    lower_is(doc, p, &["by"])
        && lower_is(doc, p - 1, super::opening_according::PARTICIPLES)
        && np_word(doc, p - 2)
        && !lower_is(doc, p - 2, NP_OPENERS)
}

/// Whether token `k` is a pronoun with its verb (`we're`, `they’ve`): a
/// clause, which no source widens over (`we're` + `able`).
fn contracted(doc: &Document, k: usize) -> bool {
    crate::case::lowercase(doc.token_text(k))
        .split_once(['\'', '’'])
        .is_some_and(|(p, _)| crate::lexicon::is_one_of(p, SUBJECT_PRONOUNS))
}

/// Words that open a sentence-initial phrase which is no noun phrase (day and
/// month names too: [`crate::lexicon::is_calendar_word`]).
const NOT_SUBJECT_OPENERS: &[&str] = &[
    "despite",
    "unlike",
    "asked",
    "speaking",
    "still",
    "overall",
    "separately",
    "sources",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "minutes",
    "moments",
];

/// `Trump's running mate, Indiana Gov. Mike Pence, plans`, `Clinton, the
/// former secretary of State, stressed`: a source right after a comma takes
/// the noun phrase that opens the sentence before it, when that phrase is
/// all noun-phrase words (one prepositional link allowed).
pub(super) fn apposition_start(doc: &Document, a: usize) -> Option<usize> {
    let (s0, _) = doc.sentences[doc.sentence_of(a)];
    if a < s0 + 2
        || doc.token_text(a - 1) != ","
        || super::wordclass::is(doc, a, super::wordclass::PRONOUN_SOURCES)
    {
        return None;
    }
    let end = a - 1;
    // `…, the city engineer, Miriam Sollis, told reporters`: the phrase may
    // also open after an earlier comma, on a determiner or a possessive.
    let mid = (s0..end).rev().find(|&k| doc.token_text(k) == ",");
    let mut start = mid.map_or(s0, |c| c + 1);
    while start < a - 1 && doc.tokens[start].kind == TokenKind::Quote {
        start += 1;
    }
    let possessive = |k: usize| {
        let w = doc.token_text(k);
        w.ends_with("'s") || w.ends_with("’s")
    };
    if start >= end
        || end - start > 8
        || (lower_is(doc, start, NOT_SUBJECT_OPENERS) || calendar(doc, start))
    {
        return None;
    }
    let mut linked = false;
    for k in start..end {
        let w = doc.token_text(k);
        let lower = crate::case::lowercase(w);
        if ["ly", "ed", "ing"].iter().any(|x| lower.ends_with(x)) {
            return None;
        }
        let ok = np_word(doc, k)
            || lower_is(doc, k, NP_OPENERS)
            || (k > start && !linked && lower_is(doc, k, &["of", "at", "for", "to"]) && {
                linked = true;
                true
            })
            || (k > start && matches!(w, "(" | ")" | "-"));
        if !ok {
            return None;
        }
    }
    if !is_word(doc, end - 1) || lower_is(doc, end - 1, NP_OPENERS) {
        return None;
    }
    // Only a phrase naming a person's role (`Trump's running mate`, `The
    // minister of the economy`), or a name before an apposition (`Schiff,
    // 56, who …`, `Jeff Rathke, the department's spokesman`); anything else
    // is a fronted topic or adverbial (`The museum, Mr. Obama said`).
    let role = (start..end).any(|k| lower_is(doc, k, ROLE_NOUNS) || possessive(k));
    if mid.is_some() {
        // After a comma, only a role phrase with its determiner, ending on
        // a role noun (`the agency's chief executive`).
        return ((lower_is(doc, start, &["the", "a", "an"]) || possessive(start))
            && lower_is(doc, end - 1, ROLE_NOUNS))
        .then_some(start);
    }
    let lone_name = end <= start + 3
        && (start..end).all(|k| capitalised(doc, k))
        && (lower_is(doc, a, &["the", "a", "an"])
            || doc
                .token_text(a)
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit()));
    (role || lone_name).then_some(start)
}

/// Nouns naming a person's role or relation, which a name in apposition
/// after them specifies.
const ROLE_NOUNS: &[&str] = &[
    "minister",
    "partner",
    "mate",
    "niece",
    "nephew",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "mother",
    "father",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "aide",
    "aides",
    "adviser",
    "advisor",
    "director",
    "chairman",
    "chairwoman",
    "president",
    "leader",
    "head",
    "chief",
    "secretary",
    "official",
    "founder",
    "editor",
    "author",
    "friend",
    "colleague",
    "opponent",
    "rival",
    "successor",
    "predecessor",
    "deputy",
    "governor",
    "senator",
    "mayor",
    "ambassador",
    "engineer",
    "executive",
];
