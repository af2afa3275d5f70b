//! `claimlens eval gum DIR [--json]`: attribution spans against GUM's eRST
//! attribution relations.
//!
//! `DIR` holds `dep/*.conllu` and `rst/*.rsd`. The text of a document is rebuilt
//! from its tokens (`SpaceAfter=No` respected, a multiword token written as
//! its surface form — `America's`, `don't` — not as its words `America 's`,
//! sentences joined by a space, `# newpar` starting a new paragraph). Every `attribution-positive_r` or
//! `attribution-negative_r` relation whose unit is not a caption is one gold
//! claim: its source is the tokens of its `semantic-attribution_source` signals,
//! its cue the tokens of its `lexical-indicative_word` / `lexical-indicative_phrase`
//! signals (none when it has no such signal), and its content the parent unit.
//! Scoring is the same as for PolNeAR (exact match after trimming, token
//! overlap), with predictions mapped to GUM's conventions so that like is
//! compared with like. The mapping looks only at the engine's own output and
//! its lexicon, never at gold units, parses or signals:
//!
//! * **All claims are scored, nested ones included**: GUM is not univocal (an
//!   `I think` inside a quotation is its own attribution).
//! * **Cue = one indicative word.** GUM marks a single word (`believes`), or
//!   the phrases `according to` and `make sure`; a predicted cue (`also
//!   believes`, `has been endorsed by`) is reduced to its head: `according to`
//!   when it holds `according`, else its last word that the attribution
//!   lexicon lists as a verb of saying, believing or evidence (`sure` with
//!   the `make` before it).
//! * **Only speech, cognition and evidence claims.** GUM's attribution relation
//!   holds between discourse units for reporting and cognition predicates with
//!   a clausal content; a predicted claim whose cue has no such head word
//!   (intentions such as `want to`, stances such as `call for`, attribution
//!   nouns) has no GUM counterpart and is left out.
//! * **Clausal reports only.** Heads that take a noun phrase or a question
//!   (`known as`, `called`, `considered`, `described`, `decided to`, `asked`,
//!   `denied`) are left out too; cognition verbs of first-person stances the
//!   lexicon does not list (`I mean`, `I remember`) and a court's `rules`
//!   count as heads. A head
//!   that also takes a plain object (`see`, `know`, `found`, `wrote`) counts
//!   only when the predicted content after it opens like a clause (`that`,
//!   a wh-word, a subject pronoun, also contracted: `you're`), not for `see
//!   the picture`. A head right after a determiner or a possessive is a noun
//!   or an adjective (`their pledge`, `an estimated cost`) and left out, and
//!   so is a head whose content opens with an infinitive (`is said to have
//!   had`, `hope to fuel`) or, unless it is of believing or of plain saying,
//!   with an article or a determiner (`posted a .348 average`, `revealed a
//!   variation`, `characterized the conflict`); a
//!   quotation counts as a clause, and so does what an `according to` phrase
//!   attributes.
//! * **Source without apposition.** GUM's source signal names the head noun
//!   phrase and leaves out appositions, so a predicted source is cut at its
//!   first comma (`Ana Ruiz, a spokeswoman for …` → `Ana Ruiz`). A name
//!   the engine resolved the source to, after a possessor and a common noun
//!   (`Tunisia's coach Nabil Maaloul`, `His father Mohamed …`), is such an
//!   apposition too: the source is the noun phrase before it.

use std::path::Path;

use super::polnear::{RoleSpans, Scores};

use claimlens_engine::cuelex;

/// The engine's claims as role spans under GUM's conventions (see the module
/// documentation): every claim, nested ones included; cue reduced to its head
/// word; claims without a speech, cognition or evidence head left out; source
/// cut at its first comma. Returns the spans and the number of claims kept.
pub fn predicted_spans(text: &str, analysis: &claimlens_engine::Analysis) -> (RoleSpans, usize) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = RoleSpans::default();
    let mut kept = 0;
    for claim in &analysis.claims {
        let Some(cue) = cue_head(&chars, &claim.cue.spans) else {
            continue;
        };
        // One claim per cue word (a nested copy of an outer claim adds nothing).
        if out.cue.contains(&cue) || !clausal(&chars, cue, &claim.content.spans) {
            continue;
        }
        kept += 1;
        out.cue.push(cue);
        for s in &claim.source.spans {
            let (a, b) = (s.start.min(chars.len()), s.end.min(chars.len()));
            let cut = chars[a..b]
                .iter()
                .position(|&c| c == ',')
                .map_or(b, |k| a + k);
            let b = if cut > a { cut } else { b };
            let entity = claim.source.entity.as_deref().unwrap_or("");
            out.source
                .push((a, a + role_before_name(&chars[a..b], entity)));
        }
        out.content
            .extend(claim.content.spans.iter().map(|s| (s.start, s.end)));
    }
    (out, kept)
}

