//! Source cuts and repairs at the edges: a citation (`Coase [13`), a speech
//! verb or weekday the tagger ran on into (`The Times on Saturday`), and a
//! source noun left at the head of the cue (`independent` + `analyses
//! agree`). Used by [`super::source_extent`].

use crate::cuelex;
use crate::model::{Claim, Span};
use crate::segment::Document;

use super::source_phrase::{np_word, NP_OPENERS, SUBJECT_PRONOUNS};
use super::subject::{capitalised, is_word, lower_is, lowercase};

/// `independent` + `analyses agree`, `No` + `one expected`, `Theresa` + `May
/// said`: a cue that opens with the last words of the source abutting it
/// gives those words back, up to its first cue word.
pub(super) fn cue_head_to_source(doc: &Document, claim: &mut Claim) {
    let (Some(&src), Some(&cue)) = (claim.source.spans.first(), claim.cue.spans.first()) else {
        return;
    };
    let b = doc.token_at(src.end);
    let t = doc.token_at(cue.start);
    let e = doc.token_at(cue.end);
    if src.end > cue.start || b != t || e > doc.tokens.len() || e < t + 2 {
        return;
    }
    let (s0, _) = doc.sentences[doc.sentence_of(t)];
    // A capitalised word inside a sentence is a name even when it spells an
    // auxiliary (`May`).
    let nominal = |k: usize| {
        (k > s0 && capitalised(doc, k) && !lower_is(doc, k, &["I"]))
            || (np_word(doc, k) && !lower_is(doc, k, NP_OPENERS))
    };
    let v = t + 1;
    let lower = crate::case::lowercase(doc.token_text(v));
    let w = doc.token_text(t);
    let plural = w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous");
    let past = lower.ends_with("ed")
        || crate::lexicon::is_one_of(
            &lower,
            &["said", "told", "wrote", "thought", "knew", "felt"],
        );
    // One word only, not after a pronoun, and not a negated auxiliary. A
    // plural cue word before a past one is a noun (`Social media` + `posts
    // claimed`: no verb in `-s` comes before a past tense).
    let last = doc.token_at(src.start).max(b.saturating_sub(1));
    if super::wordclass::is(doc, last, super::wordclass::PRONOUN_SOURCES)
        || !(nominal(t)
            || (plural
                && past
                && lowercase(doc, t)
                && cuelex::categories_lower(doc.folded(t)) & cuelex::ANY_CUE != 0))
        || doc.token_text(t).contains(['\'', '’'])
        || lower_is(doc, t, &["further", "seem", "seems"])
    {
        return;
    }
    if cuelex::categories_lower(&lower) & cuelex::ANY_CUE == 0 {
        return;
    }
    // Subject and verb agree: a plural noun before a plain verb, a singular
    // one before a verb in `-s` (`analyses agree`, `union endorses`); a
    // lowercase word that does not is a verb itself (`candidates face`),
    // unless a name inside the source modifies it (`staff at Cancun` +
    // `airport claim`), which makes it the head of a noun phrase whose
    // number need not match.
    let verb_s = lower.ends_with('s');
    let named = t > s0 + 1 && capitalised(doc, t - 1) && is_word(doc, t - 2);
    // After a determiner an -ing cue has no number to agree with (`with one`
    // + `poster writing`).
    let participle = lower.ends_with("ing") && lower_is(doc, last, NP_OPENERS);
    if lowercase(doc, t) && !past && plural == verb_s && !named && !participle {
        return;
    }
    claim.source.spans[0] = Span::new(src.start, doc.tokens[v - 1].span.end);
    claim.cue.spans[0] = Span::new(doc.tokens[v].span.start, cue.end);
}

