//! Verification cues in the text (`data/verification_cues.txt`): the words that
//! say a claim was confirmed, is unverified, is disputed or is false.

use std::sync::OnceLock;

use crate::hedges::patterns::{parse, Lexicon};
use crate::model::{Span, VerificationState};
use crate::segment::Document;

/// One verification cue (byte span, token range, sentence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// The state the words point to.
    pub state: VerificationState,
    /// The cue words (bytes).
    pub span: Span,
    /// Token range `[start, end)`.
    pub tokens: (usize, usize),
    /// Index of the sentence holding the cue.
    pub sentence: usize,
    /// Whether the words are a flat statement of falsity (`false`, `a lie`,
    /// `bogus`): `false` in the author's voice, `disputed` when a party says it.
    pub flat: bool,
    /// Whether the words report a rating (`rated`, `ruled`): the claim that
    /// reports the rating keeps its own state.
    pub rating: bool,
}

fn lexicon() -> &'static Lexicon {
    static CELL: OnceLock<Lexicon> = OnceLock::new();
    crate::hedges::patterns::cached(&CELL, || {
        parse(
            include_str!(concat!(env!("OUT_DIR"), "/verification_cues.txt")),
            |l| state(l).is_some(),
        )
    })
}

fn state(label: &str) -> Option<VerificationState> {
    match label {
        "confirmed" => Some(VerificationState::Confirmed),
        "unverified" => Some(VerificationState::Unverified),
        "disputed" => Some(VerificationState::Disputed),
        "false" => Some(VerificationState::False),
        _ => None,
    }
}

/// Documentary records: what they show confirms a claim (GUIDELINES policies).
pub const RECORDS: &[&str] = &[
    "records",
    "record",
    "documents",
    "document",
    "filings",
    "filing",
    "returns",
    "return",
    "transcript",
    "transcripts",
    "video",
    "videos",
    "footage",
    "tape",
    "tapes",
    "recording",
    "recordings",
    "audit",
    "review",
    "emails",
    "receipts",
    "photos",
    "photographs",
    "images",
    "logs",
    "statements",
    "files",
    "analysis",
    "minutes",
    "clips",
    "documentation",
    "disclosures",
];

const FLAT: &[&str] = &[
    "false",
    "untrue",
    "bogus",
    "baseless",
    "fabricated",
    "fabrication",
    "nonsense",
    "hoax",
    "lie",
    "lies",
    "lying",
    "lied",
    "wrong",
    "incorrect",
    "inaccurate",
    "contrary",
    "case",
    "true",
    "accurate",
    "correct",
    "unfounded",
    "fictitious",
];

/// Words that report a falsity found out (`turned out to be false`), as opposed
/// to a party's flat denial.
const REPORTED_FALSITY: &[&str] = &[
    "turned",
    "turns",
    "proved",
    "proven",
    "proves",
    "debunked",
    "retracted",
    "discredited",
];

/// Hedges that take back the word after them (`supposed lies`).
pub const HEDGED: &[&str] = &[
    "supposed",
    "alleged",
    "so-called",
    "purported",
    "ostensible",
];

/// Verbs of a fact-checker's verdict.
const VERDICT: &[&str] = &[
    "ruled",
    "rated",
    "concluded",
    "determined",
    "judged",
    "deemed",
    "labeled",
    "labelled",
];

/// Words that report a fact-check rating.
const RATING: &[&str] = &["rated", "ruled", "labeled", "labelled", "deemed"];

fn negated_or_modal(words: &[&str], at: usize) -> bool {
    (1..=3).any(|k| {
        at.checked_sub(k).is_some_and(|i| {
            let w = words[i];
            crate::lexicon::is_one_of(
                w,
                &[
                    "not", "never", "no", "neither", "nor", "without", "cannot", "unable", "may",
                    "might", "could", "would", "will", "should", "can", "to",
                ],
            ) && !(w == "may" && is_month(words, i))
                || w.ends_with("n't")
        })
    })
}

/// Whether the `may` at `i` is the month (`in May`, `May 12`, `last May,`):
/// after a preposition or a time word, or before a number or punctuation.
fn is_month(words: &[&str], i: usize) -> bool {
    let before = i.checked_sub(1).map(|b| words[b]);
    let after = words.get(i + 1).copied();
    matches!(
        before,
        Some(
            "in" | "of"
                | "since"
                | "until"
                | "by"
                | "last"
                | "next"
                | "early"
                | "late"
                | "mid"
                | "this"
        )
    ) || after.is_none_or(|w| !w.starts_with(|c: char| c.is_alphabetic()))
}

fn accept(rule: &str, words: &[&str], at: usize) -> bool {
    match rule {
        "plain" => !negated_or_modal(words, at),
        "record" => {
            !negated_or_modal(words, at)
                && (1..=6).any(|k| {
                    at.checked_sub(k)
                        .is_some_and(|i| RECORDS.contains(&words[i]))
                })
        }
        "notto" => words.get(at + 1).is_none_or(|w| *w != "to"),
        // A verdict: a rating verb earlier in the sentence, or the statement
        // itself as the subject (`the statement was true`).
        "verdict" => {
            !negated_or_modal(words, at)
                && (words[..at].iter().any(|w| VERDICT.contains(w))
                    || at.checked_sub(1).is_some_and(|i| {
                        matches!(
                            words[i],
                            "statement" | "statements" | "claim" | "claims" | "assertion"
                        )
                    }))
        }
        // A subject before and nothing after: `the numbers check out.`
        "checkout" => {
            at > 0
                && !negated_or_modal(words, at)
                && words
                    .get(at + 2)
                    .is_none_or(|w| !w.chars().any(char::is_alphanumeric))
        }
        _ => true,
    }
}

