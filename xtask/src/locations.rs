//! Panic locations without file, line and column in the embed's wasm.
//!
//! Every bounds check, `unwrap` and slice of a string in the wasm carries a
//! `core::panic::Location` for its panic message: a pointer to the file's
//! name, its length, the line and the column, 16 bytes in the data section,
//! about 700 of them. Nothing in the embed ever shows that message: the
//! standard library on `wasm32-unknown-unknown` has no standard error, and
//! the embed installs no panic hook (a panic traps, and the page sees
//! `RuntimeError: unreachable`). So every record is made the same here: an
//! empty file name (a valid one: it points at the nul byte that ends a real
//! name, as `Location::file_as_c_str` requires), line 0, column 0, which
//! gzip takes for almost nothing; the file names no location points to any
//! more are zeroed as well, unless a word of the data or an `i32.const` of
//! the code points to them too (about 4.4 KB less embed in all). This is
//! what rustc's `-Z location-detail=none` does, which stable Rust lacks. The
//! panics stay where they were; a panic hook that prints, added to the embed,
//! would report `:0:0`.
//!
//! A record is recognised by its shape alone, so the test is strict: the
//! pointer and length must name exactly a nul-terminated string of the data
//! section that looks like a path to a `.rs` file, the line must be 1 to
//! 1,000,000 and the column 1 to 10,000. No record found fails the build (the
//! layout of `Location` changed, most likely).

use std::path::Path;

/// Rewrites the wasm at `path` in place; returns how many records it changed.
pub fn strip(path: &Path) -> Result<usize, String> {
    let mut wasm = std::fs::read(path).map_err(|e| format!("cannot read wasm: {e}"))?;
    let changed = strip_bytes(&mut wasm)?;
    if changed == 0 {
        return Err("panic locations: none found in the wasm (did `Location` change?)".into());
    }
    std::fs::write(path, wasm).map_err(|e| format!("cannot write wasm: {e}"))?;
    Ok(changed)
}

/// An active data segment: its address in memory and where its bytes are in
/// the module.
struct Segment {
    address: u32,
    at: usize,
    len: usize,
}

/// Makes every panic location in `wasm` the same empty one (see the module
/// documentation); returns how many there are.
fn strip_bytes(wasm: &mut [u8]) -> Result<usize, String> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err("panic locations: not a wasm module".into());
    }
    let segments = data_segments(wasm)?;
    // The bytes at a memory address, when one segment holds them all.
    let memory = |wasm: &[u8], address: u32, len: u32| -> Option<std::ops::Range<usize>> {
        let s = segments.iter().find(|s| {
            s.address <= address && address as u64 + len as u64 <= s.address as u64 + s.len as u64
        })?;
        let start = s.at + (address - s.address) as usize;
        Some(start..start + len as usize).filter(|r| r.end <= wasm.len())
    };
    let word = |wasm: &[u8], at: usize| u32::from_le_bytes(wasm[at..at + 4].try_into().unwrap());
    // Where each record is in the module, and the address of the nul byte
    // that ends the first record's file name.
    let (mut records, mut nul) = (Vec::new(), None);
    for s in &segments {
        // Records are 4-byte aligned in memory.
        let mut offset = (4 - s.address % 4) as usize % 4;
        while offset + 16 <= s.len {
            let at = s.at + offset;
            let (file, len) = (word(wasm, at), word(wasm, at + 4));
            let (line, column) = (word(wasm, at + 8), word(wasm, at + 12));
            // The name and the nul byte after it.
            let name = || memory(wasm, file, len + 1).map(|r| &wasm[r]);
            let is_location = (1..=1_000_000).contains(&line)
                && (1..=10_000).contains(&column)
                && (4..=300).contains(&len)
                && name().is_some_and(|n| n.ends_with(b".rs\0") && is_rust_path(&n[..n.len() - 1]));
            if is_location {
                records.push(at);
                nul.get_or_insert(file + len);
                offset += 16;
            } else {
                offset += 4;
            }
        }
    }
    let Some(nul) = nul else {
        return Ok(0);
    };
    // The file names, (address, length), each once.
    let mut names: Vec<(u32, u32)> = records
        .iter()
        .map(|&at| (word(wasm, at), word(wasm, at + 4)))
        .collect();
    names.sort_unstable();
    names.dedup();
    let empty = [nul, 0, 0, 0].map(u32::to_le_bytes).concat();
    for &at in &records {
        wasm[at..at + 16].copy_from_slice(&empty);
    }
    // The names themselves go too (their bytes zeroed, their nul bytes
    // kept), unless something else may read them: a word of the data that
    // points into one, or code that loads its address.
    let mut used = vec![false; names.len()];
    for s in &segments {
        let mut offset = (4 - s.address % 4) as usize % 4;
        while offset + 4 <= s.len {
            let value = word(wasm, s.at + offset);
            let i = names.partition_point(|&(a, _)| a <= value);
            // (Names can overlap when one ends another: look back over all
            // those starting at or before the value.)
            for (k, &(a, len)) in names[..i].iter().enumerate().rev() {
                if value <= a + len {
                    used[k] = true;
                }
                if a + 300 < value {
                    break;
                }
            }
            offset += 4;
        }
    }
    if let Some(code) = section(wasm, 10)? {
        let code = &wasm[code];
        for (k, &(address, _)) in names.iter().enumerate() {
            let mut constant = vec![0x41]; // i32.const
            constant.extend(sleb(address));
            used[k] |= code.windows(constant.len()).any(|w| w == constant);
        }
    }
    for (k, &(address, len)) in names.iter().enumerate() {
        if !used[k] {
            if let Some(r) = memory(wasm, address, len) {
                wasm[r].fill(0);
            }
        }
    }
    Ok(records.len())
}

