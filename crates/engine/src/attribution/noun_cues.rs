//! A determiner-led claim noun as cue (`the claim`, `an allegation`) has no
//! source right before it: in `The campaign provided no evidence for | the
//! claim | that …` the words before `the claim` belong to another clause (a
//! claim's owner comes as `X's claim` or `the claim by X`). The tagger and
//! the source rules both sometimes take them; run last, this drops them.
//! A report noun's medium (`reports on | social media that …`) is neither
//! its cue nor its content. Reports that the sentence calls false (`Earlier
//! reports that Hale had fired at officers were false`) are claims of their
//! own, even inside another claim's content.

use crate::model::{Claim, Span};
use crate::segment::Document;

use super::subject::{cue_taken, last_word, lower_is};
use super::wordclass::{self, Classes};

/// Drops every source that runs up to a noun cue opening on a determiner,
/// and turns `…, a claim | the ministry disputed` around.
pub fn determined_noun_cues(doc: &Document, claims: &mut [Claim]) {
    for claim in claims {
        determined_noun_cue(doc, claim);
        answered_noun(doc, claim);
    }
}

/// `A WHO spokesman said …, a claim the ministry disputed.`: the tagger reads
/// `a claim` as the cue and `the ministry disputed` as its content. The
/// party is the source, its verb the cue and `a claim` (which points back at
/// the claim before) the content.
fn answered_noun(doc: &Document, claim: &mut Claim) {
    let ([cue], [content], true) = (
        claim.cue.spans.as_slice(),
        claim.content.spans.as_slice(),
        claim.source.spans.is_empty(),
    ) else {
        return;
    };
    let c = doc.token_at(cue.start);
    let (k, e) = (doc.token_at(content.start), doc.token_at(content.end));
    let shape = c >= 1
        && doc.token_text(c - 1) == ","
        && doc.token_at(cue.end) == c + 2
        && lower_is(doc, c, &["a", "an"])
        && lower_is(doc, c + 1, CLAIM_NOUNS)
        && k == c + 2
        && e >= k + 2
        && e <= k + 5
        && lower_is(doc, k, &["the", "a", "an", "his", "her", "their", "its"])
        && doc.folded(e - 1).ends_with("ed");
    if shape {
        let (source, verb) = (doc.span_of(k, e - 2), doc.tokens[e - 1].span);
        *claim = Claim::new(vec![source], vec![verb], vec![*cue]);
    }
}

/// Determiners that open a noun cue (`the claim`, `a report`).
const DETERMINERS: &[&str] = &["the", "a", "an", "this", "that", "these", "those"];

/// Nouns that make such a cue (`the claim that …`).
const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "allegation",
    "allegations",
    "assertion",
    "assertions",
    "accusation",
    "accusations",
    "contention",
    "suggestion",
    "notion",
    "argument",
    "rumor",
    "rumors",
    "theory",
];

/// [`determined_noun_cues`] for one claim.
fn determined_noun_cue(doc: &Document, claim: &mut Claim) {
    let (Some(&cue), Some(&source)) = (claim.cue.spans.first(), claim.source.spans.last()) else {
        return;
    };
    let c = doc.token_at(cue.start);
    // Exactly a determiner and a claim noun (not `this month rejected`).
    if c == 0
        || doc.token_at(cue.end) != c + 2
        || !lower_is(doc, c, DETERMINERS)
        || !lower_is(doc, c + 1, CLAIM_NOUNS)
    {
        return;
    }
    if doc.token_at(source.end) == c {
        claim.source.spans.clear();
    }
}

/// Nouns of report whose medium may follow them (`reports on social media`).
const REPORT_NOUNS: &[&str] = &["report", "reports", "rumor", "rumors", "posts", "claims"];

/// `Early reports on | social media that two firefighters had been killed`:
/// a report noun's cue ends on the noun, and its content on the medium's
/// `that`, up to four words after the preposition.
pub fn report_medium(doc: &Document, claims: &mut [Claim]) {
    for claim in claims {
        let (Some(&cue), Some(&content)) = (claim.cue.spans.last(), claim.content.spans.first())
        else {
            continue;
        };
        let e = doc.token_at(cue.end);
        let c = doc.token_at(content.start);
        if e < 2
            || !wordclass::is(doc, e - 1, wordclass::MEDIUM_PREPOSITIONS)
            || !lower_is(doc, e - 2, REPORT_NOUNS)
            || c != e
        {
            continue;
        }
        let end = doc.token_at(content.end).min(doc.tokens.len());
        let Some(that) = (c..end.min(c + 5)).find(|&k| wordclass::is(doc, k, wordclass::THAT))
        else {
            continue;
        };
        if that == c || that + 1 >= end {
            continue;
        }
        let last = claim.cue.spans.len() - 1;
        claim.cue.spans[last] = Span::new(cue.start, doc.tokens[e - 2].span.end);
        claim.content.spans[0] = Span::new(doc.tokens[that].span.start, content.end);
    }
}

/// The `that` of a report noun's clause (the noun at token `k`, the search
/// ending before token `end`): right after the noun, or after the medium it
/// names (`reports on Ukrainian social media that …`, up to four words after
/// the preposition, none of them punctuation). Also what makes a verdict on
/// reports name them (`verification::rebuttal`).
pub(crate) fn that_after_noun(doc: &Document, k: usize, end: usize) -> Option<usize> {
    if k + 1 < end && wordclass::is(doc, k + 1, wordclass::THAT) {
        return Some(k + 1);
    }
    that_after_phrase(doc, k, end, wordclass::MEDIUM_PREPOSITIONS, 4)
}

