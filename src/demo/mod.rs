//! The demo page (`index.html`): pick or paste an article and read it annotated.
//!
//! One component per file; [`App`] is the root.

mod app;
mod article;
mod claim_list;

pub use app::App;
pub use article::ArticleView;
pub use claim_list::ClaimList;
