//! Structural repairs after grouping: one source mention per claim, transcript
//! speakers in capitals (`WALLACE: …`, [`super::transcript`]), quotations signed with a horizontal bar
//! (`“…” ― Carlos Raúl`), and the subject of a participial cue
//! (`Trump attacked Clinton, saying …`). All run in linear time.

use crate::model::{Claim, KeepWith, Span};
use crate::segment::{Document, TokenKind};

use super::subject::capitalised;

/// Applies every repair.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for claim in claims.iter_mut() {
        single_source(doc, claim);
    }
    claims.keep_with(&mut |c| !super::headlines::that_said(doc, c));
    super::transcript::capital_speakers(doc, claims);
    super::headlines::headline_speaker(doc, claims);
    bar_signatures(doc, claims);
    participle_subjects(doc, claims);
    first_person_stances(doc, claims);
}

const FIRST_PERSON: &[&str] = &["i", "we", "you"];
const STANCE_VERBS: &[&str] = &[
    "think",
    "thought",
    "know",
    "knew",
    "mean",
    "meant",
    "believe",
    "believed",
    "guess",
    "remember",
    "suppose",
    "feel",
    "felt",
    "suspect",
    "doubt",
    "bet",
    "reckon",
    "realize",
    "realise",
    "assume",
    "imagine",
    "hope",
    "heard",
    "hear",
    "notice",
    "noticed",
    "presume",
    "wish",
    "emphasize",
    "expect",
    "understand",
    "find",
    "found",
    "see",
    "make",
];
const BETWEEN: &[&str] = &[
    "do",
    "don't",
    "don’t",
    "really",
    "actually",
    "still",
    "also",
    "just",
    "honestly",
    "did",
    "n't",
    "n’t",
    "never",
    "even",
    "always",
    "certainly",
    "will",
    "would",
    "can",
    "could",
    "should",
    "must",
];

/// `I think …`, `we know …`, `you mean …`: a first-person stance with a clause
/// after it is a claim of the speaker (nested when it sits inside a quotation
/// or a speaker's turn, see `nest`). A modal may stand before the verb (`You
/// will find that …`), `make sure` is one cue, and the clause may follow a
/// colon or be a quotation (`I thought: here is …`, `I thought, 'OK, …'`).
fn first_person_stances(doc: &Document, claims: &mut Vec<Claim>) {
    let mut taken: Vec<Span> = claims
        .iter()
        .flat_map(|c| c.cue.spans.iter().copied())
        .collect();
    crate::order::spans(&mut taken);
    let n = doc.tokens.len();
    // Quotations and claim contents, sorted, to tell where a stance sits.
    let quoted = super::kind::quotation_spans(doc);
    let mut contents: Vec<Span> = claims
        .iter()
        .flat_map(|c| c.content.spans.iter().copied())
        .collect();
    crate::order::spans(&mut contents);
    let inside = |list: &[Span], x: &Span| {
        let at = list.partition_point(|s| s.start <= x.start);
        list[..at].iter().rev().take(16).any(|s| s.contains(x))
    };
    let old = claims.len();
    for t in 0..n {
        if !FIRST_PERSON
            .iter()
            .any(|p| p.eq_ignore_ascii_case(doc.token_text(t)))
        {
            continue;
        }
        let mut v = t + 1;
        while v < n
            && v < t + 3
            && BETWEEN
                .iter()
                .any(|b| b.eq_ignore_ascii_case(doc.token_text(v)))
        {
            v += 1;
        }
        if v + 1 >= n
            || !STANCE_VERBS
                .iter()
                .any(|w| w.eq_ignore_ascii_case(doc.token_text(v)))
        {
            continue;
        }
        // `make` only as `make sure`, which is one cue.
        let sure = usize::from(doc.folded(v) == "make");
        if sure == 1 && doc.folded(v + 1) != "sure" {
            continue;
        }
        // `see` and `find` also take a plain object (`I see this as …`, `we
        // find evidence`): only with a clause opener after them.
        if matches!(doc.folded(v), "see" | "find" | "found")
            && !matches!(
                doc.folded(v + 1),
                "that" | "why" | "how" | "what" | "whether" | "if"
            )
        {
            continue;
        }
        let s = doc.sentence_of(v);
        let (_, s1) = doc.sentences[s];
        let mut start = v + 1 + sure;
        if start < s1 && matches!(doc.token_text(start), "," | ":") {
            start += 1;
        }
        // `I thought, 'OK, I'll …'`: a quotation after the stance is its content.
        let quote = start < s1 && doc.tokens[start].kind == TokenKind::Quote;
        // The clause: a word follows, and at least three tokens before the sentence ends.
        if start + 3 > s1 || !(quote || doc.tokens[start].kind == TokenKind::Word) {
            continue;
        }
        let cue = doc.span_of(v, v + sure);
        let at = taken.partition_point(|x| x.end <= cue.start);
        if taken.get(at).is_some_and(|x| x.start < cue.end) {
            continue;
        }
        // Inside a quotation no claim holds, a stance would stand as an
        // outermost claim of its own: leave it to the quotation's claim.
        if inside(&quoted, &cue) && !inside(&contents, &cue) {
            continue;
        }
        // The clause ends at the sentence end or at a quote mark; a
        // quotation at its closing mark.
        let mut end = (start + usize::from(quote)..s1)
            .find(|&k| doc.tokens[k].kind == TokenKind::Quote)
            .map_or(s1, |k| k + usize::from(quote));
        if end < start + 2 {
            continue;
        }
        while !quote && end > start + 1 && doc.tokens[end - 1].kind != TokenKind::Word {
            end -= 1;
        }
        let content = doc.span_of(start, end - 1);
        claims.push(Claim::new(
            vec![doc.tokens[t].span],
            vec![cue],
            vec![content],
        ));
    }
    // `You will find that …` grouped by the tagger under the next sentence's
    // cue: a piece inside a new stance's content leaves a claim whose cue
    // lies in another sentence.
    let mut added: Vec<Span> = claims[old..].iter().map(|c| c.content.spans[0]).collect();
    if added.is_empty() {
        return;
    }
    crate::order::spans(&mut added);
    let sentence = |pos: usize| doc.sentence_of(doc.tokens.partition_point(|t| t.span.start < pos));
    for c in &mut claims[..old] {
        let Some(cue) = c.cue.spans.first() else {
            continue;
        };
        let own = sentence(cue.start);
        c.content.spans.keep_with(&mut |s| {
            let at = added.partition_point(|a| a.start <= s.start);
            !(at > 0 && added[at - 1].contains(s) && sentence(s.start) != own)
        });
    }
}

