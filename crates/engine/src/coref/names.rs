//! Named mentions: runs of capitalised words that name a party (titles such
//! as `Foreign Minister` kept in the run but stripped from the name), and the
//! links from a short name to the fuller one it abbreviates (`Lavrov` →
//! `Sergey Lavrov`). What only looks like a name is left out: function words
//! and words that open sentences (`Though`, `Maybe`), contractions (`We’ve`),
//! the words of title-case headlines, a speech verb in a headline (`Chris
//! Christie | Calls …`).

use crate::model::{SourceType, Span};
use crate::segment::{Document, TokenKind};
use crate::sources;

/// A named mention found in the text.
#[derive(Debug, Clone)]
pub(super) struct Named<'d> {
    /// Whole run, titles included (`Foreign Minister Sergey Lavrov`).
    pub(super) span: Span,
    /// The name without leading titles (`Sergey Lavrov`), `the` kept for organisations.
    pub(super) name: String,
    /// Lowercase words of the whole run, for nominal matching (the
    /// document's folds, borrowed: every capitalised run makes one).
    pub(super) words: Vec<&'d str>,
    pub(super) kind: SourceType,
    /// The fullest name this mention abbreviates (filled by [`link_names`]).
    pub(super) canonical: String,
}

/// Function words and words that open sentences (`Though she …`): never a
/// name. Sorted, to keep it free of repeats (a `match` on them took 2.9 KB
/// of wasm).
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "all",
    "also",
    "although",
    "amid",
    "an",
    "and",
    "another",
    "anybody",
    "anyone",
    "as",
    "asked",
    "at",
    "because",
    "before",
    "beyond",
    "both",
    "but",
    "by",
    "despite",
    "during",
    "each",
    "earlier",
    "even",
    "every",
    "everybody",
    "everyone",
    "everything",
    "first",
    "for",
    "from",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "instead",
    "it",
    "its",
    "just",
    "last",
    "later",
    "many",
    "maybe",
    "meanwhile",
    "most",
    "mr",
    "mrs",
    "ms",
    "my",
    "next",
    "no",
    "nobody",
    "not",
    "nothing",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "our",
    "over",
    "perhaps",
    "read",
    "said",
    "says",
    "several",
    "she",
    "since",
    "so",
    "some",
    "somebody",
    "someone",
    "something",
    "still",
    "such",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "to",
    "under",
    "unless",
    "until",
    "we",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "with",
    "yes",
    "yet",
    "you",
    "your",
];

/// Whether `lower` is a function word or a day or month name (never a name).
pub(super) fn is_function_word(lower: &str) -> bool {
    function_words().contains(lower) || crate::lexicon::is_calendar_word(lower)
}

/// [`FUNCTION_WORDS`] as a set: every capitalised word is looked up, and
/// one hash lookup costs less than a binary search's eight string compares
/// (which the wasm makes byte by byte).
fn function_words() -> &'static crate::cuelex::WordSet<&'static str> {
    static CELL: std::sync::OnceLock<crate::cuelex::WordSet<&'static str>> =
        std::sync::OnceLock::new();
    crate::cuelex::cached_set(&CELL, || FUNCTION_WORDS.iter().copied().collect())
}
/// Whether a lowercase word is a title that may precede a name.
pub(super) fn is_title(word: &str) -> bool {
    TITLES.contains(&word)
}

const TITLES: &[&str] = &[
    "president",
    "vice",
    "secretary",
    "state",
    "foreign",
    "defense",
    "minister",
    "prime",
    "sen",
    "sen.",
    "senator",
    "rep",
    "rep.",
    "representative",
    "gov",
    "gov.",
    "governor",
    "mayor",
    "dr",
    "dr.",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "gen",
    "gen.",
    "general",
    "former",
    "chief",
    "attorney",
    "democratic",
    "republican",
    "gop",
    "candidate",
    "nominee",
    "speaker",
    "house",
    "senate",
    "majority",
    "minority",
    "leader",
    "chairman",
    "chairwoman",
    "rev",
    "rev.",
    "judge",
    "justice",
    "u.s.",
    "us",
    "russian",
    "american",
    "press",
    "white",
    "spokesman",
    "spokeswoman",
    "campaign",
    "manager",
    "director",
    "adviser",
    "advisor",
    "sheriff",
    "police",
    "commissioner",
    "ambassador",
    "councilwoman",
    "councilman",
    "councillor",
    "councilor",
    "alderman",
    "superintendent",
    "lt.",
    "col.",
    "sgt.",
    "capt.",
];

