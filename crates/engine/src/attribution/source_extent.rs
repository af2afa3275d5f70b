//! How far a found source reaches, by PolNeAR's conventions (measured on
//! PolNeAR train/dev, where most source boundary errors are sources cut short):
//!
//! * a source after its cue (`said Tim Hess, a real estate developer, who
//!   introduced …`) runs with its appositions and relative clauses to the end
//!   of the sentence;
//! * a source before its cue keeps the modifiers and determiners that open
//!   its noun phrase (`Voting rights advocates`, `all the experts`, `Obama and
//!   Clinton`, `one of Mr. Obama's advisers`, `advisers to Mr. Obama`), and a
//!   name after a comma the role phrase before it (`His former business
//!   partner at Lenox, Lawrence B. Cummings`);
//! * a cue that opens with the source's last noun gives it back
//!   (`independent` + `analyses agree`);
//! * a source that ends on an article runs on over the next word, and one
//!   that runs on into a speech verb, a weekday or a citation is cut;
//! * an apposition between the source and its cue that the tagger gave to the
//!   content joins the source.
//!
//! Every rule looks at a bounded window around the source, so the pass is
//! linear in the claims.

use crate::model::{Claim, KeepWith, Span};
use crate::segment::{Document, TokenKind};

use super::source_phrase::{apposition_start, left_start, np_word};
use super::source_trim;
use super::subject::{is_word, last_word, lower_is, lowercase};

/// Applies the extensions and cuts to every claim's first source span. A claim
/// the tagger found inside a widened source (`who has been challenging the
/// coal industry`) is part of the source's description and is dropped.
pub fn apply(doc: &Document, claims: &mut Vec<Claim>) {
    for claim in claims.iter_mut() {
        source_trim::cut_citation(doc, claim);
        source_trim::trim_head(doc, claim);
        source_trim::trim_tail(doc, claim);
        source_trim::according_to_comma(doc, claim);
        super::according::object_source(doc, claim);
        source_trim::cue_head_to_source(doc, claim);
        source_trim::participle_to_source(doc, claim);
        super::source_edges::manner_phrase_owner(doc, claim);
        apposition_from_content(doc, claim);
        role_from_content(doc, claim);
        determiner_from_content(doc, claim);
        subject_from_content(doc, claim);
    }
    // Every claim's cue and content with the claim's index, which no widened
    // source may cross.
    let mut taken: Vec<(Span, usize)> = claims
        .iter()
        .enumerate()
        .flat_map(|(i, c)| {
            c.cue
                .spans
                .iter()
                .chain(&c.content.spans)
                .map(move |s| (*s, i))
        })
        .collect();
    crate::order::by_key(&mut taken, |(s, _)| (s.start, 0, 0));
    // Running maximum of the ends, so one binary search tells whether a
    // taken span starting before a point reaches past it.
    let max_end: Vec<usize> = taken
        .iter()
        .scan(0, |m, (s, _)| {
            *m = (*m).max(s.end);
            Some(*m)
        })
        .collect();
    let mut dropped = vec![false; claims.len()];
    for i in 0..claims.len() {
        let claim = &claims[i];
        let (Some(&src), Some(&cue)) = (claim.source.spans.first(), claim.cue.spans.first()) else {
            continue;
        };
        let a = doc.token_at(src.start);
        let b = doc.token_at(src.end);
        if a >= b || b > doc.tokens.len() {
            continue;
        }
        let (mut na, mut nb) = (a, b);
        let after = src.start >= cue.end;
        let mut according = false;
        // Whether a content piece of the claim's own may join the source: a
        // word or a quoted word the tagger cut from the front of its noun
        // phrase.
        let mut own_piece = false;
        // `attorneys for the` + `family`: a source never ends on an article.
        if b < doc.tokens.len() && lower_is(doc, b - 1, &["the", "a", "an"]) && is_word(doc, b) {
            nb = b + 1;
        }
        if after {
            let content_before = claim
                .content
                .spans
                .first()
                .is_some_and(|c| c.end <= cue.start);
            let object = super::according::object_end(doc, cue, a, nb, content_before);
            according = object.is_some();
            nb = object
                .or_else(|| after_cue_end(doc, cue, a, nb))
                .unwrap_or(nb);
        } else if src.end <= cue.start {
            let np = left_start(doc, a);
            // (`Rival` + `outlets such as Politico`: not `Watching` + `Trump`,
            // nor `Probably` + `some people`.)
            own_piece = np.is_some_and(|k| {
                let w = doc.folded(k);
                !w.ends_with("ing") && !w.ends_with("ly")
            });
            na = np.or_else(|| apposition_start(doc, a)).unwrap_or(a);
        }
        if (na, nb) == (a, b) {
            continue;
        }
        let new = doc.span_of(na, nb - 1);
        // Nothing taken may reach into the new span from before it.
        let from = taken.partition_point(|(s, _)| s.start < new.start);
        if from > 0 && max_end[from - 1] > new.start {
            continue;
        }
        // What starts inside it must be another claim lying wholly inside,
        // without a source of its own, and only a source after its cue
        // swallows such claims; the phrase after `according to` also takes
        // back the claim's own content pieces inside it (`According to
        // Afghan Ambassador` + `to the United States Hamdullah Mohib`), as
        // does a source widened leftwards before its cue.
        let to = taken.partition_point(|(s, _)| s.start < new.end);
        let inside = &taken[from..to];
        let absorbable = inside.iter().all(|&(s, j)| {
            (after || j == i)
                && s.end <= new.end
                && if j == i {
                    according || (own_piece && doc.tokens_in(s).len() <= 3)
                } else {
                    claims[j].source.spans.is_empty()
                }
        });
        if !absorbable {
            continue;
        }
        for &(_, j) in inside.iter().filter(|&&(_, j)| j != i) {
            dropped[j] = true;
        }
        claims[i].source.spans[0] = new;
        claims[i].content.spans.keep_with(&mut |c| !new.contains(c));
        // `According to an online posting, the server …`: a claim left
        // without content takes what the swallowed noun claim had after it.
        if claims[i].content.spans.is_empty() {
            if let Some(&(_, j)) = inside.iter().find(|&&(_, j)| j != i) {
                // Past the source and the comma after it.
                let mut k = doc.token_at(new.end);
                while k < doc.tokens.len() && !is_word(doc, k) {
                    k += 1;
                }
                let from = doc.tokens.get(k).map_or(new.end, |t| t.span.start);
                let moved: Vec<Span> = claims[j]
                    .content
                    .spans
                    .iter()
                    .filter(|s| s.end > from)
                    .map(|s| Span::new(s.start.max(from), s.end))
                    .collect();
                claims[i].content.spans = moved;
            }
        }
    }
    super::remove_marked(claims, &dropped);
}

