//! Splitting an article into paragraphs, sentences and tokens.
//!
//! Paragraphs are separated by blank lines. Sentences end at `.`, `!`, `?` or `…`
//! (with any closing quote or bracket after it) followed by white space and a
//! plausible sentence start; abbreviations (`Nov.`, `Gen.`, `U.S.`, `a.m.`) and
//! initials (`John F. Kennedy`) do not end sentences. All offsets are UTF-8 bytes.
//!
//! ```
//! use claimlens_engine::segment::Document;
//! let doc = Document::new("Gen. Smith arrived at 9 a.m. on Nov. 3. He spoke.\n\nNext paragraph.");
//! assert_eq!(doc.paragraphs.len(), 2);
//! assert_eq!(doc.sentences.len(), 3);
//! assert_eq!(doc.sentence_text(0), "Gen. Smith arrived at 9 a.m. on Nov. 3.");
//! ```

use crate::cuelex::WordSet;
use std::sync::OnceLock;

use crate::model::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, digits and word-internal marks (`don't`, `U.S.`, `3.5`, `co-founder`).
    Word,
    /// A quotation mark: `"`, `“`, `”`, and `‘` `’` `'` when not an apostrophe.
    Quote,
    /// Any other single non-space character.
    Punct,
}

/// One token, as a byte range of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the text.
    pub span: Span,
    /// What it is made of.
    pub kind: TokenKind,
}

/// An article split into paragraphs, sentences and tokens (byte offsets).
#[derive(Debug, Clone)]
pub struct Document<'a> {
    /// The article text.
    pub text: &'a str,
    /// Every token, in order.
    pub tokens: Vec<Token>,
    /// Sentences as token index ranges `[start, end)`, in order.
    pub sentences: Vec<(usize, usize)>,
    /// Paragraphs as sentence index ranges `[start, end)`, in order.
    pub paragraphs: Vec<(usize, usize)>,
    /// `sentence_at[t]` is [`Document::sentence_of`] token `t`.
    sentence_at: Vec<usize>,
    /// `starts[b]` is the index of the first token starting at or after byte
    /// `b * STRIDE` ([`Document::token_at`]).
    starts: Vec<usize>,
    /// The text of each token ([`Document::token_text`]): the rules ask for
    /// it about fifteen times per token, and slicing the text checks both
    /// ends for character boundaries each time.
    texts: Vec<&'a str>,
    /// Folded forms of the tokens ([`Document::folded`]), computed with the
    /// tokens: hedges, verification and coref all match folded words, and
    /// folding each token once instead of in every pass saves allocations.
    /// (The word classes read them while the document is built, so a lazy
    /// fold only cost a readiness test per lookup.)
    folded: Folded,
    /// The hedge cues of the document ([`crate::hedges::detect`]), found once:
    /// hedges and verification both ask for them.
    pub(crate) hedges: OnceLock<Vec<crate::model::Hedge>>,
    /// The quotations of the document ([`crate::quotes::find_quotations`]),
    /// found once: features, kinds and quote attribution all ask for them.
    pub(crate) quotations: OnceLock<Vec<crate::quotes::Quotation>>,
    /// The quotations with their speakers
    /// ([`crate::quotes::attribute_quotations`]), found once.
    pub(crate) quote_attributions: OnceLock<Vec<crate::quotes::QuoteAttribution>>,
    /// The topic stem of each token ([`crate::verification::topic`]), found
    /// once: every claim, cue and evidence sentence over a token asks for it.
    pub(crate) stems: OnceLock<Vec<crate::verification::topic::Stem>>,
    /// The word classes of each token ([`crate::attribution::wordclass`]):
    /// the rules test them on nearly every token.
    pub(crate) word_classes: Vec<u16>,
}

/// Folded forms of the tokens that fold to something else than their text
/// (capitals, curly apostrophes, other non-ASCII letters), concatenated:
/// `ranges[i]` is token `i`'s fold in `text`, or `SAME` when the token is
/// already its own fold (most words), which then costs no copy and no
/// slicing.
#[derive(Debug, Clone, Default)]
struct Folded {
    text: String,
    ranges: Vec<(usize, usize)>,
}

