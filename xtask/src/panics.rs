//! Panics that trap at once in the embed's wasm.
//!
//! A panic in the embed ends in a trap either way: the build has
//! `panic = "abort"`, the standard library on `wasm32-unknown-unknown` has no
//! standard error to print to, and the embed installs no panic hook, so the
//! page sees `RuntimeError: unreachable` and nothing else. Getting there
//! still takes code: every bounds check, `unwrap` and string slice passes
//! its index, length and location to a function of `core::panicking` (or
//! another `-> !` function of the standard library), which formats a message
//! nobody reads. Here those functions' bodies become a single `unreachable`
//! before wasm-opt runs, which then drops the arguments at every call site
//! and the formatting only they reached: about 7 KB less gzip of embed wasm
//! (301,824 → 294,656 bytes before the later steps, 2026-11-27). This is
//! what `-Z build-std-features=panic_immediate_abort` does, which stable
//! Rust lacks; a panic hook added to the embed would no longer run.
//!
//! Functions are found by name in wasm-bindgen's output (its name section,
//! demangled) and only from [`DIVERGING`], each of which never returns, so
//! trapping at its entry is what it ends in anyway, and from [`PANIC_ONLY`],
//! which only a panic would run. Not finding
//! `core::panicking::panic_fmt` fails the build (no name section, most
//! likely).

use std::path::Path;

use crate::short_names::{put_leb, skip_import_desc};

/// Functions that never return (`-> !`) and only lead to the panic handler
/// (or the allocation error handler, which aborts too), by demangled name
/// without crate disambiguators, hash or generic arguments.
const DIVERGING: &[&str] = &[
    "core::panicking::panic_fmt",
    "core::panicking::panic",
    "core::panicking::panic_nounwind",
    "core::panicking::panic_nounwind_fmt",
    "core::panicking::panic_bounds_check",
    "core::panicking::panic_display",
    "core::panicking::panic_explicit",
    "core::panicking::unreachable_display",
    "core::panicking::assert_failed",
    "core::panicking::assert_failed_inner",
    "core::panicking::panic_misaligned_pointer_dereference",
    "core::panicking::panic_null_pointer_dereference",
    "core::str::slice_error_fail",
    "core::str::slice_error_fail_rt",
    "core::slice::index::slice_index_fail",
    "core::slice::index::slice_start_index_len_fail",
    "core::slice::index::slice_end_index_len_fail",
    "core::slice::index::slice_index_order_fail",
    "core::slice::copy_from_slice_impl::len_mismatch_fail",
    "core::result::unwrap_failed",
    "core::option::unwrap_failed",
    "core::option::expect_failed",
    "core::cell::panic_already_borrowed",
    "core::cell::panic_already_mutably_borrowed",
    "core::cell::lazy::panic_poisoned",
    "std::thread::local::panic_access_error",
    "std::panicking::panic_with_hook",
    "std::panicking::begin_panic",
    "std::alloc::rust_oom",
    "alloc::alloc::handle_alloc_error",
    "alloc::raw_vec::handle_error",
    "alloc::raw_vec::capacity_overflow",
    "__rustc::rust_begin_unwind",
    "__rustc::__rust_alloc_error_handler",
];

