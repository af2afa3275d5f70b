//! Which claims a verification cue speaks about.
//!
//! A cue on a claim's attribution (`X denied …`, `Y falsely claimed …`, `…, Z
//! said without evidence`) or inside what a party says (`"That is a lie"`) is
//! that claim's own; a cue in the author's voice belongs to a claim in the same
//! sentence. Beyond that, cues reach other claims by topic: shared content words,
//! a noun that refers back to a claim (`the charges`, `the information about his
//! death`) or a pronoun right after the cue (`denied it`), within a few
//! paragraphs. A party's own cue (but its `not yet confirmed`) does not reach
//! its other claims, under any of its names (`De Blasio` / `Bill de Blasio`).

use super::cues::Cue;
use super::topic::{overlap, stems_in, ClaimTopic, StemSet, ANAPHORS, PRONOUNS};
use crate::hedges::link::{nearby, WINDOW};
use crate::model::{Claim, Span};
use crate::segment::{Document, TokenKind};

/// How far before the cue (in paragraphs) a claim may be reached by topic.
const BACK: usize = 4;
/// How far before the cue a claim that shares [`FAR_SHARED`] stems with it
/// may be (further back it needs [`BEYOND_SHARED`]).
const FAR_BACK: usize = 12;
/// Shared stems for a far link.
const FAR_SHARED: usize = 3;
/// How far after the cue.
const AHEAD: usize = 2;
/// How many paragraphs before the latest claim a plural referring noun
/// (`the charges`) reaches.
const PLURAL_BACK: usize = 2;
/// Shared stems needed to link by topic alone.
const MIN_SHARED: usize = 2;
/// How many claims on each side of the cue are searched by topic (far ones
/// still need [`FAR_SHARED`] stems): a live blog repeats one story many
/// claims apart.
const TOPIC_WINDOW: usize = 2 * WINDOW;
/// Shared stems for a link to a claim beyond [`WINDOW`] claims or
/// [`FAR_BACK`] paragraphs away.
const BEYOND_SHARED: usize = 4;
/// How far (bytes) a cue may sit from a claim's cue to count as part of it.
const CUE_REACH: usize = 30;

/// Where a cue stands relative to the claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// On the attribution of claim `i` (its cue, source or right next to them).
    Attribution(usize),
    /// Inside the content of claim `i`.
    Content(usize),
    /// The author's own statement.
    Author,
}

/// Byte span → paragraph of its first token.
pub fn paragraph_of(doc: &Document, at: usize) -> usize {
    let t = doc.tokens.partition_point(|tok| tok.span.end <= at);
    let t = t.min(doc.tokens.len().saturating_sub(1));
    doc.paragraph_of_sentence(doc.sentence_of(t))
}

fn sentence_of_byte(doc: &Document, at: usize) -> usize {
    let t = doc.tokens.partition_point(|tok| tok.span.end <= at);
    doc.sentence_of(t.min(doc.tokens.len().saturating_sub(1)))
}

/// Where the cue stands.
pub fn voice(doc: &Document, cue: &Cue, claims: &[Claim]) -> Voice {
    let at = cue.span;
    let inner = nearby(claims, at.start, WINDOW)
        .map(|i| (i, &claims[i]))
        .filter_map(|(i, c)| {
            c.content
                .spans
                .iter()
                .find(|s| s.overlaps(&at))
                .map(|s| (i, s.len()))
        })
        .min_by_key(|&(_, len)| len);
    // `Earlier reports that the state had frozen the funding | turned out to
    // be false`: a verdict right after a content (inside the content around
    // the cue, if any) speaks of that content's claim, as if inside it.
    let verdict_on = nearby(claims, at.start, WINDOW).find(|&i| {
        Some(i) != inner.map(|(o, _)| o)
            && claims[i].content.spans.last().is_some_and(|s| {
                doc.text
                    .get(s.end..at.start)
                    .is_some_and(|gap| gap.trim().is_empty())
                    && inner
                        .is_none_or(|(o, _)| claims[o].content.spans.iter().any(|p| p.contains(s)))
            })
    });
    let inner = verdict_on.map(|i| (i, 0)).or(inner);
    let mut best: Option<(usize, usize)> = None;
    for i in nearby(claims, at.start, WINDOW) {
        let c = &claims[i];
        for piece in c.cue.spans.iter().chain(&c.source.spans) {
            let d = if piece.overlaps(&at) {
                0
            } else if at.end <= piece.start {
                piece.start - at.end
            } else {
                at.start.saturating_sub(piece.end)
            };
            if best.is_some_and(|(_, bd)| d >= bd) {
                continue;
            }
            // Not across a clause boundary (`… could not be verified, and a
            // spokeswoman said`). Checked last: the gap may be long.
            let near = || {
                let (from, to) = if at.end <= piece.start {
                    (at.end, piece.start)
                } else {
                    (piece.end.min(at.start), at.start)
                };
                let gap = doc.text.get(from..to).unwrap_or("");
                sentence_of_byte(doc, piece.start) == cue.sentence
                    && !(crate::substring::contains(gap, ", and")
                        || crate::substring::contains(gap, ", but"))
            };
            if d == 0 || (d <= CUE_REACH && near()) {
                best = Some((i, d));
            }
        }
    }
    match (inner, best) {
        (_, Some((i, 0))) => Voice::Attribution(i),
        (Some((i, _)), _) => Voice::Content(i),
        (None, Some((i, _))) => Voice::Attribution(i),
        (None, None) => Voice::Author,
    }
}

