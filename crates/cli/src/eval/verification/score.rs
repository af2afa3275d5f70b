//! Matching gold rows to predicted claims and the label scores.

use std::collections::BTreeMap;

use serde::Serialize;

use super::super::metrics::{round4, Counts, Prf};

/// The five labels, in report order.
pub const LABELS: [&str; 5] = ["reported", "confirmed", "unverified", "disputed", "false"];

/// Word tokens of a text as code point ranges (letters and digits runs).
pub struct WordIndex {
    words: Vec<(usize, usize)>,
}

impl WordIndex {
    /// Indexes the words of `text`.
    pub fn new(text: &str) -> Self {
        let mut words = Vec::new();
        let mut start = None;
        let mut n = 0;
        for (i, c) in text.chars().enumerate() {
            n = i + 1;
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    words.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            words.push((s, n));
        }
        WordIndex { words }
    }

    /// Indices of the words inside the spans (a word counts when it starts inside).
    pub fn tokens(&self, spans: &[(usize, usize)]) -> Vec<usize> {
        let mut out = Vec::new();
        for &(s, e) in spans {
            let first = self.words.partition_point(|w| w.0 < s);
            out.extend((first..self.words.len()).take_while(|&i| self.words[i].0 < e));
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// How "token overlap ≥ 50%" is read (GUIDELINES.md, Scoring).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlap {
    /// Shared tokens / the larger of the two token counts: at least half of
    /// each side (the reading the headline uses).
    Larger,
    /// Shared tokens / the gold row's token count: at least half of the gold
    /// content is covered, however long the prediction.
    Gold,
    /// Dice: 2 × shared / (gold + predicted).
    Dice,
}

impl Overlap {
    /// All readings, in report order, with their names.
    pub const ALL: [(Overlap, &'static str); 3] = [
        (Overlap::Larger, "shared_over_larger"),
        (Overlap::Gold, "shared_over_gold"),
        (Overlap::Dice, "dice"),
    ];

    fn score(self, shared: usize, gold: usize, predicted: usize) -> f64 {
        let (num, den) = match self {
            Overlap::Larger => (shared, gold.max(predicted)),
            Overlap::Gold => (shared, gold),
            Overlap::Dice => (2 * shared, gold + predicted),
        };
        if den == 0 {
            0.0
        } else {
            num as f64 / den as f64
        }
    }
}

/// The label of the predicted claim whose content overlaps the gold content
/// most, if the overlap (read as `reading`) is at least 0.5.
pub fn best_match(
    words: &WordIndex,
    gold: &[(usize, usize)],
    predicted: &[(Vec<(usize, usize)>, String)],
    reading: Overlap,
) -> Option<String> {
    let g = words.tokens(gold);
    if g.is_empty() {
        return None;
    }
    let mut best: Option<(f64, &str)> = None;
    for (spans, label) in predicted {
        let p = words.tokens(spans);
        let shared = p.iter().filter(|t| g.binary_search(t).is_ok()).count();
        let score = reading.score(shared, g.len(), p.len());
        if score >= 0.5 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, label));
        }
    }
    best.map(|(_, l)| l.to_string())
}

/// Diagnostic for a row no claim matches: the predicted claim sharing the most
/// tokens with the gold content, with the shares of the gold and of the
/// predicted tokens (index, shared / gold, shared / predicted).
pub fn nearest(
    words: &WordIndex,
    gold: &[(usize, usize)],
    predicted: &[(Vec<(usize, usize)>, String)],
) -> Option<(usize, f64, f64)> {
    let g = words.tokens(gold);
    let mut best: Option<(usize, usize, usize)> = None;
    for (i, (spans, _)) in predicted.iter().enumerate() {
        let p = words.tokens(spans);
        let shared = p.iter().filter(|t| g.binary_search(t).is_ok()).count();
        if shared > 0 && best.is_none_or(|(_, b, _)| shared > b) {
            best = Some((i, shared, p.len()));
        }
    }
    best.map(|(i, shared, p)| (i, shared as f64 / g.len() as f64, shared as f64 / p as f64))
}

/// Counts over gold rows.
#[derive(Default)]
pub struct LabelScores {
    n: usize,
    matched: usize,
    correct: usize,
    counts: BTreeMap<&'static str, Counts>,
}

impl LabelScores {
    /// Adds one gold row and its prediction (`None` = no matching claim).
    pub fn add(&mut self, gold: &str, predicted: Option<&str>) {
        self.n += 1;
        let Some(gold) = LABELS.iter().find(|l| **l == gold) else {
            return;
        };
        if let Some(p) = predicted {
            self.matched += 1;
            if p == *gold {
                self.correct += 1;
                self.counts.entry(gold).or_default().tp += 1.0;
                return;
            }
            if let Some(pl) = LABELS.iter().find(|l| **l == p) {
                self.counts.entry(pl).or_default().fp += 1.0;
            }
        }
        self.counts.entry(gold).or_default().fn_ += 1.0;
    }

    /// The report.
    pub fn report(&self) -> Report {
        let per_label: BTreeMap<String, Prf> = LABELS
            .iter()
            .map(|l| {
                (
                    l.to_string(),
                    self.counts.get(l).copied().unwrap_or_default().prf(),
                )
            })
            .collect();
        let macro_f1 = LABELS
            .iter()
            .map(|l| self.counts.get(l).copied().unwrap_or_default().f1())
            .sum::<f64>()
            / LABELS.len() as f64;
        Report {
            n: self.n,
            matched: self.matched,
            accuracy: round4(if self.n == 0 {
                0.0
            } else {
                self.correct as f64 / self.n as f64
            }),
            macro_f1: round4(macro_f1),
            per_label,
        }
    }
}

/// Scores as printed with `--json`.
#[derive(Serialize)]
pub struct Report {
    /// Gold rows.
    pub n: usize,
    /// Rows matched to a predicted claim.
    pub matched: usize,
    /// Share of rows with the right label (unmatched rows are wrong).
    pub accuracy: f64,
    /// Mean F1 over the five labels.
    pub macro_f1: f64,
    /// Precision, recall and F1 per label.
    pub per_label: BTreeMap<String, Prf>,
}

/// Prints a report as text.
pub fn print(title: &str, r: &Report) {
    outln!(
        "{title}: n {}  matched {}  accuracy {:.4}  macro-F1 {:.4}",
        r.n,
        r.matched,
        r.accuracy,
        r.macro_f1
    );
    for l in LABELS {
        if let Some(p) = r.per_label.get(l) {
            outln!("  {l:<11} P {:.4}  R {:.4}  F1 {:.4}", p.p, p.r, p.f1);
        }
    }
}
