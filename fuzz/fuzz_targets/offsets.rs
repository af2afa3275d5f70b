//! The offset index on arbitrary UTF-8 and on UTF-16 with lone surrogates.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    claimlens_fuzz::offsets_check::check_bytes(data);
});
