//! Content edges as PolNeAR marks them: a content that follows its cue starts
//! at the complementiser or the quotation, not at the addressee, the medium or
//! the time the tagger sometimes runs over (`told reporters that …` → `that …`,
//! `said on its website that …`, `says of Clinton, “If …`); where it ends is
//! the `ends` module's job. Also here: contents split at a coordinated second claim or
//! an embedded quotation, and conjoined verbs joined back to their claim.

use crate::model::{Claim, KeepWith, Span};
use crate::segment::{Document, TokenKind};

mod ends;

use super::subject::lower_is;
pub(super) use ends::VERDICTS;
use ends::{
    close_relative_clause, cut_at_semicolon, cut_before_concessive, cut_passive_clause,
    cut_trailing_label, cut_trailing_medium, cut_trailing_participle, is_label,
};
pub use ends::{cut_at_source, cut_verdict, drop_coordinated_before, run_on, split_answer};

/// How many tokens into a content the complementiser or quote may sit.
const REACH: usize = 10;

/// Token range `a..b` of a byte span: the tokens that start inside it (one
/// out-of-line copy of the two lookups, for code size).
#[inline(never)]
fn token_range(doc: &Document, s: Span) -> (usize, usize) {
    (doc.token_at(s.start), doc.token_at(s.end))
}

/// Ends a content piece before what the writer adds to the reported clause:
/// a participle clause, a concessive one, the medium, a passive clause, a
/// label, a semicolon (the `ends` module).
pub(super) fn cut_piece(doc: &Document, piece: &mut Span) {
    cut_trailing_participle(doc, piece);
    cut_before_concessive(doc, piece);
    cut_trailing_medium(doc, piece);
    cut_passive_clause(doc, piece);
    cut_trailing_label(doc, piece);
    cut_at_semicolon(doc, piece);
}

/// Applies the edge repair to every claim.
pub fn apply(doc: &Document, claims: &mut [Claim]) {
    for claim in claims.iter_mut() {
        for piece in claim.content.spans.iter_mut() {
            cut_piece(doc, piece);
        }
        // The tagger may have made the label a piece of its own.
        if claim.content.spans.len() > 1 {
            let first = claim.content.spans[0];
            claim
                .content
                .spans
                .keep_with(&mut |p| *p == first || !is_label(doc, doc.tokens_in(*p).start));
        }
        close_relative_clause(doc, claim);
        let (Some(&cue), Some(first)) = (claim.cue.spans.last(), claim.content.spans.first_mut())
        else {
            continue;
        };
        // Only frame words (`on`, left by a cue cut before its preposition)
        // may stand between the cue and the content.
        let (g0, g1) = token_range(doc, Span::new(cue.end, first.start));
        // (Or the person told: `told | investors on | a conference call that`.)
        let framed = (g0..g1).all(|t| frame_word(doc, t)) || addressee(doc, cue, g0, g1);
        if first.start < cue.end || g1 > g0 + 2 || !framed {
            continue;
        }
        if let Some(start) = time_first(doc, *first) {
            *first = Span::new(start, first.end);
        } else if let Some(start) = clause_start(doc, cue, *first) {
            *first = Span::new(start, first.end);
        } else if let Some(object) = object_in_cue(doc, cue, *first) {
            // `urges supporters | to monitor …`: the object opens the content.
            *first = Span::new(object.start, first.end);
            if let Some(c) = claim.cue.spans.last_mut() {
                let a = doc.tokens.partition_point(|t| t.span.start < c.start);
                let o = doc.tokens.partition_point(|t| t.span.start < object.start);
                if o > a {
                    c.end = doc.tokens[o - 1].span.end;
                }
            }
        }
    }
}

