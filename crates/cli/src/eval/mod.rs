//! `claimlens eval …`: scores the engine against annotated corpora.

mod brat;
mod factuality;
mod gum;
mod hedges;
pub mod metrics;
mod polnear;
mod verification;

/// Dispatches `eval SUBCOMMAND …`.
pub fn run(args: &[String]) -> Result<(), String> {
    let rest = &args[1.min(args.len())..];
    match args.first().map(String::as_str) {
        Some("polnear") => polnear::run(rest),
        Some("gum") => gum::run(rest),
        Some("hedges") => hedges::run(rest),
        Some("verification") => verification::run(rest),
        Some("factuality") => factuality::run(rest),
        _ => Err("eval needs one of: polnear, gum, hedges, verification, factuality".into()),
    }
}
