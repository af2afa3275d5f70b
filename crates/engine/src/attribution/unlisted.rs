//! Quotations introduced by a verb the speech list lacks: `Captain Idris
//! Moller proudly exclaimed: "…"`, `The port authority reasoned, "…"`.
//! Neither the tagger nor the quotation finder knows such a verb, so the
//! quotation had no cue of its own and was grouped under the next sentence's
//! cue (`Lena Quist observed, "…"`) or left as a claim without cue or source;
//! it moves to a claim of its own.

use crate::model::{Claim, Span};
use crate::quotes;
use crate::segment::{Document, TokenKind};

/// Adds a claim for every quotation without a cue that follows `SUBJECT
/// VERB-ed:` or `SUBJECT VERB-ed,` in its own sentence, taking it from
/// claims whose cue lies in another sentence (a claim that held nothing but
/// the quotation goes).
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    let sentence = |pos: usize| doc.sentence_of(doc.tokens.partition_point(|t| t.span.start < pos));
    for q in quotes::attribute_quotations(doc) {
        let (None, [quote]) = (q.cue, q.content.as_slice()) else {
            continue;
        };
        let open = doc.tokens.partition_point(|t| t.span.start < quote.start);
        let Some((first, verb)) = speaker(doc, open) else {
            continue;
        };
        let cue = doc.tokens[verb].span;
        let own = sentence(cue.start);
        let holds = |c: &Claim| c.content.spans.iter().any(|s| s.overlaps(quote));
        if claims.iter().any(|c| {
            c.touches(&cue)
                || (holds(c)
                    && c.cue
                        .spans
                        .first()
                        .is_some_and(|k| sentence(k.start) == own))
        }) {
            continue;
        }
        // A claim left with no content (the quotation alone, without a cue) goes.
        claims.retain_mut(|c| {
            let had = !c.content.spans.is_empty();
            c.content.spans.retain(|s| !s.overlaps(quote));
            !had || !c.content.spans.is_empty()
        });
        let source = Span::new(doc.tokens[first].span.start, doc.tokens[verb - 1].span.end);
        claims.push(Claim::new(vec![source], vec![cue], vec![*quote]));
    }
}

/// `(first subject token, verb)` before the quotation opening at token
/// `open`: a lowercase past tense right before the colon or comma, after a
/// subject of up to six words that opens the sentence or follows a comma and is
/// no subordinate clause, opened by a capital without a pronoun after it (not `When she arrived,
/// "…"`), or a lone pronoun.
fn speaker(doc: &Document, open: usize) -> Option<(usize, usize)> {
    let (s0, _) = doc.sentences[doc.sentence_of(open)];
    let verb = open.checked_sub(2).filter(|&v| v > s0)?;
    let w = doc.folded(verb);
    if !matches!(doc.token_text(open - 1), ":" | ",")
        || w.len() < 5
        || !w.ends_with("ed")
        || w != doc.token_text(verb)
    {
        return None;
    }
    let pronoun = |t: usize| matches!(doc.folded(t), "he" | "she" | "they" | "we" | "i");
    let mut first = verb;
    while first > s0 && doc.tokens[first - 1].kind == TokenKind::Word {
        first -= 1;
        if first + 1 < verb && pronoun(first + 1) {
            return None;
        }
    }
    let opens = (first == s0 || doc.token_text(first - 1) == ",")
        && !matches!(
            doc.folded(first),
            "when" | "after" | "as" | "if" | "once" | "while" | "because" | "before" | "since"
        );
    let capital = doc.folded(first) != doc.token_text(first);
    (opens
        && first < verb
        && verb - first <= 6
        && (capital || (pronoun(first) && first + 1 == verb)))
        .then_some((first, verb))
}
