//! Contradiction between claims: two nearby claims by different sources about
//! the same thing, one of them a rebuttal (a denial or rejection word, a flat
//! `not true`, or a negation of the shared topic). Both become `disputed`, each
//! with the other's content as evidence (the guidelines: a denial and the claim
//! it denies are both disputed).

use super::topic::{overlap, ClaimTopic};
use super::Vote;
use crate::hedges::fold;
use crate::model::{Claim, VerificationState};
use crate::segment::Document;

/// How many paragraphs apart the two claims may be.
const REACH: usize = 2;
/// How many claims on each side are compared (keeps the pass linear).
const NEIGHBOURS: usize = 12;
/// Shared content stems needed for a negation to count as a rebuttal.
const SHARED_FOR_NEGATION: usize = 2;
/// Shared stems needed with an explicit rebuttal word.
const SHARED_FOR_REBUTTAL: usize = 2;

const REBUTTAL: &[&str] = &[
    "lie",
    "lies",
    "lying",
    "lied",
    "false",
    "untrue",
    "wrong",
    "nonsense",
    "bogus",
    "baseless",
    "fabricated",
    "exaggerating",
    "exaggerated",
    "exaggerate",
    "overstated",
    "overstating",
    "distorted",
    "distorting",
    "misleading",
    "mischaracterized",
    "misrepresented",
    "ridiculous",
    "absurd",
    "crap",
    "outrageous",
    "skeptical",
    "contrary",
    "contradicts",
    "denied",
    "denies",
    "deny",
    "disputed",
    "disputes",
    "dispute",
    "rejected",
    "rejects",
    "reject",
    "dismissed",
    "unsubstantiated",
    "unfounded",
    "incorrect",
    "inaccurate",
    "scapegoating",
    "instead",
    "however",
    "actually",
    "fact",
    "course",
    "but",
    "contrary",
    "against",
];

const NEGATION: &[&str] = &["not", "never", "no", "neither", "nor", "nothing", "none"];

fn words_of(doc: &Document, claim: &Claim) -> Vec<String> {
    let mut out = Vec::new();
    for s in claim.content.spans.iter().chain(&claim.cue.spans) {
        let first = doc.tokens.partition_point(|t| t.span.end <= s.start);
        for t in first..doc.tokens.len() {
            if doc.tokens[t].span.start >= s.end {
                break;
            }
            out.push(fold(doc.token_text(t)));
        }
    }
    out
}

fn rebuts(words: &[String]) -> bool {
    words.iter().any(|w| REBUTTAL.contains(&w.as_str()))
}

fn negates(words: &[String]) -> bool {
    words
        .iter()
        .any(|w| NEGATION.contains(&w.as_str()) || w.ends_with("n't"))
}

/// Marks contradicting pairs `disputed`.
pub fn contradictions(
    doc: &Document,
    claims: &[Claim],
    topics: &[ClaimTopic],
    votes: &mut [Vec<Vote>],
) {
    let paragraphs: Vec<Option<usize>> = claims
        .iter()
        .map(|c| {
            let s = c.content.spans.first()?;
            Some(super::link::paragraph_of(doc, s.start))
        })
        .collect();
    let words: Vec<Vec<String>> = claims.iter().map(|c| words_of(doc, c)).collect();
    for b in 0..claims.len() {
        let Some(pb) = paragraphs[b] else { continue };
        let b_rebuts = rebuts(&words[b]);
        let b_negates = negates(&words[b]);
        if !b_rebuts && !b_negates {
            continue;
        }
        let window = b.saturating_sub(NEIGHBOURS)..(b + NEIGHBOURS + 1).min(claims.len());
        for a in window {
            let Some(pa) = paragraphs[a] else { continue };
            if a == b || pa.abs_diff(pb) > REACH {
                continue;
            }
            let (sa, sb) = (&claims[a].source.entity, &claims[b].source.entity);
            if sa.is_none() || sb.is_none() || sa == sb {
                continue;
            }
            let shared = overlap(&topics[a].content, &topics[b].content);
            let contradicts = (b_rebuts && shared >= SHARED_FOR_REBUTTAL)
                || (b_negates && !negates(&words[a]) && shared >= SHARED_FOR_NEGATION);
            if !contradicts {
                continue;
            }
            let note = "Contradicted by another source nearby.".to_string();
            if let (Some(&ea), Some(&eb)) = (
                claims[a].content.spans.first(),
                claims[b].content.spans.first(),
            ) {
                votes[a].push(Vote {
                    state: VerificationState::Disputed,
                    evidence: eb,
                    note: Some(note),
                });
                votes[b].push(Vote {
                    state: VerificationState::Disputed,
                    evidence: ea,
                    note: None,
                });
            }
        }
    }
}
