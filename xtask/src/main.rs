//! `cargo xtask`: everything beyond `cargo build` — set-up, the wasm build, the
//! demo server, the full test run and size reports.
//!
//! ```text
//! cargo xtask demo [--port N]   set up, build, serve the demo on 127.0.0.1:8080
//! cargo xtask build             set up and build into dist/
//! cargo xtask test              set up, build, run every test (native, wasm, browser)
//! cargo xtask e2e              build, then only the end-to-end browser tests
//! cargo xtask bench [--corpus DIR] [--json]  speed and size against the budgets and peers
//! cargo xtask fuzz [--seconds N] run each libFuzzer target N s (default 60)
//! cargo xtask extension         build, then the browser extensions into dist/extension-*/
//! cargo xtask size              raw and gzip -9 size of every file the demo downloads
//! cargo xtask setup             only install what is missing
//! cargo xtask train ARGS…       train the engine's models (forwards to claimlens-train)
//! ```

mod bench;
mod build;
mod cmd;
mod embed;
mod extension;
mod fuzz;
mod leb128;
mod locations;
mod panics;
mod serve;
mod setup;
mod short_names;
mod size;
mod test;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str =
    "usage: cargo xtask <demo [--port N] | build | test | e2e | extension | size | bench [--corpus DIR] [--json] | fuzz [--seconds N] | setup | train ARGS…>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = repo_root();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::ensure_all(&root).map(|_| ()),
        Some("build") => setup::ensure_all(&root).and_then(|tools| build::build(&root, &tools)),
        Some("demo") => demo(&root, &args[1..]),
        Some("test") => test::run(&root),
        Some("e2e") => test::e2e(&root),
        Some("bench") => bench::run(&root, &args[1..]),
        Some("fuzz") => fuzz::run(&root, &args[1..]),
        Some("extension") => setup::ensure_all(&root)
            .and_then(|tools| build::build(&root, &tools))
            .and_then(|()| extension::assemble(&root)),
        Some("size") => size::report(&root.join("dist")),
        Some("train") => cmd::run(
            cmd::cargo(&root)
                .args(["run", "--release", "--quiet", "-p", "claimlens-train", "--"])
                .args(&args[1..]),
        ),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn demo(root: &std::path::Path, args: &[String]) -> Result<(), String> {
    let port = match args {
        [] => 8080,
        [flag, value] if flag == "--port" => {
            value.parse().map_err(|_| format!("bad port `{value}`"))?
        }
        _ => return Err(USAGE.to_string()),
    };
    let tools = setup::ensure_all(root)?;
    build::build(root, &tools)?;
    serve::serve(&root.join("dist"), port)
}

/// The repository root (the parent of this crate's folder).
fn repo_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}
