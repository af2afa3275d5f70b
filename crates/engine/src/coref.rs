//! Coreference-lite for sources: links each claim's source mention to the most
//! specific mention of the same party in the article.
//!
//! Named mentions are runs of capitalised words (titles such as `Foreign
//! Minister` stripped off the name but kept for matching). A source is resolved
//! as follows: a named source stands for itself, or for an earlier full name it
//! ends with (`Lavrov` → `Sergey Lavrov`); a personal pronoun takes the most
//! recent compatible party (an earlier claim's source first, then any named
//! person); a nominal (`the ministry`, `the minister`, `the spokesman`) takes the
//! most recent named mention whose words or title contain its head word; two
//! parties joined by `and` are named whole (and later `they`). The
//! chain lists the mentions linked to the entity up to the claim's own source,
//! in text order, capped at [`CHAIN_MAX`].

mod gender;
mod names;

use crate::model::{Claim, SourceType, Span};
use crate::segment::Document;
use crate::sources;

use names::{is_capitalised, is_function_word, link_names, named_mentions, Named};

const PRONOUNS_PERSON: &[&str] = &["he", "she", "him", "her", "i", "me"];
const PRONOUNS_GROUP: &[&str] = &["they", "we", "it", "them", "us"];

/// The last words of a source that name one official or professional by
/// role (`the governor`, `a spokeswoman for the ministry`'s head noun).
const PERSON_ROLES: &[&str] = &[
    "ambassador",
    "chairman",
    "chairwoman",
    "commissioner",
    "governor",
    "judge",
    "mayor",
    "minister",
    "president",
    "prosecutor",
    "senator",
    "sheriff",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "superintendent",
];

/// Institutions a person's title may name (`County Executive`, `State
/// Senator`, `Party Chairman`), singular: a nominal headed by one (`the
/// county`) stands for the institution, never the person.
const INSTITUTIONS: &[&str] = &[
    "county",
    "city",
    "state",
    "department",
    "ministry",
    "company",
    "party",
    "council",
    "committee",
    "agency",
    "office",
    "board",
    "court",
    "government",
    "administration",
    "campaign",
    "house",
    "senate",
    "university",
    "district",
    "commission",
    "union",
    "army",
    "police",
    "network",
    "newspaper",
    "foundation",
    "association",
    "bank",
    "firm",
    "school",
];

/// How many earlier mentions or sources a pronoun or nominal looks back over
/// (keeps resolution linear on huge texts).
const LOOKBACK: usize = 400;

