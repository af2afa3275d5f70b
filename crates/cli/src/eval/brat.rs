//! Reading brat standoff attribution files (PolNeAR's `.ann`), shared by
//! `eval polnear` and `eval verification`.

use std::collections::BTreeMap;

/// Source, cue and content pieces (code points, end exclusive) of one event.
pub type Roles = [Vec<(usize, usize)>; 3];

/// Every `Attribution…` event of a `.ann` file, in file order: its id (`E3`)
/// and its source, cue and content pieces. Pieces of several arguments of one
/// role (`Content`, `Content2`) are joined; lines that do not parse are skipped.
pub fn attributions(ann: &str) -> Vec<(&str, Roles)> {
    let mut spans: BTreeMap<&str, Vec<(usize, usize)>> = BTreeMap::new();
    let mut events = Vec::new();
    for line in ann.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(body)) = (cols.next(), cols.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let Some((_, offsets)) = body.split_once(' ') else {
                continue;
            };
            let pieces = offsets
                .split(';')
                .filter_map(|p| {
                    let (a, b) = p.trim().split_once(' ')?;
                    Some((a.parse().ok()?, b.parse().ok()?))
                })
                .collect();
            spans.insert(id, pieces);
        } else if id.starts_with('E') {
            events.push((id, body));
        }
    }
    let mut out = Vec::new();
    for (id, body) in events {
        let mut args = body.split(' ');
        if !args.next().is_some_and(|h| h.starts_with("Attribution")) {
            continue;
        }
        let mut roles: Roles = Default::default();
        for arg in args {
            let Some((role, t)) = arg.split_once(':') else {
                continue;
            };
            let Some(pieces) = spans.get(t) else { continue };
            let slot = if role.starts_with("Source") {
                0
            } else if role.starts_with("Cue") {
                1
            } else if role.starts_with("Content") {
                2
            } else {
                continue;
            };
            roles[slot].extend(pieces.iter().copied());
        }
        out.push((id, roles));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_discontinuous_pieces_and_skips_other_events() {
        let ann = "T1\tSource 0 3\tHer\nT2\tCue 4 8\tsaid\nT3\tContent 9 12;15 20\tabc de\n\
                   E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\nE2\tDiscard:T5\nbroken line";
        let events = attributions(ann);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].0, "E1");
        assert_eq!(
            events[0].1,
            [vec![(0, 3)], vec![(4, 8)], vec![(9, 12), (15, 20)]]
        );
    }
}