impl Folded {
    /// The folds of the tokens `texts`.
    fn of(texts: &[&str]) -> Self {
        let mut f = Folded {
            text: String::new(),
            ranges: Vec::with_capacity(texts.len()),
        };
        for &word in texts {
            // Lower-case ASCII is its own fold.
            let bytes = word.as_bytes();
            let mut k = 0;
            while k < bytes.len() && bytes[k] < 0x80 && !bytes[k].is_ascii_uppercase() {
                k += 1;
            }
            if k == bytes.len() {
                f.ranges.push(SAME);
            } else {
                let at = f.text.len();
                fold_into(word, &mut f.text);
                f.ranges.push((at, f.text.len()));
            }
        }
        f
    }
}

/// Bytes of text per entry of `Document::starts`: no token is empty, so
/// [`Document::token_at`] scans at most this many tokens (in prose, two or
/// three).
const STRIDE: usize = 16;

/// `Folded::ranges` entry of a token that is its own fold.
const SAME: (usize, usize) = (usize::MAX, 0);

impl<'a> Document<'a> {
    /// Segments `text`.
    pub fn new(text: &'a str) -> Self {
        let mut tokens = Vec::new();
        let mut sentences = Vec::new();
        let mut paragraphs = Vec::new();
        let mut chars = Vec::new();
        for para in paragraph_ranges(text) {
            let first_token = tokens.len();
            tokenize(text, para, &mut tokens, &mut chars);
            if tokens.len() == first_token {
                continue;
            }
            let first_sentence = sentences.len();
            split_sentences(text, &tokens, first_token, tokens.len(), &mut sentences);
            paragraphs.push((first_sentence, sentences.len()));
        }
        let texts: Vec<&str> = tokens
            .iter()
            .map(|t| &text[t.span.start..t.span.end])
            .collect();
        let folded = Folded::of(&texts);
        let mut starts = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut k = 0;
        for b in 0..=text.len() / STRIDE {
            while tokens.get(k).is_some_and(|t| t.span.start < b * STRIDE) {
                k += 1;
            }
            starts.push(k);
        }
        // Each token's sentence, by the binary search's rule (the first
        // sentence ending after it), in one walk.
        let mut sentence_at = Vec::with_capacity(tokens.len());
        let mut s = 0;
        for t in 0..tokens.len() {
            while sentences.get(s).is_some_and(|&(_, end)| end <= t) {
                s += 1;
            }
            sentence_at.push(s);
        }
        let mut doc = Document {
            text,
            tokens,
            sentences,
            paragraphs,
            sentence_at,
            starts,
            texts,
            folded,
            hedges: OnceLock::new(),
            quotations: OnceLock::new(),
            quote_attributions: OnceLock::new(),
            stems: OnceLock::new(),
            word_classes: Vec::new(),
        };
        doc.word_classes = crate::attribution::wordclass::classes(&doc);
        doc
    }

    /// Token `i` lower-cased with `’` folded to `'`: the same string as
    /// [`crate::hedges::fold`] of [`Document::token_text`], computed once per
    /// document.
    pub fn folded(&self, i: usize) -> &str {
        self.fold_of(i)
    }

    /// [`Document::folded`], inlined where a caller runs for nearly every
    /// token ([`crate::attribution`]'s word-list test).
    #[inline(always)]
    pub(crate) fn fold_of(&self, i: usize) -> &str {
        let folded = &self.folded;
        // Slices, not `Vec`s: the size-optimised wasm build calls `Vec`'s
        // `Index` out of line, and this runs for every rule's every token.
        // Only the start tells `SAME` apart (one comparison, not two).
        match folded.ranges.as_slice()[i] {
            (usize::MAX, _) => self.texts.as_slice()[i],
            (start, end) => &folded.text[start..end],
        }
    }

