//! The pipeline: segment, find claims, hedges and states, summarise, and convert
//! byte offsets to code points once at the end.

use claimlens_anchoring::OffsetIndex;

use crate::model::*;
use crate::segment::Document;
use crate::{attribution, hedges, verification};

/// Inputs to an analysis besides the text.
#[derive(Debug, Clone, Default)]
pub struct AnalyzeOptions {
    /// schema.org ClaimReview objects found on the page; a claim matching one
    /// takes its rating as verification state.
    pub claim_reviews: Vec<ClaimReview>,
}

/// Builds everything the engine initialises on first use (the tagger weights
/// are decoded, the lexicon tables filled) by analysing one short sentence,
/// so that the first real [`analyze`] is as fast as the later ones.
///
/// Optional: a page calls it while it waits for the article to finish
/// loading. In the browser it also gets the hot code compiled early.
///
/// ```
/// claimlens_engine::prepare();
/// assert_eq!(claimlens_engine::analyze("“It works,” she said.").claims.len(), 1);
/// ```
pub fn prepare() {
    // One direct quote with a cue, a named source and a hedge: every stage runs.
    let _ = analyze("“The bridge may reopen on Monday,” said Mayor Ana Ruiz.");
}

/// Analyses an article and returns every claim, hedge and source found in it.
///
/// Never panics; an empty or blank text gives an empty analysis. All spans in
/// the result are code point offsets into `text`, end exclusive.
///
/// ```
/// let analysis = claimlens_engine::analyze("“It works,” she said.");
/// assert_eq!(analysis.claims.len(), 1);
/// assert_eq!(analysis.claims[0].cue.spans[0].start, 16);
/// ```
pub fn analyze(text: &str) -> Analysis {
    analyze_with(text, &AnalyzeOptions::default())
}

/// Texts longer than this many bytes are analysed in pieces of at most this
/// size, cut at paragraph (or else sentence, or else word) boundaries.
///
/// Why: some steps compare claims and mentions across the whole document, so
/// cost grows faster than the text; pieces keep a 5 MB paste finishing in
/// seconds instead of hanging the page. 64 KB (about 10,000 words) keeps any
/// real news article in one piece, so nothing links across a cut in practice.
pub const PIECE_BYTES: usize = 64 * 1024;

/// [`analyze`] with options (ClaimReview objects from the page).
pub fn analyze_with(text: &str, options: &AnalyzeOptions) -> Analysis {
    let mut analysis = Analysis::default();
    for (start, end) in pieces(text, PIECE_BYTES) {
        let mut part = analyze_piece(&text[start..end], options);
        let (claims_before, hedges_before) = (analysis.claims.len(), analysis.hedges.len());
        part.map_spans(|s| Span::new(s.start + start, s.end + start));
        let claim_id = |id: &str| renumber(id, 'c', claims_before);
        let hedge_id = |id: &str| renumber(id, 'h', hedges_before);
        for claim in &mut part.claims {
            claim.id = claim_id(&claim.id);
            claim.parent = claim.parent.as_deref().map(claim_id);
            claim.hedges.iter_mut().for_each(|h| *h = hedge_id(h));
        }
        for hedge in &mut part.hedges {
            hedge.id = hedge_id(&hedge.id);
            hedge.claim = hedge.claim.as_deref().map(claim_id);
        }
        // A cut inside a paragraph (or sentence) must not show as a new one.
        let inside_paragraph =
            join_across_cut(&mut analysis.paragraphs, &mut part.paragraphs, |gap, _| {
                !has_blank_line(&text[gap.start..gap.end])
            });
        if inside_paragraph {
            join_across_cut(&mut analysis.sentences, &mut part.sentences, |_, before| {
                !ends_sentence(&text[before.start..before.end])
            });
        }
        analysis.paragraphs.append(&mut part.paragraphs);
        analysis.sentences.append(&mut part.sentences);
        analysis.claims.append(&mut part.claims);
        analysis.hedges.append(&mut part.hedges);
    }
    tidy(text, &mut analysis);
    summarize(&mut analysis);
    let index = OffsetIndex::new(text);
    analysis.text_length = index.char_len();
    analysis.map_spans(|s| Span::new(index.byte_to_char(s.start), index.byte_to_char(s.end)));
    analysis
}

