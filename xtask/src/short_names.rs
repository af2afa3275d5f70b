//! Short import and export names for the embed's wasm and its glue.
//!
//! wasm-bindgen names every import after the JS function it wraps plus a hash
//! (`__wbg_appendChild_dbf7ad2f48413560`), about 110 of them, and each name is
//! written twice: in the wasm's import section and as a key of the glue's
//! import object. The hashes do not compress, and the two files are gzipped
//! apart, so the names cost about 4 KB of the embed's download. The names mean
//! nothing to the browser: this renames the imports of the glue's own module
//! (and that module) and the exports the glue calls as `wasm.<name>` to one or
//! two letters, in the wasm and in the glue alike. Nothing else changes, and
//! a glue whose shape this does not recognise (another wasm-bindgen version)
//! fails the build instead of producing an embed that cannot load.

use std::path::Path;

/// Renames in `pkg/<stem>_bg.wasm` and `pkg/<stem>.js` (wasm-bindgen's
/// `--target web` output) as described in the module documentation.
pub fn shorten(pkg: &Path, stem: &str) -> Result<(), String> {
    let wasm_path = pkg.join(format!("{stem}_bg.wasm"));
    let js_path = pkg.join(format!("{stem}.js"));
    let wasm = std::fs::read(&wasm_path).map_err(|e| format!("cannot read wasm: {e}"))?;
    let js = std::fs::read_to_string(&js_path).map_err(|e| format!("cannot read glue: {e}"))?;
    let (wasm, js) = rename(&wasm, &js, &format!("./{stem}_bg.js"))?;
    std::fs::write(&wasm_path, wasm).map_err(|e| format!("cannot write wasm: {e}"))?;
    std::fs::write(&js_path, js).map_err(|e| format!("cannot write glue: {e}"))
}

/// The module name the glue's own imports get (a key of the object the glue
/// hands to `WebAssembly.instantiate`).
const MODULE: &str = "w";

/// The renamed wasm and glue; `module` is the import module the glue defines
/// inline (its other modules, such as snippets, keep their names).
fn rename(wasm: &[u8], js: &str, module: &str) -> Result<(Vec<u8>, String), String> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err("short names: not a wasm module".into());
    }
    let mut js = js.to_string();
    let mut out = wasm[..8].to_vec();
    let mut at = 8;
    let (mut imports, mut exports) = (0, 0);
    while at < wasm.len() {
        let id = wasm[at];
        let (len, body_at) = leb(wasm, at + 1)?;
        let body = wasm
            .get(body_at..body_at + len as usize)
            .ok_or("short names: a section runs past the end")?;
        at = body_at + len as usize;
        let body = match id {
            2 => imports_renamed(body, module, &mut js, &mut imports)?,
            7 => exports_renamed(body, &mut js, &mut exports)?,
            _ => body.to_vec(),
        };
        out.push(id);
        put_leb(&mut out, body.len() as u32);
        out.extend_from_slice(&body);
    }
    if imports == 0 {
        return Err(format!("short names: no import from `{module}`"));
    }
    // The module's own name, the key of its object in the glue.
    js = replace_once(&js, &format!("\"{module}\":"), &format!("{MODULE}:"))?;
    Ok((out, js))
}

/// The import section with the glue module's imports renamed (`count`: how
/// many), and their keys renamed in `js`.
fn imports_renamed(
    body: &[u8],
    module: &str,
    js: &mut String,
    count: &mut usize,
) -> Result<Vec<u8>, String> {
    let (n, mut at) = leb(body, 0)?;
    let mut out = Vec::new();
    put_leb(&mut out, n);
    for _ in 0..n {
        let (from, next) = name(body, at)?;
        let (field, next) = name(body, next)?;
        let desc_end = skip_import_desc(body, next)?;
        if from == module {
            let short = short_name(*count);
            *count += 1;
            // The key of this import's function in the glue's import object.
            *js = replace_once(js, &format!("{field}:"), &format!("{short}:"))?;
            if find_ident(js, field, 0).is_some() {
                return Err(format!(
                    "short names: the glue names `{field}` elsewhere too"
                ));
            }
            put_name(&mut out, MODULE);
            put_name(&mut out, &short);
        } else {
            put_name(&mut out, from);
            put_name(&mut out, field);
        }
        out.extend_from_slice(&body[next..desc_end]);
        at = desc_end;
    }
    Ok(out)
}

