//! `claimlens`: analyse news articles from the command line and evaluate the
//! engine against annotated corpora.
//!
//! ```text
//! claimlens analyze FILE|-            print the analysis as JSON (--html: an annotated page)
//! claimlens eval polnear DIR [--json]
//! claimlens eval gum DIR [--json]
//! claimlens eval hedges CSV [--json]
//! claimlens eval verification JSONL TEXTDIR [--json]
//! claimlens eval factuality FILE [--json]
//! ```

#[macro_use]
mod out;
mod analyze_cmd;
mod eval;
mod html;

use std::process::ExitCode;

const USAGE: &str = "usage:
  claimlens analyze FILE|- [--reviews CLAIMREVIEW.json] [--compact | --html]
  claimlens eval polnear DIR [--json]
  claimlens eval gum DIR [--json]
  claimlens eval hedges CSV [--json]
  claimlens eval verification JSONL TEXTDIR [--json]
  claimlens eval factuality FILE [--json]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("analyze") => analyze_cmd::run(&args[1..]),
        Some("eval") => eval::run(&args[1..]),
        Some("-h" | "--help" | "help") => {
            outln!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown or missing command\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("claimlens: {message}");
            ExitCode::from(2)
        }
    }
}
