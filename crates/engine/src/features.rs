//! Token features for the attribution tagger, shared by the engine and by the
//! training crate so that both see exactly the same numbers.
//!
//! Every feature is a 32-bit hash of a template id and its values (FNV-1a); the
//! tagger maps hashes into a flat weight table. Features look at the word and its
//! neighbours, word shape, the attribution lexicon ([`crate::cuelex`]), quotation
//! marks, the position in the sentence and paragraph, and the distance and
//! direction to the nearest lexicon cue in the sentence.

use crate::cuelex;
use crate::quotes;
use crate::segment::{Document, TokenKind};

/// Per-token facts computed once per document.
#[derive(Debug, Clone, Default)]
pub struct TokenInfo {
    /// Lowercase forms, concatenated; `lower_ends[i]` ends token `i`.
    lower: String,
    lower_ends: Vec<usize>,
    /// Word shape class.
    pub shape: Vec<u8>,
    /// Lexicon category bits.
    pub lex: Vec<u16>,
    /// Quote role: 0 outside, 1 inside, 2 opening mark, 3 closing mark.
    pub quote: Vec<u8>,
    /// Sentence index of each token.
    pub sentence: Vec<u32>,
    /// Hash of each lowercase form.
    pub whash: Vec<u32>,
    /// Hash of the last three characters of each lowercase form.
    pub suffix: Vec<u32>,
}

impl TokenInfo {
    /// Lowercase form of token `i`.
    pub fn lower(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.lower_ends[i - 1] };
        &self.lower[start..self.lower_ends[i]]
    }

    /// Computes the facts for `doc`.
    pub fn new(doc: &Document) -> Self {
        let n = doc.tokens.len();
        let mut info = TokenInfo {
            lower: String::with_capacity(doc.text.len()),
            lower_ends: Vec::with_capacity(n),
            shape: Vec::with_capacity(n),
            lex: Vec::with_capacity(n),
            quote: vec![0; n],
            sentence: vec![0; n],
            whash: Vec::with_capacity(n),
            suffix: Vec::with_capacity(n),
        };
        for i in 0..n {
            let text = doc.token_text(i);
            let start = info.lower.len();
            if !text.is_ascii() && text.contains('Σ') {
                for c in text.chars() {
                    // Curly apostrophes fold to straight ones.
                    let c = if c == '’' { '\'' } else { c };
                    info.lower.extend(c.to_lowercase());
                }
            } else {
                // Character by character this is the document's fold: only a
                // capital sigma lower-cases differently in a whole string.
                info.lower.push_str(doc.folded(i));
            }
            info.lower_ends.push(info.lower.len());
            let lower = &info.lower[start..];
            info.whash.push(H::new(200).s(lower).0);
            let cut = lower.char_indices().rev().nth(2).map_or(0, |(i, _)| i);
            info.suffix.push(H::new(201).s(&lower[cut..]).0);
            info.shape.push(shape(text, doc.tokens[i].kind));
            let lex = if doc.tokens[i].kind == TokenKind::Word {
                let base = lower.strip_suffix("'s").unwrap_or(lower);
                cuelex::categories_lower(base)
            } else {
                0
            };
            info.lex.push(lex);
        }
        for q in quotes::find_quotations(doc) {
            for t in q.open..=q.close.min(n.saturating_sub(1)) {
                info.quote[t] = 1;
            }
            info.quote[q.open] = 2;
            if q.close < n && q.close != q.open {
                info.quote[q.close] = 3;
            }
        }
        for (s, &(a, b)) in doc.sentences.iter().enumerate() {
            for t in a..b {
                info.sentence[t] = s as u32;
            }
        }
        info
    }
}

