//! Sources the tagger missed, found from the shape of the sentence (no parser):
//!
//! * a source that runs into its cue (`He’s` + `’s claiming`, `Mr. Obama often`
//!   + `often says`) is cut where the cue begins;
//! * a claim without a source whose cue verb follows `and` or a comma
//!   (`Trump attacked Clinton and said …`, `…, saying …`, `…, adding …`) takes
//!   the subject of its sentence: the noun phrase that opens it, past a short
//!   introductory phrase (`In his speech, Graham urged … and criticized …`),
//!   up to another claim's cue;
//! * a finite cue after a parenthetical (`Trump, speaking to veterans, said`)
//!   takes the name before the parenthetical;
//! * a cue right after a name or a subject pronoun (`” Tester said`) takes it,
//!   and one after a noun phrase from a clause boundary takes that phrase when
//!   a clause follows (`a teacher mistakenly thought it was …`).
//!
//! Everything looks at a bounded window around the cue, so the pass is linear.

use crate::cuelex;
use crate::model::{Claim, Span};
use crate::segment::{Document, TokenKind};

use super::source_edges;
use super::source_phrase::{left_start, np_word};
use super::source_trim::HEAD_OPENERS;

/// Applies the repairs to every claim.
pub fn apply(doc: &Document, claims: &mut [Claim]) {
    // Every cue: a found subject ends before another claim's verb (`The
    // company | blamed weak demand … and said …`).
    let cues: Vec<Span> = claims
        .iter()
        .flat_map(|c| c.cue.spans.first().copied())
        .collect();
    for claim in claims.iter_mut() {
        source_edges::trim_into_cue(doc, claim);
        if source_edges::passive_subject(doc, claim) {
            claim.source.spans.clear();
            continue;
        }
        if let Some(src) = claim.source.spans.first_mut() {
            if let Some(t) = source_edges::trim_edges(doc, *src) {
                *src = t;
            }
        }
        if lone_possessive(doc, claim) || controlling_source(doc, claim) {
            claim.source.spans.clear();
        }
        if claim.source.spans.is_empty() {
            if let Some(mut s) = find(doc, claim) {
                // (A verb: lowercase, and not the noun of a possessive,
                // `Oz's | show`.)
                let verb_at = |c: &&Span| {
                    let k = doc.token_at(c.start);
                    s.start < c.start
                        && c.start < s.end
                        && lowercase(doc, k)
                        && k > 0
                        && !doc.folded(k - 1).ends_with("'s")
                };
                if let Some(other) = cues.iter().find(verb_at) {
                    let k = doc.token_at(other.start);
                    if let Some(last) = last_word(doc, doc.token_at(s.start), k) {
                        s.end = doc.tokens[last].span.end;
                    }
                }
                claim.source.spans = vec![s];
            }
        }
    }
}

/// `Trump hardly clarified it, treating Mrs. Clinton's | remark as …, and
/// asserting …`: a source that is only a possessive, owning a lowercase noun
/// that is not the claim's cue (as in `Trump's | claim`), is the tagger's
/// slip; the subject finder looks again.
fn lone_possessive(doc: &Document, claim: &Claim) -> bool {
    let ([src], Some(cue)) = (claim.source.spans.as_slice(), claim.cue.spans.first()) else {
        return false;
    };
    let e = doc.token_at(src.end);
    // The span's own text: in `he’s sought` the source `he` ends inside a token.
    let w = doc.text.get(src.start..src.end).unwrap_or("");
    e < doc.tokens.len()
        && (w.ends_with("'s") || w.ends_with("’s"))
        && lowercase(doc, e)
        && doc.tokens[e].span.start != cue.start
}

/// `we're able | to argue`: a source that is only the [`CONTROLLING`] word
/// before an infinitive cue is the tagger's slip; the subject finder looks
/// again, past `be`.
fn controlling_source(doc: &Document, claim: &Claim) -> bool {
    let (Some(src), Some(cue)) = (claim.source.spans.first(), claim.cue.spans.first()) else {
        return false;
    };
    let t = doc.token_at(cue.start);
    claim.source.spans.len() == 1
        && t < doc.tokens.len()
        && controlled_infinitive(doc, t).is_some_and(|(_, to)| to == t)
        && doc.tokens_in(*src) == (t - 1..t)
}