/// The export section with the exports the glue calls as `wasm.<name>`
/// renamed (`count`: how many), and those calls renamed in `js`. `memory`
/// keeps its name: the glue's `init()` hands the exports to its caller, who
/// may read the memory. Exports the glue does not use keep theirs.
fn exports_renamed(body: &[u8], js: &mut String, count: &mut usize) -> Result<Vec<u8>, String> {
    let (n, mut at) = leb(body, 0)?;
    let mut out = Vec::new();
    put_leb(&mut out, n);
    for _ in 0..n {
        let (field, next) = name(body, at)?;
        // An export's kind (one byte) and index.
        let (_, end) = leb(body, next + 1)?;
        let used = format!("wasm.{field}");
        if field != "memory" && find_ident(js, &used, 0).is_some() {
            let short = short_name(*count);
            *count += 1;
            *js = replace_all(js, &used, &format!("wasm.{short}"));
            put_name(&mut out, &short);
        } else {
            put_name(&mut out, field);
        }
        out.extend_from_slice(&body[next..end]);
        at = end;
    }
    Ok(out)
}

/// The `i`-th short name: `a`…`z`, `A`…`Z`, then `aa`, `ab`, … (valid
/// property names in JS, reserved words included).
fn short_name(mut i: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let n = LETTERS.len();
    let mut name = vec![LETTERS[i % n]];
    while i >= n {
        i = i / n - 1;
        name.insert(0, LETTERS[i % n]);
    }
    String::from_utf8(name).expect("ASCII letters")
}

/// Where after `from` the identifier (or `wasm.<name>`) `word` starts, not
/// as part of a longer identifier.
fn find_ident(js: &str, word: &str, from: usize) -> Option<usize> {
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'$';
    let bytes = js.as_bytes();
    let mut at = from;
    while let Some(i) = js[at..].find(word).map(|i| i + at) {
        let before = i == 0 || !ident(bytes[i - 1]);
        let after = bytes.get(i + word.len()).is_none_or(|&c| !ident(c));
        if before && after {
            return Some(i);
        }
        at = i + 1;
    }
    None
}

/// `js` with `word` (as in [`find_ident`]) replaced by `by` everywhere.
fn replace_all(js: &str, word: &str, by: &str) -> String {
    let (mut out, mut at) = (String::new(), 0);
    while let Some(i) = find_ident(js, word, at) {
        out.push_str(&js[at..i]);
        out.push_str(by);
        at = i + word.len();
    }
    out + &js[at..]
}

/// `js` with `key` (`name:`, not part of a longer identifier) replaced by
/// `by`; an error unless it occurs exactly once.
fn replace_once(js: &str, key: &str, by: &str) -> Result<String, String> {
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'$';
    let starts: Vec<usize> = js
        .match_indices(key)
        .map(|(i, _)| i)
        .filter(|&i| i == 0 || !ident(js.as_bytes()[i - 1]))
        .collect();
    match starts[..] {
        [i] => Ok(format!("{}{by}{}", &js[..i], &js[i + key.len()..])),
        _ => Err(format!(
            "short names: the glue has `{key}` {} times, expected once",
            starts.len()
        )),
    }
}

/// The end of an import's description (kind and type) starting at `at`.
pub(crate) fn skip_import_desc(body: &[u8], at: usize) -> Result<usize, String> {
    let kind = *body.get(at).ok_or("short names: import cut short")?;
    let limits = |at: usize| -> Result<usize, String> {
        let flags = *body.get(at).ok_or("short names: import cut short")?;
        let (_, mut end) = leb(body, at + 1)?;
        if flags & 1 != 0 {
            end = leb(body, end)?.1;
        }
        Ok(end)
    };
    match kind {
        0 => Ok(leb(body, at + 1)?.1), // function: type index
        1 => limits(at + 2),           // table: element type, limits
        2 => limits(at + 1),           // memory: limits
        3 => Ok(at + 3),               // global: value type, mutability
        4 => Ok(leb(body, at + 2)?.1), // tag: attribute, type index
        _ => Err(format!("short names: unknown import kind {kind}")),
    }
}

