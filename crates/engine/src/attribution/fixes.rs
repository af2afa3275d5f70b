//! Rule repairs applied after the learned tagger: the source of `according to
//! X, …`, agentless `it was reported that …`, and quotations that run over
//! several paragraphs kept in one claim; claims whose whole cue is a lone
//! preposition or a bare verb of speaking, or `states` as a noun, are dropped;
//! a `that` clause cut off at its subject runs on to its sentence's end;
//! `was quoted as saying` keeps its subject as source, and not answering
//! `requests for comment` or speaking `on condition of anonymity` is no
//! claim.

use crate::model::{Claim, KeepWith, Span};
use crate::quotes;
use crate::segment::{Document, TokenKind};

use super::subject::{is_word, lower_is};

/// Applies every repair.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for claim in claims.iter_mut() {
        according_to_source(doc, claim);
        agentless_it(doc, claim);
    }
    regroup_quotes(doc, claims);
    split_sources(doc, claims);
    speakers_after_according_to(doc, claims);
    source_openings(doc, claims);
    for claim in claims.iter_mut() {
        quoted_as_saying(doc, claim);
    }
    rejoin_examples(doc, claims);
    claims.keep_with(&mut |c| {
        !junk_cue(doc, c)
            && !states_noun(doc, c)
            && !unanswered_request(doc, c)
            && !anonymity(doc, c)
            && !duration(doc, c)
            && !example_say(doc, c)
            && !noun_label(doc, c)
    });
}

/// `He has written for Rolling Stone`, `a poem he wrote for the museum`:
/// where someone writes is no claim; `wrote for the Informer that …` is
/// (its content opens with `that` or a quotation).
pub fn venue_only(doc: &Document, claim: &Claim) -> bool {
    let (Some(cue), Some(content)) = (claim.cue.spans.last(), claim.content.spans.first()) else {
        return false;
    };
    let e = doc.token_at(cue.end);
    let k = doc.token_at(content.start);
    e >= 2
        && lower_is(doc, e - 1, &["for"])
        && lower_is(
            doc,
            e - 2,
            &["wrote", "written", "writes", "write", "writing"],
        )
        && (k..doc.token_at(content.end))
            .all(|t| !lower_is(doc, t, &["that"]) && doc.tokens[t].kind != TokenKind::Quote)
}

/// The token of a claim's cue when the cue is one word inside the text (a
/// word before it and one after).
fn one_word_cue(doc: &Document, claim: &Claim) -> Option<usize> {
    let [cue] = claim.cue.spans.as_slice() else {
        return None;
    };
    let t = doc.token_at(cue.start);
    (t > 0 && t + 2 < doc.tokens.len() && doc.token_at(cue.end) == t + 1).then_some(t)
}

/// `the average wall label, a study found`: `label` closing its phrase is a
/// noun, no cue; `critics label him` is one. (After a determiner,
/// `unknown_one_word_cue` in `attribution.rs` already drops it.)
fn noun_label(doc: &Document, claim: &Claim) -> bool {
    one_word_cue(doc, claim)
        .is_some_and(|t| lower_is(doc, t, &["label", "labels"]) && !is_word(doc, t + 1))
}

/// `said labels could be cut to | , say, | 40 words …`: the content the
/// tagger gave an example's `say` goes back to the claim whose content stops
/// at the comma before it.
fn rejoin_examples(doc: &Document, claims: &mut [Claim]) {
    for i in 0..claims.len() {
        let Some(&tail) = claims[i].content.spans.last() else {
            continue;
        };
        if !example_say(doc, &claims[i]) {
            continue;
        }
        let comma = doc.token_at(claims[i].cue.spans[0].start) - 1;
        let stops = |c: &Claim| {
            c.content
                .spans
                .last()
                .is_some_and(|p| doc.token_at(p.end) == comma)
        };
        if let Some(j) = (0..claims.len()).find(|&j| j != i && stops(&claims[j])) {
            if let Some(p) = claims[j].content.spans.last_mut() {
                p.end = tail.end;
            }
        }
    }
}

/// `is the problem national, say between Jews and Arabs`: a bare `say` after
/// a comma, before a preposition or a number, gives an example; nobody
/// speaks (`…", say the officials` keeps its source after the cue).
fn example_say(doc: &Document, claim: &Claim) -> bool {
    let Some(t) = one_word_cue(doc, claim) else {
        return false;
    };
    lower_is(doc, t, &["say"])
        && matches!(doc.token_text(t - 1), "," | "(")
        && (lower_is(
            doc,
            t + 1,
            &[",", "between", "in", "at", "on", "from", "for", "about"],
        ) || crate::hedges::context::is_number(doc.folded(t + 1)))
}

