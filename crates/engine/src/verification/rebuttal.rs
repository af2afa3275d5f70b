//! Contradiction between claims: two nearby claims by different sources about
//! the same thing, one of them a rebuttal (a denial or rejection word, a flat
//! `not true`, or a negated verb governing what the other asserts: `seemed
//! supportive of Trump` / `did not support Trump`; a bare negation somewhere in
//! the topic is not enough, unless the two parties speak of each other and
//! their contents open with the same subject). Both become `disputed`, each
//! with the other's content as evidence (the guidelines: a denial and the
//! claim it denies are both disputed, even when the denial rebuts rather than
//! says `deny`).
//!
//! Political news sets a claim and its rebuttal side by side, so beyond shared
//! content words two structural links count between claims a few claims and at
//! most one paragraph apart: the rebutting party is the one the claim is about
//! (`Trump accused her of …` / `Clinton says …`; `Clinton is lying`, said of a
//! claim by Clinton), an accusation (or a doubt: `questioned`) answered by its
//! target, and a reply to what `critics` say or a correction (`was instead`)
//! next to a claim on the same thing, and a negated answer after `, but` in
//! the claim's own sentence (`…, but police later said no arrest had been
//! made`). From further away (up to [`FAR_REACH`] paragraphs) only a
//! rebuttal that names the other party and shares what it said counts
//! (`Of course, Republicans are trying to make political hay out of this,
//! but the facts are …`). A reply (`Okafor responded that the salaries Keane
//! cited include drivers`) answers the other parties' claims up to
//! [`REPLY_BACK`] paragraphs before it that share a word with it, and so does
//! the replying party's quote right after. Each pair is compared once per claim within a
//! fixed window: linear in the claims.

use super::topic::{overlap, ClaimTopic, StemSet};
use super::Vote;
use crate::model::Claim;
use crate::segment::Document;

/// How many paragraphs apart the two claims may be.
const REACH: usize = 2;
/// How many claims on each side are compared (keeps the pass linear).
const NEIGHBOURS: usize = 12;
/// Shared stems needed with an explicit rebuttal word.
const SHARED_FOR_REBUTTAL: usize = 2;

const REBUTTAL: &[&str] = &[
    "lie",
    "lies",
    "lying",
    "lied",
    "false",
    "untrue",
    "wrong",
    "nonsense",
    "bogus",
    "baseless",
    "fabricated",
    "exaggerating",
    "exaggerated",
    "exaggerate",
    "overstated",
    "overstating",
    "distorted",
    "distorting",
    "misleading",
    "mischaracterized",
    "misrepresented",
    "ridiculous",
    "absurd",
    "crap",
    "outrageous",
    "skeptical",
    "contrary",
    "contradicts",
    "denied",
    "denies",
    "deny",
    "disputed",
    "disputes",
    "dispute",
    "rejected",
    "rejects",
    "reject",
    "dismissed",
    "unsubstantiated",
    "unfounded",
    "incorrect",
    "inaccurate",
    "scapegoating",
    "instead",
    "however",
    "actually",
    "fact",
    "course",
    "but",
    "contrary",
    "against",
    "countered",
    "counters",
    "refuted",
    "rebutted",
    "contested",
    "disagreed",
    "disagrees",
    "lashed",
    "smear",
    "hoax",
    "fake",
    "misinformed",
    "mistaken",
    "untruthful",
    "dishonest",
    // `says neither the nominee nor her campaign helped …`: a flat denial.
    "neither",
];

/// How many paragraphs apart a rebuttal that names the other party may be.
const FAR_REACH: usize = 8;

/// How many claims apart a claim and its rebuttal may be for the structural
/// links (target of the claim, reply to an accusation).
const NEAR: usize = 3;

/// Rebuttal words that carry the contradiction on their own (the weak contrast
/// words of [`REBUTTAL`] — `but`, `instead`, `in fact` — need more).
/// [`REBUTTAL`] as a set: every word of every claim is looked up.
fn rebuttal_words() -> &'static crate::cuelex::WordSet<&'static str> {
    static CELL: std::sync::OnceLock<crate::cuelex::WordSet<&'static str>> =
        std::sync::OnceLock::new();
    crate::cuelex::cached_set(&CELL, || REBUTTAL.iter().copied().collect())
}

