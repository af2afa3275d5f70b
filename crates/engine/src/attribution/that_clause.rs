//! `We hypothesized that …`, `Daniel realised that …`, `The results show
//! that …`: a subject, a verb of saying, believing or evidence and `that`
//! opening a clause make an attribution even where the tagger, trained on
//! news, finds none (stances in papers, biographies and talk). The clause to
//! the sentence's end is the content. A pronoun and a verb of believing take a
//! clause without `that` when it opens with its own subject (`she believed
//! the rules helped`), and a verb of knowing a question clause (`I didn't
//! know what it did`).

use crate::cuelex;
use crate::model::{Claim, Span};
use crate::segment::Document;

use super::source_phrase::{left_start, np_word};
use super::subject::{is_word, lower_is, lowercase};
use super::wordclass;

/// Words that open a question clause (`know what it did`).
pub(super) const QUESTION_WORDS: &[&str] = &["what", "why", "where", "how", "whether", "if"];

/// Words besides [`crate::lexicon::AUXILIARIES`] between a subject and its verb
/// (`we also showed`, `she didn't believe`).
pub(super) const BEFORE_VERB: &[&str] = &[
    "also",
    "not",
    "famously",
    "ultimately",
    "really",
    "further",
    "don't",
    "didn't",
    "doesn't",
    "can't",
];

/// Words that open a clause after `that` (`that the`, `that it`, `that in`),
/// against `that` as a determiner (`said that day`).
const CLAUSE_OPENERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "there", "it", "he", "she", "they", "we", "i",
    "you", "his", "her", "their", "its", "our", "my", "no", "all", "some", "many", "most", "every",
    "each", "in", "if", "when", "while", "although", "because", "despite", "as", "for", "by",
    "after", "before", "at", "only", "even", "not", "such", "both", "one", "any",
];

/// Adds a claim for every `SUBJECT VERB that CLAUSE` whose verb is in no
/// claim's source and whose verb and clause hold no claim's cue.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for &(s0, s1) in &doc.sentences {
        // The clause runs to the sentence's last word.
        let mut end = s1;
        while end > s0 && !is_word(doc, end - 1) {
            end -= 1;
        }
        for v in s0 + 1..end.saturating_sub(2) {
            // Every clause opener here (`that`, `the`, `it`, `we`, `he`,
            // `she`, `how`, …) starts with one of these letters or is a
            // gerund: a cheap test that skips most words.
            let first = doc.folded(v + 1).as_bytes().first();
            if !matches!(first, Some(b't' | b'i' | b'w' | b'h' | b's'))
                && !doc.folded(v + 1).ends_with("ing")
            {
                continue;
            }
            let Some(source) = found(doc, s0, v) else {
                continue;
            };
            let verb = doc.tokens[v].span;
            let content = doc.span_of(v + 1, end - 1);
            let reach = Span::new(verb.start, content.end);
            // Inside another claim's content it is a nested claim; one whose
            // content holds another claim's cue would wrap that claim; a
            // clause already another claim's content (`The mayor wrote in a
            // blog | post that …`) is that claim's.
            let held = |c: &Claim| {
                c.source.spans.iter().any(|s| s.overlaps(&verb))
                    || c.cue.spans.iter().any(|s| s.overlaps(&reach))
                    || c.content.spans.iter().any(|s| s.start == content.start)
            };
            if !claims.iter().any(held) {
                claims.push(Claim::new(vec![source], vec![verb], vec![content]));
            }
        }
    }
}

/// The source of the verb at token `v` of the sentence starting at `s0`, if
/// it is the cue of such a claim.
fn found(doc: &Document, s0: usize, v: usize) -> Option<Span> {
    if !lowercase(doc, v) {
        return None;
    }
    if !wordclass::is(doc, v + 1, wordclass::THAT) {
        return bare(doc, s0, v);
    }
    let after = v + 2;
    let opens = lower_is(doc, after, CLAUSE_OPENERS)
        || (is_word(doc, after) && !lowercase(doc, after))
        || doc
            .token_text(after)
            .starts_with(|c: char| c.is_ascii_digit());
    let lower = doc.folded(v);
    let verb =
        cuelex::categories_lower(lower) & (cuelex::SPEECH | cuelex::BELIEF | cuelex::EVIDENCE) != 0
            || cuelex::THAT_VERBS.contains(&lower);
    if !opens || !verb || lower.ends_with("ing") {
        return None;
    }
    // The subject: the word before the verb and its auxiliaries.
    let mut h = v - 1;
    while h > s0 && wordclass::is(doc, h, wordclass::BEFORE_VERB) {
        h -= 1;
    }
    if lower_is(doc, h, &["i", "we", "he", "she", "they", "you"]) {
        Some(doc.tokens[h].span)
    } else if np_word(doc, h)
        && !wordclass::is(doc, h, wordclass::PRONOUN_SOURCES)
        && !lowercase_verbish(doc, h)
    {
        let a = left_start(doc, h).unwrap_or(h);
        Some(doc.span_of(a, h))
    } else {
        None
    }
}

/// A lowercase word before the verb that is itself a verb form (`to`,
/// `was`), not a noun heading the subject.
fn lowercase_verbish(doc: &Document, h: usize) -> bool {
    lowercase(doc, h)
        && lower_is(
            doc,
            h,
            &[
                "to", "is", "was", "are", "were", "be", "been", "being", "and", "or", "but", "who",
                "which", "what", "also",
            ],
        )
}

/// `Memon said she believed the movement helped`, `they say they can't`: a
/// pronoun and a verb of believing (or `say`) whose clause opens with its own
/// subject (bare, or `he’s`, `it's`, or a gerund: `he believes changing
/// it helps`), without `that`.
fn bare(doc: &Document, s0: usize, v: usize) -> Option<Span> {
    // The clause's subject, bare or with a contracted verb (`he’s`, `that's`).
    let folded = doc.folded(v + 1);
    let next = folded.split('\'').next().unwrap_or(folded);
    let contracted = next.len() < folded.len();
    let subject = ["i", "we", "he", "she", "they", "there", "the", "it", "that"].contains(&next)
        && (contracted || (next != "it" && next != "that"))
        || next.len() > 5 && next.ends_with("ing");
    // `I didn't even know what it did`: a question clause after a verb of
    // knowing, past auxiliaries and negations.
    let question = wordclass::is(doc, v + 1, wordclass::QUESTION_WORDS);
    // Cheap tests first: this runs on every word.
    if !subject && !question {
        return None;
    }
    let mut h = v.checked_sub(1).filter(|&h| h >= s0)?;
    if question {
        while h > s0 && wordclass::is(doc, h, wordclass::BEFORE_VERB) {
            h -= 1;
        }
    }
    if !lower_is(doc, h, &["i", "we", "he", "she", "they"]) {
        return None;
    }
    let believing = cuelex::categories_lower(doc.folded(v)) & cuelex::BELIEF != 0;
    let saying = lower_is(doc, v, &["say", "says", "said"]);
    if !(believing || saying && !question) {
        return None;
    }
    Some(doc.tokens[h].span)
}
