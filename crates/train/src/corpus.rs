//! PolNeAR articles aligned to engine tokens: one BIO label per token.

use std::collections::BTreeMap;
use std::path::Path;

use claimlens_engine::features::{self, Features, TokenInfo};
use claimlens_engine::segment::Document;
use claimlens_engine::tagger::{B_CON, B_CUE, B_SRC, O};

/// One article ready for training: features and gold labels per token.
pub struct Example {
    /// The article text (kept to rebuild second-stage features).
    pub text: String,
    /// Feature hashes per token.
    pub feats: Features,
    /// Gold label per token.
    pub labels: Vec<u8>,
}

impl Example {
    /// Replaces the features by second-stage features over stage-one labels `prev`.
    pub fn restack(&mut self, prev: &[u8]) {
        let doc = Document::new(&self.text);
        let info = TokenInfo::new(&doc);
        let base = std::mem::take(&mut self.feats);
        self.feats = claimlens_engine::stacked::extract(&doc, &info, &base, prev);
    }
}

/// Loads a PolNeAR split (`DIR/text`, `DIR/attributions`), sorted by name.
pub fn load_split(dir: &Path) -> Result<Vec<Example>, String> {
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    if !text_dir.is_dir() || !ann_dir.is_dir() {
        return Err(format!(
            "PolNeAR data absent: {} must hold text/ and attributions/ (pass --data DIR)",
            dir.display()
        ));
    }
    let mut anns: BTreeMap<String, String> = BTreeMap::new();
    for name in sorted(&ann_dir)? {
        if let Some(stem) = name.strip_suffix(".ann") {
            let article = stem.rsplit_once('_').map_or(stem, |(a, _)| a).to_string();
            anns.entry(article).or_insert(name);
        }
    }
    let mut out = Vec::new();
    for name in sorted(&text_dir)? {
        let Some(stem) = name.strip_suffix(".txt") else {
            continue;
        };
        let Some(ann) = anns.get(stem) else { continue };
        let text = read(&text_dir.join(&name))?;
        let ann = read(&ann_dir.join(ann))?;
        out.push(example(text, &ann));
    }
    Ok(out)
}

fn read(p: &Path) -> Result<String, String> {
    std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()))
}

fn sorted(dir: &Path) -> Result<Vec<String>, String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    v.sort();
    Ok(v)
}

/// Role spans (byte offsets) of the gold attributions: (role label B_*, start, end).
fn gold_spans(text: &str, ann: &str) -> Vec<(u8, usize, usize)> {
    let mut byte_of = Vec::with_capacity(text.len() + 1);
    for (b, _) in text.char_indices() {
        byte_of.push(b);
    }
    byte_of.push(text.len());
    let to_byte = |c: usize| byte_of.get(c).copied().unwrap_or(text.len());
    let mut spans: BTreeMap<&str, Vec<(usize, usize)>> = BTreeMap::new();
    let mut events = Vec::new();
    for line in ann.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(body)) = (cols.next(), cols.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let Some((_, offs)) = body.split_once(' ') else {
                continue;
            };
            let pieces = offs
                .split(';')
                .filter_map(|p| {
                    let (a, b) = p.trim().split_once(' ')?;
                    Some((to_byte(a.parse().ok()?), to_byte(b.parse().ok()?)))
                })
                .collect();
            spans.insert(id, pieces);
        } else if id.starts_with('E') {
            events.push(body);
        }
    }
    let mut out = Vec::new();
    for ev in events {
        let mut args = ev.split(' ');
        if !args.next().is_some_and(|h| h.starts_with("Attribution")) {
            continue;
        }
        for arg in args {
            let Some((role, id)) = arg.split_once(':') else {
                continue;
            };
            let label = if role.starts_with("Source") {
                B_SRC
            } else if role.starts_with("Cue") {
                B_CUE
            } else if role.starts_with("Content") {
                B_CON
            } else {
                continue;
            };
            for &(a, b) in spans.get(id).map(Vec::as_slice).unwrap_or(&[]) {
                out.push((label, a, b));
            }
        }
    }
    out
}

/// Aligns gold spans to the engine's tokens: a token belongs to a span when it
/// starts inside it; the first such token begins the span.
pub fn align(doc: &Document, spans: &[(u8, usize, usize)]) -> Vec<u8> {
    let mut labels = vec![O; doc.tokens.len()];
    let mut sorted = spans.to_vec();
    sorted.sort_by_key(|&(_, a, b)| (a, b));
    for (label, a, b) in sorted {
        let first = doc.tokens.partition_point(|t| t.span.start < a);
        let mut t = first;
        let mut begun = false;
        while t < doc.tokens.len() && doc.tokens[t].span.start < b {
            if labels[t] == O {
                labels[t] = if begun { label + 1 } else { label };
                begun = true;
            }
            t += 1;
        }
    }
    labels
}

/// One article's features and labels.
pub fn example(text: String, ann: &str) -> Example {
    let doc = Document::new(&text);
    let info = TokenInfo::new(&doc);
    let feats = features::extract(&doc, &info);
    let labels = align(&doc, &gold_spans(&text, ann));
    Example {
        feats,
        labels,
        text,
    }
}
