//! How far a found source reaches, by PolNeAR's conventions (measured on
//! PolNeAR train/dev, where most source boundary errors are sources cut short):
//!
//! * a source after its cue (`said Tim Hess, a real estate developer, who
//!   introduced …`) runs with its appositions and relative clauses to the end
//!   of the sentence;
//! * a source before its cue keeps the modifiers and determiners that open
//!   its noun phrase (`Voting rights advocates`, `all the experts`, `Obama and
//!   Clinton`, `one of Mr. Obama's advisers`);
//! * a source stopped short of its cue by a noun or a date (`Scott's` +
//!   `family has called`, `A memorable ad` + `in 2008 questioned`) runs on to
//!   the cue.
//!
//! Every rule looks at a bounded window around the source, so the pass is
//! linear in the claims.

use crate::cuelex;
use crate::model::{Claim, Span};
use crate::segment::{Document, TokenKind};

use super::subject::{capitalised, is_word, lower_is, lowercase, token_at, ADVERBS};

/// Applies the three extensions to every claim's first source span. A claim
/// the tagger found inside a widened source (`who has been challenging the
/// coal industry`) is part of the source's description and is dropped.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for claim in claims.iter_mut() {
        cut_citation(doc, claim);
        trim_tail(doc, claim);
        cue_head_to_source(doc, claim);
    }
    // Every claim's cue and content with the claim's index, which no widened
    // source may cross.
    let mut taken: Vec<(Span, usize)> = claims
        .iter()
        .enumerate()
        .flat_map(|(i, c)| {
            c.cue
                .spans
                .iter()
                .chain(&c.content.spans)
                .map(move |s| (*s, i))
        })
        .collect();
    taken.sort_by_key(|(s, _)| s.start);
    // Running maximum of the ends, so one binary search tells whether a
    // taken span starting before a point reaches past it.
    let max_end: Vec<usize> = taken
        .iter()
        .scan(0, |m, (s, _)| {
            *m = (*m).max(s.end);
            Some(*m)
        })
        .collect();
    let mut dropped = vec![false; claims.len()];
    for i in 0..claims.len() {
        let claim = &claims[i];
        let (Some(&src), Some(&cue)) = (claim.source.spans.first(), claim.cue.spans.first()) else {
            continue;
        };
        let a = token_at(doc, src.start);
        let b = token_at(doc, src.end);
        if a >= b || b > doc.tokens.len() {
            continue;
        }
        let (mut na, mut nb) = (a, b);
        let after = src.start >= cue.end;
        // `attorneys for the` + `family`: a source never ends on an article.
        if b < doc.tokens.len() && lower_is(doc, b - 1, &["the", "a", "an"]) && is_word(doc, b) {
            nb = b + 1;
        }
        if after {
            nb = after_cue_end(doc, cue, a, nb).unwrap_or(nb);
        } else if src.end <= cue.start {
            let c = token_at(doc, cue.start);
            nb = gap_to_cue(doc, nb, c).unwrap_or(nb);
            na = left_start(doc, a)
                .or_else(|| apposition_start(doc, a))
                .unwrap_or(a);
        }
        if (na, nb) == (a, b) {
            continue;
        }
        let new = Span::new(doc.tokens[na].span.start, doc.tokens[nb - 1].span.end);
        // Nothing taken may reach into the new span from before it.
        let from = taken.partition_point(|(s, _)| s.start < new.start);
        if from > 0 && max_end[from - 1] > new.start {
            continue;
        }
        // What starts inside it must be another claim lying wholly inside,
        // without a source of its own, and only a source after its cue
        // swallows such claims.
        let to = taken.partition_point(|(s, _)| s.start < new.end);
        let inside = &taken[from..to];
        let absorbable = inside.iter().all(|&(s, j)| {
            after && j != i && s.end <= new.end && claims[j].source.spans.is_empty()
        });
        if !absorbable {
            continue;
        }
        for &(_, j) in inside {
            dropped[j] = true;
        }
        claims[i].source.spans[0] = new;
    }
    let mut k = 0;
    claims.retain(|_| {
        k += 1;
        !dropped[k - 1]
    });
}