/// Functions only a panic runs, which the function table alone keeps in the
/// wasm once the functions above trap: the panic payload's methods (called
/// by the panic handler through its vtable) and the `Debug` and `Display`
/// implementations that only the standard library's panic messages use
/// (a string slice's `{:?}` of a `char` and a `Range<usize>`, `assert_eq!`'s
/// `{:?}` of a `usize`, `expect`'s `{:?}` of the error types below; these
/// alone brought `char::escape_debug` and its Unicode tables in). Nothing the
/// embed runs formats with `{:?}` (the demo's export bar does, in the full
/// build only), so trapping at their entry changes nothing a page sees:
/// about 1 KB less gzip of embed wasm.
const PANIC_ONLY: &[&str] = &[
    "<std::panicking::panic_handler::FormatStringPayload as core::panic::PanicPayload>::take_box",
    "<std::panicking::panic_handler::FormatStringPayload as core::panic::PanicPayload>::get",
    "<std::panicking::panic_handler::FormatStringPayload as core::fmt::Display>::fmt",
    "<std::panicking::panic_handler::StaticStrPayload as core::panic::PanicPayload>::take_box",
    "<std::panicking::panic_handler::StaticStrPayload as core::panic::PanicPayload>::get",
    "<std::panicking::panic_handler::StaticStrPayload as core::panic::PanicPayload>::as_str",
    "<std::panicking::panic_handler::StaticStrPayload as core::fmt::Display>::fmt",
    "<std::panicking::begin_panic::Payload<&str> as core::panic::PanicPayload>::as_str",
    "<core::ops::range::Range<usize> as core::fmt::Debug>::fmt",
    "<&usize as core::fmt::Debug>::fmt",
    "<char as core::fmt::Debug>::fmt",
    "<&dyn core::fmt::Debug as core::fmt::Debug>::fmt",
    "<std::thread::local::AccessError as core::fmt::Debug>::fmt",
    "<core::fmt::Error as core::fmt::Debug>::fmt",
    "<core::alloc::layout::LayoutError as core::fmt::Debug>::fmt",
    "<core::cell::BorrowError as core::fmt::Display>::fmt",
    "<core::cell::BorrowMutError as core::fmt::Display>::fmt",
    "std::alloc::default_alloc_error_hook",
    // The panic hook's look at the payload (`downcast_ref::<&str>`, …).
    "<alloc::string::String as core::any::Any>::type_id",
    "<&str as core::any::Any>::type_id",
];

/// The waker of js-sys's JSPI tasks, which the function table alone keeps:
/// `spawn_local` only spawns such a task inside a JSPI context, which
/// wasm-bindgen makes a constant "no" in a module without JSPI exports, as
/// the embed's are, so wasm-opt drops every path that creates one.
const JSPI_ONLY: &[&str] = &[
    "js_sys::futures::jspi::task_waker::raw_clone",
    "js_sys::futures::jspi::task_waker::raw_wake",
    "js_sys::futures::jspi::task_waker::raw_wake_by_ref",
    "js_sys::futures::jspi::task_waker::raw_drop",
];

/// Whether a function traps at once: those of [`DIVERGING`], [`PANIC_ONLY`]
/// and [`JSPI_ONLY`], and, also diverging, every
/// `core::panicking::panic_const::panic_const_*` (overflow, division by zero,
/// …) and the index checks of `Vec`'s methods
/// (`<alloc::vec::Vec<_, _>>::remove::assert_failed`, …).
fn traps(name: &str) -> bool {
    DIVERGING.contains(&name)
        || PANIC_ONLY.contains(&name)
        || JSPI_ONLY.contains(&name)
        || name.starts_with("core::panicking::panic_const::panic_const_")
        || (name.starts_with("<alloc::vec::Vec<") && name.ends_with("::assert_failed"))
}

/// Rewrites the wasm at `path` in place; returns how many functions now trap
/// at once.
pub fn trap_at_once(path: &Path) -> Result<usize, String> {
    let wasm = std::fs::read(path).map_err(|e| format!("cannot read wasm: {e}"))?;
    let (wasm, names) = stub(&wasm)?;
    if !names.iter().any(|n| n == "core::panicking::panic_fmt") {
        return Err("panics: no `core::panicking::panic_fmt` in the wasm's names".into());
    }
    std::fs::write(path, wasm).map_err(|e| format!("cannot write wasm: {e}"))?;
    Ok(names.len())
}