/// Units of time after which a content is how long someone spoke.
pub(super) const TIME_UNITS: &[&str] = &[
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
];

/// `The senator spoke for | nearly an hour`: how long someone spoke says
/// nothing (a content opening with a duration after a cue ending on `for`,
/// and no `that` clause after it: `argued for two hours | that …` is kept).
fn duration(doc: &Document, claim: &Claim) -> bool {
    let (Some(cue), Some(content)) = (claim.cue.spans.last(), claim.content.spans.first()) else {
        return false;
    };
    let c1 = doc.token_at(cue.end);
    let k = doc.token_at(content.start);
    let Some(unit) = (k..(k + 4).min(doc.tokens.len()))
        .find(|&t| super::wordclass::is(doc, t, super::wordclass::TIME_UNITS))
    else {
        return false;
    };
    c1 > 0
        && lower_is(doc, c1 - 1, &["for"])
        && !(unit + 1 < doc.tokens.len() && lower_is(doc, unit + 1, &["that"]))
        && (k..unit).all(|t| {
            lower_is(
                doc,
                t,
                &["a", "an", "about", "nearly", "more", "than", "several"],
            ) || crate::hedges::context::is_number(doc.folded(t))
        })
}

/// `The mayor was quoted as saying the city …`: the passive's subject is the
/// speaker, `as saying` is part of the cue, the clause after it the content.
fn quoted_as_saying(doc: &Document, claim: &mut Claim) {
    let (Some(&cue), [content]) = (claim.cue.spans.last(), claim.content.spans.as_slice()) else {
        return;
    };
    let (c0, c1) = (
        doc.token_at(claim.cue.spans[0].start),
        doc.token_at(cue.end),
    );
    let content = *content;
    let k = doc.token_at(content.start);
    let passive = c1 >= c0 + 2
        && lower_is(doc, c1 - 1, &["quoted"])
        && lower_is(doc, c0, &["was", "were", "is", "are", "has", "have", "had"]);
    if !passive
        || k != c1
        || k + 2 >= doc.tokens.len()
        || !lower_is(doc, k, &["as"])
        || !super::wordclass::is(doc, k + 1, super::wordclass::SAYING)
    {
        return;
    }
    claim.cue.spans = vec![Span::new(
        claim.cue.spans[0].start,
        doc.tokens[k + 1].span.end,
    )];
    claim.content.spans = vec![Span::new(doc.tokens[k + 2].span.start, content.end)];
    if claim.source.spans.is_empty() {
        let s0 = doc.sentences[doc.sentence_of(c0)].0;
        if let Some(subject) = super::subject::plain_subject(doc, s0, c0) {
            claim.source.spans = vec![subject];
        }
    }
}

/// `Officials, who spoke | on condition of anonymity because …`: why a source
/// is not named says nothing either.
fn anonymity(doc: &Document, claim: &Claim) -> bool {
    claim.content.spans.first().is_some_and(|s| {
        // Only the opening words are read: the fold of the first 32
        // characters (at least 32 bytes) opens the fold of the whole.
        let text = lowercase_head(doc.text.get(s.start..s.end).unwrap_or(""), 32);
        let text = text.strip_prefix("on ").unwrap_or(&text);
        let text = text.strip_prefix("the ").unwrap_or(text);
        text.starts_with("condition of anonymity") || text.starts_with("condition that")
    })
}

/// `Neither the company nor its lawyers responded | to requests for comment`,
/// `did not respond to repeated requests to see it`, `did not return |
/// messages | seeking comment`: not answering says nothing.
fn unanswered_request(doc: &Document, claim: &Claim) -> bool {
    let (Some(cue), Some(content)) = (claim.cue.spans.first(), claim.content.spans.last()) else {
        return false;
    };
    let raw = doc.text.get(cue.start..content.end).unwrap_or("");
    // The verb may follow an auxiliary and a negation (`did not respond to`).
    // (Compared without case: no folded copy of every claim's text. No
    // capital outside ASCII folds to a letter of these words.)
    let verb = raw.split_whitespace().take(4).any(|w| {
        ["respond", "repl", "return"].iter().any(|v| {
            w.as_bytes()
                .get(..v.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(v.as_bytes()))
        })
    });
    let has = |w: &str| crate::substring::contains(&crate::case::lowercase(raw), w);
    (verb && has("request"))
        // `did not return | messages | seeking comment`: the fold of the
        // last 15 characters (at least 15 bytes) ends the fold of the whole.
        || {
            let tail = raw.char_indices().rev().nth(14).map_or(0, |(at, _)| at);
            crate::case::lowercase(&raw[tail..]).ends_with("seeking comment")
        }
}