/// Words that open a relative clause or an apposition after a name.
const APPOSITION_OPENERS: &[&str] = &[
    "who",
    "whom",
    "whose",
    "which",
    "a",
    "an",
    "the",
    "one",
    "head",
    "chief",
    "president",
    "director",
    "founder",
    "co-founder",
    "chairman",
    "chairwoman",
    "spokesman",
    "spokeswoman",
    "author",
    "editor",
    "professor",
    "senior",
    "former",
    "executive",
];

/// `said X, a …, who ….`: the end (exclusive token index) of a source that
/// follows its cue, stretched over appositions and relative clauses to the
/// end of its sentence when nothing but them follows.
fn after_cue_end(doc: &Document, cue: Span, a: usize, b: usize) -> Option<usize> {
    // The source must follow the cue directly (`said Tim Hess`).
    let c_end = token_at(doc, cue.end);
    if a != c_end {
        return None;
    }
    let (_, s1) = doc.sentences[doc.sentence_of(a)];
    // The last word of the sentence, which ends at its first full stop (the
    // segmenter may run a sentence on into a quotation after it).
    let stop = (b..s1)
        .find(|&k| {
            doc.tokens[k].kind == TokenKind::Punct
                && doc.token_text(k) == "."
                && k > b
                && !crate::segment::is_title_abbreviation(doc.token_text(k - 1))
                && doc.token_text(k - 1).chars().count() > 1
        })
        .unwrap_or(s1);
    let mut e = stop;
    while e > b && !is_word(doc, e - 1) {
        e -= 1;
    }
    if e <= b || e - b > 40 {
        return None;
    }
    if doc.token_text(b) == "," {
        if e <= b + 1 || !lower_is(doc, b + 1, APPOSITION_OPENERS) {
            return None;
        }
    } else if !(a..b).any(|k| doc.token_text(k) == "," && lower_is(doc, k + 1, APPOSITION_OPENERS))
        || !is_word(doc, b)
        || lower_is(doc, b, &["and", "but"])
    {
        // A source already into its apposition (`Victor Cha, who served as
        // Asia director` + `for the National Security Council`) runs on.
        return None;
    }
    // Nothing that starts another clause: quotations, semicolons, a
    // participle or a time/place phrase after a comma (`, adding`,
    // `, in a statement`).
    for k in b..e {
        let w = doc.token_text(k);
        if doc.tokens[k].kind == TokenKind::Quote || matches!(w, ";" | ":" | "(" | "—" | "–") {
            return None;
        }
        if w == "," && k + 1 < e {
            let next = doc.token_text(k + 1);
            if (lowercase(doc, k + 1) && next.ends_with("ing"))
                || next == "and"
                || lower_is(
                    doc,
                    k + 1,
                    &["in", "on", "at", "during", "according", "but", "though"],
                )
            {
                return None;
            }
        }
    }
    // The trailing period of the sentence is not part of the source, but an
    // abbreviation's is (`Jr.`): tokens are words with their own dots.
    Some(e)
}

/// Determiners and quantifiers that open a source's noun phrase.
const NP_OPENERS: &[&str] = &[
    "the", "a", "an", "all", "my", "his", "her", "their", "its", "our", "your", "no", "not",
    "only", "one", "two", "three", "several", "many", "some", "most", "each", "every", "other",
    "another", "these", "those", "this", "few",
];

/// Words that cannot sit inside a source's noun phrase before its head.
const NOT_IN_NP: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "has",
    "had",
    "have",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "should",
    "must",
    "did",
    "does",
    "do",
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
    "both",
];

/// Words before a preposition that make it a verb's or an adverbial's, not
/// a link inside a noun phrase (`took to Twitter`, `Contrary to`).
const LINK_VERBS: &[&str] = &[
    "took", "take", "takes", "uses", "use", "reeks", "went", "go", "goes", "came", "come", "comes",
    "turned", "turn", "contrary", "due", "thanks", "next", "close", "prior", "similar", "compared",
    "listen", "talk", "talks", "spoke", "speaks", "look", "looks", "belongs", "points", "refers",
    "responds", "reacts", "amounts", "adds", "leads", "owes", "gets", "got",
];

