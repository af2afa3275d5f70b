//! `cargo xtask bench [--corpus DIR] [--json]`: every speed and size figure in
//! one run, checked against the budgets.
//!
//! 1. native `analyze` throughput (release build, median of 5 runs);
//! 2. one headless Chromium session (bench/run.mjs): claimlens wasm `analyze`,
//!    wink-nlp (sentences + tokens + POS) and compromise (parse + quotations) on
//!    the same texts, median of 7 passes after 2 warm-ups; peak wasm memory; the
//!    longest main-thread task on a 10,000-word article; navigation → highlights
//!    painted, median of 10 cold loads (and, for scale, the same page's first
//!    contentful paint with claimlens taken out);
//! 3. raw and gzip -9 size of every file a browser downloads for the demo and
//!    for `dist/embed/`.
//!
//! The peers come from npm into `bench/node_modules`, which nothing shipped uses.
//! Prints a table (and with `--json` one JSON object); fails if a budget is missed.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};

use crate::{build, cmd, setup, size};

/// Chromium: claimlens analyze, ms per 1,000 words.
const BUDGET_WASM_MS_PER_1K: f64 = 1.0;
/// Navigation → highlights painted, ms.
const BUDGET_NAV_MS: f64 = 150.0;
/// Longest main-thread task, ms.
const BUDGET_TASK_MS: f64 = 50.0;

/// The page timed from navigation to highlights, and what counts as painted.
const NAV_PAGE: (&str, &str) = ("examples/news-article.html", "article.story cl-mark");

/// Runs the benchmark.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let (corpus, as_json) = parse_args(root, args)?;
    let load_before = load_average();

    eprintln!("xtask: bench: native analyze over {}", corpus.display());
    let native = native(root, &corpus)?;

    let tools = setup::ensure_all(root)?;
    build::build(root, &tools)?;
    ensure_bench_npm(root)?;
    eprintln!("xtask: bench: headless Chromium (bench/run.mjs)");
    let browser = browser(root, &corpus, &tools.chromium)?;

    let dist = root.join("dist");
    let demo = size::sizes(&dist, size::DEMO_FILES)?;
    let embed = size::embed_sizes(&dist)?;
    let report = json!({
        "date": cmd::output(Command::new("date").args(["-u", "+%Y-%m-%d %H:%M UTC"])).unwrap_or_default().trim(),
        "machine": machine(),
        "load_before": load_before,
        "load_after": load_average(),
        "command": format!("cargo xtask bench --corpus {}", corpus.display()),
        "native": native,
        "browser": browser,
        "sizes": { "demo": size_json(&demo), "embed": size_json(&embed) },
    });
    let misses = print_table(&report, &demo, &embed);
    if as_json {
        println!("{report}");
    }
    if misses.is_empty() {
        Ok(())
    } else {
        Err(format!("budget missed: {}", misses.join("; ")))
    }
}

fn parse_args(root: &Path, args: &[String]) -> Result<(PathBuf, bool), String> {
    let usage = "usage: cargo xtask bench [--corpus DIR] [--json]";
    let mut corpus = None;
    let mut as_json = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => as_json = true,
            "--corpus" => corpus = Some(PathBuf::from(it.next().ok_or(usage)?)),
            _ => return Err(usage.into()),
        }
    }
    let shared = root.join("../shared/data/polnear/dev/text");
    let corpus = corpus.unwrap_or_else(|| {
        if shared.is_dir() {
            shared
        } else {
            root.join("www/samples")
        }
    });
    let corpus = corpus
        .canonicalize()
        .map_err(|e| format!("corpus {}: {e}", corpus.display()))?;
    Ok((corpus, as_json))
}

/// Release build of bench/native, run over the corpus; its JSON line.
fn native(root: &Path, corpus: &Path) -> Result<Value, String> {
    let out = cmd::output(
        cmd::cargo(root)
            .args(["run", "--release", "--quiet", "-p", "claimlens-bench", "--"])
            .arg(corpus)
            .args(["--runs", "5"]),
    )
    .ok_or("the native benchmark (claimlens-bench) failed")?;
    serde_json::from_str(out.trim()).map_err(|e| format!("native bench output: {e}"))
}

