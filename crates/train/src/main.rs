//! `claimlens-train`: trains the models the claimlens engine embeds.
//!
//! ```text
//! cargo xtask train attribution [--data DIR] [--epochs N] [--bits B] [--out FILE] [--check]
//! ```
//!
//! Run from the repository root (xtask does this); the data directory defaults
//! to `../shared/data`. Training is deterministic: files are read in sorted
//! order and no randomness is used, so the same data gives the same bytes.

mod corpus;
mod export;
mod perceptron;
mod score;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str =
    "usage: claimlens-train attribution [--data DIR] [--epochs N] [--bits B] [--out FILE] [--check]
  --data DIR    shared data directory (default ../shared/data)
  --epochs N    perceptron epochs (default 15; the best epoch on PolNeAR dev is kept)
  --bits B      log2 of the feature slots (default 15)
  --out FILE    weight file (default crates/engine/data/attribution_tagger.bin)
  --check       write nothing; fail unless training reproduces the existing files byte for byte";

/// Options of `train attribution`.
pub struct Options {
    /// Shared data directory.
    pub data: PathBuf,
    /// Number of epochs.
    pub epochs: usize,
    /// log2 of the feature slots.
    pub bits: u32,
    /// Output weight file.
    pub out: PathBuf,
    /// Compare with the files at `out` instead of writing them.
    pub check: bool,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        data: PathBuf::from("../shared/data"),
        epochs: 15,
        bits: 15,
        out: PathBuf::from("crates/engine/data/attribution_tagger.bin"),
        check: false,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut val = || it.next().cloned().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--data" => o.data = PathBuf::from(val()?),
            "--epochs" => o.epochs = val()?.parse().map_err(|_| "bad --epochs")?,
            "--bits" => o.bits = val()?.parse().map_err(|_| "bad --bits")?,
            "--out" => o.out = PathBuf::from(val()?),
            "--check" => o.check = true,
            other => return Err(format!("unexpected argument `{other}`\n{USAGE}")),
        }
    }
    if !(10..=20).contains(&o.bits) {
        return Err("--bits must be between 10 and 20".into());
    }
    Ok(o)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("attribution") => parse(&args[1..]).and_then(|o| perceptron::train_attribution(&o)),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("claimlens-train: {e}");
            ExitCode::from(2)
        }
    }
}
