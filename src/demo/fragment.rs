//! The URL fragment that carries an article: `#text=<percent-encoded>` or
//! `#sample=<id>`. The fragment never reaches a server, so a shared link keeps
//! the article private between the people who have it. Pure functions.

/// What a fragment asks the page to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FragmentRequest {
    /// An article's text.
    Text(String),
    /// A sample by id.
    Sample(String),
    /// Nothing the page understands (show the default sample).
    None,
}

/// Reads a `location.hash` value (with or without the leading `#`).
pub fn parse(hash: &str) -> FragmentRequest {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    // The first `text=` wins; a text may itself contain `&`, so it runs to the end.
    if let Some(rest) = hash.strip_prefix("text=") {
        return FragmentRequest::Text(percent_decode(rest));
    }
    if let Some(at) = hash.find("&text=") {
        return FragmentRequest::Text(percent_decode(&hash[at + 6..]));
    }
    hash.split('&')
        .find_map(|pair| pair.strip_prefix("sample="))
        .map_or(FragmentRequest::None, |id| {
            FragmentRequest::Sample(percent_decode(id))
        })
}

/// `#text=…` for `text`.
pub fn for_text(text: &str) -> String {
    format!("#text={}", percent_encode(text))
}

/// Percent-encodes everything but RFC 3986 unreserved characters, as
/// `encodeURIComponent` does (UTF-8 bytes).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (form-style space); a malformed escape is kept
/// as written and invalid UTF-8 becomes U+FFFD, so no link is ever rejected.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_round_trips_through_the_fragment() {
        let text = "“Yes & no,” said Zoë — 100% sure.\n\nNext + 😀";
        assert_eq!(parse(&for_text(text)), FragmentRequest::Text(text.into()));
    }

    #[test]
    fn reads_samples_plus_signs_and_bad_escapes() {
        assert_eq!(
            parse("#sample=storm-outage"),
            FragmentRequest::Sample("storm-outage".into())
        );
        assert_eq!(
            parse("#text=a+b%2Bc"),
            FragmentRequest::Text("a b+c".into())
        );
        assert_eq!(parse("text=100%"), FragmentRequest::Text("100%".into()));
        assert_eq!(
            parse("#text=%E2%80"),
            FragmentRequest::Text("\u{FFFD}".into())
        );
        assert_eq!(parse("#text=%zz"), FragmentRequest::Text("%zz".into()));
        assert_eq!(
            parse("#x=1&text=hi%20there"),
            FragmentRequest::Text("hi there".into())
        );
        assert_eq!(parse(""), FragmentRequest::None);
        assert_eq!(parse("#nothing"), FragmentRequest::None);
    }
}
