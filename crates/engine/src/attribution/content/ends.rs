//! Where a content ends: what the tagger runs a content over after what was
//! said (a trailing participle or medium, a passive clause, the writer's
//! label, a concessive clause, a semicolon, a verdict on a post, another
//! party's answer after `but`), and where a content cut short at a comma runs
//! on.

use crate::model::{Claim, KeepWith, Span};
use crate::segment::{Document, TokenKind};

use super::token_range;
use crate::attribution::subject::lower_is;

/// `A post claiming | that every school would close on Monday is false`: after
/// a cue that is a participle on a noun, a closing `is false` (a copula and
/// a verdict) is the sentence's own predicate about that noun, not part of what
/// the post claimed; so is one after a report's `that` clause (`Reports | that
/// two horses died were incorrect, …`).
///
/// The writer's own verdict after a comma (`…, which is not true`) is not
/// part of the content either: it is the evidence of the claim's state.
pub fn cut_verdict(doc: &Document, claims: &mut [Claim]) {
    for claim in claims {
        verdict(doc, claim);
        writer_verdict(doc, claim);
    }
}

/// Cuts `, which is (not) false|true|…` off the end of a claim's content, or
/// drops a later piece that is only that.
fn writer_verdict(doc: &Document, claim: &mut Claim) {
    // `… in his right hand, but it is unclear from | the video whether …`:
    // pieces after the writer's `it is unclear` are the writer's.
    for i in 1..claim.content.spans.len() {
        let (_, gap_start) = token_range(doc, claim.content.spans[i - 1]);
        let (gap_end, _) = token_range(doc, claim.content.spans[i]);
        if (gap_start..gap_end).any(|t| unclear_after(doc, t)) {
            claim.content.spans.truncate(i);
            break;
        }
    }
    let Some(&piece) = claim.content.spans.last() else {
        return;
    };
    let (a, b) = token_range(doc, piece);
    // `which` `is` [`not`|`simply`] VERDICT, closing the piece.
    let verdict_at = |k: usize| {
        let mut j = k + 2;
        while j < b && j < k + 4 && lower_is(doc, j, &["not", "simply"]) {
            j += 1;
        }
        k + 2 < b
            && lower_is(doc, k, &["which"])
            && lower_is(doc, k + 1, &["is", "was"])
            && j + 1 == b
            && lower_is(doc, j, VERDICTS)
    };
    // `…, without offering evidence` closing the piece: the writer's.
    let without_evidence = |k: usize| {
        k + 1 < b
            && b <= k + 4
            && lower_is(doc, k, &["without"])
            && lower_is(doc, b - 1, &["evidence", "proof"])
    };
    // `…, a figure Reuters could not confirm`, `…, a claim that
    // fact-checkers have rated false` closing the piece: the writer's label
    // on what was said, and what became of it.
    let labelled = |k: usize| {
        k + 3 < b
            && b <= k + 12
            && lower_is(doc, k, &["a", "an"])
            && lower_is(doc, k + 1, LABELS)
            && (k + 2..b).any(|t| {
                let w = doc.folded(t);
                CHECKS.iter().any(|c| w.starts_with(c))
            })
    };
    // (All run to the piece's end, on different words: at most one of them
    // closes it.)
    if verdict_at(a) && claim.content.spans.len() > 1 {
        claim.content.spans.pop();
    } else if let Some(k) = (a + 2..b).find(|&k| {
        doc.token_text(k - 1) == "," && (without_evidence(k) || verdict_at(k) || labelled(k))
            // (`is "rampant," a claim that …`: the comma inside the quote.)
            || (doc.tokens[k - 1].kind == TokenKind::Quote
                && doc.token_text(k - 2) == ","
                && labelled(k))
    }) {
        // (Up to the word before the comma, or to the closing quote.)
        let end = if doc.token_text(k - 1) == "," {
            k - 2
        } else {
            k - 1
        };
        claim.content.spans.last_mut().expect("a piece").end = doc.tokens[end].span.end;
    }
}

