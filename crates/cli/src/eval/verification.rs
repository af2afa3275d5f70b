//! `claimlens eval verification JSONL TEXTDIR [--json]`: verification states
//! against the gold rows of `../shared/data/verification/dev.jsonl`, scored as in
//! its GUIDELINES.md.
//!
//! Headline: each gold row is matched to the engine's own predicted claim
//! (`claimlens_engine::analyze_with`) whose content overlaps it most in word
//! tokens — overlap = shared tokens / the larger of the two token counts, at
//! least 0.5 — and an unmatched row counts as a miss. Accuracy, macro-F1 over
//! the five labels, per-label P/R/F1.
//!
//! Diagnostic (`oracle_claims`, not the headline): the same scoring when the
//! claims are the gold attributions of the article's `.ann` file (in
//! `TEXTDIR/../attributions/`), so that the state logic can be judged apart
//! from claim finding.

#[path = "verification/gold.rs"]
mod gold;
#[path = "verification/score.rs"]
mod score;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use score::{LabelScores, Report};

#[derive(Serialize)]
struct FullReport {
    #[serde(flatten)]
    headline: Report,
    /// Diagnostic: states assigned to the gold claims (absent when the
    /// `.ann` files are not next to TEXTDIR).
    #[serde(skip_serializing_if = "Option::is_none")]
    oracle_claims: Option<Report>,
}

/// Runs the evaluation.
pub fn run(args: &[String]) -> Result<(), String> {
    let errors = args.iter().any(|a| a == "--errors");
    let args: Vec<String> = args.iter().filter(|a| *a != "--errors").cloned().collect();
    let (positional, json) = super::hedges::common::positional_and_json(
        &args,
        2,
        "eval verification JSONL TEXTDIR [--json]",
    )?;
    let (jsonl, text_dir) = (&positional[0], Path::new(&positional[1]));
    let rows = gold::read_rows(jsonl)?;
    if !text_dir.is_dir() {
        return Err(format!(
            "{} is not a directory of article texts (../shared/data/polnear/dev/text?)",
            text_dir.display()
        ));
    }
    let mut by_doc: BTreeMap<&str, Vec<&gold::Row>> = BTreeMap::new();
    for row in &rows {
        by_doc.entry(row.doc.as_str()).or_default().push(row);
    }
    let ann_dir = text_dir.parent().map(|p| p.join("attributions"));
    let ann_dir = ann_dir.filter(|d| d.is_dir());
    let mut headline = LabelScores::default();
    let mut oracle = LabelScores::default();
    for (doc, doc_rows) in by_doc {
        let path = text_dir.join(doc);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let analysis =
            claimlens_engine::analyze_with(&text, &claimlens_engine::AnalyzeOptions::default());
        let predicted: Vec<(Vec<(usize, usize)>, String)> = analysis
            .claims
            .iter()
            .map(|c| {
                let spans = c.content.spans.iter().map(|s| (s.start, s.end)).collect();
                (spans, c.state.as_str().to_string())
            })
            .collect();
        let words = score::WordIndex::new(&text);
        for row in &doc_rows {
            let label = score::best_match(&words, &row.content, &predicted);
            headline.add(&row.label, label.as_deref());
            if errors && label.as_deref() != Some(row.label.as_str()) {
                eprintln!(
                    "{doc} {}: gold {} predicted {:?}",
                    row.event.as_deref().unwrap_or("-"),
                    row.label,
                    label
                );
            }
        }
        if let Some(dir) = &ann_dir {
            let states = gold::oracle_states(&text, dir, &doc_rows)?;
            for (row, state) in doc_rows.iter().zip(states) {
                if errors && state.as_deref() != Some(row.label.as_str()) {
                    eprintln!(
                        "ORACLE\t{doc}\t{}\tgold {}\tpredicted {}",
                        row.event.as_deref().unwrap_or("-"),
                        row.label,
                        state.as_deref().unwrap_or("-")
                    );
                }
                oracle.add(&row.label, state.as_deref());
            }
        }
    }
    let report = FullReport {
        headline: headline.report(),
        oracle_claims: ann_dir.is_some().then(|| oracle.report()),
    };
    if json {
        println!(
            "{}",
            serde_json::to_string(&report).map_err(|e| e.to_string())?
        );
    } else {
        score::print("verification (engine's own claims)", &report.headline);
        if let Some(o) = &report.oracle_claims {
            score::print("oracle diagnostic (gold claims, states by the engine)", o);
        }
    }
    Ok(())
}
