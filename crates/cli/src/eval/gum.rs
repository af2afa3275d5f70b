//! `claimlens eval gum`.

/// Runs the evaluation.
pub fn run(_args: &[String]) -> Result<(), String> {
    Err("eval gum is not built yet".into())
}
