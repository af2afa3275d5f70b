//! Precision, recall and F1 counters shared by the evaluations.

use serde::Serialize;

/// True positives, false positives and false negatives of one measure.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    /// Predicted and correct.
    pub tp: f64,
    /// Predicted but wrong.
    pub fp: f64,
    /// Missed.
    pub fn_: f64,
}

impl Counts {
    /// Precision (0 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// Recall (0 when there was nothing to find).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        ratio(2.0 * p * r, p + r)
    }

    /// The three numbers, rounded for reports.
    pub fn prf(&self) -> Prf {
        Prf {
            p: round4(self.precision()),
            r: round4(self.recall()),
            f1: round4(self.f1()),
        }
    }
}

/// Precision, recall and F1 as printed in `--json` output.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Prf {
    /// Precision.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// F1.
    pub f1: f64,
}

fn ratio(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        0.0
    } else {
        a / b
    }
}

/// Rounds to four decimals, for stable reports.
pub fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Exact-match and token-overlap counts for one role (source, cue or content)
/// over many documents.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct RoleCounts {
    /// Spans matched exactly (after trimming edges).
    pub exact: Counts,
    /// Word tokens covered by both sides.
    pub overlap: Counts,
}

/// A role's scores as printed in `--json` output.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct RoleReport {
    /// Exact-match precision.
    pub p: f64,
    /// Exact-match recall.
    pub r: f64,
    /// Exact-match F1.
    pub f1: f64,
    /// Token-overlap F1.
    pub overlap_f1: f64,
}

impl RoleCounts {
    /// The rounded report.
    pub fn report(&self) -> RoleReport {
        let prf = self.exact.prf();
        RoleReport {
            p: prf.p,
            r: prf.r,
            f1: prf.f1,
            overlap_f1: round4(self.overlap.f1()),
        }
    }

    /// Scores one document's spans (code point ranges `start..end` into `chars`).
    /// Edges are trimmed of white space and punctuation; a span that trims to
    /// nothing is ignored. Exact matching pairs each predicted span with at most
    /// one identical gold span; overlap counts word tokens (runs of letters and
    /// digits) covered by gold, predicted or both.
    pub fn add_document(
        &mut self,
        chars: &[char],
        gold: &[(usize, usize)],
        predicted: &[(usize, usize)],
    ) {
        let trim_all = |spans: &[(usize, usize)]| -> Vec<(usize, usize)> {
            let mut out: Vec<(usize, usize)> =
                spans.iter().filter_map(|&s| trim(chars, s)).collect();
            out.sort_unstable();
            out
        };
        let gold = trim_all(gold);
        let predicted = trim_all(predicted);
        let mut used = vec![false; gold.len()];
        let mut tp = 0usize;
        for p in &predicted {
            if let Some(i) = (0..gold.len()).find(|&i| !used[i] && gold[i] == *p) {
                used[i] = true;
                tp += 1;
            }
        }
        self.exact.tp += tp as f64;
        self.exact.fp += (predicted.len() - tp) as f64;
        self.exact.fn_ += (gold.len() - tp) as f64;
        let g = word_mask(chars, &gold);
        let p = word_mask(chars, &predicted);
        for (a, b) in g.iter().zip(&p) {
            match (a, b) {
                (true, true) => self.overlap.tp += 1.0,
                (false, true) => self.overlap.fp += 1.0,
                (true, false) => self.overlap.fn_ += 1.0,
                (false, false) => {}
            }
        }
    }
}

/// Whether a character is trimmed from span edges.
fn is_edge_junk(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(
            c,
            '“' | '”' | '‘' | '’' | '„' | '«' | '»' | '—' | '–' | '…' | '\u{a0}' | '\u{200b}'
        )
}

/// `span` with junk trimmed from both edges, clamped to the text; `None` if empty.
pub fn trim(chars: &[char], span: (usize, usize)) -> Option<(usize, usize)> {
    let (mut a, mut b) = (span.0.min(chars.len()), span.1.min(chars.len()));
    while a < b && is_edge_junk(chars[a]) {
        a += 1;
    }
    while b > a && is_edge_junk(chars[b - 1]) {
        b -= 1;
    }
    (a < b).then_some((a, b))
}

/// One flag per word token of the text: whether any of `spans` touches it.
fn word_mask(chars: &[char], spans: &[(usize, usize)]) -> Vec<bool> {
    let mut covered = vec![false; chars.len() + 1];
    for &(a, b) in spans {
        for c in covered.iter_mut().take(b).skip(a) {
            *c = true;
        }
    }
    let mut mask = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_alphanumeric() {
            let mut hit = false;
            while i < chars.len() && chars[i].is_alphanumeric() {
                hit |= covered[i];
                i += 1;
            }
            mask.push(hit);
        } else {
            i += 1;
        }
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f1_of_known_counts() {
        let c = Counts {
            tp: 6.0,
            fp: 2.0,
            fn_: 4.0,
        };
        assert_eq!(c.precision(), 0.75);
        assert_eq!(c.recall(), 0.6);
        assert!((c.f1() - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(Counts::default().f1(), 0.0);
    }

    #[test]
    fn role_counts_trim_edges_and_count_words() {
        let chars: Vec<char> = "“We won,” he said.".chars().collect();
        let mut rc = RoleCounts::default();
        rc.add_document(&chars, &[(0, 9)], &[(1, 7)]);
        assert_eq!(rc.exact.tp, 1.0);
        assert_eq!(rc.overlap.tp, 2.0);
        rc.add_document(&chars, &[(10, 12)], &[]);
        assert_eq!(rc.exact.fn_, 1.0);
    }
}
