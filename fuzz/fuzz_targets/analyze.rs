//! `analyze` on arbitrary text: no panic, a well-formed analysis.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    claimlens_fuzz::analyze_check::analyze_and_check(&text);
});