/// Word shape: 0 lower, 1 capitalised, 2 all caps, 3 digits, 4 mixed, 5 comma,
/// 6 period/!/?, 7 colon/semicolon, 8 dash, 9 bracket, 10 quote, 11 other.
fn shape(text: &str, kind: TokenKind) -> u8 {
    match kind {
        TokenKind::Quote => 10,
        TokenKind::Punct => match text {
            "," => 5,
            "." | "!" | "?" | "…" => 6,
            ":" | ";" => 7,
            "—" | "–" | "-" => 8,
            "(" | ")" | "[" | "]" => 9,
            _ => 11,
        },
        TokenKind::Word => {
            let mut chars = text.chars();
            let first = chars.next().unwrap_or(' ');
            if first.is_ascii_digit() {
                3
            } else if first.is_uppercase() {
                if text
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
                    && text.chars().count() > 1
                {
                    2
                } else {
                    1
                }
            } else if text.chars().any(char::is_uppercase) {
                4
            } else {
                0
            }
        }
    }
}

/// Hashing of a template and its values: FNV-1a over the bytes of strings (done
/// once per token), multiply-rotate mixing of whole 32-bit values (a few
/// instructions per value, no allocation). The tagger's slot function
/// multiplies again and keeps the top bits.
#[derive(Clone, Copy)]
struct H(u32);

impl H {
    #[inline]
    fn new(template: u8) -> Self {
        H((0x811c_9dc5u32 ^ template as u32).wrapping_mul(0x0100_0193))
    }
    fn bytes(mut self, b: &[u8]) -> Self {
        for &x in b {
            self.0 = (self.0 ^ x as u32).wrapping_mul(0x0100_0193);
        }
        // Separator so that ("ab","c") and ("a","bc") differ.
        self.0 = (self.0 ^ 0xff).wrapping_mul(0x0100_0193);
        self
    }
    fn s(self, s: &str) -> Self {
        self.bytes(s.as_bytes())
    }
    #[inline]
    fn n(self, x: u32) -> Self {
        H((self.0.rotate_left(5) ^ x).wrapping_mul(0x2722_0A95) ^ 0x9E37_79B9)
    }
}

/// Distance bucket: 1, 2, 3, 4–5, 6–8, 9–15, 16+.
fn bucket(d: usize) -> u32 {
    match d {
        0 => 0,
        1 => 1,
        2 => 2,
        3 => 3,
        4..=5 => 4,
        6..=8 => 5,
        9..=15 => 6,
        _ => 7,
    }
}

/// Coarse lexicon class for conjunctions: 0 none, 1 speech, 2 belief/intent/stance/evidence,
/// 3 according, 4 noun, 5 source noun, 6 anonymous.
fn lex_class(bits: u16) -> u32 {
    if bits & cuelex::ACCORDING != 0 {
        3
    } else if bits & cuelex::SPEECH != 0 {
        1
    } else if bits & (cuelex::BELIEF | cuelex::INTENT | cuelex::STANCE | cuelex::EVIDENCE) != 0 {
        2
    } else if bits & cuelex::NOUN != 0 {
        4
    } else if bits & cuelex::ANON != 0 {
        6
    } else if bits & cuelex::SRCNOUN != 0 {
        5
    } else {
        0
    }
}

/// Features of every token of `doc`: `offsets[i]..offsets[i+1]` index `hashes`.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// Start of each token's features in `hashes` (one more entry than tokens).
    pub offsets: Vec<u32>,
    /// Feature hashes.
    pub hashes: Vec<u32>,
}