    /// Text of token `i`.
    pub fn token_text(&self, i: usize) -> &'a str {
        self.texts.as_slice()[i]
    }

    /// Byte span from the start of token `first` to the end of token `last`
    /// (inclusive).
    ///
    /// ```
    /// use claimlens_engine::segment::Document;
    /// let doc = Document::new("The mayor said so.");
    /// assert_eq!(&doc.text[doc.span_of(1, 2).start..doc.span_of(1, 2).end], "mayor said");
    /// ```
    // Out of line, as `tokens_in`: the rules build spans like this at about
    // sixty places.
    #[inline(never)]
    pub fn span_of(&self, first: usize, last: usize) -> Span {
        Span::new(self.tokens[first].span.start, self.tokens[last].span.end)
    }

    /// Byte span of sentence `i`.
    pub fn sentence_span(&self, i: usize) -> Span {
        let (a, b) = self.sentences[i];
        Span::new(self.tokens[a].span.start, self.tokens[b - 1].span.end)
    }

    /// Text of sentence `i`.
    pub fn sentence_text(&self, i: usize) -> &'a str {
        let s = self.sentence_span(i);
        &self.text[s.start..s.end]
    }

    /// Token range `(first, end)` of paragraph `i` (end exclusive), if the
    /// paragraph has sentences.
    pub fn paragraph_tokens(&self, i: usize) -> Option<(usize, usize)> {
        let &(a, b) = self.paragraphs.get(i)?;
        Some((
            self.sentences.get(a)?.0,
            self.sentences.get(b.checked_sub(1)?)?.1,
        ))
    }

    /// Byte span of paragraph `i`.
    pub fn paragraph_span(&self, i: usize) -> Span {
        let (a, b) = self.paragraphs[i];
        Span::new(self.sentence_span(a).start, self.sentence_span(b - 1).end)
    }

    /// The tokens inside or overlapping byte span `span`, in order (empty
    /// when none is).
    // Out of line: called from hundreds of rules, inlined (with
    // `sentence_of`, `paragraph_of_sentence`) it cost about 1 KB of the
    // embed (gzip) for no measurable speed.
    #[inline(never)]
    pub fn tokens_in(&self, span: Span) -> std::ops::Range<usize> {
        // The first token ending after the span's start is the one before
        // the first starting at or after it, when it runs past the start
        // (tokens neither overlap nor go out of order).
        let first = self.token_at(span.start);
        let first = match first.checked_sub(1) {
            Some(k) if self.tokens[k].span.end > span.start => k,
            _ => first,
        };
        let end = self.token_at(span.end);
        first..end.max(first)
    }

    /// Index of the first token starting at or after byte `pos` (the
    /// number of tokens when none does): `tokens.partition_point(|t|
    /// t.span.start < pos)`, from an index of every `STRIDE` bytes and a
    /// scan of the few tokens after it, instead of a binary search (the
    /// rules ask this hundreds of thousands of times per article).
    #[inline(never)] // (as `tokens_in`)
    pub fn token_at(&self, pos: usize) -> usize {
        let Some(&from) = self.starts.get(pos / STRIDE) else {
            return self.tokens.len();
        };
        let mut k = from;
        while self.tokens.get(k).is_some_and(|t| t.span.start < pos) {
            k += 1;
        }
        k
    }

    /// Index of the sentence holding token `t`.
    #[inline(never)] // (as `tokens_in`)
    pub fn sentence_of(&self, t: usize) -> usize {
        match self.sentence_at.get(t) {
            Some(&s) => s,
            None => self.sentences.partition_point(|&(_, end)| end <= t),
        }
    }

    /// Index of the paragraph holding sentence `s`.
    #[inline(never)] // (as `tokens_in`)
    pub fn paragraph_of_sentence(&self, s: usize) -> usize {
        self.paragraphs.partition_point(|&(_, end)| end <= s)
    }
}

