//! An attribution set inside its own content: `Loyalty, he noted, is what
//! Trump prizes most.` The words before the source are the content's
//! subject, so they are its first piece (PolNeAR marks `Loyalty` | `is what
//! …`); the tagger usually finds only the predicate after the cue. On
//! PolNeAR dev the engine had 6 such claims without the subject piece, all 6
//! with the gold content holding it.
//!
//! The inverted form, `The plan, said the mayor, would cut commute times.`,
//! the tagger mostly misreads (the subject as the source, or `would` as a
//! cue): [`inverted`] builds those claims from the shape alone.

use crate::model::{Claim, KeepWith, Span};
use crate::segment::{Document, TokenKind};

use super::subject::{capitalised, is_word, last_word, lower_is};

/// Finite verbs that open the predicate right after `, CUE ,` (and that show
/// a `that` clause was cut off at its subject, [`super::fixes::cut_clauses`]).
pub const FINITE: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "must", "does", "did", "do", "remains",
];

/// Longest subject piece, in tokens.
const MAX_SUBJECT: usize = 20;

/// Adds the subject piece to every claim of that shape that lacks it.
pub fn apply(doc: &Document, claims: &mut [Claim]) {
    let held: Vec<Span> = claims.iter().flat_map(Claim::role_spans).copied().collect();
    for claim in claims.iter_mut() {
        let (Some(&src), Some(&cue), Some(&first)) = (
            claim.source.spans.first(),
            claim.cue.spans.last(),
            claim.content.spans.first(),
        ) else {
            continue;
        };
        let Some(subject) = subject_before(doc, src, cue) else {
            continue;
        };
        if first.start >= src.start {
            if held.iter().any(|h| h.overlaps(&subject)) {
                continue;
            }
            claim.content.spans.insert(0, subject);
        } else if first != subject {
            continue;
        }
        // The predicate runs to the sentence's end (`is the greatest threat
        // | facing the world, as well as …`: the tagger stops early), when
        // no other claim holds the rest, less what the writer adds (`,
        // although …`).
        if let Some(last) = claim.content.spans.last_mut() {
            let end = sentence_end(doc, last.end);
            let rest = Span::new(last.end, end);
            // (Not past a full stop the segmenter ran over: `''widen the
            // conversation.''  Isa …`.)
            let stop = doc.text[rest.start..rest.end]
                .chars()
                .any(|c| matches!(c, '.' | '!' | '?' | '"' | '\'' | '“' | '”' | '’' | '\n'));
            if end > last.end && !stop && !held.iter().any(|h| h.overlaps(&rest)) {
                last.end = end;
                super::content::cut_piece(doc, last);
            }
        }
    }
}

/// The end of the last word of the sentence holding byte `at` (before its
/// closing punctuation); `at` itself when a quotation mark comes first.
fn sentence_end(doc: &Document, at: usize) -> usize {
    let t = doc.token_at(at);
    if t >= doc.tokens.len() {
        return at;
    }
    let (_, s1) = doc.sentences[doc.sentence_of(t)];
    if (t..s1).any(|k| doc.tokens[k].kind == TokenKind::Quote) {
        return at;
    }
    last_word(doc, t, s1).map_or(at, |e| doc.tokens[e].span.end)
}

/// The sentence's opening words up to `, SOURCE CUE , FINITE`, when the
/// source and cue are set off that way.
fn subject_before(doc: &Document, src: Span, cue: Span) -> Option<Span> {
    let s = doc.tokens.partition_point(|t| t.span.start < src.start);
    let c = doc.tokens.partition_point(|t| t.span.start < cue.end);
    if s == 0 || c + 1 >= doc.tokens.len() || doc.token_text(s - 1) != "," {
        return None;
    }
    if doc.token_text(c) != ","
        || !FINITE
            .iter()
            .any(|w| w.eq_ignore_ascii_case(doc.token_text(c + 1)))
    {
        return None;
    }
    let comma = s - 1;
    let (s0, _) = doc.sentences[doc.sentence_of(comma)];
    let mut a = s0;
    while a < comma && doc.tokens[a].kind == TokenKind::Punct {
        a += 1;
    }
    if a >= comma || comma - a > MAX_SUBJECT || (a..comma).any(|t| doc.token_text(t) == ",") {
        return None;
    }
    Some(doc.span_of(a, comma - 1))
}