/// The claim of the same sentence whose cue is nearest to `at`, if any.
pub fn same_sentence(doc: &Document, at: Span, sentence: usize, claims: &[Claim]) -> Option<usize> {
    nearby(claims, at.start, WINDOW)
        .map(|i| (i, &claims[i]))
        .filter_map(|(i, c)| {
            let anchor = c.cue.spans.first().or(c.content.spans.first())?;
            (sentence_of_byte(doc, anchor.start) == sentence)
                .then(|| (i, anchor.start.abs_diff(at.start)))
        })
        .min_by_key(|&(_, d)| d)
        .map(|(i, _)| i)
}

/// The claims whose cue (or, without one, content) starts in sentence `sentence`.
pub fn in_sentence(doc: &Document, sentence: usize, claims: &[Claim]) -> Vec<usize> {
    let (t0, _) = doc.sentences[sentence];
    let at = doc.tokens.get(t0).map_or(0, |t| t.span.start);
    nearby(claims, at, WINDOW)
        .filter(|&i| {
            let c = &claims[i];
            c.cue
                .spans
                .first()
                .or(c.content.spans.first())
                .is_some_and(|s| sentence_of_byte(doc, s.start) == sentence)
        })
        .collect()
}

/// Claims other than `owner` that the cue's sentence speaks about: by topic,
/// by a referring noun, or as claims of the party named in a possessive
/// reference (`the mayor's claims`).
pub fn by_topic(
    doc: &Document,
    cue: &Cue,
    owner: Option<usize>,
    claims: &[Claim],
    topics: &[ClaimTopic],
) -> Vec<usize> {
    let (found, mut by_owner) = by_topic_and_owner(doc, cue, owner, claims, topics);
    // A named possessor says whose claims are meant; `Park's claim`, one of
    // them: the latest before the cue.
    if singular_possessed(doc, cue) && by_owner.len() > 1 {
        by_owner.drain(..by_owner.len() - 1);
    }
    if by_owner.is_empty() {
        found
    } else {
        by_owner
    }
}

/// The last word of a claim's resolved source, as `repeated` reads a party,
/// but only when it is capitalised, a proper name (`De Blasio` / `Bill de
/// Blasio`; not `the Trump campaign` / `the Clinton campaign`).
fn surname(claim: &Claim) -> Option<&str> {
    let name = claim.source.entity.as_deref()?.split_whitespace().last()?;
    name.starts_with(char::is_uppercase).then_some(name)
}

/// Whether an `unverified` cue says that something has not been confirmed,
/// verified or determined (not a description such as `unproven`).
fn own_doubt(doc: &Document, cue: &Cue) -> bool {
    cue.state == crate::model::VerificationState::Unverified
        && (cue.tokens.0..cue.tokens.1).any(|t| {
            let w = doc.folded(t);
            w.starts_with("confirm") || w.starts_with("verif") || w.starts_with("determin")
        })
}

/// Whether every word of the claim's source but its articles is among
/// `before` (the folded words of the cue's sentence before the cue): the
/// party is the cue's own subject.
fn agent_is_source(doc: &Document, cue: &Cue, before: &[&str], claim: &Claim) -> bool {
    let mut words = claim
        .source
        .spans
        .iter()
        .flat_map(|s| doc.tokens_in(*s))
        .filter(|&t| doc.tokens[t].kind == TokenKind::Word)
        .map(|t| doc.folded(t))
        .filter(|w| !matches!(*w, "the" | "a" | "an"))
        .peekable();
    cue.state == crate::model::VerificationState::Disputed
        && words.peek().is_some()
        && words.all(|w| before.contains(&w))
}

