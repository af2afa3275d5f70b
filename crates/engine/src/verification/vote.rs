//! What one verification cue votes for: the claim whose attribution or
//! content holds it, a claim of its sentence in the writer's voice, and the
//! claims its topic reaches (through [`super::link`]); with the special
//! readings of a few cues — a falsity word that is the writer's description,
//! a record set against a claim of its sentence, `lied that …`, `Contrary to
//! his claim, …`, uncertainty about the future.

use super::link::{self, Voice};
use super::{cues, quoted_content, same_voice_next, topic, Vote};
use crate::model::{Claim, Span, VerificationState};
use crate::segment::Document;

/// Content words a party's confirmation must share with another claim to
/// confirm it too (see `related` in [`vote_for_cue`]).
const CONFIRM_SHARED: usize = 3;

pub(super) fn vote_for_cue(
    doc: &Document,
    claims: &[Claim],
    topics: &[topic::ClaimTopic],
    cue: &cues::Cue,
    votes: &mut [Vec<Vote>],
) {
    use VerificationState::*;
    // Uncertainty about the future (`it was unclear whether the judges would
    // rule …`) is no verification state (the guidelines).
    if cue.state == Unverified && future_after(doc, cue) {
        return;
    }
    let voice = link::voice(doc, cue, claims);
    // A falsity word inside a short noun-phrase content (`citing an unfounded
    // conspiracy theory`) is the author's description, not the source's words.
    if let Voice::Content(i) = voice {
        let falsity = cue.state == False || (cue.state == Disputed && cue.flat);
        if falsity && noun_phrase_content(doc, &claims[i], cue.span) {
            // `Citing an unfounded conspiracy theory, Trump accused …`: the
            // author calls the cited thing false, and with it the claims the
            // sentence builds on it.
            for j in link::in_sentence(doc, cue.sentence, claims) {
                votes[j].push(Vote {
                    state: False,
                    evidence: cue.span,
                    note: None,
                });
            }
            return;
        }
    }
    // `X assumed that …, but that wasn't the case`: a flat falsity statement
    // about the clause before, after `but`, is the author's, even where the
    // content span runs on into it (and `…, which is not true` right after
    // the content, nearest to the claim's cue).
    if let Voice::Content(i) | Voice::Attribution(i) = voice {
        if cue.flat && cue.state == False && author_aside(doc, cue) {
            votes[i].push(Vote {
                state: False,
                evidence: cue.span,
                note: None,
            });
            return;
        }
    }
    // `She lied that …`: the attribution verb itself says the claim is false,
    // in the author's voice.
    if let Voice::Attribution(i) = voice {
        if lie_verb(doc, cue, &claims[i]) {
            votes[i].push(Vote {
                state: False,
                evidence: cue.span,
                note: None,
            });
            return;
        }
    }
    let vote = |state| Vote {
        state,
        evidence: cue.span,
        note: None,
    };
    let related = |state, owner: Option<usize>| {
        let note = match state {
            False => "Reports of the same thing are said elsewhere in the article to be false.",
            Disputed => "Contested by another party elsewhere in the article.",
            Confirmed => "Confirmed by a statement elsewhere in the article.",
            _ => "Said elsewhere in the article to be not yet verified.",
        };
        // (Asked once, not of every claim the topic reaches.)
        // (Or is only a pronoun: `His doctor has since confirmed | that`.)
        let refers = owner.is_some_and(|o| {
            claims[o].content.spans.iter().any(|s| {
                doc.tokens_in(*s)
                    .any(|t| topic::ANAPHORS.contains(&doc.folded(t)))
            }) || only_pronoun(doc, &claims[o])
        });
        link::by_topic(doc, cue, owner, claims, topics)
            .into_iter()
            // What a party confirms is its own content (`officials confirmed
            // two measles cases but said there was no outbreak`): a claim
            // reached by the sentence's other words is not confirmed, unless
            // that content refers to it (`confirming Brandt's account`). Two
            // shared words are not enough unless they are most of the shorter
            // content (`the shelter opened in May` / `… opened on May 3`):
            // `Footage shows Hale holding a dark object` does not confirm
            // `witnesses told her Hale was holding a cellphone`.
            .filter(move |&j| match owner {
                // `Earlier reports that a resident had died turned out to be
                // false, he said; the man had been rescued …`: the same
                // thing, in two content words at least, not the correction
                // beside it.
                Some(o) if state == False && !refers => {
                    topic::overlap(&topics[o].content, &topics[j].content) >= 2
                }
                Some(o) if state == Confirmed && !refers => {
                    let (a, b) = (&topics[o].content, &topics[j].content);
                    let shared = topic::overlap(a, b);
                    shared >= CONFIRM_SHARED
                        || (shared >= 2 && 3 * shared >= 2 * a.len().min(b.len()))
                }
                _ => true,
            })
            .map(move |i| {
                (
                    i,
                    Vote {
                        state,
                        evidence: cue.span,
                        note: Some(note.to_string()),
                    },
                )
            })
            .collect::<Vec<_>>()
    };
    match voice {
        Voice::Attribution(i) | Voice::Content(i) => {
            // A party saying something is false disputes it; the article saying
            // reports turned out false (or retracted) makes them false.
            let party_state = if author_contrary(doc, cue, voice, claims) {
                // `Contrary to his claim, …` opens the author's own sentence.
                False
            } else if cue.state == False && cue.flat {
                Disputed
            } else {
                cue.state
            };
            let own = match party_state {
                // The claim that reports a rating keeps its own state.
                False | Confirmed if cue.rating && matches!(voice, Voice::Content(_)) => None,
                // `Officials said there is no evidence that votes were
                // altered`: the officials' statement is not unverified; the
                // proposition after `that` is, and no one here claims it.
                Unverified if matches!(voice, Voice::Content(_)) && evidence_of(doc, cue) => None,
                s => Some(s),
            };
            if let Some(s) = own {
                votes[i].push(vote(s));
            }
            // `Earlier reports that … were incorrect, Chief Ellen Tobin said`:
            // the verdict on a nested report is its speaker's denial, and a
            // denial is disputed too.
            if party_state == Disputed && cue.flat {
                if let Voice::Content(_) = voice {
                    let parent = claims[i]
                        .parent
                        .as_deref()
                        .and_then(|id| claims.iter().position(|c| c.id == id))
                        .filter(|&p| {
                            claims[p]
                                .content
                                .spans
                                .iter()
                                .any(|s| s.contains(&cue.span))
                        });
                    if let Some(p) = parent {
                        votes[p].push(vote(Disputed));
                    }
                }
            }
            // `Mr. Obama dismissed the criticism … "You know, I love Larry,"
            // he said, but …`: the source's next quoted words (or the
            // participle after the denial) are the denial itself.
            if party_state == Disputed && matches!(voice, Voice::Attribution(_)) {
                if let Some(j) = same_voice_next(doc, claims, i) {
                    let quoted = quoted_content(doc, &claims[j]);
                    // `Meridian denied the finding, saying every invoice
                    // matched a receipt`: the participle's claim is the
                    // denial's reason.
                    let participle = claims[j].cue.spans.first().is_some_and(|s| {
                        let t = doc.tokens_in(*s).start;
                        t < doc.tokens.len()
                            && doc.folded(t).ends_with("ing")
                            && doc.sentence_of(t) == cue.sentence
                    });
                    if quoted || participle {
                        votes[j].push(vote(Disputed));
                    }
                }
            }
            // `Trump accused Holt of being a Democrat, though records indicate
            // he is a registered Republican`: what a record shows, set
            // against another claim of the sentence, shows that claim false.
            let contrasts: Vec<(usize, Contrast)> = if party_state == Confirmed {
                link::in_sentence(doc, cue.sentence, claims)
                    .into_iter()
                    .filter(|&j| j != i)
                    .filter_map(|j| Some((j, contrasted(doc, cue.span, &claims[j])?)))
                    .collect()
            } else {
                Vec::new()
            };
            let against = contrasts.iter().filter(|(_, c)| *c == Contrast::Against);
            for &(j, _) in against {
                votes[j].push(Vote {
                    state: False,
                    evidence: cue.span,
                    note: Some("A record cited in the same sentence shows otherwise.".to_string()),
                });
            }
            if matches!(party_state, Disputed | False | Confirmed | Unverified) {
                // (`Regulators have not confirmed | that`: what `that` stands
                // for is not verified.)
                let reach = if party_state == Unverified
                    && matches!(voice, Voice::Attribution(_))
                    && !only_pronoun(doc, &claims[i])
                {
                    Vec::new()
                } else {
                    related(party_state, Some(i))
                };
                for (j, v) in reach {
                    if contrasts.iter().all(|&(k, _)| k != j) {
                        votes[j].push(v);
                    }
                }
            }
        }
        Voice::Author => {
            let state = if cue.state == Disputed && cue.flat {
                False
            } else {
                cue.state
            };
            // `Park's claim could not be verified, and a spokeswoman said
            // …`: a cue whose subject refers to a claim speaks of that one,
            // not of the claim beside it.
            let same = link::same_sentence(doc, cue.span, cue.sentence, claims)
                .filter(|_| !link::refers_before(doc, cue));
            if let Some(i) = same {
                // `Trump accused Holt of being a Democrat, though records
                // indicate he is a registered Republican`: a record set
                // against the claim shows it false (the guidelines' policy
                // readings), it does not confirm it.
                match (state, contrasted(doc, cue.span, &claims[i])) {
                    (Confirmed, Some(Contrast::Against)) => votes[i].push(vote(False)),
                    (Confirmed, Some(Contrast::Answers)) => {}
                    _ => votes[i].push(vote(state)),
                }
            } else {
                for (j, v) in related(state, None) {
                    votes[j].push(v);
                }
            }
        }
    }
}

