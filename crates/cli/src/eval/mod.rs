//! `claimlens eval …`: scores the engine against annotated corpora.

/// Dispatches `eval SUBCOMMAND …`.
pub fn run(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some(name @ ("polnear" | "gum" | "hedges" | "verification" | "factuality")) => {
            Err(format!("eval {name} is not built yet"))
        }
        _ => Err("eval needs one of: polnear, gum, hedges, verification, factuality".into()),
    }
}
