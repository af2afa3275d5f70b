//! `dist/embed/`: everything a publisher hosts to embed claimlens — the ES
//! module `claimlens.js` (copied from `www/embed/` with the rest of `www/`) and
//! the wasm-bindgen package it loads from `./pkg/`, relative to its own URL.
//!
//! The embed shares the demo's wasm (one build); the package is copied so the
//! folder is self-contained and can be hosted anywhere on its own.

use std::path::Path;

use crate::build::copy_tree;
use crate::size::{print_table, sizes};

/// Files a browser downloads for the embed (relative to `dist/`).
pub const EMBED_FILES: &[&str] = &[
    "embed/claimlens.js",
    "embed/pkg/claimlens_widget.js",
    "embed/pkg/claimlens_widget_bg.wasm",
];

/// Copies `dist/pkg` into `dist/embed/pkg` and checks every embed file is there.
pub fn assemble(dist: &Path) -> Result<(), String> {
    copy_tree(&dist.join("pkg"), &dist.join("embed").join("pkg"))?;
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
