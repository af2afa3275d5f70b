//! `claimlens eval polnear DIR [--json] [--bench]`: attribution spans against
//! PolNeAR (brat standoff).
//!
//! `DIR` holds `text/*.txt` and `attributions/*.ann`; each article is scored
//! against the alphabetically first `.ann` whose name is the article's name plus
//! an annotator suffix (`NAME_xxxx.ann`). Gold claims are the `Attribution` and
//! `Attribution-no-source` events; `Discard` and `Discuss` are ignored. Source,
//! cue and content are scored separately, span by span (a discontinuous span
//! piece by piece), by exact match after trimming edge white space and
//! punctuation, and by word-token overlap. `--bench` also times
//! `claimlens_engine::analyze` over the texts (five runs, median words/s).

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use serde::Serialize;

use super::metrics::{RoleCounts, RoleReport};

/// Spans of one side (gold or predicted) of one document, code point ranges.
#[derive(Debug, Default, Clone)]
pub struct RoleSpans {
    /// Source spans.
    pub source: Vec<(usize, usize)>,
    /// Cue spans.
    pub cue: Vec<(usize, usize)>,
    /// Content spans.
    pub content: Vec<(usize, usize)>,
}

/// Counts over a corpus.
#[derive(Debug, Default)]
pub struct Scores {
    /// Documents scored.
    pub docs: usize,
    /// Gold claims.
    pub gold: usize,
    /// Predicted claims.
    pub predicted: usize,
    /// Source spans.
    pub source: RoleCounts,
    /// Cue spans.
    pub cue: RoleCounts,
    /// Content spans.
    pub content: RoleCounts,
    /// Print missed and spurious spans to stderr (`--errors`).
    pub show_errors: bool,
}

#[derive(Serialize)]
struct Report {
    docs: usize,
    gold: usize,
    predicted: usize,
    source: RoleReport,
    cue: RoleReport,
    content: RoleReport,
}

impl Scores {
    /// Adds one document: its text, the gold spans and claim count, and the engine's analysis.
    pub fn add(&mut self, text: &str, gold: &RoleSpans, gold_claims: usize) {
        self.add_with(text, gold, gold_claims, |_, analysis| {
            let spans = predicted_spans(analysis);
            let n = analysis
                .claims
                .iter()
                .filter(|c| c.parent.is_none())
                .count();
            (spans, n)
        });
    }

    /// [`Scores::add`] with another mapping from the analysis to scored spans
    /// (it returns the spans and the number of claims they come from).
    pub fn add_with(
        &mut self,
        text: &str,
        gold: &RoleSpans,
        gold_claims: usize,
        map: impl Fn(&str, &claimlens_engine::Analysis) -> (RoleSpans, usize),
    ) {
        let chars: Vec<char> = text.chars().collect();
        let analysis = claimlens_engine::analyze(text);
        let (predicted, claims) = map(text, &analysis);
        self.docs += 1;
        self.gold += gold_claims;
        self.predicted += claims;
        self.source
            .add_document(&chars, &gold.source, &predicted.source);
        self.cue.add_document(&chars, &gold.cue, &predicted.cue);
        self.content
            .add_document(&chars, &gold.content, &predicted.content);
        if self.show_errors {
            print_errors(&chars, gold, &predicted);
        }
    }

    /// Prints the scores as one JSON object or as a table.
    pub fn print(&self, title: &str, json: bool) -> Result<(), String> {
        let report = Report {
            docs: self.docs,
            gold: self.gold,
            predicted: self.predicted,
            source: self.source.report(),
            cue: self.cue.report(),
            content: self.content.report(),
        };
        if json {
            outln!(
                "{}",
                serde_json::to_string(&report).map_err(|e| e.to_string())?
            );
            return Ok(());
        }
        outln!(
            "{title}: {} docs, {} gold claims, {} predicted",
            report.docs,
            report.gold,
            report.predicted
        );
        outln!("role      exact P  exact R  exact F1  overlap F1");
        for (name, r) in [
            ("source", report.source),
            ("cue", report.cue),
            ("content", report.content),
        ] {
            outln!(
                "{name:<8} {:>8.4} {:>8.4} {:>9.4} {:>11.4}",
                r.p,
                r.r,
                r.f1,
                r.overlap_f1
            );
        }
        Ok(())
    }
}

/// Prints, per role, the gold spans not matched exactly (`-`) and the predicted
/// spans that match nothing (`+`).
fn print_errors(chars: &[char], gold: &RoleSpans, predicted: &RoleSpans) {
    use super::metrics::trim;
    let text = |s: (usize, usize)| {
        chars[s.0..s.1]
            .iter()
            .collect::<String>()
            .replace('\n', " ")
    };
    for (role, g, p) in [
        ("source", &gold.source, &predicted.source),
        ("cue", &gold.cue, &predicted.cue),
        ("content", &gold.content, &predicted.content),
    ] {
        let g: Vec<_> = g.iter().filter_map(|&s| trim(chars, s)).collect();
        let p: Vec<_> = p.iter().filter_map(|&s| trim(chars, s)).collect();
        // A source or cue is shown with the words around it, to be found in the text.
        let around = |s: (usize, usize)| match role {
            "content" => String::new(),
            _ => format!(
                "\t…{}[{}]{}…",
                text((s.0.saturating_sub(40), s.0)),
                text(s),
                text((s.1, (s.1 + 60).min(chars.len())))
            ),
        };
        for s in g.iter().filter(|s| !p.contains(s)) {
            eprintln!("- {role:<7} {}{}", text(*s), around(*s));
        }
        for s in p.iter().filter(|s| !g.contains(s)) {
            eprintln!("+ {role:<7} {}{}", text(*s), around(*s));
        }
    }
}