/// `said | Wednesday the city would not …`: when a content opens on the
/// time of the saying (a weekday, `yesterday`, `today`, with `morning` or
/// `night` maybe) and a clause's subject follows, the clause starts there.
fn time_first(doc: &Document, content: Span) -> Option<usize> {
    let (a, b) = token_range(doc, content);
    let time = |t: usize| {
        t < b
            && (lower_is(doc, t, crate::lexicon::WEEKDAYS)
                || lower_is(doc, t, crate::lexicon::NEARBY_DAYS))
    };
    if !time(a) {
        return None;
    }
    let mut k = a + 1;
    if k < b && lower_is(doc, k, &["morning", "afternoon", "evening", "night"]) {
        k += 1;
    }
    let subject = k + 2 < b
        && (lower_is(
            doc,
            k,
            &[
                "that", "the", "a", "an", "his", "her", "their", "its", "he", "she", "they", "it",
                "we", "i", "there", "this",
            ],
        ) || doc.token_text(k).starts_with(char::is_uppercase));
    subject.then(|| doc.tokens[k].span.start)
}

/// Where the reported clause begins inside `content`, when words the tagger
/// ran over come first: the first `that` within [`REACH`] tokens with only
/// frame words or the cue's addressee before it (`reporters`, `on its
/// website`, `yelling to | the officers`), or an opening quote after a comma
/// after a prepositional phrase (`of Clinton, “If …`).
fn clause_start(doc: &Document, cue: Span, content: Span) -> Option<usize> {
    let (a, b) = token_range(doc, content);
    if a >= b {
        return None;
    }
    if doc.token_text(a).eq_ignore_ascii_case("that") {
        return None;
    }
    // `at a campaign stop in Toledo, Ohio, that …`: a place or occasion set
    // off by a comma before `that`.
    let prep = |t: usize| {
        ["at", "on", "in", "during", "via"]
            .iter()
            .any(|p| p.eq_ignore_ascii_case(doc.token_text(t)))
    };
    if prep(a) || (a > 0 && prep(a - 1)) {
        // (Or without the comma when the occasion is short and the cue a
        // verb: `said on | a call with analysts that …`; a noun's medium,
        // `reports on | social media that`, is `report_medium`'s.)
        let verb = {
            let (c0, c1) = token_range(doc, cue);
            (c0..c1)
                .all(|c| crate::cuelex::categories_lower(doc.folded(c)) & crate::cuelex::NOUN == 0)
        };
        let that = (a + 2..b.min(a + 16).saturating_sub(3)).find(|&k| {
            doc.token_text(k).eq_ignore_ascii_case("that")
                && (doc.token_text(k - 1) == "," || (verb && k <= a + 5))
        });
        if let Some(k) = that {
            let clean =
                (a..k).all(|j| doc.tokens[j].kind == TokenKind::Word || doc.token_text(j) == ",");
            if clean {
                return Some(doc.tokens[k].span.start);
            }
        }
    }
    for k in a..b.min(a + REACH) {
        let w = doc.token_text(k);
        if w.eq_ignore_ascii_case("that") && k > a && k + 3 < b {
            return ((a..k).all(|j| frame_word(doc, j)) || addressee(doc, cue, a, k))
                .then(|| doc.tokens[k].span.start);
        }
        if w == ","
            && k > a
            && k + 2 < b
            && doc.tokens[k + 1].kind == TokenKind::Quote
            && ["of", "about", "to", "on"]
                .iter()
                .any(|p| p.eq_ignore_ascii_case(doc.token_text(a)))
        {
            return Some(doc.tokens[k + 1].span.start);
        }
        if doc.tokens[k].kind == TokenKind::Punct {
            return None;
        }
    }
    None
}

/// Verbs whose object is the person told (`told the judge that …`).
pub(super) const TELLING: &[&str] = &[
    "told",
    "tell",
    "tells",
    "telling",
    "assured",
    "assuring",
    "informed",
    "reminded",
    "warned",
    "warning",
    "notified",
    "convinced",
    "persuaded",
];

