//! Verification state of each claim, as the article tells it
//! (`../shared/data/verification/GUIDELINES.md`).
//!
//! 1. [`cues`] finds the words that confirm, leave unverified, dispute or
//!    falsify something; [`link`] decides whose they are — the claim they attribute
//!    or sit in, a claim of the same sentence, or claims sentences and paragraphs
//!    away that share the topic.
//! 2. A hedge on the attribution about the past (`allegedly`, `appeared to
//!    suggest`) makes a claim `unverified`; hedges inside the content do not,
//!    but the source's own doubt in its next claim on the same thing (`… and
//!    nobody knows exactly what happened`) does.
//! 3. [`rebuttal`] marks two nearby claims of different sources `disputed` when
//!    one contradicts the other; the quote that follows a source's denial is
//!    the denial itself. [`concession`] does so for claims a sentence sets
//!    against each other (`Though X says …, experts say …`), [`opposites`]
//!    for two parties' accounts in opposite words (`unarmed` / `a handgun`).
//! 4. What a documentary record shows (or an official audit found) confirms
//!    ([`records`]); a record set against another claim of its sentence (`…,
//!    though records show …`) shows that claim false.
//! 5. Several cues on one claim: `false` > `disputed` > `unverified` > `confirmed`.
//! 6. A ClaimReview from the page ([`crate::claimreview`]) overrides the text.
//!
//! Works on any claims (found by the engine or given), in byte spans;
//! [`unattributed`] adds claims for sourceless statements the text hedges or
//! confirms (`allegedly`, `it appeared that`), before the states are set.

pub mod concession;
pub mod cues;
pub mod link;
pub mod opposites;
pub mod rebuttal;
pub mod records;
pub mod topic;
pub mod unattributed;

use crate::model::{Claim, ClaimReview, HedgeCategory, Span, VerificationState};
use crate::segment::Document;
use link::Voice;

/// One reason for a state.
#[derive(Debug, Clone)]
pub struct Vote {
    /// The state it points to.
    pub state: VerificationState,
    /// The words that set it.
    pub evidence: Span,
    /// A note for the reader when the state comes from a related statement.
    pub note: Option<String>,
}

/// Marks claims `a` and `b` `disputed`, each with the other's first content
/// piece as evidence and its own note (`note_a` on `a`). Used by every pass
/// that pairs two claims against each other ([`rebuttal`], [`concession`],
/// [`opposites`]).
fn dispute_each_other(
    claims: &[Claim],
    votes: &mut [Vec<Vote>],
    (a, b): (usize, usize),
    (note_a, note_b): (&str, &str),
) {
    let (Some(&ea), Some(&eb)) = (
        claims[a].content.spans.first(),
        claims[b].content.spans.first(),
    ) else {
        return;
    };
    for (i, evidence, note) in [(a, eb, note_a), (b, ea, note_b)] {
        votes[i].push(Vote {
            state: VerificationState::Disputed,
            evidence,
            note: Some(note.to_string()),
        });
    }
}

/// Shared content stems (at least this many, and [`REPEAT_TENTHS`] tenths of
/// the shorter content) that make two claims of one source the same claim.
const REPEAT_SHARED: usize = 3;
/// See [`REPEAT_SHARED`].
const REPEAT_TENTHS: usize = 8;

