//! Rule repairs applied after the learned tagger: the source of `according to
//! X, …`, agentless `it was reported that …`, and quotations that run over
//! several paragraphs kept in one claim; claims whose whole cue is a lone
//! preposition or a bare verb of speaking, or `states` as a noun, are dropped;
//! a `that` clause cut off at its subject runs on to its sentence's end.

use crate::model::{Claim, Span};
use crate::quotes;
use crate::segment::{Document, TokenKind};

/// Applies every repair.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for claim in claims.iter_mut() {
        according_to_source(doc, claim);
        agentless_it(doc, claim);
    }
    regroup_quotes(doc, claims);
    claims.retain(|c| !junk_cue(doc, c) && !states_noun(doc, c));
}

/// Words before `state(s)` that make it the noun (`several states that vote`,
/// `the swing state`, `11 states`), not the verb of `the document states`.
const BEFORE_STATE_NOUN: &[&str] = &[
    "the",
    "a",
    "of",
    "in",
    "from",
    "to",
    "several",
    "many",
    "most",
    "some",
    "all",
    "any",
    "other",
    "those",
    "these",
    "which",
    "what",
    "swing",
    "battleground",
    "key",
    "early",
    "two",
    "three",
    "four",
    "five",
    "six",
    "member",
    "southern",
    "northern",
    "border",
    "remaining",
    "primary",
    "red",
    "blue",
    "more",
    "few",
    "every",
    "each",
    "one",
    "both",
];

/// Whether a claim's cue is `state`/`states` used as a noun.
fn states_noun(doc: &Document, claim: &Claim) -> bool {
    let [cue] = claim.cue.spans.as_slice() else {
        return false;
    };
    let w = text(doc, *cue).trim();
    if !(w.eq_ignore_ascii_case("states") || w.eq_ignore_ascii_case("state")) {
        return false;
    }
    let t = token_at(doc, cue.start);
    if t == 0 {
        return false;
    }
    let before = doc.token_text(t - 1);
    before.chars().all(|c| c.is_ascii_digit())
        || BEFORE_STATE_NOUN
            .iter()
            .any(|x| x.eq_ignore_ascii_case(before))
}

/// Cues that are no attribution by themselves: a lone preposition or `is`,
/// or a bare verb of speaking without what was said (`spoke to reporters`).
/// In PolNeAR train under a fifth of the engine's claims with these cues
/// match a gold cue.
const JUNK_CUES: &[&str] = &[
    "about",
    "for",
    "to",
    "is",
    "speak",
    "speaks",
    "speaking",
    "spoke",
    "continuing",
];

/// Whether a claim's whole cue is one of [`JUNK_CUES`].
fn junk_cue(doc: &Document, claim: &Claim) -> bool {
    claim.cue.spans.len() == 1
        && JUNK_CUES
            .iter()
            .any(|w| w.eq_ignore_ascii_case(text(doc, claim.cue.spans[0]).trim()))
}

fn text<'a>(doc: &'a Document, s: Span) -> &'a str {
    doc.text.get(s.start..s.end).unwrap_or("")
}

/// Index of the first token starting at or after byte `pos`.
fn token_at(doc: &Document, pos: usize) -> usize {
    doc.tokens.partition_point(|t| t.span.start < pos)
}

/// `According to X, C`: when the tagger left the source inside the content,
/// the words up to the first comma become the source.
fn according_to_source(doc: &Document, claim: &mut Claim) {
    if !claim.source.spans.is_empty() {
        return;
    }
    let Some(cue) = claim.cue.spans.first().copied() else {
        return;
    };
    if !crate::case::lowercase(text(doc, cue)).ends_with("according to") {
        return;
    }
    let Some(first) = claim.content.spans.first().copied() else {
        return;
    };
    if first.start < cue.end
        || doc
            .text
            .get(cue.end..first.start)
            .is_none_or(|g| !g.trim().is_empty())
    {
        return;
    }
    let a = token_at(doc, first.start);
    let b = token_at(doc, first.end);
    let Some(comma) = (a..b).take(12).find(|&t| doc.token_text(t) == ",") else {
        return;
    };
    if comma == a {
        return;
    }
    claim.source.spans = vec![Span::new(first.start, doc.tokens[comma - 1].span.end)];
    match (comma + 1..b).find(|&t| doc.tokens[t].kind != TokenKind::Punct) {
        Some(rest) => claim.content.spans[0].start = doc.tokens[rest].span.start,
        None => {
            claim.content.spans.remove(0);
        }
    }
}

/// `It was reported that …`: an expletive `it` before a passive cue is no source.
fn agentless_it(doc: &Document, claim: &mut Claim) {
    let [source] = claim.source.spans.as_slice() else {
        return;
    };
    let Some(cue) = claim.cue.spans.first() else {
        return;
    };
    let cue_text = crate::case::lowercase(text(doc, *cue));
    let passive = [
        "is ",
        "was ",
        "has been ",
        "had been ",
        "have been ",
        "are ",
        "were ",
    ]
    .iter()
    .any(|b| cue_text.starts_with(b));
    if text(doc, *source).eq_ignore_ascii_case("it") && passive {
        claim.source.spans.clear();
    }
}

