//! A polite live region announcing what changed (filters, moves, new analysis)
//! to screen readers.

use yew::prelude::*;

/// Properties of [`LiveRegion`].
#[derive(Properties, PartialEq)]
pub struct LiveRegionProps {
    /// The message; a change is announced.
    pub message: AttrValue,
}

/// Visually hidden `role="status"` region (`#cl-live`).
#[function_component(LiveRegion)]
pub fn live_region(props: &LiveRegionProps) -> Html {
    html! {
        <div id="cl-live" class="cl-sr-only" role="status" aria-live="polite" aria-atomic="true">
            { props.message.clone() }
        </div>
    }
}