/// Determiners of a referring noun (`the charges`, `that account`).
const REFERRING: &[&str] = &[
    "the", "that", "this", "those", "these", "his", "her", "their", "its", "either", "neither",
    "both",
];

/// Whether the words right before the cue are a referring noun with its
/// determiner or possessor (`Park's claim | could not be verified`, `the
/// report | was false`).
pub fn refers_before(doc: &Document, cue: &Cue) -> bool {
    let (t0, _) = doc.sentences[cue.sentence];
    let c = cue.tokens.0;
    c >= t0 + 2 && ANAPHORS.contains(&doc.folded(c - 1)) && {
        let before = doc.folded(c - 2);
        before.ends_with("'s") || crate::lexicon::is_one_of(before, REFERRING)
    }
}

/// Whether the cue's sentence names one claim of a possessor (`Park's
/// claim`, not `Park's claims`).
fn singular_possessed(doc: &Document, cue: &Cue) -> bool {
    let (t0, t1) = doc.sentences[cue.sentence];
    (t0 + 1..t1).any(|t| {
        let noun = doc.folded(t);
        let before = doc.folded(t - 1);
        ANAPHORS.contains(&noun)
            && !noun.ends_with('s')
            && (before.ends_with("'s") || before == "'s")
    })
}

/// Stems of the possessor of a referring noun (`North Korea's claims` →
/// `north`, `korea`): up to two words before the `'s`.
fn possessor_stems(lower: &[&str]) -> StemSet {
    let mut out = StemSet::default();
    for k in 0..lower.len().saturating_sub(1) {
        if !ANAPHORS.contains(&lower[k + 1]) {
            continue;
        }
        let (last, before) = if lower[k] == "'s" || lower[k] == "'" {
            (k.checked_sub(1), k.saturating_sub(2))
        } else if let Some(w) = lower[k].strip_suffix("'s") {
            if let Some(st) = super::topic::stem(w) {
                out.insert(st);
            }
            (k.checked_sub(1), usize::MAX)
        } else {
            continue;
        };
        if before != usize::MAX {
            if let Some(st) = last.and_then(|l| super::topic::stem(lower[l])) {
                out.insert(st);
            }
            if let Some(st) = lower.get(before).and_then(|w| super::topic::stem(w)) {
                if before + 2 == k {
                    out.insert(st);
                }
            }
        } else if let Some(st) = last.and_then(|l| super::topic::stem(lower[l])) {
            out.insert(st);
        }
    }
    out
}