/// A claim keeps one source mention: the one nearest its cue that has a word
/// (the tagger can take a closing quotation mark before `said Irene Dalby`
/// for a source piece), with the noun before it when it is, or lies in, a
/// relative clause.
fn single_source(doc: &Document, claim: &mut Claim) {
    if claim.source.spans.len() < 2 {
        return;
    }
    let Some(cue) = claim.cue.spans.first().copied() else {
        return;
    };
    let dist = |s: &Span| {
        let wordless = !doc.text[s.start..s.end].chars().any(char::is_alphanumeric);
        let gap = if s.end <= cue.start {
            cue.start - s.end
        } else {
            s.start.saturating_sub(cue.end)
        };
        (wordless, gap)
    };
    if let Some(mut best) = claim.source.spans.iter().copied().min_by_key(dist) {
        // `one resident, | who declined to give her name,`: a relative
        // clause keeps the noun it is about, right before it.
        let relative = ["who ", "which "]
            .iter()
            .any(|r| doc.text[best.start..best.end].starts_with(r));
        let head = claim.source.spans.iter().copied().find(|s| {
            s.end <= best.start
                && doc.text[s.end..best.start]
                    .bytes()
                    .all(|b| b == b',' || b == b' ')
        });
        // `Dr. Paul Ostrowski of …, who was not involved in | the study |,
        // said`: a piece inside a relative clause on an earlier piece is not
        // the speaker; the speaker with the clause is (as above).
        let inside = claim.source.spans.iter().copied().find(|s| {
            s.end <= best.start && {
                let gap = &doc.text[s.end..best.start];
                (gap.starts_with(", who ") || gap.starts_with(", which "))
                    && !gap.contains(['.', ';', '"'])
            }
        });
        if let (true, Some(head)) = (relative, head) {
            best.start = head.start;
        } else if let Some(head) = inside {
            best.start = head.start;
            // (Not the clause's closing comma; byte by byte, without a
            // second copy of `trim_matches` in the wasm.)
            while best.end > head.start && matches!(doc.text.as_bytes()[best.end - 1], b',' | b' ')
            {
                best.end -= 1;
            }
        }
        claim.source.spans = vec![best];
    }
}

/// Removes from every claim the content pieces inside `area`, and drops claims
/// left with neither cue nor content.
pub(super) fn clear_area(claims: &mut Vec<Claim>, area: Span) {
    for c in claims.iter_mut() {
        c.content.spans.keep_with(&mut |s| !area.contains(s));
    }
    claims.keep_with(&mut |c| !c.content.spans.is_empty() || !c.cue.spans.is_empty());
}

/// Like [`clear_area`], and content pieces that run into `area` from outside
/// are cut at its edges (a quotation the tagger ran over several signed lines).
fn cut_area(doc: &Document, claims: &mut Vec<Claim>, area: Span) {
    let wordy = |s: &Span| {
        doc.text
            .get(s.start..s.end)
            .is_some_and(|t| t.chars().any(char::is_alphanumeric))
    };
    for c in claims.iter_mut() {
        let mut out = Vec::with_capacity(c.content.spans.len());
        for s in &c.content.spans {
            if !s.overlaps(&area) {
                out.push(*s);
                continue;
            }
            if s.start < area.start {
                out.push(Span::new(s.start, area.start));
            }
            if s.end > area.end {
                out.push(Span::new(area.end, s.end));
            }
        }
        out.retain(wordy);
        c.content.spans = out;
    }
    claims.keep_with(&mut |c| !c.content.spans.is_empty() || !c.cue.spans.is_empty());
}

