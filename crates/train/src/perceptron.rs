//! Averaged structured perceptron for the attribution tagger.

use claimlens_engine::tagger::{self, Model, LABELS};

use crate::corpus::{self, Example};
use crate::export;
use crate::score::SpanCounts;
use crate::Options;

/// Weights being learnt, with the sums needed for averaging.
struct Weights {
    bits: u32,
    w: Vec<f32>,
    u: Vec<f32>,
    tw: Vec<f32>,
    tu: Vec<f32>,
    /// Update counter (one tick per training document).
    c: f32,
}

impl Weights {
    fn new(bits: u32) -> Self {
        let n = (1usize << bits) * LABELS;
        let nt = (LABELS + 1) * LABELS;
        Weights {
            bits,
            w: vec![0.0; n],
            u: vec![0.0; n],
            tw: vec![0.0; nt],
            tu: vec![0.0; nt],
            c: 1.0,
        }
    }

    fn emissions(&self, ex: &Example) -> Vec<f32> {
        let n = ex.labels.len();
        let mut out = vec![0f32; n * LABELS];
        for t in 0..n {
            let row = &mut out[t * LABELS..(t + 1) * LABELS];
            for &h in ex.feats.of(t) {
                let base = tagger::slot(h, self.bits) * LABELS;
                for (o, w) in row.iter_mut().zip(&self.w[base..base + LABELS]) {
                    *o += w;
                }
            }
        }
        out
    }

    fn bump(&mut self, ex: &Example, t: usize, label: u8, delta: f32) {
        for &h in ex.feats.of(t) {
            let k = tagger::slot(h, self.bits) * LABELS + label as usize;
            self.w[k] += delta;
            self.u[k] += self.c * delta;
        }
    }

    fn bump_transition(&mut self, prev: Option<u8>, cur: u8, delta: f32) {
        let row = prev.map_or(LABELS, |p| p as usize);
        let k = row * LABELS + cur as usize;
        self.tw[k] += delta;
        self.tu[k] += self.c * delta;
    }

    fn update(&mut self, ex: &Example) {
        let n = ex.labels.len();
        let pred = tagger::viterbi(&self.emissions(ex), &self.tw, n);
        for t in 0..n {
            let (g, p) = (ex.labels[t], pred[t]);
            let gp = (t > 0).then(|| ex.labels[t - 1]);
            let pp = (t > 0).then(|| pred[t - 1]);
            if g != p {
                self.bump(ex, t, g, 1.0);
                self.bump(ex, t, p, -1.0);
            }
            if g != p || gp != pp {
                self.bump_transition(gp, g, 1.0);
                self.bump_transition(pp, p, -1.0);
            }
        }
        self.c += 1.0;
    }

    /// Averaged emission and transition weights.
    fn averaged(&self) -> (Vec<f32>, Vec<f32>) {
        let avg = |w: &[f32], u: &[f32]| w.iter().zip(u).map(|(w, u)| w - u / self.c).collect();
        (avg(&self.w, &self.u), avg(&self.tw, &self.tu))
    }
}

/// A deterministic permutation of `0..n` for epoch `epoch` (xorshift, fixed seed).
fn permutation(n: usize, epoch: usize) -> Vec<usize> {
    let mut v: Vec<usize> = (0..n).collect();
    let mut s: u64 = 0x9E37_79B9_7F4A_7C15 ^ (epoch as u64 + 1).wrapping_mul(0xD1B5_4A32_D192_ED03);
    for i in (1..n).rev() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        v.swap(i, (s % (i as u64 + 1)) as usize);
    }
    v
}

/// Scores a quantised model on `dev`.
fn evaluate(bytes: &[u8], dev: &[Example]) -> SpanCounts {
    let mut counts = SpanCounts::default();
    let Some(model) = Model::parse(bytes) else {
        return counts;
    };
    for ex in dev {
        let n = ex.labels.len();
        let pred = tagger::viterbi(&model.emissions(&ex.feats, n), &model.transitions, n);
        counts.add(&ex.labels, &pred);
    }
    counts
}

/// `train attribution`: trains on PolNeAR train, keeps the epoch best on dev,
/// writes the quantised weights and prints their size.
pub fn train_attribution(o: &Options) -> Result<(), String> {
    let root = o.data.join("polnear");
    if !root.is_dir() {
        return Err(format!(
            "PolNeAR data absent: no directory {} (pass --data DIR, default ../shared/data)",
            root.display()
        ));
    }
    let t0 = std::time::Instant::now();
    let train = corpus::load_split(&root.join("train"))?;
    let dev = corpus::load_split(&root.join("dev"))?;
    let tokens: usize = train.iter().map(|e| e.labels.len()).sum();
    eprintln!(
        "loaded {} train docs ({tokens} tokens), {} dev docs in {:.1}s",
        train.len(),
        dev.len(),
        t0.elapsed().as_secs_f64()
    );
    let mut weights = Weights::new(o.bits);
    let mut best: Option<(f64, usize, Vec<u8>)> = None;
    for epoch in 1..=o.epochs {
        for i in permutation(train.len(), epoch) {
            weights.update(&train[i]);
        }
        let (w, tw) = weights.averaged();
        let bytes = export::encode(o.bits, &w, &tw);
        let c = evaluate(&bytes, &dev);
        eprintln!(
            "epoch {epoch:>2}: dev exact F1 source {:.4} cue {:.4} content {:.4} ({:.0}s)",
            c.f1(1),
            c.f1(2),
            c.f1(3),
            t0.elapsed().as_secs_f64()
        );
        if best.as_ref().is_none_or(|b| c.mean() > b.0) {
            best = Some((c.mean(), epoch, bytes));
        }
    }
    let (score, epoch, bytes) = best.ok_or("no epochs run")?;
    export::write(&o.out, &bytes)?;
    eprintln!("kept epoch {epoch} (mean dev span F1 {score:.4})");
    export::report_size(&o.out, &bytes)
}