fn by_topic_and_owner(
    doc: &Document,
    cue: &Cue,
    owner: Option<usize>,
    claims: &[Claim],
    topics: &[ClaimTopic],
) -> (Vec<usize>, Vec<usize>) {
    let sentence = doc.sentence_span(cue.sentence);
    let cue_para = paragraph_of(doc, cue.span.start);
    // The words around the cue, minus the owner's source (its own name).
    let mut words: StemSet = stems_in(doc, &[sentence]);
    let (t0, t1) = doc.sentences[cue.sentence];
    let lower: Vec<&str> = (t0..t1).map(|t| doc.folded(t)).collect();
    // `Some residents believe …, though Osei called that rumor false`: when
    // the owner's own content opens the cue's sentence, that is what a
    // referring word there points at, not the claims before.
    // (A content that is itself the referring noun, `called the claims
    // false`, still points back.)
    let refers_home = owner.is_some_and(|o| {
        claims[o].content.spans.first().is_some_and(|s| {
            let words = doc
                .tokens_in(*s)
                .filter(|&t| doc.tokens[t].kind == TokenKind::Word);
            s.start >= doc.tokens[t0].span.start
                && s.start < cue.span.start
                && words.clone().count() >= 4
                && !words.clone().any(|t| ANAPHORS.contains(&doc.folded(t)))
        })
    });
    // A referring noun needs a determiner or a possessor: `the charges`,
    // `that account`, `Trump's claims` (not any possessive: `the region's
    // shelters`).
    // A noun with its own `that` clause (`The claim that the warehouse
    // stored weapons is false`) names what it means instead of pointing back.
    let referring = |k: usize| {
        k + 1 < lower.len()
            && ANAPHORS.contains(&lower[k + 1])
            && lower.get(k + 2).is_none_or(|&w| w != "that")
    };
    let anaphor = !refers_home
        && (0..lower.len()).any(|k| {
            let w = lower[k];
            referring(k)
                && (crate::lexicon::is_one_of(w, REFERRING) || w == "such" || w.ends_with("'s"))
        });
    // A plural referring noun (`the charges`, `those reports`) may gather the
    // claims of the last few paragraphs.
    // So does `either account` (`The AP could not verify either account`):
    // both sides of a dispute.
    let plural_anaphor = !refers_home
        && (0..lower.len()).any(|k| {
            referring(k)
                && ((lower[k + 1].ends_with('s')
                    && matches!(lower[k], "the" | "those" | "these" | "such" | "both"))
                    || matches!(lower[k], "either" | "neither"))
        });
    // `that figure`, `the toll`: a claim with a number (`12,000 customers`),
    // not every claim of its paragraph.
    let numeric = lower.iter().any(|w| {
        crate::lexicon::is_one_of(
            w,
            &[
                "figure", "figures", "toll", "tally", "estimate", "count", "numbers",
            ],
        )
    });
    // `North Korea's claims`: claims whose source is the possessor.
    let possessor = possessor_stems(&lower);
    for stem in stems_in(doc, &[cue.span]).iter() {
        words.remove(stem);
    }
    // `denied it`, or a sentence that opens on the claim just made: `This is
    // totally bogus.`, `That is a lie.`
    // (Also past auxiliaries and adverbs: `That has since been confirmed`.)
    let it_first = |w: &str| matches!(w, "this" | "that" | "it" | "that's" | "it's");
    let opens_on_it = (cue.tokens.0 <= t0 + 1
        && ((cue.tokens.0 - t0).saturating_sub(1)..=cue.tokens.0 - t0)
            .filter_map(|k| lower.get(k))
            .any(|w| it_first(w)))
        || (lower.first().is_some_and(|w| it_first(w))
            && cue.tokens.0 <= t0 + 5
            && lower[1..cue.tokens.0 - t0].iter().all(|w| {
                crate::lexicon::AUXILIARIES.contains(w)
                    || matches!(
                        *w,
                        "since" | "later" | "now" | "also" | "independently" | "been"
                    )
            }));
    // `denied it`, `disputed that.`; not the `that` opening a clause (`no
    // confirmation that anyone went into the water`), nor a question word
    // (`It is unclear how many shelters are open`: the `It` opens no
    // reference), which names its own topic.
    let after = cue.tokens.1 - t0;
    let opens_clause = |w: &&str| {
        matches!(
            *w,
            "that" | "which" | "whether" | "if" | "how" | "what" | "who" | "why" | "when" | "where"
        )
    };
    // (The question word may close the cue itself: `unclear how`.)
    let complementizer = (lower.get(after).is_some_and(opens_clause)
        && lower
            .get(after + 1)
            .is_some_and(|_| doc.tokens[cue.tokens.1 + 1].kind == TokenKind::Word))
        || (after > 0
            && lower
                .get(after - 1)
                .is_some_and(|w| *w != "that" && opens_clause(w)));
    let pronoun = !refers_home
        && !complementizer
        && (opens_on_it || lower.get(after).is_some_and(|w| PRONOUNS.contains(w)));
    // A nested owner (`Earlier reports that … were incorrect, Fire Chief
    // Ellen Tobin said`) speaks through the claim around it: neither that
    // claim's names nor its speaker's other claims are what it is about.
    let around = owner.and_then(|o| {
        let s = claims[o].content.spans.first()?;
        claims.iter().position(|c| {
            c.content
                .spans
                .iter()
                .any(|x| x.start < s.start && s.end <= x.end)
        })
    });
    // (One pass for both: each `retain` closure is compiled on its own.)
    if owner.is_some() || around.is_some() {
        let named = |i: Option<usize>, w: u64| i.is_some_and(|i| topics[i].source.contains(w));
        words.retain(|&w| !named(owner, w) && !named(around, w));
    }
    // A referring noun (`that account`) points at the latest claims before the
    // cue: those of the paragraph of the nearest earlier claim.
    let window = nearby(claims, cue.span.start, TOPIC_WINDOW);
    let near_window = nearby(claims, cue.span.start, WINDOW);
    let anaphor_para = window
        .clone()
        .map(|i| (i, &claims[i]))
        .filter(|&(i, c)| {
            Some(i) != owner
                && c.content
                    .spans
                    .first()
                    .is_some_and(|s| s.start < cue.span.start)
        })
        .filter_map(|(_, c)| c.content.spans.first())
        .max_by_key(|s| s.start)
        .map(|s| paragraph_of(doc, s.start));
    let mut scored: Vec<(usize, usize)> = Vec::new();
    let mut by_reference: Vec<usize> = Vec::new();
    let mut nearest_before: Option<usize> = None;
    let mut by_owner: Vec<usize> = Vec::new();
    for i in window {
        let c = &claims[i];
        if Some(i) == owner {
            continue;
        }
        let Some(first) = c.content.spans.first().or(c.cue.spans.first()) else {
            continue;
        };
        if c.content.spans.iter().any(|s| s.contains(&cue.span)) {
            continue;
        }
        let para = paragraph_of(doc, first.start);
        let far = para + BACK < cue_para || para > cue_para + AHEAD;
        // Far claims count only when they share much of the topic.
        let shared = overlap(&words, &topics[i].content);
        // Beyond the usual window of claims, only a strong match counts.
        let beyond = !near_window.contains(&i);
        let needed = if beyond { BEYOND_SHARED } else { FAR_SHARED };
        let very_far = para + FAR_BACK < cue_para;
        let needed = if very_far { BEYOND_SHARED } else { needed };
        if (far || beyond) && shared < needed {
            continue;
        }
        let same_source = owner.into_iter().chain(around).any(|o| {
            let entity = &claims[o].source.entity;
            entity.is_some()
                && (*entity == c.source.entity
                    || surname(&claims[o]).is_some_and(|n| Some(n) == surname(c)))
        });
        // (A source may say its own claim is not yet confirmed: `…, according
        // to fire officials, who said the cause had not been confirmed`; it
        // does not dispute itself.)
        if same_source && !own_doubt(doc, cue) {
            continue;
        }
        // `State supreme court strikes down congressional map`: what the
        // author says a party did disputes no claim of that party's.
        if owner.is_none() && agent_is_source(doc, cue, &lower[..cue.tokens.0 - t0], c) {
            continue;
        }
        if first.start < cue.span.start {
            nearest_before = Some(i);
        }
        if first.start < cue.span.start && topics[i].source.iter().any(|w| possessor.contains(w)) {
            by_owner.push(i);
        }
        if shared >= MIN_SHARED {
            scored.push((i, shared));
        } else if anaphor
            && first.start < cue.span.start
            && (!numeric
                || c.content.spans.iter().any(|s| {
                    doc.text
                        .get(s.start..s.end)
                        .is_some_and(|t| t.bytes().any(|b| b.is_ascii_digit()))
                }))
            && anaphor_para.is_some_and(|ap| {
                para == ap || (plural_anaphor && para <= ap && para + PLURAL_BACK >= ap)
            })
        {
            by_reference.push(i);
        }
    }
    // `Some local media reported that …, but the ministry said those
    // reports were false`: a referring noun with a claim before it in its
    // own sentence means that one.
    let in_sentence = |i: &usize| {
        claims[*i]
            .cue
            .spans
            .first()
            .is_some_and(|c| sentence.start <= c.start && c.end <= cue.span.start)
    };
    if anaphor {
        let mut here: Vec<usize> = by_reference
            .iter()
            .chain(scored.iter().map(|(i, _)| i))
            .copied()
            .filter(in_sentence)
            .collect();
        if !here.is_empty() {
            crate::order::sorted_unique(&mut here);
            return (here, by_owner);
        }
    }
    if plural_anaphor && !by_reference.is_empty() {
        let best = scored.iter().map(|&(_, s)| s).max().unwrap_or(0);
        by_reference.extend(
            scored
                .iter()
                .filter(|&&(_, s)| s * 2 >= best)
                .map(|&(i, _)| i),
        );
        crate::order::sorted_unique(&mut by_reference);
        return (by_reference, by_owner);
    }
    if scored.is_empty() {
        if anaphor && !by_reference.is_empty() {
            return (by_reference, by_owner);
        }
        if pronoun {
            return (nearest_before.into_iter().collect(), by_owner);
        }
    }
    let best = scored.iter().map(|&(_, s)| s).max().unwrap_or(0);
    let found = scored
        .into_iter()
        .filter(|&(_, s)| s * 2 >= best)
        .map(|(i, _)| i)
        .collect();
    (found, by_owner)
}