/// `the results` + `reported here show`: a cue that opens with a participle
/// describing the source (`reported`, `published`, `obtained`) and ends on
/// (or is followed, within a few words, by) the verb the source governs
/// gives the participle phrase to the source.
pub(super) fn participle_to_source(doc: &Document, claim: &mut Claim) {
    let ([src], [cue]) = (claim.source.spans.as_slice(), claim.cue.spans.as_slice()) else {
        return;
    };
    let t = doc.token_at(cue.start);
    if doc.token_at(src.end) != t
        || super::wordclass::is(
            doc,
            doc.token_at(src.start),
            super::wordclass::PRONOUN_SOURCES,
        )
        || !(lower_is(doc, t, &["reported", "described", "cited"])
            || lower_is(doc, t, super::opening_according::PARTICIPLES))
    {
        return;
    }
    let Some(v) = (t + 1..(t + 5).min(doc.tokens.len()))
        .take_while(|&k| is_word(doc, k))
        .find(|&k| {
            lower_is(
                doc,
                k,
                &[
                    "show",
                    "shows",
                    "suggest",
                    "suggests",
                    "indicate",
                    "indicates",
                ],
            )
        })
    else {
        return;
    };
    let verb = doc.tokens[v].span;
    claim.source.spans[0] = Span::new(src.start, doc.tokens[v - 1].span.end);
    claim.cue.spans[0] = Span::new(verb.start, verb.end.max(cue.end));
    if let Some(first) = claim.content.spans.first_mut() {
        if first.start < verb.end && first.end > verb.end {
            first.start = doc.tokens[v + 1].span.start;
        }
    }
}

/// `Coase [13`, `Spang (1983`: a source ends before a bracketed citation
/// (and is the name before it when the tagger took the citation alone).
pub(super) fn cut_citation(doc: &Document, claim: &mut Claim) {
    let Some(&src) = claim.source.spans.first() else {
        return;
    };
    let a = doc.token_at(src.start);
    let b = doc.token_at(src.end).min(doc.tokens.len());
    let citation = |k: usize| {
        matches!(doc.token_text(k), "(" | "[")
            && k + 1 < doc.tokens.len()
            && doc
                .token_text(k + 1)
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
    };
    if a < b && citation(a) {
        // The tagger took the citation for the source: the name before it is.
        let mut n = a;
        while n > 0 && a - n < 4 && capitalised(doc, n - 1) {
            n -= 1;
        }
        if n < a {
            claim.source.spans[0] = doc.span_of(n, a - 1);
        }
        return;
    }
    let cut = (a + 1..b).find(|&k| citation(k));
    if let Some(k) = cut {
        let mut e = k;
        while e > a && !is_word(doc, e - 1) {
            e -= 1;
        }
        if e > a {
            claim.source.spans[0] = Span::new(src.start, doc.tokens[e - 1].span.end);
        }
    }
}

/// What the tagger runs a source on into: a speech verb and what follows
/// (`she said in the Oval Office`), a closing weekday (`The Times on
/// Saturday`), one of [`TAIL_WORDS`] (`the Supreme Court this`, `the
/// Interior Ministry over` + `345 pilgrims`), or an
/// unclosed bracket.
pub(super) fn trim_tail(doc: &Document, claim: &mut Claim) {
    let Some(&src) = claim.source.spans.first() else {
        return;
    };
    let a = doc.token_at(src.start);
    let b0 = doc.token_at(src.end).min(doc.tokens.len());
    if b0 <= a + 1 {
        return;
    }
    // A bracket the source opens and does not close (`Google Analytics (full
    // data`) is cut off with what follows it.
    let open = (a + 1..b0)
        .rev()
        .find(|&k| matches!(doc.token_text(k), "(" | ")"));
    let b0 = match open {
        Some(k) if doc.token_text(k) == "(" => k,
        _ => b0,
    };
    let mut b = (a + 1..b0)
        .find(|&k| lowercase(doc, k) && lower_is(doc, k, &["said", "says", "told", "added"]))
        .unwrap_or(b0);
    // A subject pronoun is the whole source: what follows it is its verb
    // (`you wanna` + `say`, `we` + `'re able to argue`).
    if lower_is(doc, a, SUBJECT_PRONOUNS) && b > a + 1 && pronoun_verb(doc, a + 1) {
        b = a + 1;
    }

    loop {
        let last = b - 1;
        if b >= a + 3
            && lower_is(doc, last, crate::lexicon::WEEKDAYS)
            && lower_is(doc, last - 1, &["on"])
            // `a study released on Thursday`: the day is the participle's.
            && !(lowercase(doc, last - 2) && doc.folded(last - 2).ends_with("ed"))
        {
            b -= 2;
        } else if let Some(k) = aside_before(doc, a, b) {
            b = k;
        } else if b >= a + 2 && lower_is(doc, last, TAIL_WORDS) {
            b -= 1;
        } else if b >= a + 2 && b < b0 && !is_word(doc, last) && doc.token_text(last) != ")" {
            // Punctuation left before a cut speech verb or time.
            b -= 1;
        } else {
            break;
        }
    }
    if b < doc.token_at(src.end).min(doc.tokens.len()) && b > a {
        claim.source.spans[0] = Span::new(src.start, doc.tokens[b - 1].span.end);
    }
}