/// Resolves every claim's source: fills `entity`, `source_type` and `chain`.
/// `quotations` are the spans of the article's quotations, marks included.
pub fn resolve_sources(doc: &Document, claims: &mut [Claim], quotations: &[Span]) {
    let mut named = named_mentions(doc);
    link_names(&mut named);
    // The gender each person's name shows anywhere it is written in full
    // or with an honorific (`Mr. Kamin` makes `David Kamin` a man).
    let mut genders: Vec<(&str, gender::Gender)> = Vec::new();
    for n in &named {
        if let Some(g) = gender::of_words(&n.words) {
            if !genders.iter().any(|(c, _)| *c == n.canonical) {
                genders.push((n.canonical.as_str(), g));
            }
        }
    }
    let gender_of = |entity: &str| {
        genders
            .iter()
            .find(|(c, _)| *c == entity)
            .map(|&(_, g)| g)
            .or_else(|| {
                let lower = crate::case::lowercase(entity);
                let words: Vec<&str> = lower.split(' ').collect();
                gender::of_words(&words)
            })
    };
    let mut order: Vec<usize> = (0..claims.len()).collect();
    crate::order::by_key(&mut order, |&i| {
        let first = claims[i].source.spans.first();
        (first.map_or(usize::MAX, |s| s.start), 0, 0)
    });
    // (entity, type, position) of the sources resolved so far, in text order.
    let mut resolved: Vec<(String, SourceType, usize)> = Vec::new();
    for i in order {
        let Some(&mention) = claims[i].source.spans.first() else {
            continue;
        };
        let text = doc
            .text
            .get(mention.start..mention.end)
            .unwrap_or("")
            .trim();
        let upto = named.partition_point(|n| n.span.end <= mention.start);
        let lower = crate::case::lowercase(text);
        // `Andrade, who is seeking a second term`: a relative pronoun stands
        // for the name right before it.
        let relative = matches!(lower.as_str(), "who" | "which");
        let before_comma = |end: usize| {
            doc.text
                .get(end..mention.start)
                .is_some_and(|gap| gap.trim() == ",")
        };
        let antecedent = if relative {
            named[..upto].last().filter(|n| before_comma(n.span.end))
        } else {
            None
        };
        // `according to fire officials, who said …`: or the source, named or
        // not, of the claim right before.
        let source_before = || {
            claims.iter().find_map(|c| {
                let s = c.source.spans.last()?;
                let e = c.source.entity.clone().filter(|_| before_comma(s.end))?;
                Some((e, c.source.source_type))
            })
        };
        // `I` outside every quotation is the writer (an op-ed's author, an
        // interview's answerer), whom no name in the article stands for.
        let quoted = || quotations.iter().any(|q| q.contains(&mention));
        let (entity, kind) = if let Some(n) = antecedent {
            (n.canonical.clone(), n.kind)
        } else if matches!(lower.as_str(), "i" | "me") && !quoted() {
            (text.to_string(), SourceType::Person)
        } else if let Some(found) = relative.then(source_before).flatten() {
            found
        } else if PRONOUNS_PERSON.contains(&lower.as_str())
            || PRONOUNS_GROUP.contains(&lower.as_str())
        {
            let person = PRONOUNS_PERSON.contains(&lower.as_str());
            // `she` is no one whose name or title shows a man, nor `he` a woman.
            let wanted = gender::of_pronoun(&lower);
            // (Nor a name kept with its article, `the Clinton` of `the
            // Clinton campaign`: no person.)
            let agrees = |e: &str| {
                wanted.is_none()
                    || (!e.starts_with("the ") && gender_of(e).is_none_or(|g| Some(g) == wanted))
            };
            let fits = |k: SourceType| (k == SourceType::Person) == person;
            // Two people (`Obama and Clinton`) are `they` or `we`, not `he`;
            // an institution named with `and` is still `it`.
            let plural = matches!(lower.as_str(), "they" | "we" | "them" | "us");
            let people = |e: &str, k: SourceType| {
                matches!(k, SourceType::Person | SourceType::Unknown) && coordinated(e)
            };
            // A source left a bare pronoun (`He`, nothing named before it)
            // stands for no one `I` or `me` may mean.
            let first_person = |w: &str| crate::lexicon::is_one_of(w, &["i", "me", "we", "us"]);
            let mention_first = first_person(&lower);
            // (Pronouns are at most four letters: no other entity is folded.)
            let other_person = |e: &str| {
                e.len() <= 4 && {
                    let e = crate::case::lowercase(e);
                    (PRONOUNS_PERSON.contains(&e.as_str()) || PRONOUNS_GROUP.contains(&e.as_str()))
                        && first_person(&e) != mention_first
                }
            };
            // `the governor`, `a spokeswoman`: an official's role is no
            // institution `it` stands for; `she` takes it when no person's
            // name comes before (see `by_role` below).
            let role = |e: &str| {
                let last = e.rsplit(' ').next().unwrap_or("");
                PERSON_ROLES.contains(&crate::case::lowercase(last).as_str())
            };
            let from_claims = resolved.iter().rev().take(LOOKBACK).find(|(e, k, at)| {
                *at < mention.start
                    && !other_person(e)
                    && agrees(e)
                    && if people(e, *k) {
                        plural
                    } else {
                        (person || !role(e)) && fits(*k)
                    }
            });
            let by_role = || {
                resolved
                    .iter()
                    .rev()
                    .take(LOOKBACK)
                    .find(|(e, _, at)| *at < mention.start && person && role(e))
                    .map(|(e, k, _)| (e.clone(), *k))
            };
            // A lone plural (`her fellow Democrats`) is no one `she` stands for.
            let group = |n: &Named| !n.canonical.contains(' ') && n.canonical.ends_with('s');
            let from_text = named[..upto]
                .iter()
                .rev()
                .take(LOOKBACK)
                .find(|n| fits(n.kind) && !(person && group(n)) && agrees(&n.canonical));
            // A name that opens a sentence after the last fitting source is
            // the nearer subject (`Kowal later deleted the post. She said
            // …`); a name elsewhere (`Mr. Tribe's client`) does not outrank
            // the last speaker.
            // Only a name of two words or one linked to a fuller name: a lone
            // capital opening a sentence may be any word (`Enraged, she …`).
            // After an opening phrase, the name may follow its comma with a
            // title (`In a statement, presidential nominee Hillary Clinton`).
            let opens_sentence = |n: &Named| {
                let t = doc.tokens_in(n.span).start;
                let s0 = doc.sentences.get(doc.sentence_of(t)).map_or(t, |s| s.0);
                let first_comma = (s0..t).find(|&k| doc.token_text(k) == ",");
                let after_opening = first_comma.is_some_and(|k| k + 4 > t)
                    && (s0 + 1..t).all(|j| !is_capitalised(doc, j));
                t < doc.tokens.len() && (t < s0 + 3 || after_opening) && n.canonical.contains(' ')
            };
            let found = match (from_claims, from_text) {
                (Some((e, k, at)), Some(n)) if *at >= n.span.start || !opens_sentence(n) => {
                    Some((e.clone(), *k))
                }
                (_, Some(n)) => Some((n.canonical.clone(), n.kind)),
                (Some((e, k, _)), None) => Some((e.clone(), *k)),
                (None, None) => by_role(),
            };
            match found {
                Some(found) => found,
                None => (text.to_string(), sources::source_type(text)),
            }
        } else if coordinated(text) {
            // `Goldsmith and the Second Circuit say`: two parties, neither
            // one alone.
            let core = core_of(text);
            (core.to_string(), sources::source_type(core))
        } else if let Some(n) = {
            // Not a name in a relative clause on the source (`The study,
            // which followed 40,000 patients in Britain`).
            let end = [", who ", ", which "]
                .iter()
                .filter_map(|r| crate::substring::find(text, r))
                .min()
                .map_or(mention.end, |i| mention.start + i);
            let named = &named;
            let inside = || {
                named[named.partition_point(|n| n.span.end <= mention.start)..]
                    .iter()
                    .take_while(move |n| n.span.start < end)
                    .filter(|n| n.span.overlaps(&mention))
            };
            // A person's name before `of`, `for`, `at` or `from` heads the
            // mention (`Mayor Ilse Morrow of the Harbor Authority`); else the
            // name that ends the mention's core (`Dana Pryor` in `Coast Guard
            // Lt. Dana Pryor`) or fills its apposition first.
            // Not the agent of a participle (`an internal audit obtained by
            // The Coastal Ledger`): the audit is the source.
            // (Not `a Republican from Mesa`: an indefinite apposition names
            // no one.)
            let indefinite = |n: &&Named| {
                let t = doc.tokens_in(n.span).start;
                t > 0 && matches!(doc.folded(t - 1), "a" | "an")
            };
            inside()
                .find(|n| {
                    n.kind == SourceType::Person
                        && before_preposition(doc, n.span, mention)
                        && !indefinite(n)
                })
                .or_else(|| {
                    inside().find(|n| {
                        !agent_or_example(doc, n.span, mention) && strict_head(doc, n.span, mention)
                    })
                })
                .or_else(|| {
                    inside().find(|n| {
                        !agent_or_example(doc, n.span, mention) && heads(doc, n.span, mention)
                    })
                })
        } {
            match refine(n.kind, text) {
                // `A Homeland Security official, who spoke on condition of
                // anonymity`: the name is where the source works, not who.
                SourceType::Anonymous => (core_of(text).to_string(), SourceType::Anonymous),
                kind => (n.canonical.clone(), kind),
            }
        } else {
            // A nominal: match its head word against earlier named mentions.
            let head = lower
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .rfind(|w| !w.is_empty())
                .unwrap_or("")
                .to_string();
            let head_sing = head.strip_suffix('s').unwrap_or(&head).to_string();
            // An institution's word in a person's title is no person (`the
            // county`, not `County Executive Dana Whitlock`).
            let institution = INSTITUTIONS.contains(&head_sing.as_str());
            let found = named[..upto].iter().rev().take(LOOKBACK).find(|n| {
                !head.is_empty()
                    && n.words.iter().any(|w| *w == head || *w == head_sing)
                    && (!institution || n.kind != SourceType::Person)
                    && !is_function_word(head.as_str())
            });
            match found {
                Some(n) if lower.starts_with("the ") || lower.starts_with("this ") => {
                    (n.canonical.clone(), n.kind)
                }
                _ => match company_antecedent(doc, &named[..upto], &lower) {
                    // A company is an organisation whatever its name looked like.
                    Some(n) => (n.canonical.clone(), SourceType::Organization),
                    // `The ministry` after the source `France's interior
                    // ministry`: an earlier source with the same head word.
                    // Else no named mention here, so a capital only opens the
                    // sentence (`Engineers warned …`): typed as written small.
                    // (Named by its core: `Some residents`, not `Some
                    // residents, who live near the pier`.)
                    None => earlier_source(&resolved, &lower, [&head, &head_sing]).unwrap_or_else(
                        || (core_of(text).to_string(), sources::source_type(&lower)),
                    ),
                },
            }
        };
        // `A mayoral candidate's | claim`: the party, not its possessive.
        let entity = match entity
            .strip_suffix("'s")
            .or_else(|| entity.strip_suffix("’s"))
        {
            Some(party) if !party.is_empty() => party.to_string(),
            _ => entity,
        };
        claims[i].source.entity = Some(entity.clone());
        claims[i].source.source_type = kind;
        // An `I` inside another claim's content is that claim's speaker
        // (`quoted_speakers` names it when quoted), no party a later pronoun
        // may take.
        let speaker_later = matches!(lower.as_str(), "i" | "me")
            && claims
                .iter()
                .any(|c| c.content.spans.iter().any(|s| s.contains(&mention)));
        if !speaker_later {
            resolved.push((entity, kind, mention.start));
        }
    }
    quoted_speakers(doc, claims, quotations);
    fill_chains(doc, &named, claims);
}

