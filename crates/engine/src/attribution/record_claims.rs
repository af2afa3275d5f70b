//! `Inspection records reviewed by Wire show the ferry failed two of its
//! last three inspections.`: a documentary record that shows something is a
//! claim the verification states need (records that show confirm), but a
//! participle phrase between the record and its verb (`reviewed by Wire`)
//! can hide it from the tagger. A sentence whose subject names a record and
//! whose verb is `show` / `reveal` / `indicate`, left without any claim,
//! gets one: the subject as source, the verb as cue, the clause after it as
//! content (`clause_claim` in `orphan_speech.rs`); a claim the tagger found
//! on the verb without a source takes the subject.

use crate::model::Claim;
use crate::segment::Document;

use super::subject::{is_word, lower_is, lowercase};

/// Verbs by which a record shows something (not all of
/// [`crate::verification::records::SHOW`]: `documents` would be read as the
/// verb of `Court documents show …`).
pub(super) const VERBS: &[&str] = &[
    "show",
    "shows",
    "showed",
    "reveal",
    "reveals",
    "revealed",
    "indicate",
    "indicates",
    "indicated",
];

/// Nouns that name a record, or figures and findings that show something
/// (verification decides which of them confirm, from its own list of
/// records: figures and polls stay `reported`).
const RECORDS: &[&str] = &[
    "figures",
    "statistics",
    "numbers",
    "results",
    "findings",
    "images",
    "photos",
    "photographs",
    "recordings",
    "polls",
    "surveys",
    "records",
    "documents",
    "filings",
    "returns",
    "emails",
    "footage",
    "video",
    "videos",
    "transcripts",
    "logs",
    "data",
    "receipts",
    "invoices",
];

/// Longest subject, in tokens.
const MAX_SUBJECT: usize = 10;

/// Adds a claim for every such sentence.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    let mut added = Vec::new();
    for &(s0, s1) in &doc.sentences {
        let first = (s0..s1).find(|&t| is_word(doc, t));
        let Some(first) = first else { continue };
        let Some(v) = (first + 1..s1.min(first + MAX_SUBJECT + 1)).find(|&t| {
            super::wordclass::is(doc, t, super::wordclass::RECORD_VERBS) && lowercase(doc, t)
        }) else {
            continue;
        };
        // The subject: plain words (no comma, no quotation) naming a record.
        if !(first..v).all(|t| is_word(doc, t)) || !(first..v).any(|t| lower_is(doc, t, RECORDS)) {
            continue;
        }
        // Not after a verb of the subject's own (`Satellite images … appeared
        // to | show`: a statement of the author's, hedged).
        if lower_is(doc, v - 1, &["to"]) || lower_is(doc, v - 1, crate::lexicon::AUXILIARIES) {
            continue;
        }
        // A claim on the verb without a source (`Figures released by the
        // elections board on Monday | show`) takes the subject.
        let verb = doc.tokens[v].span;
        if let Some(c) = claims
            .iter_mut()
            .find(|c| c.source.spans.is_empty() && c.cue.spans.first() == Some(&verb))
        {
            c.source.spans = vec![doc.span_of(first, v - 1)];
            continue;
        }
        if let Some(claim) = super::orphan_speech::clause_claim(doc, claims, first, v, s1) {
            added.push(claim);
        }
    }
    claims.extend(added);
}
