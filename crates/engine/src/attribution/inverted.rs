//! Inverted record claims the tagger misses: `Donations hit $1.1 billion, a
//! USA TODAY analysis of campaign-finance reports shows.` Wire style puts the
//! finding first and closes the sentence with `, <record> shows|found|…`; a
//! non-human source after the comma is rarely tagged. The sentence before the
//! comma is the content, the noun phrase the source, the verb the cue (the
//! verification rules then read the record as confirming, or a poll as
//! reported). The passive report `O’Malley’s move was first reported by
//! MSNBC.` is the same inversion: the subject is the content, the agent the
//! source, `was first reported by` the cue (PolNeAR's marking).

use crate::model::{Claim, KeepWith, Span};
use crate::segment::{Document, TokenKind};

/// Verbs by which a record or study closes an inverted sentence.
const VERBS: &[&str] = &[
    "show",
    "shows",
    "showed",
    "found",
    "finds",
    "indicate",
    "indicates",
    "indicated",
    "reveal",
    "reveals",
    "revealed",
];

/// Head nouns of a record, study or count that can stand as such a source.
const RECORDS: &[&str] = &[
    "analysis",
    "review",
    "records",
    "record",
    "documents",
    "filings",
    "data",
    "figures",
    "statistics",
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "reports",
    "audit",
    "returns",
    "estimates",
    "investigation",
    "count",
    "tally",
    "census",
];

/// Longest source noun phrase, in tokens.
const MAX_SOURCE: usize = 14;
/// Fewest words before the comma for a content.
const MIN_CONTENT: usize = 4;

/// Adds a claim for every inverted record sentence whose content no claim
/// holds yet.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for &(s0, s1) in &doc.sentences {
        let Some(found) = inverted(doc, s0, s1).or_else(|| passive_report(doc, s0, s1)) else {
            continue;
        };
        let (source, cue, content) = found;
        // The tagger often finds the source and the cue but no content (the
        // claim gets the sentence before the comma), or the content and part
        // of the cue but no source (`was first reported`, without `by`).
        match claims.iter().position(|c| c.touches(&cue)) {
            Some(i) if claims[i].source.spans.is_empty() || claims[i].content.spans.is_empty() => {
                let claim = &mut claims[i];
                if claim.content.spans.is_empty() {
                    claim.content.spans = vec![content];
                }
                if claim.source.spans.is_empty() {
                    claim.source.spans = vec![source];
                    if claim
                        .cue
                        .spans
                        .iter()
                        .all(|c| c.start >= cue.start && c.end <= cue.end)
                    {
                        claim.cue.spans = vec![cue];
                    }
                }
            }
            Some(_) => {}
            None if claims.iter().any(|c| c.touches(&content)) => {}
            None => claims.push(Claim::new(vec![source], vec![cue], vec![content])),
        }
    }
}

/// `(source, cue, content)` of sentence `s0..s1` when it has the shape
/// `CONTENT, <determiner or name> … <record noun> … VERB.`.
fn inverted(doc: &Document, s0: usize, s1: usize) -> Option<(Span, Span, Span)> {
    let v = super::subject::last_word(doc, s0, s1)?;
    let is = |t: usize, list: &[&str]| {
        list.iter()
            .any(|w| w.eq_ignore_ascii_case(doc.token_text(t)))
    };
    if v <= s0 || !is(v, VERBS) {
        return None;
    }
    // Only words (and hyphens, apostrophes inside them) between the comma
    // and the verb: a noun phrase, no clause of its own.
    let mut c = v;
    let inside = |t: usize| {
        doc.tokens[t].kind == TokenKind::Word || ["-", "&", "’", "'"].contains(&doc.token_text(t))
    };
    while c > s0 && v - c <= MAX_SOURCE && inside(c - 1) {
        c -= 1;
    }
    if c == v || c == s0 || doc.token_text(c - 1) != "," {
        return None;
    }
    let first = doc.token_text(c);
    let opens = [
        "a", "an", "the", "his", "her", "their", "its", "our", "new", "recent",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(first))
        || first.chars().next().is_some_and(char::is_uppercase);
    if !opens || !(c..v).any(|t| is(t, RECORDS)) {
        return None;
    }
    let mut a = s0;
    while a < c - 1 && doc.tokens[a].kind != TokenKind::Word {
        a += 1;
    }
    let words = (a..c - 1)
        .filter(|&t| doc.tokens[t].kind == TokenKind::Word)
        .count();
    if words < MIN_CONTENT || (a..c - 1).any(|t| doc.tokens[t].kind == TokenKind::Quote) {
        return None;
    }
    Some((
        doc.span_of(c, v - 1),
        doc.tokens[v].span,
        doc.span_of(a, c - 2),
    ))
}

