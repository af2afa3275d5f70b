//! Sources for claims that still have none after [`super::subject`], from
//! two shapes the subject finder does not cover:
//!
//! * an inverted speech verb followed by its speaker (`…,” said Batchelder.`,
//!   `noted NBC’s Dante Chinni`);
//! * the agent of a passive cue (`has been endorsed by dozens of papers`,
//!   `a view echoed by everyone I interviewed`).
//!
//! (A noun phrase right before the cue, `state regulators did not consider`,
//! was tried too: on PolNeAR dev it found more wrong sources than right ones.)
//!
//! [`super::source_extent`] then widens what is found like any other source.
//! Each rule looks at a bounded window around the cue.

use crate::cuelex;
use crate::model::{Claim, KeepWith, Span};
use crate::segment::{Document, TokenKind};

use super::source_edges::passive_cue;
use super::subject::{calendar, capitalised, is_word, lower_is, lowercase};

/// Finds a source for every claim without one.
pub fn apply(doc: &Document, claims: &mut [Claim]) {
    for claim in claims.iter_mut() {
        drop_modifier_source(doc, claim);
        heard_saying(doc, claim);
        clause_as_source(doc, claim);
        if !claim.source.spans.is_empty() {
            continue;
        }
        let Some(&cue) = claim.cue.spans.first() else {
            continue;
        };
        let t = doc.token_at(cue.start);
        let e = doc.token_at(cue.end);
        if t >= e || e > doc.tokens.len() {
            continue;
        }
        let passive = passive_cue(doc, cue);
        let inverted = if passive {
            None
        } else {
            inverted_speaker(doc, t, e)
        };
        let found = if passive {
            passive_agent(doc, e)
        } else {
            inverted.or_else(|| noun_before_participle(doc, t, e))
        };
        let Some((a, b)) = found else {
            continue;
        };
        let span = doc.span_of(a, b - 1);
        // The tagger sometimes takes an inverted speaker for a last piece of
        // content (`…, said` + `Batchelder`): such a piece becomes the source.
        // So do the apposition pieces after it in the same sentence.
        let (_, s1) = doc.sentences[doc.sentence_of(a)];
        let sentence_end = doc.tokens[s1 - 1].span.end;
        let swallowed =
            |s: &Span| inverted.is_some() && s.start >= span.start && s.end <= sentence_end;
        let clash = claim.cue.spans.iter().any(|s| s.overlaps(&span))
            || claim
                .content
                .spans
                .iter()
                .any(|s| s.overlaps(&span) && !swallowed(s));
        if clash || claim.content.spans.iter().all(swallowed) {
            continue;
        }
        claim.content.spans.keep_with(&mut |s| !swallowed(s));
        claim.source.spans = vec![span];
    }
}

/// `… they get a message stating, “…”`, `a cover saying “…”`: a one-word
/// participle of saying takes the noun right before it, with its article,
/// as its source.
fn noun_before_participle(doc: &Document, t: usize, e: usize) -> Option<(usize, usize)> {
    let noun = t.checked_sub(1)?;
    let article = noun.checked_sub(1)?;
    (e == t + 1
        && lower_is(doc, t, SAYING_PARTICIPLES)
        && lower_is(doc, article, &["a", "an", "the"])
        && lowercase(doc, noun))
    .then_some((article, t))
}

/// `they heard a recording saying “…”`, `she received a letter stating …`:
/// what the message says is the message's claim, not the hearer's: the
/// message is the source and the participle the cue.
fn heard_saying(doc: &Document, claim: &mut Claim) {
    let [cue] = claim.cue.spans[..] else {
        return;
    };
    let r = doc.tokens_in(cue);
    // (The participle of saying is tested by `noun_before_participle`.)
    if r.len() == 4
        && lower_is(
            doc,
            r.start,
            &["heard", "received", "got", "saw", "read", "found"],
        )
    {
        if let Some((a, b)) = noun_before_participle(doc, r.start + 3, r.end) {
            claim.source.spans = vec![doc.span_of(a, b - 1)];
            claim.cue.spans = vec![doc.tokens[r.start + 3].span];
        }
    }
}

