//! The UI state of an annotated article and its pure reducer.
//!
//! Everything the reader changes — which claim is focused or hovered, whether
//! its card is open, which kinds and states are filtered out, whether
//! highlights and keyboard shortcuts are on — is one [`UiState`] changed only
//! by [`UiState::apply`]. No DOM here, so it is unit-tested natively; Yew
//! components use it through [`yew::Reducible`].

use std::rc::Rc;

use claimlens_engine::{Analysis, VerificationState};

use crate::marks::{claim_start, MarkKind};

/// Every highlight kind, in legend order.
pub const KINDS: [MarkKind; 5] = [
    MarkKind::Content,
    MarkKind::Source,
    MarkKind::Cue,
    MarkKind::Hedge,
    MarkKind::Evidence,
];

/// What the reducer needs to know about one claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimInfo {
    /// Claim id (`c1`, …).
    pub id: String,
    /// Its verification state.
    pub state: VerificationState,
}

impl ClaimInfo {
    /// The claims of `analysis` that have a place in the text, in the order
    /// they begin there (see [`claim_start`]).
    pub fn all(analysis: &Analysis) -> Vec<ClaimInfo> {
        let mut placed: Vec<(usize, ClaimInfo)> = analysis
            .claims
            .iter()
            .filter_map(|c| {
                let (_, at) = claim_start(c)?;
                Some((
                    at,
                    ClaimInfo {
                        id: c.id.clone(),
                        state: c.state,
                    },
                ))
            })
            .collect();
        placed.sort_by_key(|(at, _)| *at);
        placed.into_iter().map(|(_, info)| info).collect()
    }
}

/// Something the reader did.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A new article was analysed: forget the selection, keep preferences.
    Load(Vec<ClaimInfo>),
    /// The pointer entered a claim (`Some`) or left every claim (`None`).
    Hover(Option<String>),
    /// A claim got focus (keyboard, click or a jump from the summary): its card opens.
    Focus(String),
    /// Move to the next visible claim (wraps around).
    Next,
    /// Move to the previous visible claim (wraps around).
    Prev,
    /// Open the focused claim's card (or focus the first claim).
    OpenCard,
    /// Close the card.
    CloseCard,
    /// Show or hide one highlight kind.
    ToggleKind(MarkKind),
    /// Show or hide the claims in one verification state.
    ToggleState(VerificationState),
    /// Show or hide every highlight.
    ToggleHighlights,
    /// Switch the single-key shortcuts on or off.
    ToggleShortcuts,
    /// Tell screen readers something (e.g. an export or a share link).
    Announce(String),
}

/// The reader-facing state of one annotated article.
#[derive(Debug, Clone, PartialEq)]
pub struct UiState {
    /// Claims in text order.
    pub claims: Vec<ClaimInfo>,
    /// Index into `claims` of the focused claim.
    pub focused: Option<usize>,
    /// Id of the claim under the pointer.
    pub hovered: Option<String>,
    /// Whether the focused claim's card is open.
    pub card_open: bool,
    /// Highlight kinds the reader switched off.
    pub hidden_kinds: Vec<MarkKind>,
    /// Verification states whose claims the reader switched off.
    pub hidden_states: Vec<VerificationState>,
    /// Whether any highlight is shown.
    pub highlights: bool,
    /// Whether single-key shortcuts are on.
    pub shortcuts: bool,
    /// The last change, in words, for an `aria-live` region.
    pub announcement: String,
}

impl Default for UiState {
    fn default() -> Self {
        UiState {
            claims: Vec::new(),
            focused: None,
            hovered: None,
            card_open: false,
            hidden_kinds: Vec::new(),
            hidden_states: Vec::new(),
            highlights: true,
            shortcuts: true,
            announcement: String::new(),
        }
    }
}

