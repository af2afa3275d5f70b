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

/// Trains one stage for `epochs` epochs on `train`; with `dev`, keeps the epoch
/// best on it. Returns the encoded weights and the epoch kept.
fn train_stage(
    name: &str,
    bits: u32,
    epochs: usize,
    train: &[&Example],
    dev: Option<&[Example]>,
) -> (Vec<u8>, usize) {
    let prune = if name == "stage 2" {
        export::PRUNE_STAGE2
    } else {
        export::PRUNE
    };
    let t0 = std::time::Instant::now();
    let mut weights = Weights::new(bits);
    let mut best: Option<(f64, usize, Vec<u8>)> = None;
    for epoch in 1..=epochs {
        for i in permutation(train.len(), epoch) {
            weights.update(train[i]);
        }
        let Some(dev) = dev else { continue };
        let (w, tw) = weights.averaged();
        let bytes = export::encode(bits, &w, &tw, prune);
        let c = evaluate(&bytes, dev);
        eprintln!(
            "{name} epoch {epoch:>2}: dev exact F1 source {:.4} cue {:.4} content {:.4} ({:.0}s)",
            c.f1(1),
            c.f1(2),
            c.f1(3),
            t0.elapsed().as_secs_f64()
        );
        if best.as_ref().is_none_or(|b| c.mean() > b.0) {
            best = Some((c.mean(), epoch, bytes));
        }
    }
    match best {
        Some((_, epoch, bytes)) => (bytes, epoch),
        None => {
            let (w, tw) = weights.averaged();
            (export::encode(bits, &w, &tw, prune), epochs)
        }
    }
}

/// Stage-one labels of `ex` under encoded weights.
fn predict(bytes: &[u8], ex: &Example) -> Vec<u8> {
    let n = ex.labels.len();
    match Model::parse(bytes) {
        Some(m) => tagger::decode(&m, &ex.feats, n),
        None => vec![0; n],
    }
}

/// Number of jackknife folds for the stage-two training labels.
const FOLDS: usize = 4;

/// `train attribution`: stage one on PolNeAR train (epoch kept by dev score);
/// stage-one labels for train by 4-fold jackknife; stage two on those; writes
/// both weight files and prints their size (with `--check`, compares them
/// with the files already there instead).
pub fn train_attribution(o: &Options) -> Result<(), String> {
    let root = o.data.join("polnear");
    if !root.is_dir() {
        return Err(format!(
            "PolNeAR data absent: no directory {} (pass --data DIR, default ../shared/data)",
            root.display()
        ));
    }
    let t0 = std::time::Instant::now();
    let mut train = corpus::load_split(&root.join("train"))?;
    let mut dev = corpus::load_split(&root.join("dev"))?;
    let tokens: usize = train.iter().map(|e| e.labels.len()).sum();
    eprintln!(
        "loaded {} train docs ({tokens} tokens), {} dev docs in {:.1}s",
        train.len(),
        dev.len(),
        t0.elapsed().as_secs_f64()
    );
    let all: Vec<&Example> = train.iter().collect();
    let (stage1, e1) = train_stage("stage 1", o.bits, o.epochs, &all, Some(&dev));
    eprintln!("stage 1: kept epoch {e1}");
    // Jackknifed stage-one labels for the training documents.
    let mut prev: Vec<Vec<u8>> = vec![Vec::new(); train.len()];
    for k in 0..FOLDS {
        let part: Vec<&Example> = train
            .iter()
            .enumerate()
            .filter(|(i, _)| i % FOLDS != k)
            .map(|(_, e)| e)
            .collect();
        let (bytes, _) = train_stage("fold", o.bits, e1, &part, None);
        for (i, ex) in train.iter().enumerate().filter(|(i, _)| i % FOLDS == k) {
            prev[i] = predict(&bytes, ex);
        }
        eprintln!("fold {} done ({:.0}s)", k + 1, t0.elapsed().as_secs_f64());
    }
    for (ex, p) in train.iter_mut().zip(&prev) {
        ex.restack(p);
    }
    for ex in dev.iter_mut() {
        let p = predict(&stage1, ex);
        ex.restack(&p);
    }
    let all: Vec<&Example> = train.iter().collect();
    let (stage2, e2) = train_stage("stage 2", o.bits, o.epochs, &all, Some(&dev));
    eprintln!("stage 2: kept epoch {e2}");
    let out2 = o.out.with_file_name(
        o.out
            .file_stem()
            .map(|s| format!("{}2.bin", s.to_string_lossy()))
            .unwrap_or_else(|| "attribution_tagger2.bin".into()),
    );
    if o.check {
        return export::check(&[(&o.out, &stage1), (&out2, &stage2)]);
    }
    export::write(&o.out, &stage1)?;
    export::write(&out2, &stage2)?;
    export::report_size(&o.out, &[stage1, stage2].concat())
}
