//! `claimlens-bench DIR [--runs N] [--once]`: analyses every `.txt` file in DIR
//! once to warm up, then N times (default 5), and prints one JSON object with the
//! word count, each run's milliseconds, the median and the throughput.
//! `--once` analyses the corpus a single time and prints nothing: the workload
//! for `valgrind --tool=callgrind`.

use std::path::{Path, PathBuf};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: claimlens-bench DIR [--runs N] [--once]");
        std::process::exit(2);
    };
    let runs = args
        .windows(2)
        .find(|w| w[0] == "--runs")
        .and_then(|w| w[1].parse().ok())
        .unwrap_or(5);
    let texts = read_corpus(Path::new(dir));
    if texts.is_empty() {
        eprintln!("claimlens-bench: no .txt file in {dir}");
        std::process::exit(1);
    }
    if args.iter().any(|a| a == "--once") {
        let claims: usize = texts
            .iter()
            .map(|t| claimlens_engine::analyze(t).claims.len())
            .sum();
        eprintln!("claimlens-bench: {claims} claims");
        return;
    }
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let claims = pass(&texts); // warm-up: lexicons and the tagger model load lazily
    let (mut wall, mut cpu) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let (started, cpu_start) = (Instant::now(), cpu_ms());
        std::hint::black_box(pass(&texts));
        wall.push(started.elapsed().as_secs_f64() * 1000.0);
        cpu.push(cpu_ms() - cpu_start);
    }
    let runs_json: Vec<String> = wall.iter().map(|t| format!("{t:.3}")).collect();
    let cpu_json: Vec<String> = cpu.iter().map(|t| format!("{t:.0}")).collect();
    let (median, cpu_median) = (median(&wall), median(&cpu));
    println!(
        "{{\"files\":{},\"words\":{words},\"claims\":{claims},\"runs_ms\":[{}],\"cpu_runs_ms\":[{}],\"median_ms\":{median:.3},\"cpu_median_ms\":{cpu_median:.0},\"words_per_s\":{:.0},\"ms_per_1000_words\":{:.4},\"cpu_ms_per_1000_words\":{:.4}}}",
        texts.len(),
        runs_json.join(","),
        cpu_json.join(","),
        words as f64 / (median / 1000.0),
        median / words as f64 * 1000.0,
        cpu_median / words as f64 * 1000.0
    );
}

fn median(xs: &[f64]) -> f64 {
    let mut sorted = xs.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted[sorted.len() / 2]
}

/// CPU time this process has used (user + system), in ms, from /proc/self/stat
/// (10 ms ticks): unlike wall time, it does not grow when other processes
/// share the cores, so a run on a busy machine still gives a fair figure.
fn cpu_ms() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which is in parentheses): utime is the
    // 12th, stime the 13th of the rest.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let tick = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok());
    match (tick(11), tick(12)) {
        (Some(u), Some(s)) => (u + s) * 10.0,
        _ => f64::NAN,
    }
}

/// Analyses every text; returns the number of claims found.
fn pass(texts: &[String]) -> usize {
    texts
        .iter()
        .map(|t| claimlens_engine::analyze(t).claims.len())
        .sum()
}

/// Every `.txt` file in `dir`, sorted by name.
fn read_corpus(dir: &Path) -> Vec<String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            std::fs::read_to_string(p)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
        })
        .collect()
}