/// Whether the token after a subject pronoun is its verb: a contraction
/// (`'re`, `’ll`), a cue or auxiliary, or a word of speech that only a verb
/// spells (`wanna`, `gonna`).
fn pronoun_verb(doc: &Document, t: usize) -> bool {
    let text = doc.token_text(t);
    let lower = crate::case::lowercase(text);
    text.starts_with(['\'', '’'])
        || lower == "n't"
        || (lowercase(doc, t)
            && (cuelex::categories_lower(&lower) & cuelex::ANY_CUE != 0
                || crate::lexicon::is_one_of(
                    &lower,
                    &[
                        "am", "are", "can", "could", "did", "do", "gonna", "had", "have", "is",
                        "may", "might", "must", "should", "wanna", "was", "were", "will", "would",
                    ],
                )))
}

/// Discourse asides set off by commas at the end of a source: `Jill Ames, by
/// contrast,`; `the ministry, for its part,`.
const ASIDES: &[&[&str]] = &[
    &["by", "contrast"],
    &["in", "contrast"],
    &["however"],
    &["meanwhile"],
    &["in", "turn"],
    &["in", "particular"],
    &["in", "response"],
    &["too"],
    &["though"],
    &["likewise"],
    &["for", "his", "part"],
    &["for", "her", "part"],
    &["for", "its", "part"],
    &["for", "their", "part"],
    &["i", "think"],
    &["i", "believe"],
    &["you", "know"],
];

/// Where the source `a..b` ends when its last tokens are an aside between
/// commas (the comma before it), if they are.
fn aside_before(doc: &Document, a: usize, b: usize) -> Option<usize> {
    let e = if doc.token_text(b - 1) == "," {
        b - 1
    } else {
        b
    };
    ASIDES.iter().find_map(|words| {
        let k = e.checked_sub(words.len() + 1)?;
        (k > a
            && doc.token_text(k) == ","
            && words
                .iter()
                .enumerate()
                .all(|(i, w)| doc.folded(k + 1 + i) == *w))
        .then_some(k)
    })
}

/// `According to the Federalist, the men …`: a source after a sentence-opening
/// `according to` ends at its comma, unless a second comma closes an
/// apposition there (`According to John Dunn, the county clerk, …`).
pub(super) fn according_to_comma(doc: &Document, claim: &mut Claim) {
    let (Some(&src), Some(&cue)) = (claim.source.spans.first(), claim.cue.spans.first()) else {
        return;
    };
    if src.start < cue.end {
        return;
    }
    let t = doc.token_at(cue.start);
    let (s0, _) = doc.sentences[doc.sentence_of(t)];
    let opens = (s0..t).all(|k| !is_word(doc, k));
    if !opens || !lower_is(doc, t, &["according"]) {
        return;
    }
    let a = doc.token_at(src.start);
    let b = doc.token_at(src.end).min(doc.tokens.len());
    let commas: Vec<usize> = (a + 1..b).filter(|&k| doc.token_text(k) == ",").collect();
    if commas.len() == 1 && commas[0] > a {
        let k = commas[0];
        claim.source.spans[0] = Span::new(src.start, doc.tokens[k - 1].span.end);
    }
}

/// Words that open a clause around a source (`Yet Bloomberg`, `Although
/// Weiner`, `which officials`, `Despite polls`), never the source's first word.
pub(super) const HEAD_OPENERS: &[&str] = &[
    "yet",
    "although",
    "though",
    "which",
    "who",
    "and",
    "but",
    "perhaps",
    "now",
    "after",
    "before",
    "despite",
    "alongside",
    "so",
    "then",
    "while",
    "since",
    "unless",
    "once",
    "whereas",
    "whenever",
    "when",
    "because",
    "meanwhile",
    "still",
    "upon",
];

