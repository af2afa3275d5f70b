//! Verification state of each claim, as the article tells it
//! (`../shared/data/verification/GUIDELINES.md`).
//!
//! 1. [`cues`] finds the words that confirm, leave unverified, dispute or
//!    falsify something; [`link`] decides whose they are — the claim they attribute
//!    or sit in, a claim of the same sentence, or claims sentences and paragraphs
//!    away that share the topic — and `vote.rs` what state each cue votes for.
//! 2. A hedge on the attribution about the past (`allegedly`, `appeared to
//!    suggest`) makes a claim `unverified`; hedges inside the content do not,
//!    but the source's own doubt in its next claim on the same thing (`… and
//!    nobody knows exactly what happened`) does.
//! 3. [`rebuttal`] marks two nearby claims of different sources `disputed` when
//!    one contradicts the other; the quote that follows a source's denial is
//!    the denial itself, and a reply (`X responded that …`) disputes the
//!    other side's earlier claims on the same thing. [`concession`] does so
//!    for claims a sentence sets against each other (`Though X says …,
//!    experts say …`), [`opposites`] for two parties' accounts in opposite
//!    words (`unarmed` / `a handgun`).
//! 4. What a documentary record shows (or an official audit found) confirms
//!    ([`records`]), and so does a record repeating an earlier claim's own
//!    words; a record set against another claim of its sentence (`…,
//!    though records show …`) shows that claim false.
//! 5. Several cues on one claim: `false` > `disputed` > `unverified` > `confirmed`,
//!    except that a claim's own words (its own doubt, its own record's
//!    `shows`) outweigh a dispute or doubt reached only by topic.
//! 6. A claim the article repeats, or one whose content only points back at
//!    the claim before (`Mook said as much`), takes that claim's state.
//! 7. A ClaimReview from the page ([`crate::claimreview`]) overrides the text.
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
mod vote;

use crate::model::{Claim, ClaimReview, HedgeCategory, Span, VerificationState};
use crate::segment::Document;
use link::Voice;
use vote::{future_after, vote_for_cue};

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
/// one that has it. So does a content that only points back at the claim
/// right before it in its paragraph ([`points_back`]).
fn repeated(
    doc: &Document,
    claims: &[Claim],
    topics: &[topic::ClaimTopic],
    votes: &mut [Vec<Vote>],
) {
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
        if !votes[j].is_empty() {
            continue;
        }
        let back = points_back(doc, claims, j);
        for &i in &stated {
            // (Topics compared only for one party's claims.)
            let same = names[j].is_some() && names[i] == names[j] && {
                let shorter = topics[i].content.len().min(topics[j].content.len());
                let shared = topic::overlap(&topics[i].content, &topics[j].content);
                shared >= REPEAT_SHARED && shared * 10 >= shorter * REPEAT_TENTHS
            };
            if same || (back && i + 1 == j) {
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

/// `Some saw the comment as a dig at the military. Her campaign manager said
/// as much`: whether claim `j`'s content only points back (`as much`, `so`)
/// at the claim right before it in its paragraph.
fn points_back(doc: &Document, claims: &[Claim], j: usize) -> bool {
    let ([only], Some(before)) = (
        claims[j].content.spans.as_slice(),
        j.checked_sub(1)
            .and_then(|i| claims[i].content.spans.first()),
    ) else {
        return false;
    };
    let mut words = doc.tokens_in(*only).map(|t| doc.folded(t));
    // (`as much in a letter`, not the amount `as much as 20 percent`; in
    // the same paragraph: a pointer across one points at a line the engine
    // may have found no claim in, such as a headline.)
    let pro_form = match (words.next(), words.next(), words.next()) {
        (Some("as"), Some("much"), next) => !matches!(next, Some("as" | "than" | "of")),
        (Some("so"), None, None) => true,
        _ => false,
    };
    pro_form && link::paragraph_of(doc, before.start) == link::paragraph_of(doc, only.start)
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

/// Whether a claim's content opens with a quotation mark: a source's next
/// quoted words go on with what it just said (a denial, a reply).
fn quoted_content(doc: &Document, claim: &Claim) -> bool {
    claim
        .content
        .spans
        .first()
        .is_some_and(|s| doc.text[s.start..].starts_with(['"', '\u{201c}', '\u{2018}', '\'']))
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
        repeated(doc, claims, &topics, &mut votes);
        opposites::opposites(doc, claims, &uncertain, &mut votes);
    }
    for (claim, claim_votes) in claims.iter_mut().zip(votes) {
        resolve(claim, claim_votes);
    }
    crate::claimreview::apply(doc, claims, reviews);
}

/// Past-oriented uncertainty on the attribution (`allegedly`, `appeared to
/// suggest`, `it seems`) makes a claim unverified; future content stays reported.
fn hedged_attributions(doc: &Document, claims: &[Claim], votes: &mut [Vec<Vote>]) {
    // Each hedge's claim as `hedges::link` links it, found without a linked
    // copy of the claims (this runs once per article, over every claim).
    let hedges = crate::hedges::detected(doc);
    let owners: Vec<Option<usize>> = hedges
        .iter()
        .map(|h| crate::hedges::link::owner(doc, h, claims))
        .collect();
    for (i, claim) in claims.iter().enumerate() {
        // Future content is checked only for claims a hedge is linked to.
        let mut is_future = None;
        for (h, _) in hedges.iter().zip(&owners).filter(|(_, o)| **o == Some(i)) {
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
    // The claim's own words outweigh a state one rank above them reached only
    // by topic from elsewhere: its own `presumably` a related dispute, its own
    // record's `shows` a related doubt (`It also does not answer whether …`,
    // about another point): the evidence about the exact claim wins (the
    // guidelines' exception to precedence).
    use VerificationState::{Confirmed, Disputed, Unverified};
    for (related, own) in [(Disputed, Unverified), (Unverified, Confirmed)] {
        let has_own = votes.iter().any(|v| v.state == own && v.note.is_none());
        let only_related = votes
            .iter()
            .filter(|v| v.state == related)
            .all(|v| v.note.is_some());
        if top == related && has_own && only_related {
            top = own;
        }
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