/// How many characters of a source to keep when it is a possessor's role
/// followed by the resolved name (`Tunisia's coach | Nabil Maaloul`): those
/// of the role. Otherwise the whole source. Not for titles written with
/// capitals (`New Zealand's Prime Minister John Key`), which GUM keeps with
/// the name.
fn role_before_name(source: &[char], entity: &str) -> usize {
    let text: String = source.iter().collect();
    let Some(role) = text
        .strip_suffix(entity)
        .filter(|_| entity.contains(' '))
        .map(str::trim_end)
    else {
        return source.len();
    };
    let mut words = role.split_whitespace();
    let possessor = words.next().is_some_and(|w| {
        w.ends_with("'s")
            || w.ends_with("’s")
            || ["his", "her", "their", "its", "our", "my", "your"]
                .contains(&w.to_lowercase().as_str())
    });
    let common_noun = words.any(|w| w.starts_with(|c: char| c.is_lowercase()));
    if possessor && common_noun {
        role.chars().count()
    } else {
        source.len()
    }
}

/// Perception and discovery heads that also take a plain object (`see the
/// picture`, `found the keys`, `know the way`).
const OBJECT_TAKERS: &[&str] = &[
    "see",
    "saw",
    "seen",
    "sees",
    "know",
    "knew",
    "known",
    "knows",
    "find",
    "found",
    "finds",
    "understand",
    "understood",
    "recognize",
    "recognized",
    "show",
    "showed",
    "shown",
    "shows",
    "write",
    "wrote",
    "writes",
    "writing",
    "written",
    "maintain",
    "maintained",
    "maintaining",
    "mention",
    "mentioned",
    "agree",
    "agreed",
    "expect",
    "expected",
    "wish",
    "point",
    "pointed",
];

/// Words that open a clause (a complementiser, a wh-word or a subject).
const CLAUSE_START: &[&str] = &[
    "that", "if", "whether", "what", "how", "why", "who", "where", "when", "which", "i", "you",
    "he", "she", "we", "they", "it", "there", "this", "these", "those",
];

/// Whether a claim with cue head `cue` has a clausal content: always after
/// `according to` (its content is the clause it opens or closes); not when the
/// content after the head opens with an infinitive (`is said to have had`,
/// `hope to fuel`), nor with an article or a determiner after a head that is
/// not of believing or of plain saying (`revealed a variation`, `characterized
/// the conflict`); otherwise always, unless the head is
/// one of [`OBJECT_TAKERS`] (or [`cuelex::THAT_VERBS`]: `proposed the
/// plan`) and its content opens with a word that cannot
/// open a clause (`see the picture`).
fn clausal(chars: &[char], cue: (usize, usize), content: &[claimlens_engine::Span]) -> bool {
    let lower = |(a, b): (usize, usize)| chars[a..b].iter().collect::<String>().to_lowercase();
    let head = lower(cue);
    // What an `according to` phrase attributes is the clause around it.
    if head.starts_with("according") {
        return true;
    }
    let Some(first) = content.iter().find(|s| s.start >= cue.1) else {
        return true;
    };
    let ws = words(chars, std::slice::from_ref(first));
    let Some(w) = ws.first().map(|&w| lower(w)) else {
        return true;
    };
    let next = ws
        .get(1)
        .map(|&(a, b)| chars[a..b].iter().collect::<String>());
    // A quotation (`told the press, "to show …"`) is what was said, whatever its first word.
    let quoted = chars[first.start.min(chars.len())..]
        .iter()
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| !c.is_alphanumeric());
    if w == "to"
        && !quoted
        && next.is_some_and(|v| {
            v.chars().all(char::is_lowercase) && !v.ends_with("ing") && !NOT_VERBS.contains(&&*v)
        })
    {
        return false;
    }
    // `characterized the conflict`, `revealed a variation`, `pointed out those
    // features`: after a head that is neither of believing nor of plain
    // saying (`said a man was hurt`), an article or a determiner opens an object.
    let plain = cuelex::categories(&head) & cuelex::BELIEF != 0
        || ALSO_COGNITION.contains(&head.as_str())
        || SAYING.iter().any(|p| head.starts_with(p));
    let article = w == "a" || w == "an";
    if (article || OBJECT_OPENERS.contains(&w.as_str())) && !plain && !quoted {
        return false;
    }
    // `you're`, `it's`: the word before a contraction.
    let w = w.split(['\'', '’']).next().unwrap_or_default();
    let object_taker =
        OBJECT_TAKERS.contains(&head.as_str()) || cuelex::THAT_VERBS.contains(&head.as_str());
    !object_taker || CLAUSE_START.contains(&w)
}