/// Appends `word` lower-cased ([`crate::case`]) with `’` folded to `'` (what
/// [`crate::hedges::fold`] returns) to `out`.
pub(crate) fn fold_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        crate::case::push_lowercase(word, out);
    } else {
        let fold = |c| {
            if c == '’' {
                '\''
            } else {
                crate::case::lower_char(c)
            }
        };
        out.extend(word.chars().map(fold));
    }
}

/// Byte ranges of the paragraphs: runs of text separated by lines that are blank.
fn paragraph_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut start = None;
    let mut last_end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let line_start = pos;
        pos += line.len();
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                ranges.push((s, last_end));
            }
        } else {
            start.get_or_insert(line_start);
            last_end = line_start + line.trim_end().len();
        }
    }
    if let Some(s) = start {
        ranges.push((s, last_end));
    }
    ranges
}

/// Characters that may sit inside a word between letters or digits.
fn is_word_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‑' | '.' | ',' | '&' | '/' | ':')
}

/// Whether `c` belongs to a word. Inlined for ASCII (the tokenizer asks
/// for every character); other characters go to [`is_wide_word_char`].
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        // The same answer without the Unicode tables (the common case).
        matches!(c, 'a'..='z' | 'A'..='Z' | '0'..='9' | '_')
    } else {
        is_wide_word_char(c)
    }
}

/// [`is_word_char`] of a non-ASCII character.
#[inline(never)]
fn is_wide_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks (so `é` written as `e` + U+0301 stays one word).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x200D)
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '\'' | '‚'
    )
}

/// Tokenizes `text[range]` into `out`; `chars` is scratch space.
fn tokenize(
    text: &str,
    range: (usize, usize),
    out: &mut Vec<Token>,
    chars: &mut Vec<(usize, char)>,
) {
    let slice = &text[range.0..range.1];
    // One buffer for every paragraph, sized up front (a paragraph has no
    // more characters than bytes): collected anew for each, it was
    // allocated and grown by doubling a few times per paragraph.
    chars.clear();
    chars.reserve(slice.len());
    chars.extend(slice.char_indices());
    let chars = chars.as_slice();
    let mut i = 0;
    while i < chars.len() {
        let (off, c) = chars[i];
        let space = if c.is_ascii() {
            matches!(c, ' ' | '\t'..='\r')
        } else {
            c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}'
        };
        if space {
            i += 1;
            continue;
        }
        let start = range.0 + off;
        if is_word_char(c) {
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j].1;
                if is_word_char(d) {
                    j += 1;
                } else if is_word_joiner(d)
                    && j + 1 < chars.len()
                    && is_word_char(chars[j + 1].1)
                    && joiner_allowed(d, chars, i, j)
                {
                    j += 2;
                } else {
                    break;
                }
            }
            // "U.S." keeps its final period: a dotted abbreviation.
            if j < chars.len() && chars[j].1 == '.' && is_dotted_abbreviation(&chars[i..j]) {
                j += 1;
            }
            let end = range.0 + chars.get(j).map_or(slice.len(), |&(o, _)| o);
            out.push(Token {
                span: Span::new(start, end),
                kind: TokenKind::Word,
            });
            i = j;
        } else {
            let end = start + c.len_utf8();
            let kind = if is_quote(c) {
                TokenKind::Quote
            } else {
                TokenKind::Punct
            };
            out.push(Token {
                span: Span::new(start, end),
                kind,
            });
            i += 1;
        }
    }
}

/// Whether joiner `d` at `j` may join the word begun at `i`: commas, periods and
/// colons only between digits (`1,000`, `3.5`, `9:30`) or in dotted abbreviations.
fn joiner_allowed(d: char, chars: &[(usize, char)], i: usize, j: usize) -> bool {
    match d {
        ',' | ':' => chars[j - 1].1.is_ascii_digit() && chars[j + 1].1.is_ascii_digit(),
        '.' => {
            (chars[j - 1].1.is_ascii_digit() && chars[j + 1].1.is_ascii_digit())
                || is_dotted_abbreviation(&chars[i..j + 2])
        }
        _ => true,
    }
}