impl UiState {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> UiState {
        let mut next = self.clone();
        match action {
            Action::Load(claims) => {
                next.announcement = format!(
                    "Article analysed: {} claim{}.",
                    claims.len(),
                    if claims.len() == 1 { "" } else { "s" }
                );
                next.claims = claims;
                next.focused = None;
                next.hovered = None;
                next.card_open = false;
            }
            Action::Hover(id) => {
                next.hovered = id.filter(|id| self.index_of(id).is_some());
            }
            Action::Focus(id) => {
                if let Some(i) = self.index_of(&id) {
                    next.focused = Some(i);
                    next.card_open = true;
                    next.announcement = next.position_text(i);
                }
            }
            Action::Next | Action::Prev => {
                let forward = action == Action::Next;
                match self.step(forward) {
                    Some(i) => {
                        next.focused = Some(i);
                        next.card_open = true;
                        next.announcement = next.position_text(i);
                    }
                    None => next.announcement = "No visible claims.".into(),
                }
            }
            Action::OpenCard => match self.focused.filter(|&i| self.is_visible(i)) {
                Some(_) => next.card_open = true,
                None => return self.apply(Action::Next),
            },
            Action::CloseCard => next.card_open = false,
            Action::ToggleKind(kind) => {
                let shown = toggle(&mut next.hidden_kinds, kind);
                next.announcement = format!(
                    "{} highlights {}.",
                    capitalise(kind.as_str()),
                    if shown { "shown" } else { "hidden" }
                );
            }
            Action::ToggleState(state) => {
                let shown = toggle(&mut next.hidden_states, state);
                next.announcement = format!(
                    "{} claims {}.",
                    capitalise(state.as_str()),
                    if shown { "shown" } else { "hidden" }
                );
                if next.focused.is_some_and(|i| !next.is_visible(i)) {
                    next.card_open = false;
                }
            }
            Action::ToggleHighlights => {
                next.highlights = !self.highlights;
                next.announcement =
                    format!("Highlights {}.", if next.highlights { "on" } else { "off" });
            }
            Action::Announce(message) => next.announcement = message,
            Action::ToggleShortcuts => {
                next.shortcuts = !self.shortcuts;
                next.announcement = format!(
                    "Keyboard shortcuts {}.",
                    if next.shortcuts { "on" } else { "off" }
                );
            }
        }
        next
    }

    /// Id of the focused claim.
    pub fn focused_id(&self) -> Option<&str> {
        self.focused
            .and_then(|i| self.claims.get(i))
            .map(|c| c.id.as_str())
    }

    /// The claim to light up: the hovered one, else the focused one.
    pub fn active(&self) -> Option<&str> {
        self.hovered.as_deref().or_else(|| self.focused_id())
    }

    /// The claim whose card is shown: the hovered one, else the focused one
    /// while its card is open.
    pub fn card(&self) -> Option<&str> {
        self.hovered
            .as_deref()
            .or_else(|| self.focused_id().filter(|_| self.card_open))
    }

    /// Whether highlights of `kind` are shown.
    pub fn shows_kind(&self, kind: MarkKind) -> bool {
        self.highlights && !self.hidden_kinds.contains(&kind)
    }

    /// Whether claims in `state` are shown.
    pub fn shows_state(&self, state: VerificationState) -> bool {
        self.highlights && !self.hidden_states.contains(&state)
    }

    fn is_visible(&self, i: usize) -> bool {
        self.claims
            .get(i)
            .is_some_and(|c| self.shows_state(c.state))
    }

    fn index_of(&self, id: &str) -> Option<usize> {
        self.claims.iter().position(|c| c.id == id)
    }

    /// The next (or previous) visible claim after the focused one.
    fn step(&self, forward: bool) -> Option<usize> {
        let n = self.claims.len();
        let start = self.focused.filter(|&i| i < n);
        (1..=n)
            .map(|k| match (start, forward) {
                (Some(i), true) => (i + k) % n,
                (Some(i), false) => (i + n - k % n) % n,
                (None, true) => k - 1,
                (None, false) => n - k,
            })
            .find(|&i| self.is_visible(i))
    }

    fn position_text(&self, i: usize) -> String {
        format!(
            "Claim {} of {}, {}.",
            i + 1,
            self.claims.len(),
            self.claims[i].state.as_str()
        )
    }
}