/// Speech verbs that open an inverted parenthetical (`, said the mayor,`).
const INVERTED_CUES: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "noted",
    "notes",
    "explained",
    "argued",
    "insisted",
    "warned",
    "wrote",
    "writes",
    "acknowledged",
    "conceded",
    "cautioned",
    "predicted",
    "countered",
    "maintained",
    "claimed",
    "observed",
    "stressed",
];

/// Words a source after an inverted cue may open with besides a capital.
const SOURCE_OPENERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "one", "another", "he", "she", "they", "we",
    "i",
];

/// Longest source (its apposition included), in tokens.
const MAX_SOURCE: usize = 16;

/// Claims of the shape `SUBJECT, CUE SOURCE[, APPOSITION], PREDICATE.`: the
/// source (with its apposition) after the cue, the content in two pieces.
/// Claims the tagger made of the same words are replaced; sentences with
/// quotation marks are left to the quote rules.
pub fn inverted(doc: &Document, claims: &mut Vec<Claim>) {
    for &(s0, s1) in &doc.sentences {
        if (s0..s1).any(|t| doc.tokens[t].kind == TokenKind::Quote) {
            continue;
        }
        let Some((source, cue, content)) = inverted_in(doc, s0, s1) else {
            continue;
        };
        let sentence = doc.span_of(s0, s1 - 1);
        let ours = [source, cue, content[0], content[1]];
        claims.keep_with(&mut |c| {
            !(c.role_spans().all(|s| sentence.contains(s))
                && c.role_spans().any(|s| ours.iter().any(|o| o.overlaps(s))))
        });
        claims.push(Claim::new(vec![source], vec![cue], content.to_vec()));
    }
}

/// `(source, cue, [subject, predicate])` of sentence `s0..s1` when it has
/// the inverted parenthetical shape.
fn inverted_in(doc: &Document, s0: usize, s1: usize) -> Option<(Span, Span, [Span; 2])> {
    let word = |t: usize| is_word(doc, t);
    let is_in = |t: usize, list: &[&str]| lower_is(doc, t, list);
    // The subject: the sentence's opening words up to the first comma.
    let a = (s0..s1).find(|&t| word(t))?;
    let comma = (a..s1).find(|&t| doc.token_text(t) == ",")?;
    if comma == a || comma - a > MAX_SUBJECT || !(a..comma).all(word) {
        return None;
    }
    let c = comma + 1;
    if c >= s1 || !is_in(c, INVERTED_CUES) {
        return None;
    }
    // The source: words up to the next comma, opening on a name, a
    // determiner or a pronoun; then either the predicate or an apposition
    // (`, a trader at Halvorsen Securities,`) and the predicate.
    let opens = c + 1 < s1 && (is_in(c + 1, SOURCE_OPENERS) || capitalised(doc, c + 1));
    if !opens {
        return None;
    }
    // Words, and the dots of titles and initials (`Dr. Ana Ruiz`, `J. Ortiz`).
    let in_name = |t: usize| {
        word(t)
            || matches!(doc.token_text(t), "-" | "&")
            || doc.token_text(t) == "." && t + 1 < s1 && capitalised(doc, t + 1)
    };
    let next_comma = |from: usize| {
        (from..s1.min(c + 1 + MAX_SOURCE))
            .find(|&t| !in_name(t))
            .filter(|&t| doc.token_text(t) == ",")
    };
    let mut end = next_comma(c + 1)?;
    if end == c + 1 || end + 1 >= s1 {
        return None;
    }
    if !is_in(end + 1, FINITE) {
        let apposition_end = next_comma(end + 1)?;
        if apposition_end == end + 1
            || apposition_end + 1 >= s1
            || !is_in(apposition_end + 1, FINITE)
        {
            return None;
        }
        end = apposition_end;
    }
    // The predicate: from the finite verb to the sentence's last word.
    let p = end + 1;
    let last = (p..s1).rev().find(|&t| word(t))?;
    Some((
        doc.span_of(c + 1, end - 1),
        doc.span_of(c, c),
        [doc.span_of(a, comma - 1), doc.span_of(p, last)],
    ))
}
