//! The embed for news sites: annotate an element of the publisher's page in
//! place, with a panel in a shadow root beside it.
//!
//! `www/embed/claimlens.js` (the ES module publishers load) calls
//! [`annotate::annotate_element`]; it returns an [`annotate::Annotation`]
//! handle with the analysis, `select`, `refresh`, `setKinds` and `clear`. The
//! DOM work itself is [`crate::dom`]; this module adds options, the panel,
//! events, ClaimReview JSON-LD and the watcher for dynamic pages.

pub mod annotate;
pub mod events;
pub mod options;
pub mod panel;
pub mod panel_cards;
mod panel_css;
pub mod panel_view;
pub mod session;
pub mod watch;
pub mod worker;

use claimlens_engine::claimreview::claim_reviews_from_json_ld;
use claimlens_engine::ClaimReview;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// Every ClaimReview in the page's `<script type="application/ld+json">` blocks.
pub fn page_claim_reviews(document: &Document) -> Vec<ClaimReview> {
    let Ok(scripts) = document.query_selector_all("script[type=\"application/ld+json\"]") else {
        return Vec::new();
    };
    (0..scripts.length())
        .filter_map(|i| scripts.get(i)?.dyn_into::<Element>().ok())
        .flat_map(|s| claim_reviews_from_json_ld(&s.text_content().unwrap_or_default()))
        .collect()
}
