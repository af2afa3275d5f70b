//! Span-level scores of tag sequences, a quick proxy for the CLI evaluation
//! used to pick the best epoch.

use claimlens_engine::tagger::role;

/// Spans `(role, start, end)` of a BIO label sequence.
pub fn spans(labels: &[u8]) -> Vec<(u8, usize, usize)> {
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
        out.push((r, t, e));
        t = e;
    }
    out
}

/// Exact-span true positives, predicted and gold counts per role (index 1..=3).
#[derive(Default, Clone, Copy)]
pub struct SpanCounts {
    /// Per role: (tp, predicted, gold).
    pub roles: [(usize, usize, usize); 4],
}

impl SpanCounts {
    /// Adds one sequence pair.
    pub fn add(&mut self, gold: &[u8], pred: &[u8]) {
        let g = spans(gold);
        let p = spans(pred);
        for &(r, a, b) in &p {
            self.roles[r as usize].1 += 1;
            if g.binary_search_by_key(&(r, a, b), |&x| x).is_ok() || g.contains(&(r, a, b)) {
                self.roles[r as usize].0 += 1;
            }
        }
        for &(r, _, _) in &g {
            self.roles[r as usize].2 += 1;
        }
    }

    /// F1 of a role (1 source, 2 cue, 3 content).
    pub fn f1(&self, r: usize) -> f64 {
        let (tp, p, g) = self.roles[r];
        if p + g == 0 {
            0.0
        } else {
            2.0 * tp as f64 / (p + g) as f64
        }
    }

    /// Mean F1 over the three roles.
    pub fn mean(&self) -> f64 {
        (self.f1(1) + self.f1(2) + self.f1(3)) / 3.0
    }
}
