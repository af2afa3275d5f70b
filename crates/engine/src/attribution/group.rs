//! Turns tagged spans into claims: every cue starts a claim; sources and
//! contents join the nearest cue in their sentence, and a content with no cue
//! in its sentence joins the nearest claim within a few sentences (a quote that
//! runs on), or stands alone; one opening mid-sentence after a plain word joins
//! no other sentence's claim.

use crate::segment::{Document, TokenKind};
use crate::tagger::role;

/// A span of tokens `[start, end)` with its role (1 source, 2 cue, 3 content).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// Role: 1 source, 2 cue, 3 content.
    pub role: u8,
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
}

/// Token spans of a claim before it becomes a [`crate::model::Claim`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Group {
    /// Source pieces.
    pub source: Vec<Piece>,
    /// Cue pieces.
    pub cue: Vec<Piece>,
    /// Content pieces.
    pub content: Vec<Piece>,
}

/// The spans of a BIO label sequence.
pub fn pieces(labels: &[u8]) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut t = 0;
    while t < labels.len() {
        let l = labels[t];
        if l == 0 {
            t += 1;
            continue;
        }
        let r = role(l);
        let mut e = t + 1;
        while e < labels.len() && labels[e] != 0 && labels[e] % 2 == 0 && role(labels[e]) == r {
            e += 1;
        }
        out.push(Piece {
            role: r,
            start: t,
            end: e,
        });
        t = e;
    }
    out
}

/// How far (in sentences) a content with no cue of its own looks for a claim.
const REACH: usize = 2;

/// Groups pieces into claims.
pub fn group(doc: &Document, pieces: &[Piece]) -> Vec<Group> {
    let cues: Vec<&Piece> = pieces.iter().filter(|p| p.role == 2).collect();
    let mut groups: Vec<Group> = cues
        .iter()
        .map(|&&c| Group {
            cue: vec![c],
            ..Group::default()
        })
        .collect();
    let sent = |t: usize| doc.sentence_of(t);
    // Token distance between two pieces (0 when touching).
    let gap = |a: &Piece, b: &Piece| {
        if a.end <= b.start {
            b.start - a.end
        } else {
            a.start.saturating_sub(b.end)
        }
    };
    // Sentence of each cue, non-decreasing (cues are in text order), so the
    // cues of a sentence range are found by binary search: linear overall.
    let cue_sent: Vec<usize> = cues.iter().map(|c| sent(c.start)).collect();
    for p in pieces.iter().filter(|p| p.role != 2) {
        let (s_first, s_last) = (sent(p.start), sent(p.end.saturating_sub(1).max(p.start)));
        // Cues in a sentence the piece touches: the nearest one on either side.
        let i0 = cue_sent.partition_point(|&s| s < s_first);
        let i1 = cue_sent.partition_point(|&s| s <= s_last);
        let near = if i0 < i1 {
            let j = i0 + cues[i0..i1].partition_point(|c| c.start < p.start);
            match (j.checked_sub(1).filter(|&k| k >= i0), (j < i1).then_some(j)) {
                (Some(x), Some(y)) => Some(if gap(p, cues[x]) <= gap(p, cues[y]) {
                    x
                } else {
                    y
                }),
                (x, y) => x.or(y),
            }
        } else {
            None
        };
        // A content opening mid-sentence right after a plain word (`… going
        // after Trump as “unfit”`, `… support the regulations`) is the object
        // of an untagged verb there, not a quote running on from another
        // sentence's speaker: it joins no claim elsewhere. It stands alone
        // when it quotes someone's words (a label put in quotation marks);
        // otherwise it is dropped.
        let orphan = p.role == 3 && near.is_none() && after_word(doc, p.start);
        let target = near.or_else(|| {
            if p.role != 3 {
                return None;
            }
            // A content without a cue of its own: the closest cue within REACH
            // sentences, preferring the one that follows (`"…" … , he said.`).
            let after = (i1 < cues.len() && cue_sent[i1] - s_last <= REACH)
                .then(|| ((cue_sent[i1] - s_last) * 2, i1));
            let before = i0.checked_sub(1).and_then(|k| {
                let s = cue_sent[k];
                let d = s_first - s;
                let first = cue_sent.partition_point(|&x| x < s);
                (d <= REACH).then_some((d * 2 + 1, first))
            });
            // `“A,” Clinton said. “B.”` with the next paragraph opening on
            // another cue: a quote that runs on after its speaker's cue in
            // the same paragraph is that speaker's, since news writing starts
            // a new speaker's quote on a new paragraph. A line break (not
            // only a blank line: some sites break paragraphs with one) marks
            // the paragraph.
            let broken = |a: usize, b: usize| {
                let (from, to) = (doc.tokens[a].span.end, doc.tokens[b].span.start);
                from < to && doc.text[from..to].contains('\n')
            };
            // `He said:` closing the paragraph before a quotation: the colon
            // hands what follows to the cue of its own sentence, not to the
            // next cue.
            let colon = p.start > 0
                && doc.token_text(p.start - 1) == ":"
                && i0 > 0
                && cue_sent[i0 - 1] == sent(p.start - 1)
                && !(cues[i0 - 1].end..p.start)
                    .any(|t| matches!(doc.token_text(t), "!" | "?" | ";" | "—" | "–"));
            match (after, before) {
                (Some(_), Some(y)) if colon => Some(y.1),
                (Some(x), Some(y))
                    if broken(p.end - 1, cues[x.1].start) && !broken(cues[y.1].start, p.start) =>
                {
                    Some(y.1)
                }
                (Some(x), Some(y)) => Some(x.min(y).1),
                (x, y) => x.or(y).map(|k| k.1),
            }
        });
        match target.filter(|_| !orphan) {
            Some(i) => {
                let g = &mut groups[i];
                match p.role {
                    1 => g.source.push(*p),
                    _ => g.content.push(*p),
                }
            }
            None if p.role == 3 && (!orphan || quoted(doc, p)) => groups.push(Group {
                content: vec![*p],
                ..Group::default()
            }),
            None => {}
        }
    }
    for g in &mut groups {
        crate::order::by_key(&mut g.source, |p| (p.start, 0, 0));
        crate::order::by_key(&mut g.content, |p| (p.start, 0, 0));
    }
    groups
}