/// Strips clause openers from the start of a source of several words, and
/// the end of an introductory phrase the source starts inside (`public
/// statement, Najib Razak`).
pub(super) fn trim_head(doc: &Document, claim: &mut Claim) {
    let Some(&src) = claim.source.spans.first() else {
        return;
    };
    let mut a = doc.token_at(src.start);
    let b = doc.token_at(src.end).min(doc.tokens.len());
    let a0 = a;
    // A source that starts inside an introductory phrase (`in a` + `public
    // statement, Malaysia's Prime Minister, …`) starts after its comma.
    if a > 0 && lowercase(doc, a) && lower_is(doc, a - 1, &["a", "an", "the"]) {
        if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| doc.token_text(k) == ",") {
            if capitalised(doc, k + 1) {
                a = k + 1;
            }
        }
    }
    // `… a broken dream Let me say`: the speaker is the pronoun after `let`.
    if let Some(k) = (a..b.saturating_sub(1))
        .find(|&k| lower_is(doc, k, &["let"]) && lower_is(doc, k + 1, &["me", "us"]))
    {
        a = k + 1;
    }
    while a + 1 < b && lower_is(doc, a, HEAD_OPENERS) {
        a += 1;
    }
    while a + 1 < b && !is_word(doc, a) {
        a += 1;
    }
    if a != a0 && is_word(doc, a) {
        claim.source.spans[0] = Span::new(doc.tokens[a].span.start, src.end);
    }
}

/// Words a source does not end on: conjunctions, relative pronouns,
/// auxiliaries and adverbs the tagger ran on into (`Trump just`, `Mr.
/// Ekovich who`, `the Supreme Court this`).
const TAIL_WORDS: &[&str] = &[
    "this",
    "and",
    "or",
    "but",
    "who",
    "which",
    "that",
    "has",
    "have",
    "had",
    "just",
    "finally",
    "further",
    "here",
    "now",
    "also",
    "still",
    "again",
    "later",
    "recently",
    "then",
    "even",
    "already",
    "once",
    "never",
    "often",
    "repeatedly",
    "over",
    // `The governor keeps` + `saying`.
    "keeps",
    "kept",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_ends_before_a_bracket_it_does_not_close() {
        let text = "Visits doubled, according to Google Analytics (full data on the site).";
        let doc = Document::new(text);
        let at = |w: &str| text.find(w).unwrap();
        let mut claim = Claim::new(
            vec![Span::new(at("Google"), at("on the"))],
            vec![Span::new(at("according"), at(" Google"))],
            vec![Span::new(0, at(","))],
        );
        trim_tail(&doc, &mut claim);
        assert_eq!(
            &text[claim.source.spans[0].start..claim.source.spans[0].end],
            "Google Analytics"
        );
    }

    #[test]
    fn a_subject_pronoun_is_the_whole_source() {
        let text = "I know you are eager, you wanna say something, so go ahead.";
        let doc = Document::new(text);
        let at = |w: &str| text.find(w).unwrap();
        let mut claim = Claim::new(
            vec![Span::new(at("you wanna"), at(" say"))],
            vec![Span::new(at("say"), at(" something"))],
            vec![Span::new(at("something"), at(", so"))],
        );
        trim_tail(&doc, &mut claim);
        assert_eq!(
            &text[claim.source.spans[0].start..claim.source.spans[0].end],
            "you"
        );
    }

    #[test]
    fn a_source_does_not_end_on_over() {
        let text = "According to the Varnian Transport Ministry over 40 people were hurt.";
        let doc = Document::new(text);
        let at = |w: &str| text.find(w).unwrap();
        let mut claim = Claim::new(
            vec![Span::new(at("the Varnian"), at(" 40"))],
            vec![Span::new(0, at(" the"))],
            vec![Span::new(at("40"), text.len() - 1)],
        );
        trim_tail(&doc, &mut claim);
        assert_eq!(
            &text[claim.source.spans[0].start..claim.source.spans[0].end],
            "the Varnian Transport Ministry"
        );
    }
}