/// Words that open a relative clause or an apposition after a name.
const APPOSITION_OPENERS: &[&str] = &[
    "who",
    "whom",
    "whose",
    "which",
    "a",
    "an",
    "the",
    "one",
    "head",
    "chief",
    "president",
    "director",
    "founder",
    "co-founder",
    "chairman",
    "chairwoman",
    "spokesman",
    "spokeswoman",
    "author",
    "editor",
    "professor",
    "senior",
    "former",
    "executive",
];

/// `said X, a …, who ….`: the end (exclusive token index) of a source that
/// follows its cue, stretched over appositions and relative clauses to the
/// end of its sentence when nothing but them follows.
fn after_cue_end(doc: &Document, cue: Span, a: usize, b: usize) -> Option<usize> {
    // The source must follow the cue directly (`said Tim Hess`).
    let c_end = doc.token_at(cue.end);
    if a != c_end {
        return None;
    }
    let (_, s1) = doc.sentences[doc.sentence_of(a)];
    // The last word of the sentence, which ends at its first full stop (the
    // segmenter may run a sentence on into a quotation after it).
    let stop = (b..s1)
        .find(|&k| {
            doc.tokens[k].kind == TokenKind::Punct
                && doc.token_text(k) == "."
                && k > b
                && !crate::segment::is_title_abbreviation(doc.token_text(k - 1))
                && doc.token_text(k - 1).chars().count() > 1
        })
        .unwrap_or(s1);
    let mut e = stop;
    while e > b && !is_word(doc, e - 1) {
        e -= 1;
    }
    if e <= b || e - b > 40 {
        return None;
    }
    if doc.token_text(b) == "," {
        if e <= b + 1 || !lower_is(doc, b + 1, APPOSITION_OPENERS) {
            return None;
        }
    } else if !(a..b).any(|k| doc.token_text(k) == "," && lower_is(doc, k + 1, APPOSITION_OPENERS))
        || !is_word(doc, b)
        || lower_is(doc, b, &["and", "but"])
    {
        // A source already into its apposition (`Victor Cha, who served as
        // Asia director` + `for the National Security Council`) runs on.
        return None;
    }
    // Nothing that starts another clause: quotations, semicolons, a
    // participle or a time/place phrase after a comma (`, adding`,
    // `, in a statement`).
    for k in b..e {
        let w = doc.token_text(k);
        if doc.tokens[k].kind == TokenKind::Quote || matches!(w, ";" | ":" | "(" | "—" | "–") {
            return None;
        }
        if w == "," && k + 1 < e {
            let next = doc.token_text(k + 1);
            if (lowercase(doc, k + 1) && next.ends_with("ing"))
                || next == "and"
                || lower_is(
                    doc,
                    k + 1,
                    &["in", "on", "at", "during", "according", "but", "though"],
                )
            {
                return None;
            }
        }
    }
    // The trailing period of the sentence is not part of the source, but an
    // abbreviation's is (`Jr.`): tokens are words with their own dots.
    Some(e)
}