/// `“I think Lester Holt will be very fair,” Trump said`: an `I` or `me`
/// inside a quotation is its speaker, the source of the claim whose content
/// holds it, not the last person named before it (Holt). The innermost such
/// claim speaks; one whose own source is a quoted `I` waits for it (quotes
/// in quotes are rare: two rounds).
fn quoted_speakers(doc: &Document, claims: &mut [Claim], quotations: &[Span]) {
    for _ in 0..2 {
        for i in 0..claims.len() {
            let Some(&mention) = claims[i].source.spans.first() else {
                continue;
            };
            let text = doc.text.get(mention.start..mention.end).unwrap_or("");
            if !matches!(text.trim(), "I" | "me" | "Me")
                || !quotations.iter().any(|q| q.contains(&mention))
            {
                continue;
            }
            // (Content length, claim) of the innermost claim holding it.
            let mut best: Option<(usize, usize)> = None;
            for (j, c) in claims.iter().enumerate() {
                if j == i || c.source.entity.is_none() {
                    continue;
                }
                let (mut len, mut holds) = (0, false);
                for s in &c.content.spans {
                    len += s.end - s.start;
                    holds |= s.contains(&mention);
                }
                if holds && best.is_none_or(|(l, _)| len < l) {
                    best = Some((len, j));
                }
            }
            if let Some((_, j)) = best {
                claims[i].source.entity = claims[j].source.entity.clone();
                claims[i].source.source_type = claims[j].source.source_type;
            }
        }
    }
}

