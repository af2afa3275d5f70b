//! Direct quotations and the speaker named next to them.
//!
//! Finds quotations in straight (`"`) and curly (`“ ”`) marks. A quotation left
//! open at the end of a paragraph continues when the next paragraph opens with a
//! quote mark (the wire convention for long quotes). The speaker is looked for
//! right after the quotation (`"…," he said.` · `"…," said X, a spokesman for Y.`)
//! and then right before it (`X said: "…"`); a quote interrupted by its
//! attribution (`"…," X said, "…"`) becomes one claim with two content spans.
//! Offsets are UTF-8 bytes.

use crate::lexicon;
use crate::model::Span;
use crate::segment::{Document, TokenKind};

/// A quotation: token indices of its opening and closing marks (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quotation {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark, or of the last token when left open.
    pub close: usize,
}

/// A direct quotation with its attribution (byte spans).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteAttribution {
    /// The quoted text, marks included; two pieces for an interrupted quote.
    pub content: Vec<Span>,
    /// The reporting verb (`said`), if one was found next to the quote.
    pub cue: Option<Span>,
    /// The speaker's mention, if one was found.
    pub source: Option<Span>,
}

/// Every quotation in the document, in text order (`''` counts as a double
/// quotation mark); found on the first call and kept on the document.
pub fn find_quotations<'d>(doc: &'d Document) -> &'d [Quotation] {
    doc.quotations.get_or_init(|| quotations(doc))
}

fn quotations(doc: &Document) -> Vec<Quotation> {
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None;
    for (p, &(s0, s1)) in doc.paragraphs.iter().enumerate() {
        let (t0, t1) = (doc.sentences[s0].0, doc.sentences[s1 - 1].1);
        for t in t0..t1 {
            match mark_role(doc, t) {
                // A stray opening mark inside an open quote: the earlier one was
                // never closed; keep the outer quotation going.
                Some(MarkRole::Open) if open.is_none() => open = Some(t),
                Some(MarkRole::Open) => {}
                Some(MarkRole::Close) => {
                    if let Some(o) = open.take() {
                        quotes.push(Quotation { open: o, close: t });
                    }
                }
                None => {}
            }
        }
        if let Some(o) = open {
            let next_opens = doc.paragraphs.get(p + 1).is_some_and(|&(n0, _)| {
                let first = doc.sentences[n0].0;
                mark_role(doc, first) == Some(MarkRole::Open)
            });
            if !next_opens {
                quotes.push(Quotation {
                    open: o,
                    close: t1 - 1,
                });
                open = None;
            }
            // Otherwise the quote continues; the next paragraph's opening mark is
            // swallowed because `open` is already set.
        }
    }
    quotes
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkRole {
    Open,
    Close,
}

/// Whether token `t` opens or closes a double quotation.
fn mark_role(doc: &Document, t: usize) -> Option<MarkRole> {
    let token = doc.tokens[t];
    if token.kind != TokenKind::Quote {
        return None;
    }
    match doc.token_text(t) {
        "“" | "„" | "«" => Some(MarkRole::Open),
        "”" | "»" => Some(MarkRole::Close),
        // `''` (two apostrophes, as some newspapers write a double quote):
        // the first of the pair acts as `"`, the second is no mark.
        "'" if doc.text[token.span.end..].starts_with('\'') => {
            let before = doc.text[..token.span.start].chars().next_back();
            let after = doc.text[token.span.end + 1..].chars().next();
            let space_before = before.is_none_or(opens_quote_after);
            let space_after = after.is_none_or(|c| c.is_whitespace());
            if space_before && !space_after {
                Some(MarkRole::Open)
            } else {
                Some(MarkRole::Close)
            }
        }
        "\"" => {
            let before = doc.text[..token.span.start].chars().next_back();
            let after = doc.text[token.span.end..].chars().next();
            let space_before = before.is_none_or(opens_quote_after);
            let space_after = after.is_none_or(|c| c.is_whitespace());
            if space_before && !space_after {
                Some(MarkRole::Open)
            } else {
                Some(MarkRole::Close)
            }
        }
        _ => None,
    }
}

/// The direct quotations, each attributed to the speaker next to it; found on
/// the first call and kept on the document.
pub fn attribute_quotations<'d>(doc: &'d Document) -> &'d [QuoteAttribution] {
    doc.quote_attributions.get_or_init(|| attributed(doc))
}