/// The prepositions before a report's medium (`reports on social media`).
pub(super) const MEDIUM_PREPOSITIONS: &[&str] = &["on", "in", "across", "from"];

/// The prepositions before a claim's party (`claims by a state senator`).
pub(super) const PARTY_PREPOSITIONS: &[&str] = &["by", "from"];

/// The `that` after a noun at token `k`, a preposition (a word of class
/// `prepositions`) and a phrase of one to `words` words
/// (no punctuation), before token `end`.
fn that_after_phrase(
    doc: &Document,
    k: usize,
    end: usize,
    prepositions: Classes,
    words: usize,
) -> Option<usize> {
    if k + 1 >= end || !wordclass::is(doc, k + 1, prepositions) {
        return None;
    }
    (k + 3..(k + 3 + words).min(end))
        .take_while(|&t| doc.tokens[t - 1].kind == crate::segment::TokenKind::Word)
        .find(|&t| wordclass::is(doc, t, wordclass::THAT))
}

/// Adds a sourceless noun claim for each `reports that … were false` (or
/// another verdict of the content rules' list: `were true`, `were
/// misleading`) the tagger left inside another claim (or outside every
/// claim): cue the noun, content its `that` clause up to the copula.
pub fn reports_called_false(doc: &Document, claims: &mut Vec<Claim>) {
    let mut added = Vec::new();
    for (s0, s1) in doc.sentences.iter().copied() {
        for k in s0..s1.saturating_sub(4) {
            // (`that` first: one comparison for most tokens.)
            let Some(that) = that_after_noun(doc, k, s1) else {
                continue;
            };
            if !lower_is(doc, k, REPORT_NOUNS) && !lower_is(doc, k, CLAIM_NOUNS) {
                continue;
            }
            // The copula and the verdict, after a clause of three words or more.
            let Some(j) = (that + 3..s1.saturating_sub(1)).find(|&j| {
                lower_is(doc, j, &["was", "were", "is", "are"])
                    && lower_is(doc, j + 1, super::content::VERDICTS)
            }) else {
                continue;
            };
            let noun = doc.tokens[k].span;
            if cue_taken(claims, noun) {
                continue;
            }
            added.push(Claim::new(
                Vec::new(),
                vec![noun],
                vec![doc.span_of(that, j - 1)],
            ));
        }
    }
    claims.extend(added);
}

/// `Social media | posts | claiming that the drug reverses memory loss are
/// false`: when the tagger takes a report noun for the cue and the
/// participle after it for the content, the noun joins the source and the
/// participle is the cue (`A post | claiming | that …`), so what the posts
/// claim is the `that` clause.
pub fn participle_after_noun(doc: &Document, claims: &mut [Claim]) {
    for claim in claims {
        let (&[cue], Some(content)) = (claim.cue.spans.as_slice(), claim.content.spans.first_mut())
        else {
            continue;
        };
        let n = doc.token_at(cue.start);
        let p = doc.token_at(content.start);
        if p != n + 1
            || p + 1 >= doc.tokens.len()
            || !lower_is(doc, n, REPORT_NOUNS)
            || !lower_is(
                doc,
                p,
                &["claiming", "saying", "alleging", "suggesting", "asserting"],
            )
            || doc.folded(p + 1) != "that"
        {
            continue;
        }
        content.start = doc.tokens[p + 1].span.start;
        claim.cue.spans[0] = doc.tokens[p].span;
        match claim.source.spans.last_mut() {
            Some(source) if doc.text[source.end..cue.start].trim().is_empty() => {
                source.end = cue.end
            }
            _ => claim.source.spans = vec![cue],
        }
    }
}

/// `… rejected claims by a state senator that thousands of ballots had been
/// cast …`: a claim noun with its party after `by` or `from` and its `that`
/// clause, inside another claim's content (or outside every claim), is a
/// claim of that party: the noun its cue, the clause (to the end of the
/// piece or sentence) its content.
pub fn noun_with_party(doc: &Document, claims: &mut Vec<Claim>) {
    let mut added = Vec::new();
    for &(s0, s1) in &doc.sentences {
        for k in s0..s1.saturating_sub(4) {
            // The party: up to six words after `by` or `from`.
            let Some(that) = that_after_phrase(doc, k, s1, wordclass::PARTY_PREPOSITIONS, 6) else {
                continue;
            };
            if !lower_is(doc, k, CLAIM_NOUNS) {
                continue;
            }
            let noun = doc.tokens[k].span;
            if that + 2 >= s1 || cue_taken(claims, noun) {
                continue;
            }
            // The clause ends where the piece holding it does, or with the
            // sentence.
            let at = doc.tokens[that].span;
            let end = claims
                .iter()
                .flat_map(|c| &c.content.spans)
                .find(|s| s.contains(&at))
                .map_or(doc.tokens[s1 - 1].span.start, |s| s.end);
            // The clause's last word ending by then (at least its first).
            let stop = doc.tokens[..s1].partition_point(|t| t.span.end <= end);
            let last = last_word(doc, that + 1, stop.max(that + 2)).unwrap_or(that + 1);
            added.push(Claim::new(
                vec![doc.span_of(k + 2, that - 1)],
                vec![noun],
                vec![doc.span_of(that, last)],
            ));
        }
    }
    claims.extend(added);
}