/// The whole pipeline on one piece of text; byte spans, ids from `c1`/`h1`.
fn analyze_piece(text: &str, options: &AnalyzeOptions) -> Analysis {
    let doc = Document::new(text);
    let mut claims = attribution::find_claims(&doc);
    // Sourceless statements the text marks as unchecked or checked
    // (`allegedly`, `it appeared that`) carry a verification state too.
    let unattributed = verification::unattributed::find(&doc, &claims);
    verification::unattributed::absorb(&unattributed, &mut claims);
    claims.extend(unattributed);
    attribution::nest(&mut claims);
    let mut hedges = hedges::find_hedges(&doc, &mut claims);
    for (i, hedge) in hedges.iter_mut().enumerate() {
        hedge.id = format!("h{}", i + 1);
    }
    verification::assign_states(&doc, &mut claims, &options.claim_reviews);
    Analysis {
        paragraphs: (0..doc.paragraphs.len())
            .map(|p| doc.paragraph_span(p))
            .collect(),
        sentences: (0..doc.sentences.len())
            .map(|s| doc.sentence_span(s))
            .collect(),
        claims,
        hedges,
        ..Analysis::default()
    }
}

/// Merges the last span of `done` with the first of `next` when `same(gap,
/// last)` says the cut between pieces fell inside one unit; returns whether
/// it merged.
fn join_across_cut(
    done: &mut [Span],
    next: &mut Vec<Span>,
    same: impl Fn(Span, Span) -> bool,
) -> bool {
    if let (Some(last), Some(&first)) = (done.last_mut(), next.first()) {
        if same(Span::new(last.end, first.start), *last) {
            last.end = first.end;
            next.remove(0);
            return true;
        }
    }
    false
}

fn has_blank_line(gap: &str) -> bool {
    gap.split('\n').skip(1).any(|line| line.trim().is_empty()) && gap.matches('\n').count() >= 2
}

fn ends_sentence(sentence: &str) -> bool {
    sentence
        .trim_end_matches(['"', '”', '’', '\'', ')', ']'])
        .ends_with(['.', '!', '?', '…'])
}

/// Last touches on what readers see: a content span does not start with a
/// stray symbol before its quotation (`# “…”`, `* “…”`), and source names
/// carry no invisible characters (zero-width spaces from the page).
fn tidy(text: &str, analysis: &mut Analysis) {
    for claim in &mut analysis.claims {
        for span in &mut claim.content.spans {
            let piece = &text[span.start..span.end];
            let trimmed = piece.trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '#' | '*' | '•' | '·' | '>' | '|' | '~' | '^')
            });
            if !trimmed.is_empty() {
                span.start = span.end - trimmed.len();
            }
        }
        if let Some(name) = &mut claim.source.entity {
            if name.contains(is_invisible) {
                *name = name.chars().filter(|&c| !is_invisible(c)).collect();
            }
        }
    }
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// `c3` shifted by `offset` → `c{3 + offset}` (ids of later pieces follow on).
fn renumber(id: &str, prefix: char, offset: usize) -> String {
    match id
        .strip_prefix(prefix)
        .and_then(|n| n.parse::<usize>().ok())
    {
        Some(n) => format!("{prefix}{}", n + offset),
        None => id.to_string(),
    }
}

/// Byte ranges covering `text` in order, each at most `max` bytes (unless a
/// single character is longer), cut after a blank line where possible, else
/// after a line break or sentence end, else at white space.
fn pieces(text: &str, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > max {
        let mut limit = start + max;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let cut = crate::substring::rfind(window, "\n\n")
            .map(|i| i + 2)
            .or_else(|| window.rfind('\n').map(|i| i + 1))
            .or_else(|| crate::substring::rfind(window, ". ").map(|i| i + 2))
            .or_else(|| {
                // White space may be several bytes long (NBSP, U+3000).
                let (i, c) = window
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())?;
                Some(i + c.len_utf8())
            })
            .filter(|&i| i > 0)
            .unwrap_or_else(|| {
                // No boundary at all: cut after the first character past the limit.
                let mut i = window.len().max(1);
                while !text.is_char_boundary(start + i) {
                    i += 1;
                }
                i
            });
        out.push((start, start + cut));
        start += cut;
    }
    if start < text.len() || out.is_empty() {
        out.push((start, text.len()));
    }
    out
}