/// Subject pronouns.
pub(super) const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Adverbs that may stand between a subject (or `and`) and its verb.
pub(super) const ADVERBS: &[&str] = &[
    "also",
    "even",
    "just",
    "recently",
    "then",
    "later",
    "often",
    "repeatedly",
    "again",
    "previously",
    "earlier",
    "quickly",
    "only",
    "still",
    "already",
    "once",
    "never",
];

/// Modal verbs (and negations) that may stand between a subject and its verb.
const MODALS: &[&str] = &[
    "can", "could", "would", "will", "may", "might", "should", "must", "not", "can't", "won't",
    "don't", "doesn't", "didn't", "wouldn't", "couldn't",
];

/// Words that open a reported clause (`that`, or its subject).
const CLAUSE_SUBJECTS: &[&str] = &["that", "it", "he", "she", "they", "we", "i", "there"];

/// Auxiliaries that may open a cue before its verb.
const AUXILIARIES: &[&str] = &["has", "have", "had", "is", "are", "was", "were"];

/// Words that open an introductory phrase or cannot start a subject.
const OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "when",
    "whenever",
    "while",
    "if",
    "unless",
    "as",
    "for",
    "since",
    "but",
    "and",
    "so",
    "yet",
    "still",
    "meanwhile",
    "recently",
    "however",
    "then",
    "to",
    "by",
    "with",
    "from",
    "of",
    "under",
    "over",
    "about",
    "although",
    "though",
    "because",
    "last",
    "earlier",
    "later",
    "now",
    "today",
    "yesterday",
    "instead",
    "also",
    "again",
    "despite",
    "once",
    "here",
    "there",
    "what",
    "how",
    "why",
    "where",
    "it's",
    "there's",
];

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "our", "my",
    "one", "two", "three", "several", "many", "some", "both", "all", "few", "most",
];

/// Whether token `t` is one of `list` (lower-case words; the token is
/// compared folded, from the document's fold of every token).
#[inline(never)]
pub(super) fn lower_is(doc: &Document, t: usize, list: &[&str]) -> bool {
    crate::lexicon::is_one_of(doc.fold_of(t), list)
}

/// Whether some claim's cue already covers part of `span` (a rule adding a
/// claim on a word leaves it to the claim that has it).
pub(super) fn cue_taken(claims: &[Claim], span: Span) -> bool {
    claims
        .iter()
        .any(|c| c.cue.spans.iter().any(|s| s.overlaps(&span)))
}

/// Whether token `t` names a day or a month (any case; `May` never).
pub(super) fn calendar(doc: &Document, t: usize) -> bool {
    crate::lexicon::is_calendar_word(&doc.token_text(t).to_ascii_lowercase())
}

/// Longest subject of only plain words, in tokens ([`plain_subject`]).
const MAX_PLAIN_SUBJECT: usize = 12;

/// Tokens `a..v` (the words before verb `v`) as a span, when they are at most
/// [`MAX_PLAIN_SUBJECT`] words and nothing else: a subject the rules can take
/// whole (`Inspection records released by the county on Wednesday` | `show`).
pub(super) fn plain_subject(doc: &Document, a: usize, v: usize) -> Option<Span> {
    let plain = a < v && v - a <= MAX_PLAIN_SUBJECT && (a..v).all(|t| is_word(doc, t));
    plain.then(|| doc.span_of(a, v - 1))
}

/// The last word token of `s0..s1`, if it has one.
pub(super) fn last_word(doc: &Document, s0: usize, s1: usize) -> Option<usize> {
    (s0..s1).rev().find(|&t| is_word(doc, t))
}

