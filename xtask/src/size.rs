//! `cargo xtask size`: raw and gzip -9 size of every file a browser downloads
//! for the demo page and for the embed (`dist/embed/`), and the embed's size
//! guard that `cargo xtask test` runs.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// Files the demo page loads (relative to `dist/`).
pub const DEMO_FILES: &[&str] = &[
    "index.html",
    "style.css",
    "pkg/claimlens_widget.js",
    "pkg/claimlens_widget_bg.wasm",
];

/// Prints the size table of the demo's downloads.
pub fn report(dist: &Path) -> Result<(), String> {
    if !dist.join("index.html").exists() {
        return Err("dist/ is not built: run `cargo xtask build` first".into());
    }
    let rows = sizes(dist, DEMO_FILES)?;
    print_table("demo page", &rows);
    crate::embed::report(dist)
}

/// The embed's download budget this round: total gzip -9 bytes of the files a
/// browser downloads for `dist/embed/` (1 KB = 1,000 bytes; product goal 150 KB).
pub const EMBED_BUDGET_GZIP: u64 = 300_000;

/// The files a browser downloads for the embed ([`crate::embed::EMBED_FILES`]),
/// with their sizes; empty when the embed is not built.
pub fn embed_sizes(dist: &Path) -> Result<Vec<(String, u64, u64)>, String> {
    if !dist.join("embed").is_dir() {
        return Ok(Vec::new());
    }
    sizes(dist, crate::embed::EMBED_FILES)
}

/// Fails when `dist/embed/` is missing or its download passes
/// [`EMBED_BUDGET_GZIP`]. Run by `cargo xtask test` after the build.
pub fn guard_embed(dist: &Path) -> Result<(), String> {
    let rows = embed_sizes(dist)?;
    if rows.is_empty() {
        return Err("size guard: dist/embed/ was not built".into());
    }
    let gzip: u64 = rows.iter().map(|r| r.2).sum();
    if gzip > EMBED_BUDGET_GZIP {
        print_table("dist/embed/", &rows);
        return Err(format!(
            "size guard: dist/embed/ downloads {gzip} bytes gzip -9, over its budget of {EMBED_BUDGET_GZIP}"
        ));
    }
    eprintln!(
        "xtask: size guard: dist/embed/ downloads {gzip} bytes gzip -9, within its budget of {EMBED_BUDGET_GZIP}"
    );
    Ok(())
}

/// (file, raw bytes, gzip -9 bytes) for each file.
pub fn sizes(dist: &Path, files: &[&str]) -> Result<Vec<(String, u64, u64)>, String> {
    files
        .iter()
        .map(|f| {
            let bytes =
                std::fs::read(dist.join(f)).map_err(|e| format!("cannot read dist/{f}: {e}"))?;
            Ok((f.to_string(), bytes.len() as u64, gzip9_len(&bytes)?))
        })
        .collect()
}

/// Prints a size table with a total row.
pub fn print_table(title: &str, rows: &[(String, u64, u64)]) {
    println!("{title}: file sizes (bytes)");
    println!("{:<40} {:>10} {:>10}", "file", "raw", "gzip -9");
    for (f, raw, gz) in rows {
        println!("{f:<40} {raw:>10} {gz:>10}");
    }
    let (raw, gz) = rows.iter().fold((0, 0), |(a, b), r| (a + r.1, b + r.2));
    println!("{:<40} {raw:>10} {gz:>10}", "total");
}

/// Length of `bytes` compressed by `gzip -9`.
pub fn gzip9_len(bytes: &[u8]) -> Result<u64, String> {
    let mut child = Command::new("gzip")
        .args(["-9", "-c", "-n"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run gzip: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("gzip has no stdin")?;
    let data = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&data));
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    writer
        .join()
        .map_err(|_| "gzip writer panicked")?
        .map_err(|e| e.to_string())?;
    Ok(out.stdout.len() as u64)
}
