//! How certainly the text presents an event, on the FactBank-style scale used by
//! the factuality corpora: +3 certainly happened, +2 probably, +1 possibly,
//! 0 unknown, and the negative values for the negated counterparts.
//!
//! The value of a word comes from the cues that scope over it in its clause: a
//! hedge or conditional makes it possible (+1), a probability adverb or a future
//! `will` probable (+2), an unasserted infinitive possible (+1), a negation flips
//! the sign. The constants are the scale's own points, not fitted values.

use super::sentence_hedges;
use crate::model::HedgeCategory;
use crate::segment::Document;

/// How many tokens before a word a modal or negation may sit and still scope
/// over it (`may not have been`).
const AUX_REACH: usize = 4;
/// How far back a clause-level cue (epistemic verb or adverb, shield) reaches.
const CLAUSE_REACH: usize = 10;

/// Certainty of token `t` (−3..3). Out-of-range tokens get 3.
pub fn token_certainty(doc: &Document, t: usize) -> f64 {
    if t >= doc.tokens.len() {
        return 3.0;
    }
    let s = doc.sentence_of(t);
    let (t0, _) = doc.sentences[s];
    let hedges = sentence_hedges(doc, s);
    let word = |i: usize| doc.folded(i).to_string();
    // The clause start: the nearest clause boundary before t.
    let mut clause = t0;
    for i in (t0..t).rev() {
        if matches!(
            doc.token_text(i),
            "," | ";" | ":" | "—" | "(" | "\"" | "“" | "”"
        ) {
            clause = i + 1;
            break;
        }
    }
    let mut value: f64 = 3.0;
    for h in &hedges {
        let Some(&(a, b)) = h.pieces.first() else {
            continue;
        };
        if b > t || a == t {
            continue;
        }
        let scoped = match h.category {
            HedgeCategory::Modal => t - b < AUX_REACH && a >= clause,
            HedgeCategory::Conditional => true,
            HedgeCategory::Approximator => false,
            _ => a >= clause.saturating_sub(1) && t - b < CLAUSE_REACH,
        };
        if !scoped {
            continue;
        }
        let cue = word(a);
        let v = if matches!(cue.as_str(), "probably" | "likely" | "presumably") {
            2.0
        } else {
            1.0
        };
        value = value.min(v);
    }
    // An `if` clause that is not about verification still makes its event
    // hypothetical.
    if (clause..t).any(|i| matches!(word(i).as_str(), "if" | "unless" | "whether")) {
        value = value.min(1.0);
    }
    let lo = t.saturating_sub(AUX_REACH).max(clause);
    let mut negated = false;
    for i in lo..t {
        match word(i).as_str() {
            "will" | "'ll" | "shall" => value = value.min(2.0),
            "would" | "should" => value = value.min(1.0),
            "to" if i + 1 == t => value = value.min(1.0),
            "not" | "n't" | "never" | "no" | "without" => negated = true,
            w if w.ends_with("n't") => negated = true,
            _ => {}
        }
    }
    if negated {
        -value
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn certainty(text: &str, word: &str) -> f64 {
        let doc = Document::new(text);
        let t = (0..doc.tokens.len())
            .find(|&i| doc.token_text(i) == word)
            .unwrap();
        token_certainty(&doc, t)
    }

    #[test]
    fn scale_points() {
        assert_eq!(certainty("The army attacked the town.", "attacked"), 3.0);
        assert_eq!(certainty("The army may attack the town.", "attack"), 1.0);
        assert_eq!(
            certainty("The army did not attack the town.", "attack"),
            -3.0
        );
        assert_eq!(certainty("The army will probably attack.", "attack"), 2.0);
        assert_eq!(certainty("If the army attacks, we leave.", "attacks"), 1.0);
    }
}
