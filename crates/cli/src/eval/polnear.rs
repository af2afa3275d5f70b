//! `claimlens eval polnear`.

/// Runs the evaluation.
pub fn run(_args: &[String]) -> Result<(), String> {
    Err("eval polnear is not built yet".into())
}
