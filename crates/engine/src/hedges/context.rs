//! Context checks that tell a hedge from its look-alikes: `May` the month,
//! `could` of past ability, `about` a topic, `some` as a plain quantity, `appeared
//! on television`, `think tank`, `the suspect`, `as soon as possible`.
//!
//! Each check sees the sentence's lower-cased words, the original words (for
//! capitals) and the token index of the cue's first word.

/// The words of one sentence, lower-cased and as written.
pub struct Sentence<'s> {
    /// Lower-cased, with `’` folded to `'`.
    pub lower: &'s [&'s str],
    /// As written.
    pub raw: &'s [&'s str],
}

impl Sentence<'_> {
    /// The lower-cased word at `i` (empty past the end).
    pub(crate) fn word(&self, i: usize) -> &str {
        self.lower.get(i).copied().unwrap_or("")
    }

    /// The lower-cased word `back` places before `at` (empty before the start).
    pub(crate) fn prev(&self, at: usize, back: usize) -> &str {
        at.checked_sub(back).map_or("", |i| self.word(i))
    }

    /// Whether the word at `i` starts with a capital letter.
    pub(crate) fn is_capitalized(&self, i: usize) -> bool {
        self.raw
            .get(i)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    }
}

/// Determiners and possessives that make a noun phrase specific.
pub(crate) const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "whose", "another", "one", "any", "no", "every", "each", "some",
];

const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "dozen",
    "dozens",
    "half",
    "third",
    "quarter",
    "score",
];

/// Whether the word is a number (`300`, `1,500`, `3.5`, `twenty`, `dozen`).
pub fn is_number(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_ascii_digit()) || NUMBER_WORDS.contains(&word)
}

/// Whether a number follows `at` (after an optional currency sign or `a`/`an`).
fn number_follows(s: &Sentence, at: usize) -> bool {
    let mut i = at + 1;
    if matches!(s.word(i), "$" | "€" | "£" | "a" | "an" | "us$") {
        i += 1;
    }
    is_number(s.word(i))
}

/// Rough plural test for the head noun after a quantifier.
pub fn looks_plural(word: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "people",
        "men",
        "women",
        "children",
        "police",
        "staff",
        "media",
        "data",
        "criteria",
        "phenomena",
        "clergy",
        "cattle",
        "personnel",
        "folk",
        "youth",
        "others",
    ];
    if IRREGULAR.contains(&word) {
        return true;
    }
    word.len() >= 4
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
        && !word.ends_with("'s")
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// Words that can sit between a quantifier and its noun: capitalised words and
/// words with adjective endings.
fn looks_modifier(s: &Sentence, i: usize) -> bool {
    const SUFFIXES: &[&str] = &[
        "al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ent", "ant", "ary", "ed", "ing",
        "ish", "ern", "ese", "ian", "ical", "ular", "ior", "est", "er", "ly",
    ];
    let w = s.word(i);
    !w.is_empty()
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && (s.is_capitalized(i) || SUFFIXES.iter().any(|x| w.ends_with(x)))
}

/// Whether the quantifier at `at` quantifies a plural noun (or `of …`), scanning
/// past a few modifiers: `some historians`, `some Modern Orthodox theologians`.
fn quantifies_plural(s: &Sentence, at: usize) -> bool {
    for i in at + 1..at + 5 {
        let w = s.word(i);
        if w == "of" || looks_plural(w) {
            return true;
        }
        if !looks_modifier(s, i) {
            return false;
        }
    }
    false
}

/// A modal in a purpose or ability clause: `so that we may`, `as soon as they
/// could`, `where it could`.
fn purpose_clause(s: &Sentence, at: usize) -> bool {
    let prev = s.prev(at, 1);
    let pronoun = matches!(prev, "i" | "we" | "he" | "she" | "they" | "you" | "it");
    // `so that` within the few words before the modal.
    let so_that = (1..6).any(|k| s.prev(at, k) == "that" && s.prev(at, k + 1) == "so");
    matches!(prev, "so" | "where" | "until" | "whenever")
        || so_that
        || (pronoun && s.prev(at, 2) == "as")
}

