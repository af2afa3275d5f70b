//! A content piece that belongs to another verb: the tagger may give one cue
//! two `that` clauses when the first one's verb went untagged (`Video shows
//! that …, contradicting the police's earlier claim that …`). A piece that
//! opens on `that` right after a verb of saying, thinking or showing outside
//! the claim's cue is that verb's claim; its source is filled later from the
//! sentence (see [`super::subject`]).

use crate::cuelex;
use crate::model::Claim;
use crate::segment::Document;

/// Splits such pieces off into claims of their own.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    let mut added: Vec<Claim> = Vec::new();
    for claim in claims.iter_mut() {
        if claim.content.spans.len() < 2 {
            continue;
        }
        let mut k = 0;
        while k < claim.content.spans.len() && claim.content.spans.len() > 1 {
            let piece = claim.content.spans[k];
            let t = super::subject::token_at(doc, piece.start);
            let verb = t.checked_sub(1).filter(|&v| {
                let cue = cuelex::SPEECH | cuelex::BELIEF | cuelex::EVIDENCE;
                doc.folded(t) == "that"
                    && !claim
                        .cue
                        .spans
                        .iter()
                        .any(|c| c.contains(&doc.tokens[v].span))
                    && cuelex::categories(doc.token_text(v)) & cue != 0
            });
            match verb {
                Some(v) => {
                    claim.content.spans.remove(k);
                    added.push(Claim::new(
                        Vec::new(),
                        vec![doc.tokens[v].span],
                        vec![piece],
                    ));
                }
                None => k += 1,
            }
        }
    }
    claims.extend(added);
}
