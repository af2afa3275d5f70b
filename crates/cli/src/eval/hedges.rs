//! `claimlens eval hedges`.

/// Runs the evaluation.
pub fn run(_args: &[String]) -> Result<(), String> {
    Err("eval hedges is not built yet".into())
}