/// Participles of a passive report.
const REPORTED: &[&str] = &[
    "reported",
    "disclosed",
    "revealed",
    "announced",
    "confirmed",
];

/// `(source, cue, content)` of a sentence `SUBJECT was (first) reported by
/// AGENT.`: a short subject (up to [`MAX_SOURCE`] tokens) opening the
/// sentence, the agent running to its end.
fn passive_report(doc: &Document, s0: usize, s1: usize) -> Option<(Span, Span, Span)> {
    let mut a = s0;
    while a < s1 && doc.tokens[a].kind != TokenKind::Word {
        a += 1;
    }
    let is = |t: usize, list: &[&str]| {
        t < s1
            && list
                .iter()
                .any(|w| w.eq_ignore_ascii_case(doc.token_text(t)))
    };
    let aux = (a + 1..s1.min(a + MAX_SOURCE)).find(|&t| is(t, &["was", "were"]))?;
    if (a..aux).any(|t| doc.tokens[t].kind == TokenKind::Punct && doc.token_text(t) != "’") {
        return None;
    }
    let mut v = aux + 1;
    if is(v, &["first", "initially", "originally"]) {
        v += 1;
    }
    if !is(v, REPORTED) || !is(v + 1, &["by"]) {
        return None;
    }
    let mut e = s1;
    while e > v + 2 && doc.tokens[e - 1].kind != TokenKind::Word {
        e -= 1;
    }
    if e <= v + 2 || e - (v + 2) > MAX_SOURCE {
        return None;
    }
    Some((
        doc.span_of(v + 2, e - 1),
        doc.span_of(aux, v + 1),
        doc.span_of(a, aux - 1),
    ))
}

/// Words after a comma that open a second party's answer (`…, the company
/// said, but union leaders said …`).
const ANSWERING: &[&str] = &["but", "while", "whereas"];

/// `…, the ministry said, but local officials and relatives said most of the
/// dead were farmers`: the tagger may read the second party (after the comma
/// and `but`) as the start of a content right before its verb; a claim
/// without a source takes it (up to eight words, no comma) as its source.
pub fn source_after_but(doc: &Document, claims: &mut [Claim]) {
    for claim in claims.iter_mut() {
        let Some(cue) = claim.cue.spans.first() else {
            continue;
        };
        if !claim.source.spans.is_empty() {
            continue;
        }
        let c = doc.token_at(cue.start);
        let Some(k) = claim.content.spans.iter().position(|p| {
            let (a, b) = (doc.token_at(p.start), doc.token_at(p.end));
            b == c
                && a >= 1
                && b > a + 1
                && b <= a + 9
                && doc.token_text(a - 1) == ","
                && super::subject::lower_is(doc, a, ANSWERING)
                && (a + 1..b).all(|t| super::subject::is_word(doc, t))
        }) else {
            continue;
        };
        let piece = claim.content.spans.remove(k);
        let a = doc.token_at(piece.start);
        claim.source.spans = vec![Span::new(doc.tokens[a + 1].span.start, piece.end)];
    }
}

/// `Those talks are continuing, he said.`, `…, according to the census`: a
/// claim the tagger gave a source and a cue but no content, its attribution
/// closing the sentence after a comma (or a clause after it, `, but union
/// leaders said …`, another party's claim), takes the clause before the comma
/// (from the start of its sentence, no quotation in it, no other claim's
/// words).
pub fn content_before_comma(doc: &Document, claims: &mut [Claim]) {
    for i in 0..claims.len() {
        let c = &claims[i];
        let roles = || c.source.spans.iter().chain(&c.cue.spans);
        let (Some(first), Some(last)) =
            (roles().map(|s| s.start).min(), roles().map(|s| s.end).max())
        else {
            continue;
        };
        let a = doc.token_at(first);
        if !c.content.spans.is_empty() || a < 2 || doc.token_text(a - 1) != "," {
            continue;
        }
        let (s0, s1) = doc.sentences[doc.sentence_of(a)];
        // The attribution closes the sentence (`, he said.`, not `, she
        // said:` before a quote), so the clause before the comma is no
        // introductory phrase of its own claim.
        let z = doc.token_at(last);
        // (Or a second party answers after `, but`: `The plant will close in
        // March, the company said, but union leaders said talks were
        // continuing.`)
        let answered = z + 2 < s1
            && doc.token_text(z) == ","
            && super::subject::lower_is(doc, z + 1, ANSWERING)
            && claims.iter().any(|o| {
                o.source
                    .spans
                    .first()
                    .is_some_and(|s| doc.token_at(s.start) == z + 2)
            });
        if !(closes_sentence(doc, z, s1) || answered) || (a..s1).any(|t| doc.token_text(t) == ":") {
            continue;
        }
        let Some(content) = clause_before(doc, s0, a - 1) else {
            continue;
        };
        if claims.iter().any(|o| o.touches(&content)) {
            continue;
        }
        claims[i].content.spans = vec![content];
    }
}