fn strong(w: &str) -> bool {
    rebuttal_words().contains(w) && !WEAK.contains(&w)
}

const WEAK: &[&str] = &[
    "instead",
    "however",
    "actually",
    "fact",
    "course",
    "but",
    "against",
    // Evaluations more often than rebuttals (`the wrong direction`, `a
    // ridiculous idea`).
    "wrong",
    "mistaken",
    "hoax",
    "absurd",
    "ridiculous",
];

/// Attribution words of an accusation: the accused party's reply disputes it.
const ACCUSE: &[&str] = &[
    "accused",
    "accusing",
    "accuses",
    "accuse",
    "charged",
    "charging",
    "charges",
    "alleged",
    "alleging",
    "alleges",
    "blamed",
    "blaming",
    "blames",
    "attacked",
    "criticized",
    "criticised",
    "slammed",
    "faulted",
];

/// Attribution verbs of a reply: `Sharockman responded that …` answers what
/// the other side said before, paragraphs back.
const REPLY: &[&str] = &[
    "responded",
    "responds",
    "replied",
    "replies",
    "retorted",
    "retorts",
];

/// How many paragraphs back a reply reaches the claim it answers.
const REPLY_BACK: usize = 4;

/// Whether the claim is a reply with a content of its own (`responded that
/// …`, `replied, "…"`), not `responded by …` or `responded to the charge`.
fn reply(doc: &Document, claim: &Claim) -> bool {
    let opens_on = |list: &[&str]| {
        claim
            .content
            .spans
            .first()
            .and_then(|s| doc.tokens_in(*s).next())
            .is_some_and(|t| list.contains(&doc.folded(t)))
    };
    cue_has(doc, claim, REPLY) && !opens_on(&["by", "to", "with"])
}

/// Words of the content and cue; a word hedged by the writer (`his supposed
/// “lies”`) is left out, as it rebuts nothing.
fn words_of<'d>(doc: &'d Document, claim: &Claim) -> Vec<&'d str> {
    let mut out: Vec<&str> = Vec::new();
    for s in claim.content.spans.iter().chain(&claim.cue.spans) {
        for t in doc.tokens_in(*s) {
            let w = doc.folded(t);
            if !w.chars().any(char::is_alphanumeric) {
                continue;
            }
            if out.last().is_some_and(|p| super::cues::HEDGED.contains(p)) {
                out.pop();
                continue;
            }
            out.push(w);
        }
    }
    out
}

/// How many words after a negation are taken as what it denies.
const NEGATED_REACH: usize = 3;

/// Whether the content negates its verb (`did not support`, `is not the
/// behemoth`, `never paid`, `paid nothing in fees`, `had no heaters`), and
/// the stems of the few words the negation governs (`support`, `trump`): a
/// claim that asserts them is answered.
fn negation(doc: &Document, claim: &Claim) -> (bool, StemSet) {
    let mut negated = false;
    let mut scope = StemSet::default();
    for s in &claim.content.spans {
        let r = doc.tokens_in(*s);
        for t in r.clone() {
            let w = doc.folded(t);
            if matches!(w, "not" | "never" | "nothing" | "no") || w.ends_with("n't") {
                negated = true;
                for u in t + 1..(t + 1 + NEGATED_REACH).min(r.end) {
                    if let Some(stem) = super::topic::stem_folded(doc.folded(u)) {
                        scope.insert(stem);
                    }
                }
            }
        }
    }
    (negated, scope)
}

/// Whether two contents open with the same three words, after a `that`
/// (`the tax breaks …` / `that the tax breaks …`): the same subject.
fn same_subject(doc: &Document, a: &Claim, b: &Claim) -> bool {
    let start = |c: &Claim| {
        let r = doc.tokens_in(*c.content.spans.first()?);
        let skip = usize::from(!r.is_empty() && doc.folded(r.start) == "that");
        (r.len() >= skip + 3).then_some(r.start + skip)
    };
    match (start(a), start(b)) {
        (Some(x), Some(y)) => (0..3).all(|k| doc.folded(x + k) == doc.folded(y + k)),
        _ => false,
    }
}