/// A claim the article repeats (a live blog's later entry, a summary) is the
/// same claim: a repetition with no state of its own takes the state of the
/// one that has it.
fn repeated(claims: &[Claim], topics: &[topic::ClaimTopic], votes: &mut [Vec<Vote>]) {
    // One party by the last word of the resolved name (`Donald Trump`,
    // `Republican Donald Trump`).
    let names: Vec<Option<&str>> = claims
        .iter()
        .map(|c| c.source.entity.as_deref()?.split_whitespace().last())
        .collect();
    let stated: Vec<usize> = (0..claims.len())
        .filter(|&i| !votes[i].is_empty())
        .collect();
    let mut copies: Vec<(usize, Vote)> = Vec::new();
    for j in 0..claims.len() {
        if !votes[j].is_empty() || names[j].is_none() {
            continue;
        }
        for &i in &stated {
            if names[i] != names[j] {
                continue;
            }
            let shorter = topics[i].content.len().min(topics[j].content.len());
            let shared = topic::overlap(&topics[i].content, &topics[j].content);
            if shared >= REPEAT_SHARED && shared * 10 >= shorter * REPEAT_TENTHS {
                for v in &votes[i] {
                    copies.push((
                        j,
                        Vote {
                            state: v.state,
                            evidence: v.evidence,
                            note: Some(
                                "The same claim is made elsewhere in the article.".to_string(),
                            ),
                        },
                    ));
                }
            }
        }
    }
    for (j, v) in copies {
        votes[j].push(v);
    }
}

/// The claim right after claim `i` when it has the same source and is at most
/// a paragraph away.
fn same_voice_next(doc: &Document, claims: &[Claim], i: usize) -> Option<usize> {
    let j = i + 1;
    let para = |k: usize| {
        let s = claims.get(k)?.content.spans.first()?;
        Some(link::paragraph_of(doc, s.start))
    };
    (claims[i].source.entity.is_some()
        && claims.get(j)?.source.entity == claims[i].source.entity
        && para(i)?.abs_diff(para(j)?) <= 1)
        .then_some(j)
}

/// Stems a claim shares with the source's doubt right after it.
const DOUBT_SHARED: usize = 2;

/// `Trump said "a bomb" had gone off … "a bomb went off in New York and nobody
/// knows exactly what's going on," he said`: the source's own doubt, in its
/// next claim on the same thing, leaves the claim before unverified (the
/// guidelines: the source itself voices lack of confirmation about a past
/// fact).
fn own_doubt(
    doc: &Document,
    claims: &[Claim],
    topics: &[topic::ClaimTopic],
    i: usize,
    evidence: Span,
    votes: &mut [Vec<Vote>],
) {
    let Some(j) = i.checked_sub(1) else { return };
    if same_voice_next(doc, claims, j) == Some(i)
        && topic::overlap(&topics[i].content, &topics[j].content) >= DOUBT_SHARED
    {
        votes[j].push(Vote {
            state: VerificationState::Unverified,
            evidence,
            note: Some("The source says right after that it is not known.".to_string()),
        });
    }
}

/// Precedence of states when several apply.
fn rank(state: VerificationState) -> u8 {
    match state {
        VerificationState::Reported => 0,
        VerificationState::Confirmed => 1,
        VerificationState::Unverified => 2,
        VerificationState::Disputed => 3,
        VerificationState::False => 4,
    }
}

/// Sets each claim's state, evidence and notes (byte spans).
pub fn assign_states(doc: &Document, claims: &mut [Claim], reviews: &[ClaimReview]) {
    let mut votes: Vec<Vec<Vote>> = vec![Vec::new(); claims.len()];
    if !claims.is_empty() {
        let topics = topic::claim_topics(doc, claims);
        // A claim whose content itself says something is not yet known (`too
        // early to tell`, `the videos were inconclusive`) states uncertainty:
        // its negations do not rebut the claims around it.
        let mut uncertain = vec![false; claims.len()];
        for cue in cues::find(doc) {
            if cue.state == VerificationState::Unverified {
                // Also a cue that starts on the attribution and runs into the
                // content (`It also does | not answer whether …`).
                match link::voice(doc, &cue, claims) {
                    Voice::Content(i) => {
                        uncertain[i] = true;
                        if !future_after(doc, &cue) {
                            own_doubt(doc, claims, &topics, i, cue.span, &mut votes);
                        }
                    }
                    Voice::Attribution(i)
                        if claims[i]
                            .content
                            .spans
                            .iter()
                            .any(|s| s.overlaps(&cue.span)) =>
                    {
                        uncertain[i] = true
                    }
                    _ => {}
                }
            }
            vote_for_cue(doc, claims, &topics, &cue, &mut votes);
        }
        hedged_attributions(doc, claims, &mut votes);
        records::record_sources(doc, claims, &mut votes);
        rebuttal::contradictions(doc, claims, &topics, &uncertain, &mut votes);
        concession::concessions(doc, claims, &mut votes);
        repeated(claims, &topics, &mut votes);
        opposites::opposites(doc, claims, &uncertain, &mut votes);
    }
    for (claim, claim_votes) in claims.iter_mut().zip(votes) {
        resolve(claim, claim_votes);
    }
    crate::claimreview::apply(doc, claims, reviews);
}

