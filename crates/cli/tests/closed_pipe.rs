//! A reader that closes standard output early (`claimlens eval … | head`)
//! ends the command quietly: exit status 0, no panic message.

use std::io::Write;
use std::process::{Command, Stdio};

#[test]
fn eval_output_into_a_closed_pipe_is_not_a_panic() {
    let dir = std::env::temp_dir().join(format!("claimlens-pipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("hedges.csv");
    let mut file = std::fs::File::create(&csv).unwrap();
    writeln!(file, "label,sentence").unwrap();
    for _ in 0..200 {
        writeln!(file, "-1,\"The bridge may reopen, officials said.\"").unwrap();
    }
    drop(file);
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .args(["eval", "hedges"])
        .arg(&csv)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Close the read end before the command has written its report.
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    assert!(
        output.status.success(),
        "status {:?}, stderr: {stderr}",
        output.status
    );
    std::fs::remove_dir_all(&dir).ok();
}