/// Nouns a writer labels a claim with (`…, a figure Reuters could not confirm`).
const LABELS: &[&str] = &[
    "claim",
    "figure",
    "number",
    "statement",
    "assertion",
    "allegation",
    "accusation",
    "charge",
    "estimate",
    "account",
];

/// Beginnings of the words that say what became of a labelled claim.
const CHECKS: &[&str] = &[
    "confirm",
    "verif",
    "corroborat",
    "rated",
    "false",
    "untrue",
    "deni",
    "deny",
    "disput",
    "debunk",
    "reject",
];

/// `“Every time you say that,” Tester said`: a content piece that runs on over
/// its own claim's source ends before it (a content never holds its speaker).
/// Nor does a piece end on the comma before a closing attribution (`The
/// claim … is false, | the institute said`) or on a coordinator.
pub fn cut_at_source(doc: &Document, claims: &mut [Claim]) {
    for claim in claims.iter_mut() {
        // `The patient | , | a nurse who …, is in stable condition`: pieces
        // only a comma apart are one.
        let pieces = &mut claim.content.spans;
        let mut k = 1;
        while k < pieces.len() {
            if doc
                .text
                .get(pieces[k - 1].end..pieces[k].start)
                .is_some_and(|g| g.trim() == ",")
            {
                pieces[k - 1].end = pieces[k].end;
                pieces.remove(k);
            } else {
                k += 1;
            }
        }
        for piece in &mut claim.content.spans {
            let (a, mut e) = token_range(doc, *piece);
            if e <= a {
                continue;
            }
            // (Nor on the coordinator before another verb: `welcomed | the
            // plan but | said …`.)
            while e > a + 1
                && (matches!(doc.token_text(e - 1), "," | ";")
                    || lower_is(doc, e - 1, &["and", "but", "or"]))
            {
                e -= 1;
            }
            piece.end = piece.end.min(doc.tokens[e - 1].span.end);
        }
    }
    for claim in claims {
        let Some(&source) = claim.source.spans.first() else {
            continue;
        };
        for piece in &mut claim.content.spans {
            if piece.start < source.start && source.start < piece.end {
                // Back over the spaces and the comma before the source.
                let (a, s) = token_range(doc, Span::new(piece.start, source.start));
                let mut e = s;
                while e > a && matches!(doc.token_text(e - 1), "," | "—" | "–") {
                    e -= 1;
                }
                if e > a {
                    piece.end = doc.tokens[e - 1].span.end;
                }
            }
        }
    }
}

/// What a fact-check calls a claim (`is false`).
pub(in crate::attribution) const VERDICTS: &[&str] = &[
    "false",
    "untrue",
    "wrong",
    "incorrect",
    "inaccurate",
    "baseless",
    "unfounded",
    "misleading",
    "fake",
    "bogus",
    "true",
    "accurate",
    "correct",
];

/// Words of the longest verdict `verdict` knows (`turned out to be false`).
const LONGEST_VERDICT: usize = 5;