/// `U.S`, `a.m`, `N.Y`: single letters joined by periods.
fn is_dotted_abbreviation(chars: &[(usize, char)]) -> bool {
    chars.len() >= 3
        && chars.iter().enumerate().all(|(k, &(_, c))| {
            if k % 2 == 0 {
                c.is_alphabetic()
            } else {
                c == '.'
            }
        })
}

struct Abbreviations {
    titles: WordSet<&'static str>,
    others: WordSet<&'static str>,
    openers: WordSet<&'static str>,
}

fn abbreviations() -> &'static Abbreviations {
    static CELL: OnceLock<Abbreviations> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut titles = WordSet::default();
        let mut others = WordSet::default();
        for line in
            crate::lexicon::lines(include_str!(concat!(env!("OUT_DIR"), "/abbreviations.txt")))
        {
            match line.strip_prefix('!') {
                Some(title) => titles.insert(title),
                None => others.insert(line),
            };
        }
        let openers = crate::lexicon::lines(include_str!(concat!(
            env!("OUT_DIR"),
            "/sentence_openers.txt"
        )))
        .collect();
        Abbreviations {
            titles,
            others,
            openers,
        }
    })
}

/// Whether `word` is a title abbreviation (`Gov`, `Sen`, `Dr`) whose period
/// never ends a sentence.
pub fn is_title_abbreviation(word: &str) -> bool {
    abbreviations().titles.contains(word)
}

/// Splits tokens `[from, to)` of one paragraph into sentences.
fn split_sentences(
    text: &str,
    tokens: &[Token],
    from: usize,
    to: usize,
    out: &mut Vec<(usize, usize)>,
) {
    let tok = |i: usize| &text[tokens[i].span.start..tokens[i].span.end];
    let abbr = abbreviations();
    let mut start = from;
    let mut i = from;
    while i < to {
        let t = tok(i);
        let terminal = matches!(t, "." | "!" | "?" | "…")
            || (tokens[i].kind == TokenKind::Word && t.ends_with('.') && t.len() > 1);
        if !terminal {
            i += 1;
            continue;
        }
        // Closing quotes and brackets belong to the sentence they close.
        let mut end = i + 1;
        // A straight mark after a space opens the next quotation instead.
        while end < to
            && (is_closing(tok(end)) || matches!(tok(end), "." | "!" | "?"))
            && tokens[end].span.start == tokens[end - 1].span.end
        {
            end += 1;
        }
        if end >= to {
            break;
        }
        let gap = &text[tokens[end - 1].span.end..tokens[end].span.start];
        let next = tok(end);
        let next_starts = next.chars().next().is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || is_quote(c) || c == '(' || c == '—'
        });
        let mut splits = !gap.is_empty() && next_starts;
        if splits && t == "." && i > from {
            let prev = tok(i - 1);
            let adjacent = tokens[i - 1].span.end == tokens[i].span.start;
            if adjacent && tokens[i - 1].kind == TokenKind::Word {
                let is_initial = prev.chars().count() == 1 && prev.chars().all(char::is_uppercase);
                if abbr.titles.contains(prev) || is_initial {
                    splits = false;
                } else if abbr.others.contains(prev) {
                    splits = abbr.openers.contains(next);
                }
            }
        }
        if splits && tokens[i].kind == TokenKind::Word {
            // A dotted abbreviation token such as "U.S." or "a.m.".
            let stem = t.trim_end_matches('.');
            // Dotted initials (`K.C. Maurer`, `in the U.N. Security`) end a
            // sentence only before a word that usually opens one, like the
            // listed abbreviations.
            let initials = stem.contains('.')
                && stem
                    .split('.')
                    .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
            splits = !abbr.titles.contains(stem)
                && (!(initials || abbr.others.contains(stem)) || abbr.openers.contains(next));
        }
        if splits {
            out.push((start, end));
            start = end;
        }
        i = end;
    }
    if start < to {
        out.push((start, to));
    }
}

