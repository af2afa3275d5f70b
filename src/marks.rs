//! Which runs of an article's text to highlight, and how — without a DOM.
//!
//! [`Mark`]s are the highlightable pieces of an [`Analysis`] (content, source,
//! cue, hedge and evidence spans). [`segments`] cuts a range of text at every
//! mark boundary so a renderer can wrap each piece in the marks covering it.
//! All positions are code points, as in the analysis.

use claimlens_engine::{Analysis, Claim, Span};

/// What a highlight marks; its name is the `data-cl-kind` attribute value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MarkKind {
    /// What was said.
    Content,
    /// Who said it.
    Source,
    /// The attributing words.
    Cue,
    /// A hedge cue.
    Hedge,
    /// Words that set a claim's verification state.
    Evidence,
}

impl MarkKind {
    /// The `data-cl-kind` value.
    pub fn as_str(self) -> &'static str {
        match self {
            MarkKind::Content => "content",
            MarkKind::Source => "source",
            MarkKind::Cue => "cue",
            MarkKind::Hedge => "hedge",
            MarkKind::Evidence => "evidence",
        }
    }
}

/// One highlight: a span of the text with what it marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// Code point span.
    pub span: Span,
    /// What it marks.
    pub kind: MarkKind,
    /// The claim it belongs to (a hedge outside every claim has none).
    pub claim: Option<String>,
    /// The claim's verification state (content marks only).
    pub state: Option<&'static str>,
    /// Hedge id, for hedge marks.
    pub hedge: Option<String>,
}

/// Every highlight of an analysis, outer kinds (content) before inner ones.
pub fn marks(analysis: &Analysis) -> Vec<Mark> {
    let mut out = Vec::new();
    for claim in &analysis.claims {
        let mut push = |spans: &[Span], kind: MarkKind, state: Option<&'static str>| {
            for &span in spans.iter().filter(|s| !s.is_empty()) {
                out.push(Mark {
                    span,
                    kind,
                    claim: Some(claim.id.clone()),
                    state,
                    hedge: None,
                });
            }
        };
        push(
            &claim.content.spans,
            MarkKind::Content,
            Some(claim.state.as_str()),
        );
        push(&claim.source.spans, MarkKind::Source, None);
        push(&claim.cue.spans, MarkKind::Cue, None);
        push(&claim.evidence, MarkKind::Evidence, None);
    }
    for hedge in &analysis.hedges {
        for &span in hedge.spans.iter().filter(|s| !s.is_empty()) {
            out.push(Mark {
                span,
                kind: MarkKind::Hedge,
                claim: hedge.claim.clone(),
                state: None,
                hedge: Some(hedge.id.clone()),
            });
        }
    }
    // The engine's shared sort keeps one sort routine in the wasm.
    claimlens_engine::order::by_key(&mut out, |m| {
        (m.span.start, usize::MAX - m.span.end, m.kind as usize)
    });
    out
}

/// Where a claim begins in the text, and the kind of mark that begins it: its
/// content when it has any, else its earliest source or cue span (a claim the
/// engine found without content is still reachable). `None` for a claim with
/// no span at all.
pub fn claim_start(claim: &Claim) -> Option<(MarkKind, usize)> {
    if let Some(first) = claim.content.spans.iter().find(|s| !s.is_empty()) {
        return Some((MarkKind::Content, first.start));
    }
    let source = claim.source.spans.iter().map(|s| (MarkKind::Source, s));
    let cue = claim.cue.spans.iter().map(|s| (MarkKind::Cue, s));
    source
        .chain(cue)
        .filter(|(_, s)| !s.is_empty())
        .min_by_key(|(_, s)| s.start)
        .map(|(kind, s)| (kind, s.start))
}

/// A piece of text between two mark boundaries, with the marks covering it
/// (indices into the mark list, outermost first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Code point span of the piece.
    pub span: Span,
    /// Marks covering the whole piece.
    pub marks: Vec<usize>,
}

/// Cuts `range` at every boundary of `marks` (as returned by [`marks`]).
///
/// ```
/// use claimlens_widget::marks::{marks, segments};
/// let analysis = claimlens_engine::analyze("“Yes,” he said.");
/// let all = marks(&analysis);
/// let pieces = segments(&all, claimlens_engine::Span::new(0, 15));
/// assert_eq!(pieces.iter().map(|p| p.span.len()).sum::<usize>(), 15);
/// ```
pub fn segments(marks: &[Mark], range: Span) -> Vec<Segment> {
    segments_with(marks, &[], range)
}

/// [`segments`], also cutting at the boundaries of `extra` spans (runs a
/// renderer styles without a mark of their own, e.g. the mentions of a source
/// lit up while its claim is hovered).
pub fn segments_with(marks: &[Mark], extra: &[Span], range: Span) -> Vec<Segment> {
    let mut cuts = vec![range.start, range.end];
    for span in marks.iter().map(|m| &m.span).chain(extra) {
        for p in [span.start, span.end] {
            if p > range.start && p < range.end {
                cuts.push(p);
            }
        }
    }
    claimlens_engine::order::sorted_unique(&mut cuts);
    cuts.windows(2)
        .map(|w| {
            let span = Span::new(w[0], w[1]);
            let covering = marks
                .iter()
                .enumerate()
                .filter(|(_, m)| m.span.contains(&span))
                .map(|(i, _)| i)
                .collect();
            Segment {
                span,
                marks: covering,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_without_content_starts_at_its_source_or_cue() {
        let text = "Pell told supporters that taxes rose.";
        let mut claim = claimlens_engine::analyze("“Yes,” he said.").claims[0].clone();
        claim.content.spans.clear();
        claim.source.spans = vec![Span::new(0, 4)];
        claim.cue.spans = vec![Span::new(5, 9)];
        assert_eq!(claim_start(&claim), Some((MarkKind::Source, 0)));
        claim.source.spans.clear();
        assert_eq!(claim_start(&claim), Some((MarkKind::Cue, 5)));
        claim.cue.spans.clear();
        assert_eq!(claim_start(&claim), None);
        claim.content.spans = vec![Span::new(26, text.len() - 1)];
        assert_eq!(claim_start(&claim), Some((MarkKind::Content, 26)));
    }

    #[test]
    fn quote_marks_content_source_and_cue() {
        let text = "“We are ready,” said Ana Ruiz.";
        let analysis = claimlens_engine::analyze(text);
        let all = marks(&analysis);
        let kinds: Vec<&str> = all.iter().map(|m| m.kind.as_str()).collect();
        assert_eq!(kinds, vec!["content", "cue", "source"]);
        assert_eq!(all[0].state, Some("reported"));
        let pieces = segments(&all, Span::new(0, text.chars().count()));
        let covered: Vec<usize> = pieces.iter().map(|p| p.marks.len()).collect();
        assert_eq!(covered, vec![1, 0, 1, 0, 1, 0]);
    }
}
