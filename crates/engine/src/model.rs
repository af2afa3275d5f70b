//! The one data model every layer shares: the JSON of `claimlens analyze`, the
//! value the wasm API returns, and what the UI renders.
//!
//! All spans in an [`Analysis`] handed out by [`crate::analyze`] are Unicode code
//! point offsets into the analysed text, end exclusive.

use serde::{Deserialize, Serialize};

/// A half-open range `start..end` of the analysed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First position in the span.
    pub start: usize,
    /// Position just past the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Whether the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Number of positions covered.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the two spans share at least one position.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies entirely inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering this one and `other`.
    ///
    /// ```
    /// use claimlens_engine::Span;
    /// assert_eq!(Span::new(4, 6).cover(&Span::new(1, 2)), Span::new(1, 6));
    /// ```
    pub fn cover(&self, other: &Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Everything claimlens found in one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Length of the analysed text in code points.
    pub text_length: usize,
    /// Paragraphs, in order.
    pub paragraphs: Vec<Span>,
    /// Sentences, in order.
    pub sentences: Vec<Span>,
    /// Attributed claims, in order of their first content span.
    pub claims: Vec<Claim>,
    /// Hedge cues, inside claims or in the author's own voice.
    pub hedges: Vec<Hedge>,
    /// Every distinct source with the claims attributed to it.
    pub sources: Vec<SourceEntry>,
    /// Counts for the summary panel.
    pub summary: Summary,
}

/// How a claim is attributed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// Verbatim, inside quotation marks.
    Direct,
    /// Paraphrase: `X said (that) …`, `…, X said.`
    Indirect,
    /// Paraphrase with a quoted fragment inside.
    Mixed,
    /// `according to X, …`
    AccordingTo,
    /// An attribution noun: `the claim by X that …`, `reports that …`.
    Noun,
}

impl ClaimKind {
    /// Every kind, in display order.
    pub const ALL: [ClaimKind; 5] = [
        ClaimKind::Direct,
        ClaimKind::Indirect,
        ClaimKind::Mixed,
        ClaimKind::AccordingTo,
        ClaimKind::Noun,
    ];

    /// The name used in JSON and in `data-cl-*` attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Indirect => "indirect",
            ClaimKind::Mixed => "mixed",
            ClaimKind::AccordingTo => "according_to",
            ClaimKind::Noun => "noun",
        }
    }
}

/// What kind of party a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceType {
    /// A named or described person.
    Person,
    /// A company, party, campaign or other organisation.
    Organization,
    /// A government body or an official acting for one.
    Government,
    /// An unnamed source (`officials`, `a source familiar with …`).
    Anonymous,
    /// A document or record (`records`, `the report`, `filings`).
    Document,
    /// A news outlet or journalist.
    Media,
    /// No source, or one that could not be typed.
    #[default]
    Unknown,
}

/// What the article itself says about whether a claim has been checked.
/// Definitions: `../shared/data/verification/GUIDELINES.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerificationState {
    /// Relayed with no verification language (the default).
    #[default]
    Reported,
    /// Said to be confirmed, verified or shown by records.
    Confirmed,
    /// Said to be unverified, unconfirmed, under investigation or without evidence.
    Unverified,
    /// Denied, rejected or contradicted by another party.
    Disputed,
    /// Said to be false, debunked or retracted.
    False,
}

impl VerificationState {
    /// Every state, in display order.
    pub const ALL: [VerificationState; 5] = [
        VerificationState::Reported,
        VerificationState::Confirmed,
        VerificationState::Unverified,
        VerificationState::Disputed,
        VerificationState::False,
    ];

    /// The name used in JSON and in `data-cl-state`.
    pub fn as_str(self) -> &'static str {
        match self {
            VerificationState::Reported => "reported",
            VerificationState::Confirmed => "confirmed",
            VerificationState::Unverified => "unverified",
            VerificationState::Disputed => "disputed",
            VerificationState::False => "false",
        }
    }

    /// Parses a state name as written in JSON.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == name)
    }
}

/// A set of spans (a cue or a content may be discontinuous).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpanSet {
    /// The pieces, in text order.
    pub spans: Vec<Span>,
}

