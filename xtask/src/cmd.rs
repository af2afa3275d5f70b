//! Running external commands with clear errors.

use std::path::Path;
use std::process::Command;

/// A `cargo` command run from the repository root, using the same cargo that
/// runs xtask.
pub fn cargo(root: &Path) -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(root);
    c
}

/// Runs `command` with inherited output; fails unless it exits with success.
pub fn run(command: &mut Command) -> Result<(), String> {
    let shown = describe(command);
    let status = command
        .status()
        .map_err(|e| format!("cannot start `{shown}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// Runs `command` and returns its standard output, or `None` if it cannot run
/// or fails.
pub fn output(command: &mut Command) -> Option<String> {
    let out = command.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn describe(command: &Command) -> String {
    let mut s = command.get_program().to_string_lossy().into_owned();
    for a in command.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}