/// Words that set a record against a claim (`though`, `contradicting`); the
/// first four are plain contrast.
const CONTRAST: &[&str] = &[
    "though",
    "although",
    "but",
    "however",
    "contradicting",
    "contradicts",
    "contradicted",
    "contrary",
    "despite",
];

/// How a record and another claim of its sentence stand to each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Contrast {
    /// The record shows the claim false: `X accused Y, though records show
    /// …`; `Video shows …, contradicting the police's claim …`.
    Against,
    /// The claim answers the record after a plain contrast (`Video shows …,
    /// but the officer said …`): neither confirmed nor shown false.
    Answers,
}

/// Whether a contrast word stands between the record cue and the claim of the
/// same sentence (either order), outside the claim's content.
fn contrasted(doc: &Document, cue: Span, claim: &Claim) -> Option<Contrast> {
    let pieces = || claim.cue.spans.iter().chain(&claim.content.spans);
    let first = pieces().map(|s| s.start).min()?;
    let last = pieces().map(|s| s.end).max()?;
    let has = |text: Option<&str>, words: &[&str]| {
        text.is_some_and(|t| {
            t.split(|c: char| !c.is_alphanumeric())
                .any(|w| words.contains(&crate::case::lowercase(w).as_str()))
        })
    };
    if cue.end <= first {
        // A record before the claim contradicts it only in so many words.
        let between = doc.text.get(cue.end..first);
        if has(between, &CONTRAST[4..]) {
            Some(Contrast::Against)
        } else if has(between, &CONTRAST[..4]) {
            Some(Contrast::Answers)
        } else {
            None
        }
    } else if last <= cue.start && has(doc.text.get(last..cue.start), CONTRAST) {
        Some(Contrast::Against)
    } else {
        None
    }
}