/// Who a claim is attributed to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimSource {
    /// Where the source is mentioned next to the cue (empty for agentless claims).
    pub spans: Vec<Span>,
    /// The most specific name for the source found in the article (`Sergey Lavrov`
    /// for `he`), or `None` when there is no source.
    pub entity: Option<String>,
    /// What kind of party the source is.
    #[serde(rename = "type")]
    pub source_type: SourceType,
    /// Mentions of the same entity, in text order (the coreference chain).
    pub chain: Vec<Span>,
}

/// One attributed claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable id within the analysis (`c1`, `c2`, …), in text order.
    pub id: String,
    /// How it is attributed.
    pub kind: ClaimKind,
    /// Who said it.
    pub source: ClaimSource,
    /// The attributing words (`said`, `according to`, `told reporters`).
    pub cue: SpanSet,
    /// What was said.
    pub content: SpanSet,
    /// Verification state as the article tells it.
    pub state: VerificationState,
    /// Words that set a non-`reported` state (may lie sentences away).
    pub evidence: Vec<Span>,
    /// Ids of the hedges that soften this claim.
    pub hedges: Vec<String>,
    /// Id of the claim whose content holds this one (a nested claim), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// Remarks for the reader, e.g. why the state was set from a related claim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// The page's schema.org ClaimReview that rated this claim, if any (it
    /// overrides the state the text gives).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<ClaimReview>,
}

impl Claim {
    /// A claim from its source, cue and content spans, with everything else
    /// at its default: no id yet, kind indirect, state reported, no evidence,
    /// hedges, parent, notes or review.
    ///
    /// ```
    /// use claimlens_engine::{Claim, Span, VerificationState};
    /// let claim = Claim::new(vec![Span::new(0, 3)], vec![Span::new(4, 8)], vec![]);
    /// assert_eq!(claim.state, VerificationState::Reported);
    /// assert!(claim.source.entity.is_none());
    /// ```
    pub fn new(source: Vec<Span>, cue: Vec<Span>, content: Vec<Span>) -> Claim {
        Claim {
            id: String::new(),
            kind: ClaimKind::Indirect,
            source: ClaimSource {
                spans: source,
                ..ClaimSource::default()
            },
            cue: SpanSet { spans: cue },
            content: SpanSet { spans: content },
            state: VerificationState::Reported,
            evidence: Vec::new(),
            hedges: Vec::new(),
            parent: None,
            notes: Vec::new(),
            review: None,
        }
    }

    /// Every span of the claim's source, cue and content, in that order.
    pub fn role_spans(&self) -> impl Iterator<Item = &Span> {
        self.source
            .spans
            .iter()
            .chain(&self.cue.spans)
            .chain(&self.content.spans)
    }

    /// Whether any span of the claim's source, cue or content overlaps `span`.
    pub fn touches(&self, span: &Span) -> bool {
        self.role_spans().any(|s| s.overlaps(span))
    }
}

/// The kind of softening a hedge cue does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HedgeCategory {
    /// `may`, `might`, `could`.
    Modal,
    /// `appear`, `suggest`, `believe`.
    EpistemicVerb,
    /// `reportedly`, `allegedly`, `possibly`, `apparent`, `unconfirmed`.
    EpistemicAdverb,
    /// `about`, `some`, `nearly`.
    Approximator,
    /// `if … is confirmed`.
    Conditional,
    /// `some say`, `it is believed`, `sources suggest`.
    Shield,
    /// `I don't have a 100 percent confirmation`, `it is unclear`.
    NegatedCertainty,
}

impl HedgeCategory {
    /// Every category, in display order.
    pub const ALL: [HedgeCategory; 7] = [
        HedgeCategory::Modal,
        HedgeCategory::EpistemicVerb,
        HedgeCategory::EpistemicAdverb,
        HedgeCategory::Approximator,
        HedgeCategory::Conditional,
        HedgeCategory::Shield,
        HedgeCategory::NegatedCertainty,
    ];

    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            HedgeCategory::Modal => "modal",
            HedgeCategory::EpistemicVerb => "epistemic_verb",
            HedgeCategory::EpistemicAdverb => "epistemic_adverb",
            HedgeCategory::Approximator => "approximator",
            HedgeCategory::Conditional => "conditional",
            HedgeCategory::Shield => "shield",
            HedgeCategory::NegatedCertainty => "negated_certainty",
        }
    }
}

