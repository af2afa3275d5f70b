//! The kind of a claim: direct, mixed, indirect, `according to` or noun.

use crate::cuelex;
use crate::model::{Claim, ClaimKind, Span};
use crate::segment::{Document, TokenKind};

/// Spans of the document's quotations, marks included.
pub fn quotation_spans(doc: &Document) -> Vec<Span> {
    crate::quotes::find_quotations(doc)
        .iter()
        .map(|q| doc.span_of(q.open, q.close))
        .collect()
}

/// Classifies a claim from its cue words and the quotation marks in its content
/// (`quoted`: the spans of the document's quotations, marks included).
pub fn classify(doc: &Document, quoted: &[Span], claim: &Claim) -> ClaimKind {
    let cue_words: Vec<&str> = claim
        .cue
        .spans
        .iter()
        .flat_map(|s| words_in(doc, *s))
        .collect();
    if cue_words
        .iter()
        .any(|w| w.eq_ignore_ascii_case("according"))
    {
        return ClaimKind::AccordingTo;
    }
    match quoted_share(doc, quoted, &claim.content.spans) {
        Quoted::All => return ClaimKind::Direct,
        Quoted::Some => return ClaimKind::Mixed,
        Quoted::None => {}
    }
    let nominal = !cue_words.is_empty()
        && cue_words.iter().all(|w| {
            let bits = cuelex::categories(w);
            bits & cuelex::NOUN != 0 && bits & (cuelex::SPEECH | cuelex::BELIEF) == 0
                || matches!(
                    crate::case::lowercase(w).as_str(),
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "in"
                )
        })
        && cue_words
            .iter()
            .any(|w| cuelex::categories(w) & cuelex::NOUN != 0);
    if nominal {
        ClaimKind::Noun
    } else {
        ClaimKind::Indirect
    }
}

fn words_in<'a>(doc: &'a Document, span: Span) -> impl Iterator<Item = &'a str> + 'a {
    doc.tokens_in(span)
        .filter(move |&t| doc.tokens[t].kind == TokenKind::Word)
        .map(move |t| doc.token_text(t))
}

enum Quoted {
    All,
    Some,
    None,
}

/// Whether the content's words lie inside quotation marks: all, some or none.
fn quoted_share(doc: &Document, quoted: &[Span], content: &[Span]) -> Quoted {
    if content.is_empty() {
        return Quoted::None;
    }
    let (mut inside, mut outside) = (0usize, 0usize);
    for span in content {
        for t in doc.tokens_in(*span) {
            if doc.tokens[t].kind != TokenKind::Word {
                continue;
            }
            let ts = doc.tokens[t].span;
            if quoted.iter().any(|q| q.contains(&ts)) {
                inside += 1;
            } else {
                outside += 1;
            }
        }
    }
    match (inside, outside) {
        (0, _) => Quoted::None,
        (_, 0) => Quoted::All,
        _ => Quoted::Some,
    }
}