fn verdict(doc: &Document, claim: &mut Claim) {
    let (Some(cue), Some(piece)) = (claim.cue.spans.first(), claim.content.spans.last_mut()) else {
        return;
    };
    let (c, _) = token_range(doc, *cue);
    let (a, b) = token_range(doc, *piece);
    if piece.start <= cue.start || b < a + 4 {
        return;
    }
    let participle = c > 0
        && doc.folded(c).ends_with("ing")
        && doc.tokens[c - 1].kind == TokenKind::Word
        && !lower_is(doc, c - 1, &["is", "was", "are", "were", "been", "and"]);
    // `Earlier reports | that two horses died in the fire were incorrect, the
    // chief said`: after a noun cue's `that` clause with a verb of its own,
    // the verdict may be followed by the closing attribution.
    let report = lower_is(doc, a, &["that"])
        && crate::cuelex::categories_lower(doc.folded(c)) & crate::cuelex::NOUN != 0;
    // The verdict's length in tokens when one starts at `k`: `is false`,
    // `proved false`, `turned out to be false`.
    let verdict_len = |k: usize| {
        let phrase = |words: &[&[&str]]| {
            words
                .iter()
                .enumerate()
                .all(|(i, w)| k + i < b && lower_is(doc, k + i, w))
                .then_some(words.len())
        };
        phrase(&[&["is", "was", "are", "were", "proved", "proven"], VERDICTS])
            .or_else(|| phrase(&[&["turned"], &["out"], &["to"], &["be"], VERDICTS]))
            .or_else(|| phrase(&[&["turned"], &["out"], VERDICTS]))
            .or_else(|| phrase(&[&["proved"], &["to"], &["be"], VERDICTS]))
    };
    let closes = |k: usize| {
        verdict_len(k).is_some_and(|n| k + n == b || (k + n < b && doc.token_text(k + n) == ","))
    };
    // Asked only after a participle cue, and only of the last tokens: a
    // verdict is at most `LONGEST_VERDICT` words (this runs for every claim).
    let ends_piece = participle
        .then(|| {
            ((a + 1).max(b.saturating_sub(LONGEST_VERDICT))..b)
                .find(|&k| verdict_len(k).is_some_and(|n| k + n == b))
        })
        .flatten();
    let k = if let Some(k) = ends_piece {
        k
    } else if report {
        match (a + 3..b - 1).find(|&k| closes(k)) {
            Some(k)
                if (a + 1..k).any(|j| {
                    doc.folded(j).ends_with("ed")
                        || lower_is(doc, j, &["would", "will", "had", "has"])
                }) =>
            {
                k
            }
            _ => return,
        }
    } else {
        return;
    };
    piece.end = doc.tokens[k - 1].span.end;
}

/// `The bill, which argued that the port was undertaxed, is a good example
/// …`: a cue in a relative clause set off by commas (`, which` / `, who`)
/// reports only up to the clause's closing comma, where the main clause's
/// verb follows.
pub(super) fn close_relative_clause(doc: &Document, claim: &mut Claim) {
    let (Some(cue), Some(piece)) = (claim.cue.spans.first(), claim.content.spans.last_mut()) else {
        return;
    };
    let (c, _) = token_range(doc, *cue);
    let relative =
        c >= 2 && doc.token_text(c - 2) == "," && matches!(doc.folded(c - 1), "which" | "who");
    if !relative || piece.start < cue.end {
        return;
    }
    let (a, b) = token_range(doc, *piece);
    let mut quotes = 0;
    for k in a..b.saturating_sub(1) {
        if doc.tokens[k].kind == TokenKind::Quote {
            quotes += 1;
        }
        if quotes % 2 == 0
            && k >= a + 2
            && doc.token_text(k) == ","
            && crate::attribution::parenthetical::FINITE.contains(&doc.folded(k + 1))
        {
            piece.end = doc.tokens[k - 1].span.end;
            return;
        }
    }
}

/// Words after a comma that continue a reported clause (`…, including
/// Friday’s tweets`, `…, and that at least one attempt succeeded`).
const CONTINUERS: &[&str] = &["including", "and", "so", "but", "as"];

