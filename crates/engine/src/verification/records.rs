//! Documentary records as sources: what tax returns, transcripts, video, filings
//! or an official audit show confirms a claim (the guidelines' policy on
//! records; polls, studies and `according to` stay reported), and so confirms
//! another party's earlier claim that it repeats word for word (`Video …
//! shows him with his hands in the air`).

use super::{cues, Vote};
use crate::model::{Claim, Span, VerificationState};
use crate::segment::Document;

/// Verbs by which a record shows something.
pub const SHOW: &[&str] = &[
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

/// Whether a claim's cue is one of the verbs by which a record shows
/// something ([`SHOW`]).
pub fn shows(doc: &Document, claim: &Claim) -> bool {
    claim
        .cue
        .spans
        .iter()
        .any(|s| doc.tokens_in(*s).any(|t| SHOW.contains(&doc.folded(t))))
}

/// A claim whose source is a documentary record (`tax returns`, `video`, the
/// paper's `analysis` of filings) and whose cue is `show`/`reveal`/`indicate`
/// is `confirmed` (policy: records that show confirm; polls, studies and
/// `according to` stay reported). The record may stand far from the cue
/// (`A USA TODAY analysis of super PACs that …, shows`).
pub fn record_sources(doc: &Document, claims: &[Claim], votes: &mut [Vec<Vote>]) {
    // Borrowed folds, not copies: this runs for every claim.
    let words = |spans: &[Span]| -> Vec<&str> {
        let mut out = Vec::new();
        for s in spans {
            out.extend(doc.tokens_in(*s).map(|t| doc.folded(t)));
        }
        out
    };
    for (i, claim) in claims.iter().enumerate() {
        let cue = words(&claim.cue.spans);
        if cue.contains(&"not") {
            continue;
        }
        let source = words(&claim.source.spans);
        // An official audit that found something is a record too (the
        // guidelines' policy readings: an official audit report).
        let found = cue.iter().any(|w| matches!(*w, "found" | "concluded"));
        // `We know from his financial disclosure statements that …`: a
        // record named as the ground of what the source knows.
        let known_from_record = cue
            .iter()
            .any(|w| matches!(*w, "know" | "knew" | "learned" | "learnt"))
            && claim.cue.spans.last().is_some_and(|c| {
                // The words right after the cue, inside the content or not.
                let t = doc.tokens.partition_point(|tok| tok.span.end <= c.end);
                let mut after =
                    (t..doc.tokens.len().min(t + RECORD_PHRASE + 1)).map(|k| doc.folded(k));
                after.next() == Some("from")
                    && after
                        .take_while(|w| *w != "that")
                        .any(|w| cues::RECORDS.contains(&w))
            });
        if (found && official_audit(&source)) || known_from_record {
            if let Some(&at) = claim.cue.spans.first() {
                votes[i].push(Vote {
                    state: VerificationState::Confirmed,
                    evidence: at,
                    note: None,
                });
            }
            continue;
        }
        if !cue.iter().any(|w| SHOW.contains(w)) {
            continue;
        }
        let head = |ws: &[&str]| -> bool {
            let end = ws
                .iter()
                .position(|w| *w == "of" || *w == "that")
                .unwrap_or(ws.len());
            ws[..end].iter().any(|w| cues::RECORDS.contains(w))
        };
        let record = head(&source)
            || record_subject(doc, claim).is_some_and(|subject| head(&subject))
            || (matches!(source.as_slice(), [p] if matches!(*p, "they" | "it" | "these" | "this"))
                && claim
                    .source
                    .spans
                    .first()
                    .is_some_and(|s| record_before(doc, s.start)));
        if record {
            if let Some(&at) = claim.cue.spans.first() {
                votes[i].push(Vote {
                    state: VerificationState::Confirmed,
                    evidence: at,
                    note: None,
                });
                echoed(doc, claims, i, at, votes);
            }
        }
    }
}

/// How many words in a row a record's content must repeat of an earlier
/// claim to show the same thing.
const ECHO_RUN: usize = 4;
/// How many claims back a record's echo is looked for.
const ECHO_BACK: usize = 24;

/// `Clinton said: "… an unarmed man with his hands in the air?"` … `Video of
/// the incident shows him with his hands in the air`: a record whose content
/// repeats [`ECHO_RUN`] words in a row (two of them content words) of another
/// party's earlier claim shows that claim, however far back. (Topic overlap
/// alone is too weak: `Footage shows Hale holding a dark object` does not
/// confirm `Hale was holding a cellphone`.)
fn echoed(doc: &Document, claims: &[Claim], record: usize, at: Span, votes: &mut [Vec<Vote>]) {
    let words = |c: &Claim| -> Vec<&str> {
        c.content
            .spans
            .iter()
            .flat_map(|s| doc.tokens_in(*s))
            .filter(|&t| doc.tokens[t].kind == crate::segment::TokenKind::Word)
            .map(|t| doc.folded(t))
            .collect()
    };
    let shown = words(&claims[record]);
    for j in record.saturating_sub(ECHO_BACK)..record {
        if claims[j].source.entity == claims[record].source.entity {
            continue;
        }
        let said = words(&claims[j]);
        let repeats = said.windows(ECHO_RUN).any(|run| {
            shown.windows(ECHO_RUN).any(|r| r == run)
                && run
                    .iter()
                    .filter(|w| super::topic::stem_folded(w).is_some())
                    .count()
                    >= 2
        });
        if repeats {
            votes[j].push(Vote {
                state: VerificationState::Confirmed,
                evidence: at,
                note: Some("A record cited in the article shows the same thing.".to_string()),
            });
        }
    }
}

/// How many words after `from` may name the record (`from his financial
/// disclosure statements`).
const RECORD_PHRASE: usize = 5;

/// Whether a source names an official auditor (`a Government Accountability
/// Office report`, `the inspector general`, `an audit`).
fn official_audit(source: &[&str]) -> bool {
    let has = |w: &str| source.contains(&w);
    has("audit")
        || has("auditor")
        || (has("accountability") && has("office"))
        || (has("inspector") && has("general"))
}

/// The words from the start of the sentence to the claim's cue, when the
/// source stands among them (`The transcript of the debate – published by The
/// Washington Post – shows`, whose source mention is only the newspaper).
fn record_subject<'d>(doc: &'d Document, claim: &Claim) -> Option<Vec<&'d str>> {
    let cue = claim.cue.spans.first()?;
    let source = claim.source.spans.first()?;
    let t = doc.tokens.partition_point(|tok| tok.span.end <= cue.start);
    let &(t0, _) = doc
        .sentences
        .get(doc.sentence_of(t.min(doc.tokens.len().checked_sub(1)?)))?;
    let start = doc.tokens.get(t0)?.span.start;
    if source.start < start || source.end > cue.start || t - t0 > RECORD_SUBJECT {
        return None;
    }
    Some(
        (t0..t)
            .filter(|&k| doc.tokens[k].kind == crate::segment::TokenKind::Word)
            .map(|k| doc.folded(k))
            .collect(),
    )
}

/// How many tokens a record subject before the cue may have.
const RECORD_SUBJECT: usize = 16;

/// How many words before a pronoun source are searched for the record it
/// stands for (within its sentence and the one before).
const RECORD_LOOKBACK: usize = 30;

/// Whether the pronoun at `at` stands for a documentary record: the nearest
/// record word or person noun (`reporters`, `officials`) in the few words
/// before it is a record (`The tax returns were released. They exposed …`).
fn record_before(doc: &Document, at: usize) -> bool {
    let t = doc.tokens.partition_point(|tok| tok.span.end <= at);
    let sentence = doc.sentence_of(t.min(doc.tokens.len().saturating_sub(1)));
    let first = doc
        .sentences
        .get(sentence.saturating_sub(1))
        .map_or(0, |&(t0, _)| t0);
    (t.saturating_sub(RECORD_LOOKBACK).max(first)..t)
        .rev()
        .map(|k| doc.folded(k))
        .find(|w| cues::RECORDS.contains(w) || w.ends_with("ers") || *w == "officials")
        .is_some_and(|w| cues::RECORDS.contains(&w))
}
