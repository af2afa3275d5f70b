//! The engine's JSON reader on arbitrary bytes: a value or an error, never a
//! panic or a hang; whatever serde_json reads it reads too, and a value it
//! reads is found again in the ClaimReview scan without panicking. Shared,
//! through `#[path]`, by the `json` fuzz target and the native replay of its
//! seeds (crates/engine/tests/hostile_seeds.rs).

/// Runs the checks on `data` (as UTF-8, lossily).
pub fn check_bytes(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let ours = claimlens_engine::json::parse(&text);
    if serde_json::from_str::<serde_json::Value>(&text).is_ok() {
        assert!(
            ours.is_ok(),
            "serde_json reads it, the engine does not: {ours:?}"
        );
    }
    let _ = claimlens_engine::claimreview::claim_reviews_from_json_ld(&text);
}
