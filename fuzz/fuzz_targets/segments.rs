//! Text ↔ text-node positions for every highlight of an analysed article.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    claimlens_fuzz::segments_check::check_bytes(data);
});
