//! `A federal judge blocked the cuts, ruling that the agency had exceeded
//! its authority`: a court's participle of decision (`ruling`, `holding`)
//! after a comma, with a `that` clause, is a cue. The tagger, trained on
//! political news where these words are nouns (`the ruling`, `holding
//! companies`), misses it and reads the clause's subject as a source.

use crate::model::{Claim, KeepWith};
use crate::segment::Document;

use super::subject::{cue_taken, last_word, lower_is};

/// The participles (not in the cue lexicon the tagger was trained with).
pub const PARTICIPLES: &[&str] = &["ruling", "holding"];

/// Adds a sourceless claim (its subject is found later, as for `…, saying
/// …`) for every `, ruling that CLAUSE` whose participle no claim holds;
/// claims without content inside the clause (the tagger's `the agency | had
/// likely`) go.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for &(s0, s1) in &doc.sentences {
        let Some(p) = (s0 + 1..s1.saturating_sub(3)).find(|&p| {
            doc.token_text(p - 1) == ","
                && lower_is(doc, p, PARTICIPLES)
                && doc.folded(p + 1) == "that"
        }) else {
            continue;
        };
        let cue = doc.tokens[p].span;
        if cue_taken(claims, cue) {
            continue;
        }
        let last = last_word(doc, p + 2, s1).unwrap_or(p + 2);
        let clause = doc.span_of(p + 1, last);
        claims.keep_with(&mut |c| {
            !(c.content.spans.is_empty() && c.role_spans().all(|s| clause.contains(s)))
        });
        claims.push(Claim::new(Vec::new(), vec![cue], vec![clause]));
    }
}