/// Whether tokens `a..k`, before a `that`, are the addressee of `cue`: up to
/// three words after `to` (`yelling to the officers that …`, `wrote to the
/// county board that …`, in the cue or not, when a determiner or a name
/// follows it) or after a verb of telling
/// (`telling | the judge that …`), where a relative `that` is rare.
fn addressee(doc: &Document, cue: Span, a: usize, k: usize) -> bool {
    let (c0, c1) = token_range(doc, cue);
    // `to the deputies`, `to Reyes`; not an infinitive (`to make sure that`).
    let to = lower_is(doc, a, &["to"])
        && a + 1 < k
        && (lower_is(
            doc,
            a + 1,
            &["the", "his", "her", "their", "its", "a", "an"],
        ) || doc.token_text(a + 1).starts_with(char::is_uppercase));
    let told = to
        || (c1 > c0
            && (lower_is(doc, c1 - 1, &["to"]) || (c0..c1).any(|t| lower_is(doc, t, TELLING))));
    told && k - a <= 3 + usize::from(to) && (a..k).all(|j| doc.tokens[j].kind == TokenKind::Word)
}

/// Words of an addressee, medium, occasion or time between a cue and its `that`
/// (`reporters`, `on its website`, `via email`, `MSNBC’s “Morning Joe” on
/// Friday`): names, quote marks, prepositions, determiners and a few nouns.
pub(super) fn frame_word(doc: &Document, t: usize) -> bool {
    let w = doc.token_text(t);
    if doc.tokens[t].kind == TokenKind::Quote || w.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    FRAME.iter().any(|f| f.eq_ignore_ascii_case(w))
}

const FRAME: &[&str] = &[
    "on",
    "in",
    "via",
    "at",
    "during",
    "to",
    "with",
    "by",
    "the",
    "its",
    "his",
    "her",
    "their",
    "a",
    "an",
    "reporters",
    "supporters",
    "voters",
    "group",
    "audience",
    "crowd",
    "website",
    "email",
    "interview",
    "statement",
    "rally",
    "conference",
    "call",
    "letter",
    "reporter",
    "lawmakers",
    "members",
    "people",
    "evening",
    "morning",
    "afternoon",
    "night",
    "veterans",
    "television",
    "radio",
    "twitter",
    "tweet",
    "news",
    "briefing",
    "speech",
    "friday",
    // Occasions: `said at an event in Colorado Springs that …`.
    "event",
    "events",
    "hearing",
    "meeting",
    "appearance",
    "forum",
    "debate",
    "program",
    "show",
    "town",
    "hall",
];

/// `The senator said, without evidence, that …`: a short phrase set off by
/// commas between the cue and a `that` clause is the writer's aside on the
/// saying, not part of what was said; nor is what a quotation was said of
/// (`“…,” Smith said of | the decision`), nor a relative clause on its
/// speaker after it (`“…,” said Mark Ellison, an analyst, | who cut …`).
pub fn drop_cue_aside(doc: &Document, claims: &mut [Claim]) {
    for claim in claims.iter_mut() {
        let Some(cue) = claim.cue.spans.last() else {
            continue;
        };
        let c = token_range(doc, *cue).1;
        let of_topic = |s: &Span| {
            c + 1 < doc.tokens.len()
                && doc.folded(c) == "of"
                && s.start == doc.tokens[c + 1].span.start
        };
        // `“…,” said Mark Ellison, an analyst …, | who cut his rating …`:
        // a relative clause on the speaker.
        let source_end = claim.source.spans.last().map(|s| s.end);
        let on_speaker = |s: &Span| {
            let k = token_range(doc, *s).0;
            k >= 1
                && k < doc.tokens.len()
                && doc.folded(k) == "who"
                && doc.token_text(k - 1) == ","
                && source_end.is_some_and(|e| {
                    e >= doc.tokens[k - 1].span.start && e <= doc.tokens[k].span.start
                })
        };
        if claim.content.spans.len() > 1 && claim.content.spans.iter().any(|s| s.start < cue.start)
        {
            claim
                .content
                .spans
                .keep_with(&mut |s| !of_topic(s) && !on_speaker(s));
        }
        let cue = *cue;
        let [first, next, ..] = claim.content.spans[..] else {
            continue;
        };
        let (a, b) = token_range(doc, first);
        let (n, _) = token_range(doc, next);
        let aside = a >= 1
            && doc.token_text(a - 1) == ","
            && doc.tokens[a - 1].span.start >= cue.end
            && doc.text[cue.end..doc.tokens[a - 1].span.start]
                .trim()
                .is_empty()
            && b - a <= 4
            && b + 1 == n
            && doc.token_text(b) == ","
            && doc.folded(n) == "that";
        if aside {
            claim.content.spans.remove(0);
        }
    }
}