/// Runs the named check for the cue starting at token `at`. Unknown rule names
/// accept (a typo in the lexicon must not silently drop cues).
pub fn accept(rule: &str, s: &Sentence, at: usize) -> bool {
    let next = s.word(at + 1);
    let prev = s.prev(at, 1);
    match rule {
        // Capitalised `May` inside a sentence is the month or a name; at the start
        // of a sentence it is the month when a date follows.
        "may" => {
            let capital = s.is_capitalized(at) && s.raw.get(at).is_some_and(|w| *w != "MAY");
            // Sentence-initial `May` followed by a verb-like word is the modal.
            let initial_modal =
                at == 0 && !is_number(next) && next != "," && !s.is_capitalized(at + 1);
            if capital && !initial_modal {
                return false;
            }
            !(super::generic::root_modal(s, at) || purpose_clause(s, at))
        }
        // `might` as a noun: `military might`, `with all his might`.
        "might" => {
            !(DETERMINERS.contains(&prev)
                || crate::lexicon::is_one_of(
                    prev,
                    &[
                        "military",
                        "economic",
                        "naval",
                        "financial",
                        "industrial",
                        "full",
                        "all",
                        "with",
                        "of",
                        "air",
                        "great",
                    ],
                ))
        }
        // `could` of past ability or purpose: `could not`, `so that he could`,
        // `could see`, `as soon as they could`.
        "could" => {
            const ABILITY: &[&str] = &[
                "not",
                "n't",
                "never",
                "hardly",
                "barely",
                "only",
                "see",
                "hear",
                "feel",
                "smell",
                "afford",
                "understand",
                "remember",
                "read",
                "speak",
                "walk",
                "swim",
                "still",
                "easily",
                "no",
                "longer",
            ];
            let purpose = purpose_clause(s, at);
            !(ABILITY.contains(&next)
                || purpose
                || next == "."
                || next.is_empty()
                || super::generic::root_modal(s, at))
        }
        // Hypothetical `would`, not the future-in-the-past of reported speech
        // (`he said he would resign`), a habit (`he would often`) or a wish.
        "would" => {
            const REPORTING: &[&str] = &[
                "said",
                "says",
                "told",
                "announced",
                "added",
                "promised",
                "vowed",
                "warned",
                "insisted",
                "predicted",
                "pledged",
                "declared",
                "stated",
                "wrote",
                "knew",
                "decided",
                "agreed",
                "expected",
                "hoped",
                "planned",
                "indicated",
                "confirmed",
            ];
            let reported = (1..8).any(|k| REPORTING.contains(&s.prev(at, k)));
            !(reported
                || matches!(
                    next,
                    "like" | "rather" | "often" | "later" | "eventually" | "never"
                )
                || matches!(next, "go" | "become") && s.word(at + 2) == "on")
        }
        // Rounders need a number: `about 300`, `some $5 million`, `around half`.
        "number" => number_follows(s, at),
        // `some`: a number (approximator), a plural or `of` (vague quantity),
        // `some sort of`; not a plain quantity of a mass noun (`some bread`).
        "some" => {
            if matches!(
                next,
                "sort" | "kind" | "form" | "type" | "degree" | "extent" | "way" | "ways"
            ) {
                return true;
            }
            const PRONOMINAL: &[&str] = &[
                "are", "were", "have", "had", "will", "would", "may", "might", "can", "could",
                "also", "even", "still", "at", "in", "do", "did", "say", "think", "even",
            ];
            if PRONOMINAL.contains(&next) || next == "," || next.is_empty() {
                return !matches!(prev, "for" | "to" | "with");
            }
            quantifies_plural(s, at) || super::generic::vague_some(s, at)
        }
        // `that estimate was probably too high` points back at a figure; the
        // approximation is hedged where the figure is given.
        "estimate" => !matches!(prev, "that" | "this" | "those" | "these"),
        // `so many`, `too many` are still vague quantities; `as many` compares.
        "many" => !matches!(prev, "how" | "as"),
        "most" => {
            !(DETERMINERS.contains(&prev) || matches!(prev, "at" | "'s"))
                && (next == "of" || quantifies_plural(s, at))
        }
        // `a kind of bird` is a noun; `kind of strange` hedges.
        "kindof" => {
            !(DETERMINERS.contains(&prev)
                || matches!(
                    prev,
                    "what" | "same" | "which" | "whatever" | "all" | "that's"
                ))
        }
        // `appeared on television` / `appeared in court` is showing up.
        "appear" => {
            const SHOWING_UP: &[&str] = &[
                "in",
                "on",
                "at",
                "before",
                "onstage",
                "with",
                "alongside",
                "together",
                "for",
                "live",
                "briefly",
                "again",
                "during",
                "from",
                "inside",
                "outside",
                "opposite",
                "under",
                "via",
                "through",
                "into",
                "behind",
                "near",
                "next",
                "here",
                "there",
                "publicly",
                "twice",
                "once",
                "anywhere",
                "everywhere",
                "somewhere",
                "only",
                "",
            ];
            if next == "as" {
                return matches!(s.word(at + 2), "if" | "though");
            }
            !SHOWING_UP.contains(&next) && next.chars().any(char::is_alphanumeric)
        }
        "believe" => {
            !(matches!(prev, "can't" | "cannot" | "couldn't")
                || super::generic::believe_in(s, at)
                || (prev == "to" && matches!(s.prev(at, 2), "hard" | "difficult"))
                || (next == "it" && s.word(at + 2) == "or"))
        }
        "think" => !matches!(next, "tank" | "tanks" | "about" | "of" | "twice" | "again"),
        "thought" => {
            !(DETERMINERS.contains(&prev)
                || matches!(
                    next,
                    "of" | "about"
                        | "process"
                        | "processes"
                        | "experiment"
                        | "leader"
                        | "leaders"
                        | "police"
                )
                || matches!(
                    prev,
                    "political" | "economic" | "religious" | "critical" | "free"
                ))
        }
        // `the suspect`, `suspects were arrested`: the noun.
        "suspect" => {
            let word = s.word(at);
            if word == "suspected" || word == "suspecting" {
                return true;
            }
            crate::lexicon::is_one_of(
                prev,
                &[
                    "i",
                    "we",
                    "they",
                    "he",
                    "she",
                    "you",
                    "also",
                    "strongly",
                    "police",
                    "officials",
                    "investigators",
                    "authorities",
                    "experts",
                    "who",
                ],
            ) || next == "that"
        }
        "assume" => {
            crate::lexicon::is_one_of(
                next,
                &[
                    "that", "to", "it", "he", "she", "they", "we", "i", "you", "this",
                ],
            ) || matches!(
                prev,
                "is" | "are" | "was" | "were" | "be" | "been" | "widely"
            )
        }
        "doubt" => !matches!(prev, "no" | "without" | "beyond" | "little"),
        "claimed" => {
            !crate::lexicon::is_one_of(
                next,
                &[
                    "responsibility",
                    "victory",
                    "credit",
                    "lives",
                    "life",
                    "title",
                    "titles",
                    "seat",
                    "seats",
                    "gold",
                    "silver",
                    "bronze",
                    "ownership",
                    "asylum",
                    "benefits",
                    "compensation",
                    "damages",
                    "the",
                    "his",
                    "her",
                    "their",
                ],
            ) || matches!(
                s.word(at + 2),
                "was" | "is" | "were" | "had" | "would" | "of"
            )
        }
        "apparent" => prev != "heir",
        // `more likely to` / `less likely to` compares tendencies in the world
        // (`a species is more likely to practice monogamy`); it does not soften
        // the writer's statement.
        "likely" => !(matches!(prev, "more" | "less") && next == "to"),
        // `certain` as a vague determiner (`certain groups`), not `it is certain`.
        "plural" => quantifies_plural(s, at),
        // The verb `claim(s)`, not the noun: `they claim that`.
        "claimverb" => {
            next == "that"
                || matches!(
                    prev,
                    "i" | "we" | "they" | "he" | "she" | "also" | "still" | "who"
                )
        }
        "possible" => !crate::lexicon::is_one_of(
            prev,
            &[
                "as", "made", "make", "makes", "making", "best", "worst", "only", "highest",
                "lowest", "greatest", "fastest", "earliest", "every", "all",
            ],
        ),
        "supposed" => next != "to",
        // `often called X`, `commonly known as`: a name in use, not a weasel.
        "notnaming" => !super::generic::naming(s, at + 1),
        _ => true,
    }
}