/// Whether token `t` is a word.
pub(super) fn is_word(doc: &Document, t: usize) -> bool {
    doc.tokens[t].kind == TokenKind::Word
}

/// Whether token `t` is a word starting with a capital letter.
#[inline(never)]
pub(super) fn capitalised(doc: &Document, t: usize) -> bool {
    is_word(doc, t)
        && doc
            .token_text(t)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// Whether token `t` is a word starting with a lowercase letter.
#[inline(never)]
pub(super) fn lowercase(doc: &Document, t: usize) -> bool {
    is_word(doc, t)
        && doc
            .token_text(t)
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
}

/// A verb-like word that may follow a subject: a cue verb, an auxiliary, a
/// lowercase word ending in `-ed`, `-ly` or `-s`, or a common irregular past.
fn verbish(doc: &Document, t: usize) -> bool {
    if !lowercase(doc, t) {
        return false;
    }
    let lower = crate::case::lowercase(doc.token_text(t));
    cuelex::categories_lower(&lower) & (cuelex::ANY_CUE & !cuelex::ACCORDING) != 0
        || lower.ends_with("ed")
        || lower.ends_with("ly")
        || lower.ends_with('s')
        || VERBS.contains(&lower.as_str())
}

/// Auxiliaries, relative pronouns and common irregular verbs.
const VERBS: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "not",
    "did", "does", "do", "who", "which", "also", "may", "might", "should", "must", "came", "went",
    "made", "took", "gave", "got", "said", "told", "spent", "began", "won", "lost", "saw", "met",
    "left", "held", "kept", "sent", "led", "ran", "wrote", "knew", "thought", "even", "never",
    "then",
];

/// The noun phrase starting at token `a` and ending before `limit`: a subject
/// pronoun, a run of capitalised words (`Mr. Schultz`, `Donald Trump`), or a
/// determiner with up to four more words (`The GOP nominee`, the longest
/// reading followed by a verb-like word, never past an auxiliary: `The union
/// leader` in `The union leader was visibly angry`), a possessive name with
/// its noun (`Marta's uncle`), with an `of`/`for` phrase naming an
/// organisation (`A reporter for USA Today`). Returns its end.
fn noun_phrase(doc: &Document, a: usize, limit: usize) -> Option<usize> {
    if a >= limit || !is_word(doc, a) {
        return None;
    }
    if lower_is(doc, a, PRONOUNS) {
        return Some(a + 1);
    }
    // `voters come up …`, `someone writes in …`: a bare plural or an
    // indefinite pronoun before a lowercase word.
    let bare = lower_is(doc, a, &["someone"])
        || (lowercase(doc, a) && np_word(doc, a) && doc.token_text(a).ends_with('s'));
    if bare
        && a + 1 < limit
        && lowercase(doc, a + 1)
        && !lower_is(doc, a + 1, OPENERS)
        && !lower_is(doc, a, OPENERS)
    {
        return Some(a + 1);
    }
    let mut b = a;
    if lower_is(doc, a, DETERMINERS) {
        b += 1;
        let mut best = None;
        let mut lowers = 0;
        while b < limit && b < a + 6 && is_word(doc, b) && !lower_is(doc, b, AUXILIARIES) {
            if capitalised(doc, b) && lowers == 0 {
                b += 1;
            } else if lowercase(doc, b) && lowers < 3 && !lower_is(doc, b, OPENERS) {
                lowers += 1;
                b += 1;
                // `These results provide`: a plural head before a verb's base form.
                let plural = doc.token_text(b - 1).ends_with('s')
                    && lowercase(doc, b)
                    && !doc.token_text(b).ends_with('s')
                    && !lower_is(doc, b, OPENERS);
                if b == limit || verbish(doc, b) || plural || doc.token_text(b) == "," {
                    best = Some(b);
                }
            } else {
                break;
            }
        }
        // `A federal judge on Thursday blocked`: the day after the head.
        if best.is_none() && b + 1 < limit && lower_is(doc, b, &["on"]) && calendar(doc, b + 1) {
            return Some(b);
        }
        // `A reporter for USA Today spotted`: a named link after the head.
        if best.is_none() && lowers > 0 {
            let e = of_phrase(doc, b, limit);
            if e > b && (e == limit || verbish(doc, e)) {
                return Some(e);
            }
        }
        return best.map(|b| of_phrase(doc, b, limit));
    }
    while b < limit && b < a + 6 && (capitalised(doc, b) || (b > a && doc.token_text(b) == ".")) {
        b += 1;
    }
    while b > a && !is_word(doc, b - 1) {
        b -= 1;
    }
    // Twice: `Holt's liberal NBC News` + `colleague Matt Lauer`.
    for _ in 0..2 {
        if b > a {
            b = title_or_noun(doc, b, limit);
        }
    }
    // `Marta's uncle toured`: a possessive name owns the noun after it.
    let w = doc.token_text(b.max(a + 1) - 1);
    if b > a
        && (w.ends_with("'s") || w.ends_with("’s"))
        && b + 1 < limit
        && lowercase(doc, b)
        && verbish(doc, b + 1)
        && !lower_is(doc, b, OPENERS)
    {
        return Some(b + 1);
    }
    (b > a && !lower_is(doc, a, OPENERS)).then(|| of_phrase(doc, b, limit))
}

