//! LEB128 numbers and names, as the wasm binary format writes them: the one
//! reader the build steps that rewrite the embed's wasm share
//! ([`crate::short_names`], [`crate::locations`], [`crate::panics`]).

/// An unsigned LEB128 number at `at`, and where it ends; errors name `step`.
pub fn read(bytes: &[u8], mut at: usize, step: &str) -> Result<(u32, usize), String> {
    let (mut value, mut shift) = (0u32, 0);
    loop {
        let byte = *bytes
            .get(at)
            .ok_or_else(|| format!("{step}: a number runs past the end"))?;
        at += 1;
        value |= u32::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok((value, at));
        }
        shift += 7;
        if shift > 28 {
            return Err(format!("{step}: a number is too long"));
        }
    }
}

/// A name (length and UTF-8 bytes) at `at`, and where it ends; errors name
/// `step`.
pub fn read_name<'b>(bytes: &'b [u8], at: usize, step: &str) -> Result<(&'b str, usize), String> {
    let (len, at) = read(bytes, at, step)?;
    let end = at + len as usize;
    let text = bytes
        .get(at..end)
        .and_then(|b| std::str::from_utf8(b).ok())
        .ok_or_else(|| format!("{step}: a name is not UTF-8"))?;
    Ok((text, end))
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_one_and_several_bytes() {
        assert_eq!(super::read(&[0x05], 0, "t"), Ok((5, 1)));
        assert_eq!(super::read(&[0xe5, 0x8e, 0x26], 0, "t"), Ok((624_485, 3)));
        assert!(super::read(&[0x80], 0, "t").is_err());
    }
}