fn vote_for_cue(
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
    // content span runs on into it.
    if let Voice::Content(i) = voice {
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
        let refers = owner.is_some_and(|o| {
            claims[o].content.spans.iter().any(|s| {
                doc.tokens_in(*s)
                    .any(|t| topic::ANAPHORS.contains(&doc.folded(t)))
            })
        });
        link::by_topic(doc, cue, owner, claims, topics)
            .into_iter()
            // What a party confirms is its own content (`officials confirmed
            // two measles cases but said there was no outbreak`): a claim
            // reached by the sentence's other words is not confirmed, unless
            // that content refers to it (`confirming Brandt's account`).
            .filter(move |&j| match owner {
                Some(o) if state == Confirmed && !refers => {
                    topic::overlap(&topics[o].content, &topics[j].content) >= 2
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
                s => Some(s),
            };
            if let Some(s) = own {
                votes[i].push(vote(s));
            }
            // `Mr. Obama dismissed the criticism … "You know, I love Larry,"
            // he said, but …`: the source's next quoted words (or the
            // participle after the denial) are the denial itself.
            if party_state == Disputed && matches!(voice, Voice::Attribution(_)) {
                if let Some(j) = same_voice_next(doc, claims, i) {
                    let quoted = claims[j].content.spans.first().is_some_and(|s| {
                        doc.text[s.start..].starts_with(['"', '\u{201c}', '\u{2018}', '\''])
                    });
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
                let reach = if party_state == Unverified && matches!(voice, Voice::Attribution(_)) {
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
fn future_after(doc: &Document, cue: &cues::Cue) -> bool {
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

/// Past-oriented uncertainty on the attribution (`allegedly`, `appeared to
/// suggest`, `it seems`) makes a claim unverified; future content stays reported.
fn hedged_attributions(doc: &Document, claims: &[Claim], votes: &mut [Vec<Vote>]) {
    let mut scratch: Vec<Claim> = claims.to_vec();
    for (i, c) in scratch.iter_mut().enumerate() {
        c.hedges.clear();
        c.id = format!("#{i}");
    }
    let mut hedges = crate::hedges::detect(doc);
    for (i, h) in hedges.iter_mut().enumerate() {
        h.id = i.to_string();
    }
    crate::hedges::link::link(doc, &mut hedges, &mut scratch);
    for (i, claim) in scratch.iter().enumerate() {
        // Future content is checked only for claims a hedge is linked to.
        let mut is_future = None;
        for h in &hedges {
            if h.claim.as_deref() != Some(claim.id.as_str()) {
                continue;
            }
            if *is_future.get_or_insert_with(|| future(doc, claim)) {
                break;
            }
            let Some(&at) = h.spans.first() else { continue };
            let inside = claim.content.spans.iter().any(|s| s.contains(&at));
            let word = crate::hedges::fold(&doc.text[at.start..at.end]);
            let counts = match h.category {
                // `claim`, `contend`, `maintain` name the attribution itself.
                HedgeCategory::EpistemicVerb => {
                    let after = doc.text.get(at.end..).unwrap_or("");
                    // `X agreed with Y and seemed to think …`: a second,
                    // hedged attribution verb of the same source, even where
                    // the content span runs over it.
                    let coordinated = inside
                        && after.trim_start().starts_with("to ")
                        && doc.text[..at.start].trim_end().ends_with(" and")
                        && complement_content(doc, claim);
                    (!inside || coordinated) && past_hedge(&word, after)
                }
                HedgeCategory::EpistemicAdverb => {
                    !inside
                        && matches!(
                            word.as_str(),
                            "apparently"
                                | "seemingly"
                                | "presumably"
                                | "supposedly"
                                | "allegedly"
                                | "purportedly"
                                | "ostensibly"
                        )
                }
                HedgeCategory::Conditional => true,
                _ => false,
            };
            if counts {
                votes[i].push(Vote {
                    state: VerificationState::Unverified,
                    evidence: at,
                    note: None,
                });
            }
        }
    }
}

/// Whether the content opens on a preposition (`agreed with McLenny and …`):
/// a complement of the attribution verb, not a clause with its own subject,
/// so a verb coordinated after it shares the source as subject.
fn complement_content(doc: &Document, claim: &Claim) -> bool {
    let first = claim
        .content
        .spans
        .first()
        .and_then(|s| doc.text.get(s.start..s.end))
        .and_then(|t| t.split_whitespace().next())
        .map(crate::hedges::fold);
    matches!(
        first.as_deref(),
        Some("with" | "to" | "on" | "about" | "in" | "for" | "at" | "by" | "over")
    )
}

/// Whether an epistemic verb on the attribution hedges a past fact (the
/// guidelines: `appeared to`, `seemed to think`, `looked like`, `suspect`,
/// `seems to have`). Verbs of belief and attribution (`suggested`, `believe`,
/// `think`, `claimed`) report what the source holds, and the present `seems`
/// or `looks like` is an evaluation now: both stay reported.
fn past_hedge(word: &str, after: &str) -> bool {
    let perfect = after.trim_start().starts_with("to have");
    word.starts_with("appear")
        || word.starts_with("seemed")
        || word.starts_with("looked")
        || word.starts_with("suspect")
        || word.starts_with("presum")
        || ((word.starts_with("seem") || word.starts_with("look")) && perfect)
}

/// Whether the content is about the future (`will`, `would`, `going to`).
fn future(doc: &Document, claim: &Claim) -> bool {
    claim.content.spans.iter().any(|s| {
        doc.text
            .get(s.start..s.end)
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .any(|w| matches!(w, "will" | "would" | "'ll" | "won't" | "going"))
    })
}

/// Picks the winning state and keeps the evidence and notes that support it.
fn resolve(claim: &mut Claim, votes: Vec<Vote>) {
    let Some(mut top) = votes.iter().map(|v| v.state).max_by_key(|&s| rank(s)) else {
        return;
    };
    // The claim's own words saying it is unverified (`presumably`, `supposed`)
    // outweigh a dispute reached only by topic from elsewhere: the evidence
    // about the exact claim points to `unverified` (the guidelines' exception
    // to precedence).
    let own_unverified = votes
        .iter()
        .any(|v| v.state == VerificationState::Unverified && v.note.is_none());
    let only_related_dispute = votes
        .iter()
        .filter(|v| v.state == VerificationState::Disputed)
        .all(|v| v.note.is_some());
    if top == VerificationState::Disputed && own_unverified && only_related_dispute {
        top = VerificationState::Unverified;
    }
    claim.state = top;
    for v in votes.into_iter().filter(|v| v.state == top) {
        if !claim.evidence.contains(&v.evidence) {
            claim.evidence.push(v.evidence);
        }
        if let Some(note) = v.note {
            if !claim.notes.contains(&note) {
                claim.notes.push(note);
            }
        }
    }
    crate::order::spans(&mut claim.evidence);
}