/// Words that open a time or occasion after a closing attribution (`, the
/// mayor said on Tuesday.`, `…, she said in a statement.`), besides the
/// names of days.
const ADJUNCT_OPENERS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "last",
    "this",
    "late",
    "early",
    "earlier",
    "later",
    "yesterday",
    "today",
    "tonight",
];

/// Whether nothing but a time or occasion (no `that`, no quotation) follows
/// the attribution ending at token `z`, to the sentence's end `s1` or a comma.
pub(super) fn closes_sentence(doc: &Document, z: usize, s1: usize) -> bool {
    let Some(next) = (z..s1).find(|&t| super::subject::is_word(doc, t)) else {
        return true;
    };
    let opener = doc.folded(next);
    // The adjunct runs to a comma; what follows it (`…, a decision that
    // doctors warned …`) is an aside on the whole sentence.
    let end = (next..s1).find(|&t| doc.token_text(t) == ",").unwrap_or(s1);
    (ADJUNCT_OPENERS.contains(&opener) || crate::lexicon::WEEKDAYS.contains(&opener))
        && !(next..end)
            .any(|t| doc.folded(t) == "that" || matches!(doc.tokens[t].kind, TokenKind::Quote))
}

/// Whether token `v` is a speech verb (with its day: `said Saturday`)
/// followed by a comma and a time clause (`, two days after …`, `, as …`,
/// `, when …`) before sentence end `s1`.
fn time_clause_after(doc: &Document, v: usize, s1: usize) -> bool {
    use super::subject::lower_is;
    let at = |k: usize, list: &[&str]| k < s1 && lower_is(doc, k, list);
    let comma = |k: usize| k < s1 && doc.token_text(k) == ",";
    // The comma after the verb (or after a day or month after it) first:
    // this runs for every token, and most are followed by no comma, while
    // the speech-cue test lower-cases the word.
    let c = if comma(v + 1) {
        v + 1
    } else if comma(v + 2) && super::subject::calendar(doc, v + 1) {
        v + 2
    } else {
        return false;
    };
    super::subject::lowercase(doc, v)
        && crate::lexicon::is_speech_cue(doc.token_text(v))
        && (at(c + 1, &["after", "before", "when", "as"])
            || (1..=3).any(|k| at(c + k, &["after", "before"]))
                && at(
                    c + 1,
                    &["a", "one", "two", "three", "days", "hours", "weeks"],
                ))
}

/// Words that open a closing attribution's speaker of common nouns.
const CLOSING_DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "our"];

/// Verbs of finding that close a sentence like a speech verb (not after a
/// pronoun: `…, he found.` is no report).
const FINDINGS: &[&str] = &[
    "found",
    "finds",
    "showed",
    "shows",
    "estimated",
    "estimates",
];

/// Speakers of a closing attribution that are words of their own.
const CLOSING_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i"];

