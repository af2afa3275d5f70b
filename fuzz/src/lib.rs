//! The checks behind claimlens's fuzz targets. Each module is also compiled into
//! a native test (by `#[path]`), so the kept seeds are replayed by `cargo test`.

pub mod analyze_check;
pub mod json_check;
pub mod offsets_check;
pub mod segments_check;
