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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f1_of_known_counts() {
        let c = Counts { tp: 6.0, fp: 2.0, fn_: 4.0 };
        assert_eq!(c.precision(), 0.75);
        assert_eq!(c.recall(), 0.6);
        assert!((c.f1() - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(Counts::default().f1(), 0.0);
    }
}
