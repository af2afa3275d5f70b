//! `claimlens eval hedges CSV [--json]`: sentence uncertainty on the CoNLL-2010
//! format (`label,sentence`; `-1` uncertain, `1` certain). A sentence counts as
//! uncertain when the engine finds a hedge in it other than a numeric rounder
//! (`about 300`; see [`is_uncertain`]). Reports precision, recall and
//! F1 of the uncertain class, and accuracy.

use serde::Serialize;

use super::metrics::{round4, Counts};

/// Argument and CSV helpers shared with the verification and factuality
/// evaluations (kept here so the dispatcher module stays untouched).
#[path = "common.rs"]
pub mod common;

/// The `--json` report.
#[derive(Debug, Serialize)]
struct Report {
    n: usize,
    p: f64,
    r: f64,
    f1: f64,
    accuracy: f64,
}

/// Runs the evaluation.
pub fn run(args: &[String]) -> Result<(), String> {
    // `--errors` (a diagnostic, not part of the report) lists the misclassified
    // sentences with the cues found in them.
    // `--trace` lists every sentence the same way.
    let errors = args.iter().any(|a| a == "--errors");
    let trace = args.iter().any(|a| a == "--trace");
    let args: Vec<String> = args
        .iter()
        .filter(|a| !matches!(a.as_str(), "--errors" | "--trace"))
        .cloned()
        .collect();
    let (path, json) = common::path_and_json(&args, "eval hedges CSV [--json]")?;
    let text = std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "cannot read {path}: {e} (the CoNLL-2010 data lives in ../shared/data/conll2010-wiki/)"
        )
    })?;
    let rows = parse_rows(&text)?;
    if rows.is_empty() {
        return Err(format!("{path} holds no `label,sentence` rows"));
    }
    let mut counts = Counts::default();
    let mut correct = 0usize;
    for (uncertain, sentence) in &rows {
        let predicted = is_uncertain(sentence);
        match (predicted, *uncertain) {
            (true, true) => counts.tp += 1.0,
            (true, false) => counts.fp += 1.0,
            (false, true) => counts.fn_ += 1.0,
            (false, false) => {}
        }
        correct += usize::from(predicted == *uncertain);
        if trace || (errors && predicted != *uncertain) {
            let tag = match (predicted, *uncertain) {
                (true, true) => "TP",
                (true, false) => "FP",
                (false, true) => "FN",
                (false, false) => "TN",
            };
            eprintln!("{tag}\t{}\t{sentence}", cues(sentence));
        }
    }
    let prf = counts.prf();
    let report = Report {
        n: rows.len(),
        p: prf.p,
        r: prf.r,
        f1: prf.f1,
        accuracy: round4(correct as f64 / rows.len() as f64),
    };
    common::print_report(&report, json, |report| {
        outln!(
            "hedges (uncertain class) on {} sentences: P {:.4}  R {:.4}  F1 {:.4}  accuracy {:.4}",
            report.n,
            report.p,
            report.r,
            report.f1,
            report.accuracy
        )
    })
}

/// Whether the engine finds a hedge in the sentence. Numeric rounders (`about
/// 300`, `nearly 2,000`) are left out: CoNLL-2010 marks uncertainty, weasel and
/// peacock cues, and a rounded figure is imprecise, not uncertain (the engine
/// still reports them as approximators). So is the generic possibility of a
/// root `may` (`Severe cases may require surgery`): what can happen in general,
/// not the writer's doubt about a fact.
pub fn is_uncertain(sentence: &str) -> bool {
    let text = unescape_html(sentence);
    let doc = claimlens_engine::segment::Document::new(&text);
    claimlens_engine::hedges::detect(&doc).iter().any(|h| {
        !claimlens_engine::hedges::is_numeric_rounder(&doc, h)
            && !claimlens_engine::hedges::generic::is_generic_possibility(&doc, h)
    })
}

/// The cues found in a sentence, as `category:text` (for `--errors`).
fn cues(sentence: &str) -> String {
    let text = unescape_html(sentence);
    let doc = claimlens_engine::segment::Document::new(&text);
    claimlens_engine::hedges::detect(&doc)
        .iter()
        .map(|h| {
            let words: Vec<&str> = h.spans.iter().map(|s| &text[s.start..s.end]).collect();
            format!("{}:{}", h.category.as_str(), words.join(" … "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses `label,sentence` rows (RFC 4180 quoting). Label `-1` is uncertain.
fn parse_rows(text: &str) -> Result<Vec<(bool, String)>, String> {
    let mut rows = Vec::new();
    for (line_no, record) in common::csv_records(text).into_iter().enumerate() {
        let [label, sentence] = record.as_slice() else {
            return Err(format!("record {} does not have two fields", line_no + 1));
        };
        let uncertain = match label.trim() {
            "-1" => true,
            "1" => false,
            "label" if line_no == 0 => continue,
            other => return Err(format!("record {}: unknown label `{other}`", line_no + 1)),
        };
        rows.push((uncertain, sentence.clone()));
    }
    Ok(rows)
}

/// Decodes the few HTML entities the Wikipedia dump keeps (`&quot;`, `&amp;`, …).
fn unescape_html(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_and_entities() {
        let rows = parse_rows("-1,\"It may, perhaps, rain.\"\n1,It rained.\n").unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].1, "It may, perhaps, rain.");
        assert_eq!(unescape_html("&quot;x&quot; &amp;"), "\"x\" &");
        assert!(is_uncertain(&rows[0].1));
        assert!(!is_uncertain(&rows[1].1));
    }
}
