//! Statements the article marks as unchecked or checked without naming who
//! says them: `he allegedly brandished a pistol`, `it appeared that Trump was
//! uncomfortable`, `Melania seems to have vanished`, `what looked like a solid
//! lead`, `the diagnosis was confirmed`. The guidelines give them a state like
//! any attributed claim (PolNeAR annotates them as attributions without a
//! source), so they become claims with no source: the hedge or the
//! verification words are their cue, the clause around them their content.
//!
//! Only where the attribution pass found nothing: a cue word inside a found
//! claim (its cue, source or content) belongs to that claim.

use crate::hedges::fold;
use crate::lexicon::is_one_of;
use crate::model::{Claim, KeepWith, Span};
use crate::segment::{Document, TokenKind};

/// Adverbs that say a past fact is not established.
const ADVERBS: &[&str] = &["allegedly", "supposedly", "purportedly", "presumably"];

/// Verbs of appearance; the past forms (and `seems to have`) hedge a past fact.
const SEEM: &[&str] = &["appeared", "seemed", "looked", "appears", "seems", "looks"];

/// Words that open a clause: the subject of a hedged statement starts after
/// them.
const OPENERS: &[&str] = &[
    "that", "and", "but", "because", "when", "while", "after", "before", "although", "though",
    "who", "which", "where", "if", "since", "as", "until", "so", "or",
];

/// How many tokens back a subject may reach.
const SUBJECT_REACH: usize = 12;

/// Claims for hedged or verified statements without a source, in text order.
///
/// A claim lying wholly inside the statement (the tagger can take `the
/// mayor` / `was unwilling to answer` in `it appeared that the mayor was
/// unwilling to answer …` for a claim) does not stop it; [`absorb`] then
/// drops those of them that have no source.
pub fn find(doc: &Document, claims: &[Claim]) -> Vec<Claim> {
    let taken = |span: Span| claims.iter().any(|c| c.touches(&span) && !inside(c, span));
    let mut out = Vec::new();
    for &(t0, t1) in &doc.sentences {
        // Most sentences hold none of the rare words a statement cue needs:
        // skip them before folding every token.
        let rare = (t0..t1).any(|t| {
            let w = doc.folded(t);
            is_one_of(w, ADVERBS) || is_one_of(w, SEEM) || matches!(w, "confirmed" | "verified")
        });
        if !rare {
            continue;
        }
        let words: Vec<String> = (t0..t1).map(|t| fold(doc.token_text(t))).collect();
        let mut k = 0;
        while k < words.len() {
            let Some(found) = statement_cue(&words, k) else {
                k += 1;
                continue;
            };
            k = found.cue_end;
            let cue_span = doc.span_of(t0 + found.cue_start, t0 + found.cue_end - 1);
            if taken(cue_span) {
                continue;
            }
            let end = clause_end(doc, t0 + found.after, t1);
            let mut pieces = Vec::new();
            if found.subject {
                let start = t0 + subject_start(&words, found.cue_start);
                if start < t0 + found.cue_start {
                    pieces.push(doc.span_of(start, t0 + found.cue_start - 1));
                }
            }
            if t0 + found.after < end {
                pieces.push(doc.span_of(t0 + found.after, end - 1));
            }
            let Some(whole) = pieces.iter().copied().reduce(|a, b| a.cover(&b)) else {
                continue;
            };
            if taken(whole) {
                continue;
            }
            out.push(Claim::new(Vec::new(), vec![cue_span], pieces));
        }
    }
    out
}

/// Whether all of `claim`'s words lie inside `span`.
fn inside(claim: &Claim, span: Span) -> bool {
    claim.role_spans().all(|s| span.contains(s))
}

/// Drops the claims that statements found by [`find`] (`found`) hold
/// inside them, as [`find`] allowed.
pub fn absorb(found: &[Claim], claims: &mut Vec<Claim>) {
    let statements: Vec<Span> = found
        .iter()
        .filter_map(|f| f.content.spans.iter().copied().reduce(|a, b| a.cover(&b)))
        .collect();
    claims.keep_with(&mut |c| {
        !c.source.spans.is_empty() || !statements.iter().any(|&s| inside(c, s))
    });
}

/// Where a statement cue stands in its sentence (word indices).
struct Found {
    /// First word of the cue.
    cue_start: usize,
    /// One past its last word.
    cue_end: usize,
    /// Where the rest of the statement starts.
    after: usize,
    /// Whether the words before the cue (its subject) belong to the statement.
    subject: bool,
}

