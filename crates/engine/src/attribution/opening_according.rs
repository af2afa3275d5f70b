//! `According to the county sheriff, four people were injured.`: an opening
//! `according to` phrase attributes the rest of its sentence. The tagger
//! sometimes runs the source over the comma into that clause and leaves the
//! content empty; [`super::source_extent`] cuts the source back to the
//! comma, and this gives the claim the clause after it. Without the comma
//! (`According to Rathbun the property was returned`) the tagger may draw
//! the line between source and clause in the wrong place; [`split_run_on`]
//! moves it.

use crate::model::{Claim, KeepWith, Span};
use crate::segment::{Document, TokenKind};

use super::subject::is_word;

/// Gives every contentless claim that opens its sentence with `according to
/// SOURCE,` the rest of the sentence (no quotation in it, no other claim's
/// words) as content.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    let mut i = 0;
    while i < claims.len() {
        let c = &claims[i];
        let (Some(&cue), Some(&source)) = (c.cue.spans.first(), c.source.spans.last()) else {
            i += 1;
            continue;
        };
        if cue.start > source.start {
            i += 1;
            continue;
        }
        if !c.content.spans.is_empty() {
            widen_to_clause(doc, claims, i);
            // Claims before this one may have gone.
            i = position_of(claims, cue).map_or(i, |k| k + 1);
            continue;
        }
        // `According to a draft budget document seen by Wire, …`: the source
        // runs on over its participle phrase, and the tagger's claim inside
        // that phrase (`Wire` | `seen`) goes.
        let source = match participle_phrase(doc, source) {
            Some(phrase) => {
                let whole = Span::new(source.start, phrase.end);
                claims[i].source.spans = vec![whole];
                claims.keep_with(&mut |o| !o.cue.spans.iter().any(|s| phrase.contains(s)));
                // The claim's own cue precedes the phrase, so it stays.
                i = position_of(claims, cue).unwrap_or(i);
                whole
            }
            None => source,
        };
        let Some(content) = clause_after(doc, cue, source) else {
            i += 1;
            continue;
        };
        // `According to exit polls, | the expansion had | a lead …`: a
        // claim the tagger read on a word of the clause that attributes
        // nothing gives way.
        if !claims.iter().any(|o| o.touches(&content)) || stray_claims_only(doc, claims, content) {
            claims.keep_with(&mut |o| !o.cue.spans.iter().any(|q| content.contains(q)));
            let k = position_of(claims, cue).unwrap_or(i);
            claims[k].content.spans = vec![content];
            i = k;
        }
        i += 1;
    }
}

/// Whether every claim touching `span` has its cue inside it and no word of
/// that cue can attribute (`had`, `make up`): the tagger's reading of a
/// clause's own verb.
fn stray_claims_only(doc: &Document, claims: &[Claim], span: Span) -> bool {
    claims.iter().filter(|o| o.touches(&span)).all(|o| {
        !o.cue.spans.is_empty()
            && o.cue
                .spans
                .iter()
                .all(|q| span.contains(q) && !doc.tokens_in(*q).any(|t| can_attribute(doc, t)))
    })
}

/// Whether token `t` is a word the lexicon lists as a cue of some kind.
fn can_attribute(doc: &Document, t: usize) -> bool {
    crate::cuelex::categories_lower(doc.folded(t)) & crate::cuelex::ANY_CUE != 0
}

/// Index of the claim whose first cue piece is `cue` (claims before it may
/// have gone).
fn position_of(claims: &[Claim], cue: Span) -> Option<usize> {
    claims
        .iter()
        .position(|o| o.cue.spans.first() == Some(&cue))
}

/// `According to exit polls, | Mitt Romney had a lead over | Obama …`: a
/// content that starts inside the clause after `according to SOURCE,`
/// (the tagger read the words before it as a claim of their own, on a word
/// that attributes nothing) starts where the clause does; the claims on
/// those words go. Not when a word there can attribute (`According to the
/// filing, the mayor said …`).
fn widen_to_clause(doc: &Document, claims: &mut Vec<Claim>, i: usize) {
    let c = &claims[i];
    let (Some(&cue), Some(&source), Some(&piece)) = (
        c.cue.spans.first(),
        c.source.spans.last(),
        c.content.spans.first(),
    ) else {
        return;
    };
    let Some(clause) = clause_after(doc, cue, source) else {
        return;
    };
    if piece.start <= clause.start || piece.start >= clause.end {
        return;
    }
    let gap = Span::new(clause.start, piece.start);
    if doc.tokens_in(gap).any(|t| can_attribute(doc, t)) {
        return;
    }
    claims[i].content.spans[0].start = clause.start;
    claims.keep_with(&mut |o| !o.cue.spans.iter().any(|q| gap.contains(q)));
}

