//! `cargo xtask fuzz [--seconds N] [--target NAME]`: runs the libFuzzer targets
//! in `fuzz/` one after the other, N seconds each (default 60), and prints the
//! executions of each. Installs the nightly toolchain and cargo-fuzz first when
//! they are missing, and says what it installed and what it ran.
//!
//! New interesting inputs go to `fuzz/corpus/<target>/` (not committed); the
//! kept seeds in `fuzz/seeds/<target>/` are read too and replayed natively by
//! `cargo test` (crates/engine/tests/hostile_seeds.rs, crates/anchoring/tests/fuzz_seeds.rs).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::cmd;

/// The fuzz targets, in the order they run, with the longest input each tries:
/// short inputs keep the executions fast; long inputs (5 MB, 10,000 sentences)
/// are covered by the hostile-input tests instead.
const TARGETS: &[(&str, u32)] = &[
    ("analyze", 1024),
    ("json", 1024),
    ("offsets", 128),
    ("segments", 1024),
];

/// Parses the arguments, installs what is missing and runs the targets.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let (seconds, only) = parse_args(args)?;
    ensure_tools()?;
    let targets: Vec<(&str, u32)> = match &only {
        Some(t) => match TARGETS.iter().find(|(name, _)| name == t) {
            Some(&found) => vec![found],
            None => return Err(format!("unknown fuzz target `{t}` (have {TARGETS:?})")),
        },
        None => TARGETS.to_vec(),
    };
    let mut rows = Vec::new();
    for (target, max_len) in targets {
        rows.push(run_target(root, target, max_len, seconds)?);
    }
    println!("\nfuzzing summary ({seconds} s per target, libFuzzer via cargo fuzz, nightly)");
    println!(
        "{:<10} {:>14} {:>10} {:>12} {:>8}",
        "target", "executions", "seconds", "exec/s", "corpus"
    );
    let mut total = 0u64;
    for (target, execs, secs, corpus) in &rows {
        total += execs;
        let rate = *execs as f64 / secs.max(1e-9);
        println!("{target:<10} {execs:>14} {secs:>10.0} {rate:>12.0} {corpus:>8}");
    }
    println!(
        "{:<10} {total:>14}   no crash, no panic, no invariant broken",
        "total"
    );
    Ok(())
}

fn parse_args(args: &[String]) -> Result<(u64, Option<String>), String> {
    let usage = "usage: cargo xtask fuzz [--seconds N] [--target analyze|json|offsets|segments]";
    let (mut seconds, mut target) = (60, None);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value = it.next().ok_or(usage)?;
        match flag.as_str() {
            "--seconds" => seconds = value.parse().map_err(|_| usage.to_string())?,
            "--target" => target = Some(value.clone()),
            _ => return Err(usage.into()),
        }
    }
    Ok((seconds, target))
}

/// Nightly (libFuzzer needs `-Z sanitizer`) and cargo-fuzz, installed only if absent.
fn ensure_tools() -> Result<(), String> {
    let toolchains =
        cmd::output(Command::new("rustup").args(["toolchain", "list"])).unwrap_or_default();
    if !toolchains.lines().any(|l| l.starts_with("nightly")) {
        eprintln!("xtask: fuzz: installing the nightly toolchain (rustup, minimal profile)");
        cmd::run(Command::new("rustup").args([
            "toolchain",
            "install",
            "nightly",
            "--profile",
            "minimal",
        ]))?;
    }
    if cmd::output(Command::new("cargo").args(["fuzz", "--version"])).is_none() {
        eprintln!("xtask: fuzz: installing cargo-fuzz from crates.io");
        cmd::run(Command::new("cargo").args(["install", "cargo-fuzz", "--locked"]))?;
    } else {
        eprintln!("xtask: fuzz: nightly and cargo-fuzz already installed");
    }
    Ok(())
}

/// Runs one target; returns (target, executions, seconds, corpus files).
fn run_target(
    root: &Path,
    target: &str,
    max_len: u32,
    seconds: u64,
) -> Result<(String, u64, f64, usize), String> {
    let corpus = root.join("fuzz/corpus").join(target);
    std::fs::create_dir_all(&corpus)
        .map_err(|e| format!("cannot create {}: {e}", corpus.display()))?;
    // No sanitizer: every claimlens crate forbids unsafe code, so AddressSanitizer
    // would only slow the search down; panics and broken invariants abort anyway.
    let fuzz_args = format!(
        "run --fuzz-dir fuzz --sanitizer none {target} fuzz/corpus/{target} fuzz/seeds/{target} \
         -- -max_total_time={seconds} -max_len={max_len} -timeout=10 -print_final_stats=1"
    );
    let mut command = Command::new("rustup");
    command
        .args(["run", "nightly", "cargo", "fuzz"])
        .args(fuzz_args.split_whitespace())
        .current_dir(root)
        // The outer cargo's settings would pin the stable toolchain.
        .env_remove("CARGO")
        .env_remove("RUSTUP_TOOLCHAIN")
        .env_remove("RUSTC")
        .stdout(Stdio::inherit())
        .stderr(Stdio::piped());
    eprintln!("xtask: fuzz: running `rustup run nightly cargo fuzz {fuzz_args}`");
    let started = Instant::now();
    let out = command
        .output()
        .map_err(|e| format!("cannot start cargo fuzz: {e}"))?;
    let elapsed = started.elapsed().as_secs_f64();
    let log = String::from_utf8_lossy(&out.stderr);
    let log_path = root.join("target").join(format!("fuzz-{target}.log"));
    let _ = std::fs::create_dir_all(root.join("target"));
    let _ = std::fs::write(&log_path, log.as_bytes());
    if !out.status.success() {
        let tail: Vec<&str> = log.lines().rev().take(40).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(format!(
            "fuzz target `{target}` failed ({}); full log in {}:\n{}",
            out.status,
            log_path.display(),
            tail.join("\n")
        ));
    }
    let execs = stat(&log, "stat::number_of_executed_units:")
        .ok_or_else(|| format!("no execution count in {}", log_path.display()))?;
    let fuzz_secs = done_seconds(&log).unwrap_or(elapsed);
    let files = std::fs::read_dir(&corpus).map(|d| d.count()).unwrap_or(0);
    eprintln!(
        "xtask: fuzz: {target}: {execs} executions in {fuzz_secs:.0} s, corpus {files} files"
    );
    Ok((target.to_string(), execs, fuzz_secs, files))
}

/// The value after `key` on libFuzzer's final-stats line.
fn stat(log: &str, key: &str) -> Option<u64> {
    log.lines()
        .rev()
        .find_map(|l| l.trim().strip_prefix(key))
        .and_then(|v| v.trim().parse().ok())
}

/// Seconds from libFuzzer's closing `Done N runs in S second(s)` line.
fn done_seconds(log: &str) -> Option<f64> {
    let line = log.lines().rev().find(|l| l.starts_with("Done "))?;
    let words: Vec<&str> = line.split_whitespace().collect();
    words.get(4)?.parse().ok()
}
