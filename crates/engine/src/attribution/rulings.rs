//! `A federal judge blocked the cuts, ruling that the agency had exceeded
//! its authority`: a court's participle of decision (`ruling`, `holding`)
//! after a comma, with a `that` clause, is a cue; so is `ruled` before a time
//! phrase (`The court ruled on Tuesday that …`), and a headline's `rules`
//! with its clause (`Court rules map is unlawful`). The tagger, trained on
//! political news where these words are nouns (`the ruling`, `holding
//! companies`), misses it and reads the clause's subject as a source.

use crate::model::{Claim, KeepWith};
use crate::segment::Document;

use super::subject::{cue_taken, last_word, lower_is};
use super::wordclass;

/// The participles (not in the cue lexicon the tagger was trained with).
pub const PARTICIPLES: &[&str] = &["ruling", "holding"];

/// The finite verbs of decision, which the tagger misses before a time
/// phrase (`The state supreme court ruled on Tuesday that …`).
pub const FINITE: &[&str] = &["ruled", "rules"];

/// How many tokens from `t` (before `s1`) make a time phrase: `on Tuesday`,
/// `Tuesday`, `last week`, or none.
fn time_phrase(doc: &Document, t: usize, s1: usize) -> usize {
    let word = |k: usize| (k < s1).then(|| doc.folded(k));
    let calendar = |k: usize| k < s1 && super::subject::calendar(doc, k);
    if word(t) == Some("on") && calendar(t + 1) {
        2
    } else if calendar(t) {
        1
    } else if matches!(word(t), Some("last" | "this"))
        && matches!(word(t + 1), Some("week" | "month" | "year"))
    {
        2
    } else {
        0
    }
}

/// Adds a sourceless claim (its subject is found later, as for `…, saying
/// …`) for every `, ruling that CLAUSE` whose participle no claim holds;
/// claims without content inside the clause (the tagger's `the agency | had
/// likely`) go.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for &(s0, s1) in &doc.sentences {
        // (`that` after the verb and any time phrase: `ruled on Tuesday that`.)
        let that = |p: usize| {
            let t = p + 1 + time_phrase(doc, p + 1, s1);
            (t + 1 < s1 && doc.folded(t) == "that").then_some(t)
        };
        // A headline's `Court rules worship of Greek gods is legal`: no
        // `that`, no closing stop (not `rules against`, `rules in favor`).
        let headline = super::subject::is_word(doc, s1 - 1);
        // (`bare`: the headline's clause, without `that`.)
        let Some((p, t, bare)) = (s0 + 1..s1.saturating_sub(3)).find_map(|p| {
            let decides = (doc.token_text(p - 1) == "," && lower_is(doc, p, PARTICIPLES))
                || (p > s0 + 1 && wordclass::is(doc, p, wordclass::RULED));
            let bare = headline
                && p > s0 + 1
                && lower_is(doc, p, &["rules"])
                && !lower_is(doc, p + 1, &["in", "on", "against", "for", "out", "over"]);
            match decides.then(|| that(p)).flatten() {
                Some(t) => Some((p, t, false)),
                None => bare.then_some((p, p + 1, true)),
            }
        }) else {
            continue;
        };
        let cue = doc.tokens[p].span;
        if cue_taken(claims, cue) {
            continue;
        }
        let last = last_word(doc, t + 1, s1).unwrap_or(t + 1);
        let clause = doc.span_of(t, last);
        claims.keep_with(&mut |c| {
            !(c.content.spans.is_empty() && c.role_spans().all(|s| clause.contains(s)))
        });
        // A headline's subject is the words before the verb (no article to
        // find it by); elsewhere the subject is found later (`In 2019 the
        // court ruled that …` is not all subject).
        let source = if bare && (s0..p).all(|k| super::subject::is_word(doc, k)) {
            vec![doc.span_of(s0, p - 1)]
        } else {
            Vec::new()
        };
        claims.push(Claim::new(source, vec![cue], vec![clause]));
    }
}