/// `According to Rathbun the property …`: where no comma closes an opening
/// `according to` phrase, its source ends before a determiner that follows
/// a noun (`the` after `Rathbun`, not after `of`), and the clause starts
/// there, also when the tagger left the name inside the clause.
pub fn split_run_on(doc: &Document, claims: &mut [Claim]) {
    for c in claims.iter_mut() {
        let ([cue], Some(content)) = (c.cue.spans.as_slice(), c.content.spans.first()) else {
            continue;
        };
        let Some((c1, (_, s1))) = opening_cue(doc, *cue) else {
            continue;
        };
        // The tagger's line: where its source ends, or the cue's end when it
        // left the source inside the content (`According to | Whitlock the …`).
        let first = match c.source.spans.as_slice() {
            [] => c1,
            [source] if doc.token_at(source.start) == c1 => doc.token_at(source.end),
            _ => continue,
        };
        if doc.token_at(content.start) != first {
            continue;
        }
        // Past the tagger's line only over a name (`Whitlock`).
        let mut last = first;
        while last < s1 && doc.token_text(last).starts_with(char::is_uppercase) {
            last += 1;
        }
        let Some(t) = (c1 + 1..=last.min(s1 - 1)).find(|&t| {
            is_word(doc, t - 1)
                && !LINKS.contains(&doc.folded(t - 1))
                && DETERMINERS.contains(&doc.token_text(t))
        }) else {
            continue;
        };
        if t != first {
            c.source.spans = vec![doc.span_of(c1, t - 1)];
            c.content.spans[0].start = doc.tokens[t].span.start;
        }
    }
}

/// Lowercase determiners that open the clause after a source (not `this`:
/// `court papers filed | this week`).
const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "its", "their", "there"];

/// Words a determiner may follow inside a source (`head of the agency`).
const LINKS: &[&str] = &[
    "of", "for", "at", "in", "on", "and", "or", "with", "from", "by", "to", "the", "a", "an",
];

/// Participles that open a phrase describing a document source.
pub(super) const PARTICIPLES: &[&str] = &[
    "seen",
    "obtained",
    "reviewed",
    "viewed",
    "published",
    "released",
    "prepared",
    "provided",
    "cited",
    "circulated",
    "shared",
    "compiled",
    "commissioned",
    "filed",
];

/// The participle phrase right after a source, up to the comma that closes
/// it (`seen by Wire`), if there is one.
fn participle_phrase(doc: &Document, source: Span) -> Option<Span> {
    let p = doc.token_at(source.end);
    if p >= doc.tokens.len() || !PARTICIPLES.contains(&doc.folded(p)) {
        return None;
    }
    let (_, s1) = doc.sentences[doc.sentence_of(p)];
    let comma = (p + 1..s1.min(p + 8)).find(|&t| doc.token_text(t) == ",")?;
    (p + 1..comma)
        .all(|t| is_word(doc, t))
        .then(|| doc.span_of(p, comma - 1))
}

/// The token after a cue that ends in `according to` and opens its sentence
/// (after any dateline), with that sentence's token range.
fn opening_cue(doc: &Document, cue: Span) -> Option<(usize, (usize, usize))> {
    let (c0, c1) = (doc.token_at(cue.start), doc.token_at(cue.end));
    if c1 < 2 || doc.folded(c1 - 1) != "to" || doc.folded(c1 - 2) != "according" {
        return None;
    }
    let (s0, s1) = doc.sentences[doc.sentence_of(c0)];
    (c0 == super::fronted::after_dateline(doc, s0, s1)).then_some((c1, (s0, s1)))
}

/// The clause after `according to SOURCE,` when the cue opens its sentence
/// (after any dateline) and a comma closes the source.
fn clause_after(doc: &Document, cue: Span, source: Span) -> Option<Span> {
    let (_, (s0, s1)) = opening_cue(doc, cue)?;
    let comma = doc.token_at(source.end);
    if comma >= s1 || doc.token_text(comma) != "," {
        return None;
    }
    if (s0..s1).any(|t| doc.tokens[t].kind == TokenKind::Quote) {
        return None;
    }
    let first = (comma + 1..s1).find(|&t| is_word(doc, t))?;
    let last = (first..s1).rev().find(|&t| is_word(doc, t))?;
    Some(doc.span_of(first, last))
}