impl yew::Reducible for UiState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// Removes `item` if present (returns `true`: now shown), else adds it.
fn toggle<T: PartialEq>(hidden: &mut Vec<T>, item: T) -> bool {
    match hidden.iter().position(|x| *x == item) {
        Some(i) => {
            hidden.remove(i);
            true
        }
        None => {
            hidden.push(item);
            false
        }
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use VerificationState::*;

    fn loaded(states: &[VerificationState]) -> UiState {
        let claims = states
            .iter()
            .enumerate()
            .map(|(i, &state)| ClaimInfo {
                id: format!("c{}", i + 1),
                state,
            })
            .collect();
        UiState::default().apply(Action::Load(claims))
    }

    #[test]
    fn next_and_prev_walk_claims_in_order_and_wrap() {
        let s = loaded(&[Reported, Disputed, Confirmed]);
        let s = s.apply(Action::Next);
        assert_eq!(s.focused_id(), Some("c1"));
        assert!(s.card_open);
        let s = s.apply(Action::Next).apply(Action::Next);
        assert_eq!(s.focused_id(), Some("c3"));
        assert_eq!(s.announcement, "Claim 3 of 3, confirmed.");
        assert_eq!(s.apply(Action::Next).focused_id(), Some("c1"));
        assert_eq!(s.apply(Action::Prev).focused_id(), Some("c2"));
        assert_eq!(
            loaded(&[Reported, False]).apply(Action::Prev).focused_id(),
            Some("c2")
        );
    }

    #[test]
    fn hidden_states_are_skipped_and_close_the_card() {
        let s = loaded(&[Reported, Disputed, Confirmed]).apply(Action::Focus("c2".into()));
        let s = s.apply(Action::ToggleState(Disputed));
        assert!(!s.card_open);
        assert_eq!(s.announcement, "Disputed claims hidden.");
        assert_eq!(s.apply(Action::Next).focused_id(), Some("c3"));
        let s = s.apply(Action::ToggleState(Disputed));
        assert_eq!(s.hidden_states, vec![]);
        assert_eq!(s.announcement, "Disputed claims shown.");
    }

    #[test]
    fn nothing_visible_moves_nowhere() {
        let s = loaded(&[Reported]).apply(Action::ToggleState(Reported));
        let s = s.apply(Action::Next);
        assert_eq!(s.focused, None);
        assert_eq!(s.announcement, "No visible claims.");
        let empty = loaded(&[]).apply(Action::Prev).apply(Action::OpenCard);
        assert_eq!(empty.focused, None);
        assert_eq!(empty.card(), None);
    }

    #[test]
    fn hover_wins_over_focus_and_unknown_ids_are_ignored() {
        let s = loaded(&[Reported, Reported]).apply(Action::Focus("c1".into()));
        assert_eq!(s.card(), Some("c1"));
        let s = s.apply(Action::Hover(Some("c2".into())));
        assert_eq!((s.active(), s.card()), (Some("c2"), Some("c2")));
        let s = s.apply(Action::Hover(None)).apply(Action::CloseCard);
        assert_eq!((s.active(), s.card()), (Some("c1"), None));
        let s = s
            .apply(Action::Hover(Some("c9".into())))
            .apply(Action::Focus("c9".into()));
        assert_eq!((s.hovered.clone(), s.focused_id()), (None, Some("c1")));
        assert_eq!(s.apply(Action::OpenCard).card(), Some("c1"));
    }

    #[test]
    fn toggles_flip_and_load_keeps_preferences() {
        let s = loaded(&[Reported])
            .apply(Action::ToggleKind(MarkKind::Hedge))
            .apply(Action::ToggleHighlights)
            .apply(Action::ToggleShortcuts)
            .apply(Action::Focus("c1".into()));
        assert!(!s.shows_kind(MarkKind::Content), "highlights are off");
        assert!(!s.shortcuts);
        let s = s.apply(Action::ToggleHighlights);
        assert!(s.shows_kind(MarkKind::Content) && !s.shows_kind(MarkKind::Hedge));
        let s = s.apply(Action::Load(vec![]));
        assert_eq!(s.focused, None);
        assert_eq!(s.hidden_kinds, vec![MarkKind::Hedge]);
        assert!(!s.shortcuts);
        assert_eq!(s.announcement, "Article analysed: 0 claims.");
    }
}
