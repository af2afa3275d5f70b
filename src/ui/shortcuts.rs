//! The list of keyboard shortcuts, with the switch that turns them off.

use std::rc::Rc;

use yew::prelude::*;

use super::keys::SHORTCUTS;
use super::state::{Action, UiState};

/// Properties of [`ShortcutHelp`].
#[derive(Properties, PartialEq)]
pub struct ShortcutHelpProps {
    /// The UI state (whether shortcuts are on).
    pub ui: Rc<UiState>,
    /// Where the switch goes.
    pub dispatch: Callback<Action>,
}

/// Lists every shortcut; the checkbox (`#cl-shortcuts-on`) switches single-key
/// shortcuts off for readers whose assistive technology uses those keys.
#[function_component(ShortcutHelp)]
pub fn shortcut_help(props: &ShortcutHelpProps) -> Html {
    let onchange = props.dispatch.reform(|_: Event| Action::ToggleShortcuts);
    html! {
        <section class="cl-shortcuts" aria-labelledby="cl-shortcuts-title">
            <h2 id="cl-shortcuts-title">{ "Keyboard" }</h2>
            <dl>
                { for SHORTCUTS.iter().map(|s| html! {
                    <><dt><kbd>{ s.keys }</kbd></dt><dd>{ s.does }</dd></>
                }) }
                <dt><kbd>{ "Tab" }</kbd></dt><dd>{ "claims, then the panels" }</dd>
            </dl>
            <label>
                <input type="checkbox" id="cl-shortcuts-on" checked={props.ui.shortcuts} {onchange} />
                { " Single-key shortcuts" }
            </label>
        </section>
    }
}