/// Verbs of plain saying that take a clause without `that` (`said the boy
/// was welcome`, `noted the findings show …`), as word prefixes.
const SAYING: &[&str] = &[
    "say", "said", "stat", "note", "noti", "observ", "claim", "insist", "argu", "tell", "told",
    "add", "writ", "wrote", "comment",
];

/// Determiners that open a head's object noun phrase (`the`, `his`).
const OBJECT_OPENERS: &[&str] = &[
    "the", "his", "her", "their", "its", "my", "your", "our", "this", "these", "those",
];

/// Words after `to` that make it a preposition (`said to them`), not the
/// mark of an infinitive.
const NOT_VERBS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "my", "our",
    "your", "me", "him", "them", "us", "you", "it", "all", "each",
];

/// Words (runs of letters, digits and apostrophes) of `spans` as code point ranges.
fn words(chars: &[char], spans: &[claimlens_engine::Span]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for s in spans {
        let (a, b) = (s.start.min(chars.len()), s.end.min(chars.len()));
        let mut i = a;
        while i < b {
            if chars[i].is_alphanumeric() {
                let start = i;
                while i < b && (chars[i].is_alphanumeric() || matches!(chars[i], '\'' | '’')) {
                    i += 1;
                }
                out.push((start, i));
            } else {
                i += 1;
            }
        }
    }
    out
}

/// The head of a predicted cue in GUM's terms, or `None` when it has none.
fn cue_head(chars: &[char], spans: &[claimlens_engine::Span]) -> Option<(usize, usize)> {
    let ws = words(chars, spans);
    let text = |w: (usize, usize)| chars[w.0..w.1].iter().collect::<String>();
    if let Some(i) = ws
        .iter()
        .position(|&w| text(w).eq_ignore_ascii_case("according"))
    {
        let end = ws.get(i + 1).map_or(ws[i].1, |w| w.1);
        return Some((ws[i].0, end));
    }
    let wanted = cuelex::SPEECH | cuelex::BELIEF | cuelex::EVIDENCE;
    let head = ws.iter().rev().copied().find(|&w| {
        let t = text(w);
        cuelex::categories(&t) & wanted != 0
            || ALSO_COGNITION.iter().any(|c| t.eq_ignore_ascii_case(c))
            || cuelex::THAT_VERBS.iter().any(|c| t.eq_ignore_ascii_case(c))
    })?;
    let lower = text(head).to_lowercase();
    if lower == "sure" {
        // GUM's cue is the phrase `make sure`.
        let (a, w) = word_before(chars, head.0);
        return Some(if w.starts_with("mak") {
            (a, head.1)
        } else {
            head
        });
    }
    (!NOT_CLAUSAL.iter().any(|p| lower.starts_with(p)) && !after_determiner(chars, head.0))
        .then_some(head)
}

/// Words after which a cue word is a noun or an adjective (`their pledge`,
/// `an estimated cost`, `the said problem`), not a reporting verb. Not
/// `this` or `these`, which are subjects as often (`This suggests that …`).
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "our", "your", "my", "their", "no", "many", "every",
    "each",
];

/// Whether the word before `at` (past one `-ly` adverb: `the widely agreed
/// premise`) is a determiner or a possessive (`Quilis’s complete list` counts
/// only through the adjective, so it does not).
fn after_determiner(chars: &[char], at: usize) -> bool {
    let (a, mut w) = word_before(chars, at);
    if w.len() > 3 && w.ends_with("ly") {
        w = word_before(chars, a).1;
    }
    DETERMINERS.contains(&w.as_str()) || w.ends_with("'s") || w.ends_with("’s")
}

/// The word ending right before `end` (past spaces), lowercase, with its start.
fn word_before(chars: &[char], end: usize) -> (usize, String) {
    let mut b = end;
    while b > 0 && chars[b - 1] == ' ' {
        b -= 1;
    }
    let mut a = b;
    while a > 0 && (chars[a - 1].is_alphanumeric() || matches!(chars[a - 1], '\'' | '’')) {
        a -= 1;
    }
    (a, chars[a..b].iter().collect::<String>().to_lowercase())
}