/// An unsigned LEB128 number at `at`, and where it ends.
fn leb(bytes: &[u8], at: usize) -> Result<(u32, usize), String> {
    crate::leb128::read(bytes, at, "short names")
}

/// Appends `value` as unsigned LEB128.
pub(crate) fn put_leb(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// A name (length and UTF-8 bytes) at `at`, and where it ends.
fn name(bytes: &[u8], at: usize) -> Result<(&str, usize), String> {
    crate::leb128::read_name(bytes, at, "short names")
}

/// Appends a name (length and bytes).
pub(crate) fn put_name(out: &mut Vec<u8>, name: &str) {
    put_leb(out, name.len() as u32);
    out.extend_from_slice(name.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing two functions from the glue and one from a
    /// snippet, exporting its memory and two functions.
    fn module() -> Vec<u8> {
        let mut imports = Vec::new();
        put_leb(&mut imports, 3);
        for (from, field) in [
            ("./x_bg.js", "__wbg_now_0123456789abcdef"),
            ("./snippets/a.js", "helper"),
            ("./x_bg.js", "__wbindgen_init_externref_table"),
        ] {
            put_name(&mut imports, from);
            put_name(&mut imports, field);
            imports.extend_from_slice(&[0, 0]); // function of type 0
        }
        let mut exports = Vec::new();
        put_leb(&mut exports, 3);
        for (field, kind, index) in [("memory", 2, 0), ("analyze", 0, 3), ("unused", 0, 4)] {
            put_name(&mut exports, field);
            exports.extend_from_slice(&[kind, index]);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        for (id, body) in [(2, imports), (7, exports)] {
            wasm.push(id);
            put_leb(&mut wasm, body.len() as u32);
            wasm.extend_from_slice(&body);
        }
        wasm
    }

    const GLUE: &str = "export function analyze(t) { return wasm.analyze(t); }\n\
        function imports() { const import0 = {\n\
          __wbg_now_0123456789abcdef: function() { return Date.now(); },\n\
          __wbindgen_init_externref_table: function() { wasm.memory; },\n\
        };\n\
        return { \"./x_bg.js\": import0, \"./snippets/a.js\": import1 }; }";

    #[test]
    fn renames_the_glue_imports_and_used_exports() {
        let (wasm, js) = rename(&module(), GLUE, "./x_bg.js").unwrap();
        assert_eq!(
            js,
            "export function analyze(t) { return wasm.a(t); }\n\
        function imports() { const import0 = {\n\
          a: function() { return Date.now(); },\n\
          b: function() { wasm.memory; },\n\
        };\n\
        return { w: import0, \"./snippets/a.js\": import1 }; }"
        );
        let text = String::from_utf8_lossy(&wasm);
        for kept in ["./snippets/a.js", "helper", "memory", "unused"] {
            assert!(text.contains(kept), "{kept}");
        }
        for gone in ["./x_bg.js", "__wbg_now", "__wbindgen", "analyze"] {
            assert!(!text.contains(gone), "{gone}");
        }
        // Two module names 8 bytes shorter, the two imports 25 and 30, the export 6.
        assert_eq!(wasm.len(), module().len() - 77);
    }

    #[test]
    fn refuses_a_glue_it_does_not_recognise() {
        let glue = GLUE.replace("__wbg_now_0123456789abcdef:", "[\"now\"]:");
        assert!(rename(&module(), &glue, "./x_bg.js").is_err());
    }

    #[test]
    fn short_names_are_distinct() {
        let names: std::collections::HashSet<String> = (0..2000).map(short_name).collect();
        assert_eq!(names.len(), 2000);
        let firsts = [0, 51, 52, 53, 52 + 52 * 52 - 1, 52 + 52 * 52].map(short_name);
        assert_eq!(firsts, ["a", "Z", "aa", "ab", "ZZ", "aaa"]);
    }
}