/// `npm ci` in bench/ when its lockfile changed (stamp as in set-up).
fn ensure_bench_npm(root: &Path) -> Result<(), String> {
    let dir = root.join("bench");
    let lock = std::fs::read_to_string(dir.join("package-lock.json"))
        .map_err(|e| format!("cannot read bench/package-lock.json: {e}"))?;
    let stamp = dir.join("node_modules/.claimlens-lock");
    if std::fs::read_to_string(&stamp).unwrap_or_default() != lock {
        eprintln!("xtask: bench: installing the peers (npm ci in bench/)");
        cmd::run(
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
                .current_dir(&dir),
        )?;
        std::fs::write(&stamp, &lock).map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn browser(root: &Path, corpus: &Path, chromium: &Path) -> Result<Value, String> {
    let mut command = Command::new("node");
    command
        .arg(root.join("bench/run.mjs"))
        .arg("--dist")
        .arg(root.join("dist"))
        .arg("--corpus")
        .arg(corpus)
        .args(["--nav", NAV_PAGE.0, "--nav-selector", NAV_PAGE.1])
        .env("CLAIMLENS_CHROMIUM", chromium)
        .current_dir(root);
    let out = cmd::output(&mut command).ok_or("the browser benchmark (bench/run.mjs) failed")?;
    serde_json::from_str(out.trim()).map_err(|e| format!("browser bench output: {e}"))
}

fn size_json(rows: &[(String, u64, u64)]) -> Value {
    let files: Vec<Value> = rows
        .iter()
        .map(|(f, raw, gz)| json!({"file": f, "raw": raw, "gzip9": gz}))
        .collect();
    let (raw, gz) = totals(rows);
    json!({"files": files, "total_raw": raw, "total_gzip9": gz})
}

fn totals(rows: &[(String, u64, u64)]) -> (u64, u64) {
    rows.iter().fold((0, 0), |(a, b), r| (a + r.1, b + r.2))
}

/// CPU model and core count, kernel.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .map(|l| l.trim_start_matches([' ', '\t', ':']).to_string())
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let kernel = cmd::output(Command::new("uname").args(["-sr"])).unwrap_or_default();
    format!("{model}, {cores} cores, {}", kernel.trim())
}

/// The 1-minute load average.
fn load_average() -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(f64::NAN)
}

fn num(v: &Value, path: &[&str]) -> f64 {
    path.iter()
        .fold(v, |v, k| &v[*k])
        .as_f64()
        .unwrap_or(f64::NAN)
}

