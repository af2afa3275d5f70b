//! Coreference-lite for sources: links each claim's source mention to the most
//! specific mention of the same party in the article.
//!
//! Named mentions are runs of capitalised words (titles such as `Foreign
//! Minister` stripped off the name but kept for matching). A source is resolved
//! as follows: a named source stands for itself, or for an earlier full name it
//! ends with (`Lavrov` → `Sergey Lavrov`); a personal pronoun takes the most
//! recent compatible party (an earlier claim's source first, then any named
//! person); a nominal (`the ministry`, `the minister`, `the spokesman`) takes the
//! most recent named mention whose words or title contain its head word. The
//! chain lists the mentions linked to the entity up to the claim's own source,
//! in text order, capped at [`CHAIN_MAX`].

use crate::model::{Claim, SourceType, Span};
use crate::segment::{Document, TokenKind};
use crate::sources;

/// A named mention found in the text.
#[derive(Debug, Clone)]
struct Named {
    /// Whole run, titles included (`Foreign Minister Sergey Lavrov`).
    span: Span,
    /// The name without leading titles (`Sergey Lavrov`), `the` kept for organisations.
    name: String,
    /// Lowercase words of the whole run, for nominal matching.
    words: Vec<String>,
    kind: SourceType,
    /// The fullest name this mention abbreviates (filled by [`link_names`]).
    canonical: String,
}

/// Function words and words that open sentences (`Though she …`): never a
/// name. Sorted, for the binary search in [`is_function_word`] (a `match` on
/// them took 2.9 KB of wasm).
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "all",
    "also",
    "although",
    "amid",
    "an",
    "and",
    "another",
    "anybody",
    "anyone",
    "as",
    "asked",
    "at",
    "because",
    "before",
    "beyond",
    "both",
    "but",
    "by",
    "despite",
    "during",
    "each",
    "earlier",
    "even",
    "every",
    "everybody",
    "everyone",
    "everything",
    "first",
    "for",
    "from",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "instead",
    "it",
    "its",
    "just",
    "last",
    "later",
    "many",
    "maybe",
    "meanwhile",
    "most",
    "mr",
    "mrs",
    "ms",
    "my",
    "next",
    "no",
    "nobody",
    "not",
    "nothing",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "our",
    "over",
    "perhaps",
    "read",
    "said",
    "says",
    "several",
    "she",
    "since",
    "so",
    "some",
    "somebody",
    "someone",
    "something",
    "still",
    "such",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "to",
    "under",
    "unless",
    "until",
    "we",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "with",
    "yes",
    "yet",
    "you",
    "your",
];

/// Whether `lower` is a function word or a day or month name (never a name).
fn is_function_word(lower: &str) -> bool {
    FUNCTION_WORDS.binary_search(&lower).is_ok() || crate::lexicon::is_calendar_word(lower)
}
const TITLES: &[&str] = &[
    "president",
    "vice",
    "secretary",
    "state",
    "foreign",
    "defense",
    "minister",
    "prime",
    "sen",
    "sen.",
    "senator",
    "rep",
    "rep.",
    "representative",
    "gov",
    "gov.",
    "governor",
    "mayor",
    "dr",
    "dr.",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "gen",
    "gen.",
    "general",
    "former",
    "chief",
    "attorney",
    "democratic",
    "republican",
    "gop",
    "candidate",
    "nominee",
    "speaker",
    "house",
    "senate",
    "majority",
    "minority",
    "leader",
    "chairman",
    "chairwoman",
    "rev",
    "rev.",
    "judge",
    "justice",
    "u.s.",
    "us",
    "russian",
    "american",
    "press",
    "white",
    "spokesman",
    "spokeswoman",
    "campaign",
    "manager",
    "director",
    "adviser",
    "advisor",
    "sheriff",
    "police",
    "chief",
    "commissioner",
    "ambassador",
    "councilwoman",
    "councilman",
    "councillor",
    "councilor",
    "alderman",
    "superintendent",
    "lt.",
    "col.",
    "sgt.",
    "capt.",
];

const PRONOUNS_PERSON: &[&str] = &["he", "she", "him", "her", "i", "me"];
const PRONOUNS_GROUP: &[&str] = &["they", "we", "it", "them", "us"];