/// `text` lower-cased ([`crate::case::lowercase`]) up to its first `chars`
/// characters: a prefix of the whole text's fold, which folds each
/// character on its own.
fn lowercase_head(text: &str, chars: usize) -> String {
    let end = text
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(at, _)| at);
    crate::case::lowercase(&text[..end])
}

/// `Voting rights advocates have …`: the tagger can read the first words of
/// a sentence's subject as a claim of their own (cue `Voting`, content
/// `rights`) before the claim whose source is the rest (`advocates`). Such a
/// claim (no source, at most three words, opening its sentence) gives its
/// words to that source and goes.
fn source_openings(doc: &Document, claims: &mut Vec<Claim>) {
    let mut marked = vec![false; claims.len()];
    for i in 0..claims.len() {
        let Some((start, next)) = source_opening(doc, &claims[i]) else {
            continue;
        };
        let taker = claims
            .iter()
            .position(|o| o.source.spans.first().is_some_and(|s| s.start == next));
        if let Some(k) = taker {
            claims[k].source.spans[0].start = start;
            marked[i] = true;
        }
    }
    super::remove_marked(claims, &marked);
}

/// For a claim of the shape [`source_openings`] takes: where its words start,
/// and where the word after them starts.
fn source_opening(doc: &Document, claim: &Claim) -> Option<(usize, usize)> {
    let (Some(&cue), [content]) = (claim.cue.spans.first(), claim.content.spans.as_slice()) else {
        return None;
    };
    let (a, b) = (doc.token_at(cue.start), doc.token_at(content.end));
    let opens = doc
        .sentences
        .get(doc.sentence_of(a))
        .is_some_and(|s| s.0 == a);
    let words = (a..b).all(|t| doc.tokens[t].kind == crate::segment::TokenKind::Word);
    if !claim.source.spans.is_empty() || !opens || b > a + 3 || content.start < cue.end || !words {
        return None;
    }
    Some((cue.start, doc.tokens.get(b)?.span.start))
}

/// `advisers to Mr. Keller say …`: the tagger can take the preposition inside
/// a source for a cue of its own (source `advisers`, `Mr. Keller`, cue `to`,
/// no content). Such a claim's words, when the next word opens the cue of a
/// claim without a source, are that claim's source.
fn split_sources(doc: &Document, claims: &mut [Claim]) {
    for i in 0..claims.len() {
        let c = &claims[i];
        if !c.content.spans.is_empty() || c.source.spans.is_empty() || !junk_cue(doc, c) {
            continue;
        }
        let Some(whole) = c.role_spans().copied().reduce(|a, b| a.cover(&b)) else {
            continue;
        };
        let next = doc.token_at(whole.end);
        let Some(t) = doc.tokens.get(next) else {
            continue;
        };
        let taker = claims.iter().position(|o| {
            o.source.spans.is_empty()
                && o.cue.spans.first().is_some_and(|q| q.start == t.span.start)
        });
        if let Some(k) = taker {
            claims[k].source.spans = vec![whole];
        }
    }
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
    let t = doc.token_at(cue.start);
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
    "so",
    "is",
    "speak",
    "speaks",
    "speaking",
    "spoke",
    "continuing",
];

/// A cue verb in a sense that reports nothing, which the tagger split at
/// its particle or object: `a burden already showing | up in higher fees`
/// (`show up`), `adds | about $6 a month to a bill`, `adding | to her run
/// of victories`, `has added | another link` (adding a quantity or a thing,
/// not words: on PolNeAR dev and train none of the 7 such claims matched a
/// gold cue, while `added a note of caution` stays a claim).
pub fn reports_nothing(doc: &Document, claim: &Claim) -> bool {
    let (Some(cue), Some(content)) = (claim.cue.spans.last(), claim.content.spans.first()) else {
        return false;
    };
    let (v, k) = (doc.token_at(cue.end), doc.token_at(content.start));
    if v == 0 || k >= doc.tokens.len() {
        return false;
    }
    let starts_number = |t: usize| {
        doc.token_text(t)
            .as_bytes()
            .first()
            .is_some_and(|b| b.is_ascii_digit() || *b == b'$')
    };
    const ADD: &[&str] = &["add", "adds", "added", "adding"];
    const ABOUT: &[&str] = &["about", "nearly", "almost", "roughly"];
    // (`adds about | $6`: the tagger may keep the approximator in the cue.)
    let adding = (lower_is(doc, v - 1, ADD)
        && (lower_is(doc, k, &["to", "another"])
            || starts_number(k)
            || (lower_is(doc, k, ABOUT) && k + 1 < doc.tokens.len() && starts_number(k + 1))))
        || (v >= 2 && lower_is(doc, v - 2, ADD) && lower_is(doc, v - 1, ABOUT) && starts_number(k));
    let showing_up = lower_is(doc, v - 1, &["show", "shows", "showed", "shown", "showing"])
        && lower_is(doc, k, &["up"]);
    adding || showing_up
}

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