/// A content piece that stops at a comma followed by a `CONTINUERS` word
/// runs on to the end of its sentence when nothing else is tagged there.
pub fn run_on(doc: &Document, claims: &mut [Claim]) {
    let mut held: Vec<Span> = claims.iter().flat_map(Claim::role_spans).copied().collect();
    crate::order::spans(&mut held);
    for claim in claims.iter_mut() {
        let n = claim.content.spans.len();
        for i in 0..n {
            let piece = claim.content.spans[i];
            let b = doc.tokens.partition_point(|t| t.span.start < piece.end);
            if b + 2 >= doc.tokens.len()
                || doc.token_text(b) != ","
                || !CONTINUERS.contains(&doc.token_text(b + 1))
                || comparison(doc, b + 1)
                || unclear_after(doc, b + 2)
            {
                continue;
            }
            let s = doc.sentence_of(b);
            let (_, s1) = doc.sentences[s];
            let mut e = s1;
            while e > b + 2 && doc.tokens[e - 1].kind != TokenKind::Word {
                e -= 1;
            }
            if e <= b + 2 {
                continue;
            }
            let rest = doc.span_of(b, e - 1);
            let at = held.partition_point(|x| x.end <= rest.start);
            let free = held.get(at).is_none_or(|x| x.start >= rest.end);
            let later = claim.content.spans.iter().any(|x| x.start >= rest.start);
            if free && !later {
                claim.content.spans[i].end = rest.end;
            }
        }
    }
}

/// Whether the words from `t` are the writer's own `it is unclear` (`…,
/// but it is unclear from the video whether …`): not what the source said.
fn unclear_after(doc: &Document, t: usize) -> bool {
    let at = |k: usize, list: &[&str]| k < doc.tokens.len() && lower_is(doc, k, list);
    let (copula, next) = if at(t, &["it's"]) {
        (true, t + 1)
    } else {
        (
            at(t, &["it"]) && at(t + 1, &["is", "was", "remains", "remained"]),
            t + 2,
        )
    };
    copula
        && (at(next, &["unclear", "unknown"])
            || (at(next, &["not"]) && at(next + 1, &["clear", "known"])))
}

/// Whether token `t` opens the writer's comparison `as he did (again)`, `as
/// it has done before`: `as`, a subject pronoun, an auxiliary.
fn comparison(doc: &Document, t: usize) -> bool {
    t + 2 < doc.tokens.len()
        && doc.folded(t) == "as"
        && matches!(doc.folded(t + 1), "he" | "she" | "it" | "they" | "we" | "i")
        && crate::lexicon::AUXILIARIES.contains(&doc.folded(t + 2))
}

/// `… found that action unconstitutional, his decision was overturned by an
/// appeals court, and …`: after a comma, a short noun phrase opening on a
/// determiner and a passive `was`/`were` start the writer's next clause;
/// an unquoted piece ends before that comma.
pub(super) fn cut_passive_clause(doc: &Document, piece: &mut Span) {
    let (a, b) = token_range(doc, *piece);
    for k in a + 3..b.saturating_sub(4) {
        if doc.token_text(k) != ","
            || !matches!(
                doc.folded(k + 1),
                "the" | "his" | "her" | "their" | "its" | "that" | "this"
            )
        {
            continue;
        }
        let aux = (k + 3..(k + 6).min(b)).find(|&j| matches!(doc.folded(j), "was" | "were"));
        let passive = aux.is_some_and(|j| {
            (k + 2..j).all(|i| doc.tokens[i].kind == TokenKind::Word)
                && j + 1 < b
                && doc.folded(j + 1).ends_with("ed")
        });
        // Only in unquoted pieces (looked at once a clause is found).
        if passive && !(a..b).any(|q| doc.tokens[q].kind == TokenKind::Quote) {
            piece.end = doc.tokens[k - 1].span.end;
            return;
        }
    }
}

/// `… to sign up 5 million people, focusing on people under 30`: a
/// participial clause after the last comma of an unquoted piece is the
/// writer's comment, not what was said; the piece ends before it.
pub(super) fn cut_trailing_participle(doc: &Document, piece: &mut Span) {
    let (a, b) = token_range(doc, *piece);
    if (a..b).any(|k| doc.tokens[k].kind == TokenKind::Quote) {
        return;
    }
    let Some(comma) = (a + 3..b.saturating_sub(2))
        .rev()
        .take(20)
        .find(|&k| doc.token_text(k) == ",")
    else {
        return;
    };
    let w = doc.token_text(comma + 1);
    if w.len() > 4 && w.ends_with("ing") && w.chars().next().is_some_and(char::is_lowercase) {
        piece.end = doc.tokens[comma - 1].span.end;
    }
}

