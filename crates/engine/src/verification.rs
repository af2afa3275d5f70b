//! Verification state of each claim, as the article tells it
//! (`../shared/data/verification/GUIDELINES.md`).
//!
//! 1. [`cues`] finds the words that confirm, leave unverified, dispute or
//!    falsify something; [`link`] decides whose they are — the claim they attribute
//!    or sit in, a claim of the same sentence, or claims sentences and paragraphs
//!    away that share the topic.
//! 2. A hedge on the attribution about the past (`allegedly`, `appeared to
//!    suggest`) makes a claim `unverified`; hedges inside the content do not.
//! 3. [`rebuttal`] marks two nearby claims of different sources `disputed` when
//!    one contradicts the other.
//! 4. Several cues on one claim: `false` > `disputed` > `unverified` > `confirmed`.
//! 5. A ClaimReview from the page ([`crate::claimreview`]) overrides the text.
//!
//! Works on any claims (found by the engine or given), in byte spans.

pub mod cues;
pub mod link;
pub mod rebuttal;
pub mod topic;

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
        for cue in cues::find(doc) {
            vote_for_cue(doc, claims, &topics, &cue, &mut votes);
        }
        hedged_attributions(doc, claims, &mut votes);
        record_sources(doc, claims, &mut votes);
        rebuttal::contradictions(doc, claims, &topics, &mut votes);
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
    let voice = link::voice(doc, cue, claims);
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
        link::by_topic(doc, cue, owner, claims, topics)
            .into_iter()
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
            let party_state = if cue.state == False && cue.flat {
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
            if matches!(party_state, Disputed | False | Confirmed | Unverified) {
                let reach = if party_state == Unverified && matches!(voice, Voice::Attribution(_)) {
                    Vec::new()
                } else {
                    related(party_state, Some(i))
                };
                for (j, v) in reach {
                    votes[j].push(v);
                }
            }
        }
        Voice::Author => {
            let state = if cue.state == Disputed && cue.flat {
                False
            } else {
                cue.state
            };
            if let Some(i) = link::same_sentence(doc, cue.span, cue.sentence, claims) {
                votes[i].push(vote(state));
            } else {
                for (j, v) in related(state, None) {
                    votes[j].push(v);
                }
            }
        }
    }
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
        if future(doc, claim) {
            continue;
        }
        for h in &hedges {
            if h.claim.as_deref() != Some(claim.id.as_str()) {
                continue;
            }
            let Some(&at) = h.spans.first() else { continue };
            let inside = claim.content.spans.iter().any(|s| s.contains(&at));
            let word = crate::hedges::fold(&doc.text[at.start..at.end]);
            let counts = match h.category {
                HedgeCategory::EpistemicVerb => !inside,
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

/// Verbs by which a record shows something.
const SHOW: &[&str] = &[
    "show",
    "shows",
    "showed",
    "shown",
    "reveal",
    "reveals",
    "revealed",
    "indicate",
    "indicates",
    "indicated",
    "expose",
    "exposed",
    "exposes",
    "disclose",
    "disclosed",
    "discloses",
    "document",
    "documents",
    "documented",
];

/// A claim whose source is a documentary record (`tax returns`, `video`, the
/// paper's `analysis` of filings) and whose cue is `show`/`reveal`/`indicate`
/// is `confirmed` (policy: records that show confirm; polls, studies and
/// `according to` stay reported). The record may stand far from the cue
/// (`A USA TODAY analysis of super PACs that …, shows`).
fn record_sources(doc: &Document, claims: &[Claim], votes: &mut [Vec<Vote>]) {
    let words = |spans: &[Span]| -> Vec<String> {
        let mut out = Vec::new();
        for s in spans {
            let first = doc.tokens.partition_point(|t| t.span.end <= s.start);
            for t in first..doc.tokens.len() {
                if doc.tokens[t].span.start >= s.end {
                    break;
                }
                out.push(crate::hedges::fold(doc.token_text(t)));
            }
        }
        out
    };
    for (i, claim) in claims.iter().enumerate() {
        let cue = words(&claim.cue.spans);
        if !cue.iter().any(|w| SHOW.contains(&w.as_str())) || cue.iter().any(|w| w == "not") {
            continue;
        }
        let source = words(&claim.source.spans);
        let head = source
            .iter()
            .position(|w| w == "of" || w == "that")
            .unwrap_or(source.len());
        if source[..head]
            .iter()
            .any(|w| cues::RECORDS.contains(&w.as_str()))
        {
            if let Some(&at) = claim.cue.spans.first() {
                votes[i].push(Vote {
                    state: VerificationState::Confirmed,
                    evidence: at,
                    note: None,
                });
            }
        }
    }
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
    let Some(top) = votes.iter().map(|v| v.state).max_by_key(|&s| rank(s)) else {
        return;
    };
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
    claim.evidence.sort();
}
