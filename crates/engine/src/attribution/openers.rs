//! A sentence opened by a participle of citing: `Citing an unfounded
//! conspiracy theory, Trump accused …`, `Quoting a Pentagon report, the
//! senator said …`. The phrase before the comma is what the main clause's
//! subject cites (PolNeAR marks `Citing` as the cue and the noun phrase as
//! its content); the tagger rarely tags a cue at the very start of a
//! sentence.

use crate::model::{Claim, Span};
use crate::segment::{Document, TokenKind};

/// Participles that open such a sentence.
const OPENERS: &[&str] = &["citing", "quoting"];
/// Pronouns that can be the main clause's subject.
const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it"];
/// Finite verbs that may follow the subject.
const FINITE: &[&str] = &[
    "said", "says", "told", "has", "have", "had", "is", "was", "were", "are", "will", "would",
    "wrote", "writes", "made", "makes", "took", "takes",
];
/// Longest cited phrase, in tokens.
const MAX_PHRASE: usize = 20;

/// Adds a claim for every sentence opened this way whose cue no claim holds,
/// and the source to such a claim found without one.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for &(s0, s1) in &doc.sentences {
        let Some((source, cue, content)) = opened(doc, s0, s1) else {
            continue;
        };
        match claims.iter().position(|c| c.touches(&cue)) {
            // The tagger found the cue but not who cites.
            Some(i) => {
                if claims[i].source.spans.is_empty() {
                    claims[i].source.spans = source.into_iter().collect();
                }
            }
            None if claims.iter().any(|c| c.touches(&content)) => {}
            None => claims.push(Claim::new(
                source.into_iter().collect(),
                vec![cue],
                vec![content],
            )),
        }
    }
}

/// `(source, cue, content)` of sentence `s0..s1` opened by `Citing X, S …`.
fn opened(doc: &Document, s0: usize, s1: usize) -> Option<(Option<Span>, Span, Span)> {
    let mut c = s0;
    while c < s1 && doc.tokens[c].kind != TokenKind::Word {
        c += 1;
    }
    if c + 3 >= s1
        || !OPENERS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(doc.token_text(c)))
    {
        return None;
    }
    let comma = (c + 2..s1.min(c + 2 + MAX_PHRASE)).find(|&k| doc.token_text(k) == ",")?;
    // The main clause's subject: a run of capitalised words or a pronoun.
    let a = comma + 1;
    let mut b = a;
    while b < s1
        && (doc
            .token_text(b)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            || (doc.token_text(b) == "." && b > a))
    {
        b += 1;
    }
    // The run must end the subject: a verb or an adverb follows (`Trump
    // repeatedly accused`, not `U.S. officials have`).
    let verbish = |t: usize| {
        let w = doc.token_text(t);
        t < s1
            && w.chars().next().is_some_and(char::is_lowercase)
            && (w.ends_with("ly")
                || w.ends_with("ed")
                || FINITE.iter().any(|f| f.eq_ignore_ascii_case(w)))
    };
    let source = if b > a && verbish(b) {
        Some(doc.span_of(a, b - 1))
    } else if a < s1
        && verbish(a + 1)
        && PRONOUNS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(doc.token_text(a)))
    {
        Some(doc.tokens[a].span)
    } else {
        None
    };
    Some((source, doc.tokens[c].span, doc.span_of(c + 1, comma - 1)))
}
