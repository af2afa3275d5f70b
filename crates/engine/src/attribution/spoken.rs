//! Spoken English in transcripts and interviews: the speaker of `Uh, I think
//! …`, `Well I believe …`, `Mr. Collins, I know …` and `I'm saying …` is the
//! pronoun alone (no interjection, address or contracted auxiliary), `Um,`
//! opens no source, and the
//! fillers `you know,` and `I mean,` attribute nothing; a transcript's
//! paragraph without a speaker's label continues the turn before it.

use crate::model::{Claim, Span};
use crate::segment::Document;

use super::subject::{is_word, lower_is};

/// Words that open a spoken turn without belonging to its subject.
const INTERJECTIONS: &[&str] = &[
    "uh", "um", "er", "erm", "ah", "oh", "okay", "ok", "well", "yes", "yeah", "no", "so",
];

/// Subject pronouns a speaker is named by in talk.
const SPEAKERS: &[&str] = &["i", "we", "you", "he", "she", "they"];

/// Words after which a pronoun is part of a larger source (`he and I`,
/// `people like you`).
const JOINERS: &[&str] = &[
    "and", "or", "nor", "&", "like", "than", "of", "for", "to", "with", "as", "but",
];

/// Applies the source cut to every claim and drops the fillers.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for claim in claims.iter_mut() {
        speaker_alone(doc, claim);
    }
    let marked: Vec<bool> = claims.iter().map(|c| filler(doc, c)).collect();
    super::remove_marked(claims, &marked);
    turn_continuations(doc, claims);
}

/// `PENCE: Well, look, … ¶ "But the truth is …`: in a transcript, a
/// paragraph without a speaker's label continues the turn before it, so a
/// claim of it with neither cue nor source joins the labelled claim (its
/// cue the colon) of the paragraph right before.
fn turn_continuations(doc: &Document, claims: &mut Vec<Claim>) {
    let paragraph = |s: &Span| crate::verification::link::paragraph_of(doc, s.start);
    let labelled = |c: &Claim| {
        matches!(c.cue.spans.as_slice(), [q] if &doc.text[q.start..q.end] == ":")
            && !c.source.spans.is_empty()
    };
    // In text order, so that a turn of several paragraphs grows one by one.
    let mut order: Vec<usize> = (0..claims.len()).collect();
    // (`order::by_key`, not std's sort: one sort's code for the whole engine.)
    crate::order::by_key(&mut order, |&k| {
        (claims[k].content.spans.first().map_or(0, |s| s.start), 0, 0)
    });
    let mut gone = vec![false; claims.len()];
    for &b in &order {
        let c = &claims[b];
        let Some(first) = c.content.spans.first() else {
            continue;
        };
        if !c.cue.spans.is_empty() || !c.source.spans.is_empty() {
            continue;
        }
        let p = paragraph(first);
        let turn = (0..claims.len()).find(|&a| {
            !gone[a]
                && labelled(&claims[a])
                && claims[a]
                    .content
                    .spans
                    .last()
                    .is_some_and(|x| paragraph(x) + 1 == p)
        });
        if let Some(a) = turn {
            let more = std::mem::take(&mut claims[b].content.spans);
            claims[a].content.spans.extend(more);
            gone[b] = true;
        }
    }
    super::remove_marked(claims, &gone);
}

/// Whether token `t` is a subject pronoun, bare or with a contracted
/// auxiliary (`I'm`, `we’re`); returns the pronoun's byte length.
fn speaker(doc: &Document, t: usize) -> Option<usize> {
    let folded = doc.folded(t);
    let bare = folded.split('\'').next().unwrap_or(folded);
    let clitic = &folded[bare.len()..];
    (SPEAKERS.contains(&bare) && matches!(clitic, "" | "'m" | "'re" | "'ve" | "'d" | "'ll" | "'s"))
        .then_some(bare.len())
}

/// Cuts a source that ends on a speaking pronoun to the pronoun (without a
/// contracted auxiliary), and clears one that is only an interjection.
fn speaker_alone(doc: &Document, claim: &mut Claim) {
    let Some(&src) = claim.source.spans.first() else {
        return;
    };
    let (a, b) = (doc.token_at(src.start), doc.token_at(src.end));
    if a >= b || b > doc.tokens.len() {
        return;
    }
    if (a..b).all(|t| !is_word(doc, t) || lower_is(doc, t, INTERJECTIONS)) {
        claim.source.spans.remove(0);
        return;
    }
    // `Um, the builder`: an interjection and its comma open no source.
    let mut k = a;
    while k + 2 < b && lower_is(doc, k, INTERJECTIONS) && doc.token_text(k + 1) == "," {
        k += 2;
    }
    if k > a {
        claim.source.spans[0] = Span::new(doc.tokens[k].span.start, src.end);
    }
    let mut last = b - 1;
    // `I do think`: an emphatic auxiliary after the pronoun belongs to the cue.
    if last > a && lower_is(doc, last, &["do", "does", "did"]) && speaker(doc, last - 1).is_some() {
        if let Some(cue) = claim.cue.spans.first_mut() {
            if doc.token_at(cue.start) == last + 1 {
                cue.start = doc.tokens[last].span.start;
            }
        }
        last -= 1;
    }
    let Some(len) = speaker(doc, last) else {
        return;
    };
    if last > a && lower_is(doc, last - 1, JOINERS) {
        return;
    }
    let start = doc.tokens[last].span.start;
    claim.source.spans[0] = Span::new(start, start + len);
}

/// `you know,` and `I mean,`: the pronoun right before a one-word cue `know`
/// or `mean` that a comma, a dash or the sentence's end follows.
fn filler(doc: &Document, claim: &Claim) -> bool {
    let (Some(&src), [cue]) = (claim.source.spans.first(), claim.cue.spans.as_slice()) else {
        return false;
    };
    let (s, c) = (doc.token_at(src.start), doc.token_at(cue.start));
    if c != s + 1 || doc.token_at(cue.end) != c + 1 || !lower_is(doc, c, &["know", "mean"]) {
        return false;
    }
    let pair = matches!(
        (doc.folded(s), doc.folded(c)),
        ("you", "know") | ("i", "mean")
    );
    let after = doc.tokens.get(c + 1).map(|_| doc.token_text(c + 1));
    pair && after.is_none_or(|t| matches!(t, "," | "—" | "–" | "-" | "--" | "." | "…" | "?"))
}
