//! Replays the fuzzers' kept seeds (fuzz/seeds/analyze, json, segments)
//! natively, with the very checks the fuzz targets run, so `cargo test` guards
//! every input the fuzzers found interesting without needing nightly.

#[allow(dead_code)]
#[path = "../../../fuzz/src/analyze_check.rs"]
mod analyze_check;
#[path = "../../../fuzz/src/json_check.rs"]
mod json_check;
#[path = "../../../fuzz/src/segments_check.rs"]
mod segments_check;

use std::path::PathBuf;

/// The seed files of one fuzz target; fails if there are none, so a moved
/// folder cannot make this test pass by checking nothing.
fn seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/seeds")
        .join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.expect("directory entry").path();
            let bytes = std::fs::read(&path).expect("seed file");
            (path.display().to_string(), bytes)
        })
        .collect();
    out.sort();
    assert!(
        out.len() >= 3,
        "only {} seeds in {}",
        out.len(),
        dir.display()
    );
    out
}

#[test]
fn analyze_seeds_give_well_formed_analyses() {
    for (name, bytes) in seeds("analyze") {
        let text = String::from_utf8_lossy(&bytes);
        let result = std::panic::catch_unwind(|| analyze_check::analyze_and_check(&text));
        assert!(result.is_ok(), "seed {name} failed");
    }
}

#[test]
fn json_seeds_are_read_or_refused_without_panics() {
    for (name, bytes) in seeds("json") {
        let result = std::panic::catch_unwind(|| json_check::check_bytes(&bytes));
        assert!(result.is_ok(), "seed {name} failed");
    }
}

#[test]
fn segment_seeds_map_every_highlight_back_onto_its_text_nodes() {
    let mut ranges = 0;
    for (name, bytes) in seeds("segments") {
        let result = std::panic::catch_unwind(|| segments_check::check_bytes(&bytes));
        ranges += result.unwrap_or_else(|_| panic!("seed {name} failed"));
    }
    assert!(ranges > 0, "no range was checked");
}