/// Whether token `t` is a capitalised word that may be part of a name (not a
/// function word, a word that opens sentences or a contraction of one).
pub(super) fn is_capitalised(doc: &Document, t: usize) -> bool {
    doc.tokens[t].kind == TokenKind::Word
        && doc
            .token_text(t)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        // The folded form, before a contraction (`She’s`, `We’ve`, `I’m`).
        && !is_function_word(contracted(doc.folded(t)))
        // `back in May`, `since May`: the month, not Theresa May.
        && !(doc.folded(t) == "may"
            && t > 0
            && crate::lexicon::is_one_of(
                doc.folded(t - 1),
                &["in", "since", "until", "by", "last", "next", "early", "late", "mid", "of"],
            ))
}

/// `she` of `she’s`, `we` of `we've`: a word before a contraction's ending.
fn contracted(folded: &str) -> &str {
    // By bytes, for code size: `'`, or the last byte of `’` (E2 80 99).
    let b = folded.as_bytes();
    let Some(end) = b.iter().position(|&c| c == b'\'' || c == 0x99) else {
        return folded;
    };
    let start = if b[end] == b'\'' {
        end
    } else {
        end.saturating_sub(2)
    };
    match &b[end + 1..] {
        b"s" | b"ve" | b"re" | b"m" | b"ll" | b"d" => folded.get(..start).unwrap_or(folded),
        _ => folded,
    }
}

/// Whether token `t` is a speech verb in `-s` (`Says`, `Calls`, `Denies`).
fn is_speech_verb(doc: &Document, t: usize) -> bool {
    let w = doc.folded(t);
    // (`States` is mostly a noun: `United States`.)
    w.ends_with('s')
        && w != "states"
        && crate::cuelex::categories_lower(w) & crate::cuelex::SPEECH != 0
}

/// Whether paragraph `p` is a title-case headline (`Company Denies Sprinklers
/// Were Off`): there capital letters are style, not evidence of names.
fn is_title_case_headline(doc: &Document, p: usize) -> bool {
    let (s0, s1) = doc.paragraphs[p];
    let (t0, t1) = (doc.sentences[s0].0, doc.sentences[s1 - 1].1);
    // Words opening on a letter, and those on a capital, counted (no list:
    // this runs for every paragraph).
    let (mut words, mut capitalised) = (0, 0);
    for t in t0..t1 {
        let first = doc.token_text(t).chars().next();
        if doc.tokens[t].kind == TokenKind::Word && first.is_some_and(char::is_alphabetic) {
            words += 1;
            capitalised += usize::from(first.is_some_and(char::is_uppercase));
        }
    }
    words >= 3 && capitalised * 10 >= words * 7 && doc.token_text(t1 - 1) != "."
}

/// Every named mention in the document, in text order (none inside title-case
/// headlines).
pub(super) fn named_mentions<'d>(doc: &'d Document) -> Vec<Named<'d>> {
    let mut out = Vec::new();
    let mut t = 0;
    let headlines: Vec<(usize, usize)> = (0..doc.paragraphs.len())
        .filter(|&p| is_title_case_headline(doc, p))
        .map(|p| {
            let (s0, s1) = doc.paragraphs[p];
            (doc.sentences[s0].0, doc.sentences[s1 - 1].1)
        })
        .collect();
    let lower_elsewhere = lowercase_elsewhere(doc);
    while t < doc.tokens.len() {
        if let Some(&(_, end)) = headlines.iter().find(|&&(a, b)| a <= t && t < b) {
            t = end;
            continue;
        }
        if !is_capitalised(doc, t) || is_speech_verb(doc, t) {
            t += 1;
            continue;
        }
        // A capital that only opens the sentence, on a word the article also
        // writes in lower case (`Engineers warned …` beside `the engineers`),
        // is no name.
        let opens_sentence = doc.sentences[doc.sentence_of(t)].0 == t;
        if opens_sentence
            && !(t + 1 < doc.tokens.len() && is_capitalised(doc, t + 1))
            && lower_elsewhere.contains(doc.folded(t))
        {
            t += 1;
            continue;
        }
        let start = t;
        let sentence = doc.sentence_of(t);
        let mut end = t + 1;
        while end < doc.tokens.len() && doc.sentence_of(end) == sentence {
            // A possessor is a name of its own: `Google's | Sundar Pichai`.
            let last = doc.token_text(end - 1);
            if last.ends_with("'s") || last.ends_with("’s") {
                break;
            }
            // `Chris Christie | Calls Hillary Clinton …` in a headline: a
            // speech verb ends the name.
            if is_capitalised(doc, end) && !is_speech_verb(doc, end) {
                end += 1;
            } else if doc.token_text(end) == "."
                && doc.token_text(end - 1).len() == 1
                && end + 1 < doc.tokens.len()
                && doc.sentence_of(end + 1) == sentence
                && is_capitalised(doc, end + 1)
            {
                // A middle initial: `Laurence H. Tribe`.
                end += 2;
            } else {
                // `Ministry of Defense`, and the particles of personal names:
                // `Bill de Blasio`, `Ursula von der Leyen`.
                let joins = |k: usize| {
                    k < doc.tokens.len()
                        && crate::lexicon::is_one_of(
                            doc.token_text(k),
                            &[
                                "of", "for", "de", "da", "di", "del", "van", "von", "der", "bin",
                            ],
                        )
                };
                // Not after a person's name: `Sen. Roy Whitaker | of Arizona`
                // (but `Bank of America`, `Ministry of Defense`).
                let person_before = end - start >= 2
                    && matches!(doc.token_text(end), "of" | "for")
                    && sources::source_type(
                        &doc.text[doc.tokens[start].span.start..doc.tokens[end - 1].span.end],
                    ) == SourceType::Person;
                if person_before {
                    break;
                }
                let mut past = end;
                while joins(past) && past - end < 2 {
                    past += 1;
                }
                if past == end || past >= doc.tokens.len() || !is_capitalised(doc, past) {
                    break;
                }
                end = past + 1;
            }
        }
        out.push(make_named(doc, start, end));
        t = end;
    }
    out
}

