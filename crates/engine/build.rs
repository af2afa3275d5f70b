//! Embeds the word lists of `data/*.txt` without their comments.
//!
//! The lists are documented in place (what each field means, where the
//! entries come from), and those comments are a fifth of their bytes. The
//! engine only ever reads the entries (`lexicon::lines` skips blank and
//! `#` lines), so the copies in `OUT_DIR` that `include_str!` embeds keep
//! just those, trimmed: about 4.7 KB less wasm (2 KB gzip).

use std::fs;
use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=data");
    let mut names: Vec<_> = fs::read_dir("data")
        .expect("crates/engine/data")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    for path in names {
        let text = fs::read_to_string(&path).expect("a UTF-8 word list");
        let mut kept = String::with_capacity(text.len());
        for line in text.lines().map(str::trim) {
            if !line.is_empty() && !line.starts_with('#') {
                kept.push_str(line);
                kept.push('\n');
            }
        }
        let name = path.file_name().expect("a file name");
        fs::write(Path::new(&out).join(name), kept).expect("writable OUT_DIR");
    }
}