/// Whether any word of the claim's cue is in `list`.
fn cue_has(doc: &Document, claim: &Claim, list: &[&str]) -> bool {
    claim
        .cue
        .spans
        .iter()
        .any(|s| doc.tokens_in(*s).any(|t| list.contains(&doc.folded(t))))
}

/// Whether `b`'s source is what `a` speaks about (its stems appear in `a`'s
/// content or cue), or `a`'s source is named in `b`'s content.
fn targets(a: usize, b: usize, topics: &[ClaimTopic], cues: &[super::topic::StemSet]) -> bool {
    let about_b = topics[b]
        .source
        .iter()
        .any(|w| topics[a].content.contains(w) || cues[a].contains(w));
    about_b || names_source_of(a, b, topics)
}

/// Whether claim `b`'s content names claim `a`'s source.
fn names_source_of(a: usize, b: usize, topics: &[ClaimTopic]) -> bool {
    topics[a]
        .source
        .iter()
        .any(|w| topics[b].content.contains(w))
}

fn rebuts(words: &[&str]) -> bool {
    words.iter().any(|w| rebuttal_words().contains(w))
}

/// Whether exactly one of two claims is negated and the words its negation
/// governs are in the other's content.
fn polarity_contrast(
    na: &(bool, StemSet),
    nb: &(bool, StemSet),
    topics: &[ClaimTopic],
    a: usize,
    b: usize,
) -> bool {
    na.0 != nb.0 && overlap(&na.1, &topics[b].content) + overlap(&nb.1, &topics[a].content) >= 1
}