/// `value` as signed LEB128 (an `i32.const` operand).
fn sleb(value: u32) -> Vec<u8> {
    let mut value = value as i32;
    let mut out = Vec::new();
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        let done = (value == 0 && byte & 0x40 == 0) || (value == -1 && byte & 0x40 != 0);
        if done {
            out.push(byte);
            return out;
        }
        out.push(byte | 0x80);
    }
}

/// Whether `bytes` look like the path of a Rust source file.
fn is_rust_path(bytes: &[u8]) -> bool {
    bytes.ends_with(b".rs")
        && bytes.contains(&b'/')
        && bytes
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b"/._-[]".contains(&b))
}

/// Where the body of section `id` is in `wasm`, if it has one.
fn section(wasm: &[u8], id: u8) -> Result<Option<std::ops::Range<usize>>, String> {
    let mut at = 8;
    while at < wasm.len() {
        let (len, body) = leb(wasm, at + 1)?;
        let end = body + len as usize;
        if end > wasm.len() {
            return Err("panic locations: a section runs past the end".into());
        }
        if wasm[at] == id {
            return Ok(Some(body..end));
        }
        at = end;
    }
    Ok(None)
}

/// The active data segments of memory 0 whose address is a constant.
fn data_segments(wasm: &[u8]) -> Result<Vec<Segment>, String> {
    match section(wasm, 11)? {
        Some(body) => segments_in(wasm, body.start, body.end),
        None => Ok(Vec::new()),
    }
}

/// The segments of the data section in `wasm[from..end]`.
fn segments_in(wasm: &[u8], from: usize, end: usize) -> Result<Vec<Segment>, String> {
    let (count, mut at) = leb(wasm, from)?;
    let mut out = Vec::new();
    for _ in 0..count {
        let (flags, next) = leb(wasm, at)?;
        at = next;
        let address = match flags {
            // Active, memory 0, then an offset expression.
            0 => {
                let (address, next) = i32_const(wasm, at)?;
                at = next;
                Some(address)
            }
            // Passive: no address.
            1 => None,
            // Active with a memory index.
            2 => {
                let (memory, next) = leb(wasm, at)?;
                let (address, next) = i32_const(wasm, next)?;
                at = next;
                Some(address).filter(|_| memory == 0)
            }
            _ => {
                return Err(format!(
                    "panic locations: unknown data segment kind {flags}"
                ))
            }
        };
        let (len, next) = leb(wasm, at)?;
        at = next + len as usize;
        if at > end {
            return Err("panic locations: a data segment runs past its section".into());
        }
        if let Some(address) = address {
            out.push(Segment {
                address,
                at: next,
                len: len as usize,
            });
        }
    }
    Ok(out)
}