/// `The dust settles on every sill, said Ken Marsh, a retired teacher …`:
/// the tagger can read the clause before an inverted speech verb as its
/// source, leaving the claim without content. The clause is the content;
/// the name after the verb is found as the source below.
fn clause_as_source(doc: &Document, claim: &mut Claim) {
    let (&[src], &[cue], []) = (
        claim.source.spans.as_slice(),
        claim.cue.spans.as_slice(),
        claim.content.spans.as_slice(),
    ) else {
        return;
    };
    if src.end > cue.start {
        return;
    }
    let t = doc.token_at(cue.start);
    let clause = doc.text[src.start..cue.start].trim_end();
    if !clause.ends_with(',')
        || t + 1 >= doc.tokens.len()
        || !capitalised(doc, t + 1)
        || !lower_is(doc, t, INVERTED)
    {
        return;
    }
    let end = src.start + clause.len() - 1;
    claim.content.spans = vec![Span::new(src.start, end)];
    claim.source.spans.clear();
}

/// Participles that report what a text or a message says.
const SAYING_PARTICIPLES: &[&str] = &[
    "saying",
    "stating",
    "reading",
    "announcing",
    "claiming",
    "declaring",
    "asserting",
    "alleging",
];

/// Speech verbs that invert with their speaker after a quotation.
const INVERTED: &[&str] = &[
    "said",
    "says",
    "noted",
    "added",
    "wrote",
    "asked",
    "explained",
    "argued",
    "continued",
    "recalled",
    "acknowledged",
    "insisted",
    "observed",
    "warned",
    "concluded",
    "countered",
    "declared",
    "remarked",
    "replied",
    "responded",
    "tweeted",
    "writes",
    "notes",
    "adds",
    "asks",
    "explains",
    "argues",
];

/// Capitalised words that follow a speech verb without being its speaker (day
/// and month names too: [`crate::lexicon::is_calendar_word`]).
const NOT_SPEAKERS: &[&str] = &[
    "may",
    "in",
    "on",
    "at",
    "that",
    "this",
    "last",
    "earlier",
    "later",
    "today",
    "yesterday",
];

/// `…,” said Batchelder.`: the speaker after a one-word inverted speech verb
/// that follows a comma or a closing quotation mark; the name or determiner
/// phrase up to the next comma or the end of the sentence.
fn inverted_speaker(doc: &Document, t: usize, e: usize) -> Option<(usize, usize)> {
    if e != t + 1 || t == 0 || !lower_is(doc, t, INVERTED) || !lowercase(doc, t) {
        return None;
    }
    let prev = doc.token_text(t - 1);
    if prev != "," && doc.tokens[t - 1].kind != TokenKind::Quote {
        return None;
    }
    let (_, s1) = doc.sentences[doc.sentence_of(t)];
    if e >= s1 || (lower_is(doc, e, NOT_SPEAKERS) || calendar(doc, e)) {
        return None;
    }
    let mut b = e;
    while b < s1 && b < e + 12 && (is_word(doc, b) || matches!(doc.token_text(b), "." | "-")) {
        b += 1;
    }
    // A name, an article phrase, or a lowercase title before a name
    // (`lobbyist and GOP strategist Charlie Black`).
    if !(capitalised(doc, e)
        || lower_is(doc, e, &["the", "a", "an"])
        || (lowercase(doc, e) && (e + 1..b).any(|k| capitalised(doc, k))))
    {
        return None;
    }
    // A sentence-final period is not part of the name (`Jr.` keeps its dot
    // inside the word token).
    while b > e && !is_word(doc, b - 1) {
        b -= 1;
    }
    // Only a name or a short phrase, ending at a comma or the sentence end.
    let next_ok = b >= s1 || matches!(doc.token_text(b), "," | "." | "(");
    (b > e && next_ok).then_some((e, b))
}

/// `has been endorsed by dozens of papers …`: the agent after `by`, up to a
/// comma, a bracket or the end of the sentence.
fn passive_agent(doc: &Document, e: usize) -> Option<(usize, usize)> {
    if e >= doc.tokens.len() || !lower_is(doc, e, &["by"]) {
        return None;
    }
    let (_, s1) = doc.sentences[doc.sentence_of(e)];
    let a = e + 1;
    if a >= s1 || !is_word(doc, a) {
        return None;
    }
    let mut b = a;
    while b < s1 && b < a + 40 && !matches!(doc.token_text(b), "," | ")" | "(" | ";" | ":") {
        b += 1;
    }
    while b > a && !is_word(doc, b - 1) {
        b -= 1;
    }
    (b > a).then_some((a, b))
}

