//! `Inspection records reviewed by Wire show the ferry failed two of its
//! last three inspections.`: a documentary record that shows something is a
//! claim the verification states need (records that show confirm), but a
//! participle phrase between the record and its verb (`reviewed by Wire`)
//! can hide it from the tagger. A sentence whose subject names a record and
//! whose verb is `show` / `reveal` / `indicate`, left without any claim,
//! gets one: the subject as source, the verb as cue, the clause after it as
//! content.

use crate::model::Claim;
use crate::segment::Document;

use super::subject::{is_word, lower_is, lowercase};

/// Verbs by which a record shows something (not all of
/// [`crate::verification::records::SHOW`]: `documents` would be read as the
/// verb of `Court documents show …`).
const VERBS: &[&str] = &[
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

/// Nouns that name a record.
const RECORDS: &[&str] = &[
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
        let Some(v) = (first + 1..s1.min(first + MAX_SUBJECT + 1))
            .find(|&t| lowercase(doc, t) && lower_is(doc, t, VERBS))
        else {
            continue;
        };
        // The subject: plain words (no comma, no quotation) naming a record.
        if !(first..v).all(|t| is_word(doc, t)) || !(first..v).any(|t| lower_is(doc, t, RECORDS)) {
            continue;
        }
        let mut c = v + 1;
        if c < s1 && lower_is(doc, c, &["that"]) {
            c += 1;
        }
        let Some(last) = (c..s1).rev().find(|&t| is_word(doc, t)) else {
            continue;
        };
        let span = |a: usize, b: usize| doc.span_of(a, b);
        let whole = span(first, last);
        if last < c + 2 || claims.iter().any(|k| k.touches(&whole)) {
            continue;
        }
        added.push(Claim::new(
            vec![span(first, v - 1)],
            vec![span(v, v)],
            vec![span(c, last)],
        ));
    }
    claims.extend(added);
}