/// Cognition and perception verbs the engine finds (first-person stances
/// such as `I mean`, `I remember`), and a court's `rule`, that the
/// attribution lexicon does not list as belief or speech verbs.
const ALSO_COGNITION: &[&str] = &[
    "mean",
    "means",
    "meant",
    "remember",
    "remembered",
    "suppose",
    "notice",
    "noticed",
    "hear",
    "heard",
    "wish",
    "rule",
    "rules",
    "ruled",
];

/// Heads that take a noun phrase, a predicate or a question rather than a
/// reported clause (`known as`, `called X`, `considered X`, `described X as`,
/// `decided to`, `continued`, `asked about`, `denied X`, `questions`), and
/// nouns that are no GUM cue (`understanding`, `regarding`, `views`).
/// GUM's attribution relation links a reporting or cognition predicate to a
/// clausal content unit, so these have no counterpart there. Matched as word
/// prefixes of the lowercase head.
const NOT_CLAUSAL: &[&str] = &[
    "known",
    "call",
    "consider",
    "describ",
    "decid",
    "continu",
    "question",
    "ask",
    "den",
    "understanding",
    "regarding",
    "view",
    "speak",
    "spoke",
];

/// Runs the evaluation.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut dir = None;
    let (mut json, mut errors) = (false, false);
    for arg in args {
        match arg.as_str() {
            "--json" => json = true,
            "--errors" => errors = true,
            other if dir.is_none() => dir = Some(other.to_string()),
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    let dir = dir.ok_or("eval gum needs DIR (holding dep/ and rst/)")?;
    let dir = Path::new(&dir);
    let (dep, rst) = (dir.join("dep"), dir.join("rst"));
    if !dep.is_dir() || !rst.is_dir() {
        return Err(format!(
            "{} must hold dep/ and rst/ (GUM data absent?)",
            dir.display()
        ));
    }
    let mut names: Vec<String> = std::fs::read_dir(&dep)
        .map_err(|e| format!("cannot read {}: {e}", dep.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".conllu").map(str::to_string))
        .collect();
    names.sort();
    let mut scores = Scores {
        show_errors: errors,
        ..Scores::default()
    };
    for name in names {
        let conllu = read(&dep.join(format!("{name}.conllu")))?;
        let rsd_path = rst.join(format!("{name}.rsd"));
        let rsd = if rsd_path.exists() {
            read(&rsd_path)?
        } else {
            String::new()
        };
        let doc = rebuild(&conllu);
        let (gold, claims) = gold_from_rsd(&rsd, &doc.tokens);
        if errors {
            eprintln!("## {name}");
        }
        scores.add_with(&doc.text, &gold, claims, predicted_spans);
    }
    if scores.docs == 0 {
        return Err(format!("no documents in {}", dep.display()));
    }
    scores.print("GUM", json)
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// A document rebuilt from CoNLL-U.
pub struct Rebuilt {
    /// The text.
    pub text: String,
    /// Code point span of each token, in order (token id `i` is at `i - 1`).
    pub tokens: Vec<(usize, usize)>,
}

/// Rebuilds the text of a CoNLL-U document with token offsets in code points.
///
/// A multiword token (`4-5  America's`, split into the words `America` and
/// `'s`) is written once, as its surface form, the way the article reads; each
/// of its words gets the part of that form it spells (`can't` → `ca` + `n't`),
/// or, when the words do not spell the form, the last word takes the rest.
pub fn rebuild(conllu: &str) -> Rebuilt {
    let mut text = String::new();
    let mut len = 0usize; // code points in `text`
    let mut tokens = Vec::new();
    let mut pending_space = false;
    let mut new_paragraph = false;
    // The multiword token being spelled: last word id, form start, form end.
    let mut mwt: Option<(usize, usize, usize)> = None;
    for line in conllu.lines() {
        if line.starts_with("# newpar") {
            new_paragraph = true;
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            pending_space = true;
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 10 {
            continue;
        }
        let range = cols[0].split_once('-');
        let id = match range.map_or(cols[0], |r| r.0).parse::<usize>() {
            Ok(id) => id,
            Err(_) => continue, // an empty node (`8.1`)
        };
        if let Some(&mut (last, ref mut at, end)) = mwt.as_mut() {
            if id <= last && range.is_none() {
                // A word inside the surface form: its spelling, if it matches there.
                let rest: String = text.chars().skip(*at).take(end - *at).collect();
                let n = cols[1].chars().count();
                let spelled = rest.to_lowercase().starts_with(&cols[1].to_lowercase());
                let stop = if id == last || !spelled { end } else { *at + n };
                tokens.push((*at, stop));
                *at = stop;
                if id == last {
                    mwt = None;
                }
                continue;
            }
            mwt = None;
        }
        if !text.is_empty() {
            if new_paragraph {
                text.push_str("\n\n");
                len += 2;
            } else if pending_space {
                text.push(' ');
                len += 1;
            }
        }
        new_paragraph = false;
        let start = len;
        text.push_str(cols[1]);
        len += cols[1].chars().count();
        pending_space = !cols[9].split('|').any(|f| f == "SpaceAfter=No");
        match range.and_then(|r| r.1.parse::<usize>().ok()) {
            Some(last) => mwt = Some((last, start, len)),
            None => tokens.push((start, len)),
        }
    }
    Rebuilt { text, tokens }
}

/// Gold spans from an `.rsd` file and the number of gold attributions.
pub fn gold_from_rsd(rsd: &str, tokens: &[(usize, usize)]) -> (RoleSpans, usize) {
    // Unit id → (first token id, last token id), 1-based.
    let mut units: Vec<(usize, usize)> = Vec::new();
    let mut rows: Vec<Vec<&str>> = Vec::new();
    let mut next = 1usize;
    for line in rsd.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 8 {
            continue;
        }
        let n = cols[1].split(' ').filter(|t| !t.is_empty()).count();
        units.push((next, next + n.saturating_sub(1)));
        next += n;
        rows.push(cols);
    }
    let span_of = |first: usize, last: usize| -> Option<(usize, usize)> {
        let a = tokens.get(first.checked_sub(1)?)?;
        let b = tokens.get(last.checked_sub(1)?)?;
        Some((a.0, b.1))
    };
    let mut gold = RoleSpans::default();
    let mut count = 0;
    for cols in &rows {
        if !cols[7].starts_with("attribution-") || cols[5].contains("caption") {
            continue;
        }
        count += 1;
        let parent: usize = cols[6].parse().unwrap_or(0);
        if let Some(&(a, b)) = parent.checked_sub(1).and_then(|p| units.get(p)) {
            gold.content.extend(span_of(a, b));
        }
        let signals = cols.get(9).copied().unwrap_or("");
        let mut cue_ids = Vec::new();
        for signal in signals.split(';') {
            if let Some(ids) = signal.strip_prefix("semantic-attribution_source-") {
                for run in runs(&token_ids(ids)) {
                    gold.source.extend(span_of(run.0, run.1));
                }
            } else if let Some(ids) = signal
                .strip_prefix("lexical-indicative_word-")
                .or_else(|| signal.strip_prefix("lexical-indicative_phrase-"))
            {
                cue_ids.extend(token_ids(ids));
            }
        }
        cue_ids.sort_unstable();
        cue_ids.dedup();
        for run in runs(&cue_ids) {
            gold.cue.extend(span_of(run.0, run.1));
        }
    }
    (gold, count)
}

/// Token ids of a signal's id field: `12-14,19-gold` → 12, 13, 14, 19.
fn token_ids(field: &str) -> Vec<usize> {
    let ids = field.rsplit_once('-').map_or(field, |(ids, _status)| ids);
    let mut out = Vec::new();
    for part in ids.split(',') {
        match part.split_once('-') {
            Some((a, b)) => {
                if let (Ok(a), Ok(b)) = (a.parse::<usize>(), b.parse::<usize>()) {
                    if b >= a && b - a < 10_000 {
                        out.extend(a..=b);
                    }
                }
            }
            None => out.extend(part.parse::<usize>().ok()),
        }
    }
    out
}

/// Runs of consecutive ids as `(first, last)`.
fn runs(ids: &[usize]) -> Vec<(usize, usize)> {
    let mut sorted = ids.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for id in sorted {
        match out.last_mut() {
            Some(last) if last.1 + 1 == id => last.1 = id,
            _ => out.push((id, id)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_possessors_role_before_the_name_is_the_gum_source() {
        let keep = |source: &str, entity: &str| {
            let chars: Vec<char> = source.chars().collect();
            chars[..role_before_name(&chars, entity)]
                .iter()
                .collect::<String>()
        };
        assert_eq!(
            keep("Tunisia's coach Nabil Maaloul", "Nabil Maaloul"),
            "Tunisia's coach"
        );
        assert_eq!(keep("His father Omar Haddad", "Omar Haddad"), "His father");
        // A capitalised title stays with the name, as does a name alone.
        let title = "New Zealand's Prime Minister John Key";
        assert_eq!(keep(title, "John Key"), title);
        assert_eq!(keep("Nabil Maaloul", "Nabil Maaloul"), "Nabil Maaloul");
        assert_eq!(
            keep("coach Nabil Maaloul", "Nabil Maaloul"),
            "coach Nabil Maaloul"
        );
    }

    #[test]
    fn signal_ids_parse() {
        assert_eq!(token_ids("211-213,219-_"), vec![211, 212, 213, 219]);
        assert_eq!(token_ids("40-_"), vec![40]);
        assert_eq!(runs(&[3, 1, 2, 7]), vec![(1, 3), (7, 7)]);
    }

    #[test]
    fn rebuild_respects_space_after() {
        let conllu = "# newpar\n# text = He said.\n1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";
        let doc = rebuild(conllu);
        assert_eq!(doc.text, "He said.");
        assert_eq!(doc.tokens[1], (3, 7));
    }

    #[test]
    fn a_cue_word_after_a_determiner_is_no_gum_cue() {
        let chars = |t: &str| t.chars().collect::<Vec<char>>();
        let at = |t: &str, w: &str| t.find(w).unwrap();
        for (text, word, nominal) in [
            ("at an estimated cost", "estimated", true),
            ("the widely agreed premise", "agreed", true),
            ("Quilis's list", "list", true),
            ("This suggests that it works", "suggests", false),
            ("officials said it works", "said", false),
        ] {
            assert_eq!(
                after_determiner(&chars(text), at(text, word)),
                nominal,
                "{text}"
            );
        }
        // A contracted subject opens a clause after an object-taking head.
        let text = "I know you're late";
        let content = [claimlens_engine::Span::new(7, 18)];
        assert!(clausal(&chars(text), (2, 6), &content));
        // `make sure` is one cue, whichever words the engine marked.
        let text = "you should make sure that it works";
        let (m, s) = (at(text, "make"), at(text, "sure"));
        let sure = [claimlens_engine::Span::new(s, s + 4)];
        assert_eq!(cue_head(&chars(text), &sure), Some((m, s + 4)));
        // An infinitive or an object noun phrase is no reported clause.
        let clause = |text: &str, head: &str, content: &str| {
            let (h, c) = (text.find(head).unwrap(), text.find(content).unwrap());
            let span = claimlens_engine::Span::new(c, c + content.len());
            clausal(&chars(text), (h, h + head.len()), &[span])
        };
        assert!(!clause("He is said to have left", "said", "to have left"));
        assert!(!clause("The dig showed a wall", "showed", "a wall"));
        assert!(clause("She said a man was hurt", "said", "a man was hurt"));
        assert!(!clause(
            "The test reveals a variation",
            "reveals",
            "a variation"
        ));
        assert!(!clause(
            "She pointed out those features",
            "pointed",
            "those features"
        ));
        assert!(!clause(
            "He characterized the dispute as a war",
            "characterized",
            "the dispute as a war"
        ));
        assert!(clause(
            "She said the boy was welcome",
            "said",
            "the boy was welcome"
        ));
        assert!(clause("I think the plan works", "think", "the plan works"));
        assert!(clause("He told them, \"to win\"", "told", "\"to win\""));
    }

    #[test]
    fn rebuild_writes_multiword_tokens_as_read() {
        let row = |id: &str, form: &str, misc: &str| {
            format!("{id}\t{form}\t_\t_\t_\t_\t_\t_\t_\t{misc}\n")
        };
        let conllu = [
            row("1", "They", "_"),
            row("2-3", "can't", "_"),
            row("2", "ca", "_"),
            row("3", "n't", "_"),
            row("4-5", "Galois'", "SpaceAfter=No"),
            row("4", "Galois", "_"),
            row("5", "'", "_"),
            row("6", ".", "_"),
        ]
        .concat();
        let doc = rebuild(&conllu);
        assert_eq!(doc.text, "They can't Galois'.");
        assert_eq!(
            doc.tokens,
            vec![(0, 4), (5, 7), (7, 10), (11, 17), (17, 18), (18, 19)]
        );
    }
}