/// Words in `-ing` that follow `said,` without opening a claim of their own.
const NOT_PARTICIPLE_CUES: &[&str] = &["including", "according", "during", "regarding"];

/// `Trump said, looking out on the crowd`, `she said, referencing the bank's
/// drive`: a content piece that opens with a participle right after the
/// cue's comma is a second claim of the same source (PolNeAR annotates it so),
/// with the participle as its cue.
pub fn participle_tails(doc: &Document, claims: &mut Vec<Claim>) {
    let mut added = Vec::new();
    for claim in claims.iter_mut() {
        let (Some(&src), Some(&cue)) = (claim.source.spans.first(), claim.cue.spans.first()) else {
            continue;
        };
        let e = doc.token_at(cue.end);
        if e + 1 >= doc.tokens.len() || doc.token_text(e) != "," {
            continue;
        }
        let w = e + 1;
        let Some(i) = claim
            .content
            .spans
            .iter()
            .position(|p| doc.token_at(p.start) == w)
        else {
            continue;
        };
        let piece = claim.content.spans[i];
        let end = doc.token_at(piece.end);
        let word = doc.token_text(w);
        if !lowercase(doc, w)
            || !word.ends_with("ing")
            || lower_is(doc, w, NOT_PARTICIPLE_CUES)
            || end < w + 3
            || claim.content.spans.len() < 2
        {
            continue;
        }
        claim.content.spans.remove(i);
        added.push(Claim::new(
            vec![src],
            vec![doc.tokens[w].span],
            vec![Span::new(doc.tokens[w + 1].span.start, piece.end)],
        ));
    }
    claims.extend(added);
}

/// Auxiliaries and adverbs a cue may stand behind (`…, has said`).
const BEHIND: &[&str] = &[
    "has", "have", "had", "was", "is", "will", "would", "also", "later", "then", "again",
];

/// `Andrade, who is seeking a second term, has said …`, `A person familiar
/// with the inquiry, who spoke on condition of anonymity, said …`: a cue
/// without a source (or with one inside the clause) right after the comma closing a relative clause takes
/// the subject with its clause (PolNeAR's convention); a claim the tagger
/// found inside that clause (`who is seeking`) is part of the source and is
/// dropped.
pub fn relative_subjects(doc: &Document, claims: &mut Vec<Claim>) {
    let mut found: Vec<(usize, Span)> = Vec::new();
    for (i, claim) in claims.iter().enumerate() {
        let Some(&cue) = claim.cue.spans.first() else {
            continue;
        };
        let mut l = doc.token_at(cue.start);
        if l >= doc.tokens.len() {
            continue;
        }
        let (s0, _) = doc.sentences[doc.sentence_of(l)];
        while l > s0 && lower_is(doc, l - 1, BEHIND) {
            l -= 1;
        }
        if l < s0 + 4 || doc.token_text(l - 1) != "," {
            continue;
        }
        let close = l - 1;
        let mut a = s0;
        while a < close && doc.tokens[a].kind != TokenKind::Word {
            a += 1;
        }
        // The subject: a name or a determiner phrase of a few words, then
        // `, who` / `, which`, then the clause up to the closing comma.
        let Some(k) = (a + 1..close.min(a + 9)).find(|&k| doc.token_text(k) == ",") else {
            continue;
        };
        if !lower_is(doc, k + 1, &["who", "which", "whose"])
            || !(capitalised(doc, a) || lower_is(doc, a, &["a", "an", "the"]))
            || close - k > 30
            || (k + 1..close).any(|j| {
                doc.tokens[j].kind == TokenKind::Quote || matches!(doc.token_text(j), ";" | ":")
            })
        {
            continue;
        }
        // A source the tagger found inside the clause (`Ortiz, who represents
        // the district in the state House, has said`) is replaced.
        let clause = doc.span_of(k + 1, close);
        if !claim.source.spans.iter().all(|s| clause.contains(s)) {
            continue;
        }
        found.push((i, doc.span_of(a, close - 1)));
    }
    if found.is_empty() {
        return;
    }
    let mut drop = vec![false; claims.len()];
    // Claims by cue start, so each new source looks only at the cues inside it.
    let mut by_cue: Vec<(usize, usize)> = claims
        .iter()
        .enumerate()
        .filter_map(|(j, c)| c.cue.spans.first().map(|q| (q.start, j)))
        .collect();
    crate::order::by_key(&mut by_cue, |&(start, j)| (start, j, 0));
    for &(i, span) in &found {
        // Claims whose cue lies inside the new source, without a source or
        // with the relative pronoun as one, belong to it.
        let from = by_cue.partition_point(|&(s, _)| s < span.start);
        for &(_, j) in by_cue[from..].iter().take_while(|&&(s, _)| s < span.end) {
            let c = &claims[j];
            let inside = c.cue.spans.first().is_some_and(|q| span.contains(q));
            let own = c.source.spans.iter().all(|s| span.contains(s));
            if j != i && inside && own {
                drop[j] = true;
            }
        }
        claims[i].source.spans = vec![span];
    }
    super::remove_marked(claims, &drop);
}