/// `… said as much in an interview`: a closing `in an interview`, `in a
/// statement`, `on Twitter` names the medium of the saying, which belongs to
/// the frame, not to what was said.
pub(super) fn cut_trailing_medium(doc: &Document, piece: &mut Span) {
    let (a, b) = token_range(doc, *piece);
    if b < a + 4
        || !MEDIUM
            .iter()
            .any(|m| m.eq_ignore_ascii_case(doc.token_text(b - 1)))
    {
        return;
    }
    let mut p = b - 2;
    if ["a", "an", "his", "her", "their", "its"].contains(&doc.token_text(p)) {
        p -= 1;
    }
    if p > a + 1 && ["in", "on", "via"].contains(&doc.token_text(p)) {
        piece.end = doc.tokens[p - 1].span.end;
    }
}

/// `… had ignored a storm warning, an allegation the company rejected`: an
/// apposition that names the claim as a claim (`an allegation`, `a charge`,
/// `a claim`) is the writer's label on it, outside what was said.
pub(super) fn cut_trailing_label(doc: &Document, piece: &mut Span) {
    let (a, b) = token_range(doc, *piece);
    let Some(comma) =
        (a + 2..b.saturating_sub(2)).find(|&k| doc.token_text(k) == "," && is_label(doc, k + 1))
    else {
        return;
    };
    if !(a..comma).any(|k| doc.tokens[k].kind == TokenKind::Quote) {
        piece.end = doc.tokens[comma - 1].span.end;
    }
}

/// `… the timing was not intentional; they only learned of it on Friday`: an
/// unquoted content ends at a semicolon, past which the writer goes on (PolNeAR
/// train: 121 contents end right before `; `, 45 run over one).
pub(super) fn cut_at_semicolon(doc: &Document, piece: &mut Span) {
    let (a, b) = token_range(doc, *piece);
    if (a..b).any(|k| doc.tokens[k].kind == TokenKind::Quote) {
        return;
    }
    if let Some(k) = (a + 2..b.saturating_sub(2)).find(|&k| doc.token_text(k) == ";") {
        piece.end = doc.tokens[k - 1].span.end;
    }
}

/// Whether tokens from `t` are `a`/`an`/`the` and a noun that labels a
/// claim, after a comma.
pub(super) fn is_label(doc: &Document, t: usize) -> bool {
    const LABELS: &[&str] = &[
        "allegation",
        "claim",
        "charge",
        "accusation",
        "assertion",
        "contention",
        "account",
    ];
    t > 0
        && t + 1 < doc.tokens.len()
        && doc.token_text(t - 1) == ","
        && matches!(doc.folded(t), "a" | "an" | "the")
        && LABELS.contains(&doc.folded(t + 1))
}

/// Nouns of the medium a claim was made in (see [`cut_trailing_medium`]).
const MEDIUM: &[&str] = &[
    "interview",
    "statement",
    "tweet",
    "twitter",
    "email",
    "letter",
];