/// `Trump called Machado “disgusting” and encouraged Americans to …`: a
/// cue verb coordinated by `and` inside a content (outside any quotation)
/// starts a claim of its own (PolNeAR is univocal: the first claim's content
/// ends before `and`; the new claim has that verb as cue, the rest as content
/// and no source mention of its own).
pub fn split_coordinated(doc: &Document, claims: &mut Vec<Claim>) {
    let mut added = Vec::new();
    for claim in claims.iter_mut() {
        if claim.cue.spans.is_empty() {
            continue;
        }
        for piece in claim.content.spans.iter_mut() {
            let (a, b) = token_range(doc, *piece);
            let mut quotes = 0;
            for k in a..b.saturating_sub(3) {
                if doc.tokens[k].kind == TokenKind::Quote {
                    quotes += 1;
                }
                if k <= a + 2 || quotes % 2 == 1 || doc.token_text(k - 1) != "and" {
                    continue;
                }
                let w = doc.token_text(k);
                let cats = crate::cuelex::categories(w);
                let verb = w.ends_with("ed") && w.chars().next().is_some_and(char::is_lowercase);
                if !verb || cats & (crate::cuelex::ANY_CUE & !crate::cuelex::ACCORDING) == 0 {
                    continue;
                }
                let mut end = k - 1;
                while end > a && doc.tokens[end - 1].kind == TokenKind::Punct {
                    end -= 1;
                }
                let rest = Span::new(doc.tokens[k + 1].span.start, piece.end);
                added.push(Claim::new(Vec::new(), vec![doc.tokens[k].span], vec![rest]));
                *piece = Span::new(piece.start, doc.tokens[end - 1].span.end);
                break;
            }
        }
    }
    claims.extend(added);
}

/// The last word of a cue when it is the verb's object (`urges supporters`
/// before `to monitor …`): a lowercase word that is no cue word, particle or
/// preposition, with the content starting with `to` right after it.
fn object_in_cue(doc: &Document, cue: Span, content: Span) -> Option<Span> {
    let (a, b) = token_range(doc, cue);
    let c = token_range(doc, content).0;
    if b < a + 2 || c != b || c >= doc.tokens.len() || doc.token_text(c) != "to" {
        return None;
    }
    object_core(doc, cue, b)
}

/// The cue's last word (token `b - 1`) when it is a plain lowercase noun.
fn object_core(doc: &Document, cue: Span, b: usize) -> Option<Span> {
    let a = doc.tokens.partition_point(|t| t.span.start < cue.start);
    if b < a + 2 {
        return None;
    }
    let w = doc.token_text(b - 1);
    let plain = w.chars().all(|ch| ch.is_lowercase())
        && crate::cuelex::categories(w) & crate::cuelex::ANY_CUE == 0
        && !FRAME.contains(&w)
        && ![
            "out", "up", "off", "for", "about", "against", "them", "him", "her", "us", "me",
        ]
        .contains(&w);
    plain.then_some(doc.tokens[b - 1].span)
}