/// The latest earlier source (`resolved`: entity, type, position) that a
/// bare definite description `lower` (`the ministry`, `this agency`: one
/// word after `the` or `this`; `the Trump campaign` says which campaign it
/// means) names by its head word (`heads`: the word and its singular).
/// Only a source whose last word is its head (no prepositional phrase: `A
/// new ad from … campaign`) and that is written as a name is (`France's
/// interior ministry`).
fn earlier_source(
    resolved: &[(String, SourceType, usize)],
    lower: &str,
    heads: [&str; 2],
) -> Option<(String, SourceType)> {
    let rest = lower
        .strip_prefix("the ")
        .or_else(|| lower.strip_prefix("this "))?;
    if heads[0].is_empty() || !rest.chars().all(char::is_alphabetic) {
        return None;
    }
    resolved
        .iter()
        .rev()
        .take(LOOKBACK)
        .find(|(e, _, _)| {
            let last = crate::case::lowercase(e.rsplit(' ').next().unwrap_or(""));
            let phrase = e.split(' ').any(|w| {
                matches!(
                    w,
                    "of" | "from" | "for" | "at" | "in" | "with" | "by" | "on"
                )
            });
            heads.contains(&last.as_str())
                && e.starts_with(char::is_uppercase)
                && e.contains(' ')
                && !phrase
                && crate::case::lowercase(e) != lower
        })
        .map(|(e, kind, _)| (e.clone(), *kind))
}

