//! Polls as sources: `In a Quinnipiac University poll released Tuesday, 48
//! percent of voters backed the bonds.` and `Benson leads Olsen by six
//! points in the latest poll.` The poll is the source, the preposition `in`
//! the cue and the finding the content (PolNeAR's convention, about one
//! claim in thirty of its train split's misses). The tagger sees `in`
//! thousands of times as no cue and misses nearly all of these. A claim
//! inside the finding (`48 percent of voters said …`) stays, nested in the
//! poll's.

use crate::model::{Claim, Span};
use crate::segment::Document;

use super::subject::{capitalised, cue_taken, is_word, last_word, lower_is};

/// Nouns that name a poll.
const POLLS: &[&str] = &["poll", "polls", "survey", "surveys", "polling"];

/// Participles that continue a poll's name (`released Monday`,
/// `conducted in early September`).
const POLL_PARTICIPLES: &[&str] = &[
    "released",
    "conducted",
    "taken",
    "published",
    "commissioned",
    "carried",
    "completed",
];

/// Words of a finding a trailing `in … poll` reports: a lead, a share, a
/// gain (`Trump has a decisive lead in the polls`, `she did not receive a
/// bump in one of the first post-debate polls`).
const FINDINGS: &[&str] = &[
    "lead", "leads", "led", "leading", "ahead", "behind", "trail", "trails", "trailed", "trailing",
    "percent", "%", "points", "edge", "gains", "gained", "bump", "tied", "winning", "fare",
    "fared",
];

/// Verbs of a trailing finding: a clause, not the noun phrase of a sentence
/// that goes on (`78 percent of voters in a recent poll | said …`).
const FINDING_VERBS: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "have", "did", "does", "leads", "led", "trails",
    "trailed", "held", "holds", "won", "wins", "took", "takes", "rose", "fell", "gained", "tied",
    "finished", "remains", "remained", "got", "received", "enjoys", "enjoyed", "stays", "stayed",
    "drew", "dropped", "slipped", "climbed",
];

/// Openers of an introductory phrase before a finding's clause (`By Jan. 18,
/// …`): the finding starts after the phrase's comma.
const INTRODUCTORY: &[&str] = &[
    "in",
    "by",
    "after",
    "as",
    "since",
    "despite",
    "though",
    "although",
    "while",
    "with",
    "for",
    "at",
    "on",
    "among",
    "but",
    "and",
    "still",
    "yet",
    "meanwhile",
    "now",
];

/// Words after which a finding's clause starts (`… because | he is ahead`).
const SUBORDINATORS: &[&str] = &["that", "because", "where", "when", "while", "since", "if"];

/// Whether token `t` may stand inside a trailing poll's finding: a word
/// other than a subordinator or relative pronoun, or a percent sign, hyphen
/// or possessive.
fn finding_word(doc: &Document, t: usize) -> bool {
    (is_word(doc, t) && !lower_is(doc, t, SUBORDINATORS) && !lower_is(doc, t, RELATIVES))
        || matches!(doc.token_text(t), "%" | "-" | "'s" | "’s" | "$")
}

/// Relative pronouns: `Mr. Trump, who has been leading in polls` leaves the
/// finding's subject outside the clause.
const RELATIVES: &[&str] = &["who", "which", "whom", "whose"];

/// Longest poll phrase, in tokens.
const MAX_POLL: usize = 16;
/// Fewest words of a finding.
const MIN_FINDING: usize = 3;

/// Adds a claim for every poll that opens a sentence or closes a finding's
/// clause, unless a claim already has a cue there.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    let mut added = Vec::new();
    for &(s0, s1) in &doc.sentences {
        let a = super::fronted::after_dateline(doc, s0, s1);
        if a >= s1 {
            continue;
        }
        let found = fronted(doc, a, s1).or_else(|| trailing(doc, a, s1));
        if let Some((source, cue, content)) = found {
            // A trailing poll inside someone's claim (`He said Clinton leads
            // in the latest poll`) is that claim's content.
            let inside = content.end <= cue.start && cue_taken(claims, content);
            // A poll inside another claim's source or content (`Fifteen
            // percent of voters in the poll said`) is no source of its own.
            let held = claims.iter().any(|c| c.touches(&source) || c.touches(&cue));
            if !inside && !held {
                added.push(Claim::new(vec![source], vec![cue], vec![content]));
            }
        }
    }
    claims.extend(added);
}

/// Whether tokens `a..b` are words of a name or noun phrase (slashes,
/// hyphens, periods and possessives within; no comma, quotation or verb).
fn phrase(doc: &Document, a: usize, b: usize) -> bool {
    (a..b).all(|t| {
        is_word(doc, t) || matches!(doc.token_text(t), "/" | "-" | "." | "'s" | "’s" | "&")
    })
}