/// Marks contradicting pairs `disputed`.
pub fn contradictions(
    doc: &Document,
    claims: &[Claim],
    topics: &[ClaimTopic],
    uncertain: &[bool],
    votes: &mut [Vec<Vote>],
) {
    let paragraphs: Vec<Option<usize>> = claims
        .iter()
        .map(|c| {
            let s = c.content.spans.first()?;
            Some(super::link::paragraph_of(doc, s.start))
        })
        .collect();
    let words: Vec<Vec<&str>> = claims.iter().map(|c| words_of(doc, c)).collect();
    let cue_stems: Vec<super::topic::StemSet> = claims
        .iter()
        .map(|c| super::topic::stems_in(doc, &c.cue.spans))
        .collect();
    let accuses: Vec<bool> = claims.iter().map(|c| cue_has(doc, c, ACCUSE)).collect();
    // A record that shows something is no party answering an accusation.
    let shows: Vec<bool> = claims
        .iter()
        .map(|c| super::records::shows(doc, c))
        .collect();
    let negations: Vec<(bool, StemSet)> = claims.iter().map(|c| negation(doc, c)).collect();
    let replies: Vec<bool> = claims.iter().map(|c| reply(doc, c)).collect();
    // `The attorney general is confirming the registration issue` answers
    // `the charity was not registered` in agreement, whatever the polarity.
    // `"There was no depot there," said the governor`: what the content
    // says does not exist, by its noun.
    let no_such: Vec<Option<super::topic::Stem>> =
        claims.iter().map(|c| denied_thing(doc, c)).collect();
    let confirms: Vec<bool> = words
        .iter()
        .map(|w| w.iter().any(|w| confirming(w)))
        .collect();
    // Claims with another party's claim nested in their content: `A post
    // claiming … is false, officials said` rebuts the post, not every
    // neighbour sharing a word with it. (Not the speaker's own `I think`.)
    // Ids are `c1`, `c2`, … in order (attribution's `nest`), so a parent is
    // found by its number, checked against its id.
    let index_of = |id: &str| -> Option<usize> {
        let i = id
            .strip_prefix('c')?
            .parse::<usize>()
            .ok()?
            .checked_sub(1)?;
        (claims.get(i)?.id == id).then_some(i)
    };
    let mut has_nested = vec![false; claims.len()];
    for c in claims {
        if let Some(i) = c.parent.as_deref().and_then(index_of) {
            has_nested[i] |= claims[i].source.entity != c.source.entity;
        }
    }
    for b in 0..claims.len() {
        let Some(pb) = paragraphs[b] else { continue };
        let b_rebuts = rebuts(&words[b]);
        let b_strong = words[b].iter().any(|w| strong(w));
        // `The company denied that its workers had shut off the sprinklers`:
        // a denial that says what it denies answers a later neighbour only
        // on that (more than one shared word), not on `workers` alone; so
        // does a verdict on reports it names (`Earlier reports that Hale had
        // fired at officers were false`). (Read only beside a strong word,
        // which is where it is used.)
        let b_explicit = b_strong && {
            let (mut words_in, mut strong_in, mut names) = (0, false, false);
            for s in &claims[b].content.spans {
                let r = doc.tokens_in(*s);
                for t in r.clone() {
                    let w = doc.folded(t);
                    words_in += usize::from(doc.tokens[t].kind == crate::segment::TokenKind::Word);
                    strong_in |= strong(w);
                    // `Earlier reports that Hale had fired … were false`,
                    // `reports on social media that …`.
                    names |= super::topic::ANAPHORS.contains(&w)
                        && crate::attribution::noun_cues::that_after_noun(doc, t, r.end).is_some();
                }
            }
            (names || !strong_in) && words_in >= 6
        };
        // An answer to another claim: `the examples that critics point to
        // fail to note …`, or a correction of what something was taken for.
        let b_answers = words[b]
            .iter()
            .any(|w| matches!(*w, "critics" | "detractors" | "skeptics" | "opponents"))
            // `his comment was instead an expression of frustration`.
            || words[b]
                .windows(2)
                .any(|w| matches!(w[0], "is" | "was" | "are" | "were") && w[1] == "instead");
        // (From further away a bare `but` or `against` answers nothing.)
        let b_answers_far = words[b]
            .iter()
            .any(|w| rebuttal_words().contains(w) && !matches!(*w, "but" | "against"));
        let window = b.saturating_sub(NEIGHBOURS)..(b + NEIGHBOURS + 1).min(claims.len());
        for a in window {
            let Some(pa) = paragraphs[a] else { continue };
            // (Nor a claim and one nested in it: `the senator said she had
            // not decided whether to run`.)
            let nested =
                |x: usize, y: usize| claims[x].parent.as_deref() == Some(claims[y].id.as_str());
            if a == b || pa.abs_diff(pb) > FAR_REACH || nested(a, b) || nested(b, a) {
                continue;
            }
            let far = pa.abs_diff(pb) > REACH;
            // A statement of uncertainty neither rebuts nor is rebutted.
            if uncertain.get(a).copied().unwrap_or(false)
                || uncertain.get(b).copied().unwrap_or(false)
            {
                continue;
            }
            let (sa, sb) = (&claims[a].source.entity, &claims[b].source.entity);
            if sa.is_none() || sb.is_none() || sa == sb {
                continue;
            }
            let shared = overlap(&topics[a].content, &topics[b].content);
            // A reply answers the other side's earlier claims on the same
            // thing, and the replying party's next quote goes on answering
            // (`… responded that …` / `"We're not just …," he told`).
            if replies[b] && a < b && pb <= pa + REPLY_BACK && shared >= 1 && !shows[a] {
                let next = super::same_voice_next(doc, claims, b)
                    .filter(|&j| super::quoted_content(doc, &claims[j]));
                for answer in std::iter::once(b).chain(next) {
                    super::dispute_each_other(
                        claims,
                        votes,
                        (a, answer),
                        (
                            "Answered by another source's reply.",
                            "Replies to another source.",
                        ),
                    );
                }
                continue;
            }
            if far {
                // `Republicans said they're convinced the Justice Department
                // mishandled the investigation` … paragraphs later: `Of
                // course, Republicans are trying to make political hay out of
                // this, but the facts are …`: a rebuttal that names the
                // other party and what it said answers it from further away.
                if a < b
                    && b_answers_far
                    && shared >= SHARED_FOR_REBUTTAL
                    && names_source_of(a, b, topics)
                {
                    super::dispute_each_other(
                        claims,
                        votes,
                        (a, b),
                        (
                            "Contradicted by another source further on.",
                            "Contradicts another source earlier on.",
                        ),
                    );
                }
                continue;
            }
            let near = a.abs_diff(b) <= NEAR && pa.abs_diff(pb) <= 1;
            // One claim is about the other's speaker, up to a paragraph apart.
            let about = pa.abs_diff(pb) <= 1 && targets(a, b, topics, &cue_stems);
            let target = near && about;
            let contradicts = (b_strong && shared >= SHARED_FOR_REBUTTAL)
                // A rebuttal word next to the claim it answers, about it or
                // its speaker.
                || (near
                    && b_strong
                    && !has_nested[b]
                    && (shared >= if b_explicit { 2 } else { 1 } || target))
                // `… reported that the mayor had been arrested, but police
                // later said no arrest had been made`.
                || (shared >= 1
                    && (negations[b].0 || b_strong)
                    && answers_after_but(doc, &claims[a], &claims[b]))
                // The accused answers the accusation: right after it about
                // the same thing, or, named as its target, anywhere up to the
                // next paragraph.
                || (accuses[a]
                    && a < b
                    && !shows[b]
                    && ((near && shared >= 1)
                        || about))
                || (target && b_rebuts && shared >= 2)
                // One says a thing is not there that the other names (a
                // strong answer: up to `REACH` paragraphs apart).
                || (a.abs_diff(b) <= NEAR && no_such[b].is_some_and(|stem| topics[a].content.contains(stem)))
                // A party questioned (`Trump questioned Cruz's eligibility …`)
                // answers right after on the same thing (`Cruz has long said
                // he qualifies …`).
                || (a < b && target && shared >= 1 && cue_has(doc, &claims[a], &["questioned"]))
                // A reply to the critics, or a correction, next to a claim on
                // the same thing.
                || (near && b_answers && shared >= 2)
                // One denies what the other asserts: `X seemed supportive of
                // Trump` / `he did not support Trump`.
                || (near
                    && shared >= 2
                    && !(confirms[a] || confirms[b])
                    && (polarity_contrast(&negations[a], &negations[b], topics, a, b)
                        // Two parties, one speaking of the other, on the same
                        // subject, one saying what it does, the other that it
                        // does not: `Sanders said the tax breaks Trump used do
                        // nothing for the economy` / `the Trump campaign has
                        // pointed out that the tax breaks let him hire
                        // thousands`.
                        || (about
                            && negations[a].0 != negations[b].0
                            && same_subject(doc, &claims[a], &claims[b]))));
            if !contradicts {
                continue;
            }
            // The rebutting side is disputed by the pairing too, not by
            // words about itself: its own hedge (`apparently believed`) may
            // still say more about it (see `resolve`).
            super::dispute_each_other(
                claims,
                votes,
                (a, b),
                (
                    "Contradicted by another source nearby.",
                    "Contradicts another source nearby.",
                ),
            );
        }
    }
}