/// `Emeritus Professor Ana Ruiz, the chair of the panel, said …`: an
/// apposition the tagger gave to the content, between commas after the
/// source and before its cue, belongs to the source (to its second comma, as
/// PolNeAR marks `China, Pyongyang's only ally, said`).
fn apposition_from_content(doc: &Document, claim: &mut Claim) {
    let (Some(&src), Some(&cue)) = (claim.source.spans.first(), claim.cue.spans.first()) else {
        return;
    };
    let Some(i) = claim
        .content
        .spans
        .iter()
        .position(|c| c.start >= src.end && c.end <= cue.start)
    else {
        return;
    };
    let c = claim.content.spans[i];
    let commas = |a: usize, b: usize| {
        let gap = &doc.text[a..b];
        gap.contains(',') && gap.chars().all(|ch| ch == ',' || ch.is_whitespace())
    };
    if commas(src.end, c.start) && commas(c.end, cue.start) {
        let comma = c.end + doc.text[c.end..cue.start].find(',').unwrap_or(0) + 1;
        claim.content.spans.remove(i);
        claim.source.spans[0] = Span::new(src.start, comma);
    }
}

/// `She could swim before she could walk, her | mother said`: a determiner
/// ending the content right before the source is the source's.
fn determiner_from_content(doc: &Document, claim: &mut Claim) {
    let Some(&src) = claim.source.spans.first() else {
        return;
    };
    let Some(i) = claim.content.spans.iter().position(|c| {
        c.end <= src.start && doc.text[c.end..src.start].chars().all(char::is_whitespace)
    }) else {
        return;
    };
    let c = claim.content.spans[i];
    let (a, b) = (doc.token_at(c.start), doc.token_at(c.end));
    if b < a + 3
        || !lower_is(
            doc,
            b - 1,
            &["his", "her", "their", "its", "our", "my", "the", "a", "an"],
        )
    {
        return;
    }
    // The content's last word before the determiner (the first at worst).
    let last = last_word(doc, a + 1, b - 1).unwrap_or(a);
    claim.source.spans[0] = Span::new(doc.tokens[b - 1].span.start, src.end);
    claim.content.spans[i] = Span::new(c.start, doc.tokens[last].span.end);
}

/// `…, the city engineer, Miriam Sollis, told reporters`: a role the tagger
/// left at the end of the content before a closing source (`the` or `a` and
/// up to four lowercase words after the content's last comma) opens the
/// source; the source's own trailing comma goes.
fn role_from_content(doc: &Document, claim: &mut Claim) {
    let Some(&src) = claim.source.spans.first() else {
        return;
    };
    let Some(i) = claim.content.spans.iter().position(|c| {
        c.end <= src.start
            && doc.text[c.end..src.start]
                .chars()
                .all(|ch| ch == ',' || ch.is_whitespace())
            && doc.text[c.end..src.start].contains(',')
    }) else {
        return;
    };
    let c = claim.content.spans[i];
    let (a, b) = (doc.token_at(c.start), doc.token_at(c.end));
    let Some(comma) = (a + 1..b).rev().find(|&k| doc.token_text(k) == ",") else {
        return;
    };
    let role = comma + 1;
    let plain = b > role + 1
        && b - role <= 5
        && lower_is(doc, role, &["the", "a", "an"])
        && (role + 1..b).all(|k| is_word(doc, k) && lowercase(doc, k));
    if !plain {
        return;
    }
    let mut end = doc.token_at(src.end);
    while end > doc.token_at(src.start) + 1 && doc.token_text(end - 1) == "," {
        end -= 1;
    }
    claim.source.spans[0] = Span::new(doc.tokens[role].span.start, doc.tokens[end - 1].span.end);
    claim.content.spans[i] = Span::new(c.start, doc.tokens[comma - 1].span.end);
}

/// `it is critical that economic agents believe that …`, `the municipalities
/// have stated that …`: a claim without a source whose content has a piece
/// ending right at the cue, a short noun phrase after an optional `that`, has
/// its subject there; the piece becomes the source. Not before a passive cue
/// (`Obama's veto is expected`), whose subject is no source.
fn subject_from_content(doc: &Document, claim: &mut Claim) {
    let Some(&cue) = claim.cue.spans.first() else {
        return;
    };
    if super::source_edges::passive_cue(doc, cue) {
        return;
    }
    let t = doc.token_at(cue.start);
    let Some(i) = claim
        .content
        .spans
        .iter()
        .position(|c| c.end <= cue.start && doc.token_at(c.end) == t)
    else {
        return;
    };
    let mut a = doc.token_at(claim.content.spans[i].start);
    if lower_is(doc, a, &["that"]) {
        a += 1;
    }
    let np = (a..t).all(|k| np_word(doc, k) && !lower_is(doc, k, &["that", "it", "there"]));
    if claim.source.spans.is_empty() && a < t && t <= a + 5 && np {
        claim.content.spans.remove(i);
        claim.source.spans = vec![doc.span_of(a, t - 1)];
    }
}
