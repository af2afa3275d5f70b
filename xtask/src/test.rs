//! `cargo xtask test`: every test, in order of speed — native, a retrain that
//! must reproduce the embedded weights, wasm in headless Chromium, then
//! end-to-end browser tests against the built `dist/`.

use std::path::Path;
use std::process::Command;

use crate::{build, cmd, setup};

/// Installs what is missing, then runs all test suites; fails on the first
/// failing suite.
pub fn run(root: &Path) -> Result<(), String> {
    let tools = setup::ensure_all(root)?;
    banner("native tests (cargo test --workspace)");
    cmd::run(cmd::cargo(root).args(["test", "--workspace"]))?;

    // The embedded weights must be what the training code makes of the
    // shared data; any change to the tagger's features needs a retrain.
    banner("the tagger's weights reproduce (claimlens-train attribution --check)");
    cmd::run(cmd::cargo(root).args([
        "run",
        "--release",
        "--quiet",
        "-p",
        "claimlens-train",
        "--",
        "attribution",
        "--check",
    ]))?;

    banner("wasm tests in headless Chromium (wasm-bindgen-test)");
    cmd::run(
        cmd::cargo(root)
            .args([
                "test",
                "--target",
                "wasm32-unknown-unknown",
                "-p",
                "claimlens-widget",
                "--tests",
            ])
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                &tools.test_runner,
            )
            .env("CHROMEDRIVER", &tools.chromedriver)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
    )?;

    e2e_with(root, &tools)
}

/// Builds `dist/` and runs only the end-to-end browser tests.
pub fn e2e(root: &Path) -> Result<(), String> {
    let tools = setup::ensure_all(root)?;
    e2e_with(root, &tools)
}

fn e2e_with(root: &Path, tools: &setup::Tools) -> Result<(), String> {
    banner("release build (dist/)");
    build::build(root, tools)?;
    crate::size::guard_embed(&root.join("dist"))?;
    crate::extension::assemble(root)?;

    banner("end-to-end browser tests (node --test tests/e2e)");
    cmd::run(
        Command::new("node")
            .args(["--test", "--test-concurrency=1", "--test-reporter=spec"])
            .arg("tests/e2e/")
            .current_dir(root)
            .env("CLAIMLENS_DIST", root.join("dist"))
            .env("CLAIMLENS_CHROMIUM", &tools.chromium),
    )
}

fn banner(title: &str) {
    eprintln!("\n=== {title} ===");
}
