//! `claimlens eval factuality`.

/// Runs the evaluation.
pub fn run(_args: &[String]) -> Result<(), String> {
    Err("eval factuality is not built yet".into())
}
