//! Gold rows (JSON lines) and the oracle diagnostic: the article's gold
//! attributions as claims, with states assigned by the engine.

use std::collections::BTreeMap;
use std::path::Path;

use claimlens_engine::segment::Document;
use claimlens_engine::{Claim, Span};
use serde::Deserialize;

/// One gold row.
#[derive(Debug, Deserialize)]
pub struct Row {
    /// Text file name.
    pub doc: String,
    /// The `.ann` file the row comes from.
    pub ann: Option<String>,
    /// The event id in it.
    pub event: Option<String>,
    /// Content pieces (code points).
    pub content: Vec<(usize, usize)>,
    /// Gold label.
    pub label: String,
}

/// Reads the JSON lines file.
pub fn read_rows(path: &str) -> Result<Vec<Row>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        format!(
            "cannot read {path}: {e} (the gold rows live in ../shared/data/verification/dev.jsonl)"
        )
    })?;
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let row: Row = serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", i + 1))?;
        rows.push(row);
    }
    if rows.is_empty() {
        return Err(format!("{path} holds no rows"));
    }
    Ok(rows)
}

/// Code point → byte offset table for a text.
fn byte_offsets(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

/// Gold attribution events of one `.ann` file: id → (source, cue, content)
/// pieces in code points.
type Events = BTreeMap<String, [Vec<(usize, usize)>; 3]>;

fn parse_ann(ann: &str) -> Events {
    crate::eval::brat::attributions(ann)
        .into_iter()
        .map(|(id, mut roles)| {
            roles.iter_mut().for_each(|r| r.sort_unstable());
            (id.to_string(), roles)
        })
        .collect()
}

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "who", "which", "you"];

/// The alphabetically first `.ann` file of an article (`<stem>_<suffix>.ann`).
pub fn first_ann(ann_dir: &Path, doc: &str) -> Option<String> {
    let stem = doc.strip_suffix(".txt").unwrap_or(doc);
    let mut names: Vec<String> = std::fs::read_dir(ann_dir)
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".ann") && n.starts_with(stem))
        .collect();
    names.sort();
    names.into_iter().next()
}

/// States the engine gives the gold claims of the rows' `.ann` file, one per
/// row (`None` when the row's event is not in the file), with the evidence
/// text (for `--errors`).
pub fn oracle_states(
    text: &str,
    ann_dir: &Path,
    rows: &[&Row],
) -> Result<Vec<Option<(String, String)>>, String> {
    let Some(ann_name) = rows.iter().find_map(|r| r.ann.clone()) else {
        return Ok(vec![None; rows.len()]);
    };
    let state_of = all_event_states(text, &ann_dir.join(&ann_name))?;
    Ok(rows
        .iter()
        .map(|r| r.event.as_ref().and_then(|e| state_of.get(e)).cloned())
        .collect())
}

/// States the engine gives every gold attribution event of one `.ann` file
/// that has a content span: event id → (state, evidence text for `--errors`).
pub fn all_event_states(
    text: &str,
    path: &Path,
) -> Result<BTreeMap<String, (String, String)>, String> {
    let ann = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let events = parse_ann(&ann);
    let bytes = byte_offsets(text);
    let to_bytes = |pieces: &[(usize, usize)]| -> Vec<Span> {
        pieces
            .iter()
            .filter_map(|&(a, b)| Some(Span::new(*bytes.get(a)?, *bytes.get(b)?)))
            .filter(|s| !s.is_empty())
            .collect()
    };
    let mut ids: Vec<&String> = events.keys().collect();
    ids.sort_by_key(|id| events[*id][2].first().copied().unwrap_or((usize::MAX, 0)));
    let mut claims = Vec::new();
    let mut last_named: Option<String> = None;
    for (n, id) in ids.iter().enumerate() {
        let [source, cue, content] = &events[*id];
        let source = to_bytes(source);
        let mention = source
            .first()
            .map(|s| text[s.start..s.end].trim().to_string());
        let entity = match mention {
            Some(m) if PRONOUNS.contains(&m.to_lowercase().as_str()) => {
                last_named.clone().or(Some(m))
            }
            Some(m) => {
                last_named = Some(m.clone());
                Some(m)
            }
            None => None,
        };
        let mut claim = Claim::new(source, to_bytes(cue), to_bytes(content));
        claim.id = format!("c{}", n + 1);
        claim.source.entity = entity;
        claims.push(claim);
    }
    let doc = Document::new(text);
    claimlens_engine::verification::assign_states(&doc, &mut claims, &[]);
    Ok(ids
        .iter()
        .zip(&claims)
        .filter(|(_, c)| !c.content.spans.is_empty())
        .map(|(id, c)| {
            let evidence: Vec<&str> = c
                .evidence
                .iter()
                .filter_map(|e| text.get(e.start..e.end))
                .collect();
            (
                (*id).clone(),
                (
                    c.state.as_str().to_string(),
                    format!("{} || {}", evidence.join(" | "), c.notes.join(" ; ")),
                ),
            )
        })
        .collect())
}
