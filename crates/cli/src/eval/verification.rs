//! `claimlens eval verification`.

/// Runs the evaluation.
pub fn run(_args: &[String]) -> Result<(), String> {
    Err("eval verification is not built yet".into())
}