/// A quotation that runs over several paragraphs belongs to the claim whose cue
/// attributes it: content pieces inside it move to that claim.
fn regroup_quotes(doc: &Document, claims: &mut Vec<Claim>) {
    for q in quotes::attribute_quotations(doc) {
        let (Some(cue), Some(first), Some(last)) = (q.cue, q.content.first(), q.content.last())
        else {
            continue;
        };
        let whole = Span::new(first.start, last.end);
        if doc
            .text
            .get(whole.start..whole.end)
            .is_none_or(|t| !t.contains("\n\n"))
        {
            continue;
        }
        let Some(owner) = claims
            .iter()
            .position(|c| c.cue.spans.iter().any(|s| s.overlaps(&cue)))
        else {
            continue;
        };
        let mut moved = Vec::new();
        for (i, claim) in claims.iter_mut().enumerate() {
            if i == owner {
                continue;
            }
            let (inside, outside): (Vec<Span>, Vec<Span>) =
                claim.content.spans.iter().partition(|s| whole.contains(s));
            if !inside.is_empty() {
                moved.extend(inside);
                claim.content.spans = outside;
            }
        }
        let owner_claim = &mut claims[owner];
        owner_claim.content.spans.extend(moved);
        crate::order::spans(&mut owner_claim.content.spans);
        claims.retain(|c| !c.content.spans.is_empty() || !c.cue.spans.is_empty());
    }
}

/// `When Mariano’s diagnosis of a blood clot was confirmed, Clinton …`: an
/// agentless passive of verifying (`was confirmed`, `had been verified`, no
/// `by` and no `that` after it) says its subject was checked, so the subject
/// is the content, not a clause the tagger took after the comma. Only for a
/// claim without a source, whose content (if any) lies after the cue.
pub fn passive_verification(doc: &Document, claims: &mut [Claim]) {
    const OPENERS: &[&str] = &[
        "that", "and", "but", "because", "when", "while", "after", "before", "although", "though",
        "if", "since", "as", "until", "once",
    ];
    const AUX: &[&str] = &[
        "was", "were", "is", "are", "been", "has", "have", "had", "be",
    ];
    let lower_in = |t: usize, list: &[&str]| {
        list.iter()
            .any(|w| w.eq_ignore_ascii_case(doc.token_text(t)))
    };
    for claim in claims.iter_mut() {
        let Some(&cue) = claim.cue.spans.first() else {
            continue;
        };
        let before = claim
            .content
            .spans
            .first()
            .is_some_and(|c| c.start < cue.end);
        if !claim.source.spans.is_empty() || before {
            continue;
        }
        let r = doc.tokens_in(cue);
        if r.len() < 2 || !lower_in(r.end - 1, &["confirmed", "verified"]) {
            continue;
        }
        if !(r.start..r.end - 1).all(|t| lower_in(t, AUX) || lower_in(t, &["not", "later"])) {
            continue;
        }
        if r.end < doc.tokens.len() && lower_in(r.end, &["by", "that", "to"]) {
            continue;
        }
        let s0 = doc.sentences[doc.sentence_of(r.start)].0;
        let mut a = r.start;
        while a > s0 && r.start - a < 12 {
            let t = a - 1;
            // `Dr.`: a title's period is part of the subject.
            let title = doc.token_text(t) == "."
                && t > s0
                && crate::segment::is_title_abbreviation(doc.token_text(t - 1));
            if (doc.tokens[t].kind != TokenKind::Word && !title) || lower_in(t, OPENERS) {
                break;
            }
            a -= 1;
        }
        let words = (a..r.start)
            .filter(|&t| doc.tokens[t].kind == TokenKind::Word)
            .count();
        if words >= 2 {
            claim.content.spans = vec![Span::new(
                doc.tokens[a].span.start,
                doc.tokens[r.start - 1].span.end,
            )];
        }
    }
}

/// `Though he’s heralded plans to …, experts say the sting of those changes
/// would be swamped …`: a content piece opened by a concessive subordinator
/// is the writer's framing of the main clause, not what the main clause's
/// source says (PolNeAR marks it as its own attribution, or not at all); it
/// leaves a claim that has other content.
pub fn concessive_pieces(doc: &Document, claims: &mut [Claim]) {
    const CONCESSIVE: &[&str] = &["though", "although", "while", "whereas"];
    for claim in claims.iter_mut() {
        if claim.content.spans.len() < 2 {
            continue;
        }
        claim.content.spans.retain(|piece| {
            let r = doc.tokens_in(*piece);
            r.is_empty()
                || !CONCESSIVE
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(doc.token_text(r.start)))
        });
    }
}

/// `it appeared | that Trump | was either unable to …`: a content of `that`
/// (or `whether`) and a one- or two-word subject, cut off right before the
/// clause's verb, runs on to the end of its sentence.
pub fn cut_clauses(doc: &Document, claims: &mut [Claim]) {
    for claim in claims.iter_mut() {
        let [piece] = claim.content.spans.as_mut_slice() else {
            continue;
        };
        let r = doc.tokens_in(*piece);
        let opens = r.len() >= 2
            && r.len() <= 3
            && matches!(doc.folded(r.start), "that" | "whether")
            && r.clone()
                .skip(1)
                .all(|t| doc.tokens[t].kind == TokenKind::Word);
        if !opens
            || r.end >= doc.tokens.len()
            || !super::parenthetical::FINITE.contains(&doc.folded(r.end))
        {
            continue;
        }
        let (_, end) = doc.sentences[doc.sentence_of(r.start)];
        // Up to the claim's own cue or source if they follow (`…, he said`).
        let after = claim.cue.spans.iter().chain(&claim.source.spans);
        let stop = after
            .map(|s| s.start)
            .filter(|&s| s >= piece.end)
            .min()
            .unwrap_or(usize::MAX);
        // The last word before it (closing punctuation left out).
        let last = (r.end..end)
            .rev()
            .find(|&t| doc.tokens[t].kind == TokenKind::Word && doc.tokens[t].span.end <= stop);
        if let Some(last) = last {
            piece.end = doc.tokens[last].span.end;
        }
    }
}