/// `In a … poll (released Monday), FINDING.`: source, cue and content.
fn fronted(doc: &Document, a: usize, s1: usize) -> Option<(Span, Span, Span)> {
    if !lower_is(doc, a, &["in"]) {
        return None;
    }
    let comma = (a + 2..s1.min(a + MAX_POLL)).find(|&t| doc.token_text(t) == ",")?;
    let noun = (a + 1..comma).rev().find(|&t| lower_is(doc, t, POLLS))?;
    if !phrase(doc, a + 1, noun + 1) {
        return None;
    }
    // The poll's participle phrase, inside the commas or before the one.
    let (end, rest) = if noun + 1 < comma {
        if !lower_is(doc, noun + 1, POLL_PARTICIPLES) || !phrase(doc, noun + 1, comma) {
            return None;
        }
        (comma - 1, comma + 1)
    } else if comma + 1 < s1 && lower_is(doc, comma + 1, POLL_PARTICIPLES) {
        let second = (comma + 2..s1.min(comma + MAX_POLL)).find(|&t| doc.token_text(t) == ",")?;
        (second - 1, second + 1)
    } else {
        (noun, comma + 1)
    };
    let last = last_word(doc, rest, s1)?;
    if (rest..=last).filter(|&t| is_word(doc, t)).count() < MIN_FINDING {
        return None;
    }
    Some((
        doc.span_of(a + 1, end),
        doc.tokens[a].span,
        doc.span_of(rest, last),
    ))
}

/// `FINDING in the latest poll(, …).`: source, cue and content, when the
/// clause before `in` reports a lead, share or gain.
fn trailing(doc: &Document, a: usize, s1: usize) -> Option<(Span, Span, Span)> {
    // `in` and the poll noun that ends the phrase after it.
    let (at, noun) = (a + MIN_FINDING..s1).find_map(|t| {
        if !lower_is(doc, t, &["in"]) {
            return None;
        }
        (t + 1..s1.min(t + 8))
            .find(|&k| !phrase(doc, k, k + 1) || lower_is(doc, k, POLLS))
            .filter(|&k| lower_is(doc, k, POLLS))
            .map(|k| (t, k))
    })?;
    // The finding: the clause before `in`, past an introductory phrase, and
    // past a subordinator (`… shocked that | Trump is leading`); none after a
    // relative pronoun or with punctuation inside (a longer sentence whose
    // finding the rule cannot tell).
    let mut start = a;
    while lower_is(doc, start, INTRODUCTORY) {
        start = (start + 1..at).find(|&t| doc.token_text(t) == ",")? + 1;
    }
    if let Some(k) = (start..at).rev().find(|&t| !finding_word(doc, t)) {
        if !lower_is(doc, k, SUBORDINATORS) {
            return None;
        }
        start = k + 1;
    }
    let finding = (start..at).filter(|&t| is_word(doc, t)).count();
    if finding < MIN_FINDING
        || !(start..at).any(|t| lower_is(doc, t, FINDINGS))
        || !(start..at).any(|t| lower_is(doc, t, FINDING_VERBS))
    {
        return None;
    }
    Some((
        doc.span_of(at + 1, poll_end(doc, noun, s1)),
        doc.tokens[at].span,
        doc.span_of(start, at - 1),
    ))
}

/// The last token of a trailing poll's phrase ending in the noun at `noun`:
/// with a participle phrase to the sentence's end or a comma (`polls
/// conducted after the primary debates by …`), or places (`polls in
/// Florida, Illinois and North Carolina`).
fn poll_end(doc: &Document, noun: usize, s1: usize) -> usize {
    let next = noun + 1;
    if next < s1 && lower_is(doc, next, POLL_PARTICIPLES) {
        // To the clause's end, unless a verb or dash shows the sentence
        // going on (`a poll released Sunday is a record low`).
        let stop = (next..s1.min(next + MAX_POLL))
            .find(|&t| !is_word(doc, t) || lower_is(doc, t, &["is", "was", "are", "were"]))
            .unwrap_or(s1);
        let ends = stop == s1 || matches!(doc.token_text(stop), "," | ";" | ".");
        return if ends {
            last_word(doc, next, stop).unwrap_or(noun)
        } else {
            noun
        };
    }
    if next + 1 < s1 && lower_is(doc, next, &["in"]) && capitalised(doc, next + 1) {
        let mut end = next + 1;
        let mut t = next + 2;
        while t < s1 {
            let joins = matches!(doc.token_text(t), "," | "and");
            if capitalised(doc, t) || (joins && t + 1 < s1 && capitalised(doc, t + 1)) {
                if capitalised(doc, t) {
                    end = t;
                }
                t += 1;
            } else {
                break;
            }
        }
        return end;
    }
    noun
}
