//! Token features for the attribution tagger, shared by the engine and by the
//! training crate so that both see exactly the same numbers.
//!
//! Every feature is a 32-bit hash of a template id and its values (FNV-1a); the
//! tagger maps hashes into a flat weight table. Features look at the word and its
//! neighbours, word shape, the attribution lexicon ([`crate::cuelex`]), quotation
//! marks, the position in the sentence and paragraph, and the distance and
//! direction to the nearest lexicon cue in the sentence.

use claimlens_tagcore::templates::{self, Lists, Tokens, H};

use crate::cuelex;
use crate::quotes;
use crate::segment::{Document, TokenKind};

/// Per-token facts computed once per document.
#[derive(Debug, Clone, Default)]
pub struct TokenInfo {
    /// Word shape class.
    pub shape: Vec<u8>,
    /// Lexicon category bits.
    pub lex: Vec<u16>,
    /// Coarse lexicon class of `lex` (`lex_class`).
    pub class: Vec<u8>,
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
    /// The facts as the templates ([`claimlens_tagcore::templates`]) read them.
    pub fn tokens(&self) -> Tokens<'_> {
        Tokens {
            whash: &self.whash,
            suffix: &self.suffix,
            shape: &self.shape,
            lex: &self.lex,
            class: &self.class,
            quote: &self.quote,
            cue_mask: cuelex::ANY_CUE | cuelex::NOUN,
        }
    }

    /// Computes the facts for `doc`. A token's lowercase form is its
    /// fold ([`Document::folded`]).
    pub fn new(doc: &Document) -> Self {
        let n = doc.tokens.len();
        let mut info = TokenInfo {
            shape: vec![0; n],
            lex: vec![0; n],
            class: vec![0; n],
            quote: vec![0; n],
            sentence: vec![0; n],
            whash: vec![0; n],
            suffix: vec![0; n],
        };
        // Written through slices of length `n`, which spares a bounds check
        // (or a capacity check per push) per token and list.
        let whashes = &mut info.whash[..n];
        let suffixes = &mut info.suffix[..n];
        let shapes = &mut info.shape[..n];
        let lexes = &mut info.lex[..n];
        let classes = &mut info.class[..n];
        // Most of an article's words are repeats: each word form's lexicon
        // bits are looked up once, and later tokens of the same form find
        // its first token in this open-addressed table (keyed by `whash`).
        let mask = (2 * n).next_power_of_two().max(16) - 1;
        let mut first_of = vec![u32::MAX; mask + 1];
        for i in 0..n {
            let kind = doc.tokens[i].kind;
            let lower = doc.folded(i);
            let whash = H::new(200).s(lower).0;
            whashes[i] = whash;
            suffixes[i] = H::new(201).s(&lower[last_three(lower)..]).0;
            shapes[i] = shape(doc.token_text(i), kind);
            let lex = if kind == TokenKind::Word {
                let mut k = whash as usize & mask;
                loop {
                    let j = first_of[k] as usize;
                    if j == u32::MAX as usize {
                        first_of[k] = i as u32;
                        let base = lower.strip_suffix("'s").unwrap_or(lower);
                        break cuelex::categories_lower(base);
                    }
                    if whashes[j] == whash && doc.folded(j) == lower {
                        break lexes[j];
                    }
                    k = (k + 1) & mask;
                }
            } else {
                0
            };
            lexes[i] = lex;
            classes[i] = lex_class(lex) as u8;
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

/// Start of the last three characters of `word` (0 when it has fewer):
/// `word.char_indices().rev().nth(2)`'s index, by a byte scan back that
/// counts the bytes starting a character.
fn last_three(word: &str) -> usize {
    let mut starts = 0;
    for (k, &b) in word.as_bytes().iter().enumerate().rev() {
        if b & 0xC0 != 0x80 {
            starts += 1;
            if starts == 3 {
                return k;
            }
        }
    }
    0
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
        // ASCII words (nearly all) by bytes: the same classes as the
        // character tests of [`char_shape`] give them.
        TokenKind::Word if text.is_ascii() => {
            let bytes = text.as_bytes();
            let first = bytes.first().copied().unwrap_or(b' ');
            if first.is_ascii_digit() {
                3
            } else if first.is_ascii_uppercase() {
                if bytes.len() > 1 && !bytes.iter().any(u8::is_ascii_lowercase) {
                    2
                } else {
                    1
                }
            } else if bytes.iter().any(u8::is_ascii_uppercase) {
                4
            } else {
                0
            }
        }
        TokenKind::Word => char_shape(text),
    }
}

/// A word's shape (0 lower, 1 capitalised, 2 all caps, 3 digits, 4 mixed)
/// by its characters: what non-ASCII words take, and what the ASCII byte
/// path of [`shape`] must agree with.
fn char_shape(text: &str) -> u8 {
    let first = text.chars().next().unwrap_or(' ');
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
    let tokens = info.tokens();
    // One sentence's features at a time, the lists reused.
    let mut lists = Lists::default();
    for (s, &sentence) in doc.sentences.iter().enumerate() {
        let para_first = doc
            .paragraphs
            .get(doc.paragraph_of_sentence(s))
            .is_some_and(|&(p0, _)| p0 == s);
        lists.clear();
        templates::sentence(&tokens, sentence, para_first, &mut lists);
        lists.tokens().for_each(|hashes| sink.token(hashes));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_paths_agree_with_the_character_tests() {
        for word in [
            "",
            "a",
            "ab",
            "abc",
            "Abc",
            "ABC",
            "A",
            "I",
            "U.S.",
            "McCain",
            "iPhone",
            "3D",
            "x-ray",
            "é",
            "éa",
            "aé",
            "żółw",
            "ŁÓDŹ",
            "Émile",
            "ÉMILE",
            "日本語",
            "a日",
            "naïve",
        ] {
            let want = word.char_indices().rev().nth(2).map_or(0, |(i, _)| i);
            assert_eq!(last_three(word), want, "{word}");
            // The character tests alone (what non-ASCII words take).
            assert_eq!(shape(word, TokenKind::Word), char_shape(word), "{word}");
        }
    }
}
