//! Attributed claims: who said what, with which words.
//!
//! The learned tagger ([`crate::tagger`]) labels every token as source, cue or
//! content (BIO); [`group`] turns the spans into claims; direct quotations the
//! tagger missed are added from the rule finder ([`crate::quotes`]); each claim
//! gets a kind ([`kind`]) and its source is resolved to the most specific
//! mention in the article ([`crate::coref`]). Offsets are UTF-8 bytes here.

pub mod according;
pub mod closing_speaker;
pub mod concessive;
pub mod conditional_aside;
pub mod content;
pub mod content_tail;
pub mod dateline;
pub mod edges;
pub mod fixes;
pub mod fronted;
pub mod group;
pub mod headlines;
pub mod inverted;
pub mod kind;
pub mod long_subject;
pub mod missed_quotes;
pub mod noun_cues;
pub mod object_claims;
pub mod openers;
pub mod opening_according;
pub mod orphan_speech;
pub mod parenthetical;
pub mod participle_subject;
pub mod polls;
pub mod put_it;
pub mod quote_paragraphs;
pub mod record_claims;
pub mod repairs;
pub mod rulings;
pub mod source_edges;
pub mod source_extent;
pub mod source_fill;
pub mod source_phrase;
pub mod source_subject;
pub mod source_trim;
pub mod split_pieces;
pub mod spoken;
pub mod subject;
pub mod tagger_splits;
pub mod that_clause;
pub mod transcript;
pub mod unlisted;
pub mod what_clause;
pub(crate) mod wordclass;
pub mod words_of;

use crate::model::*;
use crate::segment::Document;
use crate::tagger;

use group::{Group, Piece};

/// Finds every attributed claim in the document (byte spans; ids, order and
/// parents are set by [`nest`] once every claim is in).
pub fn find_claims(doc: &Document) -> Vec<Claim> {
    let mut claims: Vec<Claim> = match tagger::tag(doc) {
        Some(labels) => group::group(doc, &group::pieces(&labels))
            .iter()
            .map(|g| claim_from_group(doc, g))
            .collect(),
        None => Vec::new(),
    };
    missed_quotes::apply(doc, &mut claims);
    put_it::apply(doc, &mut claims);
    tagger_splits::apply(doc, &mut claims);
    fixes::apply(doc, &mut claims);
    repairs::apply(doc, &mut claims);
    conditional_aside::apply(doc, &mut claims);
    split_pieces::apply(doc, &mut claims);
    edges::apply(doc, &mut claims);
    content::apply(doc, &mut claims);
    content::run_on(doc, &mut claims);
    content::split_coordinated(doc, &mut claims);
    content::split_answer(doc, &mut claims);
    content::rejoin_conjoined(doc, &mut claims);
    content::split_embedded_quote(doc, &mut claims);
    inverted::apply(doc, &mut claims);
    inverted::source_after_but(doc, &mut claims);
    inverted::content_before_comma(doc, &mut claims);
    inverted::closing_attribution(doc, &mut claims);
    rulings::apply(doc, &mut claims);
    subject::apply(doc, &mut claims);
    source_fill::apply(doc, &mut claims);
    source_fill::relative_subjects(doc, &mut claims);
    source_subject::apply(doc, &mut claims);
    source_extent::apply(doc, &mut claims);
    // Again, now that appositions run to the sentence's end (`…, said Brian
    // Baker, a longtime adviser to the family who oversees …`).
    inverted::content_before_comma(doc, &mut claims);
    for claim in claims.iter_mut() {
        according::content_after_comma(doc, claim);
    }
    claims.keep_with(&mut |c| {
        !according::is_manner(doc, c)
            && !fixes::venue_only(doc, c)
            && !fixes::reports_nothing(doc, c)
    });
    long_subject::apply(doc, &mut claims);
    dateline::apply(doc, &mut claims);
    opening_according::apply(doc, &mut claims);
    opening_according::split_run_on(doc, &mut claims);
    words_of::apply(doc, &mut claims);
    source_fill::participle_tails(doc, &mut claims);
    participle_subject::apply(doc, &mut claims);
    fixes::passive_verification(doc, &mut claims);
    fixes::concessive_pieces(doc, &mut claims);
    fixes::cut_clauses(doc, &mut claims);
    fronted::apply(doc, &mut claims);
    parenthetical::apply(doc, &mut claims);
    parenthetical::inverted(doc, &mut claims);
    openers::apply(doc, &mut claims);
    that_clause::apply(doc, &mut claims);
    spoken::apply(doc, &mut claims);
    noun_cues::determined_noun_cues(doc, &mut claims);
    noun_cues::report_medium(doc, &mut claims);
    noun_cues::reports_called_false(doc, &mut claims);
    noun_cues::participle_after_noun(doc, &mut claims);
    noun_cues::noun_with_party(doc, &mut claims);
    // A cue with neither source nor content (`… found the study | was posted
    // on March 14`, the tagger's leftover) tells the reader nothing.
    claims.keep_with(&mut |c| !(c.source.spans.is_empty() && c.content.spans.is_empty()));
    // Nor does a sourceless claim whose cue is one word that attributes
    // nothing (`…, and the | project | may now cost $40 million more`).
    claims.keep_with(&mut |c| !(c.source.spans.is_empty() && unknown_one_word_cue(doc, c)));
    content_tail::apply(doc, &mut claims);
    content::cut_verdict(doc, &mut claims);
    content::drop_cue_aside(doc, &mut claims);
    concessive::apply(doc, &mut claims);
    orphan_speech::apply(doc, &mut claims);
    object_claims::apply(doc, &mut claims);
    closing_speaker::apply(doc, &mut claims);
    quote_paragraphs::apply(doc, &mut claims);
    quote_paragraphs::introduced_paragraph(doc, &mut claims);
    record_claims::apply(doc, &mut claims);
    polls::apply(doc, &mut claims);
    what_clause::apply(doc, &mut claims);
    content::cut_at_source(doc, &mut claims);
    content::drop_coordinated_before(doc, &mut claims);
    transcript::apply(doc, &mut claims);
    let mut quoted = kind::quotation_spans(doc);
    for claim in &mut claims {
        claim.kind = kind::classify(doc, &quoted, claim);
    }
    // A transcript's turn is its speaker's own words, as a quotation is
    // (`Ortiz: I don't think …`: `I` is Ortiz).
    quoted.extend(transcript::turns(doc, &claims));
    crate::coref::resolve_sources(doc, &mut claims, &quoted);
    claims
}