/// Adjectives that open a sentence before a noun cue (`Early reports on
/// social media …`, `Initial accounts …`): the tagger takes them for a source.
const MODIFIERS: &[&str] = &[
    "early",
    "initial",
    "recent",
    "preliminary",
    "previous",
    "earlier",
    "later",
    "latest",
    "first",
    "unconfirmed",
    "conflicting",
    "new",
    "other",
];

/// Sentence adverbs and connectives, never a source on their own
/// (`Furthermore`, `Maybe`).
const SENTENCE_ADVERBS: &[&str] = &[
    "furthermore",
    "moreover",
    "maybe",
    "perhaps",
    "albeit",
    "however",
    "thus",
    "therefore",
    "hence",
    "indeed",
    "additionally",
    "meanwhile",
    "instead",
    "nevertheless",
    "nonetheless",
    "finally",
    "also",
    "still",
    "yet",
    "so",
    "then",
    "now",
    "here",
    "there",
    "default",
    "comment",
    "please",
];

/// Clears a one-word source that is only an adjective of its cue or a
/// sentence adverb.
fn drop_modifier_source(doc: &Document, claim: &mut Claim) {
    let (Some(&src), Some(&cue)) = (claim.source.spans.first(), claim.cue.spans.first()) else {
        return;
    };
    let a = doc.token_at(src.start);
    if doc.token_at(src.end) != a + 1 {
        return;
    }
    let w = doc.token_text(a);
    let lower = crate::case::lowercase(w);
    let abuts = doc.token_at(cue.start) == a + 1;
    // A one-word noun cue (`claims`, `records`) after an adjective
    // (`Republican claims`, `medical records`): no possessor, no source.
    let noun_cue = abuts
        && doc.token_at(cue.end) == a + 2
        && lowercase(doc, a + 1)
        && cuelex::categories_lower(&crate::case::lowercase(doc.token_text(a + 1))) & cuelex::NOUN
            != 0;
    // Not a pronoun or a plural noun (`she claims`, `officials say`).
    let adjective = (lowercase(doc, a)
        && !lower.ends_with('s')
        && !lower_is(
            doc,
            a,
            &["he", "she", "they", "we", "i", "you", "it", "who"],
        ))
        || ["ic", "al", "ed", "ive"].iter().any(|x| lower.ends_with(x))
        || lower == "republican";
    let imperative = crate::substring::contains(&lower, "n't")
        || crate::substring::contains(&lower, "n’t")
        || lower == "let's"
        || lower == "let’s";
    if (abuts && lower_is(doc, a, MODIFIERS))
        || lower_is(doc, a, SENTENCE_ADVERBS)
        || (noun_cue && adjective && !lower_is(doc, a, POSSESSIVES))
        || imperative
        || lower_is(doc, a, &["the", "a", "an"])
    {
        claim.source.spans.clear();
    }
}

/// Possessive determiners, the usual owners of a noun cue (`his claim`).
const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "my", "our", "your"];