/// Which capitalised single words opening a sentence (`Engineers warned …`)
/// the article also writes in lower case somewhere (folded). Only those
/// few words are looked for: a quick filter on length and first letter
/// spares the lookup for almost every other token.
fn lowercase_elsewhere<'d>(doc: &'d Document) -> crate::cuelex::WordSet<&'d str> {
    let key = |w: &str| 1u64 << ((w.len() % 8) * 8 + usize::from(w.as_bytes()[0] % 8));
    let mut wanted = crate::cuelex::WordSet::default();
    let mut filter = 0u64;
    for &(s0, _) in &doc.sentences {
        if is_capitalised(doc, s0) && !(s0 + 1 < doc.tokens.len() && is_capitalised(doc, s0 + 1)) {
            let w = doc.folded(s0);
            filter |= key(w);
            wanted.insert(w);
        }
    }
    let mut found = crate::cuelex::WordSet::default();
    for t in 0..doc.tokens.len() {
        if doc.tokens[t].kind != TokenKind::Word {
            continue;
        }
        let w = doc.folded(t);
        if filter & key(w) != 0
            && wanted.contains(w)
            && doc
                .token_text(t)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        {
            found.insert(w);
        }
    }
    found
}

fn make_named<'d>(doc: &'d Document, start: usize, end: usize) -> Named<'d> {
    let words: Vec<&str> = (start..end)
        .map(|k| {
            let w = doc.folded(k);
            w.strip_suffix("'s").unwrap_or(w)
        })
        .collect();
    let span = doc.span_of(start, end - 1);
    let full = &doc.text[span.start..span.end];
    let mut kind = sources::source_type(full);
    // Strip leading titles when a person's name remains (`Foreign Minister
    // Sergey Lavrov`), up to three modifiers before the title too (`Fire Chief
    // Renata Okafor`, `Colrain Fire Chief Ellen Tobin`, `White House Press
    // Secretary …`); not when an institution remains (`Justice Department`).
    let title_at = |k: usize| is_title(words[k - start]);
    let mut first = start;
    if end - start > 2 && !title_at(start) {
        first = (start + 1..end.min(start + 4))
            .find(|&k| title_at(k))
            .unwrap_or(start);
    }
    // `Secretary of State John Kerry`: `of` between titles is one of them.
    while first + 1 < end
        && (title_at(first)
            || (words[first - start] == "of" && first > start && title_at(first + 1)))
    {
        first += 1;
    }
    let rest = Span::new(doc.tokens[first].span.start, span.end);
    let person_like = first > start
        && matches!(kind, SourceType::Government | SourceType::Person)
        && (first..end).all(|k| !title_at(k))
        && sources::source_type(&doc.text[rest.start..rest.end]) == SourceType::Person;
    if person_like {
        kind = SourceType::Person;
    } else if let Some(k) = person_after_institution(doc, &words, start, end) {
        // `Minister of Education Stefania Giannini`, `Ambassador to the
        // United States Hamdullah Mohib`: the run ends with the person.
        first = k;
        kind = SourceType::Person;
    } else {
        first = start;
    }
    let name_span = Span::new(doc.tokens[first].span.start, span.end);
    let mut name = doc.text[name_span.start..name_span.end].to_string();
    for suffix in ["’s", "'s"] {
        if let Some(n) = name.strip_suffix(suffix) {
            name = n.to_string();
        }
    }
    if first == start && start > 0 && doc.token_text(start - 1).eq_ignore_ascii_case("the") {
        name = format!("the {name}");
    }
    Named {
        span,
        canonical: name.clone(),
        name,
        words,
        kind,
    }
}