/// Sources that are never widened: pronouns and relative pronouns.
const PRONOUN_SOURCES: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "him", "her", "them",
];

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
fn np_word(doc: &Document, k: usize) -> bool {
    if !is_word(doc, k)
        || lower_is(doc, k, NOT_IN_NP)
        || lower_is(doc, k, ADVERBS)
        || lower_is(doc, k, LINK_VERBS)
    {
        return false;
    }
    let w = doc.token_text(k);
    let lower = w.to_lowercase();
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

/// The start of a source before its cue, moved left over the words that open
/// its noun phrase (`Voting rights` + `advocates`) when they reach back to a
/// clause boundary; `None` when nothing changes.
fn left_start(doc: &Document, a: usize) -> Option<usize> {
    if lower_is(doc, a, PRONOUN_SOURCES) {
        return None;
    }
    let (s0, _) = doc.sentences[doc.sentence_of(a)];
    let mut k = a;
    let mut linked = false;
    while k > s0 && a - k < 9 {
        let p = k - 1;
        if boundary(doc, p) && !lower_is(doc, p, &["and"]) {
            break;
        }
        if !linked
            && p > s0
            && lower_is(doc, p, &["of", "to", "for", "from", "at", "by"])
            && np_word(doc, p - 1)
            && !lower_is(doc, p - 1, NP_OPENERS)
            && !lower_is(doc, p - 1, LINK_VERBS)
        {
            // One prepositional link inside the phrase (`advisers to` + `Mr.
            // Obama`, `a 2014 study by` + `Harvard`).
            linked = true;
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
        } else if !np_word(doc, p) && !lower_is(doc, p, NP_OPENERS) {
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

/// The end of a source before its cue stretched over a short gap of nouns or
/// a date (`Scott's` + `family`, `ad` + `in 2008`); `None` when it does not apply.
fn gap_to_cue(doc: &Document, b: usize, c: usize) -> Option<usize> {
    if c <= b || c - b > 3 {
        return None;
    }
    for k in b..c {
        if !is_word(doc, k) {
            return None;
        }
        let lower = doc.token_text(k).to_lowercase();
        let preposition_ok = k == b && lower == "in" && c - b == 2;
        if (lower_is(doc, k, NOT_IN_NP) && !preposition_ok)
            || lower_is(doc, k, ADVERBS)
            || lower.ends_with("ly")
            || lower.ends_with("ed")
            || lower == "and"
            || lower == "of"
        {
            return None;
        }
        if preposition_ok && !doc.token_text(k + 1).chars().all(|ch| ch.is_ascii_digit()) {
            return None;
        }
    }
    Some(c)
}

/// `independent` + `analyses agree`, `No` + `one expected`, `Theresa` + `May
/// said`: a cue that opens with the last words of the source abutting it
/// gives those words back, up to its first cue word.
fn cue_head_to_source(doc: &Document, claim: &mut Claim) {
    let (Some(&src), Some(&cue)) = (claim.source.spans.first(), claim.cue.spans.first()) else {
        return;
    };
    let b = token_at(doc, src.end);
    let t = token_at(doc, cue.start);
    let e = token_at(doc, cue.end);
    if src.end > cue.start || b != t || e > doc.tokens.len() || e < t + 2 {
        return;
    }
    let (s0, _) = doc.sentences[doc.sentence_of(t)];
    // A capitalised word inside a sentence is a name even when it spells an
    // auxiliary (`May`).
    let nominal = |k: usize| {
        (k > s0 && capitalised(doc, k) && !lower_is(doc, k, &["I"]))
            || (np_word(doc, k) && !lower_is(doc, k, NP_OPENERS))
    };
    // One word only, not after a pronoun, and not a negated auxiliary.
    let last = token_at(doc, src.start).max(b.saturating_sub(1));
    if lower_is(doc, last, PRONOUN_SOURCES)
        || !nominal(t)
        || doc.token_text(t).contains(['\'', '’'])
        || lower_is(doc, t, &["further", "seem", "seems"])
    {
        return;
    }
    let v = t + 1;
    let lower = doc.token_text(v).to_lowercase();
    if cuelex::categories_lower(&lower) & cuelex::ANY_CUE == 0 {
        return;
    }
    // Subject and verb agree: a plural noun before a plain verb, a singular
    // one before a verb in `-s` (`analyses agree`, `union endorses`); a
    // lowercase word that does not is a verb itself (`candidates face`).
    let w = doc.token_text(t);
    let plural = w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous");
    let verb_s = lower.ends_with('s');
    let past = lower.ends_with("ed");
    if lowercase(doc, t) && !past && plural == verb_s {
        return;
    }
    claim.source.spans[0] = Span::new(src.start, doc.tokens[v - 1].span.end);
    claim.cue.spans[0] = Span::new(doc.tokens[v].span.start, cue.end);
}

/// `Coase [13`, `Spang (1983`: a source ends before a bracketed citation
/// (and is the name before it when the tagger took the citation alone).
fn cut_citation(doc: &Document, claim: &mut Claim) {
    let Some(&src) = claim.source.spans.first() else {
        return;
    };
    let a = token_at(doc, src.start);
    let b = token_at(doc, src.end).min(doc.tokens.len());
    let citation = |k: usize| {
        matches!(doc.token_text(k), "(" | "[")
            && k + 1 < doc.tokens.len()
            && doc
                .token_text(k + 1)
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
    };
    if a < b && citation(a) {
        // The tagger took the citation for the source: the name before it is.
        let mut n = a;
        while n > 0 && a - n < 4 && capitalised(doc, n - 1) {
            n -= 1;
        }
        if n < a {
            claim.source.spans[0] = Span::new(doc.tokens[n].span.start, doc.tokens[a - 1].span.end);
        }
        return;
    }
    let cut = (a + 1..b).find(|&k| citation(k));
    if let Some(k) = cut {
        let mut e = k;
        while e > a && !is_word(doc, e - 1) {
            e -= 1;
        }
        if e > a {
            claim.source.spans[0] = Span::new(src.start, doc.tokens[e - 1].span.end);
        }
    }
}

/// Words that open a sentence-initial phrase which is no noun phrase.
const NOT_SUBJECT_OPENERS: &[&str] = &[
    "despite",
    "unlike",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
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
fn apposition_start(doc: &Document, a: usize) -> Option<usize> {
    let (s0, _) = doc.sentences[doc.sentence_of(a)];
    if a < s0 + 2 || doc.token_text(a - 1) != "," || lower_is(doc, a, PRONOUN_SOURCES) {
        return None;
    }
    let mut start = s0;
    while start < a - 1 && doc.tokens[start].kind == TokenKind::Quote {
        start += 1;
    }
    let end = a - 1;
    if start >= end || end - start > 8 || lower_is(doc, start, NOT_SUBJECT_OPENERS) {
        return None;
    }
    let mut linked = false;
    for k in start..end {
        let w = doc.token_text(k);
        let lower = w.to_lowercase();
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
    // minister of the economy`), or a lone name before an apposition
    // (`Schiff, 56, who …`, `Clinton, the former secretary`); anything else
    // is a fronted topic or adverbial (`The museum, Mr. Obama said`).
    let role = (start..end).any(|k| {
        lower_is(doc, k, ROLE_NOUNS)
            || doc.token_text(k).ends_with("'s")
            || doc.token_text(k).ends_with("’s")
    });
    let lone_name = end == start + 1
        && capitalised(doc, start)
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
];

/// Weekdays, which a source does not end on (`The Times on Saturday`).
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// What the tagger runs a source on into: a speech verb and what follows
/// (`she said in the Oval Office`), a closing weekday (`The Times on
/// Saturday`), a dangling `this` (`the Supreme Court this`) or conjunction.
fn trim_tail(doc: &Document, claim: &mut Claim) {
    let Some(&src) = claim.source.spans.first() else {
        return;
    };
    let a = token_at(doc, src.start);
    let b0 = token_at(doc, src.end).min(doc.tokens.len());
    if b0 <= a + 1 {
        return;
    }
    let mut b = (a + 1..b0)
        .find(|&k| lowercase(doc, k) && lower_is(doc, k, &["said", "says", "told", "added"]))
        .unwrap_or(b0);
    loop {
        let last = b - 1;
        if b >= a + 3 && lower_is(doc, last, WEEKDAYS) && lower_is(doc, last - 1, &["on"]) {
            b -= 2;
        } else if b >= a + 2 && lower_is(doc, last, &["this", "and", "or", "but"]) {
            b -= 1;
        } else if b >= a + 2 && b < b0 && !is_word(doc, last) && doc.token_text(last) != ")" {
            // Punctuation left before a cut speech verb or time.
            b -= 1;
        } else {
            break;
        }
    }
    if b < b0 && b > a {
        claim.source.spans[0] = Span::new(src.start, doc.tokens[b - 1].span.end);
    }
}