fn attributed(doc: &Document) -> Vec<QuoteAttribution> {
    let quotes = find_quotations(doc);
    let mut out: Vec<QuoteAttribution> = Vec::new();
    let mut i = 0;
    while i < quotes.len() {
        let q = quotes[i];
        let span = doc.span_of(q.open, q.close);
        let mut claim = QuoteAttribution {
            content: vec![span],
            cue: None,
            source: None,
        };
        if let Some(found) = speaker_after(doc, q) {
            claim.cue = Some(found.cue);
            claim.source = found.source;
            // `"…," X said, "…"`: the next quote continues the same statement.
            if let Some(next) = quotes.get(i + 1) {
                if next.open == found.last_token + 2 && doc.token_text(found.last_token + 1) == ","
                    || resumes_after_aside(doc, found.last_token, *next)
                {
                    claim.content.push(doc.span_of(next.open, next.close));
                    i += 1;
                }
            }
        } else if let Some(found) = speaker_before(doc, q) {
            claim.cue = Some(found.cue);
            claim.source = found.source;
        }
        out.push(claim);
        i += 1;
    }
    out
}

/// How many tokens an aside between a speaker and the rest of the quotation
/// may hold.
const ASIDE_MAX: usize = 24;

/// `"…," said Martin Feld, who filed the lawsuit, "but …"`: after a speaker
/// (token `last`), an aside set off by commas (a relative clause or an
/// apposition too long for [`speaker_after`]) and a quotation that goes on
/// with the sentence in lower case are the rest of the same quotation.
fn resumes_after_aside(doc: &Document, last: usize, next: Quotation) -> bool {
    let (first, comma) = (last + 1, next.open.wrapping_sub(1));
    next.open > last + 3
        && next.open - last <= ASIDE_MAX
        && doc.sentence_of(last) == doc.sentence_of(next.open)
        && doc.token_text(first) == ","
        && doc.token_text(comma) == ","
        && matches!(doc.folded(first + 1), "who" | "which" | "a" | "an" | "the")
        && (first + 1..comma).all(|t| doc.tokens[t].kind != TokenKind::Quote)
        && next.open + 1 < doc.tokens.len()
        && doc
            .token_text(next.open + 1)
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
}

struct Found {
    cue: Span,
    source: Option<Span>,
    /// Last token of the attribution (cue or source), to detect interrupted quotes.
    last_token: usize,
}

/// Tokens that may stand in a source noun phrase between a quote and its verb.
fn is_np_token(doc: &Document, t: usize) -> bool {
    let text = doc.token_text(t);
    doc.tokens[t].kind == TokenKind::Word || matches!(text, "," | "." | "’s" | "'s" | "-" | "&")
}

/// Texts that `read` what they say (`…,” the letter reads.`).
const WRITINGS: &[&str] = &[
    "letter",
    "statement",
    "memo",
    "note",
    "message",
    "sign",
    "notice",
    "post",
    "tweet",
    "caption",
    "headline",
    "banner",
    "email",
    "order",
    "ruling",
    "complaint",
    "filing",
    "indictment",
    "report",
    "petition",
];

/// Whether token `t` is `reads` or `read` after a text that says something
/// (`the letter reads`, `the sign read`): a speech verb there, though not in
/// general (`she reads the news`).
pub(crate) fn text_reads(doc: &Document, t: usize) -> bool {
    t > 0
        && matches!(doc.token_text(t), "reads" | "read")
        && lexicon::is_one_of(doc.folded(t - 1), WRITINGS)
}

/// `"…," he said.` · `"…," said X, a spokesman for Y.` · `"…," X told reporters.`
fn speaker_after(doc: &Document, q: Quotation) -> Option<Found> {
    let sentence_end = doc.sentences[doc.sentence_of(q.close)].1;
    let mut k = q.close + 1;
    if k < sentence_end && doc.token_text(k) == "," {
        k += 1;
    }
    // The attribution must follow the closing mark directly, not after a full stop.
    let window_end = sentence_end.min(k + 9);
    let verb = (k..window_end)
        .take_while(|&t| is_np_token(doc, t) && doc.tokens[t].kind != TokenKind::Quote)
        .find(|&t| lexicon::is_speech_cue(doc.token_text(t)) || text_reads(doc, t))?;
    let cue = doc.tokens[verb].span;
    if verb == k {
        // Inverted: said X[, apposition].
        let start = verb + 1;
        let mut end = start;
        while end < sentence_end && doc.tokens[end].kind == TokenKind::Word {
            end += 1;
        }
        if end == start {
            return Some(Found {
                cue,
                source: None,
                last_token: verb,
            });
        }
        // ", a spokesman for Y" / ", the ministry's envoy": keep the apposition.
        if end + 1 < sentence_end
            && doc.token_text(end) == ","
            && matches!(
                crate::case::lowercase(doc.token_text(end + 1)).as_str(),
                "a" | "an" | "the"
            )
        {
            end += 1;
            while end < sentence_end
                && !matches!(doc.token_text(end), "," | "." | ";" | ":")
                && doc.tokens[end].kind != TokenKind::Quote
            {
                end += 1;
            }
        }
        let source = doc.span_of(start, end - 1);
        Some(Found {
            cue,
            source: Some(source),
            last_token: end - 1,
        })
    } else {
        let mut last = verb - 1;
        while last > k && doc.token_text(last) == "," {
            last -= 1;
        }
        let source = doc.span_of(k, last);
        Some(Found {
            cue,
            source: Some(source),
            last_token: verb,
        })
    }
}

