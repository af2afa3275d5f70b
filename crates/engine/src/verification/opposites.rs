//! Two parties who say opposite things in opposite words: `his wife yelled
//! that he was unarmed` / `police say he got out of the car with a
//! handgun`; `the driver said the crash was an accident` / `prosecutors say
//! he rammed the barrier deliberately`. (Not `peaceful` / `violent`: too
//! often said of different things in one article.) Such accounts of one event are often
//! told paragraphs apart, with no denial word and few shared words, so the
//! pairing reaches further than [`super::rebuttal`]'s but only on a short
//! list of opposites that news disputes turn on. A word of one side negated
//! (`he has no weapon`) counts for the other side. Both claims become
//! `disputed`, each with the other's content as evidence.

use super::Vote;
use crate::model::{Claim, VerificationState};
use crate::segment::Document;

/// Opposite sides, as words of the content.
const OPPOSITES: &[(&[&str], &[&str])] = &[
    (
        &["unarmed"],
        &[
            "armed", "gun", "guns", "handgun", "pistol", "rifle", "weapon", "weapons", "knife",
        ],
    ),
    (&["innocent"], &["guilty"]),
    (
        &["accident", "accidental", "accidentally"],
        &["deliberate", "deliberately", "intentional", "intentionally"],
    ),
];

/// How many claims on each side are compared (keeps the pass linear).
const NEIGHBOURS: usize = 40;

/// How many tokens before a word a negation governs it from.
const NEGATION_REACH: usize = 2;

/// Which side of pair `p` a claim's content takes: 0, 1, or none (both or
/// neither).
fn side(doc: &Document, claim: &Claim, p: usize) -> Option<u8> {
    let (first, second) = OPPOSITES[p];
    let mut sides = [false, false];
    for span in &claim.content.spans {
        let r = doc.tokens_in(*span);
        for t in r.clone() {
            let w = doc.folded(t);
            let which = if first.contains(&w) {
                0
            } else if second.contains(&w) {
                1
            } else {
                continue;
            };
            let negated = (t.saturating_sub(NEGATION_REACH).max(r.start)..t)
                .any(|u| matches!(doc.folded(u), "no" | "not" | "without" | "never"));
            sides[which ^ usize::from(negated)] = true;
        }
    }
    match sides {
        [true, false] => Some(0),
        [false, true] => Some(1),
        _ => None,
    }
}

/// Marks pairs of claims of different parties on opposite sides `disputed`.
/// A claim that states uncertainty (`uncertain`: `the video does not show
/// whether he had a gun`), is already unverified (`the footage did not give
/// evidence that would confirm …`) or tells what a record shows takes no
/// side.
pub fn opposites(doc: &Document, claims: &[Claim], uncertain: &[bool], votes: &mut [Vec<Vote>]) {
    let sided: Vec<bool> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            !uncertain.get(i).copied().unwrap_or(false)
                && !super::records::shows(doc, c)
                && !votes[i]
                    .iter()
                    .any(|v| v.state == VerificationState::Unverified)
        })
        .collect();
    for p in 0..OPPOSITES.len() {
        let sides: Vec<Option<u8>> = claims
            .iter()
            .zip(&sided)
            .map(|(c, &s)| if s { side(doc, c, p) } else { None })
            .collect();
        for b in 0..claims.len() {
            let Some(sb) = sides[b] else { continue };
            for a in b.saturating_sub(NEIGHBOURS)..b {
                let Some(sa) = sides[a] else { continue };
                let (ea, eb) = (&claims[a].source.entity, &claims[b].source.entity);
                if sa == sb || ea.is_none() || eb.is_none() || ea == eb {
                    continue;
                }
                let note = "Another party says the opposite.";
                super::dispute_each_other(claims, votes, (a, b), (note, note));
            }
        }
    }
}