fn is_quote_mark(token: &str) -> bool {
    !token.is_empty()
        && token
            .chars()
            .all(|c| matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | '«' | '»' | '`'))
}

/// Every verification cue in the document, in text order (quotation marks
/// inside a cue are skipped).
pub fn find(doc: &Document) -> Vec<Cue> {
    let lex = lexicon();
    let mut cues = Vec::new();
    // One pair of buffers for every sentence, not two new lists each.
    let (mut index, mut words) = (Vec::new(), Vec::new());
    for (s, &(t0, t1)) in doc.sentences.iter().enumerate() {
        // Quotation marks are skipped: `rated it “Mostly True”`.
        index.clear();
        index.extend((t0..t1).filter(|&t| !is_quote_mark(doc.token_text(t))));
        words.clear();
        words.extend(index.iter().map(|&t| doc.folded(t)));
        // `PolitiFact rated 32% of Republican claims as “false”`: a statistic
        // about ratings, no verdict on any one claim (asked only of a
        // sentence with a verdict: most have none).
        let rating_statistic = || {
            words.iter().any(|w| crate::lexicon::is_one_of(w, RATING))
                && words
                    .iter()
                    .any(|w| *w == "%" || *w == "percent" || w.ends_with('%') || *w == "majority")
        };
        let mut i = 0;
        while i < words.len() {
            let hit = lex.best_at(&words, i, |p| p.rule.is_none_or(|r| accept(r, &words, i)));
            let Some(m) = hit else {
                i += 1;
                continue;
            };
            let pattern = lex.pattern(m.pattern);
            let Some(st) = state(pattern.label) else {
                i += 1;
                continue;
            };
            // `his supposed lies`, `the so-called hoax`: the writer hedges the
            // word, it does not call anything false.
            if matches!(st, VerificationState::Disputed | VerificationState::False)
                && m.start > 0
                && HEDGED.contains(&words[m.start - 1])
            {
                i += 1;
                continue;
            }
            if st != VerificationState::Unverified && rating_statistic() {
                i += 1;
                continue;
            }
            let (a, b) = (index[m.start], index[m.end - 1] + 1);
            cues.push(Cue {
                state: st,
                span: doc.span_of(a, b - 1),
                tokens: (a, b),
                sentence: s,
                flat: words[m.start..m.end].iter().any(|w| FLAT.contains(w))
                    && !words[m.start..m.end]
                        .iter()
                        .any(|w| REPORTED_FALSITY.contains(w)),
                rating: pattern.rule == Some("verdict")
                    || words[m.start..m.end].iter().any(|w| RATING.contains(w)),
            });
            i = m.end.max(i + 1);
        }
    }
    cues
}

#[cfg(test)]
mod tests {
    use super::*;

    fn states(text: &str) -> Vec<(VerificationState, String)> {
        let doc = Document::new(text);
        find(&doc)
            .into_iter()
            .map(|c| (c.state, text[c.span.start..c.span.end].to_string()))
            .collect()
    }

    #[test]
    fn negation_changes_the_state() {
        use VerificationState::*;
        assert_eq!(states("Officials confirmed the deaths.")[0].0, Confirmed);
        assert_eq!(
            states("Reuters could not independently confirm the deaths.")[0].0,
            Unverified
        );
        assert_eq!(states("The ministry did not deny it.").len(), 0);
        assert_eq!(states("The campaign denied it.")[0].0, Disputed);
        assert_eq!(states("Tax records show he paid.")[0].0, Confirmed);
        assert_eq!(states("He said he would show us.").len(), 0);
        assert_eq!(states("The reports turned out to be false.")[0].0, False);
        assert_eq!(states("The site rated it “Mostly True.”")[0].0, Confirmed);
        assert_eq!(states("He called it “a hoax.”")[0].0, False);
        assert_eq!(
            states("He fact-checks her supposed “lies” daily.")[0].0,
            Unverified
        );
        assert_eq!(
            states("The mayor called it total political crap.")[0].0,
            Disputed
        );
        assert_eq!(states("Those figures are 100 percent wrong.")[0].0, False);
        // A rating that stops at `mostly` is not a verdict of false.
        assert!(states("Most were rated as mostly or entirely true.")
            .iter()
            .all(|(s, _)| *s != False));
        assert_eq!(states("It was rated Mostly False.")[0].0, False);
        assert_eq!(
            states("There are conflicting accounts of the crash.")[0].0,
            Unverified
        );
        assert_eq!(
            states("It may take several days to determine the cause.")[0].0,
            Unverified
        );
        assert_eq!(
            states("The site ruled that her statement about the budget is “true.”")[0].0,
            Confirmed
        );
        assert!(states("It is true that we met.").is_empty());
        assert_eq!(
            states("A bomb went off and nobody knows exactly what’s going on.")[0].0,
            Unverified
        );
        // Two-word alternatives (`the case`) sit on lines of their own.
        // A flat `not true` is a falsity word (a party saying it disputes:
        // `vote.rs`).
        assert_eq!(states("That is simply not true.")[0].0, False);
        assert_eq!(states("That wasn't true.")[0].0, False);
        assert_eq!(states("Is it true?").len(), 0);
        assert_eq!(
            states("He assumed so, but that wasn't the case.")[0],
            (False, "that wasn't the case".to_string())
        );
        assert_eq!(states("The figure is in fact true.")[0].0, Confirmed);
        assert!(states("Polls show a close contest in the state.").is_empty());
        assert_eq!(states("Democrats contest the findings.")[0].0, Disputed);
        // Shares of ratings are statistics, not verdicts.
        assert!(states("The site rated 32% of his claims as “false.”").is_empty());
        assert!(states("A majority of her statements were rated as mostly false.").is_empty());
    }
}
