//! The release build: the widget compiled to wasm, bound by wasm-bindgen,
//! shrunk by wasm-opt, and the static files around it, all into `dist/`.
//!
//! `dist/index.html` is the demo page; `dist/pkg/` holds the glue and wasm of
//! the full build (demo page and extension panel); `dist/embed/pkg/` holds the
//! embed's smaller build (`--no-default-features`: no demo, no extension
//! panel); everything in `www/` is copied beside them, and the embed's
//! JavaScript is minified.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::cmd;
use crate::setup::Tools;

/// Builds everything into `root/dist`.
pub fn build(root: &Path, tools: &Tools) -> Result<(), String> {
    let dist = root.join("dist");
    if dist.exists() {
        std::fs::remove_dir_all(&dist).map_err(|e| format!("cannot clear dist/: {e}"))?;
    }
    // Both builds write the same artifact path, so each is bound right away.
    let full = build_wasm(root, &[])?;
    bind(tools, &full, &dist.join("pkg"))?;
    let embed = build_wasm(root, &["--no-default-features"])?;
    let embed_pkg = dist.join("embed").join("pkg");
    bindgen(tools, &embed, &embed_pkg)?;
    // Only the embed, before wasm-opt (which then drops what only panics
    // reached): the full build runs Yew, whose panic hook prints the message.
    let trapping = crate::panics::trap_at_once(&embed_pkg.join("claimlens_widget_bg.wasm"))?;
    eprintln!("xtask: {trapping} panic functions in the embed trap at once");
    optimize(tools, &embed_pkg)?;
    // Only the embed, whose download has a budget (about 4 KB of it were
    // these names); the full build keeps wasm-bindgen's names.
    crate::short_names::shorten(&dist.join("embed").join("pkg"), "claimlens_widget")?;
    // Also only the embed: the full build runs Yew, whose panic hook prints
    // the locations to the console.
    let stripped = crate::locations::strip(
        &dist
            .join("embed")
            .join("pkg")
            .join("claimlens_widget_bg.wasm"),
    )?;
    eprintln!("xtask: {stripped} panic locations in the embed emptied");
    copy_tree(&root.join("www"), &dist)?;
    copy_file(&root.join("index.html"), &dist.join("index.html"))?;
    crate::embed::assemble(&dist)?;
    for file in crate::embed::EMBED_FILES
        .iter()
        .filter(|f| f.ends_with(".js"))
    {
        minify(tools, &dist.join(file))?;
    }
    eprintln!("xtask: built {}", dist.display());
    Ok(())
}

/// Compiles the widget crate for wasm32 with the size-tuned `wasm` profile
/// (`extra`: feature flags).
fn build_wasm(root: &Path, extra: &[&str]) -> Result<PathBuf, String> {
    cmd::run(
        cmd::cargo(root)
            .args([
                "build",
                "--profile",
                "wasm",
                "--target",
                "wasm32-unknown-unknown",
                "-p",
                "claimlens-widget",
                "--lib",
            ])
            .args(extra),
    )?;
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    Ok(target.join("wasm32-unknown-unknown/wasm/claimlens_widget.wasm"))
}

/// Runs wasm-bindgen (ES module glue) and wasm-opt (-Os, see below) into `out`.
fn bind(tools: &Tools, wasm: &Path, out: &Path) -> Result<(), String> {
    bindgen(tools, wasm, out)?;
    optimize(tools, out)
}

/// Runs wasm-bindgen (ES module glue) into `out`.
fn bindgen(tools: &Tools, wasm: &Path, out: &Path) -> Result<(), String> {
    cmd::run(
        Command::new(&tools.wasm_bindgen)
            .args(["--target", "web", "--no-typescript", "--out-dir"])
            .arg(out)
            .arg(wasm),
    )
}

/// Runs wasm-opt (-Os, see below) on the bound wasm in `out`, in place.
fn optimize(tools: &Tools, out: &Path) -> Result<(), String> {
    let bound = out.join("claimlens_widget_bg.wasm");
    cmd::run(
        Command::new(&tools.wasm_opt)
            // Functions in name order, so that the copies of one generic
            // (`Vec::from_iter`, `Iterator::fold`, …) sit side by side where
            // gzip's window finds them alike: 0.8 KB less gzip of embed wasm
            // (292,065 → 291,274 bytes on 2026-11-27). Before -Os, which then
            // works on the ordered module (after it: 291,307).
            .arg("--reorder-functions-by-name")
            // -Os, not -Oz: to convergence it leaves the embed 0.36 KB smaller
            // gzipped (291,621 → 291,259 bytes of wasm on 2026-11-26; -O3
            // 292,279), and Chromium ran all three equally fast (same-page A/B,
            // median of 11 passes over PolNeAR dev: 1.94 / 1.92 / 1.92 ms per
            // 1,000 words, within noise).
            .arg("-Os")
            // Repeat while it still shrinks the module (about 0.5 KB gzip).
            .arg("--converge")
            // No inlining of a function just because it has one caller: by
            // default wasm-opt folded most of the engine into one 190 KB
            // function, which V8 compiles whole before the first analysis.
            // Without it the embed is 8.8 KB smaller gzipped and the cold
            // `prepare()` 26 → 17 ms (node, 7 runs each), for about 1 % more
            // steady `analyze` time.
            .arg("--one-caller-inline-max-function-size=0")
            // Constant address offsets fold into loads and stores (about
            // 0.5 KB gzip). Sound here: rustc's wasm32 target puts the stack
            // first, below 1 MB, so only a stack already overflowing would
            // reach the low kilobyte this lets wasm-opt assume unused.
            .arg("--low-memory-unused")
            // The toolchain's name and the feature list are for tools, not
            // browsers (0.2 KB).
            .args(["--strip-producers", "--strip-target-features"])
            // The features rustc's wasm32 target emits by default.
            .args([
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "--enable-sign-ext",
                "--enable-mutable-globals",
                "--enable-reference-types",
                "--enable-multivalue",
            ])
            .arg(&bound)
            .arg("-o")
            .arg(&bound),
    )
}

/// Minifies an ES module in place with terser (compress + mangle, no
/// comments). Only the embed's files: publishers download them on every page,
/// and they count against its size budget; the readable sources are in `www/`
/// and wasm-bindgen's output.
fn minify(tools: &Tools, file: &Path) -> Result<(), String> {
    cmd::run(
        Command::new(&tools.terser)
            .arg(file)
            .args(["--module", "--compress", "--mangle", "--comments", "false"])
            .arg("--output")
            .arg(file),
    )
}

/// Copies a directory tree (files and folders) into `to`.
pub fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    let entries =
        std::fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| e.to_string())?;
        let path = entry.path();
        let dest = to.join(entry.file_name());
        if path.is_dir() {
            copy_tree(&path, &dest)?;
        } else {
            copy_file(&path, &dest)?;
        }
    }
    Ok(())
}

/// Copies one file.
pub fn copy_file(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}