/// How many words after an uncertainty cue are searched for a future.
const FUTURE_REACH: usize = 12;

/// Whether the words right after the cue speak of the future (`whether the
/// court will …`, `would rule`).
pub(super) fn future_after(doc: &Document, cue: &cues::Cue) -> bool {
    // `If the report is confirmed, it would be …`: the `would` is the
    // condition's consequence, the uncertainty about a past fact.
    if crate::lexicon::is_one_of(doc.folded(cue.tokens.0), &["if", "unless", "until"]) {
        return false;
    }
    let (_, end) = doc.sentences[cue.sentence];
    (cue.tokens.1..end.min(cue.tokens.1 + FUTURE_REACH)).any(|t| {
        match doc.folded(t) {
            "will" | "would" | "'ll" | "won't" => true,
            // `going to`, not `what's going on`.
            "going" => t + 1 < end && doc.folded(t + 1) == "to",
            _ => false,
        }
    })
}

/// Whether a claim's content is a short noun phrase the author wrote (`an
/// unfounded conspiracy theory`): a determiner, then the falsity word, a few
/// words, no verb, no quote.
fn noun_phrase_content(doc: &Document, claim: &Claim, cue: Span) -> bool {
    let [only] = claim.content.spans.as_slice() else {
        return false;
    };
    let text = doc.text.get(only.start..only.end).unwrap_or("");
    let words: Vec<&str> = text.split_whitespace().collect();
    // The falsity word modifies the head noun: right after the determiner.
    let cue_word = doc.text.get(cue.start..cue.end).unwrap_or("");
    if words
        .get(1)
        .is_none_or(|w| !w.starts_with(cue_word) || cue_word.is_empty())
    {
        return false;
    }
    let first = words
        .first()
        .map(|w| crate::case::lowercase(w))
        .unwrap_or_default();
    let verb = words.iter().any(|w| {
        matches!(
            crate::case::lowercase(w).as_str(),
            "is" | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "did"
                | "does"
                | "do"
        )
    });
    matches!(
        first.as_str(),
        "a" | "an" | "the" | "his" | "her" | "their" | "its"
    ) && words.len() <= 8
        && !verb
        && !text.contains(['"', '“', '”'])
}

