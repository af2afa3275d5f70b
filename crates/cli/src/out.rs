//! Standard output for the commands: when the reader closes the pipe early
//! (`claimlens eval … | head`), the program ends quietly instead of panicking
//! the way `println!` does.

use std::io::Write;

/// Writes `text` and a newline to standard output. A closed pipe ends the
/// program with success; any other write error ends it with a message.
pub fn line(text: std::fmt::Arguments) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_fmt(format_args!("{text}\n")) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("claimlens: cannot write to standard output: {e}");
        std::process::exit(1);
    }
}

/// `println!` for the commands' results, through [`line`].
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::out::line(format_args!($($arg)*))
    };
}
