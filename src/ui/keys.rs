//! Keyboard shortcuts: which key does what, as data the UI lists and a pure
//! mapping from a key to an [`Action`].

use super::state::Action;

/// A shortcut as shown to readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortcut {
    /// The keys, as written on the keyboard.
    pub keys: &'static str,
    /// What they do.
    pub does: &'static str,
}

/// Every shortcut, in the order the help lists them.
pub const SHORTCUTS: &[Shortcut] = &[
    Shortcut {
        keys: "j / n",
        does: "next claim",
    },
    Shortcut {
        keys: "k / p",
        does: "previous claim",
    },
    Shortcut {
        keys: "o / Enter",
        does: "open the claim's card",
    },
    Shortcut {
        keys: "Esc",
        does: "close the card",
    },
    Shortcut {
        keys: "h",
        does: "highlights on / off",
    },
];

/// The action for a key press, if it is a shortcut. `Escape` works even with
/// shortcuts off (closing is never a surprise); letters only when they are on.
pub fn action_for(key: &str, shortcuts_on: bool) -> Option<Action> {
    if key == "Escape" {
        return Some(Action::CloseCard);
    }
    if !shortcuts_on {
        return None;
    }
    match key {
        "j" | "n" => Some(Action::Next),
        "k" | "p" => Some(Action::Prev),
        "o" | "Enter" => Some(Action::OpenCard),
        "h" => Some(Action::ToggleHighlights),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_only_when_on() {
        assert_eq!(action_for("j", true), Some(Action::Next));
        assert_eq!(action_for("p", true), Some(Action::Prev));
        assert_eq!(action_for("j", false), None);
        assert_eq!(action_for("Escape", false), Some(Action::CloseCard));
        assert_eq!(action_for("x", true), None);
    }
}
