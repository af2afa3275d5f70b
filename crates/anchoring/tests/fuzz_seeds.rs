//! Replays the `offsets` fuzzer's kept seeds (fuzz/seeds/offsets) natively with
//! the same checks the fuzz target runs.

#[path = "../../../fuzz/src/offsets_check.rs"]
mod offsets_check;

use std::path::PathBuf;

#[test]
fn offset_seeds_round_trip() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/seeds/offsets");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("fuzz/seeds/offsets") {
        let path = entry.expect("directory entry").path();
        let bytes = std::fs::read(&path).expect("seed file");
        let result = std::panic::catch_unwind(|| offsets_check::check_bytes(&bytes));
        assert!(result.is_ok(), "seed {} failed", path.display());
        count += 1;
    }
    assert!(count >= 3, "only {count} seeds in {}", dir.display());
}