fn is_capitalised(doc: &Document, t: usize) -> bool {
    doc.tokens[t].kind == TokenKind::Word
        && doc
            .token_text(t)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        // The folded form, before a contraction (`She’s`, `We’ve`, `I’m`).
        && !is_function_word(contracted(doc.folded(t)))
}

/// `she` of `she’s`, `we` of `we've`: a word before a contraction's ending.
fn contracted(folded: &str) -> &str {
    // By bytes, for code size: `'`, or the last byte of `’` (E2 80 99).
    let b = folded.as_bytes();
    let Some(end) = b.iter().position(|&c| c == b'\'' || c == 0x99) else {
        return folded;
    };
    let start = if b[end] == b'\'' {
        end
    } else {
        end.saturating_sub(2)
    };
    match &b[end + 1..] {
        b"s" | b"ve" | b"re" | b"m" | b"ll" | b"d" => folded.get(..start).unwrap_or(folded),
        _ => folded,
    }
}

/// Whether token `t` is a speech verb in `-s` (`Says`, `Calls`, `Denies`).
fn is_speech_verb(doc: &Document, t: usize) -> bool {
    let w = doc.folded(t);
    // (`States` is mostly a noun: `United States`.)
    w.ends_with('s')
        && w != "states"
        && crate::cuelex::categories_lower(w) & crate::cuelex::SPEECH != 0
}

/// Whether paragraph `p` is a title-case headline (`Company Denies Sprinklers
/// Were Off`): there capital letters are style, not evidence of names.
fn is_title_case_headline(doc: &Document, p: usize) -> bool {
    let (s0, s1) = doc.paragraphs[p];
    let (t0, t1) = (doc.sentences[s0].0, doc.sentences[s1 - 1].1);
    let words: Vec<usize> = (t0..t1)
        .filter(|&t| {
            doc.tokens[t].kind == TokenKind::Word
                && doc
                    .token_text(t)
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic)
        })
        .collect();
    let capitalised = words
        .iter()
        .filter(|&&t| {
            doc.token_text(t)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
        .count();
    words.len() >= 3 && capitalised * 10 >= words.len() * 7 && doc.token_text(t1 - 1) != "."
}

/// Every named mention in the document, in text order (none inside title-case
/// headlines).
fn named_mentions(doc: &Document) -> Vec<Named> {
    let mut out = Vec::new();
    let mut t = 0;
    let headlines: Vec<(usize, usize)> = (0..doc.paragraphs.len())
        .filter(|&p| is_title_case_headline(doc, p))
        .map(|p| {
            let (s0, s1) = doc.paragraphs[p];
            (doc.sentences[s0].0, doc.sentences[s1 - 1].1)
        })
        .collect();
    let lower_elsewhere = lowercase_elsewhere(doc);
    while t < doc.tokens.len() {
        if let Some(&(_, end)) = headlines.iter().find(|&&(a, b)| a <= t && t < b) {
            t = end;
            continue;
        }
        if !is_capitalised(doc, t) || is_speech_verb(doc, t) {
            t += 1;
            continue;
        }
        // A capital that only opens the sentence, on a word the article also
        // writes in lower case (`Engineers warned …` beside `the engineers`),
        // is no name.
        let opens_sentence = doc.sentences[doc.sentence_of(t)].0 == t;
        if opens_sentence
            && !(t + 1 < doc.tokens.len() && is_capitalised(doc, t + 1))
            && lower_elsewhere.contains(doc.folded(t))
        {
            t += 1;
            continue;
        }
        let start = t;
        let sentence = doc.sentence_of(t);
        let mut end = t + 1;
        while end < doc.tokens.len() && doc.sentence_of(end) == sentence {
            // A possessor is a name of its own: `Google's | Sundar Pichai`.
            let last = doc.token_text(end - 1);
            if last.ends_with("'s") || last.ends_with("’s") {
                break;
            }
            // `Chris Christie | Calls Hillary Clinton …` in a headline: a
            // speech verb ends the name.
            if is_capitalised(doc, end) && !is_speech_verb(doc, end) {
                end += 1;
            } else if doc.token_text(end) == "."
                && doc.token_text(end - 1).len() == 1
                && end + 1 < doc.tokens.len()
                && doc.sentence_of(end + 1) == sentence
                && is_capitalised(doc, end + 1)
            {
                // A middle initial: `Laurence H. Tribe`.
                end += 2;
            } else {
                // `Ministry of Defense`, and the particles of personal names:
                // `Bill de Blasio`, `Ursula von der Leyen`.
                let joins = |k: usize| {
                    k < doc.tokens.len()
                        && matches!(
                            doc.token_text(k),
                            "of" | "for"
                                | "de"
                                | "da"
                                | "di"
                                | "del"
                                | "van"
                                | "von"
                                | "der"
                                | "bin"
                        )
                };
                // Not after a person's name: `Sen. Roy Whitaker | of Arizona`
                // (but `Bank of America`, `Ministry of Defense`).
                let person_before = end - start >= 2
                    && matches!(doc.token_text(end), "of" | "for")
                    && sources::source_type(
                        &doc.text[doc.tokens[start].span.start..doc.tokens[end - 1].span.end],
                    ) == SourceType::Person;
                if person_before {
                    break;
                }
                let mut past = end;
                while joins(past) && past - end < 2 {
                    past += 1;
                }
                if past == end || past >= doc.tokens.len() || !is_capitalised(doc, past) {
                    break;
                }
                end = past + 1;
            }
        }
        out.push(make_named(doc, start, end));
        t = end;
    }
    out
}

/// Which capitalised single words opening a sentence (`Engineers warned …`)
/// the article also writes in lower case somewhere (folded). Only those
/// few words are looked for: a quick filter on length and first letter
/// spares the lookup for almost every other token.
fn lowercase_elsewhere<'d>(doc: &'d Document) -> crate::cuelex::WordSet<&'d str> {
    let key = |w: &str| 1u64 << ((w.len() % 8) * 8 + usize::from(w.as_bytes()[0] % 8));
    let mut wanted = crate::cuelex::WordSet::default();
    let mut filter = 0u64;
    for &(s0, _) in &doc.sentences {
        if is_capitalised(doc, s0) && !(s0 + 1 < doc.tokens.len() && is_capitalised(doc, s0 + 1)) {
            let w = doc.folded(s0);
            filter |= key(w);
            wanted.insert(w);
        }
    }
    let mut found = crate::cuelex::WordSet::default();
    for t in 0..doc.tokens.len() {
        if doc.tokens[t].kind != TokenKind::Word {
            continue;
        }
        let w = doc.folded(t);
        if filter & key(w) != 0
            && wanted.contains(w)
            && doc
                .token_text(t)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        {
            found.insert(w);
        }
    }
    found
}