/// Words that end the name of an institution or a country (`Ministry of
/// Education`, `the United States`, `Council on American-Islamic Relations`).
/// Sorted, for the binary search.
const INSTITUTION_ENDS: &[&str] = &[
    "affairs",
    "agency",
    "association",
    "authority",
    "board",
    "bureau",
    "commission",
    "committee",
    "council",
    "court",
    "defence",
    "defense",
    "department",
    "education",
    "federation",
    "foundation",
    "health",
    "institute",
    "justice",
    "kingdom",
    "ministry",
    "nations",
    "office",
    "party",
    "relations",
    "security",
    "states",
    "union",
    "university",
];

/// Where a person's two-word name starts when it ends a run right after an
/// institution's or a country's last word (`… Education | Stefania
/// Giannini`, `… United States | Hamdullah Mohib`): the run was a title's
/// institution and the person together, with no comma between them.
fn person_after_institution(
    doc: &Document,
    words: &[&str],
    start: usize,
    end: usize,
) -> Option<usize> {
    let first = end.checked_sub(2).filter(|&k| k > start)?;
    let before = words[first - 1 - start];
    let tail = &doc.text[doc.tokens[first].span.start..doc.tokens[end - 1].span.end];
    (INSTITUTION_ENDS.binary_search(&before).is_ok()
        && (first..end).all(|k| is_capitalised(doc, k))
        && sources::source_type(tail) == SourceType::Person)
        .then_some(first)
}

/// Fills `canonical`: a mention that is the last word(s) of an earlier, longer
/// person name (`Lavrov` after `Sergey Lavrov`), or the first word of an
/// earlier organisation's (`Meridian` after `Meridian Civil Works`), takes
/// that name. Linear: every
/// earlier name registers its word-boundary suffixes in a map.
pub(super) fn link_names(named: &mut [Named]) {
    use crate::cuelex::WordLists;
    // The names, borrowed by the maps while `named` changes. (Word-keyed
    // lists of one entry each: the lexicon table's own map type, one hash
    // table type less in the wasm than a map of owned strings, 0.6 KB.)
    let names: Vec<String> = named.iter().map(|n| n.name.clone()).collect();
    // Suffix → (latest mention of any kind, latest person mention) holding it.
    let mut by_suffix: WordLists<(Option<usize>, Option<usize>)> = WordLists::default();
    // First word → latest organisation name of several words opening with
    // it: `Meridian` after `Meridian Civil Works` (in the first slot).
    let mut by_first: WordLists<(Option<usize>, Option<usize>)> = WordLists::default();
    let entry = |lists: &WordLists<(Option<usize>, Option<usize>)>, key: &str| {
        lists.get(key).map(|l| l[0]).unwrap_or_default()
    };
    for (i, name) in names.iter().enumerate() {
        let found = if name.contains(' ') {
            entry(&by_suffix, name).0
        } else {
            entry(&by_suffix, name).1
        };
        // `Chief Okafor` after `Fire Chief Renata Okafor`: the name without
        // its leading titles names an earlier person.
        let found = found
            .or_else(|| entry(&by_suffix, without_titles(name)?).1)
            .or_else(|| entry(&by_first, name).0);
        if let Some(m) = found {
            let (canonical, kind) = (named[m].canonical.clone(), named[m].kind);
            named[i].canonical = canonical;
            named[i].kind = kind;
        }
        let person = named[i].kind == SourceType::Person;
        if named[i].kind == SourceType::Organization {
            if let Some((first, _)) = name.split_once(' ') {
                set(&mut by_first, first, (Some(i), None));
            }
        }
        for (k, _) in name.match_indices(' ').take(8) {
            let suffix = &name[k + 1..];
            if suffix.is_empty() {
                continue;
            }
            let person_before = entry(&by_suffix, suffix).1;
            set(
                &mut by_suffix,
                suffix,
                (Some(i), if person { Some(i) } else { person_before }),
            );
        }
    }
}

/// Sets the one entry of `key`'s list.
fn set<'w>(
    lists: &mut crate::cuelex::WordLists<'w, (Option<usize>, Option<usize>)>,
    key: &'w str,
    value: (Option<usize>, Option<usize>),
) {
    match lists.get_mut(key) {
        Some(list) => list[0] = value,
        None => lists.push(key, value),
    }
}

/// `name` after its leading title words (`Chief Okafor` → `Okafor`), when
/// it has some and a word remains.
fn without_titles(name: &str) -> Option<&str> {
    let mut rest = name;
    while let Some((first, tail)) = rest.split_once(' ') {
        if !is_title(&crate::case::lowercase(first)) {
            break;
        }
        rest = tail;
    }
    (rest.len() < name.len()).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted() {
        assert!(FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_function_word("though") && is_function_word("the"));
        assert!(!is_function_word("lindqvist"));
        assert!(INSTITUTION_ENDS.windows(2).all(|w| w[0] < w[1]));
    }
}