/// `“…” ― Carlos Raúl` — a quotation followed by a horizontal bar and a name at
/// the end of its line is signed by that name: content the line up to the bar.
fn bar_signatures(doc: &Document, claims: &mut Vec<Claim>) {
    let n = doc.tokens.len();
    // Whether a line break separates token `t` from the one before it.
    let breaks_before = |t: usize| {
        t == 0
            || doc
                .text
                .get(doc.tokens[t - 1].span.end..doc.tokens[t].span.start)
                .is_some_and(|g| g.contains('\n'))
    };
    for bar in 1..n {
        if doc.token_text(bar) != "―" || breaks_before(bar) {
            continue;
        }
        let mut end = bar + 1;
        while end < n && end < bar + 10 && !breaks_before(end) {
            end += 1;
        }
        let sig: Vec<usize> = (bar + 1..end)
            .filter(|&t| doc.tokens[t].kind == TokenKind::Word)
            .collect();
        let all_words = (bar + 1..end).all(|t| {
            doc.tokens[t].kind == TokenKind::Word || matches!(doc.token_text(t), "." | "," | "-")
        });
        let capitalised = sig.iter().all(|&t| {
            doc.token_text(t)
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase())
        });
        if sig.is_empty()
            || sig.len() > 6
            || !all_words
            || !capitalised
            || (end < n && !breaks_before(end))
        {
            continue;
        }
        let prev = bar - 1;
        if doc.tokens[prev].kind != TokenKind::Quote
            && !matches!(doc.token_text(prev), "." | "!" | "?")
        {
            continue;
        }
        // The quoted text: from the start of the line to the bar.
        let mut start = prev;
        while start > 0 && prev - start < 2000 && !breaks_before(start) {
            start -= 1;
        }
        let content = doc.span_of(start, prev);
        let source = Span::new(
            doc.tokens[sig[0]].span.start,
            doc.tokens[sig[sig.len() - 1]].span.end,
        );
        let cue = doc.tokens[bar].span;
        let area = Span::new(content.start, source.end);
        for c in claims.iter_mut() {
            c.source.spans.keep_with(&mut |s| !area.contains(s));
        }
        cut_area(doc, claims, area);
        claims.push(Claim::new(vec![source], vec![cue], vec![content]));
    }
}

const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

/// `X attacked Clinton, saying …` — a claim with no source whose cue is a
/// participle after a comma or `and` takes the subject of its sentence: the
/// source of an earlier claim in the sentence, or the sentence's opening
/// pronoun or capitalised name.
fn participle_subjects(doc: &Document, claims: &mut [Claim]) {
    let sources: Vec<Span> = claims
        .iter()
        .filter_map(|c| c.source.spans.first().copied())
        .collect();
    for c in claims.iter_mut() {
        if !c.source.spans.is_empty() {
            continue;
        }
        let Some(cue) = c.cue.spans.first().copied() else {
            continue;
        };
        let t = doc.tokens.partition_point(|x| x.span.start < cue.start);
        if t == 0 || t >= doc.tokens.len() {
            continue;
        }
        let word = doc.token_text(t);
        if !word.ends_with("ing") || !matches!(doc.token_text(t - 1), "," | "and") {
            continue;
        }
        let s = doc.sentence_of(t);
        let (s0, _) = doc.sentences[s];
        let sent_start = doc.tokens[s0].span.start;
        if let Some(src) = sources
            .iter()
            .find(|x| x.start >= sent_start && x.end <= cue.start)
        {
            c.source.spans = vec![*src];
            continue;
        }
        // The sentence's opening words, past opening quote marks.
        let mut a = s0;
        while a < t && doc.tokens[a].kind == TokenKind::Quote {
            a += 1;
        }
        if a >= t {
            continue;
        }
        let first = doc.token_text(a);
        if SUBJECT_PRONOUNS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(first))
        {
            c.source.spans = vec![doc.tokens[a].span];
            continue;
        }
        let cap = |k: usize| capitalised(doc, k);
        let mut b = a;
        while b < t && b < a + 5 && (cap(b) || (b > a && doc.token_text(b) == ".")) {
            b += 1;
        }
        if b > a && b < t && !FUNCTION.iter().any(|f| f.eq_ignore_ascii_case(first)) {
            // The name must be followed by a verb-like lowercase word.
            let next = doc.token_text(b);
            if next.chars().next().is_some_and(char::is_lowercase) {
                c.source.spans = vec![doc.span_of(a, b - 1)];
            }
        }
    }
}

const FUNCTION: &[&str] = &[
    "the",
    "a",
    "an",
    "but",
    "and",
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "when",
    "while",
    "if",
    "as",
    "for",
    "this",
    "that",
    "those",
    "these",
    "there",
    "then",
    "also",
    "yet",
    "so",
    "still",
    "meanwhile",
    "since",
    "last",
    "on",
    "by",
    "with",
    "from",
    "to",
    "of",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "some",
    "many",
    "most",
    "all",
    "one",
    "two",
];