/// `wasm` with the body of every function [`traps`] names replaced by
/// `unreachable`, and those names.
fn stub(wasm: &[u8]) -> Result<(Vec<u8>, Vec<String>), String> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err("panics: not a wasm module".into());
    }
    let sections = sections(wasm)?;
    // Function indices count imported functions first.
    let mut imported = 0;
    if let Some((_, body)) = sections.iter().find(|(id, _)| *id == 2) {
        let (n, mut at) = leb(body, 0)?;
        for _ in 0..n {
            let (_, next) = name(body, at)?;
            let (_, next) = name(body, next)?;
            if body.get(next) == Some(&0) {
                imported += 1;
            }
            at = skip_import_desc(body, next)?;
        }
    }
    let mut targets = Vec::new();
    for (id, body) in &sections {
        if *id == 0 && name(body, 0)?.0 == "name" {
            targets = function_names(body, imported, traps)?;
        }
    }
    let mut out = wasm[..8].to_vec();
    let mut stubbed = Vec::new();
    for (id, body) in &sections {
        out.push(*id);
        if *id != 10 {
            put_leb(&mut out, body.len() as u32);
            out.extend_from_slice(body);
            continue;
        }
        let (n, mut at) = leb(body, 0)?;
        let mut code = Vec::new();
        put_leb(&mut code, n);
        for index in 0..n {
            let (size, start) = leb(body, at)?;
            let end = start + size as usize;
            let function = body
                .get(start..end)
                .ok_or("panics: a function runs past the end")?;
            match targets.iter().find(|(i, _)| *i == index) {
                Some((_, name)) => {
                    // No locals; `unreachable`; `end`.
                    code.extend_from_slice(&[3, 0, 0x00, 0x0b]);
                    stubbed.push(name.clone());
                }
                None => {
                    put_leb(&mut code, size);
                    code.extend_from_slice(function);
                }
            }
            at = end;
        }
        put_leb(&mut out, code.len() as u32);
        out.extend_from_slice(&code);
    }
    Ok((out, stubbed))
}

/// Each section's id and body, in order.
fn sections(wasm: &[u8]) -> Result<Vec<(u8, &[u8])>, String> {
    let (mut out, mut at) = (Vec::new(), 8);
    while at < wasm.len() {
        let (len, body_at) = leb(wasm, at + 1)?;
        let body = wasm
            .get(body_at..body_at + len as usize)
            .ok_or("panics: a section runs past the end")?;
        out.push((wasm[at], body));
        at = body_at + len as usize;
    }
    Ok(out)
}

/// The defined functions (index in the code section, normalised name) of a
/// `name` section whose normalised name `wanted` accepts.
fn function_names(
    body: &[u8],
    imported: u32,
    wanted: fn(&str) -> bool,
) -> Result<Vec<(u32, String)>, String> {
    let (_, mut at) = name(body, 0)?;
    let mut out = Vec::new();
    while at < body.len() {
        let id = body[at];
        let (len, sub_at) = leb(body, at + 1)?;
        let end = sub_at + len as usize;
        if id == 1 {
            let (n, mut p) = leb(body, sub_at)?;
            for _ in 0..n {
                let (index, next) = leb(body, p)?;
                let (text, next) = name(body, next)?;
                let text = normalise(text);
                if index >= imported && wanted(&text) {
                    out.push((index - imported, text));
                }
                p = next;
            }
        }
        at = end;
    }
    Ok(out)
}

/// A demangled name without crate disambiguators (`core[c5930c85a12de822]`),
/// legacy hash (`::h0123456789abcdef`) or trailing generic arguments
/// (`::<usize, usize>`).
fn normalise(name: &str) -> String {
    let mut out = String::new();
    let mut rest = name;
    while let Some(i) = rest.find('[') {
        let close = rest[i..].find(']').map(|j| i + j);
        match close {
            Some(j) if rest[i + 1..j].bytes().all(|b| b.is_ascii_hexdigit()) && j > i + 1 => {
                out.push_str(&rest[..i]);
                rest = &rest[j + 1..];
            }
            _ => {
                out.push_str(&rest[..=i]);
                rest = &rest[i + 1..];
            }
        }
    }
    out.push_str(rest);
    if let Some(i) = out.rfind("::h") {
        let hash = &out[i + 3..];
        if hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            out.truncate(i);
        }
    }
    if out.ends_with('>') {
        if let Some(i) = out.rfind("::<") {
            out.truncate(i);
        }
    }
    out
}

