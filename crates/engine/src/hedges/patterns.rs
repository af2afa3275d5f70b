//! Cue pattern lists (`data/hedge_cues.txt`, `data/verification_cues.txt`) and
//! matching them against the lower-cased tokens of a sentence.
//!
//! A line is `LABEL ELEMENT … [@rule]`; an element is one token, `a|b|c` for
//! alternatives, and a leading `?` makes it optional.

use std::sync::OnceLock;

use crate::cuelex::WordLists;

use crate::model::HedgeCategory;

/// One element of a pattern: the words it accepts, and whether it may be left out.
#[derive(Debug)]
struct Element {
    words: Vec<&'static str>,
    optional: bool,
}

/// One cue pattern.
#[derive(Debug)]
pub struct Pattern {
    /// The line's label (a hedge category name, a verification state, …).
    pub label: &'static str,
    elements: Vec<Element>,
    /// Name of the context check (`may`, `could`, `number`, …), if any.
    pub rule: Option<&'static str>,
}

/// All patterns, indexed by the words their first element accepts.
pub struct Lexicon {
    patterns: Vec<Pattern>,
    /// The patterns each first word opens, in pattern order.
    by_first: WordLists<'static, usize>,
}

/// The hedge category of a label of `hedge_cues.txt`.
pub fn category(name: &str) -> Option<HedgeCategory> {
    Some(match name {
        "modal" => HedgeCategory::Modal,
        "verb" => HedgeCategory::EpistemicVerb,
        "adverb" => HedgeCategory::EpistemicAdverb,
        "approx" => HedgeCategory::Approximator,
        "shield" => HedgeCategory::Shield,
        "negcert" => HedgeCategory::NegatedCertainty,
        "cond" => HedgeCategory::Conditional,
        _ => return None,
    })
}

/// Parses a pattern list (lines whose label `accept` rejects are skipped).
pub fn parse(source: &'static str, accept: fn(&str) -> bool) -> Lexicon {
    let mut patterns = Vec::new();
    let mut by_first = WordLists::default();
    for line in crate::lexicon::lines(source) {
        let mut fields = line.split_whitespace();
        let Some(label) = fields.next().filter(|l| accept(l)) else {
            continue;
        };
        let mut elements = Vec::new();
        let mut rule = None;
        for field in fields {
            if let Some(name) = field.strip_prefix('@') {
                rule = Some(name);
            } else {
                let (optional, body) = match field.strip_prefix('?') {
                    Some(rest) => (true, rest),
                    None => (false, field),
                };
                elements.push(Element {
                    words: body.split('|').filter(|w| !w.is_empty()).collect(),
                    optional,
                });
            }
        }
        // The first element is never optional: it anchors the match.
        let Some(first) = elements.first() else {
            continue;
        };
        let index = patterns.len();
        for word in &first.words {
            by_first.push(word, index);
        }
        patterns.push(Pattern {
            label,
            elements,
            rule,
        });
    }
    Lexicon { patterns, by_first }
}

/// The parsed hedge lexicon (parsed once).
pub fn lexicon() -> &'static Lexicon {
    static CELL: OnceLock<Lexicon> = OnceLock::new();
    cached(&CELL, || {
        parse(
            include_str!(concat!(env!("OUT_DIR"), "/hedge_cues.txt")),
            |l| category(l).is_some(),
        )
    })
}

/// The lexicon in `cell`, parsed by `build` on first use: one copy of
/// `OnceLock`'s initialisation in the wasm for the hedge and the
/// verification lexicons.
#[inline(never)]
pub fn cached(cell: &'static OnceLock<Lexicon>, build: fn() -> Lexicon) -> &'static Lexicon {
    cell.get_or_init(build)
}

/// A pattern matched at a token: the pattern and the tokens it covers.
#[derive(Debug, Clone, Copy)]
pub struct Match {
    /// Index of the pattern in the lexicon.
    pub pattern: usize,
    /// First token covered.
    pub start: usize,
    /// Token just past the match.
    pub end: usize,
}

impl Lexicon {
    /// The pattern with index `i`.
    pub fn pattern(&self, i: usize) -> &Pattern {
        &self.patterns[i]
    }

    /// The best match at token `at` of `words` (which ends at the sentence
    /// end) whose pattern `accept`s it: the longest, then the earliest
    /// pattern. No list is built (this runs for every token of every
    /// sentence), and `accept` is asked only of matches that would beat the
    /// best one so far.
    pub fn best_at(
        &self,
        words: &[&str],
        at: usize,
        accept: impl Fn(&Pattern) -> bool,
    ) -> Option<Match> {
        let candidates = words.get(at).and_then(|w| self.by_first.get(w))?;
        let mut best: Option<Match> = None;
        // Candidates come in pattern order, so at equal length the one found
        // first wins.
        for &p in candidates {
            // The candidates' first element holds `words[at]`: a required
            // one (as parsed lines have) is not tested again.
            let elements = self.patterns[p].elements.as_slice();
            let found = match elements.split_first() {
                Some((first, rest)) if !first.optional => match_elements(rest, words, at + 1),
                _ => match_elements(elements, words, at),
            };
            let Some(end) = found else {
                continue;
            };
            if best.is_some_and(|b| b.end >= end) || !accept(&self.patterns[p]) {
                continue;
            }
            best = Some(Match {
                pattern: p,
                start: at,
                end,
            });
        }
        best
    }
}

/// Matches `elements` at `at`; returns the end of the longest match. Optional
/// elements are tried both ways (patterns are short, so this stays cheap).
fn match_elements(elements: &[Element], words: &[&str], at: usize) -> Option<usize> {
    let Some((first, rest)) = elements.split_first() else {
        return Some(at);
    };
    // `is_one_of`: length and first byte before a comparison by call.
    let here = words
        .get(at)
        .is_some_and(|w| crate::lexicon::is_one_of(w, &first.words));
    let taken = if here {
        match_elements(rest, words, at + 1)
    } else {
        None
    };
    let skipped = if first.optional {
        match_elements(rest, words, at)
    } else {
        None
    };
    taken.max(skipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        s.split(' ').collect()
    }

    #[test]
    fn optional_elements_and_longest_match() {
        let lex = lexicon();
        let w = words("it is widely believed that");
        let m = lex.best_at(&w, 0, |_| true).unwrap();
        assert_eq!(m.end, 4);
        assert_eq!(
            category(lex.pattern(m.pattern).label),
            Some(HedgeCategory::Shield)
        );
        let w = words("officials could not independently confirm it");
        let m = lex.best_at(&w, 1, |_| true).unwrap();
        assert_eq!(m.end, 5);
    }

    #[test]
    fn every_line_parses() {
        let lex = lexicon();
        assert!(lex.patterns.len() > 60);
        assert!(lex.patterns.iter().all(|p| !p.elements.is_empty()));
    }
}
