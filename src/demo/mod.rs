//! The demo page (`index.html`): pick or paste an article (or open a link that
//! carries one in `#text=`), read it annotated, filter, export.
//!
//! One component per file; [`App`] is the root. The reusable pieces (card,
//! legend, summary, reducer) live in [`crate::ui`].

mod app;
mod article;
mod download;
mod export_bar;
pub mod fragment;
mod hooks;
mod input;
mod layout;
mod paragraph;

pub use app::App;
pub use article::{ArticleProps, ArticleView};
pub use export_bar::{ExportBar, ExportBarProps};
pub use input::{ArticleInput, ArticleInputProps};
pub use paragraph::{Paragraph, ParagraphProps};