/// A statement cue at sentence word `k`.
fn statement_cue(words: &[String], k: usize) -> Option<Found> {
    let w = words[k].as_str();
    let next = |i: usize| words.get(k + i).map(String::as_str);
    let found = |cue_end: usize, after: usize, subject: bool| {
        Some(Found {
            cue_start: k,
            cue_end,
            after,
            subject,
        })
    };
    if ADVERBS.contains(&w) {
        return found(k + 1, k + 1, true);
    }
    if SEEM.contains(&w) {
        let past = !matches!(w, "appears" | "seems" | "looks");
        let perfect = next(1) == Some("to") && next(2) == Some("have");
        let like = w.starts_with("look");
        // `looked like` only with an impersonal or wh- subject (`what looked
        // like a solid lead`); `the heap looked like a whale` is a simile.
        let impersonal = k > 0 && matches!(words[k - 1].as_str(), "what" | "it");
        if (like && (next(1) != Some("like") || !impersonal)) || !(past || perfect) {
            return None;
        }
        // `it appeared that …`: the statement is the clause after it.
        if k > 0 && words[k - 1] == "it" && !like {
            let after = if next(1) == Some("that") {
                k + 2
            } else {
                k + 1
            };
            return if after < words.len() {
                found(k + 1, after, false)
            } else {
                None
            };
        }
        if like {
            return found(k + 2, k + 2, true);
        }
        // `X appeared to …`, `X seems to have …`.
        return if next(1) == Some("to") {
            found(k + 1, k + 1, true)
        } else {
            None
        };
    }
    // `the diagnosis was confirmed`, `had been verified`, with no `by` naming
    // who confirmed it.
    let mut i = match w {
        "was" | "were" => k + 1,
        "has" | "have" | "had" if next(1) == Some("been") => k + 2,
        _ => return None,
    };
    if matches!(words.get(i).map(String::as_str), Some("not" | "never")) {
        i += 1;
    }
    let verb = words.get(i).map(String::as_str);
    let by = words.get(i + 1).map(String::as_str) == Some("by");
    if matches!(verb, Some("confirmed" | "verified")) && !by {
        return found(i + 1, i + 1, true);
    }
    None
}

/// Where the subject before the cue at sentence word `k` starts: back to a
/// clause opener, a comma or the sentence start (a wh-word `what` is kept).
fn subject_start(words: &[String], k: usize) -> usize {
    let mut s = k;
    let t0 = k.saturating_sub(SUBJECT_REACH);
    while s > t0 {
        let w = words[s - 1].as_str();
        if w == "what" {
            return s - 1;
        }
        let punct = !w.chars().any(char::is_alphanumeric);
        if punct || OPENERS.contains(&w) {
            break;
        }
        s -= 1;
    }
    // An auxiliary of the cue (`has appeared`, `had been`) is not subject.
    while s < k
        && matches!(
            words[s].as_str(),
            "has" | "have" | "had" | "is" | "are" | "was" | "were" | "been"
        )
    {
        s += 1;
    }
    s
}

/// Where the clause that starts at token `from` ends: a comma, semicolon,
/// colon, dash or the sentence end (closing punctuation left out).
fn clause_end(doc: &Document, from: usize, t1: usize) -> usize {
    let mut end = from;
    while end < t1 {
        let tok = doc.tokens[end];
        if tok.kind == TokenKind::Punct
            && matches!(doc.token_text(end), "," | ";" | ":" | "—" | "–" | "(" | ")")
        {
            break;
        }
        end += 1;
    }
    while end > from
        && doc.tokens[end - 1].kind != TokenKind::Word
        && doc.tokens[end - 1].kind != TokenKind::Quote
    {
        end -= 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, Vec<String>)> {
        let doc = Document::new(text);
        find(&doc, &[])
            .into_iter()
            .map(|c| {
                let cut = |s: &Span| text[s.start..s.end].to_string();
                (
                    c.cue.spans.iter().map(cut).collect::<Vec<_>>().join(" "),
                    c.content.spans.iter().map(cut).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn cue_and_content_of_each_form() {
        assert_eq!(
            found("Often, it appeared that the mayor was unwilling to answer, aides said."),
            vec![(
                "appeared".to_string(),
                vec!["the mayor was unwilling to answer".to_string()]
            )]
        );
        assert_eq!(
            found("He had turned what looked like a safe lead into a close race, polls show."),
            vec![(
                "looked like".to_string(),
                vec![
                    "what".to_string(),
                    "a safe lead into a close race".to_string()
                ]
            )]
        );
        assert_eq!(
            found("When the lab's finding of a leak was confirmed, the plant closed."),
            vec![(
                "was confirmed".to_string(),
                vec!["the lab's finding of a leak".to_string()]
            )]
        );
        // Someone named as confirming it makes an attribution, not this.
        assert!(found("The death toll was confirmed by the ministry.").is_empty());
        assert!(found("The plan seems fair.").is_empty());
    }
}