/// Prints the summary table and the per-file sizes; returns the budgets missed.
fn print_table(
    r: &Value,
    demo: &[(String, u64, u64)],
    embed: &[(String, u64, u64)],
) -> Vec<String> {
    let mut misses = Vec::new();
    let mut verdict = |ok: bool, what: &str| {
        if !ok {
            misses.push(what.to_string());
        }
        if ok {
            "met"
        } else {
            "MISSED"
        }
    };
    let b = &r["browser"];
    let lib = |name: &str| num(b, &["libraries", name, "ms_per_1000_words"]);
    let (ours, wink, compromise) = (lib("claimlens"), lib("wink"), lib("compromise"));
    let (_, embed_gz) = totals(embed);
    let (_, demo_gz) = totals(demo);
    let nav = num(b, &["navigation", "median_ms"]);
    let wasm_ok = ours <= BUDGET_WASM_MS_PER_1K && ours <= wink;
    let embed_ok = !embed.is_empty() && embed_gz <= size::EMBED_BUDGET_GZIP;

    println!(
        "\nclaimlens bench — {} — {}",
        r["date"].as_str().unwrap_or(""),
        r["machine"].as_str().unwrap_or("")
    );
    println!(
        "load average {:.2} before, {:.2} after · {} · corpus {} ({} files, {} words)",
        num(r, &["load_before"]),
        num(r, &["load_after"]),
        b["chromium"]
            .as_str()
            .map_or(String::new(), |v| format!("Chromium {v}")),
        b["corpus"].as_str().unwrap_or(""),
        b["files"],
        b["words"]
    );
    println!("command: {}\n", r["command"].as_str().unwrap_or(""));
    println!("| measurement | result | budget | |");
    println!("|---|---|---|---|");
    println!(
        "| native `analyze` (release, median of 5) | {:.3} ms per 1,000 words ({:.0} words/s; CPU time {:.2} ms) | — | |",
        num(r, &["native", "ms_per_1000_words"]),
        num(r, &["native", "words_per_s"]),
        num(r, &["native", "cpu_ms_per_1000_words"])
    );
    println!("| Chromium: claimlens `analyze` (wasm) | {ours:.3} ms per 1,000 words | ≤ {BUDGET_WASM_MS_PER_1K:.1} ms and ≤ wink | {} |",
        verdict(wasm_ok, "wasm analyze speed"));
    println!(
        "| Chromium: wink-nlp sentences + tokens + POS | {wink:.3} ms per 1,000 words | — | |"
    );
    println!("| Chromium: compromise parse + `.quotations()` | {compromise:.3} ms per 1,000 words | — | |");
    println!(
        "| `dist/embed/` download, gzip -9 | {} | ≤ {} | {} |",
        if embed.is_empty() {
            "not built".to_string()
        } else {
            kb(embed_gz)
        },
        kb(size::EMBED_BUDGET_GZIP),
        verdict(embed_ok, "dist/embed/ size")
    );
    println!("| demo page download, gzip -9 | {} | — | |", kb(demo_gz));
    println!("| navigation → highlights painted, `{}` (median of 10 cold loads) | {nav:.1} ms | ≤ {BUDGET_NAV_MS} ms | {} |",
        NAV_PAGE.0, verdict(nav <= BUDGET_NAV_MS, "navigation → highlights"));
    println!(
        "| the same page without claimlens: navigation → first contentful paint (median of 10 cold loads) | {:.1} ms | — | |",
        num(b, &["navigation", "page_alone_fcp_median_ms"])
    );
    println!(
        "| cold start, fresh page (median of 10): wasm load / `prepare()` / first and second `analyze` of a {}-word article | {:.1} / {:.1} / {:.1} / {:.1} ms | — | |",
        num(b, &["cold_start", "words"]),
        num(b, &["cold_start", "load_median_ms"]),
        num(b, &["cold_start", "prepare_median_ms"]),
        num(b, &["cold_start", "first_median_ms"]),
        num(b, &["cold_start", "second_median_ms"])
    );
    long_task_rows(b, &mut verdict);
    println!(
        "| peak wasm linear memory, whole corpus | {:.1} MiB | — | |",
        num(b, &["wasm_memory", "peak_bytes"]) / 1_048_576.0
    );
    if let Some(peers) = b["peer_sizes"].as_object() {
        for (name, s) in peers {
            println!(
                "| peer download: {name}, gzip -9 | {} | — | |",
                kb(s["gzip9"].as_u64().unwrap_or(0))
            );
        }
    }
    println!();
    size::print_table("demo page", demo);
    if !embed.is_empty() {
        println!();
        size::print_table("dist/embed/", embed);
    }
    misses
}

/// Bytes as kilobytes (1 KB = 1,000 bytes), one decimal.
fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

/// One row per long-article path measured; the budget applies to the product
/// path: the embed's `annotate()` when it is built, else `analyze()`.
fn long_task_rows(b: &Value, verdict: &mut impl FnMut(bool, &str) -> &'static str) {
    let judged = if b["long_article"]["embed"].is_object() {
        "embed"
    } else {
        "analyze"
    };
    for (article, label) in [("long_article", "10,000-word"), ("huge_article", "5 MB")] {
        for mode in ["analyze", "worker", "embed"] {
            let m = &b[article][mode];
            if !m.is_object() {
                continue;
            }
            let task = num(m, &["longest_task_ms"]);
            let none = m["longest_task_ms"].is_null();
            let unfinished = m["finished"] == Value::Bool(false);
            let text = if unfinished {
                format!(
                    "did not finish within {:.0} s",
                    num(m, &["limit_ms"]) / 1000.0
                )
            } else if none {
                "< 50 ms (no long task)".to_string()
            } else {
                format!("{task:.1} ms")
            };
            let (budget, result) = if article == "long_article" && mode == judged {
                let ok = !unfinished && (none || task <= BUDGET_TASK_MS);
                (
                    format!("≤ {BUDGET_TASK_MS} ms"),
                    verdict(ok, "longest main-thread task"),
                )
            } else {
                ("—".to_string(), "")
            };
            let wall = if unfinished {
                String::new()
            } else {
                format!(" (wall {:.1} ms)", num(m, &["wall_median_ms"]))
            };
            println!(
                "| longest main-thread task, {label} article, {}{wall} | {text} | {budget} | {result} |",
                mode_name(mode),
            );
        }
    }
}

/// What each long-article path does, for the table.
fn mode_name(mode: &str) -> &'static str {
    match mode {
        "worker" => "`analyze` in the worker (dist/embed/worker.js)",
        "embed" => "embed `annotate()` (read, analyse, highlight, panel)",
        _ => "`analyze()` on the main thread",
    }
}
