//! Reusable Yew components over an [`Analysis`](claimlens_engine::Analysis):
//! the claim card, the legend that doubles as filters, the summary panel, the
//! shortcut help and a live region, plus the pure UI reducer they share.
//!
//! The components take props (`Rc<Analysis>`, `Rc<str>` text, the
//! [`UiState`], callbacks) and never query the page's DOM, so the demo page and
//! the embed's shadow-root panel render the same UI. Their styles are
//! [`CSS`], a string to put in a `<style>` element (document or shadow root).

mod card;
pub mod keys;
pub mod labels;
mod legend;
mod live;
mod shortcuts;
pub mod state;
mod summary;

pub use card::{ClaimCard, ClaimCardProps};
pub use legend::{Legend, LegendProps};
pub use live::{LiveRegion, LiveRegionProps};
pub use shortcuts::{ShortcutHelp, ShortcutHelpProps};
pub use state::{Action, ClaimInfo, UiState};
pub use summary::{SummaryPanel, SummaryProps};

/// The components' stylesheet (light and dark via `prefers-color-scheme`, and
/// print), for `:root` or a shadow root's `:host`.
pub const CSS: &str = include_str!("ui.css");