/// A hedge cue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hedge {
    /// Stable id within the analysis (`h1`, `h2`, …), in text order.
    pub id: String,
    /// What kind of hedge it is.
    pub category: HedgeCategory,
    /// The cue words (a conditional may be discontinuous: `if` … `is confirmed`).
    pub spans: Vec<Span>,
    /// The claim it softens, or `None` when it hedges the author's own statement.
    pub claim: Option<String>,
}

/// A source and the claims attributed to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceEntry {
    /// The resolved name (or the mention itself when nothing more specific was found).
    pub name: String,
    /// What kind of party it is.
    #[serde(rename = "type")]
    pub source_type: SourceType,
    /// Ids of its claims, in text order.
    pub claims: Vec<String>,
}

/// Counts by name, in name order; a JSON object (`{"confirmed": 1, …}`).
///
/// A sorted vector rather than a `BTreeMap`: a summary holds a handful of
/// names, and the map's code would be most of a kilobyte of the embed.
///
/// ```
/// use claimlens_engine::Counts;
/// let mut c = Counts::default();
/// c.add("reported", 2);
/// c.add("disputed", 1);
/// c.add("reported", 1);
/// assert_eq!(c.get("reported"), Some(&3));
/// assert_eq!(c.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["disputed", "reported"]);
/// assert_eq!(c.values().sum::<usize>(), 4);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts(Vec<(String, usize)>);

impl Counts {
    /// The count of `name`, if it has one.
    pub fn get(&self, name: &str) -> Option<&usize> {
        let i = self.find(name).ok()?;
        Some(&self.0[i].1)
    }

    /// Adds `n` to the count of `name` (from zero when it has none).
    pub fn add(&mut self, name: &str, n: usize) {
        match self.find(name) {
            Ok(i) => self.0[i].1 += n,
            Err(i) => self.0.insert(i, (name.to_string(), n)),
        }
    }

    /// The names and counts, in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &usize)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// The counts, in name order.
    pub fn values(&self) -> impl Iterator<Item = &usize> {
        self.0.iter().map(|(_, v)| v)
    }

    /// How many names.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no names.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn find(&self, name: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(name))
    }
}

impl Serialize for Counts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Counts {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = std::collections::BTreeMap::<String, usize>::deserialize(deserializer)?;
        Ok(Counts(map.into_iter().collect()))
    }
}

/// Article-level counts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Number of claims.
    pub claims: usize,
    /// Claims per verification state, every state present (zero counts included).
    pub states: Counts,
    /// Claims per kind, every kind present.
    pub kinds: Counts,
    /// Number of hedge cues.
    pub hedges: usize,
    /// Share of claims with at least one hedge (0 when there are no claims),
    /// to four decimals.
    pub hedged_share: f64,
}

impl Analysis {
    /// Applies `f` to every span in the analysis (used to convert byte offsets to
    /// code points once, at the end of the pipeline).
    pub fn map_spans(&mut self, mut f: impl FnMut(Span) -> Span) {
        let mut each = |spans: &mut Vec<Span>| spans.iter_mut().for_each(|s| *s = f(*s));
        each(&mut self.paragraphs);
        each(&mut self.sentences);
        for claim in &mut self.claims {
            each(&mut claim.source.spans);
            each(&mut claim.source.chain);
            each(&mut claim.cue.spans);
            each(&mut claim.content.spans);
            each(&mut claim.evidence);
        }
        for hedge in &mut self.hedges {
            each(&mut hedge.spans);
        }
    }
}

/// A schema.org `ClaimReview` (only the fields claimlens reads), as found in a
/// page's JSON-LD and passed to the analysis.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimReview {
    /// The claim that was checked (`claimReviewed`).
    #[serde(rename = "claimReviewed", default)]
    pub claim_reviewed: String,
    /// The verdict (`reviewRating.alternateName`), e.g. `False`, `Mostly true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<String>,
    /// Who reviewed it (`author.name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Where the review is published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// `Vec::retain` through one out-of-line copy per element type: each
/// closure passed to `retain` itself compiles a copy of its own (two dozen
/// of them cost about 2 KB of the embed). Internal to the engine's rules.
#[doc(hidden)]
pub trait KeepWith<T> {
    /// Keeps the elements `keep` accepts, in order.
    fn keep_with(&mut self, keep: &mut dyn FnMut(&T) -> bool);
}

impl<T> KeepWith<T> for Vec<T> {
    #[inline(never)]
    fn keep_with(&mut self, keep: &mut dyn FnMut(&T) -> bool) {
        self.retain(|x| keep(x));
    }
}