/// After a run of capitalised words ending at `b`, a lowercase title before a
/// name (`Nordvik co-founder` + `Ola Brenn`, `Psychology student` + `Lena
/// Hart`) or a common noun the capitalised words modify before a verb
/// (`State regulators did`, `Kremlin officials said`) belongs to the phrase:
/// up to two noun-phrase words, then the name or the verb. Returns the new end.
fn title_or_noun(doc: &Document, b: usize, limit: usize) -> usize {
    let mut e = b;
    while e < limit && e < b + 2 && lowercase(doc, e) && np_word(doc, e) {
        e += 1;
    }
    if e == b || e >= limit {
        return b;
    }
    let last = doc.token_text(e - 1);
    if capitalised(doc, e) && !last.ends_with('s') {
        // A singular title, then the name it introduces.
        let mut n = e;
        while n < limit && n < e + 4 && capitalised(doc, n) {
            n += 1;
        }
        return n;
    }
    // A verb-like word, but no plural noun (`Trump hates polls and says`).
    let verb = verbish(doc, e) && !(doc.token_text(e).ends_with('s') && np_word(doc, e));
    if verb {
        e
    } else {
        b
    }
}

/// Extends a phrase ending at `b` over `of`/`for`/`at` + capitalised words.
fn of_phrase(doc: &Document, b: usize, limit: usize) -> usize {
    if b + 1 >= limit || !lower_is(doc, b, &["of", "for", "at"]) {
        return b;
    }
    let mut e = b + 1;
    if lower_is(doc, e, &["the"]) {
        e += 1;
    }
    let start = e;
    while e < limit && e < start + 5 && capitalised(doc, e) {
        e += 1;
    }
    if e > start {
        e
    } else {
        b
    }
}

/// With an apposition or relative clause between commas after the subject
/// (`China, Pyongyang's only ally, said`), the subject runs to the second
/// comma, included (PolNeAR's convention).
fn with_apposition(doc: &Document, b: usize, cue: usize) -> usize {
    if b >= cue || doc.token_text(b) != "," {
        return b;
    }
    match (b + 1..cue.min(b + 30)).find(|&k| doc.token_text(k) == ",") {
        Some(c) if c + 1 < doc.tokens.len() && (c + 1 == cue || verbish(doc, c + 1)) => c + 1,
        _ => b,
    }
}

/// Whether a noun phrase ending at `b` is followed by something a subject is
/// followed by: a lowercase word, an apposition comma, or the cue itself.
fn followed_as_subject(doc: &Document, b: usize, cue: usize) -> bool {
    b == cue || lowercase(doc, b) || doc.token_text(b) == ","
}

