//! Hedge cues and the claims they soften.
//!
//! Cues come from a small embedded pattern list (`data/hedge_cues.txt`, see
//! [`patterns`]) in seven categories; context checks ([`context`]) drop
//! look-alikes such as `May` the month, `could` of past ability or `about` a
//! topic; conditionals (`if … is confirmed`) are found by [`conditional`]. Each
//! hedge is then linked to the claim whose content or cue it softens ([`link`]);
//! one outside every claim hedges the author's own statement. One pass over the
//! tokens: linear in the length of the text.
//!
//! ```
//! let a = claimlens_engine::analyze("Officials said about 300 people may have died.");
//! let cats: Vec<&str> = a.hedges.iter().map(|h| h.category.as_str()).collect();
//! assert_eq!(cats, ["approximator", "modal"]);
//! ```

pub mod certainty;
pub mod conditional;
pub mod context;
pub mod generic;
pub mod link;
pub mod patterns;

use crate::model::{Claim, Hedge, HedgeCategory};
use crate::segment::Document;

/// Finds hedge cues and links each to the claim it softens (byte spans). Ids are
/// `h1`, `h2`, … in text order (the caller may set them again, identically);
/// pushes hedge ids onto the claims they soften.
pub fn find_hedges(doc: &Document, claims: &mut [Claim]) -> Vec<Hedge> {
    let mut hedges = detect(doc);
    for (i, hedge) in hedges.iter_mut().enumerate() {
        hedge.id = format!("h{}", i + 1);
    }
    link::link(doc, &mut hedges, claims);
    hedges
}

/// Finds hedge cues without linking them (byte spans, `claim` left `None`), in
/// text order.
pub fn detect(doc: &Document) -> Vec<Hedge> {
    detected(doc).to_vec()
}

/// The hedge cues of `doc` as [`detect`] finds them, borrowed from the
/// document (found once), for readers that change nothing.
pub(crate) fn detected<'d>(doc: &'d Document) -> &'d [Hedge] {
    doc.hedges.get_or_init(|| {
        let mut hedges = Vec::new();
        for s in 0..doc.sentences.len() {
            detect_in_sentence(doc, s, &mut hedges);
        }
        hedges
    })
}

/// Words that round a number (`about 300`, `some $5 million`, `nearly half`).
const ROUNDERS: &[&str] = &[
    "about",
    "around",
    "roughly",
    "circa",
    "some",
    "approximately",
    "nearly",
    "almost",
    "up",
    "as",
    "or",
];

/// Whether the hedge only rounds a number (`about 300`, `nearly 2,000`): an
/// approximator of quantity, which makes a figure imprecise rather than the
/// statement uncertain. The engine reports it as a hedge; an evaluation of
/// sentence uncertainty (CoNLL-2010: uncertainty, weasel and peacock cues) may
/// leave it out.
pub fn is_numeric_rounder(doc: &Document, hedge: &Hedge) -> bool {
    if hedge.category != HedgeCategory::Approximator {
        return false;
    }
    let (Some(first), Some(last)) = (hedge.spans.first(), hedge.spans.last()) else {
        return false;
    };
    let at = doc.tokens.partition_point(|t| t.span.start < first.start);
    let after = doc.tokens.partition_point(|t| t.span.start < last.end);
    let word = |t: usize| {
        if t < doc.tokens.len() {
            doc.folded(t).to_string()
        } else {
            String::new()
        }
    };
    if !ROUNDERS.contains(&word(at).as_str()) {
        return false;
    }
    let mut next = word(after);
    if matches!(next.as_str(), "$" | "€" | "£" | "us$" | "a" | "an") {
        next = word(after + 1);
    }
    context::is_number(&next)
}

/// A hedge found in one sentence, as token indices of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenHedge {
    /// What kind of hedge.
    pub category: HedgeCategory,
    /// Token ranges `[start, end)` of its pieces.
    pub pieces: Vec<(usize, usize)>,
}

/// Lower-cases a token for matching, folding `’` to `'`.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    crate::segment::fold_into(word, &mut out);
    out
}

/// Hedges of sentence `s` as token ranges.
pub fn sentence_hedges(doc: &Document, s: usize) -> Vec<TokenHedge> {
    let Some(&(t0, t1)) = doc.sentences.get(s) else {
        return Vec::new();
    };
    let lower: Vec<&str> = (t0..t1).map(|t| doc.folded(t)).collect();
    let raw: Vec<&str> = (t0..t1).map(|t| doc.token_text(t)).collect();
    let sentence = context::Sentence {
        lower: &lower,
        raw: &raw,
    };
    let lex = patterns::lexicon();
    let mut found = Vec::new();
    let mut i = 0;
    while i < lower.len() {
        if let Some(pieces) = conditional::at(&lower, i) {
            found.push(TokenHedge {
                category: HedgeCategory::Conditional,
                pieces: pieces.iter().map(|&(a, b)| (t0 + a, t0 + b)).collect(),
            });
            // Only the `if` is consumed: cues inside the condition still count.
            i += 1;
            continue;
        }
        let hit = lex.best_at(&lower, i, |p| {
            p.rule
                .is_none_or(|rule| context::accept(rule, &sentence, i))
        });
        match hit {
            Some(m) => {
                let label = lex.pattern(m.pattern).label;
                found.push(TokenHedge {
                    category: patterns::category(label).unwrap_or(HedgeCategory::Modal),
                    pieces: vec![(t0 + m.start, t0 + m.end)],
                });
                i = m.end.max(i + 1);
            }
            None => i += 1,
        }
    }
    found
}

fn detect_in_sentence(doc: &Document, s: usize, out: &mut Vec<Hedge>) {
    for h in sentence_hedges(doc, s) {
        let spans = h
            .pieces
            .iter()
            .filter(|&&(a, b)| a < b)
            .map(|&(a, b)| doc.span_of(a, b - 1))
            .collect::<Vec<_>>();
        if spans.is_empty() {
            continue;
        }
        out.push(Hedge {
            id: String::new(),
            category: h.category,
            spans,
            claim: None,
        });
    }
}
