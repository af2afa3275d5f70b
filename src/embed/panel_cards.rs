//! The panel's list of claim cards, rendered a page at a time.
//!
//! A long article can have thousands of claims; building every card at once
//! blocked the page for over a second on a 5 MB article. The list shows
//! [`PAGE`] cards and a "show more" button for the next page; selecting a claim
//! whose card is not built yet (by clicking its highlight, or
//! `handle.select(id)`) builds the list up to it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use claimlens_anchoring::CharCursor;
use claimlens_engine::{Claim, Span};
use web_sys::{Document, Element};

use super::events::Click;
use super::options::Strings;
use super::panel::PanelProps;
use super::panel_view::{add, add_text, append, set, true_false};

/// Cards built per page.
pub const PAGE: usize = 100;

/// Longest content excerpt on a card, in characters.
const EXCERPT: usize = 160;

/// The `<ol>` of cards and its "show more" button.
pub struct CardList {
    document: Document,
    list: Element,
    more: Element,
    props: PanelProps,
    /// Walks the text from card to card (claims come in text order); a full
    /// offset index per card made the panel quadratic, and one of a 5 MB
    /// article took tens of milliseconds at once.
    cursor: Cell<CharCursor>,
    /// The built cards (claim id, button), in claim order.
    cards: Vec<(String, Element)>,
    selected: Option<String>,
    /// Dropping a listener removes it from its element.
    listeners: Vec<Click>,
}

/// A card list shared with its "show more" listener.
pub type SharedCards = Rc<RefCell<CardList>>;

impl CardList {
    /// Builds the first page of `props`' claims into `parent`.
    pub fn render(document: &Document, parent: &Element, props: &PanelProps) -> SharedCards {
        let list = add(document, parent, "ol", "cards");
        let more = add(document, parent, "button", "more");
        set(&more, "type", "button");
        let cards = Rc::new(RefCell::new(CardList {
            document: document.clone(),
            list,
            more: more.clone(),
            props: props.clone(),
            cursor: Cell::default(),
            cards: Vec::new(),
            selected: props.selected.clone(),
            listeners: Vec::new(),
        }));
        let weak = Rc::downgrade(&cards);
        let listener = Click::new(&more, move |_| {
            if let Some(cards) = weak.upgrade() {
                if let Ok(mut cards) = cards.try_borrow_mut() {
                    let next = cards.cards.len() + PAGE;
                    cards.build_until(next);
                }
            }
        });
        {
            let mut c = cards.borrow_mut();
            c.listeners.push(listener);
            c.build_until(PAGE);
        }
        cards
    }

    /// Marks `selected`'s card as pressed, building the list up to it first.
    pub fn select(&mut self, selected: Option<&str>) {
        self.selected = selected.map(str::to_string);
        if let Some(id) = selected {
            let position = self.props.analysis.claims.iter().position(|c| c.id == id);
            if let Some(k) = position.filter(|&k| k >= self.cards.len()) {
                self.build_until((k / PAGE + 1) * PAGE);
            }
        }
        for (id, button) in &self.cards {
            press(button, self.selected.as_deref() == Some(id.as_str()));
        }
    }

    /// Number of cards built so far.
    pub fn built(&self) -> usize {
        self.cards.len()
    }

    /// Builds cards until `n` exist (or all do) and updates the button.
    fn build_until(&mut self, n: usize) {
        let claims = self.props.analysis.clone();
        let end = n.min(claims.claims.len());
        for claim in claims.claims.iter().take(end).skip(self.cards.len()) {
            let item = add(&self.document, &self.list, "li", "");
            let button = self.card(&item, claim);
            press(&button, self.selected.as_deref() == Some(claim.id.as_str()));
            let (id, on_select) = (claim.id.clone(), self.props.on_select.clone());
            self.listeners
                .push(Click::new(&button, move |_| on_select(id.clone())));
            self.cards.push((claim.id.clone(), button));
        }
        let left = claims.claims.len() - self.cards.len();
        self.more.set_text_content(Some(&Strings::count(
            &self.props.strings.more,
            left.min(PAGE),
        )));
        if left == 0 {
            set(&self.more, "hidden", "");
        }
    }

    /// One claim as a button: who, the cue, the state and an excerpt.
    /// (Built inside `parent`, the card's `<li>`.)
    fn card(&self, parent: &Element, claim: &Claim) -> Element {
        let props = &self.props;
        let text = &props.text;
        // (Pushed piece by piece: `join` would compile `core`'s generic
        // join into the embed for this one use: 0.34 KB gzip.)
        let slice = |spans: &[Span]| -> String {
            let mut out = String::new();
            for (i, s) in spans.iter().enumerate() {
                let mut cursor = self.cursor.get();
                let (a, _) = cursor.seek(text, s.start);
                let (b, _) = cursor.seek(text, s.end);
                self.cursor.set(cursor);
                if i > 0 {
                    out.push_str(" … ");
                }
                out.push_str(text[a..b.max(a)].trim());
            }
            out
        };
        let who = claim
            .source
            .entity
            .clone()
            .or_else(|| Some(slice(&claim.source.spans)).filter(|s| !s.is_empty()))
            .unwrap_or_else(|| props.strings.no_source.clone());
        let mut what = slice(&claim.content.spans);
        if what.chars().count() > EXCERPT {
            what = what.chars().take(EXCERPT).collect::<String>() + "…";
        }
        let state = claim.state.as_str();
        let document = &self.document;
        let button = add(document, parent, "button", "card");
        set(&button, "type", "button");
        set(&button, "data-cl-claim", &claim.id);
        add_text(document, &button, "span", "who", &who);
        append(&button, &document.create_text_node(" "));
        add_text(document, &button, "span", "cue", &slice(&claim.cue.spans));
        append(&button, &document.create_text_node(" "));
        let badge = add_text(
            document,
            &button,
            "span",
            "badge",
            &props.strings.state(state),
        );
        set(&badge, "data-state", state);
        add_text(document, &button, "span", "what", &what);
        button
    }
}

/// Sets a card's pressed state.
fn press(button: &Element, selected: bool) {
    set(button, "aria-pressed", true_false(selected));
    let _ = button.class_list().toggle_with_force("selected", selected);
}