/// `When Clinton noted that Trump paid nothing ― as was true … ― Trump
/// boasted, “That makes me smart.”`: an unquoted content that runs into a
/// new attribution (a capitalised name or a pronoun, a verb of saying, a
/// comma and an opening quote) set off by a comma or dash ends before it
/// (and before a dashed aside that leads up to it), and that attribution
/// becomes a claim of its own.
pub fn split_embedded_quote(doc: &Document, claims: &mut Vec<Claim>) {
    let mut added = Vec::new();
    for claim in claims.iter_mut() {
        for piece in claim.content.spans.iter_mut() {
            let (a, b) = token_range(doc, *piece);
            if doc.tokens.get(a).is_none_or(|t| t.kind == TokenKind::Quote) {
                continue;
            }
            let Some(k) = (a + 4..b.saturating_sub(3)).find(|&k| {
                // The cheap tests first: the lexicon is looked up only
                // before `, “`.
                let w = doc.token_text(k);
                doc.token_text(k + 1) == ","
                    && doc.tokens[k + 2].kind == TokenKind::Quote
                    && w.chars().next().is_some_and(char::is_lowercase)
                    && crate::cuelex::categories(w) & crate::cuelex::SPEECH != 0
            }) else {
                continue;
            };
            let capital = |t: usize| {
                let w = doc.token_text(t);
                w.chars().next().is_some_and(char::is_uppercase)
                    || ["he", "she", "they", "we"].contains(&w)
            };
            let mut s = k;
            while s > a + 2 && capital(s - 1) && k - s < 4 {
                s -= 1;
            }
            let gap = doc.token_text(s - 1);
            if s == k || ![",", "―", "—", "–", "-"].contains(&gap) {
                continue;
            }
            let source = doc.span_of(s, k - 1);
            let quote = Span::new(doc.tokens[k + 2].span.start, piece.end);
            added.push(Claim::new(
                vec![source],
                vec![doc.tokens[k].span],
                vec![quote],
            ));
            // A dash before the source closes an aside the writer opened
            // with the same dash (`― as was true … ―`): the content ends
            // before the aside too.
            let open = (a + 1..s - 1).rfind(|&t| gap != "," && doc.token_text(t) == gap);
            piece.end = doc.tokens[open.unwrap_or(s - 1) - 1].span.end;
        }
    }
    claims.extend(added);
}

/// Whether a claim's cue is in the present tense: it holds a cue verb not
/// in a past or `-ing` form, and no past form at all (`says`, `warn`; not
/// `has said`, `tweeted`).
fn present_cue(doc: &Document, claim: &Claim) -> bool {
    let mut present = false;
    for q in &claim.cue.spans {
        let (a, b) = token_range(doc, *q);
        for t in a..b {
            let w = doc.token_text(t);
            if w.ends_with("ed") || IRREGULAR_PAST.contains(&w) {
                return false;
            }
            let cue = crate::cuelex::categories(w) & crate::cuelex::ANY_CUE != 0;
            present |= cue && !w.ends_with("ing");
        }
    }
    present
}

/// Irregular past forms of verbs of saying and thinking (regular ones end in
/// `-ed`).
const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "wrote", "thought", "knew", "felt", "found", "saw", "heard", "spoke", "made",
];

/// `Police say he posed a deadly threat and refused to drop the gun`: a
/// claim the tagger opened on a past verb right after `and`, where another
/// claim's content ends just before that `and`, is the second conjunct of
/// that content when the other claim's cue is in the present tense
/// (conjoined verbs share a tense, so `refused` goes with `posed`, not with
/// `say`). The content runs on over it and the split-off claim goes.
pub fn rejoin_conjoined(doc: &Document, claims: &mut Vec<Claim>) {
    let mut gone = vec![false; claims.len()];
    for j in 0..claims.len() {
        let [cue] = claims[j].cue.spans[..] else {
            continue;
        };
        let [rest] = claims[j].content.spans[..] else {
            continue;
        };
        let k = doc.tokens.partition_point(|t| t.span.start < cue.start);
        let verb = doc.tokens.get(k).filter(|t| t.span == cue).is_some();
        if !verb || k < 2 || rest.start < cue.end || doc.token_text(k - 1) != "and" {
            continue;
        }
        if !doc.token_text(k).ends_with("ed") {
            continue;
        }
        let before = doc.tokens[k - 2].span.end;
        let host = (0..claims.len()).find(|&i| {
            let c = &claims[i];
            i != j
                && !gone[i]
                && c.content.spans.last().is_some_and(|p| p.end == before)
                && c.cue.spans.last().is_some_and(|q| q.end <= before)
                && present_cue(doc, c)
        });
        if let Some(i) = host {
            if let Some(p) = claims[i].content.spans.last_mut() {
                p.end = rest.end;
            }
            gone[j] = true;
        }
    }
    super::remove_marked(claims, &gone);
}
