//! Stage one's feature templates: each a 32-bit hash of a template id and
//! its values. Strings are hashed by FNV-1a (once per token, by the engine),
//! whole 32-bit values by multiply-rotate mixing (a few instructions per
//! value, no allocation). The tagger's slot function multiplies again and
//! keeps the top bits.

/// A template's hash under construction.
#[derive(Clone, Copy)]
pub struct H(pub u32);

impl H {
    /// Starts the hash of template `template`.
    #[inline]
    pub fn new(template: u8) -> Self {
        H((0x811c_9dc5u32 ^ template as u32).wrapping_mul(0x0100_0193))
    }

    /// Adds the bytes of a string and a separator, so that ("ab","c") and
    /// ("a","bc") differ.
    pub fn s(mut self, s: &str) -> Self {
        for &x in s.as_bytes() {
            self.0 = (self.0 ^ x as u32).wrapping_mul(0x0100_0193);
        }
        self.0 = (self.0 ^ 0xff).wrapping_mul(0x0100_0193);
        self
    }

    /// Adds a whole value.
    #[inline]
    pub fn n(self, x: u32) -> Self {
        H((self.0.rotate_left(5) ^ x).wrapping_mul(0x2722_0A95) ^ 0x9E37_79B9)
    }
}

/// Distance bucket: 1, 2, 3, 4–5, 6–8, 9–15, 16+.
#[inline]
pub fn bucket(d: usize) -> u32 {
    match d {
        0..=3 => d as u32,
        4..=5 => 4,
        6..=8 => 5,
        9..=15 => 6,
        _ => 7,
    }
}

/// Where the templates put each token's feature hashes, token after token:
/// hash lists ([`Lists`], for training) or the tagger's emission sums
/// ([`crate::emit`]), which then add each weight row as its hash is made.
///
/// A token's features go to a [`Sink::Token`] that the templates hold as a
/// local value, not to the sink itself: the compiler then keeps it in
/// registers, where through `&mut self` it stored it back after every
/// feature.
pub trait Sink {
    /// What a token's features make as they come.
    type Token: Default;
    /// Adds feature `hash` to `token`.
    fn feature(&self, token: &mut Self::Token, hash: u32);
    /// Ends a token with what its features made.
    fn end_token(&mut self, token: Self::Token);
}

/// Most features a token has (stage one's templates fire at most 49,
/// stage two's 16).
pub const MAX_FEATURES: usize = 64;

/// Feature lists: every token's hashes in order, `ends[t]` ending token
/// `t`'s (counted from the last [`Lists::clear`]).
#[derive(Debug, Clone, Default)]
pub struct Lists {
    /// Feature hashes.
    pub hashes: Vec<u32>,
    /// End of each token's features in `hashes`.
    pub ends: Vec<usize>,
}

impl Lists {
    /// Empties both lists, keeping their memory.
    pub fn clear(&mut self) {
        self.hashes.clear();
        self.ends.clear();
    }

    /// Each token's features, in order.
    pub fn tokens(&self) -> impl Iterator<Item = &[u32]> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(a, &b)| self.hashes.get(a..b).unwrap_or_default())
    }
}

/// One token's hashes for [`Lists`], appended at its end.
pub struct TokenHashes {
    /// The hashes, `len` of them.
    buf: [u32; MAX_FEATURES],
    /// Hashes so far.
    len: usize,
}

impl Default for TokenHashes {
    fn default() -> Self {
        TokenHashes {
            buf: [0; MAX_FEATURES],
            len: 0,
        }
    }
}

impl Sink for Lists {
    type Token = TokenHashes;

    fn feature(&self, token: &mut TokenHashes, hash: u32) {
        if let Some(slot) = token.buf.get_mut(token.len) {
            *slot = hash;
            token.len += 1;
        }
    }

    fn end_token(&mut self, token: TokenHashes) {
        self.hashes.extend_from_slice(&token.buf[..token.len]);
        self.ends.push(self.hashes.len());
    }
}

/// Per-token facts of a document the templates read (one entry per token).
#[derive(Debug, Clone, Copy)]
pub struct Tokens<'a> {
    /// Hash of each lowercase form.
    pub whash: &'a [u32],
    /// Hash of the last three characters of each lowercase form.
    pub suffix: &'a [u32],
    /// Word shape class (5 = comma, 1 capitalised, 2 all caps).
    pub shape: &'a [u8],
    /// Lexicon category bits.
    pub lex: &'a [u16],
    /// Coarse lexicon class of `lex` (0 none … 6).
    pub class: &'a [u8],
    /// Quote role: 0 outside, 1 inside, 2 opening mark, 3 closing mark.
    pub quote: &'a [u8],
    /// The `lex` bits that make a token a cue for the distance templates.
    pub cue_mask: u16,
}

/// What the templates read of a token as a neighbour, in a sentence padded
/// with [`PAD`] entries on each side: a token's neighbourhood is then seven
/// entries in a row, read without a bounds test per neighbour.
#[derive(Clone, Copy)]
struct Near {
    /// `whash`; 1 before the sentence, 2 after it.
    word: u32,
    /// `shape`; 12 outside the sentence (neither 1 nor 2: no capital).
    shape: u8,
    /// `class`; 7 outside the sentence.
    class: u8,
    /// For a token of the sentence, the nearest cue after it
    /// (`usize::MAX` for none) and the commas from it to the sentence's end.
    right: (usize, u32),
}