/// Puts claims in text order with ids `c1`, `c2`, … (the order and ids
/// [`crate::analyze`] gives them, called there once the sourceless
/// statements of `verification::unattributed` have joined the attributed
/// claims, so that no later numbering can leave a `parent` pointing at the
/// wrong claim) and sets `parent` on a claim whose cue lies
/// inside another claim's content (`“… I think …,” she said`): the outer claim
/// is the attribution PolNeAR-style (univocal) annotation keeps.
pub fn nest(claims: &mut [Claim]) {
    crate::order::by_key(claims, |c| {
        (
            c.content.spans.first().map_or(usize::MAX, |s| s.start),
            0,
            0,
        )
    });
    for (i, claim) in claims.iter_mut().enumerate() {
        claim.id = format!("c{}", i + 1);
        claim.parent = None;
    }
    // Content pieces sorted by start: (span, claim index).
    let mut pieces: Vec<(Span, usize)> = claims
        .iter()
        .enumerate()
        .flat_map(|(i, c)| c.content.spans.iter().map(move |s| (*s, i)))
        .collect();
    crate::order::by_key(&mut pieces, |(s, _)| (s.start, s.end, 0));
    let mut parent: Vec<Option<usize>> = vec![None; claims.len()];
    for (i, claim) in claims.iter().enumerate() {
        let Some(cue) = claim.cue.spans.first() else {
            continue;
        };
        let upto = pieces.partition_point(|(s, _)| s.start <= cue.start);
        // The innermost (latest-starting) piece holding the cue, looking back a little.
        parent[i] = pieces[..upto]
            .iter()
            .rev()
            .take(16)
            .find(|(s, j)| *j != i && s.contains(cue))
            .map(|&(_, j)| j);
    }
    for i in 0..claims.len() {
        if let Some(j) = parent[i] {
            // Two claims holding each other's cues (an interrupted quote split
            // in two) are both kept at the top.
            if parent[j] == Some(i) {
                continue;
            }
            claims[i].parent = Some(claims[j].id.clone());
        }
    }
}

fn span_of(doc: &Document, p: &Piece) -> Span {
    doc.span_of(p.start, p.end - 1)
}

/// Removes the claims marked in `marked` (one flag per claim, in order).
fn remove_marked(claims: &mut Vec<Claim>, marked: &[bool]) {
    let mut flags = marked.iter();
    claims.keep_with(&mut |_| !flags.next().is_some_and(|&m| m));
}

fn claim_from_group(doc: &Document, g: &Group) -> Claim {
    let spans = |ps: &[Piece]| ps.iter().map(|p| span_of(doc, p)).collect::<Vec<_>>();
    Claim::new(spans(&g.source), spans(&g.cue), spans(&g.content))
}

/// Whether a claim's cue is a single word that no lexicon category names as
/// a cue or an attribution noun (the tagger's stray labels: `project`,
/// `municipalities`, `of`).
fn unknown_one_word_cue(doc: &Document, claim: &Claim) -> bool {
    let [cue] = claim.cue.spans.as_slice() else {
        return false;
    };
    let r = doc.tokens_in(*cue);
    // A colon is a transcript's cue; `seems` (`seems to think …`) a
    // stance the lexicon leaves to the tagger.
    if r.len() != 1
        || doc.tokens[r.start].kind != crate::segment::TokenKind::Word
        || doc.folded(r.start).starts_with("seem")
    {
        return false;
    }
    let bits = crate::cuelex::categories_lower(doc.folded(r.start));
    // A verb cue after a determiner is a noun (`the project`, `the plan`).
    let determined = r.start > 0
        && matches!(
            doc.folded(r.start - 1),
            "the" | "a" | "an" | "this" | "its" | "his" | "her" | "their"
        );
    bits & crate::cuelex::NOUN == 0 && (bits & crate::cuelex::ANY_CUE == 0 || determined)
}