/// Whether token `t` follows a word of its own sentence.
#[inline(never)]
fn after_word(doc: &Document, t: usize) -> bool {
    t > 0
        && doc.tokens[t - 1].kind == TokenKind::Word
        && doc.sentence_of(t - 1) == doc.sentence_of(t)
}

/// Whether a piece holds a quotation mark.
fn quoted(doc: &Document, p: &Piece) -> bool {
    doc.tokens[p.start..p.end]
        .iter()
        .any(|t| t.kind == TokenKind::Quote)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::*;

    #[test]
    fn pieces_split_on_begin_tags() {
        let labels = [O, B_CON, I_CON, B_CON, O, B_SRC, B_CUE, I_CUE];
        let p = pieces(&labels);
        assert_eq!(p.len(), 4);
        assert_eq!((p[0].start, p[0].end), (1, 3));
        assert_eq!((p[3].role, p[3].start, p[3].end), (2, 6, 8));
    }

    #[test]
    fn content_source_and_cue_form_one_claim() {
        let doc = Document::new("Taxes will rise , he said .");
        let labels = [B_CON, I_CON, I_CON, O, B_SRC, B_CUE, O];
        let g = group(&doc, &pieces(&labels));
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].source.len(), 1);
        assert_eq!(g[0].content.len(), 1);
    }

    /// Labels for `doc`: `O` except the given `(first word, last word, begin
    /// tag, inside tag)` token ranges.
    fn label(doc: &Document, ranges: &[(&str, &str, u8, u8)]) -> Vec<u8> {
        let mut labels = vec![O; doc.tokens.len()];
        let at = |w: &str| {
            (0..doc.tokens.len())
                .find(|&t| doc.token_text(t) == w)
                .unwrap()
        };
        for &(a, b, begin, inside) in ranges {
            let (a, b) = (at(a), at(b));
            labels[a] = begin;
            labels[a + 1..=b].fill(inside);
        }
        labels
    }

    #[test]
    fn an_untagged_verbs_object_joins_no_other_sentences_claim() {
        let doc = Document::new(
            "Mayor Ellen Drossel said the pier deal would bring jobs. Council members \
             have denounced the sale as a \u{201c}giveaway to developers\u{201d} and \
             questioned the price paid by Westbrook Holdings.",
        );
        let labels = label(
            &doc,
            &[
                ("Mayor", "Drossel", B_SRC, I_SRC),
                ("said", "said", B_CUE, I_CUE),
                ("the", "jobs", B_CON, I_CON),
                ("a", "\u{201d}", B_CON, I_CON),
                ("price", "Holdings", B_CON, I_CON),
            ],
        );
        let g = group(&doc, &pieces(&labels));
        // The mayor's claim keeps its own content only; the quoted label
        // stands alone and the plain object is dropped.
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].content.len(), 1);
        assert!(g[1].cue.is_empty());
        assert_eq!(doc.token_text(g[1].content[0].start), "a");
    }
}