fn make_named(doc: &Document, start: usize, end: usize) -> Named {
    let words: Vec<String> = (start..end)
        .map(|k| {
            let w = doc.folded(k);
            w.strip_suffix("'s").unwrap_or(w).to_string()
        })
        .collect();
    let span = doc.span_of(start, end - 1);
    let full = &doc.text[span.start..span.end];
    let mut kind = sources::source_type(full);
    // Strip leading titles when a person's name remains (`Foreign Minister
    // Sergey Lavrov`), a modifier before the title too (`Fire Chief Renata
    // Okafor`); not when an institution remains (`Justice Department`).
    let is_title = |k: usize| TITLES.contains(&words[k - start].as_str());
    let mut first = start;
    if end - start > 2 && !is_title(start) && is_title(start + 1) {
        first = start + 1;
    }
    // `Secretary of State John Kerry`: `of` between titles is one of them.
    while first + 1 < end
        && (is_title(first)
            || (words[first - start] == "of" && first > start && is_title(first + 1)))
    {
        first += 1;
    }
    let rest = Span::new(doc.tokens[first].span.start, span.end);
    let person_like = first > start
        && matches!(kind, SourceType::Government | SourceType::Person)
        && (first..end).all(|k| !is_title(k))
        && sources::source_type(&doc.text[rest.start..rest.end]) == SourceType::Person;
    if person_like {
        kind = SourceType::Person;
    } else {
        first = start;
    }
    let name_span = Span::new(doc.tokens[first].span.start, span.end);
    let mut name = doc.text[name_span.start..name_span.end].to_string();
    for suffix in ["’s", "'s"] {
        if let Some(n) = name.strip_suffix(suffix) {
            name = n.to_string();
        }
    }
    if first == start && start > 0 && doc.token_text(start - 1).eq_ignore_ascii_case("the") {
        name = format!("the {name}");
    }
    Named {
        span,
        canonical: name.clone(),
        name,
        words,
        kind,
    }
}