/// `X said: "…"` · `X told reporters, "…"`.
fn speaker_before(doc: &Document, q: Quotation) -> Option<Found> {
    let sentence_start = doc.sentences[doc.sentence_of(q.open)].0;
    if q.open < sentence_start + 2 {
        return None;
    }
    let lead = q.open - 1;
    if !matches!(doc.token_text(lead), ":" | ",") {
        return None;
    }
    // The verb, possibly followed by a short object or adjunct ("told reporters",
    // "said in a statement").
    let verb = (sentence_start..lead)
        .rev()
        .take(10)
        .find(|&t| lexicon::is_speech_cue(doc.token_text(t)))?;
    let cue = doc.tokens[verb].span;
    // Subject: the words right before the verb, back to a clause boundary.
    let mut start = verb;
    while start > sentence_start && verb - start < 8 {
        let prev = start - 1;
        let is_word = doc.tokens[prev].kind == TokenKind::Word;
        // The period of a title (`Gov.`, `Sen.`) stays inside the name.
        let title_period = doc.token_text(prev) == "."
            && prev > sentence_start
            && doc.tokens[prev - 1].span.end == doc.tokens[prev].span.start
            && crate::segment::is_title_abbreviation(doc.token_text(prev - 1));
        if !is_word && !title_period {
            break;
        }
        start -= 1;
    }
    let source = (start < verb).then(|| doc.span_of(start, verb - 1));
    Some(Found {
        cue,
        source,
        last_token: verb,
    })
}

/// Whether a straight quotation mark right after `c` opens a quotation (a
/// space or an opening bracket, dash, colon or slash before it). (`matches!`,
/// not `"([{—–-:/".contains(c)`: a `char` pattern compiles `core`'s substring
/// searcher in, see [`crate::substring`].)
fn opens_quote_after(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | ':' | '/')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<(Vec<String>, Option<String>, Option<String>)> {
        let doc = Document::new(text);
        attribute_quotations(&doc)
            .iter()
            .map(|q| {
                let s = |sp: Span| text[sp.start..sp.end].to_string();
                (
                    q.content.iter().copied().map(s).collect(),
                    q.cue.map(s),
                    q.source.map(s),
                )
            })
            .collect()
    }

    #[test]
    fn pronoun_speaker_after_curly_quote() {
        let r = run("“We will rebuild the bridge,” he said.");
        assert_eq!(r[0].0, vec!["“We will rebuild the bridge,”"]);
        assert_eq!(r[0].1.as_deref(), Some("said"));
        assert_eq!(r[0].2.as_deref(), Some("he"));
    }

    #[test]
    fn inverted_speaker_with_apposition() {
        let r = run("\"Nothing has changed,\" said Ana Ruiz, a spokeswoman for the ministry.");
        assert_eq!(
            r[0].2.as_deref(),
            Some("Ana Ruiz, a spokeswoman for the ministry")
        );
    }

    #[test]
    fn titled_speaker_before_long_cue_phrase() {
        let r = run("Gov. Marcus Hale told reporters at a briefing in Salem: “We will rebuild.”");
        assert_eq!(r[0].1.as_deref(), Some("told"));
        assert_eq!(r[0].2.as_deref(), Some("Gov. Marcus Hale"));
    }

    #[test]
    fn speaker_before_colon() {
        let r = run("The mayor told reporters: \"The water is safe.\"");
        assert_eq!(r[0].1.as_deref(), Some("told"));
        assert_eq!(r[0].2.as_deref(), Some("The mayor"));
    }

    #[test]
    fn interrupted_quote_is_one_claim() {
        let r = run("“We are ready,” Lavrov said, “and we will not wait.”");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0.len(), 2);
        assert_eq!(r[0].2.as_deref(), Some("Lavrov"));
    }

    #[test]
    fn quote_continues_into_next_paragraph() {
        let text = "“The first part ends here.\n\n“The second part ends here,” she said.";
        let r = run(text);
        assert_eq!(r.len(), 1);
        assert!(r[0].0[0].starts_with("“The first") && r[0].0[0].ends_with("here,”"));
        assert_eq!(r[0].2.as_deref(), Some("she"));
    }

    #[test]
    fn unclosed_quote_stops_at_paragraph_end() {
        let r = run("He said “this never closes.\n\nA new paragraph.");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, vec!["“this never closes."]);
    }
}