/// Whether a claim's content is one pronoun standing for something said
/// before (`confirmed | that`, `denied | it`).
fn only_pronoun(doc: &Document, claim: &Claim) -> bool {
    let mut words = claim.content.spans.iter().flat_map(|s| doc.tokens_in(*s));
    words
        .next()
        .is_some_and(|t| matches!(doc.folded(t), "that" | "it" | "this"))
        && words.next().is_none()
}

/// Whether the cue is `no evidence` (or proof) followed by `that` or `of`:
/// a statement about the proposition after it.
fn evidence_of(doc: &Document, cue: &cues::Cue) -> bool {
    let (a, b) = cue.tokens;
    b < doc.tokens.len()
        && (a..b).any(|t| doc.folded(t) == "no")
        && matches!(
            doc.folded(b.saturating_sub(1)),
            "evidence" | "proof" | "indication"
        )
        && matches!(doc.folded(b), "that" | "of")
}

/// Whether the cue opens on `that`/`which` right after `but` or a comma
/// (`…, but that wasn't the case`): a remark on the clause before it.
fn author_aside(doc: &Document, cue: &cues::Cue) -> bool {
    let first = crate::hedges::fold(doc.token_text(cue.tokens.0));
    let before = |k: usize| {
        cue.tokens
            .0
            .checked_sub(k)
            .map(|t| crate::hedges::fold(doc.token_text(t)))
    };
    matches!(first.as_str(), "that" | "which")
        && (before(1).as_deref() == Some("but")
            || (before(1).as_deref() == Some(",") && first == "which"))
}

/// Whether the cue is the claim's own attribution verb `lie`/`lied`.
fn lie_verb(doc: &Document, cue: &cues::Cue, claim: &Claim) -> bool {
    let word = crate::case::lowercase(doc.text.get(cue.span.start..cue.span.end).unwrap_or(""));
    matches!(word.as_str(), "lie" | "lies" | "lied" | "lying")
        && claim.cue.spans.iter().any(|s| s.contains(&cue.span))
}

/// Whether the cue is `contrary to` (or a flat falsity word in an opening
/// phrase) placed before the attribution it names (`Contrary to what the
/// mayor said, …`): the author's flat contradiction.
fn author_contrary(doc: &Document, cue: &cues::Cue, voice: Voice, claims: &[Claim]) -> bool {
    let Voice::Attribution(i) = voice else {
        return false;
    };
    let starts = doc
        .text
        .get(cue.span.start..cue.span.end)
        .is_some_and(|t| crate::case::lowercase(t).starts_with("contrary"));
    let before = claims[i]
        .cue
        .spans
        .iter()
        .chain(&claims[i].source.spans)
        .all(|s| cue.span.end <= s.start);
    // `Citing an unfounded conspiracy theory, Trump accused …`: a falsity
    // word in an opening phrase, set off by a comma before the attribution, is
    // the author's description too.
    let lead = cue.flat
        && claims[i]
            .source
            .spans
            .iter()
            .chain(&claims[i].cue.spans)
            .map(|s| s.start)
            .min()
            .and_then(|first| doc.text.get(cue.span.end..first))
            .is_some_and(|between| between.contains(','));
    before && (starts || lead)
}