/// Definite descriptions of a business that name the latest organisation
/// mentioned before them (`the company` after `Corwell Logistics`).
const COMPANY_NOMINALS: &[&str] = &[
    "the company",
    "the firm",
    "the corporation",
    "the retailer",
    "the carrier",
    "the utility",
    "the bank",
    "the airline",
    "the manufacturer",
    "the automaker",
    "the insurer",
    "the chain",
    "the group",
    "the organization",
    "the organisation",
];

/// The latest named organisation before a `the company`-like source: typed
/// so, or a name used as a modifier after an article (`a Brennan Plastics
/// plant`), which no person's name is.
fn company_antecedent<'n, 'd>(
    doc: &Document,
    named: &'n [Named<'d>],
    lower: &str,
) -> Option<&'n Named<'d>> {
    if !COMPANY_NOMINALS.contains(&lower) {
        return None;
    }
    let modifier = |n: &Named| {
        let a = doc.tokens.partition_point(|t| t.span.start < n.span.start);
        let b = doc.tokens.partition_point(|t| t.span.start < n.span.end);
        a > 0
            && b < doc.tokens.len()
            && matches!(doc.token_text(a - 1), "a" | "an")
            && doc
                .token_text(b)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
    };
    named
        .iter()
        .rev()
        .take(LOOKBACK)
        .find(|n| n.kind == SourceType::Organization || modifier(n))
}