/// Neighbours on each side of a token that the templates read.
const PAD: usize = 3;

/// The features of every token of sentence `s0..s1`, in order, into `sink`
/// (one [`Sink::end_token`] per token).
pub fn sentence(tok: &Tokens, (s0, s1): (usize, usize), para_first: bool, sink: &mut impl Sink) {
    if s1 > tok.whash.len() || s0 >= s1 {
        return;
    }
    let outside = |word| Near {
        word,
        shape: 12,
        class: 7,
        right: (usize::MAX, 0),
    };
    let mut near: Vec<Near> = [outside(1); PAD]
        .into_iter()
        .chain((s0..s1).map(|t| Near {
            word: tok.whash[t],
            shape: tok.shape[t],
            class: tok.class[t],
            right: (usize::MAX, 0),
        }))
        .chain([outside(2); PAD])
        .collect();
    // Nearest cue to the left / right of each token in the sentence. With
    // the right cue, the commas from the token to the sentence's end: the
    // commas between a token and its nearest cues are then a difference,
    // where counting them scanned every token between (per token, per
    // side; a byte loop in the wasm build).
    let is_cue = |t: usize| tok.lex[t] & tok.cue_mask != 0;
    let (mut next, mut commas) = (usize::MAX, 0);
    for (t, n) in (s0..s1).zip(&mut near[PAD..]).rev() {
        commas += u32::from(n.shape == 5);
        n.right = (next, commas);
        if is_cue(t) {
            next = t;
        }
    }
    let has_quote = tok.quote[s0..s1].iter().any(|&q| q != 0);
    let mut left = usize::MAX;
    for (t, around) in (s0..s1).zip(near.windows(2 * PAD + 1)) {
        token(
            tok,
            t,
            (s0, s1),
            para_first,
            has_quote,
            left,
            (around, &near[PAD..]),
            sink,
        );

        if is_cue(t) {
            left = t;
        }
    }
}

/// Puts the features of token `t` into `sink`: `left` is the nearest cue
/// before it (`usize::MAX` for none); `around` is the token's padded
/// neighbourhood ([`Near`], the token in the middle) and `sentence[k]` the
/// facts of the sentence's token `s0 + k`.
#[allow(clippy::too_many_arguments)]
fn token<S: Sink>(
    tok: &Tokens,
    t: usize,
    (s0, s1): (usize, usize),
    para_first: bool,
    has_quote: bool,
    left: usize,
    (around, sentence): (&[Near], &[Near]),
    sink: &mut S,
) {
    let Tokens {
        whash,
        suffix,
        lex,
        class,
        quote,
        ..
    } = *tok;
    // The neighbourhood, read once (the templates below read it many times).
    let Ok(around): Result<&[Near; 2 * PAD + 1], _> = around.try_into() else {
        return;
    };
    let near = |k: isize| around[(k + PAD as isize) as usize];
    let word = |k: isize| near(k).word;
    let shp = |k: isize| near(k).shape as u32;
    let lexc = |k: isize| near(k).class as u32;
    let w0 = word(0);
    // At most 49 templates fire for a token.
    let mut features = S::Token::default();
    let mut push = |h: H| sink.feature(&mut features, h.0);
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
    let right = sentence[t - s0].right.0;
    let (has_left, has_right) = (left != usize::MAX, right != usize::MAX);
    let lb = if has_left { bucket(t - left) } else { 8 };
    let rb = if has_right { bucket(right - t) } else { 8 };
    let lcls = if has_left { class[left] as u32 } else { 7 };
    let rcls = if has_right { class[right] as u32 } else { 7 };
    push(H::new(20).n(lb).n(lcls));
    push(H::new(21).n(rb).n(rcls));
    push(H::new(22).n(lb).n(rb));
    push(H::new(23).n(lb).n(rb).n(q).n(shp(0)));
    // Commas between the token and the nearest cues.
    let commas = |a: usize, b: usize| (sentence[a - s0].right.1 - sentence[b - s0].right.1).min(2);
    let lc = if has_left { commas(left, t) } else { 3 };
    let rc = if has_right { commas(t, right) } else { 3 };
    push(H::new(24).n(lc).n(rc).n(lb.min(4)).n(rb.min(4)));
    // Word after the left cue ("that", ":", "to") and words around the right cue.
    if has_left {
        let after = if left + 1 < s1 { whash[left + 1] } else { 2 };
        push(H::new(25).n(after).n(lb.min(5)));
        push(H::new(26).n(whash[left]).n(lb.min(3)));
    }
    if has_right {
        let to_end = bucket(s1 - right);
        push(H::new(27).n(to_end).n(rc).n(rb.min(5)));
        push(H::new(28).n(whash[right]).n(rb.min(3)));
        let before = if right > s0 { whash[right - 1] } else { 1 };
        push(H::new(29).n(before).n(rb.min(4)).n(shp(0)));
    }
    push(H::new(30).n(w0).n(lb.min(4)).n(rb.min(4)));
    push(H::new(31).n(w0).n(q));
    // Position in a run of capitalised words (names): start, inside, end, single.
    let cap = |k: isize| matches!(near(k).shape, 1 | 2);
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
    sink.end_token(features);
}