/// The engine's outermost claims (no `parent`) as role spans: PolNeAR is
/// univocal, each token in at most one attribution, so nested claims are not scored.
pub fn predicted_spans(analysis: &claimlens_engine::Analysis) -> RoleSpans {
    let mut out = RoleSpans::default();
    for claim in analysis.claims.iter().filter(|c| c.parent.is_none()) {
        let pairs = |spans: &[claimlens_engine::Span]| {
            spans.iter().map(|s| (s.start, s.end)).collect::<Vec<_>>()
        };
        out.source.extend(pairs(&claim.source.spans));
        out.cue.extend(pairs(&claim.cue.spans));
        out.content.extend(pairs(&claim.content.spans));
    }
    out
}

/// Runs the evaluation.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut dir = None;
    let (mut json, mut bench, mut errors) = (false, false, false);
    for arg in args {
        match arg.as_str() {
            "--json" => json = true,
            "--bench" => bench = true,
            "--errors" => errors = true,
            other if dir.is_none() => dir = Some(other.to_string()),
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    let dir = dir.ok_or("eval polnear needs DIR (holding text/ and attributions/)")?;
    let docs = load(Path::new(&dir))?;
    let mut scores = Scores {
        show_errors: errors,
        ..Scores::default()
    };
    for doc in &docs {
        scores.add(&doc.text, &doc.gold, doc.gold_claims);
    }
    scores.print("PolNeAR", json)?;
    if bench {
        print_bench(&docs);
    }
    Ok(())
}

/// One article with its gold annotation.
pub struct GoldDoc {
    /// Article text.
    pub text: String,
    /// Gold spans.
    pub gold: RoleSpans,
    /// Number of gold attributions.
    pub gold_claims: usize,
}

/// Loads every article of `dir` that has an annotation.
pub fn load(dir: &Path) -> Result<Vec<GoldDoc>, String> {
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    if !text_dir.is_dir() || !ann_dir.is_dir() {
        return Err(format!(
            "{} must hold text/ and attributions/ (PolNeAR data absent?)",
            dir.display()
        ));
    }
    // Article name → alphabetically first annotation file.
    let mut anns: BTreeMap<String, String> = BTreeMap::new();
    for entry in read_dir_sorted(&ann_dir)? {
        let Some(stem) = entry.strip_suffix(".ann") else {
            continue;
        };
        let article = stem.rsplit_once('_').map_or(stem, |(a, _)| a).to_string();
        anns.entry(article).or_insert(entry);
    }
    let mut docs = Vec::new();
    for entry in read_dir_sorted(&text_dir)? {
        let Some(name) = entry.strip_suffix(".txt") else {
            continue;
        };
        let Some(ann) = anns.get(name) else {
            continue;
        };
        let text = read(&text_dir.join(&entry))?;
        let (gold, gold_claims) = parse_ann(&read(&ann_dir.join(ann))?);
        docs.push(GoldDoc {
            text,
            gold,
            gold_claims,
        });
    }
    if docs.is_empty() {
        return Err(format!("no annotated articles in {}", dir.display()));
    }
    Ok(docs)
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn read_dir_sorted(dir: &Path) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    Ok(names)
}

/// Parses a brat standoff file into gold role spans and the attribution count.
pub fn parse_ann(ann: &str) -> (RoleSpans, usize) {
    let events = super::brat::attributions(ann);
    let mut gold = RoleSpans::default();
    for (_, [source, cue, content]) in &events {
        gold.source.extend(source.iter().copied());
        gold.cue.extend(cue.iter().copied());
        gold.content.extend(content.iter().copied());
    }
    (gold, events.len())
}

/// Times the engine over the texts: five runs, median words per second, for
/// the whole `analyze` and for the attribution step alone (segmentation plus
/// `attribution::find_claims`).
fn print_bench(docs: &[GoldDoc]) {
    let words: usize = docs.iter().map(|d| d.text.split_whitespace().count()).sum();
    let median = |run: &dyn Fn(&str) -> usize| -> f64 {
        let mut rates: Vec<f64> = (0..5)
            .map(|_| {
                let start = Instant::now();
                let mut claims = 0;
                for doc in docs {
                    claims += run(&doc.text);
                }
                let secs = start.elapsed().as_secs_f64().max(1e-9);
                std::hint::black_box(claims);
                words as f64 / secs
            })
            .collect();
        rates.sort_by(f64::total_cmp);
        rates[2]
    };
    let whole = median(&|t| claimlens_engine::analyze(t).claims.len());
    let attribution = median(&|t| {
        let doc = claimlens_engine::segment::Document::new(t);
        claimlens_engine::attribution::find_claims(&doc).len()
    });
    eprintln!(
        "bench: {} docs, {words} words, median of 5 runs: {whole:.0} words/s (analyze), {attribution:.0} words/s (segment + attribution)",
        docs.len(),
    );
}