/// A source mention without its apposition or relative clause: the text
/// before its first comma (`Some residents` of `Some residents, who live near
/// the pier`).
fn core_of(text: &str) -> &str {
    // (Not the comma of a number: `a study of about 280,000 adults`.)
    let b = text.as_bytes();
    let end = (0..b.len())
        .find(|&i| {
            b[i] == b','
                && !(i > 0
                    && b[i - 1].is_ascii_digit()
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        })
        .unwrap_or(b.len());
    text[..end].trim()
}

/// Whether a source mention's core (before any comma) joins two parties
/// with `and` (`Goldsmith and the Second Circuit`, `the school district and
/// the police department`).
fn coordinated(text: &str) -> bool {
    let core = core_of(text);
    crate::substring::find(core, " and ").is_some_and(|i| {
        !core[..i].trim().is_empty() && !core[i + " and ".len()..].trim().is_empty()
    })
}

/// Whether a named mention inside a source mention comes right after `by`
/// (and an article), or after `such as` or `including`: an agent or an
/// example, not the source (`Records obtained by The Ledger`, `Rival
/// outlets such as Politico`).
fn agent_or_example(doc: &Document, named: Span, mention: Span) -> bool {
    let mut at = doc.tokens_in(named).start;
    if at > 0 && matches!(doc.folded(at - 1), "the" | "a" | "an") {
        at -= 1;
    }
    let inside = |k: usize| doc.tokens[k].span.start >= mention.start;
    at > 0
        && inside(at - 1)
        && match doc.folded(at - 1) {
            "by" | "including" => true,
            "as" => at > 1 && inside(at - 2) && doc.folded(at - 2) == "such",
            _ => false,
        }
}

/// Whether a named mention is followed, inside the source mention, by `of`,
/// `for`, `at` or `from` (the organisation or place the person belongs to).
fn before_preposition(doc: &Document, named: Span, mention: Span) -> bool {
    let after = doc.tokens.partition_point(|t| t.span.start < named.end);
    after < doc.tokens.len()
        && doc.tokens[after].span.end <= mention.end
        && matches!(doc.token_text(after), "of" | "for" | "at" | "from")
}

/// Whether a named mention heads a source mention: it holds the mention's
/// last word before any comma (`Elena Vasquez` in `Elena Vasquez, the harbor
/// master`; not `US` in `US officials and local activists`, nor `Marta` in
/// `Marta's uncle`).
fn heads(doc: &Document, named: Span, mention: Span) -> bool {
    let text = &doc.text[mention.start..mention.end];
    let core_len = text.find(',').unwrap_or(text.len());
    let core = text[..core_len].trim_end();
    let core_end = mention.start + core.len();
    // A possessor before more words is not the head (`Marta's uncle`), nor
    // is a name that modifies a common noun (`Inspection records`).
    let name = &doc.text[named.start..named.end];
    let modifies = named.end < core_end
        && doc.text[named.end..core_end]
            .split_whitespace()
            .any(|w| w.starts_with(|c: char| c.is_lowercase()));
    if named.end < core_end && (name.ends_with("'s") || name.ends_with("’s") || modifies) {
        return false;
    }
    named.start < core_end && named.end >= core_end
        || text[..core_len].trim().is_empty()
        || doc.text[named.start..named.end].len() * 2 >= core.len()
}

/// Whether a named mention ends the mention's core (the part before any
/// comma), or is the whole apposition after its first comma (`Ellen Brandt`
/// in `The county's public works director, Ellen Brandt,`).
fn strict_head(doc: &Document, named: Span, mention: Span) -> bool {
    let text = &doc.text[mention.start..mention.end];
    let name = &doc.text[named.start..named.end];
    let mut parts = text.split(',');
    let core = parts.next().unwrap_or("").trim_end();
    let core_end = mention.start + core.len();
    let ends_core = named.start < core_end && named.end == core_end;
    let apposition = parts.next().is_some_and(|p| p.trim() == name);
    ends_core || apposition
}

/// The type of a named mention, refined by the words around it in the source.
fn refine(kind: SourceType, source_text: &str) -> SourceType {
    match sources::source_type(source_text) {
        SourceType::Anonymous => SourceType::Anonymous,
        SourceType::Media if kind == SourceType::Person => SourceType::Media,
        _ => kind,
    }
}

/// How many mentions a claim's chain holds at most: the entity's first
/// mention plus the most recent ones up to the claim's own source.
pub const CHAIN_MAX: usize = 8;

/// Chains: the claim sources and named mentions linked to the same entity.
/// A claim's chain is the part of its entity's chain up to (and including)
/// its own source mention, capped at [`CHAIN_MAX`] mentions (the first one,
/// usually the fullest name, then the latest), so a long article with many
/// claims by one party stays linear in size.
fn fill_chains(doc: &Document, named: &[Named], claims: &mut [Claim]) {
    let _ = doc;
    // Entity → its mentions.
    let mut chains = crate::cuelex::WordLists::default();
    for claim in claims.iter() {
        if let (Some(entity), Some(&own)) = (&claim.source.entity, claim.source.spans.first()) {
            chains.push(entity.as_str(), own);
        }
    }
    for n in named {
        if let Some(spans) = chains.get_mut(n.canonical.as_str()) {
            spans.push(n.span);
        }
    }
    for spans in chains.lists_mut() {
        crate::order::spans(spans);
        spans.dedup_by(|a, b| a.overlaps(b));
    }
    // Computed before any claim changes, while the map borrows their
    // entities (no second map with owned keys: one hash table type less in
    // the wasm).
    let computed: Vec<Option<Vec<Span>>> = claims
        .iter()
        .map(|claim| {
            let spans = chains.get(claim.source.entity.as_deref()?)?;
            let own = claim.source.spans.first()?;
            let upto = spans.partition_point(|s| s.start <= own.start);
            Some(capped(&spans[..upto]))
        })
        .collect();
    for (claim, chain) in claims.iter_mut().zip(computed) {
        if let Some(chain) = chain {
            claim.source.chain = chain;
        }
    }
}

/// The first mention and the last `CHAIN_MAX - 1` of `spans`.
fn capped(spans: &[Span]) -> Vec<Span> {
    if spans.len() <= CHAIN_MAX {
        return spans.to_vec();
    }
    let mut out = Vec::with_capacity(CHAIN_MAX);
    out.push(spans[0]);
    out.extend_from_slice(&spans[spans.len() - (CHAIN_MAX - 1)..]);
    out
}