/// `According to X, C`: when the tagger left the source inside the content,
/// the words up to the first comma become the source.
fn according_to_source(doc: &Document, claim: &mut Claim) {
    let Some(cue) = claim.cue.spans.first().copied() else {
        return;
    };
    let cue_text = crate::case::lowercase(text(doc, cue));
    // (Whatever source the tagger found elsewhere: `(Wire)` of a dateline.)
    if cue_text.starts_with("according to ") && claim.cue.spans.len() == 1 {
        source_in_cue(doc, claim, cue);
        return;
    }
    if !claim.source.spans.is_empty() || !cue_text.ends_with("according to") {
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
    let a = doc.token_at(first.start);
    let b = doc.token_at(first.end);
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

/// `…, according to a study of | about 280,000 British adults published on
/// Wednesday.`: the tagger ran the cue over the source's first words and made
/// the rest a content piece. The cue is `according to`; the source is the
/// rest of the cue and the piece right after it.
fn source_in_cue(doc: &Document, claim: &mut Claim, cue: Span) {
    let c = doc.token_at(cue.start);
    if c + 2 >= doc.tokens.len() || doc.token_at(cue.end) <= c + 2 {
        return;
    }
    let mut source = Span::new(doc.tokens[c + 2].span.start, cue.end);
    if let Some(k) = claim
        .content
        .spans
        .iter()
        .position(|p| p.start >= cue.end && doc.text[cue.end..p.start].trim().is_empty())
    {
        source.end = claim.content.spans.remove(k).end;
    }
    claim.cue.spans = vec![doc.span_of(c, c + 1)];
    claim.source.spans = vec![source];
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
            .is_none_or(|t| !crate::substring::contains(t, "\n\n"))
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
        claims.keep_with(&mut |c| !c.content.spans.is_empty() || !c.cue.spans.is_empty());
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
            claim.content.spans = vec![doc.span_of(a, r.start - 1)];
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
        claim.content.spans.keep_with(&mut |piece| {
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

/// `According to the Courier, Professor Mara Ilves, the head of …, said the
/// pipes …`: when the tagger ran an `according to` claim's source on into a
/// speaker (`the Courier, Professor Mara Ilves,`) and its content over that
/// speaker's own `, said`, the speaker's claim is split out: source from
/// after the first comma of the phrase to the comma before the speech verb,
/// the verb as cue, the rest as content. The `according to` source keeps its
/// first phrase and takes the speaker's whole claim as content.
fn speakers_after_according_to(doc: &Document, claims: &mut Vec<Claim>) {
    let mut added = Vec::new();
    for claim in claims.iter_mut() {
        let (Some(&cue), [src], [content]) = (
            claim.cue.spans.first(),
            claim.source.spans.as_slice(),
            claim.content.spans.as_slice(),
        ) else {
            continue;
        };
        if !crate::case::lowercase(text(doc, cue)).ends_with("according to") {
            continue;
        }
        let (s0, s1) = (doc.token_at(src.start), doc.token_at(src.end));
        let Some(comma) = (s0 + 1..s1.saturating_sub(1)).find(|&t| doc.token_text(t) == ",") else {
            continue;
        };
        let (c0, c1) = (doc.token_at(content.start), doc.token_at(content.end));
        let verb = (c0 + 1..c1.saturating_sub(1)).find(|&t| {
            doc.token_text(t - 1) == ","
                && crate::lexicon::is_speech_cue(doc.token_text(t))
                && doc.token_text(t).chars().all(|c| c.is_ascii_lowercase())
        });
        let Some(verb) = verb else {
            continue;
        };
        let speaker = doc.span_of(comma + 1, verb - 1);
        let said = Span::new(doc.tokens[verb + 1].span.start, content.end);
        added.push(Claim::new(
            vec![speaker],
            vec![doc.tokens[verb].span],
            vec![said],
        ));
        claim.source.spans[0].end = doc.tokens[comma - 1].span.end;
        claim.content.spans[0] = Span::new(speaker.start, content.end);
    }
    claims.extend(added);
}