fn is_closing(t: &str) -> bool {
    matches!(t, "”" | "’" | "\"" | "'" | ")" | "]" | "»")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        (0..doc.sentences.len())
            .map(|i| doc.sentence_text(i).to_string())
            .collect()
    }

    #[test]
    fn token_lookups_agree_with_binary_searches() {
        let text = "“Nobody,” said Émile Zola’s aide —  twice.\n\n\n  Ça va? \
            (Yes: 3.5%, U.S.-made.) The end…";
        let doc = Document::new(text);
        for pos in 0..text.len() + 40 {
            let at = doc.tokens.partition_point(|t| t.span.start < pos);
            assert_eq!(doc.token_at(pos), at, "{pos}");
            let sentence = doc.sentences.partition_point(|&(_, end)| end <= pos);
            assert_eq!(doc.sentence_of(pos), sentence);
            for end in pos..text.len() + 40 {
                let first = doc.tokens.partition_point(|t| t.span.end <= pos);
                let last = doc.tokens.partition_point(|t| t.span.start < end);
                assert_eq!(doc.tokens_in(Span::new(pos, end)), first..last.max(first));
            }
        }
    }

    #[test]
    fn dotted_initials_end_a_sentence_only_before_an_opener() {
        let s = sentences(
            "K.C. Maurer, the county clerk, said the count would end Friday. The vote moved to the U.N. The council met on J.R. Ewing Road.",
        );
        assert_eq!(
            s,
            [
                "K.C. Maurer, the county clerk, said the count would end Friday.",
                "The vote moved to the U.N.",
                "The council met on J.R. Ewing Road."
            ]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let s = sentences(
            "Mr. Lee met Gen. Ortiz at 10 a.m. on Nov. 4 in Washington, D.C., said John F. Kennedy Jr. of the U.S. Navy. The talks ended.",
        );
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn abbreviation_at_sentence_end_splits_before_opener() {
        let s = sentences("The aid went to the U.S. The money arrived at 9 a.m. He left.");
        assert_eq!(
            s,
            vec![
                "The aid went to the U.S.",
                "The money arrived at 9 a.m.",
                "He left."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let s = sentences("“We will win.” She smiled. \"Really?\" he asked.");
        assert_eq!(
            s,
            vec!["“We will win.”", "She smiled.", "\"Really?\" he asked."]
        );
    }

    #[test]
    fn words_keep_apostrophes_numbers_and_hyphens() {
        let doc = Document::new("Clinton’s co-founder didn't pay $1,000.50 at 9:30.");
        let words: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.token_text(i)).collect();
        assert_eq!(
            words,
            vec![
                "Clinton’s",
                "co-founder",
                "didn't",
                "pay",
                "$",
                "1,000.50",
                "at",
                "9:30",
                "."
            ]
        );
    }

    #[test]
    fn paragraphs_split_on_blank_lines_only() {
        let doc = Document::new("One.\nStill one.\n\n  \r\nTwo.");
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.sentences.len(), 3);
    }

    #[test]
    fn folded_tokens_equal_folding_each_token() {
        let text = "CLINTON’S Aid İstanbul ΟΔΟΣ Straße didn't É\u{301}TÉ.";
        let doc = Document::new(text);
        assert!(doc.tokens.len() > 5);
        for t in 0..doc.tokens.len() {
            assert_eq!(doc.folded(t), crate::hedges::fold(doc.token_text(t)));
        }
        assert_eq!(doc.folded(0), "clinton's");
    }

    #[test]
    fn empty_and_blank_texts_have_no_segments() {
        for text in ["", "   \n\n\t", "\u{200B}"] {
            let doc = Document::new(text);
            assert!(doc.tokens.is_empty() && doc.sentences.is_empty() && doc.paragraphs.is_empty());
        }
    }
}