/// Fills `canonical`: a mention that is the last word(s) of an earlier, longer
/// person name (`Lavrov` after `Sergey Lavrov`), or the first word of an
/// earlier organisation's (`Meridian` after `Meridian Civil Works`), takes
/// that name. Linear: every
/// earlier name registers its word-boundary suffixes in a map.
fn link_names(named: &mut [Named]) {
    use crate::cuelex::WordMap;
    // Suffix → (latest mention of any kind, latest person mention) holding it.
    let mut by_suffix: WordMap<String, (Option<usize>, Option<usize>)> = WordMap::default();
    // First word → latest organisation name of several words opening with
    // it: `Meridian` after `Meridian Civil Works`.
    let mut by_first: WordMap<String, usize> = WordMap::default();
    for i in 0..named.len() {
        let n = &named[i];
        let entry = by_suffix.get(n.name.as_str()).copied().unwrap_or_default();
        let found = if n.name.contains(' ') {
            entry.0
        } else {
            entry.1
        };
        // `Chief Okafor` after `Fire Chief Renata Okafor`: the name without
        // its leading titles names an earlier person.
        let found = found
            .or_else(|| {
                let bare = without_titles(&n.name)?;
                by_suffix.get(bare).and_then(|e| e.1)
            })
            .or_else(|| by_first.get(n.name.as_str()).copied());
        if let Some(m) = found {
            let (canonical, kind) = (named[m].canonical.clone(), named[m].kind);
            named[i].canonical = canonical;
            named[i].kind = kind;
        }
        let n = &named[i];
        let person = n.kind == SourceType::Person;
        if n.kind == SourceType::Organization {
            if let Some((first, _)) = n.name.split_once(' ') {
                by_first.insert(first.to_string(), i);
            }
        }
        for (k, _) in n.name.match_indices(' ').take(8) {
            let suffix = &n.name[k + 1..];
            if suffix.is_empty() {
                continue;
            }
            let e = by_suffix.entry(suffix.to_string()).or_default();
            e.0 = Some(i);
            if person {
                e.1 = Some(i);
            }
        }
    }
}

/// `name` after its leading title words (`Chief Okafor` → `Okafor`), when
/// it has some and a word remains.
fn without_titles(name: &str) -> Option<&str> {
    let mut rest = name;
    while let Some((first, tail)) = rest.split_once(' ') {
        if !TITLES.contains(&crate::case::lowercase(first).as_str()) {
            break;
        }
        rest = tail;
    }
    (rest.len() < name.len()).then_some(rest)
}

/// How many earlier mentions or sources a pronoun or nominal looks back over
/// (keeps resolution linear on huge texts).
const LOOKBACK: usize = 400;

