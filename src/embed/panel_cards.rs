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
use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

use super::events::Click;
use super::options::Strings;
use super::panel::PanelProps;

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
    pub fn render(
        document: &Document,
        parent: &Element,
        props: &PanelProps,
    ) -> Result<SharedCards, JsValue> {
        let list = document.create_element("ol")?;
        list.set_class_name("cards");
        let more = document.create_element("button")?;
        more.set_class_name("more");
        more.set_attribute("type", "button")?;
        parent.append_child(&list)?;
        parent.append_child(&more)?;
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
                    let _ = cards.build_until(next);
                }
            }
        });
        {
            let mut c = cards.borrow_mut();
            c.listeners.push(listener);
            c.build_until(PAGE)?;
        }
        Ok(cards)
    }

    /// Marks `selected`'s card as pressed, building the list up to it first.
    pub fn select(&mut self, selected: Option<&str>) -> Result<(), JsValue> {
        self.selected = selected.map(str::to_string);
        if let Some(id) = selected {
            let position = self.props.analysis.claims.iter().position(|c| c.id == id);
            if let Some(k) = position.filter(|&k| k >= self.cards.len()) {
                self.build_until((k / PAGE + 1) * PAGE)?;
            }
        }
        for (id, button) in &self.cards {
            press(button, self.selected.as_deref() == Some(id.as_str()))?;
        }
        Ok(())
    }

    /// Number of cards built so far.
    pub fn built(&self) -> usize {
        self.cards.len()
    }

    /// Builds cards until `n` exist (or all do) and updates the button.
    fn build_until(&mut self, n: usize) -> Result<(), JsValue> {
        let claims = self.props.analysis.clone();
        let end = n.min(claims.claims.len());
        for claim in claims.claims.iter().take(end).skip(self.cards.len()) {
            let button = self.card(claim)?;
            press(&button, self.selected.as_deref() == Some(claim.id.as_str()))?;
            let (id, on_select) = (claim.id.clone(), self.props.on_select.clone());
            self.listeners
                .push(Click::new(&button, move |_| on_select(id.clone())));
            let item = self.document.create_element("li")?;
            item.append_child(&button)?;
            self.list.append_child(&item)?;
            self.cards.push((claim.id.clone(), button));
        }
        let left = claims.claims.len() - self.cards.len();
        self.more.set_text_content(Some(&Strings::count(
            &self.props.strings.more,
            left.min(PAGE),
        )));
        if left == 0 {
            self.more.set_attribute("hidden", "")?;
        }
        Ok(())
    }

    /// One claim as a button: who, the cue, the state and an excerpt.
    fn card(&self, claim: &Claim) -> Result<Element, JsValue> {
        let props = &self.props;
        let text = &props.text;
        let slice = |spans: &[Span]| -> String {
            spans
                .iter()
                .map(|s| {
                    let mut cursor = self.cursor.get();
                    let (a, _) = cursor.seek(text, s.start);
                    let (b, _) = cursor.seek(text, s.end);
                    self.cursor.set(cursor);
                    text[a..b.max(a)].trim().to_string()
                })
                .collect::<Vec<_>>()
                .join(" … ")
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
        let button = document.create_element("button")?;
        button.set_class_name("card");
        button.set_attribute("type", "button")?;
        button.set_attribute("data-cl-claim", &claim.id)?;
        append_text(document, &button, "who", &who)?;
        button.append_child(&document.create_text_node(" "))?;
        append_text(document, &button, "cue", &slice(&claim.cue.spans))?;
        button.append_child(&document.create_text_node(" "))?;
        let badge = append_text(document, &button, "badge", &props.strings.state(state))?;
        badge.set_attribute("data-state", state)?;
        append_text(document, &button, "what", &what)?;
        Ok(button)
    }
}

/// Sets a card's pressed state.
fn press(button: &Element, selected: bool) -> Result<(), JsValue> {
    button.set_attribute("aria-pressed", if selected { "true" } else { "false" })?;
    button
        .class_list()
        .toggle_with_force("selected", selected)?;
    Ok(())
}

/// Appends a `<span class=…>` holding `text` as a text node (never parsed as HTML).
fn append_text(
    document: &Document,
    parent: &Element,
    class: &str,
    text: &str,
) -> Result<Element, JsValue> {
    let span = document.create_element("span")?;
    span.set_class_name(class);
    span.set_text_content(Some(text));
    parent.append_child(&span)?;
    Ok(span)
}