/// The subject opening sentence `s0..cue`: past opening quote marks and up to
/// two short introductory phrases ended by commas.
fn sentence_subject(doc: &Document, s0: usize, cue: usize) -> Option<Span> {
    let mut a = s0;
    while a < cue && (doc.tokens[a].kind != TokenKind::Word || lower_is(doc, a, ADVERBS)) {
        a += 1;
    }
    for _ in 0..3 {
        if a >= cue {
            return None;
        }
        if lower_is(doc, a, OPENERS) {
            // Skip a short introductory phrase up to its comma.
            match (a..cue.min(a + 10)).find(|&k| doc.token_text(k) == ",") {
                Some(comma) => a = comma + 1,
                // `When voters come up to him and say …`, `Then the mayor
                // stood up and said …`: with no comma before the cue, the
                // subject after a clause opener is the cue's.
                None if lower_is(doc, a, HEAD_OPENERS)
                    && !(a..cue).any(|k| doc.token_text(k) == ",") =>
                {
                    a += 1
                }
                None => return None,
            }
            continue;
        }
        let b = noun_phrase(doc, a, cue)?;
        if !followed_as_subject(doc, b, cue) {
            return None;
        }
        let b = with_apposition(doc, b, cue);
        return Some(doc.span_of(a, b - 1));
    }
    None
}

