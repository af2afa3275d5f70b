//! `claimlens eval factuality FILE [--json]`: event factuality on the unified
//! −3..3 scale (`../shared/data/factuality/{uw,meantime}/*.conll`: `index token
//! factuality POS head dep lemma`, blank line between sentences, `_` = not an
//! event). For each gold predicate the engine's certainty of that token
//! (`claimlens_engine::hedges::certainty`) is compared: Pearson r and mean
//! absolute error. A report, no floor yet.

use serde::Serialize;

use super::metrics::round4;
use claimlens_engine::hedges::certainty::token_certainty;
use claimlens_engine::segment::Document;

#[derive(Serialize)]
struct Report {
    n: usize,
    r: f64,
    mae: f64,
}

/// Runs the evaluation.
pub fn run(args: &[String]) -> Result<(), String> {
    let (path, json) = super::hedges::common::path_and_json(args, "eval factuality FILE [--json]")?;
    let text = std::fs::read_to_string(&path).map_err(|e| {
        format!("cannot read {path}: {e} (the factuality data lives in ../shared/data/factuality/)")
    })?;
    let mut gold = Vec::new();
    let mut predicted = Vec::new();
    for sentence in sentences(&text) {
        score_sentence(&sentence, &mut gold, &mut predicted);
    }
    if gold.is_empty() {
        return Err(format!("{path} holds no annotated predicates"));
    }
    let report = Report {
        n: gold.len(),
        r: round4(pearson(&gold, &predicted)),
        mae: round4(
            gold.iter()
                .zip(&predicted)
                .map(|(g, p)| (g - p).abs())
                .sum::<f64>()
                / gold.len() as f64,
        ),
    };
    super::hedges::common::print_report(&report, json, |report| {
        outln!(
            "factuality on {} predicates: Pearson r {:.4}  MAE {:.4}",
            report.n,
            report.r,
            report.mae
        )
    })
}

/// Sentences as (token, factuality) rows.
fn sentences(text: &str) -> Vec<Vec<(String, Option<f64>)>> {
    let mut out = Vec::new();
    let mut current = Vec::new();
    for line in text.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        current.push((cols[1].to_string(), cols[2].parse::<f64>().ok()));
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Joins the tokens with spaces, segments the result and reads the engine's
/// certainty at each gold predicate.
fn score_sentence(rows: &[(String, Option<f64>)], gold: &mut Vec<f64>, predicted: &mut Vec<f64>) {
    let mut text = String::new();
    let mut starts = Vec::with_capacity(rows.len());
    for (token, _) in rows {
        if !text.is_empty() {
            text.push(' ');
        }
        starts.push(text.len());
        text.push_str(token);
    }
    let doc = Document::new(&text);
    for ((_, value), start) in rows.iter().zip(starts) {
        let Some(value) = value else { continue };
        let t = doc.tokens.partition_point(|tok| tok.span.end <= start);
        if t >= doc.tokens.len() {
            continue;
        }
        gold.push(*value);
        predicted.push(token_certainty(&doc, t));
    }
}

fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len() as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx).powi(2);
        syy += (b - my).powi(2);
    }
    if sxx == 0.0 || syy == 0.0 {
        0.0
    } else {
        sxy / (sxx * syy).sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hedged_and_negated_predicates() {
        let rows = vec![
            ("They".to_string(), None),
            ("may".to_string(), None),
            ("leave".to_string(), Some(1.0)),
            ("and".to_string(), None),
            ("did".to_string(), None),
            ("not".to_string(), None),
            ("return".to_string(), Some(-3.0)),
        ];
        let (mut g, mut p) = (Vec::new(), Vec::new());
        score_sentence(&rows, &mut g, &mut p);
        assert_eq!(g, [1.0, -3.0]);
        assert_eq!(p, [1.0, -3.0]);
        assert!((pearson(&[1.0, 2.0, 3.0], &[2.0, 4.0, 6.0]) - 1.0).abs() < 1e-12);
    }
}
