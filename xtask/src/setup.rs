//! Installs what the build and tests need, only where it is missing: the wasm
//! target, wasm-bindgen-cli at the version in Cargo.lock, the npm tools
//! (binaryen's wasm-opt, terser, playwright-core) and Debian's Chromium +
//! ChromeDriver.
//! A second run installs nothing and says so in one line.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::cmd;

/// Paths of the tools the build and tests use.
pub struct Tools {
    /// `wasm-bindgen` binary.
    pub wasm_bindgen: PathBuf,
    /// `wasm-bindgen-test-runner` binary.
    pub test_runner: PathBuf,
    /// `wasm-opt` from npm's binaryen.
    pub wasm_opt: PathBuf,
    /// `terser` from npm (minifies the embed's JavaScript).
    pub terser: PathBuf,
    /// Chromium.
    pub chromium: PathBuf,
    /// ChromeDriver.
    pub chromedriver: PathBuf,
}

/// Ensures every tool is present and returns where they are.
pub fn ensure_all(root: &Path) -> Result<Tools, String> {
    let mut installed = Vec::new();
    ensure_wasm_target(&mut installed)?;
    let (wasm_bindgen, test_runner) = ensure_wasm_bindgen(root, &mut installed)?;
    let bin = ensure_npm_tools(root, &mut installed)?;
    let (chromium, chromedriver) = ensure_chromium(&mut installed)?;
    if installed.is_empty() {
        eprintln!("xtask: set-up: everything already installed");
    } else {
        eprintln!("xtask: set-up: installed {}", installed.join(", "));
    }
    Ok(Tools {
        wasm_bindgen,
        test_runner,
        wasm_opt: bin.join("wasm-opt"),
        terser: bin.join("terser"),
        chromium,
        chromedriver,
    })
}

fn ensure_wasm_target(installed: &mut Vec<String>) -> Result<(), String> {
    let have = cmd::output(Command::new("rustup").args(["target", "list", "--installed"]))
        .is_some_and(|out| out.lines().any(|l| l.trim() == "wasm32-unknown-unknown"));
    if !have {
        cmd::run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
        installed.push("wasm32-unknown-unknown target".into());
    }
    Ok(())
}

/// The wasm-bindgen version pinned in Cargo.lock.
fn locked_wasm_bindgen_version(root: &Path) -> Result<String, String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
            {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".into())
}

fn cargo_bin(name: &str) -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"));
    home.join("bin").join(name)
}

fn ensure_wasm_bindgen(
    root: &Path,
    installed: &mut Vec<String>,
) -> Result<(PathBuf, PathBuf), String> {
    let version = locked_wasm_bindgen_version(root)?;
    let bin = cargo_bin("wasm-bindgen");
    let current = cmd::output(Command::new(&bin).arg("--version")).unwrap_or_default();
    if current.split_whitespace().nth(1) != Some(version.as_str()) {
        eprintln!("xtask: installing wasm-bindgen-cli {version} (takes a few minutes)");
        // `--locked` fails for this version (its lockfile pins a yanked crate).
        cmd::run(cmd::cargo(root).args(["install", "wasm-bindgen-cli", "--version", &version]))?;
        installed.push(format!("wasm-bindgen-cli {version}"));
    }
    Ok((bin, cargo_bin("wasm-bindgen-test-runner")))
}

/// Installs `tests/`'s npm tools when its lockfile changed; returns their
/// `node_modules/.bin`.
fn ensure_npm_tools(root: &Path, installed: &mut Vec<String>) -> Result<PathBuf, String> {
    let dir = root.join("tests");
    let modules = dir.join("node_modules");
    let stamp = modules.join(".claimlens-lock");
    let lock = std::fs::read_to_string(dir.join("package-lock.json"))
        .map_err(|e| format!("cannot read tests/package-lock.json: {e}"))?;
    let current = std::fs::read_to_string(&stamp).unwrap_or_default();
    if current != lock {
        cmd::run(
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
                .current_dir(&dir),
        )?;
        std::fs::write(&stamp, &lock).map_err(|e| e.to_string())?;
        installed.push("npm tools (binaryen, terser, playwright-core)".into());
    }
    Ok(modules.join(".bin"))
}

fn ensure_chromium(installed: &mut Vec<String>) -> Result<(PathBuf, PathBuf), String> {
    let chromium = PathBuf::from("/usr/bin/chromium");
    let driver = PathBuf::from("/usr/bin/chromedriver");
    if !chromium.exists() || !driver.exists() {
        eprintln!("xtask: installing Debian's chromium and chromium-driver");
        cmd::run(Command::new("apt-get").arg("update").arg("-qq"))?;
        cmd::run(
            Command::new("apt-get")
                .args(["install", "-y", "-qq", "chromium", "chromium-driver"])
                .env("DEBIAN_FRONTEND", "noninteractive"),
        )?;
        installed.push("chromium + chromedriver".into());
    }
    Ok((chromium, driver))
}