/// An unsigned LEB128 number at `at`, and where it ends.
fn leb(bytes: &[u8], at: usize) -> Result<(u32, usize), String> {
    crate::leb128::read(bytes, at, "panics")
}

/// A name (length and UTF-8 bytes) at `at`, and where it ends.
fn name(bytes: &[u8], at: usize) -> Result<(&str, usize), String> {
    crate::leb128::read_name(bytes, at, "panics")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::short_names::put_name;

    /// A section (id, length, body).
    fn put_section(out: &mut Vec<u8>, id: u8, body: &[u8]) {
        out.push(id);
        put_leb(out, body.len() as u32);
        out.extend_from_slice(body);
    }

    /// A module importing one function and defining two, named `names`.
    fn module(names: [&str; 3]) -> Vec<u8> {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        let mut imports = vec![1];
        put_name(&mut imports, "m");
        put_name(&mut imports, "f");
        imports.extend_from_slice(&[0, 0]);
        put_section(&mut wasm, 2, &imports);
        let mut code = vec![2];
        // `i32.const 1; drop; end` and `i32.const 2; drop; end`.
        for k in [1, 2] {
            code.extend_from_slice(&[6, 0, 0x41, k, 0x1a, 0x01, 0x0b]);
        }
        put_section(&mut wasm, 10, &code);
        let mut functions = vec![3];
        for (i, n) in names.iter().enumerate() {
            functions.push(i as u8);
            put_name(&mut functions, n);
        }
        let mut custom = Vec::new();
        put_name(&mut custom, "name");
        put_section(&mut custom, 1, &functions);
        put_section(&mut wasm, 0, &custom);
        wasm
    }

    #[test]
    fn stubs_only_diverging_functions_by_index() {
        let wasm = module([
            "core[c5930c85a12de822]::panicking::panic_fmt",
            "app::work::h0123456789abcdef",
            "core[c5930c85a12de822]::panicking::panic_bounds_check",
        ]);
        let (out, names) = stub(&wasm).unwrap();
        assert_eq!(names, ["core::panicking::panic_bounds_check"]);
        let code: &[u8] = &[2, 6, 0, 0x41, 1, 0x1a, 0x01, 0x0b, 3, 0, 0x00, 0x0b];
        assert!(out.windows(code.len()).any(|w| w == code));
        assert_eq!(out.len(), wasm.len() - 3);
    }

    #[test]
    fn names_lose_disambiguators_hashes_and_generic_arguments() {
        assert_eq!(
            normalise("core[c5930c85a12de822]::panicking::assert_failed::<usize, usize>"),
            "core::panicking::assert_failed"
        );
        assert_eq!(
            normalise("<alloc[3ca501edff3f0c7c]::vec::Vec<_, _>>::remove::assert_failed"),
            "<alloc::vec::Vec<_, _>>::remove::assert_failed"
        );
        assert_eq!(normalise("a::b::h0123456789abcdef"), "a::b");
        assert_eq!(normalise("a::b[x]"), "a::b[x]");
        assert!(traps(&normalise(
            "<alloc[3ca501edff3f0c7c]::vec::Vec<_, _>>::insert_mut::assert_failed"
        )));
        assert!(!traps("<hashbrown::raw::Fallibility>::capacity_overflow"));
        // wasm-bindgen numbers a name's repeats (`[1]`); they trap alike.
        assert!(traps(&normalise(
            "<core[c5930c85a12de822]::fmt::Error as core[c5930c85a12de822]::fmt::Debug>::fmt[1]"
        )));
        // Formatting the embed does itself keeps working.
        assert!(!traps(&normalise(
            "<u32 as core[c5930c85a12de822]::fmt::Display>::fmt"
        )));
    }
}
