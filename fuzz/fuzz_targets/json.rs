//! The engine's JSON reader on arbitrary bytes: no panic, agrees with serde_json.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    claimlens_fuzz::json_check::check_bytes(data);
});