/// `… was its biggest yet, although it may take days to tell`: outside
/// quotation marks, a comma before a concessive subordinator ends the
/// reported clause; the concessive clause is the writer's qualification of
/// the report (PolNeAR dev content F1 rises with it; `while` and `even` are
/// too often temporal or part of what was said).
pub(super) fn cut_before_concessive(doc: &Document, piece: &mut Span) {
    let (a, b) = token_range(doc, *piece);
    let mut quotes = 0;
    for k in a..b.saturating_sub(1) {
        if doc.tokens[k].kind == TokenKind::Quote {
            quotes += 1;
        }
        let next = doc.token_text(k + 1);
        if quotes % 2 == 0
            && k >= a + 3
            && doc.token_text(k) == ","
            && (["although", "though", "whereas"].contains(&next)
                // `…, despite the fact that …`: the writer's counterpoint
                // (a bare `despite` phrase is as often the source's own).
                || (next == "despite" && k + 3 < b && doc.folded(k + 3) == "fact"))
        {
            piece.end = doc.tokens[k - 1].span.end;
            return;
        }
        // `it "includes spending …," | though he voted for it`: the comma
        // inside the closing quotation mark.
        if quotes % 2 == 0
            && k >= a + 3
            && doc.tokens[k].kind == TokenKind::Quote
            && doc.token_text(k - 1) == ","
            && ["although", "though", "whereas"].contains(&next)
        {
            piece.end = doc.tokens[k].span.end;
            return;
        }
    }
}

/// Adverbs between an answering subject and its verb (`police later said`).
const ANSWER_ADVERBS: &[&str] = &["later", "also", "quickly", "however"];

/// `Local media reported that the mayor had been arrested, | but police
/// later said no arrest had been made`: an unquoted content that runs on over
/// `, but` (or `while`, `whereas`), a subject of up to four words and a verb
/// of saying ends before the comma, and the answer is a claim of its own.
pub fn split_answer(doc: &Document, claims: &mut Vec<Claim>) {
    let mut added = Vec::new();
    for claim in claims.iter_mut() {
        let Some(piece) = claim.content.spans.last_mut() else {
            continue;
        };
        let (a, b) = token_range(doc, *piece);
        if doc.tokens.get(a).is_none_or(|t| t.kind == TokenKind::Quote) {
            continue;
        }
        let found = (a + 3..b.saturating_sub(4)).find_map(|k| {
            if doc.token_text(k) != "," || !lower_is(doc, k + 1, &["but", "while", "whereas"]) {
                return None;
            }
            // The subject, an adverb maybe, then the verb of saying.
            let s0 = k + 2;
            let v = (s0 + 1..(s0 + 5).min(b)).find(|&t| {
                let w = doc.token_text(t);
                w.starts_with(char::is_lowercase)
                    && crate::cuelex::categories(w) & crate::cuelex::SPEECH != 0
            })?;
            let subject_words = (s0..v)
                .filter(|&t| !lower_is(doc, t, ANSWER_ADVERBS))
                .count();
            let plain = (s0..v).all(|t| doc.tokens[t].kind == TokenKind::Word);
            (plain && subject_words >= 1 && v + 2 < b).then_some((k, s0, v))
        });
        let Some((k, s0, v)) = found else {
            continue;
        };
        let mut subject_end = v;
        while subject_end > s0 + 1 && lower_is(doc, subject_end - 1, ANSWER_ADVERBS) {
            subject_end -= 1;
        }
        let rest = Span::new(doc.tokens[v + 1].span.start, piece.end);
        added.push(Claim::new(
            vec![doc.span_of(s0, subject_end - 1)],
            vec![doc.span_of(subject_end, v)],
            vec![rest],
        ));
        *piece = Span::new(piece.start, doc.tokens[k - 1].span.end);
    }
    claims.extend(added);
}

/// `Park's claim could not be verified, | and a county spokeswoman said …`:
/// a content piece before the source, joined to it by `, and` or `, but`,
/// is another clause, not what the source said (when the claim keeps a
/// piece after its cue).
pub fn drop_coordinated_before(doc: &Document, claims: &mut [Claim]) {
    for claim in claims {
        let (Some(&src), Some(&cue)) = (claim.source.spans.first(), claim.cue.spans.last()) else {
            continue;
        };
        if !claim.content.spans.iter().any(|p| p.start >= cue.end) {
            continue;
        }
        claim.content.spans.keep_with(&mut |p| {
            let gap = doc.text.get(p.end..src.start).unwrap_or("").trim();
            !(p.end <= src.start && matches!(gap, ", and" | ", but" | "; and" | "; but"))
        });
    }
}