/// Fills in the source list and the summary counts.
fn summarize(analysis: &mut Analysis) {
    let mut sources: Vec<SourceEntry> = Vec::new();
    for claim in &analysis.claims {
        let Some(name) = &claim.source.entity else {
            continue;
        };
        match sources.iter_mut().find(|s| &s.name == name) {
            Some(entry) => entry.claims.push(claim.id.clone()),
            None => sources.push(SourceEntry {
                name: name.clone(),
                source_type: claim.source.source_type,
                claims: vec![claim.id.clone()],
            }),
        }
    }
    analysis.sources = sources;
    // Inserted one by one, in order: no sort routine of its own in the wasm.
    let mut states = Counts::default();
    for s in VerificationState::ALL {
        states.add(s.as_str(), 0);
    }
    let mut kinds = Counts::default();
    for k in ClaimKind::ALL {
        kinds.add(k.as_str(), 0);
    }
    for claim in &analysis.claims {
        states.add(claim.state.as_str(), 1);
        kinds.add(claim.kind.as_str(), 1);
    }
    let hedged = analysis
        .claims
        .iter()
        .filter(|c| !c.hedges.is_empty())
        .count();
    analysis.summary = Summary {
        claims: analysis.claims.len(),
        states,
        kinds,
        hedges: analysis.hedges.len(),
        hedged_share: if analysis.claims.is_empty() {
            0.0
        } else {
            // To four decimals: a share needs no more, and such a number is
            // written and read back exactly by the embed's small JSON code.
            (hedged as f64 * SHARE_SCALE / analysis.claims.len() as f64).round() / SHARE_SCALE
        },
    };
}

/// `hedged_share` is rounded to 1 / `SHARE_SCALE`.
const SHARE_SCALE: f64 = 10_000.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_symbols_and_invisible_characters_are_tidied() {
        let text = "# “The dock is gone,” said Irene \u{200B}Dalby.";
        let analysis = analyze(text);
        let claim = &analysis.claims[0];
        assert_eq!(
            claim.content.spans[0].start, 2,
            "content starts at the quote mark"
        );
        assert_eq!(claim.source.entity.as_deref(), Some("Irene Dalby"));
    }

    #[test]
    fn pieces_cover_the_text_and_respect_the_limit() {
        let para = "He said it was fine. ".repeat(40);
        let text = format!("{para}\n\n{para}\n\n{para}");
        let parts = pieces(&text, 1000);
        assert!(parts.len() >= 3);
        assert_eq!(parts[0].0, 0);
        assert_eq!(parts.last().unwrap().1, text.len());
        for w in parts.windows(2) {
            assert_eq!(w[0].1, w[1].0, "no gap, no overlap");
        }
        assert!(parts.iter().all(|&(a, b)| b - a <= 1000));
        assert!(pieces("", 10) == vec![(0, 0)]);
        // Multi-byte white space as the only boundary: cuts stay on characters.
        let spaced = "ab\u{3000}cd\u{a0}".repeat(50);
        let parts = pieces(&spaced, 7);
        assert!(parts
            .iter()
            .all(|&(a, b)| spaced.is_char_boundary(a) && spaced.is_char_boundary(b) && a < b));
        // No boundary at all, multi-byte characters: still on char boundaries.
        let solid = "é".repeat(100);
        assert!(pieces(&solid, 9)
            .iter()
            .all(|&(a, b)| solid.is_char_boundary(a) && solid.is_char_boundary(b) && a < b));
    }

    #[test]
    fn long_texts_are_analysed_in_pieces_with_ids_in_order() {
        let block = "“The bridge will reopen in May,” Mayor Ana Ruiz said on Monday. Officials may review it.\n\n";
        let text = block.repeat(2 * PIECE_BYTES / block.len() + 5);
        let analysis = analyze(&text);
        assert!(analysis.claims.len() > 1000);
        for (i, claim) in analysis.claims.iter().enumerate() {
            assert_eq!(claim.id, format!("c{}", i + 1));
            assert!(claim
                .content
                .spans
                .iter()
                .all(|s| s.end <= analysis.text_length));
        }
        for hedge in &analysis.hedges {
            if let Some(id) = &hedge.claim {
                assert!(analysis
                    .claims
                    .iter()
                    .any(|c| &c.id == id && c.hedges.contains(&hedge.id)));
            }
        }
        let starts: Vec<usize> = analysis
            .claims
            .iter()
            .map(|c| c.content.spans[0].start)
            .collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]));
    }
}
