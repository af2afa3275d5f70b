//! A quick check on a few PolNeAR dev articles (the full evaluation is
//! `claimlens eval polnear`). The corpus must be present at ../shared/data: the
//! test fails with a clear message when it is not.

use std::path::Path;

#[test]
fn finds_most_gold_cues_in_a_few_dev_articles() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/polnear/dev");
    let text_dir = dir.join("text");
    let mut names: Vec<_> = std::fs::read_dir(&text_dir)
        .unwrap_or_else(|e| panic!("PolNeAR dev data absent at {} ({e})", text_dir.display()))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    let (mut gold, mut found) = (0usize, 0usize);
    for name in names.iter().take(4) {
        let text = std::fs::read_to_string(text_dir.join(name)).expect("readable text");
        let stem = name.trim_end_matches(".txt");
        let mut anns: Vec<_> = std::fs::read_dir(dir.join("attributions"))
            .expect("attributions dir")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|a| a.starts_with(&format!("{stem}_")))
            .collect();
        anns.sort();
        let ann = std::fs::read_to_string(dir.join("attributions").join(&anns[0])).expect("ann");
        let analysis = claimlens_engine::analyze(&text);
        for line in ann.lines().filter(|l| l.contains("\tCue ")) {
            let offs = line.split('\t').nth(1).unwrap_or("");
            let mut it = offs.split([' ', ';']).skip(1);
            let (Some(a), Some(b)) = (it.next(), it.next()) else {
                continue;
            };
            let (a, b): (usize, usize) = (a.parse().unwrap_or(0), b.parse().unwrap_or(0));
            gold += 1;
            let hit = analysis
                .claims
                .iter()
                .flat_map(|c| &c.cue.spans)
                .any(|s| s.start < b && a < s.end);
            found += hit as usize;
        }
    }
    assert!(gold > 20, "too few gold cues read ({gold})");
    let recall = found as f64 / gold as f64;
    assert!(
        recall > 0.55,
        "cue overlap recall {recall:.2} on {gold} gold cues"
    );
}
