//! Invariants of one analysis. Shared, through `#[path]`, by the `analyze` fuzz
//! target and the native replay of its seeds (crates/engine/tests/hostile_seeds.rs),
//! so the fast test suite checks exactly what the fuzzer checks.

use claimlens_engine::{Analysis, Span};

/// Characters the tokenizer skips besides white space (zero-width space, BOM).
const SKIPPED: [char; 2] = ['\u{200B}', '\u{FEFF}'];

/// Analyses `text` and panics unless every invariant of [`check`] holds.
pub fn analyze_and_check(text: &str) -> Analysis {
    let analysis = claimlens_engine::analyze(text);
    check(text, &analysis);
    analysis
}

/// Panics unless `analysis` is a well-formed analysis of `text`: every span in
/// bounds (code points) and in order, every id unique and every reference
/// resolvable, the summary consistent, nothing of the text lost, and the whole
/// serialisable as JSON (what the CLI and the wasm API hand out).
pub fn check(text: &str, analysis: &Analysis) {
    let len = text.chars().count();
    assert_eq!(analysis.text_length, len, "text_length");
    check_disjoint(&analysis.paragraphs, len, "paragraphs");
    check_disjoint(&analysis.sentences, len, "sentences");
    check_nesting(&analysis.sentences, &analysis.paragraphs);
    check_nothing_lost(text, &analysis.sentences);
    check_claims(analysis, len);
    check_hedges(analysis, len);
    check_summary(analysis);
    serde_json::to_string(analysis).expect("the analysis serialises as JSON");
}

/// Spans that must be non-empty, in bounds, sorted and non-overlapping.
fn check_disjoint(spans: &[Span], len: usize, what: &str) {
    let mut last_end = 0;
    for s in spans {
        assert!(
            s.start < s.end && s.end <= len,
            "{what}: bad span {s:?} (len {len})"
        );
        assert!(
            s.start >= last_end,
            "{what}: {s:?} overlaps or is out of order"
        );
        last_end = s.end;
    }
}

/// Every sentence lies inside a paragraph (both lists are sorted).
fn check_nesting(sentences: &[Span], paragraphs: &[Span]) {
    let mut p = 0;
    for s in sentences {
        while p < paragraphs.len() && paragraphs[p].end <= s.start {
            p += 1;
        }
        assert!(
            p < paragraphs.len() && paragraphs[p].contains(s),
            "sentence {s:?} is in no paragraph"
        );
    }
}

/// Every character that is not white space lies in some sentence.
fn check_nothing_lost(text: &str, sentences: &[Span]) {
    let mut s = 0;
    for (i, c) in text.chars().enumerate() {
        if c.is_whitespace() || SKIPPED.contains(&c) {
            continue;
        }
        while s < sentences.len() && sentences[s].end <= i {
            s += 1;
        }
        assert!(
            s < sentences.len() && sentences[s].start <= i,
            "character {i} ({c:?}) is in no sentence"
        );
    }
}

/// Spans in bounds and in text order (end exclusive; may be empty).
fn check_ordered(spans: &[Span], len: usize, what: &str) {
    for s in spans {
        assert!(
            s.start <= s.end && s.end <= len,
            "{what}: bad span {s:?} (len {len})"
        );
    }
    assert!(
        spans.windows(2).all(|w| w[0].start <= w[1].start),
        "{what}: spans out of order: {spans:?}"
    );
}

fn check_claims(analysis: &Analysis, len: usize) {
    let ids: Vec<&str> = analysis.claims.iter().map(|c| c.id.as_str()).collect();
    assert_unique(&ids, "claim ids");
    let firsts: Vec<usize> = analysis
        .claims
        .iter()
        .map(|c| c.content.spans.first().map_or(usize::MAX, |s| s.start))
        .collect();
    assert!(
        firsts.windows(2).all(|w| w[0] <= w[1]),
        "claims out of order"
    );
    for claim in &analysis.claims {
        let id = &claim.id;
        check_ordered(&claim.content.spans, len, &format!("{id} content"));
        check_ordered(&claim.cue.spans, len, &format!("{id} cue"));
        check_ordered(&claim.source.spans, len, &format!("{id} source"));
        check_ordered(&claim.source.chain, len, &format!("{id} chain"));
        for e in &claim.evidence {
            assert!(e.start <= e.end && e.end <= len, "{id} evidence {e:?}");
        }
        for h in &claim.hedges {
            let hedge = analysis.hedges.iter().find(|x| &x.id == h);
            let hedge = hedge.unwrap_or_else(|| panic!("{id} names unknown hedge {h}"));
            assert_eq!(
                hedge.claim.as_ref(),
                Some(id),
                "hedge {h} does not point back"
            );
        }
        if let Some(parent) = &claim.parent {
            assert!(
                ids.contains(&parent.as_str()),
                "{id} has unknown parent {parent}"
            );
            assert_ne!(parent, id, "{id} is its own parent");
        }
        if let Some(name) = &claim.source.entity {
            let listed = analysis.sources.iter().find(|s| &s.name == name);
            let listed = listed.unwrap_or_else(|| panic!("source {name} not listed"));
            assert!(listed.claims.contains(id), "source {name} misses {id}");
        }
    }
}

fn check_hedges(analysis: &Analysis, len: usize) {
    let ids: Vec<&str> = analysis.hedges.iter().map(|h| h.id.as_str()).collect();
    assert_unique(&ids, "hedge ids");
    for hedge in &analysis.hedges {
        assert!(!hedge.spans.is_empty(), "hedge {} has no span", hedge.id);
        check_ordered(&hedge.spans, len, &hedge.id);
        if let Some(c) = &hedge.claim {
            let claim = analysis.claims.iter().find(|x| &x.id == c);
            let claim = claim.unwrap_or_else(|| panic!("hedge {} names unknown {c}", hedge.id));
            assert!(claim.hedges.contains(&hedge.id), "{c} misses {}", hedge.id);
        }
    }
}

fn check_summary(analysis: &Analysis) {
    let summary = &analysis.summary;
    let n = analysis.claims.len();
    assert_eq!(summary.claims, n, "summary.claims");
    assert_eq!(summary.states.values().sum::<usize>(), n, "summary.states");
    assert_eq!(summary.kinds.values().sum::<usize>(), n, "summary.kinds");
    assert_eq!(summary.hedges, analysis.hedges.len(), "summary.hedges");
    assert!((0.0..=1.0).contains(&summary.hedged_share), "hedged_share");
}

fn assert_unique(ids: &[&str], what: &str) {
    let mut sorted = ids.to_vec();
    sorted.sort_unstable();
    assert!(
        sorted.windows(2).all(|w| w[0] != w[1]),
        "{what} repeat: {ids:?}"
    );
}