/// A source for a claim that has none, from the sentence around its cue.
fn find(doc: &Document, claim: &Claim) -> Option<Span> {
    let cue = claim.cue.spans.first()?;
    if source_edges::passive_cue(doc, *cue) {
        return None;
    }
    let t = doc.token_at(cue.start);
    if t >= doc.tokens.len() || t == 0 {
        return None;
    }
    // The cue's verb: past adverbs, auxiliaries and modals inside the cue
    // (`has claimed`, `are concerned`, `can say`).
    // `we're able | to argue`: the verb after the infinitive's `to`.
    let controlled = controlled_infinitive(doc, t);
    if let Some(subject) = controlled.and_then(|(be, _)| contracted_subject(doc, be)) {
        return Some(subject);
    }
    let mut v = controlled.map_or(t, |(_, to)| to + 1);
    while v < doc.tokens.len()
        && v < t + 3
        && (lower_is(doc, v, ADVERBS)
            || lower_is(doc, v, AUXILIARIES)
            || lower_is(doc, v, MODALS)
            || perceived(doc, v))
    {
        v += 1;
    }
    if v >= doc.tokens.len() {
        return None;
    }
    let lower = crate::case::lowercase(doc.token_text(v));
    let cats = cuelex::categories_lower(&lower);
    let s = doc.sentence_of(t);
    let (s0, _) = doc.sentences[s];
    if cats & cuelex::NOUN != 0 {
        if let Some(owner) = possessive(doc, s0, t) {
            return Some(owner);
        }
    }
    if cats & (cuelex::ANY_CUE & !cuelex::ACCORDING) == 0
        && !lower_is(doc, v, super::rulings::PARTICIPLES)
        && !lower_is(doc, v, super::rulings::FINITE)
    {
        return None;
    }
    // The word before the cue, past adverbs and the day (`The European
    // Commission on Monday proposed …`), and past `be able` before an
    // infinitive cue.
    let mut l = controlled.map_or(t, |(be, _)| be);
    while l > s0 && (lower_is(doc, l - 1, ADVERBS) || ly_adverb(doc, l - 1)) {
        l -= 1;
    }
    // `His doctor has since | confirmed`, `It did | not say`: auxiliaries
    // the cue left out.
    while l > s0 + 1
        && (lower_is(doc, l - 1, AUXILIARIES) || lower_is(doc, l - 1, &["since", "did", "does"]))
        && lowercase(doc, l - 1)
    {
        l -= 1;
    }
    if l >= s0 + 3 && calendar(doc, l - 1) && lower_is(doc, l - 2, &["on"]) {
        l -= 2;
    }
    // `Rakeyia Scott can be heard yelling …`: the speaker is the subject of
    // the perception passive before the cue.
    if l >= s0 + 2 && perceived(doc, l - 1) {
        l -= 2;
        while l > s0 && (lower_is(doc, l - 1, MODALS) || lower_is(doc, l - 1, AUXILIARIES)) {
            l -= 1;
        }
    }
    // `Varga [13, 14] argues`, `Moreno (2011) argues`: past a citation.
    if l > s0 && matches!(doc.token_text(l - 1), "]" | ")") {
        let mut k = l - 1;
        while k > s0
            && k + 8 > l
            && !lowercase(doc, k - 1)
            && !matches!(doc.token_text(k - 1), "[" | "(")
        {
            k -= 1;
        }
        if k > s0 && matches!(doc.token_text(k - 1), "[" | "(") {
            l = k - 1;
        }
    }
    if l == s0 {
        return None;
    }
    let before = doc.token_text(l - 1);
    // `…, which left little doubt`, `…, who see`: the relative pronoun.
    if lower_is(doc, l - 1, &["who", "which"]) {
        return Some(doc.tokens[l - 1].span);
    }
    let participle = lower.ends_with("ing");
    // `She said …, but cautioned that …`: a cue right after `and` or `but`
    // shares the sentence's subject.
    if matches!(before, "and" | "but") || (before == "," && participle) {
        return sentence_subject(doc, s0, l - 1);
    }
    if before == "," {
        // `X, speaking to …, said`: the name before the parenthetical.
        let open = (s0..l - 1)
            .rev()
            .take(25)
            .find(|&k| doc.token_text(k) == ",")?;
        let mut a = open;
        while a > s0 && a + 6 > open && (capitalised(doc, a - 1) || doc.token_text(a - 1) == ".") {
            a -= 1;
        }
        while a < open && !is_word(doc, a) {
            a += 1;
        }
        if a < open && capitalised(doc, a) && !lower_is(doc, a, OPENERS) {
            return Some(doc.span_of(a, open - 1));
        }
        if open > s0 && lower_is(doc, open - 1, PRONOUNS) {
            return Some(doc.tokens[open - 1].span);
        }
        return None;
    }
    // `” Tester said`, `he said`: a name or pronoun right before the cue.
    if lower_is(doc, l - 1, PRONOUNS) {
        return Some(doc.tokens[l - 1].span);
    }
    // `the municipalities have stated that …`, `a teacher mistakenly thought
    // it …`: a noun phrase from a clause boundary, when a clause follows.
    let clause = claim.content.spans.first().is_some_and(|c| {
        let k = doc.token_at(c.start);
        c.start >= cue.end && k < doc.tokens.len() && lower_is(doc, k, CLAUSE_SUBJECTS)
    });
    if clause && lowercase(doc, l - 1) && np_word(doc, l - 1) {
        // A lone word counts after punctuation (`As an example, research shows`).
        let lone = (l - 1 == s0 || !is_word(doc, l - 2)).then_some(l - 1);
        if let Some(k) = left_start(doc, l - 1).or(lone) {
            return Some(doc.span_of(k, l - 1));
        }
    }
    let mut a = l;
    while a > s0 && a + 5 > l && (capitalised(doc, a - 1) || doc.token_text(a - 1) == ".") {
        a -= 1;
    }
    while a < l && !is_word(doc, a) {
        a += 1;
    }
    if a < l && capitalised(doc, a) && !lower_is(doc, a, OPENERS) {
        // At the sentence start (`Politifact then pointed out`) or its
        // dateline's end, or after a closing quote or comma (`” Tester said`).
        if a == s0
            || a == super::fronted::after_dateline(doc, s0, l)
            || doc.tokens[a - 1].kind == TokenKind::Quote
            || doc.token_text(a - 1) == ","
        {
            return Some(doc.span_of(a, l - 1));
        }
    }
    None
}