/// `Those talks are continuing, he said.`: a sentence that closes on `,
/// SPEAKER SPEECH-VERB.` (a pronoun, up to four capitalised words, or a
/// determiner and its noun, with a participle phrase after it; a headline's
/// noun without its determiner) whose verb no claim holds is a claim of that speaker about the clause before
/// the comma. Claims without a source lying inside that clause (the tagger
/// can read `are continuing` there as a cue) give way to it.
pub fn closing_attribution(doc: &Document, claims: &mut Vec<Claim>) {
    for &(s0, s1) in &doc.sentences {
        // The verb closes the sentence, or a time clause follows it (`…,
        // Mayor Tom Addison said Saturday, | two days after a notice …`).
        let mid = (s0 + 3..s1).find(|&v| time_clause_after(doc, v, s1));
        let Some(v) = mid.or_else(|| super::subject::last_word(doc, s0, s1)) else {
            continue;
        };
        let verb = doc.token_text(v);
        // `…, a study found.`: a finding closes a sentence like speech does
        // (the tagger can lose it to a cue word inside the clause).
        let finding = FINDINGS.contains(&verb);
        let reads = crate::quotes::text_reads(doc, v);
        if v < s0 + 3
            || !verb.chars().all(|c| c.is_ascii_lowercase())
            || !(finding || reads || crate::lexicon::is_speech_cue(verb))
        {
            continue;
        }
        let comma = (v.saturating_sub(7).max(s0)..v)
            .rev()
            .find(|&t| doc.token_text(t) == ",");
        let Some(comma) = comma else {
            continue;
        };
        let speaker = comma + 1..v;
        let pronoun = speaker.len() == 1 && CLOSING_PRONOUNS.contains(&doc.folded(comma + 1));
        let named =
            speaker.len() <= 4 && speaker.clone().all(|t| super::subject::capitalised(doc, t));
        // `…, her lawyer said.`, `…, a police spokesman said.`
        // `…, a study released on Thursday found.`: a participle phrase
        // after the noun.
        let participle = speaker.len() > 3
            && doc.folded(comma + 3).ends_with("ed")
            && speaker.clone().all(|t| super::subject::is_word(doc, t));
        let lowercase = |n: usize| {
            speaker
                .clone()
                .take(n)
                .all(|t| super::subject::lowercase(doc, t))
        };
        let determined = speaker.len() >= 2
            && (speaker.len() <= 3 || participle)
            && super::subject::lower_is(doc, comma + 1, CLOSING_DETERMINERS)
            && lowercase(3);
        // A headline drops the article (`…, eye-tracking study finds`).
        let headline = v + 1 == s1 && speaker.len() <= 3 && lowercase(3);
        if speaker.is_empty() || !((pronoun && !finding) || named || determined || headline) {
            continue;
        }
        let Some(content) = clause_before(doc, s0, comma) else {
            continue;
        };
        let cue = doc.tokens[v].span;
        // Another claim's content run on over the closing speaker and verb
        // gives them up: `The mayor said the bridge would reopen. | Earlier
        // reports … were false, the police chief said.` (its cue in an
        // earlier sentence: the piece keeps what lies before this sentence,
        // or goes when the claim has another), or `Reports | that the bridge
        // had collapsed were false, the police chief` (its cue in the
        // clause: the piece ends with the clause).
        let sentence = doc.span_of(s0, s1 - 1);
        let source = doc.span_of(comma + 1, v - 1);
        for c in claims.iter_mut() {
            let held = |p: &Span| p.contains(&cue) || p.overlaps(&source);
            let Some(i) = c.content.spans.iter().position(held) else {
                continue;
            };
            let piece = c.content.spans[i];
            if c.cue.spans.iter().all(|q| content.contains(q)) && !c.cue.spans.is_empty() {
                c.content.spans[i].end = content.end;
            } else if c.cue.spans.iter().any(|q| q.overlaps(&sentence)) {
                continue;
            } else if piece.start < sentence.start {
                c.content.spans[i].end = sentence.start;
            } else if c.content.spans.len() >= 2 && piece.start <= content.start {
                c.content.spans.remove(i);
            }
        }
        // A claim already on the verb keeps it, and gets the clause only
        // when the tagger gave it no content, or only the clause's tail
        // (`A former official pleaded not guilty Tuesday | to charges that
        // …, her lawyer said.`).
        let holder = claims.iter().position(|c| c.touches(&cue));
        let tail = |h: usize| match claims[h].content.spans.as_slice() {
            [piece] => {
                (piece.end == content.end && piece.start > content.start)
                    || (mid.is_some() && piece.start > cue.end)
            }
            _ => false,
        };
        if holder.is_some_and(|h| !claims[h].content.spans.is_empty() && !tail(h)) {
            continue;
        }
        let inside =
            |c: &Claim| c.source.spans.is_empty() && c.role_spans().all(|s| content.contains(s));
        let others = claims
            .iter()
            .enumerate()
            .filter(|&(k, _)| Some(k) != holder);
        if others
            .into_iter()
            .any(|(_, c)| c.touches(&content) && !inside(c))
        {
            continue;
        }
        match holder {
            Some(h) => {
                claims[h].content.spans = vec![content];
                // (The whole speaker: the tagger's `the police | chief`.)
                if claims[h].source.spans.iter().all(|s| source.contains(s)) {
                    claims[h].source.spans = vec![source];
                }
            }
            None => claims.push(Claim::new(vec![source], vec![cue], vec![content])),
        }
        claims.keep_with(&mut |c| !inside(c));
    }
}

/// The clause from sentence start `s0` (after a dateline) to the token before the comma at
/// `comma`, when it has at least [`MIN_CONTENT`] words and no quotation mark.
pub(super) fn clause_before(doc: &Document, s0: usize, comma: usize) -> Option<Span> {
    // Not the dateline (`LAKEVIEW, Ohio (Wire) —`) that opens the sentence.
    let s0 = super::fronted::after_dateline(doc, s0, comma);
    let words = (s0..comma)
        .filter(|&t| doc.tokens[t].kind == TokenKind::Word)
        .count();
    if comma == 0
        || words < MIN_CONTENT
        || (s0..comma).any(|t| doc.tokens[t].kind == TokenKind::Quote)
    {
        return None;
    }
    Some(doc.span_of(s0, comma - 1))
}