/// The noun of `There was no depot` opening a claim's content, if it does.
fn denied_thing(doc: &Document, claim: &Claim) -> Option<super::topic::Stem> {
    let r = doc.tokens_in(*claim.content.spans.first()?);
    // (Past an opening quotation mark.)
    let t =
        r.start + usize::from(doc.tokens.get(r.start)?.kind == crate::segment::TokenKind::Quote);
    let word = |k: usize| (k < r.end).then(|| doc.folded(k));
    let existential = word(t) == Some("there")
        && matches!(word(t + 1), Some("was" | "is" | "were" | "are"))
        && word(t + 2) == Some("no");
    existential
        .then(|| super::topic::stem_folded(word(t + 3)?))
        .flatten()
}

/// Whether `w` (folded) says something is confirmed or corroborated.
fn confirming(w: &str) -> bool {
    w.starts_with("confirm") || w.starts_with("corroborat")
}

/// Whether claim `b`'s source follows claim `a`'s content after `, but` in
/// the same sentence (`…, but police later said …`).
fn answers_after_but(doc: &Document, a: &Claim, b: &Claim) -> bool {
    let (Some(content), Some(source)) = (a.content.spans.last(), b.source.spans.first()) else {
        return false;
    };
    doc.text
        .get(content.end..source.start)
        .is_some_and(|gap| gap.trim() == ", but")
}