impl Features {
    /// Feature hashes of token `i`.
    pub fn of(&self, i: usize) -> &[u32] {
        &self.hashes[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }
}

/// Where extracted features go, token after token: a [`Features`] list (for
/// training and the stacked stage) or straight into the tagger's emission
/// sums, which then need no list at all. Both see the same hashes in the
/// same order.
pub trait FeatureSink {
    /// The feature hashes of the next token.
    fn token(&mut self, hashes: &[u32]);
}

impl FeatureSink for Features {
    fn token(&mut self, hashes: &[u32]) {
        self.hashes.extend_from_slice(hashes);
        self.offsets.push(self.hashes.len() as u32);
    }
}

/// Extracts the features of every token of `doc`.
pub fn extract(doc: &Document, info: &TokenInfo) -> Features {
    let n = doc.tokens.len();
    let mut f = Features {
        offsets: Vec::with_capacity(n + 1),
        hashes: Vec::with_capacity(n * 48),
    };
    f.offsets.push(0);
    extract_into(doc, info, &mut f);
    f
}

/// Extracts the features of every token of `doc` into `sink`, in token order.
pub fn extract_into(doc: &Document, info: &TokenInfo, sink: &mut impl FeatureSink) {
    let mut hashes = [0u32; 64];
    for (s, &(s0, s1)) in doc.sentences.iter().enumerate() {
        let para_first = doc
            .paragraphs
            .get(doc.paragraph_of_sentence(s))
            .is_some_and(|&(p0, _)| p0 == s);
        // Nearest lexicon cue to the left / right of each token in the sentence.
        let is_cue = |t: usize| info.lex[t] & (cuelex::ANY_CUE | cuelex::NOUN) != 0;
        let mut left = vec![usize::MAX; s1 - s0];
        let mut last = usize::MAX;
        for t in s0..s1 {
            left[t - s0] = last;
            if is_cue(t) {
                last = t;
            }
        }
        let mut right = vec![usize::MAX; s1 - s0];
        let mut next = usize::MAX;
        for t in (s0..s1).rev() {
            right[t - s0] = next;
            if is_cue(t) {
                next = t;
            }
        }
        let has_quote = (s0..s1).any(|t| info.quote[t] != 0);
        for t in s0..s1 {
            let len = token_features(
                doc,
                info,
                t,
                (s0, s1),
                para_first,
                has_quote,
                left[t - s0],
                right[t - s0],
                &mut hashes,
            );
            sink.token(hashes.get(..len).unwrap_or(&hashes));
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn token_features(
    doc: &Document,
    info: &TokenInfo,
    t: usize,
    (s0, s1): (usize, usize),
    para_first: bool,
    has_quote: bool,
    left: usize,
    right: usize,
    out: &mut [u32; 64],
) -> usize {
    // Slices, not `Vec`s: the size-optimised wasm build calls `Vec`'s
    // `Index` out of line.
    let (whash, shape, lex, quote, suffix) = (
        info.whash.as_slice(),
        info.shape.as_slice(),
        info.lex.as_slice(),
        info.quote.as_slice(),
        info.suffix.as_slice(),
    );
    let word = |k: isize| -> u32 {
        let j = t as isize + k;
        if j < s0 as isize {
            1
        } else if j >= s1 as isize {
            2
        } else {
            whash[j as usize]
        }
    };
    let shp = |k: isize| -> u32 {
        let j = t as isize + k;
        if j < s0 as isize || j >= s1 as isize {
            12
        } else {
            shape[j as usize] as u32
        }
    };
    let lexc = |k: isize| -> u32 {
        let j = t as isize + k;
        if j < s0 as isize || j >= s1 as isize {
            7
        } else {
            lex_class(lex[j as usize])
        }
    };
    // The neighbourhood read once (the templates below read it many times).
    let words: [u32; 7] = std::array::from_fn(|i| word(i as isize - 3));
    let word = |k: isize| words[(k + 3) as usize];
    let shapes: [u32; 3] = std::array::from_fn(|i| shp(i as isize - 1));
    let shp = |k: isize| shapes[(k + 1) as usize];
    let classes: [u32; 5] = std::array::from_fn(|i| lexc(i as isize - 2));
    let lexc = |k: isize| classes[(k + 2) as usize];
    let w0 = word(0);
    // Written to the caller's buffer (at most 49 templates fire for a
    // token); returns how many.
    let mut len = 0;
    let mut push = |h: H| {
        if let Some(slot) = out.get_mut(len) {
            *slot = h.0;
            len += 1;
        }
    };
    push(H::new(0));
    push(H::new(1).n(w0));
    push(H::new(2).n(word(-1)));
    push(H::new(3).n(word(1)));
    push(H::new(4).n(word(-2)));
    push(H::new(5).n(word(2)));
    push(H::new(6).n(word(-1)).n(w0));
    push(H::new(7).n(w0).n(word(1)));
    push(H::new(8).n(suffix[t]));
    push(H::new(9).n(shp(0)));
    push(H::new(10).n(shp(-1)).n(shp(0)).n(shp(1)));
    push(H::new(11).n(lex[t] as u32));
    push(H::new(12).n(lexc(-1)).n(lexc(0)).n(lexc(1)));
    push(H::new(13).n(lexc(-2)).n(lexc(-1)));
    push(H::new(14).n(lexc(1)).n(lexc(2)));
    let q = quote[t] as u32;
    push(H::new(15).n(q));
    push(H::new(16).n(q).n(shp(0)).n(lexc(0)));
    // Position in the sentence.
    let first = t == s0;
    let last_tok = t + 1 == s1;
    let rel = ((t - s0) * 4 / (s1 - s0).max(1)) as u32;
    push(H::new(17).n(first as u32).n(last_tok as u32).n(rel));
    push(
        H::new(18)
            .n(para_first as u32)
            .n(first as u32)
            .n(has_quote as u32),
    );
    // First word of the sentence (quote mark, "But", "According").
    push(H::new(19).n(whash[s0]).n(rel));
    // Cue context: direction and distance to the nearest lexicon cue.
    let lb = if left == usize::MAX {
        8
    } else {
        bucket(t - left)
    };
    let rb = if right == usize::MAX {
        8
    } else {
        bucket(right - t)
    };
    let lcls = if left == usize::MAX {
        7
    } else {
        lex_class(lex[left])
    };
    let rcls = if right == usize::MAX {
        7
    } else {
        lex_class(lex[right])
    };
    push(H::new(20).n(lb).n(lcls));
    push(H::new(21).n(rb).n(rcls));
    push(H::new(22).n(lb).n(rb));
    push(H::new(23).n(lb).n(rb).n(q).n(shp(0)));
    // Commas between the token and the nearest cues.
    let commas =
        |a: usize, b: usize| -> u32 { (a..b).filter(|&k| shape[k] == 5).count().min(2) as u32 };
    let lc = if left == usize::MAX {
        3
    } else {
        commas(left, t)
    };
    let rc = if right == usize::MAX {
        3
    } else {
        commas(t, right)
    };
    push(H::new(24).n(lc).n(rc).n(lb.min(4)).n(rb.min(4)));
    // Word after the left cue ("that", ":", "to") and words around the right cue.
    if left != usize::MAX {
        let after = if left + 1 < s1 { whash[left + 1] } else { 2 };
        push(H::new(25).n(after).n(lb.min(5)));
        push(H::new(26).n(whash[left]).n(lb.min(3)));
    }
    if right != usize::MAX {
        let to_end = bucket(s1 - right);
        push(H::new(27).n(to_end).n(rc).n(rb.min(5)));
        push(H::new(28).n(whash[right]).n(rb.min(3)));
        let before = if right > s0 { whash[right - 1] } else { 1 };
        push(H::new(29).n(before).n(rb.min(4)).n(shp(0)));
    }
    push(H::new(30).n(w0).n(lb.min(4)).n(rb.min(4)));
    push(H::new(31).n(w0).n(q));
    // Position in a run of capitalised words (names): start, inside, end, single.
    let cap = |k: isize| -> bool {
        let j = t as isize + k;
        j >= s0 as isize && j < s1 as isize && matches!(shape[j as usize], 1 | 2)
    };
    let run = if !cap(0) {
        0
    } else {
        1 + cap(-1) as u32 + 2 * cap(1) as u32
    };
    push(H::new(43).n(run).n(rb.min(4)).n(lb.min(4)));
    push(H::new(44).n(run).n(word(-1)));
    push(H::new(45).n(run).n(word(1)));
    push(H::new(33).n(word(-1)).n(w0).n(word(1)));
    push(H::new(34).n(w0).n(shp(-1)).n(shp(1)));
    push(H::new(35).n(word(-3)));
    push(H::new(36).n(word(3)));
    push(H::new(37).n(w0).n(word(2)));
    push(H::new(38).n(word(-2)).n(w0));
    push(H::new(39).n(w0).n(lb.min(5)).n(lcls));
    push(H::new(40).n(w0).n(rb.min(5)).n(rcls));
    push(H::new(41).n(word(1)).n(word(2)).n(lexc(0)));
    push(H::new(42).n(word(-2)).n(word(-1)).n(lexc(0)));
    // Sentence length bucket and distance to sentence end.
    push(H::new(32).n(bucket(s1 - t)).n(shp(0)).n(q));
    let _ = doc;
    len
}