/// An offset expression `i32.const N; end` at `at`: N, and where it ends.
fn i32_const(wasm: &[u8], at: usize) -> Result<(u32, usize), String> {
    if wasm.get(at) != Some(&0x41) {
        return Err("panic locations: a data segment's address is not a constant".into());
    }
    let (mut value, mut shift, mut at) = (0i64, 0, at + 1);
    loop {
        let byte = *wasm.get(at).ok_or("panic locations: cut short")?;
        at += 1;
        value |= i64::from(byte & 0x7f) << shift;
        shift += 7;
        if byte & 0x80 == 0 {
            if shift < 64 && byte & 0x40 != 0 {
                value |= -1 << shift;
            }
            break;
        }
        if shift > 35 {
            return Err("panic locations: a number is too long".into());
        }
    }
    if wasm.get(at) != Some(&0x0b) {
        return Err("panic locations: a data segment's address is not a constant".into());
    }
    Ok((value as u32, at + 1))
}

/// An unsigned LEB128 number at `at`, and where it ends.
fn leb(bytes: &[u8], at: usize) -> Result<(u32, usize), String> {
    crate::leb128::read(bytes, at, "panic locations")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `value` as LEB128 (also the signed encoding for the values here,
    /// whose last byte has its sign bit clear).
    fn leb128(mut value: u32) -> Vec<u8> {
        let mut out = Vec::new();
        loop {
            let byte = (value & 0x7f) as u8;
            value >>= 7;
            if value == 0 {
                out.push(byte);
                return out;
            }
            out.push(byte | 0x80);
        }
    }

    /// A module with one active data segment at `address` holding `data`.
    fn module(address: u32, data: &[u8]) -> Vec<u8> {
        let mut section = vec![1, 0, 0x41]; // one segment, active in memory 0
        section.extend(leb128(address));
        section.push(0x0b);
        section.extend(leb128(data.len() as u32));
        section.extend_from_slice(data);
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.push(11);
        wasm.extend(leb128(section.len() as u32));
        wasm.extend(section);
        wasm
    }

    #[test]
    fn empties_locations_only() {
        let base = 1 << 16;
        let mut data = b"src/lib.rs\0not a path.rs\0src/a.rs!src/b.rs\0src/c.rs\0".to_vec();
        data.resize(52, 0); // to 4-byte alignment
        let record = |file: u32, len: u32, line: u32, col: u32| {
            [file, len, line, col].map(u32::to_le_bytes).concat()
        };
        data.extend(record(base, 10, 42, 7)); // a location
        data.extend(record(base + 11, 13, 3, 1)); // not a path
        data.extend(record(base, 10, 0, 7)); // no line
        data.extend(record(base, 9, 42, 7)); // not the whole name
        data.extend(record(base + 25, 8, 1, 1)); // no nul after the name
        data.extend(record(base, 10, 1, 1)); // a location again
        data.extend(record(base + 34, 8, 5, 5)); // another file's
        data.extend(record(base + 43, 8, 6, 6)); // and one more
        data.extend(record(base + 43, 0, 0, 0)); // a pointer to that name
        let mut wasm = module(base, &data);
        assert_eq!(strip_bytes(&mut wasm).unwrap(), 4);
        let mut want = data.clone();
        let empty = record(base + 10, 0, 0, 0);
        for at in [52, 52 + 80, 52 + 96, 52 + 112] {
            want[at..at + 16].copy_from_slice(&empty);
        }
        // `src/b.rs` is gone; `src/lib.rs` ends in the empty name's nul and
        // `src/c.rs` is pointed to, so both stay.
        want[34..42].fill(0);
        assert_eq!(&wasm[wasm.len() - want.len()..], &want[..]);
    }

    #[test]
    fn keeps_a_name_the_code_loads() {
        let base = 1 << 16;
        let mut data = b"src/lib.rs\0src/b.rs\0".to_vec();
        data.resize(20, 0);
        let record = |file: u32, len: u32, line: u32, col: u32| {
            [file, len, line, col].map(u32::to_le_bytes).concat()
        };
        data.extend(record(base, 10, 1, 1));
        data.extend(record(base + 11, 8, 2, 2));
        let mut wasm = module(base, &data);
        // A code section whose only content is `i32.const <src/b.rs>`.
        let mut code = vec![0x41];
        code.extend(sleb(base + 11));
        wasm.push(10);
        wasm.extend(leb128(code.len() as u32));
        wasm.extend(code);
        assert_eq!(strip_bytes(&mut wasm).unwrap(), 2);
        assert!(wasm.windows(8).any(|w| w == b"src/b.rs"));
    }
}