/// Resolves every claim's source: fills `entity`, `source_type` and `chain`.
pub fn resolve_sources(doc: &Document, claims: &mut [Claim]) {
    let mut named = named_mentions(doc);
    link_names(&mut named);
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
        let antecedent = if matches!(lower.as_str(), "who" | "which") {
            named[..upto].last().filter(|n| {
                doc.text
                    .get(n.span.end..mention.start)
                    .is_some_and(|gap| gap.trim() == ",")
            })
        } else {
            None
        };
        let (entity, kind) = if let Some(n) = antecedent {
            (n.canonical.clone(), n.kind)
        } else if PRONOUNS_PERSON.contains(&lower.as_str())
            || PRONOUNS_GROUP.contains(&lower.as_str())
        {
            let person = PRONOUNS_PERSON.contains(&lower.as_str());
            let fits = |k: SourceType| (k == SourceType::Person) == person;
            let from_claims = resolved
                .iter()
                .rev()
                .take(LOOKBACK)
                .find(|(_, k, at)| *at < mention.start && fits(*k));
            // A lone plural (`her fellow Democrats`) is no one `she` stands for.
            let group = |n: &Named| !n.canonical.contains(' ') && n.canonical.ends_with('s');
            let from_text = named[..upto]
                .iter()
                .rev()
                .take(LOOKBACK)
                .find(|n| fits(n.kind) && !(person && group(n)));
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
                (None, None) => None,
            };
            match found {
                Some(found) => found,
                None => (text.to_string(), sources::source_type(text)),
            }
        } else if let Some(n) = {
            let inside = || {
                named[named.partition_point(|n| n.span.end <= mention.start)..]
                    .iter()
                    .take_while(|n| n.span.start < mention.end)
                    .filter(|n| n.span.overlaps(&mention))
            };
            // A person's name before `of`, `for`, `at` or `from` heads the
            // mention (`Mayor Ilse Morrow of the Harbor Authority`); else the
            // name that ends the mention's core (`Dana Pryor` in `Coast Guard
            // Lt. Dana Pryor`) or fills its apposition first.
            // Not the agent of a participle (`an internal audit obtained by
            // The Coastal Ledger`): the audit is the source.
            inside()
                .find(|n| n.kind == SourceType::Person && before_preposition(doc, n.span, mention))
                .or_else(|| {
                    inside().find(|n| {
                        !after_by(doc, n.span, mention) && strict_head(doc, n.span, mention)
                    })
                })
                .or_else(|| {
                    inside()
                        .find(|n| !after_by(doc, n.span, mention) && heads(doc, n.span, mention))
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
            let found = named[..upto].iter().rev().take(LOOKBACK).find(|n| {
                !head.is_empty()
                    && n.words.iter().any(|w| *w == head || *w == head_sing)
                    && !is_function_word(head.as_str())
            });
            match found {
                Some(n) if lower.starts_with("the ") || lower.starts_with("this ") => {
                    (n.canonical.clone(), n.kind)
                }
                _ => match company_antecedent(doc, &named[..upto], &lower) {
                    // A company is an organisation whatever its name looked like.
                    Some(n) => (n.canonical.clone(), SourceType::Organization),
                    // No named mention here, so a capital only opens the
                    // sentence (`Engineers warned …`): typed as written small.
                    // (Named by its core: `Some residents`, not `Some
                    // residents, who live near the pier`.)
                    None => (core_of(text).to_string(), sources::source_type(&lower)),
                },
            }
        };
        claims[i].source.entity = Some(entity.clone());
        claims[i].source.source_type = kind;
        resolved.push((entity, kind, mention.start));
    }
    fill_chains(doc, &named, claims);
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
fn company_antecedent<'n>(doc: &Document, named: &'n [Named], lower: &str) -> Option<&'n Named> {
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
    text.split(',').next().unwrap_or(text).trim()
}

/// Whether a named mention inside a source mention comes right after `by`
/// (and an article).
fn after_by(doc: &Document, named: Span, mention: Span) -> bool {
    let mut at = doc.tokens_in(named).start;
    if at > 0 && matches!(doc.folded(at - 1), "the" | "a" | "an") {
        at -= 1;
    }
    at > 0 && doc.tokens[at - 1].span.start >= mention.start && doc.folded(at - 1) == "by"
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
    use crate::cuelex::WordMap;
    let _ = doc;
    let mut chains: WordMap<&str, Vec<Span>> = WordMap::default();
    for claim in claims.iter() {
        if let Some(entity) = &claim.source.entity {
            chains
                .entry(entity.as_str())
                .or_default()
                .extend(claim.source.spans.first().copied());
        }
    }
    for n in named {
        if let Some(spans) = chains.get_mut(n.canonical.as_str()) {
            spans.push(n.span);
        }
    }
    for spans in chains.values_mut() {
        crate::order::spans(spans);
        spans.dedup_by(|a, b| a.overlaps(b));
    }
    let chains: WordMap<String, Vec<Span>> = chains
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    for claim in claims.iter_mut() {
        let (Some(spans), Some(own)) = (
            claim.source.entity.as_ref().and_then(|e| chains.get(e)),
            claim.source.spans.first(),
        ) else {
            continue;
        };
        let upto = spans.partition_point(|s| s.start <= own.start);
        claim.source.chain = capped(&spans[..upto]);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_sorted_for_the_binary_search() {
        assert!(FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_function_word("though") && is_function_word("the"));
        assert!(!is_function_word("lindqvist"));
    }
}
