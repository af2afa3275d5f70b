//! `dist/embed/`: everything a publisher hosts to embed claimlens — the ES
//! module `claimlens.js` (copied from `www/embed/` with the rest of `www/`) and
//! the wasm-bindgen package it loads from `./pkg/`, relative to its own URL.
//!
//! The embed has its own wasm build without the demo page and the extension
//! panel (see `build.rs`), so publishers' readers download less; the folder is
//! self-contained and can be hosted anywhere on its own.

use std::path::Path;

use crate::size::{print_table, sizes};

/// Files a browser downloads for the embed (relative to `dist/`).
pub const EMBED_FILES: &[&str] = &[
    "embed/claimlens.js",
    "embed/pkg/claimlens_widget.js",
    "embed/pkg/claimlens_widget_bg.wasm",
    // Fetched on pages with a long article (it loads the same glue and wasm).
    "embed/worker.js",
];

/// Checks every embed file is in `dist/embed/`.
pub fn assemble(dist: &Path) -> Result<(), String> {
    for file in EMBED_FILES {
        if !dist.join(file).is_file() {
            return Err(format!(
                "dist/{file} is missing after assembling dist/embed/"
            ));
        }
    }
    Ok(())
}

/// Prints the embed's download sizes (raw and gzip -9).
pub fn report(dist: &Path) -> Result<(), String> {
    let rows = sizes(dist, EMBED_FILES)?;
    print_table("embed (dist/embed/)", &rows);
    Ok(())
}