/// Whether token `t` is `heard` or `seen` after a form of `be` (`can be
/// heard yelling`, `was seen saying`): a perception passive whose subject is
/// the speaker of the cue after it.
fn perceived(doc: &Document, t: usize) -> bool {
    t > 0
        && lower_is(doc, t, &["heard", "seen"])
        && lower_is(doc, t - 1, &["be", "is", "was", "were", "been", "being"])
}

/// Adjectives and participles after `be` that pass their subject to an
/// infinitive (`we're able to argue`, `he was quick to point out`).
const CONTROLLING: &[&str] = &[
    "able",
    "unable",
    "quick",
    "ready",
    "willing",
    "unwilling",
    "eager",
    "reluctant",
    "careful",
    "prepared",
    "set",
    "trying",
    "working",
    "going",
    "hoping",
    "seeking",
    "expected",
];

/// Forms of `be` before a [`CONTROLLING`] word.
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "am"];

/// Contractions of `be` that end a subject's token (`we're`, `he's`), as
/// folded (`’` is `'`).
const BE_CONTRACTED: &[&str] = &["'re", "'s", "'m"];

/// The `be` before a [`CONTROLLING`] word and the infinitive whose `to` is
/// token `t` or the token before it (`we're able | to argue`, `he was quick
/// to | point out`): the cue's source is the subject of `be`, not the
/// adjective the tagger sometimes takes. Returns the tokens of `be` and
/// `to`.
fn controlled_infinitive(doc: &Document, t: usize) -> Option<(usize, usize)> {
    let to = if lower_is(doc, t, &["to"]) {
        t
    } else {
        t.checked_sub(1)?
    };
    let be = to.checked_sub(2)?;
    (lower_is(doc, to, &["to"])
        && lower_is(doc, to - 1, CONTROLLING)
        && (lower_is(doc, be, BE) || contraction(doc, be).is_some()))
    .then_some((be, to))
}

/// The length in bytes of the contracted `be` that ends token `t` (`'re` of
/// `we're`, `’s` of `he’s`), if it ends in one after a subject.
fn contraction(doc: &Document, t: usize) -> Option<usize> {
    let folded = doc.folded(t);
    let suffix = BE_CONTRACTED.iter().find(|c| folded.ends_with(**c))?;
    // The apostrophe's own length: `’` is three bytes in the text.
    let text = doc.token_text(t).as_bytes();
    let letters = suffix.len() - 1;
    let quote = text.len().checked_sub(letters + 1)?;
    let len = if text[quote] == b'\'' {
        letters + 1
    } else {
        letters + 3
    };
    (text.len() > len).then_some(len)
}

/// The subject inside a contraction of `be` (`we` of `we're`), if token `t`
/// is one.
fn contracted_subject(doc: &Document, t: usize) -> Option<Span> {
    let span = doc.tokens[t].span;
    contraction(doc, t).map(|len| Span::new(span.start, span.end - len))
}

/// A lowercase adverb in `-ly` (`forcefully`, `publicly`).
pub(super) fn ly_adverb(doc: &Document, t: usize) -> bool {
    lowercase(doc, t) && doc.token_text(t).len() > 4 && doc.token_text(t).ends_with("ly")
}

/// `Trump’s claim`, `Tulsa police’s earlier claim`, `his comment`: the
/// possessive before an attribution noun (past one adjective) is its source.
fn possessive(doc: &Document, s0: usize, t: usize) -> Option<Span> {
    let mut p = t;
    if p > s0 + 1 && lowercase(doc, p - 1) && !lower_is(doc, p - 1, DETERMINERS) {
        p -= 1;
    }
    let owner = p.checked_sub(1).filter(|&k| k >= s0)?;
    if lower_is(doc, owner, &["his", "her", "their", "its"]) {
        return Some(doc.tokens[owner].span);
    }
    let w = doc.token_text(owner);
    if !(w.ends_with("’s") || w.ends_with("'s")) || !is_word(doc, owner) {
        return None;
    }
    let mut a = owner;
    while a > s0 && owner - a < 4 && capitalised(doc, a - 1) {
        a -= 1;
    }
    Some(doc.span_of(a, owner))
}
